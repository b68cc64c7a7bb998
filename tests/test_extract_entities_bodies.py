"""kg.extract.entities and resolution on hand-made Docs shaped as a parser reads real releases:
people NER tagged as places, ranks and places glued to a body's name, a country's titles read
as a body, a document's title, a known body's sub-bodies, a country's embassy, plural nouns."""
from __future__ import annotations

from docs import doc, resolved


def names(d) -> list[tuple[str, str]]:
    _, ents, _ = resolved(d)
    return sorted((e.type, e.name) for e in ents)


def parts(d) -> list[tuple[str, str]]:
    _, _, found = resolved(d)
    return sorted((p.part, p.whole) for p in found)


MINISTER = """
        0  Norway       1  nsubj     PROPN
        1  hosted       1  ROOT      VERB   host
        2  Norwegian    3  compound  PROPN
        3  Minister     8  nmod      PROPN
        4  of           3  prep      ADP
        5  Defense      4  pobj      PROPN
        6  Ana          8  compound  PROPN
        7  von          8  compound  PROPN
        8  der          9  compound  NOUN
        9  Doe          1  dobj      PROPN
        10 at           9  prep      ADP
        11 the          12 det       DET
        12 Pentagon     10 pobj      PROPN
        13 .            1  punct     PUNCT
"""


def test_a_name_ner_tagged_a_place_after_a_title_is_a_person_with_its_particles():
    d = doc(MINISTER, [("Norway", "GPE"), ("Norwegian", "NORP"), ("Doe", "GPE"), ("Pentagon", "FAC")])
    assert ("Person", "Ana von der Doe") in names(d)
    assert not any(t == "Country" and n not in ("Norway",) for t, n in names(d))


def test_a_place_ner_tagged_that_no_title_introduces_stays_no_person():
    d = doc("""
        0  They         1  nsubj     PRON
        1  flew         1  ROOT      VERB   fly
        2  to           1  prep      ADP
        3  Port         4  compound  PROPN
        4  Veld         2  pobj      PROPN
        5  .            1  punct     PUNCT
    """, [("Port Veld", "GPE")])
    assert names(d) == []


def test_a_rank_ner_ran_into_a_body_name_is_cut_off_it():
    d = doc("""
        0  Royal        1  compound  PROPN
        1  Harbour      4  compound  PROPN
        2  Air          3  compound  PROPN
        3  Force        4  compound  PROPN
        4  Brig         4  ROOT      PROPN
        5  .            4  punct     PUNCT
        6  Gen.         8  compound  PROPN
        7  Tomas        8  compound  PROPN
        8  Veld         9  nsubj     PROPN
        9  is           9  ROOT      AUX    be
        10 host         9  attr      NOUN
        11 .            9  punct     PUNCT
    """, [("Royal Harbour Air Force Brig", "ORG"), ("Tomas Veld", "PERSON")])
    assert names(d) == [("Organization", "Royal Harbour Air Force"), ("Person", "Tomas Veld")]


def test_a_countrys_plural_title_is_people_not_a_body():
    d = doc("""
        0  Welcome      0  ROOT      VERB
        1  to           0  prep      ADP
        2  the          5  det       DET
        3  former       5  amod      ADJ
        4  Norwegian    5  compound  PROPN
        5  Ambassadors  1  pobj      PROPN/NNPS
        6  and          5  cc        CCONJ
        7  guests       5  conj      NOUN/NNS  guest
        8  .            0  punct     PUNCT
    """, [("Norwegian Ambassadors", "ORG")])
    assert names(d) == [("Country", "Norway")]


def test_the_subject_of_a_documents_title_is_no_body():
    d = doc("""
        0  It           1  nsubj     PRON
        1  built        1  ROOT      VERB   build
        2  on           1  prep      ADP
        3  the          5  det       DET
        4  Halden       5  compound  PROPN
        5  Statement    2  pobj      PROPN
        6  on           5  prep      ADP
        7  Maritime     8  compound  PROPN
        8  Partnership  6  pobj      PROPN
        9  for          8  prep      ADP
        10 the          11 det       DET
        11 Arctic       9  pobj      PROPN
        12 .            1  punct     PUNCT
    """, [("Maritime Partnership for the Arctic", "ORG")])
    assert names(d) == []


