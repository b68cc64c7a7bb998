"""Benchmark: peak memory (RSS) of ``kg build --jobs 1`` on generated corpora of growing size.

    .venv/bin/python bench/memory.py [--sizes 1000 10000] [--seed 0] [--jobs 1] [--model NAME]
                                     [--what cli library] [--keep]
    .venv/bin/python bench/memory.py --big-article 20 [2 5 ...] [--jobs 1] [--model NAME] ...

For each size, bench/corpus.py writes that many articles (the first 1,000 of every corpus are the
same articles) and ``kg build CORPUS --out EMPTY_DIR --jobs 1 --quiet`` runs as a child process.
Its peak RSS comes from the kernel (``os.wait4`` -> ``ru_maxrss``, the child and anything it
waited for); /proc/PID/status is also sampled twice a second, so the output shows when the peak
came (as a share of the run) and how RSS grew. The command includes what ``kg build`` does after
the graph is written (analysis, report, explorer); ``--what library`` measures
``kg.pipeline.build`` alone in a child process instead (``--what cli library``: both), to tell
the two apart.
Prints peak RSS per size, the ratio largest/smallest (flat memory means close to 1) and the
growth per extra article; the last line is JSON. A benchmark, not a test: it asserts nothing.

``--big-article MB`` measures one long article instead of a corpus: ``corpus.big`` joins
generated articles (paragraphs kept) into one file of MB million bytes, and the same command
builds it. Memory should follow the slice an article is parsed in, not the article: the output
gives peak RSS per size, RSS over time (one sample every few seconds) and, for several sizes,
the growth per extra MB of text.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

LIBRARY = ("import sys; from kg.pipeline import build; "
           "build([sys.argv[1]], sys.argv[2], model=sys.argv[3] or None, jobs=int(sys.argv[4]))")


def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]


def rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def measure(cmd: list[str], *, interval: float = 0.5) -> dict:
    """Run cmd; its wall seconds, peak RSS (kB, from wait4) and RSS samples (seconds, kB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, int]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            kb = rss_kb(proc.pid)
            if kb:
                samples.append((time.perf_counter() - t0, kb))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read()  # the child's stderr, read until it closes
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode(errors='replace')[-2000:]}")
    return {"seconds": seconds, "peak_kb": usage.ru_maxrss, "samples": samples}


def shape(run: dict) -> str:
    """When the peak came and RSS at quarters of the run, from the samples."""
    samples, seconds = run["samples"], run["seconds"]
    if not samples:
        return "no samples"
    at = max(samples, key=lambda s: s[1])[0]
    quarters = []
    for q in (0.25, 0.5, 0.75, 1.0):
        before = [kb for t, kb in samples if t <= q * seconds]
        quarters.append(f"{before[-1] / 1024:.0f}" if before else "-")
    return f"sampled peak at {at / seconds:.0%} of the run; RSS at 25/50/75/100%: {' / '.join(quarters)} MB"


