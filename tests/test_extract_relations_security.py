"""Country relations in security news: named exercises, hosts and participants, reciprocal and
intransitive conflict phrasing, aircraft designations, pronouns and pair words that refer back
to the sentence before or to the headline. Hand-made parses for the argument structure, the real
small pipeline for whole sentences."""
from __future__ import annotations

import pytest

from docs import article, doc
from kg import article as articles, nlp as nlp_
from kg.extract import extract

NO, SE = "country/NO", "country/SE"


def events_of(d) -> set[tuple[str, str, str, str | None]]:
    return {(r.a, r.b, r.type, r.event) for r in extract(d, article(d)).relations}


def test_a_named_exercise_is_a_joint_act_of_who_takes_part_in_it():
    # Norwegian airmen took part in Exercise Amber Shield alongside Swedish pilots.
    d = doc("""
        0  Norwegian  1  amod      ADJ
        1  airmen     2  nsubj     NOUN/NNS  airman
        2  took       2  ROOT      VERB      take
        3  part       2  dobj      NOUN
        4  in         2  prep      ADP
        5  Exercise   7  compound  PROPN     Exercise
        6  Amber      7  compound  PROPN     Amber
        7  Shield     4  pobj      PROPN     Shield
        8  alongside  2  prep      ADP
        9  Swedish    10 amod      ADJ
        10 pilots     8  pobj      NOUN/NNS  pilot
        11 .          2  punct     PUNCT
    """)
    assert events_of(d) == {(NO, SE, "cooperation", "exercise")}


def test_a_name_without_an_exercise_word_is_no_act():
    # Norwegian airmen took part in Amber Shield alongside Swedish pilots.
    d = doc("""
        0  Norwegian  1  amod      ADJ
        1  airmen     2  nsubj     NOUN/NNS  airman
        2  took       2  ROOT      VERB      take
        3  part       2  dobj      NOUN
        4  in         2  prep      ADP
        5  Amber      6  compound  PROPN     Amber
        6  Shield     4  pobj      PROPN     Shield
        7  alongside  2  prep      ADP
        8  Swedish    9  amod      ADJ
        9  pilots     7  pobj      NOUN/NNS  pilot
        10 .          2  punct     PUNCT
    """)
    assert events_of(d) == set()


def test_countries_that_accuse_each_other_are_in_tension():
    # Norway and Sweden accused each other.
    d = doc("""
        0  Norway   3  nsubj  PROPN
        1  and      0  cc     CCONJ
        2  Sweden   0  conj   PROPN
        3  accused  3  ROOT   VERB   accuse
        4  each     5  det    DET
        5  other    3  dobj   ADJ
        6  .        3  punct  PUNCT
    """)
    assert {(a, b, t) for a, b, t, _ in events_of(d)} == {(NO, SE, "tension")}


def test_exchanged_fire_is_fighting_and_exchanged_views_is_nothing():
    table = """
        0  Norway     3  nsubj  PROPN
        1  and        0  cc     CCONJ
        2  Sweden     0  conj   PROPN
        3  exchanged  3  ROOT   VERB   exchange
        4  {}         3  dobj   NOUN
        5  .          3  punct  PUNCT
    """
    assert events_of(doc(table.format("fire"))) == {(NO, SE, "tension", "fight")}
    assert events_of(doc(table.format("views"))) == set()


def test_clashes_that_break_out_between_two_countries_relate_them():
    # Clashes broke out between Norway and Sweden.
    d = doc("""
        0  Clashes  1  nsubj  NOUN/NNS  clash
        1  broke    1  ROOT   VERB      break
        2  out      1  prt    ADP
        3  between  1  prep   ADP
        4  Norway   3  pobj   PROPN
        5  and      4  cc     CCONJ
        6  Sweden   4  conj   PROPN
        7  .        1  punct  PUNCT
    """)
    assert {(a, b, t) for a, b, t, _ in events_of(d)} == {(NO, SE, "tension")}


def test_an_attack_a_country_repelled_was_aimed_at_it():
    # Norway repelled Swedish attacks.
    d = doc("""
        0  Norway    1  nsubj  PROPN
        1  repelled  1  ROOT   VERB      repel
        2  Swedish   3  amod   ADJ
        3  attacks   1  dobj   NOUN/NNS  attack
        4  .         1  punct  PUNCT
    """)
    assert {(a, b, t) for a, b, t, _ in events_of(d)} == {(NO, SE, "tension")}



