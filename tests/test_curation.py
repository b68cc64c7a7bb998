"""kg.curation: a user's merges, renames and aliases applied to the records of an article."""
from __future__ import annotations

import pytest

from kg import curation
from kg.lexicon import KnowledgeError
from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, PartOf, Relation

EV = Evidence(0, 10, "Jane Doe said so.")
JANE, JD, BOARD, NO, RU = "person/jane-doe", "person/j-doe", "org/harbour-board", "country/NO", "country/RU"


def article() -> Extraction:
    return Extraction(
        Article("a.txt", "", "a" * 64),
        entities=(Entity(JANE, "Person", "Jane Doe"), Entity(JD, "Person", "J. Doe", ("Doe",)),
                  Entity(BOARD, "Organization", "Harbour Board"), Entity(NO, "Country", "Norway", (), "NO"),
                  Entity(RU, "Country", "Ruritania", (), "RU")),
        affiliations=(Affiliation(JD, BOARD, "chair", EV),),
        parts=(PartOf(BOARD, NO, EV),),
        claims=(Claim(JD, "the ferry runs", "direct", 0, 5, EV, (NO, JANE)),),
        relations=(Relation(NO, RU, "cooperation", "talks", None, EV),))


def test_merge_moves_facts_claims_and_names():
    rules = curation.rules({"merge": {JD: JANE}})
    ex = curation.Curator(rules)(article())
    assert [e.key for e in ex.entities] == [JANE, BOARD, NO, RU]
    assert ex.entities[0].name == "Jane Doe" and ex.entities[0].aliases == ("Doe", "J. Doe")
    assert ex.affiliations[0].person == JANE and ex.claims[0].speaker == JANE
    assert ex.claims[0].mentions == (NO, JANE)  # sorted keys


def test_merging_two_countries_drops_the_relation_between_them():
    ex = curation.Curator(curation.rules({"merge": {RU: NO}}))(article())
    assert ex.relations == () and [e.key for e in ex.entities].count(NO) == 1
    assert next(e for e in ex.entities if e.key == NO).aliases == ("Ruritania",)


def test_rename_and_aliases():
    rules = curation.rules({"rename": {BOARD: "Ruritanian Harbour Board"}, "aliases": {NO: ["the Kingdom"]}})
    ex = curation.Curator(rules)(article())
    board = next(e for e in ex.entities if e.key == BOARD)
    assert (board.name, board.aliases) == ("Ruritanian Harbour Board", ("Harbour Board",))
    assert next(e for e in ex.entities if e.key == NO).aliases == ("the Kingdom",)


def test_chains_resolve_and_the_curator_counts_articles():
    curator = curation.Curator(curation.rules({"merge": {JD: "person/jane-q-doe", "person/jane-q-doe": JANE},
                                               "rename": {JANE: "Jane Q. Doe"}}))
    ex = curator(article())
    curator(article())
    assert {e.key for e in ex.entities if e.type == "Person"} == {JANE}
    assert next(e for e in ex.entities if e.key == JANE).name == "Jane Q. Doe"
    assert curator.changes() == [
        {"file": "curation.json", "rule": "merge", "actor": JD, "into": JANE, "articles": 2},
        {"file": "curation.json", "rule": "rename", "actor": JANE, "name": "Jane Q. Doe", "articles": 2}]


def test_an_article_without_the_actors_is_unchanged():
    ex = article()
    assert curation.Curator(curation.rules({"merge": {"person/john-roe": JANE}}))(ex) is ex


@pytest.mark.parametrize("raw, message", [
    ({"merge": {"Jane Doe": JANE}}, "is not an actor key"),
    ({"merge": {JD: JANE, JANE: JD}}, "go round in a circle"),
    ({"rename": {JANE: ""}}, "non-empty text"),
    ({"aliases": {JANE: "Doe"}}, "lists of names"),
    ({"split": {}}, "unknown rule 'split'"),
])
def test_bad_rules_are_refused(raw, message):
    with pytest.raises(KnowledgeError, match=message):
        curation.rules(raw)
