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


def test_a_counted_party_noun_after_a_dash_names_the_countries_listed_before_it():
    # The visit pleased Norway and Sweden — two Danish allies.
    d = doc("""
        0  The      1  det      DET
        1  visit    2  nsubj    NOUN
        2  pleased  2  ROOT     VERB      please
        3  Norway   2  dobj     PROPN
        4  and      3  cc       CCONJ
        5  Sweden   3  conj     PROPN
        6  —        2  punct    PUNCT
        7  two      9  nummod   NUM
        8  Danish   9  amod     ADJ
        9  allies   2  dobj     NOUN/NNS  ally
        10 .        2  punct    PUNCT
    """)
    assert {(a, b, t) for a, b, t, _ in events_of(d)} == {("country/DK", NO, "cooperation"),
                                                          ("country/DK", SE, "cooperation")}


def test_peace_talks_make_no_partners():
    # Norway held peace talks with Sweden.
    d = doc("""
        0  Norway  1  nsubj     PROPN
        1  held    1  ROOT      VERB      hold
        2  peace   3  compound  NOUN
        3  talks   1  dobj      NOUN/NNS  talks
        4  with    3  prep      ADP
        5  Sweden  4  pobj      PROPN
        6  .       1  punct     PUNCT
    """)
    assert events_of(d) == set()


def test_a_countrys_people_stand_for_it():
    # The Norwegian people stand with the Swedish people.
    d = doc("""
        0  The        2  det    DET
        1  Norwegian  2  amod   ADJ
        2  people     3  nsubj  NOUN/NNS
        3  stand      3  ROOT   VERB/VBP
        4  with       3  prep   ADP
        5  the        7  det    DET
        6  Swedish    7  amod   ADJ
        7  people     4  pobj   NOUN/NNS
        8  .          3  punct  PUNCT
    """)
    assert {(a, b, t) for a, b, t, _ in events_of(d)} == {(NO, SE, "cooperation")}


def test_who_leads_an_exercise_takes_part_in_it():
    # Sweden joined a Danish-led exercise.
    d = doc("""
        0  Sweden    1  nsubj     PROPN
        1  joined    1  ROOT      VERB      join
        2  a         6  det       DET
        3  Danish    5  npadvmod  ADJ
        4  -         5  punct     PUNCT
        5  led       6  amod      VERB/VBN  lead
        6  exercise  1  dobj      NOUN
        7  .         1  punct     PUNCT
    """)
    assert {(a, b, t) for a, b, t, _ in events_of(d)} == {("country/DK", SE, "cooperation")}


def test_the_members_of_an_exercise_in_a_clause_on_it_take_part_together():
    # It was an exercise that involved troops from Sweden and Finland.
    d = doc("""
        0  It        1  nsubj  PRON
        1  was       1  ROOT   AUX       be
        2  an        3  det    DET
        3  exercise  1  attr   NOUN
        4  that      5  nsubj  PRON/WDT
        5  involved  3  relcl  VERB      involve
        6  troops    5  dobj   NOUN/NNS  troop
        7  from      6  prep   ADP
        8  Sweden    7  pobj   PROPN
        9  and       8  cc     CCONJ
        10 Finland   8  conj   PROPN
        11 .         1  punct  PUNCT
    """)
    assert {(a, b, t) for a, b, t, _ in events_of(d)} == {("country/FI", SE, "cooperation")}


def test_what_a_verb_calls_a_threat_is_the_act_of_its_objects_actor():
    # Norway called Russia's drills a threat to Sweden.
    d = doc("""
        0  Norway  1  nsubj  PROPN
        1  called  1  ROOT   VERB      call
        2  Russia  4  poss   PROPN
        3  's      2  case   PART
        4  drills  1  dobj   NOUN/NNS  drill
        5  a       6  det    DET
        6  threat  1  oprd   NOUN
        7  to      6  prep   ADP
        8  Sweden  7  pobj   PROPN
        9  .       1  punct  PUNCT
    """)
    assert (RU, SE, "tension", "threaten") in events_of(d)


def test_allies_including_named_countries_are_those_countries():
    # Norway works with allies, including Sweden and Finland.
    d = doc("""
        0  Norway     1  nsubj  PROPN
        1  works      1  ROOT   VERB/VBZ  work
        2  with       1  prep   ADP
        3  allies     2  pobj   NOUN/NNS  ally
        4  ,          3  punct  PUNCT
        5  including  3  prep   VERB/VBG  include
        6  Sweden     5  pobj   PROPN
        7  and        6  cc     CCONJ
        8  Finland    6  conj   PROPN
        9  .          1  punct  PUNCT
    """)
    assert {(a, b) for a, b, t, _ in events_of(d) if t == "cooperation"} >= {("country/FI", NO), (NO, SE)}


def test_standing_behind_a_country_is_support():
    # Norway stands behind Sweden.
    d = doc("""
        0  Norway  1  nsubj  PROPN
        1  stands  1  ROOT   VERB/VBZ  stand
        2  behind  1  prep   ADP
        3  Sweden  2  pobj   PROPN
        4  .       1  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "cooperation", "support")}


def test_calling_for_an_act_asserts_none_but_calling_an_act_a_threat_does():
    from kg.extract.assertion import asserted
    # Norway called for talks with Sweden.
    d = doc("""
        0  Norway  1  nsubj  PROPN
        1  called  1  ROOT   VERB      call
        2  for     1  prep   ADP
        3  talks   2  pobj   NOUN/NNS  talks
        4  with    3  prep   ADP
        5  Sweden  4  pobj   PROPN
        6  .       1  punct  PUNCT
    """)
    assert not asserted(d[3])
    # Norway called the drills a threat.
    d = doc("""
        0  Norway  1  nsubj  PROPN
        1  called  1  ROOT   VERB      call
        2  the     3  det    DET
        3  drills  1  dobj   NOUN/NNS  drill
        4  a       5  det    DET
        5  threat  1  oprd   NOUN
        6  .       1  punct  PUNCT
    """)
    assert asserted(d[5])


def test_a_demonym_listed_before_a_body_of_another_country_adds_its_country(pairs):
    assert pairs("Norwegian and Royal Swedish Navies completed a joint maritime exercise.") == {("NO", "SE", "c")}
    assert pairs("Danish and Swedish Armies ran a joint drill near the border.") == {("DK", "SE", "c")}


def test_countries_after_a_dateline_parsed_as_their_subject_act(pairs):
    assert pairs("HALDEN (Wire) - Norway and Sweden have agreed to hold talks twice a year.") == {("NO", "SE", "c")}
