"""kg.extract.filed on invented stories through the real pipeline: a dateline gives its country
the offices a story names without one, never another country's office."""
from __future__ import annotations


def pairs(ex) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.person], names[a.org]) for a in ex.affiliations}


def test_a_dateline_gives_its_country_an_office_named_without_one(extract_text):
    ex = extract_text("OSLO, March 3 (Wire) -- Defence Minister Ana Lind said on Monday the pact with Norway's "
                      "neighbours was ready. President Bo Berg agreed with her.")
    assert {("Ana Lind", "Norway"), ("Bo Berg", "Norway")} <= pairs(ex)


def test_an_office_with_its_own_country_keeps_it(extract_text):
    ex = extract_text("OSLO, March 3 (Wire) -- Swedish Foreign Minister Eva Nyr said on Monday the pact with "
                      "Norway's neighbours was ready.")
    assert ("Eva Nyr", "Sweden") in pairs(ex)
    assert ("Eva Nyr", "Norway") not in pairs(ex)


def test_another_countrys_office_is_not_the_datelines(extract_text):
    ex = extract_text("OSLO, March 3 (Wire) -- Defense Secretary Carl Dahl said on Monday the pact with Norway's "
                      "neighbours was ready.")
    assert ("Carl Dahl", "Norway") not in pairs(ex)


def test_no_dateline_gives_no_country(extract_text):
    ex = extract_text("Defence Minister Ana Lind said on Monday the pact with Norway's neighbours was ready, "
                      "speaking to reporters in Oslo.")
    assert ("Ana Lind", "Norway") not in pairs(ex)
