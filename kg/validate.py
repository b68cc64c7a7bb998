"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl, no inference)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl
from rdflib import RDFS, Graph
from rdflib.namespace import SH

from kg.errors import KGError
from kg.vocab import SHAPES_FILE


class ValidationError(KGError):
    """The shapes themselves are broken."""


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[str, ...]


@cache
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def validate(g: Graph) -> Report:
    """Validate g; each violation is one readable line: focus node (label), path, message."""
    conforms, results, text = shacl(g, shacl_graph=shapes(), inference="none", advanced=True)
    if not isinstance(results, Graph):
        raise ValidationError(f"the shapes cannot be applied: {text.strip().splitlines()[-1]}")
    lines = []
    for r in results.subjects(SH.focusNode, None):
        focus = results.value(r, SH.focusNode)
        label = g.value(focus, RDFS.label)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        where = f"{focus}" + (f" ({label})" if label else "")
        lines.append(f"{where}: {path.n3(g.namespace_manager) if path is not None else '-'}: {msg}")
    return Report(bool(conforms), tuple(sorted(set(lines))))
