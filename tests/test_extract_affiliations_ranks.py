"""Service news: an enlisted role in apposition ('a loadmaster with the 36th Airlift Squadron')
ties the person to the unit."""
from __future__ import annotations

from docs import doc, found
from kg.extract.affiliations import affiliations


def test_an_enlisted_role_with_a_unit_ties_the_person_to_it():
    d = doc("""
        0  Jane     1  compound  PROPN
        1  Cole     10 nsubj     PROPN
        2  ,        1  punct     PUNCT
        3  a        4  det       DET
        4  loadmaster 1 appos    NOUN
        5  with     4  prep      ADP
        6  the      9  det       DET
        7  36th     9  amod      ADJ
        8  Airlift  9  compound  PROPN
        9  Squadron 5  pobj      PROPN
        10 spoke    10 ROOT      VERB   speak
        11 .        10 punct     PUNCT
    """, [("Jane Cole", "PERSON"), (7, 10, "ORG")])
    assert [(a.person, a.org) for a in affiliations(d, found(d))] == [("person/jane-cole", "org/36th-airlift-squadron")]
