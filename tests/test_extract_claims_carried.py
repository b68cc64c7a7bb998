"""Who speaks a report the parse cut from its subject, and a paragraph all in quotation marks
after one that reports a single speaker, on the real small spaCy pipeline."""
from __future__ import annotations

import pytest

from kg import article, nlp as nlp_
from kg.extract import extract

pytestmark = pytest.mark.model

MARIA = "person/maria-lindqvist"


@pytest.fixture(scope="module")
def run():
    nlp = nlp_.load()

    def run(body: str) -> list[tuple[str, str, str]]:
        art = article.parse(("Harbour Watch\n\n" + body + "\n").encode("utf-8"), "t.txt")
        return [(c.speaker, c.kind, c.text) for c in extract(nlp(article.readable(art)), art).claims]
    return run


def test_a_report_coordinated_with_a_first_act_hung_as_a_clause_takes_its_subject(run):
    said = run('Maria Lindqvist further summed up the ferry plan as "costly," criticized its timetable '
               "and said the harbour should not even be allowed to open the new terminal this year.")
    assert (MARIA, "indirect", "the harbour should not even be allowed to open the new terminal this year") in said


def test_a_paragraph_of_quotes_goes_on_in_the_words_of_the_one_speaker_reported_before(run):
    said = run("Maria Lindqvist said the ferries had been inspected twice in the spring.\n\n"
               "\u201cIf the inspectors were right, why would the ferries still be sailing?\n\n"
               "\u201cIt is clear that the board wants to close the terminal before the winter.\u201d")
    assert (MARIA, "direct", "It is clear that the board wants to close the terminal before the winter") in said
    assert (MARIA, "direct", "If the inspectors were right, why would the ferries still be sailing?") in said


def test_a_paragraph_of_quotes_after_two_reported_speakers_has_none(run):
    said = run("Maria Lindqvist said the ferries were late, and Thomas Berglund said the crews were tired.\n\n"
               "\u201cIt is clear that the board wants to close the terminal before the winter.\u201d")
    assert not any(kind == "direct" for _, kind, _ in said)


def test_the_statement_is_issued_by_who_said_words_according_to_a_statement(run):
    said = run("\u201cThe board has widened its campaign against the port,\u201d Maria Lindqvist said, according to "
               "a statement.\n\nThe statement said that the charges were no more than a sign of the board's wish "
               "to hide its own failures.")
    assert (MARIA, "indirect", "the charges were no more than a sign of the board's wish to hide its own failures") in said


def test_a_clause_after_telling_someone_when_is_what_was_told_however_the_parse_hung_it(run):
    said = run("The port debate grew sharper this week, with harbour chief Maria Lindqvist telling reporters on "
               "Thursday she viewed the board as directly responsible for the delays.")
    assert (MARIA, "indirect", "she viewed the board as directly responsible for the delays") in said
