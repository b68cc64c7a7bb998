"""kg.extract.resolve on hand-made Docs (no statistical model): mentions joined into entities
(surnames, honorifics, acronyms, countries by ISO code) and part-of facts."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from docs import COUNTRYS_INSTITUTE, doc, resolved
from kg.model import Entity

JANE = "person/jane-doe"
HIPS = "org/halden-institute-for-polar-studies"


def keys(mentions) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in mentions]


def two_sentences(later: str, ents) -> Doc:
    """'Jane Doe arrived.' and a second sentence, given as the table's rows from 4 on."""
    return doc("""
        0  Jane     1  compound  PROPN
        1  Doe      2  nsubj     PROPN
        2  arrived  2  ROOT      VERB   arrive
        3  .        2  punct     PUNCT
    """ + later, ents)


def test_a_surname_alone_joins_the_full_name():
    d = two_sentences("""
        4  Doe    5  nsubj  PROPN
        5  spoke  5  ROOT   VERB   speak
        6  .      5  punct  PUNCT
    """, [("Jane Doe", "PERSON"), (4, 5, "PERSON")])
    mentions, ents, parts = resolved(d)
    assert keys(mentions) == [("Jane Doe", JANE), ("Doe", JANE)]
    assert ents == [Entity(JANE, "Person", "Jane Doe", ("Doe",))]
    assert parts == []


def test_an_honorific_and_surname_join_the_full_name():
    d = two_sentences("""
        4  Ms.    5  compound  PROPN
        5  Doe    6  nsubj     PROPN
        6  spoke  6  ROOT      VERB   speak
        7  .      6  punct     PUNCT
    """, [("Jane Doe", "PERSON"), (4, 6, "PERSON")])
    mentions, ents, _ = resolved(d)
    assert {m.key for m in mentions} == {JANE}
    assert [e.key for e in ents] == [JANE]


