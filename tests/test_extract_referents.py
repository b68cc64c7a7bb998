"""Speakers named by a description, a report or a pronoun's gender (``kg.extract.referents``), on
the real small spaCy pipeline: a role given in apposition, a rank's abbreviation, a description's
modifier that must fit, the author of a report or poll, honorifics counted by the most of them, a
pronoun's gender read from the person's own clause."""
from __future__ import annotations

import pytest

from kg.model import Extraction

pytestmark = pytest.mark.model

ODA = "person/olav-dahlberg"
KARI = "person/kari-nordvik"


@pytest.fixture
def run(extract_text):
    return extract_text


def said(ex: Extraction) -> list[tuple[str, str]]:
    return [(c.speaker, c.text) for c in ex.claims]


def test_a_role_given_in_apposition_names_the_person_later(run):
    ex = run("Harbour Watch\n\nThe minister of fisheries, Olav Dahlberg, visited the northern port on Monday.\n\n"
             "The minister said: \"We are preparing for a busy season on every route.\"\n")
    assert (ODA, "We are preparing for a busy season on every route") in said(ex)


def test_an_abbreviated_rank_is_the_role_a_description_uses(run):
    ex = run("Harbour Watch\n\nSen. Olav Dahlberg toured the shipyard on Monday with Kari Nordvik.\n\n"
             "The senator said the shipyard would hire four hundred welders next year.\n")
    assert (ODA, "the shipyard would hire four hundred welders next year") in said(ex)


def test_a_modifier_the_article_never_tied_to_the_person_names_nobody(run):
    ex = run("Harbour Watch\n\nSen. Olav Dahlberg toured the shipyard on Monday.\n\n"
             "The Ruritanian senator said the shipyard would hire four hundred welders next year.\n")
    assert all(c.speaker != ODA for c in ex.claims)


def test_a_modifier_written_near_the_person_fits(run):
    ex = run("Harbour Watch\n\nSen. Olav Dahlberg of Norway toured the shipyard on Monday with Kari Nordvik.\n\n"
             "The Norwegian senator said the shipyard would hire four hundred welders next year.\n")
    assert (ODA, "the shipyard would hire four hundred welders next year") in said(ex)


def test_a_count_by_a_body_is_that_bodys_claim(run):
    ex = run("Harbour Watch\n\nThe ferry line carried nine thousand passengers in May, "
             "according to a count by the Norwegian Maritime Authority.\n")
    speakers = {c.speaker for c in ex.claims}
    assert len(speakers) == 1 and next(iter(speakers)).startswith("org/norwegian-maritime-authority")


def test_she_is_a_woman_the_article_marked_before_a_person_of_unknown_gender(run):
    ex = run("Harbour Watch\n\nSanne Okonkwo-Vale met Ms. Nordvik in Bergen on Tuesday. Kari Nordvik praised the "
             "harbour crews.\n\nShe said the northern routes would be busy within ten years.\n")
    assert (KARI, "the northern routes would be busy within ten years") in said(ex)


def test_honorifics_that_disagree_count_by_the_most(run):
    ex = run("Harbour Watch\n\nKari Nordvik opened the port. Mrs. Nordvik thanked the crews, and Mrs. Nordvik "
             "cut the ribbon. Mr. Nordvik watched. Olav Dahlberg spoke after that.\n\n"
             "She said the northern routes would be busy within ten years.\n")
    assert (KARI, "the northern routes would be busy within ten years") in said(ex)


def test_a_pronoun_in_the_persons_own_clause_gives_their_gender(run):
    ex = run("Harbour Watch\n\nAlexis Brandvold said she would sail north in May. Ren Halloway stayed in port.\n\n"
             "She added that the northern routes would be busy within ten years.\n")
    assert ("person/alexis-brandvold", "the northern routes would be busy within ten years") in said(ex)


def test_a_dateline_names_no_speaker_its_apposition_does(run):
    ex = run("Harbour Watch\n\nBERGEN (Harbour Wire) - Olav Dahlberg met the crews on Monday and said the northern "
             "routes would be busy within ten years.\n")
    assert (ODA, "the northern routes would be busy within ten years") in said(ex)


def test_the_authors_of_a_plan_are_not_the_two_people_named_before(run):
    ex = run("Harbour Watch\n\nOlav Dahlberg met Kari Nordvik in Bergen on Monday.\n\n"
             "The authors of the harbour plan said the northern routes would be busy within ten years.\n")
    assert all(c.speaker not in (ODA, KARI) for c in ex.claims)


FILLER = " ".join(f"The {w} crews work every night in the cold." for w in
                  ("harbour", "ferry", "pilot", "tug", "dock", "fishing", "rescue"))


def test_a_pronoun_far_from_any_name_is_the_person_the_text_is_about(run):
    ex = run("Harbour Watch\n\nOlav Dahlberg opened the port in May.\n\n" + FILLER + "\n\n"
             "He said the northern routes would be busy within ten years.\n")
    assert (ODA, "the northern routes would be busy within ten years") in said(ex)


