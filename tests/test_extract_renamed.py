"""kg.extract.renamed on invented stories through the real pipeline: a titled person named again
by their title and country holds that country, unless another person is named in between."""
from __future__ import annotations


def pairs(ex) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.person], names[a.org]) for a in ex.affiliations}


def test_a_title_and_country_naming_the_person_again_give_the_country(extract_text):
    ex = extract_text("Foreign Minister Kari Holt spoke by phone about the harbour on Monday. Holt stressed that "
                      "the talks were useful. The Norwegian minister noted that more work was needed.")
    assert ("Kari Holt", "Norway") in pairs(ex)


def test_another_person_named_in_between_may_hold_the_title(extract_text):
    ex = extract_text("Foreign Minister Kari Holt spoke on Monday. She later met Foreign Minister Ola Berg at the "
                      "harbour. The Danish minister said the meeting went well.")
    assert ("Kari Holt", "Denmark") not in pairs(ex)
