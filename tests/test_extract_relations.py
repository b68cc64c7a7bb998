"""kg.extract.relations on hand-made Docs (no statistical model): cooperation and tension cues,
the countries they govern, and the statements that assert nothing."""
from __future__ import annotations

from dataclasses import replace

import pytest

from docs import article, doc, found
from kg.extract import extract
from kg.extract.relations import relations
from kg.model import Affiliation, Claim, Evidence

NO, JP, SE, FI, RU, US = (f"country/{iso}" for iso in ("NO", "JP", "SE", "FI", "RU", "US"))


def related(d, kinds: tuple[str, ...] = ()) -> set[tuple[str, str, str, str]]:
    """The relations as ``kg.extract.extract`` finds them: after resolution, affiliations (for
    the people's countries) and claims."""
    return {(r.a, r.b, r.type, r.subtype) for r in extract(d, article(d, kinds)).relations}


# Officials welcomed the cooperation between Norway and Japan.
BETWEEN = """
    0  Officials    1  nsubj  NOUN/NNS  official
    1  welcomed     1  ROOT   VERB      welcome
    2  the          3  det    DET
    3  cooperation  1  dobj   NOUN
    4  between      3  prep   ADP
    5  Norway       4  pobj   PROPN
    6  and          5  cc     CCONJ
    7  Japan        5  conj   PROPN
    8  .            1  punct  PUNCT
"""


def test_cooperation_between_two_countries_relates_them_with_the_sentence_as_evidence():
    d = doc(BETWEEN)
    (r,) = relations(d, found(d))
    assert (r.a, r.b, r.type, r.cue, r.subtype) == (JP, NO, "cooperation", "cooperation", "partnersWith")
    assert r.evidence.text == "Officials welcomed the cooperation between Norway and Japan."


def test_cooperation_among_a_group_relates_every_pair():
    d = doc("""
        0   Officials    1  nsubj  NOUN/NNS  official
        1   welcomed     1  ROOT   VERB      welcome
        2   the          3  det    DET
        3   cooperation  1  dobj   NOUN
        4   among        3  prep   ADP
        5   Norway       4  pobj   PROPN
        6   ,            5  punct  PUNCT
        7   Japan        5  conj   PROPN
        8   and          7  cc     CCONJ
        9   Sweden       7  conj   PROPN
        10  .            1  punct  PUNCT
    """)
    assert related(d) == {(JP, NO, "cooperation", "partnersWith"), (JP, SE, "cooperation", "partnersWith"),
                          (NO, SE, "cooperation", "partnersWith")}


@pytest.mark.parametrize("word, dep, pos, expected", [
    ("also", "advmod", "ADV", {(JP, NO, "cooperation", "partnersWith")}),
    ("not", "neg", "PART", set()),
    ("never", "neg", "ADV", set()),
])
def test_a_negated_cooperation_cue_asserts_nothing(word, dep, pos, expected):
    d = doc(f"""
        0  Norway     3  nsubj  PROPN
        1  will       3  aux    AUX
        2  {word}     3  {dep}  {pos}
        3  cooperate  3  ROOT   VERB
        4  with       3  prep   ADP
        5  Japan      4  pobj   PROPN
        6  .          3  punct  PUNCT
    """)
    assert related(d) == expected


def test_no_before_the_cue_word_asserts_nothing():
    d = doc("""
        0  There     1  expl   PRON
        1  is        1  ROOT   AUX    be
        2  no        3  det    DET
        3  alliance  1  attr   NOUN
        4  between   3  prep   ADP
        5  Norway    4  pobj   PROPN
        6  and       5  cc     CCONJ
        7  Japan     5  conj   PROPN
        8  .         1  punct  PUNCT
    """)
    assert related(d) == set()


def test_a_cue_in_an_if_clause_asserts_nothing():
    d = doc("""
        0   If          2  mark   SCONJ
        1   Norway      2  nsubj  PROPN
        2   cooperates  8  advcl  VERB      cooperate
        3   with        2  prep   ADP
        4   Japan       3  pobj   PROPN
        5   ,           8  punct  PUNCT
        6   the         7  det    DET
        7   talks       8  nsubj  NOUN/NNS  talk
        8   resume      8  ROOT   VERB
        9   .           8  punct  PUNCT
    """)
    assert related(d) == set()


