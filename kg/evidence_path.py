"""The shortest evidence path between two actors, as ``kg path`` tells it: one line per hop, then
the hop's first evidence sentences, read from the index of sentences (``kg.texts``)."""
from __future__ import annotations

import networkx as nx

from kg import actors, analysis
from kg.actors import SYMMETRIC, listed
from kg.texts import Texts


def between(g, source: str, target: str, *, sentences: int = 2) -> list[str]:
    """The path between two actors given as a user types them (a key, label, alias or ISO code:
    ``kg.analysis.find``) in a graph, a store or a graph file (``kg.actors.read``), as ``lines``."""
    G, texts = actors.read(g)
    with texts:
        hops = analysis.path(G, analysis.find(G, source), analysis.find(G, target))
        return lines(G, texts, hops, sentences=sentences)


def lines(G: nx.MultiDiGraph, texts: Texts, hops: list[dict], *, sentences: int = 2) -> list[str]:
    """A path (``kg.analysis.path``) as text: one line per hop (arrows for directed relations), then
    the first of its evidence sentences, read from the index ``texts``."""
    out = []
    for h in hops:
        roles = listed(h["roles"])
        rel = h["relation"] + (f" ({', '.join(roles)})" if roles else "")
        arrow = f"--{rel}--" if h["relation"] in SYMMETRIC else f"--{rel}-->" if h["forward"] else f"<--{rel}--"
        out.append(f"{G.nodes[h['from']]['label']} {arrow} {G.nodes[h['to']]['label']}")
        shown = list(texts.edge_sentences(*h["edge"], limit=sentences))
        for s in shown:
            out.append(f"    “{' '.join(s.text.split())}” ({s.title}, {s.start}–{s.end})")
        if h["weight"] > len(shown):
            out.append(f"    … and {h['weight'] - len(shown)} more")
    return out
