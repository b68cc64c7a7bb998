"""kg serve under bad input: a fixed, seeded set of malformed SPARQL and protocol misuse, all on 127.0.0.1.

Every request must get a 4xx answer (never a 5xx, never a dropped connection), and afterwards the
endpoint must still answer a valid query from the same process. The default loopback binding and
the query timeout are tested in tests/test_serve.py.

Known Oxigraph 0.5 behaviour this file pins down (marked xfail, strict, so a fix shows up):
- a query nested a few thousand levels deep overflows the stack of Oxigraph's responding thread and
  aborts the whole server (SIGABRT): one request takes the endpoint down;
- ``SERVICE <url>`` makes the read-only server send an HTTP request to any URL it is given.
"""
from __future__ import annotations

import http.client
import random
import socket
import threading
import time
import urllib.parse
from collections import Counter

import pytest
from test_serve import COUNT, children, free_port, graph_file, server  # noqa: F401  (fixtures)

from kg import query, serve

SEED = 20240612
FORM = "application/x-www-form-urlencoded"
SPARQL = "application/sparql-query"
UPDATE = "application/sparql-update"
VALID = [COUNT, "ASK { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3",
         *(q.text for q in query.catalogue())]
UPDATES = ["INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }",
           "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL", "DROP ALL", "CREATE GRAPH <https://example.org/g>",
           "LOAD <http://127.0.0.1:1/data.ttl>",
           "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }"]