def test_a_hyphenated_pair_before_a_tension_cue_is_in_tension():
    d = doc("""
        0  Norway    3  compound  PROPN
        1  -         0  punct     PUNCT
        2  Japan     3  compound  PROPN
        3  tensions  4  nsubj     NOUN/NNS  tension
        4  rose      4  ROOT      VERB      rise
        5  .         4  punct     PUNCT
    """)
    assert d.text == "Norway-Japan tensions rose."
    assert related(d) == {(JP, NO, "tension", "disputesWith")}


def test_cooperation_against_a_country_does_not_include_it():
    d = doc("""
        0  Norway     3  nsubj  PROPN
        1  and        0  cc     CCONJ
        2  Japan      0  conj   PROPN
        3  cooperate  3  ROOT   VERB
        4  against    3  prep   ADP
        5  Russia     4  pobj   PROPN
        6  .          3  punct  PUNCT
    """)
    assert related(d) == {(JP, NO, "cooperation", "partnersWith")}


@pytest.mark.parametrize("modifier, expected", [
    ("Russian", {(FI, RU, "tension", "hostileTo")}),
    ("sudden", set()),
])
def test_a_hostile_act_needs_the_country_that_acts(modifier, expected):
    d = doc(f"""
        0  Officials   1  nsubj  NOUN/NNS  official
        1  discussed   1  ROOT   VERB      discuss
        2  a           4  det    DET
        3  {modifier}  4  amod   ADJ
        4  invasion    1  dobj   NOUN
        5  of          4  prep   ADP
        6  Finland     5  pobj   PROPN
        7  .           1  punct  PUNCT
    """)
    assert related(d) == expected


def test_a_one_sided_threat_relates_the_threatening_country_to_the_speakers_country():
    d = doc("""
        0  Norwegian    2  amod      ADJ
        1  Defense      2  compound  PROPN
        2  Minister     4  compound  PROPN
        3  Jane         4  compound  PROPN
        4  Doe          5  nsubj     PROPN
        5  warned       5  ROOT      VERB      warn
        6  about        5  prep      ADP
        7  Russia       9  poss      PROPN
        8  's           7  case      PART
        9  provocations 6  pobj      NOUN/NNS  provocation
        10 .            5  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    assert related(d) == {(NO, RU, "tension", "hostileTo")}


def test_an_organisation_of_a_known_country_acts_for_it():
    d = doc("""
        0  The        1  det    DET
        1  Pentagon   2  nsubj  PROPN
        2  condemned  2  ROOT   VERB   condemn
        3  Russia     2  dobj   PROPN
        4  .          2  punct  PUNCT
    """)
    assert related(d) == {(RU, US, "tension", "disputesWith")}


def test_only_body_paragraphs_are_read_for_relations():
    d = doc(BETWEEN)
    assert related(d, kinds=("body",)) == {(JP, NO, "cooperation", "partnersWith")}
    assert related(d, kinds=("caption",)) == set()


# --- events: who does what to whom, typed and signed ---

def events_of(d) -> set[tuple[str, str, str, str | None, float]]:
    """(a, b, type, event class, weight) of every relation ``kg.extract.extract`` finds."""
    return {(r.a, r.b, r.type, r.event, r.weight) for r in extract(d, article(d)).relations}


def test_a_directed_act_relates_the_actor_to_the_possessor_of_its_object_with_class_and_weight():
    d = doc("""
        0  Norway     1  nsubj  PROPN
        1  condemned  1  ROOT   VERB   condemn
        2  Sweden     4  poss   PROPN
        3  's         2  case   PART
        4  test       1  dobj   NOUN
        5  .          1  punct  PUNCT
    """)
    (r,) = extract(d, article(d)).relations
    assert (r.a, r.b, r.type, r.subtype, r.event, r.weight, r.cue) == (
        NO, SE, "tension", "disputesWith", "criticize", -2.0, "condemned")


def test_a_light_verb_gives_its_noun_an_actor_and_the_preposition_a_target():
    d = doc("""
        0  Norway     1  nsubj  PROPN
        1  imposed    1  ROOT   VERB      impose
        2  sanctions  1  dobj   NOUN/NNS  sanction
        3  on         2  prep   ADP
        4  Russia     3  pobj   PROPN
        5  .          1  punct  PUNCT
    """)
    assert events_of(d) == {(NO, RU, "tension", "sanction", -7.0)}


def test_counterparts_of_a_mutual_act_are_related_to_its_actor_not_to_each_other():
    d = doc("""
        0  Norway  1  nsubj  PROPN
        1  held    1  ROOT   VERB      hold
        2  talks   1  dobj   NOUN/NNS  talks
        3  with    2  prep   ADP
        4  Sweden  3  pobj   PROPN
        5  and     4  cc     CCONJ
        6  Japan   4  conj   PROPN
        7  .       1  punct  PUNCT
    """)
    assert events_of(d) == {(JP, NO, "cooperation", "consult", 1.0), (NO, SE, "cooperation", "consult", 1.0)}


def test_subjects_that_clash_are_in_tension_with_each_other():
    d = doc("""
        0  Norway   3  nsubj  PROPN
        1  and      0  cc     CCONJ
        2  Sweden   0  conj   PROPN
        3  clashed  3  ROOT   VERB   clash
        4  .        3  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "tension", "fight", -10.0)}


