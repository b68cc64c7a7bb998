"""Tag words the parse misplaces, on hand-built parses (no trained model): a titled name hung
in the last phrase of a title subject, a country that ends a place name."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.tags import place_part, titled_name
from kg.model import Mention

OSTBERG = Mention(0, 0, "Karl Ostberg", "Person", "person/karl-ostberg")
NORWAY = Mention(0, 0, "Norway", "Country", "country/NO")


def _doc(words, heads, deps, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_the_titled_name_that_ends_a_title_subject_is_its_person():
    words = ["Chief", "of", "the", "Navy", "Admiral", "Karl", "Ostberg", "said", "so"]
    heads = [7, 0, 6, 6, 6, 6, 1, 7, 7]
    deps = ["nsubj", "prep", "det", "compound", "compound", "compound", "pobj", "ROOT", "advmod"]
    pos = ["PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADV"]
    doc = _doc(words, heads, deps, pos)
    assert titled_name(doc[0], {5: OSTBERG, 6: OSTBERG}) == "person/karl-ostberg"


def test_a_name_after_a_plain_word_is_not_the_titles_person():
    words = ["Chief", "of", "staff", "for", "Karl", "Ostberg", "said", "so"]
    heads = [6, 0, 1, 0, 5, 3, 6, 6]
    deps = ["nsubj", "prep", "pobj", "prep", "compound", "pobj", "ROOT", "advmod"]
    pos = ["PROPN", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "ADV"]
    doc = _doc(words, heads, deps, pos)
    assert titled_name(doc[0], {4: OSTBERG, 5: OSTBERG}) is None


def test_a_country_after_a_place_and_a_comma_is_part_of_the_place():
    words = ["talks", "in", "Bergen", ",", "Norway", "said"]
    heads = [5, 0, 1, 4, 5, 5]
    deps = ["nsubj", "prep", "pobj", "punct", "nsubj", "ROOT"]
    pos = ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"]
    doc = _doc(words, heads, deps, pos)
    assert place_part(doc[4], {4: NORWAY})
    assert not place_part(doc[4], {})
