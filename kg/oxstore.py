"""A persistent Oxigraph store (pyoxigraph) for graphs too big to query in memory.

``kg build --store DIR`` loads the graph and its metrics into ``DIR``; every command that takes
``--graph`` also takes the store folder (``kg query --graph DIR``, ``kg analyze --graph DIR``),
and ``kg serve --store DIR`` serves it. Parameter-free queries are evaluated by Oxigraph;
queries with parameters by rdflib's engine, bound with ``initBindings``, over Oxigraph's indexes. A store is rebuilt beside the
old one and swapped in, so an interrupted load leaves the previous store whole.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from kg.errors import GraphError, QueryError
from kg.rdf import PREFIXES
from kg.store import FORMATS

OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
              "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML}
def load(files: Iterable[str | Path], folder: str | Path) -> int:
    """Replace the store at ``folder`` with the triples of ``files``; the number of triples."""
    folder = Path(folder).resolve()
    folder.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.new."))
    try:
        store = ox.Store(str(fresh))
        for f in files:
            fmt = OX_FORMATS[FORMATS.get(Path(f).suffix.lower(), "turtle")]
            store.bulk_load(path=str(f), format=fmt, to_graph=ox.DefaultGraph() if fmt in
                            (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML) else None)
        store.flush()
        size = len(store)
        del store
    except (OSError, SyntaxError, ValueError) as e:
        shutil.rmtree(fresh, ignore_errors=True)
        raise GraphError(f"{folder}: cannot load the store ({e})") from None
    old = folder.with_name(f".{folder.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    fresh.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
    return size


def open_store(folder: str | Path) -> ox.Store:
    """The store at ``folder``, read-only."""
    if not Path(folder).is_dir():
        raise GraphError(f"{folder}: no such store")
    try:
        return ox.Store.read_only(str(folder))
    except (OSError, RuntimeError) as e:
        raise GraphError(f"{folder}: cannot open the store ({e})") from None


def as_graph(store: ox.Store) -> Graph:
    """The store's default graph as an rdflib ``Graph`` (triples stay in Oxigraph)."""
    g = Graph(store=OxigraphStore(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def native(g: Graph, sparql: str) -> Result:
    """Evaluate parameter-free SPARQL with Oxigraph itself (``g`` from ``as_graph``); rows of a
    query without ORDER BY are sorted so the output is stable."""
    try:
        result = g.query(sparql)
        if result.type == "SELECT":
            rows = list(result.bindings)
            if not re.search(r"order\s+by", sparql, re.I):
                rows.sort(key=lambda r: [(v in r, str(r.get(v, ""))) for v in result.vars])
            result.bindings = rows
    except (SyntaxError, ValueError) as e:
        raise QueryError(f"invalid SPARQL: {str(e).splitlines()[0][:200]}") from None
    return result
