"""kg.article: hard-wrapped paragraphs, title-case headlines, caption leads and photo credits."""
from __future__ import annotations

import pytest

from kg import article
from kg.model import Paragraph

WRAPPED = (
    "Harbour Watch\n"
    "\n"
    "The ferry to the islands left two hours\n"
    "late on Monday, the harbour master said.\n"
    "Crews met Captain Ola Nordmann and the\n"
    "Harbour Board before the ferry sailed.\n"
    "\n"
    "Weather and Tides\n"
    "\n"
    "The crews expect calmer seas by the end\n"
    "of the week, when the ferries sail again\n"
    "to the northern islands.\n"
)

PER_LINE = (
    "Harbour Watch\n"
    "The ferry to the islands left two hours late on Monday.\n"
    "Crews met Captain Ola Nordmann.\n"
    "The harbour master said the ferries would sail again once the storm had passed over the coast.\n"
    "Fees rise.\n"
    "The crews expect calmer seas by the end of the week, when the ferries sail again.\n"
)


def _paragraphs(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.kind) for p in article.split(text)]


# --- hard-wrapped text: one paragraph per block of lines ---

def test_wrapped_lines_are_one_paragraph_each():
    assert _paragraphs(WRAPPED) == [
        ("Harbour Watch", "title"),
        ("The ferry to the islands left two hours\nlate on Monday, the harbour master said.\n"
         "Crews met Captain Ola Nordmann and the\nHarbour Board before the ferry sailed.", "body"),
        ("Weather and Tides", "heading"),
        ("The crews expect calmer seas by the end\nof the week, when the ferries sail again\n"
         "to the northern islands.", "body"),
    ]


def test_readable_reads_a_wrapped_paragraph_as_one_line():
    art = article.parse(WRAPPED.encode(), "wrapped.txt")
    assert art.text == WRAPPED
    out = article.readable(art)
    assert len(out) == len(WRAPPED)
    body = art.paragraphs[1]
    assert out[body.start:body.end] == WRAPPED[body.start:body.end].replace("\n", " ")
    assert "Captain Ola Nordmann and the Harbour Board" in out
    assert out[body.end] == "\n" and out[:14] == " " * 13 + "\n"


def test_a_word_broken_after_its_hyphen_reads_whole():
    text = "Crews met Director Cho Tae-\nyong at the quay, the harbour master said.\n"
    art = article.parse(text.encode(), "hyphen.txt")
    assert [p.kind for p in art.paragraphs] == ["body"]
    out = article.readable(art)
    assert out == "Crews met Director Cho Tae-yong  at the quay, the harbour master said.\n"
    assert len(out) == len(text)


def test_a_line_starting_in_lower_case_continues_a_sentence_without_a_wrap_width():
    text = "Harbour Watch\nThe harbour master said the ferry\nwould sail on Monday.\nCrews waited.\n"
    assert _paragraphs(text) == [
        ("Harbour Watch", "title"),
        ("The harbour master said the ferry\nwould sail on Monday.", "body"),
        ("Crews waited.", "body"),
    ]


def test_one_paragraph_per_line_is_not_joined():
    assert [len(article.split(PER_LINE))] == [6]
    assert all("\n" not in PER_LINE[p.start:p.end] for p in article.split(PER_LINE))


def test_list_items_are_not_joined_but_their_wrapped_lines_are():
    text = ("The plan has three parts:\n"
            "• ferries sail at night and\n"
            "  in the morning\n"
            "• crews rest on Sundays\n"
            "- Fees rise in May\n"
            "1. The quay is rebuilt\n")
    assert [t for t, _ in _paragraphs(text)] == [
        "The plan has three parts:", "• ferries sail at night and\n  in the morning",
        "• crews rest on Sundays", "- Fees rise in May", "1. The quay is rebuilt"]


