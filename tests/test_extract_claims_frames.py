"""Reported-speech frames and speakers on the real small spaCy pipeline: naming verbs ('called
the plan "a disgrace"'), requests ('asked the navy to ...'), asides ('..., X told reporters'),
a person's campaign or spokesman, 'after saying ...', and where the reported words stop."""
from __future__ import annotations

import pytest

from kg import article, nlp as nlp_
from kg.extract import extract
from kg.model import Extraction

pytestmark = pytest.mark.model

MARIA = "person/maria-lindqvist"
THOMAS = "person/thomas-berglund"
OPEN = "the harbour will stay open all winter"
LEAD = "Harbour Watch\n\nMaria Lindqvist visited the harbour on Tuesday.\n\n"


@pytest.fixture(scope="module")
def run():
    nlp = nlp_.load()

    def run(sentence: str) -> list[tuple[str, str, str]]:
        art = article.parse(f"{LEAD}{sentence}\n".encode("utf-8"), "t.txt")
        ex: Extraction = extract(nlp(article.readable(art)), art)
        return [(c.speaker, c.kind, c.text) for c in ex.claims]
    return run


def test_a_naming_verb_reports_its_object_and_the_quoted_name(run):
    assert run("Lindqvist called the northern plan “a disgrace to the navy.”") == [
        (MARIA, "indirect", "the northern plan “a disgrace to the navy")]


@pytest.mark.parametrize("sentence", ["Lindqvist called the plan a “bold step” in her speech.",
                                      "Lindqvist called an emergency meeting of the council."])
def test_a_scare_quote_or_a_meeting_called_is_no_naming(run, sentence):
    assert run(sentence) == []


def test_an_object_and_the_name_given_it_unquoted_are_reported(run):
    assert run("Lindqvist called the plan an expensive mistake.") == [
        (MARIA, "indirect", "the plan an expensive mistake")]


def test_a_quoted_name_ends_with_its_quotation(run):
    assert run("Lindqvist called the plan “a disgrace” in her speech to the sailors.") == [
        (MARIA, "indirect", "the plan “a disgrace")]


def test_a_naming_participle_takes_the_subject_of_the_clause_it_modifies(run):
    assert run("Lindqvist went after Thomas Berglund, calling him “a total failure.”") == [
        (MARIA, "indirect", "him “a total failure")]


def test_a_naming_verb_in_a_relative_clause_speaks_for_its_antecedent(run):
    assert run("Thomas Berglund, who called the plan “a disgrace to the navy,” left the harbour.") == [
        (THOMAS, "indirect", "the plan “a disgrace to the navy")]


@pytest.mark.parametrize("subject", ["A spokesman for Lindqvist", "Lindqvist's campaign"])
def test_a_persons_spokesman_or_campaign_speaks_for_that_person(run, subject):
    assert run(f"{subject} said {OPEN}.") == [(MARIA, "indirect", OPEN)]


def test_after_saying_takes_the_subject_of_the_main_clause(run):
    assert run("After saying the harbour would stay open all winter, Lindqvist left for Oslo.") == [
        (MARIA, "indirect", "the harbour would stay open all winter")]


def test_the_reported_clause_stops_before_the_speakers_next_act(run):
    assert run(f"Lindqvist said {OPEN} and urged the navy to help.") == [
        (MARIA, "indirect", OPEN), (MARIA, "indirect", "the navy to help")]


def test_a_shared_modal_keeps_coordinated_verbs_in_the_reported_clause(run):
    words = "she would sit Berglund down and tell him the harbour must stay open"
    assert run(f"Lindqvist said {words}.") == [(MARIA, "indirect", words)]


def test_a_second_that_clause_is_reported_too(run):
    [(speaker, _, text)] = run("Lindqvist predicted that the harbour would stay open, "
                               "but that the port would close in March.")
    assert speaker == MARIA and text.endswith("the port would close in March")


def test_a_request_reports_what_is_asked_and_of_whom(run):
    assert run("Lindqvist asked the navy to keep the harbour open all winter.") == [
        (MARIA, "indirect", "the navy to keep the harbour open all winter")]
    assert run("Lindqvist asked for an inquiry into the closure of the harbour.") == [
        (MARIA, "indirect", "an inquiry into the closure of the harbour")]


@pytest.mark.parametrize("sentence", ["Lindqvist was asked to keep the harbour open all winter.",
                                      "Lindqvist asked whether the harbour would stay open all winter."])
def test_a_passive_request_or_a_question_is_no_claim(run, sentence):
    assert run(sentence) == []


def test_told_reporters_after_the_clause_is_an_aside_of_its_speaker(run):
    assert run("The harbour will stay open all winter, Lindqvist told reporters on Monday.") == [
        (MARIA, "indirect", "The harbour will stay open all winter")]


