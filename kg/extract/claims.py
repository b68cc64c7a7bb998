"""Doc + mentions -> claims: direct quotations and reported speech with their speakers.

Direct quotes are paired per paragraph on characters, tolerating curly, straight and
wrong-way marks; a paragraph's unbalanced last mark is skipped, not the whole article.
Reported speech is read from the parse: a reporting verb (``kg/data/speech.json``), its
subject as the speaker, its clause or object as the content; "as X pointed out",
"according to X" and "X, she said, ..." are handled. "he"/"she" and "the secretary" refer
to the last named speaker, else the last person named. Only ``body`` paragraphs are read.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.doc import SUBJECTS, Found, body_sentences, by_token, evidence, mention_spans
from kg.model import Claim, Mention

MIN_WORDS = 4
STRIP = " \t\n,;:."


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of quoted passages inside text[start:end] (quote marks excluded)."""
    marks = set(lexicon.data("speech")["open_quotes"]) | set(lexicon.data("speech")["close_quotes"])
    marks = {m for m in marks if len(m) == 1}
    out, opened = [], None
    for i in range(start, end):
        if text[i] not in marks:
            continue
        if opened is None:
            opened = i + 1
        else:
            out.append((opened, i))
            opened = None
    return out


def _partial(text: str, start: int) -> bool:
    """A quote that continues the writer's phrase ('called China's “coercive behavior”'),
    not words a speaker said on their own: the text before the opening mark ends in a word."""
    before = text[:max(start - 1, 0)].rstrip(" \t")
    return bool(before) and (before[-1].isalnum() or before.endswith(lexicon.possessive_endings()))


