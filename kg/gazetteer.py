"""Known actors from ``kg/data``: countries (ISO codes, names, aliases, demonyms, capitals)
and organisations, with the phrases a span ruler looks for.

Loaded once per process (``load()`` is cached). A place listed with ``"territory": true``
(Hong Kong) is known by name and code but is no country of its own, so no actor (``territories``). Acronyms and names listed as ambiguous
("US", "Chad", "Turkey") match only with their exact case; everything else ignores case. A
one-word organisation name ("Pentagon") matches as written or in capitals ("PENTAGON"). A city an
organisation lists among its ``"seats"`` (Brussels for the European Union) stands for it as a
capital stands for its country: when it acts ("Brussels said").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import lexicon
from kg.keys import actor_key

ACRONYM = re.compile(r"^[A-Z0-9.&-]{2,}$")


@dataclass(frozen=True)
class Known:
    """A known actor: its key, type, canonical name and (for organisations) its country key."""

    key: str
    type: str
    name: str
    iso: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Phrase:
    text: str
    label: str  # Country, Capital, Demonym or Organization
    key: str
    exact: bool


@dataclass(frozen=True, eq=False)
class Gazetteer:
    entries: dict[str, Known]
    phrases: tuple[Phrase, ...]
    index: dict[str, Phrase]  # normalised surface -> first phrase with it

    def lookup(self, surface: str, *, demonyms: bool = False) -> Known | None:
        """The known actor a surface form names, or None."""
        phrase = self.index.get(norm(surface))
        if phrase is None or (phrase.label == "Demonym" and not demonyms):
            return None
        if phrase.exact and strip(surface) != phrase.text:
            return None
        return self.entries[phrase.key]


def strip(surface: str) -> str:
    """Drop a leading 'the' and a trailing possessive, keep case."""
    s = " ".join(surface.replace("’", "'").split())
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return re.sub(r"\s*'s?$", "", s)


def norm(surface: str) -> str:
    return strip(surface).lower()


@cache
def load() -> Gazetteer:
    entries: dict[str, Known] = {}
    phrases: list[Phrase] = []

    def add(text: str, label: str, key: str, ambiguous: set[str]) -> None:
        text = strip(text)
        phrases.append(Phrase(text, label, key, text in ambiguous or bool(ACRONYM.match(text))))

    for c in lexicon.data("countries"):
        key = actor_key("Country", c["name"], c["iso"])
        entries[key] = Known(key, "Country", c["name"], iso=c["iso"])
        ambiguous = {strip(a) for a in c.get("ambiguous", ())}
        for s in [c["name"], *c.get("aliases", ())]:
            add(s, "Country", key, ambiguous)
        for s in c.get("capitals", ()):
            add(s, "Capital", key, ambiguous)
        for s in c.get("demonyms", ()):
            add(s, "Demonym", key, ambiguous)
    for o in lexicon.data("organizations"):
        key = actor_key("Organization", o["name"])
        country = f"country/{o['country']}" if o.get("country") else None
        entries[key] = Known(key, "Organization", strip(o["name"]), country=country)
        for s in [o["name"], *o.get("aliases", ())]:
            add(s, "Organization", key, {strip(s)} if " " not in strip(s) else set())
            if " " not in strip(s) and not ACRONYM.match(strip(s)):  # 'PENTAGON' in a speaker label
                add(strip(s).upper(), "Organization", key, {strip(s).upper()})
            if re.fullmatch(r"[A-Z]{2,5}", strip(s)):  # 'C.I.A.' as some papers write 'CIA'
                add(".".join(strip(s)) + ".", "Organization", key, set())
        for s in o.get("seats", ()):  # 'Brussels said': the city stands for the body seated there
            add(s, "Capital", key, set())
    index: dict[str, Phrase] = {}
    for p in phrases:
        index.setdefault(norm(p.text), p)
    return Gazetteer(entries, tuple(phrases), index)


@cache
def territories() -> frozenset[str]:
    """The keys of the places listed among the countries that are no country of their own."""
    return frozenset(actor_key("Country", c["name"], c["iso"]) for c in lexicon.data("countries") if c.get("territory"))
