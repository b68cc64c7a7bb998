"""Raw mentions -> resolved ``Mention``s and ``Entity``s within one article.

- people: a surname or given name alone joins the fullest name that contains it (of several,
  the one named last before it), and a familiar given name the one full name it shortens ('Dan
  Doe', 'Daniel J. Doe'); a token equal to a known person's name part becomes that
  person wherever NER mislabelled it;
- organisations: the same name with or without "the"; an acronym joins its expansion
  (written "Name (ACR)" or matching its initials); known organisations by gazetteer key;
- countries: by ISO code, whatever the surface form (name, alias, capital, demonym).
"""
from __future__ import annotations

import re

from collections import Counter, defaultdict

from spacy.tokens import Doc

from kg import gazetteer, lexicon, reference
from kg.extract.doc import Raw, evidence, generic
from kg.extract.acronyms import initials
from kg.extract.mentions import body_case, name_parts, surface, vetted
from kg.model import Entity, Mention, PartOf
from kg.keys import actor_key


def _person_names(surfaces: list[str]) -> dict[str, str]:
    """Map each person surface form to the fullest name it belongs to."""
    full = sorted({s for s in surfaces if _full(s)}, key=lambda s: (-len(s), s))
    out = {}
    for s in surfaces:
        parts = set(name_parts(s))
        out[s] = next((f for f in full if parts and parts <= set(name_parts(f))), s)
    for s in surfaces:
        fuller = [f for f in full if out[f] == f and _familiar(s, f)]
        if out[s] == s and len(fuller) == 1:
            out[s] = fuller[0]
    return out


def _familiar(short: str, full: str) -> bool:
    """'Dan Doe' for 'Daniel J. Doe': the same surname after a familiar form of the given name."""
    a, b = name_parts(short), name_parts(full)
    return len(a) == 2 and len(b) >= 2 and len(short) < len(full) and a[-1] == b[-1] and reference.familiar(a[0], b[0])


def _full(name: str) -> bool:
    """A name fuller than a surname: two name words or more, or one after initials ('J Doe')."""
    parts = name_parts(name)
    return len(parts) > 1 or len(parts) == 1 and len(name.split()) > 1


def _nearest_people(raws: list[Raw], surf: dict[int, str], people: dict[str, str]) -> dict[int, str]:
    """A name that several full names of the article hold ('Doe' of 'Jane Doe' and 'John Doe')
    is the one the article names most (by mentions that name only it), of those named before it,
    the last one on a tie: mention index -> that full name."""
    fulls = sorted({n for n in people.values() if _full(n)})
    holders = {i: [f for f in fulls if set(name_parts(surf[i])) <= set(name_parts(f))]
               for i, r in enumerate(raws) if r.type == "Person"}
    count = Counter(h[0] for h in holders.values() if len(h) == 1)  # mentions that name one of them
    out = {}
    for i, held in holders.items():
        before = {h[0]: k for k, h in holders.items() if k < i and len(h) == 1 and h[0] in held}
        if len(held) > 1 and before:
            out[i] = max(before, key=lambda f: (count[f], before[f]))
    return out


def _also_known(doc: Doc, named: list[tuple[Raw, str]]) -> dict[str, str]:
    """Second names of one actor: 'Jane Doe, also known as Abu Harbour' -> {'Abu Harbour': 'Jane Doe'}
    (the names of one type, in text order)."""
    cues = lexicon.data("names")["alias_cues"]
    out = {}
    for (a, first), (b, second) in zip(named, named[1:]):
        between = " ".join(t.lower_ for t in doc[a.end:b.start] if not t.is_punct)
        if between in cues and second != first:
            out.setdefault(second, first)
    return out