def test_one_sentence_giving_a_pair_both_polarities_asserts_neither():
    d = doc("""
        0  Norway      1  nsubj  PROPN
        1  supported   1  ROOT   VERB   support
        2  Sweden      1  dobj   PROPN
        3  and         1  cc     CCONJ
        4  criticized  1  conj   VERB   criticize
        5  Sweden      4  dobj   PROPN
        6  .           1  punct  PUNCT
    """)
    assert events_of(d) == set()


@pytest.mark.parametrize("aux, end, expected", [
    ("will", ".", {(NO, SE, "tension", "attack", -9.0)}),
    ("could", ".", set()),   # hypothetical
    ("will", "?", set()),    # a question
])
def test_hypothetical_and_interrogative_acts_assert_nothing(aux, end, expected):
    d = doc(f"""
        0  Norway  2  nsubj  PROPN
        1  {aux}   2  aux    AUX
        2  attack  2  ROOT   VERB
        3  Sweden  2  dobj   PROPN
        4  {end}   2  punct  PUNCT
    """)
    assert events_of(d) == expected


def test_an_act_only_urged_asserts_nothing():
    d = doc("""
        0  Officials  1  nsubj  NOUN/NNS  official
        1  urged      1  ROOT   VERB      urge
        2  Norway     1  dobj   PROPN
        3  to         4  aux    PART
        4  cooperate  1  xcomp  VERB
        5  with       4  prep   ADP
        6  Sweden     5  pobj   PROPN
        7  .          1  punct  PUNCT
    """)
    assert events_of(d) == set()


def test_people_who_are_no_state_do_not_act_for_their_country():
    d = doc("""
        0  Norwegian   1  amod   ADJ
        1  protesters  2  nsubj  NOUN/NNS  protester
        2  attacked    2  ROOT   VERB      attack
        3  Sweden      2  dobj   PROPN
        4  .           2  punct  PUNCT
    """)
    assert events_of(d) == set()


def test_a_states_troops_act_for_it():
    d = doc("""
        0  Norwegian  1  amod   ADJ
        1  troops     2  nsubj  NOUN/NNS  troop
        2  attacked   2  ROOT   VERB      attack
        3  Sweden     2  dobj   PROPN
        4  .          2  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "tension", "attack", -9.0)}


def test_the_place_of_a_meeting_is_no_party_to_it():
    d = doc("""
        0  Norway  3  nsubj  PROPN
        1  and     0  cc     CCONJ
        2  Sweden  0  conj   PROPN
        3  met     3  ROOT   VERB   meet
        4  in      3  prep   ADP
        5  Japan   4  pobj   PROPN
        6  .       3  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "cooperation", "consult", 1.0)}


def test_a_cease_fire_agreement_between_enemies_is_no_cooperation():
    d = doc("""
        0  They       1  nsubj     PRON
        1  signed     1  ROOT      VERB  sign
        2  a          4  det       DET
        3  cease-fire 4  compound  NOUN
        4  agreement  1  dobj      NOUN
        5  between    4  prep      ADP
        6  Norway     5  pobj      PROPN
        7  and        6  cc        CCONJ
        8  Sweden     6  conj      PROPN
        9  .          1  punct     PUNCT
    """)
    assert events_of(d) == set()


