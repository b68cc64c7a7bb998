"""kg.dates: an article's date from its page's metadata or from where newsrooms print it."""
from __future__ import annotations

import pytest

from kg import article, dates


def date_of(text: str) -> str | None:
    return dates.in_text(text, article.split(text))


@pytest.mark.parametrize("head, date", [
    ("January 18, 2024", "2024-01-18"),
    ("Nov. 6, 2017", "2017-11-06"),
    ("Sept. 30, 2019", "2019-09-30"),
    ("18 January 2024", "2024-01-18"),
    ("2024-01-18", "2024-01-18"),
    ("January 18, 2024    ", "2024-01-18"),
    ("September 27, 2020 04:44 AM", "2020-09-27"),
    ("Published: Thursday, March 7, 2024 at 10:30 a.m. EST", "2024-03-07"),
    ("By Jane Doe | January 18, 2024", "2024-01-18"),
    ("Jane Doe • Nov 6, 2017 • 4 min read", "2017-11-06"),
    ("date 2020-09-27 South & Central Asia", None),  # a date word, then more words: not a date line
    ("Updated on: 2nd March 2023", "2023-03-02"),
])
def test_date_lines(head, date):
    assert date_of(f"Harbour Watch\n{head}\nThe ferry left two hours late on Monday.\n") == date


@pytest.mark.parametrize("line, date", [
    ("OSLO, Jan. 18, 2024 — The ferry left two hours late.", "2024-01-18"),
    ("NORTH HARBOUR (Wire), November 6, 2017 - The ferry left two hours late.", "2017-11-06"),
    ("Oslo, 18 January 2024: The ferry left two hours late.", "2024-01-18"),
])
def test_datelines(line, date):
    assert date_of(f"Harbour Watch\n\n{line}\n") == date


@pytest.mark.parametrize("text", [
    "Harbour Watch\nThe ferry left on January 18, 2024, two hours late.\n",  # an event in a sentence
    "Harbour Watch\nTalks — January 18, 2024 — ended without a deal.\n",
    "Harbour Watch\nFebruary 30, 2024\nThe ferry left.\n",  # no such day
    "Harbour Watch\nFILE - A ferry in Oslo harbour, January 18, 2024.\nThe ferry left.\n",  # a caption
    "\n".join(["Harbour Watch"] + [f"Line {i} of the story goes on." for i in range(12)] + ["January 18, 2024"]),
])
def test_no_date_from_sentences_captions_or_late_lines(text):
    assert date_of(text) is None


def test_iso_and_metadata():
    assert dates.iso("Dec. 7, 2026") == "2026-12-07" and dates.iso("7 Dec 2026") == "2026-12-07"
    assert dates.iso("13th of never") is None
    assert dates.from_metadata("2025-02-03T08:00:00Z") == "2025-02-03"
    assert dates.from_metadata("2025-02-03") == "2025-02-03"
    assert dates.from_metadata("2025-13-03") is None and dates.from_metadata(None) is None
    assert dates.from_metadata("03/02/2025") is None


def test_parsed_article_gets_the_dateline_date():
    art = article.parse(b"Harbour Watch\n\nOSLO, Nov. 6, 2017 \xe2\x80\x94 The ferry left two hours late.\n", "t.txt")
    assert art.date == "2017-11-06"
