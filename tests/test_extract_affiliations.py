"""kg.extract.affiliations on hand-made Docs (no statistical model): titles before names,
appositives and "of" phrases after them, with the role kept."""
from __future__ import annotations

import pytest

from docs import doc, found, resolved
from kg.extract.affiliations import affiliations

JANE = "person/jane-doe"
JOHN = "person/john-roe"
NATO = "org/north-atlantic-treaty-organization"
CENTER = "org/center-for-polar-studies"


def affs(d) -> list[tuple[str, str, str | None]]:
    return [(a.person, a.org, a.role) for a in affiliations(d, found(d))]


def test_a_title_after_a_demonym_ties_the_person_to_the_country_with_the_role():
    d = doc("""
        0  Norwegian  2  amod      ADJ
        1  Defense    2  compound  PROPN
        2  Minister   4  compound  PROPN
        3  Jane       4  compound  PROPN
        4  Doe        5  nsubj     PROPN
        5  spoke      5  ROOT      VERB   speak
        6  .          5  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    (aff,) = affiliations(d, found(d))
    assert (aff.person, aff.org, aff.role) == (JANE, "country/NO", "Defense Minister")
    assert aff.evidence.text == "Norwegian Defense Minister Jane Doe spoke."


def test_a_title_after_an_organisation_ties_the_person_to_the_organisation():
    d = doc("""
        0  NATO          1  compound  PROPN
        1  Spokesperson  3  compound  PROPN
        2  Jane          3  compound  PROPN
        3  Doe           4  nsubj     PROPN
        4  spoke         4  ROOT      VERB   speak
        5  .             4  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, NATO, "Spokesperson")]


def test_a_countrys_possessive_title_ties_the_person_to_the_country():
    d = doc("""
        0  Norway    2  poss      PROPN
        1  's        0  case      PART
        2  Minister  6  compound  PROPN
        3  of        2  prep      ADP
        4  Defense   3  pobj      PROPN
        5  Jane      6  compound  PROPN
        6  Doe       7  nsubj     PROPN
        7  spoke     7  ROOT      VERB   speak
        8  .         7  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, "country/NO", "Minister of Defense")]


# "Secretary of Defense John Roe flew to Japan from ...", the rest given as rows from 9 on
NATIONAL_TITLE = """
    0  Secretary  4  compound  PROPN
    1  of         0  prep      ADP
    2  Defense    1  pobj      PROPN
    3  John       4  compound  PROPN
    4  Roe        5  nsubj     PROPN
    5  flew       5  ROOT      VERB   fly
    6  to         5  prep      ADP
    7  Japan      6  pobj      PROPN
    8  from       5  prep      ADP
"""


@pytest.mark.parametrize("country, expected", [
    ("""9  the       11  det       DET
       10  United   11  compound  PROPN
       11  States    8  pobj      PROPN
       12  .         5  punct     PUNCT""", [(JOHN, "country/US", "Secretary of Defense")]),
    ("""9  Norway    8  pobj      PROPN
       10  .         5  punct     PUNCT""", []),
])
def test_a_national_title_names_its_country_only_when_the_article_names_it(country, expected):
    d = doc(NATIONAL_TITLE + country, [("John Roe", "PERSON")])
    assert affs(d) == expected


def test_an_appositive_gives_the_organisation_and_the_role():
    d = doc("""
        0   Jane      1  compound  PROPN
        1   Doe      12  nsubj     PROPN
        2   ,         1  punct     PUNCT
        3   the       4  det       DET
        4   director  1  appos     NOUN
        5   of        4  prep      ADP
        6   the       7  det       DET
        7   Center    5  pobj      PROPN
        8   for       7  prep      ADP
        9   Polar    10  compound  PROPN
        10  Studies   8  pobj      PROPN
        11  ,         1  punct     PUNCT
        12  said     12  ROOT      VERB   say
        13  so       12  advmod    ADV
        14  .        12  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("Center for Polar Studies", "ORG")])
    assert affs(d) == [(JANE, CENTER, "director")]


