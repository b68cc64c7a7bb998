"""A corpus of realistic articles for the benchmarks, recombined from the texts shipped in the repo.

    .venv/bin/python bench/corpus.py --n 1000 --out /tmp/corpus-1k [--seed 0]
    .venv/bin/python bench/corpus.py --big 20 --out /tmp/big-20mb.txt [--seed 0]

The body paragraphs of ``seeds/*.txt`` and ``tests/data/gold/*.txt`` (as ``kg.article`` splits
them) are the material. Article i (its own seeded RNG, so any article can be made alone) has a
title line, a date line and 2-6 paragraphs of 300-900 words; each paragraph is a run of
consecutive source paragraphs, so pronouns still follow their speakers and quotes and reporting
verbs stay as written. Every actor the gold annotations name is then swapped, one consistent
choice per article: people for invented first + last names, countries for other real countries
(name, acronym, demonym and capital forms from ``kg/data/countries.json``, so the gazetteer knows
them), organisations for invented ones ("Institute for Maritime Studies", acronym kept in step).
International bodies the gazetteer knows (United Nations Security Council, IISS) stay.
Same ``--seed`` and ``--n``, same bytes. No network. ``--big MB`` writes one long article
instead: articles 0, 1, 2, ... joined into one file of MB million bytes (paragraphs kept).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg import article as articles
from kg import gazetteer

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("seeds/*.txt", "tests/data/gold/*.txt")
GOLD = "tests/data/gold/*.gold.json"
PARAGRAPHS = (2, 6)
WORDS = (300, 900)

FIRST = ("Amara", "Tomasz", "Keiko", "Ravi", "Ingrid", "Mateo", "Leila", "Hendrik", "Sunita", "Oskar",
         "Yara", "Dmitri", "Elif", "Kwame", "Marisol", "Anders", "Noor", "Takumi", "Beatriz", "Farid",
         "Helena", "Jun-ho", "Aisling", "Rafael", "Mirela", "Tobias", "Ngozi", "Stellan", "Priya", "Emeka",
         "Lucia", "Haruto", "Zofia", "Idris", "Camille", "Bogdan", "Ines", "Kenji", "Astrid", "Samir",
         "Valentina", "Arjun", "Greta", "Nikolai", "Soo-ah", "Matthias", "Rosalind", "Thabo")
LAST = ("Okonkwo", "Lindqvist", "Haddad", "Varga", "Nakamura", "Brennan", "Castellanos", "Kowalczyk",
        "Achterberg", "Mensah", "Rautio", "Delacroix", "Ishikawa", "Petrovic", "Oyelaran", "Strand",
        "Albrecht", "Moravec", "Quintero", "Halvorsen", "Szabo", "Takeda", "Ferreira", "Obuya", "Lindgren",
        "Marchetti", "Kaczmarek", "Ferrante", "Olawale", "Sandoval", "Vasquez", "Holmberg", "Raines",
        "Kurosawa", "Antonescu", "Whitfield", "Dragomir", "Eriksen", "Mbeki", "Rasmussen", "Ostrowski",
        "Calloway", "Morita", "Bianchi", "Tsvetkov", "Aldana", "Pruett", "Okafor")
INITIALS = "ABCDEFGHJKLMNPRSTW"
# Real countries, by their names in kg/data/countries.json (checked when the tables are built).
COUNTRIES = ("Australia", "Brazil", "Canada", "China", "Egypt", "Estonia", "Finland", "France", "Germany",
             "Greece", "India", "Indonesia", "Iran", "Iraq", "Israel", "Italy", "Japan", "Kazakhstan",
             "Kenya", "Latvia", "Lithuania", "Malaysia", "Mexico", "Mongolia", "Morocco", "Netherlands",
             "New Zealand", "Nigeria", "North Korea", "Norway", "Pakistan", "Philippines", "Poland",
             "Romania", "Russia", "Saudi Arabia", "Singapore", "South Africa", "South Korea", "Spain",
             "Sweden", "Taiwan", "Thailand", "Turkey", "Ukraine", "United Kingdom", "United States",
             "Vietnam", "Argentina", "Chile", "Colombia", "Qatar", "Denmark", "Czechia", "Hungary",
             "Bangladesh", "Sri Lanka", "Nepal", "Ethiopia", "Algeria")
TOPICS = ("Maritime", "Strategic", "Defense", "Security", "Arctic", "Nonproliferation", "Regional",
          "Cyber", "Energy", "Alliance", "Border", "Naval", "Peace", "Crisis", "Deterrence", "Space")
PLACES = ("Eastmoor", "Kellbrook", "Marrowdale", "Westhaven", "Ashford", "Corvale", "Brightwater",
          "Harlow", "Stonebridge", "Ravensholm", "Lakemont", "Fairhaven", "Northgate", "Elmstead")
ADJECTIVES = ("Global", "Atlantic", "Pacific", "Continental", "Independent", "National", "Central")
ORG_SHAPES = ("Institute for {topic} Studies", "Center for {topic} Policy", "{adj} Institute of {topic} Affairs",
              "Council on {topic} Security", "{place} Forum for {topic} Research", "{place} Center for {topic} Studies",
              "{adj} Foundation for {topic} Studies", "{topic} Studies Program")
UNIVERSITY_SHAPES = ("University of {place}", "{place} University")
MEDIA_SHAPES = ("{place} Today", "{place} Herald", "{adj} Dispatch")
SUFFIXES_KEPT = ("Jr.", "Sr.", "II", "III")
MIDDLE = re.compile(r"^[A-Z]\.$")
ACRONYM = re.compile(r"^[A-Z][A-Z.]+$")
FUNCTION_WORDS = frozenset(("has", "have", "had", "is", "was", "are", "were", "will", "would", "should", "can",
                            "could", "must", "may", "and", "or", "to", "for", "in", "on", "at", "of", "said", "says"))
COUNTRY_KEY = "\x00country:"  # swaps() also records which country stands for which
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@dataclass(frozen=True)
class Source:
    """One shipped article: its title and its body paragraphs, in order."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Tables:
    """What is swapped: the gold actors' surface forms, grouped by actor."""

    people: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (full names, one-word forms)
    orgs: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # (name, other spellings, acronyms)
    countries: dict[str, tuple[str, str, int]]  # surface -> (country name, role, index)
    protected: tuple[str, ...]  # known phrases that contain a swapped word but stay as they are
    geo: re.Pattern  # "Sea", "Strait", ...: a country name before one of them is a place, kept
    targets: dict[str, Country]
    pattern: re.Pattern  # every surface form above, longest first, whole words


