"""kg.extract.responses on hand-made Docs: who responds to a hostile act named in a phrase of
response ('in light of', 'in the face of', 'in response to')."""
from __future__ import annotations

from docs import article, doc
from kg.extract import extract

NO, SE, RU = (f"country/{iso}" for iso in ("NO", "SE", "RU"))

# Norway and Sweden discussed cooperation in light of the threat posed by Russia.
IN_LIGHT_OF = """
        0  Norway       3  nsubj  PROPN
        1  and          0  cc     CCONJ
        2  Sweden       0  conj   PROPN
        3  discussed    3  ROOT   VERB      discuss
        4  cooperation  3  dobj   NOUN
        5  in           3  prep   ADP
        6  light        5  pobj   NOUN
        7  of           6  prep   ADP
        8  the          9  det    DET
        9  threat       7  pobj   NOUN
        10 posed        9  acl    VERB/VBN  pose
        11 by           10 agent  ADP
        12 Russia       11 pobj   PROPN
        13 .            3  punct  PUNCT
    """


def relations_of(d) -> set[tuple[str, str, str]]:
    return {(r.a, r.b, r.type) for r in extract(d, article(d)).relations}


def test_who_responds_to_a_threat_is_its_target():
    assert relations_of(doc(IN_LIGHT_OF)) >= {(NO, RU, "tension"), (RU, SE, "tension")}


def test_a_negated_response_relates_nobody_to_the_threat():
    # Norway and Sweden never discussed cooperation in light of the threat posed by Russia.
    d = doc("""
        0  Norway       4  nsubj  PROPN
        1  and          0  cc     CCONJ
        2  Sweden       0  conj   PROPN
        3  never        4  neg    ADV
        4  discussed    4  ROOT   VERB      discuss
        5  cooperation  4  dobj   NOUN
        6  in           4  prep   ADP
        7  light        6  pobj   NOUN
        8  of           7  prep   ADP
        9  the          10 det    DET
        10 threat       8  pobj   NOUN
        11 posed        10 acl    VERB/VBN  pose
        12 by           11 agent  ADP
        13 Russia       12 pobj   PROPN
        14 .            4  punct  PUNCT
    """)
    assert {(a, b) for a, b, t in relations_of(d) if t == "tension"} == set()
