"""kg.extract.affiliations on a list of officials each set off with an inverted title, as joint
statements and readouts write them ("the Minister of X, A, the Minister of Y, B, and ..."): each
title is the name's that follows it, never its neighbour's. Hand-made Docs parsed as the small
English model parses such lists (titles hung on the wrong name, conjoined across the list)."""
from __future__ import annotations

import pytest

from docs import doc, found
from kg.extract.affiliations import affiliations

LIST = """
        0  The        1  det       DET
        1  Minister   33 nsubj     PROPN
        2  for        1  prep      ADP
        3  Foreign    4  compound  PROPN
        4  Affairs    2  pobj      PROPN
        5  of         4  prep      ADP
        6  Canada     5  pobj      PROPN
        7  ,          6  punct     PUNCT
        8  Anne       9  compound  PROPN
        9  Roy        6  appos     PROPN
        10 ,          9  punct     PUNCT
        11 the        13 det       DET
        12 Foreign    13 compound  PROPN
        13 Minister   9  appos     PROPN
        14 of         13 prep      ADP
        15 Norway     14 pobj      PROPN
        16 ,          13 punct     PUNCT
        17 Lise       18 compound  PROPN
        18 Vik        13 conj      PROPN
        19 ,          18 punct     PUNCT
        20 and        18 cc        CCONJ
        21 the        22 det       DET
        22 Secretary  1  conj      PROPN
        23 of         22 prep      ADP
        24 State      23 pobj      PROPN
        25 of         22 prep      ADP
        26 the        28 det       DET
        27 United     28 compound  PROPN
        28 States     25 pobj      PROPN
        29 ,          22 punct     PUNCT
        30 Mary       31 compound  PROPN
        31 Cole       22 appos     PROPN
        32 ,          22 punct     PUNCT
        33 met        33 ROOT      VERB   meet
        34 .          33 punct     PUNCT
    """
PEOPLE = [("Anne Roy", "PERSON"), ("Lise Vik", "PERSON"), ("Mary Cole", "PERSON")]


def pairs(d) -> set[tuple[str, str]]:
    return {(a.person, a.org) for a in affiliations(d, found(d))}


def test_each_inverted_title_in_a_list_is_the_following_names():
    assert pairs(doc(LIST, PEOPLE)) == {("person/anne-roy", "country/CA"), ("person/lise-vik", "country/NO"),
                                         ("person/mary-cole", "country/US")}


def test_a_title_set_off_after_one_name_is_still_that_names():
    d = doc("""
        0  Anne      1  compound  PROPN
        1  Roy       10 nsubj     PROPN
        2  ,         1  punct     PUNCT
        3  the       5  det       DET
        4  Foreign   5  compound  PROPN
        5  Minister  1  appos     PROPN
        6  of        5  prep      ADP
        7  Norway    6  pobj      PROPN
        8  ,         1  punct     PUNCT
        9  has       10 aux       AUX
        10 spoken    10 ROOT      VERB   speak
        11 .         10 punct     PUNCT
    """, [("Anne Roy", "PERSON")])
    assert pairs(d) == {("person/anne-roy", "country/NO")}


# "The 480th Wing flew. Jane Doe, commander of the 480th, spoke."
NUMBERED = """
        0  The        2  det       DET
        1  480th      2  compound  PROPN
        2  Wing       3  nsubj     PROPN
        3  flew       3  ROOT      VERB   fly
        4  .          3  punct     PUNCT
        5  Jane       6  compound  PROPN
        6  Doe        13 nsubj     PROPN
        7  ,          6  punct     PUNCT
        8  commander  6  appos     NOUN
        9  of         8  prep      ADP
        10 the        11 det       DET
        11 {number}   9  pobj      NOUN
        12 ,          6  punct     PUNCT
        13 spoke      13 ROOT      VERB   speak
        14 .          13 punct     PUNCT
    """


def test_a_units_number_alone_is_the_unit_the_article_named_with_it():
    d = doc(NUMBERED.format(number="480th"), [("480th Wing", "ORG"), ("Jane Doe", "PERSON")])
    assert pairs(d) == {("person/jane-doe", "org/480th-wing")}
    other = doc(NUMBERED.format(number="510th"), [("480th Wing", "ORG"), ("Jane Doe", "PERSON")])
    assert pairs(other) == set()



