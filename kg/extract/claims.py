"""Doc + mentions -> claims: who said what, in text order.

The form of the text comes first: a transcript's turns, remarks published under a name and a
joint statement's clauses belong to their speaker (``turns``). Elsewhere, direct quotations
(``quotes``) and reported speech (``reported``) take the speaker their tag names
(``speakers``). Only ``body`` paragraphs are read; a claim inside another of the same sentence
is dropped.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.doc import Found, body_sentences, quote_spans
from kg.extract.quotes import direct, partial
from kg.extract.reported import reported
from kg.extract.jointtexts import first_person, group, joint
from kg.extract.turns import turns
from kg.extract.speakers import Speakers
from kg.model import Claim, Mention


def claims(doc: Doc, found: Found) -> list[Claim]:
    """All claims of the body paragraphs, in text order."""
    own, owned = turns(doc, found)
    issuer = group(doc, found) if not owned else None
    if issuer:
        voiced, mine = first_person(doc, found, issuer)
        own, owned = own + voiced, owned + mine
    text = found.article.text
    quoted = tuple(q for p in found.article.paragraphs if p.kind == "body" and not _within(p.start, owned)
                   for q in quote_spans(text, p.start, p.end))
    spans = [q for q in quoted if not partial(text, *q)]
    speakers = Speakers(doc, found, group=issuer, quoted=quoted)
    out = list(own)
    for sent in body_sentences(doc, found.article):
        if _within(sent.start_char, owned):
            continue
        out += joint(doc, found, speakers, sent) if issuer else []
        out += reported(speakers, sent, spans, quoted=quoted)
    out += direct(doc, found, speakers, skip=owned)
    return _outermost(sorted(out, key=lambda c: (c.start, c.end)), found.mentions)


def _within(offset: int, ranges) -> bool:
    return any(s <= offset < e for s, e in ranges)


def _outermost(found: list[Claim], mentions: tuple[Mention, ...]) -> list[Claim]:
    """Drop claims inside another claim of the same sentence; attach mentioned actors."""
    keep = [c for c in found if not any(o is not c and o.start <= c.start and c.end <= o.end
                                        and (o.start, o.end) != (c.start, c.end) for o in found)]
    out, seen = [], set()
    for c in keep:
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        about = tuple(sorted({m.key for m in mentions if c.start <= m.start and m.end <= c.end
                              and m.key != c.speaker}))
        out.append(replace(c, mentions=about))
    return out
