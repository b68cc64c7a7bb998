"""Names that are things, not actors: ships ('USS Jane Doe', 'the destroyer Harbour'), weapons
('a missile named Harbour'), operations and exercises, and acronyms glued into a document's code.
Used by ``kg.extract.entities``, which drops every mention of such a name.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.bodies import body_word
from kg.extract.doc import Raw


def named_thing(doc: Doc, raw: Raw) -> bool:
    """A ship's or a weapon's name ('USS Jane Doe', 'the MV Harbour Star', 'the frigate Harbour')
    or an operation's or exercise's ('Operation Harbour Shield', 'began exercise Harbour Shield',
    'the exercise Harbour Shield 24', 'the Harbour Shield drill', 'Harbour Shield 24 is an
    exercise'): a thing or an event, not an actor."""
    names = lexicon.data("names")
    first = doc[raw.start]
    before = doc[raw.start - 1] if raw.start > 0 else None
    return first.text in names["vessel_prefixes"] or before is not None and before.text in names["vessel_prefixes"] \
        or any(t.is_title and t.lower_ in names["event_leads"] for t in (first, before) if t is not None) \
        or before is not None and before.lower_ in names["event_leads"] \
        or raw.end < len(doc) and doc[raw.end].lower_ in names["event_nouns"] and not body_word(doc[raw.end - 1]) \
        or before is not None and _thing_noun(before) or _numbered_event(doc, raw)


def _numbered_event(doc: Doc, raw: Raw) -> bool:
    """A name with its edition's number after it, in a sentence about an exercise or an operation
    ('Harbour Shield 24 is an annual exercise'): an event, not a body ('Task Force 76' ends in a
    body's word)."""
    names = lexicon.data("names")
    nxt = doc[raw.end] if raw.end < len(doc) else None
    return nxt is not None and nxt.is_digit and len(nxt.text) <= 4 and not body_word(doc[raw.end - 1]) \
        and any(t.lemma_.lower() in names["event_nouns"] or t.lower_ in names["event_leads"] for t in doc[raw.start].sent)


def _thing_noun(tok) -> bool:
    """A ship's or a weapon's noun right before a name ('the destroyer Jane Doe'), or 'named'
    after one ('a missile named Harbour')."""
    nouns = lexicon.data("names")["thing_nouns"]
    if tok.lower_ in ("named", "called", "dubbed"):
        return tok.head.lemma_.lower() in nouns and tok.head.pos_ == "NOUN"
    return tok.is_lower and tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns


def vessels(doc: Doc) -> set[str]:
    """The names written after a ship's prefix ('USS Jane Doe', 'HMAS Harbour'): a later 'the
    Jane Doe' or 'Harbour' names the ship too, and so does a name of two words or more the
    ship's name ends with ('ORP Admiral Jane Doe': 'Jane Doe' is the ship, not a person)."""
    prefixes, out = lexicon.data("names")["vessel_prefixes"], set()
    for tok in doc:
        end = tok.i + 1
        while tok.text in prefixes and end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        out |= {doc[k:end].text for k in range(tok.i + 1, end) if k == tok.i + 1 or end - k > 1}
    return out


def coded(doc: Doc, raw: Raw) -> bool:
    """An acronym glued into a document's code ('[AB-M-33/DEC.1]'): the run of tokens with no
    space between them around the mention has digits and a hyphen or a slash the mention has
    not; an identifier, not a body's name."""
    start, end = raw.start, raw.end
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space and doc[start - 1].text not in "([":
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_space and doc[end].text not in ")]":
        end += 1
    run, own = doc[start:end].text, doc[raw.start:raw.end].text
    return not any(c.isdigit() for c in own) and any(c.isdigit() for c in run) \
        and any(c in run for c in "-/") and not any(c in own for c in "-/")
