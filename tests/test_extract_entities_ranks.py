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
