"""Benchmark: kg build throughput against plain spaCy, measured in one run on one generated corpus.

    .venv/bin/python bench/throughput.py [--n 1000] [--seed 0] [--model NAME] [--corpus DIR]
                                         [--repeat R] [--no-diagnostics] [--profile [N]] [--keep]

On the same articles (bench/corpus.py) and the same installed model:
  (a)  plain spaCy: ``spacy.load(model)``, ``for doc in nlp.pipe(texts): pass``   -> words/s
  (a3) plain spaCy in kg's batches of 16 texts (``batch_size=16``), and (a2) the same through kg's
       pipeline (``kg.nlp.load``: + paragraph breaks and the two gazetteer phrase rulers; a diagnostic)
  (b)  ``kg.pipeline.build(paths, out, jobs=1)`` into an empty folder -> words/s, b/a (target >= 0.85)
  (c)  ``build(..., jobs=2)`` -> c/b (target >= 1.7 on 2 cores); (c') plain spaCy with
       ``n_process=2`` (batch_size=16, so both processes get work) against (a3), and c against c';
       (c'') the ceiling: two forked processes each parse half the texts and send nothing back
  (d)  a rebuild into the folder of (b) after adding one article -> seconds, articles processed (1)
With --repeat R the measurements (a)-(c'') run R times, interleaved, and the best of each counts.
Words are ``len(text.split())`` of the article files, as kg counts them. Model loading is
excluded everywhere: both pipelines are loaded before the clock starts, and build() reuses
kg's cached one (jobs=2 workers are forked from this process and inherit it).
A benchmark, not a test: the machine is shared, so it prints ratios measured in the same run and
asserts nothing. The last line is the same numbers as JSON.
--profile [N] then profiles, with cProfile, a fresh jobs=1 build of the first N articles (default 200)
and a rebuild like (d) with one more article, and prints where kg's time goes: per stage and the top
functions (file:line:function, seconds).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import multiprocessing
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import spacy  # noqa: E402

from kg import nlp as kg_nlp  # noqa: E402
from kg import article as articles  # noqa: E402
from kg import outcome, pipeline  # noqa: E402

TARGET_KG = 0.85
TARGET_JOBS = 1.7
WARMUP = 16


def resolve(model: str | None) -> str:
    """The first installed model among kg's candidates (the one a build would use)."""
    for name in kg_nlp.candidates(model):
        try:
            spacy.load(name)
        except OSError:
            continue
        return name
    raise SystemExit(f"no spaCy model installed among {', '.join(kg_nlp.candidates(model))}")


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def pipe(nlp, texts: list[str], **kwargs) -> None:
    for _doc in nlp.pipe(texts, **kwargs):
        pass


def build(paths: list[Path], out: Path, model: str, jobs: int) -> tuple[outcome.BuildResult, float]:
    return timed(pipeline.build, paths, out, model=model, jobs=jobs)


def rate(words: int, seconds: float) -> float:
    return words / seconds if seconds else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles to generate (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the one kg build would load)")
    ap.add_argument("--corpus", type=Path, default=None, help="use this folder of articles instead of generating")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of (a)-(c''), interleaved; the best of each counts")
    ap.add_argument("--no-diagnostics", action="store_true", help="skip (a2)")
    ap.add_argument("--profile", type=int, nargs="?", const=200, default=0, metavar="N",
                    help="afterwards, cProfile a fresh jobs=1 build of N articles (default 200) and a rebuild like (d)")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and build folders")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-throughput-"))
    try:
        run(args, work)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


NOTES = {"kg_jobs1/spacy": "(b) against plain spaCy (a)",
         "kg_jobs2/kg_jobs1": "(c) against (b)",
         "spacy_np2/spacy_batch16": "plain spaCy's own gain from 2 processes",
         "kg_jobs2/spacy_np2": "(c) against plain spaCy on 2 processes",
         "two_halves/spacy_batch16": "ceiling: what 2 processes give on this machine now",
         "spacy_batch16/spacy": "what batches of 16 alone do to plain spaCy",
         "kg_jobs1/spacy_batch16": "(b) against plain spaCy in kg's batch size",
         "kg_pipeline/spacy_batch16": "kg's 3 pipeline components (both batch 16)",
         "kg_jobs1/kg_pipeline": "the rest: extraction, reading, manifest, RDF, writing"}
