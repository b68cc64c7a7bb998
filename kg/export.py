"""Export a graph for other tools: RDF serialisations, one named graph per article, actor networks.

Claims as rows (claims-csv, claims-jsonl) come from ``kg.claimtable``.
RDF formats (turtle, nt, jsonld; trig and nquads as a dataset with one named graph per article)
re-parse to the same graph. Network formats (graphml, gexf, csv) hold the actor graph of
:func:`network`; XML 1.0 cannot carry most control characters, so in graphml and gexf each one
(U+0000-U+001F but tab, newline and carriage return; U+FFFE, U+FFFF; lone surrogates) becomes
U+FFFD. Every file is written atomically; N-Triples and N-Quads lines are sorted so the same graph
always gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from pyld import jsonld as pyld
from pyld.nquads import serialize_nquad
from rdflib import OWL, RDF, RDFS, XSD, BNode, Dataset, Graph, Literal
from rdflib.namespace import DCTERMS, SKOS

from kg import actors, store
from kg.errors import KGError
from kg.rdf import WD, WDT
from kg.vocab import ID, RELATION_NAMES, SA, SCHEMA, ontology, refinements, symmetric

FORMATS = ("turtle", "trig", "nt", "nquads", "jsonld", "graphml", "gexf", "csv", "claims-csv", "claims-jsonl")
SUFFIXES = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "jsonld",
            ".graphml": "graphml", ".gexf": "gexf", ".csv": "csv", ".jsonl": "claims-jsonl"}
SYMMETRIC = tuple(p for p in RELATION_NAMES.values() if p in symmetric())
_DESCRIPTIVE = (RDF.type, RDFS.label, SKOS.altLabel, SA.isoCode, OWL.sameAs, SCHEMA.sameAs, WDT.P298)
NODE_FIELDS = ("type", "label", "iri", "iso", "aliases", "articles")  # of the actor graph, in column order
EDGE_FIELDS = ("relation", "weight", "signed_weight", "roles", "cues", "kinds")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not an XML 1.0 Char


class ExportError(KGError):
    """An export format or destination is not usable."""


@dataclass(frozen=True)
class Written:
    paths: tuple[Path, ...]
    summary: str  # "275 triples", "275 triples in 1 named graph(s)", "15 nodes, 21 edges"


def format_of(out: str | Path) -> str:
    """The export format a file name implies (``.ttl`` -> ``turtle``)."""
    try:
        return SUFFIXES[Path(out).suffix.lower()]
    except KeyError:
        raise ExportError(f"{out}: cannot tell the format from the suffix; give --format "
                          f"({', '.join(FORMATS)})") from None


def export(g: Graph, fmt: str, out: str | Path) -> Written:
    """Write ``g`` as ``fmt`` to ``out`` (for csv, ``out`` is a folder that gets nodes.csv and edges.csv)."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise ExportError(f"{out}: not a folder (csv writes nodes.csv and edges.csv into a folder)")
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ExportError(f"{out}: cannot create the folder ({e.strerror or e})") from None
        net = network(g)
        nodes, edges = _csv(net)
        _write(out / "nodes.csv", nodes.encode("utf-8"))
        _write(out / "edges.csv", edges.encode("utf-8"))
        return Written((out / "nodes.csv", out / "edges.csv"), _size(net))
    if not out.parent.is_dir():
        raise ExportError(f"{out.parent}: no such folder")
    if out.is_dir():
        raise ExportError(f"{out}: is a folder; give a file name (only csv writes into a folder)")
    if fmt.startswith("claims-"):
        from kg import claimtable

        table = claimtable.rows(g)
        _write(out, (claimtable.to_csv if fmt == "claims-csv" else claimtable.to_jsonl)(table).encode("utf-8"))
        return Written((out,), f"{len(table)} claims")
    if fmt in ("graphml", "gexf"):
        net, buf = _xml_safe(network(g)), io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(net, buf)
        _write(out, buf.getvalue())
        return Written((out,), _size(net))
    text, summary = _rdf(g, fmt)
    _write(out, text.encode("utf-8"))
    return Written((out,), summary)


def _write(path: Path, data: bytes) -> None:
    try:
        store.write_atomic(path, data)
    except OSError as e:
        raise ExportError(f"{path}: cannot write ({e.strerror or e})") from None


