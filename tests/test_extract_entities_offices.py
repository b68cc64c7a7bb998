"""kg.extract.offices through the real pipeline on invented sentences: the words NER takes for
a body that are a title's qualifiers, a job title or a title's domain, and a body's name that
ends in a body's word although every word of it may also make up a title."""
from __future__ import annotations

import pytest
import spacy

from kg.extract import offices


def names(ex) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in ex.entities}


def test_a_countrys_words_before_a_title_and_a_name_are_no_body(extract_text):
    ex = extract_text("Norway Foreign Affairs Secretary Halvard Brekkestad met the envoy on Monday.\n")
    assert ("Country", "Norway") in names(ex)
    assert not any(t == "Organization" for t, _ in names(ex))


def test_a_us_states_words_before_a_title_and_a_name_are_no_body(extract_text):
    ex = extract_text("Supporters such as former Ohio Agriculture Secretary Dunstan Pellow backed the bill.\n")
    assert ("Person", "Dunstan Pellow") in names(ex)
    assert not any(t == "Organization" for t, _ in names(ex))


def test_a_body_before_a_title_and_a_name_stays_a_body(extract_text):
    ex = extract_text("Harbour Maritime Institute Director Jane Quillon spoke to reporters on Friday.\n")
    assert ("Organization", "Harbour Maritime Institute") in names(ex)


def test_a_name_of_title_words_that_ends_in_a_body_word_is_a_body(extract_text):
    ex = extract_text("She taught at the Marine Corps University for ten years before she retired.\n")
    assert ("Organization", "Marine Corps University") in names(ex)


def test_a_titles_head_and_its_domain_after_of_are_no_body(extract_text):
    ex = extract_text("Colonel Tamsin Okafor, Director of Operations, briefed the visitors on the exercise.\n")
    assert not any(t == "Organization" for t, _ in names(ex))


def test_a_titles_modifier_and_words_before_a_titles_head_are_no_body(extract_text):
    ex = extract_text("The envoy and the Acting Permanent Secretary emphasized their partnership on Tuesday.\n")
    assert not any(t == "Organization" for t, _ in names(ex))


def test_a_us_states_words_before_a_lower_case_title_are_no_body(extract_text):
    ex = extract_text("The Independent Ohio senator pledged in May to keep his bid going until the primary.\n")
    assert not any(t == "Organization" for t, _ in names(ex))


@pytest.mark.parametrize("words, title", [
    ("Joint Coastal Patrol Component Commander", True),
    ("Harbour Patrol Command", False),
    ("Northern Fleet Headquarters Commander", False),
])
def test_a_span_that_ends_in_a_titles_head_is_a_title_not_a_body(words, title):
    doc = spacy.blank("en")(words)
    assert offices.job_title(doc[:]) is title


def test_a_portfolio_after_a_titles_head_is_its_domain_not_a_body():
    doc = spacy.blank("en")("Jane Holm, Assistant Secretary of State for Nordic and Arctic Affairs, spoke.")
    start = next(t.i for t in doc if t.text == "State")
    end = next(t.i for t in doc if t.text == "Affairs") + 1
    assert offices.title_domain(doc, start, end)
    board = spacy.blank("en")("Jane Holm, Secretary of State for the Nordic Fisheries Board, spoke.")
    assert not offices.title_domain(board, 5, 11)  # a body's word inside: a body of its own
