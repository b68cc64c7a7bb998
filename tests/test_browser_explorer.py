"""The explorer's reading aids in headless Chromium: labels, search, claim lists, dates, sizes,
tooltips and the keyboard. Screenshots are taken and their pixels checked; set KG_SCREENSHOTS=DIR
to keep them.
"""
from __future__ import annotations

import dataclasses
import io
import os
import shutil
import string
from pathlib import Path

from PIL import Image

from kg import analysis, rdf, render
from kg.model import Article, Claim, Entity, Evidence, Extraction, Relation
from test_analysis import ANN, AV, BO, CA, world
from test_browser import Visit, browser, visit  # noqa: F401  (fixtures)


def keep(v: Visit, path: Path, name: str) -> Image.Image:
    """A screenshot of the page, kept in KG_SCREENSHOTS when set."""
    png = v.page.screenshot(path=str(path / f"{name}.png"))
    if os.environ.get("KG_SCREENSHOTS"):
        Path(os.environ["KG_SCREENSHOTS"]).mkdir(parents=True, exist_ok=True)
        shutil.copy(path / f"{name}.png", Path(os.environ["KG_SCREENSHOTS"]) / f"{name}.png")
    return Image.open(io.BytesIO(png)).convert("RGB")


def dark(img: Image.Image, box: tuple[float, float, float, float]) -> int:
    """How many pixels in box (left, top, right, bottom) are dark enough to be label text."""
    crop = img.crop(tuple(int(round(c)) for c in box))
    return sum(1 for r, g, b in (crop.getpixel((x, y)) for x in range(crop.width) for y in range(crop.height)) if max(r, g, b) < 100)


def label_box(v: Visit, node: str) -> tuple[float, float, float, float]:
    """Where a node's label is drawn: under its dot."""
    x, y = v.point(node)
    r = v.js("id => kgExplorer.nodes.get(id).size * kgExplorer.network.getScale()", node)
    return x - 50, y + r + 1, x + 50, y + r + 22


def crowd(n: int = 240) -> Extraction:
    """A hub country, n others around it in rings, each cooperating with its neighbours."""
    codes = [a + b for a in string.ascii_uppercase for b in string.ascii_uppercase][:n + 1]
    ents = tuple(Entity(f"country/{c}", "Country", f"Land {c}", (), c) for c in codes)
    rels = []
    for i, c in enumerate(codes[1:], 1):
        rels.append(Relation("country/" + codes[0], f"country/{c}", "cooperation", "talks", None,
                             Evidence(100 * i, 100 * i + 40, f"Land {codes[0]} talks with Land {c}.")))
        if i % 3 == 0:
            j = codes[i - 1]
            a, b = sorted((f"country/{j}", f"country/{c}"))
            rels.append(Relation(a, b, "cooperation", "talks", None, Evidence(50_000 + 100 * i, 50_000 + 100 * i + 40,
                                                                                f"{a} and {b} talk.")))
    return Extraction(Article("crowd.txt", "...", "f" * 64, title="Crowd", date="2024-02-01"), entities=ents,
                      relations=tuple(rels))


