"""End to end on the real spaCy pipeline: the seed builds, conforms, and rebuilds identically."""
import os
import subprocess
import sys

import pyoxigraph
from rdflib import RDF, RDFS, Graph

from kg import inputs, pipeline, validate
from kg.model import Source
from kg.vocab import SA, ID

from conftest import SEED


def test_seed_graph_conforms_to_the_shapes(seed_build):
    out, result = seed_build
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) == result.triples > 100
    assert validate.validate(g).conforms


def test_seed_graph_parses_with_an_independent_parser(seed_build):
    out, result = seed_build
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == result.triples


def test_seed_graph_has_the_core_facts(seed_build):
    out, _ = seed_build
    g = Graph().parse(out / "graph.ttl", format="turtle")
    people = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, SA.Person)}
    assert "Masayuki Masuda" in people
    assert (ID["country/JP"], SA.cooperatesWith, ID["country/US"]) in g
    assert (ID["country/US"], SA.cooperatesWith, ID["country/JP"]) in g
    speakers = {o for c in g.subjects(RDF.type, SA.Claim) for o in g.objects(c, SA.claimant)}
    assert ID["person/masayuki-masuda"] in speakers
    labels = " ".join(str(o) for o in g.objects(None, RDFS.label))
    assert "Jaipur" not in labels and "Norway" not in labels


def test_every_evidence_sentence_stands_at_its_offsets(seed_build):
    out, _ = seed_build
    g = Graph().parse(out / "graph.ttl", format="turtle")
    text = SEED.read_text("utf-8")
    evidence = list(g.subjects(RDF.type, SA.Evidence))
    assert evidence
    for ev in evidence:
        start, end = int(g.value(ev, SA.start)), int(g.value(ev, SA.end))
        assert text[start:end] == str(g.value(ev, SA.sentence))


def test_rebuild_is_byte_identical_across_hash_seeds(seed_build, tmp_path):
    out, _ = seed_build
    env = dict(os.environ, PYTHONHASHSEED="12345")
    code = f"from kg import pipeline; pipeline.build([{str(SEED)!r}], {str(tmp_path)!r})"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_bad_files_are_reported_and_the_rest_is_built(tmp_path, seed_copy):
    (seed_copy / "empty.txt").write_bytes(b"")
    (seed_copy / "binary.txt").write_bytes(b"\x00\x01\x02PK")
    (seed_copy / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    result = pipeline.build([seed_copy], tmp_path / "out")
    assert len(list(pipeline.extractions(tmp_path / "out"))) == 1
    reasons = sorted(e.split(": ", 1)[1] for e in result.errors)
    assert reasons == ["binary file (contains NUL bytes)", "empty file", "not UTF-8 text (invalid byte at offset 3)"]
    assert all(e.startswith(str(seed_copy)) for e in result.errors)
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


def test_articles_are_hashed_first_and_parsed_once_when_handed_out(tmp_path):
    words = "The ministers of both countries met on Monday and talked about the harbour for hours. " * 3
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name} {words}\n", "utf-8")
    good, entries = pipeline.hashed(inputs.find([tmp_path], tmp_path / "out")[0])
    assert entries == [] and all(type(a) is Source and len(a.sha256) == 64 for a in good)  # hashed, not read
    (tmp_path / "b.txt").unlink()  # gone between hashing and parsing
    reader = pipeline._Reader(good, tmp_path)
    handed = list(reader)
    assert [a.path for a in handed] == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")] and reader.todo == []
    assert all(a.text.startswith(os.path.basename(a.path)) and a.paragraphs for a in handed)
    assert [(e.path, e.status) for e in reader.unread] == [(str(tmp_path / "b.txt"), "failed")]
    assert reader.words == sum(len(a.text.split()) for a in handed)


def test_each_article_is_parsed_once(tmp_path, seed_copy, monkeypatch):
    from kg import article

    parsed = []
    real = article.parse
    monkeypatch.setattr(article, "parse", lambda data, path: parsed.append(path) or real(data, path))
    (seed_copy / "french.txt").write_text("Le port du nord a annoncé que le traversier reprendrait son service "
                                          "la semaine prochaine et que les équipages se préparent. " * 4, "utf-8")
    pipeline.build([seed_copy], tmp_path / "out")
    assert sorted(parsed) == sorted(str(p) for p in seed_copy.iterdir())