TARGETS = {"kg_jobs1/spacy": TARGET_KG, "kg_jobs2/kg_jobs1": TARGET_JOBS}


def run(args, work: Path) -> None:
    """The whole benchmark: measurements (a)-(d), their table and ratios, the JSON line."""
    model = resolve(args.model)
    folder, paths = _articles(args, work)
    texts = [p.read_text("utf-8") for p in paths]
    words, n = sum(len(t.split()) for t in texts), len(texts)
    plain, load_plain = timed(spacy.load, model)
    kgnlp, load_kg = timed(kg_nlp.load, model)  # cached: build() below uses this very object
    pipe(plain, texts[:WARMUP])
    pipe(kgnlp, texts[:WARMUP])
    print(f"throughput: {n} articles, {words:,} words, model {model} (spaCy {spacy.__version__}), "
          f"{os.cpu_count()} CPUs, load average {_load()}; model load {load_plain:.1f} s plain, "
          f"{load_kg:.1f} s with kg's components (not timed below); best of {args.repeat} round(s)", flush=True)
    results: dict[str, outcome.BuildResult] = {}
    plan = _plan(args, work, folder, model, plain, kgnlp, texts, results)
    best = _rounds(plan, args.repeat, words)
    wps = {k: rate(words, v) for k, v in best.items()}
    same = (work / "out-b" / "graph.ttl").read_bytes() == (work / "out-c" / "graph.ttl").read_bytes()
    extra_path, s_d, processed, cached = _incremental(args, work, folder, model, n)
    ratios = _ratios(wps)
    _print_table(plan, best, wps, results["b"])
    print(f"  (d)  rebuild after adding 1 article: {s_d:.2f} s, {processed} processed, {cached} from the manifest "
          f"(expected 1 and {n})")
    print(f"  graph.ttl of jobs=1 and jobs=2 identical: {'yes' if same else 'NO'}; "
          f"{results['b'].triples:,} triples; load average now {_load()}")
    _print_ratios(ratios)
    result = {
        "bench": "throughput", "articles": n, "words": words, "model": model, "spacy": spacy.__version__,
        "cpus": os.cpu_count(), "rounds": args.repeat,
        "seconds": {k: round(v, 2) for k, v in best.items()} | {"incremental": round(s_d, 2)},
        "words_per_second": {k: round(v) for k, v in wps.items()} | {"b_summary": results["b"].summary()["words_per_second"]},
        "ratios": {k: round(v, 3) for k, v in ratios.items()}, "targets": TARGETS,
        "incremental_processed": processed, "incremental_cached": cached, "same_graph_jobs1_jobs2": same,
    }
    if args.profile:
        result["profile"] = profile(paths[:args.profile], work / "out-profile", model,
                                    title=f"a fresh jobs=1 build of {min(args.profile, n)} articles")
        extra2 = corpus.write(1, work / "extra2", seed=args.seed + 2, start=n + 1)[0]
        result["profile_incremental"] = profile([folder, extra_path, extra2], work / "out-b", model,
                                                title=f"a rebuild of the {n + 1} articles of (d) plus 1 new one")
    print(json.dumps(result, sort_keys=True))


def _incremental(args, work: Path, folder: Path, model: str, n: int) -> tuple[Path, float, int, int]:
    """(d): one more article, rebuilt into the folder of (b); the article, the seconds, how many
    articles were processed and how many came from the manifest."""
    extra_path = corpus.write(1, work / "extra", seed=args.seed + 1, start=n)[0]
    res_d, seconds = build([folder, extra_path], work / "out-b", model, 1)
    return (extra_path, seconds, sum(e.status == "ok" for e in res_d.entries),
            sum(e.status == "cached" for e in res_d.entries))


def _articles(args, work: Path) -> tuple[Path, list[Path]]:
    """The folder of articles measured (--corpus, or a generated one) and its article files."""
    if args.corpus:
        return args.corpus, sorted(p for p in args.corpus.rglob("*")
                                   if p.is_file() and p.suffix.lower() in articles.SUFFIXES)
    return work / "corpus", corpus.write(args.n, work / "corpus", seed=args.seed)