def _rdf(g: Graph, fmt: str) -> tuple[str, str]:
    if fmt in ("trig", "nquads"):
        ds = dataset(g)
        names = sum(1 for c in ds.graphs() if c.identifier != ds.default_graph.identifier)
        text = ds.serialize(format="trig") if fmt == "trig" else _sorted_lines(ds.serialize(format="nquads"))
        return text, f"{len(g)} triples in {names} named graph(s)"
    if fmt == "jsonld":
        return jsonld(g), f"{len(g)} triples"
    text = g.serialize(format="turtle") if fmt == "turtle" else _sorted_lines(g.serialize(format="nt"))
    return text, f"{len(g)} triples"


def _size(net: nx.MultiDiGraph) -> str:
    return f"{net.number_of_nodes()} nodes, {net.number_of_edges()} edges"


def _sorted_lines(text: str) -> str:
    # split on "\n" only: str.splitlines() would also cut literals at U+2028, U+0085, \x0b, ...
    return "".join(sorted(line + "\n" for line in text.split("\n") if line.strip()))


# --- one named graph per article ---

def dataset(g: Graph) -> Dataset:
    """The triples of ``g`` split into one named graph per article (named by the article's IRI).

    An article's graph holds the article node, its evidence sentences, the claims and statements
    read from it (a statement's ``sa:evidence`` links only to that article's sentences), the facts
    those statements reify (with their finer kinds and symmetric inverse), and the type, labels,
    aliases, ISO code and ``sa:mentionedIn`` of each actor it mentions. A triple that several
    articles support is in each of their graphs; a triple no article supports (e.g. metrics) stays
    in the default graph. The union of all graphs is ``g``.
    """
    ds = Dataset()
    for prefix, ns in g.namespaces():
        ds.bind(prefix, ns, override=True)
    where = _attribution(g)
    for t in g:
        names = where(t)
        for name in names:
            ds.graph(name).add(t)
        if not names:
            ds.add(t)
    return ds


