"""Actors named in an article's title line.

A title is read for one thing: the person it introduces by role, with the role's own words
before the name ("U.S. Special Envoy Jane Doe Remarks at ...": the speaker of remarks published
under a name, and the country of the role). Its other capitalised words are not read: title case
makes NER see names everywhere, and the text below names again the actors that matter.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon, reference
from kg.extract.entities import Raw
from kg.model import Article


def kept(doc: Doc, raws: list[Raw], article: Article) -> list[Raw]:
    """The raw mentions without those of a title line, but for a person the title introduces by
    role and the mentions before that person."""
    titles = [(p.start, p.end) for p in article.paragraphs if p.kind == "title"]
    out = []
    for s, e in titles:
        inside = [r for r in raws if s <= doc[r.start].idx < e]
        person = next((r for r in inside if _introduced(doc, r)), None)
        out += [r for r in inside if person is not None and r.start <= person.start]
    out += [r for r in raws if not any(s <= doc[r.start].idx < e for s, e in titles)]
    return sorted(out, key=lambda r: (r.start, r.end))


def _introduced(doc: Doc, raw: Raw) -> bool:
    """A person's full name right after a title word ('Ambassador Jane Doe')."""
    if raw.type != "Person" or raw.start == 0 or raw.end - raw.start < 2:
        return False
    before = doc[raw.start - 1].text
    return lexicon.is_title_word(before) or reference.is_title(before)
