"""kg.extract.titled on invented sentences through the real pipeline: long titles whose office
is named with 'and', the body of an office named by the words before 'for', and a title that a
comma does not share."""
from __future__ import annotations


def pairs(ex) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.person], names[a.org]) for a in ex.affiliations}


def test_a_title_whose_office_holds_and_is_read_whole(extract_text):
    ex = extract_text("The delegation met EU High Representative for Trade and Fisheries Policy Jana Velk "
                      "in Oslo on Monday.")
    assert ("Jana Velk", "European Union") in pairs(ex)


def test_the_office_before_for_names_its_department(extract_text):
    ex = extract_text("In a talk with reporters, the State Department said Undersecretary of State for Arms "
                      "Sales and Regional Security Tomas Ardel will visit Norway in the coming weeks.")
    assert ("Tomas Ardel", "State Department") in pairs(ex)


def test_a_title_after_a_comma_that_ends_a_phrase_does_not_share_the_first_ones_country(extract_text):
    ex = extract_text("In a phone call with U.S. Defense Secretary Jon Marek, Defence Minister Lina Osk "
                      "discussed the coming naval drills on Friday.")
    assert ("Jon Marek", "United States") in pairs(ex)
    assert not any(p == "Lina Osk" for p, _ in pairs(ex))


def roles(ex) -> dict[tuple[str, str], str | None]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.person], names[a.org]): a.role for a in ex.affiliations}


def test_a_tenure_word_before_the_titles_owner_stays_in_the_role(extract_text):
    ex = extract_text("Officials spoke about the situation on Monday. Former Norwegian Defence Minister Kari Holt "
                      "said the plan was flawed.")
    assert roles(ex)[("Kari Holt", "Norway")] == "Former Defence Minister"


def test_a_tenure_word_already_in_the_role_is_not_repeated(extract_text):
    ex = extract_text("Officials spoke about the situation on Monday. Norway's former Defence Minister Kari Holt "
                      "said the plan was flawed.")
    assert roles(ex)[("Kari Holt", "Norway")] == "former Defence Minister"


def test_the_title_before_a_name_is_the_role_of_its_of_phrase(extract_text):
    ex = extract_text("Officials spoke about the situation on Monday. Shadow Defence Secretary John Healey of the "
                      "Labour Party said the plan was flawed.")
    assert roles(ex)[("John Healey", "Labour Party")] == "Shadow Defence Secretary"


def test_two_titles_joined_by_and_before_one_name_are_one_title(extract_text):
    ex = extract_text("The talks opened on Tuesday. Norwegian Deputy Prime Minister and Minister for Defence "
                      "Kari Holt welcomed the guests at the port.")
    assert ("Kari Holt", "Norway") in pairs(ex)


def test_a_name_before_and_ends_the_next_title(extract_text):
    ex = extract_text("The talks opened on Tuesday. Norwegian Foreign Minister Kari Holt and Defence Minister "
                      "Lars Eng welcomed the guests at the port.")
    assert {("Kari Holt", "Norway"), ("Lars Eng", "Norway")} <= pairs(ex)


def test_a_title_after_and_shares_the_country_the_name_before_is_of(extract_text):
    ex = extract_text("The pact was signed on Monday. Foreign Minister Erik Solberg of Norway and Defence Minister "
                      "Karl Olsen spoke to the press later.")
    assert {("Erik Solberg", "Norway"), ("Karl Olsen", "Norway")} <= pairs(ex)


def test_a_name_with_its_own_country_after_and_keeps_it(extract_text):
    ex = extract_text("The pact was signed on Monday. President Anna Lind of Sweden and Prime Minister Ola Berg "
                      "of Denmark spoke to the press later.")
    assert ("Ola Berg", "Denmark") in pairs(ex)
    assert ("Ola Berg", "Sweden") not in pairs(ex)


def test_a_datelines_dash_before_the_owner_is_no_tenure(extract_text):
    ex = extract_text("BERLIN (Wire) - German Foreign Minister Kari Holt said on Sunday the harbour talks would "
                      "go on.")
    assert roles(ex)[("Kari Holt", "Germany")] == "Foreign Minister"


def test_an_office_not_yet_taken_is_still_the_countrys(extract_text):
    ex = extract_text("The talks ended on Tuesday in Oslo. Norwegian President-elect Jonas Berg agreed with "
                      "Swedish Prime Minister-designate Erik Lund.")
    assert {("Jonas Berg", "Norway"), ("Erik Lund", "Sweden")} <= pairs(ex)