@cache
def sources() -> tuple[Source, ...]:
    """The shipped articles, each body paragraph once (the seed is also a gold article)."""
    seen: set[str] = set()
    out = []
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            art = articles.read(path)
            body = []
            for p in art.paragraphs:
                text = " ".join(art.text[p.start:p.end].split())
                if p.kind == "body" and text not in seen:
                    seen.add(text)
                    body.append(text)
            if body:
                out.append(Source(art.title or body[0][:60], tuple(body)))
    if not out:
        raise SystemExit(f"no source texts under {ROOT} ({', '.join(SOURCES)})")
    return tuple(out)


def _countries() -> dict[str, Country]:
    data = json.loads(resources.files("kg.data").joinpath("countries.json").read_text("utf-8"))
    return {c["name"]: Country(c["name"], tuple(c.get("aliases", ())), tuple(c.get("demonyms", ())),
                               tuple(c.get("capitals", ()))) for c in data}


@cache
def tables() -> Tables:
    """The swap tables, from the gold annotations and kg's own country and organisation lists."""
    known = _countries()
    missing = [c for c in COUNTRIES if c not in known]
    if missing:
        raise SystemExit(f"not in kg/data/countries.json: {', '.join(missing)}")
    gaz = gazetteer.load()
    full_people, orgs, country_forms, source_countries = _gold_names(known)
    swapped_orgs = []
    for name, aliases in sorted(orgs.items()):
        k = gaz.lookup(name)
        tied = k is not None and k.country and gaz.entries[k.country].name in source_countries
        if k is None or tied:  # unknown, or a body of a country that is swapped
            spellings = tuple(sorted(a for a in aliases if a.replace("’", "'") == name))
            swapped_orgs.append((name, spellings, tuple(sorted(a for a in aliases if ACRONYM.match(a)))))
    person_words = {w for _, shorts in full_people for w in shorts}
    protected = tuple(sorted({p.text for p in gaz.phrases if p.label == "Organization" and " " in p.text
                              and set(p.text.split()) & person_words}))
    names = json.loads(resources.files("kg.data").joinpath("names.json").read_text("utf-8"))
    geo = re.compile(r"\s+(?:%s)\b" % "|".join(map(re.escape, names["geo_features"])), re.I)
    surfaces = {*protected, *country_forms}
    for fulls, shorts in full_people:
        surfaces.update(fulls + shorts)
    for name, spellings, acronyms in swapped_orgs:
        surfaces.update((name, *spellings, *acronyms))
    keys = sorted(surfaces, key=lambda s: (-len(s), s))
    pattern = re.compile(r"(?P<the>\b[Tt]he\s+)?(?<!\w)(?P<name>%s)(?!\w)(?P<poss>[’'](?![A-Za-z]))?"
                         % "|".join(map(re.escape, keys)))
    return Tables(full_people, tuple(swapped_orgs), country_forms, protected, geo,
                  {c: known[c] for c in COUNTRIES}, pattern)


