"""kg.extract.tags through claims on hand-made Docs (no statistical model): a quotation's tag whose subject
the parse hung on another word."""
from __future__ import annotations

from docs import doc, found
from kg.extract.claims import claims

JANE = "person/jane-doe"
KEEP = "We will keep the harbour open"


def said(d) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.kind, c.text) for c in claims(d, found(d))]


# “We will keep the harbour open,” said retired captain Jane Doe, asked about it.  (the parse hung
# the name on the participle after it, leaving 'said' without a subject)
INVERTED_TAG = """
    0   “        9  punct     PUNCT
    1   We       3  nsubj     PRON
    2   will     3  aux       AUX
    3   keep     9  ccomp     VERB
    4   the      5  det       DET
    5   harbour  3  dobj      NOUN
    6   open     3  oprd      ADJ
    7   ,        9  punct     PUNCT
    8   ”        9  punct     PUNCT
    9   said     9  ROOT      VERB   say
    10  retired 12  amod      VERB   retire
    11  captain 13  compound  NOUN
    12  Jane    13  compound  PROPN
    13  Doe     15  nsubj     PROPN
    14  ,       13  punct     PUNCT
    15  asked    9  ccomp     VERB/VBN   ask
    16  about   15  prep      ADP
    17  it      16  pobj      PRON
    18  .        9  punct     PUNCT
"""


def test_a_name_right_after_the_tag_of_a_quote_is_its_speaker_however_the_parse_hung_it():
    d = doc(INVERTED_TAG, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "direct", KEEP)]


def test_a_name_that_only_qualifies_the_noun_after_the_tag_is_no_speaker():
    d = doc("""
        0   “        9  punct     PUNCT
        1   We       3  nsubj     PRON
        2   will     3  aux       AUX
        3   keep     9  ccomp     VERB
        4   the      5  det       DET
        5   harbour  3  dobj      NOUN
        6   open     3  oprd      ADJ
        7   ,        9  punct     PUNCT
        8   ”        9  punct     PUNCT
        9   said     9  ROOT      VERB   say
        10  one     13  nummod    NUM
        11  Jane    12  compound  PROPN
        12  Doe     13  compound  PROPN
        13  aide    15  nsubj     NOUN
        14  ,       13  punct     PUNCT
        15  smiling  9  ccomp     VERB/VBG   smile
        16  .        9  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == []
