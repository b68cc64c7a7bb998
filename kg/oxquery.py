"""SPARQL evaluated by Oxigraph on a store, parameters included.

Each bound value goes in as a ``VALUES`` block at the start of every group of the query that uses
the variable (the value written as an escaped RDF term, never as raw text), which gives rdflib's
``initBindings`` semantics while Oxigraph's indexes find the value's triples. A value that cannot
be written that way falls back to rdflib's engine (``native`` returns ``None``).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import QueryError
from kg.results import stable
from kg.vocab import SA

_STRING = (r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
           r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'")
_TOKEN = re.compile(r"(?P<skip>\#[^\n]*|" + _STRING + r'|<[^<>"{}|^`\\\x00-\x20]*>)|(?P<var>[?$]\w+)'
                    r"|(?P<word>[A-Za-z_][\w.:-]*|:[\w.:-]*)|(?P<open>\{)|(?P<close>\})|(?P<other>\S)", re.S)
_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\x00-\x20]*')
_LANG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
# the names of actors; NEEDLE is replaced by an escaped literal
NAMES = """SELECT ?a ?p ?n ?class WHERE {
  VALUES ?p { <%s> <%s> <%s> }
  ?a ?p ?n .
  FILTER(CONTAINS(LCASE(STR(?n)), NEEDLE) || REGEX(STR(?n), "[\\\\x{80}-\\\\x{10FFFF}]"))
  VALUES ?class { <%s> <%s> <%s> }
  ?a a ?class .
  FILTER(isIRI(?a))
}""" % (RDFS.label, SKOS.altLabel, SA.isoCode, SA.Person, SA.Organization, SA.Country)
# in this order, and always the same, Oxigraph starts from the names: much faster


def native(g: Graph, sparql: str, bindings: Mapping[str, Node] | None = None, *,
           ordered: bool | None = None) -> Result | None:
    """Evaluate SPARQL with Oxigraph itself (``g`` from ``as_graph``), each of ``bindings`` given
    as ``VALUES`` blocks (``with_values``). ``None`` when the bindings cannot go in that way (a
    value Oxigraph's syntax cannot carry, or a query it refuses once they are in, e.g. one that
    BINDs a parameter): rdflib's engine binds them instead. Rows of a query without ORDER BY
    (``ordered``; guessed from the text if not given) are sorted so the output is stable."""
    text = with_values(sparql, bindings) if bindings else sparql
    if text is None:
        return None
    try:
        result = g.query(text)
        if result.type == "SELECT":
            rows = [{v: _plain(term) for v, term in row.items()} for row in result.bindings]
            if not (re.search(r"order\s+by", sparql, re.I) if ordered is None else ordered):
                rows = stable(rows, result.vars)
            result.bindings = rows
        elif result.type == "CONSTRUCT":
            result.graph = _plain_graph(result.graph)
    except (SyntaxError, ValueError, RuntimeError) as e:
        if bindings:
            return None
        raise QueryError(f"invalid SPARQL: {str(e).splitlines()[0][:200]}") from None
    return result


def _plain(term: Node) -> Node:
    """An ``xsd:string`` literal as a plain one, as rdflib reads it from a file (the same in RDF 1.1)."""
    return Literal(str(term)) if isinstance(term, Literal) and term.datatype == XSD.string else term


def _plain_graph(g: Graph) -> Graph:
    out = Graph()
    out += ((s, p, _plain(o)) for s, p, o in g)
    return out


def with_values(sparql: str, bindings: Mapping[str, Node | tuple[Node, ...]]) -> str | None:
    """``sparql`` with each variable of ``bindings`` given its value(s) by a ``VALUES`` block at the
    start of every group that mentions it (sub-selects, OPTIONAL, UNION branches, EXISTS and nested
    groups too) and of the WHERE clause, so the value is seen everywhere in the query, as with
    rdflib's ``initBindings``. Values are written as escaped RDF terms; ``None`` when one cannot be
    written exactly (a relative or malformed IRI, a blank node) or the query has no WHERE group."""
    terms = {}
    for name, value in bindings.items():
        written = [sparql_term(t) for t in (value if isinstance(value, tuple) else (value,))]
        if None in written or not re.fullmatch(r"\w+", name):
            return None
        terms[name] = " ".join(written)
    groups = _groups(sparql)
    if groups is None or not terms.keys() <= groups[0][1]:
        return None  # braces that do not pair, or a variable not seen where the reader expects one
    for at, names in reversed(groups):
        block = "".join(f" VALUES ?{n} {{ {terms[n]} }}" for n in sorted(names & terms.keys()))
        sparql = sparql[:at] + block + sparql[at:]
    return sparql


def sparql_term(term: Node) -> str | None:
    """An IRI or literal as SPARQL text (quotes, backslashes and line breaks escaped), or ``None``."""
    if isinstance(term, URIRef):
        return f"<{term}>" if _IRI.fullmatch(term) else None
    if not isinstance(term, Literal):
        return None
    text = '"' + str(term).translate(_ESCAPES) + '"'
    if term.language:
        return f"{text}@{term.language}" if _LANG.fullmatch(term.language) else None
    if term.datatype is None or term.datatype == XSD.string:
        return text
    datatype = sparql_term(term.datatype)
    return datatype and f"{text}^^{datatype}"


def _groups(sparql: str) -> list[tuple[int, set[str]]] | None:
    """Where each group graph pattern opens (after its ``{``) and the variables it mentions, its nested
    groups' and a sub-select's projection included; the first (WHERE) gets all the query's. CONSTRUCT
    templates, VALUES data and the braces round a sub-select (nothing else may go there) are not groups."""
    groups: list[tuple[int, set[str]]] = []
    stack: list[set[str] | None] = []
    everywhere: set[str] = set()
    header: set[str] | None = None  # the variables of a SELECT clause, until its WHERE group opens
    expect = None  # "VALUES" or "CONSTRUCT": the next { opens data or a template, not a group
    fresh = False  # the last token opened a group: a SELECT now makes it the braces of a sub-select
    for m in _TOKEN.finditer(sparql):
        kind, text = m.lastgroup, m.group()
        word = text.upper() if kind == "word" else ""
        if kind == "skip":
            continue
        if fresh and word == "SELECT":
            groups.pop()
        fresh = kind == "open" and not expect and not (stack and stack[-1] is None)
        if kind == "open":
            stack.append(set(header or ()) if fresh else None)
            groups += [(m.end(), stack[-1])] if fresh else []
            header = None if fresh else header
        elif kind == "close":
            if not stack:
                return None
            stack.pop()
        elif kind == "var":
            everywhere.add(text[1:])
            for names in [n for n in stack if n is not None] + ([header] if header is not None else []):
                names.add(text[1:])
        if word in ("VALUES", "CONSTRUCT"):
            expect = word
        elif kind == "open" or expect == "CONSTRUCT":  # CONSTRUCT WHERE {: the short form's pattern
            expect = None
        header = set() if word == "SELECT" else header
    if stack or not groups:
        return None
    groups[0][1].update(everywhere)
    return groups


def names(g: Graph, classes: tuple[URIRef, ...], needle: str = "") -> dict[URIRef, list[tuple[URIRef, str]]]:
    """The labels, altLabels and ISO codes of the actors of ``classes`` (``(predicate, name)`` by
    actor), in one Oxigraph query. With ``needle`` (case-folded), only the names that may contain
    it: those whose lower case contains it and those with a non-ASCII character (where lower case
    and Python's case folding can differ)."""
    out: dict[URIRef, list[tuple[URIRef, str]]] = {}
    for a, p, n, c in g.query(NAMES.replace("NEEDLE", sparql_term(Literal(needle)))):
        if c in classes:
            out.setdefault(a, []).append((p, str(n)))
    return out
