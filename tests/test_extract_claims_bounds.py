"""Where reported words end, on the real small spaCy pipeline: a quotation they open runs to its
close; the speaker's next act, a closing participle, a closing 'who' clause on a name and a
closing 'according to X' stay out."""
from __future__ import annotations

import pytest

from kg import article, nlp as nlp_
from kg.extract import extract
from kg.extract.quotes import partial

pytestmark = pytest.mark.model

MARIA = "person/maria-lindqvist"
THOMAS = "person/thomas-berglund"
LEAD = "Harbour Watch\n\nMaria Lindqvist and Thomas Berglund visited the harbour on Tuesday.\n\n"


@pytest.fixture(scope="module")
def run():
    nlp = nlp_.load()

    def run(sentence: str) -> list[tuple[str, str, str]]:
        art = article.parse((LEAD + sentence + "\n").encode("utf-8"), "t.txt")
        return [(c.speaker, c.cue, c.text) for c in extract(nlp(article.readable(art)), art).claims]
    return run


def test_reported_words_run_to_the_close_of_a_quotation_they_open(run):
    said = run("Lindqvist praised the port's workers, saying they had “steady hands, but most of all, "
               "they have a good heart.”")
    assert (MARIA, "say", "they had “steady hands, but most of all, they have a good heart") in said


def test_a_coordinated_act_in_the_reporting_verbs_tense_is_not_what_is_said(run):
    said = run("Berglund said he earns $38,000 a season and questioned how he could be aided by the scheme "
               "to raise fees.")
    assert said == [(THOMAS, "say", "he earns $38,000 a season")]


def test_a_closing_who_clause_on_a_name_is_the_writers(run):
    said = run("Lindqvist announced that the port hired Anna Holm, who ran the Oslo terminal for a decade.")
    assert said == [(MARIA, "announce", "the port hired Anna Holm")]


def test_a_closing_according_to_is_another_source(run):
    said = run("Lindqvist announced that the port hired Anna Holm, according to the Harbour Gazette.")
    assert said == [(MARIA, "announce", "the port hired Anna Holm")]


def test_a_closing_participle_deeper_in_the_clause_is_the_writers(run):
    said = run("Lindqvist acknowledged that the city may have to close the terminal, employing an old "
               "saying about sinking ships.")
    assert said == [(MARIA, "acknowledge", "the city may have to close the terminal")]


def test_a_clause_about_the_same_subject_in_another_tense_stays(run):
    said = run("Berglund says he supports the plan and opposes new fees.")
    assert said == [(THOMAS, "say", "he supports the plan and opposes new fees")]


def test_a_quote_that_a_full_stop_ends_takes_no_tag_after_it(run):
    said = run("''We must wait for the survey,'' Berglund said. ''We are not ready.'' "
               "Lindqvist said: ''The port is our home.''")
    assert said == [(THOMAS, "say", "We must wait for the survey"), (THOMAS, "say", "We are not ready"),
                    (MARIA, "say", "The port is our home")]


def test_a_titles_period_does_not_end_the_sentence_before_a_quote(run):
    said = run("Berglund said the port would stay open for Mr. Holm, ''whatever the council decides "
               "about the fees.''")
    assert (THOMAS, "say", "whatever the council decides about the fees") in said


def test_a_subject_pronoun_is_none_of_the_people_named_in_its_own_clause(run):
    said = run("Lindqvist welcomed Berglund to the harbour on Monday. He said Lindqvist would lose the vote in May.")
    assert said == [(THOMAS, "say", "Lindqvist would lose the vote in May")]


def test_pointing_to_evidence_reports_what_is_pointed_to(run):
    said = run("Berglund pointed to the new survey that shows traffic falling by a third.")
    assert said == [(THOMAS, "point", "the new survey that shows traffic falling by a third")]


def test_an_infinitive_after_an_adjective_takes_the_subject_of_its_verb(run):
    said = run("Berglund was quick to point out that the port had grown by a third since May.")
    assert said == [(THOMAS, "point", "the port had grown by a third since May")]


@pytest.mark.parametrize("sentence", ["Lindqvist was not willing to say who would run the port next year.",
                                      "Berglund did not say when the port would reopen after the storm."])
def test_a_negated_reporting_verb_with_an_open_question_states_nothing(run, sentence):
    assert run(sentence) == []


def test_an_open_question_explained_is_still_reported(run):
    said = run("Berglund explained why the port had closed in May after the storm.")
    assert said == [(THOMAS, "explain", "why the port had closed in May after the storm")]


def test_an_objects_reported_words_end_before_when_and_where_it_was_said(run):
    assert run("Lindqvist stressed the importance of the northern pier during a visit to Bergen.") == [
        (MARIA, "stress", "the importance of the northern pier")]


def test_a_time_phrase_before_the_verbs_own_preposition_stays_inside(run):
    assert run("Lindqvist criticized Thomas Berglund on Friday for his shifting view of the pier.") == [
        (MARIA, "criticize", "Thomas Berglund on Friday for his shifting view of the pier")]


