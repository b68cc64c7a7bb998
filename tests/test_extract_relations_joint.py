"""Country relations of joint acts on the real small spaCy pipeline: parties that take part in an
act together, units listed in an operation, issuers of a joint statement, and a group of officials
that speaks and acts for all their countries."""
from __future__ import annotations

import pytest

from kg import article, nlp as nlp_
from kg.extract import extract

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return nlp_.load()


@pytest.fixture(scope="module")
def pairs(nlp):
    def pairs(body: str) -> set[tuple[str, str, str]]:
        """(iso, iso, 'c' | 't') of every relation found in an article with this body."""
        art = article.parse(f"Regional news\n\n{body}\n".encode("utf-8"), "t.txt")
        found = extract(nlp(article.readable(art)), art).relations
        return {(*sorted((r.a.removeprefix("country/"), r.b.removeprefix("country/"))), r.type[0]) for r in found}
    return pairs


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
            "The ministers condemned in the strongest terms Iran's secret enrichment of uranium.\n\n"
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
