"""An ``Analysis`` as files: ``report.md`` for people, ``analysis.json`` for programs, ``metrics.ttl``
for SPARQL (``ORDER BY DESC(?pr)`` over ``sa:pageRank``). Same analysis, same bytes. ``explored``
and ``explored_line`` sum up what was written, as ``kg analyze`` and ``kg build`` say it.

Sentences and claims are read from the analysis' index (``Analysis.texts``) as they are written.
Article text is untrusted: in Markdown it is escaped so that it reads as text in any renderer.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Graph

from kg import chart, rdf, store
from kg.actors import listed
from kg.analysis import Analysis, ranked
from kg.errors import AnalysisError
from kg.texts import Texts

FILES = ("report.md", "analysis.json", "metrics.ttl")
TIMELINE = "timeline.svg"  # beside report.md, which shows it, when articles have dates
ACTOR_FIELDS = ("type", "label", "iri", "iso", "aliases", "articles")  # an actor in analysis.json
_MD = str.maketrans({c: "\\" + c for c in "\\`*_[]|#!"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _md(text, limit: int | None = None) -> str:
    """One line of untrusted text, escaped for Markdown and HTML."""
    text = " ".join(str(text).split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.translate(_MD)


def _label(a: Analysis, n: str) -> str:
    return a.graph.nodes[n]["label"]


def _num(x: float) -> float:
    return round(float(x), 6)


# ---------------------------------------------------------------- views


def contested(a: Analysis) -> list[dict]:
    """Pairs in tension, most evidenced first, with the cooperation evidence between the same pair."""
    G, out = a.graph, []
    for u, v, d in G.edges(data=True):
        if d["relation"] == "tension":
            coop = G.get_edge_data(u, v, "cooperation", {}).get("weight", 0)
            out.append({"pair": (u, v), "tension": d["weight"], "cooperation": coop, "cues": listed(d["cues"]),
                        "kinds": listed(d["kinds"])})
    return sorted(out, key=lambda c: (-c["tension"], c["pair"]))


def speakers(a: Analysis) -> list[dict]:
    """Actors quoted in claims, most claims first; ``about`` counts the actors their claims mention."""
    G = a.graph
    about: dict[str, list] = {}
    for u, v, d in G.edges(data=True):
        if d["relation"] == "claim-mentions":
            about.setdefault(u, []).append((v, d["claims"]))
    out = [{"speaker": s, "claims": n["claims"], "direct": 0, "indirect": 0,
            **{k: c for k, c in n.items() if k != "claims"},
            "about": sorted(about.get(s, ()), key=lambda kv: (-kv[1], kv[0]))}
           for s, n in a.texts.speakers().items()]
    return sorted(out, key=lambda s: (-s["claims"], s["speaker"]))


def claims_about(a: Analysis) -> list[dict]:
    """Speaker -> actor pairs from the claim-mentions edges, most claims first."""
    G = a.graph
    out = [{"speaker": u, "about": v, "claims": d["claims"]}
           for u, v, d in G.edges(data=True) if d["relation"] == "claim-mentions"]
    return sorted(out, key=lambda c: (-c["claims"], c["speaker"], c["about"]))


# ---------------------------------------------------------------- analysis.json


def data(a: Analysis) -> dict:
    """Everything measured, as JSON-ready data; ``actors``, ``edges``, ``claims``, ``contested`` and
    ``claims_about`` are generators that read ``a.texts`` as ``json_chunks`` writes them, item by item."""
    G, texts = a.graph, a.texts
    actors = ({"id": n, **{k: listed(G.nodes[n][k]) if k == "aliases" else G.nodes[n].get(k) for k in ACTOR_FIELDS},
               **{k: _num(v) if isinstance(v, float) else v for k, v in a.metrics[n].items()}} for n in G)
    edges = ({"source": u, "target": v, "relation": rel, "weight": d["weight"],
              "evidence": _sentences(texts, u, v, rel), "roles": listed(d["roles"]), "cues": listed(d["cues"]),
              "kinds": listed(d["kinds"]), "claims": _ids(texts, u, v, d["claims"]), "claim_count": d["claims"]}
             for u, v, rel, d in G.edges(keys=True, data=True))
    claims = ({**c, "evidence": [s._asdict() for s in c["evidence"]]} for c in texts.claims())
    return {"summary": summary(a), "actors": actors, "edges": edges, "claims": claims,
            "communities": a.communities, "blocs": a.blocs,
            "balance": {**a.balance, "ratio": None if a.balance["ratio"] is None else _num(a.balance["ratio"])},
            "contested": ({**c, "evidence": _sentences(texts, *c["pair"], "tension")} for c in contested(a)),
            "speakers": speakers(a),
            "claims_about": ({**c, "ids": _ids(texts, c["speaker"], c["about"], c["claims"])}
                             for c in claims_about(a))}


def _sentences(texts: Texts, u: str, v: str, rel: str) -> list[dict]:
    return [s._asdict() for s in texts.edge_sentences(u, v, rel)]


def _ids(texts: Texts, u: str, v: str, n: int) -> list[str]:
    return list(texts.claim_ids(u, v)) if n else []  # n: the edge's claim count


def summary(a: Analysis) -> dict:
    G = a.graph
    return {"actors": len(G), "edges": G.number_of_edges(), "claims": G.graph["claims"],
            "articles": G.graph["articles"], "unevidenced_triples": G.graph["unevidenced"],
            "by_type": dict(sorted(Counter(d["type"] for _, d in G.nodes(data=True)).items())),
            "by_relation": dict(sorted(Counter(k for _, _, k in G.edges(keys=True)).items())),
            "communities": len(a.communities), "blocs": len(a.blocs), "seed": a.seed,
            "betweenness": "exact" if a.betweenness_k is None else f"sampled (k={a.betweenness_k})"}


def to_json(a: Analysis) -> bytes:
    return b"".join(json_chunks(a))


def json_chunks(a: Analysis) -> Iterator[bytes]:
    """``analysis.json`` in pieces, one list item at a time, so a large analysis is never one
    string or one list in memory. (The layout is ``json.dumps(..., indent=1, sort_keys=True)``'s:
    an item's newlines are all layout, since JSON escapes them inside strings.)"""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=True)
    parts = data(a)
    yield b"{"
    for i, name in enumerate(sorted(parts)):
        value = parts[name]
        yield f'{"," if i else ""}\n "{name}": '.encode("utf-8")
        if not isinstance(value, Iterator):
            yield encoder.encode(value).replace("\n", "\n ").encode("utf-8")
            continue
        sep = "[\n  "
        for item in value:
            yield (sep + encoder.encode(item).replace("\n", "\n  ")).encode("utf-8")
            sep = ",\n  "
        yield b"[]" if sep.startswith("[") else b"\n ]"
    yield b"\n}\n"


# ---------------------------------------------------------------- metrics.ttl


def metrics_graph(a: Analysis) -> Graph:
    """The per-actor measures as triples on the actors' own IRIs, with their labels (``kg.rdf.metrics_graph``)."""
    return rdf.metrics_graph((a.graph.nodes[n]["iri"], _label(a, n), m) for n, m in a.metrics.items())


# ---------------------------------------------------------------- report.md


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


# ---------------------------------------------------------------- files


def write(a: Analysis, out: str | Path, *, top: int = 10) -> dict[str, Path]:
    """Write report.md, analysis.json, metrics.ttl and, when articles have dates, timeline.svg into
    out (atomically); returns their paths."""
    out = Path(out)
    paths = {name: out / name for name in FILES}
    try:
        out.mkdir(parents=True, exist_ok=True)
        store.write_atomic(paths["report.md"], markdown(a, top=top).encode("utf-8"))
        store.write_atomic(paths["analysis.json"], json_chunks(a))
        store.save(metrics_graph(a), paths["metrics.ttl"])
        months, pairs = chart.busiest(a)
        if pairs:
            paths[TIMELINE] = out / TIMELINE
            store.write_atomic(paths[TIMELINE], chart.svg(months, pairs))
        else:
            (out / TIMELINE).unlink(missing_ok=True)  # a chart of an earlier build's dated evidence
    except OSError as e:
        raise AnalysisError(f"{out}: cannot write the analysis ({e.strerror or e})") from None
    return paths


def explored(a: Analysis, files: Iterable[str | Path], *, drawn: dict | None = None) -> dict:
    """What an analysis wrote: its ``summary``, its signed triangles, the files (and what was drawn)."""
    return {**summary(a), "files": list(files), "triangles": a.balance["triangles"],
            "unbalanced": len(a.balance["unbalanced"]), **({"drawn": drawn} if drawn else {})}


def explored_line(s: dict) -> str:
    """What ``kg analyze`` and ``kg build`` say of the analysis they wrote (``explored``)."""
    drawn = f"; {s['drawn']['nodes']} actors drawn" if "drawn" in s else ""
    return (f"{s['actors']} actors, {s['edges']} edges; communities {s['communities']}, blocs {s['blocs']}, "
            f"unbalanced triangles {s['unbalanced']} of {s['triangles']}{drawn} -> {', '.join(map(str, s['files']))}")