def test_a_quote_after_a_no_break_space_continues_the_writers_phrase():
    text = "Lindqvist said the plans were\u00a0“completely unworkable” on Monday."
    assert partial(text, text.index("“") + 1, text.index("”"))
    assert not partial("Harbour Watch\n“We stay open,” she said.", 15, 27)


@pytest.mark.parametrize("sentence, words", [
    ("According to Thomas Berglund, who leads the council, the harbour will stay open all winter.",
     "the harbour will stay open all winter"),
    ("According to Thomas Berglund, the harbour will stay open, and the pier will close.",
     "the harbour will stay open, and the pier will close")])
def test_an_opening_source_reports_the_rest_of_the_sentence(run, sentence, words):
    assert run(sentence) == [("person/thomas-berglund", "according to", words)]


@pytest.mark.parametrize("sentence, words", [
    ("Lindqvist said the ferry timetable was a fair compromise, despite a long quarrel among the crews.",
     "the ferry timetable was a fair compromise"),
    ("Lindqvist said the new quay would open in March, where the old fish market used to stand.",
     "the new quay would open in March"),
    ("Berglund said he would keep the pilots on duty, even though several had asked for leave in May.",
     "he would keep the pilots on duty")])
def test_a_writers_clause_after_a_comma_closes_the_reported_words(run, sentence, words):
    assert [w for _, _, w in run(sentence)] == [words]


def test_a_speakers_own_concession_after_a_comma_stays_inside(run):
    assert [w for _, _, w in run("Berglund said the old crane was safe, though he wanted an inspection soon.")] == [
        "the old crane was safe, though he wanted an inspection soon"]


def test_an_infinitive_of_purpose_names_a_topic_not_a_claim(run):
    assert run("Lindqvist called the Ruritanian envoy at midnight to talk about their concern over the "
               "closed harbour.") == []
    said = run("Lindqvist called the Ruritanian envoy at midnight to warn that the harbour would close.")
    assert [(who, text) for who, _, text in said] == [(MARIA, "the harbour would close")]


def test_a_coordinated_verb_in_a_clause_before_its_tag_is_still_what_is_said(run):
    said = run("The ferry sailed about forty miles and was believed to have reached the island, "
               "Lindqvist said.")
    assert said == [(MARIA, "say", "The ferry sailed about forty miles and was believed to have reached the island")]


def test_a_coordinated_report_in_a_clause_before_its_tag_is_still_what_is_said(run):
    said = run("The Ruritanian navy seized two trawlers on Monday and demanded that the crews pay a fine, "
               "Lindqvist said.")
    assert (MARIA, "say", "The Ruritanian navy seized two trawlers on Monday and demanded that the crews pay "
                          "a fine") in said


def test_a_subject_written_after_the_verb_and_parsed_as_its_object_speaks(run):
    assert run("The ferry could be late on Monday, tweeted the Harbour Board.") == [
        ("org/harbour-board", "tweet", "The ferry could be late on Monday")]
    assert run("The talks on the fjord had failed, announced the Harbour Board on Monday.") == [
        ("org/harbour-board", "announce", "The talks on the fjord had failed")]


def test_the_object_an_evaluation_judges_after_a_comma_is_no_speaker(run):
    said = run("Lindqvist arrived in Oslo on Monday, praised the Harbour Board.")
    assert all(who != "org/harbour-board" for who, _, _ in said)


def test_a_phrase_set_before_the_reported_verb_after_a_comma_is_no_closing_aside(run):
    said = run("Lindqvist said the ferry, despite its age, is still the safest boat on the northern route.")
    assert said == [(MARIA, "say", "the ferry, despite its age, is still the safest boat on the northern route")]


def test_a_closing_aside_after_a_comma_still_ends_the_reported_words(run):
    said = run("Lindqvist said the ferry kept its timetable, despite the storm over the northern route.")
    assert said == [(MARIA, "say", "the ferry kept its timetable")]


def test_a_clause_before_said_and_a_speaker_read_as_two_subjects_is_what_is_said(run):
    said = run("The vote of the council signals “the start of a long winter” for the fishing towns, "
               "said Thomas Berglund, a pilot at the northern harbour.")
    assert said == [(THOMAS, "say", "The vote of the council signals “the start of a long winter” for the fishing towns")]


def test_a_pronoun_clause_in_the_reporting_verbs_past_after_a_present_report_is_the_writers(run):
    said = run("Berglund said the real culprit in the dispute is Anna Holm, and he railed against the ferry "
               "captains for failing to raise the issue during their talks.")
    assert said == [(THOMAS, "say", "the real culprit in the dispute is Anna Holm")]


def test_a_pronoun_clause_that_goes_on_in_the_reported_tense_stays(run):
    said = run("Berglund said the real problem at the dock is the old crane, and he will ask the board "
               "for a new one.")
    assert said == [(THOMAS, "say", "the real problem at the dock is the old crane, and he will ask the board "
                                    "for a new one")]


def test_a_short_quoted_phrase_without_a_verb_stays_inside_the_reported_clause(run):
    said = run('Lindqvist said that while the board had been "very lax" with the ferry accounts, "no fair '
               'auditor" would bring a case against the chairman.')
    assert (MARIA, "say", 'while the board had been "very lax" with the ferry accounts, "no fair auditor" would '
                          'bring a case against the chairman') in said
