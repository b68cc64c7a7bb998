"""The explorer in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

Every page must draw exactly the analysed nodes and edges, make no request but for itself, log no
console error, and run none of the script injected through article text. Skips when Chromium or
Playwright is missing, unless KG_REQUIRE_BROWSER is set (as .ci/run does): then it fails.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg import analysis, pipeline, rdf, render, store
from test_analysis import world
from test_render import PAYLOADS, payload_world

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# alert/confirm/prompt and friends record what they were called with instead of running
TRAP = """(() => { window.__xss = [];
  for (const f of ["alert", "confirm", "prompt", "print", "open"]) {
    window[f] = (...a) => { window.__xss.push(f + ":" + a.join(",")); };
  } })();"""


def _missing(reason: str):
    if os.environ.get("KG_REQUIRE_BROWSER"):
        pytest.fail(f"KG_REQUIRE_BROWSER is set but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Python playwright is not installed (pip install -e '.[test]')")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        _missing(f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, args=ARGS,
                                                      headless=True, viewport={"width": 1280, "height": 800})
        yield context
        context.close()


class Visit:
    """One page load with everything it did recorded."""

    def __init__(self, context, path: Path):
        self.url = path.resolve().as_uri()
        self.requests, self.console, self.errors, self.dialogs = [], [], [], []
        self.page = context.new_page()
        self.page.add_init_script(TRAP)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", lambda route: route.continue_() if route.request.url == self.url else route.abort())
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-settled=true]", state="attached", timeout=30_000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn(self) -> tuple[int, int]:
        d = self.js("kgExplorer.drawn()")
        return d["nodes"], d["edges"]

    def point(self, node: str) -> tuple[float, float]:
        return tuple(self.js("""id => { const n = kgExplorer.network, p = n.canvasToDOM(n.getPositions([id])[id]);
                                        const r = document.getElementById("kg-network").getBoundingClientRect();
                                        return [p.x + r.left, p.y + r.top]; }""", node))

    def assert_clean(self):
        assert self.requests == [self.url], "the page requested something besides itself"
        assert [m for m in self.console if m[0] in ("error", "warning")] == [] and self.errors == []
        assert self.dialogs == [] and self.js("window.__xss") == []

    def close(self):
        self.page.close()


@pytest.fixture
def visit(browser):
    visits = []

    def open_(path):
        visits.append(Visit(browser, path))
        return visits[-1]

    yield open_
    for v in visits:
        v.close()


def lone(a) -> int:
    return sum(1 for n in a.graph if a.graph.degree(n) == 0)


def test_seed_explorer_draws_the_analysed_graph(visit, seed_build, tmp_path):
    out, _ = seed_build
    pipeline.explore(out / "graph.ttl", tmp_path)
    a = analysis.analyze(store.load(out / "graph.ttl"))
    v = visit(tmp_path / "graph.html")
    assert v.drawn() == (len(a.graph) - lone(a), a.graph.number_of_edges()) and len(a.graph) > 5
    v.assert_clean()


def test_injected_markup_stays_text(tmp_path, visit):
    a = analysis.analyze(rdf.graph([payload_world()]))
    render.write_html(a, tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    assert v.drawn() == (len(a.graph), a.graph.number_of_edges())
    v.page.fill("#kg-search", "img")
    hits = v.js("[...document.querySelectorAll('#kg-results li')].map(li => [li.textContent, li.querySelectorAll('img').length])")
    assert any(PAYLOADS[1] in text and n == 0 for text, n in hits)
    v.page.fill("#kg-search", "")
    for node in ("person/evil", "org/evil"):
        x, y = v.point(node)
        v.page.mouse.move(x, y)
        v.page.wait_for_selector("#kg-tip", state="visible")
        tip = v.js("(() => { const t = document.getElementById('kg-tip'); return [t.textContent, t.children.length]; })()")
        assert tip[0].startswith(a.graph.nodes[node]["label"]) and tip[1] == 0
        v.page.mouse.click(x, y)
        assert v.js("document.getElementById('kg-details').textContent").startswith(a.graph.nodes[node]["label"])
        v.page.mouse.move(5, 5)
    assert v.js("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert v.js("document.scripts.length") == 3
    v.assert_clean()


def test_top_actors_only_and_the_page_says_so(tmp_path, visit):
    a = analysis.analyze(rdf.graph([world()]))
    drawn = render.write_html(a, tmp_path / "graph.html", max_nodes=4)
    v = visit(tmp_path / "graph.html")
    assert v.drawn() == (4, drawn["edges"]) and drawn["edges"] < a.graph.number_of_edges()
    assert "Showing the top 4 of 9 actors by PageRank" in v.js("document.querySelector('.kg-notice').innerText")
    v.assert_clean()


def test_precomputed_layout_is_drawn_where_computed(tmp_path, visit):
    a = analysis.analyze(rdf.graph([world()]))
    render.write_html(a, tmp_path / "graph.html", physics_max=3)
    net = render.network(a, physics_max=3)
    v = visit(tmp_path / "graph.html")
    v.page.check("#kg-lone")
    drawn = v.js("kgExplorer.network.getPositions()")  # whole pixels
    assert sorted(drawn) == sorted(n["id"] for n in net.nodes)
    assert all(abs(n["x"] - drawn[n["id"]]["x"]) <= 1 and abs(n["y"] - drawn[n["id"]]["y"]) <= 1 for n in net.nodes)
    v.assert_clean()


def inside(v: Visit, ids) -> bool:
    """Whether every given node is drawn inside the canvas."""
    box = v.js("(() => { const r = document.getElementById('kg-network').getBoundingClientRect();"
               " return [r.left, r.top, r.right, r.bottom]; })()")
    return all(box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in (v.point(n) for n in ids))


def test_filters_hide_and_refit_and_reset_restores(tmp_path, visit):
    a = analysis.analyze(rdf.graph([world()]))
    render.write_html(a, tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    assert v.drawn() == (8, 14)  # Freedonia has no edge: hidden, and counted
    assert "1 unlinked actor" in v.js("document.querySelector('label:has(#kg-lone)').textContent")
    v.page.check("#kg-lone")
    assert v.drawn() == (9, 14)
    claims = sum(1 for *_, k in a.graph.edges(keys=True) if k == "claim-mentions")
    v.page.uncheck("input[data-relation=claim-mentions]")
    assert v.drawn() == (9, a.graph.number_of_edges() - claims)
    v.page.uncheck("input[data-type=Person]")
    assert v.drawn()[0] == 7
    v.js("kgExplorer.network.moveTo({position: {x: 5000, y: 5000}, scale: 3})")  # looking elsewhere
    v.page.select_option("#kg-group", "b1")  # bloc 1: Carpania, Dorland, Eldorado
    assert v.drawn() == (3, 3)
    assert v.js("document.getElementById('kg-visible').textContent") == "Showing 3 of 9 actors and 3 of 14 edges."
    assert inside(v, v.js("kgExplorer.visible()"))  # the filter re-fitted the view
    v.js("kgExplorer.network.moveTo({position: {x: 5000, y: 5000}, scale: 3})")
    v.page.click("#kg-fit")
    assert inside(v, v.js("kgExplorer.visible()"))
    v.page.click("#kg-reset")
    assert v.drawn() == (8, 14) and v.js("document.getElementById('kg-lone').checked") is False
    assert inside(v, v.js("kgExplorer.visible()"))
    v.assert_clean()
