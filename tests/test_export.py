"""kg.export: RDF formats round-trip (and pass independent parsers), one named graph per article,
actor networks that NetworkX, Gephi and Cytoscape load; ``kg export``."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from test_query import A, B, S2, S5, corpus  # the hand-made two-article corpus

from kg import export
from kg.cli import EXPORT_FORMATS, cli
from kg.errors import KGError
from kg.vocab import SA, iri

RDF_FORMATS = {"turtle": ("g.ttl", "turtle"), "nt": ("g.nt", "nt"), "jsonld": ("g.jsonld", "json-ld")}
DATASET_FORMATS = {"trig": ("g.trig", "trig"), "nquads": ("g.nq", "nquads")}
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
              "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
ART_A, ART_B = iri(f"article/{A.key}"), iri(f"article/{B.key}")


@pytest.fixture
def g() -> Graph:
    return corpus()


@pytest.fixture(params=["corpus", "seed"])
def any_graph(request, seed_build):
    if request.param == "corpus":
        return corpus()
    return Graph().parse(seed_build[0] / "graph.ttl")


def union(ds: Dataset) -> Graph:
    out = Graph()
    for c in ds.graphs():
        out += c
    return out


def from_oxigraph(path, fmt: str) -> Graph:
    """Parse with pyoxigraph (Rust, independent of rdflib) and rebuild the triples as rdflib terms."""
    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        plain = t.language or t.datatype.value == str(XSD.string)  # rdflib keeps plain literals untyped
        return Literal(t.value, lang=t.language, datatype=None if plain else URIRef(t.datatype.value))

    out = Graph()
    for q in ox.parse(path=str(path), format=OX_FORMATS[fmt]):
        out.add((term(q.subject), term(q.predicate), term(q.object)))
    return out


# --- RDF formats ---

@pytest.mark.parametrize("fmt", [*RDF_FORMATS, *DATASET_FORMATS])
def test_rdf_formats_round_trip_and_pass_oxigraph(any_graph, tmp_path, fmt):
    name, rdflib_fmt = {**RDF_FORMATS, **DATASET_FORMATS}[fmt]
    written = export.export(any_graph, fmt, tmp_path / name)
    assert written.paths == (tmp_path / name,)
    if fmt in DATASET_FORMATS:
        ds = Dataset()
        ds.parse(tmp_path / name, format=rdflib_fmt)
        back = union(ds)
    else:
        back = Graph().parse(tmp_path / name, format=rdflib_fmt)
    assert isomorphic(back, any_graph)
    assert isomorphic(from_oxigraph(tmp_path / name, fmt), any_graph)


@pytest.mark.skipif(shutil.which("rapper") is None, reason="raptor2-utils (rapper) not installed")
@pytest.mark.parametrize("fmt, name, syntax", [("turtle", "g.ttl", "turtle"), ("nt", "g.nt", "ntriples"),
                                               ("trig", "g.trig", "trig"), ("nquads", "g.nq", "nquads")])
def test_raptor_accepts_the_files(any_graph, tmp_path, fmt, name, syntax):
    export.export(any_graph, fmt, tmp_path / name)
    done = subprocess.run(["rapper", "-c", "-i", syntax, str(tmp_path / name)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    statements = sum(len(c) for c in export.dataset(any_graph).graphs()) if fmt in DATASET_FORMATS else len(any_graph)
    assert f"returned {statements} triples" in done.stderr


def test_jsonld_has_a_context_with_short_names(g, tmp_path):
    export.export(g, "jsonld", tmp_path / "g.jsonld")
    doc = json.loads((tmp_path / "g.jsonld").read_text("utf-8"))
    assert doc["@context"] == export.context()
    nodes = {n["@id"]: n for n in doc["@graph"]}
    assert list(nodes) == sorted(nodes)
    ana = nodes["id:person/ana-sato"]
    assert ana["@type"] == "Person" and ana["label"] == "Ana Sato" and ana["altLabel"] == "Sato"
    assert ana["affiliatedWith"] == "id:org/nids" and ana["mentionedIn"] == f"id:article/{A.key}"
    evidence = nodes[f"id:evidence/{A.key}-{S2.start}-{S2.end}"]
    assert (evidence["start"], evidence["end"]) == (S2.start, S2.end)  # JSON numbers
    statement = next(n for n in doc["@graph"] if n.get("predicate") == "cooperatesWith")
    assert statement["subject"] == "id:country/JP" and statement["object"] == "id:country/KR"
    assert all(":" not in k or k.startswith("@") for n in doc["@graph"] for k in n)


# --- one named graph per article ---

def test_trig_has_one_named_graph_per_article_whose_union_is_the_graph(g, tmp_path):
    export.export(g, "trig", tmp_path / "g.trig")
    ds = Dataset()
    ds.parse(tmp_path / "g.trig", format="trig")
    graphs = {c.identifier: c for c in ds.graphs() if len(c)}
    assert set(graphs) == {ART_A, ART_B}
    assert isomorphic(union(ds), g)
    a, b = graphs[ART_A], graphs[ART_B]
    assert (ART_A, RDF.type, SA.Article) in a and (ART_A, RDF.type, SA.Article) not in b
    assert {str(t) for t in a.objects(None, SA.text)} == {"Japan and South Korea must keep their alliance strong",
                                                            "China is testing the alliance"}
    assert {str(t) for t in b.objects(None, SA.text)} == {"Seoul worries about pressure from Beijing"}
    # an actor in both articles carries its name in both; its mentionedIn only where it was seen
    for graph_, art in ((a, ART_A), (b, ART_B)):
        assert (iri("country/KR"), RDFS.label, Literal("South Korea")) in graph_
        assert set(graph_.objects(iri("country/KR"), SA.mentionedIn)) == {art}
    assert (iri("person/ben-lee"), RDFS.label, Literal("Ben Lee")) not in a
    # one statement stated in both articles: its evidence link goes to each article's own sentence
    st = next(g.subjects(RDF.predicate, SA.cooperatesWith))
    sentences = {art: {str(graph_.value(e, SA.sentence)) for e in graph_.objects(st, SA.evidence)}
                 for art, graph_ in graphs.items()}
    assert sentences == {ART_A: {S2.text}, ART_B: {S5.text}}
    assert (iri("country/JP"), SA.cooperatesWith, iri("country/KR")) in a
    assert (iri("country/KR"), SA.cooperatesWith, iri("country/JP")) in b


def test_unattributable_triples_stay_in_the_default_graph(g):
    extra = (iri("country/JP"), SA.pageRank, Literal(0.5))
    g.add(extra)
    ds = export.dataset(g)
    assert set(ds.default_graph) == {extra}
    assert isomorphic(union(ds), g)


def test_nquads_is_the_same_dataset_as_trig_in_sorted_lines(g, tmp_path):
    export.export(g, "trig", tmp_path / "g.trig")
    export.export(g, "nquads", tmp_path / "g.nq")
    lines = (tmp_path / "g.nq").read_text("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) > len(g)  # shared actor triples are in both graphs
    trig, nq = Dataset(), Dataset()
    trig.parse(tmp_path / "g.trig", format="trig")
    nq.parse(tmp_path / "g.nq", format="nquads")
    named = lambda ds: {c.identifier: c for c in ds.graphs() if len(c)}  # noqa: E731
    assert named(trig).keys() == named(nq).keys() == {ART_A, ART_B}
    assert all(isomorphic(named(trig)[k], named(nq)[k]) for k in (ART_A, ART_B))


# --- actor networks ---

def test_graphml_loads_back_in_networkx_with_every_attribute(g, tmp_path):
    written = export.export(g, "graphml", tmp_path / "g.graphml")
    net = export.network(g)
    assert written.summary == f"{net.number_of_nodes()} nodes, {net.number_of_edges()} edges"
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(net.nodes(data=True))
    assert sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in back.edges(keys=True, data=True)) == \
        sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in net.edges(keys=True, data=True))


def test_gexf_loads_back_in_networkx_with_every_attribute(g, tmp_path):
    export.export(g, "gexf", tmp_path / "g.gexf")
    net = export.network(g)
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert dict(back.nodes(data=True)) == dict(net.nodes(data=True))
    edges = {(u, v, d["relation"]): d for u, v, d in back.edges(data=True)}
    assert len(edges) == net.number_of_edges()
    for u, v, k, d in net.edges(keys=True, data=True):
        got = dict(edges[(u, v, k)])
        got.pop("id")
        assert got == {**d, "weight": float(d["weight"])}  # GEXF weights are doubles


def test_network_attributes_for_gephi(g):
    net = export.network(g)
    kr = net.nodes["country/KR"]
    assert {k: kr[k] for k in ("label", "type", "iri", "iso", "aliases", "articles")} == {
        "label": "South Korea", "type": "Country", "iri": str(iri("country/KR")), "iso": "KR", "aliases": "Seoul",
        "articles": 2}
    assert {"degree", "weighted_degree", "pagerank", "betweenness", "community", "bloc"} <= set(kr)
    assert all(isinstance(v, (str, int, float)) for _, d in net.nodes(data=True) for v in d.values())
    assert net.nodes["person/ana-sato"]["iso"] == ""
    coop = net.edges["country/JP", "country/KR", "cooperation"]
    assert (coop["weight"], coop["symmetric"], coop["cues"], coop["label"]) == (2, True, "alliance | drills",
                                                                             "cooperation")
    assert net.edges["person/ana-sato", "org/nids", "affiliation"]["roles"] == "director"
    keys = {frozenset(d) for *_, d in net.edges(data=True)} | {frozenset(d) for _, d in net.nodes(data=True)}
    assert len({k for k in keys if "relation" in k}) == 1 and len({k for k in keys if "type" in k}) == 1


def test_csv_nodes_and_edges_for_gephi_and_cytoscape(g, tmp_path):
    written = export.export(g, "csv", tmp_path / "net")
    assert written.paths == (tmp_path / "net" / "nodes.csv", tmp_path / "net" / "edges.csv")
    net = export.network(g)
    with open(tmp_path / "net" / "nodes.csv", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(tmp_path / "net" / "edges.csv", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert list(nodes[0])[:3] == ["id", "label", "type"] and list(edges[0])[:4] == ["source", "target", "relation", "weight"]
    assert [n["id"] for n in nodes] == list(net.nodes)
    assert {n["id"]: n["label"] for n in nodes}["org/nids"] == "National Institute for Defense Studies"
    assert len(edges) == net.number_of_edges()
    jp_kr = next(e for e in edges if (e["source"], e["target"], e["relation"]) == ("country/JP", "country/KR", "cooperation"))
    assert (jp_kr["weight"], jp_kr["type"]) == ("2", "Undirected")
    assert {e["type"] for e in edges if e["relation"] == "affiliation"} == {"Directed"}


# --- determinism, errors, CLI ---

def test_the_same_graph_gives_the_same_bytes_whatever_the_hash_seed(tmp_path):
    src = tmp_path / "g.ttl"
    src.write_bytes(corpus().serialize(format="turtle", encoding="utf-8"))
    script = ("import sys; from pathlib import Path; from kg import export, query\n"
              "g = query.load([sys.argv[1]]); out = Path(sys.argv[2]); out.mkdir()\n"
              "for f in export.FORMATS:\n"
              "    export.export(g, f, out / ('csv' if f == 'csv' else 'g.' + f))\n")
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", script, str(src), str(tmp_path / seed)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
    files = sorted(p.relative_to(tmp_path / "1") for p in (tmp_path / "1").rglob("*") if p.is_file())
    assert len(files) == len(export.FORMATS) + 1
    for f in files:
        assert (tmp_path / "1" / f).read_bytes() == (tmp_path / "2" / f).read_bytes(), f


def test_format_from_suffix_and_errors(g, tmp_path):
    assert export.format_of("x/graph.TTL") == "turtle" and export.format_of("a.gexf") == "gexf"
    with pytest.raises(KGError, match=r"x\.owl: cannot tell the format from the suffix"):
        export.format_of("x.owl")
    with pytest.raises(KGError, match="unknown export format 'dot'"):
        export.export(g, "dot", tmp_path / "g.dot")
    with pytest.raises(KGError, match=f"^{tmp_path / 'none'}: no such folder$"):
        export.export(g, "turtle", tmp_path / "none" / "g.ttl")
    (tmp_path / "file").write_text("x")
    with pytest.raises(KGError, match="not a folder"):
        export.export(g, "csv", tmp_path / "file")


def test_cli_formats_match_the_library():
    assert EXPORT_FORMATS == export.FORMATS


def test_cli_export(tmp_path, g):
    src = tmp_path / "g.ttl"
    src.write_bytes(g.serialize(format="turtle", encoding="utf-8"))
    runner = CliRunner()
    r = runner.invoke(cli, ["export", "--graph", str(src), "--out", str(tmp_path / "out.trig")])
    assert r.exit_code == 0, r.output
    assert r.output == f"{len(g)} triples in 2 named graph(s) -> {tmp_path / 'out.trig'}\n"
    r = runner.invoke(cli, ["export", "--graph", str(src), "--format", "csv", "--out", str(tmp_path / "net")])
    assert r.exit_code == 0 and r.output.endswith(f"-> {tmp_path / 'net' / 'nodes.csv'}, {tmp_path / 'net' / 'edges.csv'}\n")
    r = runner.invoke(cli, ["export", "--graph", str(src), "--out", str(tmp_path / "out.owl")])
    assert r.exit_code == 1 and r.output.startswith(f"Error: {tmp_path / 'out.owl'}: cannot tell the format")
    r = runner.invoke(cli, ["export", "--graph", str(tmp_path / "none.ttl"), "--out", str(tmp_path / "x.ttl")])
    assert r.exit_code == 1 and r.output == f"Error: {tmp_path / 'none.ttl'}: no such graph file\n"


def test_cli_help():
    r = CliRunner().invoke(cli, ["export", "--help"])
    assert r.exit_code == 0 and "Usage: " in r.output
    assert all(f in r.output for f in export.FORMATS) and "named graph per" in r.output
