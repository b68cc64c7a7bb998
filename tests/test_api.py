"""The Python API: ``from kg import build, load`` (kg.api)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kg
from kg import rdf, store
from kg.errors import GraphError, InputError
from kg.vocab import SA
from test_analysis import world

ROOT = Path(__file__).resolve().parent.parent


def test_importing_kg_loads_nothing_else():
    out = subprocess.run([sys.executable, "-c", "import sys, kg; print(sorted({'spacy', 'rdflib', 'networkx'} "
                          "& set(sys.modules)), kg.__all__)"], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[] ['build', 'load']"


def test_load_reads_a_file_a_build_folder_or_several(tmp_path):
    g = rdf.graph([world()])
    store.save(g, tmp_path / "graph.ttl")
    metrics = Graph().parse(data="<https://w3id.org/alliance-kg/id/country/AV> "
                                 "<https://w3id.org/alliance-kg/ontology#pageRank> 0.5 .", format="turtle")
    store.save(metrics, tmp_path / "metrics.ttl")
    assert isomorphic(kg.load(tmp_path / "graph.ttl"), g)
    assert isomorphic(kg.load(tmp_path), g + metrics) and isomorphic(kg.load(tmp_path / "graph.ttl",
                                                                            tmp_path / "metrics.ttl"), g + metrics)
    assert ("sa", "https://w3id.org/alliance-kg/ontology#") in {(p, str(n)) for p, n in kg.load(tmp_path).namespaces()}
    with pytest.raises(GraphError, match="no such graph file"):
        kg.load(tmp_path / "nope.ttl")
    with pytest.raises(InputError):
        kg.load()


def test_build_needs_something_to_read():
    with pytest.raises(InputError, match="give article paths or text"):
        kg.build()


@pytest.mark.model
def test_the_readme_example_runs_text_in_graph_out(capsys):
    readme = (ROOT / "README.md").read_text("utf-8")
    example = readme.split("## Python API")[1].split("```python\n")[1].split("```")[0]
    runnable = example.split("\ng = build([")[0]  # the lines that need no files of yours
    exec(compile(runnable, "README.md", "exec"), {})
    assert capsys.readouterr().out.splitlines() == ["Jane Doe said: We stand together with Sweden",
                                                   "Norway cooperates with Sweden"]


@pytest.mark.model
def test_the_same_text_gives_the_same_graph(tmp_path):
    text = "Norway and Sweden signed a defence agreement on Monday."
    one, two = kg.build(text=text), kg.build(text=[text])
    assert isomorphic(one, two)
    assert {str(o) for o in one.objects(None, SA.sourcePath)} == {"text-0001.txt"}
    kg.build(text=[text, text + " Talks went on."], out=tmp_path / "out")
    kg.build(text=text, out=tmp_path / "out")  # the texts of the earlier call are replaced, not added
    assert sorted(p.name for p in (tmp_path / "out" / "texts-given").iterdir()) == ["text-0001.txt"]


@pytest.mark.model
def test_build_into_a_folder_writes_what_kg_build_writes(tmp_path, seed_copy):
    g = kg.build(seed_copy, out=tmp_path / "out")
    assert {"graph.ttl", "build-report.json", "report.md", "graph.html"} <= {p.name for p in (tmp_path / "out").iterdir()}
    assert isomorphic(g, store.load(tmp_path / "out" / "graph.ttl"))
    assert len(list(g.query("SELECT ?c WHERE { ?c a sa:Claim }"))) > 3
