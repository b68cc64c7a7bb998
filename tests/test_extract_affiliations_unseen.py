"""kg.extract.affiliations on hand-made Docs shaped as a parser reads real news: an appositive
hung on the place of a role, and the names in an appositive phrase that are no part of a role."""
from __future__ import annotations

from docs import doc, found
from kg.extract.affiliations import affiliations

JANE = "person/jane-doe"
CENTER = "org/center-for-polar-studies"
COURT = "org/halden-court-of-appeals"


def affs(d) -> list[tuple[str, str, str | None]]:
    return sorted((a.person, a.org, a.role) for a in affiliations(d, found(d)))


def test_an_appositive_the_parser_hung_on_the_place_of_a_role_is_the_roles():
    d = doc("""
        0  The         2  det       DET
        1  Norwegian   2  amod      ADJ
        2  ambassador  9  nsubj     NOUN
        3  in          2  prep      ADP
        4  Tokyo       3  pobj      PROPN
        5  ,           4  punct     PUNCT
        6  Jane        7  compound  PROPN
        7  Doe         4  appos     PROPN
        8  ,           4  punct     PUNCT
        9  spoke       9  ROOT      VERB   speak
        10 .           9  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert [(p, o) for p, o, _ in affs(d)] == [(JANE, "country/NO")]


EXPERT = """
        0  Jane     1  compound  PROPN
        1  Doe      14 nsubj     PROPN
        2  ,        1  punct     PUNCT
        3  {det}    4  det       DET
        4  {role}   1  appos     NOUN
        5  {prep}   4  prep      ADP
        6  {topic}  5  pobj      PROPN
        7  at       4  prep      ADP
        8  the      9  det       DET
        9  Center   7  pobj      PROPN
        10 for      9  prep      ADP
        11 Polar    12 compound  PROPN
        12 Studies  10 pobj      PROPN
        13 ,        1  punct     PUNCT
        14 said     14 ROOT      VERB   say
        15 so       14 advmod    ADV
        16 .        14 punct     PUNCT
    """


def test_a_country_an_expert_studies_is_no_affiliation_the_body_at_which_she_works_is():
    d = doc(EXPERT.format(det="an", role="expert", prep="on", topic="Norway"), [("Jane Doe", "PERSON"), ("Center for Polar Studies", "ORG")])
    assert [(p, o) for p, o, _ in affs(d)] == [(JANE, CENTER)]


def test_an_ambassador_to_a_country_does_not_belong_to_it():
    d = doc(EXPERT.format(det="the", role="ambassador", prep="to", topic="Norway"), [("Jane Doe", "PERSON"), ("Center for Polar Studies", "ORG")])
    assert "country/NO" not in [o for _, o, _ in affs(d)]


def test_a_judge_on_a_court_belongs_to_it():
    d = doc("""
        0  Jane     1  compound  PROPN
        1  Doe      12 nsubj     PROPN
        2  ,        1  punct     PUNCT
        3  a        4  det       DET
        4  judge    1  appos     NOUN
        5  on       4  prep      ADP
        6  the      8  det       DET
        7  Halden   8  compound  PROPN
        8  Court    5  pobj      PROPN
        9  of       8  prep      ADP
        10 Appeals  9  pobj      PROPN/NNPS
        11 ,        1  punct     PUNCT
        12 said     12 ROOT      VERB   say
        13 so       12 advmod    ADV
        14 .        12 punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("Halden Court of Appeals", "ORG")])
    assert [(p, o) for p, o, _ in affs(d)] == [(JANE, COURT)]