def _gold_names(known: dict[str, Country]) -> tuple[tuple, dict[str, set[str]], dict[str, tuple[str, str, int]], set[str]]:
    """What the gold annotations name: the persons (full names, one-word forms), the organisations
    (name -> aliases), each surface form of a country kg knows (-> its name, role, index) and the
    countries named."""
    people: list[tuple[set[str], set[str]]] = []  # (full names, one-word forms) per person
    orgs: dict[str, set[str]] = {}
    country_forms: dict[str, tuple[str, str, int]] = {}
    source_countries: set[str] = set()
    for path in sorted(ROOT.glob(GOLD)):
        for e in json.loads(path.read_text("utf-8"))["entities"]:
            if e["type"] == "Country":
                source_countries.add(e["name"])
                if e["name"] in known:  # a territory kg does not list as a country is not swapped
                    _country_forms(known[e["name"]], e.get("aliases", ()), country_forms)
            elif e["type"] == "Person":
                shorts = {a for a in (e["name"], *e.get("aliases", ())) if " " not in a}
                fulls = {e["name"]} if " " in e["name"] else set()
                group = next((g for g in people if g[1] & shorts), None)
                if group is None:
                    people.append((fulls, shorts))
                else:
                    group[0].update(fulls)
                    group[1].update(shorts)
            else:
                orgs.setdefault(e["name"], set()).update(e.get("aliases", ()))
    full_people = tuple((tuple(sorted(f, key=len, reverse=True)), tuple(sorted(s))) for f, s in people)
    return full_people, orgs, country_forms, source_countries


def _country_forms(c: Country, spellings, forms: dict[str, tuple[str, str, int]]) -> None:
    """Add a country's forms (name, aliases, demonyms, capitals) and the texts' own spellings of
    them ("south Korea", "taiwan") to forms, the first one of a surface winning."""
    own = [(c.name, "name", 0), *((a, "alias", 0) for a in c.aliases),
           *((d, "demonym", i) for i, d in enumerate(c.demonyms)), *((k, "capital", 0) for k in c.capitals)]
    for text, role, i in own:
        forms.setdefault(text, (c.name, role, i))
    lower = {text.lower(): v for text, *v in own}
    for a in spellings:
        if a.lower() in lower:
            role, i = lower[a.lower()]
            forms.setdefault(a, (c.name, role, i))


