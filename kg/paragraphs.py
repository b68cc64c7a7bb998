"""An article's text as paragraphs of kinds: body, title, heading, caption, aside, furniture.

A paragraph is a line, or the lines of a hard-wrapped paragraph (``paragraph_lines``: lines
filled to the text's wrap width, or a sentence running on in lower case; never list items,
speaker labels, headings in capitals or table rows). ``body`` is read for everything,
``caption`` and ``aside`` only for actors and affiliations, ``title`` only for the person it
introduces, ``heading``/``furniture`` not at all (see ``readable``). A heading is a short line
without sentence-final punctuation, in capitals, or in title case (``headline``); one written as
a sentence, alone among the lines, is a caption printed without its stop (``_captions``). The
patterns are in ``kg/data/furniture.json``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from kg import lexicon
from kg.model import Article, Paragraph
from kg.speakerlines import labels_as_body

READ_KINDS = ("body", "caption", "aside")
TERMINAL = tuple('.!?:;"”’\')…')
HEADING_MAX = 150
LONG_HEADING = 300  # the longest headline in title case without final punctuation
HEADLINE_SHARE = 0.92  # the share of capitalised words that makes a line a title-case headline
SENTENCE_WORDS = 7  # the fewest words of a caption printed without its final stop
SENTENCE_LOWER = 3  # the fewest words in lower case (not articles, conjunctions, prepositions) in it
HEADLINE_LETTERS = 3  # the shortest word counted: "has", "won", "was" are capitalised in headlines only
WORD = re.compile(r"[^\W\d_][\w'’-]*")
HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]-)(\s*\n\s*)(\S+)")  # a line break after a word's hyphen, the next word
WRAP_WIDTHS = (30, 200)  # the columns a hard-wrapped text may be wrapped at
WRAPPED_SHARE = 1 / 3  # the share of lines wrapped at one column that makes a text hard-wrapped
FILLED_SHARE = 0.75  # a line this share of the wrap width or wider, without a sentence's end, runs on


@cache
def patterns() -> dict[str, tuple[re.Pattern, ...]]:
    """The line patterns of ``kg/data/furniture.json``, compiled."""
    return {k: tuple(re.compile(p, re.I) for p in v) for k, v in lexicon.data("furniture").items()}


def split(text: str, running: frozenset[str] | set[str] = frozenset()) -> tuple[Paragraph, ...]:
    """Paragraphs with their kinds; repeated lines and furniture marked. A paragraph is one line,
    or the lines of a hard-wrapped paragraph (see ``paragraph_lines``).

    ``running`` holds lines that are furniture wherever they are, the first time too (the
    running headers and footers of a PDF)."""
    running = {_norm(line) for line in running}
    seen: set[str] = set()
    out: list[Paragraph] = []
    for lines in paragraph_lines(text, running):
        joined = _joined(text, lines)
        norm = _norm(joined)
        kind = "furniture" if norm in seen or norm in running else classify(joined)
        seen.add(norm)
        if kind == "heading" and not any(p.kind in ("title", "body") for p in out):
            kind = "title"
        start, first = lines[0].start, text[lines[0].start:lines[0].end]
        lead = caption_prefix(first) if kind != "furniture" else 0
        if lead:
            out.append(Paragraph(start, start + len(first[:lead].rstrip()), "furniture"))
            kind = "caption"
        last = lines[-1]
        credit = last.start + caption_credit(text[last.start:last.end]) if kind == "caption" else last.end
        out.append(Paragraph(start + lead, credit, kind))
        if credit < last.end:
            out.append(Paragraph(credit + len(text[credit:last.end]) - len(text[credit:last.end].lstrip()), last.end,
                                 "furniture"))
    return labels_as_body(text, _captions(text, out))


def _captions(text: str, paras: list[Paragraph]) -> tuple[Paragraph, ...]:
    """Headings that are captions printed without their final stop (``unpunctuated_sentence``):
    alone, with no such heading right before or after them (rows of a table come in runs); but the
    last line of a text cut off in mid-sentence, after body text, is body text."""
    like = [p.kind == "heading" and unpunctuated_sentence(" ".join(text[p.start:p.end].split())) for p in paras]
    cut = len(paras) - 1 if len(paras) > 1 and like[-1] and paras[-2].kind == "body" else None
    return tuple(replace(p, kind="body" if i == cut else "caption") if like[i] and not (i > 0 and like[i - 1])
                 and not (i + 1 < len(like) and like[i + 1]) else p for i, p in enumerate(paras))


def unpunctuated_sentence(line: str) -> bool:
    """A line under the title written as a sentence but without its final stop (a photo's
    caption as many pages print it: 'Jane Doe greets her counterpart John Roe at the ministry'):
    ``SENTENCE_WORDS`` words or more, of which ``SENTENCE_LOWER`` or more in lower case that
    title case would capitalise (names make most words of a caption capitalised).

    >>> unpunctuated_sentence("Jane Doe speaks with her counterpart John Roe in Oslo")
    True
    >>> unpunctuated_sentence("Harbour Board Chair Jane Doe Speaks With Her Counterpart in Oslo")
    False
    """
    small = patterns()["small"]
    words = WORD.findall(line)
    lower = [w for w in words if w[0].islower() and not any(p.search(w) for p in small)]
    return len(words) >= SENTENCE_WORDS and len(lower) >= SENTENCE_LOWER


def caption_prefix(line: str) -> int:
    """The length of a caption's lead that is not its text ("FILE - ", "2 of 5 | "), else 0."""
    match = next((m for p in patterns()["caption_prefix"] if (m := p.match(line))), None)
    return match.end() if match and match.end() < len(line) else 0


