"""Country relations whose sides the sentence leaves to its grammar, on the real small spaCy
pipeline: who acts for a verb under 'their resolve to' or 'the importance of', who 'both
Secretaries' and 'the two ministers' of a call are, what a war helped against is waged on, the
victim named before an offensive, concern about a country's acts, measures on a country's
firms, and visits that are only scheduled."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_verb_under_their_resolve_is_the_act_of_who_reaffirmed_it(pairs):
    found = pairs("The leaders of Norway and Sweden reaffirmed their resolve to support Finland.")
    assert {("FI", "NO", "c"), ("FI", "SE", "c")} <= found


def test_a_verb_under_the_importance_of_is_the_act_of_who_agreed_on_it(pairs):
    found = pairs("Norway and Sweden agreed on the importance of deterring Russia.")
    assert {("NO", "RU", "t"), ("RU", "SE", "t")} <= found


def test_who_is_deterred_from_an_act_does_it_not_who_deters(pairs):
    found = pairs("Norway and Sweden stressed the importance of deterring Russia from escalating the conflict.")
    assert ("NO", "SE", "t") not in found
    assert ("NO", "RU", "t") in found


def test_both_secretaries_are_the_titled_people_named_before(pairs):
    found = pairs("Norwegian Defense Secretary Ola Berg spoke with Swedish Defense Secretary Lars Lind.\n\n"
                  "Both Secretaries reaffirmed their commitment to support Finland.")
    assert {("FI", "NO", "c"), ("FI", "SE", "c")} <= found


def test_the_two_ministers_of_a_call_are_the_callers_countries(pairs):
    found = pairs("Norwegian Defense Minister Ola Berg spoke by phone with Swedish Defense Minister Lars Lind.\n\n"
                  "The two ministers reaffirmed their resolve to support Finland.")
    assert {("FI", "NO", "c"), ("FI", "SE", "c")} <= found


def test_a_war_a_country_is_supported_against_is_waged_on_it(pairs):
    assert ("FI", "RU", "t") in pairs("Norway pledged to support Finland against Russia's unprovoked war.")


def test_a_country_named_before_an_offensive_is_its_victim(pairs):
    assert ("FI", "RU", "t") in pairs("Russia launched its Finland offensive last year.")


def test_concern_about_a_countrys_acts_is_tension_with_it(pairs):
    found = pairs("The ministers of Norway and Sweden expressed concern about Russia's military buildup.")
    assert {("NO", "RU", "t"), ("RU", "SE", "t")} <= found
    assert ("PL", "RU", "t") in pairs("Poland is deeply concerned about Russia's military buildup near its border.")


def test_hostile_policies_against_a_country_are_tension_with_it(pairs):
    assert ("FI", "RU", "t") in pairs("Russia's hostile policies against Finland drew criticism.")


def test_sanctions_on_a_countrys_firms_are_aimed_at_the_country(pairs):
    assert ("NO", "RU", "t") in pairs("Norway imposed sanctions on seven Russian companies.")


def test_a_visit_only_scheduled_relates_nobody(pairs):
    assert pairs("A visit by the Norwegian king to Sweden was scheduled for May.") == set()


def test_the_ministry_is_the_ministry_of_the_country_named_before(pairs):
    found = pairs("Norway's defense ministry said the drills would continue.\n\n"
                  "The ministry accused Russia of violating its airspace.")
    assert ("NO", "RU", "t") in found


def test_the_intrusion_of_a_countrys_vessels_is_its_act(pairs):
    assert ("NO", "RU", "t") in pairs("Norway protested the intrusion of Russian vessels into its waters.")


def test_an_attack_on_a_countrys_border_posts_is_an_attack_on_it(pairs):
    assert ("RU", "SE", "t") in pairs("Russian troops attacked Swedish border posts on Monday.")


def test_the_launch_takes_up_the_missile_responded_to_in_the_sentence_before(pairs):
    found = pairs("Norway and Sweden held joint drills on Monday in response to the Russian missile. "
                  "Finland also condemned the launch.")
    assert ("FI", "RU", "t") in found


def test_who_condemns_a_countrys_act_in_the_passive_is_against_the_country(pairs):
    assert ("NO", "RU", "t") in pairs("Russia's missile launch was condemned by Norway.")
    assert ("NO", "SE", "c") in pairs("Sweden's bid was backed by Norway.")


def test_meeting_a_countrys_conditions_is_no_meeting(pairs):
    assert pairs("Norway said on Monday that it was meeting Sweden's conditions for the fishing deal.") == set()
    assert ("NO", "SE", "c") in pairs("Norway met Sweden in Oslo on Monday to discuss the fishing deal.")


def test_a_capital_naming_a_summit_is_its_venue_not_a_party(pairs):
    found = pairs("The White House said the two leaders would coordinate closely in advance of the Norway-Sweden upcoming Helsinki summit.")
    assert not any("FI" in p[:2] for p in found)


def test_a_tie_under_its_strengthening_is_the_act_of_who_announced_it(pairs):
    found = pairs("Norway and Sweden announced the strengthening of bilateral security cooperation.")
    assert ("NO", "SE", "c") in found


def test_giving_weapons_to_a_country_is_aid_to_it(pairs):
    assert pairs("Norway delivered tanks and artillery to Finland last spring.") == {("FI", "NO", "c")}
    assert pairs("Norway will provide Finland with missiles.") == {("FI", "NO", "c")}
    assert pairs("North Korea sent two missiles toward Finland.") == set()
    assert pairs("Norway sent officials to Finland.") == set()


def test_discussing_something_with_a_country_is_consultation_unless_it_is_a_hostile_act(pairs):
    assert pairs("Norway's minister discussed fishing quotas with his Finnish counterpart.") == {("FI", "NO", "c")}
    assert ("NO", "RU", "c") not in pairs("Norway discussed the war with Russia at length.")


def test_a_tie_called_the_cornerstone_of_something_is_cooperation(pairs):
    assert pairs("Norway's relationship with Finland is the bedrock of calm in the north.") == {("FI", "NO", "c")}
    assert pairs("The Norway-Finland relationship is a source of worry.") == set()


def test_countries_whose_ministers_spoke_by_phone_consulted(pairs):
    assert pairs("The defence chiefs of Norway and Finland spoke by phone late on Friday.") == {("FI", "NO", "c")}
    assert pairs("Norway spoke over the objections of Finland.") == set()
