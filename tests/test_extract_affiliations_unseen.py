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


def test_a_line_break_inside_a_title_is_no_end_of_it():
    d = doc("""
        0  NATO          1  compound  PROPN
        1  Spokesperson  4  compound  PROPN
        2  \\n            1  dep       SPACE
        3  Jane          4  compound  PROPN
        4  Doe           5  nsubj     PROPN
        5  spoke         5  ROOT      VERB   speak
        6  .             5  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, "org/north-atlantic-treaty-organization", "Spokesperson")]


def test_a_body_ner_left_untagged_before_a_title_and_a_name_is_the_persons():
    d = doc("""
        0  Harbour    2  compound  PROPN
        1  National   2  compound  PROPN
        2  Committee  3  compound  PROPN
        3  Chair      5  compound  PROPN
        4  Jane       5  compound  PROPN
        5  Doe        6  nsubj     PROPN
        6  spoke      6  ROOT      VERB   speak
        7  .          6  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, "org/harbour-national-committee", "Chair")]


def test_a_body_that_qualifies_the_first_word_of_a_role_is_the_roles():
    d = doc("""
        0  The        4  det       DET
        1  Halden     2  compound  PROPN
        2  Agency     3  compound  PROPN
        3  inspector  4  compound  NOUN
        4  general    9  nsubj     NOUN
        5  ,          4  punct     PUNCT
        6  Jane       7  compound  PROPN
        7  Doe        4  appos     PROPN
        8  ,          4  punct     PUNCT
        9  spoke      9  ROOT      VERB   speak
        10 .          9  punct     PUNCT
    """, [("Halden Agency", "ORG"), ("Jane Doe", "PERSON")])
    assert [(p, o) for p, o, _ in affs(d)] == [(JANE, "org/halden-agency")]


def test_a_district_judge_after_a_demonym_holds_the_countrys_office():
    d = doc("""
        0  Norwegian  3  amod      ADJ
        1  District   2  compound  PROPN
        2  Judge      4  compound  PROPN
        3  Jane       4  compound  PROPN
        4  Doe        5  nsubj     PROPN
        5  ruled      5  ROOT      VERB   rule
        6  .          5  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, "country/NO", "District Judge")]


def test_a_clause_on_the_role_beside_the_name_states_where_the_person_works():
    d = doc("""
        0  Jane     1  compound  PROPN
        1  Doe      19 nsubj     PROPN
        2  ,        1  punct     PUNCT
        3  a        5  det       DET
        4  former   5  amod      ADJ
        5  adviser  1  appos     NOUN
        6  who      7  nsubj     PRON
        7  is       5  relcl     AUX    be
        8  now      7  advmod    ADV
        9  a        10 det       DET
        10 fellow   7  attr      NOUN
        11 at       10 prep      ADP
        12 the      13 det       DET
        13 Center   11 pobj      PROPN
        14 for      13 prep      ADP
        15 Polar    16 compound  PROPN
        16 Studies  14 pobj      PROPN
        17 ,        1  punct     PUNCT
        18 she      19 nsubj     PRON
        19 said     19 ROOT      VERB   say
        20 .        19 punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("Center for Polar Studies", "ORG")])
    assert [(p, o) for p, o, _ in affs(d)] == [(JANE, CENTER)]


def test_a_shadow_title_names_the_countrys_office():
    d = doc("""
        0  Shadow     2  amod      ADJ
        1  Foreign    2  compound  PROPN
        2  Secretary  4  compound  PROPN
        3  Jane       4  compound  PROPN
        4  Doe        5  nsubj     PROPN
        5  said       5  ROOT      VERB   say
        6  Britain    8  nsubj     PROPN
        7  would      8  aux       AUX/MD
        8  act        5  ccomp     VERB
        9  .          5  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, "country/GB", "Shadow Foreign Secretary")]


def test_an_organisation_named_for_a_title_is_no_body_to_belong_to():
    d = doc("""
        0  Jane      1  compound  PROPN
        1  Doe       13 nsubj     PROPN
        2  ,         1  punct     PUNCT
        3  Deputy    6  compound  PROPN
        4  National  6  compound  PROPN
        5  Maritime  6  compound  PROPN
        6  Advisor   1  appos     PROPN
        7  for       6  prep      ADP
        8  Ports     11 nmod      PROPN  port
        9  and       8  cc        CCONJ
        10 Coastal   11 compound  PROPN
        11 Security  7  pobj      PROPN
        12 ,         1  punct     PUNCT
        13 spoke     13 ROOT      VERB   speak
        14 .         13 punct     PUNCT
    """, [(0, 2, "PERSON"), (4, 12, "ORG")])
    assert affs(d) == []


def test_a_role_over_a_countrys_unnamed_body_is_that_countrys():
    d = doc("""
        0  The       1  det       DET
        1  head      11 nsubj     NOUN
        2  of        1  prep      ADP
        3  Norway    6  poss      PROPN
        4  's        3  case      PART
        5  armed     6  amod      ADJ
        6  forces    2  pobj      NOUN   force
        7  ,         1  punct     PUNCT
        8  Jane      9  compound  PROPN
        9  Doe       1  appos     PROPN
        10 ,         1  punct     PUNCT
        11 spoke     11 ROOT      VERB   speak
        12 .         11 punct     PUNCT
    """, [(8, 10, "PERSON")])
    assert [(p, o) for p, o, _ in affs(d)] == [(JANE, "country/NO")]


def test_the_country_before_a_role_is_the_one_country_named_just_before():
    d = doc("""
        0  Norway    1  nsubj     PROPN
        1  acted     1  ROOT      VERB   act
        2  .         1  punct     PUNCT
        3  The       4  det       DET
        4  country   7  poss      NOUN
        5  's        4  case      PART
        6  defence   7  compound  NOUN
        7  minister  12 nsubj     NOUN
        8  ,         7  punct     PUNCT
        9  Jane      10 compound  PROPN
        10 Doe       7  appos     PROPN
        11 ,         7  punct     PUNCT
        12 spoke     12 ROOT      VERB   speak
        13 .         12 punct     PUNCT
    """, [(9, 11, "PERSON")])
    assert [(p, o) for p, o, _ in affs(d)] == [(JANE, "country/NO")]


def test_a_loose_modifier_inside_a_title_before_a_name_keeps_the_title_whole():
    d = doc("""
        0  Norway    3  poss      PROPN
        1  's        0  case      PART
        2  top       3  amod      ADJ
        3  leader    5  compound  NOUN
        4  Jane      5  compound  PROPN
        5  Doe       6  nsubj     PROPN
        6  spoke     6  ROOT      VERB   speak
        7  .         6  punct     PUNCT
    """, [(4, 6, "PERSON")])
    assert affs(d) == [(JANE, "country/NO", "top leader")]
