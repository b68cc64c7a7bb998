"""Read a file into an ``Article``: decode, split into paragraphs, tell text from page furniture.

Plain text is read as UTF-8; HTML (by name or content) goes through trafilatura without
comments; PDF (by name or content) through pdfminer.six's layout analysis (``kg.pdf``), one line
per text box. Offsets everywhere refer to ``Article.text`` (the decoded text, or the text
extracted from the HTML or PDF, with ``\\r\\n`` folded to ``\\n``). Paragraphs and their kinds are
``kg.paragraphs``' work (its public names are also reachable from here); the date comes from
the page's metadata, else from the text (``kg.dates``), as ``YYYY-MM-DD``.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from kg import dates, lexicon
from kg.errors import ArticleError, ArticleSkipped
from kg.model import Article, Paragraph
from kg.paragraphs import (READ_KINDS, TERMINAL, caption_prefix, classify, headline, joins,  # noqa: F401
                           paragraph_lines, patterns, readable, speaker, split, text_lines, wrap_width)

SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".pdf")  # the file formats read as articles
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    title = title or _title(text, paragraphs)
    return Article(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), title=title,
                   date=date or dates.in_text(text, paragraphs), paragraphs=paragraphs, source=source)


BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))



def _title(text: str, paragraphs: tuple[Paragraph, ...]) -> str | None:
    """The title line; where it only dates the article ("date 2024-01-18 Asia"), the heading
    after it, before the body begins."""
    lines = []
    for p in paragraphs:
        if p.kind == "body":
            break
        if p.kind in ("title", "heading") and (lines or p.kind == "title"):
            lines.append(" ".join(text[p.start:p.end].split()))
    undated = [line for line in lines if not dates.dated(line)]
    return (undated or lines or [None])[0]


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
    date = dates.from_metadata(meta.date if meta else None)
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
    title = doc.title if doc.title and not any(p.search(doc.title) for p in patterns()["untitled"]) else None
    return doc.text, title, doc.date, doc.running


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return bad / max(len(sample), 1)
