"""kg.lookup: a typed name resolved to one actor; the first test that finds actors decides."""
from __future__ import annotations

import pytest

from kg import lookup
from kg.errors import KGError

NAMES = {"org/rn": [("label", "Ruritanian Navy"), ("alias", "RN")],
         "org/rc": [("label", "Ruritanian Coast Guard"), ("alias", "Navy Reserve")],
         "country/RU": [("label", "Ruritania"), ("iso", "RU")],
         "org/navy": [("label", "Navy")]}


class Several(KGError):
    pass


class Unknown(KGError):
    pass


def resolve(name, tests):
    return lookup.actor(name, NAMES, tests, several=Several, unknown=Unknown,
                        known=lambda: (n for pairs in NAMES.values() for f, n in pairs if f == "label"))


@pytest.mark.parametrize("name, key", [("Ruritania", "country/RU"), (" ruritania ", "country/RU"),
                                       ("rn", "org/rn"), ("RU", "country/RU")])
def test_a_name_of_one_actor_finds_it(name, key):
    assert resolve(name, [lookup.exact("label"), lookup.exact()]) == key


def test_the_first_test_that_finds_actors_decides():
    assert resolve("navy", [lookup.exact(), lookup.word]) == "org/navy"
    with pytest.raises(Several) as err:
        resolve("navy", [lookup.exact("alias"), lookup.word])
    assert err.value.args == (["org/navy", "org/rc", "org/rn"],)
    assert resolve("coast guard", [lookup.exact(), lookup.word]) == "org/rc"


def test_an_unknown_name_gets_the_known_names_like_it():
    with pytest.raises(Unknown) as err:
        resolve("Ruritanai", [lookup.exact()])
    assert err.value.args == (["Ruritania", "Ruritanian Navy"],)
    with pytest.raises(Unknown) as err:
        resolve("Atlantis", [lookup.exact()])
    assert err.value.args == ([],)