def _org_names(doc: Doc, raws: list[Raw], surfaces: dict[int, str]) -> dict[str, str]:
    """Map each unknown organisation surface to its canonical name (acronyms to expansions)."""
    names = sorted({surfaces[i] for i, r in enumerate(raws) if r.type == "Organization" and not r.key})
    out = {n: n for n in names}
    longs = [n for n in names if not n.isupper()]
    knowns = sorted({surfaces[i] for i, r in enumerate(raws) if r.type == "Organization" and r.key})
    for i, r in enumerate(raws):
        end = r.end + (r.end < len(doc) and doc[r.end].text in lexicon.data("speech")["close_quotes"])
        nxt = doc[end:end + 3]  # 'Name (ACR)', '"Name" (ACR)'
        if r.type == "Organization" and len(nxt) == 3 and nxt[0].text == "(" and nxt[2].text == ")" \
                and nxt[1].text.isupper():
            out[nxt[1].text] = out.get(surfaces[i], surfaces[i])
        elif r.type == "Organization" and not r.key and (acronym := _spelled_on(doc, r)):
            out[acronym] = out.get(surfaces[i], surfaces[i])
    known = set(names)
    for n in names:
        longer = _inverted(n, known) or _shortened(n, longs + [k for k in knowns if " " in k and k not in longs])
        if longer and out[n] == n:
            out[n] = longer
    for n in names:
        if n.isupper() and out[n] == n:  # an acronym not already given its expansion in parentheses
            match = [m for m in longs if n in (initials(m).upper(), initials(m, acronyms=True).upper())]
            if len(match) == 1:
                out[n] = match[0]
        elif (unit := _numbered_acronym(n, longs)) and out[n] == n:
            out[n] = unit
    return out


def _numbered_acronym(name: str, longs: list[str]) -> str | None:
    """The one unit of the article a numbered acronym stands for: the same number, and the
    acronym the initials of its last words ('2nd BCT' of '2nd Armored Brigade Combat Team')."""
    words = name.split()
    if len(words) != 2 or not re.fullmatch(r"\d+(?:st|nd|rd|th|d)", words[0]) or not re.fullmatch(r"[A-Z]{2,5}", words[1]):
        return None
    number = re.sub(r"\D", "", words[0])  # '3rd' and '3d' are one number
    found = [m for m in longs if m != name and re.sub(r"\D", "", m.split()[0]) == number and re.fullmatch(r"\d+[a-z]+", m.split()[0])
             and initials(m).upper().endswith(words[1])]
    return found[0] if len(found) == 1 else None


def _spelled_on(doc: Doc, raw: Raw) -> str | None:
    """The acronym in parentheses a few words after a name, when the name and those words spell
    it ('Citizens for Ethics in Halden (CEH)': the words after were left out of the name)."""
    for k in range(raw.end + 1, min(raw.end + 5, len(doc) - 2)):
        if doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper() and len(doc[k + 1].text) > 1:
            words = doc[raw.start:k].text
            return doc[k + 1].text if doc[k + 1].text in (initials(words).upper(), initials(words, acronyms=True).upper()) else None
        if doc[k].is_punct:
            return None
    return None


def _shortened(name: str, longs: list[str]) -> str | None:
    """The one longer name of the article that begins or ends with this one, word for word
    ('Daily News' of 'New York Daily News', 'Fox Business' of 'Fox Business Network'); none
    when several do or the name is a lone body word ('Council')."""
    if name.isupper() or name.lower() in lexicon.data("names")["generic_orgs"] or generic(name):
        return None
    found = [m for m in longs if m != name and (m.startswith(name + " ") or m.endswith(" " + name))]
    return found[0] if len(found) == 1 else None


def _inverted(name: str, names: set[str]) -> str | None:
    """'Justice Department' is the 'Department of Justice' of the same article (a body word last)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in lexicon.data("names")["generic_orgs"]:
        return None
    rest = " ".join(words[:-1])
    return next((f for f in (f"{words[-1]} of {rest}", f"{words[-1]} of the {rest}") if f in names), None)


def _qualified(doc: Doc, raws: list[Raw], surf: dict[int, str]) -> tuple[dict, dict]:
    """Generic organisation names owned by a country ('China's Foreign Ministry', 'ROK National
    Security Office'), qualified by the country so that two countries' ministries stay apart:
    (raw index -> (key, name)) for the owned mentions, and (bare name -> (key, name)) for a bare
    name only one country's body has, so that 'the Foreign Ministry' later is the same body."""
    gaz = gazetteer.load()
    by_span = {(r.start, r.end): r for r in raws}
    owned: dict[int, tuple[str, str]] = {}
    for i, r in enumerate(raws):
        owner = by_span.get(r.whole) if r.whole else None
        known = gaz.entries.get(r.key) if r.key else None
        if r.type != "Organization" or (known and known.country) or owner is None or owner.type != "Country" \
                or not generic(surf[i]):
            continue
        country = gaz.entries[owner.key].name
        listed = _listed_body(owner.key, surf[i])
        owned[i] = (listed.key, listed.name) if listed else (
            actor_key("Organization", f"{country} {surf[i]}"), body_case(" ".join(doc[owner.start:r.end].text.split())))
    keys: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple[str, str]] = {}
    for i, q in owned.items():
        keys[surf[i]].add(q[0])
        first.setdefault(surf[i], q)
    return owned, {name: first[name] for name, ks in keys.items() if len(ks) == 1}


