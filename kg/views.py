"""Tables of an ``Analysis`` that both its files show: the contested pairs, the speakers, who
claims about whom, and a summary of the whole (``kg.report`` writes them to analysis.json,
``kg.markdown`` to report.md)."""
from __future__ import annotations

from collections import Counter

from kg.actors import listed
from kg.analysis import Analysis


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


def summary(a: Analysis) -> dict:
    """The analysis in numbers: actors, edges, claims, articles, actors by type and edges by relation,
    communities, blocs, the seed and how betweenness was computed."""
    G = a.graph
    return {"actors": len(G), "edges": G.number_of_edges(), "claims": G.graph["claims"],
            "articles": G.graph["articles"], "unevidenced_triples": G.graph["unevidenced"],
            "by_type": dict(sorted(Counter(d["type"] for _, d in G.nodes(data=True)).items())),
            "by_relation": dict(sorted(Counter(k for _, _, k in G.edges(keys=True)).items())),
            "communities": len(a.communities), "blocs": len(a.blocs), "seed": a.seed,
            "betweenness": "exact" if a.betweenness_k is None else f"sampled (k={a.betweenness_k})"}
