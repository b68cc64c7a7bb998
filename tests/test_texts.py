"""kg.texts: the index of a graph's sentences and claims, asked by edge and by actor; its lifetime."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from kg import actors, analysis, rdf, store
from kg.cli import cli
from kg.errors import AnalysisError
from kg.texts import Sentence, Texts
from test_analysis import ANN, AV, BO, CA, CHEN, TITLE, world


@pytest.fixture(scope="module")
def g():
    return rdf.graph([world()])


@pytest.fixture(scope="module")
def texts(g):
    with actors.read(g)[1] as index:
        yield index


def test_the_index_answers_by_edge_and_by_actor(texts):
    tension = list(texts.edge_sentences(AV, CA, "tension"))
    assert [s.text for s in tension] == ["Avalon rivals Carpania.", "Avalon's rivalry with Carpania grew."]
    assert isinstance(tension[0], Sentence) and tension[0].title == TITLE and tension[0].article.startswith("article/")
    assert list(texts.edge_sentences(AV, CA, "tension", limit=1)) == tension[:1]
    assert list(texts.edge_sentences(CA, AV, "tension")) == []  # symmetric edges are stored once, smaller key first
    about_ca = list(texts.claim_ids(ANN, CA))
    assert len(about_ca) == 2 and about_ca == sorted(about_ca) and list(texts.claim_ids(ANN, CA, limit=1)) == about_ca[:1]
    claims = list(texts.claims())
    assert [c["speaker"] for c in claims] == [ANN, ANN, CHEN] and claims[0]["mentions"] == (BO, CA)
    assert claims[0]["evidence"] == tuple(texts.edge_sentences(ANN, BO, "claim-mentions"))
    assert [c["kind"] for c in texts.claims_by(ANN)] == ["direct", "indirect"] and len(texts.claims_by(ANN, limit=1)) == 1
    assert [c["speaker"] for c in texts.claims_about(CA)] == [ANN, ANN] and texts.claims_about(ANN) == []
    assert texts.claim(claims[2]["id"]) == claims[2] and texts.claim("claim/none") is None
    assert texts.speakers() == {ANN: {"claims": 2, "direct": 1, "indirect": 1}, CHEN: {"claims": 1, "direct": 1}}


def test_an_analysis_closes_its_index(g):
    with analysis.analyze(g) as a:
        assert len(a.texts.claims_by(ANN)) == 2
    with pytest.raises(sqlite3.ProgrammingError):
        a.texts.claims_by(ANN)
    assert a.graph.graph["claims"] == 3  # the graph outlives its index


def test_an_unwritable_temporary_folder_is_one_clear_error(g, tmp_path, monkeypatch):
    import sqlite3

    from kg import texts

    def full(*_, **__):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(texts.Texts, "close_reading", full)
    with pytest.raises(AnalysisError, match="cannot index the graph's sentences .*disk is full"):
        actors.actor_graph(g)


def test_the_commands_close_the_index(g, tmp_path, monkeypatch):
    opened, closed = [], []
    init, close = Texts.__init__, Texts.close
    monkeypatch.setattr(Texts, "__init__", lambda self, key: (opened.append(self), init(self, key))[1])
    monkeypatch.setattr(Texts, "close", lambda self: (closed.append(self), close(self))[1])
    store.save(g, tmp_path / "graph.ttl")
    graph = ["--graph", str(tmp_path / "graph.ttl")]
    for args in (["analyze", "--out", str(tmp_path)], ["render", "--out", str(tmp_path)], ["path", "Lee", "Avalon"],
                 ["export", "--out", str(tmp_path / "actors.graphml")], ["path", "Nowhere", "Avalon"]):
        r = CliRunner().invoke(cli, [*args, *graph])
        assert r.exit_code == (1 if "Nowhere" in args else 0), r.output
        assert opened and all(any(t is c for c in closed) for t in opened), args
