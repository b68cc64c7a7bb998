"""kg.query: named queries, safely bound parameters, output formats, deterministic rows; ``kg query``."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import query, rdf
from kg.cli import cli
from kg.errors import GraphError, QueryError
from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, PartOf, Relation
from kg.vocab import SA, iri

JP, KR, KP, CN = (Entity(f"country/{c}", "Country", n, a, c) for c, n, a in (
    ("JP", "Japan", ("Tokyo",)), ("KR", "South Korea", ("Seoul",)), ("KP", "North Korea", ()),
    ("CN", "China", ("Beijing",))))
ANA = Entity("person/ana-sato", "Person", "Ana Sato", ("Sato",))
BEN = Entity("person/ben-lee", "Person", "Ben Lee", ("Lee",))
NIDS = Entity("org/nids", "Organization", "National Institute for Defense Studies", ("NIDS",))
A = Article("a.txt", "", "a" * 64, "Allies meet", "2024-05-01")
B = Article("b.txt", "", "b" * 64, "Strait tensions", "2024-06-02")


def ev(start: int, text: str) -> Evidence:
    return Evidence(start, start + len(text), text)


S1 = ev(0, "Ana Sato, director at NIDS in Japan, spoke.")
S2 = ev(50, 'Sato said: "Japan and South Korea must keep their alliance strong."')
S3 = ev(120, "She said China is testing the alliance as tensions rise.")
S4 = ev(0, "Ben Lee said Seoul worries about pressure from Beijing.")
S5 = ev(60, "Japan and South Korea held drills.")


def corpus() -> Graph:
    """Two tiny articles built through kg.rdf: the shape of a real graph, every value known."""
    a = Extraction(
        A, entities=(JP, KR, CN, ANA, NIDS),
        affiliations=(Affiliation(ANA.key, NIDS.key, "director", S1),),
        parts=(PartOf(NIDS.key, JP.key, S1),),
        claims=(Claim(ANA.key, "Japan and South Korea must keep their alliance strong", "direct", 62, 116, S2,
                      (JP.key, KR.key)),
                Claim(ANA.key, "China is testing the alliance", "indirect", 129, 158, S3, (CN.key,))),
        relations=(Relation(JP.key, KR.key, "cooperation", "alliance", "alliedWith", S2, "ally", 7.0),
                   Relation(CN.key, JP.key, "tension", "tensions", "rivalOf", S3, "rival", -5.0)))
    b = Extraction(
        B, entities=(CN, KR, KP, JP, BEN),
        claims=(Claim(BEN.key, "Seoul worries about pressure from Beijing", "indirect", 13, 54, S4, (KR.key, CN.key)),),
        relations=(Relation(CN.key, KR.key, "tension", "pressure", "hostileTo", S4, "threaten", -6.0),
                    Relation(JP.key, KR.key, "cooperation", "drills", "exercisesWith", S5, "exercise", 7.0)))
    return rdf.graph([a, b])


@pytest.fixture
def g() -> Graph:
    return corpus()


@pytest.fixture
def graph_file(tmp_path, g):
    path = tmp_path / "graph.ttl"
    path.write_bytes(g.serialize(format="turtle", encoding="utf-8"))
    return path


def rows(g: Graph, name: str, **params) -> list[tuple[str, ...]]:
    q = query.find(name)
    result = query.run(g, q.text, query.bind(g, q, params))
    return [tuple("" if r.get(v) is None else str(r.get(v)) for v in result.vars) for r in result.bindings]


@pytest.fixture
def kg():
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, [str(a) for a in args])


# --- the shipped queries ---

NAMES = ("actors", "actors-by-pagerank", "affiliations-of", "allies-of", "articles-mentioning", "claims-about",
         "describe-actor", "evidence-for", "relations-by-weight", "speakers-on", "tensions", "who-said-what")


def test_catalogue_lists_every_shipped_query_with_a_description():
    cat = query.catalogue()
    assert tuple(q.name for q in cat) == NAMES
    for q in cat:
        assert len(q.description) > 30, q.name
        for p in q.params:
            assert p.kind in query.KINDS and p.help
            assert re.search(rf"\?{p.name}\b", q.text.split("PREFIX", 1)[1]), (q.name, p.name)


@pytest.mark.parametrize("q", query.catalogue(), ids=lambda q: q.name)
def test_every_select_query_orders_its_rows_to_the_last_column(q):
    """Ties are broken down to IRIs, so no two rows can come out in a different order."""
    if "CONSTRUCT" in q.text:
        return
    order = q.text.split("ORDER BY", 1)[1]
    assert "?" in order and len(re.findall(r"\?\w+", order)) >= 3


def test_who_said_what_in_reading_order(g):
    assert rows(g, "who-said-what") == [
        ("Ana Sato", "direct", "Japan and South Korea must keep their alliance strong", "Allies meet"),
        ("Ana Sato", "indirect", "China is testing the alliance", "Allies meet"),
        ("Ben Lee", "indirect", "Seoul worries about pressure from Beijing", "Strait tensions")]
    assert [r[0] for r in rows(g, "who-said-what", by="Lee")] == ["Ben Lee"]
    assert [r[2] for r in rows(g, "who-said-what", contains="ALLIANCE")] == [
        "Japan and South Korea must keep their alliance strong", "China is testing the alliance"]


def test_claims_about_an_actor(g):
    assert rows(g, "claims-about", actor="Beijing") == [
        ("Ana Sato", "indirect", "China is testing the alliance", "Allies meet"),
        ("Ben Lee", "indirect", "Seoul worries about pressure from Beijing", "Strait tensions")]


def test_affiliations_of_a_person(g):
    assert rows(g, "affiliations-of", person="Ana Sato") == [
        ("National Institute for Defense Studies", "director", "Japan", "Allies meet")]


def test_allies_of_a_country_with_kinds_cues_and_evidence(g):
    assert rows(g, "allies-of", country="KR") == [("Japan", "alliedWith, exercisesWith", "alliance, drills", "2")]
    assert rows(g, "allies-of", country="China") == []


def test_tensions_each_pair_once_or_from_one_side(g):
    assert rows(g, "tensions") == [("China", "Japan", "rivalOf", "tensions", "1"),
                                   ("China", "South Korea", "hostileTo", "pressure", "1")]
    assert rows(g, "tensions", country="South Korea") == [("South Korea", "China", "hostileTo", "pressure", "1")]


def test_relations_by_weight_rank_pairs_on_the_signed_scale(g):
    """The strongest event of each type counts (two 'ally'/'exercise' sentences: +7, not +14)."""
    assert rows(g, "relations-by-weight") == [
        ("Japan", "South Korea", "7", "7", "0", "ally, exercise", "2"),
        ("China", "South Korea", "-6", "0", "-6", "threaten", "1"),
        ("China", "Japan", "-5", "0", "-5", "rival", "1")]
    assert [r[:3] for r in rows(g, "relations-by-weight", country="Beijing")] == [
        ("China", "South Korea", "-6"), ("China", "Japan", "-5")]  # from its side


def test_evidence_for_matches_symmetric_relations_either_way_round(g):
    got = rows(g, "evidence-for", subject="Japan", object="China")
    assert got == [("China", str(SA.inTensionWith), "Japan", "Allies meet", "120", str(S3.end), S3.text)]
    assert rows(g, "evidence-for", subject="China", object="Japan") == got
    both = rows(g, "evidence-for", subject="Seoul", relation="cooperatesWith")
    assert [(r[0], r[2], r[3], r[6]) for r in both] == [("Japan", "South Korea", "Allies meet", S2.text),
                                                       ("Japan", "South Korea", "Strait tensions", S5.text)]
    # affiliation is not symmetric: from the organisation's side there is none
    assert rows(g, "evidence-for", subject="NIDS", relation="affiliatedWith") == []
    assert len(rows(g, "evidence-for")) == 6


@pytest.mark.parametrize("name, params", [
    ("allies-of", {"country": "North Korea"}), ("tensions", {"country": "North Korea"}),
    ("speakers-on", {"country": "North Korea"}), ("claims-about", {"actor": "North Korea"}),
    ("affiliations-of", {"person": "Ben Lee"}), ("who-said-what", {"by": "NIDS"}),
    ("evidence-for", {"subject": "North Korea"}), ("articles-mentioning", {"actor": "NIDS"})])
def test_an_actor_without_such_facts_gives_no_rows(g, name, params):
    """Guards against rdflib turning an empty aggregate into a row that matches everything."""
    expected = [("Allies meet", "2024-05-01", "a.txt", "0", "0")] if name == "articles-mentioning" else []
    assert rows(g, name, **params) == expected


def test_articles_mentioning_newest_first(g):
    assert rows(g, "articles-mentioning", actor="China") == [
        ("Strait tensions", "2024-06-02", "b.txt", "0", "1"), ("Allies meet", "2024-05-01", "a.txt", "0", "1")]
    assert rows(g, "articles-mentioning", actor="Ana Sato") == [("Allies meet", "2024-05-01", "a.txt", "2", "0")]


def test_speakers_on_a_country(g):
    assert rows(g, "speakers-on", country="South Korea") == [("Ana Sato", "Person", "1", "1", "0"),
                                                             ("Ben Lee", "Person", "1", "0", "1")]


def test_actors_with_sorted_aliases(g):
    got = rows(g, "actors", type="country")
    assert [r[:5] for r in got] == [("China", "Country", "CN", "Beijing", "2"), ("Japan", "Country", "JP", "Tokyo", "2"),
                                    ("North Korea", "Country", "KP", "", "1"),
                                    ("South Korea", "Country", "KR", "Seoul", "2")]


def test_actors_by_pagerank_falls_back_to_evidence_then_uses_metrics(g):
    plain = rows(g, "actors-by-pagerank")  # no metrics: by claims and statements, then articles, then name
    assert plain[:4] == [("China", "Country", "", "0", "2", "2", "2"), ("Japan", "Country", "", "0", "1", "3", "2"),
                         ("South Korea", "Country", "", "0", "2", "2", "2"), ("Ana Sato", "Person", "", "2", "0", "1", "1")]
    for key, value in (("person/ben-lee", "0.5"), ("country/KP", "0.3"), ("country/KR", "0.1")):
        g.add((iri(key), SA.pageRank, Literal(Decimal(value))))
    ranked = rows(g, "actors-by-pagerank")
    assert [r[:3] for r in ranked[:3]] == [("Ben Lee", "Person", "0.5"), ("North Korea", "Country", "0.3"),
                                           ("South Korea", "Country", "0.1")]


def test_describe_actor_is_a_turtle_neighbourhood(g):
    q = query.find("describe-actor")
    out = query.render(query.run(g, q.text, query.bind(g, q, {"actor": "Ben Lee"})), "table")
    sub = Graph().parse(data=out, format="turtle")
    ben = iri("person/ben-lee")
    assert (ben, RDFS.label, Literal("Ben Lee")) in sub
    claim = sub.value(None, SA.claimant, ben)
    assert sub.value(claim, SA.text) == Literal("Seoul worries about pressure from Beijing")
    assert sub.value(sub.value(claim, SA.evidence), SA.sentence) == Literal(S4.text)
    assert (iri("country/KR"), RDFS.label, Literal("South Korea")) in sub
    assert sub.value(None, SA.claimant, iri("person/ana-sato")) is None


# --- parameters ---

@pytest.mark.parametrize("value", ["Japan", "japan", "Tokyo", "JP", "jp", str(iri("country/JP")),
                                   f"<{iri('country/JP')}>"])
def test_an_actor_is_found_by_label_alias_iso_code_or_iri(g, value):
    assert query.actor(g, value, kind="country") == iri("country/JP")


def test_an_actor_is_found_by_a_word_of_its_name(g):
    assert query.actor(g, "Defense Studies") == iri("org/nids")
    assert query.actor(g, "sato", kind="person") == iri("person/ana-sato")


def test_an_ambiguous_name_lists_the_candidates(g):
    with pytest.raises(QueryError) as err:
        query.actor(g, "Korea", kind="country")
    assert str(err.value) == (f"'Korea' names several countries: North Korea <{iri('country/KP')}>, "
                              f"South Korea <{iri('country/KR')}>; give a fuller name or the IRI")


def test_an_unknown_name_suggests_close_ones(g):
    with pytest.raises(QueryError, match=r"^no country named 'Japn' in the graph \(did you mean Japan\?\)$"):
        query.actor(g, "Japn", kind="country")
    with pytest.raises(QueryError, match="^no person named 'Japan' in the graph"):
        query.actor(g, "Japan", kind="person")


def test_bind_checks_names_and_required_values(g):
    allies = query.find("allies-of")
    with pytest.raises(QueryError, match="needs a value for parameter 'country'"):
        query.bind(g, allies, {})
    with pytest.raises(QueryError, match="has no parameter 'nation'; its parameters: country"):
        query.bind(g, allies, {"country": "Japan", "nation": "Japan"})
    ev_for = query.find("evidence-for")
    assert query.bind(g, ev_for, {"relation": "sa:partOf"}) == {"relation": SA.partOf}
    with pytest.raises(QueryError, match="'friendsWith' is not a relation"):
        query.bind(g, ev_for, {"relation": "friendsWith"})
    with pytest.raises(QueryError, match="'Planet' is not an actor type"):
        query.bind(g, query.find("actors"), {"type": "Planet"})


def test_inline_parameters_bind_literals_or_iris_and_must_name_a_variable(g):
    q = query.find("SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?name }")
    assert query.bind(g, q, {"name": "Japan"}) == {"name": Literal("Japan")}
    assert query.bind(g, q, {"s": "<https://example.org/x>"}) == {"s": URIRef("https://example.org/x")}
    with pytest.raises(QueryError, match=r"^the query has no variable \?label$"):
        query.bind(g, q, {"label": "Japan"})


INJECTION = '" ) } UNION { ?s ?p ?o } #'


def test_an_injection_string_is_only_ever_a_value(g):
    q = query.find("who-said-what")
    bound = query.bind(g, q, {"contains": INJECTION})
    assert bound == {"contains": Literal(INJECTION)}
    assert query.run(g, q.text, bound).bindings == []  # no claim contains it; nothing else leaks
    with pytest.raises(QueryError, match="^no actor named "):
        query.bind(g, q, {"by": INJECTION})


def test_cli_injection_is_treated_as_a_value(kg, graph_file):
    r = kg("query", "who-said-what", "--graph", graph_file, "--param", f"contains={INJECTION}", "--format", "csv")
    assert r.exit_code == 0 and r.output == "speaker,kind,text,article\n"
    r = kg("query", "claims-about", "--graph", graph_file, "--param", f"actor={INJECTION}")
    assert r.exit_code == 1
    assert r.output == f"Error: no actor named {INJECTION!r} in the graph\n"


# --- finding queries ---

def test_find_by_name_file_or_text(tmp_path):
    assert query.find("tensions").name == "tensions"
    rq = tmp_path / "mine.rq"
    rq.write_text("# Mine.\n# @param who actor required  someone\nSELECT ?x WHERE { ?who ?p ?x }\n", "utf-8")
    mine = query.find(str(rq))
    assert (mine.name, mine.description, mine.params) == ("mine", "Mine.", (query.Param("who", "actor", True, "someone"),))
    assert query.find("ASK { ?s ?p ?o }").name == "inline"
    with pytest.raises(QueryError, match=r"^no shipped query named 'tension' \(did you mean tensions\?\)$"):
        query.find("tension")
    with pytest.raises(QueryError, match="no such query file"):
        query.find(str(tmp_path / "absent.rq"))


def test_bad_parameter_lines_are_reported():
    with pytest.raises(QueryError, match="unknown kind 'planet'"):
        query.parse("# @param x planet optional help\nSELECT * {}")
    with pytest.raises(QueryError, match="bad parameter line"):
        query.parse("# @param x\nSELECT * {}")


# --- running and rendering ---

def test_rows_without_order_by_are_sorted(g):
    q = "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    labels = [str(r[0]) for r in query.run(g, q)]
    assert labels == sorted(labels) and "Japan" in labels


def test_tsv_escapes_and_json_is_sparql_results(g):
    g.add((iri("country/JP"), SA.sourcePath, Literal("tab\there\nnew\\line")))
    q = "SELECT ?v WHERE { ?s <https://w3id.org/alliance-kg/ontology#sourcePath> ?v } ORDER BY ?v"
    assert query.render(query.run(g, q), "tsv") == "v\na.txt\nb.txt\ntab\\there\\nnew\\\\line\n"
    data = json.loads(query.render(query.run(g, q), "json"))
    assert data["head"] == {"vars": ["v"]}
    assert data["results"]["bindings"][2]["v"] == {"type": "literal", "value": "tab\there\nnew\\line"}
    assert json.loads(query.render(query.run(g, "ASK { ?s ?p ?o }"), "json")) == {"head": {}, "boolean": True}
    q = query.find("evidence-for")
    out = query.render(query.run(g, q.text, query.bind(g, q, {"relation": "partOf"})), "json")
    assert out.startswith('{"head": {"vars": ["source", "relation", "target", "article", "start", "end", "sentence"]}')
    row = json.loads(out)["results"]["bindings"][0]
    assert list(row) == ["source", "relation", "target", "article", "start", "end", "sentence"]
    assert row["relation"] == {"type": "uri", "value": str(SA.partOf)}
    assert row["start"] == {"type": "literal", "value": "0", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_table_right_aligns_numbers_and_cuts_long_cells(g):
    out = query.render(query.run(g, query.find("tensions").text), "table", max_width=8)
    assert out.splitlines() == [
        "side   other_side  kinds     cues      sentences",
        "-----  ----------  --------  --------  ---------",
        "China  Japan       rivalOf   tensions          1",
        "China  South K…    hostile…  pressure          1"]


def test_unknown_format(g):
    with pytest.raises(QueryError, match="unknown output format 'xml'"):
        query.render(query.run(g, "ASK {}"), "xml")


def test_load_merges_several_graph_files(tmp_path, g):
    first, second = tmp_path / "a.ttl", tmp_path / "b.nt"
    first.write_bytes(g.serialize(format="turtle", encoding="utf-8"))
    extra = Graph()
    extra.add((iri("country/JP"), SA.pageRank, Literal(Decimal("0.25"))))
    second.write_bytes(extra.serialize(format="nt", encoding="utf-8"))
    assert isomorphic(query.load([first, second]), g + extra)


def test_load_reads_every_named_graph_of_trig_and_nquads(tmp_path, g):
    from kg import export

    for name in ("g.trig", "g.nq"):
        export.export(g, export.format_of(name), tmp_path / name)
        assert isomorphic(query.load([tmp_path / name]), g)
    (tmp_path / "bad.trig").write_text("<a> { <b> ", "utf-8")
    with pytest.raises(GraphError, match=r"bad\.trig: cannot parse graph \("):
        query.load([tmp_path / "bad.trig"])


# --- kg query ---

def test_cli_list_shows_names_descriptions_and_parameters(kg):
    r = kg("query", "--list")
    assert r.exit_code == 0
    for q in query.catalogue():
        assert f"\n{q.name}\n" in f"\n{r.output}"
        for p in q.params:
            assert f"--param {p.name}={p.kind.upper()}" in r.output
    assert "--param country=COUNTRY  (required) the country whose partners to list" in r.output


def test_cli_named_query_with_params_and_formats(kg, graph_file):
    r = kg("query", "allies-of", "--graph", graph_file, "--param", "country=Seoul", "--format", "table")
    assert r.exit_code == 0, r.output
    assert r.output == ("ally   kinds                      cues              sentences\n"
                        "-----  -------------------------  ----------------  ---------\n"
                        "Japan  alliedWith, exercisesWith  alliance, drills          2\n")
    tsv = kg("query", "allies-of", "--graph", graph_file, "--param", "country=Seoul")  # not a terminal: tsv
    assert tsv.output == "ally\tkinds\tcues\tsentences\nJapan\talliedWith, exercisesWith\talliance, drills\t2\n"


def test_cli_metrics_beside_the_graph(kg, graph_file, tmp_path):
    metrics = tmp_path / "metrics.ttl"
    metrics.write_text(f"<{iri('country/KP')}> <{SA.pageRank}> 0.9 .\n", "utf-8")
    r = kg("query", "actors-by-pagerank", "--graph", graph_file, "--graph", metrics, "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[:2] == ["actor,kind,pagerank,claims_by,claims_about,statements,articles",
                                         "North Korea,Country,0.9,0,0,0,1"]


def test_cli_errors_are_one_line(kg, graph_file):
    assert kg("query", "tensions").exit_code == 2  # no --graph: usage error
    r = kg("query", "allies-of", "--graph", graph_file)
    assert r.exit_code == 1 and r.output.startswith("Error: query 'allies-of' needs a value for parameter 'country'")
    r = kg("query", "allies-of", "--graph", graph_file, "--param", "country")
    assert r.exit_code == 2 and "'country' is not NAME=VALUE" in r.output


def test_named_queries_give_the_same_bytes_whatever_the_hash_seed(graph_file):
    script = ("import sys; from kg import query as q\n"
              "g = q.load([sys.argv[1]])\n"
              "for n in q.catalogue():\n"
              "    p = {x.name: {'actor': 'Japan', 'country': 'Japan', 'person': 'Ana Sato'}[x.kind]\n"
              "         for x in n.params if x.required}\n"
              "    r = q.run(g, n.text, q.bind(g, n, p))\n"
              "    print(q.render(r, 'tsv'), q.render(r, 'json'))\n")
    outs = {subprocess.run([sys.executable, "-c", script, str(graph_file)], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1
    assert "Ana Sato" in outs.pop()
