"""Records -> rdflib Graph: the only module that makes triples.

Facts are plain triples; each actor-actor triple also gets one ``sa:Statement`` node
(reifying it) that collects the evidence sentences from every article that stated it.
Actors seen in several articles become one node: the label is chosen deterministically,
other names become ``skos:altLabel``.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.model import Article, Evidence, Extraction
from kg.vocab import ID, SA, SCHEMA, digest, iri

RELATION_PROPERTY = {"cooperation": SA.cooperatesWith, "tension": SA.inTensionWith}
PREFIXES = {"sa": SA._NS, "id": ID, "skos": SKOS, "dcterms": DCTERMS, "schema": SCHEMA,
            "prov": PROV, "owl": OWL}


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def graph(extractions: Iterable[Extraction]) -> Graph:
    """Merge the extractions of many articles into one graph."""
    g = new_graph()
    names: dict[str, Counter] = defaultdict(Counter)
    canonical: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, str] = {}
    isos: dict[str, str] = {}
    for ex in extractions:
        art = _article(g, ex.article)
        for e in ex.entities:
            types.setdefault(e.key, e.type)
            canonical[e.key][e.name] += 1
            names[e.key].update(e.aliases)
            if e.iso:
                isos[e.key] = e.iso
            g.add((iri(e.key), SA.mentionedIn, art))
        _facts(g, ex, art)
    for key, counts in canonical.items():
        _actor(g, key, types[key], counts, set(names[key]), isos.get(key))
    return g


def _article(g: Graph, article: Article) -> URIRef:
    node = iri(f"article/{article.key}")
    g.add((node, RDF.type, SA.Article))
    g.add((node, SA.contentHash, Literal(article.sha256)))
    g.add((node, SA.sourcePath, Literal(article.path)))
    if article.title:
        g.add((node, DCTERMS.title, Literal(article.title)))
    if article.date:
        g.add((node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
    return node


def _actor(g: Graph, key: str, type_: str, canonical: Counter, aliases: set[str], iso: str | None) -> None:
    """One actor node: the label is the canonical name most articles gave, the fullest on a tie
    (a person's fullest name always); every other name seen becomes an altLabel."""
    node = iri(key)
    rank = (lambda n: (-len(n.split()), -canonical[n], n)) if type_ == "Person" else \
        (lambda n: (-canonical[n], -len(n), n))
    label = min(canonical, key=rank)
    g.add((node, RDF.type, SA[type_]))
    g.add((node, RDFS.label, Literal(label)))
    for alias in sorted((set(canonical) | aliases) - {label}):
        g.add((node, SKOS.altLabel, Literal(alias)))
    if iso:
        g.add((node, SA.isoCode, Literal(iso)))


def _evidence(g: Graph, art: URIRef, article: Article, ev: Evidence) -> URIRef:
    node = iri(f"evidence/{article.key}-{ev.start}-{ev.end}")
    g.add((node, RDF.type, SA.Evidence))
    g.add((node, SA.inArticle, art))
    g.add((node, SA.sentence, Literal(ev.text)))
    g.add((node, SA.start, Literal(ev.start)))
    g.add((node, SA.end, Literal(ev.end)))
    return node


def _statement(g: Graph, s: URIRef, p: URIRef, o: URIRef, evidence: URIRef) -> URIRef:
    node = iri(f"statement/{digest(f'{s} {p} {o}')}")
    g.add((s, p, o))
    g.add((node, RDF.type, SA.Statement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, SA.evidence, evidence))
    return node


def _facts(g: Graph, ex: Extraction, art: URIRef) -> None:
    def ev(e: Evidence) -> URIRef:
        return _evidence(g, art, ex.article, e)

    for a in ex.affiliations:
        st = _statement(g, iri(a.person), SA.affiliatedWith, iri(a.org), ev(a.evidence))
        if a.role:
            g.add((st, SA.role, Literal(a.role)))
    for p in ex.parts:
        _statement(g, iri(p.part), SA.partOf, iri(p.whole), ev(p.evidence))
    for r in ex.relations:
        a, b, prop = iri(r.a), iri(r.b), RELATION_PROPERTY[r.type]
        st = _statement(g, a, prop, b, ev(r.evidence))
        g.add((b, prop, a))
        g.add((st, SA.cue, Literal(r.cue)))
        if r.subtype:
            g.add((a, SA[r.subtype], b))
            g.add((b, SA[r.subtype], a))
    for c in ex.claims:
        node = iri(f"claim/{ex.article.key}-{c.start}-{c.end}")
        g.add((node, RDF.type, SA.Claim))
        g.add((node, SA.claimant, iri(c.speaker)))
        g.add((node, SA.text, Literal(c.text)))
        g.add((node, SA.quoteKind, Literal(c.kind)))
        g.add((node, SA.evidence, ev(c.evidence)))
        for m in c.mentions:
            g.add((node, SA.mentions, iri(m)))
