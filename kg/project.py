"""RDF graph -> NetworkX actor graph: the projection ``kg.analysis`` measures.

``actor_graph`` reads an alliance-kg graph — an rdflib ``Graph`` or, for large graphs, a
pyoxigraph ``Store`` (or an rdflib Graph over one, as ``kg.oxstore`` makes) read natively,
without copying its triples into Python objects — and returns a ``networkx.MultiDiGraph``
whose nodes are actor keys (``country/JP``) with ``type``, ``label``, ``aliases``, ``iso`` and
``articles``, and whose edges are typed: the edge key and ``relation`` are one of
``RELATIONS``. Each edge carries the evidence sentences that state it and ``weight`` = their
number. Cooperation and tension are symmetric and stored once, from the smaller key to the
larger; claim-mentions run from the speaker to each actor the claim is about. A triple with
no evidence sentence is not an edge (``G.graph["unevidenced"]`` counts them).
"""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.oxstore import inner
from kg.vocab import ID, SA

RELATIONS = ("cooperation", "tension", "affiliation", "part-of", "claim-mentions")
SYMMETRIC = frozenset({"cooperation", "tension"})
ACTOR_TYPES = ("Country", "Organization", "Person")
PREDICATES = {str(SA.affiliatedWith): "affiliation", str(SA.partOf): "part-of",
              str(SA.cooperatesWith): "cooperation", str(SA.inTensionWith): "tension"}
KINDS = {str(SA.alliedWith): ("cooperation", "alliance"), str(SA.exercisesWith): ("cooperation", "exercises"),
         str(SA.agreementWith): ("cooperation", "agreement"), str(SA.partnersWith): ("cooperation", "partnership"),
         str(SA.disputesWith): ("tension", "dispute"), str(SA.hostileTo): ("tension", "hostility"),
         str(SA.rivalOf): ("tension", "rivalry")}
Props = dict[str, dict[str, list[str]]]  # subject IRI -> predicate IRI -> values (sorted, distinct)


class Sentence(NamedTuple):
    """One evidence sentence; sorts by article title, then position."""

    title: str
    start: int
    end: int
    text: str
    article: str


def key(node) -> str:
    """The short key of an instance IRI (``country/JP``); other IRIs stay whole."""
    s = str(node)
    return s[len(str(ID)):] if s.startswith(str(ID)) else s


def typed(g, type_: str, predicates: tuple[str, ...]) -> Props:
    """Every IRI subject of rdf:type ``type_`` with its values of ``predicates`` (as strings)."""
    out: Props = {}
    store, wanted = inner(g), frozenset(predicates)
    if store is not None:
        for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(type_), None):
            if isinstance(q.subject, ox.NamedNode) and q.subject.value not in out:
                out[q.subject.value] = _values((p.predicate.value, p.object.value)
                                               for p in store.quads_for_pattern(q.subject, None, None, None)
                                               if p.predicate.value in wanted)
        return out
    for s in g.subjects(RDF.type, URIRef(type_)):
        if isinstance(s, URIRef) and str(s) not in out:
            out[str(s)] = _values((str(p), str(o)) for p, o in g.predicate_objects(s) if str(p) in wanted)
    return out


def pairs(g, predicate: str) -> list[tuple[str, str]]:
    """Subject and object of every ``predicate`` triple."""
    store = inner(g)
    if store is not None:
        return sorted({(q.subject.value, q.object.value)
                       for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None)})
    return sorted({(str(s), str(o)) for s, o in g.subject_objects(URIRef(predicate))})


