"""A synthetic news world of n actors as extraction records, for the benchmarks (seeded, no spaCy).

About 10% countries (at most 250), the rest of the first half organisations, the other half people: people are affiliated with organisations,
organisations belong to countries, countries cooperate (mostly within one of a few regions) or are
in tension, and a third of the people make claims about countries and organisations. Every fact
has its own evidence sentence; facts are spread over articles of 60 facts each.
"""
from __future__ import annotations

import hashlib
import random
import string

from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, PartOf, Relation

REGIONS = 8


def _iso(i: int) -> str:
    return string.ascii_uppercase[i // 26 % 26] + string.ascii_uppercase[i % 26]


def entities(n: int) -> tuple[list[Entity], list[Entity], list[Entity]]:
    nc = min(max(n // 10, 3), 250)  # about as many countries as the world has
    no = max(n // 2 - nc, 2)
    countries = [Entity(f"country/{_iso(i)}", "Country", f"Country {i}", (), _iso(i)) for i in range(nc)]
    orgs = [Entity(f"org/org-{i}", "Organization", f"Organisation {i}") for i in range(no)]
    people = [Entity(f"person/person-{i}", "Person", f"Person {i}", (f"P{i}",)) for i in range(n - nc - no)]
    return countries, orgs, people


def facts(n: int, rng: random.Random) -> list[tuple]:
    countries, orgs, people = entities(n)
    out: list[tuple] = [("entity", e) for e in countries + orgs + people]
    out += [("part", o.key, rng.choice(countries).key) for o in orgs]
    out += [("aff", p.key, rng.choice(orgs).key) for p in people]
    for i, c in enumerate(countries):
        for _ in range(5):
            j = rng.randrange(len(countries))
            same = j % REGIONS == i % REGIONS
            if j != i:
                kind = "cooperation" if (same and rng.random() < 0.9) or rng.random() < 0.3 else "tension"
                out.append(("rel", c.key, countries[j].key, kind))
    targets = countries * 3 + orgs
    for p in people[::3]:
        for _ in range(2):
            out.append(("claim", p.key, tuple(sorted({rng.choice(targets).key for _ in range(rng.randint(1, 3))}))))
    return out


def world(n: int, *, seed: int = 0, per_article: int = 60) -> list[Extraction]:
    """The extractions of a synthetic world of n actors."""
    rng = random.Random(seed)
    all_facts = facts(n, rng)
    rng.shuffle(all_facts)
    return [_article(i, all_facts[k:k + per_article]) for i, k in enumerate(range(0, len(all_facts), per_article))]


def _article(i: int, chunk: list[tuple]) -> Extraction:
    sha = hashlib.sha256(str(i).encode()).hexdigest()
    art = Article(f"synthetic/{i:05}.txt", "...", sha, title=f"Synthetic dispatch {i}")
    ents, affs, parts, claims, rels = [], [], [], [], []
    for k, f in enumerate(chunk):
        ev = Evidence(100 * k, 100 * k + 60, f"Sentence {k} of dispatch {i} states fact {f[0]}.")
        if f[0] == "entity":
            ents.append(f[1])
        elif f[0] == "part":
            parts.append(PartOf(f[1], f[2], ev))
        elif f[0] == "aff":
            affs.append(Affiliation(f[1], f[2], "analyst", ev))
        elif f[0] == "rel":
            a, b = sorted((f[1], f[2]))
            rels.append(Relation(a, b, f[3], "talks" if f[3] == "cooperation" else "dispute", None, ev))
        else:
            claims.append(Claim(f[1], f"Claim {k} of dispatch {i}", "direct", ev.start + 5, ev.end - 5, ev, f[2]))
    return Extraction(art, entities=tuple(ents), affiliations=tuple(affs), parts=tuple(parts),
                      claims=tuple(claims), relations=tuple(rels))
