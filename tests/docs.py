"""Hand-made spaCy Docs for the extractor tests: no statistical model is ever loaded.

A Doc is written as a table, one token a line: its index (checked), the word, the index of its
head (absolute, the root points at itself), the dependency label, the part of speech with an
optional fine tag after a slash, and the lemma when it is not the lowercased word::

    0  Jane    1  compound  PROPN
    1  Doe     2  nsubj     PROPN
    2  said    2  ROOT      VERB       say
    3  Norway  2  dobj      PROPN

Sentences follow from the heads (each root's subtree is a sentence). ``\\n`` stands for a line
break token, which ends a paragraph of the article (``article``). Spaces are put between words
as English prints them: none before ``, . ’s ”`` and the like, none after ``“ (``, none around
``-``. Entities are ``(text, label)`` (its first occurrence) or ``(start, end, label)``. The
gazetteer spans come from alliance-kg's own span rulers (``kg.nlp.customise`` on a blank
English pipeline), so countries and known organisations are found as in a real build.
"""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import nlp as nlp_
from kg.extract import entities, resolve
from kg.extract.doc import Found
from kg.model import Article, Paragraph

NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "”", "’", "'", "'s", "’s", "n't", "-", "\n"}
NO_SPACE_AFTER = {"“", "(", "-", "\n"}
TAGS = {"PROPN": "NNP", "NOUN": "NN", "VERB": "VBD", "AUX": "VBZ", "ADJ": "JJ", "ADP": "IN", "DET": "DT",
        "PRON": "PRP", "CCONJ": "CC", "SCONJ": "IN", "PART": "RB", "ADV": "RB", "NUM": "CD",
        "PUNCT": ".", "SPACE": "_SP", "X": "XX"}


# "Norway's Institute of Maritime Studies published a report.": a country's institute, parsed
COUNTRYS_INSTITUTE = """
        0  Norway     2  poss      PROPN
        1  's         0  case      PART
        2  Institute  6  nsubj     PROPN
        3  of         2  prep      ADP
        4  Maritime   5  compound  PROPN
        5  Studies    3  pobj      PROPN
        6  published  6  ROOT      VERB   publish
        7  a          8  det       DET
        8  report     6  dobj      NOUN
        9  .          6  punct     PUNCT
    """


@cache
def blank() -> Language:
    """A blank English pipeline with alliance-kg's components (gazetteer rulers), built once."""
    return nlp_.customise(spacy.blank("en"))


def doc(table: str, ents: tuple | list = (), *, gazetteer: bool = True,
        spans: tuple | list | None = None) -> Doc:
    """A parsed Doc from a token table (see the module docstring).

    ``spans``, when given, are the gazetteer spans ``(start, end, label, key)`` set by hand
    instead of running the rulers."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words, heads, deps, pos, tags, lemmas = [], [], [], [], [], []
    for n, row in enumerate(rows):
        index, word, head, dep, part, *lemma = row
        assert int(index) == n, f"row {n} is numbered {index}"
        word = "\n" if word == "\\n" else word
        p, _, tag = part.partition("/")
        words.append(word)
        heads.append(int(head))
        deps.append(dep)
        pos.append(p)
        tags.append(tag or TAGS[p])
        lemmas.append(lemma[0] if lemma else word.lower())
    spaces = [i + 1 < len(words) and words[i] not in NO_SPACE_AFTER and words[i + 1] not in NO_SPACE_BEFORE
              for i in range(len(words))]
    made = Doc(blank().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas)
    made.ents = [_span(made, e) for e in ents]
    if spans is not None:
        made.spans[nlp_.SPANS_KEY] = [Span(made, s, e, label=label, span_id=key) for s, e, label, key in spans]
    elif gazetteer:
        for name in ("kg_gazetteer_norm", "kg_gazetteer_orth"):
            made = blank().get_pipe(name)(made)
    return made


def _span(made: Doc, e: tuple) -> Span:
    if len(e) == 3:
        return Span(made, e[0], e[1], label=e[2])
    text, label = e
    n = len(text.split())
    for i in range(len(made) - n + 1):
        if [t.text for t in made[i:i + n]] == text.split():
            return Span(made, i, i + n, label=label)
    raise ValueError(f"{text!r} is not in the doc")


def article(made: Doc, kinds: tuple[str, ...] = ()) -> Article:
    """The article a Doc was parsed from: its text, one paragraph per line (kinds default to body)."""
    text, paragraphs, start = made.text, [], 0
    for n, line in enumerate(text.split("\n")):
        end = start + len(line)
        paragraphs.append(Paragraph(start, end, kinds[n] if n < len(kinds) else "body"))
        start = end + 1
    return Article(path="hand-made.txt", text=text, sha256="0" * 64, paragraphs=tuple(paragraphs))


def found(made: Doc, kinds: tuple[str, ...] = ()) -> Found:
    """What the extractors after resolution are handed: the article and its resolved mentions
    and part-of facts."""
    mentions, _, parts = resolved(made)
    return Found(article(made, kinds), tuple(mentions), tuple(parts))


def resolved(made: Doc):
    """Mentions, entities and part-of facts, as ``kg.extract.extract`` makes them before the
    affiliations, claims and relations."""
    return resolve.resolve(made, entities.raw_mentions(made))
