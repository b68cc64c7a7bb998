"""Benchmark: analysis and explorer rendering on synthetic worlds of 1,000 and 10,000 actors.

    .venv/bin/python bench/render_bench.py [--sizes 1000 10000] [--baseline]

Reports, per size: RDF triples, seconds to analyse (projection and every measure), seconds to render
the page with every actor drawn (precomputed layout) and with the default --max-nodes, and the page
size. --baseline also times pyvis's own Network.from_nx, which is quadratic (minutes at 10,000).
A benchmark, not a test: it prints, and asserts nothing.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from pyvis.network import Network  # noqa: E402

from kg import analysis, rdf, render  # noqa: E402


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def pyvis_baseline(a: analysis.Analysis) -> float:
    """pyvis's own way in: Network.from_nx (add_node/add_edge per item, each searching lists)."""
    t0 = time.perf_counter()
    Network().from_nx(analysis.undirected(a.graph))
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--baseline", action="store_true", help="also time pyvis Network.from_nx")
    args = ap.parse_args()
    print(f"{'actors':>7} {'edges':>7} {'triples':>8} {'analyse s':>9} {'render all s':>12} "
          f"{'render 500 s':>12} {'page MB':>8}" + (f" {'from_nx s':>9}" if args.baseline else ""))
    for n in args.sizes:
        g = rdf.graph(synthetic.world(n))
        a, t_analyse = timed(analysis.analyze, g)
        page, t_all = timed(render.html, a, max_nodes=n)
        _, t_default = timed(render.html, a)
        row = (f"{len(a.graph):>7,} {a.graph.number_of_edges():>7,} {len(g):>8,} {t_analyse:>9.2f} {t_all:>12.2f} "
               f"{t_default:>12.2f} {len(page.encode()) / 1e6:>8.1f}")
        print(row + (f" {pyvis_baseline(a):>9.2f}" if args.baseline else ""), flush=True)


if __name__ == "__main__":
    main()
