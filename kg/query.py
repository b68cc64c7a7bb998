"""Run SPARQL against a graph and render the results as a table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json

from rdflib import Graph, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.query import Result

from kg.errors import QueryError


def run(g: Graph, sparql: str, bindings: dict | None = None) -> Result:
    """Evaluate a query; syntax errors become ``QueryError``."""
    try:
        return g.query(sparql, initBindings=bindings or {})
    except Exception as e:  # pyparsing and rdflib raise many types for bad queries
        raise QueryError(f"invalid SPARQL: {str(e).splitlines()[0][:200]}") from None


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


def render(result: Result, fmt: str = "table", nsm: NamespaceManager | None = None) -> str:
    """SELECT rows as table/csv/json; ASK as true/false; CONSTRUCT/DESCRIBE as Turtle."""
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    names = [str(v) for v in result.vars]
    rows = [[_cell(r[v], nsm if fmt == "table" else None) for v in result.vars] for r in result]
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(names), line(["-" * w for w in widths]), *map(line, rows)]) + "\n"
