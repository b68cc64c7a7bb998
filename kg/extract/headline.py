"""A headline read as the article's first statement: 'Norway imposes sanctions on Sweden'.

The title line is parsed on its own (``kg.parsing.with_title``) and holds no mentions of its own
(the title is read for the person it introduces only), so the countries it names are found here
by their names or demonyms, in runs of up to three words.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.model import Article

LONGEST = 3  # the most words of a country's name or demonym


def title_sentences(doc: Doc, article: Article) -> Iterator[Span]:
    """The sentences that start in the title line."""
    title = [(p.start, p.end) for p in article.paragraphs if p.kind == "title"]
    for sent in doc.sents:
        if any(s <= sent.start_char < e for s, e in title):
            yield sent


def title_countries(doc: Doc, article: Article) -> dict[int, str]:
    """Token index -> country key for the names and demonyms of countries in the title line."""
    gaz, out = gazetteer.load(), {}
    for sent in title_sentences(doc, article):
        words = [t for t in sent if not t.is_punct and not t.is_space]
        i = 0
        while i < len(words):
            for n in range(LONGEST, 0, -1):
                run = words[i:i + n]
                known = len(run) == n and gaz.lookup(" ".join(t.text for t in run), demonyms=True)
                if known and known.type == "Country" and run[-1].i - run[0].i == n - 1:
                    out.update({t.i: known.key for t in run})
                    i += n
                    break
            else:
                i += 1
    return out