class Request:
    def __init__(self, kind: str, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        self.kind, self.method, self.path, self.body, self.headers = kind, method, path, body, headers or {}

    def __repr__(self):
        return f"{self.kind}: {self.method} {self.path[:60]} {self.headers} {(self.body or b'')[:60]!r}"


def get(kind: str, sparql: str, **params) -> Request:
    return Request(kind, "GET", "/query?" + urllib.parse.urlencode({"query": sparql, **params}))


def form(kind: str, sparql: str, path: str = "/query", name: str = "query") -> Request:
    return Request(kind, "POST", path, urllib.parse.urlencode({name: sparql}).encode(), {"Content-Type": FORM})


def direct(kind: str, body: str | bytes, path: str = "/query", content_type: str | None = SPARQL) -> Request:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Request(kind, "POST", path, data, {"Content-Type": content_type} if content_type else {})


def sent(kind: str, sparql: str, i: int) -> Request:
    """The same text sent the three ways the SPARQL protocol allows, in turn."""
    return (get, form, direct)[i % 3](kind, sparql)


def truncated(rng: random.Random, n: int) -> list[str]:
    """Valid queries cut before their last closing brace: the braces never balance."""
    out = []
    for i in range(n):
        text = VALID[i % len(VALID)]
        body = next(j for j, line in enumerate(text.splitlines(keepends=True)) if not line.lstrip().startswith("#"))
        start = sum(len(line) for line in text.splitlines(keepends=True)[:body])
        out.append(text[:rng.randrange(start, text.rindex("}"))])
    return out


def random_text(rng: random.Random, n: int) -> list[str]:
    return [rng.randbytes(rng.randrange(1, 400)).decode("utf-8", "replace") for _ in range(n)]


def unbalanced(rng: random.Random, n: int) -> list[str]:
    parts = ["SELECT", "*", "WHERE", "{", "}", "{", "?s", "?p", "?o", ".", "(", ")", "[", "]", "FILTER", "OPTIONAL"]
    out = []
    while len(out) < n:
        text = " ".join(rng.choice(parts) for _ in range(rng.randrange(3, 30)))
        if text.count("{") != text.count("}") or text.count("(") != text.count(")"):
            out.append(text)
    return out


def cases() -> list[Request]:
    """The bad requests: seeded, so every run sends the same ones."""
    rng = random.Random(SEED)
    out = [sent("truncated", q, i) for i, q in enumerate(truncated(rng, 12))]
    out += [sent("random text", q, i) for i, q in enumerate(random_text(rng, 9))]
    out += [direct("random bytes", rng.randbytes(rng.randrange(1, 300)) + b"\xff") for _ in range(3)]
    out += [sent("unbalanced", q, i) for i, q in enumerate(unbalanced(rng, 9))]
    huge = "x" * 2_000_000
    out += [direct("huge literal", f'SELECT * WHERE {{ ?s ?p "{huge} }}'),  # unterminated
            form("huge literal", f'SELECT * WHERE {{ ?s ?p """{huge}""" '),  # no closing brace
            direct("huge literal", f"SELECT * WHERE {{ ?s ?p '{huge}' . ?s ?p ?o"),
            get("huge literal", f'SELECT * WHERE {{ ?s ?p "{"y" * 20_000}" }}')]  # longer than any header
    out += [sent("unknown prefix", q, i) for i, q in enumerate((
        "SELECT * WHERE { ?s nope:p ?o }", "PREFIX sa: <https://w3id.org/alliance-kg/ontology#> "
        "SELECT * WHERE { ?s sa:text ?t ; schema:name ?n }", "SELECT (ex:f(?o) AS ?x) WHERE { ?s ?p ?o }"))]
    out += [sent("invalid IRI", q, i) for i, q in enumerate((
        "SELECT * WHERE { ?s <not an iri> ?o }", "SELECT * WHERE { <http://exa mple.org/> ?p ?o }",
        "SELECT * WHERE { ?s ?p <http://[::1/x> }", 'SELECT * WHERE { ?s ?p <a"b> }',
        "PREFIX x: <bad iri> SELECT * WHERE { ?s x:p ?o }", "BASE <::> SELECT * WHERE { ?s ?p <rel> }"))]
    out += [get("bad dataset", COUNT, **{"default-graph-uri": "not an iri"}),
            get("bad dataset", COUNT, **{"named-graph-uri": ""})]
    out += [Request("empty", "GET", "/query?query="), direct("empty", ""), form("empty", ""),
            direct("empty", "   \n\t"), direct("empty", "# only a comment\n")]
    out += [direct("content type", COUNT, content_type=t)
            for t in ("text/plain", "application/json", UPDATE, "multipart/form-data; boundary=x", None)]
    out += [Request("accept", "GET", "/query?" + urllib.parse.urlencode({"query": COUNT}), None,
                    {"Accept": "image/png"})]
    out += [sent("update via /query", u, i) for i, u in enumerate(UPDATES)]
    out += [form("update via /query", UPDATES[0], name="update")]
    out += [direct("update via /update", u, path="/update", content_type=UPDATE) for u in UPDATES[:4]]
    out += [form("update via /update", UPDATES[0], path="/update", name="update"),
            direct("update via /update", "not even SPARQL", path="/update", content_type=UPDATE),
            Request("update via /update", "GET", "/update")]
    nt = b"<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n"
    out += [Request("graph store write", m, "/store?default", nt, {"Content-Type": "application/n-triples"})
            for m in ("PUT", "POST")] + [Request("graph store write", "DELETE", "/store?default")]
    return out


def send(url: str, r: Request) -> tuple[int, bytes]:
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    assert host == "127.0.0.1"
    c = http.client.HTTPConnection(host, port, timeout=30)
    try:
        c.request(r.method, r.path, body=r.body, headers=r.headers)
        response = c.getresponse()
        return response.status, response.read()
    finally:
        c.close()


def test_the_bad_requests_are_many_and_fixed():
    assert len(cases()) >= 60
    assert [repr(c) for c in cases()] == [repr(c) for c in cases()]  # seeded


def test_every_bad_request_gets_a_4xx_and_the_server_lives_on(server):
    url, proc = server
    [oxigraph] = children(proc.pid)
    statuses, wrong = Counter(), []
    for r in cases():
        try:
            status, body = send(url, r)
        except (OSError, http.client.HTTPException) as e:  # a dropped connection or a hung server
            wrong.append((r, type(e).__name__))
            continue
        statuses[(r.kind, status)] += 1
        if not 400 <= status < 500:
            wrong.append((r, status, body[:200]))
    assert wrong == []
    by_kind = {kind: {s for (k, s) in statuses if k == kind} for kind, _ in statuses}
    assert by_kind["update via /update"] == {403} and by_kind["graph store write"] == {403}
    assert by_kind["update via /query"] == {400} and by_kind["content type"] >= {415}
    assert by_kind["accept"] == {406}
    # still serving: the same process, the same Oxigraph server, the whole graph
    assert proc.poll() is None and children(proc.pid) == [oxigraph]
    status, body = send(url, form("valid", COUNT))
    assert status == 200 and b'"n"' in body


# --- findings in Oxigraph 0.5, each on its own server so the fuzzing above stays meaningful ---

@pytest.mark.xfail(strict=True, reason="Oxigraph 0.5.13 aborts on stack overflow for deeply nested queries")
def test_a_deeply_nested_query_does_not_kill_the_server(graph_file):  # noqa: F811
    deep = "SELECT * WHERE { " + "{" * 100_000 + " ?s ?p ?o " + "}" * 100_000 + " }"
    with serve.endpoint([graph_file], port=free_port(), timeout=2) as ep:
        try:
            status, _ = send(ep.url, direct("deep", deep))
        except (OSError, http.client.HTTPException):
            status = None
        time.sleep(0.3)
        assert ep.process.poll() is None, f"the server died (exit code {ep.process.poll()})"
        assert status is not None and 400 <= status < 500


@pytest.mark.xfail(strict=True, reason="Oxigraph 0.5.13 evaluates SERVICE by fetching the URL it is given")
def test_service_makes_no_request_from_the_server(graph_file):  # noqa: F811
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(3)
        seen = []

        def accept():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                seen.append(conn.recv(1000))

        watcher = threading.Thread(target=accept)
        watcher.start()
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        with serve.endpoint([graph_file], port=free_port(), timeout=5) as ep:
            send(ep.url, get("service", f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"))
        watcher.join(10)
    assert seen == [], f"the server sent: {seen[0][:120]!r}"
