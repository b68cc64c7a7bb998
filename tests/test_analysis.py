"""kg.actors and kg.analysis on a hand-made world (no spaCy): projection, measures, signed view, paths; `kg path`."""
from __future__ import annotations

import copy
import pickle

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg import actors, analysis, rdf, store
from kg.cli import cli
from kg.errors import AnalysisError
from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, PartOf, Relation
from kg.vocab import SA, iri

AV, BO, CA, DO, EL, FR = (f"country/{c}" for c in ("AV", "BO", "CA", "DO", "EL", "FR"))
ANN, CHEN, COUNCIL = "person/ann-lee", "person/bo-chen", "org/avalon-council"
TITLE = "Harbour Watch"
_offset = iter(())


def ev(text: str) -> Evidence:
    start = next(_offset)
    return Evidence(start, start + len(text), text)


def rel(a: str, b: str, type_: str, subtype: str | None, text: str) -> Relation:
    return Relation(min(a, b), max(a, b), type_, text.split()[1], subtype, ev(text))


def world() -> Extraction:
    """Two blocs ({Avalon, Borduria} and {Carpania, Dorland, Eldorado}), a contested pair, claims."""
    global _offset
    _offset = iter(range(0, 10_000, 100))  # each sentence at its own offset, the same on every call
    countries = [Entity(k, "Country", n, (), k[-2:]) for k, n in
                 ((AV, "Avalon"), (BO, "Borduria"), (CA, "Carpania"), (DO, "Dorland"), (EL, "Eldorado"),
                  (FR, "Freedonia"))]
    return Extraction(
        Article("news/harbour.txt", "...", "c" * 64, title=TITLE),
        entities=(*countries, Entity(ANN, "Person", "Ann Lee", ("Lee",)), Entity(CHEN, "Person", "Bo Chen"),
                  Entity(COUNCIL, "Organization", "Avalon Council")),
        affiliations=(Affiliation(ANN, COUNCIL, "chair", ev("Ann Lee chairs the Avalon Council.")),),
        parts=(PartOf(COUNCIL, AV, ev("Avalon's council met.")),),
        claims=(Claim(ANN, "Borduria and Carpania must talk", "direct", 5000, 5030,
                      ev("Lee said: Borduria and Carpania must talk."), (BO, CA)),
                Claim(ANN, "Carpania is a threat", "indirect", 5100, 5120, ev("Lee said Carpania is a threat."), (CA,)),
                Claim(CHEN, "Avalon stands with Borduria", "direct", 5200, 5227,
                      ev("Chen: Avalon stands with Borduria."), (AV, BO))),
        relations=(rel(AV, BO, "cooperation", "alliedWith", "Avalon allied with Borduria."),
                   rel(AV, BO, "cooperation", "alliedWith", "Avalon's alliance with Borduria holds."),
                   rel(AV, CA, "tension", "rivalOf", "Avalon rivals Carpania."),
                   rel(AV, CA, "tension", "rivalOf", "Avalon's rivalry with Carpania grew."),
                   rel(AV, CA, "cooperation", None, "Avalon cooperates with Carpania on fish."),
                   rel(BO, CA, "tension", "hostileTo", "Borduria threatened Carpania."),
                   rel(AV, DO, "cooperation", "agreementWith", "Avalon signed with Dorland."),
                   rel(CA, DO, "cooperation", "partnersWith", "Carpania partners with Dorland."),
                   rel(CA, EL, "cooperation", "exercisesWith", "Carpania exercises with Eldorado."),
                   rel(DO, EL, "cooperation", None, "Dorland supports Eldorado.")),
    )


@pytest.fixture(scope="module")
def g():
    return rdf.graph([world()])


@pytest.fixture(scope="module")
def G(g):
    return actors.actor_graph(g)


@pytest.fixture(scope="module")
def texts(g):
    with actors.read(g)[1] as index:
        yield index


@pytest.fixture(scope="module")
def a(g):
    return analysis.analyze(g)


