"""kg.extract.affiliations on the forms of service news, bylines and wire copy: a ministry named
by a minister's title, a role set before a subject's name, a service's 'title, unit' style, a
posting ('assigned to'), the country an ambassador is posted to, a body 'led by' a person or
whose team a person leads, a rank in capitals without its dot, a line's last word that is no
rank, and a title held 'under' the one named after it."""
from __future__ import annotations

from docs import doc, found
from kg.extract.affiliations import affiliations

JANE = "person/jane-doe"


def pairs(d) -> list[tuple[str, str]]:
    return sorted((a.person, a.org) for a in affiliations(d, found(d)))


def test_a_ministers_title_names_the_ministry_the_article_names():
    d = doc("""
        0  Deputy    1  compound  PROPN
        1  Minister  6  compound  PROPN
        2  of        1  prep      ADP
        3  Foreign   4  compound  PROPN
        4  Affairs   2  pobj      PROPN
        5  Jane      6  compound  PROPN
        6  Doe       7  nsubj     PROPN
        7  spoke     7  ROOT      VERB   speak
        8  .         7  punct     PUNCT
        9  The       10 det       DET
        10 Ministry  14 nsubj     PROPN
        11 of        10 prep      ADP
        12 Foreign   13 compound  PROPN
        13 Affairs   11 pobj      PROPN
        14 agreed    14 ROOT      VERB   agree
        15 .         14 punct     PUNCT
    """, [("Jane Doe", "PERSON"), (10, 14, "ORG")])
    assert [(p, o.split("/")[-1]) for p, o in pairs(d)] == [(JANE, "ministry-of-foreign-affairs")]



def test_a_title_with_no_country_is_not_the_office_of_another_countrys_ministry():
    d = doc("""
        0  Foreign   1  compound  PROPN
        1  Minister  3  compound  PROPN
        2  Jane      3  compound  PROPN
        3  Doe       4  nsubj     PROPN
        4  called    4  ROOT      VERB   call
        5  .         4  punct     PUNCT
        6  Norway    9  poss      PROPN
        7  's        6  case      PART
        8  Foreign   9  compound  PROPN
        9  Ministry  10 nsubj     PROPN
        10 agreed    10 ROOT      VERB   agree
        11 .         10 punct     PUNCT
    """, [("Jane Doe", "PERSON"), (6, 10, "ORG")])
    assert pairs(d) == []

FRONTED = """
        0  {lead}    {lead_head} {lead_dep} {lead_pos}
        1  the       3  det       DET
        2  Harbour   3  compound  PROPN
        3  {role}    {role_head} {role_dep} PROPN
        4  ,         7  punct     PUNCT
        5  Jane      6  compound  PROPN
        6  Doe       7  nsubj     PROPN
        7  stressed  7  ROOT      VERB   stress
        8  the       9  det       DET
        9  plan      7  dobj      NOUN
        10 .         7  punct     PUNCT
    """


def test_a_role_set_before_a_subjects_name_is_the_persons():
    d = doc(FRONTED.format(lead="Today", lead_head=7, lead_dep="npadvmod", lead_pos="NOUN",
                           role="Spokesperson", role_head=7, role_dep="nsubj"),
            [("Jane Doe", "PERSON"), (2, 3, "ORG")])
    assert pairs(d) == [(JANE, "org/harbour")]


def test_a_role_that_is_the_object_of_a_verb_before_the_name_is_not_the_persons():
    d = doc(FRONTED.format(lead="Meeting", lead_head=7, lead_dep="advcl", lead_pos="VERB",
                           role="Spokesperson", role_head=0, role_dep="dobj"),
            [("Jane Doe", "PERSON"), (2, 3, "ORG")])
    assert pairs(d) == []


