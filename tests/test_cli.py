"""One CliRunner test per command, plus help and version."""
import json

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import cli


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, [str(a) for a in args])


def test_version(run):
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.output


@pytest.mark.parametrize("command", ["build", "eval", "query", "validate"])
def test_every_command_has_help(run, command):
    r = run(command, "--help")
    assert r.exit_code == 0
    assert "Usage: " in r.output and len(r.output.splitlines()) > 4


def test_the_choices_of_export_and_query_formats_are_the_librarys():
    from kg import export, results
    from kg.cli import EXPORT_FORMATS, query

    assert EXPORT_FORMATS == export.FORMATS  # written out in kg.cli so that it imports nothing heavy
    assert tuple(next(p for p in query.params if p.name == "fmt").type.choices) == results.FORMATS


def test_build_prints_a_summary(run, seed_copy, tmp_path):
    r = run("build", seed_copy, "--out", tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("1 articles (0 failed, 0 skipped, 0 unchanged); actors: ")
    assert "claims" in r.output and "triples" in r.output
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_build_reports_bad_files_on_one_line_and_exits_1(run, seed_copy, tmp_path):
    (seed_copy / "bad.txt").write_bytes(b"\x00\x01binary\x02")
    r = run("build", seed_copy, "--out", tmp_path / "out")
    assert r.exit_code == 1
    errors = [line for line in r.output.splitlines() if line.startswith("Error: ")]
    assert errors == [f"Error: {seed_copy / 'bad.txt'}: binary file (contains NUL bytes)"]
    assert "1 articles (1 failed, 0 skipped, 0 unchanged)" in r.output


def test_query_formats(run, seed_build):
    out, _ = seed_build
    q = ("PREFIX sa: <https://w3id.org/alliance-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?name WHERE { ?p a sa:Person ; rdfs:label ?name } ORDER BY ?name")
    table = run("query", q, "--graph", out / "graph.ttl")
    assert table.exit_code == 0
    assert table.output.splitlines()[0].strip() == "name"
    assert "Masayuki Masuda" in table.output
    csv = run("query", q, "--graph", out / "graph.ttl", "--format", "csv")
    assert csv.output.splitlines()[0] == "name" and "Masayuki Masuda" in csv.output.splitlines()
    data = json.loads(run("query", q, "--graph", out / "graph.ttl", "--format", "json").output)
    assert "Masayuki Masuda" in [b["name"]["value"] for b in data["results"]["bindings"]]


def test_query_from_a_file_and_bad_sparql(run, seed_build, tmp_path):
    out, _ = seed_build
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    r = run("query", rq, "--graph", out / "graph.ttl", "--format", "csv")
    assert r.exit_code == 0 and int(r.output.splitlines()[1]) > 100
    bad = run("query", "SELECT WHERE {", "--graph", out / "graph.ttl")
    assert bad.exit_code == 1 and bad.output.startswith("Error: invalid SPARQL")


def test_validate_passes_and_fails(run, seed_build, tmp_path):
    out, _ = seed_build
    ok = run("validate", "--graph", out / "graph.ttl")
    assert ok.exit_code == 0 and "conforms" in ok.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix sa: <https://w3id.org/alliance-kg/ontology#> .\n"
                      "<https://w3id.org/alliance-kg/id/person/x> a sa:Person .\n")
    r = run("validate", "--graph", broken)
    assert r.exit_code == 1
    assert "person/x" in r.output and "rdfs:label" in r.output


def test_validate_missing_graph_is_one_line(run, tmp_path):
    r = run("validate", "--graph", tmp_path / "none.ttl")
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: {tmp_path / 'none.ttl'}: no such graph file"