def caption_credit(line: str) -> int:
    """Where the credit that ends a caption starts ("... in Oslo. (Jane Doe/Harbour Agency)",
    "... in Oslo. — Picture via Harbour Agency"), else the line's length: the photographer and
    the agency are no actors of the story."""
    found = [m.start() for p in patterns()["caption_credit"] if (m := p.search(line)) and m.start() > 0]
    return min(found, default=len(line))


def _joined(text: str, lines: list[Line]) -> str:
    """The words of a paragraph's lines joined by spaces."""
    return " ".join(text[line.start:line.end] for line in lines)


def _norm(line: str) -> str:
    return " ".join(line.lower().split())


class Line(NamedTuple):
    """A stripped non-blank line: its offsets in the text, and its width counted from the line start."""

    start: int
    end: int
    width: int


def text_lines(text: str) -> list[Line | None]:
    """Every line of a text, stripped, ``None`` for a blank one."""
    out: list[Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(pos + lead, pos + lead + len(stripped), lead + len(stripped)) if stripped else None)
        pos += len(raw) + 1
    return out


def paragraph_lines(text: str, running: set[str] = frozenset()) -> list[list[Line]]:
    """The lines of each paragraph: a line is joined to the one above it when a hard-wrapped
    paragraph runs on (see ``joins``): the line above was wrapped at the text's width, or is
    nearly as wide and ends no sentence (wire copy wrapped a few columns either side); a blank
    line always ends a paragraph."""
    found = text_lines(text)
    words = [len(text[line.start:line.end].split()[0]) if line else 0 for line in found]
    width = wrap_width([(a.width, words[i + 1]) for i, (a, b) in enumerate(zip(found, found[1:]))
                        if a and b and not _opens(text[b.start:b.end])])
    ends = _sentence_ends(text, found)
    out: list[list[Line]] = []
    for i, (prev, line) in enumerate(zip([None] + found, found)):
        if line is None:
            continue
        filled = prev is not None and bool(width) and (prev.width <= width < prev.width + 1 + words[i]
                                  or prev.width >= FILLED_SHARE * width and not text[prev.start:prev.end].endswith(TERMINAL))
        if prev and joins(text[prev.start:prev.end], text[line.start:line.end], wrapped=filled,
                          ends=ends[i] or _item(text[out[-1][0].start:out[-1][0].end]), running=running):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _sentence_ends(text: str, found: list[Line | None]) -> list[bool]:
    """For each line, whether it or a later line before the next blank one ends a sentence."""
    out, ends = [], False
    for line in reversed(found):
        ends = line is not None and (ends or text[line.start:line.end].endswith(TERMINAL))
        out.append(ends)
    return out[::-1]


def wrap_width(pairs: list[tuple[int, int]], *, widths: tuple[int, int] = WRAP_WIDTHS,
               share: float = WRAPPED_SHARE) -> int:
    """The column a text is hard-wrapped at, or 0 when it is not.

    ``pairs`` holds, for each line followed by another, its width and the length of the next
    line's first word. A line is wrapped at W when it fits (width <= W) and the next word would
    not have (width + 1 + word > W). W is the width most lines are wrapped at, if those are at
    least ``share`` of the lines and three or more."""
    low, high = widths
    counts = [0] * (high + 2)
    for n, word in pairs:
        if low <= n <= high:
            counts[n] += 1
            counts[min(n + 1 + word, high + 1)] -= 1
    best, best_count, running = 0, 0, 0
    for w in range(high + 1):
        running += counts[w]
        if running > best_count:
            best, best_count = w, running
    return best if best_count >= max(3, share * len(pairs)) else 0


