"""A graph read one subject at a time: each IRI subject with all its values, for ``kg.actors``.

Two readers give the same subjects: ``Stream`` reads a graph file as ``kg build`` writes it (one
block per subject, subjects in order) straight from disk, holding one subject at a time, so
reading a large graph costs no more memory than a small one (and no store); ``Indexed`` reads an rdflib Graph
or a pyoxigraph Store through its indexes. ``reader(path)`` streams a file when it can and
otherwise loads it into an in-memory Oxigraph store.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import attrgetter
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, URIRef

from kg import store
from kg.errors import GraphError
from kg.oxstore import inner

Props = dict[str, list[str]]  # predicate IRI -> its values (lexical forms and IRIs), sorted, distinct


class Unsorted(Exception):
    """A graph file's subjects are not in ``kg build``'s order, so it cannot be streamed."""


def values(items: Iterable[tuple[str, str]]) -> Props:
    out: dict[str, set[str]] = defaultdict(set)
    for p, o in items:
        out[p].add(o)
    return {p: sorted(v) for p, v in out.items()}


class Stream:
    """A graph file whose triples come grouped by subject, subjects in sorted order (as
    ``kg.turtle`` writes them); reading raises ``Unsorted`` as soon as a subject is out of order."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def subjects(self) -> Iterator[tuple[str, Props]]:
        fmt = store.ox_format(store.FORMATS.get(self.path.suffix.lower(), "turtle"))
        last = ""
        try:
            for s, quads in groupby(ox.parse(path=str(self.path), format=fmt), key=attrgetter("subject")):
                term = f"<{s.value}>" if isinstance(s, ox.NamedNode) else str(s)  # kg.turtle's order
                if term <= last:
                    raise Unsorted(f"{self.path}: {term} out of order")
                last = term
                if isinstance(s, ox.NamedNode):
                    yield s.value, values((q.predicate.value, q.object.value) for q in quads)
        except (SyntaxError, ValueError, OSError) as e:
            raise GraphError(f"{self.path}: cannot parse graph "
                             f"({type(e).__name__}: {str(e).splitlines()[0][:200]})") from None


class Indexed:
    """An rdflib Graph or a pyoxigraph Store: the subjects of the given types, each once."""

    def __init__(self, g, types: tuple[str, ...]) -> None:
        self.g, self.store, self.types = g, inner(g), types

    def subjects(self) -> Iterator[tuple[str, Props]]:
        seen: set[str] = set()
        for type_ in self.types:
            for s in self._typed(type_):
                if s not in seen:
                    seen.add(s)
                    yield s, self._props(s)

    def _typed(self, type_: str) -> Iterator[str]:
        if self.store is not None:
            quads = self.store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(type_), None)
            return (q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode))
        return (str(s) for s in self.g.subjects(RDF.type, URIRef(type_)) if isinstance(s, URIRef))

    def _props(self, s: str) -> Props:
        if self.store is not None:
            return values((q.predicate.value, q.object.value)
                          for q in self.store.quads_for_pattern(ox.NamedNode(s), None, None, None))
        return values((str(p), str(o)) for p, o in self.g.predicate_objects(URIRef(s)))


def reader(g, types: tuple[str, ...]) -> Stream | Indexed:
    """What reads g: an rdflib Graph, a pyoxigraph Store, a store folder, or a graph file (streamed
    when ``Stream`` can read it, else loaded into memory: check with ``streamable``)."""
    if isinstance(g, (str, Path)):
        return Stream(g) if streamable(g) else Indexed(store.load_native(g), types)
    return Indexed(g, types)


def streamable(path: str | Path) -> bool:
    """A file of triples (not quads): ``Stream`` reads it unless its subjects are out of order."""
    path = Path(path)
    return path.is_file() and store.FORMATS.get(path.suffix.lower(), "turtle") not in store.QUADS
