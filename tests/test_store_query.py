"""kg.store (atomic save, load errors), kg.query (run, bindings, render) and the same queries on an Oxigraph store."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
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


# --- the same queries on an Oxigraph store, parameters bound natively ---

NAMED = [("actors", {}), ("actors", {"type": "Country"}), ("actors-by-pagerank", {}),
         ("actors-by-pagerank", {"type": "Person"}), ("affiliations-of", {"person": "Ana Sato"}),
         ("affiliations-of", {"person": "Ben Lee"}), ("allies-of", {"country": "KR"}),
         ("allies-of", {"country": "China"}), ("articles-mentioning", {"actor": "China"}),
         ("articles-mentioning", {"actor": "NIDS"}), ("claims-about", {"actor": "Beijing"}),
         ("claims-about", {"actor": "North Korea"}), ("describe-actor", {"actor": "Ben Lee"}), ("evidence-for", {}),
         ("evidence-for", {"subject": "Japan", "object": "China"}),
         ("evidence-for", {"subject": "China", "object": "Japan"}),
         ("evidence-for", {"subject": "Seoul", "relation": "cooperatesWith"}), ("evidence-for", {"object": "Japan"}),
         ("evidence-for", {"subject": "Japan", "object": "Japan"}), ("evidence-for", {"relation": "partOf"}),
         ("evidence-for", {"subject": "NIDS", "relation": "affiliatedWith"}),
         ("speakers-on", {"country": "South Korea"}), ("speakers-on", {"country": "North Korea"}), ("tensions", {}),
         ("tensions", {"country": "South Korea"}), ("who-said-what", {}), ("who-said-what", {"by": "Lee"}),
         ("who-said-what", {"contains": "ALLIANCE"}),
         ("who-said-what", {"by": "Ana Sato", "contains": '" ) } UNION { ?s ?p ?o } #'})]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The corpus of test_query with some PageRanks, read from a Turtle file and from an Oxigraph store."""
    from test_query import corpus

    from kg import oxstore

    g = corpus()
    for key, rank in (("person/ben-lee", "0.5"), ("country/KP", "0.3"), ("country/KR", "0.1")):
        g.add((iri(key), SA.pageRank, Literal(Decimal(rank))))
    folder = tmp_path_factory.mktemp("store")
    store.save(g, folder / "graph.ttl")
    oxstore.load([folder / "graph.ttl"], folder / "db")
    return store.load(folder / "graph.ttl"), store.load(folder / "db")


def output(g, name, params, fmt="json"):
    q = query.find(name)
    return query.render(query.run(g, q.text, query.bind(g, q, params)), fmt)


@pytest.mark.parametrize("name, params", NAMED, ids=lambda x: str(x))
def test_a_named_query_gives_the_same_output_from_the_store(both, name, params):
    """Same rows, same order, same terms (JSON keeps datatypes), with the parameters bound by Oxigraph."""
    from kg import oxquery

    mem, ox = both
    if name == "describe-actor":
        assert isomorphic(Graph().parse(data=output(mem, name, params, "table"), format="turtle"),
                          Graph().parse(data=output(ox, name, params, "table"), format="turtle"))
    else:
        assert output(mem, name, params) == output(ox, name, params)
    q = query.find(name)
    assert oxquery.native(ox, q.text, query.bind(ox, q, params)) is not None  # not rdflib's fallback


@pytest.mark.parametrize("value", ["Japan", "japan", "Tokyo", "JP", str(iri("country/JP")), f"<{iri('country/JP')}>",
                                   "Korea", "Japn", "Seoul ", "", "Defense Studies", "sato"])
def test_an_actor_is_resolved_on_the_store_as_in_memory(both, value):
    mem, ox = both

    def resolve(g):
        try:
            return query.actor(g, value)
        except QueryError as e:
            return str(e)

    assert resolve(mem) == resolve(ox)


def test_case_folding_finds_non_ascii_names_on_the_store(tmp_path):
    from kg import oxstore

    g = rdf.new_graph()
    for key, label in (("org/strasse", "Straße Institut"), ("org/kiel", "KIEL Forum")):
        g.add((iri(key), RDF.type, SA.Organization))
        g.add((iri(key), RDFS.label, Literal(label)))
    store.save(g, tmp_path / "g.ttl")
    oxstore.load([tmp_path / "g.ttl"], tmp_path / "db")
    ox = store.load(tmp_path / "db")
    for value, key in (("strasse", "org/strasse"), ("STRASSE INSTITUT", "org/strasse"), ("kiel", "org/kiel")):
        assert query.actor(g, value) == query.actor(ox, value) == iri(key)