def test_top_labels_are_readable_at_first_paint_and_others_on_zoom(tmp_path, visit):
    a = analysis.analyze(rdf.graph([crowd()]))
    render.write_html(a, tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    assert v.drawn()[0] == 241 and v.js("kgExplorer.data.physics") is False
    first = keep(v, tmp_path, "crowd-first-paint")
    labelled = v.js("kgExplorer.state.labelled")
    assert labelled[0] == "country/AA" and len(labelled) == 12
    assert dark(first, label_box(v, "country/AA")) > 40  # "Land AA" is drawn
    spots = {n: v.point(n) for n in labelled}
    quiet = next(n for n in reversed(v.js("kgExplorer.visible()")) if n not in labelled and all(
        abs(v.point(n)[0] - x) > 120 or abs(v.point(n)[1] - y) > 60 for x, y in spots.values()))
    assert dark(first, label_box(v, quiet)) < 5  # small actors are dots at first
    v.js("id => kgExplorer.network.focus(id, {scale: 1.6, animation: false})", quiet)
    v.page.wait_for_timeout(100)
    zoomed = keep(v, tmp_path, "crowd-zoomed")
    assert dark(zoomed, label_box(v, quiet)) > 40
    assert dark(zoomed, label_box(v, "country/AA")) > 40 or not (0 < v.point("country/AA")[0] < 900)
    v.assert_clean()


def speaker_world(claims: int = 23) -> list[Extraction]:
    """world() dated, plus a second dated article in which Ann Lee makes many claims about Borduria."""
    ex = world()
    first = dataclasses.replace(ex, article=dataclasses.replace(ex.article, date="2024-01-18"))
    said = tuple(Claim(ANN, f"Borduria point number {i}", "direct", 20_000 + 100 * i, 20_000 + 100 * i + 30,
                       Evidence(20_000 + 100 * i, 20_000 + 100 * i + 60, f"Lee said: Borduria point number {i}."),
                       (BO,)) for i in range(claims))
    second = Extraction(Article("news/later.txt", "...", "b" * 64, title="Later news", date="2024-03-05"),
                        entities=(Entity(ANN, "Person", "Ann Lee"), Entity(BO, "Country", "Borduria", (), "BO")),
                        claims=said)
    return [first, second]


def test_search_finds_surnames_and_claim_words_by_keyboard(tmp_path, visit):
    render.write_html(analysis.analyze(rdf.graph(speaker_world())), tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    v.page.focus("#kg-search")
    v.page.keyboard.type("lee")
    hits = v.js("[...document.querySelectorAll('#kg-results li')].map(li => li.textContent)")
    assert hits[0].startswith("Ann Lee")
    v.page.keyboard.press("Enter")
    assert v.js("document.querySelector('#kg-details .kg-name').textContent") == "Ann Lee"
    assert v.js("kgExplorer.state.selected") == ANN
    v.page.fill("#kg-search", "")
    v.page.focus("#kg-search")
    v.page.keyboard.type("point number 17")
    hits = v.js("[...document.querySelectorAll('#kg-results li')].map(li => li.textContent)")
    assert len(hits) == 1 and "Borduria point number 17" in hits[0] and hits[0].endswith("Ann Lee")
    v.page.keyboard.press("ArrowDown")
    v.page.keyboard.press("Enter")
    marked = v.js("document.querySelector('#kg-details li.kg-mark').textContent")
    assert "Borduria point number 17" in marked and "2024-03-05 · Later news · 21700–21760" in marked
    v.page.fill("#kg-search", "zzz")
    assert v.js("document.querySelector('#kg-results li').textContent") == "No actor or claim matches."
    v.assert_clean()


def test_an_actors_claims_are_all_there_paged_with_date_article_and_offsets(tmp_path, visit):
    render.write_html(analysis.analyze(rdf.graph(speaker_world())), tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    x, y = v.point(ANN)
    v.page.mouse.click(x, y)
    claims = "#kg-details .kg-claims"
    assert v.js(f"document.querySelector('{claims} h3').textContent") == "Claims by Ann Lee (25)"
    rows = v.js(f"[...document.querySelectorAll('{claims} li')].map(li => li.textContent)")
    assert len(rows) == 10 and rows[0].startswith("“Borduria and Carpania must talk” (direct)")
    assert rows[0].endswith("2024-01-18 · Harbour Watch · 200–242")
    assert v.js(f"document.querySelector('{claims} .kg-pager span').textContent") == "Page 1 of 3"
    v.page.click(f"{claims} .kg-pager button:last-child")
    v.page.click(f"{claims} .kg-pager button:last-child")
    rows = v.js(f"[...document.querySelectorAll('{claims} li')].map(li => li.textContent)")
    assert len(rows) == 5 and rows[-1] == "“Borduria point number 22” (direct)2024-03-05 · Later news · 22200–22260"
    assert v.js(f"document.querySelector('{claims} .kg-pager button:last-child').disabled") is True
    keep(v, tmp_path, "claims-panel")
    v.assert_clean()


def test_dates_and_articles_filter_the_graph(tmp_path, visit):
    a = analysis.analyze(rdf.graph(speaker_world()))
    render.write_html(a, tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    everything = v.drawn()
    v.page.fill("#kg-since", "2024-02-01")
    v.page.dispatch_event("#kg-since", "change")
    assert v.drawn() == (2, 1)  # only the later article: Ann Lee's claims about Borduria
    assert sorted(v.js("kgExplorer.visible()")) == [BO, ANN] or sorted(v.js("kgExplorer.visible()")) == sorted([BO, ANN])
    v.page.fill("#kg-since", "")
    v.page.fill("#kg-until", "2024-01-31")
    v.page.dispatch_event("#kg-until", "change")
    assert v.drawn() == everything  # everything was said in the first article too
    v.page.fill("#kg-until", "")
    v.page.dispatch_event("#kg-until", "change")
    v.page.select_option("#kg-article", label="2024-03-05 · Later news")
    assert v.drawn() == (2, 1)
    v.page.select_option("#kg-article", "")
    assert v.drawn() == everything
    v.assert_clean()


def test_size_follows_the_chosen_measure(tmp_path, visit):
    render.write_html(analysis.analyze(rdf.graph(speaker_world())), tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    size = "id => kgExplorer.nodes.get(id).size"
    assert v.js(size, AV) > v.js(size, ANN)  # PageRank
    v.page.select_option("#kg-size", "by")
    assert v.js(size, ANN) == 35 and v.js(size, AV) == 7  # claims made: Ann Lee is the most quoted
    assert ANN in v.js("kgExplorer.state.labelled")
    v.page.select_option("#kg-size", "mentions")
    assert v.js(size, ANN) == v.js(size, BO) == 35  # both in the two articles
    v.assert_clean()


def test_tooltips_never_stick(tmp_path, visit):
    render.write_html(analysis.analyze(rdf.graph([world()])), tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    (ax, ay), (cx, cy) = v.point(AV), v.point(CA)
    v.page.mouse.move(ax, ay)
    v.page.wait_for_selector("#kg-tip", state="visible")
    v.page.mouse.move(1200, 400)  # over the side panel: the pointer left the graph
    v.page.wait_for_selector("#kg-tip", state="hidden")
    for t in range(1, 20):  # along the Avalon–Carpania edges until one is hovered
        v.page.mouse.move(ax + (cx - ax) * t / 20, ay + (cy - ay) * t / 20)
        if v.js("!document.getElementById('kg-tip').hidden"):
            break
    assert "Avalon" in v.js("document.getElementById('kg-tip').textContent")
    v.page.mouse.move(ax + (cx - ax) * 0.5 + 300, ay + (cy - ay) * 0.5 + 300)
    v.page.mouse.move(1200, 20)
    assert v.js("document.getElementById('kg-tip').hidden") is True
    v.assert_clean()


def test_every_control_is_reachable_by_keyboard(tmp_path, visit):
    render.write_html(analysis.analyze(rdf.graph(speaker_world())), tmp_path / "graph.html")
    v = visit(tmp_path / "graph.html")
    reached = []
    for _ in range(40):
        v.page.keyboard.press("Tab")
        reached.append(v.js("(() => { const e = document.activeElement;"
                            " return e.id || e.getAttribute('data-type') || e.getAttribute('data-relation') || e.tagName; })()"))
    for control in ("kg-fit", "kg-reset", "kg-search", "kg-group", "kg-lone", "kg-article", "kg-since", "kg-until",
                    "kg-size", "Person", "claim-mentions"):
        assert control in reached, control
    v.page.focus("#kg-size")
    v.page.keyboard.press("ArrowDown")
    assert v.js("kgExplorer.state.measure") == "by"
    v.assert_clean()
