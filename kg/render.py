"""Analysis -> one self-contained HTML explorer: a PyVis network drawn by vis-network, fully offline.

- Offline: vis-network's JS and CSS are read from the installed pyvis package at render time and
  inlined; no CDN, no ``lib/`` folder, never ``Network.show()``. A Content-Security-Policy allows
  only the page's own scripts (by hash) and no connection at all.
- Untrusted text (names, quotes, titles) travels only as JSON data inside the page (or as escaped
  option text) and reaches the screen as plain text: ``textContent`` and the canvas, never HTML.
- Linear: pyvis's ``add_node``/``add_edge`` search lists (quadratic), so the network's node and
  edge lists are filled in one pass. Above ``physics_max`` actors the layout is computed here
  (communities laid out by force, packed in rows) and physics is off.
- Deterministic: sorted data, seeded layout, no timestamps; the same analysis gives the same bytes.
- Claims, articles and evidence shown in the page come from ``kg.explorer`` (the analysis' index).
"""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network

from kg import explorer, store
from kg.actors import RELATIONS, listed
from kg.analysis import Analysis, analyze, ranked, undirected
from kg.errors import AnalysisError

MAX_NODES = 500
FONT = 14  # label size in graph units; a label smaller than LABEL_MIN pixels on screen is not drawn
LABEL_MIN = 9
PHYSICS_MAX = 200  # above this many actors the layout is precomputed and physics is off (settles within 2 s)
SPRING_MAX = 300  # communities larger than this are laid out as a spiral by PageRank
TYPE_COLORS = {"Country": "#4e79a7", "Organization": "#f28e2b", "Person": "#b07aa1"}
RELATION_STYLE = {"cooperation": {"color": "#2ca02c"}, "tension": {"color": "#d62728"},
                  "affiliation": {"color": "#a0a0a0", "arrows": "to"},
                  "part-of": {"color": "#707070", "arrows": "to"},
                  "claim-mentions": {"color": "#5b8fd6", "arrows": "to", "dashes": True}}
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
TEMPLATES = Path(__file__).resolve().parent / "templates"


@functools.lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """vis-network (shipped inside pyvis) and the explorer's own JS and CSS, checked for inlining."""
    files = {"vis_js": VIS_DIR / "vis-network.min.js", "vis_css": VIS_DIR / "vis-network.css",
             "app_js": TEMPLATES / "explorer.js", "app_css": TEMPLATES / "explorer.css"}
    out = {}
    for name, path in files.items():
        try:
            text = path.read_text("utf-8")
        except OSError as e:
            raise AnalysisError(f"{path}: cannot read explorer asset ({e.strerror})") from None
        if any(bad in text.lower() for bad in ("</script", "</style", "<!--")):
            raise AnalysisError(f"{path}: cannot be inlined safely")
        out[name] = text
    return out


def kept(a: Analysis, *, max_nodes: int = MAX_NODES) -> list[str]:
    """The actors to draw: all of them, or the top max_nodes by PageRank; sorted by key."""
    return sorted(ranked(a, "pagerank")[:max_nodes])


def network(a: Analysis, *, max_nodes: int = MAX_NODES, seed: int = 0,
            physics_max: int = PHYSICS_MAX) -> Network:
    """A PyVis network of the analysis: nodes coloured by type and sized by PageRank, typed edges;
    each node and edge carries the facts the page filters and shows (``kg.explorer``)."""
    nodes = kept(a, max_nodes=max_nodes)
    keep = set(nodes)
    physics = 0 < len(nodes) <= physics_max
    pos = {} if physics else layout(undirected(a.graph).subgraph(nodes),
                                    [[n for n in c if n in keep] for c in a.communities], seed=seed)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    rank = {n: i for i, n in enumerate(ranked(a, "pagerank"), 1)}
    top = max((a.metrics[n]["pagerank"] for n in nodes), default=1.0) or 1.0
    rows, index = explorer.articles(a)
    seen = explorer.actor_articles(a, keep, index)
    net.edges = _edges(a, keep, explorer.edge_articles(a, keep, index), {k: rows[i][1] for k, i in index.items()})
    linked = {e["from"] for e in net.edges} | {e["to"] for e in net.edges}
    net.nodes = [_node(a, n, rank[n], top, pos.get(n), seen.get(n, []), n not in linked) for n in nodes]
    net.node_ids = list(nodes)
    net.node_map = {d["id"]: d for d in net.nodes}
    net.options = _options(physics=physics, seed=seed, n=len(nodes))
    net.kg_articles = rows
    net.kg_claims = explorer.claims(a, keep, index)
    return net