def _values(items) -> dict[str, list[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for p, o in items:
        out[p].add(o)
    return {p: sorted(v) for p, v in out.items()}


def first(props: dict[str, list[str]], p, default=None):
    """The smallest value of p (deterministic when a node has several)."""
    values = props.get(str(p))
    return values[0] if values else default


def actor_graph(g: Graph | ox.Store) -> nx.MultiDiGraph:
    """Project an alliance-kg RDF graph onto its actors and typed, evidenced edges."""
    G = nx.MultiDiGraph()
    actors = _actors(g)
    G.add_nodes_from((k, actors[k]) for k in sorted(actors))
    titles = {a: str(first(p, DCTERMS.title) or first(p, SA.sourcePath) or key(a))
              for a, p in typed(g, str(SA.Article), (str(DCTERMS.title), str(SA.sourcePath))).items()}
    evidence = _evidence(g, titles)

    def sentences(props) -> set[Sentence]:
        return {evidence[e] for e in props.get(str(SA.evidence), ()) if e in evidence}

    edges, unevidenced = _statements(g, actors, sentences)
    claims = _claims(g, actors, sentences)
    for c in claims:
        for m in c["mentions"]:
            if m != c["speaker"]:
                e = edges[(c["speaker"], m, "claim-mentions")]
                e["evidence"] |= set(c["evidence"])
                e["claims"].add(c["id"])
    for u, v, rel in sorted(edges):
        e = edges[(u, v, rel)]
        G.add_edge(u, v, key=rel, relation=rel, weight=len(e["evidence"]),
                   evidence=tuple(sorted(e["evidence"])), roles=tuple(sorted(e["roles"])),
                   cues=tuple(sorted(e["cues"])), kinds=tuple(sorted(e["kinds"])),
                   claims=tuple(sorted(e["claims"])))
    G.graph.update(claims=tuple(claims), articles=len(titles), unevidenced=unevidenced)
    return G


def _actors(g) -> dict[str, dict]:
    out: dict[str, dict] = {}
    wanted = tuple(map(str, (RDFS.label, SA.isoCode, SKOS.altLabel, SA.mentionedIn)))
    for type_ in ACTOR_TYPES:
        for s, p in typed(g, str(SA[type_]), wanted).items():
            k = key(s)
            if k in out:
                continue
            label = str(first(p, RDFS.label, k))
            out[k] = {"type": type_, "label": label, "iri": s, "iso": first(p, SA.isoCode),
                      "aliases": tuple(sorted(set(p.get(str(SKOS.altLabel), ())) - {label})),
                      "articles": len(p.get(str(SA.mentionedIn), ()))}
    return out


def _evidence(g, titles: dict[str, str]) -> dict[str, Sentence]:
    out = {}
    wanted = tuple(map(str, (SA.inArticle, SA.start, SA.end, SA.sentence)))
    for ev, p in typed(g, str(SA.Evidence), wanted).items():
        art = first(p, SA.inArticle)
        out[ev] = Sentence(titles.get(art, key(art) if art else ""), int(first(p, SA.start, 0)),
                           int(first(p, SA.end, 0)), first(p, SA.sentence, ""), key(art) if art else "")
    return out


def _blank() -> dict[str, set]:
    return {"evidence": set(), "roles": set(), "cues": set(), "kinds": set(), "claims": set()}


def _pair(s, o, rel: str, actors: dict) -> tuple[str, str] | None:
    u, v = key(s), key(o)
    if u not in actors or v not in actors or u == v:
        return None
    return (min(u, v), max(u, v)) if rel in SYMMETRIC else (u, v)


def _statements(g, actors: dict, sentences) -> tuple[dict, int]:
    """Statement nodes -> {(u, v, relation): evidence, roles, cues, kinds}; and the bare-triple count."""
    edges: dict = defaultdict(_blank)
    wanted = tuple(map(str, (RDF.subject, RDF.predicate, RDF.object, SA.evidence, SA.role, SA.cue)))
    for p in typed(g, str(SA.Statement), wanted).values():
        rel = PREDICATES.get(first(p, RDF.predicate))
        pair = rel and _pair(first(p, RDF.subject), first(p, RDF.object), rel, actors)
        found = sentences(p) if pair else set()
        if found:
            e = edges[(*pair, rel)]
            e["evidence"] |= found
            e["roles"].update(p.get(str(SA.role), ()))
            e["cues"].update(p.get(str(SA.cue), ()))
    bare = {(*p, rel) for pred, rel in PREDICATES.items() for s, o in pairs(g, pred)
            if (p := _pair(s, o, rel, actors)) and (*p, rel) not in edges}
    for pred, (rel, kind) in KINDS.items():
        for s, o in pairs(g, pred):
            if (p := _pair(s, o, rel, actors)) and (*p, rel) in edges:
                edges[(*p, rel)]["kinds"].add(kind)
    return edges, len(bare)


def _claims(g, actors: dict, sentences) -> list[dict]:
    out = []
    wanted = tuple(map(str, (SA.claimant, SA.text, SA.quoteKind, SA.mentions, SA.evidence)))
    for c, p in typed(g, str(SA.Claim), wanted).items():
        speaker = key(first(p, SA.claimant, ""))
        if speaker not in actors:
            continue
        out.append({"id": key(c), "speaker": speaker, "text": first(p, SA.text, ""),
                    "kind": first(p, SA.quoteKind, ""),
                    "mentions": tuple(sorted({key(m) for m in p.get(str(SA.mentions), ())} & actors.keys())),
                    "evidence": tuple(sorted(sentences(p)))})
    return sorted(out, key=lambda c: (c["evidence"][:1], c["id"]))
