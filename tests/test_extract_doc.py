"""kg.extract.doc on hand-made Docs: the helpers every extractor shares."""
from __future__ import annotations

from docs import article, doc, found
from kg.extract.doc import body_sentences, by_token, dateline_tokens, evidence, kind, mention_spans

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


def test_a_dateline_before_a_spaced_dash_is_where_the_story_was_filed():
    filed = doc("""
        0  Halden  4  nsubj     PROPN
        1  (       2  punct     PUNCT
        2  Wire    0  appos     PROPN
        3  )       2  punct     PUNCT
        4  –       4  ROOT      PUNCT
        5  Norway  6  nsubj     PROPN
        6  spoke   4  dep       VERB   speak
        7  .       6  punct     PUNCT
    """)
    assert dateline_tokens(filed) == frozenset(range(0, 5))
    aside = doc("""
        0  Norway  6  nsubj     PROPN
        1  –       0  punct     PUNCT
        2  a       4  det       DET
        3  NATO    4  compound  PROPN
        4  member  0  appos     NOUN
        5  –       0  punct     PUNCT
        6  spoke   6  ROOT      VERB   speak
        7  .       6  punct     PUNCT
    """)
    assert dateline_tokens(aside) == frozenset()
