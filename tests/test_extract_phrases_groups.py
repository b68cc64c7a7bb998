"""kg.extract.phrases.founded: a one-word 'person' in the plural that counts people is a group."""
from __future__ import annotations

from docs import doc
from kg.extract.doc import Raw
from kg.extract.phrases import founded


def test_a_counted_plural_name_is_a_group_not_a_person():
    d = doc("""
        0  Many         2  amod      ADJ
        1  Muslim       2  compound  PROPN
        2  Harbourites  3  nsubj     PROPN
        3  protested    3  ROOT      VERB   protest
        4  .            3  punct     PUNCT
    """)
    assert founded(d, [Raw(2, 3, "Person")], ["Harbourites"]) == []


def test_a_plural_name_with_a_plural_verb_is_a_group_but_a_surname_with_its_full_name_stays():
    d = doc("""
        0  Harbourites  2  nsubjpass  PROPN
        1  were         2  auxpass    AUX
        2  stunned      2  ROOT       VERB   stun
        3  .            2  punct      PUNCT
        4  Jane         5  compound   PROPN
        5  Peters       6  nsubj      PROPN
        6  left         6  ROOT       VERB   leave
        7  .            6  punct      PUNCT
        8  Peters       9  nsubj      PROPN
        9  were         9  ROOT       AUX    be
        10 away         9  advmod     ADV
        11 .            9  punct      PUNCT
    """)
    raws = [Raw(0, 1, "Person"), Raw(4, 6, "Person"), Raw(8, 9, "Person")]
    assert founded(d, raws, ["Harbourites", "Jane Peters", "Peters"]) == raws[1:]