@pytest.fixture(scope="module")
def nlp():
    return nlp_.load()


@pytest.fixture(scope="module")
def pairs(nlp):
    def pairs(text: str) -> set[tuple[str, str, str]]:
        """(iso, iso, 'c' | 't') of every relation in an article (headline, blank line, body)."""
        art = articles.parse(f"{text}\n".encode("utf-8"), "t.txt")
        found = extract(nlp(articles.readable(art)), art).relations
        return {(*sorted((r.a.removeprefix("country/"), r.b.removeprefix("country/"))), r.type[0]) for r in found}
    return pairs


NEWS = "Regional news\n\n"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    (NEWS + "Norwegian, Swedish and Finnish airmen took part in Arctic Challenge Exercise 2023 at Bodo.",
     {("FI", "NO", "c"), ("FI", "SE", "c"), ("NO", "SE", "c")}),
    (NEWS + "The drills, hosted by Estonia, included forces from Latvia and Poland.",
     {("EE", "LV", "c"), ("EE", "PL", "c"), ("LV", "PL", "c")}),
    (NEWS + "Japan participated in Exercise Pitch Black, hosted by Australia.", {("AU", "JP", "c")}),
    (NEWS + "Dutch F-35s flew alongside Belgian F-16s during the air policing mission.", {("BE", "NL", "c")}),
    (NEWS + "Fresh clashes broke out between Ethiopian and Somali troops along the border.", {("ET", "SO", "t")}),
    (NEWS + "Pakistan and India exchanged fire across the Line of Control.", {("IN", "PK", "t")}),
    (NEWS + "Chinese coast guard vessels fired water cannons at Philippine ships near the shoal.", {("CN", "PH", "t")}),
    (NEWS + "Ukraine said its forces had retaken the village from Russian troops.", {("RU", "UA", "t")}),
    (NEWS + "Ukraine's forces repelled Russian attacks near the city.", {("RU", "UA", "t")}),
    (NEWS + "Washington approved a $1 billion arms sale to Taiwan.", {("TW", "US", "c")}),
    (NEWS + "Russia attacked Ukraine in February. Its forces have since occupied much of the east.",
     {("RU", "UA", "t")}),
    (NEWS + "Japan and the Philippines signed a pact on Monday. They also agreed to hold joint exercises.",
     {("JP", "PH", "c")}),
    ("Readout of Meeting Between U.S. and Polish Defense Ministers\n\nThe ministers met in Warsaw on Tuesday.\n\n"
     "Both countries reaffirmed the ironclad alliance.", {("PL", "US", "c")}),
])
def test_security_news_relates_the_right_pair(pairs, text, expected):
    assert pairs(text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    (NEWS + "A Norwegian was injured in the accident.", set()),
    (NEWS + "China and Russia held talks. Its troops attacked Ukraine.", {("CN", "RU", "c")}),
    (NEWS + "Norway has not openly blamed Russia for the cyber intrusion.", set()),
    (NEWS + "Analysts said Japan and China were rivals. They also agreed to hold joint exercises.", {("CN", "JP", "t")}),
    (NEWS + "Norway held talks on Monday. Both countries agreed to expand cooperation.", set()),
    ("Norway Holds Talks\n\nThe ministers met in Oslo.\n\nThe two nations agreed to cooperate.", set()),
])
def test_unsure_references_relate_nobody(pairs, text, expected):
    assert pairs(text) == expected


def test_a_named_exercise_misread_as_an_adverb_of_time_is_still_the_verbs_object():
    # Danish and Icelandic warships completed 3 day Passage Exercise.
    d = doc("""
        0  Danish     3  amod      ADJ
        1  and        0  cc        CCONJ
        2  Icelandic  0  conj      ADJ
        3  warships   4  nsubj     NOUN/NNS  warship
        4  completed  4  ROOT      VERB      complete
        5  3          6  nummod    NUM
        6  day        4  npadvmod  NOUN
        7  Passage    8  compound  PROPN     Passage
        8  Exercise   4  npadvmod  PROPN     Exercise
        9  .          4  punct     PUNCT
    """)
    assert {(a, b, t) for a, b, t, _ in events_of(d)} == {("country/DK", "country/IS", "cooperation")}
