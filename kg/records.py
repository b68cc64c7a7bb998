"""Copies of extraction records that share their strings, and the records of an article's slices
merged into the article's: a long article is parsed slice by slice (``kg.parsing``), and its
records name the same actors and sentences thousands of times."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.model import (ITEMS, Affiliation, Claim, Entity, Evidence, Extraction, Header, Mention, PartOf,
                      Relation)


class Shared:
    """Copies of records that share one object for equal strings and equal evidence, offsets
    moved by ``delta``: a long article names the same actors and sentences thousands of times,
    and spaCy or JSON gives each its own copy."""

    def __init__(self, delta: int = 0):
        self.delta = delta
        self.memo: dict = {}

    def s(self, text: str | None) -> str | None:
        return text if text is None else self.memo.setdefault(text, text)

    def evidence(self, e: Evidence) -> Evidence:
        key = (e.start + self.delta, e.end + self.delta, e.text)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = Evidence(key[0], key[1], self.s(e.text))
        return found

    def __call__(self, x):
        """A shared copy of an entity, mention or fact."""
        s, d = self.s, self.delta
        if isinstance(x, Mention):
            return Mention(x.start + d, x.end + d, s(x.text), s(x.type), s(x.key))
        if isinstance(x, Entity):
            return Entity(s(x.key), s(x.type), s(x.name), tuple(map(s, x.aliases)), s(x.iso))
        if isinstance(x, Claim):
            return Claim(s(x.speaker), x.text, s(x.kind), x.start + d, x.end + d, self.evidence(x.evidence),
                         tuple(map(s, x.mentions)), s(x.cue), x.negated)
        if isinstance(x, Relation):
            return Relation(s(x.a), s(x.b), s(x.type), s(x.cue), s(x.subtype), self.evidence(x.evidence),
                            s(x.event), x.weight)
        if isinstance(x, Affiliation):
            return Affiliation(s(x.person), s(x.org), s(x.role), self.evidence(x.evidence))
        if isinstance(x, PartOf):
            return PartOf(s(x.part), s(x.whole), self.evidence(x.evidence))
        raise TypeError(f"not a record: {type(x).__name__}")


def shifted(ex: Extraction, delta: int, article: Header, shared: Shared | None = None) -> Extraction:
    """An extraction of a slice of ``article`` (starting at ``delta``) with offsets into the
    whole, its strings and evidence shared through ``shared`` (made for ``delta``)."""
    copy = shared or Shared(delta)
    return Extraction(article=article, **{name: tuple(map(copy, getattr(ex, name))) for name in ITEMS})


class Merge:
    """The extractions of an article's slices (already shifted), folded in one at a time as they
    come: ``result()`` is ``merged`` of all of them, without holding them all. ``slice`` shifts
    a slice's records and shares their strings with the slices before."""

    def __init__(self, article: Header):
        self.article = article
        self.shared = Shared()
        self.names: dict[str, Entity] = {}
        self.once: tuple[dict, dict, dict] = ({}, {}, {})  # affiliations, parts, relations: first of each
        self.claims: list[Claim] = []
        self.mentions: list[Mention] = []

    def add(self, part: Extraction) -> None:
        for e in part.entities:
            known = self.names.get(e.key)
            aliases = set(e.aliases) | (set(known.aliases) | {known.name} if known else set())
            name = known.name if known else e.name
            self.names[e.key] = replace(known or e, aliases=tuple(sorted(aliases - {name})))
        affs, parts, rels = self.once
        for a in part.affiliations:
            affs.setdefault((a.person, a.org), a)
        for x in part.parts:
            parts.setdefault((x.part, x.whole), x)
        for r in part.relations:
            rels.setdefault((r.a, r.b, r.type), r)
        self.claims += part.claims
        self.mentions += part.mentions

    def slice(self, ex: Extraction, delta: int) -> Extraction:
        """``shifted(ex, delta, article)``, its strings shared with the slices already added."""
        self.shared.delta = delta
        return shifted(ex, delta, self.article, self.shared)

    def result(self) -> Extraction:
        affs, parts, rels = self.once
        return Extraction(article=self.article, entities=tuple(self.names[k] for k in sorted(self.names)),
                          affiliations=tuple(affs.values()), parts=tuple(parts.values()),
                          claims=tuple(self.claims), relations=tuple(rels.values()), mentions=tuple(self.mentions))


def merged(parts: Iterable[Extraction], article: Header) -> Extraction:
    """One extraction from the extractions of an article's slices (already shifted)."""
    merge = Merge(article)
    for p in parts:
        merge.add(p)
    return merge.result()