class _Context:
    """What claims need to look up: mentions by token, speakers seen so far."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.by_token = by_token(doc, mentions)
        self.people = sorted(((s.start, m, any(t.dep_ in SUBJECTS for t in s))
                              for m, s in mention_spans(doc, mentions) if m.type == "Person"), key=lambda x: x[0])
        self.speakers: list[tuple[int, str]] = []

    def last_person(self, before: int) -> str | None:
        """The last person named as a subject before a token, else the last person named."""
        subjects = [m.key for i, m, subject in self.people if i < before and subject]
        people = [m.key for i, m, _ in self.people if i < before]
        return subjects[-1] if subjects else (people[-1] if people else None)

    def speaker(self, tok: Token) -> str | None:
        """The actor a subject token names, resolving pronouns and 'the secretary'."""
        m = self.by_token.get(tok.i)
        if m is None:
            m = next((self.by_token[c.i] for c in tok.subtree if c.i in self.by_token
                      and self.by_token[c.i].type != "Country"), None)
        if m is not None:
            return m.key if m.type != "Country" else None
        if tok.lower_ in lexicon.data("speech")["speaker_pronouns"] or \
                tok.lower_ in lexicon.title_heads() and any(c.dep_ == "det" for c in tok.children):
            return self.last_person(tok.i)
        if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in lexicon.title_heads() and \
                any(c.dep_ in ("det", "nummod", "predet") and c.lower_ != "these" for c in tok.children):
            return self.first_of_group(tok.i)
        return None

    def first_of_group(self, before: int) -> str | None:
        """'The two officials', 'both leaders': the first-named person of the nearest sentence
        (this one or up to five before) that names two people or more."""
        sent = self.doc[before].sent
        for _ in range(6):
            named = [m.key for i, m, _ in self.people if sent.start <= i < min(sent.end, before)]
            if len(set(named)) >= 2:
                return named[0]
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return None


def claims(doc: Doc, found: Found) -> list[Claim]:
    """All claims of the body paragraphs, in text order."""
    ctx = _Context(doc, found.mentions)
    text = found.article.text
    quotes = [q for p in found.article.paragraphs if p.kind == "body"
              for q in quote_spans(text, p.start, p.end) if not _partial(text, q[0])]
    out = [c for sent in body_sentences(doc, found.article) for c in _reported(ctx, sent, quotes)]
    out += _direct(ctx, quotes)
    return _outermost(sorted(out, key=lambda c: (c.start, c.end)), found.mentions)


def _direct(ctx: _Context, quotes: list[tuple[int, int]]) -> list[Claim]:
    doc, out = ctx.doc, []
    for qs, qe in quotes:
        text = doc.text[qs:qe].strip(STRIP)
        if len(text.split()) < MIN_WORDS:
            continue
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            continue
        speaker = _quote_speaker(ctx, span)
        if speaker:
            lead = doc.text[qs:qe].index(text[0])
            out.append(Claim(speaker, text, "direct", qs + lead, qs + lead + len(text), evidence(doc, span.start)))
    return out


def _quote_speaker(ctx: _Context, span: Span) -> str | None:
    """The subject of the nearest reporting verb outside the quote, after it first."""
    doc = ctx.doc
    para_end = span.end
    while para_end < len(doc) and "\n" not in doc[para_end].text:
        para_end += 1
    after = [t for t in doc[span.end:para_end] if _is_reporting(t)]
    before = [t for t in doc[span.start:span.start] if _is_reporting(t)]
    sent = doc[max(span.start - 1, 0)].sent
    before = [t for t in doc[sent.start:span.start] if _is_reporting(t)]
    for verb in after[:1] + before[-1:]:
        who = _subject_speaker(ctx, verb)
        if who:
            return who
    return None


def _is_reporting(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon.reporting_verbs()


def _subject_speaker(ctx: _Context, verb: Token) -> str | None:
    head = verb
    for _ in range(3):
        subj = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            return ctx.speaker(subj)
        if head.dep_ in ("xcomp", "conj", "advcl") and head.head.i != head.i:
            head = head.head
        else:
            break
    agent = _according(verb)
    return ctx.speaker(agent) if agent is not None else None


def _according(verb: Token) -> Token | None:
    """The source of 'according to X' (the phrases of ``speech.json``'s 'according')."""
    preps = _source_phrases().get(verb.lemma_.lower(), ())
    for c in verb.children:
        if c.lower_ in preps:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


@cache
def _source_phrases() -> dict[str, frozenset[str]]:
    """'according to' -> {'accord': {'to'}}: a verb's lemma and the prepositions that name a source."""
    out: dict[str, set[str]] = {}
    for phrase in lexicon.data("speech")["according"]:
        verb, prep = phrase.split()
        out.setdefault(verb, set()).add(prep)
    return {k: frozenset(v) for k, v in out.items()}


def _reported(ctx: _Context, sent: Span, quotes: list[tuple[int, int]]) -> list[Claim]:
    out = []
    for verb in sent:
        if not _is_reporting(verb):
            continue
        speaker = _subject_speaker(ctx, verb)
        if speaker is None:
            continue
        ctx.speakers.append((verb.i, speaker))
        content = _content(verb)
        if content is None:
            continue
        text = re.sub(r"^(that|as)\s+", "", content.text.strip(STRIP), flags=re.I)
        text = re.sub(r"(\W+(as well as|and|or|but))+$", "", text, flags=re.I).strip(STRIP)
        start = content.start_char + content.text.index(text[:1]) if text else 0
        end = start + len(text)
        if len(text.split()) < MIN_WORDS + 1 or any(qs < end and start < qe for qs, qe in quotes):
            continue
        out.append(Claim(speaker, text, "indirect", start, end, evidence(ctx.doc, verb.i)))
    return out


def _content(verb: Token) -> Span | None:
    """The reported words: the verb's clause, its object, or the clause it comments on."""
    doc = verb.doc
    objs = lexicon.data("speech")["object_verbs"]
    for c in verb.children:
        if c.dep_ == "ccomp":
            obj = next((o for o in verb.rights if o.dep_ == "dobj" and o.i < c.i), None)
            if obj is not None and not any(g.dep_ in SUBJECTS for g in c.children):  # "underscored the commitment ... is ironclad": a misparsed clause
                return doc[obj.left_edge.i:c.right_edge.i + 1]
            return _clause(c, exclude=verb)
    right = []
    for c in verb.rights:
        if c.dep_ in ("conj", "cc") or _is_reporting(c):
            break
        if c.dep_ in ("dobj", "xcomp", "prep", "attr", "oprd", "pcomp", "advcl"):
            right.append(c)
    if right and verb.lemma_.lower() in objs:
        return doc[right[0].left_edge.i:right[-1].right_edge.i + 1]
    own_subject = any(c.dep_ in SUBJECTS for c in verb.children) or verb.lemma_.lower() in _source_phrases()
    if own_subject and verb.dep_ in ("advcl", "parataxis", "prep") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        return _clause(verb.head, exclude=verb)
    return None


def _clause(head: Token, *, exclude: Token) -> Span:
    """The subtree of head without the reporting verb's own subtree, mark 'that' dropped."""
    skip = {t.i for t in exclude.subtree} if exclude in head.subtree else {exclude.i}
    toks = [t for t in head.subtree if t.i not in skip and not (t.dep_ == "mark" and t.head.i == head.i
                                                                 and t.lower_ in ("that", "as"))]
    if not toks:
        return head.doc[head.i:head.i + 1]
    lo, hi = toks[0].i, toks[-1].i
    # keep the longest run that does not cross the excluded part
    if any(lo < i < hi for i in skip):
        runs = _runs([t.i for t in toks])
        lo, hi = max(runs, key=lambda r: r[1] - r[0])
    return head.doc[lo:hi + 1]


def _runs(idx: list[int]) -> list[tuple[int, int]]:
    runs, s = [], idx[0]
    for a, b in zip(idx, idx[1:]):
        if b != a + 1:
            runs.append((s, a))
            s = b
    runs.append((s, idx[-1]))
    return runs


def _outermost(found: list[Claim], mentions: list[Mention]) -> list[Claim]:
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
        out.append(Claim(c.speaker, c.text, c.kind, c.start, c.end, c.evidence, about))
    return out