def test_a_ministers_office_before_a_subjects_name_names_the_ministry():
    d = doc("""
        0  The       1  det       DET
        1  Minister  7  nsubj     PROPN
        2  of        1  prep      ADP
        3  Interior  2  pobj      PROPN
        4  ,         6  punct     PUNCT
        5  Jane      6  compound  PROPN
        6  Doe       7  nsubj     PROPN
        7  met       7  ROOT      VERB   meet
        8  envoys    7  dobj      NOUN
        9  .         7  punct     PUNCT
        10 The       11 det       DET
        11 Ministry  15 nsubj     PROPN
        12 of        11 prep      ADP
        13 the       14 det       DET
        14 Interior  12 pobj      PROPN
        15 agreed    15 ROOT      VERB   agree
        16 .         15 punct     PUNCT
    """, [("Jane Doe", "PERSON"), (11, 15, "ORG")])
    assert [(p, o.split("/")[-1]) for p, o in pairs(d)] == [(JANE, "ministry-of-the-interior")]


def test_a_title_then_a_unit_set_off_by_commas_ties_the_person_to_the_unit():
    d = doc("""
        0  Present   1  acomp     ADJ
        1  was       1  ROOT      AUX    be
        2  Jane      3  compound  PROPN
        3  Doe       1  nsubj     PROPN
        4  ,         3  punct     PUNCT
        5  commander 3  appos     NOUN
        6  ,         5  punct     PUNCT
        7  Combined  9  compound  PROPN
        8  Forces    9  compound  PROPN
        9  Command   5  appos     PROPN
        10 .         1  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert pairs(d) == [(JANE, "org/combined-forces-command")]


def test_a_role_posted_to_a_body_ties_the_person_to_it():
    d = doc("""
        0  Jane        1  compound  PROPN
        1  Doe         2  nsubj     PROPN
        2  is          2  ROOT      AUX    be
        3  a           4  det       DET
        4  logistician 2  attr      NOUN
        5  assigned    4  acl       VERB   assign
        6  to          5  prep      ADP
        7  the         10 det       DET
        8  Harbour     10 compound  PROPN
        9  Support     10 compound  PROPN
        10 Command     6  pobj      PROPN
        11 .           2  punct     PUNCT
    """, [("Jane Doe", "PERSON"), (8, 11, "ORG")])
    assert pairs(d) == [(JANE, "org/harbour-support-command")]


def test_a_person_attached_to_a_body_belongs_to_it():
    d = doc("""
        0  Jane      1  compound  PROPN
        1  Doe       3  nsubjpass PROPN
        2  is        3  auxpass   AUX    be
        3  attached  3  ROOT      VERB   attach
        4  to        3  prep      ADP
        5  the       8  det       DET
        6  Harbour   8  compound  PROPN
        7  Support   8  compound  PROPN
        8  Command   4  pobj      PROPN
        9  .         3  punct     PUNCT
    """, [("Jane Doe", "PERSON"), (6, 9, "ORG")])
    assert pairs(d) == [(JANE, "org/harbour-support-command")]


def test_a_rank_in_capitals_without_its_dot_ranks_the_name_before_its_unit():
    d = doc("""
        0  LCDR      2  amod      ADJ
        1  Jane      2  compound  PROPN
        2  Doe       7  nsubj     PROPN
        3  ,         2  punct     PUNCT
        4  Harbour   5  compound  PROPN
        5  Navy      2  appos     PROPN
        6  ,         2  punct     PUNCT
        7  spoke     7  ROOT      VERB   speak
        8  .         7  punct     PUNCT
    """, [(1, 3, "PERSON"), (4, 6, "ORG")])
    assert pairs(d) == [(JANE, "org/harbour-navy")]


def test_a_country_that_ends_the_line_before_a_ranked_name_is_not_its_title():
    d = doc("""
        0  Officers  1  nsubj     NOUN   officer
        1  train     1  ROOT      VERB
        2  in        1  prep      ADP
        3  the       5  det       DET
        4  United    5  compound  PROPN
        5  Kingdom   2  pobj      PROPN
        6  .         1  punct     PUNCT
        7  \\n       6  dep       SPACE
        8  Lt.       10 compound  PROPN
        9  Col.      10 compound  PROPN
        10 Jane      11 compound  PROPN
        11 Doe       12 nsubj     PROPN
        12 spoke     12 ROOT      VERB   speak
        13 .         12 punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert pairs(d) == []


def test_the_country_an_ambassador_is_posted_to_is_not_the_ambassadors():
    d = doc("""
        0  Norwegian  1  amod      ADJ
        1  Ambassador 5  compound  PROPN
        2  to         1  prep      ADP
        3  Japan      2  pobj      PROPN
        4  Jane       5  compound  PROPN
        5  Doe        6  nsubj     PROPN
        6  spoke      6  ROOT      VERB   speak
        7  .          6  punct     PUNCT
    """, [(4, 6, "PERSON")])
    assert pairs(d) == [(JANE, "country/NO")]


def test_a_body_led_by_a_person_is_the_persons():
    d = doc("""
        0  The       2  det       DET
        1  Harbour   2  compound  PROPN
        2  Agency    8  nsubj     PROPN
        3  ,         2  punct     PUNCT
        4  led       2  acl       VERB   lead
        5  by        4  agent     ADP
        6  Jane      7  compound  PROPN
        7  Doe       5  pobj      PROPN
        8  agreed    8  ROOT      VERB   agree
        9  .         8  punct     PUNCT
    """, [("Jane Doe", "PERSON"), (1, 3, "ORG")])
    assert pairs(d) == [(JANE, "org/harbour-agency")]


def test_leading_a_team_of_a_body_ties_the_person_to_the_body():
    d = doc("""
        0  Jane      1  compound  PROPN
        1  Doe       2  nsubj     PROPN
        2  leads     2  ROOT      VERB   lead
        3  the       5  det       DET
        4  Harbour   5  compound  PROPN
        5  Agency    8  poss      PROPN
        6  's        5  case      PART
        7  survey    8  compound  NOUN
        8  team      2  dobj      NOUN
        9  .         2  punct     PUNCT
    """, [("Jane Doe", "PERSON"), (4, 6, "ORG")])
    assert pairs(d) == [(JANE, "org/harbour-agency")]


def test_an_appositive_role_posted_to_a_body_ties_the_person_to_it():
    d = doc("""
        0  Jane      1  compound  PROPN
        1  Doe       11 nsubj     PROPN
        2  ,         1  punct     PUNCT
        3  a         4  det       DET
        4  pilot     1  appos     NOUN
        5  assigned  4  acl       VERB   assign
        6  to        5  prep      ADP
        7  the       9  det       DET
        8  Harbour   9  compound  PROPN
        9  Wing      6  pobj      PROPN
        10 ,         1  punct     PUNCT
        11 spoke     11 ROOT      VERB   speak
        12 .         11 punct     PUNCT
    """, [("Jane Doe", "PERSON"), (8, 10, "ORG")])
    assert pairs(d) == [(JANE, "org/harbour-wing")]


def test_an_adviser_on_a_ministrys_domain_is_not_of_the_ministry():
    d = doc("""
        0  Deputy    3  compound  PROPN
        1  Foreign   2  compound  PROPN
        2  Affairs   3  compound  PROPN
        3  Adviser   5  compound  PROPN
        4  Jane      5  compound  PROPN
        5  Doe       6  nsubj     PROPN
        6  spoke     6  ROOT      VERB   speak
        7  .         6  punct     PUNCT
        8  The       9  det       DET
        9  Ministry  13 nsubj     PROPN
        10 of        9  prep      ADP
        11 Foreign   12 compound  PROPN
        12 Affairs   10 pobj      PROPN
        13 agreed    13 ROOT      VERB   agree
        14 .         13 punct     PUNCT
    """, [("Jane Doe", "PERSON"), (9, 13, "ORG")])
    assert pairs(d) == []


def test_a_title_held_under_a_president_is_not_the_presidents():
    d = doc("""
        0  She        1  nsubj     PRON
        1  served     1  ROOT      VERB   serve
        2  as         1  prep      ADP
        3  secretary  2  pobj      NOUN
        4  of         3  prep      ADP
        5  state      4  pobj      NOUN
        6  under      1  prep      ADP
        7  President  9  compound  PROPN
        8  Jane       9  compound  PROPN
        9  Doe        6  pobj      PROPN
        10 .          1  punct     PUNCT
        11 The        13 det       DET
        12 State      13 compound  PROPN
        13 Department 14 nsubj     PROPN
        14 agreed     14 ROOT      VERB   agree
        15 .          14 punct     PUNCT
    """, [("Jane Doe", "PERSON"), (12, 14, "ORG")])
    assert pairs(d) == []
