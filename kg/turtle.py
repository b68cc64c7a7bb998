"""Stream triples to a sorted, de-duplicated Turtle file without holding the graph in memory.

A ``Sorter`` takes N-Triples triples in any order (from ``kg.rdf``), keeps at most ``chunk`` of
them in memory, spills sorted runs to a temporary folder, and gives them back merged, in
order, each once. ``write`` turns that sorted stream into Turtle: one block per subject,
``a`` first, then the predicates in order, objects joined by commas, vocabulary IRIs as
prefixed names. Sorting makes the file depend only on the set of triples, so the same graph
is always the same bytes.
"""
from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import groupby
from pathlib import Path

from rdflib import RDF, RDFS, XSD

from kg.rdf import PREFIXES, TYPE, Triple
from kg.store import write_atomic

CHUNK = 250_000
NAMES = {"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), **{k: str(v) for k, v in PREFIXES.items()
                                                                 if k != "id"}}
LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
INTEGER = f'^^<{XSD.integer}>'
INSTANCES = f"<{PREFIXES['id']}"
PREDICATES, OBJECTS = " ;\n    ", ",\n        "


class Sorter:
    """Collects triples; ``sorted()`` yields the distinct ones as ``"s p o"`` lines, in order."""

    def __init__(self, folder: str | Path, chunk: int = CHUNK):
        self.folder = Path(folder)
        self.chunk = chunk
        self.lines: set[str] = set()
        self.runs: list[Path] = []
        self.count = 0

    def add(self, triples: Iterable[Triple]) -> None:
        """Take triples; a run is spilled whenever ``chunk`` distinct ones are held, within one
        call too (a long article gives millions)."""
        lines = self.lines
        for s, p, o in triples:
            lines.add(f"{s} {p} {o}")
            if len(lines) >= self.chunk:
                self._spill()
                lines = self.lines

    def _spill(self) -> None:
        """Write the lines held as one sorted run, line by line (never as one string)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        run = self.folder / f"run-{len(self.runs):05d}.nt"
        lines, self.lines = sorted(self.lines), set()
        with run.open("w", encoding="utf-8", newline="\n") as f:
            f.writelines(f"{line}\n" for line in lines)
        self.runs.append(run)

    def sorted(self) -> Iterator[str]:
        if not self.runs:
            yield from sorted(self.lines)
            return
        if self.lines:
            self._spill()
        files = [r.open(encoding="utf-8") for r in self.runs]
        try:
            merged = heapq.merge(*((line[:-1] for line in f) for f in files))
            for line, _ in groupby(merged):
                yield line
        finally:
            for f in files:
                f.close()


def write(lines: Iterable[str], path: str | Path) -> int:
    """Write sorted distinct ``"s p o"`` lines as Turtle to path (temporary file, then rename);
    returns the number of triples."""
    count = 0

    def chunks() -> Iterator[bytes]:
        nonlocal count
        yield "".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(NAMES.items())).encode("utf-8")
        for subject, group in groupby((line.split(" ", 2) for line in lines), key=lambda t: t[0]):
            block, n = _block(subject, group)
            count += n
            yield block.encode("utf-8")

    write_atomic(path, chunks())
    return count


def _block(subject: str, group: Iterable[list[str]]) -> tuple[str, int]:
    """One subject's triples as a Turtle block, and how many."""
    by_predicate = [(p, [t[2] for t in ts]) for p, ts in groupby(group, key=lambda t: t[1])]
    by_predicate.sort(key=lambda po: po[0] != TYPE)  # stable: ``a`` first, the rest in order
    parts = [("a" if p == TYPE else term(p)) + " " + OBJECTS.join(map(term, objects)) for p, objects in by_predicate]
    return f"\n{term(subject)} {PREDICATES.join(parts)} .\n", sum(len(o) for _, o in by_predicate)


@cache
def _prefixed(t: str) -> str:
    """A vocabulary IRI as a prefixed name where one fits (few distinct ones: kept)."""
    iri = t[1:-1]
    for prefix, ns in NAMES.items():
        if iri.startswith(ns) and LOCAL.fullmatch(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return t


def term(t: str) -> str:
    """An N-Triples term in Turtle: vocabulary IRIs as prefixed names, integers bare."""
    if t.startswith(INSTANCES):
        return t
    if t.startswith("<"):
        return _prefixed(t)
    if t.endswith(INTEGER):
        return t[1:-len(INTEGER) - 1]
    if t.endswith(">") and "^^<" in t:
        text, datatype = t.rsplit("^^", 1)
        return f"{text}^^{term(datatype)}"
    return t