def _attribution(g: Graph):
    ev_article = dict(g.subject_objects(SA.inArticle))
    articles = set(g.subjects(RDF.type, SA.Article))
    nodes = {n: {ev_article[e] for e in g.objects(n, SA.evidence) if e in ev_article}
             for n in set(g.subjects(SA.evidence, None))}
    facts: dict[tuple, set] = defaultdict(set)
    for st in g.subjects(RDF.type, SA.Statement):
        s, p, o = (g.value(st, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        facts[(s, p, o)] |= nodes.get(st, set())
        if p in SYMMETRIC:
            facts[(o, p, s)] |= nodes.get(st, set())
    base = refinements()

    def where(t) -> set:
        s, p, o = t
        if s in articles:
            return {s}
        if s in ev_article:
            return {ev_article[s]}
        if s in nodes:
            return {ev_article[o]} if p == SA.evidence and o in ev_article else nodes[s]
        if p == SA.mentionedIn:
            return {o}
        if p in _DESCRIPTIVE:
            return set(g.objects(s, SA.mentionedIn))
        return set(facts.get((s, base.get(p, p), o), ()))

    return where


# --- JSON-LD ---

def context() -> dict:
    """A JSON-LD context: ontology terms, labels and statement parts as short names, IRIs as ``id:...``."""
    ctx: dict = {"@vocab": str(SA._NS), "id": str(ID), "sa": str(SA._NS), "rdf": str(RDF), "rdfs": str(RDFS),
                 "skos": str(SKOS), "dcterms": str(DCTERMS), "xsd": str(XSD), "owl": str(OWL),
                 "label": "rdfs:label", "altLabel": "skos:altLabel", "title": "dcterms:title",
                 "date": {"@id": "dcterms:date", "@type": "xsd:date"},
                 "subject": {"@id": "rdf:subject", "@type": "@id"},
                 "predicate": {"@id": "rdf:predicate", "@type": "@vocab"},
                 "object": {"@id": "rdf:object", "@type": "@id"},
                 "wd": str(WD), "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
                 "schemaSameAs": {"@id": str(SCHEMA.sameAs), "@type": "@id"}, "isoAlpha3": str(WDT.P298)}
    for p in sorted(ontology().subjects(RDF.type, OWL.ObjectProperty)):
        if str(p).startswith(str(SA._NS)):
            ctx[p[len(SA._NS):]] = {"@id": f"sa:{p[len(SA._NS):]}", "@type": "@id"}
    return ctx


def jsonld(g: Graph) -> str:
    """``g`` as compact JSON-LD with :func:`context` inline; integers as JSON numbers, nodes sorted by ``@id``."""
    # handed over as pyld's RDF dataset, not as N-Quads text: pyld's N-Quads parser cuts lines at
    # U+2028 and friends and unescapes "\\t" in "C:\\to" as a tab
    triples = sorted((_pyld_triple(t) for t in g), key=serialize_nquad)
    doc = pyld.from_rdf({"@default": triples}, {})
    for node in doc:
        for values in node.values():
            for v in values if isinstance(values, list) else ():
                if isinstance(v, dict) and v.get("@type") == str(XSD.integer) and str(int(v["@value"])) == v["@value"]:
                    del v["@type"]
                    v["@value"] = int(v["@value"])
    compact = pyld.compact(doc, context())
    if "@graph" in compact:
        compact["@graph"] = sorted(compact["@graph"], key=lambda n: n.get("@id", ""))
    return json.dumps(compact, ensure_ascii=False, indent=2) + "\n"


def _pyld_triple(t) -> dict:
    def term(x) -> dict:
        if isinstance(x, Literal):
            out = {"type": "literal", "value": str(x),
                   "datatype": str(x.datatype) if x.datatype else str(RDF.langString if x.language else XSD.string)}
            return {**out, "language": x.language} if x.language else out
        if isinstance(x, BNode):
            return {"type": "blank node", "value": f"_:{x}"}
        return {"type": "IRI", "value": str(x)}

    return dict(zip(("subject", "predicate", "object"), map(term, t)))


# --- the actor network ---

def network(g: Graph) -> nx.MultiDiGraph:
    """The actor graph of :func:`kg.actors.read` with its measures, flattened for GraphML/GEXF/CSV.

    Nodes are actor keys (``country/JP``) with ``label``, ``type``, ``iri``, ``iso``, ``aliases``
    (joined by " | "), ``articles`` and the measures of :func:`kg.analysis.analyze` (``degree``,
    ``weighted_degree``, ``pagerank``, ``betweenness``, ``community``, ``bloc``; 0 = none). Edges (key =
    relation) have ``relation`` and ``label`` (cooperation, tension, affiliation, part-of,
    claim-mentions), ``weight`` (evidence sentences), ``signed_weight`` (a country relation's strongest
    act on the -10..+10 scale, 0 for other edges), ``symmetric``, ``kinds``, ``cues``, ``roles``
    (joined by " | ") and ``claims`` (how many claims, for claim-mentions). Every node and edge has every attribute, as plain
    strings and numbers, so the columns are uniform in Gephi and Cytoscape.
    """
    from kg import analysis

    with analysis.analyze(g) as a:
        net = nx.MultiDiGraph(name="alliance-kg actors")
        for n, data in a.graph.nodes(data=True):
            metrics = {k: 0 if v is None else v for k, v in a.metrics.get(n, {}).items()}
            net.add_node(n, **{k: data.get(k, "") for k in NODE_FIELDS}, **metrics)
        for u, v, rel, data in a.graph.edges(keys=True, data=True):
            net.add_edge(u, v, key=rel, **{k: data[k] for k in EDGE_FIELDS}, label=rel,
                         symmetric=rel in actors.SYMMETRIC, claims=data["claims"])
    return net


def _xml_safe(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``net`` whose strings XML 1.0 can carry: each character it cannot becomes U+FFFD."""
    def clean(x):
        return _NOT_XML.sub("\ufffd", x) if isinstance(x, str) else x

    out = nx.MultiDiGraph(**{k: clean(v) for k, v in net.graph.items()})
    out.add_nodes_from((clean(n), {k: clean(v) for k, v in d.items()}) for n, d in net.nodes(data=True))
    out.add_edges_from((clean(u), clean(v), clean(k), {a: clean(x) for a, x in d.items()})
                       for u, v, k, d in net.edges(keys=True, data=True))
    return out


def _csv(net: nx.MultiDiGraph) -> tuple[str, str]:
    node_cols = _columns((d for _, d in net.nodes(data=True)), ("label", "type"))
    edge_cols = _columns((d for *_, d in net.edges(data=True)), ("relation", "weight"))
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(("id", *node_cols))
    w.writerows([n, *(d.get(c, "") for c in node_cols)] for n, d in net.nodes(data=True))
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(("source", "target", *edge_cols, "type"))  # type: Gephi's Directed/Undirected column
    w.writerows([u, v, *(d.get(c, "") for c in edge_cols), "Undirected" if d["symmetric"] else "Directed"]
                for u, v, d in net.edges(data=True))
    return nodes.getvalue(), edges.getvalue()


def _columns(rows, first: tuple[str, ...]) -> tuple[str, ...]:
    names = {k for d in rows for k in d}
    return (*[c for c in first if c in names], *sorted(names - set(first)))
