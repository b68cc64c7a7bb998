"""Read a file into an ``Article``: decode, split into paragraphs, tell text from page furniture.

Plain text is read as UTF-8; HTML (by name or content) goes through trafilatura without
comments. Offsets everywhere refer to ``Article.text`` (the decoded text, or the text
extracted from the HTML, with ``\\r\\n`` folded to ``\\n``).
Paragraphs carry a kind: ``body`` is read for everything, ``caption`` and ``aside`` only for
actors and affiliations, ``title``/``heading``/``furniture`` not at all (see ``readable``).
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import ArticleError
from kg.model import Article, Paragraph

READ_KINDS = ("body", "caption", "aside")
TERMINAL = tuple('.!?:;"”’)…')
HEADING_MAX = 150
DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y")


@cache
def _patterns() -> dict[str, tuple[re.Pattern, ...]]:
    data = json.loads(resources.files("kg.data").joinpath("furniture.json").read_text("utf-8"))
    return {k: tuple(re.compile(p, re.I) for p in v) for k, v in data.items() if not k.startswith("_")}


def read(path: str | Path) -> Article:
    """Read one article file. Raises ``ArticleError`` naming the file and the reason."""
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{path}: no such file")
    if not p.is_file():
        raise ArticleError(f"{path}: not a regular file")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    return parse(data, str(path))


def parse(data: bytes, path: str) -> Article:
    """Decode bytes (plain text, or HTML through trafilatura) and split them into an ``Article``."""
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    if b"\x00" in data[:65536]:
        raise ArticleError(f"{path}: binary file (contains NUL bytes)")
    title = date = None
    if is_html(data, path):
        text, title, date = _from_html(data, path)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ArticleError(f"{path}: not UTF-8 text (invalid byte at offset {e.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.05:
        raise ArticleError(f"{path}: binary file (too many control characters)")
    paragraphs = split(text)
    title = title or next((text[p.start:p.end].strip() for p in paragraphs if p.kind == "title"), None)
    return Article(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), title=title,
                   date=date or _date(text, paragraphs), paragraphs=paragraphs)


def is_html(data: bytes, path: str) -> bool:
    """HTML by file name, or by a doctype or <html> tag at the start."""
    head = data[:1024].lstrip().lower()
    return path.lower().endswith((".html", ".htm")) or head.startswith((b"<!doctype html", b"<html"))


def _from_html(data: bytes, path: str) -> tuple[str, str | None, str | None]:
    """The main text of an HTML page (no comments, scripts, navigation), its title and date."""
    import trafilatura  # imported here: only HTML input needs it

    text = trafilatura.extract(data, include_comments=False, include_tables=False, output_format="txt")
    if not text or not text.strip():
        raise ArticleError(f"{path}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(data)
    title = meta.title if meta and meta.title else None
    date = meta.date if meta and meta.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.date) else None
    return text, title, date


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\f\v")
    return bad / max(len(sample), 1)


def split(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs (one per line) with their kinds; repeated lines and furniture marked."""
    seen: set[str] = set()
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start, end = start + lead, start + lead + len(stripped)
        norm = " ".join(stripped.lower().split())
        kind = "furniture" if norm in seen else classify(stripped)
        seen.add(norm)
        if kind == "heading" and not any(p.kind in ("title", "body") for p in out):
            kind = "title"
        out.append(Paragraph(start, end, kind))
    return tuple(out)


def classify(line: str) -> str:
    """The kind of one stripped line of text."""
    pats = _patterns()
    if any(p.search(line) for p in pats["drop"]):
        return "furniture"
    if any(p.search(line) for p in pats["aside"]):
        return "aside"
    if any(p.search(line) for p in pats["caption"]):
        return "caption"
    if len(line) <= HEADING_MAX and not line.endswith(TERMINAL):
        return "heading"
    return "body"


def readable(article: Article) -> str:
    """The article text with everything but readable paragraphs blanked (offsets unchanged)."""
    chars = [c if c == "\n" else " " for c in article.text]
    for p in article.paragraphs:
        if p.kind in READ_KINDS:
            chars[p.start:p.end] = article.text[p.start:p.end]
    return "".join(chars)


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
