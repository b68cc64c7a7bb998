"""Claims of transcripts and joint statements, and speakers found by agreement, on the real small
spaCy pipeline: bare question labels, courtesies after discourse words, coordinated acts of a
joint text, pronouns by the gender of a given name, a body noun by what qualified it before."""
from __future__ import annotations

import pytest

from kg.extract import reported as reported_mod
from kg.model import Extraction

pytestmark = pytest.mark.model

MARIA = "person/maria-lindqvist"
THOMAS = "person/thomas-berglund"


@pytest.fixture
def run(extract_text):
    return extract_text


def said(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.kind, c.text) for c in ex.claims]


def test_a_bare_q_label_opens_a_question_turn_that_claims_nothing(run):
    ex = run("Press Briefing on Harbour Security\n\n"
             "MINISTER LINDQVIST: The northern routes will be busy within ten years.\n\n"
             "Q Okay. (Laughter.)\n\n"
             "The navy announced this morning that it would patrol the fjord. Will it?\n\n"
             "MINISTER LINDQVIST: The navy will patrol the routes every week.\n")
    assert [t for _, _, t in said(ex)] == ["The northern routes will be busy within ten years",
                                           "The navy will patrol the routes every week"]


def test_reported_speech_inside_a_question_turn_is_no_claim(run):
    ex = run("Interview with Minister Maria Lindqvist\n\n"
             "QUESTION: Thomas Berglund said the ports are not ready. Is he right?\n\n"
             "MINISTER LINDQVIST: The ports will be ready within two years.\n")
    assert [t for _, _, t in said(ex)] == ["The ports will be ready within two years"]


def test_a_courtesy_after_discourse_words_or_an_address_is_no_claim(run):
    ex = run("Press Briefing on Harbour Security\n\n"
             "MINISTER LINDQVIST: Sorry to keep you waiting. The northern routes will be busy within ten years. "
             "So with that, I'll take your questions. Anna, I'll begin with you.\n\n"
             "Q: Will the navy help?\n\n"
             "MINISTER LINDQVIST: Anna, the navy will patrol the routes every week.\n")
    assert [t for _, _, t in said(ex)] == ["The northern routes will be busy within ten years",
                                           "Anna, the navy will patrol the routes every week"]


def test_a_joint_texts_bare_plural_and_each_coordinated_act_are_the_groups(run):
    ex = run("Nordic Ministerial Joint Statement\n\n"
             "The foreign ministers of Norway, Sweden and Finland met in Oslo on 2 May.\n\n"
             "Ministers welcomed the opening of the new port in Tromso.\n\n"
             "The ministers reiterated their concern about the attacks on fishing vessels, welcomed the "
             "new patrols in the Barents Sea, and encouraged Ruritania to stop the attacks and to "
             "compensate the fishermen.\n")
    texts = [t for _, _, t in said(ex)]
    assert {c.speaker for c in ex.claims} == {"country/NO"}
    assert any(t.startswith("welcomed the opening of the new port") for t in texts)
    assert any(t.startswith("reiterated their concern") and "patrols" not in t for t in texts)
    assert any(t.startswith("encouraged Ruritania") and t.endswith("compensate the fishermen") for t in texts)


def test_a_pronoun_agrees_with_the_gender_of_a_given_name(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist met Thomas Berglund in Oslo on Tuesday, and Berglund "
             "spoke first.\n\nShe said the northern routes would be busy within ten years.\n")
    assert (MARIA, "indirect", "the northern routes would be busy within ten years") in said(ex)


def test_the_ministry_is_the_country_that_qualified_it_before(run):
    ex = run("Harbour Watch\n\nThe Norwegian foreign ministry said on Friday that Ruritanian ships "
             "had crossed into the fjord.\n\nThe ships left after a warning, the ministry said in a statement.\n")
    assert [c.speaker for c in ex.claims] == ["country/NO", "country/NO"]


def test_conveyed_reports_its_object(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist conveyed her respect for the work of the coast guard "
             "in the northern fjords.\n")
    assert said(ex) == [(MARIA, "indirect", "her respect for the work of the coast guard in the northern fjords")]


