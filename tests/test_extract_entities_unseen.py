"""kg.extract.entities and resolution on hand-made Docs: what real news text makes of names that
are no actors (places below a country, a case's name, words, titles of works), titles and
datelines glued to names, and names NER split at a country's name."""
from __future__ import annotations

import pytest

from docs import doc, resolved
from kg.extract.entities import Raw, raw_mentions


def names(d) -> list[tuple[str, str]]:
    _, ents, _ = resolved(d)
    return sorted((e.type, e.name) for e in ents)


def test_a_judges_title_is_no_part_of_the_name():
    d = doc("""
        0  Judge  2  compound  PROPN
        1  Jane   2  compound  PROPN
        2  Doe    3  nsubj     PROPN
        3  ruled  3  ROOT      VERB   rule
        4  .      3  punct     PUNCT
    """, [("Judge Jane Doe", "PERSON")])
    assert raw_mentions(d) == [Raw(1, 3, "Person")]


def test_a_dateline_before_a_spaced_dash_is_no_part_of_the_name_after_it():
    d = doc("""
        0  HALDEN  3  compound  PROPN
        1  —       3  punct     PUNCT
        2  Jane    3  compound  PROPN
        3  Vinter  4  nsubj     PROPN
        4  met     4  ROOT      VERB   meet
        5  voters  4  dobj      NOUN/NNS  voter
        6  .       4  punct     PUNCT
    """, [(0, 4, "ORG")])
    assert d.text.startswith("HALDEN — Jane")
    assert names(d) == [("Person", "Jane Vinter")]


def test_a_court_case_tagged_whole_is_no_actor():
    d = doc("""
        0  Vinter  1  compound  PROPN
        1  Stores  4  nsubj     PROPN/NNPS
        2  v.      1  prep      ADP
        3  Brekke  2  pobj      PROPN
        4  denied  4  ROOT      VERB   deny
        5  it      4  dobj      PRON
        6  .       4  punct     PUNCT
    """, [("Vinter Stores v. Brekke", "ORG")])
    assert raw_mentions(d) == []


def test_a_county_and_names_listed_before_a_place_noun_are_places():
    d = doc("""
        0  Brenvik  1  compound  PROPN
        1  County   2  nsubj     PROPN
        2  voted    2  ROOT      VERB   vote
        3  with     2  prep      ADP
        4  Sandor   7  nmod      PROPN
        5  and      4  cc        CCONJ
        6  Lusk     4  conj      PROPN
        7  counties 3  pobj      NOUN/NNS  county
        8  .        2  punct     PUNCT
    """, [("Brenvik County", "ORG"), ("Sandor", "PERSON")])
    assert raw_mentions(d) == []


def test_a_country_named_like_a_us_state_and_listed_with_states_is_the_state():
    d = doc("""
        0  She       1  nsubj  PRON
        1  won       1  ROOT   VERB   win
        2  Alabama   1  dobj   PROPN
        3  ,         2  punct  PUNCT
        4  Georgia   2  conj   PROPN
        5  and       4  cc     CCONJ
        6  Texas     4  conj   PROPN
        7  .         1  punct  PUNCT
    """)
    assert raw_mentions(d) == []


def test_an_organisations_one_word_english_plural_is_no_body():
    d = doc("""
        0  He      1  nsubj  PRON
        1  raises  1  ROOT   VERB   raise
        2  Kings   1  dobj   PROPN/NNPS
        3  .       1  punct  PUNCT
    """, [("Kings", "ORG")])
    assert names(d) == []


def test_a_short_name_of_a_known_body_is_that_body():
    d = doc("""
        0  The        2  det       DET
        1  Financial  2  compound  PROPN
        2  Times      3  nsubj     PROPN
        3  said       3  ROOT      VERB   say
        4  so         3  advmod    ADV
        5  .          3  punct     PUNCT
        6  The        7  det       DET
        7  Times      8  nsubj     PROPN
        8  added      8  ROOT      VERB   add
        9  more       8  dobj      ADJ
        10 .          8  punct     PUNCT
    """, [("Financial Times", "ORG"), (7, 8, "ORG")])
    assert names(d) == [("Organization", "Financial Times")]


def test_words_without_a_proper_noun_are_no_persons_name():
    d = doc("""
        0  It    2  nsubj  PRON
        1  Will  2  aux    AUX/MD
        2  Be    2  ROOT   AUX/VB
        3  Close 2  acomp  ADJ
        4  .     2  punct  PUNCT
    """, [("Will Be", "PERSON")])
    assert raw_mentions(d) == []


def test_a_name_that_runs_through_a_demonym_is_one_persons_name():
    d = doc("""
        0  M.      2  compound  PROPN
        1  Dane    2  compound  PROPN
        2  Vinter  3  nsubj     PROPN
        3  said    3  ROOT      VERB   say
        4  so      3  advmod    ADV
        5  .       3  punct     PUNCT
    """)
    assert names(d) == [("Person", "M. Dane Vinter")]


