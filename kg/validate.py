"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl, no inference)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl
from rdflib import RDFS, Graph
from rdflib.namespace import SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.stores.memory import Memory

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


class _Copy(Graph):
    """An in-memory copy of a graph to validate that parses each SPARQL query text once: pyshacl
    runs a SPARQL constraint's query once per focus node, the node bound, and rdflib would parse
    the same text each time (most of the time a validation took)."""

    def __init__(self, g: Graph):
        super().__init__()
        self.prepared: dict = {}
        for prefix, ns in g.namespaces():
            self.bind(prefix, ns, override=True, replace=True)
        self += g

    def query(self, query_object, processor="sparql", result="sparql", initNs=None, initBindings=None,  # noqa: N803
              use_store_provided=True, **kwargs):
        """``Graph.query``, a query text parsed once (with the prefixes rdflib would resolve it with)."""
        if isinstance(query_object, str):
            ns = initNs or dict(self.namespaces())
            key = (query_object, tuple(sorted(ns.items())))
            if key not in self.prepared:
                self.prepared[key] = prepareQuery(query_object, initNs=ns)
            query_object = self.prepared[key]
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)


def validate(g: Graph) -> Report:
    """Validate g; each violation is one readable line: focus node (label), path, message."""
    if type(g) is Graph and isinstance(g.store, Memory):  # a graph in rdflib's memory: validate a copy
        conforms, results, text = shacl(_Copy(g), shacl_graph=shapes(), inference="none", advanced=True,
                                        inplace=True)
    else:  # a store's graph (pyshacl copies it into a store of the same kind) or a dataset
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
