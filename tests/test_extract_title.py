"""kg.extract.title.kept on hand-made Docs: a title line gives the person it introduces by
role (and the role's own words before the name), nothing else."""
from __future__ import annotations

from docs import article, doc
from kg.extract.entities import raw_mentions
from kg.extract.title import kept, with_headings

# "Norwegian Ambassador Jane Doe Remarks at Harbour Forum\nDoe thanked Avalon University."
INTRODUCED = """
    0  Norwegian   2   amod      ADJ
    1  Ambassador  2   compound  PROPN
    2  Jane        3   compound  PROPN
    3  Doe         4   compound  PROPN
    4  Remarks     4   ROOT      NOUN/NNS  remark
    5  at          4   prep      ADP
    6  Harbour     7   compound  PROPN
    7  Forum       5   pobj      PROPN
    8  \\n         4   dep       SPACE
    9  Doe         10  nsubj     PROPN
    10 thanked     10  ROOT      VERB      thank
    11 Avalon      12  compound  PROPN
    12 University  10  dobj      PROPN
    13 .           10  punct     PUNCT
"""

# "Jane Doe, Harbour Board Discuss Ferries\nThe ferries ran."
UNINTRODUCED = """
    0  Jane     1   compound  PROPN
    1  Doe      5   nsubj     PROPN
    2  ,        1   punct     PUNCT
    3  Harbour  4   compound  PROPN
    4  Board    1   conj      PROPN
    5  Discuss  5   ROOT      VERB   discuss
    6  Ferries  5   dobj      NOUN/NNS  ferry
    7  \\n      5   dep       SPACE
    8  The      9   det       DET
    9  ferries  10  nsubj     NOUN/NNS  ferry
    10 ran      10  ROOT      VERB   run
    11 .        10  punct     PUNCT
"""


def _texts(made, raws):
    return [made[r.start:r.end].text for r in raws]


def test_a_title_gives_the_person_it_introduces_by_role_and_the_role_before_the_name():
    made = doc(INTRODUCED, [("Ambassador Jane Doe", "PERSON"), ("Harbour Forum", "ORG"), (9, 10, "PERSON"),
                            ("Avalon University", "ORG")])
    raws = raw_mentions(made)
    assert "Harbour Forum" in _texts(made, raws)
    assert _texts(made, kept(made, raws, article(made, ("title", "body")))) == [
        "Norwegian", "Jane Doe", "Doe", "Avalon University"]


def test_a_title_without_a_person_introduced_by_role_gives_nothing():
    made = doc(UNINTRODUCED, [("Jane Doe", "PERSON"), ("Harbour Board", "ORG")])
    raws = raw_mentions(made)
    assert _texts(made, raws) == ["Jane Doe", "Harbour Board"]
    assert kept(made, raws, article(made, ("title", "body"))) == []
    assert kept(made, raws, article(made, ("body", "body"))) == raws

# "Ambassador Jane Doe Tells Forum\nJane Doe spoke."
RUN_ON = """
    0  Ambassador  3   compound  PROPN
    1  Jane        3   compound  PROPN
    2  Doe         3   compound  PROPN
    3  Tells       3   ROOT      PROPN
    4  Forum       3   dobj      PROPN
    5  \\n         3   dep       SPACE
    6  Jane        7   compound  PROPN
    7  Doe         8   nsubj     PROPN
    8  spoke       8   ROOT      VERB   speak
    9  .           8   punct     PUNCT
"""


def test_the_title_person_ends_where_the_same_name_below_ends():
    made = doc(RUN_ON, [(1, 4, "PERSON"), (6, 8, "PERSON")])
    raws = raw_mentions(made)
    assert _texts(made, raws) == ["Jane Doe Tells", "Jane Doe"]
    assert _texts(made, kept(made, raws, article(made, ("title", "body")))) == ["Jane Doe", "Jane Doe"]

# "Remarks by Under Secretary of State for Ports Jane Doe\nDoe spoke."
LONG_TITLE = """
    0  Remarks    0   ROOT      NOUN/NNS  remark
    1  by         0   prep      ADP
    2  Under      3   compound  PROPN
    3  Secretary  1   pobj      PROPN
    4  of         3   prep      ADP
    5  State      4   pobj      PROPN
    6  for        3   prep      ADP
    7  Ports      9   compound  PROPN
    8  Jane       9   compound  PROPN
    9  Doe        6   pobj      PROPN
    10 \\n        0   dep       SPACE
    11 Doe        12  nsubj     PROPN
    12 spoke      12  ROOT      VERB   speak
    13 .          12  punct     PUNCT
"""


