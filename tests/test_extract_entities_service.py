"""kg.extract.entities on service news: offices written as acronyms, acronyms a known body
shares with one the article names, ships named for people, exercises with their edition's
number, outlets named after a service, 'Korea' alone and people after a title's country."""
from __future__ import annotations

from docs import doc, resolved
from kg.extract.entities import Raw, raw_mentions


def actors(ex) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in ex.entities}


def test_an_office_the_article_spells_out_as_an_acronym_is_no_body(extract_text):
    ex = extract_text("Harbour news\n\nThe Chief of Harbour Staff (CHS) Jane Vinter met envoys in Halden on Monday. "
                      "The CHS said the talks had gone well.\n")
    assert not any(name == "CHS" for _, name in actors(ex))


def test_an_office_acronym_the_titles_list_knows_is_no_body(extract_text):
    ex = extract_text("Harbour news\n\nThe COAS met the visiting envoy Jane Roe in Halden on Monday.\n")
    assert ("Organization", "COAS") not in actors(ex)


def test_a_known_acronym_that_spells_a_body_the_article_names_is_that_body(extract_text):
    ex = extract_text("Harbour news\n\nSoldiers of the Allied Forces of Palmaria trained near Halden on Monday. "
                      "The AFP said the drills had ended.\n")
    names = {name for _, name in actors(ex)}
    assert "Agence France-Presse" not in names and "France" not in names


def test_a_person_named_inside_a_ships_name_after_its_prefix_is_the_ship(extract_text):
    ex = extract_text("Harbour news\n\nThe group includes the tanker Halden Star and ORP Admiral Jan Vinterberg, "
                      "a frigate of the Polish fleet.\n")
    assert not any(t == "Person" for t, _ in actors(ex))


def test_a_name_with_its_editions_number_in_a_sentence_about_an_exercise_is_an_event(extract_text):
    ex = extract_text("Harbour news\n\nMarines trained together during Harbour Fist 23 near Halden. "
                      "Harbour Fist 23 is a bilateral training exercise between the two navies.\n")
    assert not any("Harbour Fist" in name for _, name in actors(ex))


def test_korea_alone_is_south_korea(extract_text):
    ex = extract_text("Harbour news\n\nKorea and Norway launched their summer drills on Monday, officials said.\n")
    assert ("Country", "South Korea") in actors(ex)


def test_a_person_after_a_title_and_its_country_is_found_where_ner_missed_the_name():
    d = doc("""
        0  Ambassador  6  nsubj     PROPN
        1  to          0  prep      ADP
        2  Norway      1  pobj      PROPN
        3  Jane        4  compound  PROPN
        4  Vinterberg  0  appos     PROPN
        5  then        6  advmod    ADV
        6  spoke       6  ROOT      VERB   speak
        7  .           6  punct     PUNCT
    """, [("Norway", "GPE")])
    assert Raw(3, 5, "Person") in raw_mentions(d)


def test_a_word_after_a_services_name_is_no_person_titled_by_the_service(extract_text):
    ex = extract_text("Harbour news\n\n\"The drills went well,\" Col. Jane Vinter told Marine Corps Times on Friday.\n")
    assert not any(t == "Person" and name == "Times" for t, name in actors(ex))


def test_a_seat_that_acts_stands_for_its_bloc_and_a_seat_as_a_place_for_nothing(extract_text):
    ex = extract_text("Harbour news\n\nBrussels said on Monday that it would answer the new tariffs on steel.\n")
    assert ("Organization", "European Union") in actors(ex) and not any(t == "Country" for t, _ in actors(ex))
    ex = extract_text("Harbour news\n\nEnvoys of Norway met in Brussels on Monday to discuss steel.\n")
    assert actors(ex) == {("Country", "Norway")}


def test_an_acronym_written_as_a_title_before_a_name_is_no_body_in_any_mention(extract_text):
    ex = extract_text("Harbour news\n\nNSA Ajay Vinterkar met the visiting envoys in Halden on Monday. "
                      "The NSA said the talks had gone well.\n")
    assert actors(ex) == {("Person", "Ajay Vinterkar")}


def test_an_office_acronym_ner_ran_into_the_name_after_it_leaves_the_person(extract_text):
    ex = extract_text("Harbour news\n\nThe envoy Ajay Vinterkar met EAM Sunil Rolland in Halden on Monday.\n")
    assert actors(ex) == {("Person", "Ajay Vinterkar"), ("Person", "Sunil Rolland")}


def test_an_acronym_defined_for_hyphenated_words_in_lower_case_is_no_body(extract_text):
    ex = extract_text("Harbour news\n\nThe drills train counter-mine warfare (CMW) skills among navies. "
                      "Officers said the theater CMW capacity grew.\n")
    assert not any(name == "CMW" for _, name in actors(ex))


def test_a_news_agency_named_short_is_the_known_agency(extract_text):
    ex = extract_text("Harbour news\n\nThe drills ended on Monday, Anadolu reported, citing officers in Halden.\n")
    assert ("Organization", "Anadolu Agency") in actors(ex)


