"""The sides of an event: which countries an argument of a predicate stands for.

A side holds countries only: a country (or its capital acting as its government), a body of a
country, a person affiliated with one, the government, troops, officials or ministry of a country
("Norwegian troops", "the foreign minister of Norway"), or "we"/"our" in a claim whose speaker's
country is known. Protesters, companies, experts and places are no side. ``Scene`` holds what an
article says about who acts for whom; the argument words are data (``kg/data/relations.json``).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg import lexicon
from kg.extract.doc import spaced_dash
from kg.extract.anaphora import antecedent, named_earlier, reporter, the_body, the_country, the_parties
from kg.extract.scene import GROUP_PRONOUNS, PRONOUNS, RELATIVES, Scene, lex

__all__ = ["OWN_MODIFIERS", "RELATIVES", "Scene", "countries", "lex", "one"]

OWN_MODIFIERS = ("poss", "amod", "compound", "nmod", "appos")


def countries(tok: Token, scene: Scene, depth: int = 0) -> set[str]:
    """The countries an argument stands for, each of its conjuncts ('Norway and Sweden', also
    after a long name: 'the Republic of Norway and Sweden')."""
    out = one(tok, scene, depth)
    key = scene.country_at.get(tok.i)
    heads = [tok, *(d for d in tok.subtree if key and scene.country_at.get(d.i) == key)]
    if key:  # "Norwegian and Royal Swedish Navies": a demonym listed before a body's own name
        out |= {scene.country_at[c.i] for c in tok.children
                if c.dep_ == "amod" and c.i in scene.country_at and any(g.dep_ == "cc" for g in c.children)}
    for c in (c for h in heads for c in h.children):
        listed = c.dep_ == "appos" and (key or _filed(tok, c)) and c.i in scene.country_at
        # "Australia, Canada, Japan" parsed as appositions; "OSLO (Wire) - Norway and Sweden ..." under the dateline
        if (c.dep_ == "conj" or listed) and depth < 8:
            out |= countries(c, scene, depth + 1)
    if tok.dep_ in ("nsubj", "nsubjpass") and depth < 8:  # a list parsed as the subject of a noun
        # ('USS X, JS Y and the frigate HMAS Z trained': 'USS X' under 'frigate')
        out |= {k for c in tok.children if c.dep_ == "compound" for g in c.children if g.dep_ == "nsubj"
                for k in countries(g, scene, depth + 1)}
    return out


def _filed(tok: Token, after: Token) -> bool:
    """Whether a dash set off by spaces parts a word from a word after it: a dateline parsed as
    the subject of the sentence it opens ('OSLO (Wire) - Norway and Sweden agreed ...')."""
    return tok.i < after.i and any(spaced_dash(t) for t in tok.doc[tok.i + 1:after.i])


def one(tok: Token, scene: Scene, depth: int) -> set[str]:
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
    return set(homes) if len(homes) == 1 else set() if homes else _titled(tok, scene, depth) or None


def _as_speaker(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'we', and 'his' in 'the minister said his troops ...': the speaker's country."""
    if tok.lower_ in PRONOUNS or tok.lower_ in ("his", "her") and _of_a_state(tok):
        return set(scene.speaker(tok))
    return None


