"""A persistent Oxigraph store (pyoxigraph) for graphs too big to query in memory.

``kg build --store DIR`` loads the graph and its metrics into ``DIR``; every command that takes
``--graph`` also takes the store folder (``kg query --graph DIR``, ``kg analyze --graph DIR``; opened
by ``kg.store``), and ``kg serve --store DIR`` serves it. A store is rebuilt beside the old one and
swapped in, so an interrupted load leaves the previous store whole. Queries on a store are
evaluated by Oxigraph itself (``kg.oxquery``).
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError
from kg.store import FORMATS, QUADS, ox_format


def load(files: Iterable[str | Path], folder: str | Path) -> int:
    """Replace the store at ``folder`` with the triples of ``files``; the number of triples."""
    folder = Path(folder).resolve()
    folder.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.new."))
    try:
        store = ox.Store(str(fresh))
        for f in files:
            fmt = FORMATS.get(Path(f).suffix.lower(), "turtle")
            store.bulk_load(path=str(f), format=ox_format(fmt), to_graph=None if fmt in QUADS else ox.DefaultGraph())
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


def inner(g) -> ox.Store | None:
    """The Oxigraph store behind g (a pyoxigraph Store, or an rdflib Graph from ``as_graph``), if any."""
    if isinstance(g, ox.Store):
        return g
    backing = getattr(getattr(g, "store", None), "_inner", None)
    return backing if isinstance(backing, ox.Store) else None