def test_the_possessor_of_the_organisation_in_an_appositive_is_not_an_affiliation():
    d = doc("""
        0   Jane       1  compound  PROPN
        1   Doe       12  nsubj     PROPN
        2   ,          1  punct     PUNCT
        3   a          4  det       DET
        4   fellow     1  appos     NOUN
        5   at         4  prep      ADP
        6   Norway     8  poss      PROPN
        7   's         6  case      PART
        8   Institute  5  pobj      PROPN
        9   of         8  prep      ADP
        10  Maritime  11  compound  PROPN
        11  Studies    9  pobj      PROPN
        12  said      12  ROOT      VERB   say
        13  so        12  advmod    ADV
        14  .         12  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("Norway 's Institute of Maritime Studies", "ORG")])
    assert affs(d) == [(JANE, "org/institute-of-maritime-studies", "fellow")]


def test_an_of_phrase_after_a_caption_mark_gives_the_organisation_without_a_role():
    d = doc("""
        0   Jane      1  compound  PROPN
        1   Doe      11  nsubj     PROPN
        2   (         3  punct     PUNCT
        3   L         1  appos     PROPN
        4   )         3  punct     PUNCT
        5   of        1  prep      ADP
        6   the       7  det       DET
        7   Center    5  pobj      PROPN
        8   for       7  prep      ADP
        9   Polar    10  compound  PROPN
        10  Studies   8  pobj      PROPN
        11  speaks   11  ROOT      VERB   speak
        12  .        11  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("Center for Polar Studies", "ORG")])
    assert affs(d) == [(JANE, CENTER, None)]


