"""Named and inline SPARQL: find a query, bind its parameters safely, run it, render the rows.

A query is a ``kg/queries/NAME.rq`` file, a ``.rq`` file of your own or inline text. Leading
``#`` lines describe it; ``# @param NAME KIND required|optional HELP`` lines declare parameters.
A parameter is bound to the variable ``?NAME`` as a value, never pasted into the text as syntax: with
``initBindings`` for rdflib's engine, as an escaped term in ``VALUES`` blocks on an Oxigraph store
(``kg.oxquery``, same rows). Actor kinds (``actor``, ``person``, ``organization``, ``country``) are
resolved to the actor's IRI by label, alias, ISO code or IRI; ``relation`` and ``type`` to ontology
terms; ``text`` is a literal; ``date`` an ``xsd:date`` (``YYYY-MM-DD``; the shipped queries' ``since``
and ``until`` keep what articles dated in that range state).
"""
from __future__ import annotations

import difflib
import functools
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.plugins.sparql.algebra import translateQuery, traverse
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.query import Result
from rdflib.term import Node

from kg import dates, lookup, rdf, store
from kg.errors import QueryError
from kg.results import FORMATS, render, stable  # noqa: F401  (kg.query.render is the public name)
from kg.vocab import SA, actor_relations

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
ACTOR_KINDS = {"actor": (SA.Person, SA.Organization, SA.Country), "person": (SA.Person,),
               "organization": (SA.Organization,), "country": (SA.Country,)}
KINDS = (*ACTOR_KINDS, "relation", "type", "text", "date")
TYPES = {"person": SA.Person, "organization": SA.Organization, "organisation": SA.Organization,
         "country": SA.Country}
_PARAM = re.compile(r"@param\s+(\w+)\s+(\w+)\s+(required|optional)\s*(.*)")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    required: bool
    help: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


def parse(text: str, name: str = "inline") -> NamedQuery:
    """Read the description and ``@param`` lines from the leading comment block of a query."""
    description, params = [], []
    for line in text.splitlines():
        if not line.lstrip().startswith("#"):
            if line.strip():
                break
            continue
        body = line.lstrip()[1:].strip()
        m = _PARAM.match(body)
        if m:
            pname, kind, req, help_ = m.groups()
            if kind not in KINDS:
                raise QueryError(f"{name}: parameter {pname}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
            params.append(Param(pname, kind, req == "required", help_.strip()))
        elif body.startswith("@param"):
            raise QueryError(f"{name}: bad parameter line {body!r} (expected '@param NAME KIND required|optional HELP')")
        elif body:
            description.append(body)
    return NamedQuery(name, " ".join(description), tuple(params), text)


def catalogue() -> tuple[NamedQuery, ...]:
    """The shipped queries, sorted by name."""
    return tuple(parse(p.read_text("utf-8"), p.stem) for p in sorted(QUERIES_DIR.glob("*.rq"), key=lambda p: p.stem))


def listing() -> str:
    """The shipped queries with their descriptions and parameters, as ``kg query --list`` shows them."""
    lines = []
    for nq in catalogue():
        lines += [nq.name, textwrap.fill(nq.description, 100, initial_indent="    ", subsequent_indent="    ")]
        lines += [f"    --param {p.name}={p.kind.upper()}  ({'required' if p.required else 'optional'}) {p.help}"
                  for p in nq.params]
    return "\n".join(lines) + "\n"


def find(spec: str) -> NamedQuery:
    """A shipped query by name, a ``.rq`` file, or inline SPARQL text."""
    named = {q.name: q for q in catalogue()}
    if spec in named:
        return named[spec]
    if spec.endswith(".rq"):
        path = Path(spec)
        if not path.is_file():
            raise QueryError(f"{spec}: no such query file")
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"{spec}: cannot read the query file ({getattr(e, 'strerror', None) or e})") from None
        return parse(text, path.stem)
    if re.fullmatch(r"[\w-]+", spec):
        close = difflib.get_close_matches(spec, named, n=3)
        hint = f" (did you mean {' or '.join(close)}?)" if close else ""
        raise QueryError(f"no shipped query named {spec!r}{hint}")
    return parse(spec)