def _node(a: Analysis, n: str, rank: int, top: float, xy, seen: list[int], lone: bool) -> dict:
    d, m = a.graph.nodes[n], a.metrics[n]
    node = {"id": n, "label": d["label"], "color": TYPE_COLORS.get(d["type"], "#999999"), "type": d["type"],
            "size": round(7 + 28 * math.sqrt(m["pagerank"] / top), 2),
            "community": m["community"], "bloc": m["bloc"] or 0, "aliases": list(listed(d["aliases"])),
            "rank": rank, "pagerank": round(m["pagerank"], 6), "betweenness": round(m["betweenness"], 6),
            "degree": m["degree"], "evidence": m["weighted_degree"], "by": d["claims"],
            "about": explorer.claims_about(a, n), "mentions": d["articles"], "seen": seen}
    if d.get("iso"):
        node["iso"] = d["iso"]
    if lone:
        node.update(lone=True, hidden=True)
    if xy is not None:
        node.update(x=round(float(xy[0]), 1), y=round(float(xy[1]), 1))
    return node


def _edges(a: Analysis, keep: set, arts: dict, dates: dict) -> list[dict]:
    out, seen = [], {}
    for u, v, rel, d in a.graph.edges(keys=True, data=True):
        if u not in keep or v not in keep:
            continue
        pair = (min(u, v), max(u, v))
        seen[pair] = seen.get(pair, -1) + 1
        edge = {"id": f"{u}|{v}|{rel}", "from": u, "to": v, "relation": rel,
                "info": explorer.edge_info(a, u, v, rel, d, dates), "seen": arts.get((u, v, rel), []),
                "width": _width(d), **RELATION_STYLE[rel]}
        if seen[pair]:  # fan parallel edges out
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * seen[pair], 2)}
        out.append(edge)
    return out


def _width(d: dict) -> float:
    """An edge's width: its evidence sentences, and for a country relation the strength of its
    strongest act (a war draws thicker than a consultation)."""
    strength = abs(d.get("signed_weight") or 0) / 10
    return round((1.5 + 1.5 * math.log2(max(d["weight"], 1))) * (1 + strength), 2)


