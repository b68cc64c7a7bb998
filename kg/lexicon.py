"""Word lists from ``kg/data``: titles, reporting verbs, relation cues. Loaded once."""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


@cache
def data(name: str) -> dict | list:
    """One JSON data file of ``kg/data``, by name without ``.json`` (keys starting with '_' are
    comments). The only reader of ``kg/data``."""
    raw = json.loads(resources.files("kg.data").joinpath(f"{name}.json").read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")} if isinstance(raw, dict) else raw


@cache
def name_suffixes() -> frozenset[str]:
    """Generational suffixes of personal names, without their dot ('Jr', 'III')."""
    return frozenset(data("names")["suffixes"])


def is_name_suffix(text: str) -> bool:
    return text.rstrip(".") in name_suffixes()


@cache
def possessive_endings() -> tuple[str, ...]:
    """The tokens that end a possessive ('s, ’s)."""
    return tuple(data("names")["possessive_endings"])


@cache
def possessive_marks() -> tuple[str, ...]:
    """Possessive endings and the bare apostrophes that mark a plural possessive."""
    return tuple(data("names")["possessive_marks"])


@cache
def title_words() -> frozenset[str]:
    t = data("titles")
    words = {w for key in ("heads", "modifiers", "domains") for phrase in t[key] for w in phrase.split()}
    return frozenset(words | set(t["honorifics"]) | set(t["ranks"]))


@cache
def honorific() -> re.Pattern:
    """An honorific at the start of a name, with its dot and the space after ('Dr. ', 'Ms ')."""
    words = sorted({w.rstrip(".").capitalize() for w in data("titles")["honorifics"]}, key=lambda w: (-len(w), w))
    return re.compile(rf"^(?:{'|'.join(map(re.escape, words))})\.?\s+")


@cache
def legal_form() -> re.Pattern:
    """A company's legal form at the end of its name, with the comma before it (', Inc.', ' LLC')."""
    forms = sorted(data("names")["legal_forms"], key=lambda w: (-len(w), w))
    return re.compile(rf",?\s+(?:{'|'.join(map(re.escape, forms))})$")


@cache
def title_heads() -> frozenset[str]:
    return frozenset(data("titles")["heads"])


def is_title_word(text: str) -> bool:
    """True for words that make up titles and roles ('Secretary', 'Defense', 'Mr.')."""
    return text.lower() in title_words()


@cache
def reporting_verbs() -> frozenset[str]:
    return frozenset(data("speech")["verbs"])


@cache
def _national() -> dict[str, str]:
    return {" ".join(k.lower().split()): v for k, v in data("titles").get("national", {}).items()}


def national_title(role: str) -> str | None:
    """The ISO code of the country whose office a title names by itself, if any."""
    return _national().get(" ".join(role.lower().split()))


@cache
def _capitals() -> frozenset[str]:
    return frozenset(" ".join(c.lower().split()) for country in data("countries") for c in country.get("capitals", ()))


def is_capital(text: str) -> bool:
    """True for a country's capital as kg/data names it ('Tokyo'): before a title it names a
    place ('Tokyo Governor'), not the country."""
    return " ".join(text.lower().split()) in _capitals()


@cache
def identifiers() -> dict[str, dict[str, str]]:
    """Identifiers by actor key (``country/JP``, ``org/united-nations``): ``wikidata`` (a QID) and,
    for countries, ``alpha3`` (ISO 3166-1 alpha-3), from ``kg/data/identifiers.json``."""
    from kg.keys import actor_key

    d = data("identifiers")
    out = {actor_key("Country", "", iso): dict(ids) for iso, ids in d["countries"].items()}
    out.update({actor_key("Organization", name): {"wikidata": qid} for name, qid in d["organizations"].items()})
    return out
