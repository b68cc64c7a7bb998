"""Compose the stages: files -> Articles -> Docs -> Extractions -> one RDF graph on disk.

The only module that knows every stage. Bad files are reported, not fatal: the build goes on
with the other articles and ``build-report.json`` says, per file, what happened and why.
The result depends only on the set of input files, not on their order, the hash seed or the
number of jobs.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg import article as articles
from kg import nlp as nlp_
from kg import corpus, curation, inputs, lexicon, manifest, parsing, rdf, store, turtle
from kg.errors import ArticleError, ArticleSkipped, GraphError
from kg.model import Article, Entity, Extraction, Source
from kg.outcome import BuildResult, Entry, NothingToRead, counts, previous_articles, removed

def hashed(found: Iterable[tuple[str, Path]]) -> tuple[list[Source], list[Entry]]:
    """Hash every input file (name, path), in sorted order; unreadable files and duplicates as
    entries. Nothing is parsed here: ``_Reader`` parses each file once, when its turn comes,
    so a corpus is never all in memory."""
    good: list[Source] = []
    entries: list[Entry] = []
    first: dict[str, str] = {}
    for name, path in sorted(set(found)):
        try:
            sha = hashlib.sha256(articles.content(path)).hexdigest()
        except ArticleError as e:
            entries.append(Entry(name, "failed", _reason(e, name)))
            continue
        if sha in first:
            entries.append(Entry(name, "duplicate", f"same content as {first[sha]}", sha))
            continue
        first[sha] = name
        good.append(Source(name, sha))
    return good, entries


def _reason(e: Exception, name: str) -> str:
    text = str(e)
    return text[len(name) + 2:] if text.startswith(f"{name}: ") else text


def build(paths: Iterable[str | Path], out: str | Path, *, model: str | None = None, jobs: int = 1,
          cluster: str | None = None, progress: Callable[[int, int], None] | None = None,
          max_chars: int = parsing.MAX_CHARS, knowledge: str | Path | None = None) -> BuildResult:
    """Build ``out/graph.ttl`` and ``out/build-report.json`` from the articles at paths: the
    graph of exactly these inputs.

    The inputs are checked before anything in ``out`` is touched: a missing path, no files, or
    no readable article raise ``InputError``. Articles read before (same content, same recipe)
    come from the manifest in ``out/.kg``; only new or changed ones go through the pipeline,
    with ``jobs`` processes or on the Dask cluster at ``cluster``; either way the result is the
    same as a local build. ``progress(done, total)`` is called as articles are parsed. Records go
    to the manifest as they come; the graph is then written from there one article at a time,
    so memory does not grow with the corpus. ``knowledge``: the user's knowledge folder
    (``kg.lexicon.use``; its curation rules are applied as the graph is written, ``kg.curation``).
    """
    t0 = time.perf_counter()
    if knowledge is not None:
        lexicon.use(knowledge)
    curator = curation.Curator(curation.loaded())
    result = BuildResult()
    _usable(Path(out))
    found, other = inputs.find(paths, out)
    good, result.entries = hashed(found)
    result.entries += [Entry(name, "skipped", reason) for name, reason in other]
    out = Path(out)
    previous = previous_articles(out)
    known = manifest.Manifest(out, _recipe(model))
    people: dict[str, tuple[Entity, ...]] = {}  # path -> its persons, for joining them across articles
    todo = _cached(good, known, result.entries, people)
    del good
    _parse(todo, result, known, people, out, progress, model=model, jobs=jobs, cluster=cluster, max_chars=max_chars)
    result.entries.sort(key=lambda e: e.path)
    if not any(e.status in ("ok", "cached") for e in result.entries):
        raise NothingToRead(result.entries, out)  # nothing was read, so nothing was written
    _finish(result, known, people, out, previous=previous, curator=curator, started=t0)
    return result


def _finish(result: BuildResult, known: manifest.Manifest, people: dict[str, tuple[Entity, ...]], out: Path, *,
            previous: dict[str, str], curator: curation.Curator, started: float) -> None:
    """Write what a build writes once its articles are parsed: the graph (persons joined across
    articles, curated), ``build-report.json`` (what was removed since the ``previous`` build, what
    the knowledge folder changed), and prune the manifest and the kept texts to this build."""
    _folder(out)
    built = _built(result.entries)
    result.removed = removed(previous, built)
    table = corpus.aliases(e for p in sorted(people) for e in people[p])
    result.triples = _write_graph(_joined(known, built, table, curator), result, out)
    if lexicon.knowledge():
        result.knowledge = {"folder": str(lexicon.knowledge()), "files": lexicon.knowledge_files(),
                            "changes": lexicon.extensions() + curator.changes()}
    result.seconds = time.perf_counter() - started
    store.write_atomic(out / "build-report.json",
                       json.dumps(result.report(), indent=2, ensure_ascii=False).encode("utf-8"))
    known.prune()
    _prune_texts(out, {sha for _, sha in built})


def extractions(out: str | Path, *, model: str | None = None) -> Iterator[Extraction]:
    """The records of every article of the last build into ``out`` (built with ``model``),
    persons joined across articles as in its graph, read back one article at a time from the
    build's manifest: a build itself never holds them all."""
    out = Path(out)
    known = manifest.Manifest(out, _recipe(model))
    report = json.loads((out / "build-report.json").read_text("utf-8"))
    built = [(e["path"], e["sha256"]) for e in report["articles"] if e["status"] in ("ok", "cached")]
    table = corpus.aliases(e for path, sha in built for e in _people(known.get(sha, path)))
    return _joined(known, built, table, curation.Curator(curation.loaded()))


