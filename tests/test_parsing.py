"""kg.parsing: long articles are parsed slice by slice, a batch never parses more than a slice
or ``max_chars`` at once, and the records are those of parsing each slice and merging them."""
from __future__ import annotations

import random

import pytest
import spacy

from kg import article, nlp as nlp_, parsing, rdf, turtle
from kg.model import Claim, Header, Evidence, Extraction
from kg.records import merged, shifted
from kg.extract import extract

PARA = ("The harbour authority said on Monday that the ferry would resume next week, and that "
        "crews from Norway and Sweden expect a long season. ")


def text(paragraphs: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    return "Harbour Watch\n\n" + "\n\n".join(f"Report {i}: " + PARA * rng.randint(1, 6) for i in range(paragraphs))


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    """kg's pipeline around a tokenizer and sentencizer: real, and fast enough for long texts."""
    path = tmp_path_factory.mktemp("blank-model")
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.to_disk(path)
    return nlp_.load(str(path))


class Recorder:
    """A pipeline that notes how many characters each ``pipe`` call was given, and the length
    of each text parsed on its own (a title line)."""

    def __init__(self, nlp):
        self.nlp, self.calls, self.titles = nlp, [], []

    def __call__(self, text):
        self.titles.append(len(text))
        return self.nlp(text)

    def pipe(self, texts):
        texts = list(texts)
        self.calls.append(sum(map(len, texts)))
        return self.nlp.pipe(texts)


def test_an_article_up_to_max_chars_is_one_slice():
    art = article.parse(text(300).encode(), "a.txt")
    assert parsing.SLICE < len(art.text) <= parsing.MAX_CHARS
    assert parsing.slices(art) == [(0, len(art.text))]


def test_a_longer_article_is_cut_between_paragraphs_into_slices():
    art = article.parse(text(2000).encode(), "long.txt")
    assert len(art.text) > parsing.MAX_CHARS
    cuts = parsing.slices(art)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(art.text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    assert all(e - s <= parsing.SLICE for s, e in cuts)
    assert all(art.text[s - 1] == "\n" for s, _ in cuts[1:])


def test_slices_go_alone_and_whole_articles_together_up_to_max_chars():
    jobs = [(0, 0, 40), (1, 0, 50), (1, 50, 90), (2, 0, 30), (3, 0, 60), (4, 0, 70), (5, 0, 100)]
    groups = list(parsing.groups(jobs, {0, 2, 3, 4, 5}, max_chars=100))
    assert groups == [[(0, 0, 40)], [(1, 0, 50)], [(1, 50, 90)], [(2, 0, 30), (3, 0, 60)], [(4, 0, 70)],
                      [(5, 0, 100)]]
    assert list(parsing.groups(jobs[:1] + jobs[3:5], {0, 2, 3}, max_chars=200)) == [[(0, 0, 40), (2, 0, 30),
                                                                                    (3, 0, 60)]]


def old_extract_all(nlp, batch, max_chars):
    """What extract_all gave before it folded slices in as they come: every slice parsed, then
    the slices' records merged."""
    out = []
    for a in batch:
        cuts = parsing.slices(a, max_chars)
        found = [shifted(extract(nlp(article.readable(p)), p), s, a.header)
                 for s, e in cuts for p in [parsing._part(a, s, e)]]
        out.append(found[0] if len(found) == 1 else merged(found, a.header))
    return out


def test_a_batch_parses_at_most_a_slice_or_max_chars_at_once_and_gives_the_merged_records(nlp):
    texts = [text(3, seed=1), text(120, seed=2), text(4, seed=3), text(5, seed=4), text(2, seed=5)]
    batch = [article.parse(t.encode(), f"a{i}.txt") for i, t in enumerate(texts)]
    max_chars = 3000
    assert len(batch[1].text) > 5 * max_chars and all(len(a.text) < max_chars for a in batch[2:])
    recorder = Recorder(nlp)
    got = [ex for ex, _ in parsing.extract_all(recorder, batch, max_chars)]
    assert max(recorder.calls) <= max_chars
    assert sum(recorder.calls) == sum(len(a.text) for a in batch)
    assert recorder.titles == [len("Harbour Watch\n\n")] * len(batch)  # once each, long or not
    assert len(recorder.calls) >= len(parsing.slices(batch[1], max_chars)) + 2
    want = old_extract_all(nlp, batch, max_chars)
    assert [ex.article for ex in got] == [a.header for a in batch]
    assert got == want
    assert {e.key for e in got[1].entities} == {"country/NO", "country/SE"}
    assert all(batch[1].text[m.start:m.end] == m.text for m in got[1].mentions)
    assert max(m.start for m in got[1].mentions) > len(batch[1].text) - 1000


def test_one_articles_triples_are_spilled_as_they_come(tmp_path):
    claims = tuple(Claim("person/jane-doe", f"claim {i}", "direct", 10 * i, 10 * i + 5,
                         Evidence(10 * i, 10 * i + 9, f"sentence {i}"), ("country/NO",)) for i in range(100))
    ex = Extraction(Header("long.txt", "ab" * 32), claims=claims)
    triples = list(rdf.article_triples(ex))
    assert len(set(triples)) > 1000
    sorter = turtle.Sorter(tmp_path / "runs", chunk=100)
    sorter.add(iter(triples))
    assert len(sorter.runs) >= 10 and len(sorter.lines) < 100
    assert list(sorter.sorted()) == sorted({f"{s} {p} {o}" for s, p, o in triples})


TITLED = ("Norwegian Ambassador Jane Doe Remarks at the Harbour Forum\n\n"
          "Maria Lindqvist met Thomas Berglund in Oslo on Tuesday and praised Japan.\n")


def test_the_title_is_parsed_on_its_own_and_the_body_parses_as_without_it():
    nlp = nlp_.load()  # the real English pipeline
    art = article.parse(TITLED.encode(), "t.txt")
    assert art.paragraphs[0].kind == "title"
    body = nlp(article.readable(art))
    doc = parsing.parsed(nlp, art)
    assert doc.text[:len("Norwegian Ambassador Jane Doe")] == "Norwegian Ambassador Jane Doe" and len(doc.text) == len(art.text)
    tail = [(t.idx, t.text, t.dep_, t.head.idx, t.ent_type_) for t in body if t.idx >= art.paragraphs[1].start]
    assert [(t.idx, t.text, t.dep_, t.head.idx, t.ent_type_) for t in doc if t.idx >= art.paragraphs[1].start] == tail
    gazetteer = lambda d: [(s.start_char, s.text, s.id_) for s in d.spans[nlp_.SPANS_KEY]]
    assert gazetteer(doc) == [(0, "Norwegian", "country/NO"), *gazetteer(body)]
    people = {e.name for e in extract(doc, art).entities if e.type == "Person"}
    assert people == {"Jane Doe", "Maria Lindqvist", "Thomas Berglund"}
