"""Whose words a text is by its form, in formats with no colon labels, on the real small spaCy
pipeline: labels on lines of their own (a parliament's record, a briefing, a broadcaster's
brackets), a question time's question, a speech named by its delivery line or opened in the
speaker's own voice, a bilingual speech, a chairman's statement and a report of a joint
statement."""
from __future__ import annotations

import pytest

from kg.model import Extraction

pytestmark = pytest.mark.model

MARIA = "person/maria-lindqvist"
THOMAS = "person/thomas-berglund"


@pytest.fixture
def run(extract_text):
    return extract_text


def said(ex: Extraction) -> list[tuple[str, str]]:
    return [(c.speaker, c.text) for c in ex.claims]


def test_labels_on_lines_of_their_own_give_their_turns_and_a_question_claims_nothing(run):
    ex = run("Debates of the Harbour Assembly\n\n"
             "Thomas Berglund (Nordland, Harbour Party) Share this | Record source\n\n"
             "My question is to the Minister for Ports. I refer the minister to the ferry timetable.\n\n"
             "Maria Lindqvist (Sudland, Harbour Party, Minister for Ports) Share this | Record source\n\n"
             "The ferries will run every day in winter. We have bought four new icebreakers.\n")
    assert said(ex) == [(MARIA, "The ferries will run every day in winter"),
                        (MARIA, "We have bought four new icebreakers")]


def test_bracketed_labels_give_their_turns_and_a_reporters_claims_nothing(run):
    ex = run("Harbour minister meets the press\n\n"
             "[Maria Lindqvist / Minister]\n"
             "The ferries will run every day in winter.\n"
             "[Reporter]\n"
             "The board says the ferries are too old. Is that so?\n"
             "[Thomas Berglund / Spokesperson]\n"
             "The board ordered four new icebreakers last year.\n")
    assert said(ex) == [(MARIA, "The ferries will run every day in winter"),
                        (THOMAS, "The board ordered four new icebreakers last year")]


def test_a_moderator_who_introduces_guests_states_nothing(run):
    ex = run("Harbour Briefing\n\n"
             "Harbour Spokesperson Maria Lindqvist\n\n"
             "We are also joined today by:\n\n"
             "The ferries will run every day in winter.\n\n"
             "Rear Admiral Thomas Berglund (Chief of Staff)\n\n"
             "The navy will escort the ferries in the fjord.\n")
    assert said(ex) == [(MARIA, "The ferries will run every day in winter"),
                        (THOMAS, "The navy will escort the ferries in the fjord")]


def test_a_speech_named_by_its_delivery_line_is_the_speakers_words(run):
    ex = run("Harbour Forum Keynote Address at the Winter Harbour Conference\n\n"
             "Speech\n\n"
             "As delivered by Minister Lindqvist\n\n"
             "The ferries will run every day in winter.\n")
    assert said(ex) == [("person/lindqvist", "The ferries will run every day in winter")]


def test_a_release_that_opens_in_its_speakers_own_voice_is_their_words(run):
    ex = run("Winter Harbour Conference, Tromso\n\n"
             "Related ministers\n\n"
             "The Hon Maria Lindqvist MP\n\n"
             "Minister for Ports\n\n"
             "I begin by thanking the harbour pilots of Tromso.\n\n"
             "The ferries will run every day in winter.\n")
    assert (MARIA, "The ferries will run every day in winter") in said(ex)
    assert {s for s, _ in said(ex)} == {MARIA}


def test_a_speechs_sentences_in_another_language_state_nothing_read_here(run):
    ex = run("Remarks by Minister Maria Lindqvist at the Harbour Forum\n\n"
             "Je suis très heureuse de vous voir ici ce soir avec nos amis.\n\n"
             "The ferries will run every day in winter.\n")
    assert said(ex) == [(MARIA, "The ferries will run every day in winter")]


def test_a_chairmans_statement_speaks_of_the_meeting_as_its_subject(run):
    ex = run("Chairman's Statement of the Nordic Harbour Ministers' Meeting\n\n"
             "The Nordic Harbour Ministers' Meeting was held in Tromso. The Meeting was chaired by "
             "Minister Maria Lindqvist of Norway.\n\n"
             "The Meeting was briefed on the winter timetable of the northern ferries.\n\n"
             "The Meeting welcomed the new ferry routes to the islands (the Island Links).\n")
    assert said(ex) == [(MARIA, "welcomed the new ferry routes to the islands (the Island Links)")]


def test_a_report_of_a_joint_statement_gives_the_ministers_words_to_its_issuer(run):
    ex = run("Harbour ministers back new ferry routes\n\n"
             "The Nordic Harbour Council concluded its meeting in Tromso on Monday with the signing "
             "of a joint statement on ferry routes.\n\n"
             "The ministers reiterated their commitment to keeping the northern routes open in winter.\n\n"
             "The ministers agreed to build two new ferry terminals by next spring, said the statement.\n")
    texts = {t: s for s, t in said(ex)}
    assert texts.get("reiterated their commitment to keeping the northern routes open in winter") == \
        "org/nordic-harbour-council"
    assert texts.get("agreed to build two new ferry terminals by next spring") == "org/nordic-harbour-council"
    assert not any(t.startswith("concluded") for t in texts)


def test_a_members_words_are_claims_and_a_reporters_slash_label_names_no_one(run):
    ex = run("Debates of the Harbour Assembly\n\n"
             "Thomas Berglund (Nordland, Harbour Party) Share this | Record source\n\n"
             "The ferry timetable has failed the islands for three winters.\n\n"
             "Maria Lindqvist (Sudland, Harbour Party, Minister for Ports) Share this | Record source\n\n"
             "The ferries will run every day in winter.\n")
    assert said(ex) == [(THOMAS, "The ferry timetable has failed the islands for three winters"),
                        (MARIA, "The ferries will run every day in winter")]
    ex = run("Press briefing on the ferries\n\n"
             "MINISTER LINDQVIST: The ferries will run every day in winter.\n\n"
             "ANNA HOLM/HARBOUR TV: The board says the ferries are too old for the ice.\n\n"
             "MINISTER LINDQVIST: The board ordered four new icebreakers last year.\n")
    assert {s for s, _ in said(ex)} == {"person/lindqvist"} or {s for s, _ in said(ex)} == {MARIA}


def test_a_release_whose_body_opens_as_a_speech_is_its_header_persons_words(run):
    ex = run("Minister for Ports - Winter Harbour Breakfast, Tromso\n\n"
             "Senator the Hon Maria Lindqvist\n\n"
             "Minister for Ports\n\n"
             "Thank you, Chair, and good morning to all of you.\n\n"
             "The ferries will run every day in winter.\n")
    assert said(ex) == [(MARIA, "The ferries will run every day in winter")]


def test_speaking_notes_for_a_minister_are_the_ministers_words(run):
    ex = run("Speaking Notes for the Honourable Maria Lindqvist, Minister for Ports, at the Harbour Forum\n\n"
             "The ferries will run every day in winter.\n")
    assert said(ex) == [(MARIA, "The ferries will run every day in winter")]
