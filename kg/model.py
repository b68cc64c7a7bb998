"""Plain records that flow from extraction to RDF.

Every record is a frozen dataclass: extractors build them, ``kg.rdf`` turns them into
triples, ``Extraction.to_dict`` mirrors the gold annotation format (docs/GOLD.md).
Character offsets always refer to ``Article.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_TYPES = ("Person", "Organization", "Country")
QUOTE_KINDS = ("direct", "indirect")
RELATION_TYPES = ("cooperation", "tension")


@dataclass(frozen=True)
class Paragraph:
    """A run of article text that belongs together (quotes are paired inside one)."""

    start: int
    end: int
    kind: str = "body"


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    sha256: str
    title: str | None = None
    date: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()

    @property
    def key(self) -> str:
        """Short stable identifier derived from the content hash."""
        return self.sha256[:16]


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from: offsets into ``Article.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One surface form of an actor in the article."""

    start: int
    end: int
    text: str
    type: str
    key: str


@dataclass(frozen=True)
class Entity:
    """A resolved actor. ``key`` is its deterministic identity (``country/JP``, ``person/jane-doe``)."""

    key: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    iso: str | None = None


@dataclass(frozen=True)
class Affiliation:
    person: str
    org: str
    role: str | None
    evidence: Evidence


@dataclass(frozen=True)
class PartOf:
    """An organisation that belongs to another organisation or to a country."""

    part: str
    whole: str
    evidence: Evidence


@dataclass(frozen=True)
class Claim:
    speaker: str
    text: str
    kind: str
    start: int
    end: int
    evidence: Evidence
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Relation:
    """Two countries (sorted keys) that cooperate or are in tension; ``cue`` is the word that says so."""

    a: str
    b: str
    type: str
    cue: str
    subtype: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    article: Article
    entities: tuple[Entity, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    parts: tuple[PartOf, ...] = ()
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict:
        """The extraction in the gold annotation format (names instead of keys)."""
        names = {e.key: e.name for e in self.entities}
        return {
            "id": self.article.key,
            "source": {"title": self.article.title, "date": self.article.date, "path": self.article.path},
            "entities": [{"name": e.name, "type": e.type, "aliases": list(e.aliases)} for e in self.entities],
            "affiliations": [{"person": names[a.person], "org": names[a.org], "role": a.role}
                             for a in self.affiliations],
            "claims": [{"speaker": names[c.speaker], "kind": c.kind, "text": c.text} for c in self.claims],
            "country_relations": [{"a": names[r.a], "b": names[r.b], "type": r.type} for r in self.relations],
        }
