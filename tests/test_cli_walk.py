"""Walk every command of the ``kg`` group (found in ``kg.cli.cli.commands``, not listed by hand).

Each has help that shows its usage and documents every option. Each error path that needs no
spaCy model ends with a non-zero exit code and exactly one line starting ``Error: `` on stderr,
never a traceback. Errors from the library are that one line alone; usage errors (exit 2) keep
click's "Usage: ... / Try ..." lines above it.
"""
from __future__ import annotations

import os
import socket
import subprocess
import threading
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from test_query import corpus
from test_serve import free_port, kg_command

from kg.cli import cli

COMMANDS = sorted(cli.commands)
NO_MODEL = "no_such_spacy_model_for_tests"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="kg")


def assert_one_error(r, pattern: str = "") -> str:
    """Non-zero exit, one 'Error: ' line on stderr (alone unless it is a usage error), no traceback."""
    assert r.exit_code not in (0, None), r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.output
    lines = r.stderr.splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1, r.stderr
    if r.exit_code == 2:
        assert lines[0].startswith("Usage: kg ") and lines[-1] == errors[0], r.stderr
    else:
        assert lines == errors, r.stderr
    assert pattern in errors[0], errors[0]
    return errors[0]


# --- help ---

def test_the_group_has_commands_and_a_version():
    assert len(COMMANDS) >= 5
    r = invoke("--version")
    assert r.exit_code == 0 and r.output.startswith("kg, version ")
    r = invoke("--help")
    assert r.exit_code == 0 and r.output.startswith("Usage: kg ")
    assert all(f"  {c} " in r.output or r.output.rstrip().endswith(f"  {c}") for c in COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help(command):
    for flag in ("--help", "-h"):
        r = invoke(command, flag)
        assert r.exit_code == 0 and r.stderr == ""
        assert r.output.startswith(f"Usage: kg {command} ")
    cmd = cli.commands[command]
    assert cmd.help and " ".join(cmd.help.split("\n")[0].split()) in " ".join(r.output.split())
    for p in cmd.params:
        if isinstance(p, click.Option):
            assert p.help, f"kg {command} {p.opts[0]} has no help"
            assert p.opts[-1] in r.output


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unknown_option_is_a_usage_error(command):
    r = invoke(command, "--no-such-option")
    assert r.exit_code == 2
    assert_one_error(r, "No such option")


# --- files every command that reads a graph must refuse ---

@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("walk")
    good = d / "graph.ttl"
    good.write_bytes(corpus().serialize(format="turtle", encoding="utf-8"))
    out = {"dir": d, "good": good, "missing": d / "missing.ttl", "file": d / "a-file.txt"}
    out["file"].write_text("not a folder\n", "utf-8")
    for name, data in (("broken.ttl", b"<https://example.org/a> <https://example.org/b> .\n"),
                       ("binary.ttl", b"\x00\xff\xfe\x01 not text"), ("broken.nq", b"<a> <b> <c> <d> <e> .\n"),
                       ("broken.jsonld", b"{not json"), ("odd.jsonld", b'{"@context": 5}'),
                       ("latin1.rq", 'SELECT * WHERE { ?s ?p "caf\xe9" }'.encode("latin-1")),
                       ("bad-param.rq", b"# @param who actor sometimes\nSELECT * WHERE { ?s ?p ?who }\n")):
        (d / name).write_bytes(data)
    (d / "graph.html").mkdir()  # so render --out d cannot write d/graph.html
    return out


def graph_commands() -> list[str]:
    return [c for c in COMMANDS if any(p.name in ("graph_file", "graph_files") for p in cli.commands[c].params)]


def placeholders(command: str, files: dict) -> list[str]:
    """Values for the command's arguments and required options other than --graph."""
    values = {"spec": "who-said-what", "source": "Japan", "target": "China", "actor": "Japan", "other": "China",
              "out": files["dir"] / "out.ttl"}
    args = []
    for p in cli.commands[command].params:
        if isinstance(p, click.Argument):
            args.append(values[p.name])
        elif p.required and p.name not in ("graph_file", "graph_files"):
            args += [p.opts[0], values[p.name]]
    return args


@pytest.mark.parametrize("command", graph_commands())
def test_a_missing_graph_file(command, files):
    r = invoke(command, *placeholders(command, files), "--graph", files["missing"])
    assert_one_error(r, f"Error: {files['missing']}: no such graph file")


BROKEN = ("broken.ttl", "binary.ttl", "broken.nq", "broken.jsonld", "odd.jsonld")


@pytest.mark.parametrize("command, name", [(c, n) for c in graph_commands() for n in BROKEN
                                           if c != "serve" or n == "broken.ttl"])  # serve: Oxigraph's loader
def test_a_malformed_graph_file(command, name, files):
    r = invoke(command, *placeholders(command, files), "--graph", files["dir"] / name)
    line = assert_one_error(r, f"Error: {files['dir'] / name}: ")
    assert "cannot parse graph" in line or "cannot load into the SPARQL store" in line


def test_a_folder_that_is_no_graph(files):
    for command in graph_commands():
        assert_one_error(invoke(command, *placeholders(command, files), "--graph", files["dir"]), str(files["dir"]))


@pytest.mark.parametrize("command", [c for c in graph_commands() if any(
    p.name in ("graph_file", "graph_files") and p.type.dir_okay for p in cli.commands[c].params)])
def test_a_folder_that_looks_like_a_store_but_is_not(command, files, tmp_path):
    (tmp_path / "CURRENT").write_text("not rocksdb", "utf-8")
    assert_one_error(invoke(command, *placeholders(command, files), "--graph", tmp_path), str(tmp_path))


# --- each command's own error paths ---

def cases(f: dict) -> dict[str, tuple[list, str]]:
    """id -> (arguments, a piece of the expected error line); the first word of the id is the command."""
    d, G = f["dir"], ["--graph", f["good"]]
    return {
        "query without graph": (["query", "who-said-what"], "give a QUERY and at least one --graph"),
        "query unknown name": (["query", "who-said-wot", *G], "no shipped query named 'who-said-wot' (did you mean"),
        "query missing .rq file": (["query", d / "none.rq", *G], "no such query file"),
        "query .rq not UTF-8": (["query", d / "latin1.rq", *G], "cannot read the query file"),
        "query bad @param line": (["query", d / "bad-param.rq", *G], "bad parameter line"),
        "query invalid SPARQL": (["query", "SELECT * WHERE {", *G], "invalid SPARQL"),
        "query an update": (["query", "INSERT DATA { <x:a> <x:b> <x:c> }", *G], "invalid SPARQL"),
        "query param without =": (["query", "who-said-what", *G, "--param", "by"], "'by' is not NAME=VALUE"),
        "query param twice": (["query", "who-said-what", *G, "--param", "by=Ana", "--param", "by=Ben"],
                              "'by' is given twice"),
        "query unknown param": (["query", "who-said-what", *G, "--param", "nope=1"], "has no parameter 'nope'"),
        "query missing param": (["query", "claims-about", *G], "needs a value for parameter 'actor'"),
        "query unknown actor": (["query", "who-said-what", *G, "--param", "by=Nobody"], "no actor named 'Nobody'"),
        "query ambiguous actor": (["query", "claims-about", *G, "--param", "actor=Korea"], "names several actors"),
        "query wrong kind of actor": (["query", "allies-of", *G, "--param", "country=Ana Sato"],
                                      "no country named 'Ana Sato'"),
        "query bad type": (["query", "actors-by-pagerank", *G, "--param", "type=Planet"], "is not an actor type"),
        "query inline variable": (["query", "SELECT * WHERE { ?s ?p ?o }", *G, "--param", "x=1"],
                                  "the query has no variable ?x"),
        "query bad format": (["query", "who-said-what", *G, "--format", "xml"], "Invalid value for '--format'"),
        "query negative width": (["query", "who-said-what", *G, "--max-width", "-1"], "'--max-width'"),
        "validate without graph": (["validate"], "Missing option '--graph'"),
        "eval without gold": (["eval"], "Missing option '--gold'"),
        "eval missing folder": (["eval", "--gold", d / "none"], "does not exist"),
        "eval a file": (["eval", "--gold", f["file"]], "is a file"),
        "analyze out is a file": (["analyze", *G, "--out", f["file"]], "is a file"),
        "analyze out under a file": (["analyze", *G, "--out", f["file"] / "sub"], "cannot write the analysis"),
        "analyze top 0": (["analyze", *G, "--top", "0"], "'--top'"),
        "render out under a file": (["render", *G, "--out", f["file"] / "sub"], "cannot write the explorer"),
        "render html is a folder": (["render", *G, "--out", d], "cannot write the explorer"),
        "render max nodes 0": (["render", *G, "--max-nodes", "0"], "'--max-nodes'"),
        "path unknown source": (["path", "Nowhere", "Japan", *G], "no actor named 'Nowhere'"),
        "path unknown target": (["path", "Japan", "Atlantis", *G], "no actor named 'Atlantis'"),
        "path same actor": (["path", "Japan", "JP", *G], "are the same actor"),
        "path no path": (["path", "Ana Sato", "North Korea", *G], "no evidence path between Ana Sato and North Korea"),
        "path part of a name": (["path", "Korea", "Japan", *G], "did you mean South Korea, North Korea?"),
        "path one actor": (["path", "Japan", *G], "Missing argument 'TARGET'"),
        "export unknown suffix": (["export", *G, "--out", d / "g.xyz"], "cannot tell the format from the suffix"),
        "export bad format": (["export", *G, "--out", d / "g.ttl", "--format", "xml"], "Invalid value for '--format'"),
        "export no folder": (["export", *G, "--out", d / "none" / "g.ttl"], "no such folder"),
        "export into a folder": (["export", *G, "--out", d, "--format", "turtle"], "is a folder"),
        "export csv to a file": (["export", *G, "--out", f["file"], "--format", "csv"], "not a folder"),
        "export csv under a file": (["export", *G, "--out", f["file"] / "sub", "--format", "csv"],
                                    "cannot create the folder"),
        "export without out": (["export", *G], "Missing option '--out'"),
        "serve nothing": (["serve"], "nothing to serve"),
        "serve port 0": (["serve", *G, "--port", "0"], "'--port'"),
        "serve timeout 0": (["serve", *G, "--timeout", "0"], "'--timeout'"),
        "serve foreign address": (["serve", *G, "--host", "192.0.2.1", "--port", "7878"],  # TEST-NET-1: not ours
                                  "cannot listen on 192.0.2.1:7878"),
        "serve store under a file": (["serve", *G, "--store", f["file"] / "store"], "cannot create the store folder"),
        "serve store is a file": (["serve", "--store", f["file"]], "is a file"),
        "serve empty store": (["serve", "--store", d / "no-store"], "no Oxigraph store there"),
        "timeline unknown actor": (["timeline", "Nowhere", *G], "no actor named 'Nowhere'"),
        "timeline ambiguous actor": (["timeline", "Korea", *G], "names several actors"),
        "timeline without graph": (["timeline", "Japan"], "Missing option '--graph'"),
        "export claims into a folder": (["export", *G, "--out", d, "--format", "claims-csv"], "is a folder"),
        "build nothing": (["build"], "Missing argument 'PATHS...'"),
        "build knowledge folder missing": (["build", f["good"], "--knowledge", d / "none", "--out", d / "build"],
                                           "no such knowledge folder"),
        "build out is a file": (["build", f["good"], "--out", f["file"]], "is a file"),
        "build model missing": (["build", f["file"], "--model", NO_MODEL, "--out", d / "build"],
                                f"no spaCy pipeline installed among {NO_MODEL}"),
    }


CASES = list(cases(dict.fromkeys(("dir", "good", "file"), Path("."))))


def test_every_command_has_error_cases():
    assert {case.split()[0] for case in CASES} == set(COMMANDS)


@pytest.mark.parametrize("case", CASES)
def test_error_path(case, files):
    args, expected = cases(files)[case]
    assert_one_error(invoke(*args), expected)


def test_a_busy_port(files):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = invoke("serve", "--graph", files["good"], "--port", port)
    assert_one_error(r, f"Error: cannot listen on 127.0.0.1:{port}: ")


def test_a_store_that_is_not_an_oxigraph_store(files, tmp_path):
    (tmp_path / "CURRENT").write_text("not rocksdb", "utf-8")
    r = invoke("serve", "--store", tmp_path, "--port", free_port())
    line = assert_one_error(r, "the SPARQL server did not start: ")
    assert "backtrace" not in line.lower() and "_start" not in line


class Listener:
    """A port on 127.0.0.1 that counts the connections made to it and closes each at once."""

    def __enter__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections, self._done = 0, threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def _serve(self):
        while not self._done.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def __exit__(self, *exc):
        self._done.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture(scope="module")
def oxstore_folder(files, tmp_path_factory) -> Path:
    from kg import oxstore

    folder = tmp_path_factory.mktemp("oxstore") / "store"
    oxstore.load([files["good"]], folder)
    return folder


@pytest.mark.parametrize("graph", ["file", "store"])
def test_query_service_is_refused_without_a_request(graph, files, oxstore_folder):
    """rdflib and Oxigraph would both fetch a SERVICE URL; kg query refuses it and connects nowhere."""
    with Listener() as listener:
        for q in (f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }} }}"):
            r = invoke("query", q, "--graph", files["good"] if graph == "file" else oxstore_folder)
            assert listener.connections == 0
            assert_one_error(r, "SERVICE is not supported")


