"""RDF graph -> NetworkX actor graph: the projection ``kg.analysis`` measures.

``actor_graph`` reads an alliance-kg graph (an rdflib ``Graph``, a pyoxigraph ``Store``, or the
path of a graph file or store folder; see ``kg.subjects``) and returns a ``networkx.MultiDiGraph``
whose nodes are actor keys (``country/JP``) with ``type``, ``label``, ``aliases``, ``iso`` and
``articles``, and whose edges are typed: the edge key and ``relation`` are one of ``RELATIONS``.
Cooperation and tension are symmetric and stored once, from the smaller key to the larger;
claim-mentions run from the speaker to each actor the claim is about. A triple with no evidence
sentence is not an edge (``G.graph["unevidenced"]`` counts them).

Counts are exact, text is sampled, so memory follows the number of actors and edges, not the
size of the corpus: an edge's ``weight`` is the number of distinct evidence sentences that state
it and ``claim_count`` the number of claims behind a claim-mentions edge; ``G.graph["speakers"]``
counts each speaker's claims by kind. The sentences and claims kept are samples of at most
``sample`` each: the evidence of each edge (smallest IRIs), the claims of each edge and of each
speaker (direct quotes first, then smallest IRIs). ``G.graph["claims"]`` holds every sampled
claim; the graph itself keeps them all.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from heapq import nsmallest
from operator import itemgetter
from typing import NamedTuple

import networkx as nx
from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS, SKOS

from kg import store
from kg.subjects import Indexed, Props, Stream, Unsorted, reader
from kg.vocab import ID, SA

RELATIONS = ("cooperation", "tension", "affiliation", "part-of", "claim-mentions")
SYMMETRIC = frozenset({"cooperation", "tension"})
ACTOR_TYPES = ("Country", "Organization", "Person")
SAMPLE = 10
PREDICATES = {str(SA.affiliatedWith): "affiliation", str(SA.partOf): "part-of",
              str(SA.cooperatesWith): "cooperation", str(SA.inTensionWith): "tension"}
KINDS = {str(SA.alliedWith): ("cooperation", "alliance"), str(SA.exercisesWith): ("cooperation", "exercises"),
         str(SA.agreementWith): ("cooperation", "agreement"), str(SA.partnersWith): ("cooperation", "partnership"),
         str(SA.disputesWith): ("tension", "dispute"), str(SA.hostileTo): ("tension", "hostility"),
         str(SA.rivalOf): ("tension", "rivalry")}
TYPE, EVIDENCE = str(RDF.type), str(SA.evidence)
READ = tuple(str(SA[t]) for t in ("Article", *ACTOR_TYPES, "Statement", "Claim"))


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


def first(props: Props, p, default=None):
    """The smallest value of p (deterministic when a node has several)."""
    values = props.get(str(p))
    return values[0] if values else default


class Sample:
    """The ``k`` items with the smallest (distinct) keys offered, in memory for ``2k``."""

    __slots__ = ("k", "items")

    def __init__(self, k: int) -> None:
        self.k, self.items = k, []

    def add(self, rank, item) -> None:
        self.items.append((rank, item))
        if len(self.items) >= 2 * self.k:
            self.items = sorted(self.items, key=itemgetter(0))[: self.k]

    def __iter__(self):
        return (item for _, item in sorted(self.items, key=itemgetter(0))[: self.k])


class Edge:
    """One typed edge while reading: its evidence IRIs (to count distinct sentences) and samples."""

    __slots__ = ("evidence", "roles", "cues", "count", "claims")

    def __init__(self) -> None:
        self.evidence: set[str] = set()
        self.roles: frozenset = frozenset()
        self.cues: frozenset = frozenset()
        self.count = 0
        self.claims: Sample | None = None


def actor_graph(g, *, sample: int = SAMPLE) -> nx.MultiDiGraph:
    """Project an alliance-kg RDF graph onto its actors and typed, evidenced edges."""
    try:
        return _project(reader(g, READ), sample)
    except Unsorted:  # a graph file not in kg build's order: read it from memory instead
        return _project(Indexed(store.load_native(g), READ), sample)


def _project(source: Stream | Indexed, sample: int) -> nx.MultiDiGraph:
    fold = Fold(sample)
    for s, props in source.subjects():
        fold.add(s, props)
    return fold.graph(source)


class Fold:
    """Everything the projection keeps from one reading of the graph, subject by subject, in
    any order; ``graph`` reads the sampled sentences and makes the actor graph."""

    def __init__(self, sample: int) -> None:
        self.sample = sample
        self.actors: dict[str, dict] = {}
        self.titles: dict[str, str] = {}
        self.edges: dict[tuple[str, str, str], Edge] = defaultdict(Edge)
        self.bare: set[tuple[str, str, str]] = set()
        self.kinds: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self.speakers: dict[str, Counter] = defaultdict(Counter)
        self.by: dict[str, Sample] = {}

    def add(self, s: str, p: Props) -> None:
        types = p.get(TYPE, ())
        if str(SA.Article) in types:
            self.titles[s] = str(first(p, DCTERMS.title) or first(p, SA.sourcePath) or key(s))
        kind = next((t for t in ACTOR_TYPES if str(SA[t]) in types), None)
        if kind and key(s) not in self.actors:
            self.actors[key(s)] = _actor(s, kind, p)
        if str(SA.Statement) in types:
            self._statement(p)
        if str(SA.Claim) in types:
            self._claim(s, p)
        for pred, rel in PREDICATES.items():
            self.bare.update((*pair, rel) for o in p.get(pred, ()) if (pair := _pair(s, o, rel)))
        for pred, (rel, name) in KINDS.items():
            for o in p.get(pred, ()):
                if pair := _pair(s, o, rel):
                    self.kinds[(*pair, rel)].add(name)

    def _statement(self, p: Props) -> None:
        rel = PREDICATES.get(first(p, RDF.predicate))
        pair = rel and _pair(first(p, RDF.subject), first(p, RDF.object), rel)
        if pair and p.get(EVIDENCE):
            e = self.edges[(*pair, rel)]
            e.evidence.update(p[EVIDENCE])
            e.roles |= set(p.get(str(SA.role), ()))
            e.cues |= set(p.get(str(SA.cue), ()))

    def _claim(self, s: str, p: Props) -> None:
        speaker = key(first(p, SA.claimant, ""))
        c = {"id": key(s), "speaker": speaker, "text": first(p, SA.text, ""), "kind": first(p, SA.quoteKind, ""),
             "mentions": tuple(sorted({key(m) for m in p.get(str(SA.mentions), ())})),
             "evidence": tuple(p.get(EVIDENCE, ()))}
        rank = (c["kind"] != "direct", c["id"])
        self.speakers[speaker].update(("claims", c["kind"]))
        self.by.setdefault(speaker, Sample(self.sample)).add(rank, c)
        for m in c["mentions"]:
            if m != speaker:
                e = self.edges[(speaker, m, "claim-mentions")]
                e.evidence.update(c["evidence"])
                e.count += 1
                e.claims = e.claims or Sample(self.sample)
                e.claims.add(rank, c)

    def graph(self, source) -> nx.MultiDiGraph:
        actors = self.actors
        edges = {k: e for k, e in sorted(self.edges.items()) if k[0] in actors and k[1] in actors}
        shown = {k: nsmallest(self.sample, e.evidence) for k, e in edges.items()}
        claims = {c["id"]: c for s in sorted(self.by.keys() & actors.keys()) for c in self.by[s]}
        claims.update((c["id"], c) for e in edges.values() for c in e.claims or ())
        found = self._sentences(source, {i for ids in shown.values() for i in ids}
                                | {i for c in claims.values() for i in c["evidence"]})
        claims = {i: {**c, "mentions": tuple(m for m in c["mentions"] if m in actors),
                      "evidence": tuple(sorted(found[e] for e in c["evidence"] if e in found))}
                  for i, c in claims.items()}
        G = nx.MultiDiGraph()
        G.add_nodes_from((k, actors[k]) for k in sorted(actors))
        for (u, v, rel), e in edges.items():
            G.add_edge(u, v, key=rel, relation=rel, weight=len(e.evidence),
                       evidence=tuple(sorted(found[i] for i in shown[(u, v, rel)] if i in found)),
                       roles=tuple(sorted(e.roles)), cues=tuple(sorted(e.cues)),
                       kinds=tuple(sorted(self.kinds.get((u, v, rel), ()))),
                       claims=tuple(sorted(c["id"] for c in e.claims or ())), claim_count=e.count)
        speakers = {s: dict(sorted(n.items())) for s, n in sorted(self.speakers.items()) if s in actors}
        unevidenced = sum(1 for b in self.bare if b[0] in actors and b[1] in actors and b not in edges)
        G.graph.update(claims=tuple(sorted(claims.values(), key=lambda c: (c["evidence"][:1], c["id"]))),
                       claim_count=sum(n["claims"] for n in speakers.values()), speakers=speakers,
                       articles=len(self.titles), unevidenced=unevidenced, sample=self.sample)
        return G

    def _sentences(self, source, iris: set[str]) -> dict[str, Sentence]:
        out = {}
        for ev, p in source.describe(iris):
            if str(SA.Evidence) in p.get(TYPE, ()):
                art = first(p, SA.inArticle)
                out[ev] = Sentence(self.titles.get(art, key(art) if art else ""), int(first(p, SA.start, 0)),
                                   int(first(p, SA.end, 0)), first(p, SA.sentence, ""), key(art) if art else "")
        return out


def _actor(s: str, type_: str, p: Props) -> dict:
    k = key(s)
    label = str(first(p, RDFS.label, k))
    return {"type": type_, "label": label, "iri": s, "iso": first(p, SA.isoCode),
            "aliases": tuple(sorted(set(p.get(str(SKOS.altLabel), ())) - {label})),
            "articles": len(p.get(str(SA.mentionedIn), ()))}


def _pair(s, o, rel: str) -> tuple[str, str] | None:
    u, v = key(s), key(o)
    if u == v:
        return None
    return (min(u, v), max(u, v)) if rel in SYMMETRIC else (u, v)