def test_a_trilateral_meeting_relates_all_its_parties():
    d = doc("""
        0   Norway       1  nsubj  PROPN
        1   met          1  ROOT   VERB  meet
        2   with         1  prep   ADP
        3   Sweden       2  pobj   PROPN
        4   and          3  cc     CCONJ
        5   Japan        3  conj   PROPN
        6   for          1  prep   ADP
        7   a            9  det    DET
        8   trilateral   9  amod   ADJ
        9   meeting      6  pobj   NOUN
        10  .            1  punct  PUNCT
    """)
    assert {(a, b) for a, b, *_ in events_of(d)} == {(JP, NO), (NO, SE), (JP, SE)}


def test_a_copula_relates_its_subject_to_an_ally():
    d = doc("""
        0  Norway   1  nsubj  PROPN
        1  is       1  ROOT   AUX    be
        2  Sweden   5  poss   PROPN
        3  's       2  case   PART
        4  closest  5  amod   ADJ    close
        5  ally     1  attr   NOUN
        6  .        1  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "cooperation", "ally", 7.0)}


def test_we_in_a_claim_is_the_speakers_country():
    d = doc("""
        0  We         1  nsubj  PRON
        1  condemned  1  ROOT   VERB   condemn
        2  Sweden     1  dobj   PROPN
        3  .          1  punct  PUNCT
    """)
    base = found(d)
    said = Evidence(0, len(d.text), d.text)
    jane = "person/jane-doe"
    stated = replace(base, affiliations=(Affiliation(jane, NO, "minister", said),),
                     claims=(Claim(jane, "We condemned Sweden", "direct", 0, 19, said),))
    assert {(r.a, r.b, r.type) for r in relations(d, stated)} == {(NO, SE, "tension")}
    assert relations(d, base) == []  # nobody says it: 'we' is nobody's


def test_co_actors_with_a_counterpart_are_no_party_to_each_other():
    d = doc("""
        0  Norway    3  nsubj  PROPN
        1  and       0  cc     CCONJ
        2  Sweden    0  conj   PROPN
        3  have      3  ROOT   VERB      have
        4  disputes  3  dobj   NOUN/NNS  dispute
        5  with      4  prep   ADP
        6  Russia    5  pobj   PROPN
        7  .         3  punct  PUNCT
    """)
    assert {(a, b) for a, b, *_ in events_of(d)} == {(NO, RU), (RU, SE)}


def test_a_deployment_at_a_countrys_request_is_aid_to_it_not_to_the_place():
    d = doc("""
        0   Norway    1   nsubj  PROPN
        1   deployed  1   ROOT   VERB      deploy
        2   troops    1   dobj   NOUN/NNS  troop
        3   to        1   prep   ADP
        4   Japan     3   pobj   PROPN
        5   at        1   prep   ADP
        6   the       7   det    DET
        7   request   5   pobj   NOUN
        8   of        7   prep   ADP
        9   Sweden    8   pobj   PROPN
        10  .         1   punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "cooperation", "aid", 7.0)}


def test_an_adjective_on_a_country_relates_it_to_the_possessor():
    d = doc("""
        0  Norway     3  poss   PROPN
        1  's         0  case   PART
        2  archrival  3  amod   ADJ
        3  Sweden     4  nsubj  PROPN
        4  protested  4  ROOT   VERB   protest
        5  .          4  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "tension", "rival", -5.0)}


def test_the_possessor_of_a_defense_is_defended():
    d = doc("""
        0  Norway     1  nsubj  PROPN
        1  pledged    1  ROOT   VERB   pledge
        2  to         3  aux    PART
        3  assist     1  xcomp  VERB
        4  in         3  prep   ADP
        5  Sweden     7  poss   PROPN
        6  's         5  case   PART
        7  defense    4  pobj   NOUN
        8  .          1  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "cooperation", "support", 5.0)}


@pytest.mark.parametrize("modifier, expected", [
    ("Norwegian", {(NO, SE, "tension", "attack", -9.0)}),
    ("potential", set()),
])
def test_a_potential_act_is_no_fact(modifier, expected):
    d = doc(f"""
        0  Officials   1  nsubj  NOUN/NNS  official
        1  discussed   1  ROOT   VERB      discuss
        2  a           4  det    DET
        3  {modifier}  4  amod   ADJ
        4  invasion    1  dobj   NOUN
        5  of          4  prep   ADP
        6  Sweden      5  pobj   PROPN
        7  .           1  punct  PUNCT
    """)
    assert events_of(d) == expected


