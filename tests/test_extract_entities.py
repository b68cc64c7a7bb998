"""kg.extract.entities.raw_mentions on hand-made Docs (no statistical model): which token spans
are actors, of which type, and which gazetteer key or possessor they carry."""
from __future__ import annotations

import pytest

from docs import COUNTRYS_INSTITUTE, doc
from kg.extract.entities import Raw, raw_mentions
from kg.nlp import SPANS_KEY


def test_countries_come_from_the_gazetteer_by_name_and_demonym_a_capital_in_a_place_phrase_is_a_place():
    d = doc("""
        0  Norwegian   1  amod   ADJ
        1  officials   2  nsubj  NOUN/NNS  official
        2  met         2  ROOT   VERB      meet
        3  the         5  det    DET
        4  Japanese    5  amod   ADJ
        5  delegation  2  dobj   NOUN
        6  in          2  prep   ADP
        7  Oslo        6  pobj   PROPN
        8  .           2  punct  PUNCT
    """)
    assert raw_mentions(d) == [Raw(0, 1, "Country", "country/NO", demonym=True),
                               Raw(4, 5, "Country", "country/JP", demonym=True)]


@pytest.mark.parametrize("rows, acts", [
    ("0 Oslo 1 nsubj PROPN\n1 protested 1 ROOT VERB protest\n2 . 1 punct PUNCT", True),
    ("0 Oslo 2 poss PROPN\n1 's 0 case PART\n2 demands 3 nsubj NOUN/NNS demand\n3 grew 3 ROOT VERB grow\n"
     "4 . 3 punct PUNCT", True),
    ("0 They 1 nsubj PRON\n1 urged 1 ROOT VERB urge\n2 Oslo 1 dobj PROPN\n3 . 1 punct PUNCT", True),
    ("0 Talks 3 nsubj NOUN/NNS talk\n1 with 0 prep ADP\n2 Oslo 1 pobj PROPN\n3 resumed 3 ROOT VERB resume\n"
     "4 . 3 punct PUNCT", True),
    ("0 They 1 nsubj PRON\n1 visited 1 ROOT VERB visit\n2 Oslo 1 dobj PROPN\n3 . 1 punct PUNCT", False),
    ("0 They 1 nsubj PRON\n1 met 1 ROOT VERB meet\n2 in 1 prep ADP\n3 Oslo 2 pobj PROPN\n4 . 1 punct PUNCT", False),
    ("0 The 2 det DET\n1 Oslo 2 compound PROPN\n2 government 3 nsubj NOUN\n3 protested 3 ROOT VERB protest\n"
     "4 . 3 punct PUNCT", True),
    ("0 They 1 nsubj PRON\n1 planned 1 ROOT VERB plan\n2 the 4 det DET\n3 Oslo 4 compound PROPN\n"
     "4 summit 1 dobj NOUN\n5 . 1 punct PUNCT", False),
])
def test_a_capital_is_its_country_only_where_it_acts(rows, acts):
    found = [r.key for r in raw_mentions(doc(rows))]
    assert found == (["country/NO"] if acts else [])


def test_a_title_inside_a_person_entity_is_stripped():
    d = doc("""
        0  Defense   1  compound  PROPN
        1  Minister  3  compound  PROPN
        2  Jane      3  compound  PROPN
        3  Doe       4  nsubj     PROPN
        4  spoke     4  ROOT      VERB   speak
        5  .         4  punct     PUNCT
    """, [("Defense Minister Jane Doe", "PERSON")])
    assert raw_mentions(d) == [Raw(2, 4, "Person")]


def test_a_name_is_extended_over_the_proper_nouns_ner_dropped():
    d = doc("""
        0  Jane   3  compound  PROPN
        1  Q.     3  compound  PROPN
        2  Doe    3  compound  PROPN
        3  Jr.    4  nsubj     PROPN
        4  spoke  4  ROOT      VERB   speak
        5  .      4  punct     PUNCT
    """, [("Doe Jr.", "PERSON")])
    assert raw_mentions(d) == [Raw(0, 4, "Person")]


