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
    with tempfile.TemporaryDirectory(prefix="kg-") as tmp:
        for i, t in enumerate(texts, 1):
            (Path(tmp) / "texts").mkdir(exist_ok=True)
            (Path(tmp) / "texts" / f"text-{i:04}.txt").write_text(t, "utf-8")
        sources = [*paths, *([Path(tmp) / "texts"] if texts else [])]
        folder = Path(out) if out is not None else Path(tmp) / "out"
        options = {"knowledge": knowledge, "model": model, "jobs": jobs}
        if out is not None:
            pipeline.build_and_explore(sources, folder, **options)
        else:
            pipeline.build(sources, folder, **options)
        return load(folder / "graph.ttl")


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
