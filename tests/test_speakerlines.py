"""Speaker labels printed on lines of their own: which lines read as labels, and how a text's
paragraphs take them (body text without the furniture glued to them), with no model."""
from __future__ import annotations

from kg.paragraphs import split
from kg.speakerlines import core, label_line


def test_a_name_with_its_titles_or_a_qualifier_is_a_label_line():
    assert label_line("Maria Lindqvist (Nordland, Harbour Party, Minister for Ports)")
    assert label_line("Ruritanian Spokesperson Maria Lindqvist")
    assert label_line("Rear Admiral Thomas Berglund (Chief of Staff)")
    assert label_line("[Maria Lindqvist / Minister]")
    assert label_line("[Reporter]")


def test_a_title_alone_a_heading_or_a_sentence_is_no_label_line():
    assert not label_line("Minister for Harbours")
    assert not label_line("Questions without Notice")
    assert not label_line("Ferry Routes of the Northern Islands")
    assert not label_line("Maria Lindqvist spoke on Monday.")
    assert not label_line("Reporter")  # a nobody's label only in brackets


def test_furniture_glued_to_a_label_is_no_part_of_it():
    assert core("Maria Lindqvist (Nordland) Share this | Link to this | Record source") == "Maria Lindqvist (Nordland)"
    assert core("Thomas Berglund Portrait The Minister for Ports (Thomas Berglund)") == "Thomas Berglund"
    assert core("[Thomas Berglund / Minister]") == "Thomas Berglund / Minister"


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, text[p.start:p.end]) for p in split(text)]


def test_label_lines_over_their_turns_are_body_text_without_their_furniture():
    text = ("Harbour Debates\n\n"
            "Thomas Berglund (Nordland, Harbour Party) Share this | Record source\n\n"
            "My question is to the minister. Will the ferries run?\n\n"
            "Maria Lindqvist (Sudland, Harbour Party, Minister for Ports) Share this | Record source\n\n"
            "The ferries will run every day in winter.\n")
    kinds = _kinds(text)
    assert ("body", "Thomas Berglund (Nordland, Harbour Party)") in kinds
    assert ("body", "Maria Lindqvist (Sudland, Harbour Party, Minister for Ports)") in kinds
    assert ("furniture", " Share this | Record source") in kinds


def test_one_name_over_one_paragraph_is_no_label():
    text = ("Harbour News\n\n"
            "Maria Lindqvist (Harbour Desk)\n\n"
            "The ferries will run every day in winter.\n")
    assert ("body", "Maria Lindqvist (Harbour Desk)") not in _kinds(text)


def test_a_text_cut_off_in_mid_sentence_ends_in_body_text():
    text = ("Harbour News\n\n"
            "The ferries will run every day in winter, the board said.\n\n"
            "The board also said that the new northern routes will open in the\n")
    assert _kinds(text)[-1][0] == "body"


def test_a_photo_credit_is_no_label_line():
    assert not label_line("Thomas Berglund/Harbour Agency")


def test_a_photo_glued_before_a_name_is_no_part_of_the_label():
    assert core("Photo of Maria LindqvistMaria Lindqvist (Nordland, Harbour Party) Share this") == \
        "Maria Lindqvist (Nordland, Harbour Party)"