def test_a_request_is_read_once_per_verb(run, monkeypatch):
    calls = []
    real = reported_mod._request

    def counted(verb):
        calls.append(verb.i)
        return real(verb)
    monkeypatch.setattr(reported_mod, "_request", counted)
    ex = run("Harbour Watch\n\nMaria Lindqvist asked the navy to patrol the northern routes every week.\n")
    assert said(ex) == [(MARIA, "indirect", "the navy to patrol the northern routes every week")]
    assert len(calls) == len(set(calls))


def test_both_is_the_first_of_the_two_just_named(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist met Thomas Berglund in Oslo on Tuesday. "
             "Both pledged to work closely on the northern routes in the coming months.\n")
    assert [c.speaker for c in ex.claims] == [MARIA]


def test_portrayed_reports_its_object_and_what_it_is_taken_as(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist portrayed the new port as an example of the "
             "government's policy on the northern routes.\n")
    assert [(c.speaker, c.text) for c in ex.claims] == [
        (MARIA, "the new port as an example of the government's policy on the northern routes")]


def test_a_colon_that_opens_the_speakers_list_does_not_end_the_reported_words(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist said the town is left with two options: a new port "
             "or a longer pier.\n")
    assert said(ex) == [(MARIA, "indirect", "the town is left with two options: a new port or a longer pier")]


def test_a_colon_that_opens_a_quotation_ends_the_reported_words(run):
    ex = run('Harbour Watch\n\nMaria Lindqvist said the ports face one problem: "They are too small."\n')
    assert said(ex) == [(MARIA, "indirect", "the ports face one problem"), (MARIA, "direct", "They are too small")]


def test_a_quoted_name_goes_on_over_a_relative_clause_after_its_close(run):
    ex = run('Harbour Watch\n\nMaria Lindqvist called the critics of the port "cowards" who "want the '
             'fjord to stay empty."\n')
    assert [c.text for c in ex.claims] == ['the critics of the port "cowards" who "want the fjord to stay empty']


def test_a_frames_short_phrase_is_a_claim_but_a_short_object_is_not(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist called for a public inquiry. "
             "Thomas Berglund highlighted a broader perspective.\n")
    assert said(ex) == [(MARIA, "indirect", "a public inquiry")]


def test_a_reporting_verb_the_parse_left_unlabelled_after_a_comma_takes_the_subject_before(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist cheerfully offered the sailor a post as harbour master, then says "
             "she will welcome advice from anyone who wants it.\n")
    assert said(ex) == [(MARIA, "indirect", "she will welcome advice from anyone who wants it")]


def test_a_frames_phrase_goes_on_over_as(run):
    ex = run("Harbour Watch\n\nIn an interview, Maria Lindqvist pointed to Sweden as the regional leader.\n")
    assert said(ex) == [(MARIA, "indirect", "Sweden as the regional leader")]


def test_a_pronoun_takes_the_one_subject_before_it_in_its_own_sentence(run):
    ex = run("Harbour Watch\n\nErik Holm opened the meeting in Oslo on Monday.\n\n"
             "In a sign of how worried Thomas Berglund is about the fjord, he said the ships would "
             "have to wait another winter.\n")
    assert (THOMAS, "indirect", "the ships would have to wait another winter") in said(ex)


def test_a_reason_the_parse_hung_on_the_reporting_verb_is_part_of_the_reported_words(run):
    ex = run('Harbour Watch\n\nThomas Berglund wrote in a court file that the appeal was "pointless," because '
             'if any more ledgers existed, the council now keeps them.\n')
    assert [c.text for c in ex.claims] == [
        'the appeal was "pointless," because if any more ledgers existed, the council now keeps them']



def test_a_plural_subject_with_named_examples_is_the_first_example(run):
    ex = run("Harbour Watch\n\nProponents like Maria Lindqvist urged the council to lift the limit to "
             "nearly 48,000 crowns.\n")
    assert said(ex) == [(MARIA, "indirect", "the council to lift the limit to nearly 48,000 crowns")]


def test_cautioning_against_is_a_claim(run):
    ex = run("Harbour Watch\n\nThomas Berglund cautioned against reading the vote as an endorsement of the port.\n")
    assert said(ex) == [(THOMAS, "indirect", "reading the vote as an endorsement of the port")]


def test_a_label_with_a_bracketed_aside_before_its_colon_names_its_speaker(run):
    ex = run("Joint Press Conference, Oslo\n\n"
             "LINDQVIST MARIA, NORWAY’S MINISTER OF DEFENCE (VIA INTERPRETER): The fjord patrols begin "
             "next spring with four ships.\n")
    assert said(ex) == [("person/lindqvist-maria", "direct", "The fjord patrols begin next spring with four ships")]