def test_actors_are_nodes_with_type_label_aliases_iso(G):
    assert sorted(G) == sorted([AV, BO, CA, DO, EL, FR, ANN, CHEN, COUNCIL])
    assert G.nodes[ANN] == {"type": "Person", "label": "Ann Lee", "aliases": "Lee", "iri": str(iri(ANN)),
                            "articles": 1, "claims": 2}  # no "iso": Ann Lee has none
    assert (G.nodes[AV]["type"], G.nodes[AV]["iso"], G.nodes[AV]["claims"]) == ("Country", "AV", 0)
    assert G.graph == {"claims": 3, "articles": 1, "unevidenced": 0}


def test_typed_edges_weighted_by_evidence(G):
    weights = {(u, v, k): d["weight"] for u, v, k, d in G.edges(keys=True, data=True)}
    assert weights == {
        (AV, BO, "cooperation"): 2, (AV, CA, "cooperation"): 1, (AV, CA, "tension"): 2,
        (BO, CA, "tension"): 1, (AV, DO, "cooperation"): 1, (CA, DO, "cooperation"): 1,
        (CA, EL, "cooperation"): 1, (DO, EL, "cooperation"): 1,
        (COUNCIL, AV, "part-of"): 1, (ANN, COUNCIL, "affiliation"): 1,
        (ANN, BO, "claim-mentions"): 1, (ANN, CA, "claim-mentions"): 2,
        (CHEN, AV, "claim-mentions"): 1, (CHEN, BO, "claim-mentions"): 1}


def test_edges_carry_roles_cues_kinds_and_claim_counts(G):
    allied = G[AV][BO]["cooperation"]
    assert allied == {"relation": "cooperation", "weight": 2, "roles": "", "cues": "alliance | allied",
                      "kinds": "alliance", "claims": 0, "signed_weight": 0.0}
    assert actors.listed(allied["cues"]) == ("alliance", "allied") and actors.listed(allied["roles"]) == ()
    assert G[ANN][COUNCIL]["affiliation"]["roles"] == "chair"
    assert (G[ANN][CA]["claim-mentions"]["claims"], G[ANN][CA]["claim-mentions"]["weight"]) == (2, 2)


def test_the_actor_graph_is_plain_data(G, tmp_path):
    plain = (str, int, float, bool)
    assert all(type(v) in plain for _, d in G.nodes(data=True) for v in d.values())
    assert all(type(v) in plain for *_, d in G.edges(keys=True, data=True) for v in d.values())
    assert all(type(v) in plain for v in G.graph.values())
    assert nx.utils.graphs_equal(pickle.loads(pickle.dumps(G)), G) and pickle.loads(pickle.dumps(G)).graph == G.graph
    copied = copy.deepcopy(G)
    assert nx.utils.graphs_equal(copied, G) and copied.graph == G.graph
    nx.write_graphml(G, tmp_path / "actors.graphml")
    back = nx.read_graphml(tmp_path / "actors.graphml")
    assert isinstance(back, nx.MultiDiGraph) and dict(back.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))
    assert {k: back.graph[k] for k in G.graph} == G.graph


def test_triples_without_evidence_are_counted_not_drawn(g):
    g2 = Graph()
    g2 += g
    g2.add((iri(FR), SA.cooperatesWith, iri(AV)))
    G2 = actors.actor_graph(g2)
    assert G2.graph["unevidenced"] == 1 and not G2.has_edge(AV, FR)


def test_degree_pagerank_betweenness(G):
    assert analysis.degree(G)[AV] == 6 and analysis.weighted_degree(G)[AV] == 8
    assert analysis.degree(G)[FR] == 0
    pr = analysis.pagerank(G)
    assert sum(pr.values()) == pytest.approx(1.0)
    assert max(pr, key=pr.get) in (AV, CA)
    bc = analysis.betweenness(G)
    assert bc[FR] == 0 and bc[COUNCIL] > 0  # the council links Ann Lee to Avalon


