"""Records -> triples: the only module that makes triples.

Facts are plain triples; each actor-actor triple also gets one ``sa:Statement`` node
(reifying it) that collects the evidence sentences from every article that stated it.
Actors seen in several articles become one node: the label is chosen deterministically,
other names become ``skos:altLabel``.

Triples are tuples of N-Triples terms (``<iri>``, ``"text"``, ``"12"^^<...#integer>``), made
one article at a time so a build can stream them to disk (``kg.turtle``) without ever holding
the whole graph; ``graph`` gathers them into an rdflib ``Graph`` for small graphs and tests.
The same article always gives the same triples, and a statement's or actor's triples are the
same whichever article produced them, so a set union over articles is the merged graph.
``metrics_graph`` makes the graph of the actors' measures (``metrics.ttl``), one node per actor.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from functools import cache

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg import lexicon
from kg.keys import digest
from kg.model import Article, Claim, Entity, Evidence, Extraction
from kg.vocab import ID, RELATION_NAMES, SA, SCHEMA

Triple = tuple[str, str, str]
WD = Namespace("http://www.wikidata.org/entity/")  # Wikidata items, the target of owl:sameAs
WDT = Namespace("http://www.wikidata.org/prop/direct/")  # Wikidata's own properties (P298: ISO 3166-1 alpha-3)
PREFIXES = {"sa": SA._NS, "id": ID, "skos": SKOS, "dcterms": DCTERMS, "schema": SCHEMA,
            "prov": PROV, "owl": OWL, "wd": WD, "wdt": WDT}
ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
FORBIDDEN_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')
NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
TYPE = f"<{RDF.type}>"


@cache
def uri(value: str) -> str:
    """An IRI (of the vocabulary: the results are kept) as an N-Triples term."""
    return node(value, "")


def node(key: str, base: str = str(ID)) -> str:
    """The instance IRI of a key such as ``country/JP`` as an N-Triples term."""
    if FORBIDDEN_IN_IRI.search(key):
        raise ValueError(f"not an IRI: {base}{key!r}")
    return f"<{base}{key}>"


def literal(value: str | int, datatype: str | None = None) -> str:
    """A literal as an N-Triples term; ints are xsd:integer, control characters escaped."""
    if isinstance(value, int):
        return f'"{value}"^^<{XSD.integer}>'
    text = NEEDS_ESCAPE.sub(_escape, value)
    return f'"{text}"^^<{datatype}>' if datatype else f'"{text}"'


def _escape(m: re.Match) -> str:
    c = m.group()
    return ESCAPES.get(c) or f"\\u{ord(c):04X}"


def article_triples(ex: Extraction) -> Iterator[Triple]:
    """Every triple one article contributes, except its actors' names and types (``Actors``)."""
    art = node(f"article/{ex.article.key}")
    yield from _article(art, ex.article)
    for e in ex.entities:
        yield node(e.key), uri(SA.mentionedIn), art
    yield from _facts(ex, art)


class Actors:
    """Gathers every actor's names, type and ISO code over the articles of a corpus."""

    def __init__(self) -> None:
        self.names: dict[str, Counter] = defaultdict(Counter)
        self.canonical: dict[str, Counter] = defaultdict(Counter)
        self.types: dict[str, str] = {}
        self.isos: dict[str, str] = {}

    def add(self, entities: Iterable[Entity]) -> None:
        for e in entities:
            self.types.setdefault(e.key, e.type)
            self.canonical[e.key][e.name] += 1
            self.names[e.key].update(e.aliases)
            if e.iso:
                self.isos[e.key] = e.iso

    def triples(self) -> Iterator[Triple]:
        """The type, label, altLabels and ISO code of each actor."""
        for key in sorted(self.canonical):
            yield from _actor(key, self.types[key], self.canonical[key], set(self.names[key]), self.isos.get(key))


def triples(extractions: Iterable[Extraction]) -> Iterator[Triple]:
    """All triples of the merged graph of some articles (with repeats; the graph is their set)."""
    actors = Actors()
    for ex in extractions:
        actors.add(ex.entities)
        yield from article_triples(ex)
    yield from actors.triples()


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def graph(extractions: Iterable[Extraction]) -> Graph:
    """Merge the extractions of many articles into one rdflib graph (small corpora, tests)."""
    g = new_graph()
    g.parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in triples(extractions)), format="nt")
    return g


def _article(art: str, article: Article) -> Iterator[Triple]:
    yield art, TYPE, uri(SA.Article)
    yield art, uri(SA.contentHash), literal(article.sha256)
    yield art, uri(SA.sourcePath), literal(article.path)
    if article.title:
        yield art, uri(DCTERMS.title), literal(article.title)
    if article.date:
        yield art, uri(DCTERMS.date), literal(article.date, str(XSD.date))


def _actor(key: str, type_: str, canonical: Counter, aliases: set[str], iso: str | None) -> Iterator[Triple]:
    """One actor node: the label is the canonical name most articles gave, the fullest on a tie
    (a person's fullest name always); every other name seen becomes an altLabel."""
    s = node(key)
    rank = (lambda n: (-len(n.split()), -canonical[n], n)) if type_ == "Person" else \
        (lambda n: (-canonical[n], -len(n), n))
    label = min(canonical, key=rank)
    yield s, TYPE, uri(SA[type_])
    yield s, uri(RDFS.label), literal(label)
    for alias in sorted((set(canonical) | aliases) - {label}):
        yield s, uri(SKOS.altLabel), literal(alias)
    if iso:
        yield s, uri(SA.isoCode), literal(iso)
    yield from _identifiers(s, key)


