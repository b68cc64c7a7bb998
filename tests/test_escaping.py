"""Hostile strings survive every way out of the graph unchanged.

Quotes, backslashes, line breaks, markup and script injections, emoji with ZWJ sequences,
right-to-left text with U+202E and control characters are used as actor names, aliases, role
titles, claim texts, relation cues, evidence sentences and article titles of hand-made records.
Each must come back identical from Turtle (rdflib and pyoxigraph), every RDF export, JSON-LD, CSV,
GraphML and GEXF, and appear as text, running nothing, in the HTML explorer in headless Chromium.

What does not survive, by design:
- GraphML and GEXF are XML 1.0, which cannot carry U+0000-U+001F (but tab, newline and carriage
  return), U+FFFE or U+FFFF: each such character becomes U+FFFD.
- The explorer shows claim texts, evidence sentences and article titles on one line (runs of
  whitespace collapsed) and cut to a length; names, aliases, roles and cues are shown whole.
"""
from __future__ import annotations

import csv
import hashlib
import json

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from test_browser import TRAP, Visit, browser  # noqa: F401  (browser: the shared Chromium fixture)

from kg import analysis, rdf, render, store
from kg.cli import cli
from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, Relation
from kg.vocab import SA

HOSTILE = {
    "quotes": 'He said "no", \'yes\', “curly” and ”wrong-way“ «guillemets»',
    "backslashes": 'C:\\path\\to\\new \\n \\t \\\\ \\" \\u0041 \\U0001F6F0 ends in \\',
    "newlines": "line one\nline two\r\nline three\rfour\tafter a tab",
    "markup": "a < b && c > d; &amp; &lt;b&gt; ]]> <!-- no --> <![CDATA[ x ]]>",
    "script": "</script><script>alert(1)</script>",
    "img": "<img src=x onerror=alert(1)>",
    "svg": '"><svg onload=alert(1)>\'><iframe src=javascript:alert(1)>',
    "emoji": "🛰️ satellite, 👩‍🚀 astronaut, 👨‍👩‍👧‍👦 family, 🏳️‍🌈 flag, 🇯🇵 Japan",
    "rtl": "وزارة الدفاع \u202eevil\u202c משרד הביטחון \u200f!",
}
CONTROLS = ("nul\x00 bell\x07 vt\x0b ff\x0c esc\x1b fs\x1c del\x7f nel\x85 ls\u2028 ps\u2029 "
            "bom\ufeff nonchar\uffff")
STRINGS = {**HOSTILE, "controls": CONTROLS}
COUNTRIES = (Entity("country/AV", "Country", "Avalon", (), "AV"), Entity("country/BO", "Country", "Borduria", (), "BO"))


def xml_char(c: str) -> bool:
    """XML 1.0's Char production."""
    return c in "\t\n\r" or " " <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c >= "\U00010000"


def in_xml(s: str) -> str:
    """What GraphML and GEXF can carry of ``s``: every other character becomes U+FFFD."""
    return "".join(c if xml_char(c) else "\ufffd" for c in s)


def one_line(s: str) -> str:
    return " ".join(s.split())


def article(name: str, s: str) -> Extraction:
    """One article whose every free text is ``s``: the person's name, the organisation's alias, the
    role, the claim, the relation cue, the evidence sentence and the article title."""
    person, org = f"person/p-{name}", f"org/o-{name}"
    sentence = Evidence(0, len(s), s)
    return Extraction(
        Article(f"{name}.txt", "...", hashlib.sha256(name.encode()).hexdigest(), title=s),
        entities=(Entity(person, "Person", s), Entity(org, "Organization", f"Institute {name}", (s,)), *COUNTRIES),
        affiliations=(Affiliation(person, org, s, sentence),),
        claims=(Claim(person, s, "direct", 0, len(s), sentence, (org, "country/AV")),),
        relations=(Relation("country/AV", "country/BO", "cooperation", s, "alliedWith", sentence),))


def world() -> Graph:
    return rdf.graph([article(name, s) for name, s in STRINGS.items()])


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("escaping") / "graph.ttl"
    store.save(world(), path)
    return path


def texts(g: Graph) -> dict[str, set[str]]:
    """Every free text of the graph by where it sits."""
    return {"label": {str(o) for s, o in g.subject_objects(RDFS.label) if "/person/" in s},
            "alias": set(map(str, g.objects(None, SKOS.altLabel))),
            "role": set(map(str, g.objects(None, SA.role))), "claim": set(map(str, g.objects(None, SA.text))),
            "cue": set(map(str, g.objects(None, SA.cue))), "sentence": set(map(str, g.objects(None, SA.sentence))),
            "title": set(map(str, g.objects(None, DCTERMS.title)))}


def test_the_records_carry_every_string_everywhere():
    assert texts(world()) == {k: set(STRINGS.values()) for k in texts(world())}


def from_oxigraph(path, fmt: ox.RdfFormat) -> set:
    """The triples (of every graph) as pyoxigraph, independent of rdflib, parses them; rdflib terms."""
    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        plain = t.language or t.datatype.value == str(XSD.string)
        return Literal(t.value, lang=t.language, datatype=None if plain else URIRef(t.datatype.value))

    return {(term(q.subject), term(q.predicate), term(q.object)) for q in ox.parse(path=str(path), format=fmt)}


