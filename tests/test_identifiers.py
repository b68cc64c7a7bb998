"""Identifiers that join other graphs: Wikidata items and ISO 3166-1 alpha-3 codes (kg/data/identifiers.json)
stated as owl:sameAs, schema:sameAs and wdt:P298 on the actors' IRIs."""
from __future__ import annotations

import re

import pytest
from rdflib import OWL, RDFS, Graph, Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery

from kg import lexicon, rdf, validate
from kg.model import Article, Entity, Extraction
from kg.vocab import SCHEMA, iri

WD = "http://www.wikidata.org/entity/"
P298 = URIRef("http://www.wikidata.org/prop/direct/P298")


def table() -> dict:
    return lexicon.data("identifiers")


def test_every_qid_is_well_formed_and_names_one_actor():
    qids = [e["wikidata"] for e in table()["countries"].values() if "wikidata" in e] + list(table()["organizations"].values())
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)
    assert len(qids) == len(set(qids))
    assert len(qids) > 200


def test_every_entry_is_an_actor_the_gazetteer_knows():
    countries = {c["iso"] for c in lexicon.data("countries")}
    orgs = {o["name"]: o for o in lexicon.data("organizations")}
    assert set(table()["countries"]) <= countries
    assert set(table()["organizations"]) <= set(orgs)
    assert all(orgs[name]["country"] is None for name in table()["organizations"])  # international bodies


def test_alpha3_codes_are_iso_3166():
    pycountry = pytest.importorskip("pycountry")
    codes = {iso: e["alpha3"] for iso, e in table()["countries"].items() if "alpha3" in e}
    assert len(codes) >= 199 and len(set(codes.values())) == len(codes)
    assert all(pycountry.countries.get(alpha_2=iso).alpha_3 == a3 for iso, a3 in codes.items())


@pytest.mark.parametrize("key, qid", [("country/US", "Q30"), ("country/CN", "Q148"), ("country/JP", "Q17"),
                                      ("country/GB", "Q145"), ("country/KR", "Q884"),
                                      ("org/north-atlantic-treaty-organization", "Q7184"),
                                      ("org/united-nations", "Q1065"), ("org/european-union", "Q458")])
def test_well_known_identifiers(key, qid):
    assert lexicon.identifiers()[key]["wikidata"] == qid


def graph() -> Graph:
    ents = (Entity("country/JP", "Country", "Japan", (), "JP"), Entity("country/XK", "Country", "Kosovo", (), "XK"),
            Entity("org/north-atlantic-treaty-organization", "Organization", "NATO"),
            Entity("org/ruritanian-harbour-board", "Organization", "Ruritanian Harbour Board"))
    return rdf.graph([Extraction(Article("a.txt", "", "a" * 64, "Harbour Watch"), entities=ents)])


def test_actors_carry_their_identifiers_as_triples():
    g = graph()
    jp, nato = iri("country/JP"), iri("org/north-atlantic-treaty-organization")
    assert set(g.objects(jp, OWL.sameAs)) == set(g.objects(jp, SCHEMA.sameAs)) == {URIRef(WD + "Q17")}
    assert set(g.objects(jp, P298)) == {Literal("JPN")}
    assert set(g.objects(nato, OWL.sameAs)) == {URIRef(WD + "Q7184")} and not set(g.objects(nato, P298))
    for bare in ("country/XK", "org/ruritanian-harbour-board"):  # no checked identifier: none stated
        assert not set(g.objects(iri(bare), OWL.sameAs)) and not set(g.objects(iri(bare), SCHEMA.sameAs))
    assert validate.validate(g).conforms


FEDERATED = """
PREFIX owl:  <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
SELECT ?actor ?item ?population WHERE {
  ?a rdfs:label ?actor ; owl:sameAs ?item .
  ?item wdt:P1082 ?population .
} ORDER BY ?actor"""


def test_a_query_joins_another_graph_on_the_wikidata_items():
    """What a federated query does with SERVICE <https://query.wikidata.org/sparql>, on a local copy."""
    other = Graph()
    other.add((URIRef(WD + "Q17"), URIRef("http://www.wikidata.org/prop/direct/P1082"), Literal(123)))
    other.add((URIRef(WD + "Q7184"), RDFS.label, Literal("NATO", lang="en")))
    rows = [(str(r.actor), str(r.item), int(r.population)) for r in (graph() + other).query(FEDERATED)]
    assert rows == [("Japan", WD + "Q17", 123)]


def test_the_readme_federated_query_parses():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    block = "# federated" + readme.split("```sparql\n# federated")[1].split("```")[0]
    assert "SERVICE <https://query.wikidata.org/sparql>" in block and "owl:sameAs" in block
    parseQuery(block)
