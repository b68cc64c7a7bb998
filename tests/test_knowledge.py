"""kg.lexicon's knowledge folder: a user's files extend the word lists and teach the gazetteer
new names, without editing the package; ``kg build --knowledge`` records what changed."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg import gazetteer, lexicon
from kg.cli import cli
from kg.lexicon import KnowledgeError


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "speech.json").write_text(json.dumps({"verbs": ["opine", "say"]}))
    (tmp_path / "organizations.json").write_text(json.dumps([
        {"name": "Ruritanian Harbour Board", "aliases": ["RHB"], "country": None}]))
    (tmp_path / "curation.json").write_text(json.dumps({"aliases": {"country/NO": ["the Northern Kingdom"]}}))
    yield tmp_path
    lexicon.use(None)


def test_files_extend_the_word_lists_and_the_gazetteer(folder):
    before = len(lexicon.data("speech")["verbs"])
    lexicon.use(folder)
    verbs = lexicon.data("speech")["verbs"]
    assert "opine" in verbs and len(verbs) == before + 1  # "say" was there already
    assert "opine" in lexicon.reporting_verbs()  # derived lists are read again
    g = gazetteer.load()
    assert g.lookup("RHB").key == "org/ruritanian-harbour-board"
    assert g.lookup("the Northern Kingdom").key == "country/NO"
    assert lexicon.extensions() == [{"file": "organizations.json", "rule": "extend", "list": "organizations",
                                     "added": 1},
                                    {"file": "speech.json", "rule": "extend", "list": "speech", "added": {"verbs": 1}}]
    lexicon.use(None)
    assert "opine" not in lexicon.data("speech")["verbs"] and gazetteer.load().lookup("RHB") is None


def test_extended_merges_records_by_name_or_code():
    base = [{"iso": "NO", "name": "Norway", "aliases": ["Noreg"]}]
    assert lexicon.extended(base, [{"iso": "NO", "aliases": ["Norge"]}]) == [
        {"iso": "NO", "name": "Norway", "aliases": ["Noreg", "Norge"]}]


@pytest.mark.parametrize("name, content, message", [
    ("verbs.json", "{}", "not a data file alliance-kg knows"),
    ("speech.json", "{not json", "cannot read"),
])
def test_bad_folders_are_refused(tmp_path, name, content, message):
    (tmp_path / name).write_text(content)
    with pytest.raises(KnowledgeError, match=message):
        lexicon.use(tmp_path)
    with pytest.raises(KnowledgeError, match="no such knowledge folder"):
        lexicon.use(tmp_path / "nope")


@pytest.mark.model
def test_kg_build_records_which_file_changed_which_actor(tmp_path, seed_copy):
    know = tmp_path / "know"
    know.mkdir()
    (know / "curation.json").write_text(json.dumps({"rename": {"country/US": "United States of America"},
                                                    "aliases": {"country/JP": ["Nippon"]}}))
    try:
        r = CliRunner().invoke(cli, ["build", str(seed_copy), "--out", str(tmp_path / "out"), "--knowledge", str(know)])
    finally:
        lexicon.use(None)
    assert r.exit_code == 0, r.output
    assert "Knowledge from " in r.output and "2 actor(s) curated" in r.output
    report = json.loads((tmp_path / "out" / "build-report.json").read_text("utf-8"))
    assert [(c["rule"], c["actor"], c["articles"]) for c in report["knowledge"]["changes"]] == [
        ("aliases", "country/JP", 1), ("rename", "country/US", 1)]
    ttl = (tmp_path / "out" / "graph.ttl").read_text("utf-8")
    assert 'rdfs:label "United States of America"' in ttl and '"Nippon"' in ttl


@pytest.mark.parametrize("line, joint", [
    ("Harbour Dialogue Joint Ministerial Statement", True),
    ("Joint Leaders' Statement on the Northern Routes", True),
    ("Final Communiqué of the Harbour Summit", True),
    ("Joint Exercise Ends in Tromso", False),
    ("Ministers Jointly Stated Their Aims", False),
])
def test_a_joint_texts_title_may_have_words_inside_its_genre(line, joint):
    assert lexicon.names_joint_text(line) is joint
