"""kg.turtle: the external sort and the streaming Turtle writer, checked by independent parsers."""
from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import rdf, turtle
from kg.model import Article, Claim, Entity, Evidence, Extraction, Relation

ODD = ['plain', 'say "no"', "back\\slash", "line\nbreak\r", "tab\there", "bell\x07del\x7f", "ünï ✓ 𝄞", ""]


def world(n: int = 12) -> list[Extraction]:
    rng = random.Random(n)
    out = []
    for i in range(n):
        text = ODD[i % len(ODD)] + f" {i}"
        ev = Evidence(i, i + len(text), text)
        a, b = rng.sample(["country/SE", "country/NO", "country/FI", "country/DK"], 2)
        out.append(Extraction(
            Article(f"news/{i}.txt", "", f"{i:064x}", title=ODD[(i + 1) % len(ODD)] or None, date="2024-05-01"),
            entities=(Entity("person/jane-doe", "Person", "Jane Doe" if i % 2 else "Jane Q. Doe", (ODD[i % 3],)),
                      Entity(a, "Country", a[-2:], (), a[-2:]), Entity(b, "Country", b[-2:], (), b[-2:])),
            claims=(Claim("person/jane-doe", text, "direct", i, i + 5, ev, tuple(sorted((a, b)))),),
            relations=(Relation(*sorted((a, b)), "cooperation", "treaty", "agreementWith", ev),)))
    return out


def write(tmp_path, extractions, chunk=turtle.CHUNK, name="g.ttl"):
    sorter = turtle.Sorter(tmp_path / f"runs-{name}", chunk=chunk)
    for ex in extractions:
        sorter.add(rdf.article_triples(ex))
    actors = rdf.Actors()
    for ex in extractions:
        actors.add(ex.entities)
    sorter.add(actors.triples())
    path = tmp_path / name
    return path, turtle.write(sorter.sorted(), path)


def test_the_file_is_the_merged_graph_for_rdflib_and_oxigraph(tmp_path):
    path, count = write(tmp_path, world())
    expected = rdf.graph(world())
    parsed = Graph().parse(path, format="turtle")
    assert count == len(parsed) == len(expected) > 100
    assert isomorphic(parsed, expected)
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(store) == count


def test_spilling_to_disk_changes_nothing(tmp_path):
    whole, n1 = write(tmp_path, world(), name="whole.ttl")
    spilled, n2 = write(tmp_path, world(), chunk=7, name="spilled.ttl")
    assert len(list((tmp_path / "runs-spilled.ttl").glob("run-*.nt"))) > 3
    assert n1 == n2 and whole.read_bytes() == spilled.read_bytes()


def test_the_bytes_depend_only_on_the_set_of_triples(tmp_path):
    one, _ = write(tmp_path, world(), name="one.ttl")
    shuffled = world()
    random.Random(1).shuffle(shuffled)
    two, _ = write(tmp_path, shuffled + shuffled[:3], chunk=11, name="two.ttl")
    assert one.read_bytes() == two.read_bytes()


def test_layout_types_first_prefixed_vocabulary_and_bare_integers(tmp_path):
    path, _ = write(tmp_path, world(2))
    text = path.read_text("utf-8")
    assert "@prefix sa: <https://w3id.org/alliance-kg/ontology#> ." in text
    block = next(b for b in text.split("\n\n") if b.startswith("<https://w3id.org/alliance-kg/id/evidence/"))
    lines = block.splitlines()
    assert lines[0].endswith(" a sa:Evidence ;")
    assert any(line.strip().startswith("sa:start ") and line.rstrip(" ;.").split()[-1].isdigit() for line in lines)
    assert '"2024-05-01"^^xsd:date' in text


@pytest.mark.parametrize("value", ODD)
def test_literals_survive_both_parsers(tmp_path, value):
    s, p = rdf.node("org/x"), rdf.uri("https://w3id.org/alliance-kg/ontology#text")
    path = tmp_path / "one.ttl"
    turtle.write([f"{s} {p} {rdf.literal(value)}"], path)
    [(_, _, o)] = Graph().parse(path, format="turtle")
    assert str(o) == value
    [quad] = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    assert quad.object.value == value


def test_an_iri_with_forbidden_characters_is_refused():
    with pytest.raises(ValueError):
        rdf.node("person/jane doe")


def test_an_interrupted_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text("old", "utf-8")

    def lines():
        yield f"{rdf.node('org/x')} {rdf.uri('https://schema.org/name')} \"x\""
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        turtle.write(lines(), path)
    assert path.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]
