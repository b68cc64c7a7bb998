"""What kind of speaker a noun is: definite ('the ministers'), bare ('Ministers welcomed'), a
group noun (``speech.json``'s 'group_nouns'), a noun that speaks for a person or for a body
('person_speakers', 'body_speakers'). Used by ``kg.extract.speakers``.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import lexicon


def definite(tok: Token) -> bool:
    """A noun with a determiner or number that points at someone known ('the envoy', 'the two')."""
    return any(c.dep_ in ("det", "nummod", "predet") and c.lower_ not in ("a", "an", "these", "some", "many")
               for c in tok.children)


def plural_group(tok: Token) -> bool:
    """A plural group noun ('ministers'; 'Ministers' too, which the tagger may take for a name)."""
    return tok.tag_ in ("NNS", "NNPS", "NNP") and singular(tok) in group_nouns()


def singular(tok: Token) -> str:
    """A plural noun's singular, also where the tagger took it for a name and kept it ('Ministers')."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    return low[:-1] if tok.tag_ in ("NNP", "NNPS") and lemma == low and low.endswith("s") else lemma


def bare(tok: Token) -> bool:
    """A noun that stands alone ('Ministers welcomed ...'): no determiner, number or modifier
    ('ministers and representatives of the Governments ...' name the parties, not the group)."""
    return not any(True for _ in tok.children)


@cache
def group_nouns() -> frozenset[str]:
    return frozenset(lexicon.data("speech")["group_nouns"])


@cache
def person_speakers() -> frozenset[str]:
    return frozenset(lexicon.data("speech")["person_speakers"])


@cache
def body_speakers() -> frozenset[str]:
    return frozenset(lexicon.data("speech")["body_speakers"])
