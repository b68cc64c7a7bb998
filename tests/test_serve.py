"""kg serve: Oxigraph's read-only SPARQL 1.1 endpoint, queried with a real client (SPARQLWrapper).

The fixture starts ``kg serve`` as a separate process on a free port of 127.0.0.1 and stops it by
its PID. Every request goes to 127.0.0.1 only.
"""
from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from test_query import corpus

from kg import serve
from kg.cli import cli
from kg.errors import KGError

PERSONS = ("PREFIX sa: <https://w3id.org/alliance-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
           "SELECT ?name WHERE { ?p a sa:Person ; rdfs:label ?name } ORDER BY ?name")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kg_command() -> list[str]:
    script = Path(sys.executable).parent / "kg"
    return [str(script)] if script.is_file() else [sys.executable, "-c", "from kg.cli import main; main()"]


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "graph.ttl"
    path.write_bytes(corpus().serialize(format="turtle", encoding="utf-8"))
    return path


@pytest.fixture(scope="module")
def server(graph_file):
    """``kg serve`` on a free port: yields (query URL, process); stopped by its PID with SIGTERM."""
    port = free_port()
    proc = subprocess.Popen([*kg_command(), "serve", "--graph", str(graph_file), "--port", str(port), "--timeout", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    line = proc.stdout.readline() if ready else ""
    if not line.startswith("SPARQL endpoint: "):
        proc.kill()
        pytest.fail(f"kg serve did not start: {line!r} {proc.stderr.read() if proc.poll() is not None else ''}")
    url = line.split()[2]
    assert url == f"http://127.0.0.1:{port}/query"
    yield url, proc
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(15)


def client(url: str, query: str, fmt=JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(30)
    return sparql


def test_select_as_json(server):
    url, _ = server
    result = client(url, PERSONS).queryAndConvert()
    assert result["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == ["Ana Sato", "Ben Lee"]


def test_construct_as_turtle_gives_the_whole_graph(server, graph_file):
    url, _ = server
    data = client(url, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", TURTLE).queryAndConvert()
    assert isomorphic(Graph().parse(data=data, format="turtle"), Graph().parse(graph_file))


def test_a_shipped_query_runs_on_the_endpoint(server):
    from kg import query

    url, _ = server
    result = client(url, query.find("who-said-what").text).queryAndConvert()
    assert sorted(b["speaker"]["value"] for b in result["results"]["bindings"]) == ["Ana Sato", "Ana Sato", "Ben Lee"]


def test_updates_are_refused(server, graph_file):
    url, _ = server
    before = client(url, COUNT).queryAndConvert()["results"]["bindings"][0]["n"]["value"]
    update = SPARQLWrapper(url, updateEndpoint=url.replace("/query", "/update"))
    update.setMethod(POST)
    update.setQuery("INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }")
    with pytest.raises(urllib.error.HTTPError) as err:
        update.query()
    assert err.value.code == 403
    after = client(url, COUNT).queryAndConvert()["results"]["bindings"][0]["n"]["value"]
    assert before == after == str(len(Graph().parse(graph_file)))


def test_a_slow_query_is_cancelled_by_the_timeout(server):
    """Oxigraph cancels a runaway query after --timeout seconds (here 2) instead of computing 10^10 rows."""
    url, _ = server
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": slow}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    start = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            body = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        body = e.read().decode("utf-8", "replace")
    assert time.monotonic() - start < 30
    assert "cancelled" in body and '"n"' not in body.split("bindings", 1)[-1]


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc/net/tcp")
def test_listens_on_loopback_only(server):
    url, _ = server
    port = int(url.split(":")[2].split("/")[0])
    listeners = [line.split()[1] for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
                 if line.split()[3] == "0A" and int(line.split()[1].split(":")[1], 16) == port]
    assert listeners == [f"0100007F:{port:04X}"]  # 127.0.0.1, nothing on 0.0.0.0


def children(pid: int) -> list[int]:
    """PIDs whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_stopping_by_pid_ends_the_server_and_removes_its_store(graph_file):
    port = free_port()
    proc = subprocess.Popen([*kg_command(), "serve", "--graph", str(graph_file), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    select.select([proc.stdout], [], [], 60)
    assert proc.stdout.readline().startswith("SPARQL endpoint: ")
    [oxigraph] = children(proc.pid)
    args = Path(f"/proc/{oxigraph}/cmdline").read_text().split("\0")
    assert args[1:3] == ["serve-read-only", "--location"] and "--timeout-s" in args
    store = Path(args[3])
    assert store.is_dir()
    os.kill(proc.pid, signal.SIGTERM)
    assert proc.wait(15) == 0
    assert not listening(port)
    assert not Path(f"/proc/{oxigraph}").exists()
    assert not store.exists() and not store.parent.exists()


# --- the library ---

def test_a_store_folder_is_kept_and_served_again(graph_file, tmp_path):
    store = tmp_path / "store"
    with serve.endpoint([graph_file], store=store, port=free_port()) as ep:
        assert ep.location == store
    assert any(store.iterdir())
    port = free_port()
    with serve.endpoint(store=store, port=port) as ep:
        rows = client(ep.url, COUNT).queryAndConvert()["results"]["bindings"]
        assert rows[0]["n"]["value"] == str(len(Graph().parse(graph_file)))
        pid = ep.pid
    assert not listening(port)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_refuses_a_store_that_holds_data_when_given_graph_files(graph_file, tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "CURRENT").write_text("x")
    with pytest.raises(KGError, match="already holds data"):
        with serve.endpoint([graph_file], store=tmp_path / "store", port=free_port()):
            pass
    with pytest.raises(KGError, match="no Oxigraph store there"):
        with serve.endpoint(store=tmp_path / "empty", port=free_port()):
            pass


def test_a_busy_port_is_reported(graph_file):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(KGError, match=f"cannot listen on 127.0.0.1:{port}"):
            with serve.endpoint([graph_file], port=port):
                pass


def test_a_broken_graph_file_is_reported(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://example.org/a> <https://example.org/b> .\n", "utf-8")
    with pytest.raises(KGError, match=f"^{bad}: cannot load into the SPARQL store"):
        with serve.endpoint([bad], port=free_port()):
            pass


def test_missing_oxigraph_is_reported(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(KGError, match=r"Oxigraph server is not installed \(pip install oxigraph\)"):
        serve.binary()


def test_cli_errors_start_no_server(tmp_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["serve", "--graph", str(tmp_path / "none.ttl"), "--port", str(free_port())])
    assert r.exit_code == 1 and r.output == f"Error: {tmp_path / 'none.ttl'}: no such graph file\n"
    r = runner.invoke(cli, ["serve"])
    assert r.exit_code == 1 and r.output == "Error: nothing to serve: give graph files or a store folder\n"


def test_cli_help():
    r = CliRunner().invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0 and "Usage: " in r.output
    assert "127.0.0.1" in r.output and "--timeout" in r.output and "--store" in r.output
