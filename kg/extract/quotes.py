"""Direct quotations and their speakers.

Quote marks are paired per paragraph on characters, tolerating curly, straight and wrong-way
marks; a paragraph's last mark left open runs to the paragraph's end (a quotation that goes on in
the next paragraph is not closed in this one). A quote's tag is
the reporting verb outside every quote in its own sentence: after the quote first ("...," she
said), then before it (Jane Doe said: "..."). A quote with no tag of its own continues the
speaker of the quote before it in the paragraph ("...," she said. "..."), or of the one after it;
a paragraph that opens with a quotation continues the last quote of the paragraph before, or the
speaker whose tag ends it with a colon; after such a tag, paragraphs without quote marks in the
speaker's own voice ('we', 'our') are the speaker's words, one quotation each, while that voice
lasts (a release's 'The minister said:' over its block quote). A quote that continues the writer's phrase
('called it "a disgrace"') is no claim of its own. Whom a tag's verb names is ``subjects``'.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.doc import SUBJECTS, Found, evidence, quote_marks, quote_spans
from kg.extract.speakers import Speakers
from kg.extract.subjects import according, is_reporting, subject_speaker  # noqa: F401  (according: also as kg.extract.quotes')
from kg.extract.tags import inverted
from kg.model import Claim

MIN_WORDS = 3
STRIP = " \t\n,;:."
ENDS = ".!?"
SENTENCE_BREAK = re.compile(r"[.!?] +[A-Z]")


def partial(text: str, start: int, end: int | None = None) -> bool:
    """A quote that continues the writer's phrase ('called China's “coercive behavior”'),
    not words a speaker said on their own: the text before the opening mark ends in a word, and
    the quote (``start``:``end``) does not run on past a sentence of its own."""
    mark = 2 if text[max(start - 2, 0):start] in quote_marks()[1] else 1
    before = text[:max(start - mark, 0)].rstrip(" \t\u00a0\u2009\u202f")  # not a line break
    if end is not None and SENTENCE_BREAK.search(text[start:end]):
        return False
    return bool(before) and (before[-1].isalnum() or before.endswith(lexicon.possessive_endings()))


FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})


def tags_quote(tok: Token) -> bool:
    """A verb that tags a quotation: a reporting verb, or one that only introduces quoted words
    ('asked', ``speech.json``'s 'quote_verbs')."""
    return is_reporting(tok) or tok.pos_ == "VERB" and tok.lemma_.lower() in lexicon.data("speech")["quote_verbs"]


def direct(doc: Doc, found: Found, speakers: Speakers, skip=()) -> list[Claim]:
    """The direct quotations of the body paragraphs outside ``skip`` (character ranges)."""
    text, out = found.article.text, []
    last: tuple[str, str] | None = None  # (speaker, cue) the paragraph before hands on (its last quote's, or a colon tag's)
    block: tuple[str, str] | None = None  # the speaker of a colon tag whose words follow without quote marks
    plain: tuple[int, int] | None = None  # the paragraph before, when it has no quote marks
    for p in found.article.paragraphs:
        if p.kind != "body" or any(s <= p.start < e for s, e in skip):
            last = block = plain = None
            continue
        quotes = quote_spans(text, p.start, p.end, open_end=True)
        if block is not None and not quotes and _first_person(doc, p.start, p.end):
            claim = _claim(doc, (p.start, p.end), block)
            out += [claim] if claim is not None else []
            last = plain = None
            continue
        whole = [q for q in quotes if not partial(text, *q)]
        tags = [_tag(doc, speakers, quotes, q, p.start, p.end) for q in whole]
        if _only_quotes(text, p.start, p.end, quotes):
            reporter = _reporter(doc, speakers, *plain) if plain and not _tagged(doc, quotes, p.start, p.end) else None
            _continue(tags, last or reporter)
        else:
            _continue(tags, None)
        for q, tag in zip(whole, tags):
            claim = _claim(doc, q, tag)
            if claim is not None:
                out.append(claim)
        last = _carried(doc, speakers, text, p.start, p.end, quotes, tags)
        plain = (p.start, p.end) if not quotes else None
        block = last if text[p.start:p.end].rstrip().endswith(":") else None
    return out


def _first_person(doc: Doc, start: int, end: int) -> bool:
    """A paragraph in the speaker's own voice ('we', 'our', 'I'): a colon tag's words set out
    without quote marks ('The minister said:' over paragraphs of her words) run while it lasts."""
    return any(t.lower_ in FIRST_PERSON for t in _tokens(doc, start, end))


def _claim(doc: Doc, q: tuple[int, int], tag: tuple[str, str] | None) -> Claim | None:
    qs, qe = q
    words = doc.text[qs:qe].strip(STRIP)
    if tag is None or len(words.split()) < MIN_WORDS:
        return None
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return None
    lead = doc.text[qs:qe].index(words[0])
    return Claim(tag[0], words, "direct", qs + lead, qs + lead + len(words), evidence(doc, span.start), cue=tag[1])


def _continue(tags: list, before: tuple[str, str] | None) -> None:
    """Quotes without a tag take the speaker of the quote before them in the paragraph (or of
    the paragraph before, for a paragraph of quotes only), else of the first tagged one after."""
    prev = before
    for i, t in enumerate(tags):
        if t is None and prev is not None:
            tags[i] = prev
        prev = tags[i]
    nxt = None
    for i in reversed(range(len(tags))):
        if tags[i] is None and nxt is not None:
            tags[i] = nxt
        nxt = tags[i]


def _tag(doc: Doc, speakers: Speakers, quotes, q, p_start: int, p_end: int) -> tuple[str, str] | None:
    """(speaker, cue) from a reporting verb outside the quotes of the quote's own sentence: after it
    (not after one that a full stop ends), else before it."""
    text = doc.text
    after_end = min([s - 1 for s, _ in quotes if s > q[1]] + [p_end])
    after_end = _sentence_end(doc, q[1] + 1, after_end)
    before_start = max([e + 1 for _, e in quotes if e < q[0]] + [p_start])
    before_start = _sentence_start(text, before_start, q[0] - 1)
    closed = text[q[0]:q[1]].rstrip().endswith(".")  # '"We are not X." Jane Doe said: "..."': a full stop ends it
    for lo, hi in ((q[1] + 1, after_end), (before_start, q[0] - 1))[closed:]:
        verbs = [t for t in _tokens(doc, lo, hi) if tags_quote(t)]
        for verb in verbs[:1] if lo > q[0] else verbs[-1:]:
            who = subject_speaker(speakers, verb, quotes) or (inverted(verb, speakers.by_token) if lo > q[0] else None)
            if who:
                return who, verb.lemma_.lower()
    return _colon_tag(doc, speakers, quotes, before_start, q[0])


def _colon_tag(doc: Doc, speakers: Speakers, quotes, lo: int, hi: int) -> tuple[str, str] | None:
    """'Jane Doe resisted: "..."': a clause that a colon ends introduces the quote after it, its
    subject the speaker (any verb)."""
    toks = [t for t in _tokens(doc, lo, hi) if not t.is_space]
    while toks and toks[-1].text in quote_marks()[0] | quote_marks()[1]:
        toks.pop()
    if not toks or toks[-1].text != ":":
        return None
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in t.children)]
    who = subject_speaker(speakers, verbs[-1], quotes) if verbs else None
    return (who, verbs[-1].lemma_.lower()) if who else None


