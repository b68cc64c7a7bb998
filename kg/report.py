"""An ``Analysis`` as files: ``report.md`` for people (``kg.markdown``), ``analysis.json`` for
programs, ``metrics.ttl`` for SPARQL (``ORDER BY DESC(?pr)`` over ``sa:pageRank``). Same analysis,
same bytes. ``explored`` and ``explored_line`` sum up what was written, as ``kg analyze`` and
``kg build`` say it.

Sentences and claims are read from the analysis' index (``Analysis.texts``) as they are written.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Graph

from kg import chart, rdf, store
from kg.actors import listed
from kg.analysis import Analysis, analyze, ranked  # noqa: F401  (kg.report.ranked: the order report.md lists actors in)
from kg.errors import AnalysisError
from kg.markdown import TIMELINE, markdown
from kg.texts import Texts
from kg.views import claims_about, contested, speakers, summary  # noqa: F401  (the tables, also as kg.report's)

FILES = ("report.md", "analysis.json", "metrics.ttl")
ACTOR_FIELDS = ("type", "label", "iri", "iso", "aliases", "articles")  # an actor in analysis.json


def _num(x: float) -> float:
    return round(float(x), 6)


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
    return rdf.metrics_graph((a.graph.nodes[n]["iri"], a.graph.nodes[n]["label"], m) for n, m in a.metrics.items())


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


def analyze_into(graph_file: str | Path, out: str | Path, *, seed: int = 0, top: int = 10) -> dict:
    """Analyse a graph file (``kg.analysis.analyze``) and write its files into out (``write``);
    returns what was written (``explored``)."""
    with analyze(graph_file, seed=seed) as a:
        paths = write(a, out, top=top)
    return explored(a, paths.values())


def explored(a: Analysis, files: Iterable[str | Path], *, drawn: dict | None = None) -> dict:
    """What an analysis wrote: its ``summary``, its signed triangles, the files (and what was drawn)."""
    return {**summary(a), "files": list(files), "triangles": a.balance["triangles"],
            "unbalanced": len(a.balance["unbalanced"]), **({"drawn": drawn} if drawn else {})}


def explored_line(s: dict) -> str:
    """What ``kg analyze`` and ``kg build`` say of the analysis they wrote (``explored``)."""
    drawn = f"; {s['drawn']['nodes']} actors drawn" if "drawn" in s else ""
    return (f"{s['actors']} actors, {s['edges']} edges; communities {s['communities']}, blocs {s['blocs']}, "
            f"unbalanced triangles {s['unbalanced']} of {s['triangles']}{drawn} -> {', '.join(map(str, s['files']))}")
