"""Word lists from ``kg/data``: titles, reporting verbs, relation cues. Loaded once.

A user's knowledge folder (``use(folder)``, ``kg build --knowledge DIR``) extends them without
editing the package: a file there named like a data file (``speech.json``, ``organizations.json``,
...) is merged into it (``extended``), and the aliases of ``curation.json`` (``kg.curation``) are
added to the countries and organisations the gazetteer knows. The folder is kept in the
environment (``KG_KNOWLEDGE``), so worker processes read the same.
"""
from __future__ import annotations

import functools
import json
import os
import re
import sys
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import KGError

KNOWLEDGE = "KG_KNOWLEDGE"  # the environment variable holding the user's knowledge folder
CURATION = "curation.json"


class KnowledgeError(KGError):
    """A user's knowledge folder or one of its files cannot be used."""


def names() -> tuple[str, ...]:
    """The data files' names, without ``.json``."""
    return tuple(sorted(p.name[:-5] for p in resources.files("kg.data").iterdir() if p.name.endswith(".json")))


@cache
def data(name: str) -> dict | list:
    """One JSON data file of ``kg/data``, by name without ``.json`` (keys starting with '_' are
    comments), extended by the user's knowledge folder. The only reader of ``kg/data``."""
    raw = json.loads(resources.files("kg.data").joinpath(f"{name}.json").read_text("utf-8"))
    base = _plain(raw)
    folder = knowledge()
    if folder is None:
        return base
    if (folder / f"{name}.json").is_file():
        base = extended(base, _plain(user_file(folder / f"{name}.json")))
    if name in ("countries", "organizations"):
        base = _with_aliases(name, base, curation(folder).get("aliases", {}))
    return base


def _plain(raw):
    return {k: v for k, v in raw.items() if not k.startswith("_")} if isinstance(raw, dict) else raw


def extended(base, extra):
    """``base`` with ``extra`` merged in: lists grow by the items they lack (a country or
    organisation with the same ``iso`` or ``name`` is merged, not repeated), dicts merge key by
    key, other values are replaced.

    >>> extended({"verbs": ["say"], "min": 3}, {"verbs": ["opine", "say"], "min": 4})
    {'verbs': ['say', 'opine'], 'min': 4}
    """
    if isinstance(base, dict) and isinstance(extra, dict):
        return {**base, **{k: extended(base[k], v) if k in base else v for k, v in extra.items()}}
    if isinstance(base, list) and isinstance(extra, list):
        out = list(base)
        for item in extra:
            same = next((i for i, b in enumerate(out) if _same(b, item)), None)
            if same is not None:
                out[same] = extended(out[same], item)
            elif item not in out:
                out.append(item)
        return out
    return extra


def _same(a, b) -> bool:
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return False
    return any(k in a and a.get(k) == b.get(k) for k in ("iso", "name"))


def _with_aliases(name: str, base: list, aliases: dict) -> list:
    """Countries or organisations with the curation file's extra aliases for them."""
    from kg.keys import actor_key

    out = []
    for entry in base:
        key = actor_key("Country", "", entry["iso"]) if name == "countries" else actor_key("Organization", entry["name"])
        extra = [a for a in aliases.get(key, ()) if a not in entry.get("aliases", ())]
        out.append({**entry, "aliases": [*entry.get("aliases", ()), *extra]} if extra else entry)
    return out


def knowledge() -> Path | None:
    """The user's knowledge folder in use, if any."""
    value = os.environ.get(KNOWLEDGE)
    return Path(value) if value else None


def use(folder: str | Path | None) -> None:
    """Read the user's knowledge folder from now on (None: none), here and in worker processes.
    Every file in it is checked first; raises ``KnowledgeError`` naming the file and the reason."""
    new = None if folder is None else str(check(folder))
    if new == os.environ.get(KNOWLEDGE):
        return
    if new is None:
        os.environ.pop(KNOWLEDGE, None)
    else:
        os.environ[KNOWLEDGE] = new
    for module in [m for n, m in sys.modules.items() if n == "kg" or n.startswith("kg.")]:
        for value in list(vars(module).values()):  # what was read from the word lists is read again
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()


def check(folder: str | Path) -> Path:
    """The folder, resolved, once each of its JSON files is a known data file or ``curation.json``
    and parses."""
    path = Path(folder)
    if not path.is_dir():
        raise KnowledgeError(f"{folder}: no such knowledge folder")
    known = set(names())
    for f in sorted(path.glob("*.json")):
        if f.name != CURATION and f.stem not in known:
            raise KnowledgeError(f"{f}: not a data file alliance-kg knows ({CURATION} or one of "
                                 f"{', '.join(n + '.json' for n in sorted(known))})")
        user_file(f)
    return path.resolve()


def user_file(path: Path):
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise KnowledgeError(f"{path}: cannot read ({e})") from None


@cache
def curation(folder: Path) -> dict:
    """The rules of the folder's ``curation.json`` (``{}`` when there is none)."""
    f = folder / CURATION
    return _plain(user_file(f)) if f.is_file() else {}


def knowledge_files() -> dict[str, str]:
    """The files of the knowledge folder in use and their SHA-256 (what a build's records depend on)."""
    import hashlib

    folder = knowledge()
    if folder is None:
        return {}
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(folder.glob("*.json"))}


def extensions() -> list[dict]:
    """What each data file of the knowledge folder adds: ``{"file", "rule": "extend", "list", "added"}``,
    ``added`` counting the new items of each list it grows."""
    folder = knowledge()
    out = []
    for f in sorted(folder.glob("*.json")) if folder else ():
        if f.name == CURATION:
            continue
        raw = json.loads(resources.files("kg.data").joinpath(f.name).read_text("utf-8"))
        out.append({"file": f.name, "rule": "extend", "list": f.stem,
                    "added": _added(_plain(raw), data(f.stem))})
    return out


def _added(before, after) -> dict | int:
    if isinstance(before, list):
        return len(after) - len(before)
    return {k: n for k, v in after.items() if (n := _added(before.get(k, type(v)()), v) if isinstance(v, (list, dict)) else 0)}


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
def abbreviated_titles() -> tuple[str, ...]:
    """Titles and ranks written with a period ('cdr.', 'lt.'), in lower case."""
    t = data("titles")
    return tuple(sorted({w for w in (*t["ranks"], *t["honorifics"]) if w.endswith(".") and len(w) > 2}))


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
def _joint() -> re.Pattern:
    """A joint text's genre in a title, with up to two words inside it ('Joint Ministerial Statement')."""
    forms = []
    for phrase in sorted(data("speech")["joint_words"], key=lambda w: (-len(w), w)):
        first, *rest = phrase.split()
        inner = r"(?:\s+[\w’'-]+){0,2}?" if rest else ""
        forms.append(re.escape(first) + inner + "".join(r"\s+" + re.escape(w) for w in rest))
    return re.compile(rf"\b(?:{'|'.join(forms)})\b", re.I)


def names_joint_text(line: str) -> bool:
    """True when a title line publishes a joint text ('Joint Statement', 'Joint Leaders' Statement')."""
    return bool(_joint().search(line))


def joint_text_at(line: str) -> int:
    """Where a line first names a joint text, or -1."""
    m = _joint().search(line)
    return m.start() if m else -1


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