def test_a_list_of_people_is_not_an_appositive():
    d = doc("""
        0   Jane     1  compound  PROPN
        1   Doe     11  nsubj     PROPN
        2   ,        1  punct     PUNCT
        3   Foreign  4  compound  PROPN
        4   Minister 6  compound  PROPN
        5   John     6  compound  PROPN
        6   Roe      1  conj      PROPN
        7   of       6  prep      ADP
        8   Norway   7  pobj      PROPN
        9   and      6  cc        CCONJ
        10  others   6  conj      NOUN/NNS  other
        11  met     11  ROOT      VERB      meet
        12  .       11  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("John Roe", "PERSON")])
    assert affs(d) == [(JOHN, "country/NO", "Foreign Minister")]  # Jane Doe has no role; John Roe's is his title


def test_one_affiliation_per_person_and_organisation_a_later_role_fills_a_missing_one():
    d = doc("""
        0   Jane          1  compound  PROPN
        1   Doe           4  nsubj     PROPN
        2   of            1  prep      ADP
        3   NATO          2  pobj      PROPN
        4   arrived       4  ROOT      VERB   arrive
        5   .             4  punct     PUNCT
        6   NATO          7  compound  PROPN
        7   Spokesperson  9  compound  PROPN
        8   Jane          9  compound  PROPN
        9   Doe          10  nsubj     PROPN
        10  spoke        10  ROOT      VERB   speak
        11  .            10  punct     PUNCT
    """, [(0, 2, "PERSON"), (8, 10, "PERSON")])
    (aff,) = affiliations(d, found(d))
    assert (aff.person, aff.org, aff.role) == (JANE, NATO, "Spokesperson")
    assert aff.evidence.text == "NATO Spokesperson Jane Doe spoke."


def test_a_speaker_label_ner_missed_names_the_person_and_its_title_the_affiliation():
    d = doc("""
        0  JANE         1  compound  PROPN
        1  DOE          1  ROOT      PROPN
        2  ,            1  punct     PUNCT
        3  DEPUTY       6  compound  PROPN
        4  PENTAGON     6  compound  PROPN
        5  PRESS        6  compound  PROPN
        6  SECRETARY    1  appos     PROPN
        7  :            1  punct     PUNCT
        8  Thanks       8  ROOT      NOUN   thank
        9  ,            8  punct     PUNCT
        10 Jane         8  npadvmod  PROPN
        11 .            8  punct     PUNCT
    """, [])
    f = found(d)
    (label, later) = [m for m in f.mentions if m.type == "Person"]
    assert (label.text, label.key, later.key) == ("JANE DOE", JANE, JANE)  # the label's span, one person
    assert [e.name for e in resolved(d)[1] if e.key == JANE] == ["Jane Doe"]  # named as names are written
    assert affs(d) == [(JANE, "org/pentagon", "DEPUTY PENTAGON PRESS SECRETARY")]


@pytest.mark.parametrize("line", ["Also Read", "Moderator", "The Latest"])
def test_a_line_ending_in_a_colon_that_names_no_one_is_no_speaker(line):
    words = line.split()
    rows = "\n".join(f"        {i}  {w}  0  {'ROOT' if i == 0 else 'dep'}  PROPN" for i, w in enumerate(words))
    d = doc(rows + f"""
        {len(words)}  :  0  punct  PUNCT
        {len(words) + 1}  Yes  {len(words) + 1}  ROOT  ADV
        {len(words) + 2}  .  {len(words) + 1}  punct  PUNCT
    """, [])
    assert [m for m in found(d).mentions if m.type == "Person"] == []


def test_a_title_with_a_phrase_of_its_own_before_the_name_still_reaches_its_owner():
    d = doc("""
        0  Norwegian  2  amod      ADJ
        1  Special    2  compound  PROPN
        2  Envoy      9  nsubj     PROPN
        3  for        2  prep      ADP
        4  the        5  det       DET
        5  Horn       3  pobj      PROPN
        6  of         5  prep      ADP
        7  Ruritania  6  pobj      PROPN
        8  Jane       9  compound  PROPN
        9  Doe        10 nsubj     PROPN
        10 spoke      10 ROOT      VERB   speak
        11 .          10 punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert [(p, o) for p, o, _ in affs(d)] == [(JANE, "country/NO")]  # not the region the envoy is for


def test_a_role_after_as_ties_the_person_to_its_organisation():
    d = doc("""
        0  They       1  nsubj     PRON
        1  thanked    1  ROOT      VERB   thank
        2  Jane       3  compound  PROPN
        3  Doe        1  dobj      PROPN
        4  as         3  prep      ADP
        5  chair      4  pobj      NOUN
        6  of         5  prep      ADP
        7  NATO       6  pobj      PROPN
        8  .          1  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert affs(d) == [(JANE, NATO, "chair")]


def test_a_speaker_label_after_an_honorific_is_one_person_whatever_ner_made_of_it():
    d = doc("""
        0  MS         0  ROOT      PROPN
        1  .          0  punct     PUNCT
        2  JANE       3  compound  PROPN
        3  DOE        3  ROOT      PROPN
        4  :          3  punct     PUNCT
        5  Welcome    5  ROOT      VERB   welcome
        6  .          5  punct     PUNCT
    """, [(2, 3, "PERSON"), (3, 4, "ORG")])
    assert [(m.text, m.key) for m in found(d).mentions] == [("JANE DOE", JANE)]


def test_a_title_with_its_domain_tagged_as_a_body_is_the_person_and_names_the_national_office():
    d = doc("""
        0  Norway      1  nsubj     PROPN
        1  thanked     1  ROOT      VERB   thank
        2  Washington  1  dobj      PROPN
        3  and         2  cc        CCONJ
        4  National    6  compound  PROPN
        5  Security    6  compound  PROPN
        6  Advisor     2  conj      PROPN
        7  for         6  prep      ADP
        8  Cyber       10 compound  PROPN
        9  Jane        10 compound  PROPN
        10 Doe         7  pobj      PROPN
        11 .           1  punct     PUNCT
    """, [(4, 11, "ORG")])
    assert [(m.text, m.type) for m in found(d).mentions if m.type != "Country"] == [("Jane Doe", "Person")]
    assert affs(d) == [(JANE, "country/US", "National Security Advisor for Cyber")]


def test_a_place_after_at_is_no_affiliation_but_of_is():
    d = doc("""
        0  They       1  nsubj     PRON
        1  met        1  ROOT      VERB   meet
        2  Jane       3  compound  PROPN
        3  Doe        1  dobj      PROPN
        4  at         3  prep      ADP
        5  NATO       4  pobj      PROPN
        6  and        1  cc        CCONJ
        7  John       8  compound  PROPN
        8  Roe        1  conj      PROPN
        9  of         8  prep      ADP
        10 NATO       9  pobj      PROPN
        11 .          1  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("John Roe", "PERSON")])
    assert affs(d) == [(JOHN, NATO, None)]


def test_a_known_body_ending_a_longer_name_is_a_body_of_its_own_and_a_reporter_belongs_to_the_outlet():
    d = doc("""
        0  Harbour        3  compound  PROPN
        1  News           3  compound  PROPN
        2  White          3  compound  PROPN
        3  House          6  compound  PROPN
        4  correspondent  6  compound  NOUN
        5  Jane           6  compound  PROPN
        6  Doe            7  nsubj     PROPN
        7  asked          7  ROOT      VERB   ask
        8  .              7  punct     PUNCT
    """, [(0, 4, "ORG"), (5, 7, "PERSON")])
    assert [m.text for m in found(d).mentions] == ["Harbour News", "White House", "Jane Doe"]
    assert affs(d) == [(JANE, "org/harbour-news", "correspondent")]
