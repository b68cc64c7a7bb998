"""kg.reference: the questions the extractors ask of the offline reference libraries."""
from __future__ import annotations

import pytest

from kg import reference


@pytest.mark.parametrize("word, plain, inflected", [
    ("backfire", True, True), ("Praises", False, True), ("conspiring", False, True), ("Halvorsen", False, False),
])
def test_a_word_is_a_dictionary_word_or_with_inflections_one_of_its_forms(word, plain, inflected):
    assert (reference.is_word(word), reference.is_word(word, inflected=True)) == (plain, inflected)


def test_the_broad_dictionary_holds_newer_words():
    assert not reference.is_word("billionaire") and reference.is_word("billionaire", broad=True)


@pytest.mark.parametrize("name, given", [("Jane", True), ("Jean-Claude", True), ("Doe-Smith", False), ("-", False)])
def test_a_given_name_may_be_hyphenated(name, given):
    assert reference.is_given_name(name) is given


def test_us_states_are_known_and_cities_are_places_but_no_states():
    assert reference.is_us_state("District of Columbia") and reference.is_us_state("ohio")
    assert reference.is_place("Columbia") and not reference.is_us_state("Columbia")
