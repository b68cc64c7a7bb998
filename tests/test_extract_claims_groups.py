"""Speakers that are groups, on the real small spaCy pipeline: a joint text named by a heading
under a date line, a joint text in its parties' own voice, an outlet that quotes a person 'as
saying', plural ministers that one organisation qualifies."""
from __future__ import annotations

import pytest

from kg.model import Extraction

pytestmark = pytest.mark.model

MARIA = "person/maria-lindqvist"


@pytest.fixture
def run(extract_text):
    return extract_text


def said(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.kind, c.text) for c in ex.claims]


def test_a_joint_statement_heading_under_a_date_line_makes_a_joint_text(run):
    ex = run("Thursday, 3 May 2029\n\n"
             "Joint Statement: Nordic Harbour Ministers' Meeting\n\n"
             "The harbour ministers of Norway, Sweden and Finland met by video link on 2 May.\n\n"
             "Ministers welcomed the opening of the new ferry terminal in Tromso.\n")
    assert {c.speaker for c in ex.claims} == {"country/NO"}
    assert any(t.startswith("welcomed the opening of the new ferry terminal") for _, _, t in said(ex))


def test_a_joint_text_in_the_first_person_is_the_groups_words(run):
    ex = run("Joint Statement of the Nordic Harbour Ministers\n\n"
             "The harbour ministers of Norway, Sweden and Finland met in Bergen on 2 May.\n\n"
             "We reaffirm the value of the harbour partnership for our fishing fleets. "
             "The partnership was built to keep the northern ferry routes open in winter.\n")
    assert ("country/NO", "direct", "The partnership was built to keep the northern ferry routes open in winter") \
        in said(ex)
    assert all(c.speaker == "country/NO" for c in ex.claims)


def test_an_outlet_that_quotes_a_person_as_saying_is_not_the_speaker(run):
    ex = run("Harbour Watch\n\n"
             "Maria Lindqvist, the Norwegian harbour minister, visited Tromso on Monday.\n\n"
             "\"The northern ferry routes will be busy within ten years,\" the Harbour Gazette quoted "
             "Lindqvist as saying.\n")
    assert (MARIA, "direct", "The northern ferry routes will be busy within ten years") in said(ex)


def test_plural_ministers_of_one_organisation_speak_for_it(run):
    ex = run("Harbour Watch\n\n"
             "\"The patrols in the Barents Sea will go on through the whole winter,\" the NATO ministers said.\n")
    speakers = {c.speaker for c in ex.claims}
    assert len(speakers) == 1 and next(iter(speakers)).startswith("org/")


def test_the_noun_phrase_after_a_closing_quote_tags_it_when_the_parse_looks_inside(run):
    ex = run("Ports Today\n\n"
             "Ruritania’s Harbour Minister Karl Ostberg said the winter storms had closed three ports.\n\n"
             "“On one side, the harbours that respect maritime law; on the other side, those who ignore that "
             "law to pursue their aims, including by the use of naval force,” the Ruritanian Harbour Minister "
             "added in his opening speech.\n")
    assert any(s == "person/karl-ostberg" and t.startswith("On one side") for s, _, t in said(ex))


def test_a_country_that_ends_a_place_name_is_no_speaker(run):
    ex = run("Harbour Watch\n\n"
             "The harbour ministers renewed their pledge to keep the ferry routes open, a statement from "
             "the meeting in Bergen, Norway stated.\n")
    assert all(c.speaker != "country/NO" for c in ex.claims)


def test_a_person_after_a_place_still_speaks(run):
    ex = run("Ports Today\n\n"
             "Karl Ostberg, the harbour minister, arrived on Monday.\n\n"
             "At the quay in Bergen, Ostberg said the ferry routes would stay open all winter.\n")
    assert ("person/karl-ostberg", "indirect", "the ferry routes would stay open all winter") in said(ex)