@pytest.mark.model
def test_a_country_word_before_a_national_title_that_is_not_its_own_gives_no_country(extract_text):
    ex = extract_text("Readout of Secretary of Defense John Roe's Call With U.K. Secretary of State for Defence "
                      "Jane Doe\n\nSecretary of Defense John Roe spoke by phone with U.K. Secretary of State for "
                      "Defence Jane Doe today. The United States thanked the United Kingdom.\n")
    homes = {(a.person, a.org) for a in ex.affiliations}
    assert ("person/jane-doe", "country/US") not in homes


@pytest.mark.model
def test_a_style_before_the_next_name_in_a_list_of_inverted_titles_keeps_the_list_apart(extract_text):
    ex = extract_text("Harbour news\n\nThe Minister for Foreign Affairs of Norway, HE Jane Doe, the Secretary of "
                      "State for Sweden, HE John Roe, and the Minister for Defence of Finland, Senator the Hon Mary Poe, "
                      "met in Oslo on 1 May.\n")
    homes = {(a.person, a.org) for a in ex.affiliations}
    assert {("person/jane-doe", "country/NO"), ("person/john-roe", "country/SE"), ("person/mary-poe", "country/FI")} <= homes
    assert not homes & {("person/jane-doe", "country/SE"), ("person/john-roe", "country/FI")}


@pytest.mark.model
def test_its_before_a_role_is_the_one_country_the_sentence_is_about(extract_text):
    ex = extract_text("Harbour news\n\nSweden has tested about forty missiles this year as its leader, Karl Blum, "
                      "refuses to return to talks with Norway.\n")
    assert {(a.person, a.org) for a in ex.affiliations} == {("person/karl-blum", "country/SE")}


def test_a_title_whose_domain_ends_in_a_plural_is_no_plural_title_shared_over_a_list():
    d = doc("""
        0  Jane      1  compound  PROPN
        1  Doe       10 nsubj     PROPN
        2  and       1  cc        CCONJ
        3  Swedish   4  amod      ADJ
        4  Minister  9  compound  PROPN
        5  of        4  prep      ADP
        6  Foreign   7  compound  PROPN
        7  Affairs   5  pobj      PROPN  affair
        8  John      9  compound  PROPN
        9  Roe       1  conj      PROPN
        10 met       10 ROOT      VERB   meet
        11 .         10 punct     PUNCT
    """, [(0, 2, "PERSON"), (3, 4, "NORP"), (8, 10, "PERSON")])
    assert pairs(d) == {("person/john-roe", "country/SE")}


def test_a_name_followed_by_its_own_country_does_not_take_the_title_before_the_and():
    d = doc("""
        0  Norwegian  2  amod      ADJ
        1  Prime      2  compound  PROPN
        2  Minister   4  compound  PROPN
        3  Jane       4  compound  PROPN
        4  Doe        11 nsubj     PROPN
        5  and        4  cc        CCONJ
        6  President  8  compound  PROPN
        7  John       8  compound  PROPN
        8  Roe        4  conj      PROPN
        9  of         8  prep      ADP
        10 Sweden     9  pobj      PROPN
        11 met        11 ROOT      VERB   meet
        12 .          11 punct     PUNCT
    """, [(0, 1, "NORP"), (3, 5, "PERSON"), (7, 9, "PERSON")])
    assert pairs(d) == {("person/jane-doe", "country/NO"), ("person/john-roe", "country/SE")}


def test_a_plural_role_set_beside_a_list_of_names_is_each_names():
    d = doc("""
        0  Norway     2  poss      PROPN
        1  's         0  case      PART
        2  ministers  10 nsubj     NOUN/NNS  minister
        3  ,          2  punct     PUNCT
        4  Jane       5  compound  PROPN
        5  Doe        2  appos     PROPN
        6  and        5  cc        CCONJ
        7  John       8  compound  PROPN
        8  Roe        5  conj      PROPN
        9  ,          2  punct     PUNCT
        10 met        10 ROOT      VERB   meet
        11 .          10 punct     PUNCT
    """, [(4, 6, "PERSON"), (7, 9, "PERSON")])
    assert pairs(d) == {("person/jane-doe", "country/NO"), ("person/john-roe", "country/NO")}


def test_a_plural_role_the_parser_lists_with_the_names_is_each_names(extract_text):
    ex = extract_text("The pact was signed on Monday. Norway's foreign and defence ministers, Anne Berg and "
                      "Lars Moen, were present at the harbour.")
    homes = {(a.person, a.org) for a in ex.affiliations}
    assert {("person/anne-berg", "country/NO"), ("person/lars-moen", "country/NO")} <= homes
