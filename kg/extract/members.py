"""Plural nouns that speak for the organisation they belong to.

"The Alliance ministers said", "Defence Ministers of the Alliance reaffirmed", "Alliance leaders
warned": a plural group noun (``speech.json``'s 'group_nouns') or title noun that exactly one
organisation qualifies names that organisation as the speaker. A country, a person or two bodies
qualifying it name nobody here.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import lexicon
from kg.model import Mention

QUALIFIERS = ("compound", "nmod", "poss")


def members(tok: Token, by_token: dict[int, Mention]) -> str | None:
    """The organisation a plural group or title noun speaks for, or None."""
    if not _plural(tok) or _singular(tok) not in _nouns():
        return None
    owners = [by_token[c.i] for c in tok.children if c.dep_ in QUALIFIERS and c.i in by_token]
    owners += [by_token[g.i] for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.i in by_token]
    keys = {m.key for m in owners}
    if len(keys) == 1 and all(m.type == "Organization" for m in owners):
        return keys.pop()
    return None


def _plural(tok: Token) -> bool:
    """A plural noun, also one the tagger took for a name ('Ministers')."""
    return tok.tag_ in ("NNS", "NNPS") or tok.tag_ == "NNP" and tok.lower_.endswith("s")


def _singular(tok: Token) -> str:
    low, lemma = tok.lower_, tok.lemma_.lower()
    return low[:-1] if tok.tag_ in ("NNP", "NNPS") and lemma == low and low.endswith("s") else lemma


@cache
def _nouns() -> frozenset[str]:
    return frozenset(lexicon.data("speech")["group_nouns"]) | lexicon.title_heads()
