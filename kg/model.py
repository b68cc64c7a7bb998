"""Plain records that flow from extraction to RDF.

Every record is a frozen dataclass: extractors build them, ``kg.rdf`` turns them into
triples, ``Extraction.to_dict`` mirrors the gold annotation format (docs/GOLD.md).
Character offsets always refer to ``Article.text``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

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
            "country_relations": [{"a": names[r.a], "b": names[r.b], "type": r.type} for r in self.relations],
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
