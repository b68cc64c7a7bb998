"""Claims by the form of the text and of the quotation, on the real small spaCy pipeline:
continued quotes, transcript turns, remarks, joint statements, cues and denials."""
from __future__ import annotations

import pytest

from kg.model import Extraction

pytestmark = pytest.mark.model

MARIA = "person/maria-lindqvist"
THOMAS = "person/thomas-berglund"


@pytest.fixture
def run(extract_text):
    return extract_text


def said(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.kind, c.text) for c in ex.claims]


def test_a_quote_that_goes_on_after_its_tag_keeps_its_speaker(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist visited the harbour on Tuesday.\n\n"
             "“The northern routes will be busy within ten years,” Lindqvist said. "
             "“The ports are not ready for that.”\n")
    assert said(ex) == [(MARIA, "direct", "The northern routes will be busy within ten years"),
                        (MARIA, "direct", "The ports are not ready for that")]
    assert {c.cue for c in ex.claims} == {"say"}


def test_two_apostrophes_mark_a_quotation(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist visited the harbour on Tuesday.\n\n"
             "''The ports are not ready for that,'' Ms. Lindqvist said.\n")
    assert said(ex) == [(MARIA, "direct", "The ports are not ready for that")]


def test_a_paragraph_of_quotation_only_continues_the_quote_before(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist visited the harbour on Tuesday.\n\n"
             "“The northern routes will be busy within ten years,” Lindqvist said.\n\n"
             "“The ports are not ready for that.”\n")
    assert [c.speaker for c in ex.claims] == [MARIA, MARIA]


def test_a_pronoun_after_a_quote_in_the_reported_words_is_not_their_subject(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist said Thomas Berglund wants a new port.\n\n"
             "“We cannot wait another winter,” she said.\n")
    assert (MARIA, "direct", "We cannot wait another winter") in said(ex)


def test_a_denial_is_a_claim_marked_negated_with_its_cue(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist visited the harbour on Tuesday.\n\n"
             "Lindqvist denied that the navy had closed the northern routes.\n")
    [c] = ex.claims
    assert (c.speaker, c.text, c.cue, c.negated) == (MARIA, "the navy had closed the northern routes", "deny", True)


def test_it_was_announced_has_no_speaker(run):
    ex = run("Harbour Watch\n\nThe Nordic Council met in Oslo.\n\n"
             "It was announced that the northern routes would close for the winter.\n")
    assert ex.claims == ()


def test_a_transcript_turn_belongs_to_its_labelled_speaker(run):
    ex = run("Press Briefing on Harbour Security\n\n"
             "MODERATOR: Good afternoon. Minister Maria Lindqvist will speak first.\n\n"
             "MINISTER LINDQVIST: Thank you. The northern routes will be busy within ten years.\n\n"
             "The ports are not ready for that, and we will invest in them.\n\n"
             "Q: Will the navy help?\n\n"
             "MINISTER LINDQVIST: The navy will patrol the routes every week.\n")
    assert said(ex) == [(MARIA, "direct", "The northern routes will be busy within ten years"),
                        (MARIA, "direct", "The ports are not ready for that, and we will invest in them"),
                        (MARIA, "direct", "The navy will patrol the routes every week")]
    assert {c.cue for c in ex.claims} == {"speaker label"}


def test_remarks_published_under_a_name_are_that_persons_words(run):
    ex = run("Special Envoy Maria Lindqvist Remarks at the Harbour Forum\n\n"
             "Good morning, everyone. Thank you for inviting me.\n\n"
             "The northern routes will be busy within ten years. Our ports must be ready.\n")
    assert said(ex) == [(MARIA, "direct", "The northern routes will be busy within ten years"),
                        (MARIA, "direct", "Our ports must be ready")]


@pytest.mark.parametrize("title", [
    "Remarks by Commissioner Del Harbo at the Harbour Forum",
    "Commissioner Del Harbo As Delivered Remarks at the Harbour Forum",
    "PORTSEC Del Harbo Opening Remarks at the Harbour Forum",
])
def test_remarks_name_their_speaker_in_the_title_where_ner_finds_no_name(run, title):
    ex = run(f"{title}\n\nGood evening, everyone. Thank you for inviting me.\n\n"
             "The northern routes will be busy within ten years. Our ports must be ready.\n")
    assert said(ex) == [("person/del-harbo", "direct", "The northern routes will be busy within ten years"),
                        ("person/del-harbo", "direct", "Our ports must be ready")]


def test_a_title_of_capitalised_words_before_a_genre_names_nobody(run):
    ex = run("Harbour Forum Closing Remarks\n\nThe northern routes will be busy within ten years.\n")
    assert ex.claims == () and not [e for e in ex.entities if e.type == "Person"]


def test_a_joint_title_with_words_inside_it_makes_the_parties_speak_as_one(run):
    ex = run("Nordic Harbour Dialogue Joint Ministerial Statement\n\n"
             "The Ministers of Norway, Sweden and Finland met in Oslo on 2 May.\n\n"
             "The Ministers welcomed the opening of the new port in Tromso. The Ministers noted "
             "that fishing vessels in the Barents Sea had been attacked, and that states are "
             "responsible for safe passage.\n")
    assert {c.speaker for c in ex.claims} == {"country/NO"}
    assert [c.cue for c in ex.claims] == ["welcome", "note"]


