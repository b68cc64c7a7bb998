"""A name a user typed, resolved to the one actor it names.

``kg.query`` (the actors of an RDF graph, for a query's parameters) and ``kg.analysis`` (the
actors of the actor graph, for ``kg path``) both resolve names with ``actor``: each gives its
actors' names, the tests to try in turn, and the errors to raise when a name is ambiguous or
unknown.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from kg.errors import KGError

A = TypeVar("A")
Test = Callable[[Hashable, str, str], bool]  # (field, name, wanted), both names case-folded


def exact(field: Hashable | None = None) -> Test:
    """A test: a name (of ``field``, or of any field) is the wanted one, ignoring case."""
    return lambda f, name, wanted: (field is None or f == field) and name == wanted


def word(field: Hashable, name: str, wanted: str) -> bool:
    """A test: the wanted name is a word, or words, of a name, ignoring case."""
    return re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", name) is not None


def actor(name: str, names: Mapping[A, Sequence[tuple[Hashable, str]]], tests: Sequence[Test], *,
          several: Callable[[list[A]], KGError], unknown: Callable[[list[str]], KGError],
          known: Callable[[], Iterable[str]]) -> A:
    """The one actor that ``name`` names among ``names`` (each actor's ``(field, name)`` pairs).

    The tests are tried in turn: the first that some actors pass decides, and when it is one
    actor that actor is the answer, otherwise ``several(actors)`` (sorted) is raised. When no
    test finds an actor, ``unknown(close)`` is raised with up to three of the ``known()`` names
    that look like ``name``.

    >>> names = {"org/rn": [("label", "Ruritanian Navy"), ("alias", "RN")],
    ...          "country/RU": [("label", "Ruritania")]}
    >>> actor(" rn", names, [exact("label"), exact()], several=KGError, unknown=KGError, known=list)
    'org/rn'
    >>> actor("navy", names, [exact(), word], several=KGError, unknown=KGError, known=list)
    'org/rn'
    """
    wanted = name.strip().casefold()
    for test in tests:
        found = sorted(a for a, pairs in names.items()
                       if any(test(f, n.casefold(), wanted) for f, n in pairs))
        if len(found) == 1:
            return found[0]
        if found:
            raise several(found)
    raise unknown(difflib.get_close_matches(name, sorted(set(known())), n=3))
