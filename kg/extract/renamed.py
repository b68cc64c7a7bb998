"""Affiliations stated when a story names a titled person again by their title and country:
"Foreign Minister Jane Doe spoke by phone ... Doe stressed ... The Norwegian Minister noted" (Jane
Doe is Norway's). The title word must be one the person bears before a name of theirs, the
country a modifier of it, and no other person named between the name and the title. Each pattern
is ``f(ctx, span) -> [(mention, role)]``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.roles import Context, Pairs, is_head
from kg.model import Mention

REACH = 2  # the sentences after a name's own in which its title may name it again
OWNERS = ("amod", "compound", "nmod")


def renamed(ctx: Context, span: Span) -> Pairs:
    """'... Jane Doe stressed ... The Norwegian Minister noted': the country of the title."""
    key, doc = ctx.at[span.start].key, ctx.doc
    heads = {doc[s.start - 1].lemma_.lower() for m, s in ctx.spans.items()
             if m.key == key and s.start and is_head(doc[s.start - 1])}
    if not heads:
        return []
    sents = [s for s in doc.sents if s.end > span.start][:REACH + 1]
    for tok in doc[span.end:sents[-1].end]:
        other = ctx.at.get(tok.i)
        if other is not None and other.type == "Person" and other.key != key:
            return []  # another person named first: the title may be theirs
        if other is None and tok.lemma_.lower() in heads and (country := _country_of(ctx, tok)) is not None:
            return [(country, tok.text)]
    return []


def _country_of(ctx: Context, tok: Token) -> Mention | None:
    """The country of 'the Norwegian Minister' standing alone: a singular title with 'the', not
    before a name."""
    if tok.tag_ in ("NNS", "NNPS") or tok.dep_ == "compound" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    found = [ctx.at[c.i] for c in tok.children if c.dep_ in OWNERS and c.i in ctx.at]
    return found[0] if len(found) == 1 and found[0].type == "Country" else None
