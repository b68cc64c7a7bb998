"""The evaluation command: matching rules on hand-made gold, and the quality floor on the 16 dev articles of tests/data/gold."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import evaluate as ev
from kg.cli import cli

GOLD_DIR = Path(__file__).parent / "data" / "gold"

# The floor reached on the shipped gold articles; a change that scores lower fails CI.
FLOOR = {"entities": 0.98, "affiliations": 0.94, "claims": 0.94, "country_relations": 0.84}
OVERALL_FLOOR = 0.93

GOLD = {
    "entities": [
        {"name": "Maria Lindqvist", "type": "Person", "aliases": ["Lindqvist"]},
        {"name": "Nordic Institute", "type": "Organization", "aliases": ["NI"]},
        {"name": "Sweden", "type": "Country", "aliases": []},
        {"name": "Finland", "type": "Country", "aliases": [], "optional": True},
    ],
    "affiliations": [{"person": "Maria Lindqvist", "org": "Nordic Institute", "role": "director"}],
    "claims": [{"speaker": ["Press Office", "Maria Lindqvist"], "kind": "indirect",
                "text": "the northern routes will be busy within ten years"}],
    "country_relations": [{"a": "Sweden", "b": "Finland", "type": "cooperation"}],
    "must_not_extract": ["Celebrity Chef"],
}


def found(**changes):
    base = {
        "entities": [{"name": "Maria Lindqvist", "type": "Person", "aliases": []},
                     {"name": "the Nordic Institute", "type": "Organization", "aliases": []},
                     {"name": "Sweden", "type": "Country", "aliases": []},
                     {"name": "Finland", "type": "Country", "aliases": []}],
        "affiliations": [{"person": "Maria Lindqvist", "org": "the Nordic Institute", "role": None}],
        "claims": [{"speaker": "Maria Lindqvist", "kind": "indirect",
                    "text": "that the northern routes will be busy within ten years"}],
        "country_relations": [{"a": "Finland", "b": "Sweden", "type": "cooperation"}],
    }
    base.update(changes)
    return base


def test_a_perfect_extraction_scores_one():
    res = ev.score(found(), GOLD)
    assert [res[c]["f1"] for c in ev.CATEGORIES] == [1.0, 1.0, 1.0, 1.0]
    assert res["leaks"] == []


def test_a_duplicate_node_is_a_false_positive():
    ents = found()["entities"] + [{"name": "Lindqvist", "type": "Person", "aliases": []}]
    res = ev.score(found(entities=ents), GOLD)["entities"]
    assert (res["tp"], res["fp"], res["dup"]) == (3, 1, 1)
    assert len(res["wrong"]) == 1 and res["wrong"][0].endswith("(duplicate of Maria Lindqvist)")


def test_a_claim_needs_enough_words_and_an_accepted_speaker():
    short = ev.score(found(claims=[{"speaker": "Maria Lindqvist", "kind": "indirect", "text": "busy"}]), GOLD)
    assert (short["claims"]["tp"], short["claims"]["fp"], short["claims"]["fn"]) == (0, 1, 1)
    other = [{"speaker": "Sweden", "kind": "indirect", "text": "the northern routes will be busy within ten years"}]
    res = ev.score(found(claims=other), GOLD)["claims"]
    assert res["wrong"] == ["[wrong speaker Sweden] the northern routes will be busy within ten years"]


def test_relations_are_unordered_and_typed():
    tension = [{"a": "Sweden", "b": "Finland", "type": "tension"}]
    res = ev.score(found(country_relations=tension), GOLD)["country_relations"]
    assert (res["tp"], res["fp"], res["fn"]) == (0, 1, 1)


def test_leaks_are_found_in_aliases():
    ents = found()["entities"] + [{"name": "Chef", "type": "Person", "aliases": ["celebrity chef"]}]
    assert ev.score(found(entities=ents), GOLD)["leaks"] == ["Celebrity Chef"]


def test_missing_gold_folder_contents_is_an_error(tmp_path):
    with pytest.raises(ev.GoldError, match="no \\*.gold.json files"):
        ev.gold_pairs(tmp_path)
    (tmp_path / "a.gold.json").write_text("{}")
    with pytest.raises(ev.GoldError, match="no article a.txt or .html beside it"):
        ev.gold_pairs(tmp_path)


@pytest.fixture(scope="module")
def report():
    return ev.evaluate(GOLD_DIR)


def test_quality_does_not_drop_below_the_floor(report):
    micro = report.micro
    for cat, floor in FLOOR.items():
        assert micro[cat]["f1"] >= floor, (cat, micro[cat])
    assert report.overall >= OVERALL_FLOOR
    assert report.leaks == 0
    assert sum(a["entities"]["dup"] for a in report.articles.values()) <= 1  # one duplicate on a fresh clone: to fix (issue 14)


def test_eval_command_prints_scores_and_writes_json(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("seed-trilateral-alliance", "wh-2023-06-nsa-trilateral-japan-rok"):
        for suffix in (".txt", ".gold.json"):
            (gold / f"{name}{suffix}").write_bytes((GOLD_DIR / f"{name}{suffix}").read_bytes())
    out = tmp_path / "scores.json"
    r = CliRunner().invoke(cli, ["eval", "--gold", str(gold), "-v", "--json", str(out)])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[-1].startswith("articles 2, leaks 0, overall F1 ")
    data = json.loads(out.read_text())
    assert set(data["articles"]) == {p.name[:-len(".gold.json")] for p in gold.glob("*.gold.json")}
    assert data["overall"] >= 0.9
