"""kg.extract.apposed on invented sentences through the real pipeline: a unit named alone after
a ranked name, a title that names the person again, and a role that describes the country of
the name rather than the person."""
from __future__ import annotations


def pairs(ex) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.person], names[a.org]) for a in ex.affiliations}


def test_units_listed_after_ranked_names_belong_to_each(extract_text):
    ex = extract_text("Three airmen were honored for their work during the spring exercise. The honored airmen "
                      "were: Senior Airman Dara Velk, 41st Signal Squadron; Staff Sgt. Omar Lind, 77th Airlift "
                      "Squadron; and Tech. Sgt. Rina Boll, 41st Signal Squadron.")
    assert {("Dara Velk", "41st Signal Squadron"), ("Omar Lind", "77th Airlift Squadron")} <= pairs(ex)


def test_an_unranked_name_before_a_body_is_no_member_of_it(extract_text):
    ex = extract_text("The report thanked many partners for their help this year. Among them were Dara Velk, "
                      "the Harbour Trust, and the Coastal Forum.")
    assert not any(p == "Dara Velk" for p, _ in pairs(ex))


def test_a_title_that_names_the_person_again_still_gives_the_body(extract_text):
    ex = extract_text("Mara Quill, Under Secretary Quill for Acquisition and Sustainment over at the Department "
                      "of Defense, led the delegation on the first day of the show.")
    assert any(p == "Mara Quill" and ("Defense" in o or o == "Pentagon") for p, o in pairs(ex))


def test_a_role_set_off_after_the_names_country_describes_the_country(extract_text):
    ex = extract_text("Several countries welcomed the new group on Monday. Prime Minister Jon Harek of Norway, "
                      "the only NATO member in the group, called it a good start for the region.")
    assert ("Jon Harek", "Norway") in pairs(ex)
    assert not any(p == "Jon Harek" and o != "Norway" for p, o in pairs(ex))
