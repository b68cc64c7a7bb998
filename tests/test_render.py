"""kg.render without a browser: offline, escaped, linear, deterministic; `kg render`.
tests/test_browser.py opens the same pages in headless Chromium."""
from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest
from click.testing import CliRunner
from pyvis.network import Network

from kg import analysis, rdf, render, store
from kg.cli import cli
from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, Relation
from test_analysis import ANN, AV, BO, CA, CHEN, FR, TITLE, world

PAYLOADS = ("</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>')


def payload_world() -> Extraction:
    """Names, aliases, a title, a role, a cue, quotes and sentences that are all HTML injections."""
    p0, p1, p2 = PAYLOADS
    return Extraction(
        Article("evil.txt", "...", "e" * 64, title=p1),
        entities=(Entity("person/evil", "Person", p0, (p2,)), Entity("org/evil", "Organization", p1),
                  Entity("country/AV", "Country", "Avalon", (p2,), "AV"), Entity("country/BO", "Country", p2, (), "BO")),
        affiliations=(Affiliation("person/evil", "org/evil", p1, Evidence(0, 60, f"{p0} leads {p1}")),),
        claims=(Claim("person/evil", p0 + p1, "direct", 100, 140, Evidence(100, 160, f"{p1} said {p0}"),
                      ("country/AV", "country/BO")),),
        relations=(Relation("country/AV", "country/BO", "tension", p2, "hostileTo", Evidence(200, 260, p0)),))


class Page(HTMLParser):
    """Tags, URL attributes and script bodies of a page."""

    def __init__(self, text: str):
        super().__init__()
        self.tags, self.urls, self.scripts, self._in = [], [], [], None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("src", "href", "action", "data") and v]
        self._in = (tag, dict(attrs)) if tag == "script" else None

    def handle_data(self, data):
        if self._in:
            self.scripts.append((self._in[1].get("type"), data))

    def handle_endtag(self, tag):
        self._in = None


def data_of(page: str) -> dict:
    (body,) = [s for t, s in Page(page).scripts if t == "application/json"]
    return json.loads(body)


@pytest.fixture(scope="module")
def a():
    return analysis.analyze(rdf.graph([world()]))


@pytest.fixture(scope="module")
def evil():
    return analysis.analyze(rdf.graph([payload_world()]))


def test_page_is_self_contained_and_offline(a):
    page = render.html(a)
    parsed = Page(page)
    assert parsed.urls == [] and "link" not in parsed.tags and "iframe" not in parsed.tags
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", page, re.I)
    assert [t for t, _ in parsed.scripts] == ["application/json", None, None]
    assert "vis.Network" in parsed.scripts[2][1] and len(parsed.scripts[1][1]) > 400_000  # vis-network inline


def test_csp_allows_only_the_page_scripts_and_no_connections(a):
    page = render.html(a)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1).replace("&#39;", "'")
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
              for t, body in Page(page).scripts if t is None}
    assert re.search(r"script-src ([^;]+);", csp).group(1).split() == sorted(hashes, key=csp.index)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split(";")[1]


