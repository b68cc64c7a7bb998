"""kg.extract.included on invented sentences through the real pipeline: a list of a group's members
gives each of them the group's country or body, never a group that holds no office."""
from __future__ import annotations


def pairs(ex) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.person], names[a.org]) for a in ex.affiliations}


def test_each_member_a_list_names_belongs_to_the_groups_country(extract_text):
    ex = extract_text("The harbour talks were attended by senior Norwegian officials, including Foreign Minister "
                      "Kari Holt, Finance Minister Lars Eng and others, on Monday.")
    assert {("Kari Holt", "Norway"), ("Lars Eng", "Norway")} <= pairs(ex)


def test_such_as_opens_a_list_too(extract_text):
    ex = extract_text("The harbour talks were attended by Norwegian ministers such as Foreign Minister Kari Holt on Monday.")
    assert ("Kari Holt", "Norway") in pairs(ex)


def test_a_group_that_holds_no_office_gives_no_affiliation(extract_text):
    ex = extract_text("The harbour talks were watched by Norwegian journalists, including Kari Holt and Lars Eng, "
                      "on Monday.")
    assert not any(p in ("Kari Holt", "Lars Eng") for p, _ in pairs(ex))
