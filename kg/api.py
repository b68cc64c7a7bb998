"""The Python API: ``kg.build`` (articles or text in, graph out) and ``kg.load`` (a graph back).

    >>> import kg                                                    # doctest: +SKIP
    >>> g = kg.build(text="Norway and Sweden signed a defence pact on Monday.")
    >>> g.query("SELECT ?label WHERE { ?c a sa:Country ; rdfs:label ?label }")

Both return an rdflib ``Graph`` with the project's prefixes bound (``sa:``, ``id:``, ``rdfs:``,
...). Errors are ``kg.errors.KGError`` subclasses with a message naming the file and the reason.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph

from kg.errors import InputError


def build(paths: str | Path | Iterable[str | Path] = (), *, text: str | Iterable[str] | None = None,
          out: str | Path | None = None, knowledge: str | Path | None = None, model: str | None = None,
          jobs: int = 1) -> Graph:
    """Build the knowledge graph of article files or folders (``paths``) and/or texts (``text``:
    one article or several) and return it.

    With ``out``, the folder gets what ``kg build`` writes (graph.ttl, build-report.json,
    report.md, analysis.json, metrics.ttl, graph.html; rebuilding there is incremental); without,
    the work happens in a temporary folder that is removed. ``knowledge`` is your knowledge
    folder (``kg build --knowledge``), ``model`` the spaCy pipeline, ``jobs`` worker processes.
    """
    from kg import pipeline

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    texts = [text] if isinstance(text, str) else list(text or ())
    if not paths and not texts:
        raise InputError("give article paths or text to build from")
    options = {"knowledge": knowledge, "model": model, "jobs": jobs}
    with tempfile.TemporaryDirectory(prefix="kg-") as tmp:
        folder = Path(out) if out is not None else Path(tmp) / "out"
        given = folder / GIVEN if out is not None else Path(tmp) / GIVEN
        if texts:
            _write_texts(given, texts)
        sources = [*paths, *([given] if texts else [])]
        if out is not None:
            pipeline.build_and_explore(sources, folder, **options)
            return load(folder / "graph.ttl")
        pipeline.build(sources, folder, **options)
        return _relative(load(folder / "graph.ttl"), given)


GIVEN = "texts-given"  # where the texts handed to build go, as text-0001.txt, ...


def _write_texts(folder: Path, texts: list[str]) -> None:
    """The texts as files in folder, replacing the ones an earlier call left there."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("text-*.txt"):
        old.unlink()
    for i, t in enumerate(texts, 1):
        (folder / f"text-{i:04}.txt").write_text(t, "utf-8")


def _relative(g: Graph, folder: Path) -> Graph:
    """The graph with the source paths of texts (in a temporary folder) as their file names, so
    the same texts always give the same graph."""
    from rdflib import Literal

    from kg.vocab import SA

    prefix = str(folder) + "/"
    for s, o in list(g.subject_objects(SA.sourcePath)):
        if str(o).startswith(prefix):
            g.set((s, SA.sourcePath, Literal(str(o)[len(prefix):])))
    return g


def load(*paths: str | Path) -> Graph:
    """A graph read back: graph files (Turtle, N-Triples, TriG, N-Quads, JSON-LD), a folder
    ``kg build`` wrote (its graph.ttl and, when there, metrics.ttl) or an Oxigraph store folder;
    several are merged."""
    from kg import query

    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir() and (p / "graph.ttl").is_file():
            files += [p / "graph.ttl", *([p / "metrics.ttl"] if (p / "metrics.ttl").is_file() else [])]
        else:
            files.append(p)
    if not files:
        raise InputError("give a graph file or folder to load")
    return query.load(files)