def test_a_pronoun_far_from_any_name_names_nobody_when_another_man_was_named_since(run):
    ex = run("Harbour Watch\n\nOlav Dahlberg opened the port in May. The plan was drawn up by Henrik Solberg.\n\n"
             + FILLER + "\n\nHe said the northern routes would be busy within ten years.\n")
    assert not any(c.text.startswith("the northern routes") for c in ex.claims)


def test_a_pronoun_far_from_any_name_names_nobody_when_the_text_turned_to_another_speaker(run):
    ex = run("Harbour Watch\n\nOlav Dahlberg opened the port in May. Ms. Kari Nordvik said that fuel "
             "costs were rising.\n\n" + FILLER + "\n\nHe said the northern routes would be busy within ten years.\n")
    assert not any(c.speaker == ODA and c.text.startswith("the northern routes") for c in ex.claims)


def test_a_capitalised_role_in_apposition_names_the_person_later(run):
    ex = run("Harbour Watch\n\nThe plan was signed on Sunday by the Minister of Fisheries, Olav Dahlberg.\n\n"
             "The minister said the northern routes would be busy within ten years.\n")
    assert (ODA, "the northern routes would be busy within ten years") in said(ex)


def test_a_rank_the_parse_took_for_the_subject_is_the_person_named_after_it():
    import spacy
    from spacy.tokens import Doc

    from kg.extract.doc import Found
    from kg.extract.speakers import Speakers
    from kg.model import Article, Mention

    words = ["Capt", ".", "Olav", "Dahlberg", "said", "it", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False, True, True, True, True, False, False],
              heads=[4, 0, 3, 4, 4, 4, 4], deps=["nsubj", "punct", "compound", "npadvmod", "ROOT", "dobj", "punct"],
              pos=["PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"])
    mention = Mention(doc[2].idx, doc[3].idx + len("Dahlberg"), "Olav Dahlberg", "Person", ODA)
    speakers = Speakers(doc, Found(Article(path="t.txt", text=doc.text, sha256="0"), (mention,)))
    assert speakers.of(doc[0]) == ODA


def test_a_role_two_people_bear_in_one_sentence_names_neither(run):
    ex = run("Harbour Watch\n\nFisheries Minister Olav Dahlberg and Fisheries Minister Kari Nordvik met in the port.\n\n"
             "The minister said the shipyard would hire four hundred welders next year.\n")
    assert said(ex) == []


def test_a_role_names_the_last_of_its_bearers_when_named_apart(run):
    ex = run("Harbour Watch\n\nFisheries Minister Kari Nordvik opened the port in May.\n\n"
             "Fisheries Minister Olav Dahlberg toured the shipyard on Monday.\n\n"
             "The minister said the shipyard would hire four hundred welders next year.\n")
    assert said(ex) == [(ODA, "the shipyard would hire four hundred welders next year")]


def test_a_role_noun_parsed_as_the_subject_with_the_name_hung_on_it_is_that_person(run):
    ex = run("Harbour Watch\n\n“The patrols will go on all winter,” said Norwegian Air Force Lt. Col. Jondavor ‘Dok’ "
             "Hertzberg, 4th Patrol Squadron commander.\n")
    assert said(ex) == [("person/jondavor-dok-hertzberg", "The patrols will go on all winter")]


def test_a_pronoun_with_no_person_near_it_is_the_country_a_role_noun_spoke_for(run):
    ex = run("Regional news\n\nThe representative of Norway warned that the fjord would stay closed to tankers.  "
             "“We will not change course,” she said.\n")
    assert {c.speaker for c in ex.claims} == {"country/NO"} and len(ex.claims) == 2


def test_a_pronoun_of_the_other_gender_is_not_the_spokeswoman(run):
    ex = run("Regional news\n\nA spokeswoman for Norway said the fjord would stay closed to tankers.  "
             "“We will not change course,” he said.\n")
    assert [c.speaker for c in ex.claims] == ["country/NO"]


def test_a_leads_role_noun_is_the_person_the_next_sentence_names_with_that_role(run):
    ex = run("Harbour Watch\n\nThe ferry routes will stay open all winter, the fisheries minister said on Monday.\n\n"
             "Fisheries Minister Olav Dahlberg told a meeting of harbour masters that the routes were safe.\n")
    assert (ODA, "The ferry routes will stay open all winter") in said(ex)


def test_a_role_noun_before_two_people_named_with_it_names_neither(run):
    ex = run("Harbour Watch\n\nThe ferry routes will stay open all winter, the minister said on Monday.\n\n"
             "Minister Olav Dahlberg and Minister Kari Nordvik met harbour masters in Bergen.\n")
    assert not any(t.startswith("The ferry routes") for _, t in said(ex))