def _options(*, physics: bool, seed: int, n: int) -> dict:
    big = n > 1000
    return {
        "layout": {"randomSeed": seed, "improvedLayout": n <= 150},
        "nodes": {"shape": "dot", "borderWidth": 1,
                  "font": {"size": FONT, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": LABEL_MIN, "maxVisible": 28}}},
        "edges": {"smooth": {"enabled": physics, "type": "continuous"}, "color": {"inherit": False},
                  "arrows": {"to": {"scaleFactor": 0.5}}, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based", "minVelocity": 1.0,
                    "forceAtlas2Based": {"gravitationalConstant": -140, "centralGravity": 0.015,
                                         "springLength": 140, "springConstant": 0.06, "avoidOverlap": 0.5},
                    "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 25, "fit": True}},
    }


def layout(G: nx.Graph, groups, *, seed: int = 0, spacing: float = 45.0) -> dict[str, tuple[float, float]]:
    """Precomputed positions: each group laid out by force (seeded) in a disc, discs packed in rows.

    Linear in graph size while groups stay under ``SPRING_MAX`` (larger ones become spirals).
    """
    discs = []
    for members in sorted((g for g in groups if g), key=lambda g: (-len(g), g)):
        if len(members) == 1:
            unit = {members[0]: (0.0, 0.0)}
        elif len(members) <= SPRING_MAX:
            unit = {k: tuple(v) for k, v in nx.spring_layout(G.subgraph(members), seed=seed).items()}
        else:
            unit = _spiral(members)
        r = spacing * math.sqrt(len(members))
        discs.append((r, {k: (x * r, y * r) for k, (x, y) in unit.items()}))
    width = math.sqrt(sum((2 * r + spacing) ** 2 for r, _ in discs)) * 1.3
    pos, x, y, row = {}, 0.0, 0.0, 0.0
    for r, unit in discs:
        d = 2 * r + spacing
        if x and x + d > width:
            x, y, row = 0.0, y + row, 0.0
        pos.update({k: (x + d / 2 + px, y + d / 2 + py) for k, (px, py) in unit.items()})
        x, row = x + d, max(row, d)
    return pos


def _spiral(members) -> dict[str, tuple[float, float]]:
    """A sunflower (Vogel) spiral in the unit disc, in the given order from the centre out."""
    golden = math.pi * (3 - math.sqrt(5))
    k = len(members)
    return {n: (math.sqrt((i + 0.5) / k) * math.cos(i * golden), math.sqrt((i + 0.5) / k) * math.sin(i * golden))
            for i, n in enumerate(members)}


def _dumps(value) -> str:
    """JSON that is safe inside a <script> element (no '<', '>' or '&' characters)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp(scripts) -> str:
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
                      for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "connect-src 'none'; base-uri 'none'; form-action 'none'")


def _groups(a: Analysis, nodes: list[str]) -> list[dict]:
    def label(kind: str, i: int, members) -> str:
        shown = [a.graph.nodes[n]["label"] for n in sorted(members, key=lambda n: -a.metrics[n]["pagerank"])[:4]]
        return f"{kind} {i} ({len(members)}): " + ", ".join(shown) + (" …" if len(members) > 4 else "")

    keep, out = set(nodes), []
    for kind, prefix, parts in (("Bloc", "b", a.blocs), ("Community", "c", a.communities)):
        for i, c in enumerate(parts, 1):
            members = [n for n in c if n in keep]
            if len(members) > 1 and i <= 100:
                out.append({"value": f"{prefix}{i}", "label": label(kind, i, members)})
    return out


def html(a: Analysis, *, max_nodes: int = MAX_NODES, seed: int = 0, physics_max: int = PHYSICS_MAX) -> str:
    """The explorer page as one string."""
    return _page(network(a, max_nodes=max_nodes, seed=seed, physics_max=physics_max), a)


def _page(net: Network, a: Analysis) -> str:
    nodes, edges, *_ = net.get_network_data()
    physics = net.options["physics"]["enabled"]
    claims, total = net.kg_claims
    data = {"nodes": nodes, "edges": edges, "options": net.options, "physics": physics,
            "groups": _groups(a, net.node_ids), "articles": net.kg_articles, "claims": claims,
            "claimsLeftOut": total - len(claims), "actors": len(a.graph)}
    assets = _assets()
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True)
    dated = sorted(d for _, d, _ in net.kg_articles if d)
    return env.get_template("explorer.html").render(
        **assets, data_json=_dumps(data), csp=_csp([assets["vis_js"], assets["app_js"]]),
        stats=_stats(a), notices=_notices(a, len(nodes), len(edges), physics, total - len(claims)),
        lone=sum(1 for d in nodes if d.get("lone")), articles=net.kg_articles,
        first=dated[0] if dated else "", last=dated[-1] if dated else "",
        types=[{"name": t, "color": c, "count": sum(d["type"] == t for d in nodes)} for t, c in TYPE_COLORS.items()],
        relations=[{"name": r, "count": sum(e["relation"] == r for e in edges), "dashes": False,
                    **RELATION_STYLE[r]} for r in RELATIONS])


def _stats(a: Analysis) -> str:
    G = a.graph
    counts = (len(G), "actor"), (G.number_of_edges(), "edge"), (G.graph["claims"], "claim"), \
        (G.graph["articles"], "article"), (len(a.blocs), "bloc")
    return " · ".join(f"{n:,} {word}{'' if n == 1 else 's'}" for n, word in counts) + f" · seed {a.seed}"


def _notices(a: Analysis, nodes: int, edges: int, physics: bool, claims_left: int = 0) -> list[str]:
    out = []
    if nodes < len(a.graph):
        out.append(f"Showing the top {nodes:,} of {len(a.graph):,} actors by PageRank and the {edges:,} of "
                   f"{a.graph.number_of_edges():,} edges among them (kg render --max-nodes to change).")
    if nodes and not physics:
        out.append(f"Layout precomputed for {nodes:,} actors (communities laid out by force, seeded); "
                   "live physics is off at this size.")
    if claims_left:
        out.append(f"{claims_left:,} claims are left out of this page (kg export --format claims-csv has them all).")
    return out


def draw(graph_file: str | Path, path: str | Path, *, max_nodes: int = MAX_NODES, seed: int = 0) -> dict:
    """Analyse a graph file (``kg.analysis.analyze``) and write its explorer page to path
    (``write_html``); returns what was drawn."""
    with analyze(graph_file, seed=seed) as a:
        return write_html(a, path, max_nodes=max_nodes, seed=seed)


def write_html(a: Analysis, path: str | Path, *, max_nodes: int = MAX_NODES, seed: int = 0,
               physics_max: int = PHYSICS_MAX) -> dict:
    """Write the explorer page atomically; returns what was drawn."""
    net = network(a, max_nodes=max_nodes, seed=seed, physics_max=physics_max)
    path = Path(path)
    page = _page(net, a).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        store.write_atomic(path, page)
    except OSError as e:
        raise AnalysisError(f"{path}: cannot write the explorer ({e.strerror or e})") from None
    return {"path": path, "nodes": net.num_nodes(), "edges": net.num_edges(), "actors": len(a.graph),
            "all_edges": a.graph.number_of_edges(), "physics": net.options["physics"]["enabled"]}
