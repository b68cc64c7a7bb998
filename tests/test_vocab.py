"""The closed vocabulary in kg.vocab matches ontology/alliance.ttl in both directions."""
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.keys import actor_key, slug
from kg.vocab import ID, ONTOLOGY_FILE, SA, SCHEMA, iri

NS = str(SA._NS)


@pytest.fixture(scope="module")
def onto():
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def declared(onto):
    return {str(s)[len(NS):] for s in onto.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_every_ontology_term_is_in_the_namespace(onto):
    assert declared(onto) == set(SA.__annotations__)


def test_every_term_has_label_and_comment(onto):
    for name in declared(onto):
        assert onto.value(SA[name], RDFS.label), name
        assert onto.value(SA[name], RDFS.comment), name


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        SA.Persn  # noqa: B018


@pytest.mark.parametrize("cls, schema", [("Person", "Person"), ("Organization", "Organization"),
                                         ("Country", "Country"), ("Claim", "Claim"),
                                         ("Article", "NewsArticle")])
def test_classes_align_with_schema_org(onto, cls, schema):
    assert (SA[cls], RDFS.subClassOf, SCHEMA[schema]) in onto


@pytest.mark.parametrize("prop, parent", [("affiliatedWith", SCHEMA.affiliation), ("claimant", SCHEMA.author),
                                          ("text", SCHEMA.text), ("mentions", SCHEMA.mentions),
                                          ("alliedWith", SA.cooperatesWith), ("hostileTo", SA.inTensionWith)])
def test_properties_align(onto, prop, parent):
    assert (SA[prop], RDFS.subPropertyOf, parent) in onto


def test_relations_are_symmetric(onto):
    for p in ("cooperatesWith", "inTensionWith"):
        assert (SA[p], RDF.type, OWL.SymmetricProperty) in onto


def test_instance_iris_are_deterministic_slugs():
    assert slug("Masayuki  Masuda") == "masayuki-masuda"
    assert slug("Café Ñandú") == "cafe-nandu"
    assert actor_key("Country", "Japan", "JP") == "country/JP"
    assert actor_key("Organization", "The U.S. Department of State") == "org/the-us-department-of-state"
    assert iri("person/jane-doe") == ID["person/jane-doe"]
    assert slug("…") == slug("…")  # a name of only punctuation still gets a stable slug
    assert slug("…") != ""
