"""Reported speech carried by a noun: "Jane Doe's claim that the port will close", "her call for
an inquiry", "Norway's pledge to keep the base open".

A noun of ``speech.json``'s 'nouns' (a speech act: claim, warning, call, criticism, ...) whose
possessor names its speaker reports the clause or phrase its frame allows: a 'that' clause on
the noun, an infinitive ('pledge to ...'), or the phrase after one of the noun's prepositions
('call for', 'criticism of'). Without a possessor ('the claim that ...') the noun names no
speaker and reports nothing here.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon

CLAUSES = ("acl", "ccomp", "appos", "relcl", "advcl")


def cue(tok: Token) -> Token | None:
    """The possessor of a speech-act noun ('Jane Doe's claim'), or None for any other token."""
    if tok.pos_ != "NOUN" or tok.dep_ == "ROOT" or tok.lemma_.lower() not in lexicon.data("speech")["nouns"]:
        return None  # a noun as the root: the parse missed the sentence's verb
    return next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)


def content(tok: Token) -> Span | None:
    """What a speech-act noun reports: its 'that' clause, its infinitive or the phrase after one
    of its frame's prepositions; else nothing."""
    frame = lexicon.data("speech")["nouns"][tok.lemma_.lower()]
    doc = tok.doc
    for c in tok.rights:
        if c.dep_ in CLAUSES and c.pos_ in ("VERB", "AUX"):
            first = doc[c.left_edge.i]
            if "that" in frame and first.lower_ == "that" and first.dep_ == "mark":
                return doc[first.i + 1:c.right_edge.i + 1]
            if "to" in frame and first.lower_ == "to" and first.dep_ == "aux":
                return doc[first.i:c.right_edge.i + 1]
        if c.dep_ == "prep" and c.lower_ in frame:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return doc[objs[0].left_edge.i:c.right_edge.i + 1]
    return None
