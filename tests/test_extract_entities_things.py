"""kg.extract.entities: names that are ships or places in every mention, and surnames NER cut off."""
from __future__ import annotations

from docs import doc
from kg.extract.entities import Raw, raw_mentions


def test_a_ships_name_after_its_prefix_names_the_ship_in_later_mentions_too():
    d = doc("""
        0  The     2  det       DET
        1  USS     2  compound  PROPN
        2  Vinter  3  nsubj     PROPN
        3  sailed  3  ROOT      VERB   sail
        4  .       3  punct     PUNCT
        5  The     6  det       DET
        6  Vinter  7  nsubj     PROPN
        7  joined  7  ROOT      VERB   join
        8  drills  7  dobj      NOUN/NNS  drill
        9  .       7  punct     PUNCT
    """, [(6, 7, "PERSON")])
    assert raw_mentions(d) == []


def test_the_owner_of_a_sector_and_a_name_before_area_are_places_in_every_mention():
    d = doc("""
        0   Troops       1   nsubj     NOUN/NNS  troop
        1   entered      1   ROOT      VERB      enter
        2   Harbourland  5   poss      PROPN
        3   's           2   case      PART
        4   Vik          5   compound  PROPN
        5   area         1   dobj      NOUN
        6   .            1   punct     PUNCT
        7   The          9   det       DET
        8   Vik          9   compound  PROPN
        9   intrusion    10  nsubj     NOUN
        10  ended        10  ROOT      VERB      end
        11  .            10  punct     PUNCT
        12  Harbourland  13  nsubj     PROPN
        13  hosted       13  ROOT      VERB      host
        14  talks        13  dobj      NOUN/NNS  talk
        15  .            13  punct     PUNCT
    """, [(2, 5, "FAC"), (8, 9, "PERSON"), (12, 13, "ORG")])
    assert raw_mentions(d) == []


def test_a_name_ending_in_a_word_for_a_province_is_a_place():
    d = doc("""
        0  Norway   1  nsubj     PROPN
        1  claims   1  ROOT      VERB      claim
        2  Vika     3  compound  PROPN
        3  Pradesh  1  dobj      PROPN
        4  .        1  punct     PUNCT
    """, [("Vika Pradesh", "ORG")])
    assert raw_mentions(d) == [Raw(0, 1, "Country", "country/NO")]


def test_a_name_right_after_a_ships_or_a_weapons_noun_is_the_things_in_every_mention():
    d = doc("""
        0  The        2  det       DET
        1  destroyer  2  compound  NOUN
        2  Vinter     3  nsubj     PROPN
        3  docked     3  ROOT      VERB   dock
        4  .          3  punct     PUNCT
        5  Vinter     6  nsubj     PROPN
        6  sailed     6  ROOT      VERB   sail
        7  .          6  punct     PUNCT
    """, [(2, 3, "PERSON"), (5, 6, "PERSON")])
    assert raw_mentions(d) == []


def test_a_name_given_to_a_missile_is_no_actor():
    d = doc("""
        0  They     1  nsubj  PRON
        1  tested   1  ROOT   VERB   test
        2  a        3  det    DET
        3  missile  1  dobj   NOUN
        4  named    3  acl    VERB   name
        5  Fjellet  4  oprd   PROPN
        6  .        1  punct  PUNCT
    """, [(5, 6, "PERSON")])
    assert raw_mentions(d) == []


def test_a_surname_with_an_apostrophe_after_its_prefix_that_ner_left_out_is_part_of_the_name():
    d = doc("""
        0  Jane    1  compound  PROPN
        1  O’Dell  2  nsubj     NOUN
        2  spoke   2  ROOT      VERB   speak
        3  .       2  punct     PUNCT
    """, [(0, 1, "PERSON")])
    assert raw_mentions(d) == [Raw(0, 2, "Person")]


def test_a_broadcaster_after_satellite_is_no_thing():
    d = doc("""
        0  The        3  det       DET
        1  satellite  3  compound  NOUN
        2  Harbour    3  compound  PROPN
        3  TV         4  nsubj     PROPN
        4  reported   4  ROOT      VERB   report
        5  .          4  punct     PUNCT
    """, [(2, 4, "ORG")])
    assert raw_mentions(d) == [Raw(2, 4, "Organization")]