def _plan(args, work: Path, folder: Path, model: str, plain, kgnlp, texts: list[str], results: dict) -> dict:
    """Each measurement: key -> (label, a function returning its seconds); kg's builds put their
    results in ``results``."""
    def kg_build(key: str, jobs: int):
        def go() -> float:
            out = work / f"out-{key}"
            shutil.rmtree(out, ignore_errors=True)  # an empty manifest every time
            results[key], seconds = build([folder], out, model, jobs)
            return seconds
        return go

    plan = {"a": ("(a)  spaCy nlp.pipe, stock pipeline", lambda: timed(pipe, plain, texts)[1])}
    plan["a3"] = ("(a3) spaCy nlp.pipe, stock, batch_size=16", lambda: timed(pipe, plain, texts, batch_size=16)[1])
    if not args.no_diagnostics:
        plan["a2"] = ("(a2) spaCy nlp.pipe, kg's pipeline, batch_size=16",
                      lambda: timed(pipe, kgnlp, texts, batch_size=16)[1])
    plan["b"] = ("(b)  kg build, jobs=1", kg_build("b", 1))
    plan["c"] = ("(c)  kg build, jobs=2", kg_build("c", 2))
    plan["c'"] = ("(c') spaCy nlp.pipe, stock, n_process=2, batch_size=16",
                  lambda: timed(pipe, plain, texts, n_process=2, batch_size=16)[1])
    plan["c''"] = ("(c'') 2 forked processes, each stock nlp.pipe on half", lambda: halves(plain, texts))
    return plan


def _rounds(plan: dict, repeat: int, words: int) -> dict[str, float]:
    """Run the plan ``repeat`` times, interleaved, printing each measurement; the best seconds of each."""
    seconds: dict[str, list[float]] = {k: [] for k in plan}
    for r in range(repeat):
        for key, (label, fn) in plan.items():
            seconds[key].append(fn())
            print(f"  round {r + 1}: {label:<56} {seconds[key][-1]:8.1f} s "
                  f"{rate(words, seconds[key][-1]):10,.0f} words/s   load {_load()}", flush=True)
    return {k: min(v) for k, v in seconds.items()}


def _ratios(wps: dict[str, float]) -> dict[str, float]:
    """The ratios of words per second that the targets and NOTES speak of."""
    ratios = {"kg_jobs1/spacy": wps["b"] / wps["a"], "kg_jobs2/kg_jobs1": wps["c"] / wps["b"],
              "spacy_np2/spacy_batch16": wps["c'"] / wps["a3"], "kg_jobs2/spacy_np2": wps["c"] / wps["c'"],
              "two_halves/spacy_batch16": wps["c''"] / wps["a3"],
              "spacy_batch16/spacy": wps["a3"] / wps["a"], "kg_jobs1/spacy_batch16": wps["b"] / wps["a3"]}
    if "a2" in wps:
        ratios.update({"kg_pipeline/spacy_batch16": wps["a2"] / wps["a3"], "kg_jobs1/kg_pipeline": wps["b"] / wps["a2"]})
    return ratios


def _print_table(plan: dict, best: dict, wps: dict, b: outcome.BuildResult) -> None:
    summary = b.summary()
    print()
    print(f"  {'':<58} {'seconds':>8} {'words/s':>10}")
    for key, (label, _) in plan.items():
        print(f"  {label:<58} {best[key]:8.1f} {wps[key]:10,.0f}")
    print(f"  (b) by build's own summary (incl. graph.ttl, not the report) {summary['seconds']:6.1f} "
          f"{summary['words_per_second']:10,}")


def _print_ratios(ratios: dict[str, float]) -> None:
    print()
    print(f"  {'ratio':<26} {'value':>6}  {'target':<8}")
    for name, value in ratios.items():
        t = TARGETS.get(name)
        verdict = "" if t is None else ("ok" if value >= t else "BELOW TARGET")
        print(f"  {name:<26} {value:6.2f}  {'>= ' + str(t) if t else '':<8} {verdict:<13} {NOTES[name]}")


def _half(nlp, texts: list[str]) -> None:
    pipe(nlp, texts, batch_size=16)
    os._exit(0)  # skip the interpreter's exit in the forked child


