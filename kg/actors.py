"""RDF graph -> NetworkX actor graph: the projection ``kg.analysis`` measures.

``read`` reads an alliance-kg graph (an rdflib ``Graph``, a pyoxigraph ``Store``, or the path of
a graph file or store folder; see ``kg.subject_reader``) once and returns the actor graph and the
index of its sentences and claims (``kg.texts.Texts``), which the caller closes; ``actor_graph``
returns only the graph. The graph is a ``networkx.MultiDiGraph`` of plain data (it pickles, copies and
writes GraphML as it is): nodes are actor keys (``country/JP``) with ``type``, ``label``,
``iri``, ``aliases``, ``articles``, ``claims`` (how many claims the actor made) and ``iso`` (when
it has one). Edges are typed: the edge key and ``relation`` are one of ``RELATIONS``.
Cooperation and tension are symmetric and stored once, from the smaller key to the larger;
claim-mentions run from the speaker to each actor the claim is about. A triple with no evidence
sentence is not an edge.

Each edge has ``weight`` (its distinct evidence sentences), ``signed_weight`` (for cooperation
and tension, the strongest event class weight stated for it on the fixed -10..+10 scale,
``sa:signedWeight``; 0.0 when none is stated), ``roles``, ``cues``, ``kinds`` and
``claims`` (for claim-mentions, how many of the speaker's claims mention the actor; else 0).
Many-valued attributes (``aliases``, ``roles``, ``cues``, ``kinds``) are one string, the sorted
values joined by ``SEP`` (``listed`` splits them). ``G.graph`` has ``claims`` (claims by actors),
``articles`` and ``unevidenced`` (triples without evidence). The sentences and claims themselves
are in the index, asked by edge or actor (``Texts.edge_sentences``, ``Texts.claims_by``, ...),
so memory follows the number of actors and edges, not the size of the corpus.
"""
from __future__ import annotations

import sqlite3
import tempfile

import networkx as nx
from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS, SKOS

from kg import store
from kg.errors import AnalysisError
from kg.subject_reader import Indexed, Props, Stream, Unsorted, reader
from kg.texts import Texts
from kg.vocab import ID, RELATION_NAMES, SA, refinements, symmetric

RELATIONS = (*RELATION_NAMES, "claim-mentions")
SYMMETRIC = frozenset(name for name, p in RELATION_NAMES.items() if p in symmetric())
ACTOR_TYPES = ("Country", "Organization", "Person")
PREDICATES = {str(p): name for name, p in RELATION_NAMES.items()}
# how the network and the explorer call each finer relation of the ontology
KIND_NOUNS = {"alliedWith": "alliance", "exercisesWith": "exercises", "agreementWith": "agreement",
              "partnersWith": "partnership", "disputesWith": "dispute", "hostileTo": "hostility",
              "rivalOf": "rivalry"}
KINDS = {str(p): (PREDICATES[str(base)], KIND_NOUNS[p.removeprefix(str(SA))]) for p, base in refinements().items()}
TYPE, EVIDENCE = str(RDF.type), str(SA.evidence)
READ = tuple(str(SA[t]) for t in ("Article", *ACTOR_TYPES, "Statement", "Claim", "Evidence"))
SEP = " | "  # joins the values of a many-valued attribute


def listed(value: str) -> tuple[str, ...]:
    """The values of a many-valued attribute (``aliases``, ``roles``, ``cues``, ``kinds``).

    >>> listed("alliance | allied"), listed("")
    (('alliance', 'allied'), ())
    """
    return tuple(value.split(SEP)) if value else ()


def key(node) -> str:
    """The short key of an instance IRI (``country/JP``); other IRIs stay whole ("" for none)."""
    s = "" if node is None else str(node)
    return s[len(str(ID)):] if s.startswith(str(ID)) else s


def first(props: Props, p, default=None):
    """The smallest value of p (deterministic when a node has several)."""
    values = props.get(str(p))
    return values[0] if values else default


def read(g) -> tuple[nx.MultiDiGraph, Texts]:
    """Project an alliance-kg RDF graph onto its actors and typed, evidenced edges; also return
    the index of its sentences and claims, open (close it when done)."""
    try:
        return _project(reader(g, READ))
    except Unsorted:  # a graph file not in kg build's order: read it from memory instead
        return _project(Indexed(store.load_native(g), READ))


def actor_graph(g) -> nx.MultiDiGraph:
    """The actor graph of ``read``, without the index."""
    G, texts = read(g)
    texts.close()
    return G


def _project(source: Stream | Indexed) -> tuple[nx.MultiDiGraph, Texts]:
    fold = Fold()
    try:
        for s, props in source.subjects():
            fold.add(s, props)
        return fold.graph(), fold.texts
    except BaseException as e:
        fold.texts.close()
        if isinstance(e, sqlite3.Error):  # the temporary index: a full or unwritable temporary folder
            raise AnalysisError(f"cannot index the graph's sentences in the temporary folder "
                                f"{tempfile.gettempdir()} ({e})") from None
        raise


