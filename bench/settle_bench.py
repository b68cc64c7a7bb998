"""Benchmark: how long the explorer page of a synthetic 2,000-actor world takes to settle in headless
Chromium (goal: at most 2 s). "Settled" is the explorer's own signal: the first frame drawn after the
layout is final (physics stabilised and switched off, or the precomputed layout drawn).

    .venv/bin/python bench/settle_bench.py [--actors 2000] [--runs 3] [--chromium /usr/bin/chromium]

Reports, per page: actors and edges drawn, layout, page size, and the median over the runs of the
time from navigation start to settled (performance.now() at the signal). A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from kg import analysis, rdf, render  # noqa: E402

ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def settle_ms(context, path: Path) -> float:
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-settled=true]", state="attached", timeout=120_000)
    ms = page.evaluate("kgExplorer.state.settledAt")
    page.close()
    return ms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    a = analysis.analyze(rdf.graph(synthetic.world(args.actors)))
    n = args.actors
    pages = [(f"default (--max-nodes {render.MAX_NODES})", {}), (f"--max-nodes {n}", {"max_nodes": n}),
             (f"largest physics page", {"max_nodes": render.PHYSICS_MAX})]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(Path(tmp) / "profile", executable_path=args.chromium,
                                                      args=ARGS, headless=True,
                                                      viewport={"width": 1280, "height": 800})
        print(f"{len(a.graph):,}-actor world, {a.graph.number_of_edges():,} edges; median of {args.runs} runs")
        print(f"{'page':<28} {'actors':>6} {'edges':>6} {'layout':>11} {'MB':>5} {'settled s':>9}")
        for name, kwargs in pages:
            path = Path(tmp) / f"{len(name)}.html"
            drawn = render.write_html(a, path, **kwargs)
            ms = statistics.median(settle_ms(context, path) for _ in range(args.runs))
            layout = "physics" if drawn["physics"] else "precomputed"
            print(f"{name:<28} {drawn['nodes']:>6,} {drawn['edges']:>6,} {layout:>11} "
                  f"{path.stat().st_size / 1e6:>5.1f} {ms / 1000:>9.2f}", flush=True)
        context.close()


if __name__ == "__main__":
    main()