def test_betweenness_samples_large_graphs_with_a_seed(monkeypatch):
    H = nx.MultiDiGraph()
    for i in range(30):
        H.add_edge(f"n{i:02}", f"n{i + 1:02}", key="cooperation", weight=1, relation="cooperation")
    exact = analysis.betweenness(H)
    monkeypatch.setattr(analysis, "EXACT_BETWEENNESS", 10)
    monkeypatch.setattr(analysis, "BETWEENNESS_K", 8)
    assert analysis.betweenness_samples(31) == 8
    one, two = analysis.betweenness(H, seed=1), analysis.betweenness(H, seed=1)
    assert one == two and one != exact
    assert analysis.betweenness(H, seed=2) != one


def test_communities_are_seeded_and_ordered(G):
    comms = analysis.communities(G, seed=0)
    assert comms == analysis.communities(G, seed=0)
    assert sorted(n for c in comms for n in c) == sorted(G)
    assert [len(c) for c in comms] == sorted((len(c) for c in comms), reverse=True)
    assert (FR,) in comms


def test_signed_view_blocs_and_balance(G):
    S = analysis.signed(G)
    assert S[AV][CA] == {"positive": 1, "negative": 2, "sign": -1}
    assert analysis.blocs(S) == ((CA, DO, EL), (AV, BO))
    b = analysis.balance(S)
    assert (b["triangles"], b["balanced"]) == (3, 2)
    assert b["unbalanced"] == [{"actors": (AV, CA, DO), "signs": (-1, 1, 1)}]


def test_signed_weights_weigh_each_sentence_by_its_event():
    """Two consultations (+1 each) do not outweigh one attack (-9): the pair is in tension, and the
    actor graph keeps the strongest weight of each relation."""
    global _offset
    _offset = iter(range(0, 1000, 100))
    pair = (Entity(AV, "Country", "Avalon", (), "AV"), Entity(BO, "Country", "Borduria", (), "BO"))
    weighed = Extraction(Article("news/w.txt", "...", "d" * 64), entities=pair, relations=(
        Relation(AV, BO, "cooperation", "met", "partnersWith", ev("Avalon met Borduria."), "consult", 1.0),
        Relation(AV, BO, "cooperation", "talks", "partnersWith", ev("Avalon held talks with Borduria."),
                 "consult", 1.0),
        Relation(AV, BO, "tension", "attacked", "hostileTo", ev("Avalon attacked Borduria."), "attack", -9.0)))
    H = actors.actor_graph(rdf.graph([weighed]))
    assert (H[AV][BO]["cooperation"]["signed_weight"], H[AV][BO]["tension"]["signed_weight"]) == (1.0, -9.0)
    S = analysis.signed(H)
    assert S[AV][BO]["positive"] == pytest.approx(0.2) and S[AV][BO]["negative"] == pytest.approx(0.9)
    assert S[AV][BO]["sign"] == -1 and analysis.blocs(S) == ()


def test_even_evidence_gives_no_sign():
    H = nx.MultiDiGraph()
    H.add_edge("a", "b", key="cooperation", weight=1)
    H.add_edge("a", "b", key="tension", weight=1)
    assert analysis.signed(H)["a"]["b"]["sign"] == 0


def test_analyze_puts_it_together(a):
    assert a.metrics[AV]["bloc"] == 2 and a.metrics[EL]["bloc"] == 1 and a.metrics[FR]["bloc"] is None
    assert a.metrics[AV]["community"] >= 1 and a.betweenness_k is None
    assert set(a.metrics[AV]) == {"degree", "weighted_degree", "pagerank", "betweenness", "community", "bloc"}


def test_analyze_an_empty_graph():
    a = analysis.analyze(rdf.new_graph())
    assert (a.metrics, a.communities, a.blocs, a.balance["triangles"]) == ({}, (), (), 0)


@pytest.mark.parametrize("name, key", [("Ann Lee", ANN), ("ann lee", ANN), ("Lee", ANN), ("av", AV),
                                       ("Avalon", AV), (COUNCIL, COUNCIL)])
def test_find_by_label_alias_iso_or_key(G, name, key):
    assert analysis.find(G, name) == key