def _identifiers(s: str, key: str) -> Iterator[Triple]:
    """The identifiers other graphs know the actor by (``kg/data/identifiers.json``): its Wikidata
    item as ``owl:sameAs`` and ``schema:sameAs``, and a country's ISO 3166-1 alpha-3 code under
    Wikidata's own property (``wdt:P298``), so a query can join on either."""
    ids = lexicon.identifiers().get(key, {})
    if "wikidata" in ids:
        yield from ((s, uri(p), uri(WD[ids["wikidata"]])) for p in (OWL.sameAs, SCHEMA.sameAs))
    if "alpha3" in ids:
        yield s, uri(WDT.P298), literal(ids["alpha3"])


def _evidence(art: str, article: Article, ev: Evidence) -> tuple[str, list[Triple]]:
    s = node(f"evidence/{article.key}-{ev.start}-{ev.end}")
    return s, [(s, TYPE, uri(SA.Evidence)), (s, uri(SA.inArticle), art), (s, uri(SA.sentence), literal(ev.text)),
               (s, uri(SA.start), literal(ev.start)), (s, uri(SA.end), literal(ev.end))]


def _statement(s: str, p: str, o: str, evidence: str) -> tuple[str, list[Triple]]:
    st = node(f"statement/{digest(f'{s[1:-1]} {p[1:-1]} {o[1:-1]}')}")
    return st, [(s, p, o), (st, TYPE, uri(SA.Statement)), (st, uri(RDF.subject), s),
                (st, uri(RDF.predicate), p), (st, uri(RDF.object), o), (st, uri(SA.evidence), evidence)]


def _facts(ex: Extraction, art: str) -> Iterator[Triple]:
    """The triples of every fact of an article, made one fact at a time (a long article has
    millions)."""
    def stated(s: str, p: str, o: str, e: Evidence) -> tuple[str, list[Triple]]:
        ev, about = _evidence(art, ex.article, e)
        st, triples_ = _statement(s, p, o, ev)
        return st, about + triples_

    for a in ex.affiliations:
        st, out = stated(node(a.person), uri(SA.affiliatedWith), node(a.org), a.evidence)
        yield from out
        if a.role:
            yield st, uri(SA.role), literal(a.role)
    for p in ex.parts:
        yield from stated(node(p.part), uri(SA.partOf), node(p.whole), p.evidence)[1]
    for r in ex.relations:
        a, b, prop = node(r.a), node(r.b), uri(RELATION_NAMES[r.type])
        st, out = stated(a, prop, b, r.evidence)
        yield from out
        yield from [(b, prop, a), (st, uri(SA.cue), literal(r.cue))]
        if r.event:
            yield from [(st, uri(SA.eventClass), literal(r.event)),
                        (st, uri(SA.signedWeight), literal(round(r.weight)))]  # a whole number: every store gives it back unchanged
        if r.subtype:
            yield from [(a, uri(SA[r.subtype]), b), (b, uri(SA[r.subtype]), a)]
    for c in ex.claims:
        yield from _claim(ex.article, art, c)


def _claim(article: Article, art: str, c: Claim) -> Iterator[Triple]:
    s = node(f"claim/{article.key}-{c.start}-{c.end}")
    ev, about = _evidence(art, article, c.evidence)
    yield from about
    yield from [(s, TYPE, uri(SA.Claim)), (s, uri(SA.claimant), node(c.speaker)),
                (s, uri(SA.text), literal(c.text)), (s, uri(SA.quoteKind), literal(c.kind)),
                (s, uri(SA.evidence), ev)]
    if c.cue:
        yield s, uri(SA.claimCue), literal(c.cue)
    if c.negated:
        yield s, uri(SA.negated), literal("true", str(XSD.boolean))
    yield from ((s, uri(SA.mentions), node(m)) for m in c.mentions)


def metrics_graph(measured: Iterable[tuple[str, str, Mapping]]) -> Graph:
    """The measures of actors as triples on their own IRIs, with their labels: ``measured`` holds
    ``(iri, label, measures)``, the measures named as ``kg.analysis`` names them; PageRank and
    betweenness are decimals to six places, and an actor in no bloc has no ``sa:bloc``."""
    g = new_graph()
    for iri, label, m in measured:
        node = URIRef(iri)
        g.add((node, RDFS.label, Literal(label)))
        g.add((node, SA.degree, Literal(m["degree"])))
        g.add((node, SA.weightedDegree, Literal(m["weighted_degree"])))
        g.add((node, SA.pageRank, Literal(Decimal(f"{m['pagerank']:.6f}"))))
        g.add((node, SA.betweenness, Literal(Decimal(f"{m['betweenness']:.6f}"))))
        g.add((node, SA.community, Literal(m["community"])))
        if m["bloc"]:
            g.add((node, SA.bloc, Literal(m["bloc"])))
    return g
