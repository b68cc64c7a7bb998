"""Names joined to a titled name by 'and' or a comma, and the plural titles they share.

"Chairperson Doe and the Harbour Union" (a body joined after), "President B of Norway" (an owner
after the name), "A and [B]" / "A, B and C" (the name before), "Senators A and B" (a plural title).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.roles import Context
from kg.model import Mention

JOINS = ("and", ",")


def owned_after(ctx: Context, span: Span) -> bool:
    """A name followed by its own country or body ('President B of Norway'), which no title
    before an 'and' gives it."""
    doc, i = ctx.doc, span.end
    i += i + 1 < len(doc) and doc[i].lower_ in ("of", "from") and doc[i + 1].lower_ == "the"
    return i + 1 < len(doc) and doc[span.end].lower_ in ("of", "from") and i + 1 in ctx.at \
        and ctx.at[i + 1].type != "Person"


def joined_after(ctx: Context, span: Span) -> Mention | None:
    """The body or the people joined to a titled name ('Chairperson Doe and the Harbour Union',
    'President Roe and the Norwegian people'): its organisation, or its country."""
    doc, i = ctx.doc, span.end
    if i + 2 >= len(doc) or doc[i].lower_ != "and" or doc[i + 1].lower_ != "the" or i + 2 not in ctx.at:
        return None
    m = ctx.at[i + 2]
    end = ctx.spans[m].end
    if m.type == "Organization":
        return m
    people = end < len(doc) and doc[end].lower_ in lexicon.data("names")["nation_nouns"]
    return m if m.type == "Country" and people else None


def joined_before(ctx: Context, start: int, span: Span) -> Span | None:
    """The person named right before 'and' or a comma at ``start``: 'A and [B]'; after a comma
    only when the parse joins the two names ('A, B and C'), not when a phrase ends at the
    comma ('In a call with Minister A, Secretary B said')."""
    doc = ctx.doc
    if start < 2 or doc[start - 1].lower_ not in JOINS:
        return None
    m = ctx.at.get(start - 2)
    if m is not None and m.type == "Country":  # 'Minister A of Norway and [B]': the name before its country
        m = _owned_name(ctx, ctx.spans[m].start)
    if m is None or m.type != "Person":
        return None
    prev = ctx.spans[m]
    if doc[start - 1].text == "," and not (span.root in prev.root.conjuncts or prev.root in span.root.conjuncts):
        return None
    return prev


def _owned_name(ctx: Context, start: int) -> Mention | None:
    """The name right before 'of/from' and the country that starts at token ``start``."""
    k = start - 1 - (start > 0 and ctx.doc[start - 1].lower_ == "the")
    return ctx.at.get(k - 1) if k > 0 and ctx.doc[k].lower_ in ("of", "from") else None


def country_after(ctx: Context, span: Span) -> Mention | None:
    """The country a name is 'of' or 'from' ('Minister A of Norway'), else None."""
    m = ctx.at.get(span.end + 1 + (span.end + 1 < len(ctx.doc) and ctx.doc[span.end + 1].lower_ == "the")) \
        if owned_after(ctx, span) else None
    return m if m is not None and m.type == "Country" else None


def title_head(role: Span) -> Token:
    """The word a title is named for: its last word before its domain ('Ministers' of 'Foreign
    Ministers'; 'Minister' of 'Minister of Foreign Affairs', whose 'Affairs' is no plural title)."""
    head = next((t.i for t in role if t.i > role.start and t.lower_ in ("of", "for")), role.end)
    return role.doc[head - 1]


def plural(tok: Token) -> bool:
    """A plural title ('Senators'; 'Secretaries', which taggers read as a singular name)."""
    text = tok.lower_
    return tok.tag_ in ("NNS", "NNPS") or text.endswith("s") and not text.endswith("ss") \
        and (tok.lemma_.lower() != text or text in lexicon.title_heads())