def load(paths: Iterable[str | Path]) -> Graph:
    """Several graph files (e.g. ``graph.ttl`` and ``metrics.ttl``) merged into one graph;
    TriG and N-Quads files (``kg export --format trig``) give the union of their graphs."""
    paths = list(paths)
    if len(paths) == 1 and Path(paths[0]).is_dir():
        return store.load(paths[0])  # an Oxigraph store: queried in place
    g = rdf.new_graph()
    for path in paths:
        part = store.load(path)
        for prefix, ns in part.namespaces():
            g.bind(prefix, ns, override=False)
        g += part
    return g


def answer(graph_files: Iterable[str | Path], spec: str, params: Mapping[str, str], *, fmt: str = "tsv",
           max_width: int = 100) -> str:
    """What ``kg query`` prints: the query ``spec`` (``find``) run over the graph files loaded together
    (``load``), its parameters bound (``bind``), its result rendered in ``fmt``."""
    g = load(graph_files)
    nq = find(spec)
    return render(run(g, nq.text, bind(g, nq, params)), fmt, g.namespace_manager, max_width=max_width)


def bind(g: Graph, query: NamedQuery, values: Mapping[str, str]) -> dict[str, Node]:
    """Parameter values (``name -> text``) as RDF terms for ``initBindings``, checked and resolved."""
    declared = {p.name: p for p in query.params}
    for p in query.params:
        if p.required and p.name not in values:
            raise QueryError(f"query {query.name!r} needs a value for parameter {p.name!r} ({p.kind}: {p.help})")
    out: dict[str, Node] = {}
    for name, value in values.items():
        if name in declared:
            out[name] = _term(g, declared[name], value)
        elif query.params:
            raise QueryError(f"query {query.name!r} has no parameter {name!r}; "
                             f"its parameters: {', '.join(declared)}")
        elif not re.search(rf"[?$]{re.escape(name)}\b", query.text):
            raise QueryError(f"the query has no variable ?{name}")
        else:
            out[name] = URIRef(value[1:-1]) if re.fullmatch(r"<[^<>\s]+>", value) else Literal(value)
    return out


def _term(g: Graph, p: Param, value: str) -> Node:
    if p.kind in ACTOR_KINDS:
        return actor(g, value, kind=p.kind)
    if p.kind == "text":
        return Literal(value)
    if p.kind == "date":
        day = dates.iso(value)
        if day is None or not re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
            raise QueryError(f"{p.name}: {value!r} is not a date (YYYY-MM-DD)")
        return Literal(day, datatype=XSD.date)
    if p.kind == "type":
        try:
            return TYPES[value.removeprefix("sa:").casefold()]
        except KeyError:
            raise QueryError(f"{p.name}: {value!r} is not an actor type (Person, Organization or Country)") from None
    names = {str(r).rsplit("#", 1)[-1].casefold(): r for r in actor_relations()}
    term = names.get(value.strip("<>").rsplit("#", 1)[-1].removeprefix("sa:").casefold())
    if term is None:
        raise QueryError(f"{p.name}: {value!r} is not a relation ({', '.join(r.rsplit('#', 1)[-1] for r in actor_relations())})")
    return term


def actor(g: Graph, value: str, *, kind: str = "actor") -> URIRef:
    """The IRI of the one actor of ``kind`` named ``value``: by IRI, label, alias, ISO code, or a word of its name."""
    classes = ACTOR_KINDS[kind]
    iri = value.strip().removeprefix("<").removesuffix(">")
    if _is_a(g, iri, classes):
        return URIRef(iri)

    def several(found: list[URIRef]) -> QueryError:
        labels = ", ".join(f"{g.value(a, RDFS.label)} <{a}>" for a in found)
        return QueryError(f"{value!r} names several {_plural(kind)}: {labels}; give a fuller name or the IRI")

    def unknown(close: list[str]) -> QueryError:
        hint = f" (did you mean {' or '.join(close)}?)" if close else ""
        return QueryError(f"no {kind} named {value!r} in the graph{hint}")

    return lookup.actor(value, _names(g, classes, value.strip().casefold()),
                        (lookup.exact(RDFS.label), lookup.exact(), lookup.word), several=several, unknown=unknown,
                        known=lambda: (n for ns in _names(g, classes).values() for _, n in ns))