def test_find_explains_unknown_and_ambiguous_names():
    H = nx.MultiDiGraph()
    H.add_node("a", label="Georgia", aliases="", iso="GE")
    H.add_node("b", label="Georgia", aliases="Sakartvelo")
    with pytest.raises(AnalysisError, match="ambiguous: Georgia \\(a\\), Georgia \\(b\\)"):
        analysis.find(H, "georgia")
    with pytest.raises(AnalysisError, match="no actor named 'Gorgia'; did you mean Georgia"):
        analysis.find(H, "Gorgia")


def test_path_hops_name_their_edges_for_the_sentences(G, texts):
    hops = analysis.path(G, ANN, DO)
    assert [(h["from"], h["relation"], h["to"]) for h in hops] == [(ANN, "claim-mentions", CA),
                                                                   (CA, "cooperation", DO)]
    assert hops[0]["edge"] == (ANN, CA, "claim-mentions")
    assert [s.text for s in texts.edge_sentences(*hops[0]["edge"])] == [
        "Lee said: Borduria and Carpania must talk.", "Lee said Carpania is a threat."]
    (back,) = analysis.path(G, COUNCIL, ANN)
    assert back["relation"] == "affiliation" and not back["forward"] and back["roles"] == "chair"
    assert back["edge"] == (ANN, COUNCIL, "affiliation")


def test_path_prefers_the_best_evidenced_relation_and_reports_direction(G):
    (hop,) = analysis.path(G, CA, AV)
    assert hop["relation"] == "tension" and not hop["forward"]  # stored AV -> CA, walked CA -> AV


def test_no_path_and_same_actor_are_errors(G):
    with pytest.raises(AnalysisError, match="no evidence path between Freedonia and Avalon"):
        analysis.path(G, FR, AV)
    with pytest.raises(AnalysisError, match="same actor"):
        analysis.path(G, AV, AV)


def test_cli_path(g, tmp_path):
    store.save(g, tmp_path / "graph.ttl")
    run = CliRunner().invoke
    r = run(cli, ["path", "avalon council", "Dorland", "--graph", str(tmp_path / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == [
        "Avalon Council --part-of--> Avalon",
        f"    “Avalon's council met.” ({TITLE}, {G_start(g, 'Avalon' + chr(39) + 's council')})",
        "Avalon --cooperation-- Dorland",
        f"    “Avalon signed with Dorland.” ({TITLE}, {G_start(g, 'Avalon signed')})"]
    r = run(cli, ["path", "Avalon Council", "lee", "--graph", str(tmp_path / "graph.ttl")])
    assert r.output.splitlines()[0] == "Avalon Council <--affiliation (chair)-- Ann Lee"
    bad = run(cli, ["path", "Nowhere", "Avalon", "--graph", str(tmp_path / "graph.ttl")])
    assert bad.exit_code == 1 and bad.output == "Error: no actor named 'Nowhere'\n"
    assert run(cli, ["path", "--help"]).exit_code == 0


def G_start(g, prefix: str) -> str:
    """'start–end' of the evidence sentence that begins with prefix."""
    for ev in g.subjects(SA.sentence, None):
        if str(g.value(ev, SA.sentence)).startswith(prefix):
            return f"{g.value(ev, SA.start)}–{g.value(ev, SA.end)}"
    raise AssertionError(prefix)


def _whole(G: nx.MultiDiGraph) -> tuple:
    return sorted(G.nodes(data=True)), sorted(G.edges(keys=True, data=True)), G.graph


def test_a_graph_file_is_streamed_and_projects_as_in_memory(g, G, tmp_path):
    from kg import turtle

    lines = sorted({" ".join(t) for t in rdf.triples([world()])})
    turtle.write(lines, tmp_path / "graph.ttl")
    (tmp_path / "shuffled.nt").write_text("".join(f"{line} .\n" for line in reversed(lines)), "utf-8")
    for graph in (tmp_path / "graph.ttl", store.load_native(tmp_path / "graph.ttl"), tmp_path / "shuffled.nt"):
        assert _whole(actors.actor_graph(graph)) == _whole(G)
