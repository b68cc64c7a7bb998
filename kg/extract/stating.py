"""Sentences that state something, as a speaker's own words (a transcript's turn, remarks, a
joint statement in the first person): one direct claim per sentence that has a verb, four words or
more, is in English, no question or fragment and opens with no courtesy ("Thank you", "Good afternoon", "With
that")."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.doc import evidence
from kg.model import Claim

MIN_WORDS = 4
STRIP = " \t\n,;:."


def stating(doc: Doc, start: int, end: int, speaker: str, cue: str) -> list[Claim]:
    """One direct claim per stating sentence of text[start:end]."""
    out = []
    for sent in _sentences(doc, start, end):
        s = max(sent.start_char, start)
        words = doc.text[s:sent.end_char].strip(STRIP + "\"“”")
        if not words or not _states(sent, words):
            continue
        lo = doc.text.index(words, s)
        out.append(Claim(speaker, words, "direct", lo, lo + len(words), evidence(doc, sent.start), cue=cue))
    return out


def _sentences(doc: Doc, start: int, end: int) -> list[Span]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [] if span is None else [s for s in doc.sents if s.start < span.end and s.end > span.start]


def _states(sent: Span, words: str) -> bool:
    """A sentence that states something: four words or more, a verb, no question, no fragment, and no
    courtesy after its opening discourse words and the name it addresses ('So with that, ...',
    'Jane, I'll begin with you')."""
    low = _opening(words).lower().replace("’", "'")
    return (len(words.split()) >= MIN_WORDS and not words.rstrip().endswith("?") and _english(words)
            and any(t.pos_ in ("VERB", "AUX") for t in sent) and not _fragment(sent.root)
            and not any(re.match(rf"{re.escape(c)}\b", low) for c in lexicon.data("speech")["courtesies"]))


def _english(words: str) -> bool:
    """A sentence in English, as the reader takes it: of its words, a share of ``language.json``'s
    function words (a bilingual speech's sentences in another language state nothing read here)."""
    lang = lexicon.data("language")
    found = re.findall(r"[^\W\d_]+", words.lower())
    return sum(w in lang["function_words"] for w in found) >= lang["min_ratio"] * len(found)


def _fragment(root) -> bool:
    """A sentence that only goes on the one before it: an infinitive ('And to rebuild its
    forces.') or a subordinate clause ('So that history does not repeat itself.')."""
    return root.tag_ == "TO" or any(c.dep_ == "mark" or c.dep_ == "aux" and c.tag_ == "TO" for c in root.children)


def _opening(words: str) -> str:
    """A sentence without its leading discourse words (``speech.json``'s 'discourse_openers') and
    the one to three capitalised words of an address before a comma."""
    openers = "|".join(re.escape(w) for w in lexicon.data("speech")["discourse_openers"])
    words = re.sub(rf"^(({openers})\b,?\s+)+", "", words, flags=re.I)
    return re.sub(r"^([A-Z][\w.'’-]*\s?){1,3},\s+", "", words)
