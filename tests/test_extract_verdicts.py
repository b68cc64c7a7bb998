"""Verdicts on the real small spaCy pipeline: a verb of labelling that calls a country's act
hostile is a criticism of that country by its subject."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_calling_a_countrys_act_hostile_is_criticism_of_it(pairs):
    assert pairs("Denmark branded Iceland's decision \"rash and provocative\".") == {("DK", "IS", "t")}
    assert pairs("Denmark described Iceland's patrols as illegal.") == {("DK", "IS", "t")}
    assert pairs("Denmark called the Icelandic patrols unsafe.") == {("DK", "IS", "t")}


def test_a_label_that_is_not_hostile_or_an_act_of_no_country_relates_none(pairs):
    assert pairs("Denmark called Iceland's plan ambitious.") == set()
    assert pairs("Denmark described the storm as dangerous.") == set()