def joins(above: str, line: str, *, wrapped: bool, ends: bool = True, running: set[str] = frozenset()) -> bool:
    """Whether ``line`` continues the paragraph of the line above it (both stripped).

    Never a line that opens a list item, a transcript turn or a heading in capitals, nor a line
    of a table or a running header. Otherwise a line runs on when the line above was ``wrapped``
    (filled to the text's wrap width), or when the line above lacks sentence-final punctuation,
    the line starts in lower case and the sentence ``ends`` on it or a later line (the rows of
    a table do not; the lines of a list item need not)."""
    if _opens(line) or _opens_heading(above) or _table(above) or _table(line):
        return False
    if _norm(above) in running or _norm(line) in running:
        return False
    return wrapped or (ends and not above.endswith(TERMINAL) and line[0].islower())


def _opens(line: str) -> bool:
    """A line that starts a unit of its own: a list item, a speaker's turn, a heading in capitals."""
    return _item(line) or speaker(line) or _opens_heading(line)


def _item(line: str) -> bool:
    return any(p.search(line) for p in patterns()["item"])


def speaker(line: str) -> bool:
    """Whether a line opens a transcript turn with a speaker label ("SECRETARY AUSTIN:", "Q:")."""
    return any(p.search(line) for p in patterns()["speaker"])


def _opens_heading(line: str) -> bool:
    return _capitals(line) and not speaker(line)


def _table(line: str) -> bool:
    return "\t" in line or "   " in line or line.count("|") >= 2 or "{" in line or "}" in line


def classify(line: str) -> str:
    """The kind of one stripped line of text (or of a paragraph's lines joined by spaces)."""
    pats = patterns()
    if any(p.search(line) for p in pats["drop"]):
        return "furniture"
    if any(p.search(line) for p in pats["aside"]):
        return "aside"
    if any(p.search(line) for p in pats["caption"]):
        return "caption"
    if len(line) <= HEADING_MAX and not speaker(line):
        if not line.endswith(TERMINAL) or _capitals(line) or headline(line, share=1.0):
            return "heading"
    if len(line) <= LONG_HEADING and not line.endswith(TERMINAL) and headline(line, share=1.0) and not speaker(line):
        return "heading"  # a release's long headline, every word capitalised
    return "body"


def _capitals(line: str) -> bool:
    """A line in capitals: two letters or more and none in lower case."""
    return sum(c.isalpha() for c in line) >= 2 and not any(c.islower() for c in line)


def headline(line: str, *, share: float = HEADLINE_SHARE, letters: int = HEADLINE_LETTERS) -> bool:
    """Whether a line is in title case: of its words of ``letters`` letters or more (words that
    headlines leave in lower case aside), three or more and at least ``share`` capitalised.

    >>> headline("Harbour Board Says the Ferry Will Run Again."), headline("Jane Doe met John Roe in Oslo.")
    (True, False)
    """
    small = patterns()["small"]
    words = [w for w in WORD.findall(line) if len(w) >= letters and not any(p.search(w) for p in small)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words)


def readable(article: Article, kinds: tuple[str, ...] = READ_KINDS) -> str:
    """The article text with everything but the paragraphs of ``kinds`` blanked (offsets
    unchanged); the line breaks inside a paragraph read as spaces, so its sentences run on
    across them."""
    text, out, pos = article.text, [], 0
    for p in article.paragraphs:
        if p.kind in kinds:
            out += [_blank(text[pos:p.start]), _run_on(text[p.start:p.end])]
            pos = p.end
    out.append(_blank(text[pos:]))
    return "".join(out)


def _run_on(text: str) -> str:
    """A paragraph's lines as one line, same length: a line break reads as a space, and a word
    broken after its hyphen reads whole ("Tae-\\nyong" reads "Tae-yong ")."""
    text = HYPHEN_BREAK.sub(lambda m: m[2] + " " * len(m[1]), text)
    return text.replace("\n", " ")


def _blank(text: str) -> str:
    """Spaces in place of every character but line breaks."""
    return re.sub(r"[^\n]", " ", text)