def test_transcript_speaker_labels_open_a_paragraph():
    text = ("MS. NORDMANN: The ferry will sail on\n"
            "Q: When will it sail\n"
            "SECRETARY HANSEN: Next week, and the crews\n"
            "will rest.\n"
            "Ms. Lindqvist: thank you.\n")
    assert [t for t, _ in _paragraphs(text)] == [
        "MS. NORDMANN: The ferry will sail on", "Q: When will it sail",
        "SECRETARY HANSEN: Next week, and the crews\nwill rest.", "Ms. Lindqvist: thank you."]
    assert {k for _, k in _paragraphs(text)} == {"body"}


def test_rows_of_a_table_are_not_joined():
    text = ("Here is how the ports compare:\n\n"
            "Port Ships Crews\n"
            "Oslo three ferries in service\n"
            "bergen two ferries idle\n")
    assert [t for t, _ in _paragraphs(text)][1:] == [
        "Port Ships Crews", "Oslo three ferries in service", "bergen two ferries idle"]


def test_columns_and_headings_in_capitals_are_not_joined():
    text = "HARBOUR NEWS\nthe ferry left late.\nOslo\t3 ferries\nin service today.\n"
    assert len(article.split(text)) == 4


def test_running_headers_are_not_joined():
    text = "The ferry left the\nHarbour Watch Quarterly\nquay late.\n"
    assert [p.kind for p in article.split(text, frozenset({"Harbour Watch Quarterly"}))] == [
        "title", "furniture", "body"]


@pytest.mark.parametrize("pairs, width", [
    ([(39, 4), (40, 5), (38, 7), (39, 2), (40, 2)], 40),  # lines filled to 40 columns
    ([(55, 3), (31, 5), (94, 4), (10, 3), (81, 3)], 0),  # one paragraph per line
    ([(39, 4), (40, 5)], 0),  # too few lines to tell
    ([(250, 4), (251, 4), (249, 5)], 0),  # wider than any wrap width
])
def test_wrap_width(pairs, width):
    assert article.wrap_width(pairs) == width


def test_paragraph_spans_point_into_the_text():
    text = "  The harbour master said the ferry  \n   would sail on Monday.  \n"
    assert article.split(text) == (Paragraph(2, 62, "body"),)


# --- title-case and capitals headlines ---

@pytest.mark.parametrize("line, kind", [
    ("Trump's Son Says The Battle Against Her Is Over.", "heading"),
    ("Ferry Crews Return to the Northern Harbour After the Storm.", "heading"),
    ("GROWING DISPUTE.", "heading"),
    ("2. STORM CLOSES THE NORTHERN HARBOUR.", "heading"),
    ("Minister Ola Nordmann met President Kari Nordmann and Mayor Per Hansen in Oslo.", "body"),
    ("Nordmann has won Oslo, Bergen and Tromso. Hansen has captured Stavanger.", "body"),
    ("Ola Nordmann said.", "body"),
    ("SECRETARY HANSEN: Thanks, Kari.", "body"),
    ("Q: WILL THE FERRY SAIL?", "body"),
    ("With that, Mr. Secretary?", "body"),
])
def test_headlines_in_title_case_or_capitals(line, kind):
    assert article.classify(line) == kind


def test_a_title_case_first_line_is_the_title():
    art = article.parse(b"Ferry Crews Return To The Northern Harbour.\n\nThe ferry left late on Monday.\n", "t.txt")
    assert art.title == "Ferry Crews Return To The Northern Harbour."
    assert [p.kind for p in art.paragraphs] == ["title", "body"]


def test_a_line_ending_in_two_single_quotes_is_a_sentence():
    assert article.classify("''The ferry will sail,'' Ms. Nordmann said, ''and the crews will rest.''") == "body"


# --- caption leads and photo credits ---