def test_a_name_that_runs_through_a_country_after_a_person_is_one_persons_name():
    d = doc("""
        0  Jane    1  compound  PROPN
        1  Porter  3  compound  PROPN
        2  Jordan  3  compound  PROPN
        3  III     4  nsubj     PROPN
        4  ruled   4  ROOT      VERB   rule
        5  .       4  punct     PUNCT
    """, [("Jane Porter", "PERSON"), ("Jordan III", "PERSON")])
    assert names(d) == [("Person", "Jane Porter Jordan III")]


def test_a_name_in_quote_marks_of_its_own_is_a_title_not_a_person():
    d = doc("""
        0  “        2  punct     PUNCT
        1  Opening  2  compound  PROPN
        2  Belle    5  nsubj     PROPN
        3  ,        2  punct     PUNCT
        4  ”        2  punct     PUNCT
        5  sold     5  ROOT      VERB   sell
        6  well     5  advmod    ADV
        7  .        5  punct     PUNCT
    """, [("Opening Belle", "PERSON")])
    assert names(d) == []


def test_a_name_counted_by_a_or_owned_by_a_pronoun_is_a_common_noun():
    d = doc("""
        0  With     4  prep      ADP
        1  a        3  det       DET
        2  Harbour  3  amod      PROPN
        3  Senate   0  pobj      PROPN
        4  she      5  nsubj     PRON
        5  wins     5  ROOT      VERB   win
        6  .        5  punct     PUNCT
    """, [("Harbour Senate", "ORG")])
    assert names(d) == []


def test_initials_alone_are_no_persons_name():
    d = doc("""
        0  It    1  nsubj  PRON
        1  is    1  ROOT   AUX
        2  O.K.  1  attr   PROPN
        3  .     1  punct  PUNCT
    """, [("O.K.", "PERSON")])
    assert names(d) == []


def test_a_name_with_an_age_after_it_is_a_person_whatever_ner_said():
    d = doc("""
        0  Vinter   5  nsubjpass  PROPN
        1  ,        0  punct      PUNCT
        2  24       0  appos      NUM
        3  ,        0  punct      PUNCT
        4  was      5  auxpass    AUX
        5  charged  5  ROOT       VERB   charge
        6  .        5  punct      PUNCT
    """, [("Vinter", "ORG")])
    assert names(d) == [("Person", "Vinter")]


def test_a_modal_is_no_mention_of_a_person_whose_given_name_it_spells():
    d = doc("""
        0  Will    1  compound  PROPN
        1  Vinter  2  nsubj     PROPN
        2  said    2  ROOT      VERB   say
        3  we      5  nsubj     PRON
        4  Will    5  aux       AUX/MD
        5  win     2  ccomp     VERB
        6  .       2  punct     PUNCT
    """, [("Will Vinter", "PERSON")])
    mentions, _, _ = resolved(d)
    assert [m.text for m in mentions] == ["Will Vinter"]


