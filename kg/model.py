"""Plain records that flow from extraction to RDF.

Every record is a frozen dataclass: extractors build them, ``kg.rdf`` turns them into
triples, ``Extraction.to_dict`` mirrors the gold annotation format (docs/GOLD.md).
Character offsets always refer to ``Article.text``.
"""
from __future__ import annotations

from collections.abc import Iterable
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
class Source:
    """An input file known by its content hash, not read yet."""

    path: str
    sha256: str


@dataclass(frozen=True)
class Header:
    """What the graph records about an article: everything but its text."""

    path: str
    sha256: str
    title: str | None = None
    date: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    source: str = "text"  # the file's format: text, html or pdf

    @property
    def key(self) -> str:
        """Short stable identifier derived from the content hash."""
        return self.sha256[:16]


@dataclass(frozen=True)
class Article:
    """An article read: its text (extracted from the file for html and pdf) and its header's fields."""

    path: str
    text: str
    sha256: str
    title: str | None = None
    date: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    source: str = "text"

    @property
    def key(self) -> str:
        return self.sha256[:16]

    @property
    def header(self) -> Header:
        return Header(self.path, self.sha256, self.title, self.date, self.paragraphs, self.source)


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
    """Words an article attributes to an actor. ``cue`` is what attributes them (the reporting
    verb's lemma, "according to", a transcript's speaker label, remarks published under a name, a
    joint statement); ``negated`` when the speaker denies it ("X denied that ...", "did not say")."""

    speaker: str
    text: str
    kind: str
    start: int
    end: int
    evidence: Evidence
    mentions: tuple[str, ...] = ()
    cue: str = ""
    negated: bool = False


@dataclass(frozen=True)
class Relation:
    """Two countries (sorted keys) that cooperate or are in tension; ``cue`` is the word that says so,
    ``event`` its class in the relation lexicon ('attack', 'agree') and ``weight`` that class's signed
    weight on a fixed scale from -10 (war) to +10 (the closest cooperation)."""

    a: str
    b: str
    type: str
    cue: str
    subtype: str | None
    evidence: Evidence
    event: str | None = None
    weight: float = 0.0


@dataclass(frozen=True)
class Extraction:
    article: Header
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
            "country_relations": [{"a": names.get(r.a, r.a), "b": names.get(r.b, r.b), "type": r.type}
                                  for r in self.relations],  # a country only a body or a pair word names
        }


def to_record(ex: Extraction) -> dict:
    """An extraction as plain JSON-ready data."""
    return asdict(ex)


def _evidence(d: dict) -> Evidence:
    return Evidence(**d)


# Each list of an extraction record: its items from plain data.
ITEMS = {
    "entities": lambda e: Entity(**{**e, "aliases": tuple(e["aliases"])}),
    "affiliations": lambda a: Affiliation(**{**a, "evidence": _evidence(a["evidence"])}),
    "parts": lambda p: PartOf(**{**p, "evidence": _evidence(p["evidence"])}),
    "claims": lambda c: Claim(**{**c, "evidence": _evidence(c["evidence"]), "mentions": tuple(c["mentions"])}),
    "relations": lambda r: Relation(**{**r, "evidence": _evidence(r["evidence"])}),
    "mentions": lambda m: Mention(**m),
}


def from_items(article: dict, items: dict[str, tuple]) -> Extraction:
    """An extraction from its article's record and its lists, already made of records."""
    art = dict(article)
    art["paragraphs"] = tuple(Paragraph(**p) for p in art["paragraphs"])
    return Extraction(article=Header(**art), **{name: tuple(items[name]) for name in ITEMS})


def from_record(data: dict) -> Extraction:
    """The inverse of ``to_record``."""
    return from_items(data["article"], {name: [make(x) for x in data[name]] for name, make in ITEMS.items()})


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