def test_a_third_name_word_ner_left_out_is_part_of_the_name():
    d = doc("""
        0  Ambassador  3  compound  PROPN
        1  Vinter      3  compound  PROPN
        2  Mi          3  compound  PROPN
        3  Sook        4  nsubj     PROPN
        4  spoke       4  ROOT      VERB   speak
        5  .           4  punct     PUNCT
    """, [(1, 3, "PERSON")])
    assert raw_mentions(d) == [Raw(1, 4, "Person")]


def test_a_units_number_as_the_us_army_writes_it_is_part_of_its_name():
    d = doc("""
        0  The      3  det       DET
        1  3d       3  amod      ADJ
        2  Harbour  3  compound  PROPN
        3  Wing     4  nsubj     PROPN
        4  trained  4  ROOT      VERB   train
        5  .        4  punct     PUNCT
    """, [(2, 4, "ORG")])
    assert raw_mentions(d) == [Raw(1, 4, "Organization")]


def test_a_training_area_is_a_place_and_an_activity_with_an_acronym_an_event(extract_text):
    ex = extract_text("Harbour news\n\nSoldiers trained on Vinterberg Training Area, Norway, during a Maritime "
                      "Harbour Activity (MHA) with the Harbour Navy. The MHA ended on Monday.\n")
    assert actors(ex) == {("Country", "Norway"), ("Organization", "Harbour Navy")}


def test_a_numbered_acronym_names_the_unit_with_the_same_number_written_either_way():
    d = doc("""
        0   The      5   det       DET
        1   3d       5   amod      ADJ
        2   Harbour  5   compound  PROPN
        3   Brigade  5   compound  PROPN
        4   Combat   5   compound  PROPN
        5   Team     6   nsubj     PROPN
        6   trained  6   ROOT      VERB   train
        7   .        6   punct     PUNCT
        8   The      10  det       DET
        9   3rd      10  amod      ADJ
        10  HBCT     11  nsubj     PROPN
        11  left     11  ROOT      VERB   leave
        12  .        11  punct     PUNCT
    """, [(1, 6, "ORG"), (9, 11, "ORG")])
    _, ents, _ = resolved(d)
    assert [(e.name, e.aliases) for e in ents] == [("3d Harbour Brigade Combat Team", ("3rd HBCT",))]


def test_a_services_component_command_named_central_is_a_body_of_its_own(extract_text):
    ex = extract_text("Harbour news\n\nThe brigade and other units within U.S. Army Central train with partners often.\n")
    assert ("Organization", "U.S. Army Central") in actors(ex)


def test_a_defense_force_of_a_country_is_a_body_not_the_country(extract_text):
    ex = extract_text("Harbour news\n\nOfficers of the Federal Defense Force of Norway joined the drills near Halden "
                      "on Monday.\n")
    assert ("Organization", "Federal Defense Force of Norway") in actors(ex)


def test_a_rank_ner_ran_into_a_forces_name_is_no_part_of_it():
    d = doc("""
        0  The      4  det       DET
        1  Harbour  3  compound  PROPN
        2  Air      3  compound  PROPN
        3  Force    4  nsubj     PROPN
        4  Air      5  compound  PROPN
        5  Marshal  6  nsubj     PROPN
        6  spoke    6  ROOT      VERB   speak
        7  .        6  punct     PUNCT
    """, [(1, 6, "ORG")])
    assert raw_mentions(d) == [Raw(1, 4, "Organization")]


def test_a_field_marshals_rank_ner_ran_into_a_forces_name_is_no_part_of_it():
    d = doc("""
        0  The      4  det       DET
        1  Harbour  3  compound  PROPN
        2  Defense  3  compound  PROPN
        3  Force    4  nsubj     PROPN
        4  Field    5  compound  PROPN
        5  Marshal  6  nsubj     PROPN
        6  spoke    6  ROOT      VERB   speak
        7  .        6  punct     PUNCT
    """, [(1, 6, "ORG")])
    assert raw_mentions(d) == [Raw(1, 4, "Organization")]


def test_a_bodys_acronym_and_a_rank_before_a_name_are_no_part_of_it():
    d = doc("""
        0  The      6  det       DET
        1  DG       6  compound  PROPN
        2  HDPR     6  compound  PROPN
        3  Maj      6  compound  PROPN
        4  Gen      6  compound  PROPN
        5  Babar    6  compound  PROPN
        6  Vinter   7  nsubj     PROPN
        7  spoke    7  ROOT      VERB   speak
        8  .        7  punct     PUNCT
    """, [(2, 7, "PERSON")])
    assert raw_mentions(d) == [Raw(5, 7, "Person")]


def test_a_party_named_by_its_rivals_is_the_same_party(extract_text):
    ex = extract_text("Harbour news\n\nThe Democrat Party met in Halden, and the Democratic Party chose a leader.\n")
    assert actors(ex) == {("Organization", "Democratic Party")}
