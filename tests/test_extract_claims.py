"""kg.extract.claims on hand-made Docs (no statistical model): direct quotes and reported speech,
their speakers (named, "she", "the minister", "according to X") and what they mention."""
from __future__ import annotations

from docs import doc, found
from kg.extract.claims import claims

JANE = "person/jane-doe"
KEEP = "We will keep the harbour open"
STAY = "the harbour will stay open all winter"


def said(d, kinds: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.kind, c.text) for c in claims(d, found(d, kinds))]


# “We will keep the harbour open,” said Jane Doe.
QUOTE_THEN_SPEAKER = """
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
    10  Jane    11  compound  PROPN
    11  Doe      9  nsubj     PROPN
    12  .        9  punct     PUNCT
"""


def test_a_quote_followed_by_said_and_a_name_is_a_direct_claim_of_that_person():
    d = doc(QUOTE_THEN_SPEAKER, [("Jane Doe", "PERSON")])
    assert d.text == "“We will keep the harbour open,” said Jane Doe."
    (claim,) = claims(d, found(d))
    assert (claim.speaker, claim.kind, claim.text) == (JANE, "direct", KEEP)
    assert d.text[claim.start:claim.end] == KEEP
    assert claim.evidence.text == d.text


def test_a_quote_after_the_speaker_and_said_is_a_direct_claim():
    d = doc("""
        0   Jane      1  compound  PROPN
        1   Doe       2  nsubj     PROPN
        2   said      2  ROOT      VERB   say
        3   :         2  punct     PUNCT
        4   “         2  punct     PUNCT
        5   We        7  nsubj     PRON
        6   will      7  aux       AUX
        7   keep      2  ccomp     VERB
        8   the       9  det       DET
        9   harbour   7  dobj      NOUN
        10  open      7  oprd      ADJ
        11  .         7  punct     PUNCT
        12  ”         2  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert d.text == "Jane Doe said: “We will keep the harbour open.”"
    assert said(d) == [(JANE, "direct", KEEP)]


def test_she_after_a_quote_is_the_person_named_before():
    d = doc("""
        0   Jane      1  compound  PROPN
        1   Doe       2  nsubj     PROPN
        2   arrived   2  ROOT      VERB   arrive
        3   in        2  prep      ADP
        4   Oslo      3  pobj      PROPN
        5   .         2  punct     PUNCT
        6   \\n        5  dep       SPACE
        7   “        17  punct     PUNCT
        8   We       10  nsubj     PRON
        9   will     10  aux       AUX
        10  keep     17  ccomp     VERB
        11  the      12  det       DET
        12  harbour  10  dobj      NOUN
        13  open     10  oprd      ADJ
        14  ,        17  punct     PUNCT
        15  ”        17  punct     PUNCT
        16  she      17  nsubj     PRON
        17  said     17  ROOT      VERB   say
        18  .        17  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert d.text == "Jane Doe arrived in Oslo.\n“We will keep the harbour open,” she said."
    assert said(d) == [(JANE, "direct", KEEP)]


def test_the_minister_after_a_quote_is_the_person_named_before_with_that_title():
    d = doc("""
        0   Minister  2  compound  PROPN
        1   Jane      2  compound  PROPN
        2   Doe       3  nsubj     PROPN
        3   arrived   3  ROOT      VERB   arrive
        4   .         3  punct     PUNCT
        5   “        16  punct     PUNCT
        6   We        8  nsubj     PRON
        7   will      8  aux       AUX
        8   keep     16  ccomp     VERB
        9   the      10  det       DET
        10  harbour   8  dobj      NOUN
        11  open      8  oprd      ADJ
        12  ,        16  punct     PUNCT
        13  ”        16  punct     PUNCT
        14  the      15  det       DET
        15  minister 16  nsubj     NOUN
        16  said     16  ROOT      VERB   say
        17  .        16  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "direct", KEEP)]


def test_a_role_noun_nobody_was_given_leaves_the_quote_unattributed():
    d = doc("""
        0   Jane      1  compound  PROPN
        1   Doe       2  nsubj     PROPN
        2   arrived   2  ROOT      VERB   arrive
        3   .         2  punct     PUNCT
        4   “        15  punct     PUNCT
        5   We        7  nsubj     PRON
        6   will      7  aux       AUX
        7   keep     15  ccomp     VERB
        8   the       9  det       DET
        9   harbour   7  dobj      NOUN
        10  open      7  oprd      ADJ
        11  ,        15  punct     PUNCT
        12  ”        15  punct     PUNCT
        13  the      14  det       DET
        14  minister 15  nsubj     NOUN
        15  said     15  ROOT      VERB   say
        16  .        15  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == []


def test_a_quoted_fragment_inside_the_writers_sentence_is_not_a_direct_claim():
    d = doc("""
        0   Jane       1  compound  PROPN
        1   Doe        2  nsubj     PROPN
        2   said       2  ROOT      VERB   say
        3   the        4  det       DET
        4   plan       5  nsubj     NOUN
        5   was        2  ccomp     AUX    be
        6   “          9  punct     PUNCT
        7   a          9  det       DET
        8   reckless   9  amod      ADJ
        9   step       5  attr      NOUN
        10  toward     9  prep      ADP
        11  open      12  amod      ADJ
        12  conflict  10  pobj      NOUN
        13  ”          9  punct     PUNCT
        14  .          2  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "indirect", "the plan was “a reckless step toward open conflict”")]


def test_said_that_gives_an_indirect_claim_that_mentions_the_actors_in_it():
    d = doc("""
        0   Jane      1  compound  PROPN
        1   Doe       2  nsubj     PROPN
        2   said      2  ROOT      VERB   say
        3   that      6  mark      SCONJ
        4   Norway    6  nsubj     PROPN
        5   will      6  aux       AUX
        6   keep      2  ccomp     VERB
        7   the       8  det       DET
        8   harbour   6  dobj      NOUN
        9   open      6  oprd      ADJ
        10  .         2  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    (claim,) = claims(d, found(d))
    assert (claim.speaker, claim.kind, claim.text) == (JANE, "indirect", "Norway will keep the harbour open")
    assert claim.mentions == ("country/NO",)


def test_according_to_x_gives_an_indirect_claim_of_x():
    d = doc("""
        0   According  8  prep      VERB   accord
        1   to         0  prep      ADP
        2   Jane       3  compound  PROPN
        3   Doe        1  pobj      PROPN
        4   ,          8  punct     PUNCT
        5   the        6  det       DET
        6   harbour    8  nsubj     NOUN
        7   will       8  aux       AUX
        8   stay       8  ROOT      VERB
        9   open       8  acomp     ADJ
        10  all       11  det       DET
        11  winter     8  npadvmod  NOUN
        12  .          8  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "indirect", STAY)]


def test_as_x_pointed_out_gives_an_indirect_claim_of_x():
    d = doc("""
        0   As         3  mark      SCONJ
        1   Jane       2  compound  PROPN
        2   Doe        3  nsubj     PROPN
        3   pointed    9  advcl     VERB   point
        4   out        3  prt       ADP
        5   ,          9  punct     PUNCT
        6   the        7  det       DET
        7   harbour    9  nsubj     NOUN
        8   will       9  aux       AUX
        9   stay       9  ROOT      VERB
        10  open       9  acomp     ADJ
        11  all       12  det       DET
        12  winter     9  npadvmod  NOUN
        13  .          9  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "indirect", STAY)]


def test_a_quote_of_fewer_than_three_words_is_no_claim():
    d = doc("""
        0   “       5  punct     PUNCT
        1   Not     2  neg       PART
        2   now     5  ccomp     ADV
        3   ,       5  punct     PUNCT
        4   ”       5  punct     PUNCT
        5   said    5  ROOT      VERB   say
        6   Jane    7  compound  PROPN
        7   Doe     5  nsubj     PROPN
        8   .       5  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert d.text == "“Not now,” said Jane Doe."
    assert said(d) == []


def test_only_body_paragraphs_are_read_for_claims():
    d = doc(QUOTE_THEN_SPEAKER, [("Jane Doe", "PERSON")])
    assert said(d, kinds=("body",)) == [(JANE, "direct", KEEP)]
    assert said(d, kinds=("caption",)) == []


def test_an_unbalanced_quote_mark_spoils_only_its_own_paragraph():
    d = doc("""
        0   Jane      1  compound  PROPN
        1   Doe       2  nsubj     PROPN
        2   waved     2  ROOT      VERB   wave
        3   a         4  det       DET
        4   banner    2  dobj      NOUN
        5   reading   4  acl       VERB   read
        6   “         7  punct     PUNCT
        7   Open      5  dobj      PROPN
        8   .         2  punct     PUNCT
        9   \\n        8  dep       SPACE
        10  “        20  punct     PUNCT
        11  We       13  nsubj     PRON
        12  will     13  aux       AUX
        13  keep     20  ccomp     VERB
        14  the      15  det       DET
        15  harbour  13  dobj      NOUN
        16  open     13  oprd      ADJ
        17  ,        20  punct     PUNCT
        18  ”        20  punct     PUNCT
        19  she      20  nsubj     PRON
        20  said     20  ROOT      VERB   say
        21  .        20  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert d.text == "Jane Doe waved a banner reading “Open.\n“We will keep the harbour open,” she said."
    assert said(d) == [(JANE, "direct", KEEP)]


def test_of_two_subjects_the_parse_gives_a_reporting_verb_the_nearest_speaks():
    d = doc("""
        0   In        4  prep      ADP
        1   Oslo      0  pobj      PROPN
        2   ,         4  punct     PUNCT
        3   Norway    4  nsubj     PROPN
        4   said      4  ROOT      VERB   say
        5   the       6  det       DET
        6   harbour   8  nsubj     NOUN
        7   will      8  aux       AUX
        8   stay      4  ccomp     VERB
        9   open      8  acomp     ADJ
        10  all      11  det       DET
        11  winter    8  npadvmod  NOUN
        12  .         4  punct     PUNCT
    """)
    assert said(d) == [("country/NO", "indirect", STAY)]
    d = doc("""
        0   In        6  prep      ADP
        1   Oslo      0  pobj      PROPN
        2   ,         6  punct     PUNCT
        3   Norway    6  nsubj     PROPN
        4   Jane      5  compound  PROPN
        5   Doe       6  nsubj     PROPN
        6   said      6  ROOT      VERB   say
        7   the       8  det       DET
        8   harbour  10  nsubj     NOUN
        9   will     10  aux       AUX
        10  stay      6  ccomp     VERB
        11  open     10  acomp     ADJ
        12  all      13  det       DET
        13  winter   10  npadvmod  NOUN
        14  .         6  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "indirect", STAY)]


def test_she_refers_to_the_last_subject_of_any_clause_when_no_main_clause_names_one():
    d = doc("""
        0   When      3  advmod    SCONJ
        1   Jane      2  compound  PROPN
        2   Doe       3  nsubj     PROPN
        3   met       9  advcl     VERB   meet
        4   Ann       5  compound  PROPN
        5   Roe       3  dobj      PROPN
        6   ,         9  punct     PUNCT
        7   the       8  det       DET
        8   talks     9  nsubj     NOUN
        9   ended     9  ROOT      VERB   end
        10  .         9  punct     PUNCT
        11  She      12  nsubj     PRON
        12  said     12  ROOT      VERB   say
        13  the      14  det       DET
        14  harbour  16  nsubj     NOUN
        15  will     16  aux       AUX
        16  stay     12  ccomp     VERB
        17  open     16  acomp     ADJ
        18  all      19  det       DET
        19  winter   16  npadvmod  NOUN
        20  .        12  punct     PUNCT
    """, [("Jane Doe", "PERSON"), ("Ann Roe", "PERSON")])
    assert said(d) == [(JANE, "indirect", STAY)]


def test_a_person_the_parse_put_in_apposition_to_a_place_is_the_lost_subject():
    d = doc("""
        0   In        7  prep      ADP
        1   Oslo      0  pobj      PROPN
        2   ,         1  punct     PUNCT
        3   Jane      4  compound  PROPN
        4   Doe       1  appos     PROPN
        5   ,         7  punct     PUNCT
        6   also      7  advmod    ADV
        7   said      7  ROOT      VERB   say
        8   the       9  det       DET
        9   harbour  11  nsubj     NOUN
        10  will     11  aux       AUX
        11  stay      7  ccomp     VERB
        12  open     11  acomp     ADJ
        13  all      14  det       DET
        14  winter   11  npadvmod  NOUN
        15  .         7  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "indirect", STAY)]


def test_a_reporting_verb_hung_as_a_relative_clause_without_who_speaks_for_its_head():
    d = doc("""
        0   Jane      1  compound  PROPN
        1   Doe       1  ROOT      PROPN
        2   on        3  prep      ADP
        3   Tuesday   2  pobj      PROPN
        4   said      1  relcl     VERB   say
        5   the       6  det       DET
        6   harbour   8  nsubj     NOUN
        7   will      8  aux       AUX
        8   stay      4  ccomp     VERB
        9   open      8  acomp     ADJ
        10  all      11  det       DET
        11  winter    8  npadvmod  NOUN
        12  .         1  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "indirect", STAY)]


# "After the council voted, Jane Doe said the harbour will stay open all winter.": the parse hung
# the fronted clause on 'said' as a second clause complement
TWO_CLAUSES = """
    0   After     3  mark      SCONJ
    1   the       2  det       DET
    2   council   3  nsubj     NOUN
    3   voted     7  ccomp     VERB   vote
    4   ,         7  punct     PUNCT
    5   Jane      6  compound  PROPN
    6   Doe       7  nsubj     PROPN
    7   said      7  ROOT      VERB   say
    8   the       9  det       DET
    9   harbour  11  nsubj     NOUN
    10  will     11  aux       AUX
    11  stay      7  ccomp     VERB
    12  open     11  acomp     ADJ
    13  all      14  det       DET
    14  winter   11  npadvmod  NOUN
    15  .         7  punct     PUNCT
"""


def test_the_clause_after_the_verb_is_the_content_not_one_the_parse_hung_before_it():
    d = doc(TWO_CLAUSES, [("Jane Doe", "PERSON")])
    assert said(d) == [(JANE, "indirect", STAY)]
