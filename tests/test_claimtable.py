"""kg.claimtable and ``kg export --format claims-csv|claims-jsonl``: every claim as a row."""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner
from rdflib import Literal, URIRef

from kg import claimtable, rdf, store
from kg.cli import cli
from kg.model import Article, Claim, Entity, Evidence, Extraction
from test_query import corpus

SA = "https://w3id.org/alliance-kg/ontology#"


def test_rows_carry_speaker_evidence_offsets_date_and_article():
    table = claimtable.rows(corpus())
    assert [(r["date"], r["speaker"], r["text"]) for r in table] == [
        ("2024-05-01", "Ana Sato", "Japan and South Korea must keep their alliance strong"),
        ("2024-05-01", "Ana Sato", "China is testing the alliance"),
        ("2024-06-02", "Ben Lee", "Seoul worries about pressure from Beijing")]
    first = table[0]
    assert first == {"date": "2024-05-01", "title": "Allies meet", "path": "a.txt", "speaker": "Ana Sato",
                     "kind": "direct", "cue": "", "negated": "",
                     "text": "Japan and South Korea must keep their alliance strong", "mentions": "Japan | South Korea",
                     "sentence": 'Sato said: "Japan and South Korea must keep their alliance strong."',
                     "start": 50, "end": 117, "claim_start": 62, "claim_end": 116,
                     "speaker_iri": "https://w3id.org/alliance-kg/id/person/ana-sato", "claim": first["claim"]}
    assert first["claim"].endswith("-62-116")


def test_cue_and_negation_when_the_graph_records_them():
    g = corpus()
    claim = next(s for s in g.subjects(URIRef(SA + "text"), Literal("China is testing the alliance")))
    g.add((claim, URIRef(SA + "claimCue"), Literal("said")))
    g.add((claim, URIRef(SA + "negated"), Literal(False)))
    row = next(r for r in claimtable.rows(g) if r["claim"] == str(claim))
    assert (row["cue"], row["negated"]) == ("said", False)


AWKWARD = 'She said "no",\nthen \\ left; <b>€</b> 🙂'


def awkward_graph():
    art = Article("odd path, with comma.txt", "", "c" * 64, None, None)
    who = Entity("person/jane-doe", "Person", "Jane Doe")
    ev = Evidence(0, 40, AWKWARD)
    return rdf.graph([Extraction(art, entities=(who,), claims=(Claim(who.key, AWKWARD, "direct", 1, 30, ev, ()),))])


def test_csv_and_json_lines_keep_every_character(tmp_path):
    store.save(awkward_graph(), tmp_path / "graph.ttl")
    run = CliRunner().invoke
    r = run(cli, ["export", "--graph", str(tmp_path / "graph.ttl"), "--format", "claims-csv", "--out",
                  str(tmp_path / "claims.csv")])
    assert r.exit_code == 0 and r.output == f"1 claims -> {tmp_path / 'claims.csv'}\n"
    (row,) = list(csv.DictReader(io.StringIO((tmp_path / "claims.csv").read_text("utf-8"), newline="")))
    assert row["text"] == row["sentence"] == AWKWARD and row["path"] == "odd path, with comma.txt"
    assert list(row) == list(claimtable.COLUMNS) and row["date"] == "" and row["start"] == "0"
    r = run(cli, ["export", "--graph", str(tmp_path / "graph.ttl"), "--out", str(tmp_path / "claims.jsonl")])
    assert r.exit_code == 0, r.output
    (line,) = (tmp_path / "claims.jsonl").read_text("utf-8").splitlines()
    assert json.loads(line)["text"] == AWKWARD and json.loads(line)["end"] == 40