@pytest.mark.parametrize("graph", ["file", "store"])
def test_query_nested_too_deep_is_an_error_not_a_crash(graph, files, oxstore_folder, tmp_path):
    """Oxigraph overflows its stack on this (a segfault in-process); rdflib's parser refuses it first.
    Run as a separate process, so a crash fails this test instead of killing the test run."""
    rq = tmp_path / "deep.rq"
    rq.write_text("SELECT * WHERE { " + "{" * 100_000 + " ?s ?p ?o " + "}" * 100_000 + " }", "utf-8")
    done = subprocess.run([*kg_command(), "query", str(rq), "--graph", str(files["good"] if graph == "file"
                                                                            else oxstore_folder)],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 1, (done.returncode, done.stderr[-500:])
    assert done.stderr.splitlines() == [done.stderr.strip()] and done.stderr.startswith("Error: invalid SPARQL: ")


# --- kg eval: the gold folder is checked before any model is loaded ---

@pytest.fixture
def gold(tmp_path) -> Path:
    (tmp_path / "a.txt").write_text("Japan and China met.\n", "utf-8")
    return tmp_path


@pytest.mark.parametrize("content, expected", [
    (None, "no *.gold.json files"),
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00", "not valid JSON"),
    (b"[]", "not a gold annotation"),
    (b'{"entities": [{"name": "Japan"}]}', "'entities' must be a list of objects with name, type"),
    (b'{"entities": [], "claims": [{"text": "x"}]}', "'claims' must be a list of objects with speaker, text"),
    (b'{"entities": [], "country_relations": {}}', "'country_relations' must be a list"),
])
def test_eval_bad_gold(gold, content, expected):
    if content is not None:
        (gold / "a.gold.json").write_bytes(content)
    assert_one_error(invoke("eval", "--gold", gold, "--model", NO_MODEL), expected)


def test_eval_gold_without_article_and_unreadable_gold(gold):
    (gold / "b.gold.json").write_text('{"entities": []}', "utf-8")
    assert_one_error(invoke("eval", "--gold", gold, "--model", NO_MODEL), "no article b.txt or .html beside it")
    (gold / "b.gold.json").unlink()
    (gold / "a.gold.json").mkdir()
    assert_one_error(invoke("eval", "--gold", gold, "--model", NO_MODEL), "a.gold.json: cannot read")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_eval_unreadable_gold_folder(gold):
    gold.chmod(0)
    try:
        assert_one_error(invoke("eval", "--gold", gold, "--model", NO_MODEL), "cannot read the folder")
    finally:
        gold.chmod(0o755)


def test_eval_good_gold_and_no_model(gold):
    (gold / "a.gold.json").write_text('{"entities": [{"name": "Japan", "type": "Country"}]}', "utf-8")
    r = invoke("eval", "--gold", gold, "--model", NO_MODEL)
    assert_one_error(r, f"no spaCy pipeline installed among {NO_MODEL}")


def test_build_out_under_a_file(files):
    assert_one_error(invoke("build", files["good"], "--out", files["file"] / "sub", "--model", NO_MODEL))
