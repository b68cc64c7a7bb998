"""Service news: ranks whose dot the tokenizer split off, people NER missed after a rank, units
tagged as nouns after their number and units numbered after their name."""
from __future__ import annotations

from docs import doc, resolved


def names(d) -> list[tuple[str, str]]:
    _, ents, _ = resolved(d)
    return sorted((e.type, e.name) for e in ents)


def test_a_person_ner_missed_after_a_rank_and_its_split_dot_and_a_unit_tagged_a_noun():
    d = doc("""
        0  Tech     2  compound  PROPN
        1  .        0  punct     PUNCT
        2  Sgt      4  compound  PROPN
        3  .        2  punct     PUNCT
        4  Nina     5  compound  PROPN
        5  Cole     10 nsubj     PROPN
        6  of       5  prep      ADP
        7  the      9  det       DET
        8  36th     9  amod      ADJ
        9  Wing     6  pobj      NOUN
        10 spoke    10 ROOT      VERB   speak
        11 .        10 punct     PUNCT
    """, [("Tech", "ORG")])
    assert names(d) == [("Organization", "36th Wing"), ("Person", "Nina Cole")]


def test_a_units_number_after_its_name_is_part_of_it():
    d = doc("""
        0  Carrier  2  compound  PROPN
        1  Strike   2  compound  PROPN
        2  Group    4  nsubj     PROPN
        3  5        2  nummod    NUM
        4  sailed   4  ROOT      VERB   sail
        5  .        4  punct     PUNCT
    """, [("Carrier Strike Group", "ORG")])
    assert names(d) == [("Organization", "Carrier Strike Group 5")]


def test_a_rank_without_its_dot_is_no_name_and_the_name_ner_cut_after_it_runs_on():
    d = doc("""
        0  Army     1  compound  PROPN
        1  Chief    5  compound  PROPN
        2  Gen      5  compound  PROPN
        3  Tomas    5  compound  PROPN
        4  Aldo     5  compound  PROPN
        5  Varga    6  nsubj     PROPN
        6  visited  6  ROOT      VERB   visit
        7  troops   6  dobj      NOUN   troop
        8  .        6  punct     PUNCT
    """, [("Gen Tomas", "PERSON")])
    assert names(d) == [("Person", "Tomas Aldo Varga")]


def test_a_rank_that_is_also_a_given_name_is_dropped_after_another_rank():
    d = doc("""
        0  Lt       3  compound  PROPN
        1  Gen      3  compound  PROPN
        2  Kari     3  compound  PROPN
        3  Holm     4  nsubj     PROPN
        4  briefed  4  ROOT      VERB   brief
        5  envoys   4  dobj      NOUN/NNS  envoy
        6  .        4  punct     PUNCT
    """)
    assert names(d) == [("Person", "Kari Holm")]


def test_a_rank_that_is_also_a_given_name_before_two_name_words_is_dropped():
    d = doc("""
        0  Army     1  compound  PROPN
        1  chief    4  compound  NOUN
        2  Gen      4  compound  PROPN
        3  Kari     4  compound  PROPN
        4  Holmvik  5  nsubj     PROPN
        5  left     5  ROOT      VERB   leave
        6  .        5  punct     PUNCT
    """, [("Gen Kari Holmvik", "PERSON")])
    assert names(d) == [("Person", "Kari Holmvik")]


def test_the_same_word_before_one_surname_is_a_given_name():
    d = doc("""
        0  Minister  2  compound  PROPN
        1  Gen       2  compound  PROPN
        2  Holmvik   3  nsubj     PROPN
        3  left      3  ROOT      VERB   leave
        4  .         3  punct     PUNCT
    """, [("Gen Holmvik", "PERSON")])
    assert names(d) == [("Person", "Gen Holmvik")]


def test_the_same_word_before_a_surname_it_led_as_a_rank_before_is_a_rank():
    d = doc("""
        0  Gen      2  compound  PROPN
        1  Kari     2  compound  PROPN
        2  Holmvik  3  nsubj     PROPN
        3  left     3  ROOT      VERB   leave
        4  .        3  punct     PUNCT
        5  Gen      6  compound  PROPN
        6  Holmvik  7  nsubj     PROPN
        7  smiled   7  ROOT      VERB   smile
        8  .        7  punct     PUNCT
    """, [("Gen Kari Holmvik", "PERSON"), ("Gen Holmvik", "PERSON")])
    assert names(d) == [("Person", "Kari Holmvik")]


def test_the_same_word_before_a_surname_it_leads_as_a_rank_later_is_a_rank():
    d = doc("""
        0  Gen      1  compound  PROPN
        1  Holmvik  2  nsubj     PROPN
        2  left     2  ROOT      VERB   leave
        3  .        2  punct     PUNCT
        4  Gen      6  compound  PROPN
        5  Kari     6  compound  PROPN
        6  Holmvik  7  nsubj     PROPN
        7  smiled   7  ROOT      VERB   smile
        8  .        7  punct     PUNCT
    """, [("Gen Holmvik", "PERSON"), ("Gen Kari Holmvik", "PERSON")])
    assert names(d) == [("Person", "Kari Holmvik")]
