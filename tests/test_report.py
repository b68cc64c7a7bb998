"""kg.report: report.md, analysis.json and metrics.ttl from the hand-made world; `kg analyze`."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
import rdflib
from rdflib import Graph, Literal

from kg import analysis, rdf, report, store, validate
from kg.cli import cli
from kg.model import Article, Claim, Entity, Evidence, Extraction
from test_analysis import AV, BO, CA, CHEN, DO, EL, FR, ANN, TITLE, world

PREFIXES = ("PREFIX sa: <https://w3id.org/alliance-kg/ontology#> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")


@pytest.fixture(scope="module")
def g():
    return rdf.graph([world()])


@pytest.fixture(scope="module")
def a(g):
    return analysis.analyze(g)


def section(md: str, heading: str) -> list[str]:
    lines = md.splitlines()
    start = lines.index(heading) + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return [line for line in lines[start:end] if line]


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip("|").split(" | ")]


def test_report_sections(a):
    md = report.markdown(a)
    assert [line for line in md.splitlines() if line.startswith("#")] == [
        "# Actor analysis", "## Top actors by PageRank", "## Top brokers by betweenness",
        "## Blocs (signed view: cooperation +, tension −)", "## Contested pairs", "## Timeline of the busiest pairs", "## Most-quoted speakers",
        "## Who claims about whom", "## Communities (Louvain)"]
    assert md.splitlines()[2].startswith("9 actors (6 Country, 1 Organization, 2 Person); 14 edges (")


def test_report_tables_follow_the_measures(a):
    md = report.markdown(a, top=3)
    rows = section(md, "## Top actors by PageRank")[2:]
    assert [cells(r)[1] for r in rows] == [a.graph.nodes[n]["label"] for n in report.ranked(a, "pagerank")[:3]]
    assert section(md, "## Blocs (signed view: cooperation +, tension −)")[:3] == [
        "- **Bloc 1** (3): Carpania, Dorland, Eldorado", "- **Bloc 2** (2): Avalon, Borduria",
        "Structural balance: 3 signed triangles, 2 balanced (67%). A triangle is balanced when the product of its "
        "signs is + (the enemy of my enemy is my friend); a pair with as much cooperation as tension evidence has "
        "no sign."]
    assert "| Avalon – Carpania – Dorland | − + + |" in md
    contested = section(md, "## Contested pairs")[2:]
    assert [cells(r)[:3] for r in contested] == [["Avalon – Carpania", "2", "1"], ["Borduria – Carpania", "1", "0"]]
    speakers = section(md, "## Most-quoted speakers")[2:]
    assert [cells(r)[:4] for r in speakers] == [["Ann Lee", "2", "1", "1"], ["Bo Chen", "1", "1", "0"]]
    assert cells(speakers[0])[4] == "Carpania (2), Borduria (1)"


def test_views(a):
    assert [c["pair"] for c in report.contested(a)] == [(AV, CA), (BO, CA)]
    assert report.speakers(a)[0]["about"] == [(CA, 2), (BO, 1)]
    assert [(p["speaker"], p["about"], p["claims"]) for p in report.claims_about(a)] == [
        (ANN, CA, 2), (ANN, BO, 1), (CHEN, AV, 1), (CHEN, BO, 1)]


PAYLOADS = ("</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a | b *c* [d](e)")


def test_untrusted_text_is_escaped_in_markdown():
    art = Article("x.txt", "...", "d" * 64, title=PAYLOADS[1])
    ev = Evidence(0, 10, PAYLOADS[0])
    ex = Extraction(art, entities=(Entity("person/p", "Person", PAYLOADS[0]), Entity("country/AV", "Country", PAYLOADS[2], (), "AV")),
                    claims=(Claim("person/p", PAYLOADS[1], "direct", 0, 5, ev, ("country/AV",)),))
    md = report.markdown(analysis.analyze(rdf.graph([ex])))
    assert "<" not in md and ">" not in md.replace("-->", "")
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "a \\| b \\*c\\* \\[d\\](e)" in md


def test_json_has_everything(a):
    data = json.loads(report.to_json(a))
    assert set(data) == {"summary", "actors", "edges", "claims", "communities", "blocs", "balance", "contested",
                         "speakers", "claims_about"}
    assert [x["id"] for x in data["actors"]] == sorted(a.graph)
    assert len(data["edges"]) == a.graph.number_of_edges() == data["summary"]["edges"]
    edge = next(e for e in data["edges"] if (e["source"], e["target"], e["relation"]) == (AV, BO, "cooperation"))
    assert edge["weight"] == 2 and edge["evidence"][0]["title"] == TITLE and edge["kinds"] == ["alliance"]
    assert data["blocs"] == [[CA, DO, EL], [AV, BO]]
    assert data["balance"]["unbalanced"] == [{"actors": [AV, CA, DO], "signs": [-1, 1, 1]}]
    assert data["summary"]["betweenness"] == "exact"


def test_json_is_written_item_by_item_as_json_dumps_would(a):
    materialised = {k: list(v) if hasattr(v, "__next__") else v for k, v in report.data(a).items()}
    expected = json.dumps(materialised, ensure_ascii=False, indent=1, sort_keys=True, default=list) + "\n"
    assert report.to_json(a).decode("utf-8") == expected
    empty = analysis.analyze(rdf.new_graph())
    assert json.loads(report.to_json(empty))["edges"] == [] and b'"edges": []' in report.to_json(empty)


def test_metrics_ttl_sorts_in_sparql_and_conforms(g, a):
    m = report.metrics_graph(a)
    rows = m.query(PREFIXES + "SELECT ?a ?pr WHERE { ?a sa:pageRank ?pr } ORDER BY DESC(?pr) ?a")
    assert [str(r.a).rsplit("/id/", 1)[1] for r in rows][:3] == report.ranked(a, "pagerank")[:3]
    assert {r.pr.datatype for r in rows} == {rdflib.XSD.decimal}
    assert (None, None, Literal(2)) in m  # a bloc number
    assert validate.validate(g + m).conforms
    (free,) = m.query(PREFIXES + "SELECT ?a ?b WHERE { ?a rdfs:label 'Freedonia' OPTIONAL { ?a sa:bloc ?b } }")
    assert free.b is None  # in no bloc


def test_write_is_deterministic_and_leaves_no_temp_files(a, tmp_path):
    paths = report.write(a, tmp_path / "one")
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == sorted(report.FILES)
    again = report.write(analysis.analyze(rdf.graph([world()])), tmp_path / "two")
    assert all(paths[n].read_bytes() == again[n].read_bytes() for n in report.FILES)
    assert Graph().parse(paths["metrics.ttl"]).isomorphic(report.metrics_graph(a))


def test_same_graph_same_bytes_whatever_the_hash_seed(g, tmp_path):
    """report.md, analysis.json, metrics.ttl and graph.html are byte-identical across processes."""
    store.save(g, tmp_path / "graph.ttl")
    code = "import sys; from kg import pipeline; pipeline.explore(sys.argv[1], sys.argv[2])"
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(tmp_path / "graph.ttl"), str(tmp_path / seed)],
                       env=env, check=True)
    for name in (*report.FILES, "graph.html"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_cli_analyze(g, tmp_path):
    store.save(g, tmp_path / "graph.ttl")
    r = CliRunner().invoke(cli, ["analyze", "--graph", str(tmp_path / "graph.ttl"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("9 actors, 14 edges; communities ")
    assert ", blocs 2, unbalanced triangles 1 of 3 -> " in r.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(report.FILES)
    missing = CliRunner().invoke(cli, ["analyze", "--graph", str(tmp_path / "none.ttl")])
    assert missing.exit_code == 1 and missing.output.startswith("Error: ")
    assert FR in {x["id"] for x in json.loads((tmp_path / "out" / "analysis.json").read_text())["actors"]}
