"""Extraction: one parsed article (a spaCy ``Doc``) -> plain records (an ``Extraction``).

The extractors run in one direction: raw mentions (``entities``) -> resolved mentions and
entities (``resolve``) -> affiliations, claims and country relations. They return plain records
of ``kg.model`` and never see RDF.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import affiliations, claims, entities, relations, resolve
from kg.model import Article, Extraction


def extract(doc: Doc, article: Article) -> Extraction:
    """All records of one article from its parsed Doc."""
    raws = entities.raw_mentions(doc)
    mentions, ents, parts = resolve.resolve(doc, raws)
    body = [m for m in mentions if _kind(article, m.start) == "body"]
    affs = affiliations.affiliations(doc, mentions, parts)
    said = tuple(claims.claims(doc, mentions, article))
    homes = relations.homes(affs, parts)
    return Extraction(
        article=article.header,
        entities=tuple(ents),
        affiliations=tuple(affs),
        parts=tuple(parts),
        claims=said,
        relations=tuple(relations.relations(doc, body, article, homes=homes, claims=said, parts=tuple(parts))),
        mentions=tuple(mentions),
    )


def _kind(article: Article, offset: int) -> str:
    return next((p.kind for p in article.paragraphs if p.start <= offset < p.end), "furniture")
