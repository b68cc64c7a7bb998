"""kg.timeline and ``kg timeline``: an actor's or a pair's claims, cooperation and tension per month."""
from __future__ import annotations

from click.testing import CliRunner
from rdflib import RDF, XSD, Literal

from kg import query, store, timeline
from kg.cli import cli
from kg.vocab import SA

from test_query import corpus


def test_an_actor_per_month():
    g = corpus()
    rows = timeline.months(g, query.actor(g, "Japan"))
    # May: Ana Sato's claim about Japan, the JP-KR alliance (+7), the CN-JP rivalry (-5); June: the JP-KR drills (+7)
    assert rows == [timeline.Month("2024-05", 1, 1, 1, 1.0), timeline.Month("2024-06", 0, 1, 0, 7.0)]


def test_a_pair_per_month_and_claims_both_ways():
    g = corpus()
    assert timeline.months(g, query.actor(g, "China"), query.actor(g, "South Korea")) == [
        timeline.Month("2024-06", 0, 0, 1, -6.0)]
    assert timeline.months(g, query.actor(g, "Ben Lee"), query.actor(g, "China")) == [
        timeline.Month("2024-06", 1, 0, 0, None)]
    assert timeline.months(g, query.actor(g, "China"), query.actor(g, "Ben Lee")) == [
        timeline.Month("2024-06", 1, 0, 0, None)]


def test_weights_and_undated_articles():
    g = corpus()
    for st in g.subjects(RDF.predicate, SA.cooperatesWith):
        g.set((st, SA.signedWeight, Literal(6)))
    a = next(g.subjects(RDF.type, SA.Article))
    for d in list(g.objects(a, None)):
        if isinstance(d, Literal) and d.datatype == XSD.date:
            g.remove((a, None, d))
    rows = timeline.months(g, query.actor(g, "Japan"), query.actor(g, "South Korea"))
    assert [r.month for r in rows][-1] == timeline.UNDATED and all(r.weight == 6.0 for r in rows)
    assert timeline.table(rows)[0] == "month    claims  cooperation  tension  weight"


def test_kg_timeline(tmp_path):
    store.save(corpus(), tmp_path / "graph.ttl")
    r = CliRunner().invoke(cli, ["timeline", "Japan", "--graph", str(tmp_path / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["month    claims  cooperation  tension  weight",
                                     "-------  ------  -----------  -------  ------",
                                     "2024-05       1            1        1   +1.00",
                                     "2024-06       0            1        0   +7.00",
                                     "total         1            2        1"]
    r = CliRunner().invoke(cli, ["timeline", "Japan", "North Korea", "--graph", str(tmp_path / "graph.ttl")])
    assert r.exit_code == 0 and r.output == "no claims, cooperation or tension for Japan and North Korea\n"
    r = CliRunner().invoke(cli, ["timeline", "Atlantis", "--graph", str(tmp_path / "graph.ttl")])
    assert r.exit_code == 1 and "no actor named 'Atlantis'" in r.output
