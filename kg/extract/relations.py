"""Doc + mentions -> relations between countries: cooperation or tension.

A cue word (``kg/data/relations.json``) says which; the countries are those it governs in
the parse: "between X and Y", "cooperation among X, Y and Z", "X-Y tensions", else the
clause around it. Every pair of those countries gets the relation, with the sentence as
evidence. A negated cue ("not an alliance") asserts nothing. Only body paragraphs are read.
"""
from __future__ import annotations

from itertools import combinations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.resolve import by_token, evidence
from kg.model import Article, Mention, Relation

SCOPE_PREPS = ("between", "among", "amongst", "with")


def relations(doc: Doc, mentions: list[Mention], article: Article) -> list[Relation]:
    """One relation per (country pair, type), first evidence kept."""
    country_at = {i: m.key for i, m in by_token(doc, mentions).items() if m.type == "Country"}
    body = [(p.start, p.end) for p in article.paragraphs if p.kind == "body"]
    cues = lexicon.data("relations")["cues"]
    found: dict[tuple[str, str, str], Relation] = {}
    for sent in doc.sents:
        if not any(s <= sent.start_char < e for s, e in body):
            continue
        if len({country_at[i] for i in range(sent.start, sent.end) if i in country_at}) < 2:
            continue
        for tok in sent:
            cue = cues.get(tok.lemma_.lower()) or cues.get(tok.lower_)
            if cue is None or _negated(tok):
                continue
            scope = _scope(tok, country_at) - (_opposed(tok, country_at) if cue[0] == "cooperation" else set())
            for a, b in combinations(sorted(scope), 2):
                found.setdefault((a, b, cue[0]), Relation(a, b, cue[0], tok.text, cue[1], evidence(doc, tok.i)))
    return list(found.values())


def _negated(tok: Token) -> bool:
    negs = lexicon.data("relations")["negations"]
    return any(c.dep_ == "neg" or c.lower_ in negs for c in (*tok.children, *tok.head.children)
               if c.dep_ in ("neg", "det", "advmod"))


def _opposed(tok: Token, country_at: dict[int, str]) -> set[str]:
    """Countries a cooperation cue is aimed against ('defend X against Y')."""
    return {country_at[t.i] for c in (*tok.children, *tok.head.children) if c.lower_ == "against"
            for t in c.subtree if t.i in country_at}


def _scope(tok: Token, country_at: dict[int, str]) -> set[str]:
    """The countries a cue governs."""
    for c in tok.children:
        if c.lower_ in SCOPE_PREPS:
            inside = {country_at[t.i] for t in c.subtree if t.i in country_at}
            left = {country_at[t.i] for x in tok.lefts for t in x.subtree if t.i in country_at}
            if len(inside | left) >= 2:
                return inside | left
    own = {country_at[t.i] for t in tok.subtree if t.i in country_at}
    if len(own) >= 2:
        return own
    return {country_at[t.i] for t in tok.head.subtree if t.i in country_at}