def _recipe(model: str | None) -> str:
    """What the cached records depend on: the model candidates, in order."""
    return "|".join(nlp_.candidates(model))


def _built(entries: list[Entry]) -> list[tuple[str, str]]:
    return [(e.path, e.sha256) for e in entries if e.status in ("ok", "cached")]


def _joined(known: manifest.Manifest, built: list[tuple[str, str]], table: dict,
            curator: curation.Curator) -> Iterator[Extraction]:
    return (curator(corpus.rekey(known.get(sha, path), table)) for path, sha in built)


def _parse(todo: list[Source], result: BuildResult, known: manifest.Manifest, people: dict, out: Path,
           progress: Callable[[int, int], None] | None, **options) -> None:
    """Parse the articles not cached (``parsing.run``'s options), each one's records to the
    manifest as they come, and an entry for each in ``result``."""
    total = len(todo)
    if progress:
        progress(0, total)
    reader = _Reader(todo, out)
    for done, (ex, seconds) in enumerate(parsing.run(reader, **options), 1):
        known.put(ex)
        people[ex.article.path] = _people(ex)
        result.entries.append(Entry(ex.article.path, "ok", None, ex.article.sha256, counts(ex), round(seconds, 3),
                                    _text_file(ex.article)))
        if progress:
            progress(done, total)
    result.entries += reader.unread
    result.words = reader.words


def _cached(good: list[Source], known: manifest.Manifest, entries: list[Entry],
            people: dict[str, tuple[Entity, ...]]) -> list[Source]:
    """Entries for the articles the manifest has records of; the others, to be parsed."""
    todo = []
    for art in good:
        hit = known.get(art.sha256, art.path)
        if hit is None:
            todo.append(art)
            continue
        people[art.path] = _people(hit)
        entries.append(Entry(art.path, "cached", None, art.sha256, counts(hit), text=_text_file(hit.article)))
    return todo


TEXTS = "texts"  # OUT/texts/: the text extracted from each HTML or PDF article


def _text_file(art: Article) -> str | None:
    return None if art.source == "text" else f"{TEXTS}/{art.sha256}.txt"


def _prune_texts(out: Path, built: set[str]) -> None:
    for f in (out / TEXTS).glob("*.txt") if (out / TEXTS).is_dir() else ():
        if f.stem not in built:
            f.unlink(missing_ok=True)


