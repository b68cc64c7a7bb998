"""An actor's (or a pair's) activity per month: claims, cooperation and tension, from a graph.

``months(g, actor, other)`` counts, for each month of the articles' dates (``dcterms:date``), the
claims the actor made or that mention it (with ``other``: the claims of either that mention the
other), and the evidence sentences of its cooperation and tension statements (with ``other``:
between the two). When statements carry ``sa:signedWeight`` (the signed strength of the act, -10 to
+10), ``weight`` is the mean over the month's sentences. Evidence from undated articles is
counted in the month ``undated``, last.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph, URIRef

from kg import query

UNDATED = "undated"
CLAIMS = """
PREFIX sa: <https://w3id.org/alliance-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?c ?date WHERE {
  { ?c sa:claimant ?actor . FILTER(!BOUND(?other) || EXISTS { ?c sa:mentions ?other }) }
  UNION { ?c sa:mentions ?actor . FILTER(!BOUND(?other) || EXISTS { ?c sa:claimant ?other }) }
  ?c a sa:Claim ; sa:evidence/sa:inArticle ?a .
  OPTIONAL { ?a dcterms:date ?date }
}"""
STATEMENTS = """
PREFIX sa: <https://w3id.org/alliance-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?st ?p ?ev ?date ?weight WHERE {
  VALUES ?p { sa:cooperatesWith sa:inTensionWith }
  { ?st rdf:subject ?actor ; rdf:object ?o } UNION { ?st rdf:object ?actor ; rdf:subject ?o }
  FILTER(!BOUND(?other) || ?o = ?other)
  ?st rdf:predicate ?p ; sa:evidence ?ev .
  ?ev sa:inArticle ?a .
  OPTIONAL { ?a dcterms:date ?date }
  OPTIONAL { ?st sa:signedWeight ?weight }
}"""
COOPERATION = "https://w3id.org/alliance-kg/ontology#cooperatesWith"


class Month(NamedTuple):
    month: str  # YYYY-MM, or "undated"
    claims: int
    cooperation: int
    tension: int
    weight: float | None  # mean sa:signedWeight of the month's relation sentences, when any has one


def months(g: Graph, actor: URIRef, other: URIRef | None = None) -> list[Month]:
    """The actor's (or the pair's) counts per month, oldest first, ``undated`` last."""
    bind = {"actor": actor, **({"other": other} if other is not None else {})}
    claims: dict[str, set] = defaultdict(set)
    for row in _rows(g, CLAIMS, bind):
        claims[_month(row["date"])].add(row["c"])
    sentences: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    weights: dict[str, dict] = defaultdict(dict)
    for row in _rows(g, STATEMENTS, bind):
        m = _month(row["date"])
        kind = "cooperation" if str(row["p"]) == COOPERATION else "tension"
        sentences[m][kind].add((row["st"], row["ev"]))
        if row["weight"] is not None:
            weights[m][(row["st"], row["ev"])] = float(row["weight"])
    out = []
    for m in sorted(set(claims) | set(sentences), key=lambda m: (m == UNDATED, m)):
        w = weights.get(m)
        out.append(Month(m, len(claims.get(m, ())), len(sentences[m]["cooperation"]), len(sentences[m]["tension"]),
                         round(sum(w.values()) / len(w), 2) if w else None))
    return out


def named(graph_files: Iterable[str | Path], actor: str, other: str | None = None) -> list[Month]:
    """``months`` of the actor named ``actor`` (and ``other``), by name, alias, ISO code or IRI
    (``kg.query.actor``), in the graph files loaded together."""
    g = query.load(graph_files)
    return months(g, query.actor(g, actor), query.actor(g, other) if other else None)


def _rows(g: Graph, sparql: str, bind: dict) -> list[dict]:
    result = query.run(g, sparql, bind)
    return [{str(v): b.get(v) for v in result.vars} for b in result.bindings]


def _month(date) -> str:
    return str(date)[:7] if date is not None else UNDATED


def table(rows: list[Month]) -> list[str]:
    """The rows as aligned text lines, with a total."""
    weighted = any(r.weight is not None for r in rows)
    head = ["month", "claims", "cooperation", "tension"] + (["weight"] if weighted else [])
    cells = [[r.month, str(r.claims), str(r.cooperation), str(r.tension)]
             + ([f"{r.weight:+.2f}" if r.weight is not None else ""] if weighted else []) for r in rows]
    cells.append(["total", *(str(sum(getattr(r, f) for r in rows)) for f in ("claims", "cooperation", "tension"))]
                 + ([""] if weighted else []))
    widths = [max(len(c[i]) for c in [head, *cells]) for i in range(len(head))]

    def line(c: list[str]) -> str:
        return "  ".join(c[i].ljust(w) if i == 0 else c[i].rjust(w) for i, w in enumerate(widths)).rstrip()

    return [line(head), "  ".join("-" * w for w in widths)] + [line(c) for c in cells]
