"""Verdicts: a verb of labelling that calls a country's act hostile ('Norway branded Sweden's
move provocative', 'called the Swedish manoeuvre dangerous', 'described Sweden's actions as
illegal') is a criticism of that country by its subject. The adjectives are 'hostile_labels' in
``kg/data/relations.json``."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.attached import modifiers
from kg.extract.sides import Scene, countries, lex


def judged(verb: Token) -> list[Token]:
    """The objects a verb of labelling calls hostile, or none."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex()["labelling_verbs"]:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.pos_ == "ADJ"]
    labels += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for a in c.children
               if a.pos_ == "ADJ"]  # "described X's actions as illegal"
    labels += [a for o in objects for a in o.children if a.dep_ == "amod" and a.i > o.i]  # "branded X's move 'reckless'"
    objects += [s for a in labels if a.dep_ == "ccomp" for s in a.children if s.dep_ == "nsubj"]  # "branded [X's move rash]"
    words = set(lex()["hostile_labels"])
    return objects if any(w.lemma_.lower() in words or w.lower_ in words for a in labels for w in (a, *a.conjuncts)) else []


def judged_sides(verb: Token, scene: Scene) -> set[str]:
    """The countries whose act a verb of labelling calls hostile: the object's own country, its
    modifiers' or its owner's ('Sweden's move', 'the Swedish manoeuvre')."""
    return {k for o in judged(verb) for k in countries(o, scene) | modifiers(o, scene)}