def test_who_rejects_is_not_denied():
    d = doc("""
        0  Norway   2  poss   PROPN
        1  's       0  case   PART
        2  rival    5  nsubj  NOUN
        3  ,        2  punct  PUNCT
        4  Sweden   2  appos  PROPN
        5  rejected 5  ROOT   VERB   reject
        6  claims   5  dobj   NOUN/NNS  claim
        7  .        5  punct  PUNCT
    """)
    assert events_of(d) == {(NO, SE, "tension", "rival", -5.0)}


THE_COUNTRY = """
    0   Protests  1   nsubj  NOUN/NNS  protest
    1   grew      1   ROOT   VERB      grow
    2   in        1   prep   ADP
    3   {place}   2   pobj   PROPN
    4   amid      1   prep   ADP
    5   the       6   det    DET
    6   country   8   poss   NOUN
    7   's        6   case   PART
    8   dispute   4   pobj   NOUN
    9   with      8   prep   ADP
    10  Sweden    9   pobj   PROPN
    11  .         1   punct  PUNCT
"""


def test_the_country_is_the_one_country_named_before_it():
    d = doc(THE_COUNTRY.format(place="Norway"))
    assert d.text == "Protests grew in Norway amid the country's dispute with Sweden."
    assert events_of(d) == {(NO, SE, "tension", "dispute", -4.0)}


def test_the_country_after_no_country_is_nobody():
    d = doc(THE_COUNTRY.format(place="Oslofjord"))
    assert events_of(d) == set()


def test_examples_after_such_as_are_counterparts_a_comparison_is_not():
    d = doc("""
        0  Norway  1  nsubj  PROPN
        1  has     1  ROOT   VERB      have
        2  allies  1  dobj   NOUN/NNS  ally
        3  such    4  amod   ADJ
        4  as      2  prep   ADP
        5  Sweden  4  pobj   PROPN
        6  and     5  cc     CCONJ
        7  Japan   5  conj   PROPN
        8  .       1  punct  PUNCT
    """)
    assert {(a, b) for a, b, *_ in events_of(d)} == {(NO, SE), (JP, NO)}
    same = doc("""
        0  Norway  1  nsubj  PROPN
        1  has     1  ROOT   VERB      have
        2  the     4  det    DET
        3  same    4  amod   ADJ
        4  allies  1  dobj   NOUN/NNS  ally
        5  as      4  prep   ADP
        6  Sweden  5  pobj   PROPN
        7  .       1  punct  PUNCT
    """)
    assert events_of(same) == set()


@pytest.mark.parametrize("between, expected", [
    (".", {(NO, RU, "tension")}),   # one paragraph: 'they' are the people it names
    ("\\n", set()),                  # another paragraph: nobody known
])
def test_they_who_discuss_a_hostile_act_are_the_people_of_the_paragraph(between, expected):
    d = doc(f"""
        0   Jane          1  compound  PROPN
        1   Doe           2  nsubj     PROPN
        2   spoke         2  ROOT      VERB      speak
        3   .             2  punct     PUNCT
        4   {between}     3  dep       {"PUNCT" if between == "." else "SPACE"}
        5   They          6  nsubj     PRON
        6   discussed     6  ROOT      VERB      discuss
        7   Russia        9  poss      PROPN
        8   's            7  case      PART
        9   provocations  6  dobj      NOUN/NNS  provocation
        10  .             6  punct     PUNCT
    """, [("Jane Doe", "PERSON")])
    base = found(d)
    said = Evidence(0, 15, "Jane Doe spoke.")
    known = replace(base, affiliations=(Affiliation("person/jane-doe", NO, "minister", said),))
    assert {(r.a, r.b, r.type) for r in relations(d, known)} == expected


def test_their_relation_with_a_country_is_the_subjects_and_the_verbs_with_phrase_names_the_counterpart():
    d = doc("""
        0  Norway      3  nsubj  PROPN
        1  and         0  cc     CCONJ
        2  Sweden      0  conj   PROPN
        3  renewed     3  ROOT   VERB   renew
        4  their       5  poss   PRON
        5  alliance    3  dobj   NOUN
        6  with        3  prep   ADP
        7  Japan       6  pobj   PROPN
        8  .           3  punct  PUNCT
    """)
    assert {(a, b) for a, b, *_ in events_of(d)} == {(JP, NO), (JP, SE)}