@pytest.mark.parametrize("line, kind", [
    ("Photo By Jane Doe", "furniture"),
    ("Photo: Harbour Agency", "furniture"),
    ("(Reuters/Jane Doe)", "furniture"),
    ("Getty Images", "furniture"),
    ("Jane Doe via Getty Images.", "furniture"),
    ("Jane Doe/Getty Images.", "furniture"),
    ("Ferries wait at the quay. (Reuters/Jane Doe)", "caption"),
    ("Ferries wait at the quay. (AP Photo/Jane Doe)", "caption"),
    ("Ferries wait at the quay. Photo: Harbour Agency", "caption"),
    ("Ferries wait at the quay. Jane Doe/Getty Images", "caption"),
    ("FILE - A ferry leaves the quay in Oslo, May 3, 2014.", "caption"),
    ("Crews wait at the quay. — Picture via Harbour Agency", "caption"),
    ("Jane Doe (L) greets John Roe. — HNA/File", "caption"),
    ("Jane Doe (R) greets John Roe at the quay.", "caption"),
    ("Gov. Jane Doe (R) said the ferries would run again on Monday.", "body"),
    ("Photo By: MC2 Jane Doe", "furniture"),
    ("HARBOUR.COM Logo", "furniture"),
    ("The plan works (and/or fails).", "body"),
    ("\"VIDEO: the ferry left late,\" she said.", "body"),
])
def test_photo_credits_and_captions(line, kind):
    assert article.classify(line) == kind


def test_a_caption_lead_is_furniture_and_the_rest_a_caption():
    text = "Harbour Watch\nFILE - A ferry leaves the quay in Oslo.\n3 of 5 | Crews wait. Photo by Jane Doe\n"
    assert _paragraphs(text) == [
        ("Harbour Watch", "title"),
        ("FILE -", "furniture"), ("A ferry leaves the quay in Oslo.", "caption"),
        ("3 of 5 |", "furniture"), ("Crews wait. Photo by Jane Doe", "caption"),
    ]


@pytest.mark.parametrize("line, caption, credit", [
    ("Crews wait at the quay. (Jane Doe/Harbour Agency)", "Crews wait at the quay.", "(Jane Doe/Harbour Agency)"),
    ("Crews wait. (Calm seas) (Jane Doe/Harbour Images via Getty Images)", "Crews wait. (Calm seas)",
     "(Jane Doe/Harbour Images via Getty Images)"),
    ("Jane Doe (L) greets John Roe. (photo credit: Harbour Press)", "Jane Doe (L) greets John Roe.",
     "(photo credit: Harbour Press)"),
    ("Jane Doe (L) greets John Roe. — Picture via Harbour Agency", "Jane Doe (L) greets John Roe.",
     "— Picture via Harbour Agency"),
    ("Jane Doe (L) and John Roe. — HNA/File and Harbour Post", "Jane Doe (L) and John Roe.",
     "— HNA/File and Harbour Post"),
])
def test_a_captions_credit_is_furniture_and_the_rest_a_caption(line, caption, credit):
    assert _paragraphs(f"Harbour Watch\n{line}\n")[1:] == [(caption, "caption"), (credit, "furniture")]


WIRE = (
    "Harbour talks resume\n"
    "Ferry crews from the two harbours met on Monday, and the\n"
    "board said the talks went well for both of the old towns.\n"
    "The crews said the ferries would sail again once the storm\n"
    "had passed and the quays were checked by the harbour board.\n"
    "Ola Nordmann spoke as delegates from the three-harbour Northern\n"
    "Ferry Council gathered in the old town on the second day.\n"
    "The harbour master, meanwhile, watched as the crews _ Vik\n"
    "and Lund, both of the northern towns _ have joined the\n"
    "NFC. The council said its crews would sail on Monday.\n"
)


def test_wire_copy_wrapped_a_few_columns_either_side_keeps_its_sentences_whole():
    kinds = _paragraphs(WIRE)
    assert [kind for _, kind in kinds[1:]] == ["body"] * (len(kinds) - 1)
    assert any("Ola Nordmann spoke" in text and "Ferry Council gathered" in text for text, _ in kinds)
    assert any("_ have joined the\nNFC." in text for text, _ in kinds)
