"""kg.article: reading files, paragraph kinds, readable text with unchanged offsets."""
from __future__ import annotations

import hashlib

import pytest

from kg import article, dates
from kg.errors import ArticleError, ArticleSkipped
from kg.model import Paragraph

TEXT = (
    "Harbour Watch\n"
    "Published: 2024-04-12\n"
    "The ferry to the islands left two hours late on Monday morning.\n"
    "Also Read: Ten facts about lighthouses\n"
    "Harbour Watch\n"
    "Did You Know? Lighthouses were once lit with whale oil.\n"
    "2 of 5 | A ferry leaves the quay. Photo by Ola Nordmann\n"
    "Weather and Tides\n"
    "Crews expect calmer seas by the end of the week.\n"
    "Leave a Reply\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.kind) for p in article.split(text)]


# --- read(): every failure is an ArticleError whose message starts with the path ---

@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\t \r\n  ", "empty file"),
    (b"Some text\x00with a NUL byte in it.\n", "NUL bytes"),
    (b"Caf\xe9 au lait is not UTF-8.\n", "not UTF-8"),
    (b"\x01\x02\x03\x04\x05 ferry \x06\x07\x08", "too many control characters"),
])
def test_read_rejects_bad_content(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as err:
        article.read(path)
    assert str(err.value).startswith(f"{path}: ")
    assert reason in str(err.value)


def test_read_missing_file(tmp_path):
    path = tmp_path / "nowhere.txt"
    with pytest.raises(ArticleError, match="no such file") as err:
        article.read(path)
    assert str(err.value).startswith(f"{path}: ")


def test_read_directory(tmp_path):
    with pytest.raises(ArticleError, match="not a regular file") as err:
        article.read(tmp_path)
    assert str(err.value).startswith(f"{tmp_path}: ")


def test_invalid_utf8_names_the_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"abc\xff")
    with pytest.raises(ArticleError, match=r"invalid byte at offset 3"):
        article.read(path)


def test_read_good_file_keeps_path_and_hashes_raw_bytes(tmp_path):
    path = tmp_path / "ok.txt"
    data = TEXT.encode("utf-8")
    path.write_bytes(data)
    art = article.read(path)
    assert art.path == str(path)
    assert art.text == TEXT
    assert art.sha256 == hashlib.sha256(data).hexdigest()
    assert art.key == art.sha256[:16]


def test_bom_is_stripped():
    art = article.parse("\ufeffHarbour Watch\nThe ferry left late.\n".encode("utf-8"), "bom.txt")
    assert art.text == "Harbour Watch\nThe ferry left late.\n"
    assert art.title == "Harbour Watch"


def test_crlf_and_cr_are_folded():
    art = article.parse(b"Harbour Watch\r\nThe ferry left late.\r\nCrews waited.\rDone.\r\n", "crlf.txt")
    assert art.text == "Harbour Watch\nThe ferry left late.\nCrews waited.\nDone.\n"
    assert "\r" not in art.text


# --- classify() and split() ---

@pytest.mark.parametrize("line, kind", [
    ("Also Read: Ten facts about lighthouses", "furniture"),
    ("Home / World / Europe", "furniture"),
    ("News / Europe / Nordic countries", "furniture"),
    ("Leave a Reply", "furniture"),
    ("By Ola Nordmann", "furniture"),
    ("Did You Know? Lighthouses were once lit with whale oil.", "aside"),
    ("1 of 3 | A ferry leaves the quay. Photo by Ola Nordmann", "caption"),
    ("Harbour Minister Ola Nordmann. (Newswire/Kari Nordmann/File Photo)", "caption"),
    ("Weather and Tides", "heading"),
    ("Harbour Council Condemns Closure of Northern Ferry Route by Ruritanian Authorities, Urging Quick "
     "Reopening to Protect Island Communities and Their Winter Supplies", "heading"),
    ("Harbour Council condemns closure of northern ferry route by Ruritanian authorities, urging quick "
     "reopening to protect island communities and their winter supplies", "body"),
    ("The ferry to the islands left two hours late on Monday morning.", "body"),
    ("Crews asked: will the weather hold?", "body"),
    ("OSLO, May 3. /NEWSWIRE/. The harbour board says the ferries will sail again once the storm has"
     " passed over the coast and the crews have checked every quay, a board spokeswoman told reporters.", "body"),
])
def test_classify(line, kind):
    assert article.classify(line) == kind