def _names(g: Graph, classes: tuple[URIRef, ...], needle: str = "") -> dict[URIRef, list[tuple[URIRef, str]]]:
    """``(predicate, name)`` pairs of the actors of ``classes``: labels, aliases and ISO codes. On a store,
    only the names that may hold ``needle`` (one query in Oxigraph, not a scan in Python)."""
    if _on_store(g):
        from kg import oxquery

        return oxquery.names(g, classes, needle)
    actors = {s for c in classes for s in g.subjects(RDF.type, c) if isinstance(s, URIRef)}
    return {a: [(p, str(n)) for p in (RDFS.label, SKOS.altLabel, SA.isoCode) for n in g.objects(a, p)] for a in actors}


def _is_a(g: Graph, iri: str, classes: tuple[URIRef, ...]) -> bool:
    if not re.fullmatch(r"[A-Za-z][\w+.-]*:[^\s<>\"{}|\\^`]+", iri):
        return False  # not an absolute IRI, so not an actor's (and no warning from rdflib)
    try:
        return any((URIRef(iri), RDF.type, c) in g for c in classes)
    except ValueError:  # Oxigraph checks IRIs more strictly than the pattern above
        return False


def _on_store(g: Graph) -> bool:
    from kg import oxstore

    return oxstore.inner(g) is not None


def _plural(kind: str) -> str:
    return {"actor": "actors", "person": "people", "organization": "organisations", "country": "countries"}[kind]


def run(g: Graph, sparql: str, bindings: dict | None = None) -> Result:
    """Evaluate a query; syntax errors become ``QueryError``.

    SELECT rows come back in the query's ORDER BY; a query without one gets its rows sorted,
    so the same graph always gives the same output. ``SERVICE`` is refused: rdflib would fetch
    the URL, and queries read only the graph given.
    """
    if _on_store(g):  # Oxigraph evaluates the query itself, parameters given as VALUES blocks
        from kg import oxquery

        result = oxquery.native(g, sparql, bindings, ordered=_checked(sparql))
        if result is not None:
            return result
    parsed, algebra = _parsed(sparql)
    try:
        result = g.query(algebra, initBindings=bindings or {})
        if result.type == "SELECT":
            rows = result.bindings  # evaluates now, so errors surface here
            if "orderby" not in parsed[1]:
                result.bindings = stable(rows, result.vars)
    except Exception as e:  # pyparsing and rdflib raise many types for bad queries
        raise _invalid(e) from None
    return result


@functools.lru_cache(maxsize=64)
def _checked(sparql: str) -> bool:
    """Parse a query once (a named query's text does not change with its parameters): refuse
    SERVICE and queries rdflib cannot parse (Oxigraph crashes on some); whether it has ORDER BY."""
    return "orderby" in _parsed(sparql)[0][1]


def _parsed(sparql: str):
    try:
        parsed = parseQuery(sparql)
        algebra = translateQuery(parsed)
    except Exception as e:  # pyparsing and rdflib raise many types for bad queries
        raise _invalid(e) from None
    if _uses_service(algebra.algebra):  # checked for both engines: Oxigraph would fetch the URL too
        raise QueryError("SERVICE is not supported: queries run offline, on the graph files given")
    return parsed, algebra


def _uses_service(algebra) -> bool:
    """Whether a query has a SERVICE clause anywhere (also inside OPTIONAL, EXISTS or a subquery)."""
    found = []

    def visit(node):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            found.append(node)

    traverse(algebra, visitPre=visit)
    return bool(found)


def _invalid(e: Exception) -> QueryError:
    return QueryError(f"invalid SPARQL: {str(e).splitlines()[0][:200] if str(e) else type(e).__name__}")
