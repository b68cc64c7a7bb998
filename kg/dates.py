"""An article's date as an ISO date (``YYYY-MM-DD``): from a page's metadata or from its text.

In the text, the date is looked for only where newsrooms put it, among the first lines: a line
that is a date ("January 18, 2024", "Nov. 6, 2017", "18 January 2024", "2024-01-18"), maybe
after a word such as "Published:" and a weekday, maybe followed by a time ("04:44 AM"); one
part of a by-line ("By Jane Doe | January 18, 2024"); or a dateline opening a paragraph
("OSLO, Jan. 18, 2024 — ..."). A date inside a sentence ("talks began on 12 April 2024") is an
event, not the article's date, and is never taken. The words are in ``kg/data/dates.json``.
"""
from __future__ import annotations

import re
from datetime import date as Date
from functools import cache

from kg import lexicon
from kg.model import Paragraph

LINES = 10  # how many of the first paragraphs may hold the date
PLACE = r"[A-Z][A-Za-z.'’ -]{1,40}?(?:\s*\([^)]{1,40}\))?"  # a dateline's place: "OSLO", "OSLO (Wire)"
TIME = r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\d{1,2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)"


@cache
def _words() -> dict:
    return lexicon.data("dates")


@cache
def _date_pattern() -> str:
    months = "|".join(sorted(map(re.escape, _words()["months"]), key=lambda m: (-len(m), m)))
    month = rf"(?P<m>{months})\.?"
    return (rf"(?:{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
            rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{months})\.?,?\s+(?P<y2>\d{{4}})"
            rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))")


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    w = _words()
    lead = "|".join(sorted(map(re.escape, w["prefixes"] + w["weekdays"]), key=lambda p: (-len(p), p)))
    alone = re.compile(rf"^(?:(?:{lead})\b[\s:,.]*)*(?P<date>{_date_pattern()})(?:[\s,]+{TIME})?[\s.]*$", re.I)
    dateline = re.compile(rf"^{PLACE},\s+(?:(?:{lead})\b[\s:,.]*)*(?P<date>{_date_pattern()})\s*(?:[-–—:]|\(|$)",
                          re.I)
    return alone, dateline


def iso(text: str) -> str | None:
    """The ISO form of one date written out, or None when it is not a real date.

    >>> iso("Nov. 6, 2017"), iso("18 January 2024"), iso("2024-02-30")
    ('2017-11-06', '2024-01-18', None)
    """
    m = re.fullmatch(_date_pattern(), text.strip(), re.I)
    return _from(m) if m else None


def dated(line: str) -> bool:
    """Whether a line carries a real date anywhere ('date 2024-01-18 Asia', 'Updated Jan. 18, 2024').

    >>> dated("date 2024-01-18 South Asia"), dated("Harbour Talks Resume")
    (True, False)
    """
    return any(_from(m) for m in re.finditer(_date_pattern(), line, re.I))


def _from(m: re.Match) -> str | None:
    g = m.groupdict()
    months = _words()["months"]
    if g["y3"]:
        y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
    else:
        y, mo, d = int(g["y"] or g["y2"]), months[(g["m"] or g["m2"]).lower()], int(g["d"] or g["d2"])
    try:
        return Date(y, mo, d).isoformat()
    except ValueError:
        return None


def in_text(text: str, paragraphs: tuple[Paragraph, ...], *, lines: int = LINES) -> str | None:
    """The article's date from its first ``lines`` paragraphs (see the module's description).

    >>> in_text("Harbour Watch\\nOSLO, Jan. 18, 2024 — Talks began.", (Paragraph(0, 13, "title"), Paragraph(14, 47, "body")))
    '2024-01-18'
    """
    alone, dateline = _patterns()
    seps = _words()["separators"]
    for p in paragraphs[:lines]:
        if p.kind == "caption":
            continue
        line = " ".join(text[p.start:p.end].split())
        short = len(line) <= 120 and not line.endswith((".", "!", "?", '"', "”"))  # a by-line, not a sentence
        parts = [line] + (re.split("|".join(map(re.escape, seps)), line) if short else [])
        for part in parts:
            m = alone.match(part.strip())
            if m and (found := _from(re.fullmatch(_date_pattern(), m["date"], re.I))):
                return found
        m = dateline.match(line)
        if m and (found := _from(re.fullmatch(_date_pattern(), m["date"], re.I))):
            return found
    return None


def from_metadata(value: str | None) -> str | None:
    """A page's metadata date ("2024-01-18", "2024-01-18T08:00:00Z") as an ISO date, else None."""
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})(?:$|[T ])", value or "")
    return iso(m[1]) if m else None
