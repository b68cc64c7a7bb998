"""Doc -> the people a transcript's speaker labels name ('JANE DOE, DEPUTY PRESS SECRETARY:',
'MS. DOE:'). Used by ``kg.extract.entities``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon, reference
from kg.extract.doc import Raw, inside
from kg.extract.people import name_token, title_token


def labelled_names(doc: Doc, gaz: list[Span]) -> list[Raw]:
    """The person a transcript's speaker label names: a line that starts with a name, its
    honorific or titles before it or after a comma, and a colon ('JANE DOE, DEPUTY NORWEGIAN
    PRESS SECRETARY:', 'SECRETARY OF DEFENSE JANE Q. DOE III:', 'MS. DOE:'). The mention is the
    name's span in the label, so a turn can be given to its speaker; it replaces what NER made
    of the name."""
    out = []
    for tok in doc:
        if tok.i > 0 and "\n" not in doc[tok.i - 1].text:
            continue
        end = next((k for k in range(tok.i, min(len(doc), tok.i + 16)) if _colon(doc[k]) or "\n" in doc[k].text), None)
        if end is None or not _colon(doc[end]):
            continue
        cut = next((k for k in range(tok.i, end) if doc[k].text == ","), end)
        start = tok.i
        while start < cut and (_label_title(doc[start]) or inside(gaz, start, start + 1)):
            start += 1  # 'NORWEGIAN DEFENSE MINISTER JANE DOE:', 'NATO SPOKESPERSON JANE DOE:'
        titled = any(t.lower_ not in ("of", "the", ".") for t in doc[tok.i:start])
        if start < cut and _label_name(doc[start:cut], titled=titled) and not inside(gaz, start, cut):
            out.append(Raw(start, cut, "Person"))
    return out


def _colon(tok) -> bool:
    """A label's colon, alone or glued to the bracket before it ('(VIA TRANSLATOR):')."""
    return tok.text in (":", "):")


def _label_title(tok) -> bool:
    """A title, rank or honorific in a label, in capitals or not ('SECRETARY', 'MS', 'of')."""
    word = tok.text.capitalize()
    return title_token(tok) or lexicon.is_title_word(word) or tok.lower_ in ("of", "the", ".") \
        or bool(lexicon.honorific().match(word.rstrip(".") + ". "))


def _label_name(words: Span, *, titled: bool) -> bool:
    """Name words of a label: capitalised words, initials and suffixes that start with a given
    name ('JANE DOE'), or hold a word that is no English word, after a title when it is the only
    word ('AMBASSADOR HALVORSEN'); not 'Also Read'."""
    if words[0].pos_ in ("ADP", "DET", "CCONJ") and words[0].lower_ not in lexicon.data("names")["name_particles"]:
        return False  # 'Chief On Harbour:' in a headline: a preposition, no name
    return len(words) <= 5 and all(name_token(t) and _voiced(t.text) for t in words) and (
        reference.is_given_name(words[0].text)
        or any(t.is_alpha and not reference.is_word(t.text, inflected=True) for t in words) and (titled or len(words) >= 2))


def _voiced(word: str) -> bool:
    """A name word with a vowel, or an initial ('J.'): not a code such as 'CB'."""
    return word.endswith(".") or any(c in "aeiouy" for c in word.lower())
