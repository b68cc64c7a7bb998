"""Actors named in an article's title line.

A title is read for one thing: the person it introduces by role, with the role's own words
before the name ("U.S. Special Envoy Jane Doe Remarks at ...": the speaker of remarks published
under a name, and the country of the role). Its other capitalised words are not read: title case
makes NER see names everywhere, and the text below names again the actors that matter.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon, reference
from kg.extract.entities import Raw
from kg.model import Article

TITLE_REACH = 8  # the most words a title runs before the name it introduces
HEADINGS = 6  # the most lines between a speech's title and its body read for its speaker
OWN_VOICE = re.compile(r"I(['’](m|d|ve|ll))?\s")  # a sentence opened by its speaker in the first person


def with_headings(article: Article) -> Article:
    """The article with the headings between a speech's title and its body read as title lines
    ('Remarks at the Harbour Forum' / 'Ambassador Jane Doe' / 'March 3'): where remarks name
    their speaker. Only when a title or one of those headings names a speech genre, or the body
    opens in its speaker's own voice (``own_voice``)."""
    paras = list(article.paragraphs)
    first = next((i for i, p in enumerate(paras) if p.kind == "title"), None)
    if first is None:
        return article
    lead = []
    for i in range(first + 1, min(len(paras), first + 1 + HEADINGS)):
        if paras[i].kind == "body":
            break
        if paras[i].kind == "heading":
            lead.append(i)
    genres = lexicon.data("speech")["genres"]
    words = {w.lower() for i in (first, *lead) for w in article.text[paras[i].start:paras[i].end].split()}
    if not lead or not words & set(genres) and not own_voice(article):
        return article
    kinds = {i: "title" for i in lead}
    return replace(article, paragraphs=tuple(replace(p, kind=kinds.get(i, p.kind)) for i, p in enumerate(paras)))


def own_voice(article: Article) -> bool:
    """A text whose body opens in its speaker's own voice, the first person singular ('I begin by
    ...', 'I'm pleased ...'), or as a speech opens ('Thank you, Chair', ``speech.json``'s
    'speech_openers'): a speech, whatever its title."""
    body = next((p for p in article.paragraphs if p.kind == "body"), None)
    if body is None:
        return False
    opening = article.text[body.start:body.end].lower().replace("’", "'")
    return bool(OWN_VOICE.match(article.text, body.start)) or \
        any(re.match(rf"{re.escape(w)}\b", opening) for w in lexicon.data("speech")["speech_openers"])


def kept(doc: Doc, raws: list[Raw], article: Article) -> list[Raw]:
    """The raw mentions without those of a title line (a speech's headings under its title
    included, ``with_headings``), but for a person a line introduces by role, or names alone,
    and the mentions before that person."""
    titles = [(p.start, p.end) for p in with_headings(article).paragraphs if p.kind == "title"]
    out = [r for r in raws if not any(s <= doc[r.start].idx < e for s, e in titles)]
    people = [_words(doc, r) for r in out if r.type == "Person"]
    genres = set(lexicon.data("speech")["genres"])
    speeches = any({w.lower() for w in doc.text[a:b].split()} & genres for a, b in titles)
    for s, e in titles:
        inside = [r for r in raws if s <= doc[r.start].idx < e]
        speech = bool({w.lower() for w in doc.text[s:e].split()} & genres)
        person, title = next(((r, t) for bare in (False, speech) for r in inside
                              if (t := _title_at(doc, r, surname=bare)) is not None), (None, None))
        if person is None and len(inside) == 1 and (_alone(doc, inside[0], s, e) or _titled_after(doc, inside[0], s)):
            person, title = inside[0], inside[0].start
        if person is None and speeches:  # a speech's line 'As delivered by Minister Doe' too
            person = title = _by_form(doc, s, e)
            title = person and person.start
        if person is not None:  # the mentions before the title, not those inside it ('Secretary of State for X')
            out += [r for r in inside if r.end <= title] + [_as_below(doc, person, people)]
    return sorted(out, key=lambda r: (r.start, r.end))


def _by_form(doc: Doc, start: int, end: int) -> Raw | None:
    """The person a speech's title names where NER found none (title case hides names): the
    capitalised words after 'Remarks by' or 'As delivered by' and its titles ('Remarks by Secretary
    Del Doe', 'As delivered by Minister Doe'), or before
    the genre word and its qualifiers ('Secretary Jane Doe As Delivered Remarks at ...'). Never in
    a joint text's title."""
    toks = [t for t in doc if start <= t.idx < end]
    speech = lexicon.data("speech")
    at = next((i for i, t in enumerate(toks) if t.lower_ in speech["own_words"] + speech["delivery_words"]), None)
    if at is None or lexicon.names_joint_text(doc.text[start:end]):
        return None
    by = at + 1 < len(toks) and toks[at + 1].lower_ in ("by", "from")
    i, j, led = _after_by(toks, at + 2) if by else _before_genre(toks, at)
    return Raw(toks[i].i, toks[j - 1].i + 1, "Person") if 0 < j - i <= 4 and led else None


def _after_by(toks: list, first: int) -> tuple[int, int, bool]:
    """The name after 'by' and its titles: two name words, or one after a title."""
    i = first
    while i < len(toks) and (_title(toks[i]) or toks[i].lower_ in ("of", "for", "the")):
        i += 1
    j = i
    while j < len(toks) and _name_word(toks[j]):
        j += 1
    return i, j, i > first and _title(toks[i - 1]) or j - i >= 2


def _before_genre(toks: list, at: int) -> tuple[int, int, bool]:
    """The name before the genre word: after a person's title or an acronym ('SECDEF'), or
    beginning with a known given name."""
    j = at
    while j > 0 and toks[j - 1].lower_ in lexicon.data("speech")["genre_qualifiers"]:
        j -= 1
    i = j
    while i > 0 and _name_word(toks[i - 1]) and not toks[i - 1].is_upper:
        i -= 1
    before = toks[i - 1] if i > 0 else None
    led = before is not None and (reference.is_title(before.text) or before.is_upper and len(before) > 2)
    return i, j, led or i < j and reference.is_given_name(toks[i].text)


def _title(tok) -> bool:
    return lexicon.is_title_word(tok.text) or reference.is_title(tok.text)


def _name_word(tok) -> bool:
    """A capitalised word that may be part of a name in a title-case line (not a title word, not a
    place's or country's name), or a name particle ('Del', 'van')."""
    return tok.is_alpha and (tok.text[:1].isupper() and not _title(tok) and tok.ent_type_ not in ("GPE", "NORP")
                             or tok.lower_ in lexicon.data("names")["name_particles"])


def _alone(doc: Doc, raw: Raw, start: int, end: int) -> bool:
    """A person's full name that is all of its line's words ('Jane Doe' on a line of its own)."""
    words = [t for t in doc if start <= t.idx < end and t.is_alpha]
    return raw.type == "Person" and raw.end - raw.start >= 2 and all(raw.start <= t.i < raw.end for t in words)


def _titled_after(doc: Doc, raw: Raw, start: int) -> bool:
    """A person's full name that opens its line, its title after a comma ('Jane Doe, Minister
    for Harbours' on a line of its own under a speech's title)."""
    after = doc[raw.end:raw.end + 2]
    return raw.type == "Person" and raw.end - raw.start >= 2 and doc[raw.start].idx == start \
        and len(after) == 2 and after[0].text == "," and _title(after[1])


def _words(doc: Doc, raw: Raw) -> list[str]:
    return [t.text for t in doc[raw.start:raw.end]]


def _as_below(doc: Doc, person: Raw, people: list[list[str]]) -> Raw:
    """The title's person cut to the longest name of the text below that begins it: in title
    case the next word often runs into the name ('Jane Doe Tells Harbour Forum')."""
    words = _words(doc, person)
    cut = max((len(p) for p in people if len(p) < len(words) and words[:len(p)] == p), default=len(words))
    return replace(person, end=person.start + cut)


def _title_at(doc: Doc, raw: Raw, *, surname: bool = False) -> int | None:
    """Where the title starts that introduces a person's full name ('Ambassador Jane Doe', 'Under
    Secretary of State for Management Jane Doe': a title word, then only its capitalised words
    and 'of'/'for'); with ``surname`` (a speech's title: 'Remarks by Ambassador Doe') also a
    surname right after a title word; None when no title does."""
    if raw.type != "Person" or raw.start == 0:
        return None
    if raw.end - raw.start < 2:
        before = doc[raw.start - 1]
        titled = lexicon.is_title_word(before.text) or reference.is_title(before.text)
        return before.i if surname and titled and before.text[:1].isupper() else None
    for tok in reversed(doc[max(0, raw.start - TITLE_REACH):raw.start]):
        if lexicon.is_title_word(tok.text) or reference.is_title(tok.text):
            return tok.i
        if not (tok.lower_ in ("of", "for") or tok.text[:1].isupper() and tok.is_alpha):
            return None
    return None
