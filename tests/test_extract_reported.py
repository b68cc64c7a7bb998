"""kg.extract.reported on hand-made Docs (no statistical model): reported clauses the parse
misread."""
from __future__ import annotations

from docs import doc, found
from kg.extract.claims import claims

JANE = "person/jane-doe"


def said(d) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.kind, c.text) for c in claims(d, found(d))]


def test_a_gerund_subject_read_as_the_complement_of_says_opens_the_reported_clause():
    d = doc("""
        0   Jane       1  compound  PROPN
        1   Doe        2  nsubj     PROPN
        2   said       2  ROOT      VERB       say
        3   dredging   2  xcomp     VERB/VBG   dredge
        4   it         6  nsubj     PRON
        5   would      6  aux       AUX/MD
        6   bring      3  ccomp     VERB/VB
        7   many       9  amod      ADJ
        8   new        9  amod      ADJ
        9   jobs       6  dobj      NOUN
        10  to         6  prep      ADP
        11  ports     10  pobj      NOUN
        12  .          2  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "indirect", "dredging it would bring many new jobs to ports")]
