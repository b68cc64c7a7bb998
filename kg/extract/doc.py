"""What every extractor shares: the ``Raw`` mention before resolution and the ``Found`` record
handed from stage to stage, and helpers over a parsed ``Doc`` (token spans trimmed, mention
spans, evidence sentences, the body paragraphs' sentences).

Each extractor is ``f(doc, found) -> list[record]``: the parse and what the stages before it
found (``kg.extract.extract`` composes them).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.model import Affiliation, Article, Claim, Evidence, Mention, PartOf

SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Raw:
    """A mention before resolution: token span, type, and the gazetteer key when known."""

    start: int  # token indices
    end: int
    type: str  # Person | Organization | Country
    key: str | None = None
    demonym: bool = False
    whole: tuple[int, int] | None = None  # token span of a possessor/qualifier it belongs to


DASHES = ("-", "--", "—", "–")


def spaced_dash(tok: Token) -> bool:
    """A dash set off by spaces on both sides ('ROME - Jane Doe'), not a hyphen inside a word."""
    return tok.text in DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners and punctuation, trailing possessives and punctuation, and
    whatever stands before a dash set off by spaces (a dateline: 'ROME - Jane Doe')."""
    start = next((k + 1 for k in range(end - 2, start, -1) if spaced_dash(doc[k])), start)
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in lexicon.possessive_marks() or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    return start, end


def generic(name: str) -> bool:
    """'Foreign Ministry', 'National Security Office': a name any country's body could have."""
    words = [w for w in re.split(r"[\s-]+", name.lower()) if w.isalpha()]
    names = lexicon.data("names")
    return bool(words) and all(lexicon.is_title_word(w) or w in names["initials_skip"] or w in names["generic_orgs"]
                               for w in words)


def inside(gaz: list[Span], start: int, end: int) -> list[Span]:
    return [g for g in gaz if g.start < end and g.end > start]


@dataclass(frozen=True)
class Found:
    """An article and what the stages before an extractor found in it: resolved mentions and
    part-of facts (entities), then affiliations, then claims."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    parts: tuple[PartOf, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    claims: tuple[Claim, ...] = ()


def evidence(doc: Doc, token_i: int) -> Evidence:
    """The sentence around a token, offsets trimmed of surrounding whitespace."""
    sent = doc[token_i].sent
    text = sent.text
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    start = sent.start_char + lead
    return Evidence(start, start + len(text), text)


def mention_spans(doc: Doc, mentions) -> list[tuple[Mention, Span]]:
    """Each mention with its token span in the doc."""
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.append((m, span))
    return out


def by_token(doc: Doc, mentions) -> dict[int, Mention]:
    """Token index -> the mention covering it."""
    return {i: m for m, span in mention_spans(doc, mentions) for i in range(span.start, span.end)}


def kind(article: Article, offset: int) -> str:
    """The kind of paragraph a character offset lies in (``furniture`` outside every paragraph)."""
    return next((p.kind for p in article.paragraphs if p.start <= offset < p.end), "furniture")


def body_sentences(doc: Doc, article: Article) -> Iterator[Span]:
    """The sentences that start in a body paragraph: the only ones claims and relations read."""
    body = [(p.start, p.end) for p in article.paragraphs if p.kind == "body"]
    for sent in doc.sents:
        if any(s <= sent.start_char < e for s, e in body):
            yield sent


def quote_spans(text: str, start: int, end: int, *, open_end: bool = False) -> list[tuple[int, int]]:
    """Character ranges of quoted passages inside text[start:end] (quote marks excluded); a mark
    may be two characters (''…'', ‘‘…’’). With ``open_end`` a last mark left open runs to the
    end: a quotation that goes on in the next paragraph is not closed in this one."""
    single, double = quote_marks()
    out, opened, i = [], None, start
    while i < end:
        width = 2 if text[i:i + 2] in double else 1 if text[i] in single else 0
        if width:
            if opened is None:
                opened = i + width
            else:
                out.append((opened, i))
                opened = None
        i += width or 1
    if open_end and opened is not None and text[opened:end].strip():
        out.append((opened, end))
    return out


@cache
def quote_marks() -> tuple[frozenset[str], frozenset[str]]:
    speech = lexicon.data("speech")
    marks = set(speech["open_quotes"]) | set(speech["close_quotes"])
    return frozenset(m for m in marks if len(m) == 1), frozenset(m for m in marks if len(m) == 2)


DATELINE_REACH = 10  # the most tokens a dateline runs before its dash


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the datelines that open sentences: the words before a dash set off by
    spaces, in capitals or with a wire's name in brackets ('OSLO –', 'Halden (Wire) –'). Where
    the story was filed: no actor of the sentence."""
    out: set[int] = set()
    for sent in doc.sents:
        head = sent[:DATELINE_REACH]
        dash = next((t.i for t in head if t.i > sent.start and spaced_dash(t)), None)
        if dash is None:
            continue
        before = doc[sent.start:dash]
        words = [t for t in before if t.is_alpha]
        if words and (any(t.text == "(" for t in before) or all(t.is_upper for t in words)):
            out.update(range(sent.start, dash + 1))
    return frozenset(out)