@pytest.mark.parametrize("line", [
    "3", "- 3 -", "— 12 —", "Page 3", "PAGE 3 OF 12", "Page 3/12", "p. 3", "3 of 12", "iv", "Page xii",
    "3 | Harbour Watch Quarterly", "Harbour Watch Quarterly | 3", "Page 3 | Harbour Watch Quarterly",
    "Harbour Watch Quarterly — Page 3 of 12",
])
def test_page_numbers_are_furniture(line):
    assert article.classify(line) == "furniture"


@pytest.mark.parametrize("line, kind", [
    ("Page 3 of the agreement lets the ferries sail at night.", "body"),
    ("3 ferries left the quay on Monday.", "body"),
    ("The vote split 12 | 13 along party lines.", "body"),
    ("Section 3 of 12 covers the harbour fees.", "body"),
    ("Civil Works", "heading"),
    ("Chapter 3", "heading"),
])
def test_lines_with_numbers_are_not_page_numbers(line, kind):
    assert article.classify(line) == kind


def test_running_lines_are_furniture_the_first_time_too():
    text = "Harbour Watch Quarterly\nThe ferry left late.\nHarbour  watch quarterly\nCrews waited.\n"
    assert [p.kind for p in article.split(text, frozenset({"Harbour Watch Quarterly"}))] == [
        "furniture", "body", "furniture", "body"]


def test_split_kinds_and_offsets():
    assert _kinds(TEXT) == [
        ("Harbour Watch", "title"),
        ("Published: 2024-04-12", "furniture"),
        ("The ferry to the islands left two hours late on Monday morning.", "body"),
        ("Also Read: Ten facts about lighthouses", "furniture"),
        ("Harbour Watch", "furniture"),  # the title repeated further down
        ("Did You Know? Lighthouses were once lit with whale oil.", "aside"),
        ("2 of 5 |", "furniture"),  # a caption's lead is not its text
        ("A ferry leaves the quay. Photo by Ola Nordmann", "caption"),
        ("Weather and Tides", "heading"),
        ("Crews expect calmer seas by the end of the week.", "body"),
        ("Leave a Reply", "furniture"),
    ]


def test_split_trims_indentation_and_skips_blank_lines():
    text = "Harbour Watch\n\n   The ferry left two hours late.   \n\n"
    assert article.split(text) == (Paragraph(0, 13, "title"), Paragraph(18, 48, "body"))


def test_repeated_line_is_furniture_case_and_space_insensitive():
    text = "Harbour Watch\nThe ferry left late.\nthe  FERRY left late.\n"
    assert [p.kind for p in article.split(text)] == ["title", "body", "furniture"]


def test_a_caption_printed_without_its_stop_is_read_as_a_caption():
    text = ("Harbour Watch\nMayor Ola Nordmann greets his island counterpart Kari Holm on the quay\n"
            "Mayor Ola Nordmann Image: Harbour Desk\nThe ferry left two hours late.\nWeather and Tides\n")
    assert [p.kind for p in article.split(text)] == ["title", "caption", "heading", "body", "heading"]


def test_rows_of_a_table_are_no_captions():
    text = ("Harbour Watch\nPort Main duties Open questions\nNordhavn ferries, pilots and tugs for the outer islands\n"
            "Sorvik cargo cranes and cold storage with its own customs post\n")
    assert [p.kind for p in article.split(text)] == ["title", "heading", "heading", "heading"]


def test_a_first_line_in_sentence_case_stays_the_title():
    text = "Harbour board says the ferries will sail again next week\nThe ferry left late.\n"
    assert [p.kind for p in article.split(text)] == ["title", "body"]


def test_an_editors_note_in_brackets_is_furniture():
    assert article.classify("(ATTN: UPDATES with quotes in paras 3-4)") == "furniture"
    assert article.classify("(Harbour Watch)") != "furniture"


def test_heading_after_body_is_not_title():
    text = "The ferry left two hours late.\nWeather and Tides\n"
    assert [p.kind for p in article.split(text)] == ["body", "heading"]


# --- readable() ---

def test_readable_keeps_offsets():
    art = article.parse(TEXT.encode(), "t.txt")
    out = article.readable(art)
    assert len(out) == len(art.text)
    assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(art.text) if c == "\n"]
    for p in art.paragraphs:
        piece = out[p.start:p.end]
        if p.kind in ("body", "caption", "aside"):
            assert piece == art.text[p.start:p.end]
        else:
            assert piece == " " * (p.end - p.start), p
    assert "Also Read" not in out and "Leave a Reply" not in out and "Harbour Watch" not in out
    assert "Weather and Tides" not in out


# --- dates ---

def test_article_date_and_title():
    art = article.parse(TEXT.encode(), "t.txt")
    assert art.date == "2024-04-12"
    assert art.title == "Harbour Watch"


