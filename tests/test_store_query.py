"""kg.store (atomic save, load errors) and kg.query (run, bindings, render)."""
from __future__ import annotations

import json

import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import query, rdf, store
from kg.errors import GraphError, QueryError
from kg.vocab import SA, iri

SE, NO = iri("country/SE"), iri("country/NO")
SELECT = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sa: <https://w3id.org/alliance-kg/ontology#>
SELECT ?s ?label ?iso WHERE { ?s rdfs:label ?label OPTIONAL { ?s sa:isoCode ?iso } } ORDER BY ?label
"""


@pytest.fixture
def g() -> Graph:
    g = rdf.new_graph()
    g.add((SE, RDFS.label, Literal("Sweden")))
    g.add((NO, RDFS.label, Literal("Norway")))
    g.add((NO, SA.isoCode, Literal("NO")))
    return g


class Unserialisable(Graph):
    def serialize(self, *args, **kwargs):
        raise RuntimeError("serialiser broke")


# --- store ---

def test_save_then_load_round_trips(tmp_path, g):
    path = tmp_path / "graph.ttl"
    store.save(g, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]
    assert path.read_text("utf-8").startswith("@prefix")
    assert isomorphic(store.load(path), g)


@pytest.mark.parametrize("name, fmt", [("graph.nt", "nt"), ("graph.rdf", "xml")])
def test_load_follows_suffix(tmp_path, g, name, fmt):
    path = tmp_path / name
    store.save(g, path, fmt=fmt)
    assert isomorphic(store.load(path), g)


def test_save_replaces_existing_file(tmp_path, g):
    path = tmp_path / "graph.ttl"
    path.write_text("old", "utf-8")
    store.save(g, path)
    assert isomorphic(store.load(path), g)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_failed_serialisation_leaves_existing_file(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"# previous graph\n")
    with pytest.raises(RuntimeError, match="serialiser broke"):
        store.save(Unserialisable(), path)
    assert path.read_bytes() == b"# previous graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_failed_write_removes_temporary_file(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"# previous graph\n")
    with pytest.raises(TypeError):
        store.write_atomic(path, "text, not bytes")  # fails after the temporary file is created
    assert path.read_bytes() == b"# previous graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_write_atomic_creates_file(tmp_path):
    path = tmp_path / "out.bin"
    store.write_atomic(path, b"\x00\x01data")
    assert path.read_bytes() == b"\x00\x01data"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_load_missing_file(tmp_path):
    path = tmp_path / "absent.ttl"
    with pytest.raises(GraphError) as err:
        store.load(path)
    assert str(err.value) == f"{path}: no such graph file"


def test_load_directory(tmp_path):
    with pytest.raises(GraphError, match="no such graph file") as err:
        store.load(tmp_path)
    assert str(err.value).startswith(f"{tmp_path}: ")


@pytest.mark.parametrize("name, content", [
    ("broken.ttl", "@prefix sa: <https://example.org/> .\nsa:a sa:b \n"),
    ("broken.nt", "<https://example.org/a> <https://example.org/b> .\n"),
    ("broken.rdf", "<rdf:RDF xmlns:rdf="),
])
def test_load_malformed_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    with pytest.raises(GraphError) as err:
        store.load(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}: cannot parse graph (")
    assert "\n" not in msg


# --- query ---

def test_table(g):
    out = query.render(query.run(g, SELECT), "table")
    assert out == (
        "s                                           label   iso\n"
        "------------------------------------------  ------  ---\n"
        "https://w3id.org/alliance-kg/id/country/NO  Norway  NO\n"
        "https://w3id.org/alliance-kg/id/country/SE  Sweden\n"
    )


def test_table_with_prefixes(g):
    g.add((SE, RDFS.seeAlso, SA.Country))
    q = "SELECT ?o WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#seeAlso> ?o }"
    assert query.render(query.run(g, q), "table", g.namespace_manager) == "o\n----------\nsa:Country\n"
    assert query.render(query.run(g, q), "table") == f"o\n{'-' * len(SA.Country)}\n{SA.Country}\n"


def test_table_with_prefixes_falls_back_to_plain_iri(g):
    out = query.render(query.run(g, SELECT), "table", g.namespace_manager)
    assert out.splitlines()[2:] == [f"{NO}  Norway  NO", f"{SE}  Sweden"]


def test_csv(g):
    out = query.render(query.run(g, SELECT), "csv", g.namespace_manager)
    assert out == ("s,label,iso\n"
                   "https://w3id.org/alliance-kg/id/country/NO,Norway,NO\n"
                   "https://w3id.org/alliance-kg/id/country/SE,Sweden,\n")


def test_csv_quotes_awkward_values(g):
    g.add((SE, RDFS.label, Literal('Kingdom of "Sweden", north')))
    out = query.render(query.run(g, f"SELECT ?label WHERE {{ <{SE}> ?p ?label }} ORDER BY ?label"), "csv")
    assert out == 'label\n"Kingdom of ""Sweden"", north"\nSweden\n'


def test_json(g):
    data = json.loads(query.render(query.run(g, SELECT), "json"))
    assert data["head"]["vars"] == ["s", "label", "iso"]
    rows = data["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == ["Norway", "Sweden"]
    assert rows[0]["iso"] == {"type": "literal", "value": "NO"}
    assert "iso" not in rows[1]
    assert rows[0]["s"] == {"type": "uri", "value": str(NO)}


def test_bindings_are_values_not_text(g):
    q = "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    assert query.render(query.run(g, q, {"label": Literal("Norway")}), "csv") == f"s\n{NO}\n"
    sneaky = Literal('Norway" } UNION { ?s ?p ?o')
    assert query.render(query.run(g, q, {"label": sneaky}), "csv") == "s\n"


def test_ask(g):
    assert query.render(query.run(g, 'ASK { ?s ?p "Sweden" }')) == "true\n"
    assert query.render(query.run(g, 'ASK { ?s ?p "Denmark" }')) == "false\n"


def test_construct_returns_turtle(g):
    q = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "CONSTRUCT { ?s <https://example.org/name> ?o } WHERE { ?s rdfs:label ?o }")
    out = query.render(query.run(g, q), "table")
    name = URIRef("https://example.org/name")
    expected = Graph()
    expected.add((SE, name, Literal("Sweden")))
    expected.add((NO, name, Literal("Norway")))
    assert isomorphic(Graph().parse(data=out, format="turtle"), expected)


def test_empty_select_still_has_header(g):
    out = query.render(query.run(g, "SELECT ?x ?y WHERE { ?x <https://example.org/none> ?y }"))
    assert out == "x  y\n-  -\n"


@pytest.mark.parametrize("sparql", [
    "SELEC ?x WHERE { ?x ?p ?o }",
    "SELECT ?x WHERE { ?x ?p ?o ",
    "PREFIX : <https://example.org/> SELECT ?x WHERE { ?x undeclared:p ?o }",
    "",
])
def test_invalid_sparql(g, sparql):
    with pytest.raises(QueryError) as err:
        query.run(g, sparql)
    assert str(err.value).startswith("invalid SPARQL: ")
    assert "\n" not in str(err.value)
