"""kg.subject_reader: a graph file as kg build writes it is streamed subject by subject and gives the
same subjects and values as reading it through rdflib's or Oxigraph's indexes."""
from __future__ import annotations

import pytest

from kg import rdf, store, turtle
from kg.errors import GraphError
from kg.actors import READ
from kg.subject_reader import Indexed, Stream, Unsorted, reader, streamable
from tests.test_analysis import world


@pytest.fixture(scope="module")
def ttl(tmp_path_factory):
    path = tmp_path_factory.mktemp("subjects") / "graph.ttl"
    turtle.write(sorted({" ".join(t) for t in rdf.triples([world()])}), path)
    return path


def test_stream_gives_every_subject_once_with_all_its_values(ttl):
    streamed = list(Stream(ttl).subjects())
    subjects = [s for s, _ in streamed]
    assert subjects == sorted(set(subjects), key=lambda s: f"<{s}>")
    indexed = dict(Indexed(rdf.graph([world()]), READ).subjects())
    assert indexed and dict(streamed) == indexed  # every subject kg writes has one of the types read


def test_rdflib_and_oxigraph_indexes_agree(ttl):
    from_rdflib = dict(Indexed(rdf.graph([world()]), READ).subjects())
    assert dict(Indexed(store.load_native(ttl), READ).subjects()) == from_rdflib


def test_a_file_out_of_order_is_refused_not_misread(ttl, tmp_path):
    lines = tmp_path / "reversed.nt"
    lines.write_text("".join(f"{t[0]} {t[1]} {t[2]} .\n" for t in sorted(rdf.triples([world()]), reverse=True)),
                     "utf-8")
    with pytest.raises(Unsorted):
        list(Stream(lines).subjects())


def test_broken_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .\n", "utf-8")
    with pytest.raises(GraphError, match=r"bad\.ttl: cannot parse graph"):
        list(Stream(bad).subjects())


def test_reader_streams_triple_files_and_loads_quads_and_stores(ttl, tmp_path):
    assert isinstance(reader(ttl, READ), Stream) and streamable(ttl)
    quads = tmp_path / "g.nq"
    quads.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> <http://example.org/g> .\n",
                     "utf-8")
    assert not streamable(quads) and isinstance(reader(quads, READ), Indexed)
    with pytest.raises(GraphError, match="no such graph file"):
        reader(tmp_path / "missing.ttl", READ)