def test_a_long_title_introduces_the_name_after_it_and_its_own_words_are_no_body():
    made = doc(LONG_TITLE, [("State for Ports", "ORG"), ("Jane Doe", "PERSON"), (11, 12, "PERSON")])
    raws = raw_mentions(made)
    assert "State for Ports" in _texts(made, raws)
    assert _texts(made, kept(made, raws, article(made, ("title", "body")))) == ["Jane Doe", "Doe"]


def test_a_name_after_lower_case_words_of_a_title_line_is_not_introduced():
    made = doc(LONG_TITLE.replace("Ports  ", "ports  "), [("Jane Doe", "PERSON"), (11, 12, "PERSON")])
    assert _texts(made, kept(made, raw_mentions(made), article(made, ("title", "body")))) == ["Doe"]


# "Remarks at Harbour Forum\nJane Doe\nFerries run.": a speech's title and its speaker's name alone below
SPEAKER_BELOW = """
    0  Remarks  0   ROOT      NOUN/NNS  remark
    1  at       0   prep      ADP
    2  Harbour  3   compound  PROPN
    3  Forum    1   pobj      PROPN
    4  \\n      0   dep       SPACE
    5  Jane     6   compound  PROPN
    6  Doe      6   ROOT      PROPN
    7  \\n      6   dep       SPACE
    8  Ferries  9   nsubj     NOUN/NNS  ferry
    9  run      9   ROOT      VERB
    10 .        9   punct     PUNCT
"""


def test_a_name_alone_on_a_heading_under_a_speechs_title_is_its_speaker():
    made = doc(SPEAKER_BELOW, [("Harbour Forum", "ORG"), ("Jane Doe", "PERSON")])
    raws = raw_mentions(made)
    assert _texts(made, kept(made, raws, article(made, ("title", "heading", "body")))) == ["Jane Doe"]


def test_headings_under_a_title_that_names_no_speech_stay_headings():
    made = doc(SPEAKER_BELOW.replace("Remarks  0   ROOT      NOUN/NNS  remark", "Ferries  0   ROOT      NOUN/NNS  ferry"),
               [("Harbour Forum", "ORG"), ("Jane Doe", "PERSON")])
    art = article(made, ("title", "heading", "body"))
    assert with_headings(art) == art
    speech = article(doc(SPEAKER_BELOW), ("title", "heading", "body"))
    assert [p.kind for p in with_headings(speech).paragraphs] == ["title", "title", "body"]


# "Remarks by Ambassador Doe\nFerries run.": a speech's title names its speaker by title and surname
SURNAME_SPEAKER = """
    0  Remarks     0   ROOT      NOUN/NNS  remark
    1  by          0   prep      ADP
    2  Ambassador  3   compound  PROPN
    3  Doe         1   pobj      PROPN
    4  \\n         0   dep       SPACE
    5  Ferries     6   nsubj     NOUN/NNS  ferry
    6  run         6   ROOT      VERB
    7  .           6   punct     PUNCT
"""


def test_a_speechs_title_introduces_a_speaker_by_title_and_surname():
    made = doc(SURNAME_SPEAKER, [(3, 4, "PERSON")])
    assert _texts(made, kept(made, raw_mentions(made), article(made, ("title", "body")))) == ["Doe"]


def test_a_title_naming_no_speech_does_not_introduce_a_bare_surname():
    made = doc(SURNAME_SPEAKER.replace("Remarks     0   ROOT      NOUN/NNS  remark", "Visits      0   ROOT      NOUN/NNS  visit"),
               [(3, 4, "PERSON")])
    assert _texts(made, kept(made, raw_mentions(made), article(made, ("title", "body")))) == []


def test_a_speechs_title_prefers_the_person_it_names_in_full_to_a_bare_surname():
    made = doc("""
        0  Readout     0   ROOT      NOUN      readout
        1  of          0   prep      ADP
        2  Secretary   3   compound  PROPN
        3  Roe         4   poss      PROPN
        4  Call        1   pobj      PROPN
        5  with        4   prep      ADP
        6  Minister    8   compound  PROPN
        7  Jane        8   compound  PROPN
        8  Doe         5   pobj      PROPN
        9  \\n         0   dep       SPACE
        10 Ferries     11  nsubj     NOUN/NNS  ferry
        11 run         11  ROOT      VERB
        12 .           11  punct     PUNCT
    """, [(3, 4, "PERSON"), (7, 9, "PERSON")])
    assert _texts(made, kept(made, raw_mentions(made), article(made, ("title", "body")))) == ["Roe", "Jane Doe"]