def test_a_label_standing_over_no_body_text_opens_no_turn(run):
    ex = run("OSLO 4 C°\n\nRA CB:\n\n• NOK 10.1 EUR 11.4 SEK 9.8\n\n"
             "The harbour of Tromso will close for repairs next year, the port authority announced.\n")
    assert not any(c.kind == "direct" for c in ex.claims)
    assert not [e for e in ex.entities if e.type == "Person"]


def test_a_press_conference_under_a_byline_with_a_title_is_that_persons_words(run):
    ex = run("Pre-summit press conference\n\nby Nordic Council Secretary General Maria Lindqvist\n\n"
             "(As delivered)\n\nGood afternoon.\n\nThe ministers will meet this week to prepare the summit.\n")
    assert said(ex) == [(MARIA, "direct", "The ministers will meet this week to prepare the summit")]


def test_a_speech_titled_by_role_is_the_words_of_the_titled_person_of_its_header(run):
    ex = run("Minister for Fisheries - Speech to the Harbour Club, Bergen\n\nRelease details\n\n"
             "Senator the Hon Maria Lindqvist\n\nMinister for Fisheries\n\n12 June 2019\n\n"
             "The fjord patrols have kept the northern routes open all winter.\n")
    assert said(ex) == [(MARIA, "direct", "The fjord patrols have kept the northern routes open all winter")]


def test_a_speech_headline_over_a_journalists_byline_gives_the_journalist_nothing(run):
    ex = run("Fisheries speech angers coastal towns\n\nBy Thomas Berglund\n\n"
             "The fjord patrols have kept the northern routes open all winter.\n")
    assert not ex.claims


def test_a_joint_text_whose_opening_names_people_is_the_first_named_persons(run):
    ex = run("Nordic Trilateral Ministerial Joint Statement\n\n"
             "Norway Minister of Defence Maria Lindqvist, Sweden Minister of Defence Thomas Berglund and "
             "Finland Minister of Defence Anna Virtanen convened a meeting in Oslo on 2 May. "
             "They condemned the attacks on fishing vessels in the Barents Sea.\n")
    assert said(ex) == [(MARIA, "indirect", "condemned the attacks on fishing vessels in the Barents Sea")]


def test_disclosing_reports_what_was_disclosed(run):
    ex = run("Maria Lindqvist disclosed during a meeting of commanders that the navy had doubled its patrols.\n")
    assert said(ex) == [(MARIA, "indirect", "the navy had doubled its patrols")]


def test_fragments_of_remarks_that_go_on_the_sentence_before_are_no_claims(run):
    ex = run("Remarks by Minister Maria Lindqvist at the Harbour Forum\n\n"
             "The navy will need new ships within the decade. To replace the old frigates, and train "
             "their crews abroad. So that the northern routes stay open all winter.\n")
    assert [t for _, _, t in said(ex)] == ["The navy will need new ships within the decade"]


def test_name_labels_with_a_role_or_an_outlet_open_turns(run):
    ex = run("Harbour Talks\n\n"
             "Berg, Harbour Radio: The navy spoke of new patrols. What do you expect from them?\n\n"
             "Ms. Maria Lindqvist, Minister for Harbours: The ports will be ready within two years.\n\n"
             "Lindqvist: The northern routes will be busy within ten years.\n")
    assert said(ex) == [(MARIA, "direct", "The ports will be ready within two years"),
                        (MARIA, "direct", "The northern routes will be busy within ten years")]


def test_one_name_and_a_colon_open_no_turn(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist visited the harbour on Tuesday.\n\n"
             "Lindqvist: a minister with a plan for the northern routes.\n\n"
             "Thomas Berglund said the ports are not ready for the ships.\n")
    assert [(s, t) for s, _, t in said(ex)] == [(THOMAS, "the ports are not ready for the ships")]


def test_a_speaking_it_is_the_last_body_that_spoke(run):
    ex = run("Harbour Watch\n\nThe Harbour Board said in a statement that the port would close.\n\n"
             "Norway seized two trawlers in the fjord on Monday.\n\n"
             "“No ship should enter the fjord,” it warned.\n")
    quoted = [c.speaker for c in ex.claims if c.kind == "direct"]
    assert quoted == ["org/harbour-board"]