class Fold:
    """What the projection keeps from one reading of the graph, subject by subject, in any
    order: the actors and the small facts of each edge in memory, the text in ``Texts``."""

    def __init__(self) -> None:
        self.texts = Texts(key)
        self.actors: dict[str, dict] = {}
        self.articles = 0
        self.facts: dict[str, dict[tuple[str, str, str], set[str]]] = {"roles": {}, "cues": {}, "kinds": {}}
        self.bare: set[tuple[str, str, str]] = set()
        self.strength: dict[tuple[str, str, str], float] = {}

    def add(self, s: str, p: Props) -> None:
        types = p.get(TYPE, ())
        if str(SA.Article) in types:
            self.articles += 1
            self.texts.add("article", s, str(first(p, DCTERMS.title) or first(p, SA.sourcePath) or key(s)),
                           first(p, DCTERMS.date), first(p, SA.sourcePath))
        kind = next((t for t in ACTOR_TYPES if str(SA[t]) in types), None)
        if kind and key(s) not in self.actors:
            self.actors[key(s)] = _actor(s, kind, p)
            for art in p.get(str(SA.mentionedIn), ()):
                self.texts.add("seen", key(s), art)
        if str(SA.Evidence) in types:
            self.texts.add("sentence", s, first(p, SA.inArticle), None, None, int(first(p, SA.start, 0)),
                           int(first(p, SA.end, 0)), first(p, SA.sentence, ""))
        if str(SA.Statement) in types:
            self._statement(p)
        if str(SA.Claim) in types:
            self._claim(s, p)
        for pred, rel in PREDICATES.items():
            self.bare.update((*pair, rel) for o in p.get(pred, ()) if (pair := _pair(s, o, rel)))
        for pred, (rel, name) in KINDS.items():
            for o in p.get(pred, ()):
                if pair := _pair(s, o, rel):
                    self._note("kinds", (*pair, rel), (name,))

    def _statement(self, p: Props) -> None:
        rel = PREDICATES.get(first(p, RDF.predicate))
        pair = rel and _pair(first(p, RDF.subject), first(p, RDF.object), rel)
        if pair and p.get(EVIDENCE):
            for ev in p[EVIDENCE]:
                self.texts.add("stated", *pair, rel, ev)
            self._note("roles", (*pair, rel), p.get(str(SA.role), ()))
            self._note("cues", (*pair, rel), p.get(str(SA.cue), ()))
            weights = [float(w) for w in p.get(str(SA.signedWeight), ())]
            if weights:
                old = self.strength.get((*pair, rel), 0.0)
                self.strength[(*pair, rel)] = max((old, *weights), key=lambda w: (abs(w), w))

    def _note(self, fact: str, edge: tuple[str, str, str], values) -> None:
        if values:
            self.facts[fact].setdefault(edge, set()).update(values)

    def _claim(self, s: str, p: Props) -> None:
        cid = key(s)
        self.texts.add("claim", cid, key(first(p, SA.claimant)), first(p, SA.text, ""), first(p, SA.quoteKind, ""),
                       None)
        for ev in p.get(EVIDENCE, ()):
            self.texts.add("said", cid, ev)
        for m in p.get(str(SA.mentions), ()):
            self.texts.add("mention", cid, key(m))

    def graph(self) -> nx.MultiDiGraph:
        """The actor graph, once every subject is added (this also closes the index's reading)."""
        texts, actors = self.texts, self.actors
        texts.close_reading(sorted(actors))
        claims = {s: n["claims"] for s, n in texts.speakers().items()}
        G = nx.MultiDiGraph()
        G.add_nodes_from((k, {**actors[k], "claims": claims.get(k, 0)}) for k in sorted(actors))
        for u, v, rel, weight, n in texts.edges():
            facts = {f: SEP.join(sorted(self.facts[f].get((u, v, rel), ()))) for f in self.facts}
            G.add_edge(u, v, key=rel, relation=rel, weight=weight, **facts, claims=n or 0,
                       signed_weight=self.strength.get((u, v, rel), 0.0))
        unevidenced = sum(1 for b in self.bare if b[0] in actors and b[1] in actors and not G.has_edge(*b))
        G.graph.update(claims=sum(claims.values()), articles=self.articles, unevidenced=unevidenced)
        return G


def _actor(s: str, type_: str, p: Props) -> dict:
    k = key(s)
    label = str(first(p, RDFS.label, k))
    iso = first(p, SA.isoCode)
    return {"type": type_, "label": label, "iri": s, **({} if iso is None else {"iso": iso}),
            "aliases": SEP.join(sorted(set(p.get(str(SKOS.altLabel), ())) - {label})),
            "articles": len(p.get(str(SA.mentionedIn), ()))}


def _pair(s, o, rel: str) -> tuple[str, str] | None:
    u, v = key(s), key(o)
    if u == v:
        return None
    return (min(u, v), max(u, v)) if rel in SYMMETRIC else (u, v)