def _listed_body(country: str, name: str):
    """The known body a country's generic body name stands for ('Norway's Defence Ministry' is the
    listed 'Norwegian Ministry of Defence'): the name after the country's name or demonym, as listed."""
    gaz = gazetteer.load()
    owners = [p.text for p in gaz.phrases if p.key == country and p.label in ("Country", "Demonym")]
    found = (gaz.lookup(f"{owner} {name}") for owner in owners)
    return next((k for k in found if k is not None and k.type == "Organization"), None)


def resolve(doc: Doc, raws: list[Raw]) -> tuple[list[Mention], list[Entity], list[PartOf]]:
    """Resolve raw mentions into mentions keyed by entity, the entities, and part-of facts."""
    gaz = gazetteer.load()
    raws = vetted(doc, raws)
    surf = {i: surface(doc, r) for i, r in enumerate(raws)}
    people = _person_names([surf[i] for i, r in enumerate(raws) if r.type == "Person"])
    orgs = _org_names(doc, raws, surf)
    for typ, names in (("Person", people), ("Organization", orgs)):
        also = _also_known(doc, [(r, surf[i]) for i, r in enumerate(raws) if r.type == typ and not r.key])
        names.update({s: names.get(also[n], also[n]) if n in also else n for s, n in names.items()})
    owned, qualified = _qualified(doc, raws, surf)
    keyed = defaultdict(set)  # a known body's other names ('JCS') go where its owned name went
    for i, q in owned.items():
        if raws[i].key:
            keyed[raws[i].key].add(q)
    by_key = {k: next(iter(qs)) for k, qs in keyed.items() if len(qs) == 1}
    nearest = _nearest_people(raws, surf, people)
    mentions, names, types, isos = [], {}, {}, {}
    aliases: dict[str, set[str]] = defaultdict(set)
    by_span: dict[tuple[int, int], str] = {}
    for i, r in enumerate(raws):
        s = surf[i]
        if i in owned or r.key and (s in qualified or r.key in by_key):
            (key, name), iso = owned.get(i) or qualified.get(s) or by_key[r.key], None
        elif r.key:
            known = gaz.entries[r.key]
            key, name, iso = r.key, known.name, known.iso
        elif r.type == "Person":
            name, iso = nearest.get(i, people[s]), None
            key = actor_key("Person", name)
        else:
            expanded = s.isupper() and orgs.get(s, s) != s  # an acronym the article spells out
            known = gaz.lookup(orgs.get(s, s)) or (None if expanded else gaz.lookup(s))
            name = known.name if known else orgs.get(s, s)
            key, iso = (known.key, known.iso) if known else (actor_key("Organization", name), None)
            if not known and name in qualified:
                key, name = qualified[name]
        typ = gaz.entries[key].type if key in gaz.entries else r.type
        names.setdefault(key, name)
        types[key], isos[key] = typ, iso
        aliases[key].add(s)
        by_span[(r.start, r.end)] = key
        span = doc[r.start:r.end]
        mentions.append(Mention(span.start_char, span.end_char, span.text, typ, key))
    entities = [Entity(k, types[k], names[k], tuple(sorted(aliases[k] - {names[k]})), isos[k])
                for k in sorted(names)]
    parts = [PartOf(by_span[(r.start, r.end)], by_span[r.whole], evidence(doc, r.start))
             for r in raws if r.whole and r.whole in by_span
             and by_span[r.whole] != by_span[(r.start, r.end)] and types[by_span[(r.start, r.end)]] == "Organization"]
    return mentions, entities, parts