# --- RDF ---

def test_turtle_round_trips_in_rdflib_and_oxigraph(graph_file):
    g = world()
    back = Graph().parse(graph_file, format="turtle")
    assert set(back) == set(g)
    assert texts(back) == texts(g)
    assert from_oxigraph(graph_file, ox.RdfFormat.TURTLE) == set(g)
    assert store.load(graph_file).serialize(format="turtle") == g.serialize(format="turtle")


RDF_EXPORTS = {"g.ttl": ("turtle", ox.RdfFormat.TURTLE), "g.nt": ("nt", ox.RdfFormat.N_TRIPLES),
               "g.nq": ("nquads", ox.RdfFormat.N_QUADS), "g.trig": ("trig", ox.RdfFormat.TRIG),
               "g.jsonld": ("json-ld", ox.RdfFormat.JSON_LD)}


@pytest.mark.parametrize("name", RDF_EXPORTS)
def test_rdf_exports_round_trip(graph_file, tmp_path, name):
    r = CliRunner().invoke(cli, ["export", "--graph", str(graph_file), "--out", str(tmp_path / name)])
    assert r.exit_code == 0, r.output
    fmt, ox_fmt = RDF_EXPORTS[name]
    back = Dataset()
    back.parse(tmp_path / name, format=fmt)
    union = {t for c in back.graphs() for t in c}
    assert union == set(world())
    assert from_oxigraph(tmp_path / name, ox_fmt) == set(world())


def test_jsonld_values_are_the_strings(graph_file, tmp_path):
    CliRunner().invoke(cli, ["export", "--graph", str(graph_file), "--out", str(tmp_path / "g.jsonld")])
    nodes = {n["@id"]: n for n in json.loads((tmp_path / "g.jsonld").read_text("utf-8"))["@graph"]}
    for name, s in STRINGS.items():
        assert nodes[f"id:person/p-{name}"]["label"] == s
        assert nodes[f"id:org/o-{name}"]["altLabel"] == s
        art = next(n for n in nodes.values() if n.get("sourcePath") == f"{name}.txt")
        assert art["title"] == s
        [claim] = [n for n in nodes.values() if n.get("claimant") == f"id:person/p-{name}"]
        [statement] = [n for n in nodes.values() if n.get("subject") == f"id:person/p-{name}"]
        assert claim["text"] == s and statement["role"] == s
    [relation] = [n for n in nodes.values() if n.get("predicate") == "cooperatesWith"]
    assert sorted(relation["cue"]) == sorted(STRINGS.values())


# --- the actor network ---

