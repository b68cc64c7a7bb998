"""Articles -> Extractions: the spaCy pipeline and the extractors, in one process or several.

The model is loaded once per process (``kg.nlp.load`` is cached). Texts go through
``nlp.pipe`` in batches of at most ``max_chars`` characters. An article longer than that is cut
at paragraph boundaries into slices of at most ``SLICE`` characters, parsed one by one, each
slice's records folded into the article's as they come: size never makes a build fail, and
spaCy's memory follows the slice, not the article.
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

from spacy.tokens import Doc, Span

from kg import article as articles
from kg import nlp as nlp_
from kg.errors import KGError
from kg.model import Article, Extraction, Paragraph
from kg.records import Merge

MAX_CHARS = 200_000  # an article longer than this is read in slices...
SLICE = 50_000  # ...of at most this many characters
BATCH = 16
CLUSTER_TIMEOUT = "10s"  # how long reaching a Dask scheduler may take


def slices(article: Article, max_chars: int = MAX_CHARS, size: int | None = None) -> list[tuple[int, int]]:
    """Ranges of the text: the whole text when it is at most ``max_chars`` long, else ranges of
    at most ``size`` (``SLICE``, and never more than ``max_chars``) where paragraphs allow, cut
    between paragraphs (a longer paragraph is cut at a line or space)."""
    text, out, start = article.text, [], 0
    if len(text) <= max_chars:
        return [(0, len(text))]
    size = min(size or SLICE, max_chars)
    while len(text) - start > size:
        cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = cut + 1 if cut > start else start + size
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _part(article: Article, start: int, end: int) -> Article:
    paragraphs = tuple(Paragraph(max(p.start, start) - start, min(p.end, end) - start, p.kind)
                       for p in article.paragraphs if p.start < end and p.end > start)
    return replace(article, text=article.text[start:end], paragraphs=paragraphs)


def groups(jobs: list[tuple[int, int, int]], whole: set[int],
           max_chars: int = MAX_CHARS) -> Iterator[list[tuple[int, int, int]]]:
    """What spaCy parses at once, in order: the slices (article, start, end) of a long article
    one by one, and the articles in ``whole`` (read in one piece) together, at most
    ``max_chars`` characters in all. spaCy's working memory grows with the text it holds (about
    2.6 MB per 1,000 characters with en_core_web_sm), so it is bounded by a slice or by
    ``max_chars``, never by the batch or the article."""
    run: list[tuple[int, int, int]] = []
    size = 0
    for job in jobs:
        length, alone = job[2] - job[1], job[0] not in whole
        if run and (alone or size + length > max_chars):
            yield run
            run, size = [], 0
        run.append(job)
        size += length
        if alone:
            yield run
            run, size = [], 0
    if run:
        yield run


def extract_all(nlp, batch: list[Article], max_chars: int = MAX_CHARS) -> list[tuple[Extraction, float]]:
    """Extract a batch of articles with one pipeline, slicing the long ones. Slices are parsed a
    group at a time (``groups``) and each slice's records are folded into its article's merge as
    they come, so no Doc outlives its group. Each extraction comes with its share of the batch's
    seconds (by length)."""
    t0 = time.perf_counter()
    cuts = [slices(a, max_chars) for a in batch]
    jobs = [(i, s, e) for i, c in enumerate(cuts) for s, e in c]
    done: dict[int, Extraction] = {}
    merges = {i: Merge(batch[i].header) for i, c in enumerate(cuts) if len(c) > 1}
    for group in groups(jobs, set(range(len(batch))) - set(merges), max_chars):
        for (i, s, _), ex in zip(group, _parsed(nlp, batch, group)):
            if i in merges:
                merges[i].add(merges[i].slice(ex, s))
            else:
                done[i] = ex
        for i in {i for i, _, e in group if i in merges and e == len(batch[i].text)}:
            done[i] = merges.pop(i).result()
    seconds, size = time.perf_counter() - t0, sum(len(a.text) for a in batch) or 1
    return [(done[i], seconds * len(a.text) / size) for i, a in enumerate(batch)]


def _parsed(nlp, batch: list[Article], group: list[tuple[int, int, int]]) -> Iterator[Extraction]:
    """The records of each slice of a group, in order (an article in one slice is its own part)."""
    from kg.extract import extract

    parts = [batch[i] if s == 0 and e == len(batch[i].text) else _part(batch[i], s, e) for i, s, e in group]
    for part, doc in zip(parts, nlp.pipe([articles.readable(p) for p in parts])):
        yield extract(with_title(nlp, doc, part), part)


def parsed(nlp, article: Article) -> Doc:
    """One article's parse, as a build makes it (its title line included, ``with_title``)."""
    return with_title(nlp, nlp(articles.readable(article)), article)


def with_title(nlp, doc: Doc, article: Article) -> Doc:
    """The parse of an article with its title line (``kg.extract.title`` reads it for the person
    it introduces): the title is parsed on its own and put before the body's parse, so that its
    words never change how the body parses. A speech's headings under its title are title lines
    (``kg.extract.title.with_headings``)."""
    from kg.extract.title import with_headings

    article = with_headings(article)
    end = max((p.end for p in article.paragraphs if p.kind == "title"), default=None)
    cut = next((t.i for t in doc if t.idx >= end), len(doc)) if end is not None else 0
    if cut == 0:
        return doc
    stop = doc[cut].idx if cut < len(doc) else len(doc.text)
    head = nlp(articles.readable(article, (*articles.READ_KINDS, "title"))[:stop])
    if cut == len(doc):
        return head
    merged = Doc.from_docs([head, doc[cut:].as_doc()], ensure_whitespace=False)
    shift = len(head) - cut
    for key, group in doc.spans.items():  # a slice's Doc has no span groups: carry them over
        merged.spans[key] = [*merged.spans.get(key, []), *(Span(merged, s.start + shift, s.end + shift, s.label, span_id=s.id)
                                                          for s in group if s.start >= cut)]
    return merged


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
        client = Client(address, timeout=CLUSTER_TIMEOUT, set_as_default=False)
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