def test_a_countrys_institute_is_split_into_the_country_and_the_institute_part_of_it():
    d = doc(COUNTRYS_INSTITUTE, [("Norway 's Institute of Maritime Studies", "ORG")])
    assert raw_mentions(d) == [Raw(0, 1, "Country", "country/NO"),
                               Raw(2, 6, "Organization", whole=(0, 1))]


def test_a_countrys_generic_body_missed_by_ner_is_found_after_the_possessive():
    d = doc("""
        0  Norway    3  poss      PROPN
        1  's        0  case      PART
        2  Foreign   3  compound  PROPN
        3  Ministry  4  nsubj     PROPN
        4  objected  4  ROOT      VERB   object
        5  .         4  punct     PUNCT
    """)
    assert raw_mentions(d) == [Raw(0, 1, "Country", "country/NO"),
                               Raw(2, 4, "Organization", whole=(0, 1))]


def test_an_organisation_name_goes_on_over_a_link_word_and_capitalised_words():
    d = doc("""
        0  The       1  det       DET
        1  Center    7  nsubj     PROPN
        2  for       1  prep      ADP
        3  Studies   2  pobj      PROPN
        4  on        1  prep      ADP
        5  Arctic    6  compound  PROPN
        6  Security  4  pobj      PROPN
        7  opened    7  ROOT      VERB   open
        8  .         7  punct     PUNCT
    """, [("The Center for Studies", "ORG")])
    assert raw_mentions(d) == [Raw(1, 7, "Organization")]


def test_a_country_name_inside_a_place_name_is_no_country():
    d = doc("""
        0  Ships      1  nsubj     NOUN/NNS  ship
        1  sailed     1  ROOT      VERB      sail
        2  in         1  prep      ADP
        3  the        5  det       DET
        4  Norwegian  5  compound  PROPN
        5  Sea        2  pobj      PROPN
        6  .          1  punct     PUNCT
    """)
    assert [(s.text, s.id_) for s in d.spans[SPANS_KEY]] == [("Norwegian", "country/NO")]
    assert raw_mentions(d) == []


def test_a_job_title_tagged_as_an_organisation_is_no_organisation():
    d = doc("""
        0  National  2  compound  PROPN
        1  Security  2  compound  PROPN
        2  Advisor   4  compound  PROPN
        3  Jane      4  compound  PROPN
        4  Doe       5  nsubj     PROPN
        5  resigned  5  ROOT      VERB   resign
        6  .         5  punct     PUNCT
    """, [("National Security Advisor", "ORG"), ("Jane Doe", "PERSON")])
    assert raw_mentions(d) == [Raw(3, 5, "Person")]


@pytest.mark.parametrize("name", ["Harbour Charter", "Polar Framework", "Coastal Strategy"])
def test_a_document_tagged_as_an_organisation_is_no_organisation(name):
    first, last = name.split()
    d = doc(f"""
        0  The      2  det       DET
        1  {first}  2  compound  PROPN
        2  {last}   3  nsubj     PROPN
        3  expired  3  ROOT      VERB   expire
        4  .        3  punct     PUNCT
    """, [(name, "ORG")])
    assert raw_mentions(d) == []


def test_a_capital_tagged_as_a_person_is_still_its_country():
    d = doc("""
        0  Officials  1  nsubj  NOUN/NNS  official
        1  said       1  ROOT   VERB      say
        2  Oslo       3  nsubj  PROPN
        3  agreed     1  ccomp  VERB      agree
        4  .          1  punct  PUNCT
    """, [("Oslo", "PERSON")])
    assert raw_mentions(d) == [Raw(2, 3, "Country", "country/NO")]


