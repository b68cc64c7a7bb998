"""kg.evidence_path: the path between two actors named as a user types them, told hop by hop with
its evidence sentences (the hand-made world of test_analysis)."""
from __future__ import annotations

import pytest

from kg import evidence_path, rdf
from kg.errors import AnalysisError
from tests.test_analysis import TITLE, world


@pytest.fixture(scope="module")
def g():
    return rdf.graph([world()])


def test_each_hop_then_its_first_sentences(g):
    assert evidence_path.between(g, "avalon", "BO", sentences=1) == [
        "Avalon --cooperation-- Borduria",
        f"    “Avalon allied with Borduria.” ({TITLE}, 500–528)",
        "    … and 1 more"]
    assert evidence_path.between(g, "Avalon", "Ann Lee")[3:] == [
        "Borduria <--claim-mentions-- Ann Lee",
        f"    “Lee said: Borduria and Carpania must talk.” ({TITLE}, 200–242)"]


def test_names_are_resolved_as_kg_analysis_finds_them(g):
    with pytest.raises(AnalysisError, match="^no actor named 'Atlantis'"):
        evidence_path.between(g, "Avalon", "Atlantis")
    with pytest.raises(AnalysisError, match="same actor"):
        evidence_path.between(g, "Avalon", "av")
