"""kg.extract.arguments, sides and groups on hand-made Docs: whose act a noun names, what a
pronoun stands for, and the groups an article names as one."""
from __future__ import annotations

from docs import article, doc
from kg.extract import extract
from kg.extract.groups import pair_words
from kg.extract.relations import _named_owners
from kg.extract.sides import Scene, countries
from kg.model import Mention

NO, SE, RU = (f"country/{iso}" for iso in ("NO", "SE", "RU"))


def events_of(d) -> set[tuple[str, str, str, str | None]]:
    return {(r.a, r.b, r.type, r.event) for r in extract(d, article(d)).relations}


def test_its_in_the_reason_for_an_act_is_who_the_act_is_aimed_at_not_the_clauses_subject():
    # Norway imposed sanctions on Russia for its invasion of Sweden.
    d = doc("""
        0  Norway     1  nsubj  PROPN
        1  imposed    1  ROOT   VERB      impose
        2  sanctions  1  dobj   NOUN/NNS  sanction
        3  on         2  prep   ADP
        4  Russia     3  pobj   PROPN
        5  for        1  prep   ADP
        6  its        7  poss   PRON/PRP$
        7  invasion   5  pobj   NOUN
        8  of         7  prep   ADP
        9  Sweden     8  pobj   PROPN
        10 .          1  punct  PUNCT
    """)
    assert events_of(d) == {(NO, RU, "tension", "sanction"), (RU, SE, "tension", "attack")}


def test_who_condemns_an_attack_is_not_its_actor():
    # Norway condemned the attack on Sweden.
    d = doc("""
        0  Norway     1  nsubj  PROPN
        1  condemned  1  ROOT   VERB   condemn
        2  the        3  det    DET
        3  attack     1  dobj   NOUN
        4  on         3  prep   ADP
        5  Sweden     4  pobj   PROPN
        6  .          1  punct  PUNCT
    """)
    assert events_of(d) == set()


def test_who_carries_out_an_attack_is_its_actor():
    # Norway carried out an attack on Sweden.
    d = doc("""
        0  Norway   1  nsubj  PROPN
        1  carried  1  ROOT   VERB   carry
        2  out      1  prt    ADP
        3  an       4  det    DET
        4  attack   1  dobj   NOUN
        5  on       4  prep   ADP
        6  Sweden   5  pobj   PROPN
        7  .        1  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "tension", "attack")}


def test_a_countrys_sovereignty_is_the_country_acted_on():
    # Norway respects the sovereignty of Sweden.
    d = doc("""
        0  Norway       1  nsubj  PROPN
        1  respects     1  ROOT   VERB   respect
        2  the          3  det    DET
        3  sovereignty  1  dobj   NOUN
        4  of           3  prep   ADP
        5  Sweden       4  pobj   PROPN
        6  .            1  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "cooperation", "support")}


def test_a_relative_pronoun_stands_for_its_antecedent():
    # Norway supports Sweden, which Russia attacked.
    d = doc("""
        0  Norway    1  nsubj  PROPN
        1  supports  1  ROOT   VERB      support
        2  Sweden    1  dobj   PROPN
        3  ,         2  punct  PUNCT
        4  which     6  dobj   PRON/WDT
        5  Russia    6  nsubj  PROPN
        6  attacked  2  relcl  VERB      attack
        7  .         1  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "cooperation", "support"), (RU, SE, "tension", "attack")}


def test_the_origin_of_an_object_is_no_target():
    # Norway hosted people from Sweden. / Norway hosted officials from Sweden.
    table = """
        0  Norway   1  nsubj  PROPN
        1  hosted   1  ROOT   VERB      host
        2  {who}    1  dobj   NOUN/NNS  {lemma}
        3  from     2  prep   ADP
        4  Sweden   3  pobj   PROPN
        5  .        1  punct  PUNCT
    """
    assert events_of(doc(table.format(who="people", lemma="people"))) == set()
    assert events_of(doc(table.format(who="officials", lemma="official"))) == {(NO, SE, "cooperation", "consult")}


def test_an_indefinite_demonym_is_a_person_not_the_state():
    # A Norwegian attacked Sweden.
    d = doc("""
        0  A          1  det    DET
        1  Norwegian  2  nsubj  PROPN
        2  attacked   2  ROOT   VERB   attack
        3  Sweden     2  dobj   PROPN
        4  .          2  punct  PUNCT
    """)
    assert events_of(d) == set()


def test_they_in_a_groups_statement_are_its_members():
    # They condemned Russia.
    d = doc("""
        0  They       1  nsubj  PRON
        1  condemned  1  ROOT   VERB   condemn
        2  Russia     1  dobj   PROPN
        3  .          1  punct  PUNCT
    """)
    group = Scene({}, {}, {}, ((0, len(d.text), frozenset({NO, SE})),), frozenset())
    alone = Scene({}, {}, {}, ((0, len(d.text), frozenset({NO})),), frozenset())
    assert countries(d[0], group) == {NO, SE}
    assert countries(d[0], alone) == set()  # one speaker's 'they' is somebody else


def test_a_pair_adjective_covers_its_hyphen():
    # The inter-Korean summit
    d = doc("""
        0  The     4  det   DET
        1  inter   4  amod  ADJ
        2  -       4  amod  ADJ
        3  Korean  4  amod  ADJ
        4  summit  4  ROOT  NOUN
    """)
    assert pair_words(d) == {i: frozenset({"country/KP", "country/KR"}) for i in (1, 2, 3)}


def test_a_state_body_takes_the_one_country_its_name_holds():
    named = _named_owners((
        Mention(0, 25, "Royal Norwegian Air Force", "Organization", "org/rnaf"),
        Mention(30, 70, "Norwegian Institute of International Affairs", "Organization", "org/nupi"),
        Mention(80, 120, "Embassy of Sweden in Norway", "Organization", "org/embassy"),
    ))
    assert named == {"org/rnaf": NO}  # an institute is no state body; two countries are unsure