@pytest.mark.parametrize("words, name", [
    ("Lawyer Jane Doe", "Jane Doe"),          # an occupation before the name (a personal title)
    ("Navy Capt. Jane Doe", "Jane Doe"),      # a service and an abbreviated rank
    ("Harbour MEP Jane Doe", "Jane Doe"),     # a descriptor and an acronym before a given name
    ("Candidate Jane Doe", "Jane Doe"),       # an English word before a given name
    ("Rep. Peter King", "Peter King"),        # a title word as a surname stays in the name
    ("Earl Warren", "Earl Warren"),           # a given name that is also a title stays
])
def test_titles_and_descriptors_before_a_name_are_left_out_of_it(words, name):
    tokens = words.split()
    rows = "".join(f"{i}  {w}  {len(tokens)}  compound  PROPN\n" for i, w in enumerate(tokens))
    n = len(tokens)
    d = doc(rows + f"{n}  spoke  {n}  ROOT  VERB  speak\n{n + 1}  .  {n}  punct  PUNCT\n", [(0, n, "PERSON")])
    (raw,) = raw_mentions(d)
    assert (d[raw.start:raw.end].text, raw.type) == (name, "Person")


def test_an_organisation_span_over_a_title_and_a_name_is_the_person():
    d = doc("""
        0  Secretary  4  nsubj     PROPN
        1  of         0  prep      ADP
        2  Defense    1  pobj      PROPN
        3  Jane       4  compound  PROPN
        4  Doe        5  nsubj     PROPN
        5  spoke      5  ROOT      VERB   speak
        6  .          5  punct     PUNCT
    """, [(0, 5, "ORG")])
    assert raw_mentions(d) == [Raw(3, 5, "Person")]


def test_an_organisation_span_over_a_body_word_and_a_country_is_the_country():
    d = doc("""
        0  The         1  det    DET
        1  Government  4  nsubj  PROPN
        2  of          1  prep   ADP
        3  Norway      2  pobj   PROPN
        4  agreed      4  ROOT   VERB   agree
        5  .           4  punct  PUNCT
    """, [(1, 4, "ORG")])
    assert raw_mentions(d) == [Raw(3, 4, "Country", "country/NO")]


@pytest.mark.parametrize("rows", [
    "0 They 1 nsubj PRON\n1 rallied 1 ROOT VERB rally\n2 in 1 prep ADP\n3 Hialeah 2 pobj PROPN\n4 . 1 punct PUNCT",
    "0 Shells 1 nsubj NOUN/NNS shell\n1 hit 1 ROOT VERB\n2 its 3 poss PRON\n3 capital 1 dobj NOUN\n"
    "4 Ardavan 3 appos PROPN\n5 . 1 punct PUNCT",
])
def test_a_place_that_ner_takes_for_an_organisation_is_no_actor(rows):
    tokens = [line.split()[1] for line in rows.splitlines()]
    name = "Hialeah" if "Hialeah" in tokens else "Ardavan"
    d = doc(rows, [(tokens.index(name), tokens.index(name) + 1, "ORG")])
    assert raw_mentions(d) == []


def test_a_building_or_venue_is_no_organisation():
    d = doc("""
        0  They     1  nsubj     PRON
        1  met      1  ROOT      VERB   meet
        2  at       1  prep      ADP
        3  the      5  det       DET
        4  Harbour  5  compound  PROPN
        5  Hotel    2  pobj      PROPN
        6  .        1  punct     PUNCT
    """, [(4, 6, "ORG")])
    assert raw_mentions(d) == []


def test_a_known_organisation_followed_by_words_that_name_no_body_is_that_organisation():
    d = doc("""
        0  The       3  det       DET
        1  NATO      3  compound  PROPN
        2  Harbour   3  compound  PROPN
        3  Festival  4  nsubj     PROPN
        4  opened    4  ROOT      VERB   open
        5  .         4  punct     PUNCT
    """, [(1, 4, "ORG")])
    assert [(r.start, r.end, r.key) for r in raw_mentions(d)] == [(1, 2, "org/north-atlantic-treaty-organization")]


