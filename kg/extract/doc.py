"""What every extractor shares: the ``Found`` record handed from stage to stage, and helpers
over a parsed ``Doc`` (mention spans, evidence sentences, the body paragraphs' sentences).

Each extractor is ``f(doc, found) -> list[record]``: the parse and what the stages before it
found (``kg.extract.extract`` composes them).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.model import Affiliation, Article, Claim, Evidence, Mention, PartOf

SUBJECTS = ("nsubj", "nsubjpass")


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
