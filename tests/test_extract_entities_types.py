"""Types and names from how a name is written: a place's name with an English plural is a team,
not a person; an outlet's possessive before a person's name splits the two; a capitalised
preposition NER put before a name is no part of it; a given name, an initial and a surname
tagged as a body are a person."""
from __future__ import annotations

from docs import doc, resolved


def names(d) -> list[tuple[str, str]]:
    _, ents, _ = resolved(d)
    return sorted((e.type, e.name) for e in ents)


def test_a_places_name_and_an_english_plural_is_a_team_not_a_person():
    d = doc("""
        0  The      2  det       DET
        1  Denver   2  compound  PROPN
        2  Panthers 3  nsubj     PROPN/NNPS
        3  won      3  ROOT      VERB   win
        4  .        3  punct     PUNCT
    """, [("Denver Panthers", "ORG")])
    assert names(d) == [("Organization", "Denver Panthers")]


def test_an_outlets_bare_possessive_before_a_persons_name_splits_them():
    d = doc("""
        0  Doe      1  nsubj     PROPN
        1  spoke    1  ROOT      VERB   speak
        2  to       1  prep      ADP
        3  Harbour  4  compound  PROPN
        4  News     7  poss      PROPN
        5  ’        4  case      PART
        6  Kari     7  compound  PROPN
        7  Vinter   2  pobj      PROPN
        8  .        1  punct     PUNCT
    """, [("Doe", "PERSON"), (3, 8, "ORG")])
    assert names(d) == [("Organization", "Harbour News"), ("Person", "Doe"), ("Person", "Kari Vinter")]


def test_a_capitalised_preposition_before_a_name_is_no_part_of_it():
    d = doc("""
        0  Without  5  prep      ADP
        1  Vinter   0  pobj      PROPN
        2  ,        5  punct     PUNCT
        3  Kari     4  compound  PROPN
        4  Brekke   5  nsubj     PROPN
        5  leads    5  ROOT      VERB   lead
        6  .        5  punct     PUNCT
    """, [("Without Vinter", "PERSON"), ("Kari Brekke", "PERSON")])
    assert names(d) == [("Person", "Kari Brekke"), ("Person", "Vinter")]


def test_a_given_name_an_initial_and_a_surname_tagged_as_a_body_are_a_person():
    d = doc("""
        0  Kari     2  compound  PROPN
        1  Q.       2  compound  PROPN
        2  Brekke   3  nsubj     PROPN
        3  wrote    3  ROOT      VERB   write
        4  .        3  punct     PUNCT
    """, [("Kari Q. Brekke", "ORG")])
    assert names(d) == [("Person", "Kari Q. Brekke")]


def test_names_joined_by_an_ampersand_are_a_firm_though_one_is_a_persons_surname():
    d = doc("""
        0  Roe      1  nsubj     PROPN
        1  joined   1  ROOT      VERB   join
        2  Kari     4  compound  PROPN
        3  &        2  cc        CCONJ
        4  Roe      1  dobj      PROPN
        5  .        1  punct     PUNCT
    """, [(0, 1, "PERSON"), (2, 5, "ORG")])
    assert names(d) == [("Organization", "Kari & Roe"), ("Person", "Roe")]


def test_a_name_hyphened_to_a_class_noun_is_a_kind_of_ship_not_an_actor(extract_text):
    ex = extract_text("Harbour news\n\nThe Norwegian Navy sent the Fridtjof-class frigate Roald and a Skjold-"
                      "class corvette to the exercise, Commander Kari Holt said.\n")
    people = {e.key for e in ex.entities if e.type == "Person"}
    assert "person/kari-holt" in people and not any("fridtjof" in k or "skjold" in k for k in people)


def test_a_training_facility_is_a_place_not_a_body(extract_text):
    ex = extract_text("Harbour news\n\nThe drills were held at the Northern Coast Guard Training Facility in Tromso, "
                      "Commander Kari Holt said.\n")
    assert not [e for e in ex.entities if e.type == "Organization" and "Facility" in e.name]


def test_a_nickname_in_single_quotes_after_a_rank_stays_in_the_persons_name(extract_text):
    ex = extract_text("Harbour news\n\n“We are ready,” said Norwegian Air Force Lt. Col. Jondavor ‘Dok’ Hertzberg, "
                      "the squadron commander.\n")
    assert [e.name for e in ex.entities if e.type == "Person"] == ["Jondavor ‘Dok’ Hertzberg"]
