"""Load and save graphs: files (rdflib or Oxigraph in memory) and Oxigraph store folders, opened
read-only in place. Files are written to a temporary name and renamed: never half-written."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import GraphError
from kg.rdf import PREFIXES

FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
           ".rdf": "xml", ".xml": "xml"}
QUADS = ("nquads", "trig")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, data: bytes | Iterable[bytes]) -> None:
    """Write bytes (or chunks of bytes, streamed) to path through a temporary file in the same
    folder and a rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # the mode a plain open() would give, not mkstemp's 0600
        with os.fdopen(fd, "wb") as f:
            if isinstance(data, bytes):
                f.write(data)
            else:
                for chunk in data:
                    f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def clean_stale(folder: str | Path) -> int:
    """Remove temporary files and folders an interrupted write left behind (``.NAME.*.tmp``)."""
    gone = 0
    for f in Path(folder).glob(".*.tmp"):
        if f.is_dir() and not f.is_symlink():
            shutil.rmtree(f, ignore_errors=True)
        else:
            f.unlink(missing_ok=True)
        gone += 1
    return gone


def save(g: Graph, path: str | Path, fmt: str = "turtle") -> None:
    write_atomic(path, g.serialize(format=fmt, encoding="utf-8"))


def ox_format(fmt: str):
    """pyoxigraph's name for one of ``FORMATS``' values."""
    return {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
            "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML, "json-ld": ox.RdfFormat.JSON_LD}[fmt]


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


def load_native(path: str | Path):
    """The graph at path as a pyoxigraph ``Store``, for reading large graphs without rdflib's
    per-triple objects: a store folder (``kg build --store``) is opened in place, read-only; a
    file is parsed into memory (TriG and N-Quads keep their named graphs)."""
    path = Path(path)
    if path.is_dir() and (path / "CURRENT").is_file():
        return open_store(path)
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file")
    fmt = FORMATS.get(path.suffix.lower(), "turtle")
    native = ox_format(fmt)
    g = ox.Store()
    try:
        g.load(path=str(path), format=native, to_graph=None if fmt in QUADS else ox.DefaultGraph())
    except (SyntaxError, ValueError, OSError) as e:
        raise GraphError(f"{path}: cannot parse graph ({type(e).__name__}: {str(e).splitlines()[0][:200]})") from None
    return g


def load(path: str | Path) -> Graph:
    """Parse a graph file; the format follows the suffix (Turtle by default). TriG and N-Quads
    files give the union of their named graphs. A folder holding an Oxigraph store
    (``kg build --store``) is read in place, not copied into memory."""
    path = Path(path)
    if path.is_dir() and (path / "CURRENT").is_file():
        return as_graph(open_store(path))  # an Oxigraph store made by kg build --store: read in place
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file")
    fmt = FORMATS.get(path.suffix.lower(), "turtle")
    try:
        if fmt not in QUADS:
            return Graph().parse(path, format=fmt)
        ds = Dataset()
        ds.parse(path, format=fmt)
    except Exception as e:  # rdflib raises many parser-specific types
        raise GraphError(f"{path}: cannot parse graph ({type(e).__name__}: {str(e).splitlines()[0][:200]})") from None
    g = Graph()
    for part in ds.graphs():
        g += part
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    return g
