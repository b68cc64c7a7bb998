"""A user's corrections of the actors, applied to the records of every article before they become
triples: ``curation.json`` in the knowledge folder (``kg build --knowledge DIR``).

    {"merge":   {"person/j-doe": "person/jane-doe"},        # one actor is another
     "rename":  {"org/harbour-board": "Ruritanian Harbour Board"},
     "aliases": {"country/NO": ["the Kingdom"], "person/jane-doe": ["J. Doe"]}}

Actors are named by key, as the graph names them (``kg query actors`` shows each IRI; the key is
its last two parts). A merged actor's facts, claims and names go to the other; a renamed actor
gets the new name as its label and keeps the old as an alias; aliases are added to the actor's
names (and, for countries and organisations the gazetteer knows, to the names it finds them by:
``kg.lexicon``). ``Curator`` applies the rules and counts, rule by rule, how many articles each
changed, for the build report.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from kg import lexicon
from kg.lexicon import KnowledgeError
from kg.model import Entity, Extraction

KEY = re.compile(r"(person|org|country)/[^\s/<>\"]+")
TYPES = {"person": "Person", "org": "Organization", "country": "Country"}
RULES = ("merge", "rename", "aliases")


@dataclass(frozen=True)
class Rules:
    merge: dict[str, str] = field(default_factory=dict)  # key -> the key it is merged into (chains resolved)
    rename: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.merge or self.rename or self.aliases)


def rules(raw: dict, source: str = lexicon.CURATION) -> Rules:
    """Checked rules from the parsed ``curation.json``; raises ``KnowledgeError`` naming what is wrong."""
    unknown = set(raw) - set(RULES)
    if unknown:
        raise KnowledgeError(f"{source}: unknown rule {sorted(unknown)[0]!r} (one of {', '.join(RULES)})")
    merge, rename, aliases = (raw.get(r, {}) for r in RULES)
    if not all(isinstance(x, dict) for x in (merge, rename, aliases)):
        raise KnowledgeError(f"{source}: each rule maps actor keys to values")
    for key in [*merge, *merge.values(), *rename, *aliases]:
        if not isinstance(key, str) or not KEY.fullmatch(key):
            raise KnowledgeError(f"{source}: {key!r} is not an actor key (person/..., org/... or country/XX)")
    if not all(isinstance(v, str) and v.strip() for v in rename.values()):
        raise KnowledgeError(f"{source}: a new name must be a non-empty text")
    if not all(isinstance(v, list) and all(isinstance(a, str) and a.strip() for a in v) for v in aliases.values()):
        raise KnowledgeError(f"{source}: aliases are lists of names")
    return Rules({k: _final(k, merge, source) for k in merge}, dict(rename),
                 {k: tuple(v) for k, v in aliases.items()})


def _final(key: str, merge: dict[str, str], source: str) -> str:
    seen = [key]
    while key in merge:
        key = merge[key]
        if key in seen:
            raise KnowledgeError(f"{source}: merges go round in a circle ({' -> '.join(seen + [key])})")
        seen.append(key)
    return key


def loaded() -> Rules:
    """The rules of the knowledge folder in use (none without one)."""
    folder = lexicon.knowledge()
    return rules(lexicon.curation(folder)) if folder else Rules()


class Curator:
    """Applies rules to extractions, one article at a time, and counts what each rule changed."""

    def __init__(self, rules_: Rules) -> None:
        self.rules = rules_
        self.counts: Counter = Counter()  # (rule, key) -> articles changed

    def __call__(self, ex: Extraction) -> Extraction:
        r = self.rules
        if not r:
            return ex
        present = {e.key for e in ex.entities}
        for key in present:
            self.counts.update((rule, key) for rule in RULES if key in getattr(r, rule))
        if not any(key in r.merge or key in r.rename or key in r.aliases for key in present):
            return ex
        return _rekeyed(ex, r)

    def changes(self) -> list[dict]:
        """What the rules changed: ``{"file", "rule", "actor", "into"|"name"|"aliases", "articles"}``."""
        out = []
        for (rule, key), n in sorted(self.counts.items()):
            value = {"merge": ("into", self.rules.merge.get(key)), "rename": ("name", self.rules.rename.get(key)),
                     "aliases": ("aliases", list(self.rules.aliases.get(key, ())))}[rule]
            out.append({"file": lexicon.CURATION, "rule": rule, "actor": key, value[0]: value[1], "articles": n})
        return out


def _rekeyed(ex: Extraction, r: Rules) -> Extraction:
    def k(key: str) -> str:
        return r.merge.get(key, key)

    pairs = [(k(a.person), k(a.org), a) for a in ex.affiliations]
    parts = [(k(p.part), k(p.whole), p) for p in ex.parts]
    rels = [(*sorted((k(x.a), k(x.b))), x) for x in ex.relations]
    return replace(
        ex, entities=_entities(ex.entities, r),
        affiliations=tuple(replace(a, person=p, org=o) for p, o, a in pairs if p != o),
        parts=tuple(replace(x, part=p, whole=w) for p, w, x in parts if p != w),
        claims=tuple(replace(c, speaker=k(c.speaker), mentions=tuple(sorted({k(m) for m in c.mentions})))
                     for c in ex.claims),
        relations=tuple(replace(x, a=a, b=b) for a, b, x in rels if a != b),
        mentions=tuple(replace(m, key=k(m.key)) for m in ex.mentions))


def _entities(entities: tuple[Entity, ...], r: Rules) -> tuple[Entity, ...]:
    """The entities under their new keys, one per key, in order: a merged actor's names become
    aliases of the one it joins, a renamed one's old name an alias."""
    groups: dict[str, list[Entity]] = {}
    for e in entities:
        groups.setdefault(r.merge.get(e.key, e.key), []).append(e)
    out = []
    for key, group in groups.items():
        own = next((e for e in group if e.key == key), group[0])
        prefix, _, rest = key.partition("/")
        name = r.rename.get(key, own.name)
        names = {n for e in group for n in (e.name, *e.aliases)} | set(r.aliases.get(key, ()))
        out.append(replace(own, key=key, type=TYPES[prefix], name=name, iso=rest if prefix == "country" else None,
                           aliases=tuple(sorted(names - {name}))))
    return tuple(out)
