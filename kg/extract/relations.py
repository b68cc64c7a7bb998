"""Doc + mentions -> relations between countries: cooperation or tension.

A cue word (``kg/data/relations.json``) says which; the countries are those it governs in
the parse: "between X and Y", "cooperation among X, Y and Z", "X-Y tensions", else the
clause around it. Every pair of those countries gets the relation, with the sentence as
evidence, except that:
- a hostile act ("attack", "invasion", "seize") needs a country that acts ("a Chinese
  invasion", "an attempt by X to seize Y"); it relates that country to the others only;
- a tension cue that names one country only ("the DPRK's provocations") relates it to the
  countries of the people discussing it: the named subjects, or, for "they"/"the advisors",
  every person whose country the article states (``homes``);
- a negated cue ("not an alliance") asserts nothing; cooperation "against" a country does
  not include it. Only body paragraphs are read.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from spacy.tokens import Doc, Token

from kg import gazetteer, lexicon
from kg.extract.doc import SUBJECTS, Found, body_sentences, by_token, evidence, kind
from kg.model import Affiliation, PartOf, Relation

SCOPE_PREPS = ("between", "among", "amongst", "with")
AGENT_DEPS = ("poss", "amod", "compound", "nsubj", "nsubjpass")


@dataclass(frozen=True)
class _Scene:
    """Who is where in an article: body mentions by token, the country each token acts for,
    the countries each person belongs to (``homes``), and each claim's sentence and speaker."""

    at: dict
    country_at: dict[int, str]
    homes: dict[str, frozenset[str]]
    said: tuple[tuple[int, int, str], ...]


def relations(doc: Doc, found: Found) -> list[Relation]:
    """One relation per (country pair, type), first evidence kept, from the body paragraphs.

    A person belongs to the countries of their affiliations; a cue inside a claim's sentence
    is said by the claim's speaker; an organisation of a known country (part-of facts, the
    gazetteer) acts for it ("the Foreign Ministry condemned ...").
    """
    at = by_token(doc, [m for m in found.mentions if kind(found.article, m.start) == "body"])
    owner = _owners(found.parts)
    country_at = {i: owner.get(m.key, m.key) for i, m in at.items()
                  if m.type == "Country" or owner.get(m.key)}
    scene = _Scene(at, country_at, _homes(found.affiliations, found.parts),
                   tuple((c.evidence.start, c.evidence.end, c.speaker) for c in found.claims))
    cues = lexicon.data("relations")["cues"]
    out: dict[tuple[str, str, str], Relation] = {}
    for sent in body_sentences(doc, found.article):
        tension = [t for t in sent if (cues.get(t.lemma_.lower()) or cues.get(t.lower_) or ("",))[0] == "tension"]
        for tok in sent:
            cue = cues.get(tok.lemma_.lower()) or cues.get(tok.lower_)
            if cue is None or tok.dep_ == "prep" or _negated(tok) or _conditional(tok):
                continue
            for a, b in _pairs(tok, cue, scene, _reach(tension, tok)):
                out.setdefault((a, b, cue[0]), Relation(a, b, cue[0], tok.text, cue[1], evidence(doc, tok.i)))
    return list(out.values())


def _owners(parts: tuple[PartOf, ...]) -> dict[str, str]:
    """Organisation key -> the country it belongs to, through part-of links or the gazetteer."""
    whole = {p.part: p.whole for p in parts}
    known = gazetteer.load().entries
    out = {k: e.country for k, e in known.items() if e.country}
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


