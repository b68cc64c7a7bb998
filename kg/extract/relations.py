"""Doc + mentions -> relations between countries: cooperation or tension, with a class and a weight.

Relations come from events (``kg.extract.events``): who does what to whom. The predicate gives
the class, its type and a signed weight on a fixed -10..+10 scale (``kg/data/relations.json``);
its arguments give the countries. A directed event relates its acting side to its target side
("Norway condemned Sweden's test"), a mutual one every party to every other ("Norway and Sweden
held talks", "cooperation among Norway, Sweden and Finland"). A tension event said in a claim with
an actor and no target is aimed at the speaker's country ("Ruritania's provocations", said by a
Norwegian minister). A pair that one sentence gives both polarities asserts nothing. The headline
(``kg.extract.headline``) and the body paragraphs are read; each (pair, type) keeps its first evidence. A group the article defines by
listing its members acts and speaks for them (``kg.extract.groups``); an organisation acts for
its country (part-of facts, the gazetteer, or a state body's own name).
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from spacy.tokens import Doc

from kg import gazetteer, lexicon
from kg.extract.doc import Found, body_sentences, by_token, dateline_tokens, evidence, kind, mention_spans
from kg.extract.jointacts import hyphened_names, prefixed_pairs
from kg.extract.headline import title_countries, title_sentences
from kg.extract.events import Event, Scene, events, inside_judged_act, participants
from kg.extract.groups import defined, pair_words
from kg.extract.responses import responders
from kg.model import Affiliation, Mention, PartOf, Relation


def relations(doc: Doc, found: Found) -> list[Relation]:
    """One relation per (country pair, type), first evidence kept, from the body paragraphs.

    A person belongs to the countries of their affiliations; an organisation of a known country
    (part-of facts, the gazetteer) acts for it ("the Foreign Ministry condemned ...").
    """
    scene = _scene(doc, found)
    classes = lexicon.data("relations")["classes"]
    out: dict[tuple[str, str, str], Relation] = {}
    for sent in [*title_sentences(doc, found.article), *body_sentences(doc, found.article)]:
        said: dict[tuple[str, str], dict[str, Event]] = {}
        for ev in events(sent, scene):
            for pair in sorted(_pairs(ev, scene)):
                said.setdefault(pair, {}).setdefault(classes[ev.cls]["type"], ev)
        for (a, b), by_type in said.items():
            if len(by_type) > 1:
                continue  # both polarities from one sentence: unsure
            ((rtype, ev),) = by_type.items()
            cls = classes[ev.cls]
            out.setdefault((a, b, rtype), Relation(a, b, rtype, ev.tok.text, cls["subtype"],
                                                   evidence(doc, ev.tok.i), ev.cls, float(cls["weight"])))
    return list(out.values())


def _pairs(ev: Event, scene: Scene) -> set[tuple[str, str]]:
    if ev.mutual:  # co-actors with counterparts are no party to each other ("X and Y have disputes with Z")
        group = ev.among if ev.targets else ev.agents | ev.among
        return ({tuple(sorted(p)) for p in combinations(sorted(group), 2)}
                | {tuple(sorted((a, t))) for a in ev.agents | ev.among for t in ev.targets if a != t})
    targets = ev.targets
    tension = lexicon.data("relations")["classes"][ev.cls]["type"] == "tension"
    if not targets and tension and ev.cls not in lexicon.data("relations")["judging_classes"] \
            and not inside_judged_act(ev.tok, scene):
        # "Ruritania's provocations" said by a Norwegian is aimed at Norway; "Ruritania's
        # condemnation" is of something unsaid
        targets = (participants(ev.tok, scene) or responders(ev.tok, scene) or scene.speaker(ev.tok)) - ev.agents
        # who discusses it, who responds to it ('in the face of it'), else who says it
    return {tuple(sorted((a, t))) for a in ev.agents for t in targets if a != t}


def _scene(doc: Doc, found: Found) -> Scene:
    filed = dateline_tokens(doc)
    at = {i: m for i, m in by_token(doc, [m for m in found.mentions if kind(found.article, m.start) == "body"]).items()
          if i not in filed}
    owner = _owners(found.parts, _named_owners(found.mentions))
    country_at = {i: owner.get(m.key, m.key) for i, m in at.items()
                  if m.type == "Country" or owner.get(m.key)}
    country_at = {**_short_names(doc, country_at), **title_countries(doc, found.article), **country_at}
    country_at = {**country_at, **hyphened_names(doc, country_at)}
    person_at = {i: m.key for i, m in at.items() if m.type == "Person"}
    homes = _homes(found.affiliations, owner)
    homes = {**_title_homes(doc, found.mentions, {m.key for m in found.mentions if m.type == "Country"}), **homes}
    people = [(doc[i].idx, homes.get(k, frozenset())) for i, k in person_at.items()]
    near = tuple((p.start, p.end, frozenset(c for at_, cs in people if p.start <= at_ < p.end for c in cs))
                 for p in found.article.paragraphs if p.kind == "body")
    scene = Scene(country_at, person_at, homes, (), frozenset(at), near, {**prefixed_pairs(doc), **pair_words(doc)}, _lead(doc, found, owner),
                  _titles(found, homes), _ships(doc))
    org_at = {i: m for i, m in at.items() if m.type == "Organization" and i not in country_at}
    members = defined(doc, scene, org_at)
    groups = {**scene.groups, **{i: members[m.key] for i, m in org_at.items() if m.key in members}}

    def home(key: str) -> frozenset[str]:
        if key.startswith("country/"):
            return frozenset((key,))
        return frozenset((owner[key],)) if key in owner else members.get(key) or homes.get(key, frozenset())

    scene = replace(scene, groups=groups)
    issuers = _issuers(doc, found, scene)
    said = tuple((c.evidence.start, c.evidence.end, _voice(home(c.speaker), issuers)) for c in found.claims)
    voice = _speaker_country(found)
    if voice:  # "Remarks by Norwegian Ambassador X": the body is the speaker's words
        said += tuple((s, e, voice) for s, e, _ in scene.near)
    headline = scene.lead[0] - voice if scene.lead else frozenset()  # "Remarks by Norwegian Ambassador X to the Swedish Navy"
    hosts = (_hosts(doc, scene) or (headline if len(headline) == 1 else frozenset())) if voice else frozenset()
    return replace(scene, said=said, hosts=hosts)


def _speaker_country(found: Found) -> frozenset[str]:
    """The country a speech's headline gives its speaker ('Remarks by Norwegian Ambassador X',
    'Speech by the U.S. Secretary'): the name right after 'by'."""
    own = set(lexicon.data("speech")["own_words"])
    title = " ".join(found.article.text[p.start:p.end] for p in found.article.paragraphs if p.kind == "title")
    words = _words(title.replace(",", " ").replace(":", " "))
    gaz = gazetteer.load()
    for i, w in enumerate(words[:-2]):
        if w.lower() in own and words[i + 1].lower() == "by":
            after = words[i + 3:i + 6] if words[i + 2].lower() == "the" else words[i + 2:i + 5]
            found_ = [k for n in (3, 2, 1) if (k := gaz.lookup(" ".join(after[:n]), demonyms=True)) and k.type == "Country"]
            return frozenset((found_[0].key,)) if found_ else frozenset()
    return frozenset()


def _hosts(doc: Doc, scene: Scene) -> frozenset[str]:
    """The one country whose people a speech calls its hosts ('our Swedish hosts', 'the hosts from Sweden')."""
    gaz, nouns = gazetteer.load(), set(lexicon.data("relations")["host_nouns"])
    found = set()
    for t in (t for t in doc if t.lemma_.lower() in nouns and t.pos_ == "NOUN"):
        for c in t.children:
            k = gaz.lookup(c.text, demonyms=True) if c.dep_ in ("amod", "compound") else None
            if k and k.type == "Country":
                found.add(k.key)
            elif c.dep_ == "prep" and c.lower_ in ("from", "of"):
                found |= {scene.country_at[p.i] for p in c.children if p.i in scene.country_at}
    return frozenset(found) if len(found) == 1 else frozenset()


def _short_names(doc: Doc, country_at: dict[int, str]) -> dict[int, str]:
    """'the North' for the one country named before by a name of two words that starts with that
    word ('North Korea ... the North's launch'); not a word followed by a name ('the North Sea')."""
    words = set(lexicon.data("relations")["short_names"])
    out = {}
    for t in (t for t in doc if t.text in words and t.i not in country_at and t.i + 1 < len(doc)):
        after, before = doc[t.i + 1], doc[t.i - 1] if t.i else None
        if after.pos_ == "PROPN" or before is None or before.lower_ != "the":
            continue
        named = {k for i, k in country_at.items() if i < t.i and doc[i].text == t.text and country_at.get(i + 1) == k
                 and country_at.get(i + 2) != k}
        if len(named) == 1:
            out[t.i] = next(iter(named))
    return out


def _issuers(doc: Doc, found: Found, scene: Scene) -> frozenset[str]:
    """The parties of the article's joint statement ('the joint statement released by X, Y and
    Z'), when it names one set of two or more."""
    nouns = lexicon.data("relations")["statement_nouns"]
    parties = {ev.agents | ev.among for sent in body_sentences(doc, found.article) for ev in events(sent, scene)
               if ev.mutual and ev.tok.lemma_.lower() in nouns and len(ev.agents | ev.among) > 1}
    return next(iter(parties)) if len(parties) == 1 else frozenset()


def _voice(home: frozenset[str], issuers: frozenset[str]) -> frozenset[str]:
    """Who speaks a claim: in a joint statement, a party's words are all its parties' ('We condemn')."""
    return issuers if home and home <= issuers else home


def _lead(doc: Doc, found: Found, owner: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """The countries the headline names, and those the first body paragraph names."""
    paras = found.article.paragraphs
    s, e = next(((p.start, p.end) for p in paras if p.kind == "body"), (0, 0))
    first = frozenset(owner.get(m.key, m.key) for m in found.mentions
                      if s <= m.start < e and (m.type == "Country" or owner.get(m.key)))
    return _named_countries(" ".join(found.article.text[p.start:p.end] for p in paras if p.kind == "title")), first


def _named_countries(text: str) -> frozenset[str]:
    """The countries a short text names by their names or demonyms (a headline: 'U.S., Polish
    Ministers Meet')."""
    return _countries_in(_words(text.replace(",", " ")))


def _words(text: str) -> list[str]:
    return text.replace("’s", "").replace("'s", "").split()


def _countries_in(words: list[str]) -> frozenset[str]:
    """The countries any run of up to three words names, by name or demonym."""
    gaz = gazetteer.load()
    return frozenset(k.key for n in (1, 2, 3) for i in range(len(words) - n + 1)
                     if (k := gaz.lookup(" ".join(words[i:i + n]), demonyms=True)) and k.type == "Country")


def _owners(parts: tuple[PartOf, ...], named: dict[str, str]) -> dict[str, str]:
    """Organisation key -> the country it belongs to, through part-of links, the gazetteer or
    its own name (``named``)."""
    whole = {p.part: p.whole for p in parts}
    known = gazetteer.load().entries
    out = {**named, **{k: e.country for k, e in known.items() if e.country}}
    for org in whole:
        key = org
        for _ in range(4):
            if key.startswith("country/") or key not in whole:
                break
            key = whole[key]
        key = key if key.startswith("country/") else out.get(key)
        if key:
            out[org] = key
    return out


def _named_owners(mentions: tuple[Mention, ...]) -> dict[str, str]:
    """Organisation key -> the one country its name holds, for a state body ('the Royal Norwegian
    Air Force', 'the Ministry of Foreign Affairs of Sweden', 'Dutch F-35s'); not for an institute or a company."""
    bodies = set(lexicon.data("relations")["state_bodies"])
    shape = lexicon.data("relations")["designation"]  # "Dutch F-35s": the state's aircraft
    out: dict[str, str] = {}
    for m in (m for m in mentions if m.type == "Organization" and m.key not in out):
        words = _words(m.text)
        if not bodies & {w.lower() for w in words} and not any(re.fullmatch(shape, w) for w in words):
            continue
        found = _countries_in(words)
        if len(found) == 1:
            out[m.key] = next(iter(found))
    return out


def _title_homes(doc: Doc, mentions: tuple[Mention, ...], named: set[str]) -> dict[str, frozenset[str]]:
    """The country of a person whose bare title is one only that country's officials bear
    ('Secretary of Defense Lloyd J. Austin III'), when the article names that country itself and no
    country or demonym stands before the title ('British Secretary of State ...')."""
    titles = {tuple(t.split()): f"country/{iso}" for iso, ts in lexicon.data("relations")["state_titles"].items()
              for t in ts}
    out: dict[str, frozenset[str]] = {}
    for m, span in mention_spans(doc, [m for m in mentions if m.type == "Person"]):
        before = [t for t in doc[max(span.start - 8, 0):span.start] if not t.is_punct]
        for words, country in titles.items():
            n = len(words)
            if tuple(t.lower_ for t in before[-n:]) != words or country not in named:
                continue
            ahead = before[-n - 1] if len(before) > n else None
            if ahead is None or not (ahead.ent_type_ in ("GPE", "NORP") or gazetteer.load().lookup(ahead.text, demonyms=True)):
                out[m.key] = frozenset((country,))
    return out


def _ships(doc: Doc) -> tuple[tuple[int, str, str, str], ...]:
    """Each ship named with a navy's prefix ('the destroyer USS John Kidd'): the token of its last
    name word, that word, the kind of ship the word before the prefix says, and its country."""
    prefixes, kinds = lexicon.data("relations")["ship_prefixes"], lexicon.data("relations")["vessel_nouns"]
    out = []
    for t in doc:
        if t.text not in prefixes or t.i + 1 >= len(doc):
            continue
        name = [w for w in doc[t.i + 1:t.i + 5]]
        name = name[:next((n for n, w in enumerate(name) if w.pos_ != "PROPN" or w.is_punct), len(name))]
        before = doc[t.i - 1].lemma_.lower() if t.i else ""
        if name:
            out.append((name[-1].i, name[-1].lower_, before if before in kinds else "", f"country/{prefixes[t.text]}"))
    return tuple(out)


def _titles(found: Found, homes: dict[str, frozenset[str]]) -> tuple[tuple[int, tuple[str, ...], frozenset[str]], ...]:
    """Each person's first offset, the head of their title as lower-case words ('Deputy Secretary
    of State' -> deputy secretary; no country word: 'Japanese Prime Minister' -> prime minister)
    and their countries, for 'the Deputy Secretary' later on."""
    first: dict[str, int] = {}
    for m in found.mentions:
        first[m.key] = min(first.get(m.key, m.start), m.start)
    gaz, out = gazetteer.load(), []
    for a in found.affiliations:
        if not a.role or not homes.get(a.person) or a.person not in first:
            continue
        head = re.split(r"\s(?:of|for|to)\s", a.role)[0].split()
        words = tuple(w.lower() for w in head if not ((k := gaz.lookup(w, demonyms=True)) and k.type == "Country"))
        if words:
            out.append((first[a.person], words, homes[a.person]))
    return tuple(sorted(set(out)))


def _homes(affiliations: tuple[Affiliation, ...], owner: dict[str, str]) -> dict[str, frozenset[str]]:
    """The countries each affiliated person belongs to, through the organisations' countries."""
    out: dict[str, set[str]] = {}
    for a in affiliations:
        country = a.org if a.org.startswith("country/") else owner.get(a.org)
        if country:
            out.setdefault(a.person, set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}