def test_a_person_ner_missed_after_a_title_is_found_and_a_title_tagged_as_a_body_is_a_person():
    missed = doc("""
        0  They       1  nsubj     PRON
        1  thanked    1  ROOT      VERB   thank
        2  President  3  compound  PROPN
        3  Varsani    1  dobj      PROPN
        4  for        1  prep      ADP
        5  his        6  poss      PRON
        6  work       4  pobj      NOUN
        7  .          1  punct     PUNCT
    """)
    assert raw_mentions(missed) == [Raw(3, 4, "Person")]
    tagged = doc("""
        0  Chairperson  1  compound  PROPN
        1  Varsani      2  nsubj     PROPN
        2  spoke        2  ROOT      VERB   speak
        3  .            2  punct     PUNCT
    """, [("Chairperson Varsani", "ORG")])
    assert raw_mentions(tagged) == [Raw(1, 2, "Person")]
    word = doc("""
        0  They       1  nsubj     PRON
        1  thanked    1  ROOT      VERB   thank
        2  President  3  compound  PROPN
        3  Garden     1  dobj      PROPN
        4  .          1  punct     PUNCT
    """)
    assert raw_mentions(word) == []  # an English word after a title is no surname NER missed


def test_a_name_counted_by_a_number_is_no_person():
    made = doc("""
        0  Five    1  nummod    NUM
        1  F-15E   4  nsubj     NOUN
        2  Strike  3  compound  PROPN
        3  Eagles  1  appos     PROPN
        4  landed  4  ROOT      VERB   land
        5  .       4  punct     PUNCT
    """, [("Strike Eagles", "PERSON")])
    assert raw_mentions(made) == []


def test_a_name_the_article_describes_as_a_place_is_a_place_everywhere():
    made = doc("""
        0  Fighting  1  nsubj     NOUN
        1  spread    1  ROOT      VERB   spread
        2  around    1  prep      ADP
        3  the       5  det       DET
        4  Teshka    5  compound  PROPN
        5  region    2  pobj      NOUN
        6  .         1  punct     PUNCT
        7  Troops    8  nsubj     NOUN/NNS  troop
        8  left      8  ROOT      VERB   leave
        9  Teshka    8  dobj      PROPN
        10 .         8  punct     PUNCT
    """, [(4, 5, "ORG"), (9, 10, "ORG")])
    assert raw_mentions(made) == []


def test_a_run_of_proper_nouns_ending_in_a_body_word_that_ner_left_untagged_is_an_organisation():
    made = doc("""
        0  The      3  det       DET
        1  48th     3  amod      ADJ
        2  Harbour  3  compound  PROPN
        3  Wing     4  nsubj     PROPN
        4  flew     4  ROOT      VERB   fly
        5  to       4  prep      ADP
        6  the      9  det       DET
        7  Teshka   9  compound  PROPN
        8  Coast    9  compound  PROPN
        9  Guard    5  pobj      PROPN
        10 .        4  punct     PUNCT
    """, [(1, 2, "ORDINAL")])
    assert raw_mentions(made) == [Raw(1, 4, "Organization"), Raw(7, 10, "Organization")]
    lone = doc("""
        0  The      1  det       DET
        1  Wing     2  nsubj     PROPN
        2  flew     2  ROOT      VERB   fly
        3  .        2  punct     PUNCT
    """)
    assert raw_mentions(lone) == []


def test_a_known_bodys_generic_name_ending_a_longer_name_is_not_that_body():
    made = doc("""
        0  The       6  det       DET
        1  AU        6  compound  PROPN
        2  Peace     6  compound  PROPN
        3  and       2  cc        CCONJ
        4  Security  6  compound  PROPN
        5  Council   6  compound  PROPN
        6  members   7  nsubj     NOUN/NNS  member
        7  met       7  ROOT      VERB   meet
        8  .         7  punct     PUNCT
    """, [(4, 6, "ORG")])
    assert [r.key for r in raw_mentions(made)] == ["org/african-union", None]
    assert raw_mentions(made)[1] == Raw(2, 6, "Organization", whole=(1, 2))
    plain = doc("""
        0  The       2  det       DET
        1  Security  2  compound  PROPN
        2  Council   3  nsubj     PROPN
        3  met       3  ROOT      VERB   meet
        4  .         3  punct     PUNCT
    """, [(1, 3, "ORG")])
    assert [r.key for r in raw_mentions(plain)] == ["org/united-nations-security-council"]