def test_the_object_of_the_verb_an_infinitive_complements_speaks(run):
    assert run(f"The vote led Lindqvist to declare that {OPEN}.") == [(MARIA, "indirect", OPEN)]


def test_a_next_act_hung_on_the_reported_clause_keeps_the_outer_speaker(run):
    assert run("Thomas Berglund says the plan is sound, but conceded that the port would close in March.") == [
        (THOMAS, "indirect", "the plan is sound"), (THOMAS, "indirect", "the port would close in March")]


def test_a_statement_saying_belongs_to_who_issued_it(run):
    assert run(f"Lindqvist issued a statement saying {OPEN}.") == [(MARIA, "indirect", OPEN)]


def test_declaring_it_a_name_is_a_naming(run):
    assert run("Lindqvist celebrated in Oslo, declaring it “another great day for the navy.”") == [
        (MARIA, "indirect", "it “another great day for the navy")]


@pytest.mark.parametrize("sentence, words", [
    ("Lindqvist is calling for the navy to take a stronger role in the strait.",
     "the navy to take a stronger role in the strait"),
    ("Lindqvist has called for the northern forts to be closed sooner than planned.",
     "the northern forts to be closed sooner than planned")])
def test_a_frame_preposition_that_opens_a_clause_reports_the_clause(run, sentence, words):
    assert run(sentence) == [(MARIA, "indirect", words)]


def test_a_speech_verb_about_a_topic_reports_the_topic(run):
    assert run("Lindqvist spoke about the need for tighter harbour control.") == [
        (MARIA, "indirect", "the need for tighter harbour control")]


def test_speaking_on_someones_behalf_reports_nothing(run):
    assert run("Lindqvist spoke on behalf of the council at the meeting.") == []


@pytest.mark.parametrize("verb", ["blamed", "faulted"])
def test_an_evaluation_verb_reports_its_object_and_reason(run, verb):
    assert run(f"Lindqvist {verb} the council for the closure of the northern pier.") == [
        (MARIA, "indirect", "the council for the closure of the northern pier")]


def test_a_speaker_phrase_inside_a_sentence_read_as_one_noun_phrase_reports_the_sentence(run):
    assert run("The tag #SafeHarbour, Thomas Berglund said, accompanied descriptions of lost sailors.") == [
        (THOMAS, "indirect", "The tag #SafeHarbour, Thomas Berglund said, accompanied descriptions of lost sailors")]


@pytest.mark.parametrize("sentence, words", [
    ("Lindqvist sees the new council as a real threat to the harbour.", "the new council as a real threat to the harbour"),
    ("Lindqvist regards the treaty as a mistake.", "the treaty as a mistake"),
    ("Lindqvist refers to the admiral as “the old captain.”", "the admiral as “the old captain")])
def test_a_view_verb_reports_its_object_and_what_it_is_seen_as(run, sentence, words):
    assert run(sentence) == [(MARIA, "indirect", words)]


@pytest.mark.parametrize("sentence", ["Lindqvist saw the northern harbour from the ferry.",
                                      "Lindqvist is seen as a threat by the council.",
                                      "Lindqvist referred to the report twice."])