def test_a_surname_alone_joins_the_name_with_an_initial_before_it():
    d = doc("""
        0  J          1  compound  PROPN
        1  Halvorsen  2  nsubj     PROPN
        2  arrived    2  ROOT      VERB   arrive
        3  .          2  punct     PUNCT
        4  Halvorsen  5  nsubj     PROPN
        5  spoke      5  ROOT      VERB   speak
        6  .          5  punct     PUNCT
    """, [("J Halvorsen", "PERSON"), (4, 5, "PERSON")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents] == [("J Halvorsen", ("Halvorsen",))]


@pytest.mark.parametrize("label", ["ORG", "GPE", None])
def test_a_surname_mislabelled_or_missed_by_ner_is_still_the_person(label):
    d = two_sentences("""
        4  Later  6  advmod  ADV
        5  Doe    6  nsubj   PROPN
        6  spoke  6  ROOT    VERB   speak
        7  .      6  punct   PUNCT
    """, [("Jane Doe", "PERSON")] + ([(5, 6, label)] if label else []))
    mentions, ents, _ = resolved(d)
    assert [(m.text, m.type, m.key) for m in mentions] == [("Jane Doe", "Person", JANE), ("Doe", "Person", JANE)]
    assert [e.key for e in ents] == [JANE]


def test_a_country_is_one_entity_whatever_its_surface_form():
    d = doc("""
        0  Norway    1  nsubj  PROPN
        1  hosted    1  ROOT   VERB      host
        2  Japanese  3  amod   ADJ
        3  envoys    1  dobj   NOUN/NNS  envoy
        4  and       1  cc     CCONJ
        5  Oslo      6  nsubj  PROPN
        6  thanked   1  conj   VERB      thank
        7  them      6  dobj   PRON
        8  .         1  punct  PUNCT
    """)
    mentions, ents, _ = resolved(d)
    assert keys(mentions) == [("Norway", "country/NO"), ("Japanese", "country/JP"), ("Oslo", "country/NO")]
    assert ents == [Entity("country/JP", "Country", "Japan", ("Japanese",), "JP"),
                    Entity("country/NO", "Country", "Norway", ("Oslo",), "NO")]


def test_an_acronym_in_parentheses_joins_its_expansion():
    d = doc("""
        0   The        2  det       DET
        1   Halden     2  compound  PROPN
        2   Institute  9  nsubj     PROPN
        3   for        2  prep      ADP
        4   Polar      5  compound  PROPN
        5   Studies    3  pobj      PROPN
        6   (          7  punct     PUNCT
        7   HIPOS      2  appos     PROPN
        8   )          7  punct     PUNCT
        9   published  9  ROOT      VERB   publish
        10  .          9  punct     PUNCT
        11  HIPOS      12 nsubj     PROPN
        12  grew       12 ROOT      VERB   grow
        13  .          12 punct     PUNCT
    """, [(1, 6, "ORG"), (11, 12, "ORG")])
    mentions, ents, _ = resolved(d)
    assert keys(mentions) == [("Halden Institute for Polar Studies", HIPS), ("HIPOS", HIPS)]
    assert ents == [Entity(HIPS, "Organization", "Halden Institute for Polar Studies", ("HIPOS",))]


def test_an_acronym_of_the_initials_joins_its_expansion():
    d = doc("""
        0   The        2  det       DET
        1   Halden     2  compound  PROPN
        2   Institute  6  nsubj     PROPN
        3   for        2  prep      ADP
        4   Polar      5  compound  PROPN
        5   Studies    3  pobj      PROPN
        6   published  6  ROOT      VERB   publish
        7   .          6  punct     PUNCT
        8   HIPS       9  nsubj     PROPN
        9   grew       9  ROOT      VERB   grow
        10  .          9  punct     PUNCT
    """, [(1, 6, "ORG"), (8, 9, "ORG")])
    mentions, ents, _ = resolved(d)
    assert keys(mentions) == [("Halden Institute for Polar Studies", HIPS), ("HIPS", HIPS)]
    assert [e.key for e in ents] == [HIPS]


def test_a_known_organisation_is_one_entity_by_its_gazetteer_key():
    d = doc("""
        0  NATO          1  nsubj  PROPN
        1  met           1  ROOT   VERB   meet
        2  .             1  punct  PUNCT
        3  The           5  det    DET
        4  North         5  compound  PROPN
        5  Atlantic      8  nsubj  PROPN
        6  Treaty        7  compound  PROPN
        7  Organization  5  appos  PROPN
        8  grew          8  ROOT   VERB   grow
        9  .             8  punct  PUNCT
    """, [(0, 1, "ORG"), (4, 8, "ORG")])
    mentions, ents, _ = resolved(d)
    nato = "org/north-atlantic-treaty-organization"
    assert keys(mentions) == [("NATO", nato), ("North Atlantic Treaty Organization", nato)]
    assert ents == [Entity(nato, "Organization", "North Atlantic Treaty Organization", ("NATO",))]


def test_a_countrys_institute_is_part_of_the_country():
    d = doc(COUNTRYS_INSTITUTE, [(0, 6, "ORG")])
    mentions, ents, parts = resolved(d)
    inst = "org/institute-of-maritime-studies"
    assert keys(mentions) == [("Norway", "country/NO"), ("Institute of Maritime Studies", inst)]
    assert [(p.part, p.whole, p.evidence.text) for p in parts] == [
        (inst, "country/NO", "Norway's Institute of Maritime Studies published a report.")]


GENERIC_BODY_LATER = """
    0   Norway    3  poss      PROPN
    1   's        0  case      PART
    2   Foreign   3  compound  PROPN
    3   Ministry  4  nsubj     PROPN
    4   objected  4  ROOT      VERB   object
    5   .         4  punct     PUNCT
    6   The       8  det       DET
    7   Foreign   8  compound  PROPN
    8   Ministry  9  nsubj     PROPN
    9   left      9  ROOT      VERB   leave
    10  .         9  punct     PUNCT
"""


def test_a_countrys_generic_body_keeps_its_country_and_its_bare_name_later():
    d = doc(GENERIC_BODY_LATER, [(7, 9, "ORG")])
    mentions, ents, parts = resolved(d)
    body = "org/norway-foreign-ministry"
    assert keys(mentions) == [("Norway", "country/NO"), ("Foreign Ministry", body), ("Foreign Ministry", body)]
    assert Entity(body, "Organization", "Norway's Foreign Ministry", ("Foreign Ministry",)) in ents
    assert [(p.part, p.whole) for p in parts] == [(body, "country/NO")]


def test_two_countries_generic_bodies_in_one_article_stay_apart():
    d = doc("""
        0   Norway    3  poss      PROPN
        1   's        0  case      PART
        2   Foreign   3  compound  PROPN
        3   Ministry  9  nsubj     PROPN
        4   and       3  cc        CCONJ
        5   Sweden    8  poss      PROPN
        6   's        5  case      PART
        7   Foreign   8  compound  PROPN
        8   Ministry  3  conj      PROPN
        9   protested 9  ROOT      VERB   protest
        10  .         9  punct     PUNCT
    """)
    mentions, ents, parts = resolved(d)
    assert [m.key for m in mentions if m.type == "Organization"] == [
        "org/norway-foreign-ministry", "org/sweden-foreign-ministry"]
    assert sorted((p.part, p.whole) for p in parts) == [
        ("org/norway-foreign-ministry", "country/NO"), ("org/sweden-foreign-ministry", "country/SE")]


# Exit polls showed Doe ahead, and Price said so.
WORDS_AS_NAMES = """
    0  Exit      1  compound  PROPN
    1  polls     2  nsubj     NOUN   poll
    2  showed    2  ROOT      VERB   show
    3  Doe       4  nsubj     PROPN
    4  ahead     2  ccomp     ADV
    5  ,         2  punct     PUNCT
    6  and       2  cc        CCONJ
    7  Price     8  nsubj     PROPN
    8  said      2  conj      VERB   say
    9  so        8  advmod    ADV
    10 .         2  punct     PUNCT
"""


def test_a_capitalised_english_word_is_no_name_unless_it_acts_or_has_a_title():
    d = doc(WORDS_AS_NAMES, [(0, 1, "PERSON"), (3, 4, "PERSON"), (7, 8, "PERSON")])
    mentions, ents, _ = resolved(d)
    assert keys(mentions) == [("Doe", "person/doe"), ("Price", "person/price")]  # 'price' acts: it said


def test_a_one_word_name_after_a_title_is_kept_even_when_it_is_a_word():
    d = doc("""
        0  President  2  nsubj     PROPN
        1  Ford       0  appos     PROPN
        2  spoke      2  ROOT      VERB   speak
        3  .          2  punct     PUNCT
        4  Ford       5  compound  PROPN
        5  supporters 6  nsubj     NOUN   supporter
        6  cheered    6  ROOT      VERB   cheer
        7  .          6  punct     PUNCT
    """, [(1, 2, "PERSON"), (4, 5, "PERSON")])
    mentions, _, _ = resolved(d)
    assert keys(mentions) == [("Ford", "person/ford"), ("Ford", "person/ford")]


def test_a_body_named_with_its_word_last_is_the_body_of_the_same_article_named_in_full():
    d = doc("""
        0  The         1  det       DET
        1  Department  5  nsubj     PROPN
        2  of          1  prep      ADP
        3  Fisheries   2  pobj      PROPN
        4  ,           5  punct     PUNCT
        5  spoke       5  ROOT      VERB   speak
        6  .           5  punct     PUNCT
        7  The         9  det       DET
        8  Fisheries   9  compound  PROPN
        9  Department  10 nsubj     PROPN
        10 agreed      10 ROOT      VERB   agree
        11 .           10 punct     PUNCT
    """, [(1, 4, "ORG"), (8, 10, "ORG")])
    mentions, ents, _ = resolved(d)
    assert [e.name for e in ents] == ["Department of Fisheries"]
    assert ents[0].aliases == ("Fisheries Department",)


def test_a_companys_legal_form_is_left_out_of_its_name():
    d = doc("""
        0  Harbour  2  compound  PROPN
        1  Works    2  compound  PROPN
        2  LLC      3  nsubj     PROPN
        3  agreed   3  ROOT      VERB   agree
        4  .        3  punct     PUNCT
    """, [(0, 3, "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.key, e.name) for e in ents] == [("org/harbour-works", "Harbour Works")]


def test_a_given_name_and_a_surname_tagged_as_an_organisation_is_a_person():
    d = doc("""
        0  Jane       1  compound  PROPN
        1  Halvorsen  2  nsubj     PROPN
        2  spoke      2  ROOT      VERB   speak
        3  .          2  punct     PUNCT
    """, [(0, 2, "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.key, e.type) for e in ents] == [("person/jane-halvorsen", "Person")]  # a surname no English word


def test_a_given_name_and_a_surname_with_a_prefix_and_an_apostrophe_tagged_as_an_organisation_is_a_person():
    d = doc("""
        0  Jane    1  compound  PROPN
        1  O’Dell  2  nsubj     NOUN
        2  spoke   2  ROOT      VERB   speak
        3  .       2  punct     PUNCT
    """, [(0, 2, "ORG")])
    _, ents, _ = resolved(d)
    assert [e.type for e in ents] == ["Person"]


def test_a_name_in_apposition_with_company_is_an_organisation_in_every_mention():
    d = doc("""
        0  They       1  nsubj  PRON
        1  sued       1  ROOT   VERB   sue
        2  a          3  det    DET
        3  company    1  dobj   NOUN
        4  ,          3  punct  PUNCT
        5  Harbourex  3  appos  PROPN
        6  .          1  punct  PUNCT
        7  Harbourex  8  nsubj  PROPN
        8  denied     8  ROOT   VERB   deny
        9  it         8  dobj   PRON
        10 .          8  punct  PUNCT
    """, [(5, 6, "PERSON"), (7, 8, "PERSON")])
    mentions, ents, _ = resolved(d)
    assert [(e.key, e.type) for e in ents] == [("org/harbourex", "Organization")]
    assert [m.type for m in mentions] == ["Organization", "Organization"]


def test_a_short_form_joins_the_one_longer_name_it_begins_or_ends():
    d = doc("""
        0  The      3  det       DET
        1  Halden   3  compound  PROPN
        2  Polar    3  compound  PROPN
        3  Courier  4  nsubj     PROPN
        4  wrote    4  ROOT      VERB   write
        5  .        4  punct     PUNCT
        6  The      8  det       DET
        7  Polar    8  compound  PROPN
        8  Courier  9  nsubj     PROPN
        9  agreed   9  ROOT      VERB   agree
        10 .        9  punct     PUNCT
    """, [(1, 4, "ORG"), (7, 9, "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents] == [("Halden Polar Courier", ("Polar Courier",))]


def test_a_name_in_apposition_with_a_title_is_a_person():
    d = doc("""
        0  They      1  nsubj  PRON
        1  named     1  ROOT   VERB   name
        2  Halvorsk  1  dobj   PROPN
        3  ,         2  punct  PUNCT
        4  the       5  det    DET
        5  leader    2  appos  NOUN
        6  .         1  punct  PUNCT
    """, [(2, 3, "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.key, e.type) for e in ents] == [("person/halvorsk", "Person")]


@pytest.mark.parametrize("rows, ents", [
    ("""
        0  They           1   nsubj     PRON
        1  signed         1   ROOT      VERB   sign
        2  a              3   det       DET
        3  Memorandum     1   dobj      PROPN
        4  of             3   prep      ADP
        5  Understanding  4   pobj      PROPN
        6  (              7   punct     PUNCT
        7  MOU            5   appos     PROPN
        8  )              7   punct     PUNCT
        9  .              1   punct     PUNCT
        10 The            11  det       DET
        11 MOU            12  nsubj     PROPN
        12 failed         12  ROOT      VERB   fail
        13 .              12  punct     PUNCT
    """, [(7, 8, "ORG"), (11, 12, "ORG")]),
    ("""
        0  They     1  nsubj     PRON
        1  renewed  1  ROOT      VERB   renew
        2  the      5  det       DET
        3  Harbour  5  compound  PROPN
        4  Safety   5  compound  PROPN
        5  Act      1  dobj      PROPN
        6  ,        5  punct     PUNCT
        7  or       5  cc        CCONJ
        8  HSA      5  conj      PROPN
        9  .        1  punct     PUNCT
    """, [(8, 9, "ORG")]),
])
def test_an_acronym_the_article_defines_as_a_document_is_no_organisation(rows, ents):
    mentions, entities, _ = resolved(doc(rows, ents))
    assert mentions == [] and entities == []


def test_a_name_in_apposition_to_an_organisation_noun_names_it_even_when_it_starts_with_a_given_name():
    d = doc("""
        0  They      1  nsubj     PRON
        1  sued      1  ROOT      VERB   sue
        2  a         3  det       DET
        3  company   1  dobj      NOUN
        4  ,         3  punct     PUNCT
        5  Diamond   6  compound  PROPN
        6  Harbour   3  appos     PROPN
        7  .         1  punct     PUNCT
    """, [(5, 7, "PERSON")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.type) for e in ents] == [("Diamond Harbour", "Organization")]


def test_a_second_name_given_with_also_known_as_is_the_same_person():
    d = doc("""
        0  Jane     1   compound  PROPN
        1  Doe      8   nsubj     PROPN
        2  ,        1   punct     PUNCT
        3  also     4   advmod    ADV
        4  known    1   acl       VERB   know
        5  as       4   prep      ADP
        6  Abu      7   compound  PROPN
        7  Halden   5   pobj      PROPN
        8  spoke    8   ROOT      VERB   speak
        9  .        8   punct     PUNCT
        10 Halden   11  nsubj     PROPN
        11 left     11  ROOT      VERB   leave
        12 .        11  punct     PUNCT
    """, [(0, 2, "PERSON"), (6, 8, "PERSON"), (10, 11, "PERSON")])
    mentions, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents] == [("Jane Doe", ("Abu Halden", "Halden"))]


def test_an_organisation_named_with_its_country_word_keeps_it_and_its_acronym_joins_it():
    d = doc("""
        0  The           3  det       DET
        1  UK            3  compound  PROPN
        2  Independence  3  compound  PROPN
        3  Party         4  nsubj     PROPN
        4  won           4  ROOT      VERB   win
        5  .             4  punct     PUNCT
        6  UKIP          7  nsubj     PROPN
        7  gained        7  ROOT      VERB   gain
        8  .             7  punct     PUNCT
    """, [(1, 4, "ORG"), (6, 7, "ORG")])
    _, ents, parts = resolved(d)
    assert [(e.name, e.aliases) for e in ents if e.type == "Organization"] == [("UK Independence Party", ("UKIP",))]
    assert [(p.part, p.whole) for p in parts] == [("org/uk-independence-party", "country/GB")]


def test_a_person_named_by_english_words_only_is_no_person():
    d = doc("""
        0  Simple   1  compound  PROPN
        1  Battery  2  nsubj     PROPN
        2  trended  2  ROOT      VERB   trend
        3  .        2  punct     PUNCT
        4  Jane     5  compound  PROPN
        5  Love     6  nsubj     PROPN
        6  spoke    6  ROOT      VERB   speak
        7  .        6  punct     PUNCT
    """, [(0, 2, "PERSON"), (4, 6, "PERSON")])
    _, ents, _ = resolved(d)
    assert [e.name for e in ents] == ["Jane Love"]  # a given name makes a name of English words


def test_a_name_in_apposition_with_a_kin_noun_or_with_a_name_suffix_is_a_person():
    d = doc("""
        0  His      1  poss      PRON
        1  wife     4  nsubj     NOUN
        2  ,        1  punct     PUNCT
        3  Halla    1  appos     PROPN
        4  spoke    4  ROOT      VERB   speak
        5  .        4  punct     PUNCT
        6  Jane     8  compound  PROPN
        7  Doe      8  compound  PROPN
        8  Sr.      9  nsubj     PROPN
        9  painted  9  ROOT      VERB   paint
        10 .        9  punct     PUNCT
    """, [(3, 4, "ORG"), (6, 9, "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.type) for e in ents] == [("Halla", "Person"), ("Jane Doe Sr.", "Person")]


def test_a_given_name_and_a_surname_another_mention_makes_a_person_is_a_person():
    d = doc("""
        0  Jane     1  compound  PROPN
        1  Pike     2  nsubj     PROPN
        2  invested 2  ROOT      VERB   invest
        3  .        2  punct     PUNCT
        4  Mr.      5  compound  PROPN
        5  Pike     6  nsubj     PROPN
        6  agreed   6  ROOT      VERB   agree
        7  .        6  punct     PUNCT
    """, [(0, 2, "ORG"), (4, 6, "PERSON")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.type) for e in ents] == [("Jane Pike", "Person")]  # 'pike' is an English word


def test_a_capitalised_word_counted_by_a_or_read_as_a_common_noun_is_no_name():
    d = doc("""
        0  A        2  det       DET
        1  super    2  amod      ADJ
        2  PAC      3  nsubj     PROPN
        3  paid     3  ROOT      VERB   pay
        4  .        3  punct     PUNCT
        5  Hacker   6  nsubj     NOUN   hacker
        6  jailed   6  ROOT      VERB   jail
        7  .        6  punct     PUNCT
    """, [(2, 3, "ORG"), (5, 6, "ORG")])
    _, ents, _ = resolved(d)
    assert ents == []


def test_an_acronym_the_article_defines_is_its_name_even_when_the_gazetteer_knows_it_for_another_body():
    d = doc("""
        0  Ruritanian  2  compound  PROPN
        1  Democratic  2  compound  PROPN
        2  Forces      7  nsubj     PROPN
        3  (           4  punct     PUNCT
        4  SDF         2  appos     PROPN
        5  )           4  punct     PUNCT
        6  have       7  aux       AUX
        7  advanced    7  ROOT      VERB   advance
        8  .           7  punct     PUNCT
    """, [(0, 3, "ORG")])
    mentions, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents] == [("Ruritanian Democratic Forces", ("SDF",))]


def test_an_acronym_ner_tagged_once_is_the_organisation_wherever_it_stands():
    d = doc("""
        0  HDF        1  nsubj     PROPN
        1  met        1  ROOT      VERB   meet
        2  .          1  punct     PUNCT
        3  HDF        4  nsubj     PROPN
        4  grew       4  ROOT      VERB   grow
        5  .          4  punct     PUNCT
    """, [(0, 1, "ORG")])
    mentions, _, _ = resolved(d)
    assert keys(mentions) == [("HDF", "org/hdf"), ("HDF", "org/hdf")]


def test_a_surname_in_the_plural_is_a_family_and_a_glued_possessive_leaves_a_bodys_name():
    d = two_sentences("""
        4  The       5  det       DET
        5  Does      6  nsubj     PROPN
        6  joined    6  ROOT      VERB   join
        7  the       9  det       DET
        8  Harbour   9  compound  PROPN
        9  Party‘s   10 nmod      PROPN
        10 campaign  6  dobj      NOUN
        11 .         6  punct     PUNCT
    """, [(0, 2, "PERSON"), (5, 6, "PERSON"), (8, 10, "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.type) for e in ents] == [("Harbour Party", "Organization"), ("Jane Doe", "Person")]



def test_a_surname_two_full_names_hold_joins_the_one_named_most_else_last_before_it():
    rows = """
        4  John      5  compound  PROPN
        5  Doe       6  nsubj     PROPN
        6  left      6  ROOT      VERB   leave
        7  .         6  punct     PUNCT
        8  Doe       9  nsubj     PROPN
        9  waved     9  ROOT      VERB   wave
        10 .         9  punct     PUNCT
    """
    ents = [(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 9, "PERSON")]
    tie, _, _ = resolved(two_sentences(rows, ents))
    assert [m.key for m in tie if m.text == "Doe"] == ["person/john-doe"]
    more = rows + """
        11 Jane      12 npadvmod  PROPN
        12 smiled    12 ROOT      VERB   smile
        13 .         12 punct     PUNCT
    """
    named, _, _ = resolved(two_sentences(more, [*ents, (11, 12, "PERSON")]))
    assert [m.key for m in named if m.text == "Doe"] == [JANE]  # 'Jane' names her once more


def test_a_familiar_given_name_joins_the_full_name_it_shortens():
    d = doc("""
        0  Daniel   2  compound  PROPN
        1  Roe      2  compound  PROPN
        2  Doe      3  nsubj     PROPN
        3  arrived  3  ROOT      VERB   arrive
        4  .        3  punct     PUNCT
        5  Dan      6  compound  PROPN
        6  Doe      7  nsubj     PROPN
        7  spoke    7  ROOT      VERB   speak
        8  .        7  punct     PUNCT
        9  Danielle 10 compound  PROPN
        10 Doe      11 nsubj     PROPN
        11 smiled   11 ROOT      VERB   smile
        12 .        11 punct     PUNCT
    """, [("Daniel Roe Doe", "PERSON"), ("Dan Doe", "PERSON"), ("Danielle Doe", "PERSON")])
    _, ents, _ = resolved(d)
    assert sorted(e.name for e in ents) == ["Daniel Roe Doe", "Danielle Doe"]


def test_a_countrys_generic_body_that_the_gazetteer_lists_is_the_listed_body():
    d = doc("""
        0  Japan     3  poss      PROPN
        1  's        0  case      PART
        2  Defense   3  compound  PROPN
        3  Ministry  4  nsubj     PROPN
        4  spoke     4  ROOT      VERB   speak
        5  .         4  punct     PUNCT
    """, [(2, 4, "ORG")])
    mentions, ents, parts = resolved(d)
    assert keys(mentions) == [("Japan", "country/JP"), ("Defense Ministry", "org/japan-ministry-of-defense")]