def test_an_english_word_before_a_given_name_is_not_taken_back_into_the_name():
    made = doc("""
        0  Whip     2  compound  PROPN
        1  Jane     2  compound  PROPN
        2  Doe      3  nsubj     PROPN
        3  spoke    3  ROOT      VERB   speak
        4  .        3  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert raw_mentions(made) == [Raw(1, 3, "Person")]
    dropped = doc("""
        0  Halvard  2  compound  PROPN
        1  Jane     2  compound  PROPN
        2  Doe      3  nsubj     PROPN
        3  spoke    3  ROOT      VERB   speak
        4  .        3  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert raw_mentions(dropped) == [Raw(0, 3, "Person")]  # a name word NER left out is taken back


def test_a_countrys_long_name_with_a_possessive_is_the_country():
    made = doc("""
        0  The         6  det       DET
        1  Democratic  2  compound  PROPN
        2  People      4  poss      PROPN
        3  's          2  case      PART
        4  Republic    7  nsubj     PROPN
        5  of          4  prep      ADP
        6  Korea       5  pobj      PROPN
        7  protested   7  ROOT      VERB   protest
        8  .           7  punct     PUNCT
    """, [(0, 7, "ORG")])
    assert raw_mentions(made) == [Raw(1, 7, "Country", "country/KP")]


def test_a_person_whose_surname_is_a_country_name_is_a_person():
    made = doc("""
        0  Rep.    2  compound  PROPN
        1  Jim     2  compound  PROPN
        2  Jordan  3  nsubj     PROPN
        3  spoke   3  ROOT      VERB   speak
        4  .       3  punct     PUNCT
    """, [("Jim Jordan", "PERSON")])
    assert raw_mentions(made) == [Raw(1, 3, "Person")]


def test_a_rank_before_a_name_is_no_part_of_an_organisations_name():
    made = doc("""
        0  Navy    1  compound  PROPN
        1  Capt    4  compound  PROPN
        2  .       1  punct     PUNCT
        3  Jane    4  compound  PROPN
        4  Doe     5  nsubj     PROPN
        5  spoke   5  ROOT      VERB   speak
        6  .       5  punct     PUNCT
    """, [("Navy Capt", "ORG"), ("Jane Doe", "PERSON")])
    assert raw_mentions(made) == [Raw(3, 5, "Person")]


@pytest.mark.parametrize("word", ["Judge", "Billionaire"])
def test_a_title_or_a_rarer_english_word_before_a_given_name_is_not_taken_back(word):
    made = doc(f"""
        0  {word}   2  compound  PROPN
        1  Jane     2  compound  PROPN
        2  Doe      3  nsubj     PROPN
        3  spoke    3  ROOT      VERB   speak
        4  .        3  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert raw_mentions(made) == [Raw(1, 3, "Person")]


def test_an_inflected_english_word_before_a_surname_is_not_taken_back():
    made = doc("""
        0  Norway   1  nsubj     PROPN
        1  Praises  1  ROOT      PROPN
        2  Halvorsen 1 dobj      PROPN
    """, [("Halvorsen", "PERSON")])
    assert [r for r in raw_mentions(made) if r.type == "Person"] == [Raw(2, 3, "Person")]


def test_a_person_whose_name_ends_in_a_body_word_is_an_organisation():
    made = doc("""
        0  Jane     2  compound  PROPN
        1  Doe      2  compound  PROPN
        2  Center   3  nsubj     PROPN
        3  opened   3  ROOT      VERB   open
        4  .        3  punct     PUNCT
    """, [("Jane Doe Center", "PERSON")])
    assert raw_mentions(made) == [Raw(0, 3, "Organization")]


def test_a_country_name_inside_a_us_states_or_citys_name_is_no_country():
    made = doc("""
        0  Jane     1  compound  PROPN
        1  Doe      1  ROOT      PROPN
        2  of       1  prep      ADP
        3  New      4  compound  PROPN
        4  Mexico   2  pobj      PROPN
        5  spoke    5  ROOT      VERB   speak
        6  .        5  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("New Mexico", "GPE")])
    assert raw_mentions(made) == [Raw(0, 2, "Person")]


