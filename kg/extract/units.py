"""Affiliations by the units and bodies an article names beside a person by their names alone or
names again by common nouns.

"Staff Sgt. Jane Doe, 7th Signal Squadron;" (a unit alone after a ranked name), "the ministry's
spokeswoman" and "the brigade combat team commander" (a body named before, named again). Each
pattern is ``f(ctx, span) -> [(mention, role)]``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.roles import Context, Pairs, described_body, is_head, is_rank
from kg.model import Mention


def described(ctx: Context, role: Token, mod: Token) -> Mention | None:
    """A body named again by a definite common noun before a role: a possessor ('the agency's
    director') or the nouns compounded before it ('the brigade combat team commander')."""
    if mod.i > role.i or mod.dep_ not in ("poss", "compound"):
        return None
    owner = mod if mod.dep_ == "poss" else role
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in owner.children):
        return None
    first = mod.left_edge.i if mod.dep_ == "poss" else min(c.left_edge.i for c in role.lefts if c.dep_ == "compound")
    words = ctx.doc[first:mod.i + 1 if mod.dep_ == "poss" else role.i]
    return described_body(ctx, [t for t in words if t.dep_ != "det"])


def described_object(ctx: Context, obj: Token) -> Mention | None:
    """A body named again by a definite common noun after a role's preposition: 'a platoon
    commander with the battalion' after 'the 2nd Harbour Battalion', 'a fellow at the institute';
    nobody's when the article names two bodies so."""
    if obj.i in ctx.at or not any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children):
        return None
    lead = [c for c in obj.lefts if c.dep_ == "compound"]
    nouns = [*ctx.doc[lead[0].i:obj.i], obj] if lead else [obj]
    body = described_body(ctx, nouns)
    words = f" {' '.join(t.lower_ for t in nouns)} "
    named = {m.key for m in ctx.spans if m.type == "Organization" and words in f" {m.text.lower()} "}
    return body if len(named) == 1 else None  # two battalions named: which one is unsure


CLOSING = (";", ".", ",", ")")


def unit(ctx: Context, span: Span) -> Pairs:
    """'Staff Sgt. Jane Doe, 7th Signal Squadron;': a ranked or titled name followed by a comma
    and an organisation's name alone, up to the end of the item; not an item of a list of
    bodies ('Jane Doe, the X Council, the Y Union')."""
    doc, i = ctx.doc, span.end
    if i + 1 >= len(doc) or doc[i].text != "," or not _ranked(ctx, span):
        return []
    k = i + 1 + (doc[i + 1].lower_ == "the")
    m = ctx.at.get(k)
    if m is None or m.type != "Organization" or ctx.spans[m].start != k:
        return []
    end = ctx.spans[m].end
    closed = end >= len(doc) or doc[end].text in CLOSING or doc[end].is_space or doc[end].is_sent_start
    return [(m, None)] if closed and not _listed_body(ctx, end) else []


def _ranked(ctx: Context, span: Span) -> bool:
    """A rank or title right before the name ('Staff Sgt.', 'Airman 1st Class')."""
    k = span.start
    while k > max(0, span.start - 4) and not (ctx.doc[k - 1].is_punct and ctx.doc[k - 1].text != ".") \
            and k - 1 not in ctx.at:
        k -= 1
    return any(is_head(t) or is_rank(t) for t in ctx.doc[k:span.start])


def _listed_body(ctx: Context, end: int) -> bool:
    """Another body or country right after the comma that ends a name: a list of them."""
    doc, k = ctx.doc, end + 1
    while k < len(doc) and doc[k].lower_ in ("and", "the"):
        k += 1
    return end < len(doc) and doc[end].text == "," and k < len(doc) and k in ctx.at \
        and ctx.at[k].type != "Person"
