"""The text of a PDF through pdfminer.six's layout analysis, one line per paragraph.

Each text box becomes a paragraph (split where the font size changes, so a heading set close above
its text stays a line of its own), its lines joined with spaces and hyphenated words rejoined. Pages
come in order, boxes in pdfminer's reading order. Boxes wholly in the top or bottom margin of two
pages or more with the same words (digits aside) are running headers and footers: furniture.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTFigure, LTTextBoxHorizontal
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from kg.errors import ArticleError

MARGIN = 0.08  # the top and bottom margins, as a share of the page height
SIZE_STEP = 1.15  # a line whose font size differs from the line above by this ratio starts a paragraph
HYPHENS = ("-", "\u2010")
LIGATURES = str.maketrans({c: unicodedata.normalize("NFKC", c) for c in "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"})
CID = re.compile(r"\(cid:\d+\)")  # a glyph pdfminer could not map to a character
METADATA_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
DIGITS = re.compile(r"\d+")

logging.getLogger("pdfminer").addHandler(logging.NullHandler())  # no warnings on stderr of their own


@dataclass(frozen=True)
class Extracted:
    """The text of a PDF, its metadata title and date, and its running headers and footers."""

    text: str
    title: str | None
    date: str | None
    running: frozenset[str]  # paragraphs (as written in ``text``) repeated in the page margins


def text(data: bytes, path: str) -> tuple[str, str | None, str | None]:
    """(text, title, date) of a PDF: one line per paragraph, the /Title of its metadata, and None:
    /CreationDate is when the file was made (say, a web page saved as PDF), not its publication."""
    doc = extract(data, path)
    return doc.text, doc.title, doc.date


def extract(data: bytes, path: str) -> Extracted:
    """Everything ``kg.article`` needs from a PDF. Raises ``ArticleError`` naming ``path``."""
    try:
        title, pages = _read(data)
    except PDFPasswordIncorrect:
        raise ArticleError(f"{path}: encrypted PDF (needs a password)") from None
    except PDFEncryptionError as e:
        raise ArticleError(f"{path}: encrypted PDF that cannot be opened ({_reason(e)})") from None
    except Exception as e:  # pdfminer raises many kinds of exception on a damaged file
        raise ArticleError(f"{path}: not a readable PDF ({_reason(e)})") from None
    if not pages:
        raise ArticleError(f"{path}: not a readable PDF (no pages)")
    if not any(pages):
        raise ArticleError(f"{path}: no text layer; run OCR first")
    text = "".join(f"{line}\n" for page in pages for line, _ in page)
    return Extracted(text, title, None, _running(pages))


def _read(data: bytes) -> tuple[str | None, list[list[tuple[str, bool]]]]:
    """The metadata title and, per page, its paragraphs with whether each sits in a margin. Opening
    the document reads only its xref and trailer; ``all_texts`` lays out text inside forms too."""
    title = _title(PDFDocument(PDFParser(io.BytesIO(data))))
    return title, [_page(layout) for layout in extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True))]


def _page(layout) -> list[tuple[str, bool]]:
    """The paragraphs of one laid-out page in reading order, each with whether it is in a margin."""
    top, bottom = layout.y1 - MARGIN * layout.height, layout.y0 + MARGIN * layout.height
    return [(paragraph, box.y0 >= top or box.y1 <= bottom)
            for box in _boxes(layout) for paragraph in _paragraphs(box)]


def _boxes(container):
    """The horizontal text boxes of a page, those inside figures (PDF forms) included."""
    for item in container:
        if isinstance(item, LTTextBoxHorizontal):
            yield item
        elif isinstance(item, LTFigure):
            yield from _boxes(item)


def _paragraphs(box) -> list[str]:
    """The lines of one text box as paragraphs: a new one wherever the font size changes."""
    out: list[list[str]] = []
    size = None
    for line in box:
        words = " ".join(CID.sub("", line.get_text()).translate(LIGATURES).split())
        if not words:
            continue
        sizes = [c.size for c in line if isinstance(c, LTChar)]
        new = statistics.median(sizes) if sizes else size
        if not out or (size and new and max(size, new) / min(size, new) >= SIZE_STEP):
            out.append([])
        out[-1].append(words)
        size = new
    return [_join(lines) for lines in out]


def _join(lines: list[str]) -> str:
    """Lines joined with spaces. A hyphen after a letter at a line end joins the next line:
    dropped before lower case ("secu-" + "rity"), kept otherwise ("Indo-" + "Pacific")."""
    out = lines[0]
    for line in lines[1:]:
        hyphen = out.endswith(HYPHENS) and out[-2:-1].isalnum()
        if out.endswith("\u00ad") or (hyphen and line[0].islower()):
            out = out[:-1] + line
        else:
            out += line if hyphen else f" {line}"
    return out.replace("\u00ad", "")


def _running(pages: list[list[tuple[str, bool]]]) -> frozenset[str]:
    """Margin paragraphs whose words (digits aside) recur in the margins of two pages or more."""
    key = lambda line: DIGITS.sub("#", line.lower())  # noqa: E731
    found: dict[str, set[int]] = {}
    for n, page in enumerate(pages):
        for line in (line for line, margin in page if margin):
            found.setdefault(key(line), set()).add(n)
    return frozenset(line for page in pages for line, margin in page if margin and len(found[key(line)]) >= 2)


def _title(doc) -> str | None:
    """The /Title of the document information, unless missing or blank."""
    for info in doc.info:
        value = resolve1(info.get("Title"))
        if isinstance(value, bytes):
            value = decode_text(value)
        if isinstance(value, str) and value.strip():
            return " ".join(METADATA_CONTROL.sub(" ", value).split()) or None
    return None


def _reason(e: Exception) -> str:
    """A one-line reason for an exception: its message (cut to 120 characters), else its type."""
    message = " ".join(str(e).split())
    return message[:119] + "…" * (len(message) > 119) or type(e).__name__