def test_the_parties_named_in_a_court_case_are_no_actors():
    made = doc("""
        0  Halden   1  compound  PROPN
        1  Health   3  nsubj     PROPN
        2  v.       1  prep      ADP
        3  Doe      2  pobj      PROPN
        4  failed   4  ROOT      VERB   fail
        5  .        4  punct     PUNCT
    """, [("Halden Health", "ORG"), ("Doe", "ORG")])
    assert raw_mentions(made) == []


def test_a_city_before_its_country_a_place_modifying_a_noun_and_a_state_name_after_in_are_places():
    made = doc("""
        0  Bergen   3  nsubj     PROPN
        1  ,        0  punct     PUNCT
        2  Norway   0  appos     PROPN
        3  grew     3  ROOT      VERB   grow
        4  .        3  punct     PUNCT
        5  The      7  det       DET
        6  Ohio     7  compound  PROPN
        7  primary  12 nsubj     NOUN
        8  in       7  prep      ADP
        9  the      11 det       DET
        10 Harbour  11 compound  PROPN
        11 State    8  pobj      PROPN
        12 ended    12 ROOT      VERB   end
        13 .        12 punct     PUNCT
    """, [(0, 1, "PERSON"), (2, 3, "GPE"), (6, 7, "ORG"), (10, 12, "ORG")])
    assert raw_mentions(made) == [Raw(2, 3, "Country", "country/NO")]


def test_an_organisation_after_a_title_word_that_ends_in_a_body_word_is_no_person():
    made = doc("""
        0  King      4  compound  PROPN
        1  Halvard   4  compound  PROPN
        2  Baptist   4  compound  PROPN
        3  Missionary 4 compound  PROPN
        4  Church    5  nsubj     PROPN
        5  sang      5  ROOT      VERB   sing
        6  .         5  punct     PUNCT
    """, [("King Halvard Baptist Missionary Church", "ORG")])
    assert raw_mentions(made) == [Raw(0, 5, "Organization")]


def test_an_organisation_span_ends_before_its_acronym_in_parentheses_and_keeps_a_plurals_possessive():
    made = doc("""
        0  Halden      1  compound  PROPN
        1  Pilots      3  poss      PROPN
        2  's          1  case      PART
        3  Association 6  nsubj     PROPN
        4  (           5  punct     PUNCT
        5  Hapa        3  appos     PROPN
        6  met         6  ROOT      VERB   meet
        7  .           6  punct     PUNCT
    """, [(0, 6, "ORG")])
    assert raw_mentions(made) == [Raw(0, 4, "Organization")]


def test_a_units_number_is_part_of_its_name_tagged_or_not():
    tagged = doc("""
        0  The       2  det       DET
        1  31st      3  amod      ADJ
        2  Harbour   3  compound  PROPN
        3  Wing      4  nsubj     PROPN
        4  flew      4  ROOT      VERB   fly
        5  .         4  punct     PUNCT
    """, [(2, 4, "ORG")])
    assert raw_mentions(tagged) == [Raw(1, 4, "Organization")]
    untagged = doc("""
        0  A         3  det       DET
        1  31st      3  amod      ADJ
        2  Harbour   3  compound  PROPN
        3  Wing      4  nsubj     PROPN
        4  flew      4  ROOT      VERB   fly
        5  .         4  punct     PUNCT
    """, [])
    assert raw_mentions(untagged) == [Raw(1, 4, "Organization")]


def test_an_aircraft_model_after_a_units_name_is_no_part_of_it():
    made = doc("""
        0  The       3  det       DET
        1  Harbour   3  compound  PROPN
        2  Squadron  3  compound  PROPN
        3  F-15E     4  nsubj     PROPN
        4  flew      4  ROOT      VERB   fly
        5  .         4  punct     PUNCT
    """, [(1, 4, "ORG")])
    assert raw_mentions(made) == [Raw(1, 3, "Organization")]
