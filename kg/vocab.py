"""The closed ontology vocabulary and deterministic instance IRIs.

``SA`` mirrors ``ontology/alliance.ttl`` term for term (a test checks both directions);
an unknown term raises ``AttributeError``. Instance IRIs are readable slugs under
``ID`` built from canonical names, ISO codes and content hashes, never random.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

_HERE = Path(__file__).resolve().parent
# ontology/ ships inside the installed package (kg/ontology); in a checkout it is beside kg/.
ONTOLOGY_DIR = next((d for d in (_HERE / "ontology", _HERE.parent / "ontology") if d.is_dir()), _HERE / "ontology")
ONTOLOGY_FILE = ONTOLOGY_DIR / "alliance.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

ID = Namespace("https://w3id.org/alliance-kg/id/")
SCHEMA = Namespace("https://schema.org/")


class SA(DefinedNamespace):
    """alliance-kg security-alliance ontology (``ontology/alliance.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/alliance-kg/ontology#")

    # classes
    Actor: URIRef  # a person, organisation or country
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Claim: URIRef  # a statement attributed to an actor
    Article: URIRef
    Evidence: URIRef  # a sentence with its offsets
    Statement: URIRef  # reified actor-actor triple with evidence

    # actor relations
    affiliatedWith: URIRef
    partOf: URIRef
    cooperatesWith: URIRef
    inTensionWith: URIRef
    alliedWith: URIRef
    exercisesWith: URIRef
    agreementWith: URIRef
    partnersWith: URIRef
    disputesWith: URIRef
    hostileTo: URIRef
    rivalOf: URIRef

    # claims
    claimant: URIRef
    text: URIRef
    mentions: URIRef
    quoteKind: URIRef
    claimCue: URIRef  # what attributes the words: a reporting verb, a label, a genre
    negated: URIRef  # the speaker denies it

    # statements and evidence
    evidence: URIRef
    role: URIRef
    cue: URIRef
    eventClass: URIRef  # the class of the event a relation was read from ("attack", "agree")
    signedWeight: URIRef  # that class's weight, -10 (war) .. +10 (closest cooperation)
    inArticle: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef

    # actors and articles
    isoCode: URIRef
    mentionedIn: URIRef
    sourcePath: URIRef
    contentHash: URIRef

    # network measures (kg analyze -> metrics.ttl)
    degree: URIRef
    weightedDegree: URIRef
    pageRank: URIRef
    betweenness: URIRef
    community: URIRef
    bloc: URIRef


def iri(key: str) -> URIRef:
    """The instance IRI of a key such as ``country/JP`` or ``article/0123abcd``."""
    return ID[key]


# The actor-actor relations by the names records and the actor network give them; the finer
# ones (sa:alliedWith, ...) and which are symmetric come from the ontology.
RELATION_NAMES = {"cooperation": SA.cooperatesWith, "tension": SA.inTensionWith,
                  "affiliation": SA.affiliatedWith, "part-of": SA.partOf}


@cache
def ontology() -> Graph:
    """``ontology/alliance.ttl``, parsed once."""
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@cache
def refinements() -> dict[URIRef, URIRef]:
    """Each finer relation property to the relation it refines (``sa:alliedWith`` ->
    ``sa:cooperatesWith``), from the ontology's ``rdfs:subPropertyOf``."""
    bases = set(RELATION_NAMES.values())
    return {p: b for p, b in sorted(ontology().subject_objects(RDFS.subPropertyOf)) if b in bases}


@cache
def symmetric() -> frozenset[URIRef]:
    """The relation properties the ontology declares symmetric (asserted both ways)."""
    return frozenset(p for p in ontology().subjects(RDF.type, OWL.SymmetricProperty) if isinstance(p, URIRef))


def actor_relations() -> tuple[URIRef, ...]:
    """Every property that relates two actors: the named relations, then their refinements."""
    return (*RELATION_NAMES.values(), *refinements())