def test_a_view_verb_without_an_as_phrase_or_in_the_passive_reports_nothing(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize("sentence, words", [
    ("Critics mocked Lindqvist's warning that the harbour would freeze by December.", "the harbour would freeze by December"),
    ("The council rejected Lindqvist's call for a ban on night fishing.", "a ban on night fishing"),
    ("Lindqvist's announcement that the night ferry would stop in December surprised the crews.",
     "the night ferry would stop in December"),
    ("Lindqvist's conclusion that the old quay cannot be saved angered the fishermen.", "the old quay cannot be saved")])
def test_a_speech_act_noun_reports_for_its_possessor(run, sentence, words):
    assert run(sentence) == [(MARIA, "indirect", words)]


def test_his_or_its_before_a_speech_act_noun_refers_back_like_he_or_it(run):
    assert run("Thomas Berglund spoke at the quay. The council rejected his call for a ban on night fishing.") == [
        ("person/thomas-berglund", "indirect", "a ban on night fishing")]


def test_a_reporting_participle_hung_on_a_name_speaks_for_that_name(run):
    assert run("Thomas Berglund, the chairman of the harbour board, explaining that the fees would rise, "
               "asked the crews for patience.") == [("person/thomas-berglund", "indirect", "the fees would rise")]


@pytest.mark.parametrize("sentence", ["The claim that the harbour will close drew criticism from the council.",
                                      "Lindqvist's view of the northern harbour is lovely in spring."])
def test_a_speech_act_noun_without_possessor_or_frame_reports_nothing(run, sentence):
    assert run(sentence) == []


def test_a_clause_misread_as_the_object_of_says_is_reported(run):
    words = ("the reform movement that’s sweeping the coast and boosting captains in the northern race "
             "appeals to the worst instincts of sailors")
    assert run(f"Lindqvist says {words}.") == [(MARIA, "indirect", words)]


def test_a_short_object_of_says_is_no_claim(run):
    assert run("Lindqvist said a short prayer.") == []


def test_a_reporting_verb_in_a_question_reports_nothing(run):
    assert run(f"Did Lindqvist say that {OPEN}?") == []


def test_a_short_view_with_its_as_phrase_is_still_a_claim(run):
    assert run("Lindqvist describes herself as a sailor.") == [(MARIA, "indirect", "herself as a sailor")]


def test_an_evaluation_reports_who_it_judges_however_short(run):
    assert run("Lindqvist criticized Thomas Berglund during a debate.") == [(MARIA, "indirect", "Thomas Berglund")]


def test_an_evaluation_in_a_relative_clause_speaks_for_its_antecedent(run):
    assert run("Thomas Berglund, who once praised the northern trade agreement, left the council.") == [
        (THOMAS, "indirect", "the northern trade agreement")]


def test_a_short_object_of_a_plain_speech_verb_is_still_no_claim(run):
    assert run("Lindqvist mentioned the harbour.") == []


def test_thanks_report_who_is_thanked_and_for_what(run):
    assert run("Lindqvist thanked Thomas Berglund for his country's pledge of two frigates to the patrol.") == [
        (MARIA, "indirect", "Thomas Berglund for his country's pledge of two frigates to the patrol")]


def test_a_participle_that_names_the_topic_of_another_report_is_no_claim(run):
    assert run("Speaking about the ferry routes in the north, Lindqvist said that every port should stay open.") == [
        (MARIA, "indirect", "every port should stay open")]


def test_committed_to_reports_the_pledge_after_to(run):
    assert (MARIA, "indirect", "keeping the northern ferry routes open through the winter") in \
        run("Lindqvist committed to keeping the northern ferry routes open through the winter.")


def test_a_who_clause_that_charges_someone_speaks_for_the_name_its_role_noun_stands_beside(run):
    said = run("“Do the ferries run on time?” asked Maria Lindqvist, a harbour pilot and union member "
               "who has accused the board of hiding the accounts.")
    assert (MARIA, "indirect", "the board of hiding the accounts") in said


def test_a_who_clause_that_warns_of_something_reports_it(run):
    assert run("The motion was backed by Maria Lindqvist, who warned of a long winter for the fishing towns.") == [
        (MARIA, "indirect", "a long winter for the fishing towns")]


def test_a_relative_clause_that_only_names_what_someone_says_still_reports_nothing(run):
    assert run("Everything Lindqvist says about the ferry is wrong.") == []


def test_a_paragraph_that_a_colon_ends_hands_its_subject_to_the_quotation_after_it_whatever_its_verb(run):
    said = run("Lindqvist continued:\n\n“Are the ferries late? How about talking about the issues the islanders "
               "care about?”")
    assert said == [(MARIA, "direct", "Are the ferries late? How about talking about the issues the islanders care about?")]


def test_a_list_that_a_colon_opens_before_a_quotation_names_no_speaker(run):
    assert run("The list of demands includes:\n\n“Free ferries for all islanders and a new pier.”") == []


@pytest.mark.parametrize("sentence", [
    "“The fares will rise,” said Maria Lindqvist, who writes about the ferry lines for islanders.",
    "“The fares will rise,” said Maria Lindqvist, who has predicted the fares of every season since 1990 "
    "based on a short list of questions."])
def test_a_who_clause_that_describes_the_speaker_reports_nothing(run, sentence):
    assert run(sentence) == [(MARIA, "direct", "The fares will rise")]


def test_a_clause_the_parse_hung_away_from_quoted_as_saying_is_what_is_said(run):
    said = run("Maria Lindqvist, a harbour spokeswoman, was quoted by the Gazette as saying Norway's ferry plan "
               "is something \"we watch closely.\"")
    assert said == [(MARIA, "indirect", "Norway's ferry plan is something \"we watch closely")]


def test_he_after_a_name_set_beside_the_main_subject_is_that_name_not_one_from_before(run):
    said = run("Carl Nyberg spoke at the pier on Monday.\n\nLast week, the harbour director, Thomas Berglund, recommended that no charges be filed against "
               "Mrs. Lindqvist over the accounts, but he called her actions \"extremely careless.\"")
    assert said == [(THOMAS, "indirect", "her actions \"extremely careless")]
