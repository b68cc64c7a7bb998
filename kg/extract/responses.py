"""Who responds to a hostile act: the subjects of the verb a phrase of response is on ('X and Y
discussed cooperation in light of the threat posed by Z', 'X stood firm in the face of Z's
pressure', 'X sent ships in response to Z's provocations', 'X renewed its commitment to a
coordinated response to Z's tests'). The phrases are data
(``response_frames`` in ``kg/data/relations.json``)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.assertion import asserted
from kg.extract.sides import Scene, countries, lex
from kg.extract.truces import controllers

CLIMB = ("pcomp", "prep", "pobj", "dobj", "xcomp", "conj")


def responders(act: Token, scene: Scene) -> set[str]:
    """The countries of the subjects of the verb that responds to ``act``, or none when ``act``
    is in no phrase of response or that verb is not asserted."""
    phrase = _frame(act)
    if phrase is None:
        return set()
    node = phrase.head
    for _ in range(5):
        subjects = controllers(node) if node.pos_ in ("VERB", "AUX") else []
        if subjects:
            return {k for s in subjects for k in countries(s, scene)} if asserted(node) else set()
        if node.dep_ not in CLIMB or node.head.i == node.i:
            return set()
        node = node.head
    return set()


def _frame(act: Token) -> Token | None:
    """The 'in' of 'in the face of', 'in light of' or 'in response to' that ``act`` (or the first
    of its conjuncts) is the object of."""
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
    counted = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "of" else None
    if counted is not None and counted.lemma_.lower() in lex()["quantity_nouns"]:
        act = counted  # "in the face of a series of Xn missile tests"
    prep = act.head if act.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in lex()["against_preps"] and prep.head.pos_ in ("NOUN", "VERB"):
        return prep  # "held drills against Xn threats", "stood firm against Xn pressure"
    noun = prep.head if prep is not None else None
    if noun is None or lex()["response_frames"].get(noun.lower_) != prep.lower_:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return noun.head
    return noun if _own_response(noun) else None


def _own_response(noun: Token) -> bool:
    """Whether a response noun outside 'in response to' is its governing verb's subjects' own
    ('renewed their commitment to a coordinated response to X's tests'): not someone else's
    ('Y's response to X's tests'), nor what a verb judges ('condemned the response')."""
    if noun.lower_ not in lex()["response_frames"] or any(c.dep_ == "poss" and c.lower_ not in ("their", "its", "our")
                                                        for c in noun.children):
        return False
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN" \
        and noun.head.head.dep_ in ("dobj", "pobj")  # "commitment to a response", "agreed on the need for a response"
