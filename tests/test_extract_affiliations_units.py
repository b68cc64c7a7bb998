"""kg.extract.apposed and kg.extract.units on invented sentences (through the real pipeline, or
as hand-made Docs where a parse matters): a unit named alone after a ranked name, a title that
names the person again, a role that describes the country of the name, an appositive hung on an
earlier word, and a body named again by its common nouns."""
from __future__ import annotations

from docs import doc, found
from kg.extract.affiliations import affiliations


def affs(d) -> list[tuple[str, str, str | None]]:
    return sorted((a.person, a.org, a.role) for a in affiliations(d, found(d)))


def pairs(ex) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.person], names[a.org]) for a in ex.affiliations}


def test_units_listed_after_ranked_names_belong_to_each(extract_text):
    ex = extract_text("Three airmen were honored for their work during the spring exercise. The honored airmen "
                      "were: Senior Airman Dara Velk, 41st Signal Squadron; Staff Sgt. Omar Lind, 77th Airlift "
                      "Squadron; and Tech. Sgt. Rina Boll, 41st Signal Squadron.")
    assert {("Dara Velk", "41st Signal Squadron"), ("Omar Lind", "77th Airlift Squadron")} <= pairs(ex)


def test_an_unranked_name_before_a_body_is_no_member_of_it(extract_text):
    ex = extract_text("The report thanked many partners for their help this year. Among them were Dara Velk, "
                      "the Harbour Trust, and the Coastal Forum.")
    assert not any(p == "Dara Velk" for p, _ in pairs(ex))


def test_a_title_that_names_the_person_again_still_gives_the_body(extract_text):
    ex = extract_text("Mara Quill, Under Secretary Quill for Acquisition and Sustainment over at the Department "
                      "of Defense, led the delegation on the first day of the show.")
    assert any(p == "Mara Quill" and ("Defense" in o or o == "Pentagon") for p, o in pairs(ex))


def test_a_role_set_off_after_the_names_country_describes_the_country(extract_text):
    ex = extract_text("Several countries welcomed the new group on Monday. Prime Minister Jon Harek of Norway, "
                      "the only NATO member in the group, called it a good start for the region.")
    assert ("Jon Harek", "Norway") in pairs(ex)
    assert not any(p == "Jon Harek" and o != "Norway" for p, o in pairs(ex))


def test_an_appositive_the_parser_hung_on_an_earlier_word_is_the_names():
    d = doc("""
        0  We         1  nsubj     PRON
        1  welcomed   1  ROOT      VERB   welcome
        2  my         3  poss      PRON
        3  friend     1  dobj      NOUN
        4  and        3  cc        CCONJ
        5  colleague  7  compound  NOUN
        6  Arvid      7  compound  PROPN
        7  Holm       3  conj      PROPN
        8  ,          3  punct     PUNCT
        9  the        12 det       DET
        10 Norwegian  12 amod      ADJ
        11 foreign    12 amod      ADJ
        12 minister   3  appos     NOUN
        13 .          1  punct     PUNCT
    """, [("Arvid Holm", "PERSON")])
    assert [(p, o) for p, o, _ in affs(d)] == [("person/arvid-holm", "country/NO")]


def test_a_unit_named_again_by_its_common_nouns_is_the_roles(extract_text):
    ex = extract_text("The exercise was led by the 2nd Harbor Brigade Combat Team from Fort Elm. \"We trained "
                      "hard all month,\" said Col. Ines Varga, the brigade combat team commander. Varga will leave "
                      "the post next year.")
    assert ("Ines Varga", "2nd Harbor Brigade Combat Team") in pairs(ex)


def test_a_body_named_again_by_a_possessive_is_the_roles(extract_text):
    ex = extract_text("The Ministry of Coastal Affairs announced new patrols on Monday. \"The patrols start "
                      "today,\" said Nadia Orsk, the ministry's spokeswoman.")
    assert ("Nadia Orsk", "Ministry of Coastal Affairs") in pairs(ex)


