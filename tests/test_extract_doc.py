"""kg.extract.doc on hand-made Docs: the helpers every extractor shares."""
from __future__ import annotations

from docs import article, doc, found
from kg.extract.doc import body_sentences, by_token, evidence, kind, mention_spans

# Norway spoke.\nJapan spoke.
TWO_PARAGRAPHS = """
    0  Norway  1  nsubj  PROPN
    1  spoke   1  ROOT   VERB   speak
    2  .       1  punct  PUNCT
    3  \\n      3  ROOT   SPACE
    4  Japan   5  nsubj  PROPN
    5  spoke   5  ROOT   VERB   speak
    6  .       5  punct  PUNCT
"""


def test_only_sentences_that_start_in_a_body_paragraph_are_read():
    d = doc(TWO_PARAGRAPHS)
    assert [s.text for s in body_sentences(d, article(d))] == ["Norway spoke.", "Japan spoke."]
    assert [s.text for s in body_sentences(d, article(d, ("caption", "body")))] == ["Japan spoke."]


def test_an_offset_outside_every_paragraph_is_furniture():
    d = doc(TWO_PARAGRAPHS)
    art = article(d, ("caption", "body"))
    assert kind(art, 0) == "caption"
    assert kind(art, d.text.index("Japan")) == "body"
    assert kind(art, len(d.text) + 5) == "furniture"


def test_mentions_are_found_by_token_and_facts_cite_their_whole_sentence():
    d = doc(TWO_PARAGRAPHS)
    f = found(d)
    at = by_token(d, f.mentions)
    assert at[0].key == "country/NO" and at[4].key == "country/JP" and 1 not in at
    assert [(m.key, s.text) for m, s in mention_spans(d, f.mentions)] == [("country/NO", "Norway"), ("country/JP", "Japan")]
    ev = evidence(d, 5)
    assert (ev.text, d.text[ev.start:ev.end]) == ("Japan spoke.", "Japan spoke.")
