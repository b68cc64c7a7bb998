"""Read a file into an ``Article``: decode, split into paragraphs, tell text from page furniture.

Plain text is read as UTF-8; HTML (by name or content) goes through trafilatura without
comments; PDF (by name or content) through pdfminer.six's layout analysis (``kg.pdf``), one line
per text box. Offsets everywhere refer to ``Article.text`` (the decoded text, or the text
extracted from the HTML or PDF, with ``\\r\\n`` folded to ``\\n``).
A paragraph is a line, or the lines of a hard-wrapped paragraph (``paragraph_lines``: lines
filled to the text's wrap width, or a sentence running on in lower case; never list items,
speaker labels, headings in capitals or table rows). Paragraphs carry a kind: ``body`` is read
for everything, ``caption`` and ``aside`` only for actors and affiliations, ``title`` only for
the person it introduces, parsed on its own (``kg.parsing``, ``kg.extract.title``),
``heading``/``furniture`` not at all (see ``readable``). A heading is a short line
without sentence-final punctuation, in capitals, or in title case (``headline``).
"""
from __future__ import annotations

import codecs
import hashlib
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import NamedTuple

from kg import lexicon
from kg.errors import ArticleError, ArticleSkipped
from kg.model import Article, Paragraph

SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".pdf")  # the file formats read as articles
READ_KINDS = ("body", "caption", "aside")
TERMINAL = tuple('.!?:;"”’\')…')
HEADING_MAX = 150
HEADLINE_SHARE = 0.92  # the share of capitalised words that makes a line a title-case headline
HEADLINE_LETTERS = 3  # the shortest word counted: "has", "won", "was" are capitalised in headlines only
WORD = re.compile(r"[^\W\d_][\w'’-]*")
HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]-)(\s*\n\s*)(\S+)")  # a line break after a word's hyphen, the next word
WRAP_WIDTHS = (30, 200)  # the columns a hard-wrapped text may be wrapped at
WRAPPED_SHARE = 1 / 3  # the share of lines wrapped at one column that makes a text hard-wrapped
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y")


@cache
def _patterns() -> dict[str, tuple[re.Pattern, ...]]:
    return {k: tuple(re.compile(p, re.I) for p in v) for k, v in lexicon.data("furniture").items()}


def read(path: str | Path) -> Article:
    """Read one article file. Raises ``ArticleError`` naming the file and the reason."""
    return parse(content(path), str(path))


def content(path: str | Path) -> bytes:
    """The bytes of a file. Raises ``ArticleError`` naming the file and the reason."""
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{path}: no such file")
    if not p.is_file():
        raise ArticleError(f"{path}: not a regular file")
    try:
        return p.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None


def parse(data: bytes, path: str) -> Article:
    """Decode bytes (plain text, HTML through trafilatura, PDF through pdfminer.six) and split
    them into an ``Article``.

    Raises ``ArticleError`` for what cannot be read, ``ArticleSkipped`` for text that is not
    English."""
    title = date = None
    running: frozenset[str] = frozenset()
    source = "text"
    if is_pdf(data, path):
        text, title, date, running = _from_pdf(data, path)
        source = "pdf"
    else:
        text = decode(data, path)
        if is_html(text, path):
            text, title, date = _from_html(text, path)
            source = "html"
    text = clean(text)
    english(text, path)
    paragraphs = split(text, running)
    title = title or next((" ".join(text[p.start:p.end].split()) for p in paragraphs if p.kind == "title"), None)
    return Article(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), title=title,
                   date=date or _date(text, paragraphs), paragraphs=paragraphs, source=source)


BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, path: str) -> str:
    """UTF-8, or UTF-16/32 with a byte-order mark; anything else is refused, not guessed."""
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:65536]:
        raise ArticleError(f"{path}: binary file (contains NUL bytes)")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{path}: not {encoding or 'UTF-8'} text (invalid byte at offset {e.start})") from None
    if not text.strip():
        raise ArticleError(f"{path}: empty file (only white space)")
    if _control_ratio(text) > 0.05:
        raise ArticleError(f"{path}: binary file (too many control characters)")
    return text


