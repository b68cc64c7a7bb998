"""kg.gazetteer: known countries and organisations from kg/data, looked up by surface form."""
from __future__ import annotations

import re

import pytest

from kg import gazetteer


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


@pytest.mark.parametrize("surface, key", [
    ("U.S.", "country/US"),
    ("US", "country/US"),
    ("the United States", "country/US"),
    ("The United States", "country/US"),
    ("United States of America", "country/US"),
    ("the U.S.'s", "country/US"),
    ("south Korea", "country/KR"),
    ("South Korea’s", "country/KR"),
    ("Republic of Korea", "country/KR"),
    ("ROK", "country/KR"),
    ("DPRK", "country/KP"),
    ("North Korea", "country/KP"),
    ("Seoul", "country/KR"),
    ("Pyongyang", "country/KP"),
    ("Beijing", "country/CN"),
    ("  China  ", "country/CN"),
])
def test_country_lookup(gaz, surface, key):
    known = gaz.lookup(surface)
    assert known is not None, surface
    assert (known.key, known.type) == (key, "Country")


@pytest.mark.parametrize("surface", ["us", "Us", "rok", "dprk", "washington", "Atlantis", "", "the"])
def test_lookup_misses(gaz, surface):
    assert gaz.lookup(surface) is None
    assert gaz.lookup(surface, demonyms=True) is None


def test_canonical_names_and_codes(gaz):
    us = gaz.lookup("U.S.")
    assert (us.name, us.iso, us.country) == ("United States", "US", None)
    assert gaz.lookup("Seoul").name == "South Korea"
    assert gaz.entries["country/KP"].iso == "KP"


@pytest.mark.parametrize("surface, key", [
    ("American", "country/US"),
    ("Americans", "country/US"),
    ("Chinese", "country/CN"),
    ("South Korean", "country/KR"),
    ("Finnish", "country/FI"),
])
def test_demonyms_only_when_asked(gaz, surface, key):
    assert gaz.lookup(surface) is None
    assert gaz.lookup(surface, demonyms=True).key == key


def test_every_country_has_a_two_letter_iso_code(gaz):
    countries = {k: e for k, e in gaz.entries.items() if e.type == "Country"}
    assert len(countries) > 150
    for key, known in countries.items():
        assert re.fullmatch(r"[A-Z]{2}", known.iso or ""), key
        assert key == f"country/{known.iso}"


def test_every_key_is_typed_and_every_phrase_resolves(gaz):
    for key, known in gaz.entries.items():
        assert known.key == key
        assert known.type in ("Country", "Organization")
        assert key.startswith("country/" if known.type == "Country" else "org/")
    for p in gaz.phrases:
        assert p.key in gaz.entries, p
        assert p.label in ("Country", "Capital", "Demonym", "Organization")


def test_organisations_point_at_known_countries(gaz):
    orgs = [e for e in gaz.entries.values() if e.type == "Organization"]
    assert orgs
    for o in orgs:
        assert o.iso is None
        assert o.country is None or gaz.entries[o.country].type == "Country", o


def test_acronyms_are_exact_case(gaz):
    nato = gaz.lookup("NATO")
    assert nato is not None and nato.type == "Organization"
    assert gaz.lookup("nato") is None
    assert all(p.exact for p in gaz.phrases if p.text in ("US", "ROK", "DPRK", "NATO"))


def test_load_is_cached():
    assert gazetteer.load() is gazetteer.load()


@pytest.mark.parametrize("surface, stripped", [
    ("the United States", "United States"),
    ("The  United\nStates", "United States"),
    ("Korea's", "Korea"),
    ("Korea’s", "Korea"),
    ("Philippines'", "Philippines"),
    ("U.S.", "U.S."),
    ("theory", "theory"),
    ("Other", "Other"),
    ("Mathers", "Mathers"),
])
def test_strip(surface, stripped):
    assert gazetteer.strip(surface) == stripped


@pytest.mark.parametrize("surface, normed", [
    ("The U.S.'s", "u.s."),
    ("south  KOREA", "south korea"),
    ("Republic of Korea", "republic of korea"),
])
def test_norm(surface, normed):
    assert gazetteer.norm(surface) == normed
