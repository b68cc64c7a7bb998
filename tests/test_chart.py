"""kg.chart and the timeline in report.md: the busiest pairs per month, a deterministic SVG."""
from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from kg import analysis, chart, rdf, report
from kg.model import Article
from test_analysis import AV, BO, CA, world


def dated() -> list:
    one = world()
    return [dataclasses.replace(one, article=dataclasses.replace(one.article, date="2024-01-18")),
            dataclasses.replace(world(), article=Article("news/c.txt", "...", "e" * 64, title="Later", date="2024-03-02"))]


def test_busiest_pairs_per_month():
    months, pairs = chart.busiest(analysis.analyze(rdf.graph(dated())), top=2)
    assert months == ["2024-01", "2024-02", "2024-03"]
    assert [p["pair"] for p in pairs] == [(AV, CA), (AV, BO)]
    assert pairs[0]["tension"] == [2, 0, 2] and pairs[0]["cooperation"] == [1, 0, 1]
    assert pairs[1]["labels"] == ("Avalon", "Borduria") and pairs[1]["cooperation"] == [2, 0, 2]


def test_the_chart_is_a_real_svg_with_the_same_bytes_each_time(tmp_path):
    a = analysis.analyze(rdf.graph(dated()))
    paths = report.write(a, tmp_path / "one")
    again = report.write(analysis.analyze(rdf.graph(dated())), tmp_path / "two")
    svg = paths[report.TIMELINE].read_bytes()
    assert svg == again[report.TIMELINE].read_bytes()
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and b"<dc:date>" not in svg
    md = paths["report.md"].read_text("utf-8")
    assert "![Cooperation and tension per month, 2024-01 to 2024-03](timeline.svg)" in md
    assert "| Avalon – Carpania | 2 | 4 | 2024-01 |" in md


def test_no_dates_no_chart(tmp_path):
    (tmp_path / report.TIMELINE).write_text("stale")
    paths = report.write(analysis.analyze(rdf.graph([world()])), tmp_path)
    assert report.TIMELINE not in paths and not (tmp_path / report.TIMELINE).exists()
    assert "No dated evidence: no article has a date." in paths["report.md"].read_text("utf-8")
