"""The one-way data flow holds: extractors never see rdflib, only the CLI talks to the user."""
import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parent.parent / "kg"


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def calls(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


MODULES = sorted(KG.rglob("*.py"))


@pytest.mark.parametrize("path", [p for p in MODULES if "extract" in p.parts], ids=lambda p: p.name)
def test_extractors_do_not_touch_rdf(path):
    assert not any(m.split(".")[0] in ("rdflib", "pyshacl", "networkx") for m in imports(path))


def kg_imports(path: Path) -> set[str]:
    """The kg modules a module imports anywhere (function-level imports too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
            out |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("kg")}
    return {m for m in out if m in NAMES}


NAMES = {".".join(p.relative_to(KG.parent).with_suffix("").parts).removesuffix(".__init__") for p in MODULES}


def test_no_import_cycles():
    """kg/__init__.py is left out: its ``build`` and ``load`` import ``kg.api`` only when called,
    and importing ``kg`` loads nothing else (tests/test_api.py)."""
    graph = nx.DiGraph((".".join(p.relative_to(KG.parent).with_suffix("").parts).removesuffix(".__init__"), m)
                       for p in MODULES if p != KG / "__init__.py" for m in kg_imports(p))
    graph.remove_edges_from(nx.selfloop_edges(graph))
    assert list(nx.simple_cycles(graph)) == []


def test_extractors_do_not_pull_in_rdf_even_indirectly():
    """Importing every extractor (and what they import) in a fresh interpreter loads no RDF or graph library."""
    names = [f"kg.extract.{p.stem}" for p in MODULES if "extract" in p.parts and p.stem != "__init__"]
    code = (f"import sys, importlib; [importlib.import_module(m) for m in {names!r}]; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'rdflib', 'pyshacl', 'networkx', 'pyoxigraph'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("path", [p for p in MODULES if p.name != "cli.py"], ids=lambda p: p.name)
def test_only_the_cli_talks_to_the_user(path):
    assert "click" not in {m.split(".")[0] for m in imports(path)}
    assert not calls(path) & {"print", "exit", "input"}
