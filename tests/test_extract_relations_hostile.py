"""Country relations around hostile acts on the real small spaCy pipeline: a weapon's launch or
test and an act called provocative are their country's act against those who discuss, condemn or
respond to it; a commitment reported with 'would' is asserted; a charge is against the charged."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_commitment_reported_with_would_is_asserted(pairs):
    assert ("NO", "SE", "c") in pairs("The envoys confirmed that Norway and Sweden would cooperate closely on radar.")
    assert pairs("Analysts think that Norway and Sweden would cooperate closely on radar.") == set()


def test_a_weapon_launch_is_its_country_act_against_those_who_discuss_it(pairs):
    assert {("IR", "NO", "t"), ("IR", "SE", "t")} <= pairs(
        "Norway and Sweden discussed Iran's latest ballistic missile launch on Friday.")
    assert {("IR", "NO", "t"), ("IR", "SE", "t")} <= pairs(
        "Norway and Sweden discussed Iran's provocative actions on Friday.")
    assert not {p for p in pairs("Norway and Sweden discussed Iran's latest satellite launch on Friday.") if p[2] == "t"}


def test_who_discusses_a_launch_did_not_launch_it(pairs):
    found = pairs("Norway discussed the recent missile tests with Sweden.")
    assert not {p for p in found if p[2] == "t"}


def test_a_launch_called_a_threat_in_a_stated_clause_is_against_its_speakers(pairs):
    assert {("IR", "NO", "t"), ("IR", "SE", "t")} <= pairs(
        "The ministers of Norway and Sweden stressed that Iran's missile tests are a grave threat.")


def test_responders_to_a_series_of_hostile_acts_are_in_tension_with_their_actor(pairs):
    assert {("IR", "NO", "t"), ("IR", "SE", "t")} <= pairs(
        "Norway and Sweden agreed to deepen their ties in the face of a series of Iranian missile tests.")


def test_a_charge_is_against_the_charged_not_the_countries_inside_it(pairs):
    assert pairs("Norway accused Iran of shipping rifles and shells to Sweden.") == {("IR", "NO", "t")}


def test_a_weapon_responded_to_is_its_country_act(pairs):
    assert {("IR", "NO", "t"), ("IR", "SE", "t")} <= pairs(
        "Norwegian and Swedish ships staged drills in response to the Iranian missile.")
    assert not {p for p in pairs("Norwegian and Swedish ships staged drills with the Iranian missile.") if p[2] == "t"}


def test_who_is_called_to_discuss_a_hostile_act_is_in_tension_with_its_actor(pairs):
    found = pairs("Norway's envoy Ola Berg spoke with Sweden's envoy Per Lind to discuss Iran's missile launch.")
    assert {("IR", "NO", "t"), ("IR", "SE", "t")} <= found


def test_drills_against_a_countrys_threats_set_their_parties_against_it(pairs):
    assert {("IR", "NO", "t"), ("IR", "SE", "t"), ("NO", "SE", "c")} <= pairs(
        "Norway and Sweden held naval drills against Iranian missile threats.")


def test_agreeing_on_the_importance_of_cooperation_with_a_third_country(pairs):
    assert {("FI", "NO", "c"), ("FI", "SE", "c")} <= pairs(
        "The envoys of Norway and Sweden agreed on the importance of trilateral cooperation with Finland.")


def test_the_launch_takes_up_the_weapon_fired_in_the_sentence_before(pairs):
    assert pairs("Iran fired a ballistic missile on Monday. Norway and Sweden condemned the launch.") == \
        {("IR", "NO", "t"), ("IR", "SE", "t")}
    assert pairs("Iran launched a satellite on Monday. Norway and Sweden discussed the launch.") == set()


def test_who_commits_to_a_response_to_a_hostile_act_is_its_target(pairs):
    found = pairs("Denmark and Iceland renewed their commitment to a joint response to Russia's missile tests.")
    assert {("DK", "RU", "t"), ("IS", "RU", "t")} <= found
    assert ("DK", "IS", "t") not in found


def test_telling_a_country_to_end_a_hostile_act_is_a_demand_on_it(pairs):
    assert ("DK", "RU", "t") in pairs("Denmark urged Russia to refrain from any more provocations near the islands.")
    assert ("DK", "RU", "t") in pairs("Denmark demanded that Russia withdraw its troops at once.")
    assert pairs("Denmark urged Iceland to stop the fishing talks.") == set()
    assert pairs("Denmark did not urge Russia to stop its attacks.") == set()


def test_entering_a_countrys_airspace_and_lodging_representations_are_hostile(pairs):
    assert pairs("A Russian surveillance drone entered Danish airspace twice.") == {("DK", "RU", "t")}
    assert pairs("Denmark lodged stern representations with Russia over the flights.") == {("DK", "RU", "t")}


def test_worry_about_a_countrys_acts_is_like_concern_about_them(pairs):
    assert ("DK", "RU", "t") in pairs("Denmark voiced worry about Russia's naval buildup.")
    assert pairs("Denmark worries that Iceland will leave the talks.") == set()


def test_a_place_near_which_a_judged_act_happened_is_no_target_of_the_judgement(pairs):
    assert pairs("Norway condemned Sweden's military drills near Finland on Tuesday.") == {("NO", "SE", "t")}
    assert ("FI", "NO", "t") not in pairs("Norway criticized the Swedish drills near Finland.")


def test_a_hostile_act_inside_the_judged_act_of_another_country_is_not_aimed_at_the_judge(pairs):
    found = pairs("Denmark criticized Sweden's response to Finland's sanctions.")
    assert ("DK", "SE", "t") in found and ("DK", "FI", "t") not in found