@pytest.mark.parametrize("line, date", [
    ("Published: 2024-04-12", "2024-04-12"),
    ("Posted April 12, 2024", "2024-04-12"),
    ("12 April 2024", "2024-04-12"),
    ("Updated: Apr. 2, 2024", "2024-04-02"),
])
def test_date_formats(line, date):
    text = f"Harbour Watch\n{line}\nThe ferry left two hours late.\n"
    assert dates.in_text(text, article.split(text)) == date


def test_no_date():
    art = article.parse(b"Harbour Watch\nThe ferry left two hours late on 12 April.\n", "t.txt")
    assert art.date is None


HTML = """<!DOCTYPE html><html><head><title>Harbour talks | Example Daily</title>
<meta property="article:published_time" content="2025-02-03T08:00:00Z">
<script>document.write("tracking")</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> / <a href="/world">World</a></nav>
<article><h1>Harbour talks resume</h1>
<p>Nordic envoy Maria Lindqvist said on Monday that talks on the northern harbour would resume next week.</p>
<p>Also Read: Celebrity chef opens new restaurant</p>
<p>“We expect a long and careful negotiation over the coming months,” she said.</p></article>
<section class="comments"><p>Great piece, totally agree with the author!</p></section>
</body></html>"""


def test_html_goes_through_the_main_text_extractor():
    art = article.parse(HTML.encode("utf-8"), "page.html")
    assert art.title == "Harbour talks resume"
    assert art.date == "2025-02-03"
    assert "Maria Lindqvist said on Monday" in art.text
    assert "tracking" not in art.text and "color: red" not in art.text
    assert "Great piece" not in art.text  # comments are left out
    kinds = {art.text[p.start:p.end]: p.kind for p in art.paragraphs}
    assert kinds["Also Read: Celebrity chef opens new restaurant"] == "furniture"


def test_html_is_recognised_by_content_too():
    assert article.is_html("  <!doctype html><html></html>", "page.txt")
    assert article.is_html("<p>x</p>", "page.HTM")
    assert not article.is_html("Plain words about <b> tags.", "notes.txt")


def test_html_without_article_text_is_an_error():
    with pytest.raises(ArticleError, match=r"^empty\.html: no article text found in the HTML$"):
        article.parse(b"<html><body><script>var x = 1;</script></body></html>", "empty.html")


# --- hard inputs ---

ENGLISH = ("The harbour authority said on Monday that the northern ferry would resume its service "
           "next week, and that the crews had been told to expect a long season of work on the routes.\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_with_a_byte_order_mark_is_read(encoding):
    data = ENGLISH.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert article.parse(data, "bom.txt").text == ENGLISH


def test_control_characters_become_spaces_and_offsets_hold():
    art = article.parse(("Harbour\x07 Watch\n" + ENGLISH).encode(), "ctl.txt")
    assert art.text.startswith("Harbour  Watch\n") and len(art.text) == len("Harbour\x07 Watch\n" + ENGLISH)


def test_whitespace_only_is_empty():
    with pytest.raises(ArticleError, match=r"^ws\.txt: empty file"):
        article.parse(" \n\t \n".encode("utf-16"), "ws.txt")


@pytest.mark.parametrize("text", [
    "Le port du nord a annoncé lundi que le traversier reprendrait son service la semaine prochaine, "
    "et les équipages se préparent à une longue saison de travail sur les routes maritimes du pays. " * 2,
    "北方港口管理局星期一表示，渡轮将在下周恢复服务，船员们被告知要为漫长的工作季节做好准备。" * 5,
])
def test_text_that_is_not_english_is_skipped(text):
    with pytest.raises(ArticleSkipped, match=r"^fr\.txt: not English text \((\d+% common English words|mostly non-Latin script)\)$"):
        article.parse(text.encode(), "fr.txt")


def test_a_short_text_is_not_judged_for_language():
    assert article.parse("Kort bericht.".encode(), "nl.txt").text == "Kort bericht."


def test_a_date_line_above_the_headline_is_not_the_title():
    art = article.parse(b"date 2024-01-18 Nordic Desk\n\nHarbour Talks Resume in Oslo\n\n"
                        b"Norway and Sweden resumed talks on the harbour on Tuesday, officials said.\n", "a.txt")
    assert art.title == "Harbour Talks Resume in Oslo"


def test_a_teaser_cut_off_with_an_ellipsis_is_furniture():
    assert article.classify("The harbour master greets crews as she visits the northern quay for an event honoring ferries...") \
        == "furniture"
