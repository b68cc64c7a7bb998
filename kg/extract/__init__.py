"""Extraction: one parsed article (a spaCy ``Doc``) -> plain records (an ``Extraction``).

The stages run in one direction: raw mentions (``entities``) -> resolved mentions, entities
and part-of facts (``resolve``) -> affiliations -> claims -> country relations. Each of the last
three is ``f(doc, found) -> list[record]``: ``found`` (``kg.extract.doc.Found``) holds the article
and what the stages before found, and grows by one field per stage. The helpers they share
over a Doc are in ``kg.extract.doc``. Extractors return plain records of ``kg.model`` and never
see RDF.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract import affiliations, claims, entities, relations, resolve, title
from kg.extract.doc import Found
from kg import gazetteer
from kg.model import Article, Entity, Extraction, Relation


def extract(doc: Doc, article: Article) -> Extraction:
    """All records of one article from its parsed Doc."""
    mentions, ents, parts = resolve.resolve(doc, title.kept(doc, entities.raw_mentions(doc), article))
    found = Found(article, tuple(mentions), tuple(parts))
    found = replace(found, affiliations=tuple(affiliations.affiliations(doc, found)))
    found = replace(found, claims=tuple(claims.claims(doc, found)))
    related = tuple(relations.relations(doc, found))
    return Extraction(
        article=article.header,
        entities=tuple(ents) + _unnamed_countries(ents, related),
        affiliations=found.affiliations,
        parts=found.parts,
        claims=found.claims,
        relations=related,
        mentions=found.mentions,
    )


def _unnamed_countries(ents: list[Entity], related: tuple[Relation, ...]) -> tuple[Entity, ...]:
    """The countries a relation names only through an adjective, a body or a pair word
    ('inter-Korean', 'the Royal Norwegian Air Force'), as actors: a relation never points at a
    node without a name."""
    gaz, known = gazetteer.load(), {e.key for e in ents}
    keys = sorted({k for r in related for k in (r.a, r.b)} - known)
    return tuple(Entity(k, "Country", gaz.entries[k].name, (), gaz.entries[k].iso) for k in keys if k in gaz.entries)
