"""Query speed on a large graph: rdflib's in-memory store vs the persistent Oxigraph store.

Makes a synthetic graph of about ``--triples`` triples from generated records (no NLP), loads
it into both, and times in the same run:
- one-actor lookups (claims about an actor, affiliations of a person, evidence for a relation),
  run through ``kg.query`` with bound parameters: p50 over ``--samples`` random actors;
- whole-graph aggregations (claims per speaker, actors by number of statements);
- Turtle serialisation.
Prints each measure for both stores and their ratio (rdflib / Oxigraph).

    python bench/store_bench.py --triples 1000000
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from rdflib import RDFS

from kg import oxstore, query as q, rdf, store
from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, Relation

COUNTRIES = ["US", "JP", "KR", "KP", "CN", "TW", "PH", "AU", "RU", "UA", "IN", "GB", "FR", "DE", "VN"]
PER_ARTICLE = 59  # about this many triples per synthetic article

CLAIMS_PER_SPEAKER = """PREFIX sa: <https://w3id.org/alliance-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?speaker (COUNT(?c) AS ?claims) WHERE { ?c sa:claimant ?s . ?s rdfs:label ?speaker }
GROUP BY ?speaker ORDER BY DESC(?claims) ?speaker LIMIT 20"""
ACTORS_BY_STATEMENTS = """PREFIX sa: <https://w3id.org/alliance-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?a (COUNT(?st) AS ?n) WHERE { ?st a sa:Statement ; rdf:subject ?a }
GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 20"""


def extraction(i: int, rng: random.Random, people: int, orgs: int) -> Extraction:
    art = Article(f"synthetic/{i:06d}.txt", "", f"{i:064x}", title=f"Synthetic article {i}")
    ev = lambda n: Evidence(n * 100, n * 100 + 80, f"Sentence {n} of article {i}.")  # noqa: E731
    ps = [f"person/p{rng.randrange(people)}" for _ in range(4)]
    os_ = [f"org/o{rng.randrange(orgs)}" for _ in range(3)]
    cs = [f"country/{c}" for c in rng.sample(COUNTRIES, 3)]
    ents = [Entity(k, "Person", f"Person {k[8:]}") for k in set(ps)]
    ents += [Entity(k, "Organization", f"Organization {k[5:]}") for k in set(os_)]
    ents += [Entity(k, "Country", k[8:], iso=k[8:]) for k in cs]
    claims = [Claim(rng.choice(ps), f"Claim {n} of article {i} about cooperation", "indirect", n * 100,
                    n * 100 + 40, ev(n), (rng.choice(cs), rng.choice(os_))) for n in range(8)]
    affs = [Affiliation(p, rng.choice(os_ + cs), "director", ev(10 + n)) for n, p in enumerate(set(ps))]
    rels = [Relation(*sorted(rng.sample(cs, 2)), rng.choice(["cooperation", "tension"]), "cue", None, ev(20 + n))
            for n in range(3)]
    return Extraction(art, tuple(ents), tuple(affs), (), tuple(claims), tuple(rels))


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def p50(g, name: str, values: list[dict]) -> float:
    nq = q.find(name)
    times = []
    for params in values:
        t0 = time.perf_counter()
        rows = list(q.run(g, nq.text, q.bind(g, nq, params)))
        times.append(time.perf_counter() - t0)
        assert rows is not None
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--samples", type=int, default=15)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lookups", action="store_true",
                    help="also time the one-actor named queries (slow on rdflib's memory store)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n = max(1, args.triples // PER_ARTICLE)
    people, orgs = max(50, n // 2), max(20, n // 10)
    t_graph, g = timed(lambda: rdf.graph(extraction(i, rng, people, orgs) for i in range(n)))
    print(f"{n} synthetic articles -> {len(g):,} triples in {t_graph:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        ttl = Path(tmp) / "graph.ttl"
        t_ser_rdflib, _ = timed(store.save, g, ttl)
        t_load, size = timed(oxstore.load, [ttl], Path(tmp) / "db")
        ox = store.load(Path(tmp) / "db")
        t_ser_ox, _ = timed(lambda: oxstore.open_store(Path(tmp) / "db").dump(
            str(Path(tmp) / "ox.ttl"), format=oxstore.ox.RdfFormat.TURTLE, from_graph=oxstore.ox.DefaultGraph()))
        names = sorted(str(o) for s, o in g.subject_objects(RDFS.label) if "/person/" in str(s))
        speakers = [{"actor": rng.choice(names)} for _ in range(args.samples)]
        persons = [{"person": rng.choice(names)} for _ in range(args.samples)]
        pairs = [dict(zip(("subject", "object"), rng.sample(COUNTRIES, 2))) for _ in range(args.samples)]
        rows = []
        for label, name, values in () if not args.lookups else (("claims-about (p50)", "claims-about", speakers),
                                     ("affiliations-of (p50)", "affiliations-of", persons),
                                     ("evidence-for (p50)", "evidence-for", pairs)):
            rows.append((label, p50(g, name, values), p50(ox, name, values)))
        for label, text in (("claims per speaker", CLAIMS_PER_SPEAKER), ("actors by statements", ACTORS_BY_STATEMENTS)):
            rows.append((label, timed(lambda: list(q.run(g, text)))[0], timed(lambda: list(q.run(ox, text)))[0]))
        rows.append(("Turtle serialisation", t_ser_rdflib, t_ser_ox))
    print(f"store load: {size:,} triples in {t_load:.1f} s")
    print(f"{'measure':28} {'rdflib s':>10} {'oxigraph s':>11} {'ratio':>7}")
    for label, a, b in rows:
        print(f"{label:28} {a:10.3f} {b:11.3f} {a / b if b else float('inf'):7.1f}")
    print(json.dumps({"triples": len(g), "rows": [{"measure": r[0], "rdflib": round(r[1], 4),
                                                   "oxigraph": round(r[2], 4)} for r in rows]}))


if __name__ == "__main__":
    main()
