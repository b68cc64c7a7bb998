"""kg.model's merge of slices and shared records, and kg.manifest's streamed files: the same
records and the same bytes as merging lists and ``json.dumps``, without holding them twice."""
from __future__ import annotations

import io
import json

import pytest

from kg import manifest
from kg.model import (Affiliation, Claim, Header, Entity, Evidence, Extraction, Mention, Paragraph, PartOf,
                      Relation, from_record, to_record)
from kg.records import Merge, Shared, merged, shifted

ODD = ['plain', 'say "no"', "back\\slash", "line\nbreak", "ünï ✓ 𝄞", "", "tab\there"]


def part(i: int, names: tuple[str, ...]) -> Extraction:
    """The records of one slice: the same actors and sentences come back in every slice."""
    ev = Evidence(i, i + 9, ODD[i % len(ODD)])
    return Extraction(
        Header("long.txt", "ab" * 32, "Title", "2024-05-01", (Paragraph(0, 9, "body"),)),
        entities=(Entity("person/jane-doe", "Person", names[0], names[1:]),
                  Entity("country/NO", "Country", "Norway", (), "NO")),
        affiliations=(Affiliation("person/jane-doe", "org/nato", "chief" if i else None, ev),),
        parts=(PartOf("org/nato", "org/un", ev),),
        claims=(Claim("person/jane-doe", f"claim {i}", "direct", i, i + 5, ev, ("country/NO",)),),
        relations=(Relation("country/NO", "country/SE", "cooperation", "treaty", None, ev, "agree", 6.0),),
        mentions=(Mention(i, i + 4, "Jane", "Person", "person/jane-doe"),))


SLICES = [part(0, ("Jane Doe",)), part(1, ("Jane Q. Doe", "Doe")), part(2, ("Jane Doe", "J. Doe"))]


def test_a_merge_folded_slice_by_slice_is_the_merge_of_the_list():
    article = SLICES[0].article
    merge = Merge(article)
    for p in SLICES:
        merge.add(p)
    got = merge.result()
    assert got == merged(SLICES, article)
    [jane] = [e for e in got.entities if e.key == "person/jane-doe"]
    assert jane.name == "Jane Doe" and jane.aliases == ("Doe", "J. Doe")  # the first name, the others' aliases
    assert [a.role for a in got.affiliations] == [None]  # the first of each fact
    assert [c.text for c in got.claims] == ["claim 0", "claim 1", "claim 2"]  # every claim, in order


def test_shared_copies_are_equal_shifted_and_share_strings_and_evidence():
    ex = SLICES[1]
    moved = shifted(ex, 1000, ex.article)
    assert moved.claims[0].start == 1001 and moved.claims[0].evidence.start == 1001
    assert moved.mentions[0].end == 1005 and moved.entities == ex.entities
    assert shifted(moved, -1000, ex.article) == ex
    shared = Shared()
    a, b = (shared(x) for x in (ex.claims[0], ex.relations[0]))
    assert a == ex.claims[0] and b == ex.relations[0] and (b.event, b.weight) == ("agree", 6.0)
    assert a.evidence is b.evidence
    copies = [shared(Mention(0, 4, "".join(["Ja", "ne"]), "Person", "person/jane-doe")) for _ in range(3)]
    assert len({id(m.text) for m in copies}) == 1


def test_a_manifest_file_is_the_bytes_of_json_dumps_and_reads_back_chunk_by_chunk(monkeypatch):
    ex = merged(SLICES, SLICES[0].article)
    data = b"".join(manifest.encoded(ex, "r1"))
    assert data == json.dumps({"recipe": "r1", "extraction": to_record(ex)}, ensure_ascii=False).encode("utf-8")
    for chunk in (1 << 20, 1, 7, 64):
        monkeypatch.setattr(manifest, "CHUNK", chunk)
        assert b"".join(manifest.encoded(ex, "r1")) == data
        assert manifest.read(io.StringIO(data.decode("utf-8")), "r1") == ex
    assert from_record(json.loads(data)["extraction"]) == ex
    assert manifest.read(io.StringIO(data.decode("utf-8")), "r2") is None


@pytest.mark.parametrize("text", ["", "{", "[]", '{"recipe": "r1"} x', '{"recipe": "r1", "extraction": {"article": {}}}',
                                  '{"recipe": "r1", "extraction": {"article": {}, "entities": [1, 2', '{1: 2}'])
def test_a_broken_manifest_file_is_an_error_not_records(text):
    with pytest.raises((ValueError, KeyError, TypeError)):
        manifest.read(io.StringIO(text), "r1")


def test_a_broken_or_stale_manifest_file_is_read_as_missing(tmp_path):
    ex = merged(SLICES, SLICES[0].article)
    known = manifest.Manifest(tmp_path, "model")
    known.put(ex)
    assert known.get(ex.article.sha256, "long.txt") == ex
    assert known.get(ex.article.sha256, "moved.txt").article.path == "moved.txt"
    assert manifest.Manifest(tmp_path, "other model").get(ex.article.sha256, "long.txt") is None
    path = known.folder / f"{ex.article.sha256}.json"
    path.write_bytes(path.read_bytes()[:-40])
    assert known.get(ex.article.sha256, "long.txt") is None
