"""Compose the stages: files -> Articles -> Docs -> Extractions -> one RDF graph on disk.

The only module that knows every stage. Bad files are reported, not fatal: the build goes on
with the other articles and ``build-report.json`` says, per file, what happened and why.
The result depends only on the set of input files, not on their order, the hash seed or the
number of jobs.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from kg import article as articles
from kg import nlp as nlp_
from kg import corpus, manifest, process, rdf, store
from kg.errors import ArticleError, ArticleSkipped, GraphError
from kg.extract import affiliations, claims, entities, relations, resolve
from kg.model import Article, Extraction

SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass
class Entry:
    """What happened to one input file: status ok | cached | failed | skipped | duplicate."""

    path: str
    status: str
    reason: str | None = None
    sha256: str | None = None
    counts: dict | None = None
    seconds: float = 0.0


@dataclass
class BuildResult:
    extractions: list[Extraction] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    words: int = 0

    @property
    def errors(self) -> list[str]:
        return [f"{e.path}: {e.reason}" for e in self.entries if e.status == "failed"]

    @property
    def skipped(self) -> list[str]:
        return [f"{e.path}: {e.reason}" for e in self.entries if e.status in ("skipped", "duplicate")]

    def summary(self) -> dict:
        actors = {}
        for ex in self.extractions:
            for e in ex.entities:
                actors[e.key] = e.type
        return {
            "articles": len(self.extractions),
            "failed": len(self.errors),
            "skipped": len(self.skipped),
            "cached": sum(e.status == "cached" for e in self.entries),
            "actors": dict(sorted(Counter(actors.values()).items())),
            "claims": sum(len(ex.claims) for ex in self.extractions),
            "affiliations": sum(len(ex.affiliations) for ex in self.extractions),
            "relations": sum(len(ex.relations) for ex in self.extractions),
            "triples": self.triples,
            "seconds": round(self.seconds, 2),
            "words_per_second": round(self.words / self.seconds) if self.seconds else 0,
        }

    def report(self) -> dict:
        """``build-report.json``: the summary and one entry per input file."""
        return {"summary": self.summary(), "articles": [asdict(e) for e in self.entries]}


def counts(ex: Extraction) -> dict:
    return {"entities": len(ex.entities), "claims": len(ex.claims), "affiliations": len(ex.affiliations),
            "relations": len(ex.relations)}


def files(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path | None]]:
    """Each input file as (name as given, path); folders give their article files, sorted."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.rglob("*") if x.is_file() and x.suffix.lower() in SUFFIXES):
                yield str(f), f
        else:
            yield str(p), path


def extract(doc: Doc, article: Article) -> Extraction:
    """All records of one article from its parsed Doc."""
    raws = entities.raw_mentions(doc)
    mentions, ents, parts = resolve.resolve(doc, raws)
    body = [m for m in mentions if _kind(article, m.start) == "body"]
    affs = affiliations.affiliations(doc, mentions, parts)
    said = tuple(claims.claims(doc, mentions, article))
    homes = relations.homes(affs, parts)
    return Extraction(
        article=article,
        entities=tuple(ents),
        affiliations=tuple(affs),
        parts=tuple(parts),
        claims=said,
        relations=tuple(relations.relations(doc, body, article, homes=homes, claims=said, parts=tuple(parts))),
        mentions=tuple(mentions),
    )


def _kind(article: Article, offset: int) -> str:
    return next((p.kind for p in article.paragraphs if p.start <= offset < p.end), "furniture")


def read(paths: Iterable[str | Path]) -> tuple[list[Article], list[Entry]]:
    """Read every input once, in sorted path order; failures, skips and duplicates as entries."""
    good: list[Article] = []
    entries: list[Entry] = []
    first: dict[str, str] = {}
    for name, path in sorted(set(files(paths))):
        try:
            art = articles.read(path)
        except ArticleSkipped as e:
            entries.append(Entry(name, "skipped", _reason(e, name)))
            continue
        except ArticleError as e:
            entries.append(Entry(name, "failed", _reason(e, name)))
            continue
        if art.sha256 in first:
            entries.append(Entry(name, "duplicate", f"same content as {first[art.sha256]}", art.sha256))
            continue
        first[art.sha256] = name
        good.append(art)
    return good, entries


def _reason(e: Exception, name: str) -> str:
    text = str(e)
    return text[len(name) + 2:] if text.startswith(f"{name}: ") else text


def build(paths: Iterable[str | Path], out: str | Path, *, model: str | None = None, jobs: int = 1,
          cluster: str | None = None, on_article: Callable[[Entry], None] | None = None,
          max_chars: int = process.MAX_CHARS) -> BuildResult:
    """Build ``out/graph.ttl`` and ``out/build-report.json`` from the articles at paths.

    Articles read before (same content, same recipe) come from the manifest in ``out/.kg``;
    only new or changed ones go through the pipeline, with ``jobs`` processes or on the Dask
    cluster at ``cluster``; either way the result is the same as a local build.
    """
    t0 = time.perf_counter()
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise GraphError(f"{out}: cannot create the output folder ({e.strerror})") from None
    store.clean_stale(out)
    result = BuildResult()
    good, result.entries = read(paths)
    known = manifest.Manifest(out, "|".join(nlp_.candidates(model)))
    found: dict[str, Extraction] = {}
    todo = []
    for art in good:
        hit = known.get(art.sha256, art.path)
        if hit is None:
            todo.append(art)
            continue
        found[art.path] = hit
        result.entries.append(Entry(art.path, "cached", None, art.sha256, counts(hit)))
    result.words = sum(len(a.text.split()) for a in todo)
    for ex, seconds in process.run(todo, model=model, jobs=jobs, cluster=cluster, max_chars=max_chars):
        known.put(ex)
        found[ex.article.path] = ex
        entry = Entry(ex.article.path, "ok", None, ex.article.sha256, counts(ex), round(seconds, 3))
        result.entries.append(entry)
        if on_article:
            on_article(entry)
    result.entries.sort(key=lambda e: e.path)
    result.extractions = corpus.unify([found[p] for p in sorted(found)])
    g = rdf.graph(result.extractions)
    result.triples = len(g)
    result.seconds = time.perf_counter() - t0
    store.save(g, out / "graph.ttl")
    store.write_atomic(out / "build-report.json",
                       json.dumps(result.report(), indent=2, ensure_ascii=False).encode("utf-8"))
    known.prune()
    return result


def explore(graph_file: str | Path, out: str | Path, *, seed: int = 0, max_nodes: int = 500) -> dict:
    """Analyse a graph file into ``out``: report.md, analysis.json, metrics.ttl and graph.html."""
    from kg import analysis, render, report

    a = analysis.analyze(store.load(graph_file), seed=seed)
    files = list(report.write(a, out).values())
    drawn = render.write_html(a, Path(out) / "graph.html", max_nodes=max_nodes, seed=seed)
    return {**report.summary(a), "files": [*files, drawn["path"]], "drawn": drawn,
            "triangles": a.balance["triangles"], "unbalanced": len(a.balance["unbalanced"])}
