"""Query speed on a large graph: rdflib's in-memory Graph vs the persistent Oxigraph store.

Makes a synthetic graph of about ``--triples`` triples from generated records (no NLP) plus a
PageRank per actor (as ``kg analyze`` writes to metrics.ttl), saves it as Turtle, loads it into an
Oxigraph store with ``kg.oxstore.load`` (what ``kg build --store`` does) and opens that store with
``kg.store.load``, as ``kg query --graph STORE`` does. Then times, in the same run, through
``kg.query`` (``bind`` resolves the actor's name to its IRI, ``run`` evaluates):
- one-actor lookups with the shipped named queries: claims about an organisation, affiliations of
  a person, evidence for a person's affiliation and for a relation between two countries; each is
  the p50 over ``--samples`` random actors (the same actors on both stores);
- whole-graph aggregations: claims per speaker, actors by number of statements, and the shipped
  ``actors-by-pagerank``;
- Turtle serialisation of the whole graph.
Prints each measure for both stores, their ratio (rdflib / Oxigraph), whether both gave the same
rows, and the load average. rdflib's engine is far slower on a big graph, so each of its measures
runs in a forked child with a time budget (``--budget`` seconds for all samples of a measure) and a
memory cap (``--child-gb`` GB above the parent's size): the table says how many samples finished
and, when none did, gives the budget as a lower bound (">"). The last line is the same as JSON.

    python bench/store_bench.py --triples 1000000 [--samples 15] [--budget 120] [--seed 0]
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import json
import multiprocessing
import os
import random
import resource
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, Literal

from kg import oxstore, query as q, rdf, store
from kg.model import Affiliation, Article, Claim, Entity, Evidence, Extraction, Relation
from kg.vocab import SA

COUNTRIES = ["US", "JP", "KR", "KP", "CN", "TW", "PH", "AU", "RU", "UA", "IN", "GB", "FR", "DE", "VN"]
PER_ARTICLE = 176  # about this many triples per synthetic article

CLAIMS_PER_SPEAKER = """PREFIX sa: <https://w3id.org/alliance-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?speaker (COUNT(?c) AS ?claims) WHERE { ?c sa:claimant ?s . ?s rdfs:label ?speaker }
GROUP BY ?speaker ORDER BY DESC(?claims) ?speaker LIMIT 20"""
ACTORS_BY_STATEMENTS = """PREFIX sa: <https://w3id.org/alliance-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?a (COUNT(?st) AS ?n) WHERE { ?st a sa:Statement ; rdf:subject ?a }
GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 20"""


def extraction(i: int, rng: random.Random, people: int, orgs: int) -> Extraction:
    art = Article(f"synthetic/{i:06d}.txt", "", hashlib.sha256(str(i).encode()).hexdigest(),
                  title=f"Synthetic article {i}")
    ev = lambda n: Evidence(n * 100, n * 100 + 80, f"Sentence {n} of article {i}.")  # noqa: E731
    ps = [f"person/p{rng.randrange(people)}" for _ in range(4)]
    os_ = [f"org/o{rng.randrange(orgs)}" for _ in range(3)]
    cs = [f"country/{c}" for c in rng.sample(COUNTRIES, 3)]
    ents = [Entity(k, "Person", f"Person {k[8:]}") for k in sorted(set(ps))]
    ents += [Entity(k, "Organization", f"Organization {k[5:]}") for k in sorted(set(os_))]
    ents += [Entity(k, "Country", k[8:], iso=k[8:]) for k in cs]
    claims = [Claim(rng.choice(ps), f"Claim {n} of article {i} about cooperation", "indirect", n * 100,
                    n * 100 + 40, ev(n), (rng.choice(cs), rng.choice(os_))) for n in range(8)]
    affs = [Affiliation(p, rng.choice(os_ + cs), "director", ev(10 + n)) for n, p in enumerate(sorted(set(ps)))]
    rels = [Relation(*sorted(rng.sample(cs, 2)), rng.choice(["cooperation", "tension"]), "cue", None, ev(20 + n))
            for n in range(3)]
    return Extraction(art, tuple(ents), tuple(affs), (), tuple(claims), tuple(rels))


def synthetic(triples: int, rng: random.Random):
    """The graph, with a PageRank for every actor."""
    n = max(1, triples // PER_ARTICLE)
    people, orgs = max(50, n // 2), max(20, n // 10)
    g = rdf.graph(extraction(i, rng, people, orgs) for i in range(n))
    actors = sorted({s for c in (SA.Person, SA.Organization, SA.Country) for s in g.subjects(RDF.type, c)})
    for a in actors:
        g.add((a, SA.pageRank, Literal(Decimal(rng.randrange(1, 10**6)) / 10**7)))
    return n, g


def samples(g, rng: random.Random, k: int) -> dict[str, list[dict]]:
    """Parameters for each lookup: ``k`` random actors, by label, as a user would give them."""
    label = lambda x: str(g.value(x, RDFS.label))  # noqa: E731
    orgs = sorted(set(g.subjects(RDF.type, SA.Organization)))
    people = sorted(set(g.subjects(RDF.type, SA.Person)))
    affs = sorted((p, o) for p, o in g.subject_objects(SA.affiliatedWith) if "/org/" in o)
    return {"claims-about": [{"actor": label(rng.choice(orgs))} for _ in range(k)],
            "affiliations-of": [{"person": label(rng.choice(people))} for _ in range(k)],
            "evidence-for": [dict(zip(("subject", "object"), map(label, rng.choice(affs)))) for _ in range(k)],
            "evidence-for countries": [dict(zip(("subject", "object"), rng.sample(COUNTRIES, 2))) for _ in range(k)]}


def measures(picked: dict[str, list[dict]]) -> list[tuple[str, str, list[dict]]]:
    """(label, query: a shipped name or SPARQL text, parameter sets)."""
    lookups = [(f"{name} (p50)", name.split()[0], values) for name, values in picked.items()]
    return lookups + [("claims per speaker", CLAIMS_PER_SPEAKER, [{}]),
                      ("actors by statements", ACTORS_BY_STATEMENTS, [{}]),
                      ("actors-by-pagerank", "actors-by-pagerank", [{}])]


def once(g, spec: str, params: dict) -> tuple[float, str]:
    """Seconds for ``bind`` + ``run`` + reading the rows, and a digest of the rows as CSV."""
    nq = q.find(spec)
    t0 = time.perf_counter()
    out = q.render(q.run(g, nq.text, q.bind(g, nq, params)), "csv")
    return time.perf_counter() - t0, hashlib.sha256(out.encode()).hexdigest()[:12]


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def _child(conn, g, spec: str, values: list[dict], cap: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        for params in values:
            conn.send(once(g, spec, params))
    except MemoryError:
        conn.send("out of memory")
    conn.close()


def boxed(g, spec: str, values: list[dict], budget: float, child_gb: float) -> tuple[list, str]:
    """Run ``once`` for each of ``values`` in a forked child until ``budget`` seconds are spent:
    the (seconds, digest) pairs that finished, and a note on what did not."""
    vsz = int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
    ctx = multiprocessing.get_context("fork")
    here, there = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(there, g, spec, values, vsz + int(child_gb * 2**30)))
    child.start()
    there.close()
    done, note, end = [], "", time.monotonic() + budget
    while len(done) < len(values) and here.poll(max(0.0, end - time.monotonic())):
        try:
            got = here.recv()
        except EOFError:
            note = "child died"
            break
        if isinstance(got, str):
            note = got
            break
        done.append(got)
    if len(done) < len(values) and not note:
        note = f"stopped after {budget:.0f} s"
    child.kill()
    child.join()
    return done, note


def p50(runs: list) -> float | None:
    return statistics.median(t for t, _ in runs) if runs else None


def compare(g, ox, args) -> list[dict]:
    rows = []
    for label, spec, values in measures(samples(g, random.Random(args.seed), args.samples)):
        ox_runs = [once(ox, spec, params) for params in values]
        mem_runs, note = boxed(g, spec, values, args.budget, args.child_gb)
        same = all(a[1] == b[1] for a, b in zip(mem_runs, ox_runs)) if mem_runs else None
        rows.append({"measure": label, "rdflib": p50(mem_runs), "oxigraph": p50(ox_runs), "n": len(values),
                     "rdflib_done": len(mem_runs), "same_rows": same, "note": note,
                     "oxigraph_max": max(t for t, _ in ox_runs)})
        print(f"  {label}: done ({loadavg()})", flush=True)
    return rows


def loadavg() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def report(rows: list[dict], budget: float) -> None:
    print(f"{'measure':32} {'rdflib s':>10} {'oxigraph s':>11} {'ratio':>8}  {'ox max s':>8}  {'same rows':9}  "
          "rdflib samples")
    for r in rows:
        a, b = r["rdflib"], r["oxigraph"]
        ratio = f"{a / b:8.0f}" if a is not None else f"{'>' + format(budget / b, '.0f'):>8}"
        same = {True: "yes", False: "NO", None: "-"}[r["same_rows"]]
        rdflib_cell = f"{a:10.3f}" if a is not None else f"{'>' + format(budget, '.0f'):>10}"
        print(f"{r['measure']:32} {rdflib_cell} {b:11.4f} {ratio}  {r.get('oxigraph_max', b):8.3f}  {same:9}  "
              f"{r['rdflib_done']}/{r['n']}{' (' + r['note'] + ')' if r['note'] else ''}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--samples", type=int, default=15, help="random actors per lookup (p50 over them)")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds for each of rdflib's measures")
    ap.add_argument("--child-gb", type=float, default=6.0, help="memory cap for rdflib's child, above the parent")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    print(f"start: {loadavg()}, {os.cpu_count()} cores")
    t_graph, (n, g) = timed(synthetic, args.triples, random.Random(args.seed))
    print(f"{n} synthetic articles -> {len(g):,} triples (with a PageRank per actor) in {t_graph:.1f} s")
    gc.freeze()  # the graph's millions of objects: not scanned by every collection (kg query on a store has no
    # such graph in its process) and not copied into rdflib's forked children
    with tempfile.TemporaryDirectory() as tmp:
        ttl, db = Path(tmp) / "graph.ttl", Path(tmp) / "db"
        t_ser_rdflib, _ = timed(store.save, g, ttl)
        t_load, size = timed(oxstore.load, [ttl], db)
        print(f"store load: {size:,} triples in {t_load:.1f} s")
        ox = store.load(db)  # what kg query --graph STORE opens
        t_ser_ox, _ = timed(lambda: oxstore.open_store(db).dump(
            str(Path(tmp) / "ox.ttl"), format=oxstore.ox.RdfFormat.TURTLE, from_graph=oxstore.ox.DefaultGraph()))
        rows = compare(g, ox, args)
    rows.append({"measure": "Turtle serialisation", "rdflib": t_ser_rdflib, "oxigraph": t_ser_ox, "n": 1,
                 "rdflib_done": 1, "same_rows": None, "note": ""})
    report(rows, args.budget)
    print(f"end: {loadavg()}")
    print(json.dumps({"triples": len(g), "samples": args.samples, "budget": args.budget, "rows": rows}))


if __name__ == "__main__":
    main()