def test_a_common_noun_that_names_no_earlier_body_gives_none(extract_text):
    ex = extract_text("Officials met in Oslo on Monday. \"The patrols start today,\" said Nadia Orsk, the "
                      "agency's spokeswoman.")
    assert not any(p == "Nadia Orsk" for p, _ in pairs(ex))


def test_a_title_after_the_name_that_names_a_body_and_its_country_gives_the_body(extract_text):
    ex = extract_text("The panel heard from several guests on Friday. Ella Brandt, Chair of the Harbour Safety "
                      "Council for Norway, said the new rules were overdue.")
    assert pairs(ex) == {("Ella Brandt", "Harbour Safety Council")}


def test_she_opening_the_next_sentence_states_the_named_persons_affiliation(extract_text):
    ex = extract_text("Mira Sand warned that the talks could fail within weeks. She heads the Baltic Policy "
                      "Institute in Riga.")
    assert ("Mira Sand", "Baltic Policy Institute") in pairs(ex)


def test_she_after_a_sentence_naming_two_people_states_nothing(extract_text):
    ex = extract_text("Mira Sand met Tor Lund on Monday to discuss the talks. She heads the Baltic Policy "
                      "Institute in Riga.")
    assert pairs(ex) == set()


def test_a_captions_place_of_the_person_does_not_hide_the_role_after_it(extract_text):
    ex = extract_text("Army Gen. Rhea Falk, center, deputy commander Allied Land Command, speaks with visitors at "
                      "the port on Monday.")
    assert ("Rhea Falk", "Allied Land Command") in pairs(ex)


def test_a_subjectless_ing_clause_leading_a_body_is_the_subjects_affiliation(extract_text):
    ex = extract_text("Officials gave no reason for the change on Monday. Lea Marr retired last month after "
                      "heading the Harbour Safety Council for ten years.")
    assert ("Lea Marr", "Harbour Safety Council") in pairs(ex)


def test_an_ing_clause_that_visits_a_body_states_no_affiliation(extract_text):
    ex = extract_text("Officials gave no reason for the change on Monday. Lea Marr spoke last month after "
                      "visiting the Harbour Safety Council in Oslo.")
    assert pairs(ex) == set()


def test_a_body_named_again_after_a_roles_preposition_is_the_persons(extract_text):
    ex = extract_text("Soldiers of the 4th Harbour Battalion trained with their allies this week. \"It was hard "
                      "work,\" said Capt. Lena Dorn, a platoon leader with the battalion.")
    assert ("Lena Dorn", "4th Harbour Battalion") in pairs(ex)


def test_a_body_named_again_is_nobodys_when_two_bodies_are_named_so(extract_text):
    ex = extract_text("Soldiers of the 4th Harbour Battalion and the 9th Fjord Battalion trained with their allies "
                      "this week. \"It was hard work,\" said Capt. Lena Dorn, a platoon leader with the battalion.")
    assert not {p for p in pairs(ex) if p[0] == "Lena Dorn" and "Battalion" in p[1]}



# "Kari Holt, Harbour Trust, UN Special Envoy, spoke.": a role set off after the next item of a list
ROLE_AFTER_NEXT_ITEM = """
        0  Kari     1  compound  PROPN
        1  Holt     10 nsubj     PROPN
        2  ,        1  punct     PUNCT
        3  Harbour  4  compound  PROPN
        4  Trust    1  conj      PROPN
        5  ,        4  punct     PUNCT
        6  UN       8  compound  PROPN
        7  Special  8  compound  PROPN
        8  Envoy    1  appos     PROPN
        9  ,        1  punct     PUNCT
        10 spoke    10 ROOT      VERB   speak
        11 .        10 punct     PUNCT
    """


def test_a_role_set_off_after_the_next_item_of_a_list_is_not_the_first_names():
    d = doc(ROLE_AFTER_NEXT_ITEM, [("Kari Holt", "PERSON"), ("Harbour Trust", "ORG")])
    assert not any(p == "person/kari-holt" for p, _, _ in affs(d))
