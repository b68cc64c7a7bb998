"""The persistent Oxigraph store: built by kg build --store, read in place by the other commands."""
import json

import pytest
from click.testing import CliRunner
from rdflib import XSD, Graph, Literal
from rdflib.compare import isomorphic

from kg import oxstore, query as q, store
from kg.cli import cli
from kg.errors import GraphError

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def built(tmp_path_factory, seed_build):
    out, _ = seed_build
    folder = tmp_path_factory.mktemp("store") / "db"
    oxstore.load([out / "graph.ttl"], folder)
    return out, folder


def plain(g):
    """Literals typed xsd:string as plain literals (RDF 1.1 says they are the same)."""
    out = Graph()
    for s, p, o in g:
        out.add((s, p, Literal(str(o)) if isinstance(o, Literal) and o.datatype == XSD.string else o))
    return out


def test_the_store_holds_the_same_graph(built):
    out, folder = built
    assert isomorphic(plain(store.load(folder)), plain(Graph().parse(out / "graph.ttl")))


def test_named_queries_give_the_same_rows_from_the_store(built):
    out, folder = built
    mem, ox = store.load(out / "graph.ttl"), store.load(folder)
    for name, params in (("claims-about", {"actor": "Taiwan"}), ("tensions", {}), ("who-said-what", {}),
                         ("affiliations-of", {"person": "Masuda"})):
        nq = q.find(name)
        a = q.render(q.run(mem, nq.text, q.bind(mem, nq, params)), "csv")
        b = q.render(q.run(ox, nq.text, q.bind(ox, nq, params)), "csv")
        assert a == b and len(a.splitlines()) > 1, name


def test_parameters_stay_values_on_the_store_too(built):
    _, folder = built
    g = store.load(folder)
    sneaky = '" ) } UNION { ?s ?p ?o } #'
    result = q.run(g, "SELECT ?s WHERE { ?s ?p ?name }", {"name": q.Literal(sneaky)})
    assert list(result) == []


def test_a_failed_load_leaves_the_previous_store_whole(built, tmp_path):
    out, _ = built
    folder = tmp_path / "db"
    size = oxstore.load([out / "graph.ttl"], folder)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .")
    with pytest.raises(GraphError, match="cannot load the store"):
        oxstore.load([bad], folder)
    assert len(store.load(folder)) == size
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".db")]


def test_build_query_and_analyze_through_the_cli(tmp_path, seed_copy):
    run = CliRunner().invoke
    r = run(cli, ["build", str(seed_copy), "--out", str(tmp_path / "out"), "--store", str(tmp_path / "db"), "-q"])
    assert r.exit_code == 0, r.output
    r = run(cli, ["query", "tensions", "--graph", str(tmp_path / "db"), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["results"]["bindings"]
    r = run(cli, ["analyze", "--graph", str(tmp_path / "db"), "--out", str(tmp_path / "again")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "again" / "report.md").read_bytes() == (tmp_path / "out" / "report.md").read_bytes()