def test_a_commission_after_a_known_bodys_name_is_a_body_of_that_body():
    d = doc("""
        0  Tomas        1  compound  PROPN
        1  Veld         9  nsubj     PROPN
        2  ,            1  punct     PUNCT
        3  the          6  det       DET
        4  African      5  compound  PROPN
        5  Union        6  compound  PROPN
        6  Commission   8  nmod      PROPN
        7  outgoing     8  amod      ADJ
        8  chairperson  1  appos     NOUN
        9  said         9  ROOT      VERB   say
        10 .            9  punct     PUNCT
    """, [("Tomas Veld", "PERSON"), ("African Union Commission", "ORG")])
    assert ("Organization", "African Union Commission") in names(d)
    assert ("Organization", "African Union") not in names(d)


def test_an_acronym_after_a_known_bodys_acronym_is_a_body_of_that_body():
    d = doc("""
        0  We           1  nsubj     PRON
        1  welcome      1  ROOT      VERB
        2  the          5  det       DET
        3  AU           4  compound  PROPN
        4  HSC          5  compound  PROPN
        5  communique   1  dobj      NOUN
        6  .            1  punct     PUNCT
    """)
    assert names(d) == [("Organization", "AU HSC"), ("Organization", "African Union")]
    assert parts(d) == [("org/au-hsc", "org/african-union")]


def test_a_countrys_embassy_tagged_a_facility_is_a_body_not_the_country():
    d = doc("""
        0  They         1  nsubj     PRON
        1  visited      1  ROOT      VERB   visit
        2  the          3  det       DET
        3  Embassy      1  dobj      PROPN
        4  of           3  prep      ADP
        5  Norway       4  pobj      PROPN
        6  today        1  npadvmod  NOUN
        7  .            1  punct     PUNCT
    """, [("the Embassy of Norway", "FAC")])
    assert names(d) == [("Organization", "Embassy of Norway")]


def test_the_city_a_body_is_in_is_no_part_of_its_name():
    d = doc("""
        0  It           1  nsubj     PRON
        1  is           1  ROOT      AUX    be
        2  the          4  det       DET
        3  Harbour      4  compound  PROPN
        4  Legation     1  attr      PROPN
        5  in           4  prep      ADP
        6  Oslo         5  pobj      PROPN
        7  now          1  advmod    ADV
        8  .            1  punct     PUNCT
    """, [("Harbour Legation in Oslo", "ORG")])
    assert names(d) == [("Organization", "Harbour Legation")]


def test_a_plural_noun_joined_to_a_pronouns_plural_is_people_not_a_body():
    d = doc("""
        0  Our          1  poss      PRON
        1  pilots       4  nsubj     NOUN/NNS  pilot
        2  and          1  cc        CCONJ
        3  Guardians    1  conj      PROPN/NNPS
        4  were         4  ROOT      AUX    be
        5  ready        4  acomp     ADJ
        6  .            4  punct     PUNCT
    """, [("Guardians", "ORG")])
    assert names(d) == []


def test_a_known_place_after_a_title_word_is_no_person():
    d = doc("""
        0  Former       3  compound  PROPN
        1  Ohio         3  compound  PROPN
        2  Gov.         3  compound  PROPN
        3  Doe          4  nsubj     PROPN
        4  spoke        4  ROOT      VERB   speak
        5  .            4  punct     PUNCT
    """, [("Ohio", "GPE"), ("Doe", "PERSON")])
    assert names(d) == [("Person", "Doe")]


