"""Relations on hand-made Docs: parties listed as appositions, words that stand for the countries
just named, acts told through their object ('an exchange of fire'), reciprocal accusations,
strengthened relationships and what is asserted under 'not only' and 'insisted'."""
from __future__ import annotations

from docs import article, doc
from kg.extract import extract

NO, SE, FI, US = (f"country/{iso}" for iso in ("NO", "SE", "FI", "US"))


def related(d) -> set[tuple[str, str, str]]:
    return {(r.a, r.b, r.type) for r in extract(d, article(d)).relations}


def test_a_cooperation_of_listed_nations_relates_them_pairwise():
    # The success came through the collaboration of all the nations: Norway, Sweden, Finland.
    d = doc("""
        0  The            1  det      DET
        1  success        2  nsubj    NOUN
        2  came           2  ROOT     VERB      come
        3  through        2  prep     ADP
        4  the            5  det      DET
        5  collaboration  3  pobj     NOUN
        6  of             5  prep     ADP
        7  all            9  predet   DET
        8  the            9  det      DET
        9  nations        6  pobj     NOUN/NNS  nation
        10 :              9  punct    PUNCT
        11 Norway         9  appos    PROPN
        12 ,              11 punct    PUNCT
        13 Sweden         11 appos    PROPN
        14 ,              13 punct    PUNCT
        15 Finland        13 conj     PROPN
        16 .              2  punct    PUNCT
    """)
    assert related(d) == {(FI, NO, "cooperation"), (FI, SE, "cooperation"), (NO, SE, "cooperation")}


def test_the_two_allies_of_a_country_are_the_two_just_named():
    # Norway met Sweden. Relations between the two U.S. allies soured (a hand-made parse).
    d = doc("""
        0  Norway   1  nsubj     PROPN
        1  met      1  ROOT      VERB      meet
        2  Sweden   1  dobj      PROPN
        3  .        1  punct     PUNCT
        4  Ties     10 nsubj     NOUN/NNS  tie
        5  between  4  prep      ADP
        6  the      9  det       DET
        7  two      9  nummod    NUM
        8  U.S.     9  compound  PROPN
        9  allies   5  pobj      NOUN/NNS  ally
        10 soured   10 ROOT      VERB      sour
        11 .        10 punct     PUNCT
    """)
    assert related(d) == {(NO, SE, "cooperation"), (NO, SE, "tension"), (NO, US, "cooperation"),
                          (SE, US, "cooperation")}


def test_an_exchange_of_fire_between_two_countries_is_a_fight():
    # There was an exchange of fire between Norway and Sweden.
    d = doc("""
        0  There     1  expl   PRON
        1  was       1  ROOT   AUX    be
        2  an        3  det    DET
        3  exchange  1  attr   NOUN
        4  of        3  prep   ADP
        5  fire      4  pobj   NOUN
        6  between   3  prep   ADP
        7  Norway    6  pobj   PROPN
        8  and       7  cc     CCONJ
        9  Sweden    7  conj   PROPN
        10 .         1  punct  PUNCT
    """)
    assert related(d) == {(NO, SE, "tension")}


def test_both_sides_accusing_the_other_is_mutual():
    # Norway met Sweden. Both sides accused the other.
    d = doc("""
        0  Norway   1  nsubj  PROPN
        1  met      1  ROOT   VERB      meet
        2  Sweden   1  dobj   PROPN
        3  .        1  punct  PUNCT
        4  Both     5  det    DET
        5  sides    6  nsubj  NOUN/NNS  side
        6  accused  6  ROOT   VERB      accuse
        7  the      8  det    DET
        8  other    6  dobj   ADJ
        9  .        6  punct  PUNCT
    """)
    assert (NO, SE, "tension") in related(d)


def test_a_strengthened_relationship_is_cooperation_and_not_only_is_no_negation():
    # The visit strengthened not only the U.S. relationship with Norway.
    d = doc("""
        0  The           1  det       DET
        1  visit         2  nsubj     NOUN
        2  strengthened  2  ROOT      VERB   strengthen
        3  not           7  preconj   PART
        4  only          7  advmod    ADV
        5  the           7  det       DET
        6  U.S.          7  compound  PROPN
        7  relationship  2  dobj      NOUN
        8  with          7  prep      ADP
        9  Norway        8  pobj      PROPN
        10 .             2  punct     PUNCT
    """)
    assert related(d) == {(NO, US, "cooperation")}


def test_a_relationship_that_is_only_named_is_no_cooperation():
    # The visit discussed the U.S. relationship with Norway.
    d = doc("""
        0  The           1  det       DET
        1  visit         2  nsubj     NOUN
        2  discussed     2  ROOT      VERB   discuss
        3  the           5  det       DET
        4  U.S.          5  compound  PROPN
        5  relationship  2  dobj      NOUN
        6  with          5  prep      ADP
        7  Norway        6  pobj      PROPN
        8  .             2  punct     PUNCT
    """)
    assert related(d) == set()


