"""The sides of an event: which countries an argument of a predicate stands for.

A side holds countries only: a country (or its capital acting as its government), a body of a
country, a person affiliated with one, the government, troops, officials or ministry of a country
("Norwegian troops", "the foreign minister of Norway"), or "we"/"our" in a claim whose speaker's
country is known. Protesters, companies, experts and places are no side. ``Scene`` holds what an
article says about who acts for whom; the argument words are data (``kg/data/relations.json``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from kg import lexicon

OWN_MODIFIERS = ("poss", "amod", "compound", "nmod", "appos")
PRONOUNS = ("we", "us", "our", "ours", "i", "me", "my")
GROUP_PRONOUNS = ("they", "them", "their", "theirs")
RELATIVES = ("WDT", "WP")


@dataclass(frozen=True)
class Scene:
    """Who acts for which country in an article: tokens of country mentions (and bodies of a
    country) -> the country, tokens of person mentions -> the person, each person's countries,
    each claim's sentence span with its speaker's countries, and each body paragraph's span with
    the countries of the people it names."""

    country_at: dict[int, str]
    person_at: dict[int, str]
    homes: dict[str, frozenset[str]]
    said: tuple[tuple[int, int, frozenset[str]], ...]
    mentioned: frozenset[int]
    near: tuple[tuple[int, int, frozenset[str]], ...] = ()  # body paragraphs, their people's countries
    groups: dict[int, frozenset[str]] = field(default_factory=dict)  # tokens of a group of countries
    lead: tuple[frozenset[str], ...] = ()  # the countries the headline, then the first body paragraph, name

    def nearby(self, tok: Token) -> frozenset[str]:
        """The countries of the people named in the paragraph of ``tok``."""
        return next((cs for s, e, cs in self.near if s <= tok.idx < e), frozenset())

    def speaker(self, tok: Token) -> frozenset[str]:
        """The countries of whoever says the sentence holding ``tok``: one country, or the members
        of a group that speaks together (empty when nobody or several speakers do)."""
        found = {cs for s, e, cs in self.said if s <= tok.idx < e and cs}
        return next(iter(found)) if len(found) == 1 else frozenset()


@cache
def lex() -> dict:
    return lexicon.data("relations")


def grouped(tok: Token) -> bool:
    """A group word on the predicate or on a noun of its prepositions ('jointly', 'for a trilateral
    meeting'): its parties act together."""
    words = lex()["group_words"]
    near = [*tok.children, *(g for c in tok.children if c.dep_ == "prep" for p in c.children for g in p.subtree)]
    return any(t.lower_ in words and t.dep_ in ("amod", "advmod") for t in near)


def agent_phrase(tok: Token, scene: Scene, *, origin: bool = True) -> set[str]:
    """The countries of 'by X' on a word, and with ``origin`` of 'from X' ('attacks from X'; not
    for an object that merely comes from somewhere: 'hosted people from X')."""
    words = lex()["agent_preps"] if origin else ("by",)
    return {k for c in tok.children if c.dep_ == "agent" or c.lower_ in words
            for p in c.children if p.dep_ == "pobj" for k in countries(p, scene)}


def preps(tok: Token, words: list[str], scene: Scene, *, listing: bool = False) -> set[str]:
    """Countries in the predicate's prepositional arguments ('with X', 'on X', 'at the request of X';
    with ``listing``, 'such as X')."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        for p in (p for p in c.children if p.dep_ == "pobj"):
            such = listing and c.lower_ in lex()["listing_preps"] and c.i > 0 and c.doc[c.i - 1].lower_ == "such"
            if c.lower_ in words or such:  # "allies such as X", not "the same enemies as X"
                out |= patients(p, scene)
            elif p.lemma_.lower() in lex()["request_nouns"]:
                out |= {k for q in p.children if q.lower_ == "of" for o in q.children for k in countries(o, scene)}
    return out


def modifiers(noun: Token, scene: Scene) -> set[str]:
    """Countries among a noun's own modifiers ('Russia's', 'Chinese', 'Norway-Sweden-Finland'),
    not those it is against or for ('anti-Norway', 'pro-Oslo')."""
    out: set[str] = set()
    spread = noun.tag_ != "NNS" or grouped(noun)  # "the Afghan and Iraq wars" are two wars
    todo = [c for c in noun.children if c.dep_ in OWN_MODIFIERS]
    while todo:
        c = todo.pop()
        if _for_or_against(c):
            continue
        out |= countries(c, scene) if spread else _one(c, scene, 0)
        todo += [g for g in c.children if g.dep_ in ("compound", "amod", "nmod")]
    return out


def _for_or_against(mod: Token) -> bool:
    """'anti-Norway', 'pro-Oslo', as one word or split at the hyphen."""
    first = mod.left_edge
    before = [t.lower_ for t in mod.doc[max(first.i - 2, 0):first.i]]
    return (any(t.lower_.startswith(("anti", "pro-")) or t.lower_ == "pro" for t in mod.subtree)
            or before[-1:] in (["pro"], ["anti"]) or before[-1:] == ["-"] and before[:1] in (["pro"], ["anti"]))


def possessor(noun: Token, scene: Scene) -> set[str]:
    return {k for c in noun.children if c.dep_ == "poss" for k in countries(c, scene)}


def countries(tok: Token, scene: Scene, depth: int = 0) -> set[str]:
    """The countries an argument stands for, each of its conjuncts ('Norway and Sweden', also
    after a long name: 'the Republic of Norway and Sweden')."""
    out = _one(tok, scene, depth)
    key = scene.country_at.get(tok.i)
    heads = [tok, *(d for d in tok.subtree if key and scene.country_at.get(d.i) == key)]
    for c in (c for h in heads for c in h.children):
        listed = c.dep_ == "appos" and key and c.i in scene.country_at  # "Australia, Canada, Japan" parsed as appositions
        if (c.dep_ == "conj" or listed) and depth < 8:
            out |= countries(c, scene, depth + 1)
    return out


def _one(tok: Token, scene: Scene, depth: int) -> set[str]:
    """The countries one word stands for: the first reading of ``READINGS`` that applies."""
    for reading in READINGS:
        found = reading(tok, scene, depth)
        if found is not None:
            return found
    return set()


def _as_group(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """A group of countries the article defines ('the Quad')."""
    return set(scene.groups[tok.i]) if tok.i in scene.groups else None


def _as_country(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """A country mention; not a person of it ('a Norwegian', 'two Swedes')."""
    if tok.i not in scene.country_at:
        return None
    person = any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return set() if person else {scene.country_at[tok.i]}


def _as_person(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """A person's one country, or the country of their title ('Sudanese President X')."""
    if tok.i not in scene.person_at:
        return None
    homes = scene.homes.get(scene.person_at[tok.i], frozenset())
    return set(homes) if len(homes) == 1 else set() if homes else _titled(tok, scene, depth)