def _homes(affiliations: tuple[Affiliation, ...], parts: tuple[PartOf, ...]) -> dict[str, frozenset[str]]:
    """The countries each affiliated person belongs to, through organisations and part-of links."""
    owner = _owners(parts)
    out: dict[str, set[str]] = {}
    for a in affiliations:
        country = a.org if a.org.startswith("country/") else owner.get(a.org)
        if country:
            out.setdefault(a.person, set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


def _pairs(tok: Token, cue: list, scene: _Scene, against) -> list[tuple[str, str]]:
    country_at = scene.country_at
    scope = _scope(tok, country_at)
    if cue[0] == "cooperation":
        if len(scope) < 2:
            scope = _subjects_above(tok, country_at) or scope
        scope -= _opposed(tok, country_at) | _countries(against, country_at)
    elif cue[1] == "hostileTo":
        scope |= _agents(tok, country_at)
    if cue[0] == "tension" and len(scope) == 1:
        (target,) = scope
        if target not in _agents(tok, country_at) | _themes(tok, country_at):
            return []  # "threats beyond Taiwan": Taiwan is not the other side
        return sorted({tuple(sorted((target, h))) for h in _participants(tok, scene) if h != target})
    if cue[1] == "hostileTo":
        agents = _agents(tok, country_at)
        targets = (_countries(_own(tok), country_at) | _objects(tok, country_at)) - agents
        if not targets:  # "North Korea's provocations", said by someone: aimed at the speaker's side
            targets = _participants(tok, scene) - agents
        return sorted({tuple(sorted((a, o))) for a in agents for o in targets})
    return list(combinations(sorted(scope), 2))


def _negated(tok: Token) -> bool:
    """'no alliance', 'did not cooperate', or under a denial ('dismissed any notion that ...')."""
    negs = lexicon.data("relations")["negations"]
    if any(c.dep_ == "neg" or c.lower_ in negs for c in (*tok.children, *tok.head.children)
           if c.dep_ in ("neg", "det", "advmod")):
        return True
    return any(a.lemma_.lower() in lexicon.data("relations")["denials"] for a in tok.ancestors)


def _reach(tension: list[Token], tok: Token) -> list[Token]:
    """For a cooperation cue: the tokens governed by the sentence's tension cues that do not
    also govern it ('cooperation amid threats from X': X is not a partner)."""
    return [t for c in tension if tok not in c.subtree for t in c.subtree]


def _subjects_above(tok: Token, country_at: dict) -> set[str]:
    """Countries in the subjects of the clauses above a cue ('chiefs from X, Y and Z agreed to
    resume joint drills')."""
    out: set[str] = set()
    node = tok
    while node.head.i != node.i and not out:
        node = node.head
        for c in node.children:
            if c.dep_ in SUBJECTS:
                out |= _countries(c.subtree, country_at)
    return out


def _conditional(tok: Token) -> bool:
    """A cue inside an 'if'/'unless' clause states no fact."""
    marks = lexicon.data("relations")["hypothetical"]
    return any(c.dep_ == "mark" and c.lower_ in marks
               for a in (tok, *tok.ancestors) for c in a.children)


def _countries(tokens, country_at: dict) -> set[str]:
    return {country_at[t.i] for t in tokens if t.i in country_at}


def _opposed(tok: Token, country_at: dict) -> set[str]:
    """Countries a cooperation cue is aimed against ('defend X against Y')."""
    return {k for c in (*tok.children, *tok.head.children) if c.lower_ == "against"
            for k in _countries(c.subtree, country_at)}


def _agents(tok: Token, country_at: dict) -> set[str]:
    """Countries that carry out a hostile act: 'Chinese invasion', 'attempt by X to seize', 'X attacked'."""
    out: set[str] = set()
    heads = [tok]
    while heads[-1].dep_ in ("xcomp", "acl", "relcl", "conj") and len(heads) < 4:
        heads.append(heads[-1].head)
    for h in heads:
        for c in h.children:
            if c.dep_ in AGENT_DEPS:
                out |= _countries(c.subtree, country_at)
            elif c.lower_ in ("by", "from") or c.dep_ == "agent":
                out |= _countries(c.subtree, country_at)
    return out


def _themes(tok: Token, country_at: dict) -> set[str]:
    """Countries a tension cue is about: 'denuclearization of X', 'sanctions on X'."""
    return {k for c in tok.children if c.lower_ in ("of", "on", "against", "toward", "towards")
            for k in _countries(c.subtree, country_at)}


def _own(tok: Token) -> list[Token]:
    """The cue's subtree without the items coordinated with it ('X's threats and Y's war')."""
    skip = {t.i for c in tok.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip]


def _objects(tok: Token, country_at: dict) -> set[str]:
    """Countries a hostile verb acts on: its object, or 'against'/'on' phrases."""
    out = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "pobj") or c.lower_ in ("against", "on", "toward", "towards"):
            out |= _countries(c.subtree, country_at)
    return out


def _participants(tok: Token, scene: _Scene) -> set[str]:
    """The countries of the people discussing a one-country tension cue: the named subjects of
    the clauses above it, or everyone whose country is stated when the subject is 'they' or
    'the leaders'."""
    at, homes = scene.at, scene.homes
    said = {k for s, e, k in scene.said if s <= tok.idx < e}
    if said:
        return {c for k in said for c in homes.get(k, ())}
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in node.children if c.dep_ in SUBJECTS]
        if not subjects and node.dep_ == "conj":
            subjects = [c for c in node.head.children if c.dep_ in SUBJECTS]
        named = {at[t.i].key for s in subjects for t in s.subtree if t.i in at and at[t.i].type == "Person"}
        if named:
            return {c for k in named for c in homes.get(k, ())}
        if any(_people_word(s) for s in subjects):
            return {c for cs in homes.values() for c in cs}
    return set()


def _people_word(tok: Token) -> bool:
    """'they', 'the leaders', 'the national security advisors' (not 'he': one unknown person)."""
    return tok.lower_ == "they" or tok.tag_ == "NNS" and tok.lemma_.lower() in lexicon.title_heads()


def _scope(tok: Token, country_at: dict) -> set[str]:
    """The countries a cue governs."""
    for c in tok.children:
        if c.lower_ in SCOPE_PREPS:
            inside = _countries(c.subtree, country_at)
            left = {k for x in tok.lefts for k in _countries(x.subtree, country_at)}
            if len(inside | left) >= 2:
                return inside | left
    own = _countries(tok.subtree, country_at)
    if len(own) >= 2 or tok.pos_ in ("VERB", "AUX"):
        return own
    return _countries(tok.head.subtree, country_at)