def halves(nlp, texts: list[str]) -> float:
    """Seconds for two forked processes to parse half the texts each, returning nothing: what two
    processes can do at best on this machine, without any transfer of results."""
    ctx = multiprocessing.get_context("fork")
    t0 = time.perf_counter()
    procs = [ctx.Process(target=_half, args=(nlp, texts[i::2])) for i in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return time.perf_counter() - t0


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# Stages of a build, as (file suffix, function name) -> label, for the profile summary.
STAGES = (
    (("kg/pipeline.py", "build"), "whole build()"),
    (("kg/pipeline.py", "hashed"), "read + hash the article files"),
    (("kg/manifest.py", "get"), "manifest get (records of unchanged articles)"),
    (("spacy/language.py", "pipe"), "spaCy Language.pipe (all components)"),
    (("kg/nlp.py", "paragraphs"), "  component kg_paragraphs"),
    (("spacy/pipeline/span_ruler.py", "__call__"), "  components kg_gazetteer_norm + _orth"),
    (("kg/extract/__init__.py", "extract"), "extract(): all extractors"),
    (("kg/extract/entities.py", "raw_mentions"), "  entities.raw_mentions"),
    (("kg/extract/resolve.py", "resolve"), "  resolve.resolve"),
    (("kg/extract/affiliations.py", "affiliations"), "  affiliations.affiliations"),
    (("kg/extract/claims.py", "claims"), "  claims.claims"),
    (("kg/extract/relations.py", "relations"), "  relations.relations"),
    (("kg/extract/__init__.py", "_kind"), "  extract._kind (paragraph kind per mention)"),
    (("kg/article.py", "readable"), "article.readable"),
    (("kg/records.py", "shifted"), "records.shifted"),
    (("kg/manifest.py", "put"), "manifest put (JSON per article)"),
    (("kg/manifest.py", "prune"), "manifest prune"),
    (("kg/corpus.py", "aliases"), "corpus.aliases (persons across articles)"),
    (("kg/pipeline.py", "_write_graph"), "_write_graph: records back from the manifest -> graph.ttl"),
    (("kg/corpus.py", "rekey"), "  corpus.rekey"),
    (("kg/rdf.py", "article_triples"), "  rdf.article_triples (records -> triples)"),
    (("kg/turtle.py", "add"), "  turtle.Sorter.add (collect, spill sorted runs)"),
    (("kg/turtle.py", "write"), "  turtle.write (merge runs -> Turtle)"),
    (("kg/outcome.py", "report"), "build-report.json"),
)


def profile(paths: list[Path], out: Path, model: str, *, title: str) -> dict:
    """Profile one jobs=1 build; print the stage times and the top functions."""
    prof = cProfile.Profile()
    prof.enable()
    pipeline.build(paths, out, model=model, jobs=1)
    prof.disable()
    stats = pstats.Stats(prof)
    entries = stats.stats  # (file, line, function) -> (primitive calls, calls, tottime, cumtime, callers)
    total = max((v[3] for (f, _, fn), v in entries.items() if f.endswith("kg/pipeline.py") and fn == "build"),
                default=0.0)
    print(f"\nprofile: {title}, under cProfile: {total:.1f} s "
          "(cProfile slows Python code more than spaCy's compiled code: read shares, not speeds)")
    stages = {}
    for (suffix, name), label in STAGES:
        cum = sum(v[3] for (f, _, fn), v in entries.items() if f.endswith(suffix) and fn == name)
        calls = sum(v[1] for (f, _, fn), v in entries.items() if f.endswith(suffix) and fn == name)
        stages[label.strip()] = round(cum, 2)
        print(f"  {label:<48} {cum:8.2f} s  {cum / total:6.1%}  ({calls} calls)")
    rows = []
    for (f, line, fn), (_, calls, tt, ct, _) in entries.items():
        short = _short(f)
        rows.append((tt, ct, calls, f"{short}:{line}:{fn}"))
    print("  top 25 by own time (file:line:function, own s, cumulative s, calls):")
    for tt, ct, calls, where in sorted(rows, reverse=True)[:25]:
        print(f"    {tt:7.2f} {ct:8.2f} {calls:9d}  {where}")
    print("  top 25 kg functions by cumulative time:")
    kg_rows = sorted((r for r in rows if r[3].startswith("kg/")), key=lambda r: r[1], reverse=True)
    for tt, ct, calls, where in kg_rows[:25]:
        print(f"    {tt:7.2f} {ct:8.2f} {calls:9d}  {where}")
    return {"what": title, "seconds": round(total, 2), "stages": stages}


def _short(path: str) -> str:
    for marker in ("site-packages/", f"{Path(__file__).resolve().parent.parent}/", "lib/python3."):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


if __name__ == "__main__":
    main()