def _as_speaker(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'we', and 'his' in 'the minister said his troops ...': the speaker's country."""
    if tok.lower_ in PRONOUNS or tok.lower_ in ("his", "her") and _of_a_state(tok):
        return set(scene.speaker(tok))
    return None


def _as_reported(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'it'/'its' reported by a country ('Norway said it supports Sweden', '... said its troops
    retook'); None when nobody reports it."""
    subject = tok if tok.lower_ in ("it", "they") else tok.head if tok.lower_ in ("its", "their") \
        and tok.dep_ == "poss" and _state_word(tok.head) else None
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or depth >= 8:
        return None
    return _reporter(subject.head, scene, depth) or None


def _as_blamed(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'its'/'their' in the reason for an act: who the act is aimed at ('sanctions on X and Y for
    their support to Z', 'punished X for its invasion of Y'); None when no country is."""
    if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or tok.head.dep_ != "pobj" \
            or tok.head.head.lower_ != "for":
        return None
    holder = tok.head.head.head
    holders = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
    aimed = {k for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "against")
             for p in c.children if p.dep_ == "pobj" for k in countries(p, scene, depth + 1)}
    if not aimed and holder.pos_ in ("VERB", "AUX"):
        aimed = {k for c in holder.children if c.dep_ == "dobj" for k in countries(c, scene, depth + 1)}
    one = tok.lower_ == "its"
    return aimed if aimed and (len(aimed) == 1) == one else None


def _as_pronoun(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'it'/'its' after a country subject ('Norway attacked Sweden. Its troops ...'); 'they' in a
    group's statement: its members."""
    if tok.lower_ in ("it", "its") and depth < 8:
        return _antecedent(tok, scene) or _named_earlier(tok, scene)
    if tok.lower_ in GROUP_PRONOUNS:
        group = scene.speaker(tok)
        return set(group) if len(group) > 1 else _antecedent(tok, scene) if depth < 8 else set()
    return None


def _as_relative(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'which' in 'Norway, which Sweden attacked': the noun it describes."""
    if tok.tag_ in RELATIVES and tok.head.dep_ == "relcl" and depth < 8:
        return countries(tok.head.head, scene, depth + 1)
    return None


def _as_party(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'the two U.S. allies', 'the neighbours': the countries named just before; its own
    modifiers are who they are allies of, not who they are."""
    if tok.lemma_.lower() not in lex()["party_nouns"] or depth > 4:
        return None
    return _the_parties(tok, scene) or None


def _as_other(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """A name with a state title or in apposition ('NATO members Norway and Sweden', 'Smith,
    Norway's envoy'); None for a state word."""
    if depth > 4:
        return set()
    if _state_word(tok):
        return None
    if tok.pos_ == "PROPN" and tok.i not in scene.mentioned:
        return _titled(tok, scene, depth)
    plural = tok.tag_ in ("NNS", "NNPS")
    return {k for c in tok.children if c.dep_ == "appos" and (plural or c.lemma_.lower() in lex()["state_heads"])
            for k in countries(c, scene, depth + 1)}


def _as_state(tok: Token, scene: Scene, depth: int) -> set[str]:
    """A state word ('Norwegian troops', 'the government of Norway', 'the country', 'the two sides')."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in OWN_MODIFIERS:
            out |= countries(c, scene, depth + 1)
        elif c.dep_ == "prep" and c.lower_ in ("of", "from", "including"):
            out |= {k for p in c.children if p.dep_ == "pobj" for k in countries(p, scene, depth + 1)}
    return out or _the_country(tok, scene) or _the_parties(tok, scene)


READINGS = (_as_group, _as_country, _as_person, _as_speaker, _as_reported, _as_blamed, _as_pronoun, _as_relative,
            _as_party, _as_other, _as_state)


def _antecedent(pronoun: Token, scene: Scene) -> set[str]:
    """The country 'it' or 'its' opening a sentence's subject refers to: the one country that is
    the subject of the sentence before (or of the clause its reporter reports: 'Norway attacked
    Sweden, officials said'); for 'they' or 'their', the two or more countries the subjects there
    all stand for; nothing when anything else is named before the pronoun."""
    subject = pronoun.head if pronoun.dep_ == "poss" else pronoun
    sent = pronoun.sent
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i != sent.root.i or sent.start == 0 \
            or any(t.i in scene.mentioned for t in sent if t.i < pronoun.i):
        return set()
    before = pronoun.doc[sent.start - 1].sent
    if not any(s <= before.start_char < e for s, e, _ in scene.near):
        return set()
    clauses = [before.root, *(c for c in before.root.children if c.dep_ == "ccomp"
                              and before.root.lemma_.lower() in lexicon.reporting_verbs())]
    subjects = [s for v in clauses for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
    named = [countries(s, scene, 5) for s in subjects]
    found = set().union(*named)
    if pronoun.lower_ in GROUP_PRONOUNS:  # "Norway and Sweden signed a pact. They also agreed ..."
        return found if len(found) > 1 and all(named) else set()
    return found if len(found) == 1 and any(s.i in scene.country_at for s in subjects) else set()


def _named_earlier(pronoun: Token, scene: Scene) -> set[str]:
    """'its' after one country and nothing else named earlier in its sentence ('Russia's influence
    declines as its economy suffers'); nothing when a person, an organisation of no known country
    or a second country is named before it, other than as a place ('in Ukraine')."""
    before = [t for t in pronoun.sent if t.i < pronoun.i and t.i in scene.mentioned
              and not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "across"))]  # where, not who
    found = {scene.country_at.get(t.i) for t in before}
    return found if len(found) == 1 and None not in found else set()


def _state_word(tok: Token) -> bool:
    """A word for what acts for a state: its government, troops, ships, or a military aircraft's
    designation ('F-35s', 'Su-27')."""
    heads = lex()["state_heads"]
    return tok.lemma_.lower() in heads or tok.lower_ in heads or re.fullmatch(lex()["designation"], tok.text) is not None


def _the_parties(tok: Token, scene: Scene) -> set[str]:
    """'the two countries', 'both sides': the countries of the sentence so far, or else of the
    sentence before it in the paragraph, or else of the headline (or the first paragraph): the
    first of them that names at least that many, when it names just that many; 'the ministers': the
    countries of the last 'ministers of X, Y and Z' before it."""
    if tok.tag_ not in ("NNS", "NNPS") or not any(c.lower_ in ("the", "both", "all") for c in tok.children):
        return set()
    number = next((lex()["numbers"][c.lower_] for c in tok.children if c.lower_ in lex()["numbers"]), None)
    if number is None:
        return _named_before(tok, scene)
    sent = tok.sent
    lead = next((cs for cs in scene.lead if cs), frozenset())  # "the two nations" the headline names
    for named in (_named_in(tok.doc[sent.start:tok.left_edge.i], scene),  # not its own modifiers: "the two U.S. allies"
                  _named_in(tok.doc[_previous(sent, scene):sent.start], scene)):
        if len(named) >= number:  # too few named so far: look further back
            return named if len(named) == number else set()
    return _listed_before(tok, scene, number) or (set(lead) if len(lead) == number else set())


def _listed_before(tok: Token, scene: Scene, number: int) -> set[str]:
    """The countries of the nearest earlier list of just that many ('South Korea, the U.S. and
    Japan condemned ...' before 'the three sides'), within a few paragraphs."""
    for t in reversed(tok.doc[max(tok.sent.start - 300, 0):tok.sent.start]):
        if t.i in scene.country_at and t.dep_ != "conj" and any(c.dep_ == "conj" for c in t.children):
            listed = countries(t, scene, 4)
            if len(listed) >= 2:
                return listed if len(listed) == number else set()
    return set()


def _named_in(span, scene: Scene) -> set[str]:
    """The countries a span names: countries, their bodies, people with a country, groups."""
    return {k for t in span for k in _one(t, scene, 5) if t.i in scene.country_at
            or t.i in scene.person_at or t.i in scene.groups}


def _previous(sent, scene: Scene) -> int:
    """Where the sentence before ``sent`` starts, if it is in the same paragraph (else ``sent``'s start)."""
    if sent.start == 0:
        return sent.start
    before = sent.doc[sent.start - 1].sent
    same = any(s <= before.start_char and sent.start_char < e for s, e, _ in scene.near)
    return before.start if same else sent.start


def _named_before(tok: Token, scene: Scene) -> set[str]:
    """The countries of the nearest earlier phrase with the same head that names several ('the
    ministers' after 'the foreign ministers of Norway, Sweden and Finland')."""
    lemma = tok.lemma_.lower()
    for t in reversed(tok.doc[max(tok.sent.start - 400, 0):tok.sent.start]):
        if t.lemma_.lower() == lemma and t.tag_ == tok.tag_:
            named = countries(t, scene, 4)
            if len(named) > 1:
                return named
    return set()


def _reporter(clause: Token, scene: Scene, depth: int) -> set[str]:
    """The countries of who reports a clause ('Norway said it ...', 'Norway urged calm and said it ...')."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in lexicon.reporting_verbs():
        return set()
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj":
            return {k for s in subjects for k in countries(s, scene, depth + 1)}
        verb = verb.head
    return set()


def _titled(name: Token, scene: Scene, depth: int) -> set[str]:
    """The one country of a name with no known country of its own, from the state title or the
    country before it ('Sudanese President Omar al-Bashir', 'Sudan's Bashir', 'U.S. F-35s') or
    in apposition to it ('Bashir, Sudan's president')."""
    heads = lex()["state_heads"]
    found = {k for c in name.children if c.dep_ in ("compound", "amod", "poss", "appos") and depth < 4
             and (c.i in scene.country_at or c.lemma_.lower() in heads or c.lower_ in heads)
             for k in countries(c, scene, depth + 1)}
    return found if len(found) == 1 else set()


def _of_a_state(pronoun: Token) -> bool:
    """A possessive pronoun on a state word ('his government', 'her troops')."""
    head = pronoun.head
    return pronoun.dep_ == "poss" and (head.lemma_.lower() in lex()["state_heads"] or head.lower_ in lex()["state_heads"])


def _the_country(tok: Token, scene: Scene) -> set[str]:
    """'the country' after one country named earlier in its sentence ('in Norway, amid the
    country's dispute with Sweden'); with none or several, nobody."""
    if tok.lemma_.lower() not in lex()["anaphors"] or not any(c.lower_ == "the" for c in tok.children):
        return set()
    before = {scene.country_at[t.i] for t in tok.sent if t.i < tok.i and t.i in scene.country_at}
    return before if len(before) == 1 else set()


def patients(tok: Token, scene: Scene) -> set[str]:
    """The countries an argument acted on stands for, also through what it names of them:
    'the sovereignty and territorial integrity of Norway', 'Sweden's independence', 'the people of X'."""
    out = countries(tok, scene)
    for t in (tok, *tok.conjuncts):
        if t.lemma_.lower() in lex()["attribute_heads"]:
            out |= modifiers(t, scene) | {k for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                          for p in c.children if p.dep_ == "pobj" for k in countries(p, scene)}
    return out