def clean(text: str) -> str:
    """Fold line ends to \\n and turn other control characters into spaces (offsets kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL.sub(" ", text)


def english(text: str, path: str) -> None:
    """Raise ``ArticleSkipped`` when a long enough text has too few English function words."""
    lang = lexicon.data("language")
    sample = text[:200_000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 100 and sum(c.isascii() for c in letters) / len(letters) < 0.5:
        raise ArticleSkipped(f"{path}: not English text (mostly non-Latin script)")
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < lang["min_words"]:
        return
    common = set(lang["function_words"])
    ratio = sum(w in common for w in words) / len(words)
    if ratio < lang["min_ratio"]:
        raise ArticleSkipped(f"{path}: not English text ({ratio:.0%} common English words)")


def is_html(text: str, path: str) -> bool:
    """HTML by file name, or by a doctype or <html> tag at the start."""
    head = text[:1024].lstrip().lower()
    return path.lower().endswith((".html", ".htm")) or head.startswith(("<!doctype html", "<html"))


def _from_html(data: str, path: str) -> tuple[str, str | None, str | None]:
    """The main text of an HTML page (no comments, scripts, navigation), its title and date."""
    import trafilatura  # imported here: only HTML input needs it

    text = trafilatura.extract(data, include_comments=False, include_tables=False, output_format="txt")
    if not text or not text.strip():
        raise ArticleError(f"{path}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(data)
    title = meta.title if meta and meta.title else None
    date = meta.date if meta and meta.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.date) else None
    return text, title, date


def is_pdf(data: bytes, path: str) -> bool:
    """PDF by file name, or by the ``%PDF-`` header at the start (after white space)."""
    return path.lower().endswith(".pdf") or data[:1024].lstrip().startswith(b"%PDF-")


def _from_pdf(data: bytes, path: str) -> tuple[str, str | None, str | None, frozenset[str]]:
    """The text of a PDF, its metadata title unless an authoring tool's placeholder, its date
    and its running headers and footers."""
    from kg import pdf  # imported here: only PDF input needs pdfminer

    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    doc = pdf.extract(data, path)
    title = doc.title if doc.title and not any(p.search(doc.title) for p in _patterns()["untitled"]) else None
    return doc.text, title, doc.date, doc.running


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return bad / max(len(sample), 1)


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
        out.append(Paragraph(start + lead, lines[-1].end, kind))
    return tuple(out)


def caption_prefix(line: str) -> int:
    """The length of a caption's lead that is not its text ("FILE - ", "2 of 5 | "), else 0."""
    match = next((m for p in _patterns()["caption_prefix"] if (m := p.match(line))), None)
    return match.end() if match and match.end() < len(line) else 0


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
    paragraph runs on (see ``joins``); a blank line always ends a paragraph."""
    found = text_lines(text)
    words = [len(text[line.start:line.end].split()[0]) if line else 0 for line in found]
    width = wrap_width([(a.width, words[i + 1]) for i, (a, b) in enumerate(zip(found, found[1:]))
                        if a and b and not _opens(text[b.start:b.end])])
    ends = _sentence_ends(text, found)
    out: list[list[Line]] = []
    for i, (prev, line) in enumerate(zip([None] + found, found)):
        if line is None:
            continue
        if prev and joins(text[prev.start:prev.end], text[line.start:line.end],
                          wrapped=bool(width) and prev.width <= width < prev.width + 1 + words[i],
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
    return any(p.search(line) for p in _patterns()["item"])


def speaker(line: str) -> bool:
    """Whether a line opens a transcript turn with a speaker label ("SECRETARY AUSTIN:", "Q:")."""
    return any(p.search(line) for p in _patterns()["speaker"])


def _opens_heading(line: str) -> bool:
    return _capitals(line) and not speaker(line)


def _table(line: str) -> bool:
    return "\t" in line or "   " in line or line.count("|") >= 2 or "{" in line or "}" in line


def classify(line: str) -> str:
    """The kind of one stripped line of text (or of a paragraph's lines joined by spaces)."""
    pats = _patterns()
    if any(p.search(line) for p in pats["drop"]):
        return "furniture"
    if any(p.search(line) for p in pats["aside"]):
        return "aside"
    if any(p.search(line) for p in pats["caption"]):
        return "caption"
    if len(line) <= HEADING_MAX and not speaker(line):
        if not line.endswith(TERMINAL) or _capitals(line) or headline(line, share=1.0):
            return "heading"
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
    small = _patterns()["small"]
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


def _date(text: str, paragraphs: tuple[Paragraph, ...]) -> str | None:
    """A publication date standing alone on one of the first lines, as YYYY-MM-DD."""
    for p in paragraphs[:6]:
        line = re.sub(r"^(published|posted|updated|date)\s*:?\s*", "", text[p.start:p.end], flags=re.I)
        for fmt in DATE_FORMATS:
            try:
                return datetime.strptime(line.strip(), fmt).date().isoformat()
            except ValueError:
                continue
    return None