def test_render_writes_one_file_and_never_shows(a, tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("pyvis method must not be used")

    for name in ("show", "write_html", "save_graph", "add_node", "add_edge", "from_nx"):
        monkeypatch.setattr(Network, name, boom)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    drawn = render.write_html(a, tmp_path / "out" / "graph.html")
    assert list(work.iterdir()) == [] and [p.name for p in (tmp_path / "out").iterdir()] == ["graph.html"]
    assert (drawn["nodes"], drawn["edges"]) == (len(a.graph), a.graph.number_of_edges())


def test_untrusted_text_travels_as_data_only(evil):
    page = render.html(evil)
    ours = page.replace(render._assets()["vis_js"], "")  # the library's own code mentions tags in strings
    for p in PAYLOADS:
        assert p not in page
    assert "<img" not in ours and "<svg" not in ours and ours.count("<script") == 3
    data = data_of(page)
    assert {n["label"] for n in data["nodes"]} == {"Avalon", *PAYLOADS}
    texts = " ".join(a for n in data["nodes"] for a in n["aliases"]) + " ".join(e["info"] for e in data["edges"]) \
        + " ".join(c["t"] for c in data["claims"]) + " ".join(t for t, _, _ in data["articles"])
    assert all(p in texts for p in PAYLOADS)
    assert "&lt;img src=x onerror=alert(1)&gt;</option>" in page  # the article filter names it as text


def test_nodes_and_edges_follow_the_analysis(a):
    data = data_of(render.html(a))
    G = a.graph
    assert [n["id"] for n in data["nodes"]] == sorted(G)
    assert sorted(e["id"] for e in data["edges"]) == sorted(f"{u}|{v}|{k}" for u, v, k in G.edges(keys=True))
    by = {n["id"]: n for n in data["nodes"]}
    assert {by[n]["color"] for n in G if G.nodes[n]["type"] == "Country"} == {render.TYPE_COLORS["Country"]}
    pr = sorted(G, key=lambda n: a.metrics[n]["pagerank"])
    assert by[pr[-1]]["size"] > by[pr[0]]["size"]
    edges = {e["id"]: e for e in data["edges"]}
    assert edges[f"{AV}|{CA}|tension"]["color"] == "#d62728" and edges[f"{AV}|{BO}|cooperation"]["color"] == "#2ca02c"
    assert "smooth" not in edges[f"{AV}|{CA}|cooperation"]  # the second edge of a pair curves away
    assert edges[f"{AV}|{CA}|tension"]["smooth"] == {"enabled": True, "type": "curvedCW", "roundness": 0.2}
    claim = next(e for e in data["edges"] if e["relation"] == "claim-mentions")
    assert claim["dashes"] is True and claim["arrows"] == "to"
    info = edges[f"{AV}|{BO}|cooperation"]["info"].splitlines()
    assert info[0] == "Avalon — Borduria: cooperation · alliance · cue: alliance, allied"
    assert info[2].startswith("• “Avalon allied with Borduria.” — Harbour Watch") and info[2].endswith(" · 500–528")
    assert (by[AV]["rank"], by[AV]["iso"], by[AV]["about"], by[AV]["by"]) == (1, "AV", 1, 0)
    assert (by[ANN]["by"], by[ANN]["about"], by[ANN]["aliases"], by[ANN]["mentions"]) == (2, 0, ["Lee"], 1)
    assert by[FR]["lone"] is True and by[FR]["hidden"] is True and "lone" not in by[AV]
    assert data["articles"] == [[TITLE, "", "news/harbour.txt"]] and by[AV]["seen"] == [0]
    assert all(e["seen"] == [0] for e in data["edges"])
    assert data["physics"] is True and data["options"]["layout"]["randomSeed"] == 0


def test_claims_come_with_their_article_and_offsets(a):
    data = data_of(render.html(a))
    assert [(c["s"], c["t"], c["a"], c["b"], c["m"]) for c in data["claims"]] == [
        (ANN, "Borduria and Carpania must talk", 0, int(data["claims"][0]["b"]), [BO, CA]),
        (ANN, "Carpania is a threat", 0, int(data["claims"][1]["b"]), [CA]),
        (CHEN, "Avalon stands with Borduria", 0, int(data["claims"][2]["b"]), [AV, BO])]
    assert [c["b"] for c in data["claims"]] == sorted(c["b"] for c in data["claims"])
    assert all(c["e"] > c["b"] >= 0 for c in data["claims"]) and data["claimsLeftOut"] == 0


def test_article_dates_feed_the_date_filter():
    ex = world()
    dated = dataclasses.replace(ex, article=dataclasses.replace(ex.article, date="2024-01-18"))
    other = dataclasses.replace(world(), article=Article("news/b.txt", "...", "d" * 64, title="Borduria daily",
                                                         date="2023-11-06"))
    page = render.html(analysis.analyze(rdf.graph([dated, other])))
    data = data_of(page)
    assert data["articles"] == [["Borduria daily", "2023-11-06", "news/b.txt"], [TITLE, "2024-01-18", "news/harbour.txt"]]
    assert 'id="kg-since" min="2023-11-06" max="2024-01-18"' in page
    assert "<option value=\"0\">2023-11-06 · Borduria daily</option>" in page
    info = {e["id"]: e["info"] for e in data["edges"]}[f"{AV}|{BO}|cooperation"]
    assert "— 2023-11-06 · Borduria daily · " in info and "— 2024-01-18 · Harbour Watch" in info


def test_edge_evidence_shows_five_and_counts_the_rest():
    ex = world()
    more = tuple(Relation(AV, BO, "cooperation", "allied", "alliedWith", Evidence(9000 + 10 * i, 9005 + 10 * i,
                                                                                   f"Avalon and Borduria, {i}."))
                 for i in range(5))
    a = analysis.analyze(rdf.graph([dataclasses.replace(ex, relations=ex.relations + more)]))
    edge = {e["id"]: e for e in data_of(render.html(a))["edges"]}[f"{AV}|{BO}|cooperation"]["info"].splitlines()
    assert edge[1] == "Evidence (7 sentences):" and len(edge) == 8 and edge[-1] == "… and 2 more"


def test_large_graphs_keep_the_top_actors_and_say_so(a):
    page = render.html(a, max_nodes=4)
    data = data_of(page)
    top = sorted(a.metrics, key=lambda n: -a.metrics[n]["pagerank"])[:4]
    assert sorted(n["id"] for n in data["nodes"]) == sorted(top)
    assert all(e["from"] in top and e["to"] in top for e in data["edges"])
    kept = sum(1 for u, v in a.graph.edges() if u in top and v in top)
    assert f"Showing the top 4 of 9 actors by PageRank and the {kept} of 14 edges among them" in page


def test_layout_is_precomputed_above_the_physics_limit(a):
    page = render.html(a, physics_max=3)
    data = data_of(page)
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert "Layout precomputed for 9 actors" in page
    assert page == render.html(analysis.analyze(rdf.graph([world()])), physics_max=3)


def test_layout_packs_communities_without_overlap():
    G = nx.Graph()
    groups = [[f"g{g}n{i:03}" for i in range(size)] for g, size in enumerate((400, 50, 5, 1))]
    for members in groups:
        G.add_nodes_from(members)
        G.add_edges_from(zip(members, members[1:]))
    pos = render.layout(G, groups, seed=0)
    assert set(pos) == set(G) and pos == render.layout(G, groups, seed=0)
    boxes = [(min(pos[n][0] for n in m), max(pos[n][0] for n in m), min(pos[n][1] for n in m),
              max(pos[n][1] for n in m)) for m in groups]
    for i, b in enumerate(boxes):
        for c in boxes[i + 1:]:
            assert b[1] < c[0] or c[1] < b[0] or b[3] < c[2] or c[3] < b[2]


def test_same_analysis_same_page(a):
    assert render.html(a) == render.html(analysis.analyze(rdf.graph([world()])))


def test_empty_graph_renders():
    data = data_of(render.html(analysis.analyze(rdf.new_graph())))
    assert (data["nodes"], data["edges"], data["physics"]) == ([], [], False)


def test_cli_render(tmp_path):
    store.save(rdf.graph([world()]), tmp_path / "graph.ttl")
    r = CliRunner().invoke(cli, ["render", "--graph", str(tmp_path / "graph.ttl"), "--out", str(tmp_path),
                                 "--max-nodes", "5"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("5 of 9 actors and ") and "physics layout -> " in r.output
    assert (tmp_path / "graph.html").is_file()
    bad = CliRunner().invoke(cli, ["render", "--graph", str(tmp_path / "graph.ttl"), "--max-nodes", "0"])
    assert bad.exit_code == 2
