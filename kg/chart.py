"""The timeline of the busiest pairs: how much cooperation and tension evidence each of the most
evidenced pairs of actors has per month, drawn with matplotlib as an SVG for ``report.md``.

Deterministic: the Agg backend, a fixed hash salt for SVG ids and no date in the file's metadata,
so the same analysis gives the same bytes. Only evidence from dated articles counts.
"""
from __future__ import annotations

import io
from collections import defaultdict

from kg.analysis import Analysis

TOP = 5


def busiest(a: Analysis, *, top: int = TOP) -> tuple[list[str], list[dict]]:
    """The months (sorted, every month between the first and the last) and the ``top`` pairs with
    the most dated cooperation and tension sentences: ``{"pair", "labels", "cooperation",
    "tension"}``, the last two lists of counts per month."""
    counts: dict[tuple[str, str], dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for u, v, rel, month, n in a.texts.monthly():
        counts[(u, v)][rel][month] = n
    if not counts:
        return [], []
    months = _months(min(m for c in counts.values() for r in c.values() for m in r),
                     max(m for c in counts.values() for r in c.values() for m in r))
    total = {p: sum(n for r in c.values() for n in r.values()) for p, c in counts.items()}
    pairs = sorted(counts, key=lambda p: (-total[p], p))[:top]
    return months, [{"pair": p, "labels": tuple(a.graph.nodes[n]["label"] for n in p),
                     **{rel: [counts[p][rel].get(m, 0) for m in months] for rel in ("cooperation", "tension")}}
                    for p in pairs]


def _months(first: str, last: str) -> list[str]:
    """Every month from first to last (``YYYY-MM``).

    >>> _months("2023-11", "2024-02")
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04}-{m:02}" <= last:
        out.append(f"{y:04}-{m:02}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def svg(months: list[str], pairs: list[dict]) -> bytes:
    """The chart: one line per pair, cooperation solid above the axis and tension dashed below it."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import MaxNLocator

    with matplotlib.rc_context({"svg.hashsalt": "alliance-kg", "svg.fonttype": "path", "font.size": 9}):
        fig, ax = plt.subplots(figsize=(8, 3.6))
        try:
            x = range(len(months))
            for i, p in enumerate(pairs):
                color = f"C{i}"
                name = " – ".join(p["labels"])
                ax.plot(x, p["cooperation"], color=color, marker="o", label=f"{name}")
                ax.plot(x, [-n for n in p["tension"]], color=color, marker="v", linestyle="--")
            ax.axhline(0, color="#888888", linewidth=0.8)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.set_xticks(list(x), months, rotation=45 if len(months) > 6 else 0, ha="right" if len(months) > 6 else "center")
            ax.set_ylabel("sentences: cooperation + / tension −")
            ax.set_title("Busiest pairs by month")
            ax.legend(loc="upper left", fontsize=7, frameon=False, bbox_to_anchor=(1.0, 1.0))
            fig.tight_layout()
            buf = io.BytesIO()
            fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "alliance-kg"})
        finally:
            plt.close(fig)
    return buf.getvalue()