def test_an_acronym_spelled_by_a_name_and_the_words_after_it_is_that_names():
    d = doc("""
        0  Citizens  8  nsubj     PROPN/NNPS
        1  for       0  prep      ADP
        2  Ethics    1  pobj      PROPN
        3  in        0  prep      ADP
        4  Halden    3  pobj      PROPN
        5  (         0  punct     PUNCT
        6  CEH       0  appos     PROPN
        7  )         0  punct     PUNCT
        8  sued      8  ROOT      VERB   sue
        9  .         8  punct     PUNCT
    """, [("Citizens for Ethics", "ORG"), ("CEH", "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents] == [("Citizens for Ethics", ("CEH",))]


def test_a_slogans_word_before_a_given_name_the_article_names_in_full_is_no_part_of_it():
    d = doc("""
        0  Jane     1  compound  PROPN
        1  Vinter   2  nsubj     PROPN
        2  spoke    2  ROOT      VERB   speak
        3  .        2  punct     PUNCT
        4  Crooked  5  compound  PROPN
        5  Jane     6  nsubj     PROPN
        6  lost     6  ROOT      VERB   lose
        7  .        6  punct     PUNCT
    """, [("Jane Vinter", "PERSON"), ("Crooked Jane", "PERSON")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents] == [("Jane Vinter", ("Jane",))]


def test_a_name_in_capitals_that_the_article_writes_as_a_persons_is_that_person():
    d = doc("""
        0  Vinter  1  nsubj  PROPN
        1  spoke   1  ROOT   VERB   speak
        2  to      1  prep   ADP
        3  VINTER  2  pobj   PROPN
        4  .       1  punct  PUNCT
    """, [("Vinter", "PERSON"), ("VINTER", "ORG")])
    assert names(d) == [("Person", "Vinter")]


def test_a_head_of_a_title_that_ends_a_body_before_more_titles_and_a_name_is_the_persons():
    d = doc("""
        0  District    1  compound  PROPN
        1  Magistrate  4  compound  PROPN
        2  Judge       4  compound  PROPN
        3  Jane        4  compound  PROPN
        4  Vinter      5  nsubj     PROPN
        5  ruled       5  ROOT      VERB   rule
        6  .           5  punct     PUNCT
    """, [("District Magistrate", "ORG"), ("Jane Vinter", "PERSON")])
    assert names(d) == [("Person", "Jane Vinter")]


def test_a_committee_keeps_its_last_word_before_a_chairman_and_a_name():
    d = doc("""
        0  Harbour    1  compound  PROPN
        1  Committee  2  compound  PROPN
        2  Chairman   4  compound  PROPN
        3  Jane       4  compound  PROPN
        4  Vinter     5  nsubj     PROPN
        5  ruled      5  ROOT      VERB   rule
        6  .          5  punct     PUNCT
    """, [("Harbour Committee", "ORG"), ("Jane Vinter", "PERSON")])
    assert names(d) == [("Organization", "Harbour Committee"), ("Person", "Jane Vinter")]


def test_a_body_named_for_a_policy_and_a_city_is_one_body_and_no_government():
    d = doc("""
        0  He         1  nsubj     PRON
        1  works      1  ROOT      VERB   work
        2  at         1  prep      ADP
        3  the        5  det       DET
        4  Oslo       5  compound  PROPN
        5  Institute  2  pobj      PROPN
        6  for        5  prep      ADP
        7  Arctic     8  compound  PROPN
        8  Policy     6  pobj      PROPN
        9  .          1  punct     PUNCT
    """, [("the Oslo Institute for Arctic Policy", "ORG")])
    assert names(d) == [("Organization", "Oslo Institute for Arctic Policy")]


def test_a_known_bodys_acronym_written_with_dots_is_that_body():
    d = doc("""
        0  Rebels    2  nsubjpass  NOUN/NNS  rebel
        1  were      2  auxpass    AUX
        2  armed     2  ROOT       VERB      arm
        3  by        2  agent      ADP
        4  the       5  det        DET
        5  C.I.A.    3  pobj       PROPN
        6  .         2  punct      PUNCT
    """, [("C.I.A.", "ORG")])
    assert names(d) == [("Organization", "Central Intelligence Agency")]


def test_a_surname_after_a_particle_is_one_name_and_joins_the_full_name():
    d = doc("""
        0  Jane     3  compound  PROPN
        1  el       3  compound  PROPN
        2  -        3  punct     PUNCT
        3  Vinter   4  nsubj     PROPN
        4  spoke    4  ROOT      VERB   speak
        5  .        4  punct     PUNCT
        6  Vinter   7  nsubj     PROPN
        7  left     7  ROOT      VERB   leave
        8  .        7  punct     PUNCT
    """, [("Jane el - Vinter", "PERSON"), (6, 7, "PERSON")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents] == [("Jane el-Vinter", ("Vinter",))]


def test_a_surname_that_is_also_a_citys_name_is_a_person_among_the_subjects():
    d = doc("""
        0  Bush    3  nsubj  PROPN
        1  and     0  cc     CCONJ
        2  Obama   0  conj   PROPN
        3  sent    3  ROOT   VERB   send
        4  troops  3  dobj   NOUN/NNS  troop
        5  .       3  punct  PUNCT
    """, [("Bush", "PERSON"), ("Obama", "PERSON")])
    assert names(d) == [("Person", "Bush"), ("Person", "Obama")]


def test_a_name_described_by_words_between_a_and_it_is_still_a_name():
    d = doc("""
        0  She       1  nsubj     PRON
        1  faced     1  ROOT      VERB   face
        2  a         5  det       DET
        3  weaker    5  amod      ADJ
        4  Jane      5  compound  PROPN
        5  Vinter    1  dobj      PROPN
        6  and       5  cc        CCONJ
        7  a         10 det       DET
        8  united    10 amod      ADJ
        9  Harbour   10 compound  PROPN
        10 Party     5  conj      PROPN
        11 .         1  punct     PUNCT
    """, [("Jane Vinter", "PERSON"), ("Harbour Party", "ORG")])
    assert names(d) == [("Organization", "Harbour Party"), ("Person", "Jane Vinter")]


def test_a_word_before_a_given_name_of_a_person_named_in_full_by_that_name_alone_stays():
    d = doc("""
        0  Norm     1  compound  PROPN
        1  Coleman  2  nsubj     PROPN
        2  left     2  ROOT      VERB   leave
        3  .        2  punct     PUNCT
        4  Mr.      5  compound  PROPN
        5  Coleman  6  nsubj     PROPN
        6  spoke    6  ROOT      VERB   speak
        7  .        6  punct     PUNCT
    """, [("Norm Coleman", "PERSON"), ("Mr. Coleman", "PERSON")])
    assert names(d) == [("Person", "Norm Coleman")]


def test_a_states_postal_code_and_an_abbreviated_title_are_no_names():
    d = doc("""
        0  FL       1  compound  PROPN
        1  voters   3  nsubj     NOUN/NNS  voter
        2  and      1  cc        CCONJ
        3  backed   3  ROOT      VERB      back
        4  Sec      6  compound  PROPN
        5  .        6  punct     PUNCT
        6  Vinter   3  dobj      PROPN
        7  .        3  punct     PUNCT
    """, [("FL", "ORG"), (4, 5, "PERSON"), (6, 7, "PERSON")])
    assert names(d) == [("Person", "Vinter")]


def test_two_names_joined_by_a_slash_are_no_bodys_name():
    d = doc("""
        0  the     3  det       DET
        1  Doe     3  compound  PROPN
        2  /       3  punct     PUNCT
        3  Roe     4  compound  PROPN
        4  ticket  5  nsubj     NOUN
        5  won     5  ROOT      VERB   win
        6  .       5  punct     PUNCT
    """, [("Doe / Roe", "ORG")])
    assert names(d) == []


def test_a_given_names_possessive_before_a_body_is_no_body_and_brothers_are_a_firm():
    d = doc("""
        0  Jane      3  poss      PROPN
        1  's        0  case      PART
        2  Victory   3  compound  PROPN
        3  Fund      7  nsubj     PROPN
        4  and       3  cc        CCONJ
        5  Vinter    6  compound  PROPN
        6  Brothers  3  conj      PROPN/NNPS
        7  paid      7  ROOT      VERB   pay
        8  .         7  punct     PUNCT
    """, [("Jane 's Victory Fund", "ORG"), ("Vinter Brothers", "PERSON")])
    assert names(d) == [("Organization", "Victory Fund"), ("Organization", "Vinter Brothers")]


def test_a_region_is_no_actor_whatever_ner_said():
    d = doc("""
        0  Crimea    2  nsubjpass  PROPN
        1  was       2  auxpass    AUX
        2  annexed   2  ROOT       VERB   annex
        3  and       2  cc         CCONJ
        4  the       5  det        DET
        5  Sahel     6  nsubj      PROPN
        6  suffered  2  conj       VERB   suffer
        7  .         2  punct      PUNCT
    """, [("Crimea", "ORG"), ("Sahel", "PERSON")])
    assert names(d) == []


def test_a_territory_is_no_country_of_its_own():
    d = doc("""
        0  Hong     1  compound  PROPN
        1  Kong     2  nsubj     PROPN
        2  said     2  ROOT      VERB   say
        3  so       2  advmod    ADV
        4  .        2  punct     PUNCT
    """)
    assert raw_mentions(d) == []


def test_a_persons_name_that_starts_with_a_capitals_or_a_countrys_name_is_the_persons():
    d = doc("""
        0  Wellington  1  compound  PROPN
        1  Koo         2  nsubj     PROPN
        2  met         2  ROOT      VERB   meet
        3  Israel      4  compound  PROPN
        4  Katz        2  dobj      PROPN
        5  .           2  punct     PUNCT
    """, [("Wellington Koo", "PERSON"), ("Israel Katz", "PERSON")])
    assert names(d) == [("Person", "Israel Katz"), ("Person", "Wellington Koo")]


def test_a_ships_name_and_an_operations_name_are_no_actors():
    d = doc("""
        0  The        1  det       DET
        1  USS        3  compound  PROPN
        2  Jane       3  compound  PROPN
        3  Vinter     4  nsubj     PROPN
        4  joined     4  ROOT      VERB   join
        5  Operation  7  compound  PROPN
        6  Harbour    7  compound  PROPN
        7  Shield     4  dobj      PROPN
        8  .          4  punct     PUNCT
    """, [("Jane Vinter", "PERSON"), ("Harbour Shield", "ORG")])
    assert raw_mentions(d) == []


def test_a_demonym_before_coast_guard_is_the_country_not_a_coast():
    d = doc("""
        0  Norwegian  3  amod      ADJ
        1  coast      2  compound  NOUN
        2  guard      3  compound  NOUN
        3  ships      4  nsubj     NOUN/NNS  ship
        4  sailed     4  ROOT      VERB      sail
        5  .          4  punct     PUNCT
    """)
    assert raw_mentions(d) == [Raw(0, 1, "Country", "country/NO", demonym=True)]


def test_a_speech_and_a_room_are_no_bodies():
    d = doc("""
        0  The         3  det       DET
        1  Harbour     3  compound  PROPN
        2  Union       3  compound  PROPN
        3  Address     4  nsubj     PROPN
        4  filled      4  ROOT      VERB   fill
        5  the         7  det       DET
        6  Reception   7  compound  PROPN
        7  Room        4  dobj      PROPN
        8  .           4  punct     PUNCT
    """, [("Harbour Union Address", "ORG"), ("Reception Room", "ORG")])
    assert raw_mentions(d) == []


SURNAME_ONLY = """
    0  Voters   1  nsubj     NOUN/NNS  voter
    1  chose    1  ROOT      VERB   choose
    2  Hunt     1  dobj      PROPN
    3  .        1  punct     PUNCT
    4  Hunt     6  poss      PROPN
    5  's       4  case      PART
    6  lead     7  nsubj     NOUN
    7  grew     7  ROOT      VERB   grow
    8  .        7  punct     PUNCT
    9  They     10 nsubj     PRON
    10 praised  10 ROOT      VERB   praise
    11 Hunt     10 dobj      PROPN
    12 .        10 punct     PUNCT
"""


def test_a_surname_that_is_an_english_word_names_a_person_ner_tags_twice():
    d = doc(SURNAME_ONLY, [(2, 3, "ORG"), (4, 5, "PERSON"), (11, 12, "PERSON")])
    assert names(d) == [("Person", "Hunt")]


def test_a_surname_that_is_an_english_word_is_dropped_when_the_text_also_writes_the_word():
    d = doc(SURNAME_ONLY.replace("lead     7  nsubj     NOUN", "hunt     7  nsubj     NOUN"),
            [(2, 3, "ORG"), (4, 5, "PERSON"), (11, 12, "PERSON")])
    assert names(d) == []


def test_a_surname_that_is_an_english_word_ner_tags_once_is_dropped():
    d = doc(SURNAME_ONLY, [(2, 3, "ORG"), (4, 5, "ORG"), (11, 12, "PERSON")])
    assert names(d) == []


def test_a_name_with_a_quoted_nickname_ner_cut_is_the_whole_person():
    d = doc("""
        0  Minister  5  nmod      PROPN
        1  Jane      5  nmod      PROPN
        2  “         3  punct     PUNCT
        3  Jo        5  nmod      PROPN
        4  ”         3  punct     PUNCT
        5  Vinter    6  nsubj     PROPN
        6  spoke     6  ROOT      VERB   speak
        7  .         6  punct     PUNCT
    """, [(3, 6, "WORK_OF_ART")])
    assert raw_mentions(d) == [Raw(1, 6, "Person")]


def test_a_body_named_an_association_is_no_job_title():
    d = doc("""
        0  The          3  det       DET
        1  Coast        2  compound  PROPN
        2  Guard        3  compound  PROPN
        3  Association  4  nsubj     PROPN
        4  objected     4  ROOT      VERB   object
        5  .            4  punct     PUNCT
    """, [(0, 4, "ORG")])
    assert names(d) == [("Organization", "Coast Guard Association")]


def test_a_demonym_and_a_plural_title_head_are_people_not_a_body():
    d = doc("""
        0  Norwegian  1  compound  PROPN
        1  Airmen     2  nsubj     PROPN/NNPS
        2  trained    2  ROOT      VERB   train
        3  .          2  punct     PUNCT
    """, [(0, 2, "ORG")])
    assert [r.type for r in raw_mentions(d)] == ["Country"]


def test_two_countries_joined_by_a_hyphen_and_alliance_name_a_relationship_not_a_body():
    d = doc("""
        0  They      1  nsubj     PRON
        1  praised   1  ROOT      VERB   praise
        2  the       6  det       DET
        3  Norway    5  compound  PROPN
        4  -         5  punct     PUNCT
        5  Sweden    6  compound  PROPN
        6  Alliance  1  dobj      PROPN
        7  .         1  punct     PUNCT
    """, [(5, 7, "ORG")])
    assert names(d) == [("Country", "Norway"), ("Country", "Sweden")]


def test_a_name_in_apposition_with_a_region_is_a_place():
    d = doc("""
        0  Troops    1  nsubj     NOUN/NNS  troop
        1  fought    1  ROOT      VERB   fight
        2  in        1  prep      ADP
        3  Vastra    4  compound  PROPN
        4  Agency    2  pobj      PROPN
        5  ,         4  punct     PUNCT
        6  a         8  det       DET
        7  tribal    8  amod      ADJ
        8  region    4  appos     NOUN
        9  .         1  punct     PUNCT
    """, [(3, 5, "ORG")])
    assert names(d) == []


def test_a_demonym_and_national_before_a_body_word_ner_left_out_is_the_bodys_name():
    d = doc("""
        0  Norwegian  3  compound  PROPN
        1  National   3  compound  PROPN
        2  army       3  compound  NOUN
        3  soldiers   4  nsubj     NOUN/NNS  soldier
        4  left       4  ROOT      VERB   leave
        5  .          4  punct     PUNCT
    """, [(0, 2, "ORG")])
    assert ("Organization", "Norwegian National Army") in names(d)


def test_an_acronym_glued_into_a_documents_code_is_no_body():
    d = doc("""
        0  They     1  nsubj     PRON
        1  cited    1  ROOT      VERB   cite
        2  [        3  punct     PUNCT
        3  HB       1  dobj      PROPN
        4  -        3  punct     PUNCT
        5  33       3  nummod    NUM
        6  ]        3  punct     PUNCT
        7  .        1  punct     PUNCT
    """, [(3, 4, "ORG")])
    assert raw_mentions(d) == []


def test_a_bodys_name_ending_in_decision_is_the_body_without_the_document():
    d = doc("""
        0  They      1  nsubj     PRON
        1  cited     1  ROOT      VERB   cite
        2  the       5  det       DET
        3  Harbour   4  compound  PROPN
        4  Council   5  compound  PROPN
        5  Decision  1  dobj      PROPN
        6  .         1  punct     PUNCT
    """, [(3, 6, "ORG")])
    assert names(d) == [("Organization", "Harbour Council")]


def _names(ex) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in ex.entities}


def test_a_body_counted_with_the_noun_it_qualifies_is_still_a_body(extract_text):
    ex = extract_text("General Mara Quist spoke at a Harbour Pilots Association monthly luncheon on Tuesday.\n")
    assert ("Organization", "Harbour Pilots Association") in _names(ex)


def test_a_possessive_the_tokenizer_left_on_a_name_is_no_part_of_it(extract_text):
    ex = extract_text("Critics faulted Dorian Vasquez‘s budget plan. Dorian Vasquez answered them on Monday.\n")
    people = {n for t, n in _names(ex) if t == "Person"}
    assert people == {"Dorian Vasquez"}


def test_a_capital_that_names_a_peace_process_is_no_government(extract_text):
    ex = extract_text("The minister said the sanctions stay until the Oslo peace process on Ukraine moves on.\n")
    assert ("Country", "Norway") not in _names(ex)


def test_a_name_before_a_deal_written_in_lower_case_is_no_body(extract_text):
    ex = extract_text("The envoy said that the Harwick 2 peace deal on the border had failed.\n")
    assert not any(t == "Organization" for t, _ in _names(ex))


def test_a_city_written_without_its_diacritics_is_a_place_not_a_person(extract_text):
    ex = extract_text("The advice does not cover staff posted to the cities of Ankara, Istanbul and Izmir.\n")
    assert not any(t == "Person" for t, _ in _names(ex))


def test_a_name_in_a_hyphened_modifier_or_two_names_joined_by_a_hyphen_are_no_person(extract_text):
    ex = extract_text("Vasquez-backing groups spent heavily. Fans still talk of the Dorian Vasquez-Milo Trent bout.\n")
    assert not any(t == "Person" for t, _ in _names(ex))


def test_a_korean_given_names_syllable_after_a_hyphen_stays_in_the_name(extract_text):
    ex = extract_text("Seo Tae-min, the director of the Harbour Security Office, met the envoy on Monday.\n")
    assert ("Person", "Seo Tae-min") in _names(ex)


def test_a_name_inside_a_quoted_title_of_a_work_is_no_actor(extract_text):
    ex = extract_text("Dr. Tamsin Okafor gave a talk titled “Why Harbour Alliances and Coastal Partnerships Matter,” on Monday.\n")
    assert {n for _, n in _names(ex)} == {"Tamsin Okafor"}


def test_a_name_between_two_quotations_in_doubled_marks_is_no_title_of_a_work(extract_text):
    ex = extract_text("''The rule goes too far,'' said Jane Cole of the National Harbour Federation."
                      " ''By fiat, the board is demoting workers.''\n")
    assert {("Person", "Jane Cole"), ("Organization", "National Harbour Federation")} <= _names(ex)


def test_a_laws_name_is_no_persons_even_after_a_title_word(extract_text):
    ex = extract_text("The union asked whether candidates backed the Employee Free Harbour Act, which would help crews.\n")
    assert not any(t == "Person" for t, _ in _names(ex))


def test_an_english_plural_that_acts_is_people_not_a_body(extract_text):
    ex = extract_text("Harbourmasters vow to boycott the minister's speech.\n")
    assert _names(ex) == set()


def test_a_word_edited_in_brackets_is_no_name(extract_text):
    ex = extract_text("“[W]e urge the crews to go on with their talks,” the union said on Monday.\n")
    assert _names(ex) == set()


def test_the_last_word_of_a_title_in_x_of_y_is_no_part_of_the_name_after_it():
    d = doc("""
        0  Fans       1  nsubj     NOUN   fan
        1  cheered    1  ROOT      VERB   cheer
        2  Hall       1  dobj      PROPN
        3  of         2  prep      ADP
        4  Famer      6  compound  PROPN
        5  Tobias     6  compound  PROPN
        6  Grell      3  pobj      PROPN
        7  .          1  punct     PUNCT
    """, [("Tobias Grell", "PERSON")])
    assert [(d[r.start:r.end].text, r.type) for r in raw_mentions(d)] == [("Tobias Grell", "Person")]


def test_a_style_in_capitals_before_a_name_is_no_part_of_it(extract_text):
    ex = extract_text("The Minister for Ports of Norway, HE Halvard Brekke, and the Minister for Ports of Iceland,"
                      " HE Sigrun Olafsdottir, met in Oslo on Monday.\n")
    people = {n for t, n in _names(ex) if t == "Person"}
    assert people == {"Halvard Brekke", "Sigrun Olafsdottir"}


def test_a_given_name_and_surname_after_a_lower_case_title_is_a_person(extract_text):
    ex = extract_text("Tamsin spoke at a joint press conference with his Icelandic counterpart Gunnar Eyvindsson in Oslo.\n")
    assert ("Person", "Gunnar Eyvindsson") in _names(ex)


def test_a_name_particle_inside_a_persons_name_stays_in_it(extract_text):
    ex = extract_text("Qatar's Minister of Ports, Sheikh Hamad bin Jassim Al-Harbi, called for calm on Monday.\n")
    assert any(t == "Person" and "bin Jassim" in n for t, n in _names(ex))


def test_an_exercises_name_after_the_word_exercise_is_no_actor_in_any_mention(extract_text):
    ex = extract_text("Soldiers began exercise Tarvo Kessu 24 on Monday. The crews said (Tarvo Kessu) means northern wind.\n")
    assert not any(t == "Person" for t, _ in _names(ex))


def test_a_bodys_domain_runs_on_over_and_into_more_of_it(extract_text):
    ex = extract_text("On Tuesday the Ministry of Foreign Affairs and Trade urged both parties to respect the truce.\n")
    assert ("Organization", "Ministry of Foreign Affairs and Trade") in _names(ex)


def test_names_listed_as_examples_of_groups_are_bodies(extract_text):
    ex = extract_text("The truce does not cover such armed groups as Harbour Front, Ahrar al-Vintar and other affiliated groups.\n")
    assert ("Organization", "Ahrar al-Vintar") in _names(ex)


def test_a_dateline_in_capitals_with_a_mc_is_a_place(extract_text):
    ex = extract_text("JOINT BASE HARBOUR-McDOE, Wash. – Soldiers of the 9th Harbour Division began a drill on Monday.\n")
    assert not any(t == "Person" for t, _ in _names(ex))


def test_a_span_ner_ran_over_a_possessive_pronoun_is_no_body(extract_text):
    ex = extract_text("The harbour committee gave Dorian Vasquez its Golden Anchor of Harbours in the early 1980s.\n")
    assert not any(t == "Organization" for t, _ in _names(ex))


def test_a_dynasty_or_an_award_is_no_body(extract_text):
    ex = extract_text("Their exchanges date back to the Eastern Vintar Dynasty, and the Harbour Peace Prize went to both.\n")
    assert not any(t == "Organization" for t, _ in _names(ex))


def test_a_known_outlet_after_a_countrys_possessive_is_that_outlet_not_a_person(extract_text):
    ex = extract_text("The ships were told to stay alert, Japan’s Kyodo News reported on Monday.\n")
    assert ("Organization", "Kyodo News") in _names(ex)
    assert not any(t == "Person" for t, _ in _names(ex))


def test_a_known_bodys_acronym_goes_where_its_name_owned_by_a_country_went(extract_text):
    ex = extract_text("Norway’s Joint Chiefs of Staff (JCS) reported a launch. The JCS gave no details.\n")
    assert [t for t, _ in _names(ex)].count("Organization") == 1


def test_a_dateline_in_capitals_before_a_wires_name_in_brackets_is_a_place(extract_text):
    ex = extract_text("HARBOURVILLE (HW) – The two navies began a drill on Tuesday, both ministries said.\n")
    assert not any(t == "Organization" for t, _ in _names(ex))


def test_a_name_after_the_vicinity_of_is_a_place(extract_text):
    ex = extract_text("The rocket was fired from the vicinity of Korvado in the northern province.\n")
    assert _names(ex) == set()


def test_a_known_body_after_the_last_items_of_a_list_keeps_its_own_name(extract_text):
    ex = extract_text("Our sailors, soldiers, Marines, airmen and Department of Defense employees serve every day.\n")
    assert not any(" and " in n for _, n in _names(ex))


def test_a_forces_theatre_after_in_is_part_of_its_name(extract_text):
    ex = extract_text("The crews trained for two weeks, according to a Ruritanian Air Forces in Europe release.\n")
    assert ("Organization", "Ruritanian Air Forces in Europe") in _names(ex)


def test_a_units_ordinal_that_nameparser_calls_a_title_still_leads_its_name():
    d = doc("""
        0  She        1  nsubj     PRON
        1  leads      1  ROOT      VERB   lead
        2  the        5  det       DET
        3  9th        5  amod      ADJ
        4  Harbour    5  compound  PROPN
        5  Regiment   1  dobj      PROPN
        6  .          1  punct     PUNCT
    """, [])
    assert [(d[r.start:r.end].text, r.type) for r in raw_mentions(d)] == [("9th Harbour Regiment", "Organization")]


def test_an_honorific_without_its_period_is_no_reason_to_drop_the_name():
    d = doc("""
        0  Mr         1  compound  PROPN
        1  Halvorsen  2  nsubj     PROPN
        2  left       2  ROOT      VERB   leave
        3  early      2  advmod    ADV
        4  .          2  punct     PUNCT
    """, [("Halvorsen", "PERSON")])
    assert names(d) == [("Person", "Halvorsen")]


def test_a_region_after_the_town_something_is_in_is_a_place():
    d = doc("""
        0  They      1  nsubj     PRON
        1  signed    1  ROOT      VERB   sign
        2  it        1  dobj      PRON
        3  in        1  prep      ADP
        4  Kvala     3  pobj      PROPN
        5  ,         4  punct     PUNCT
        6  Central   7  compound  PROPN
        7  Nordmark  4  appos     PROPN
        8  ,         4  punct     PUNCT
        9  on        1  prep      ADP
        10 Monday    9  pobj      PROPN
        11 .         1  punct     PUNCT
    """, [("Kvala", "GPE"), ("Central Nordmark", "PERSON")])
    assert names(d) == []


def test_two_bodies_that_begin_with_the_same_word_are_two():
    d = doc("""
        0  Heads         7  nsubj     NOUN/NNS  head
        1  of            0  prep      ADP
        2  Harbour       3  compound  PROPN
        3  Operations    1  pobj      PROPN
        4  and           3  cc        CCONJ
        5  Harbour       6  compound  PROPN
        6  Intelligence  3  conj      PROPN
        7  met           7  ROOT      VERB   meet
        8  .             7  punct     PUNCT
    """, [("Harbour Operations and Harbour Intelligence", "ORG")])
    assert names(d) == [("Organization", "Harbour Intelligence"), ("Organization", "Harbour Operations")]


def test_a_headline_with_a_colon_after_a_preposition_is_no_speaker_label():
    from kg.extract.labels import labelled_names
    d = doc("""
        0  Chief    3  nsubj     PROPN
        1  On       0  prep      ADP
        2  Vinter   1  pobj      PROPN
        3  :        3  ROOT      PUNCT
        4  Ferries  5  nsubj     NOUN/NNS  ferry
        5  sail     3  dep       VERB
        6  .        3  punct     PUNCT
    """)
    assert labelled_names(d, []) == []


def test_an_acronym_without_a_vowel_is_no_persons_name():
    d = doc("""
        0  The    1  det       DET
        1  HRDF   2  nsubj     PROPN
        2  sailed 2  ROOT      VERB   sail
        3  .      2  punct     PUNCT
    """, [("HRDF", "PERSON")])
    assert names(d) == [("Organization", "HRDF")]


@pytest.mark.parametrize("label", ["PERSON", "LOC"])
def test_words_a_page_ran_together_are_no_name(label):
    d = doc("""
        0  Maria           1  compound  PROPN
        1  HarbourPolitics 1  ROOT      PROPN
    """, [("Maria HarbourPolitics", label)])
    assert raw_mentions(d) == []


def test_a_name_before_drill_names_the_exercise_in_every_mention():
    d = doc("""
        0  The       2  det       DET
        1  Kvalfang  2  compound  PROPN
        2  drill     3  nsubj     NOUN
        3  began     3  ROOT      VERB   begin
        4  .         3  punct     PUNCT
        5  Kvalfang  6  nsubj     PROPN
        6  ends      6  ROOT      VERB   end
        7  soon      6  advmod    ADV
        8  .         6  punct     PUNCT
    """, [(1, 2, "ORG"), (5, 6, "ORG")])
    assert names(d) == []


def test_a_name_listed_among_places_is_a_place():
    d = doc("""
        0  Crews   1  nsubj  NOUN/NNS  crew
        1  sailed  1  ROOT   VERB      sail
        2  to      1  prep   ADP
        3  Kvala   2  pobj   PROPN
        4  ,       3  punct  PUNCT
        5  Sorvik  3  conj   PROPN
        6  ,       5  punct  PUNCT
        7  Tana-Tana 5 conj  PROPN
        8  and     7  cc     CCONJ
        9  Lysvik  7  conj   PROPN
        10 .       1  punct  PUNCT
    """, [("Kvala", "GPE"), ("Sorvik", "GPE"), ("Tana-Tana", "PERSON"), ("Lysvik", "GPE")])
    assert names(d) == []


def test_an_acronym_of_a_list_of_words_in_lower_case_is_no_body():
    d = doc("""
        0  They       1  nsubj  PRON
        1  trained    1  ROOT   VERB   train
        2  for        1  prep   ADP
        3  fire       9  amod   ADJ
        4  ,          3  punct  PUNCT
        5  flood      3  conj   ADJ
        6  and        5  cc     CCONJ
        7  storm      5  conj   ADJ
        8  (          9  punct  PUNCT
        9  FFS        2  pobj   PROPN
        10 )          9  punct  PUNCT
        11 .          1  punct  PUNCT
    """, [("FFS", "ORG")])
    assert names(d) == []


def test_the_last_word_of_a_title_after_and_is_no_part_of_the_name():
    d = doc("""
        0  Director    7  nsubj     PROPN
        1  of          0  prep      ADP
        2  Operations  1  pobj      PROPN
        3  and         2  cc        CCONJ
        4  Outreach    6  compound  PROPN
        5  Zorvan      6  compound  PROPN
        6  Vollan      2  conj      PROPN
        7  spoke       7  ROOT      VERB   speak
        8  .           7  punct     PUNCT
    """, [(4, 7, "PERSON")])
    assert names(d) == [("Person", "Zorvan Vollan")]