def _org_name(rng: random.Random, source: str) -> str:
    shapes = UNIVERSITY_SHAPES if "University" in source else MEDIA_SHAPES if "Today" in source else ORG_SHAPES
    return rng.choice(shapes).format(topic=rng.choice(TOPICS), place=rng.choice(PLACES), adj=rng.choice(ADJECTIVES))


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _person(rng: random.Random, source: str, first: str, last: str) -> str:
    words = [first]
    words += [f"{rng.choice(INITIALS)}." for w in source.split()[1:-1] if MIDDLE.match(w)]
    words.append(last)
    words += [w for w in source.split()[1:] if w in SUFFIXES_KEPT]
    return " ".join(words)


def _country_form(target: Country, surface: str, role: str, index: int) -> str:
    if role == "demonym" and target.demonyms:
        out = target.demonyms[min(index, len(target.demonyms) - 1)]
    elif role == "capital" and target.capitals:
        out = target.capitals[0]
    elif role == "alias" and ACRONYM.match(surface):
        acronyms = [a for a in target.aliases if ACRONYM.match(a)]
        dotted = [a for a in acronyms if ("." in a) == ("." in surface)]
        out = (dotted or acronyms or [target.name])[0]
    elif role == "alias" and " " in surface:
        out = next((a for a in target.aliases if " " in a and "," not in a), target.name)
    else:
        out = target.name
    return out[0].lower() + out[1:] if surface[0].islower() else out


def swaps(rng: random.Random) -> dict[str, str]:
    """One article's choices: every swapped surface form -> its replacement."""
    t = tables()
    out: dict[str, str] = {}
    firsts = rng.sample(FIRST, len(t.people))
    lasts = rng.sample(LAST, len(t.people))
    for (fulls, shorts), first, last in zip(t.people, firsts, lasts):
        out.update((full, _person(rng, full, first, last)) for full in fulls)
        out.update((s, last) for s in shorts)
    used: set[str] = set()
    for name, spellings, acronyms in t.orgs:
        new = _org_name(rng, name)
        while new in used:
            new = _org_name(rng, name)
        used.add(new)
        out.update((s, new) for s in (name, *spellings))
        out.update((a, _acronym(new)) for a in acronyms)
    source = sorted({c for c, _, _ in t.countries.values()})
    chosen = dict(zip(source, rng.sample(sorted(t.targets), len(source))))
    for surface, (country, role, index) in t.countries.items():
        out[surface] = _country_form(t.targets[chosen[country]], surface, role, index)
    out.update((COUNTRY_KEY + c, chosen[c]) for c in source)
    return out


def substitute(text: str, table: dict[str, str]) -> str:
    """Swap every surface form in one pass (longest first, whole words; known phrases kept),
    with a country's "the" and bare possessive mark fitted to its new name."""
    t = tables()

    def one(m: re.Match) -> str:
        s, lead, mark = m.group("name"), m.group("the") or "", m.group("poss") or ""
        if s not in table:
            return m.group(0)
        if s not in t.countries:
            return lead + table[s] + mark
        country, role, _ = t.countries[s]
        if role in ("name", "alias") and t.geo.match(text, m.end("name")):
            return m.group(0)  # "South China Sea", "Taiwan Strait": places, not the country
        target = t.targets[table[COUNTRY_KEY + country]]
        new, adjective = table[s], role == "demonym"
        if role == "alias" and ACRONYM.match(s) and not ACRONYM.match(new) and not text[:m.start("name")].endswith("-"):
            word = re.match(r" ([A-Za-z]+)", text[m.end("name"):m.end("name") + 20])
            if word and word.group(1).lower() not in FUNCTION_WORDS and target.demonyms:
                new, adjective = target.demonyms[0], True  # "U.S. commitment" -> "Italian commitment"
        if lead and not adjective and not _takes_the(new):
            lead = ""  # "the United States" -> "Italy"
        if mark and not new.endswith("s"):
            mark += "s"  # "the United States’ policy" -> "Italy’s policy"
        return lead + new + mark

    return t.pattern.sub(one, text)


def _takes_the(name: str) -> bool:
    """'the United Kingdom', 'the Philippines', 'the Republic of Korea', 'the U.S.'."""
    return name.startswith("United ") or " of " in name or bool(ACRONYM.match(name)) or (
        " " not in name and name.endswith("s"))