def test_a_joint_statements_clauses_belong_to_its_issuing_group(run):
    ex = run("On 2 May, the Governments of Norway, Sweden and Finland, hereafter referred to as the "
             "Nordic Group, met to discuss the northern routes.\n\n"
             "The Nordic Group welcomed the opening of the new port in Tromso. "
             "They condemned the attacks on fishing vessels in the Barents Sea.\n")
    speakers = {c.speaker for c in ex.claims}
    assert len(ex.claims) == 2 and len(speakers) == 1
    assert speakers <= {"org/nordic-group", "country/NO"}


def test_called_on_x_to_gives_what_the_speaker_asked_for(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist called on Ruritania to withdraw its ships from the fjord.\n")
    assert said(ex) == [(MARIA, "indirect", "Ruritania to withdraw its ships from the fjord")]
    assert ex.claims[0].cue == "call"


def test_a_that_clause_hung_below_a_noun_is_still_the_content(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist said for the first time that the navy had closed the fjord.\n")
    assert said(ex) == [(MARIA, "indirect", "the navy had closed the fjord")]


def test_a_body_speaks_for_itself_and_a_spokesman_for_his_body(run):
    ex = run("Harbour Watch\n\nA Nordic Council spokesman said the northern routes will stay open all winter.\n")
    [c] = ex.claims
    assert c.speaker.startswith("org/nordic-council") and c.text == "the northern routes will stay open all winter"


def test_a_clause_ending_in_a_colon_introduces_the_quote_after_it(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist visited the port. Lindqvist resisted: "
             "\"The navy does not have the power to close the fjord.\"\n")
    assert said(ex) == [(MARIA, "direct", "The navy does not have the power to close the fjord")]


def test_a_quote_that_starts_mid_sentence_but_runs_on_past_it_is_a_claim(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist said the harbour \"plan may have failed. "
             "I do not want to be a critic of it.\"\n")
    assert said(ex) == [(MARIA, "direct", "plan may have failed. I do not want to be a critic of it")]


def test_a_reporting_verb_inside_a_quotation_or_a_relative_clause_reports_nothing(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist visited the port.\n\n"
             "Everything the minister says about the harbour is wrong, according to the editors.\n\n"
             "Lindqvist said the navy is \"telling the sailors what they want to believe.\"\n")
    assert [(c.speaker, c.cue) for c in ex.claims] == [(MARIA, "say")]


def test_a_quotation_that_goes_on_in_the_next_paragraph_is_read_to_its_end(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist spoke to the sailors on Tuesday.\n\n"
             "“The northern routes will be busy within ten years,” Lindqvist said. “The ports are not ready.\n\n"
             "“We will have to build new ones.”\n")
    assert said(ex) == [(MARIA, "direct", "The northern routes will be busy within ten years"),
                        (MARIA, "direct", "The ports are not ready"),
                        (MARIA, "direct", "We will have to build new ones")]


def test_a_headline_that_mentions_a_speech_publishes_nobodys_remarks(run):
    ex = run("President Maria Lindqvist's Speech Angers Ruritania\n\n"
             "The northern routes will be busy within ten years. Ruritania protested on Tuesday.\n")
    assert ex.claims == ()


def test_the_genre_word_must_publish_the_text_under_the_name():
    from kg.extract.turns import _published_by
    assert _published_by("", " Remarks at the Harbour Forum")
    assert _published_by("Remarks by Special Envoy ", " at the Harbour Forum")
    assert _published_by("", "'s Statement on the Fjord")
    assert not _published_by("", " Speech Angers Ruritania")
    assert not _published_by("Critics of the Statement Attack ", "")


def test_a_speaker_phrase_at_the_end_is_no_part_of_the_content_but_one_inside_is_kept(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist visited the port.\n\n"
             "Watching the northern routes is crucial, as Lindqvist pointed out.\n\n"
             "The northern routes, Lindqvist said, will be busy within ten years.\n")
    assert [c.text for c in ex.claims] == ["Watching the northern routes is crucial",
                                           "The northern routes, Lindqvist said, will be busy within ten years"]


def test_the_ministry_is_the_last_body_named_with_that_word(run):
    ex = run("Harbour Watch\n\nNorway's Defence Ministry confirmed the loss of one patrol boat.\n\n"
             "The ministry said its crew had survived the storm.\n")
    assert [(c.speaker, c.text) for c in ex.claims] == [
        ("org/norway-defence-ministry", "the loss of one patrol boat"),
        ("org/norway-defence-ministry", "its crew had survived the storm")]


def test_reported_words_stop_where_a_whole_quotation_begins(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist said the navy had closed the fjord, "
             "“to keep the fishing fleet safe from the storm.”\n")
    assert said(ex) == [(MARIA, "indirect", "the navy had closed the fjord"),
                        (MARIA, "direct", "to keep the fishing fleet safe from the storm")]


def test_a_short_phrase_without_a_verb_is_no_reported_claim(run):
    ex = run("Harbour Watch\n\nMaria Lindqvist highlighted a broader strategic perspective.\n")
    assert ex.claims == ()


def test_a_colon_tags_paragraphs_without_quote_marks_are_the_speakers_while_in_their_voice(extract_text):
    ex = extract_text("Fjord patrols a year on\n\n"
                      "Fisheries Minister Maria Lindqvist said:\n\n"
                      "For ten years the patrols have kept the routes open. The weather we face is harsher every winter.\n\n"
                      "I have seen how our crews keep the northern harbours safe.\n\n"
                      "Nearly 200 sailors have served on the patrol boats since April.\n")
    assert [(c.kind, c.text) for c in ex.claims] == [
        ("direct", "For ten years the patrols have kept the routes open. The weather we face is harsher every winter"),
        ("direct", "I have seen how our crews keep the northern harbours safe")]