def _as_addressee(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'you'/'your' in a speech whose hosts the text names ('our Swedish hosts'): their country."""
    if tok.lower_ not in ("you", "your", "yours"):
        return None
    return set(scene.hosts) if scene.speaker(tok) else set()


def _as_reported(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'it'/'its' reported by a country ('Norway said it supports Sweden', '... said its troops
    retook'); None when nobody reports it."""
    subject = tok if tok.lower_ in ("it", "they") else tok.head if tok.lower_ in ("its", "their") \
        and tok.dep_ == "poss" and _state_word(tok.head) else None
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or depth >= 8:
        return None
    found = reporter(subject.head, scene, depth, read=countries)
    if tok.lower_ in ("it", "its") and len(found) > 1:
        return None  # "they said it threatens peace": 'it' is not they
    return found or None


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
        return antecedent(tok, scene, read=countries) or named_earlier(tok, scene)
    if tok.lower_ in GROUP_PRONOUNS:
        group = scene.speaker(tok)
        return set(group) if len(group) > 1 else antecedent(tok, scene, read=countries) if depth < 8 else set()
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
    return the_parties(tok, scene, read=countries) or None


def _as_ship(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """A ship named before with its navy's prefix, by its bare name ('Kidd', 'the Kidd') or as
    'the destroyer'; None for any other word."""
    if tok.pos_ == "PROPN":
        if tok.i in scene.country_at or any(c.dep_ == "compound" for c in tok.children):
            return None
    elif tok.lemma_.lower() not in lex()["vessel_nouns"] or tok.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in OWN_MODIFIERS for c in tok.children):
        return None
    found = scene.ship(tok)
    return set(found) or None


def _as_role(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'the Secretary', 'the Deputy Secretary': the country of the people named earlier with that
    title; None for a title with a country of its own ('the Norwegian minister', 'the Minister
    of X') or a word that is no singular title."""
    if tok.lower_ not in lexicon.title_heads() or tok.tag_ not in ("NN", "NNP") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    words = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    if any(c.dep_ in ("poss", "nmod", "appos") or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
            or any(c.i in scene.mentioned or c.ent_type_ in ("GPE", "NORP") for c in words):
        return None
    found = scene.titled(tuple(t.lower_ for t in (*words, tok)), tok.idx)
    return set(found) or None


def _as_count(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """A bare number that is a subject ('the three agreed'): the countries just named, that many."""
    if tok.pos_ != "NUM" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in lex()["numbers"]:
        return None
    return the_parties(tok, scene, read=countries)


def _as_people(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """'the Norwegian people', 'the people of Norway': the country; not 'people from Norway'."""
    if tok.lemma_.lower() not in lex()["people_nouns"] and tok.lower_ not in lex()["people_nouns"]:
        return None
    return {k for c in tok.children if c.dep_ in OWN_MODIFIERS and depth < 8 for k in countries(c, scene, depth + 1)} \
        | {k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and depth < 8
           for p in c.children if p.dep_ == "pobj" for k in countries(p, scene, depth + 1)}


def _as_other(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """A name with a state title or in apposition ('NATO members Norway and Sweden', 'Smith,
    Norway's envoy'); None for a state word."""
    if depth > 4:  # deep in a phrase: only what a plural word stands for ('they' after 'the leaders')
        return None if _plural_title(tok) else set()
    if _state_word(tok) or _title_word(tok):  # 'the Vice Ministers', 'Both Secretaries': as a state word
        return None
    if tok.pos_ == "PROPN" and tok.i not in scene.mentioned:
        return _titled(tok, scene, depth)
    plural = tok.tag_ in ("NNS", "NNPS")
    return {k for c in tok.children if c.dep_ == "appos" and (plural or c.lemma_.lower() in lex()["state_heads"])
            for k in countries(c, scene, depth + 1)}


def _as_officials(tok: Token, scene: Scene, depth: int) -> set[str] | None:
    """A subject that lists officials by title and name ('the Minister of X, A, the Minister of
    Y, B, and the Secretary of Z, C met'; 'A, Minister of Y B, and C'): the countries of the two or
    more named people it holds, however the list is parsed; None for any other word."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not (tok.lemma_.lower() in lexicon.title_heads()
                                                      or tok.i in scene.person_at):
        return None
    people, todo = set(), [tok]
    while todo:  # not who a clause or a possessive names ('A, who met B', 'A, B's counterpart')
        t = todo.pop()
        if t.i in scene.person_at:
            people.add(scene.person_at[t.i])
        if t.i != tok.i and t.lemma_.lower() in lex()["counterpart_nouns"]:
            continue  # 'A, the counterpart of B': B is another
        todo += [c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "poss")]
    homes = [scene.homes.get(p, frozenset()) for p in people]
    if len(people) < 2 or any(len(h) != 1 for h in homes):
        return None
    return set().union(*homes)


def _as_state(tok: Token, scene: Scene, depth: int) -> set[str]:
    """A state word ('Norwegian troops', 'the government of Norway', 'the country', 'the two sides')."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in OWN_MODIFIERS:
            out |= countries(c, scene, depth + 1)
        elif c.dep_ == "prep" and c.lower_ in ("of", "from", "including", "at"):  # "an official at X's embassy"
            out |= {k for p in c.children if p.dep_ == "pobj" for k in countries(p, scene, depth + 1)}
    return out or the_country(tok, scene) or the_parties(tok, scene, read=countries) \
        or the_body(tok, scene, read=countries)


READINGS = (_as_group, _as_country, _as_officials, _as_person, _as_speaker, _as_addressee, _as_reported, _as_blamed, _as_pronoun,
            _as_relative, _as_party, _as_ship, _as_role, _as_count, _as_people, _as_other, _as_state)


def _state_word(tok: Token) -> bool:
    """A word for what acts for a state: its government, troops, ships, or a military aircraft's
    designation ('F-35s', 'Su-27')."""
    heads = lex()["state_heads"]
    return tok.lemma_.lower() in heads or tok.lower_ in heads or re.fullmatch(lex()["designation"], tok.text) is not None


def _titled(name: Token, scene: Scene, depth: int) -> set[str]:
    """The one country of a name with no known country of its own, from the state title or the
    country before it ('Sudanese President Omar al-Bashir', 'Sudan's Bashir', 'U.S. F-35s'), in
    apposition to it ('Bashir, Sudan's president'), or of a navy's ship prefix ('USS Dewey')."""
    heads, ships = lex()["state_heads"], lex()["ship_prefixes"]
    found = {k for c in name.children if c.dep_ in ("compound", "amod", "poss", "appos") and depth < 4
             and (c.i in scene.country_at or c.lemma_.lower() in heads or c.lower_ in heads)
             for k in countries(c, scene, depth + 1)}
    found |= {f"country/{ships[c.text]}" for c in name.children if c.dep_ == "compound" and c.text in ships}
    return found if len(found) == 1 else set()  # "USS Dewey": a U.S. Navy ship


def _plural_title(tok: Token) -> bool:
    """A plural title ('the ministers', 'the leaders') with its article."""
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in lex()["plural_titles"] \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _title_word(tok: Token) -> bool:
    """A capitalised title standing alone for its holders ('the Vice Ministers')."""
    heads, word = lexicon.title_heads(), tok.lower_
    return tok.tag_ in ("NNP", "NNPS") and word.endswith("s") \
        and (word[:-1] in heads or word.endswith("ies") and word[:-3] + "y" in heads)  # "Secretaries"


def _of_a_state(pronoun: Token) -> bool:
    """A possessive pronoun on a state word ('his government', 'her troops')."""
    head = pronoun.head
    return pronoun.dep_ == "poss" and (head.lemma_.lower() in lex()["state_heads"] or head.lower_ in lex()["state_heads"])


