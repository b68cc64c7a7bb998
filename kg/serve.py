"""A read-only SPARQL 1.1 Protocol endpoint: Oxigraph's own server over a store made from graph files.

``endpoint()`` loads the graph files into an Oxigraph store (a temporary folder, or ``store`` to keep
it), starts ``oxigraph serve-read-only`` bound to ``host:port`` with a per-query timeout, waits until
it accepts connections, and stops it (and removes the temporary store) on exit. Queries are served at
``/query``; updates at ``/update`` are refused (HTTP 403) because the server is read-only.
"""
from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import GraphError, KGError


class ServeError(KGError):
    """The SPARQL server cannot be started."""


@dataclass(frozen=True)
class Endpoint:
    url: str  # the SPARQL query endpoint, e.g. http://127.0.0.1:7878/query
    pid: int
    location: Path  # the Oxigraph store folder
    process: subprocess.Popen

    def wait(self) -> None:
        """Block while the server runs; raise ``ServeError`` if it stops by itself."""
        code = self.process.wait()
        raise ServeError(f"the SPARQL server stopped (exit code {code})")


def binary() -> str:
    """The ``oxigraph`` executable installed beside this Python (the ``oxigraph`` package), or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the Oxigraph server is not installed (pip install oxigraph)")
    return found


def load(graph_files: Iterable[str | Path], location: str | Path) -> None:
    """Load graph files (format from the suffix) into the Oxigraph store at ``location``."""
    files = [Path(f) for f in graph_files]
    for f in files:
        if not f.is_file():
            raise GraphError(f"{f}: no such graph file")
    args = [binary(), "load", "--location", str(location)]
    for f in files:
        done = subprocess.run([*args, "--file", str(f)], capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if done.returncode:
            reason = _reason(done.stderr).removeprefix(f"Error while loading file {f}: ")
            raise GraphError(f"{f}: cannot load into the SPARQL store ({reason})")


@contextlib.contextmanager
def endpoint(graph_files: Iterable[str | Path] = (), *, store: str | Path | None = None,
             host: str = "127.0.0.1", port: int = 7878, timeout: int = 30,
             startup: float = 20.0) -> Iterator[Endpoint]:
    """Serve ``graph_files`` (or an existing ``store`` folder) read-only at ``http://host:port/query``."""
    files = tuple(graph_files)
    if not files and store is None:
        raise ServeError("nothing to serve: give graph files or a store folder")
    work = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    process = None
    try:
        location = Path(store) if store is not None else work / "store"
        _prepare(files, location)
        _check_free(host, port)
        bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        with open(work / "oxigraph.log", "wb") as log:
            process = subprocess.Popen(
                [binary(), "serve-read-only", "--location", str(location), "--bind", bind,
                 "--timeout-s", str(timeout), "--union-default-graph"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                preexec_fn=_die_with_parent)  # own session: Ctrl-C reaches kg, which stops it
        _wait_ready(process, host, port, work / "oxigraph.log", startup)
        yield Endpoint(f"http://{bind}/query", process.pid, location, process)
    finally:
        if process is not None:
            stop(process)
        shutil.rmtree(work, ignore_errors=True)


def stop(process: subprocess.Popen, grace: float = 5.0) -> None:
    """Ask the server to stop (SIGTERM), then kill it if it has not stopped within ``grace`` seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _prepare(files: tuple, location: Path) -> None:
    has_data = location.is_dir() and any(location.iterdir())
    if files:
        if has_data:
            raise ServeError(f"{location}: the store folder already holds data; serve it without graph files "
                             "or choose an empty folder")
        try:
            location.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ServeError(f"{location}: cannot create the store folder ({e.strerror or e})") from None
        load(files, location)
    elif not has_data:
        raise ServeError(f"{location}: no Oxigraph store there; load graph files into it first")


def _check_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is no obstacle
        try:
            s.bind((host, port))
        except OSError as e:
            raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None


def _wait_ready(process: subprocess.Popen, host: str, port: int, log: Path, startup: float) -> None:
    deadline = time.monotonic() + startup
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(f"the SPARQL server did not start: {_reason(log.read_text('utf-8', 'replace'))}")
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            return
        time.sleep(0.05)
    stop(process)
    raise ServeError(f"the SPARQL server did not accept connections on {host}:{port} within {startup:.0f} s")


def _die_with_parent() -> None:
    """In the child: on Linux, get SIGTERM when the parent dies, so a killed ``kg serve`` leaves no server."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _reason(text: str) -> str:
    """Oxigraph's own message from its output: the first line that starts with "Error" (a
    backtrace may follow it when RUST_BACKTRACE is set), else the last line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line.removeprefix("Error: ") for line in lines if line.startswith("Error")]
    if errors:
        return errors[0][:300]
    return lines[-1][:300] if lines else "no message"