class _Reader:
    """The articles to parse, in order, each read and split as it is handed out and dropped from
    the list, so a text is held only until its article is parsed; the text of an HTML or PDF
    article is kept in ``out/texts/``. A file that cannot be read becomes an entry of ``unread``
    (failed, or skipped when it is not English); ``words`` counts the words read. ``out`` is made
    ready when the first article reads."""

    def __init__(self, todo: list[Source], out: Path):
        self.todo, self.out = todo[::-1], out
        self.unread: list[Entry] = []
        self.words = 0

    def __iter__(self) -> Iterator[Article]:
        ready = False
        while self.todo:
            name = self.todo.pop().path
            try:
                art = articles.read(name)
            except ArticleError as e:
                self.unread.append(Entry(name, "skipped" if isinstance(e, ArticleSkipped) else "failed",
                                         _reason(e, name)))
                continue
            if not ready:  # the first article that reads: now out may be written
                _folder(self.out)
                ready = True
            self.words += len(art.text.split())
            if (kept := _text_file(art)) is not None:
                (self.out / TEXTS).mkdir(exist_ok=True)
                store.write_atomic(self.out / kept, art.text.encode("utf-8"))
            yield art


def _usable(out: Path) -> None:
    """Refuse an output folder that cannot be made (under a file, not writable) before any input
    is read; nothing is created here."""
    there = next(p for p in (out, *out.parents) if p.exists())
    if not there.is_dir():
        raise GraphError(f"{out}: cannot create the output folder ({there} is a file)")
    if not os.access(there, os.W_OK | os.X_OK):
        raise GraphError(f"{out}: cannot {'write to' if there == out else 'create'} the output folder (permission denied)")


def _folder(out: str | Path) -> Path:
    out = Path(out)
    try:
        (out / manifest.FOLDER).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise GraphError(f"{out}: cannot create the output folder ({e.strerror})") from None
    store.clean_stale(out)
    store.clean_stale(out / manifest.FOLDER)
    return out


def _people(ex: Extraction) -> tuple[Entity, ...]:
    return tuple(e for e in ex.entities if e.type == "Person")


def _write_graph(records: Iterator[Extraction], result: BuildResult, out: Path) -> int:
    """Stream every article's triples through an external sort into ``out/graph.ttl``; also
    fills the result's actor and fact counts. Returns the number of triples."""
    actors = rdf.Actors()
    with tempfile.TemporaryDirectory(dir=out / manifest.FOLDER, prefix=".sort.", suffix=".tmp") as tmp:
        sorter = turtle.Sorter(tmp)
        for ex in records:
            sorter.add(rdf.article_triples(ex))
            actors.add(ex.entities)
            result.totals.update(claims=len(ex.claims), affiliations=len(ex.affiliations),
                                 relations=len(ex.relations))
        sorter.add(actors.triples())
        result.actors = actors.types
        return turtle.write(sorter.sorted(), out / "graph.ttl")


def build_and_explore(paths: Iterable[str | Path], out: str | Path, *, store_folder: str | Path | None = None,
                      **options) -> tuple[BuildResult, dict]:
    """What ``kg build`` does: build the graph of paths into out (``build``'s options), analyse and
    draw it there (``explore``) and, with ``store_folder``, load it and its metrics into that
    Oxigraph store."""
    result = build(paths, out, **options)
    explored = explore(Path(out) / "graph.ttl", out)
    if store_folder:
        from kg import oxstore

        oxstore.load([Path(out) / "graph.ttl", Path(out) / "metrics.ttl"], store_folder)
    return result, explored


def explore(graph_file: str | Path, out: str | Path, *, seed: int = 0, max_nodes: int = 500) -> dict:
    """Analyse a graph file into ``out``: report.md, analysis.json, metrics.ttl and graph.html."""
    from kg import analysis, render, report

    with analysis.analyze(graph_file, seed=seed) as a:
        files = list(report.write(a, out).values())
        drawn = render.write_html(a, Path(out) / "graph.html", max_nodes=max_nodes, seed=seed)
    return report.explored(a, [*files, drawn["path"]], drawn=drawn)
