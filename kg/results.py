"""Query results as text: aligned tables, CSV, TSV, SPARQL 1.1 JSON, Turtle for graphs."""
from __future__ import annotations

import csv
import io
import json

from rdflib import XSD, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.query import Result

from kg import rdf
from kg.errors import QueryError

FORMATS = ("table", "csv", "tsv", "json")
_NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long,
            XSD.nonNegativeInteger, XSD.positiveInteger}


def stable(rows: list, names: list) -> list:
    """SELECT rows in a fixed order (for a query without ORDER BY): by each variable's value, unbound first."""
    return sorted(rows, key=lambda r: [(v in r, str(r.get(v, ""))) for v in names])


def _cell(v, nsm=None) -> str:
    if v is None:
        return ""
    if nsm is not None and isinstance(v, URIRef):
        try:
            short = nsm.normalizeUri(v)
        except Exception:  # not expressible as a prefixed name
            return str(v)
        return str(v) if short.startswith("<") else short
    return str(v)


def render(result: Result, fmt: str = "table", nsm: NamespaceManager | None = None, *,
           max_width: int = 0) -> str:
    """SELECT rows as table/csv/tsv/json; ASK as true/false (json: SPARQL JSON); CONSTRUCT/DESCRIBE as Turtle.

    ``table`` shortens IRIs with ``nsm``, right-aligns numbers and, with ``max_width``, cuts long
    cells with an ellipsis; ``csv`` and ``tsv`` give full values (tsv escapes tab, newline and
    backslash as ``\\t``, ``\\n``, ``\\\\``); ``json`` is SPARQL 1.1 Query Results JSON.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r} (one of {', '.join(FORMATS)})")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = rdf.new_graph()
        g += result.graph
        return g.serialize(format="turtle")
    if fmt == "json":
        return _json(result)
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    names = [str(v) for v in result.vars]
    rows = [[_cell(r.get(v), nsm if fmt == "table" else None) for v in result.vars] for r in result.bindings]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    if fmt == "tsv":
        esc = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
        return "".join("\t".join(c.translate(esc) for c in row) + "\n" for row in [names, *rows])
    numeric = [bool(rows) and all(_number(r.get(v)) for r in result.bindings if r.get(v) is not None)
               for v in result.vars]
    return _table(names, [[_fit(c, max_width) for c in row] for row in rows], numeric)


def _json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON, ``head`` first and each row's variables in SELECT order."""
    if result.type == "ASK":
        doc: dict = {"head": {}, "boolean": bool(result.askAnswer)}
    else:
        doc = {"head": {"vars": [str(v) for v in result.vars]},
               "results": {"bindings": [{str(v): _json_term(r[v]) for v in result.vars if r.get(v) is not None}
                                        for r in result.bindings]}}
    return json.dumps(doc, ensure_ascii=False) + "\n"


def _json_term(v) -> dict:
    if isinstance(v, URIRef):
        return {"type": "uri", "value": str(v)}
    if isinstance(v, Literal):
        extra = {"xml:lang": v.language} if v.language else {"datatype": str(v.datatype)} if v.datatype else {}
        return {"type": "literal", "value": str(v), **extra}
    return {"type": "bnode", "value": str(v)}


def _number(v) -> bool:
    return isinstance(v, Literal) and v.datatype in _NUMERIC


def _fit(cell: str, width: int) -> str:
    cell = " ".join(cell.split()) if any(c in cell for c in "\n\r\t") else cell
    return cell if not width or len(cell) <= width else cell[: width - 1] + "…"


def _table(names: list[str], rows: list[list[str]], numeric: list[bool]) -> str:
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(cells):
        return "  ".join(c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric)).rstrip()

    return "\n".join([line(names), line(["-" * w for w in widths]), *map(line, rows)]) + "\n"