def _tokens(doc: Doc, lo: int, hi: int) -> list[Token]:
    span = doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
    return list(span) if span is not None else []


def _sentence_end(doc: Doc, lo: int, hi: int) -> int:
    """The end of the parsed sentence that goes on after a quote (at ``lo``), at most ``hi``."""
    span = doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
    return min(hi, span[0].sent.end_char) if span is not None and len(span) else hi


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the writer's sentence that ends at ``hi`` starts, at least ``lo``; the period of a
    title ('Mr.', 'Gov.') or an initial ('John F. Doe') ends none."""
    for i in range(hi - 1, lo - 1, -1):
        if text[i] in ENDS and not (text[i] == "." and _abbreviation(text[max(lo, i - 12):i + 1])):
            return i + 1
    return lo


def _abbreviation(before: str) -> bool:
    """A text that ends in a title's abbreviation or an initial and its period."""
    word = before.split()[-1] if before.split() else ""
    word = word.lstrip("(\"“‘'")
    return lexicon.is_title_word(word) or len(word) == 2 and word[0].isupper()


def _only_quotes(text: str, start: int, end: int, quotes) -> bool:
    """A paragraph that opens with a quotation mark."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    return bool(quotes) and quotes[0][0] == start + lead + 1


def _reporter(doc: Doc, speakers: Speakers, start: int, end: int) -> tuple[str, str] | None:
    """The one speaker a paragraph without quote marks reports ('Jane Doe said the ferries were
    late.'): the paragraph after it that is all quotation goes on in that speaker's words; none
    when its reporting verbs name two speakers, or none."""
    found = {}
    for verb in (t for t in _tokens(doc, start, end) if is_reporting(t)):
        who = subject_speaker(speakers, verb, ())
        if who is None:
            return None
        found.setdefault(who, verb.lemma_.lower())
    return next(iter(found.items())) if len(found) == 1 else None


def _tagged(doc: Doc, quotes, start: int, end: int) -> bool:
    """A paragraph with a verb that tags quotes outside its quotations (whoever it names)."""
    return any(tags_quote(t) and not any(qs <= t.idx < qe for qs, qe in quotes) for t in _tokens(doc, start, end))


def _carried(doc: Doc, speakers: Speakers, text: str, start: int, end: int, quotes, tags) -> tuple | None:
    """What the next paragraph may continue: the last quote's tag, or the speaker of a tag that
    ends it with a colon ('Jane Doe said:'; with any verb, as in one paragraph: 'Jane Doe
    continued:', 'Jane Doe issued the following statement:')."""
    tail = text[start:end].rstrip()
    if tags and tags[-1] is not None and not tail.endswith(":"):
        return tags[-1]
    if tail.endswith(":"):
        stop, lo = start + len(tail), _sentence_start(text, start, start + len(tail) - 1)
        verbs = [t for t in _tokens(doc, lo, stop) if is_reporting(t)]
        if not verbs:
            return _colon_tag(doc, speakers, quotes, lo, stop)
        who = subject_speaker(speakers, verbs[-1], quotes)
        return (who, verbs[-1].lemma_.lower()) if who else None
    return None
