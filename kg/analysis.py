"""The measures analysts ask of the actor graph (``kg.actors``): centrality, communities, blocs, paths.

The measures follow networkx: ``f(G, *, seed=0) -> dict``; iteration is sorted and
randomness seeded, so the same graph always gives the same numbers. ``analyze`` reads a graph
and measures it all into an ``Analysis``: the plain actor graph and its measures, with the index
of sentences and claims (``Analysis.texts``) beside them; close it (``with analyze(g) as a:``).
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg import actors, lookup
from kg.actors import RELATIONS, SYMMETRIC
from kg.errors import AnalysisError
from kg.texts import Texts

EXACT_BETWEENNESS = 1000  # above this many actors betweenness samples BETWEENNESS_K sources
BETWEENNESS_K = 256


# ---------------------------------------------------------------- measures


def undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """One edge per pair of actors; ``weight`` sums the evidence of every relation between them."""
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, w in G.edges(data="weight"):
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def degree(G: nx.MultiDiGraph) -> dict[str, int]:
    """Number of typed edges at each actor (a pair that cooperates and is in tension counts twice)."""
    return {n: G.degree(n) for n in G}


def weighted_degree(G: nx.MultiDiGraph) -> dict[str, int]:
    """Number of evidence sentences on the edges at each actor."""
    return {n: G.degree(n, weight="weight") for n in G}


def pagerank(G: nx.MultiDiGraph, *, alpha: float = 0.85) -> dict[str, float]:
    """PageRank over evidence-weighted edges; symmetric relations count in both directions.

    >>> G = nx.MultiDiGraph([("a", "b", "claim-mentions", {"weight": 1, "relation": "claim-mentions"})])
    >>> max(pagerank(G).items(), key=lambda kv: kv[1])[0]
    'b'
    """
    D = nx.DiGraph()
    D.add_nodes_from(G)
    for u, v, rel, w in G.edges(keys=True, data="weight"):
        for a, b in ((u, v), (v, u)) if rel in SYMMETRIC else ((u, v),):
            D.add_edge(a, b, weight=D[a][b]["weight"] + w if D.has_edge(a, b) else w)
    return nx.pagerank(D, alpha=alpha, weight="weight") if len(D) else {}


def betweenness_samples(n: int) -> int | None:
    """How many source nodes betweenness samples for n actors (None: exact)."""
    return BETWEENNESS_K if n > EXACT_BETWEENNESS else None


def betweenness(G: nx.MultiDiGraph, *, seed: int = 0) -> dict[str, float]:
    """Normalised betweenness on hop distance, ignoring direction; sampled (seeded) on large graphs."""
    H = undirected(G)
    return nx.betweenness_centrality(H, k=betweenness_samples(len(H)), seed=seed)


def _ordered(parts) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(sorted(p)) for p in parts), key=lambda c: (-len(c), c)))


def communities(G: nx.MultiDiGraph, *, seed: int = 0) -> tuple[tuple[str, ...], ...]:
    """Louvain communities of the evidence-weighted undirected graph, largest first."""
    H = undirected(G)
    return _ordered(nx.community.louvain_communities(H, weight="weight", seed=seed)) if len(H) else ()


def signed(G: nx.MultiDiGraph) -> nx.Graph:
    """The signed view: cooperation +, tension -. ``positive`` and ``negative`` add up each side's
    evidence, each sentence counted at its event's strength on the fixed scale (``signed_weight``
    / 10, so a war outweighs a consultation; 1 when the graph states no weight); ``sign`` compares
    them (0: even).

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="cooperation", weight=2, signed_weight=1.0)
    'cooperation'
    >>> G.add_edge("a", "b", key="tension", weight=1, signed_weight=-9.0)
    'tension'
    >>> signed(G)["a"]["b"]["sign"]
    -1
    """
    S = nx.Graph()
    S.add_nodes_from(sorted({n for u, v, rel in G.edges(keys=True) if rel in SYMMETRIC for n in (u, v)}))
    for u, v, rel, d in G.edges(keys=True, data=True):
        if rel in SYMMETRIC:
            if not S.has_edge(u, v):
                S.add_edge(u, v, positive=0.0, negative=0.0)
            strength = abs(d.get("signed_weight") or 10.0) / 10
            S[u][v]["positive" if rel == "cooperation" else "negative"] += d["weight"] * strength
    for _, _, d in S.edges(data=True):
        d["sign"] = (d["positive"] > d["negative"]) - (d["positive"] < d["negative"])
    return S


def blocs(S: nx.Graph, *, seed: int = 0) -> tuple[tuple[str, ...], ...]:
    """Louvain communities of the positive graph with two or more members, largest first."""
    P = nx.Graph()
    P.add_nodes_from(S)
    P.add_edges_from((u, v, {"weight": d["positive"]}) for u, v, d in S.edges(data=True) if d["sign"] > 0)
    if not P.number_of_edges():
        return ()
    return tuple(c for c in _ordered(nx.community.louvain_communities(P, weight="weight", seed=seed))
                 if len(c) > 1)


def balance(S: nx.Graph) -> dict:
    """Structural balance of the signed triangles: balanced when the product of the signs is +.

    >>> S = nx.Graph([("a", "b", {"sign": -1}), ("b", "c", {"sign": -1}), ("a", "c", {"sign": 1})])
    >>> balance(S)["balanced"]
    1
    """
    triangles = []
    for u in sorted(S):
        nbrs = sorted(w for w in S[u] if w > u and S[u][w]["sign"])
        for i, v in enumerate(nbrs):
            triangles += [(u, v, w) for w in nbrs[i + 1:] if S.has_edge(v, w) and S[v][w]["sign"]]
    unbalanced = [{"actors": t, "signs": (S[t[0]][t[1]]["sign"], S[t[0]][t[2]]["sign"], S[t[1]][t[2]]["sign"])}
                  for t in triangles
                  if S[t[0]][t[1]]["sign"] * S[t[0]][t[2]]["sign"] * S[t[1]][t[2]]["sign"] < 0]
    n = len(triangles)
    return {"triangles": n, "balanced": n - len(unbalanced),
            "ratio": (n - len(unbalanced)) / n if n else None, "unbalanced": unbalanced}


# ---------------------------------------------------------------- paths


NAME_FIELDS = ("label", "aliases", "iso")  # what find tries, in turn


def find(G: nx.MultiDiGraph, name: str) -> str:
    """The actor called name: its key, label, alias or ISO code, ignoring case.

    Raises ``AnalysisError`` when no actor or several actors answer to the name.
    """
    if name in G:
        return name

    def several(hits: list[str]) -> AnalysisError:
        labels = ", ".join(f"{G.nodes[h]['label']} ({h})" for h in hits)
        return AnalysisError(f"{name!r} is ambiguous: {labels}")

    def unknown(close: list[str]) -> AnalysisError:
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        return AnalysisError(f"no actor named {name!r}{hint}")

    names = {n: [(f, x) for f in NAME_FIELDS for x in _names(d, f)] for n, d in G.nodes(data=True)}
    return lookup.actor(name, names, [lookup.exact(f) for f in NAME_FIELDS], several=several, unknown=unknown,
                        known=lambda: (d["label"] for _, d in G.nodes(data=True)))


def _names(d: dict, field: str) -> tuple[str, ...]:
    value = d.get(field)
    if value is None:
        return ()
    return actors.listed(value) if field == "aliases" else (str(value),)


def path(G: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """The shortest chain of evidenced edges between two actors, ignoring direction.

    Each hop is ``{"from", "to", "relation", "forward", "edge", **edge attributes}``: when two
    actors are linked by several relations the one with the most evidence is the hop; ``edge`` is
    that edge as stored, ``(u, v, relation)`` (``forward``: u is ``from``), to ask the index for
    its sentences.
    """
    for n in (source, target):
        if n not in G:
            raise AnalysisError(f"no actor {n!r} in the graph")
    if source == target:
        raise AnalysisError(f"{G.nodes[source]['label']} and {G.nodes[target]['label']} are the same actor")
    H = undirected(G)
    try:
        nodes = nx.shortest_path(H, source, target)
    except nx.NetworkXNoPath:
        raise AnalysisError(f"no evidence path between {G.nodes[source]['label']} and "
                            f"{G.nodes[target]['label']}") from None
    return [_hop(G, a, b) for a, b in zip(nodes, nodes[1:])]


def _hop(G: nx.MultiDiGraph, a: str, b: str) -> dict:
    options = [(u, v, k, d) for u, v in ((a, b), (b, a)) if G.has_edge(u, v)
               for k, d in G[u][v].items()]
    u, v, rel, d = min(options, key=lambda o: (-o[3]["weight"], RELATIONS.index(o[2]), o[0] != a))
    return {**d, "from": a, "to": b, "relation": rel, "forward": u == a, "edge": (u, v, rel)}


# ---------------------------------------------------------------- all at once


@dataclass(frozen=True)
class Analysis:
    """Everything ``analyze`` measured; ``metrics[node]`` holds the per-actor numbers, ``texts`` the
    sentences and claims of ``graph`` (open until ``close``; an ``Analysis`` is a context manager)."""

    graph: nx.MultiDiGraph
    texts: Texts
    signed: nx.Graph
    metrics: dict[str, dict]
    communities: tuple[tuple[str, ...], ...]
    blocs: tuple[tuple[str, ...], ...]
    balance: dict
    seed: int = 0
    betweenness_k: int | None = None

    def close(self) -> None:
        """Delete the index of sentences and claims."""
        self.texts.close()

    def __enter__(self) -> Analysis:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def ranked(a: Analysis, measure: str) -> list[str]:
    """Actors by a measure (``pagerank``, ``betweenness``, ...), highest first; ties by label."""
    return sorted(a.metrics, key=lambda n: (-a.metrics[n][measure], a.graph.nodes[n]["label"], n))


def analyze(g, *, seed: int = 0) -> Analysis:
    """Project the RDF graph (a graph, a store, or a graph file: see ``kg.actors.read``) and compute
    every measure, deterministically for a given seed. The index stays open: close the result."""
    G, texts = actors.read(g)
    try:
        return measure(G, texts, seed=seed)
    except BaseException:
        texts.close()
        raise


def measure(G: nx.MultiDiGraph, texts: Texts, *, seed: int = 0) -> Analysis:
    """Every measure of the actor graph G, with its index ``texts`` (which the result holds)."""
    S = signed(G)
    comms, bls = communities(G, seed=seed), blocs(S, seed=seed)
    member = {n: i for i, c in enumerate(comms, 1) for n in c}
    in_bloc = {n: i for i, c in enumerate(bls, 1) for n in c}
    deg, wdeg, pr, bc = degree(G), weighted_degree(G), pagerank(G), betweenness(G, seed=seed)
    metrics = {n: {"degree": deg[n], "weighted_degree": wdeg[n], "pagerank": pr[n],
                   "betweenness": bc[n], "community": member[n], "bloc": in_bloc.get(n)} for n in G}
    return Analysis(G, texts, S, metrics, comms, bls, balance(S), seed, betweenness_samples(len(G)))