def test_a_speaking_it_is_first_a_body_of_its_own_sentence(run):
    ex = run("Harbour Watch\n\nThe Harbour Board said in a statement that the port would close.\n\n"
             "The Fjord Authority towed two trawlers out of the fjord, which it said had broken the rules.\n")
    assert [c.speaker for c in ex.claims if "broken the rules" in c.text] == ["org/fjord-authority"]


def test_the_statement_speaks_for_whoever_issued_the_last_one(run):
    ex = run("Harbour Watch\n\nThe Harbour Board said in a press release that the port would close.\n\n"
             "The ferries will stop running on Monday, the statement said.\n")
    assert ("org/harbour-board", "indirect", "The ferries will stop running on Monday") in said(ex)


def test_a_definite_document_refers_back_through_the_one_before(run):
    ex = run("Harbour Watch\n\nThe Harbour Board said in a statement that the port would close.\n\n"
             "According to the readout of the meeting, the ferries will stop running on Monday.\n\n"
             "“Ships must wait outside the fjord until the storm passes,” the statement reads.\n")
    assert ("org/harbour-board", "direct", "Ships must wait outside the fjord until the storm passes") in said(ex)


def test_an_office_speaks_for_the_person_it_serves(run):
    ex = run("Harbour Watch\n\nOSLO, March 26 (Harbour Wire) – Norwegian and Swedish ministers during a call on "
             "Monday agreed to resume ferry talks at the deputy level, the office of the Defence Press Secretary "
             "Maria Lindqvist said in a statement.\n")
    assert said(ex) == [(MARIA, "indirect", "Norwegian and Swedish ministers during a call on Monday agreed to "
                                            "resume ferry talks at the deputy level")]


def test_reported_words_leave_the_dateline_out(run):
    ex = run("Harbour Watch\n\nOSLO, March 26 (Harbour Wire) – Norwegian and Swedish ministers during a call on "
             "Monday agreed to resume ferry talks at the deputy level, Maria Lindqvist said in a statement.\n")
    assert said(ex) == [(MARIA, "indirect", "Norwegian and Swedish ministers during a call on Monday agreed to "
                                            "resume ferry talks at the deputy level")]


def test_answers_and_title_labels_of_a_press_conference_are_its_hosts(run):
    ex = run("Press Conference by Harbour Minister Maria Lindqvist (10:00-10:20, March 3)\n\n"
             "Minister: First, the navy will hold a joint drill with the coast guard next month.\n\n"
             "Q: What is the purpose of the drill?\n\n"
             "A: The drill will test how fast the ports can be closed.\n")
    assert said(ex) == [(MARIA, "direct", "First, the navy will hold a joint drill with the coast guard next month"),
                        (MARIA, "direct", "The drill will test how fast the ports can be closed")]


def test_a_reporters_label_in_a_press_conference_is_not_its_hosts(run):
    ex = run("Press Conference by Harbour Minister Maria Lindqvist (10:00-10:20, March 3)\n\n"
             "Minister: The navy will hold a joint drill with the coast guard next month.\n\n"
             "Reporter: The drill comes a week after the ferry strike ended.\n\n"
             "Minister: The two have nothing to do with each other.\n")
    assert said(ex) == [(MARIA, "direct", "The navy will hold a joint drill with the coast guard next month"),
                        (MARIA, "direct", "The two have nothing to do with each other")]


def test_a_speech_header_with_the_title_after_the_name_names_its_speaker(run):
    ex = run("Minister for Harbours – Speech – Northern Ports Forum, Bergen\n\n"
             "Maria Lindqvist, Minister for Harbours\n\n"
             "The northern ports have never been busier. We will open two new berths next year.\n")
    assert said(ex) == [(MARIA, "direct", "The northern ports have never been busier"),
                        (MARIA, "direct", "We will open two new berths next year")]


def test_a_headline_in_capitals_that_names_someone_opens_no_turn(run):
    ex = run("HARBOURWATCH: The northern ports will vote on Monday, and the race for the board is close.\n\n"
             "Maria Lindqvist leads the race for the harbour board.\n\n"
             "NORTHERN PORTS FAVOR LINDQVIST, BUT THE FISHING TOWNS FAVOR BERG - a pollster: “The towns will decide it.”\n\n"
             "The count begins on Monday night.\n")
    assert all(c.speaker != MARIA for c in ex.claims)
