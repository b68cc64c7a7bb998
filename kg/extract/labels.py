"""Affiliations stated by a transcript's speaker label: "JANE DOE, DEPUTY NATO SPOKESPERSON:",
"GEN. JANE DOE, CHAIRMAN, JOINT STAFF:", "MINISTER OF DEFENCE JANE DOE (NORWAY):". The pattern
is ``f(ctx, span) -> [(mention, role)]`` like those of ``titled``.
"""
from __future__ import annotations

from spacy.tokens import Span

from kg import lexicon
from kg.extract.roles import Context, Pairs, is_head, is_title, tenure


def label(ctx: Context, span: Span) -> Pairs:
    """'JANE DOE, DEPUTY NATO SPOKESPERSON: ...', 'GEN. JANE DOE, CHAIRMAN, JOINT STAFF:' or
    'MINISTER JANE DOE (NORWAY):' at the start of a line: the title is the role, an organisation
    in it the affiliation, else its country, else the country of a national title."""
    doc = ctx.doc
    lead = _label_lead(ctx, span)
    if lead is None or span.end + 1 >= len(doc) or doc[span.end].text not in (",", "("):
        return []
    closes = (")", "):") if doc[span.end].text == "(" else (":",)
    end = span.end + 1
    while end < len(doc) and doc[end].text not in closes and "\n" not in doc[end].text and end - span.end < 12:
        end += 1
    title = doc[span.end + 1:end]
    end += end < len(doc) and doc[end].text == ")"  # the tokenizer may keep '):' whole
    if end >= len(doc) or not doc[end].text.endswith(":") or not len(title) \
            or not all(t.is_upper or not t.is_alpha for t in title):
        return []
    owners = [ctx.at[t.i] for t in title if t.i in ctx.at and ctx.at[t.i].type != "Person"]
    headed = any(is_head(t) for t in title)
    if not headed and not (owners and any(is_head(t) for t in lead)):
        return []  # 'JANE DOE (NORWAY):' names no office
    if not owners:
        iso = lexicon.national_title(tenure(title.text))
        owners = [ctx.named[f"country/{iso}"]] if iso and f"country/{iso}" in ctx.named else []
    best = next((m for m in owners if m.type == "Organization"), owners[0] if owners else None)
    return [(best, (title if headed else lead).text)] if best else []


def _label_lead(ctx: Context, span: Span) -> Span | None:
    """The title words before a name that starts a line ('GEN.', 'MINISTER OF DEFENCE'), or None
    when the name does not start its line."""
    doc, i = ctx.doc, span.start - 1
    while i >= 0 and "\n" not in doc[i].text and i not in ctx.at and (is_title(doc[i]) or doc[i].text == "."):
        i -= 1
    return doc[i + 1:span.start] if i < 0 or "\n" in doc[i].text else None
