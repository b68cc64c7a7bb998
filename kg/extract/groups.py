"""Groups of countries an article names as one: a body it defines by listing its members ("the
Governments of Norway, Sweden and Finland, hereafter referred to as the Group"; "the Group
(Norway, Sweden and Finland)") and an adjective of a fixed pair of countries ("inter-Korean",
``pair_words`` in ``kg/data/relations.json``). A group's name relates its members only where the
article lists them: membership known from elsewhere (an alliance's roster) is never used.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.sides import Scene, countries, lex
from kg.model import Mention


def defined(doc: Doc, scene: Scene, org_at: dict[int, Mention]) -> dict[str, frozenset[str]]:
    """Organisation key -> the two or more countries the article lists as its members, at the
    first mention that lists them."""
    out: dict[str, frozenset[str]] = {}
    for i, m in sorted(org_at.items()):
        tok = doc[i]
        if m.key in out or org_at.get(tok.head.i) is m and tok.head.i != i:
            continue  # one look per mention, from its head word
        listed = _listed(tok, scene)
        if len(listed) > 1:
            out[m.key] = frozenset(listed)
    return out


def _listed(name: Token, scene: Scene) -> set[str]:
    """The countries a group's name is given to ('A, B and C, known as the Group') or that it is
    followed by ('the Group (A, B and C)')."""
    apposed = {k for c in name.children if c.dep_ == "appos" for k in countries(c, scene)}
    if apposed:
        return apposed
    if name.dep_ == "appos":
        return countries(name.head, scene)
    verb = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else \
        name.head if name.dep_ == "oprd" else None
    if verb is None or verb.lemma_.lower() not in lex()["naming_verbs"]:
        return set()
    if verb.dep_ in ("acl", "relcl"):  # "ministers of A, B and C, known as the Group"
        return countries(verb.head, scene)
    return {k for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for k in countries(c, scene)}


def pair_words(doc: Doc) -> dict[int, frozenset[str]]:
    """Token index -> the pair of countries of an adjective such as 'inter-Korean' (written as
    one token or split at its hyphen)."""
    pairs = lex()["pair_words"]
    out: dict[int, frozenset[str]] = {}
    for tok in doc:
        span = [tok]
        if tok.lower_ not in pairs and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
            span = [tok, doc[tok.i + 1], doc[tok.i + 2]]
        word = "".join(t.lower_ for t in span)
        if word in pairs:
            out.update({t.i: frozenset(f"country/{iso}" for iso in pairs[word]) for t in span})
    return out