def test_insisting_on_what_has_happened_asserts_it_but_insisting_on_a_wish_does_not():
    # Norway insisted Sweden has attacked Finland. / Norway insisted that Sweden withdraw from Finland.
    stated = doc("""
        0  Norway    1  nsubj  PROPN
        1  insisted  1  ROOT   VERB      insist
        2  Sweden    4  nsubj  PROPN
        3  has       4  aux    AUX/VBZ   have
        4  attacked  1  ccomp  VERB/VBN  attack
        5  Finland   4  dobj   PROPN
        6  .         1  punct  PUNCT
    """)
    assert related(stated) == {(FI, SE, "tension")}
    wished = doc("""
        0  Norway    1  nsubj  PROPN
        1  insisted  1  ROOT   VERB      insist
        2  that      4  mark   SCONJ
        3  Sweden    4  nsubj  PROPN
        4  attack    1  ccomp  VERB/VB   attack
        5  Finland   4  dobj   PROPN
        6  .         1  punct  PUNCT
    """)
    assert related(wished) == set()


RU = "country/RU"


def test_their_in_the_reason_for_sanctions_is_whom_they_are_on():
    # Norway imposed sanctions on Sweden and Finland for their support to Russia.
    d = doc("""
        0  Norway     1  nsubj  PROPN
        1  imposed    1  ROOT   VERB       impose
        2  sanctions  1  dobj   NOUN/NNS   sanction
        3  on         2  prep   ADP
        4  Sweden     3  pobj   PROPN
        5  and        4  cc     CCONJ
        6  Finland    4  conj   PROPN
        7  for        1  prep   ADP
        8  their      9  poss   PRON/PRP$
        9  support    7  pobj   NOUN
        10 to         9  prep   ADP
        11 Russia     10 pobj   PROPN
        12 .          1  punct  PUNCT
    """)
    assert related(d) == {(NO, SE, "tension"), (FI, NO, "tension"), (RU, SE, "cooperation"),
                          (FI, RU, "cooperation")}


def war_in(marker: str | None) -> str:
    """"Russia's [marker] war in Sweden continued." as a token table."""
    rows = ["0  Russia  {w}  poss  PROPN", "1  's  0  case  PART"]
    if marker:
        rows.append(f"2  {marker}  3  amod  ADJ")
    w = len(rows)
    rows += [f"{w}  war  {w + 3}  nsubj  NOUN", f"{w + 1}  in  {w}  prep  ADP", f"{w + 2}  Sweden  {w + 1}  pobj  PROPN",
             f"{w + 3}  continued  {w + 3}  ROOT  VERB  continue", f"{w + 4}  .  {w + 3}  punct  PUNCT"]
    return "\n".join(rows).replace("{w}", str(w))


def test_a_war_in_a_country_is_on_it_only_when_called_an_aggression():
    assert related(doc(war_in("unprovoked"))) == {(RU, SE, "tension")}
    assert related(doc(war_in(None))) == set()


def test_sanctions_imposed_by_one_country_that_hurt_anothers_economy_are_on_it():
    # The sanctions imposed by Norway hurt Russia's economy.
    d = doc("""
        0  The        1  det    DET
        1  sanctions  5  nsubj  NOUN/NNS  sanction
        2  imposed    1  acl    VERB/VBN  impose
        3  by         2  agent  ADP
        4  Norway     3  pobj   PROPN
        5  hurt       5  ROOT   VERB      hurt
        6  Russia     8  poss   PROPN
        7  's         6  case   PART
        8  economy    5  dobj   NOUN
        9  .          5  punct  PUNCT
    """)
    assert related(d) == {(NO, RU, "tension")}


def test_who_issues_a_statement_does_what_it_does():
    # Norway and Sweden issued a statement condemning Russia.
    d = doc("""
        0  Norway      3  nsubj  PROPN
        1  and         0  cc     CCONJ
        2  Sweden      0  conj   PROPN
        3  issued      3  ROOT   VERB      issue
        4  a           5  det    DET
        5  statement   3  dobj   NOUN
        6  condemning  5  acl    VERB/VBG  condemn
        7  Russia      6  dobj   PROPN
        8  .           3  punct  PUNCT
    """)
    assert related(d) == {(NO, RU, "tension"), (RU, SE, "tension")}


def test_the_three_sides_are_the_nearest_earlier_list_of_three():
    # Norway, Sweden and Finland condemned Russia.\nThe three sides met.
    d = doc("""
        0  Norway     5  nsubj  PROPN
        1  ,          0  punct  PUNCT
        2  Sweden     0  conj   PROPN
        3  and        2  cc     CCONJ
        4  Finland    2  conj   PROPN
        5  condemned  5  ROOT   VERB      condemn
        6  Russia     5  dobj   PROPN
        7  .          5  punct  PUNCT
        8  \\n        7  dep    SPACE
        9  The        11 det    DET
        10 three      11 nummod NUM
        11 sides      12 nsubj  NOUN/NNS  side
        12 met        12 ROOT   VERB      meet
        13 .          12 punct  PUNCT
    """)
    assert {(a, b) for a, b, t in related(d) if t == "cooperation"} == {(NO, SE), (FI, NO), (FI, SE)}
