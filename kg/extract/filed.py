"""The country a story is filed from, and the offices its dateline gives to that country.

"OSLO, May 3 (Wire) -- Defence Minister Jane Doe said ...": a wire story names the offices of the
country it is filed from without the country ('Defence Minister', 'President'), and those of any
other country with it ('Swedish Defence Minister'). The offices read so are kg/data's
``filed_offices``; a title that names another country's office by itself ('Defense Secretary')
is never one.
"""
from __future__ import annotations

from spacy.tokens import Span

from kg import gazetteer, lexicon
from kg.extract.doc import dateline_tokens
from kg.extract.roles import Context
from kg.model import Mention

OPENING = 3  # the sentences at the top of a story a dateline may open


def filed_country(ctx: Context) -> Mention | None:
    """The country whose capital opens the story's dateline ('SEOUL, Oct. 8 (Wire) --'), when
    the article names that country."""
    doc = ctx.doc
    opening = {t.i for k, sent in enumerate(doc.sents) if k < OPENING for t in sent}
    first = min((i for i in dateline_tokens(doc) if i in opening), default=None)
    if first is None:
        return None
    words = []
    for tok in doc[first:first + 4]:
        if not tok.is_alpha:
            break
        words.append(tok.text)
    place = " ".join(words)
    known = gazetteer.load().lookup(place.title()) if words else None
    if known is None or known.type != "Country" or not lexicon.is_capital(place):
        return None
    return ctx.named.get(known.key)


def filed_office(ctx: Context, role: Span, head: str) -> Mention | None:
    """The country a dateline files the story from, for a title ('Defence Minister') whose head
    word is an office of that country's own when the story names no other owner for it."""
    if head not in lexicon.data("titles")["filed_offices"] or lexicon.national_title(role.text):
        return None
    return filed_country(ctx)
