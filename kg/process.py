"""Articles -> Extractions: the spaCy pipeline and the extractors, in one process or several.

The model is loaded once per process (``kg.nlp.load`` is cached). Texts go through
``nlp.pipe`` in batches. An article longer than ``max_chars`` is cut at paragraph boundaries
into slices that are parsed one by one and merged, so size never makes a build fail.
With ``jobs > 1`` batches of articles go to worker processes; results come back in input
order, so the output does not depend on the number of jobs.
"""
from __future__ import annotations

import signal
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice
from multiprocessing import get_context

from kg import article as articles
from kg import nlp as nlp_
from kg.errors import KGError
from kg.model import Article, Extraction, Paragraph, merged, shifted

MAX_CHARS = 200_000
BATCH = 16


def slices(article: Article, max_chars: int = MAX_CHARS) -> list[tuple[int, int]]:
    """Ranges of the text, each at most ``max_chars`` long where paragraphs allow, cut between
    paragraphs (a longer paragraph is cut at a line or space)."""
    text, out, start = article.text, [], 0
    while len(text) - start > max_chars:
        cut = text.rfind("\n", start, start + max_chars)
        if cut <= start:
            cut = text.rfind(" ", start, start + max_chars)
        cut = cut + 1 if cut > start else start + max_chars
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _part(article: Article, start: int, end: int) -> Article:
    paragraphs = tuple(Paragraph(max(p.start, start) - start, min(p.end, end) - start, p.kind)
                       for p in article.paragraphs if p.start < end and p.end > start)
    return replace(article, text=article.text[start:end], paragraphs=paragraphs)


def extract_all(nlp, batch: list[Article], max_chars: int = MAX_CHARS) -> list[tuple[Extraction, float]]:
    """Extract a batch of articles with one pipeline, slicing the long ones. Each extraction
    comes with its share of the batch's seconds (by length), and without the article's text."""
    from kg.extract import extract

    t0 = time.perf_counter()
    jobs = [(i, s, e) for i, a in enumerate(batch) for s, e in slices(a, max_chars)]
    parts = [_part(batch[i], s, e) for i, s, e in jobs]
    docs = nlp.pipe(articles.readable(p) for p in parts)
    found: list[list[Extraction]] = [[] for _ in batch]
    for (i, s, _), part, doc in zip(jobs, parts, docs):
        found[i].append(shifted(extract(doc, part), s, batch[i]))
    done = [f[0] if len(f) == 1 else merged(f, batch[i]) for i, f in enumerate(found)]
    seconds, size = time.perf_counter() - t0, sum(len(a.text) for a in batch) or 1
    return [(replace(ex, article=replace(ex.article, text="")), seconds * len(a.text) / size)
            for ex, a in zip(done, batch)]


def _worker(model: str | None, batch: list[Article], max_chars: int) -> list[tuple[Extraction, float]]:
    return extract_all(nlp_.load(model), batch, max_chars)


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the main process, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def run(items: Iterable[Article], *, model: str | None = None, jobs: int = 1, cluster: str | None = None,
        max_chars: int = MAX_CHARS) -> Iterator[tuple[Extraction, float]]:
    """Extract every article, in input order, with ``jobs`` processes or on the Dask cluster at
    ``cluster`` (``tcp://HOST:PORT``): (records, seconds)."""
    if cluster:
        yield from _on_cluster(items, cluster, model, max_chars)
        return
    if jobs <= 1:
        nlp = nlp_.load(model)
        for batch in _batches(items, BATCH):
            yield from extract_all(nlp, batch, max_chars)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork"), initializer=_quiet_worker) as pool:
        batches = _batches(items, BATCH)
        pending = [pool.submit(_worker, model, b, max_chars) for b in islice(batches, jobs * 2)]
        while pending:
            done = pending.pop(0).result()
            nxt = next(batches, None)
            if nxt is not None:
                pending.append(pool.submit(_worker, model, nxt, max_chars))
            yield from done


def _on_cluster(items: Iterable[Article], address: str, model: str | None,
                max_chars: int) -> Iterator[tuple[Extraction, float]]:
    """Batches go to the workers of a Dask cluster (each worker loads the model once, on its
    first batch); a bounded number are in flight, results come back in input order."""
    try:
        from distributed import Client
    except ImportError:
        raise KGError("--cluster needs Dask: pip install 'alliance-kg[cluster]'") from None
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except OSError as e:
        raise KGError(f"cannot reach the Dask cluster at {address}: {e}") from None
    with client:
        batches = _batches(items, BATCH)
        window = 2 * max(1, sum(client.nthreads().values()))
        pending = [client.submit(_worker, model, b, max_chars, pure=False) for b in islice(batches, window)]
        while pending:
            done = pending.pop(0).result()
            nxt = next(batches, None)
            if nxt is not None:
                pending.append(client.submit(_worker, model, nxt, max_chars, pure=False))
            yield from done
