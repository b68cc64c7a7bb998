"""Acronyms in an article: a name's initials, acronyms the article defines for a name of its
own, and acronyms it defines for a document, a line or a plan rather than a body. Used by
``kg.extract.mentions`` and ``kg.extract.resolve``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.doc import Raw


def initials(name: str, *, acronyms: bool = False) -> str:
    """The first letters of a name's words, small words left out; with ``acronyms`` an acronym
    among the words counts whole ('UK Independence Party' -> UKIP)."""
    skip = lexicon.data("names")["initials_skip"]
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in skip and w[0].isalpha()]
    return "".join(w.replace(".", "") if acronyms and w.replace(".", "").isupper() else w[0] for w in words)


def defined_here(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """An acronym the article defines for another name ('the Harbour Defense Front (HDF)') is
    that name's, even where the gazetteer knows the acronym for a different body."""
    ends = {r.end: r for r in raws if r.type == "Organization"}
    defined = {}
    for r in raws:
        owner = ends.get(r.start - 1)
        if r.key and r.end - r.start == 1 and doc[r.start].text.isupper() and owner is not None \
                and doc[r.start - 1].text == "(" and r.end < len(doc) and doc[r.end].text == ")" and owner.key != r.key:
            defined[doc[r.start].text] = r.key
    return [replace(r, key=None) if r.key and defined.get(doc[r.start:r.end].text) == r.key else r for r in raws]


def documents(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """Drop acronyms the article defines as a document, a line or a plan, or for words in lower
    case (a list of them too), not a body: 'a Memorandum of Understanding (MOU)', 'the Line of
    Control (LOC)', 'the Harbour Act, or HA', 'missing in action (MIA)', 'counter-mine warfare (CMW)'."""
    heads = lexicon.data("names")["not_org_heads"]
    named = set()
    for r in raws:
        text = doc[r.start:r.end].text
        before = [t.text.lower() for t in doc[max(0, r.start - 2):r.start]]
        gap = 1 if before[-1:] == ["("] else 2 if before == [",", "or"] else 0
        if r.key or not text.isupper() or not gap:
            continue
        for k in range(max(0, r.start - gap - 12), r.start - gap):
            words = doc[k:r.start - gap]
            letters = {initials(words.text).upper(), "".join(t.text[0] for t in words if t.is_alpha).upper()}
            if text in letters and (any(t.lower_ in heads for t in words) or all(t.is_lower or t.text in (",", "-") for t in words)):
                named.add(text)  # a document's acronym, or a common phrase's: 'missing in action (MIA)', 'a, b and c (ABC)'
    return [r for r in raws if r.key or doc[r.start:r.end].text not in named]


def offices(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """Drop acronyms of offices, not bodies, in every mention: one the titles list knows ('the
    COAS said'), one the article defines for a title ('Chief of Harbour Staff (CHS)'), and one
    it writes right before a person's name as a title ('NSA Jane Doe', even where the gazetteer
    knows the acronym for a body)."""
    titles = lexicon.data("titles")
    known = set(titles["acronyms"])
    heads = set(titles["heads"]) | set(titles["modifiers"])
    for tok in doc[2:-1]:
        if not (tok.text.isupper() and len(tok.text) > 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"):
            continue
        for k in range(max(0, tok.i - 9), tok.i - 1):
            if doc[k].is_title and doc[k].lower_ in heads and tok.text in _letters(doc[k:tok.i - 1].text):
                known.add(tok.text)
    people = {r.start for r in raws if r.type == "Person"}
    titled = {doc[r.start].text for r in raws if r.end - r.start == 1 and r.end in people
              and re.fullmatch(r"[A-Z]{2,5}", doc[r.start].text) and doc[r.start].whitespace_}
    return [r for r in raws if doc[r.start:r.end].text not in titled
            and (r.key or doc[r.start:r.end].text not in known)]


def _letters(words: str) -> set[str]:
    """The ways a phrase's initials are written: small words left out, kept, or all but 'the'."""
    every = [w for w in re.split(r"[\s-]+", words) if w[:1].isalpha()]
    return {initials(words).upper(), "".join(w[0] for w in every).upper(),
            "".join(w[0] for w in every if w.lower() != "the").upper()}


def spelled_here(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """An acronym the gazetteer knows for one body is another's when its letters spell the name
    of the one body of the article that they spell and the gazetteer's body goes unnamed ('the
    Harbour Defense Front ... the HDF' where 'HDF' is also a news agency's)."""
    longs = {doc[r.start:r.end].text: r.key for r in raws if r.type == "Organization" and r.end - r.start > 1}
    named = {r.key for r in raws if r.key and not doc[r.start:r.end].text.isupper()}
    spelled = {}
    for r in raws:
        text = doc[r.start:r.end].text
        if not (r.key and r.end - r.start == 1 and text.isupper() and len(text) > 1 and r.key not in named):
            continue
        found = {k for n, k in longs.items() if text in (initials(n).upper(), initials(n, acronyms=True).upper())}
        if len(found) == 1:
            spelled[text] = (r.key, found.pop())
    return [replace(r, key=spelled[t][1], type="Organization") if r.key and spelled.get(t := doc[r.start:r.end].text, ("",))[0] == r.key
            else r for r in raws]