def test_a_hyphenated_given_names_last_part_ner_left_out_is_part_of_the_name():
    d = doc("""
        0  Norwegian    1  amod      ADJ
        1  President    3  compound  PROPN
        2  Moon         3  compound  PROPN
        3  Jae          7  nsubj     PROPN
        4  -            7  punct     PUNCT/HYPH
        5  in           7  nsubj     NOUN
        6  will         7  aux       AUX/MD
        7  meet         7  ROOT      VERB/VB
        8  Roe          7  dobj      PROPN
        9  .            7  punct     PUNCT
    """, [("Norwegian", "NORP"), ("Moon Jae", "PERSON"), ("Roe", "PERSON")])
    assert ("Person", "Moon Jae-in") in names(d)


def test_a_nickname_in_quote_marks_is_part_of_the_name_and_the_surname_its_alias():
    d = doc("""
        0  Lt.          3  compound  PROPN
        1  Gen.         3  compound  PROPN
        2  Jan          6  nmod      PROPN
        3  "            6  punct     PUNCT/``
        4  Ben          6  nmod      PROPN
        5  "            6  punct     PUNCT/''
        6  Veld         7  nsubj     PROPN
        7  spoke        7  ROOT      VERB   speak
        8  .            7  punct     PUNCT
        9  Veld         10 nsubj     PROPN
        10 left         10 ROOT      VERB   leave
        11 .            10 punct     PUNCT
    """, [(2, 7, "PERSON"), (9, 10, "PERSON")])
    _, ents, _ = resolved(d)
    assert [(e.name.replace('"', "").split(), e.aliases) for e in ents] == [(["Jan", "Ben", "Veld"], ("Veld",))]


def test_a_region_after_a_known_bodys_name_makes_a_command_of_that_body():
    d = doc("""
        0  He           1  nsubj     PRON
        1  led          1  ROOT      VERB   lead
        2  U.S.         4  compound  PROPN
        3  Army         4  compound  PROPN
        4  Europe       1  dobj      PROPN
        5  .            1  punct     PUNCT
    """, [("U.S. Army Europe", "ORG")])
    assert names(d) == [("Organization", "U.S. Army Europe")]