def timeline(run: dict, points: int = 24) -> list[tuple[float, float]]:
    """The RSS samples thinned to about ``points`` (seconds, MB), the highest kept."""
    samples = run["samples"]
    if not samples:
        return []
    step = max(1, len(samples) // points)
    keep = set(range(0, len(samples), step)) | {len(samples) - 1, samples.index(max(samples, key=lambda s: s[1]))}
    return [(round(samples[i][0], 1), round(samples[i][1] / 1024, 1)) for i in sorted(keep)]


def variants(args: argparse.Namespace) -> list[tuple[str, Callable[[Path, Path], list[str]]]]:
    """(name, make(input, out) -> command) for the commands measured."""
    out = []
    if "cli" in args.what:
        out.append(("kg build", lambda c, o: [*kg_command(), "build", str(c), "--out", str(o), "--jobs",
                                              str(args.jobs), "--quiet",
                                              *(["--model", args.model] if args.model else [])]))
    if "library" in args.what:
        out.append(("pipeline.build", lambda c, o: [sys.executable, "-c", LIBRARY, str(c), str(o),
                                                    args.model, str(args.jobs)]))
    return out


def corpora(args: argparse.Namespace, work: Path, commands: list) -> dict:
    """The corpus case: one build per size and command; the JSON result."""
    print(f"memory: {' and '.join(n for n, _ in commands)} --jobs {args.jobs} on generated corpora of "
          f"{', '.join(map(str, args.sizes))} articles; load average {_load()}", flush=True)
    rows = []
    for size in sorted(args.sizes):
        folder = work / f"corpus-{size}"
        paths = corpus.write(size, folder, seed=args.seed)
        words = sum(len(p.read_text("utf-8").split()) for p in paths)
        for name, make in commands:
            out = work / f"out-{size}-{name.replace(' ', '-')}"
            run = measure(make(folder, out))
            triples = _triples(out)
            rows.append({"variant": name, "articles": size, "words": words, "triples": triples,
                         "seconds": round(run["seconds"], 1), "peak_rss_mb": round(run["peak_kb"] / 1024, 1)})
            print(f"  {name:<15} {size:>7,} articles {words:>10,} words {triples:>10,} triples "
                  f"{run['seconds']:8.1f} s   peak RSS {run['peak_kb'] / 1024:8.1f} MB   ({shape(run)})", flush=True)
            _drop(args, out)
        _drop(args, folder)
    ratios = {}
    for name, lo, hi in _smallest_and_largest(rows):
        ratio = hi["peak_rss_mb"] / lo["peak_rss_mb"]
        per = (hi["peak_rss_mb"] - lo["peak_rss_mb"]) * 1024 / (hi["articles"] - lo["articles"])
        ratios[name] = {"ratio": round(ratio, 3), "kb_per_extra_article": round(per, 1),
                        "of": f"{hi['articles']}/{lo['articles']}"}
        print(f"  {name}: peak RSS {hi['articles']:,}/{lo['articles']:,} articles = {ratio:.2f} "
              f"(flat memory is close to 1); {per:.0f} kB more per extra article")
    return {"bench": "memory", "jobs": args.jobs, "runs": rows, "ratios": ratios}


def big_articles(args: argparse.Namespace, work: Path, commands: list) -> dict:
    """The long-article case: one article of each size, one build per command; the JSON result."""
    print(f"memory: {' and '.join(n for n, _ in commands)} --jobs {args.jobs} on one article of "
          f"{', '.join(f'{mb:g}' for mb in args.big_article)} MB; load average {_load()}", flush=True)
    rows = []
    for mb in sorted(args.big_article):
        path = corpus.big(int(mb * 1e6), work / f"article-{mb:g}mb.txt", seed=args.seed)
        text = path.read_text("utf-8")
        chars, words = len(text), len(text.split())
        del text
        for name, make in commands:
            out = work / f"out-{mb:g}mb-{name.replace(' ', '-')}"
            run = measure(make(path, out))
            triples = _triples(out)
            rows.append({"variant": name, "mb": mb, "chars": chars, "words": words, "triples": triples,
                         "seconds": round(run["seconds"], 1), "peak_rss_mb": round(run["peak_kb"] / 1024, 1),
                         "samples": timeline(run)})
            print(f"  {name:<15} {mb:>6g} MB article {chars:>11,} chars {words:>10,} words {triples:>9,} triples "
                  f"{run['seconds']:8.1f} s   peak RSS {run['peak_kb'] / 1024:8.1f} MB   ({shape(run)})", flush=True)
            print("    RSS over time (s: MB): " + ", ".join(f"{t:.0f}: {m:.0f}" for t, m in timeline(run)), flush=True)
            _drop(args, out)
        _drop(args, path)
    growth = {}
    for name, lo, hi in _smallest_and_largest(rows):
        per = (hi["peak_rss_mb"] - lo["peak_rss_mb"]) / (hi["mb"] - lo["mb"])
        growth[name] = {"mb_per_extra_mb": round(per, 1), "of": f"{hi['mb']:g}/{lo['mb']:g}"}
        print(f"  {name}: peak RSS {hi['mb']:g} MB / {lo['mb']:g} MB article = "
              f"{hi['peak_rss_mb'] / lo['peak_rss_mb']:.2f}; {per:.1f} MB more per extra MB of text")
    return {"bench": "memory", "case": "big-article", "jobs": args.jobs, "runs": rows, "growth": growth}


def _smallest_and_largest(rows: list[dict]):
    """(variant, its first run, its last run) for each variant run at more than one size (runs go
    from the smallest size up)."""
    for name in dict.fromkeys(r["variant"] for r in rows):
        mine = [r for r in rows if r["variant"] == name]
        if len(mine) > 1:
            yield name, mine[0], mine[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="corpus sizes (default 1000 10000)")
    ap.add_argument("--big-article", type=float, nargs="+", metavar="MB",
                    help="instead of corpora: one article of MB million bytes (e.g. 20)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--model", default="", help="spaCy pipeline (default: kg's)")
    ap.add_argument("--what", nargs="+", choices=("cli", "library"), default=["cli"],
                    help="cli: the kg build command (default); library: kg.pipeline.build alone")
    ap.add_argument("--keep", action="store_true", help="keep the corpora and outputs")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-memory-"))
    try:
        case = big_articles if args.big_article else corpora
        result = case(args, work, variants(args))
        print(f"  load average now {_load()}")
        print(json.dumps(result, sort_keys=True))
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def _triples(out: Path) -> int:
    return json.loads((out / "build-report.json").read_text("utf-8"))["summary"]["triples"]


def _drop(args: argparse.Namespace, path: Path) -> None:
    """Remove a corpus, article or output as soon as it is measured, unless ``--keep``."""
    if args.keep:
        return
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