VALUES_OF = "SELECT ?v WHERE { BIND(?x AS ?v) }"
TRICKY = ['" ) } UNION { ?s ?p ?o } #', 'a"b\\c', "line\nbreak\r\ttab", "\\u0022 } #", '""" ) }', "\\",
          "ß 日本 😀", "nul\x00", "' } ; DROP ALL", ""]


@pytest.mark.parametrize("value", TRICKY + [
    Literal("x", lang="en-GB"), Literal(5),
    Literal("2024-05-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")),
    URIRef("https://example.org/a?b=c#d")])
def test_a_native_binding_is_exactly_the_value_given(both, value):
    """Values are written into Oxigraph's query as escaped terms: they come back unchanged, never as syntax."""
    from kg import oxquery

    _, ox = both
    term = value if isinstance(value, (Literal, URIRef)) else Literal(value)
    result = oxquery.native(ox, VALUES_OF, {"x": term})
    assert result is not None and [row.v for row in result] == [term]


def test_an_injection_in_a_parameter_matches_nothing_on_the_store(both):
    from kg import oxquery

    _, ox = both
    q = "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    for sneaky in ('Japan" } UNION { ?s ?p ?o', 'Japan" . ?s ?p ?o } #', "Japan\\u0022 } UNION { ?s ?p ?o } #"):
        assert oxquery.native(ox, q, {"label": Literal(sneaky)}).bindings == []
    assert query.render(query.run(ox, q, {"label": Literal("Japan")}), "csv") == f"s\n{iri('country/JP')}\n"


def test_values_oxigraph_cannot_take_fall_back_to_rdflib(both):
    """A relative IRI or a blank node cannot be written as a term; a BIND onto a parameter is refused by
    Oxigraph once the value is in a VALUES block. rdflib's engine binds those, with the same answer."""
    from kg import oxquery

    mem, ox = both
    for sparql, bindings in (("SELECT ?p WHERE { ?s ?p ?o }", {"s": URIRef("no-scheme")}),
                             ("SELECT ?p WHERE { ?s ?p ?o }", {"s": BNode()}),
                             ("SELECT ?y WHERE { BIND(1 AS ?x) BIND(?x + 1 AS ?y) }", {"x": Literal(5)})):
        assert oxquery.native(ox, sparql, bindings) is None
        expected = query.render(query.run(mem, sparql, bindings), "csv")
        assert query.render(query.run(ox, sparql, bindings), "csv") == expected


def test_service_is_refused_on_the_store_with_parameters(both):
    _, ox = both
    with pytest.raises(QueryError, match="SERVICE is not supported"):
        query.run(ox, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?x } }", {"x": Literal("a")})


def test_values_blocks_go_into_every_group_that_uses_the_variable():
    from kg import oxquery

    sparql = ('CONSTRUCT { ?s ?p ?x } WHERE { ?s ?p ?o . # not a group: { ?x }\n'
              '  OPTIONAL { SELECT ?s (COUNT(?x) AS ?n) WHERE { ?s ?q ?x FILTER(?x != "}{") } GROUP BY ?s }\n'
              '  { ?s ?r ?o } UNION { ?o ?r ?x } VALUES ?p { <https://example.org/p> } }')
    assert oxquery.with_values(sparql, {"x": URIRef("https://example.org/x")}) == (
        'CONSTRUCT { ?s ?p ?x } WHERE { VALUES ?x { <https://example.org/x> } ?s ?p ?o . # not a group: { ?x }\n'
        '  OPTIONAL { SELECT ?s (COUNT(?x) AS ?n) WHERE { VALUES ?x { <https://example.org/x> } ?s ?q ?x '
        'FILTER(?x != "}{") } GROUP BY ?s }\n'
        '  { ?s ?r ?o } UNION { VALUES ?x { <https://example.org/x> } ?o ?r ?x } '
        'VALUES ?p { <https://example.org/p> } }')
