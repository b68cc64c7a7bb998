"""Compose the stages: files -> Articles -> Docs -> Extractions -> one RDF graph on disk.

The only module that knows every stage. Bad files are reported, not fatal: the build goes on
with the other articles and the result lists what failed and why.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg import article as articles
from kg import nlp as nlp_
from kg import corpus, rdf, store
from kg.errors import ArticleError
from kg.extract import affiliations, claims, entities, relations, resolve
from kg.model import Article, Extraction

SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass
class BuildResult:
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0

    def summary(self) -> dict:
        actors = {}
        for ex in self.extractions:
            for e in ex.entities:
                actors[e.key] = e.type
        return {
            "articles": len(self.extractions),
            "failed": len(self.errors),
            "actors": dict(sorted(Counter(actors.values()).items())),
            "claims": sum(len(ex.claims) for ex in self.extractions),
            "affiliations": sum(len(ex.affiliations) for ex in self.extractions),
            "relations": sum(len(ex.relations) for ex in self.extractions),
            "triples": self.triples,
            "seconds": round(self.seconds, 2),
        }


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


def extractions(paths: Iterable[str | Path], nlp: Language, errors: list[str]) -> Iterator[Extraction]:
    """Read, parse and extract every article; unreadable ones are appended to errors."""
    good: list[Article] = []
    for name, path in files(paths):
        try:
            good.append(articles.read(path))
        except ArticleError as e:
            errors.append(str(e))
    for art, doc in zip(good, nlp.pipe(articles.readable(a) for a in good)):
        yield extract(doc, art)


def build(paths: Iterable[str | Path], out: str | Path, *, model: str | None = None) -> BuildResult:
    """Build ``out/graph.ttl`` from the articles at paths."""
    t0 = time.perf_counter()
    nlp = nlp_.load(model)
    result = BuildResult()
    result.extractions = corpus.unify(list(extractions(paths, nlp, result.errors)))
    g = rdf.graph(result.extractions)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    store.save(g, out / "graph.ttl")
    result.triples = len(g)
    result.seconds = time.perf_counter() - t0
    return result


def explore(graph_file: str | Path, out: str | Path, *, seed: int = 0, max_nodes: int = 500) -> dict:
    """Analyse a graph file into ``out``: report.md, analysis.json, metrics.ttl and graph.html."""
    from kg import analysis, render, report

    a = analysis.analyze(store.load(graph_file), seed=seed)
    files = list(report.write(a, out).values())
    drawn = render.write_html(a, Path(out) / "graph.html", max_nodes=max_nodes, seed=seed)
    return {**report.summary(a), "files": [*files, drawn["path"]], "drawn": drawn,
            "triangles": a.balance["triangles"], "unbalanced": len(a.balance["unbalanced"])}
