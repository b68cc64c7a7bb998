"""The countries attached to a word by its modifiers and prepositions: its own modifiers
('Russia's', 'Chinese', not 'anti-Norway'), its possessor, 'by X' and 'from X', its prepositional
arguments ('with X', 'allies such as X', 'allies, including X'), what it acts on through what it names of
a country ('the sovereignty of X'), and whether a group word makes its parties act together
('jointly', 'a trilateral meeting'). ``kg.extract.sides`` says which countries one word stands for.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.sides import OWN_MODIFIERS, Scene, countries, lex, one


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
                out |= patients(p, scene) | (_included(p, scene) if listing else set())
            elif p.lemma_.lower() in lex()["request_nouns"]:
                out |= {k for q in p.children if q.lower_ == "of" for o in q.children for k in countries(o, scene)}
    return out


def _included(party: Token, scene: Scene) -> set[str]:
    """The members a party noun lists ('allies, including X and Y', 'partners such as X')."""
    if party.lemma_.lower() not in lex()["party_nouns"]:
        return set()
    return {k for n in (party, *party.conjuncts) for c in n.children if c.dep_ == "prep"
            and (c.lower_ in lex()["including_preps"] or c.lower_ in lex()["listing_preps"] and c.doc[c.i - 1].lower_ == "such")
            for p in c.children if p.dep_ == "pobj" for k in countries(p, scene)}


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
        out |= countries(c, scene) if spread else one(c, scene, 0)
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


def patients(tok: Token, scene: Scene) -> set[str]:
    """The countries an argument acted on stands for, also through what it names of them:
    'the sovereignty and territorial integrity of Norway', 'Sweden's independence', 'the people of X'."""
    out = countries(tok, scene)
    for t in (tok, *tok.conjuncts):
        if t.lemma_.lower() in lex()["attribute_heads"]:
            out |= modifiers(t, scene) | {k for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                          for p in c.children if p.dep_ == "pobj" for k in countries(p, scene)}
    return out


def nationals(tok: Token, scene: Scene) -> set[str]:
    """The countries of the people or firms a measure targets ('sanctions on seven Xn
    individuals', 'on a number of Xn companies'): a measure on a country's nationals is aimed at
    the country."""
    words = [w for w in lex()["target_preps"]["tension"] if w in ("on", "upon", "against")]
    objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in words for p in c.children if p.dep_ == "pobj"]
    objs += [g for o in objs if o.lemma_.lower() in lex()["quantity_nouns"] for c in o.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]  # "a number of"
    return {k for o in objs for n in (o, *o.conjuncts) for c in n.children
            if c.dep_ in ("amod", "compound") for k in countries(c, scene)}