def test_csv_reads_back_the_same_strings(graph_file, tmp_path):
    r = CliRunner().invoke(cli, ["export", "--graph", str(graph_file), "--format", "csv", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    with open(tmp_path / "nodes.csv", newline="", encoding="utf-8") as f:
        nodes = {row["id"]: row for row in csv.DictReader(f)}
    with open(tmp_path / "edges.csv", newline="", encoding="utf-8") as f:
        edges = {(row["source"], row["target"], row["relation"]): row for row in csv.DictReader(f)}
    for name, s in STRINGS.items():
        assert nodes[f"person/p-{name}"]["label"] == s
        assert nodes[f"org/o-{name}"]["aliases"] == s
        assert edges[(f"person/p-{name}", f"org/o-{name}", "affiliation")]["roles"] == s
    assert edges[("country/AV", "country/BO", "cooperation")]["cues"] == " | ".join(sorted(STRINGS.values()))


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_the_same_strings(graph_file, tmp_path, fmt, read):
    out = tmp_path / f"g.{fmt}"
    r = CliRunner().invoke(cli, ["export", "--graph", str(graph_file), "--out", str(out)])
    assert r.exit_code == 0, r.output
    G = read(out)
    roles = {(u, v): d["roles"] for u, v, d in G.edges(data=True) if d["relation"] == "affiliation"}
    for name, s in HOSTILE.items():
        assert G.nodes[f"person/p-{name}"]["label"] == s
        assert G.nodes[f"org/o-{name}"]["aliases"] == s
        assert roles[(f"person/p-{name}", f"org/o-{name}")] == s
    # control characters XML 1.0 cannot carry become U+FFFD; the others (tab, DEL, NEL, U+2028, BOM) stay
    expected = in_xml(CONTROLS)
    assert expected.count("\ufffd") == 7 and "\x7f" in expected and "\u2028" in expected
    assert G.nodes["person/p-controls"]["label"] == expected
    assert roles[("person/p-controls", "org/o-controls")] == expected


# --- the explorer in headless Chromium ---

WATCH = TRAP + """
(() => { window.__added = []; const seen = new WeakSet();
  new MutationObserver(records => { for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType !== 1) continue;
    for (const e of [n, ...n.querySelectorAll("*")]) {
      if (seen.has(e)) continue;
      seen.add(e);
      window.__added.push([e.tagName, [...e.attributes].map(a => a.name).filter(a => a.startsWith("on")).join()]);
    }
  } }).observe(document, {childList: true, subtree: true}); })();"""


class Watched(Visit):
    """A page load with the usual traps, plus a record of every element added to the DOM."""

    def __init__(self, context, path):
        context.add_init_script(WATCH)
        super().__init__(context, path)


@pytest.fixture(scope="module")
def explorer(browser, graph_file, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("explorer")
    r = CliRunner().invoke(cli, ["render", "--graph", str(graph_file), "--out", str(out)])
    assert r.exit_code == 0, r.output
    page = (out / "graph.html").read_text("utf-8")
    v = Watched(browser, out / "graph.html")
    yield v, page, render.network(analysis.analyze(store.load(graph_file)))
    v.close()


def test_the_page_source_holds_no_live_markup(explorer):
    _, page, _ = explorer
    assert page.count("</script>") == 3 and "<img" not in page and "<svg" not in page and "<iframe" not in page
    assert "\u202e" in page and "👨‍👩‍👧‍👦" in page  # non-ASCII text is kept as it is, only markup is escaped


def test_the_page_holds_the_exact_strings(explorer):
    v, _, _ = explorer
    data = v.js("JSON.parse(document.getElementById('kg-data').textContent)")
    shown = v.js("kgExplorer.nodes.get().map(n => [n.id, n.label])")
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    for name, s in STRINGS.items():
        assert labels[f"person/p-{name}"] == s
        assert s in {a for n in data["nodes"] for a in n["aliases"]}
    assert dict(shown) == labels
    options = v.js("[...document.querySelectorAll('#kg-article option')].map(o => o.textContent)")
    for s in HOSTILE.values():  # the article filter names each article by its title, as text
        assert one_line(s) in {one_line(o) for o in options}
    roles = {e["from"]: e["info"] for e in v.js("kgExplorer.edges.get()") if e["relation"] == "affiliation"}
    for name, s in STRINGS.items():
        assert f"role: {s}" in roles[f"person/p-{name}"]


SAFE_TAGS = {"H3", "P", "SECTION", "OL", "LI", "B", "SPAN", "DIV", "BUTTON"}


def test_details_show_each_actor_as_text(explorer):
    v, _, _ = explorer
    for name, s in STRINGS.items():
        person, org = f"person/p-{name}", f"org/o-{name}"
        v.js("id => kgExplorer.select(id)", person)
        assert v.js("document.querySelector('#kg-details .kg-name').textContent") == s  # the name, whole
        claim = v.js("document.querySelector('#kg-details li').textContent")
        assert claim.startswith(f"“{one_line(s)}” (direct)")  # the claim, on one line
        assert s in claim  # the article's title, whole
        v.js("id => kgExplorer.select(id)", org)
        assert f"Also: {s}" in v.js("document.getElementById('kg-details').textContent")  # the alias, whole
        tags = set(v.js("[...document.querySelectorAll('#kg-details *')].map(e => e.tagName)"))
        assert tags <= SAFE_TAGS
    v.js("kgExplorer.select(null)")


def test_an_edge_and_a_tooltip_show_text(explorer):
    v, _, net = explorer
    [edge] = [e for e in net.edges if e["relation"] == "cooperation"]
    for s in STRINGS.values():
        assert s in edge["info"]  # every cue, whole
    x, y = v.js("""id => { const n = kgExplorer.network, p = n.canvasToDOM(n.body.edges[id].edgeType.getPoint(0.5));
                           const r = document.getElementById("kg-network").getBoundingClientRect();
                           return [p.x + r.left, p.y + r.top]; }""", edge["id"])  # the middle of the (curved) edge
    v.page.mouse.click(x, y)
    assert v.js("document.getElementById('kg-details').textContent") == edge["info"]
    v.page.mouse.click(5, 5)  # outside the canvas: nothing selected
    x, y = v.point("person/p-img")
    v.page.mouse.move(x, y)
    v.page.wait_for_selector("#kg-tip", state="visible")
    tip = v.js("(() => { const t = document.getElementById('kg-tip'); return [t.textContent, t.children.length]; })()")
    assert tip[0].startswith(HOSTILE["img"]) and tip[1] == 0
    v.page.mouse.move(5, 5)


def test_no_script_ran_and_no_markup_became_elements(explorer):
    v, _, _ = explorer
    v.js("kgExplorer.select('person/p-script')")
    v.page.fill("#kg-search", "script")
    v.page.select_option("#kg-group", index=1)
    v.assert_clean()  # no alert/dialog, no console error, no request but the page itself
    added = v.js("window.__added")
    assert [t for t, _ in added if t == "SCRIPT"] == ["SCRIPT"] * 3  # the page's own three
    assert not {t for t, _ in added} & {"IMG", "SVG", "svg", "IFRAME", "OBJECT", "EMBED", "VIDEO", "AUDIO"}
    assert [(t, on) for t, on in added if on] == []
    assert v.js("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert v.js("document.title") == "alliance-kg explorer"