def test_a_numbered_units_acronym_before_a_role_is_that_unit():
    d = doc("""
        0  The          3  det       DET
        1  3rd          3  compound  ADJ
        2  Harbour      3  compound  PROPN
        3  Regiment     4  nsubj     PROPN
        4  trained      4  ROOT      VERB   train
        5  .            4  punct     PUNCT
        6  Maj.         8  compound  PROPN
        7  Jane         8  compound  PROPN
        8  Doe          15 nsubj     PROPN
        9  ,            8  punct     PUNCT
        10 3rd          13 compound  ADJ
        11 HR           12 compound  NOUN
        12 operations   13 compound  NOUN/NNS  operation
        13 officer      8  appos     NOUN
        14 ,            8  punct     PUNCT
        15 said         15 ROOT      VERB   say
        16 .            15 punct     PUNCT
    """, [("3rd Harbour Regiment", "ORG"), ("Jane Doe", "PERSON"), ("3rd HR", "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents if e.type == "Organization"] == [("3rd Harbour Regiment", ("3rd HR",))]


def test_a_capital_in_capitals_that_opens_a_dateline_is_no_government():
    d = doc("""
        0  OSLO         9  npadvmod  PROPN
        1  ,            0  punct     PUNCT
        2  March        0  npadvmod  PROPN
        3  29           2  nummod    NUM
        4  (            5  punct     PUNCT
        5  Wire         2  appos     PROPN
        6  )            5  punct     PUNCT
        7  -            0  punct     PUNCT
        8  Sweden       9  nsubj     PROPN
        9  said         9  ROOT      VERB   say
        10 so           9  advmod    ADV
        11 .            9  punct     PUNCT
    """, [("OSLO", "GPE"), ("Sweden", "GPE")])
    assert ("Country", "Norway") not in names(d)
    assert ("Country", "Sweden") in names(d)


def test_a_units_base_after_of_is_no_part_of_its_name():
    d = doc("""
        0  Soldiers     10 nsubj     NOUN/NNS  soldier
        1  with         0  prep      ADP
        2  the          5  det       DET
        3  1st          4  compound  ADJ
        4  Harbour      5  compound  PROPN
        5  Division     1  pobj      PROPN
        6  of           5  prep      ADP
        7  Fort         8  compound  PROPN
        8  Veld         6  pobj      PROPN
        9  are          10 aux       AUX
        10 training     10 ROOT      VERB   train
        11 .            10 punct     PUNCT
    """, [("1st Harbour Division of", "ORG")])
    assert names(d) == [("Organization", "1st Harbour Division")]


def test_a_countrys_plural_role_noun_is_people_not_a_body():
    d = doc("""
        0  U.S.         1  compound  PROPN
        1  Soldiers     2  nsubj     PROPN/NNPS  soldier
        2  trained      2  ROOT      VERB   train
        3  .            2  punct     PUNCT
    """, [("U.S. Soldiers", "ORG")])
    assert names(d) == [("Country", "United States")]


def test_a_name_after_a_memorandums_title_words_is_no_body():
    d = doc("""
        0  It           1  nsubj     PRON
        1  builds       1  ROOT      VERB   build
        2  on           1  prep      ADP
        3  the          4  det       DET
        4  Memorandum   2  pobj      PROPN
        5  of           4  prep      ADP
        6  Understanding 5  pobj      PROPN
        7  for          4  prep      ADP
        8  Advancing    10 compound  PROPN
        9  Maritime     10 compound  PROPN
        10 Cooperation  7  pobj      PROPN
        11 .            1  punct     PUNCT
    """, [("Advancing Maritime Cooperation", "ORG")])
    assert names(d) == []


def test_a_countrys_government_is_the_country_and_an_acronym_for_lower_case_words_no_body():
    d = doc("""
        0  He           1  nsubj     PRON
        1  thanked      1  ROOT      VERB   thank
        2  the          4  det       DET
        3  Norwegian    4  compound  PROPN
        4  Government   1  dobj      PROPN
        5  for          1  prep      ADP
        6  soldiers     5  pobj      NOUN/NNS  soldier
        7  missing      6  acl       VERB/VBG  miss
        8  in           7  prep      ADP
        9  action       8  pobj      NOUN
        10 (            9  punct     PUNCT
        11 MIA          9  appos     PROPN
        12 )            1  punct     PUNCT
        13 .            1  punct     PUNCT
    """, [("Norwegian Government", "ORG"), ("MIA", "ORG")])
    assert names(d) == [("Country", "Norway")]


def test_an_air_base_ner_took_for_a_person_is_no_actor():
    d = doc("""
        0  He           1  nsubj     PRON
        1  visited      1  ROOT      VERB   visit
        2  Halden       4  compound  PROPN
        3  Air          4  compound  PROPN
        4  Base         1  dobj      PROPN
        5  .            1  punct     PUNCT
    """, [("Halden Air Base", "PERSON")])
    assert names(d) == []


def test_a_document_word_after_a_bodys_name_is_no_part_of_it():
    d = doc("""
        0  They         1  nsubj     PRON
        1  signed       1  ROOT      VERB   sign
        2  a            6  det       DET
        3  Harbour      5  compound  PROPN
        4  Trade        5  compound  PROPN
        5  Corporation  6  compound  PROPN
        6  Compact      1  dobj      PROPN
        7  .            1  punct     PUNCT
    """, [("Harbour Trade Corporation Compact", "ORG")])
    assert names(d) == [("Organization", "Harbour Trade Corporation")]


def test_a_given_name_and_an_english_word_ner_tagged_a_place_is_no_person():
    d = doc("""
        0  It           1  nsubj     PRON
        1  was          1  ROOT      AUX    be
        2  not          1  neg       PART
        3  unlike       1  prep      ADP
        4  Red          5  compound  PROPN
        5  Flag         3  pobj      PROPN
        6  in           5  prep      ADP
        7  Norway       6  pobj      PROPN
        8  .            1  punct     PUNCT
    """, [("Red Flag", "FAC"), ("Norway", "GPE")])
    assert names(d) == [("Country", "Norway")]
