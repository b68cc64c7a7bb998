"""Affiliations a list gives the people it names as members of a group: "Norwegian officials,
including Foreign Minister Jane Doe and Defence Minister John Roe" (each of them Norway's), "Alliance
officers such as Col. Jane Doe". The group is a plural role noun that makes an office ('officials',
'ministers', not 'journalists'), one country or body its modifier or possessor; the links that open
the list are kg/data's titles 'including_links'. Each pattern is ``f(ctx, span) -> [(mention, role)]``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.roles import Context, Pairs, is_office
from kg.model import Mention

OWNERS = ("amod", "compound", "poss", "nmod")


def included(ctx: Context, span: Span) -> Pairs:
    """'Norwegian officials, including Jane Doe, ...': the group's one country or body."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # 'including A, B and C': the first name of the list
    if first.dep_ != "pobj" or not _opens_list(first.head):
        return []
    group = first.head.head
    if group.tag_ not in ("NNS", "NNPS") or group.i in ctx.at or not is_office(group):
        return []
    owners = {m.key: m for c in group.children if c.dep_ in OWNERS and (m := _owner(ctx, c)) is not None}
    return [(next(iter(owners.values())), None)] if len(owners) == 1 else []


def _opens_list(link: Token) -> bool:
    """'including', 'such as': a word that opens a list of a group's members."""
    words = lexicon.data("titles")["including_links"]
    such = link.i > 0 and link.doc[link.i - 1].lower_ == "such"
    return link.lower_ in words or such and f"such {link.lower_}" in words


def _owner(ctx: Context, tok: Token) -> Mention | None:
    m = ctx.at.get(tok.i)
    return m if m is not None and m.type != "Person" else None
