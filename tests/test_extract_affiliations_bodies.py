"""kg.extract.affiliations on hand-made Docs shaped as a parser reads real releases: a country
with its acronym before a title, a role before the main verb, a title that names a body by part
of its name, a titled name joined to its body or its people, and a list by semicolons."""
from __future__ import annotations

from docs import doc, found, resolved
from kg.extract.affiliations import affiliations

JANE = "person/jane-doe"
AU = "org/african-union"


def affs(d) -> list[tuple[str, str, str | None]]:
    return sorted((a.person, a.org, a.role) for a in affiliations(d, found(d)))


def test_a_countrys_acronym_in_brackets_before_a_title_still_owns_it():
    d = doc("""
        0  Republic     0  ROOT      PROPN
        1  of           0  prep      ADP
        2  Korea        1  pobj      PROPN
        3  (            0  punct     PUNCT
        4  ROK          0  appos     PROPN
        5  )            0  punct     PUNCT
        6  First        9  compound  PROPN
        7  Vice         9  compound  PROPN
        8  Foreign      9  compound  PROPN
        9  Minister     11 compound  PROPN
        10 Jane         11 compound  PROPN
        11 Doe          12 nsubj     PROPN
        12 met          12 ROOT      VERB   meet
        13 .            12 punct     PUNCT
    """, [("ROK", "ORG"), ("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, "country/KR", "First Vice Foreign Minister")]


def test_a_role_of_a_body_before_the_main_verb_is_read_to_the_verb():
    d = doc("""
        0  Jane         1  compound  PROPN
        1  Doe          8  nsubj     PROPN
        2  ,            1  punct     PUNCT
        3  outgoing     4  amod      ADJ
        4  chairperson  8  nsubj     NOUN
        5  of           4  prep      ADP
        6  African      7  compound  PROPN
        7  Union        5  pobj      PROPN
        8  said         8  ROOT      VERB   say
        9  .            8  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("African Union", "ORG")])
    assert affs(d) == [(JANE, AU, "outgoing chairperson")]


def test_a_title_that_names_a_body_by_part_of_its_name_is_that_bodys_and_its_owners():
    d = doc("""
        0  The          4  det       DET
        1  AU           4  compound  PROPN
        2  Harbour      3  compound  PROPN
        3  Safety       4  compound  PROPN
        4  Council      5  nsubj     PROPN
        5  met          5  ROOT      VERB   meet
        6  .            5  punct     PUNCT
        7  Harbour      8  compound  PROPN
        8  Safety       9  compound  PROPN
        9  Commissioner 11 compound  PROPN
        10 Jane         11 compound  PROPN
        11 Doe          12 nsubj     PROPN
        12 warned       12 ROOT      VERB   warn
        13 .            12 punct     PUNCT
    """, [("AU Harbour Safety Council", "ORG"), ("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, AU, "Harbour Safety Commissioner"),
                       (JANE, "org/au-harbour-safety-council", "Harbour Safety Commissioner")]


def test_a_title_whose_words_name_no_body_of_the_article_gives_nothing():
    d = doc("""
        0  The          3  det       DET
        1  AU           3  compound  PROPN
        2  Harbour      3  compound  PROPN
        3  Council      4  nsubj     PROPN
        4  met          4  ROOT      VERB   meet
        5  .            4  punct     PUNCT
        6  Polar        7  compound  PROPN
        7  Safety       8  compound  PROPN
        8  Commissioner 10 compound  PROPN
        9  Jane         10 compound  PROPN
        10 Doe          11 nsubj     PROPN
        11 warned       11 ROOT      VERB   warn
        12 .            11 punct     PUNCT
    """, [("AU Harbour Council", "ORG"), ("Jane Doe", "PERSON")])
    assert affs(d) == []


THANKS = """
        0  We           1  nsubj     PRON
        1  thank        1  ROOT      VERB
        2  President    4  compound  PROPN
        3  Jane         4  compound  PROPN
        4  Doe          1  dobj      PROPN
        5  and          4  cc        CCONJ
        6  the          8  det       DET
        7  {owner}      8  amod      ADJ
        8  {noun}       4  conj      NOUN/NNS
        9  .            1  punct     PUNCT
"""


def test_a_titled_name_joined_to_a_countrys_people_is_that_countrys():
    d = doc(THANKS.format(owner="Norwegian", noun="people"), [("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, "country/NO", "President")]


def test_a_titled_name_joined_to_a_countrys_other_nouns_is_not_its():
    d = doc(THANKS.format(owner="Norwegian", noun="farmers"), [("Jane Doe", "PERSON")])
    assert affs(d) == []


def test_a_titled_name_joined_to_a_body_is_that_bodys():
    d = doc("""
        0  We           1  nsubj     PRON
        1  value        1  ROOT      VERB
        2  ties         1  dobj      NOUN/NNS  tie
        3  with         2  prep      ADP
        4  Chairperson  6  compound  PROPN
        5  Jane         6  compound  PROPN
        6  Doe          3  pobj      PROPN
        7  and          6  cc        CCONJ
        8  the          10 det       DET
        9  African      10 compound  PROPN
        10 Union        6  conj      PROPN
        11 .            1  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("African Union", "GPE")])
    assert affs(d) == [(JANE, AU, "Chairperson")]


def test_a_role_in_another_item_of_a_list_by_semicolons_is_not_the_names():
    d = doc("""
        0  Welcome      0  ROOT      VERB
        1  :            0  punct     PUNCT
        2  Mayor        0  npadvmod  PROPN
        3  of           2  prep      ADP
        4  Oslo         3  pobj      PROPN
        5  Jane         6  compound  PROPN
        6  Doe          2  appos     PROPN
        7  ;            2  punct     PUNCT
        8  the          9  det       DET
        9  envoys       2  conj      NOUN/NNS  envoy
        10 and          9  cc        CCONJ
        11 their        13 poss      PRON
        12 Norwegian    13 amod      ADJ
        13 counterparts 9  conj      NOUN/NNS  counterpart
        14 .            0  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert affs(d) == []


def test_a_body_set_off_by_commas_after_with_is_the_names():
    d = doc("""
        0  Jane         1  compound  PROPN
        1  Doe          8  nsubj     PROPN
        2  ,            1  punct     PUNCT
        3  with         1  prep      ADP
        4  the          6  det       DET
        5  Brookings    6  compound  PROPN
        6  Institution  3  pobj      PROPN
        7  ,            1  punct     PUNCT
        8  said         8  ROOT      VERB   say
        9  so           8  advmod    ADV
        10 .            8  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("Brookings Institution", "ORG")])
    assert affs(d) == [(JANE, "org/brookings-institution", None)]


def test_a_speaker_label_whose_title_a_known_body_leads_names_the_person_after_it():
    d = doc("""
        0  NATO         4  compound  PROPN
        1  SECRETARY    2  compound  PROPN
        2  GENERAL      4  compound  PROPN
        3  JANE         4  compound  PROPN
        4  DOE          6  npadvmod  NOUN
        5  :            6  punct     PUNCT
        6  Thanks       6  ROOT      NOUN   thank
        7  .            6  punct     PUNCT
    """, [])
    assert [m.text for m in found(d).mentions if m.type == "Person"] == ["JANE DOE"]
    assert affs(d) == [(JANE, "org/north-atlantic-treaty-organization", "SECRETARY GENERAL")]


def test_a_capital_before_a_role_is_its_beat_and_the_possessor_before_it_the_employer():
    d = doc("""
        0  The          2  det       DET
        1  Harbour      2  compound  PROPN
        2  Post         6  poss      PROPN
        3  's           2  case      PART/POS
        4  Moscow       6  compound  PROPN
        5  bureau       6  compound  NOUN
        6  chief        8  compound  NOUN
        7  Jane         8  compound  PROPN
        8  Doe          9  nsubj     PROPN
        9  said         9  ROOT      VERB   say
        10 .            9  punct     PUNCT
    """, [("Harbour Post", "ORG"), ("Moscow", "GPE"), ("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, "org/harbour-post", "bureau chief")]


def test_a_countrys_office_before_a_name_is_also_its_ministry_when_the_article_names_it():
    d = doc("""
        0  The          2  det       DET
        1  Norwegian    2  compound  PROPN
        2  Ministry     5  nsubj     PROPN
        3  of           2  prep      ADP
        4  Defense      3  pobj      PROPN
        5  said         5  ROOT      VERB   say
        6  Norwegian    8  compound  PROPN
        7  Defense      8  compound  PROPN
        8  Minister     10 compound  PROPN
        9  Jane         10 compound  PROPN
        10 Doe          11 nsubj     PROPN
        11 met          5  ccomp     VERB   meet
        12 them         11 dobj      PRON
        13 .            5  punct     PUNCT
    """, [(1, 5, "ORG"), (6, 7, "NORP"), (9, 11, "PERSON")])
    assert affs(d) == [(JANE, "country/NO", "Defense Minister"),
                       (JANE, "org/norway-ministry-of-defense", "Defense Minister")]


def test_an_assistant_to_a_national_office_with_its_domain_in_capitals_is_that_countrys():
    d = doc("""
        0  Acting       2  nmod      PROPN
        1  Assistant    2  nmod      PROPN
        2  Secretary    12 nsubj     PROPN
        3  of           2  prep      ADP
        4  State        3  pobj      PROPN
        5  for          2  prep      ADP
        6  Political    9  amod      PROPN
        7  -            9  punct     PUNCT/HYPH
        8  Military     9  compound  PROPN
        9  Affairs      11 compound  PROPN/NNPS
        10 Jane         11 compound  PROPN
        11 Doe          5  pobj      PROPN
        12 welcomed     12 ROOT      VERB   welcome
        13 the          16 det       DET
        14 United       15 compound  PROPN
        15 States       16 compound  PROPN
        16 team         12 dobj      NOUN
        17 .            12 punct     PUNCT
    """, [(4, 5, "ORG"), (6, 9, "ORG"), (10, 12, "PERSON"), (14, 16, "GPE")])
    assert [e.name for e in resolved(d)[1] if e.type == "Organization"] == []
    assert affs(d) == [(JANE, "country/US", "Acting Assistant Secretary of State for Political-Military Affairs")]


def test_a_full_name_set_off_after_a_countrys_office_is_a_person_of_that_country():
    d = doc("""
        0  Norway       2  poss      PROPN
        1  's           0  case      PART/POS
        2  minister     11 nsubj     NOUN
        3  of           2  prep      ADP
        4  national     5  compound  PROPN
        5  Defense      3  pobj      PROPN
        6  ,            5  punct     PUNCT
        7  Ngo          9  compound  PROPN
        8  Van          9  compound  PROPN
        9  Thanh        2  appos     PROPN
        10 ,            2  punct     PUNCT
        11 spoke        11 ROOT      VERB   speak
        12 .            11 punct     PUNCT
    """, [("Norway", "GPE")])
    assert [e.name for e in resolved(d)[1] if e.type == "Person"] == ["Ngo Van Thanh"]
    assert [(p, o) for p, o, _ in affs(d)] == [("person/ngo-van-thanh", "country/NO")]


HAGEL = """
        0  Defense      1  compound  PROPN
        1  Secretary    3  compound  PROPN
        2  Jane         3  compound  PROPN
        3  Doe          4  nsubj     PROPN
        4  welcomed     18 ccomp     VERB   welcome
        5  Portuguese   6  amod      PROPN
        6  Minister     13 nmod      PROPN
        7  of           6  prep      ADP
        8  Defense      7  pobj      PROPN
        9  Ana          13 compound  PROPN
        10 Maria        13 compound  PROPN
        11 Veld         13 compound  PROPN
        12 -            13 punct     PUNCT/HYPH
        13 Roe          4  dobj      PROPN
        14 ,            18 punct     PUNCT
        15 the          17 det       DET
        16 {body}       17 compound  PROPN
        17 Department   18 nsubj     PROPN
        18 said         18 ROOT      VERB   say
        19 .            18 punct     PUNCT
"""


def test_a_national_office_whose_country_goes_unnamed_is_its_department_when_named():
    d = doc(HAGEL.format(body="Defense"), [(0, 1, "ORG"), (2, 4, "PERSON"), (5, 6, "NORP"), (9, 11, "PERSON"),
                                           (15, 18, "ORG")])
    assert [e.name for e in resolved(d)[1] if e.type == "Person"] == ["Ana Maria Veld-Roe", "Jane Doe"]
    assert affs(d) == [("person/ana-maria-veld-roe", "country/PT", "Minister of Defense"),
                       (JANE, "org/pentagon", "Defense Secretary")]


def test_a_national_office_whose_country_and_department_go_unnamed_gives_nothing():
    d = doc(HAGEL.format(body="Energy"), [(0, 1, "ORG"), (2, 4, "PERSON"), (5, 6, "NORP"), (9, 11, "PERSON"),
                                          (15, 18, "ORG")])
    assert [a for a in affs(d) if a[0] == JANE] == []


def test_a_national_office_in_an_appositive_is_its_countrys():
    d = doc("""
        0  Jane         1  compound  PROPN
        1  Doe          1  ROOT      PROPN
        2  ,            1  punct     PUNCT
        3  Deputy       4  compound  PROPN
        4  Secretary    1  appos     PROPN
        5  of           4  prep      ADP
        6  State        5  pobj      PROPN
        7  \\n          6  dep       SPACE
        8  The          9  det       DET
        9  United       10 compound  PROPN
        10 States       11 nsubj     PROPN
        11 spoke        11 ROOT      VERB   speak
        12 .            11 punct     PUNCT
    """, [(0, 2, "PERSON"), (8, 11, "GPE")])
    assert affs(d) == [(JANE, "country/US", "Deputy Secretary of State")]


def test_a_body_named_after_a_role_and_of_is_no_title_domain_nor_a_person():
    d = doc("""
        0  Jane         1  compound  PROPN
        1  Doe          10 nsubj     PROPN
        2  ,            1  punct     PUNCT
        3  executive    4  amod      ADJ
        4  director     1  appos     NOUN
        5  of           4  prep      ADP
        6  National     8  compound  PROPN
        7  Harbours     8  compound  PROPN/NNPS
        8  United       5  pobj      PROPN
        9  ,            1  punct     PUNCT
        10 said         10 ROOT      VERB   say
        11 so           10 advmod    ADV
        12 .            10 punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("National Harbours United", "ORG")])
    assert affs(d) == [(JANE, "org/national-harbours-united", "executive director")]
