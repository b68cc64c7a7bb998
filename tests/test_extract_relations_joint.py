"""Country relations of joint acts on the real small spaCy pipeline: parties that take part in an
act together, units listed in an operation, issuers of a joint statement, and a group of officials
that speaks and acts for all their countries."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


NORDIC = {("FI", "NO", "c"), ("FI", "SE", "c"), ("NO", "SE", "c")}


def test_parties_that_take_part_in_a_cooperative_act_together_cooperate(pairs):
    assert pairs("Aircrews from Norway, Sweden and Finland took part in the exercise.") == NORDIC
    assert pairs("Aircrews from Norway, Sweden and Finland took part in simulated air battles.") == NORDIC
    assert not any(t == "c" for *_, t in pairs("Norwegian and Swedish troops took part in the fighting."))


def test_units_listed_in_an_operation_or_acting_as_part_of_an_exercise_take_part_together(pairs):
    assert pairs("The operation is formed around the Norwegian frigate Alpha, and also includes Finland's "
                 "minelayer Gamma.") == {("FI", "NO", "c")}
    assert pairs("Danish and Estonian ships sailed in formation as part of the multilateral exercise Baltic "
                 "Guard.") == {("DK", "EE", "c")}


def test_the_issuers_of_a_joint_statement_cooperate(pairs):
    assert pairs("The following joint statement was released by the Governments of Norway, "
                 "Sweden and Finland.") == NORDIC


def test_a_condemned_act_is_aimed_at_its_doer_and_an_echoed_condemnation_at_nobody(pairs):
    assert pairs("Norway condemned the launch of a ballistic missile by Iran.") == {("IR", "NO", "t")}
    assert pairs("The Norwegian minister said Sweden echoed Norway's condemnation.") == set()


def test_a_list_of_officials_acts_and_speaks_for_all_their_countries(pairs):
    body = ("The Minister for Foreign Affairs of Norway, Jane Doe, the Minister for Foreign Affairs of Sweden, "
            "John Roe, and the Secretary of State of the United States, Ann Poe, met in Oslo on Monday.\n\n"
            "The ministers strongly condemned Iran's secret enrichment of uranium.\n\n"
            "The ministers reaffirmed their commitment to respond firmly to the Syrian threat.")
    trio = {("NO", "SE", "c"), ("NO", "US", "c"), ("SE", "US", "c")}
    assert pairs(body) == trio | {(*sorted((k, o)), "t") for k in ("NO", "SE", "US") for o in ("IR", "SY")}


def test_who_is_joined_or_engaged_in_a_joint_act_takes_part(pairs):
    assert pairs("The air forces of Norway and Sweden were joined by the United States for the exercise.") \
        == {("NO", "SE", "c"), ("NO", "US", "c"), ("SE", "US", "c")}
    assert pairs("U.S. carriers are engaged in a multination exercise with the Norwegian carrier Alpha.") \
        == {("NO", "US", "c")}


def test_ties_named_by_coordinated_hyphened_pairs_relate_each_pair_only(pairs):
    assert pairs("The ministers stressed the importance of the Norway-U.S. and Sweden-U.S. alliances.") \
        == {("NO", "US", "c"), ("SE", "US", "c")}


def test_standing_together_in_opposition_to_a_program_is_cooperation_and_tension(pairs):
    assert pairs("Norway, Sweden and the United States stand together in opposition to Iran's nuclear program.") \
        == {("NO", "SE", "c"), ("NO", "US", "c"), ("SE", "US", "c"),
            ("IR", "NO", "t"), ("IR", "SE", "t"), ("IR", "US", "t")}
    assert pairs("The Syrian opposition attacked the town.") == set()


def test_in_a_joint_statement_we_are_all_its_parties(pairs):
    body = ("The text of the following joint statement was released by the Governments of Norway, Sweden and "
            "Finland.\n\n"
            "Norway, Sweden and Finland strongly condemn Iran's missile launches.\n\n"
            "We stress that Iran's missile tests endanger the whole region.")
    found = pairs(body)
    assert {("FI", "IR", "t"), ("IR", "NO", "t"), ("IR", "SE", "t")} <= found
    assert NORDIC <= found


def test_it_reported_by_several_countries_is_none_of_them(pairs):
    body = ("The text of the joint statement was released by the Governments of Norway, Sweden and Finland.\n\n"
            "Norway, Sweden and Finland condemned the missile launch and said it threatens peace in the region.")
    assert pairs(body) == NORDIC


def test_a_named_trilateral_meeting_is_a_meeting_of_its_conveners(pairs):
    body = ("Norwegian Minister of Defence Jane Doe, Swedish Minister of Defence John Roe, and U.S. Secretary of "
            "Defense Ann Poe convened a Trilateral Defense Ministerial Meeting in Oslo.")
    assert pairs(body) == {("NO", "SE", "c"), ("NO", "US", "c"), ("SE", "US", "c")}


def test_a_subject_naming_officials_in_apposition_stands_for_all_of_them(pairs):
    body = ("Norwegian Minister of Defence Jane Doe, Swedish Minister of Defence John Roe, and U.S. Secretary of "
            "Defense Ann Poe met in Oslo.\n\n"
            "U.S. Secretary of State Ann Poe, Foreign Affairs Minister of Sweden John Roe, and Foreign Affairs "
            "Minister of Norway, Jane Doe have condemned Iran's missile test in the strongest terms.")
    assert {("IR", "NO", "t"), ("IR", "SE", "t"), ("IR", "US", "t")} <= pairs(body)


def test_a_navys_ship_prefix_gives_the_ships_country(pairs):
    assert pairs("The destroyer USS Dewey trained with the Norwegian frigate HNoMS Alpha.") == {("NO", "US", "c")}
    assert pairs("The destroyer Dewey trained with the Norwegian frigate Alpha.") == set()


def test_parties_that_condemn_or_deter_a_third_country_are_in_tension_with_it(pairs):
    assert pairs("Officials of Norway and Sweden condemned the latest missile (XR) launch by Iran.") == \
        {("IR", "NO", "t"), ("IR", "SE", "t")}
    assert pairs("Norway and Sweden agreed to strengthen deterrence against Iran.") == \
        {("IR", "NO", "t"), ("IR", "SE", "t"), ("NO", "SE", "c")}
    assert pairs("Norway and Sweden agreed to respond firmly to provocations by Iran.") == \
        {("IR", "NO", "t"), ("IR", "SE", "t"), ("NO", "SE", "c")}
    assert pairs("Norway and Sweden agreed to respond to the storm.") == {("NO", "SE", "c")}
    assert pairs("The United States provides extended deterrence to Norway.") == set()  # deterrence for, not against


def test_the_north_is_the_north_named_country_named_before(pairs):
    body = "North Korea fired a missile on Monday.\n\nThe ministers of Norway and Sweden condemned the North's launch."
    assert pairs(body) == {("KP", "NO", "t"), ("KP", "SE", "t")}
    assert pairs("Norway and Sweden condemned the North's launch.") == set()  # no North-named country
    assert pairs("Ships of Norway crossed the North Sea.") == set()


def test_the_sides_of_a_truce_are_sides_of_a_fight_and_never_partners(pairs):
    assert pairs("A truce between Armenia and Azerbaijan has held for a decade.") == {("AM", "AZ", "t")}
    assert pairs("Armenia and Azerbaijan agreed to a ceasefire after days of clashes.") == {("AM", "AZ", "t")}
    assert pairs("Armenia and Azerbaijan have agreed to cease border clashes.") == {("AM", "AZ", "t")}
    assert pairs("Armenia and Azerbaijan agreed to observe calm along the border.") == set()
    assert pairs("Norway and Sweden called for a ceasefire after days of clashes.") == set()  # others ask for it
    assert pairs("Norway and Sweden welcomed the ceasefire after days of clashes.") == set()
    assert pairs("Armenia and Azerbaijan did not agree to a ceasefire after days of clashes.") == set()


SPEECH = "Remarks by Norwegian Ambassador Jane Doe at a Reception"


def test_in_a_speech_we_is_the_speakers_country_and_you_the_named_hosts(pairs):
    hosts = "Our Swedish hosts were kind.\n\n"
    assert pairs(hosts + "We are proud to sail alongside your navy.", SPEECH) == {("NO", "SE", "c")}
    assert pairs(hosts + "You provide essential support to our military.", SPEECH) == {("NO", "SE", "c")}
    assert pairs(hosts + "We are grateful for your generous support.", SPEECH) == {("NO", "SE", "c")}
    assert pairs("We keep working to deepen our ties with Sweden.", SPEECH) == {("NO", "SE", "c")}
    assert pairs("We are proud to sail alongside your navy.", SPEECH) == set()  # hosts not named
    assert pairs("We are proud to sail alongside your navy.", SPEECH + " for the Swedish Navy") == {("NO", "SE", "c")}
    assert pairs(hosts + "We are proud to sail alongside your navy.") == set()  # not a speech
    assert pairs(hosts + "We do not support your policy.", SPEECH) == set()


def test_the_parties_of_a_call_are_named_again_by_a_bare_number_or_after_their_envoys(pairs):
    call = "The foreign minister of Norway spoke with his Swedish and Finnish counterparts by phone.\n\n"
    assert pairs(call + "The three agreed to work closely together.") >= {("FI", "SE", "c")}
    assert pairs("Norway and Sweden met.\n\nThe three agreed to work closely together.") == {("NO", "SE", "c")}  # two named
    envoys = "The envoys of Norway, Sweden and Finland condemned Iran's missile launch.\n\n"
    assert pairs(envoys + "They agreed to continue close cooperation.") >= NORDIC


def test_capitals_joined_by_a_hyphen_name_a_tie_of_their_countries(pairs):
    assert pairs("Berg and Lind looked for ways to strengthen the Oslo-Stockholm alliance.") == {("NO", "SE", "c")}
    assert pairs("Ferries on the Oslo-Stockholm route were delayed again.") == set()


def test_a_combining_form_before_a_demonym_names_a_pair(pairs):
    assert pairs("The drill shows the growth of Indo-Swedish defence cooperation.") == {("IN", "SE", "c")}
    assert pairs("The Indo-Pacific region faces many threats.") == set()
