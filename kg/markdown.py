"""``report.md``, the analyst's report of an ``Analysis``: central actors, brokers, blocs, contested
pairs, the timeline of the busiest pairs, who says what about whom, communities.

Article text is untrusted: it is escaped so that it reads as text in any Markdown renderer.
"""
from __future__ import annotations

from kg import chart
from kg.analysis import Analysis, ranked
from kg.texts import Texts
from kg.views import claims_about, contested, speakers, summary

TIMELINE = "timeline.svg"  # beside report.md, which shows it, when articles have dates
_MD = str.maketrans({c: "\\" + c for c in "\\`*_[]|#!"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _md(text, limit: int | None = None) -> str:
    """One line of untrusted text, escaped for Markdown and HTML."""
    text = " ".join(str(text).split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.translate(_MD)


def _label(a: Analysis, n: str) -> str:
    return a.graph.nodes[n]["label"]


def markdown(a: Analysis, *, top: int = 10) -> str:
    """The analyst's report: central actors, brokers, blocs, contested pairs, who says what about whom."""
    s = summary(a)
    types = ", ".join(f"{n} {t}" for t, n in s["by_type"].items()) or "none"
    rels = ", ".join(f"{n} {r}" for r, n in s["by_relation"].items()) or "none"
    lines = ["# Actor analysis", "",
             f"{_plural(s['actors'], 'actor')} ({types}); {_plural(s['edges'], 'edge')} ({rels}); "
             f"{_plural(s['claims'], 'claim')} from {_plural(s['articles'], 'article')}. "
             f"Edge weight = evidence sentences. Seed {a.seed}; betweenness {s['betweenness']}.", ""]
    for part in (_central, _blocs, _contested, _timeline, _speakers, _communities):
        lines += part(a, top)
    return "\n".join(lines).rstrip() + "\n"


def _table(header: list[str], rows: list[list]) -> list[str]:
    """A Markdown table; columns of numbers are right-aligned."""
    if not rows:
        return ["None.", ""]
    align = ["---:" if all(_numeric(r[i]) for r in rows) else "---" for i in range(len(header))]
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    return out + ["| " + " | ".join(str(c) for c in r) + " |" for r in rows] + [""]


def _numeric(cell) -> bool:
    return isinstance(cell, int) or str(cell).replace(".", "", 1).isdigit()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _central(a: Analysis, top: int) -> list[str]:
    lines = []
    for measure, title in (("pagerank", "Top actors by PageRank"), ("betweenness", "Top brokers by betweenness")):
        rows = [[i, _md(_label(a, n)), a.graph.nodes[n]["type"], f"{a.metrics[n]['pagerank']:.4f}",
                 f"{a.metrics[n]['betweenness']:.4f}", a.metrics[n]["degree"], a.metrics[n]["weighted_degree"]]
                for i, n in enumerate([n for n in ranked(a, measure) if a.metrics[n][measure] > 0][:top], 1)]
        lines += [f"## {title}", ""] + _table(["#", "actor", "type", "PageRank", "betweenness", "degree",
                                               "weighted degree"], rows)
    return lines


def _names(a: Analysis, nodes, limit: int = 12) -> str:
    shown = ", ".join(_md(_label(a, n)) for n in nodes[:limit])
    return shown + (f" … and {len(nodes) - limit} more" if len(nodes) > limit else "")


def _blocs(a: Analysis, top: int) -> list[str]:
    lines = ["## Blocs (signed view: cooperation +, tension −)", ""]
    lines += [f"- **Bloc {i}** ({len(b)}): {_names(a, b)}" for i, b in enumerate(a.blocs[:top], 1)] or ["None."]
    free = sorted((n for n in a.signed if a.metrics[n]["bloc"] is None), key=lambda n: _label(a, n))
    if free:
        lines.append(f"- In no bloc: {_names(a, free)}")
    b = a.balance
    lines += ["", f"Structural balance: {_plural(b['triangles'], 'signed triangle')}, {b['balanced']} balanced"
              + (f" ({b['ratio']:.0%})." if b["triangles"] else ".")
              + " A triangle is balanced when the product of its signs is + (the enemy of my enemy is my "
              "friend); a pair with as much cooperation as tension evidence has no sign.", ""]
    sign = {1: "+", -1: "−"}
    rows = [[" – ".join(_md(_label(a, n)) for n in t["actors"]), " ".join(sign[x] for x in t["signs"])]
            for t in b["unbalanced"][:top]]
    return lines + ["Unbalanced triangles:", ""] + _table(["actors", "signs (1–2, 1–3, 2–3)"], rows)


def _quote(a: Analysis, pair: tuple[str, str]) -> str:
    s = next(a.texts.edge_sentences(*pair, "tension", limit=1), None)
    return f"“{_md(s.text, 200)}” — {_md(s.title, 80)}" if s else ""


def _contested(a: Analysis, top: int) -> list[str]:
    rows = [[f"{_md(_label(a, c['pair'][0]))} – {_md(_label(a, c['pair'][1]))}", c["tension"], c["cooperation"],
             _md(", ".join(c["cues"] + c["kinds"])), _quote(a, c["pair"])] for c in contested(a)[:top]]
    return ["## Contested pairs", ""] + _table(["pair", "tension", "cooperation", "cues", "evidence"], rows)


def _timeline(a: Analysis, top: int) -> list[str]:
    months, pairs = chart.busiest(a)
    if not pairs:
        return ["## Timeline of the busiest pairs", "", "No dated evidence: no article has a date.", ""]
    rows = [[" – ".join(map(_md, p["labels"])), sum(p["cooperation"]), sum(p["tension"]),
             months[max(range(len(months)), key=lambda i: (p["cooperation"][i] + p["tension"][i], -i))]]
            for p in pairs]
    return (["## Timeline of the busiest pairs", "", f"![Cooperation and tension per month, {months[0]} to "
             f"{months[-1]}]({TIMELINE})", ""] + _table(["pair", "cooperation", "tension", "busiest month"], rows))


def _speakers(a: Analysis, top: int) -> list[str]:
    rows = [[_md(_label(a, s["speaker"])), s["claims"], s["direct"], s["indirect"],
             ", ".join(f"{_md(_label(a, n))} ({k})" for n, k in s["about"][:6])] for s in speakers(a)[:top]]
    pairs = [[_md(_label(a, p["speaker"])), _md(_label(a, p["about"])), p["claims"],
              f"“{_md(_example(a.texts, p), 160)}”"] for p in claims_about(a)[: 2 * top]]
    return (["## Most-quoted speakers", ""] + _table(["speaker", "claims", "direct", "indirect", "about"], rows)
            + ["## Who claims about whom", ""] + _table(["speaker", "about", "claims", "example"], pairs))


def _example(texts: Texts, pair: dict) -> str:
    """The text of the first claim (by key) of a speaker about an actor."""
    return texts.claim(next(texts.claim_ids(pair["speaker"], pair["about"], limit=1)))["text"]


def _communities(a: Analysis, top: int) -> list[str]:
    lines = ["## Communities (Louvain)", ""]
    lines += [f"{i}. ({len(c)}) {_names(a, sorted(c, key=lambda n: -a.metrics[n]['pagerank']))}"
              for i, c in enumerate(a.communities[:top], 1)] or ["None."]
    if len(a.communities) > top:
        lines.append(f"\n… and {len(a.communities) - top} more communities in analysis.json.")
    return lines + [""]