def _runs(rng: random.Random, words: int, count: int) -> list[list[str]]:
    """``count`` paragraphs, each a run of consecutive source paragraphs (none used twice), about
    ``words`` words in all."""
    pool = [s.paragraphs for s in sources()]
    free = [(k, j) for k, src in enumerate(pool) for j in range(len(src))]
    used: set[tuple[int, int]] = set()

    def take() -> tuple[int, int]:
        k, j = rng.choice([f for f in free if f not in used])
        used.add((k, j))
        return k, j

    def size(run: list[str]) -> int:
        return sum(len(p.split()) for p in run)

    per = words / count
    out: list[list[str]] = []
    for _ in range(count):
        k, j = take()
        run = [pool[k][j]]
        while size(run) < per and j + 1 < len(pool[k]) and (k, j + 1) not in used:
            j += 1
            used.add((k, j))
            run.append(pool[k][j])
        out.append(run)
    total = sum(size(r) for r in out)
    while total < words and len(used) < len(free):  # too short: lengthen a paragraph
        k, j = take()
        rng.choice(out).append(pool[k][j])
        total += len(pool[k][j].split())
    while total > WORDS[1] - 20:  # too long: drop the last piece of the longest paragraph
        longest = max((r for r in out if len(r) > 1), key=size, default=None)
        if longest is None:
            break
        total -= len(longest.pop().split())
    return out


def article(i: int, *, seed: int = 0, salt: int = 0) -> str:
    """The text of article ``i``: a title line, a date line, then its paragraphs."""
    rng = random.Random(f"alliance-kg bench corpus {seed} {i} {salt}")
    count = rng.randint(*PARAGRAPHS)
    runs = _runs(rng, rng.randint(WORDS[0] + 20, WORDS[1] - 20), count)  # swapped names change counts a little
    first = next(s for s in sources() if runs[0][0] in s.paragraphs)
    table = swaps(rng)
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2018, 2026)}"
    paragraphs = [substitute(" ".join(run), table) for run in runs]
    return "\n\n".join([substitute(first.title, table), date, *paragraphs]) + "\n"


def generate(n: int, *, seed: int = 0, start: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, text) of articles start..start+n-1, all with different content."""
    width = max(5, len(str(start + n - 1)))
    seen: set[str] = set()
    for i in range(start, start + n):
        salt, text = 0, article(i, seed=seed)
        while (h := hashlib.sha256(text.encode()).hexdigest()) in seen:
            salt += 1
            text = article(i, seed=seed, salt=salt)
        seen.add(h)
        yield f"article-{i:0{width}}.txt", text


def write(n: int, out: str | Path, *, seed: int = 0, start: int = 0) -> list[Path]:
    """Write the articles to ``out`` (created); returns their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed=seed, start=start):
        path = out / name
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def big(size: int, path: str | Path, *, seed: int = 0) -> Path:
    """One long article of at least ``size`` bytes at ``path``: generated articles 0, 1, 2, ...
    one after another (each its title, date and paragraphs; a blank line between), written as
    they come until the size is reached. Same ``seed`` and size, same bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    i = written = 0
    with path.open("w", encoding="utf-8", newline="\n") as f:
        while written < size:
            text = ("\n" if i else "") + article(i, seed=seed)
            f.write(text)
            written += len(text.encode("utf-8"))
            i += 1
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--big", type=float, metavar="MB", help="write one article of MB million bytes instead")
    ap.add_argument("--out", required=True, help="folder to write the articles into (with --big: the file)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.big:
        path = big(int(args.big * 1e6), args.out, seed=args.seed)
        text = path.read_text("utf-8")
        print(f"1 article, {len(text.split())} words, {len(text):,} characters -> {path}")
        return
    paths = write(args.n, args.out, seed=args.seed)
    words = [len(p.read_text("utf-8").split()) for p in paths]
    print(f"{len(paths)} articles, {sum(words)} words ({min(words)}-{max(words)} per article, "
          f"mean {sum(words) / max(len(words), 1):.0f}) -> {args.out}")


if __name__ == "__main__":
    main()
