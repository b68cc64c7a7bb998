"""Names used only to qualify a thing (kg.extract.modifiers) and ranks before names: programmes,
venues, laws and speeches are no actors; an outlet's poll, a party's platform and a pollster's
average stay their actors'; a rank NER tagged with its abbreviation is no person, and a person
after a rank keeps a surname that is also a building's word."""
from __future__ import annotations

from docs import doc, resolved


def names(d) -> list[tuple[str, str]]:
    _, ents, _ = resolved(d)
    return sorted((e.type, e.name) for e in ents)


def test_a_name_that_only_qualifies_a_venue_or_a_programme_is_no_actor():
    d = doc("""
        0  Vinter   1  nsubj     PROPN
        1  spoke    1  ROOT      VERB   speak
        2  at       1  prep      ADP
        3  the      6  det       DET
        4  Harbour  5  compound  PROPN
        5  Grand    6  compound  PROPN
        6  casino   2  pobj      NOUN
        7  about    1  prep      ADP
        8  Elder    9  compound  PROPN
        9  Care     10 compound  PROPN
        10 benefits 7  pobj      NOUN/NNS  benefit
        11 .        1  punct     PUNCT
    """, [("Vinter", "PERSON"), ("Harbour Grand", "ORG"), ("Elder Care", "ORG")])
    assert names(d) == [("Person", "Vinter")]


def test_a_name_that_qualifies_a_poll_a_body_word_or_a_person_stays_an_actor():
    d = doc("""
        0  A        3  det       DET
        1  Harbour  2  compound  PROPN
        2  Gazette  3  compound  PROPN
        3  poll     4  nsubj     NOUN
        4  found    4  ROOT      VERB   find
        5  the      8  det       DET
        6  Nordic   7  compound  PROPN
        7  Party    8  compound  PROPN
        8  platform 4  dobj      NOUN
        9  popular  4  oprd      ADJ
        10 .        4  punct     PUNCT
    """, [("Harbour Gazette", "ORG"), ("Nordic Party", "ORG")])
    assert names(d) == [("Organization", "Harbour Gazette"), ("Organization", "Nordic Party")]


def test_a_surname_that_only_names_a_bill_is_no_person_but_a_named_one_stays():
    d = doc("""
        0  Doe      1  nsubj     PROPN
        1  opposed  1  ROOT      VERB   oppose
        2  the      4  det       DET
        3  Brekke   4  compound  PROPN
        4  bill     1  dobj      NOUN
        5  .        1  punct     PUNCT
    """, [("Doe", "PERSON"), ("Brekke", "PERSON")])
    assert names(d) == [("Person", "Doe")]


def test_an_organisation_that_also_acts_is_kept_though_once_a_modifier():
    d = doc("""
        0  Harbour  1  compound  PROPN
        1  Grand    2  nsubj     PROPN
        2  hired    2  ROOT      VERB   hire
        3  Harbour  4  compound  PROPN
        4  Grand    5  compound  PROPN
        5  staff    2  dobj      NOUN
        6  .        2  punct     PUNCT
    """, [(0, 2, "ORG"), (3, 5, "ORG")])
    assert names(d) == [("Organization", "Harbour Grand")]


def test_a_rank_tagged_with_its_abbreviation_is_no_person():
    d = doc("""
        0  Gunnery  1  compound  PROPN
        1  Sgt      4  compound  PROPN
        2  .        1  punct     PUNCT
        3  Kari     4  compound  PROPN
        4  Brekke   5  nsubj     PROPN
        5  spoke    5  ROOT      VERB   speak
        6  .        5  punct     PUNCT
    """, [("Gunnery Sgt", "PERSON"), ("Kari Brekke", "PERSON")])
    assert names(d) == [("Person", "Kari Brekke")]


def test_a_person_after_a_rank_keeps_a_surname_that_is_a_buildings_word():
    d = doc("""
        0  Lt       2  compound  PROPN
        1  .        2  punct     PUNCT
        2  Cmdr     5  compound  PROPN
        3  .        2  punct     PUNCT
        4  Jane     5  compound  PROPN
        5  Hall     6  nsubj     PROPN
        6  spoke    6  ROOT      VERB   speak
        7  .        6  punct     PUNCT
    """, [("Jane Hall", "PERSON")])
    assert names(d) == [("Person", "Jane Hall")]


def test_a_name_before_a_speech_is_no_actor_whatever_its_words():
    d = doc("""
        0  Doe      1  nsubj     PROPN
        1  spoke    1  ROOT      VERB   speak
        2  after    1  prep      ADP
        3  the      4  det       DET
        4  State    2  pobj      PROPN
        5  of       4  prep      ADP
        6  the      8  det       DET
        7  Realm    8  compound  PROPN
        8  address  5  pobj      NOUN
        9  .        1  punct     PUNCT
    """, [("Doe", "PERSON"), ("State of the Realm", "ORG")])
    assert names(d) == [("Person", "Doe")]


def test_two_surnames_joined_by_a_hyphen_are_no_person():
    d = doc("""
        0  Jane     1  compound  PROPN
        1  Doe      5  nsubj     PROPN
        2  and      1  cc        CCONJ
        3  Kari     4  compound  PROPN
        4  Roe      1  conj      PROPN
        5  met      5  ROOT      VERB   meet
        6  .        5  punct     PUNCT
        7  Doe-Roe  8  compound  PROPN
        8  policy   9  nsubj     NOUN
        9  failed   9  ROOT      VERB   fail
        10 .        9  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("Kari Roe", "PERSON"), ("Doe-Roe", "PERSON")])
    assert names(d) == [("Person", "Jane Doe"), ("Person", "Kari Roe")]


def test_the_plural_of_a_word_that_qualifies_things_is_a_group_of_people():
    d = doc("""
        0  Doe      1  nsubj     PROPN
        1  courted  1  ROOT      VERB   court
        2  the      4  det       DET
        3  Vintan   4  amod      PROPN
        4  vote     1  dobj      NOUN
        5  .        1  punct     PUNCT
        6  Vintans  7  nsubj     PROPN/NNPS
        7  voted    7  ROOT      VERB   vote
        8  .        7  punct     PUNCT
    """, [("Doe", "PERSON"), ("Vintans", "ORG")])
    assert names(d) == [("Person", "Doe")]


def test_a_time_zone_is_no_body():
    d = doc("""
        0  Polls    1  nsubj     NOUN/NNS  poll
        1  close    1  ROOT      VERB
        2  at       1  prep      ADP
        3  Harbour  5  compound  PROPN
        4  Standard 5  compound  PROPN
        5  Time     2  pobj      PROPN
        6  .        1  punct     PUNCT
    """, [("Harbour Standard Time", "ORG")])
    assert names(d) == []


def test_a_name_only_cut_or_repealed_is_a_programme_but_a_body_funded_stays():
    d = doc("""
        0  Doe      1  nsubj     PROPN
        1  pushed   1  ROOT      VERB   push
        2  cuts     1  dobj      NOUN/NNS  cut
        3  in       2  prep      ADP
        4  Elder    5  compound  PROPN
        5  Care     3  pobj      PROPN
        6  and      1  cc        CCONJ
        7  funded   1  conj      VERB   fund
        8  the      10 det       DET
        9  Harbour  10 compound  PROPN
        10 Institute 7 dobj      PROPN
        11 .        1  punct     PUNCT
    """, [("Doe", "PERSON"), ("Elder Care", "ORG"), ("Harbour Institute", "ORG")])
    assert names(d) == [("Organization", "Harbour Institute"), ("Person", "Doe")]
