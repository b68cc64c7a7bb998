"""kg.rdf on hand-built records (no spaCy): actors, statements, claims, articles, determinism, SHACL."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, SKOS

from kg import rdf, store, validate
from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, PartOf, Relation
from kg.vocab import SA, iri

HASH1, HASH2 = "a" * 64, "b" * 64
ART1 = iri(f"article/{HASH1[:16]}")
JANE, NIMA, SE, NO = (iri(k) for k in ("person/jane-doe", "org/nima", "country/SE", "country/NO"))


def ev(text: str, start: int = 0) -> Evidence:
    return Evidence(start, start + len(text), text)


def extractions() -> list[Extraction]:
    one = Extraction(
        Article("news/one.txt", "...", HASH1, title="Harbour Watch", date="2024-04-12"),
        entities=(Entity("person/jane-doe", "Person", "Jane Doe", ("Doe",)),
                  Entity("org/nima", "Organization", "Nordic Institute for Maritime Affairs", ("NIMA",)),
                  Entity("country/SE", "Country", "Sweden", (), "SE"),
                  Entity("country/NO", "Country", "Norway", ("Oslo",), "NO")),
        affiliations=(Affiliation("person/jane-doe", "org/nima", "director", ev("Jane Doe directs NIMA.", 10)),),
        parts=(PartOf("org/nima", "country/SE", ev("NIMA is in Sweden.", 40)),),
        claims=(Claim("person/jane-doe", "Norway builds ships", "direct", 70, 89,
                      ev("Doe said: Norway builds ships.", 60), ("country/NO",)),),
        relations=(Relation("country/NO", "country/SE", "cooperation", "treaty", "agreementWith",
                            ev("Norway and Sweden signed a treaty.", 100), "agree", 6.0),),
    )
    two = Extraction(Article("news/two.txt", "...", HASH2),
                     entities=(Entity("person/jane-doe", "Person", "Jane A. Doe"),))
    return [one, two]


@pytest.fixture(scope="module")
def g():
    return rdf.graph(extractions())


def values(g, s, p) -> set:
    return set(g.objects(s, p))


def test_actor_types(g):
    assert set(g.subjects(RDF.type, SA.Person)) == {JANE}
    assert set(g.subjects(RDF.type, SA.Organization)) == {NIMA}
    assert set(g.subjects(RDF.type, SA.Country)) == {SE, NO}


def test_labels_and_alt_labels(g):
    assert values(g, NIMA, RDFS.label) == {Literal("Nordic Institute for Maritime Affairs")}
    assert values(g, NIMA, SKOS.altLabel) == {Literal("NIMA")}
    assert values(g, NO, SKOS.altLabel) == {Literal("Oslo")}
    assert values(g, SE, SKOS.altLabel) == set()


def test_one_label_when_articles_disagree(g):
    # both articles give a canonical name: the tie goes to the longer one, the other is an altLabel
    assert values(g, JANE, RDFS.label) == {Literal("Jane A. Doe")}
    assert values(g, JANE, SKOS.altLabel) == {Literal("Jane Doe"), Literal("Doe")}


def test_label_choice_does_not_depend_on_article_order():
    a, b = extractions()
    assert isomorphic(rdf.graph([a, b]), rdf.graph([b, a]))


def test_iso_codes_and_mentions(g):
    assert values(g, SE, SA.isoCode) == {Literal("SE")}
    assert values(g, NO, SA.isoCode) == {Literal("NO")}
    assert values(g, JANE, SA.isoCode) == set()
    assert values(g, JANE, SA.mentionedIn) == {ART1, iri(f"article/{HASH2[:16]}")}
    assert values(g, SE, SA.mentionedIn) == {ART1}


def statement(g, s, p, o):
    nodes = set(g.subjects(RDF.subject, s)) & set(g.subjects(RDF.predicate, p)) & set(g.subjects(RDF.object, o))
    assert len(nodes) == 1, (s, p, o)
    return nodes.pop()


def evidence_of(g, node) -> tuple:
    [e] = values(g, node, SA.evidence)
    assert (e, RDF.type, SA.Evidence) in g and values(g, e, SA.inArticle) == {ART1}
    return (g.value(e, SA.sentence).toPython(), g.value(e, SA.start).toPython(), g.value(e, SA.end).toPython())


def test_affiliation_is_reified_with_role_and_evidence(g):
    assert (JANE, SA.affiliatedWith, NIMA) in g
    st = statement(g, JANE, SA.affiliatedWith, NIMA)
    assert (st, RDF.type, SA.Statement) in g
    assert values(g, st, SA.role) == {Literal("director")}
    assert evidence_of(g, st) == ("Jane Doe directs NIMA.", 10, 32)


def test_part_of_is_reified(g):
    assert (NIMA, SA.partOf, SE) in g
    assert evidence_of(g, statement(g, NIMA, SA.partOf, SE)) == ("NIMA is in Sweden.", 40, 58)


def test_relation_both_ways_with_finer_property(g):
    for a, b in ((NO, SE), (SE, NO)):
        assert (a, SA.cooperatesWith, b) in g
        assert (a, SA.agreementWith, b) in g
        assert (a, SA.inTensionWith, b) not in g
    st = statement(g, NO, SA.cooperatesWith, SE)
    assert values(g, st, SA.cue) == {Literal("treaty")}
    assert values(g, st, SA.eventClass) == {Literal("agree")}
    assert values(g, st, SA.signedWeight) == {Literal(6)}
    assert evidence_of(g, st) == ("Norway and Sweden signed a treaty.", 100, 134)


def test_claim_node(g):
    [c] = g.subjects(RDF.type, SA.Claim)
    assert c == iri(f"claim/{HASH1[:16]}-70-89")
    assert values(g, c, SA.claimant) == {JANE}
    assert values(g, c, SA.text) == {Literal("Norway builds ships")}
    assert values(g, c, SA.quoteKind) == {Literal("direct")}
    assert values(g, c, SA.mentions) == {NO}
    assert evidence_of(g, c) == ("Doe said: Norway builds ships.", 60, 90)


def test_article_node(g):
    from rdflib.namespace import XSD  # imported here: pytest's collector trips on XSD at module level

    assert (ART1, RDF.type, SA.Article) in g
    assert values(g, ART1, SA.contentHash) == {Literal(HASH1)}
    assert values(g, ART1, SA.sourcePath) == {Literal("news/one.txt")}
    assert values(g, ART1, DCTERMS.title) == {Literal("Harbour Watch")}
    assert values(g, ART1, DCTERMS.date) == {Literal("2024-04-12", datatype=XSD.date)}
    art2 = iri(f"article/{HASH2[:16]}")
    assert values(g, art2, DCTERMS.title) == set() and values(g, art2, DCTERMS.date) == set()


def test_no_blank_nodes(g):
    assert not any(isinstance(t, BNode) for triple in g for t in triple)


def test_deterministic_iris_and_bytes(tmp_path):
    g1, g2 = rdf.graph(extractions()), rdf.graph(extractions())
    assert isomorphic(g1, g2)
    assert set(g1) == set(g2)
    store.save(g1, tmp_path / "one.ttl")
    store.save(g2, tmp_path / "two.ttl")
    assert (tmp_path / "one.ttl").read_bytes() == (tmp_path / "two.ttl").read_bytes()


def test_empty_input_gives_empty_graph():
    assert len(rdf.graph([])) == 0


def test_metrics_are_triples_on_the_actors_iris():
    measures = {"degree": 3, "weighted_degree": 5, "pagerank": 0.1234567, "betweenness": 0.0,
                "community": 2, "bloc": None}
    m = rdf.metrics_graph([(str(NO), "Norway", measures), (str(SE), "Sweden", {**measures, "bloc": 1})])
    assert set(m.predicate_objects(NO)) == {
        (RDFS.label, Literal("Norway")), (SA.degree, Literal(3)), (SA.weightedDegree, Literal(5)),
        (SA.pageRank, Literal(Decimal("0.123457"))), (SA.betweenness, Literal(Decimal("0.000000"))),
        (SA.community, Literal(2))}
    assert m.value(SE, SA.bloc) == Literal(1) and m.value(NO, SA.bloc) is None
    assert str(m.value(NO, SA.betweenness)) == "0.000000"


# --- SHACL ---

def test_graph_conforms(g):
    report = validate.validate(g)
    assert report.violations == ()
    assert report.conforms is True


def test_person_without_label_is_a_violation():
    g = rdf.graph(extractions())
    g.remove((JANE, RDFS.label, None))
    report = validate.validate(g)
    assert report.conforms is False
    assert report.violations == (
        f"{JANE}: rdfs:label: An actor has exactly one canonical rdfs:label.",)


def test_two_labels_is_a_violation():
    g = rdf.graph(extractions())
    g.add((SE, RDFS.label, Literal("Kingdom of Sweden")))
    report = validate.validate(g)
    assert report.conforms is False
    assert any(line.startswith(f"{SE} (") and "rdfs:label" in line for line in report.violations)


def test_claim_without_claimant_is_a_violation():
    g = rdf.graph(extractions())
    claim = iri(f"claim/{HASH1[:16]}-70-89")
    g.remove((claim, SA.claimant, None))
    report = validate.validate(g)
    assert report.conforms is False
    assert report.violations == (f"{claim}: sa:claimant: A claim has a speaker.",)


def test_a_weight_off_the_fixed_scale_is_a_violation():
    g = rdf.graph(extractions())
    st = statement(g, NO, SA.cooperatesWith, SE)
    g.set((st, SA.signedWeight, Literal(12)))
    report = validate.validate(g)
    assert report.conforms is False
    assert any("fixed scale from -10 to +10" in line for line in report.violations)


def test_a_weight_of_the_wrong_sign_is_a_violation():
    g = rdf.graph(extractions())
    st = statement(g, NO, SA.cooperatesWith, SE)
    g.set((st, SA.signedWeight, Literal(-3)))
    report = validate.validate(g)
    assert report.conforms is False
    assert any("positive signed weight" in line for line in report.violations)


def test_unreified_relation_is_a_violation():
    g = rdf.graph(extractions())
    g.add((SE, SA.inTensionWith, NO))
    report = validate.validate(g)
    assert report.conforms is False
    assert any("statement node with evidence" in line for line in report.violations)


def test_each_sparql_constraint_is_parsed_once_whatever_the_number_of_focus_nodes(monkeypatch):
    from rdflib.plugins.sparql import parser, processor

    g = rdf.graph(extractions())
    for n in range(20):  # many evidence nodes and statements: the SPARQL constraints' focus nodes
        rel = Relation("country/NO", "country/SE", "tension", f"cue{n}", None, ev(f"Sentence {n}.", 200 + 20 * n))
        g += rdf.graph([Extraction(Article(f"news/{n}.txt", "...", f"{n:02x}" + "c" * 62), relations=(rel,))])
    parsed = []
    monkeypatch.setattr(processor, "parseQuery", lambda text: parsed.append(text) or parser.parseQuery(text))
    report = validate.validate(g)
    assert report.conforms is True
    assert 0 < len(parsed) == len(set(parsed)) <= 4  # one parse per constraint of shapes.ttl


def test_weights_are_written_as_a_triple_store_gives_them_back(g):
    import pyoxigraph as ox
    weights = {str(o) for o in g.objects(None, SA.signedWeight)}
    store_ = ox.Store()
    store_.extend(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode(str(SA.signedWeight)),
                          ox.Literal(w, datatype=ox.NamedNode(str(XSD.integer)))) for w in weights)
    assert {q.object.value for q in store_} == weights


def test_a_claim_keeps_its_cue_and_its_denial():
    art = Article("a.txt", "Jane Doe denied that the port closed.", "c" * 64)
    claim = Claim("person/jane-doe", "the port closed", "indirect", 21, 36, ev("Jane Doe denied that the port closed."),
                  cue="deny", negated=True)
    ex = Extraction(art.header, (Entity("person/jane-doe", "Person", "Jane Doe"),), claims=(claim,))
    g = rdf.graph([ex])
    [node] = g.subjects(RDF.type, SA.Claim)
    assert values(g, node, SA.claimCue) == {Literal("deny")}
    assert values(g, node, SA.negated) == {Literal("true", datatype=XSD.boolean)}
    assert validate.validate(g).conforms
