"""The headline as the article's first statement: the countries it names by name or demonym,
on hand-made parses, and the acts it states, on the real small spaCy pipeline."""
from __future__ import annotations

import pytest

from kg import article as articles
from kg.extract.headline import title_countries


@pytest.mark.model
def test_a_headline_names_countries_by_names_and_demonyms():
    text = "Norway warns North Korean envoy over Swedish ferry\n\nThe talks went on.\n"
    art = articles.parse(text.encode("utf-8"), "t.txt")
    from kg import nlp as nlp_
    from kg.parsing import parsed
    d = parsed(nlp_.load(), art)
    named = {d[i].text: k for i, k in title_countries(d, art).items()}
    assert named == {"Norway": "country/NO", "North": "country/KP", "Korean": "country/KP", "Swedish": "country/SE"}


def headed(extract_text, title: str, body: str) -> set[tuple[str, str, str]]:
    found = extract_text(f"{title}\n\n{body}\n").relations
    return {(*sorted((r.a.removeprefix("country/"), r.b.removeprefix("country/"))), r.type[0]) for r in found}


@pytest.mark.model
def test_an_act_the_headline_states_relates_its_countries(extract_text):
    found = headed(extract_text, "Norway imposes new sanctions on Sweden after prisoner swap",
                   "The measures target eleven firms that sold parts for the rocket programme.")
    assert ("NO", "SE", "t") in found


@pytest.mark.model
def test_a_headline_that_only_names_countries_relates_none(extract_text):
    found = headed(extract_text, "Norway and Sweden: what the ministers said", "The ministers spoke about fishing quotas.")
    assert found == set()
