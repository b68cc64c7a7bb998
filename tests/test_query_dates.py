"""Named queries with ``since``/``until``: only what articles dated in the range state, the same on
rdflib and on an Oxigraph store."""
from __future__ import annotations

import pytest

from kg import query
from kg.errors import QueryError
from test_query import corpus, rows
from test_store_query import both, output  # noqa: F401  (fixture)

LATE = {"since": "2024-06-01"}  # only article B (2024-06-02)
EARLY = {"until": "2024-05-31"}  # only article A (2024-05-01)


@pytest.fixture(scope="module")
def g():
    return corpus()


def test_claims_in_a_date_range(g):
    assert [r[0] for r in rows(g, "who-said-what", **LATE)] == ["Ben Lee"]
    assert [r[0] for r in rows(g, "who-said-what", **EARLY)] == ["Ana Sato", "Ana Sato"]
    assert rows(g, "who-said-what", since="2024-05-01", until="2024-06-02") == rows(g, "who-said-what")
    assert rows(g, "who-said-what", since="2024-06-03") == []
    assert [r[0] for r in rows(g, "claims-about", actor="China", **LATE)] == ["Ben Lee"]


def test_relations_in_a_date_range(g):
    assert [r[:2] for r in rows(g, "tensions")] == [("China", "Japan"), ("China", "South Korea")]
    assert [r[:2] + r[4:] for r in rows(g, "tensions", **LATE)] == [("China", "South Korea", "1")]
    assert [r[0] + ":" + r[3] for r in rows(g, "allies-of", country="Japan", **EARLY)] == ["South Korea:1"]
    assert [r[0] + ":" + r[3] for r in rows(g, "allies-of", country="Japan")] == ["South Korea:2"]
    assert {r[3] for r in rows(g, "evidence-for", **LATE)} == {"Strait tensions"}
    assert rows(g, "affiliations-of", person="Sato", **LATE) == []
    assert [r[0] for r in rows(g, "speakers-on", country="South Korea", **EARLY)] == ["Ana Sato"]
    assert [r[0] for r in rows(g, "articles-mentioning", actor="Japan", **LATE)] == ["Strait tensions"]


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "2024-6-1", "2024-06-01T00:00", ""])
def test_a_date_must_be_a_real_iso_day(g, value):
    q = query.find("tensions")
    with pytest.raises(QueryError, match="is not a date"):
        query.bind(g, q, {"since": value})


@pytest.mark.parametrize("name, params", [("who-said-what", LATE), ("claims-about", {"actor": "China", **EARLY}),
                                          ("tensions", LATE), ("allies-of", {"country": "Japan", **EARLY}),
                                          ("evidence-for", {"subject": "Japan", **LATE}),
                                          ("speakers-on", {"country": "South Korea", **LATE}),
                                          ("articles-mentioning", {"actor": "Japan", **EARLY}),
                                          ("affiliations-of", {"person": "Sato", **EARLY})], ids=str)
def test_date_ranges_give_the_same_rows_on_the_store(both, name, params):  # noqa: F811
    from kg import oxquery

    mem, ox = both
    assert output(mem, name, params) == output(ox, name, params)
    q = query.find(name)
    assert oxquery.native(ox, q.text, query.bind(ox, q, params)) is not None
