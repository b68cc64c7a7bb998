"""Identity across articles: one node per actor, whatever each article called it.

Within an article ``kg.extract.resolve`` already joins "Roe" to "John Q. Roe III".
Across articles, full names with the same first and last words are one person, and a person
named by one name only ("Roe") joins the one person in the corpus whose last name it is;
when two people share it ("John Roe", "Mary Roe") nothing is joined.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg import lexicon
from kg.model import Entity, Extraction



def _parts(name: str) -> list[str]:
    """Name words without suffixes and initials: 'John Q. Roe III' -> ['John', 'Roe']."""
    return [p for p in name.split() if not lexicon.is_name_suffix(p) and not (len(p.rstrip(".")) == 1)]


def aliases(entities: Iterable[Entity]) -> dict[str, str]:
    """Person keys to rewrite: each key -> the key of the fullest name of the same person.

    ``entities`` are those of every article, in article order. Full names with the same first
    and last words are one person ("John Roe", "John Q. Roe III"); a single name joins
    the one such person whose last word it is.
    """
    names = {e.key: e.name for e in entities if e.type == "Person"}
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, name in sorted(names.items()):
        parts = _parts(name)
        if len(parts) > 1:
            groups[(parts[0], parts[-1])].append(key)
    table, by_last = {}, defaultdict(set)
    for (first, last), keys in groups.items():
        for same in _by_middle(keys, names):
            best = max(same, key=lambda k: (len(names[k]), names[k]))
            table.update({k: best for k in same if k != best})
            by_last[last].add(best)
    for key, name in names.items():
        parts = _parts(name)
        if len(parts) == 1 and len(by_last.get(parts[0], ())) == 1:
            table[key] = next(iter(by_last[parts[0]]))
    return table


def _by_middle(keys: list[str], names: dict[str, str]) -> list[list[str]]:
    """Full names with the same first and last words, grouped by what stands between them:
    'George W. Bush' and 'George H. W. Bush' are two people; a name with nothing between joins
    the one middle the corpus knows, and stays apart when it knows several."""
    middles: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        words = [w for w in names[k].replace(".", ". ").split() if not lexicon.is_name_suffix(w)]
        middles["".join(w[0] for w in words[1:-1])].append(k)
    bare = middles.pop("", [])
    if len(middles) == 1:
        (only,) = middles.values()
        return [only + bare]
    return [*middles.values(), *([bare] if bare else [])]


def rekey(ex: Extraction, table: dict[str, str]) -> Extraction:
    """The extraction with the person keys in ``table`` replaced."""
    if not table:
        return ex
    k = lambda key: table.get(key, key)  # noqa: E731
    return replace(
        ex,
        entities=tuple(replace(e, key=k(e.key)) for e in ex.entities),
        affiliations=tuple(replace(a, person=k(a.person)) for a in ex.affiliations),
        claims=tuple(replace(c, speaker=k(c.speaker), mentions=tuple(sorted({k(m) for m in c.mentions})))
                     for c in ex.claims),
        mentions=tuple(replace(m, key=k(m.key)) for m in ex.mentions),
    )
