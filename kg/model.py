"""Plain records that flow from extraction to RDF.

Every record is a frozen dataclass: extractors build them, ``kg.rdf`` turns them into
triples, ``Extraction.to_dict`` mirrors the gold annotation format (docs/GOLD.md).
Character offsets always refer to ``Article.text``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

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
    source: str = "text"  # the file's format: text, html or pdf (then ``text`` is extracted from it)

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


def to_record(ex: Extraction) -> dict:
    """An extraction as plain JSON-ready data (the article's text left out)."""
    data = asdict(ex)
    data["article"]["text"] = ""
    return data


def from_record(data: dict) -> Extraction:
    """The inverse of ``to_record``."""
    art = dict(data["article"])
    art["paragraphs"] = tuple(Paragraph(**p) for p in art["paragraphs"])

    def ev(d: dict) -> Evidence:
        return Evidence(**d)

    return Extraction(
        article=Article(**art),
        entities=tuple(Entity(**{**e, "aliases": tuple(e["aliases"])}) for e in data["entities"]),
        affiliations=tuple(Affiliation(**{**a, "evidence": ev(a["evidence"])}) for a in data["affiliations"]),
        parts=tuple(PartOf(**{**p, "evidence": ev(p["evidence"])}) for p in data["parts"]),
        claims=tuple(Claim(**{**c, "evidence": ev(c["evidence"]), "mentions": tuple(c["mentions"])})
                     for c in data["claims"]),
        relations=tuple(Relation(**{**r, "evidence": ev(r["evidence"])}) for r in data["relations"]),
        mentions=tuple(Mention(**m) for m in data["mentions"]),
    )


def shifted(ex: Extraction, delta: int, article: Article) -> Extraction:
    """An extraction of a slice of ``article`` (starting at ``delta``) with offsets into the whole."""
    def ev(e: Evidence) -> Evidence:
        return replace(e, start=e.start + delta, end=e.end + delta)

    return Extraction(
        article=article,
        entities=ex.entities,
        affiliations=tuple(replace(a, evidence=ev(a.evidence)) for a in ex.affiliations),
        parts=tuple(replace(p, evidence=ev(p.evidence)) for p in ex.parts),
        claims=tuple(replace(c, start=c.start + delta, end=c.end + delta, evidence=ev(c.evidence))
                     for c in ex.claims),
        relations=tuple(replace(r, evidence=ev(r.evidence)) for r in ex.relations),
        mentions=tuple(replace(m, start=m.start + delta, end=m.end + delta) for m in ex.mentions),
    )


def merged(parts: list[Extraction], article: Article) -> Extraction:
    """One extraction from the extractions of an article's slices (already shifted)."""
    names: dict[str, Entity] = {}
    for e in (e for p in parts for e in p.entities):
        known = names.get(e.key)
        aliases = set(e.aliases) | (set(known.aliases) | {known.name} if known else set())
        name = known.name if known else e.name
        names[e.key] = replace(known or e, aliases=tuple(sorted(aliases - {name})))

    def unique(items, key):
        seen: dict = {}
        for x in items:
            seen.setdefault(key(x), x)
        return tuple(seen.values())

    return Extraction(
        article=article,
        entities=tuple(names[k] for k in sorted(names)),
        affiliations=unique((a for p in parts for a in p.affiliations), lambda a: (a.person, a.org)),
        parts=unique((x for p in parts for x in p.parts), lambda x: (x.part, x.whole)),
        claims=tuple(c for p in parts for c in p.claims),
        relations=unique((r for p in parts for r in p.relations), lambda r: (r.a, r.b, r.type)),
        mentions=tuple(m for p in parts for m in p.mentions),
    )
