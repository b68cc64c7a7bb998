"""What the explorer page shows besides the drawing: articles, claims, per-actor and per-edge facts.

Everything here is plain JSON-ready data read from the analysis (``Analysis.texts``); the page's
script turns it into text (``textContent``), never into HTML. Articles are numbered by date
(undated last), then title, and everything else points to them by number, so the page can
filter by a date range or by one article. Claims come in article order, then position, each
with its evidence sentence's offsets: an actor's full list, paged in the page.
"""
from __future__ import annotations

from collections import defaultdict

from kg.actors import SYMMETRIC, listed
from kg.analysis import Analysis

TEXT_LIMIT = 240
CLAIM_LIMIT = 600
MAX_CLAIMS = 20_000  # claims carried by one page; beyond this the page says how many it left out
EDGE_SENTENCES = 5


def clip(text: str, limit: int = TEXT_LIMIT) -> str:
    """One line of at most ``limit`` characters ("…" when cut).

    >>> clip("Norway  and\\nRuritania", 12)
    'Norway and…'
    """
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def articles(a: Analysis) -> tuple[list[list[str]], dict[str, int]]:
    """The articles as ``[title, date or "", path or ""]`` rows, and each article key's row number."""
    rows = a.texts.articles()
    return [[t, d or "", p or ""] for _, t, d, p in rows], {k: i for i, (k, *_) in enumerate(rows)}


def actor_articles(a: Analysis, keep: set[str], index: dict[str, int]) -> dict[str, list[int]]:
    """For each drawn actor, the numbers of the articles that mention it, sorted."""
    out: dict[str, list[int]] = defaultdict(list)
    for actor, art in a.texts.actor_articles():
        if actor in keep and art in index:
            out[actor].append(index[art])
    return {k: sorted(v) for k, v in out.items()}


def edge_articles(a: Analysis, keep: set[str], index: dict[str, int]) -> dict[tuple, list[int]]:
    """For each drawn edge (u, v, relation), the numbers of the articles that state it, sorted."""
    out: dict[tuple, list[int]] = defaultdict(list)
    for u, v, rel, art in a.texts.edge_articles():
        if u in keep and v in keep and art in index:
            out[(u, v, rel)].append(index[art])
    return {k: sorted(v) for k, v in out.items()}


def claims(a: Analysis, keep: set[str], index: dict[str, int], *,
           limit: int = MAX_CLAIMS) -> tuple[list[dict], int]:
    """The claims made by or about drawn actors, in article order then position: ``s`` speaker,
    ``k`` kind, ``t`` text, ``a`` article number, ``b``/``e`` the evidence sentence's offsets,
    ``m`` the drawn actors it mentions. At most ``limit``; also returns how many there were."""
    out = []
    for cid, speaker, text, kind, art, start, end, mentioned in a.texts.claim_rows():
        mentions = [m for m in mentioned if m in keep and m != speaker]
        if speaker not in keep and not mentions:
            continue
        out.append({"s": speaker, "k": kind, "t": clip(text, CLAIM_LIMIT), "a": index.get(art, -1),
                    "b": -1 if start is None else start, "e": -1 if end is None else end, "m": mentions, "id": cid})
    out.sort(key=lambda c: (c["a"] < 0, c["a"], c["b"], c["e"], c["s"], c["id"]))
    for c in out:
        del c["id"]
    return out[:limit], len(out)


def claims_about(a: Analysis, n: str) -> int:
    """How many claims by other actors mention n."""
    return sum(d["claims"] for _, _, d in a.graph.in_edges(n, data=True) if d["relation"] == "claim-mentions")


def edge_info(a: Analysis, u: str, v: str, rel: str, d: dict, dates: dict[str, str], *,
              shown: int = EDGE_SENTENCES) -> str:
    """An edge as text: the relation and its facts, then its evidence sentences, each with its
    article's title, date and offsets."""
    G = a.graph
    arrow = "—" if rel in SYMMETRIC else "→"
    head = f"{G.nodes[u]['label']} {arrow} {G.nodes[v]['label']}: {rel}"
    roles, kinds, cues = (", ".join(listed(d[f])) for f in ("roles", "kinds", "cues"))
    signed = d.get("signed_weight") or 0
    facts = [f"role: {roles}" if roles else "", kinds, "cue: " + cues if cues else "",
             f"strongest act {signed:+g} on the -10…+10 scale" if signed else "",
             f"{d['claims']} claims" if d["claims"] else ""]
    lines = [" · ".join([head] + [f for f in facts if f]),
             f"Evidence ({d['weight']} sentence{'s' if d['weight'] != 1 else ''}):"]
    sentences = list(a.texts.edge_sentences(u, v, rel, limit=shown))
    for s in sentences:
        when = f"{dates[s.article]} · " if dates.get(s.article) else ""
        lines.append(f"• “{clip(s.text)}” — {when}{clip(s.title, 100)} · {s.start}–{s.end}")
    if d["weight"] > len(sentences):
        lines.append(f"… and {d['weight'] - len(sentences)} more")
    return "\n".join(lines)
