"""Capitalised words and phrases that name no actor, told from names (``founded``, ``common``):
English words, places, families, plurals, laws, titles of works, quotations' edits and hyphened
modifiers; and a person's name words (``name_parts``). Used by ``kg.extract.mentions``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg import lexicon, reference
from kg.extract.doc import SUBJECTS, Raw, quote_spans

ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "appos", "dative", "conj")


def name_parts(name: str) -> list[str]:
    """A person's name words, without suffixes and initials; a surname after a particle also
    alone ('al-Doe' and 'Doe')."""
    words = [t for t in name.split() if not lexicon.is_name_suffix(t) and not re.fullmatch(r"[A-Z]\.?", t)]
    return words + [w.split("-", 1)[1] for w in words if re.fullmatch(r"[a-z]{1,3}-[A-Z][\w'-]+", w)]


def founded(doc: Doc, raws: list[Raw], surf: list[str]) -> list[Raw]:
    """Drop one-word names that are only a capitalised English word or a place name ('Exit polls',
    'Nationally,', 'the LOT', 'attacks on Taiz', a state's postal code, an abbreviation before a
    name): not in the gazetteer, never part of a longer
    person's name, never the subject of a clause, never after a title ('President Ford'); an
    organisation's one-word name that is an English plural ('Kings and Rulers'); a
    surname in the plural ('the Does' is a family) or two joined by a hyphen ('the Doe-Roe
    plan'); people named by English words only
    (``_phrase``); names in quote marks of their own, titles of works (``_quoted``,
    ``_titled_work``); names in a hyphened modifier (``_hyphened``), a law's name
    (``_document``), a bracket; and regions ('Crimea', 'the Sahel'). An English plural stays
    dropped even as a subject ('Harbourmen vow ...')."""
    longer = {p for s, r in zip(surf, raws) if r.type == "Person" and len(s.split()) > 1 for p in name_parts(s)}
    words = {s for s, r in zip(surf, raws) if not r.key and " " not in s and s not in longer
             and (reference.is_word(s) or reference.is_place(s) and (not s.isupper() or len(s) == 2)
                  or _plural_word(s, r) or _abbreviation(doc, r))}
    backed = {s for s, r in zip(surf, raws) if s in words and _backed(doc, r) and not _plural_word(s, r)} \
        | _known_surnames(doc, raws, words)  # 'Harbourmen vow ...': people, whatever they do
    families = {p + "s" for p in longer} | {p + "es" for p in longer}  # 'the Does': a family, no actor
    people = longer | {s for s, r in zip(surf, raws) if r.type == "Person" and " " not in s}
    families |= {s for s in people if s.count("-") == 1 and all(p[:1].isupper() and p in people for p in s.split("-"))}
    titles = {s for s, r in zip(surf, raws) if r.type == "Person" and _quoted(doc, r) or not r.key and _titled_work(doc, r)}
    regions = set(lexicon.data("names")["regions"])
    return [r for s, r in zip(surf, raws) if s not in words - backed and s not in families
            and (r.key or s.lower() not in regions)
            and not (r.type == "Person" and (_phrase(s) or _initials_only(s) or _hyphened(s) or _document(s)))
            and s not in titles and not any(c in s for c in "[]{}")  # '[W]e': a quotation's edit, no name
            and not _model(doc, r) and not _group(doc, r, longer)]


def _group(doc: Doc, raw: Raw, longer: set[str]) -> bool:
    """A one-word 'person' in the plural that counts people ('many Muslim Harbourites', 'three
    Harbourites') or agrees with a plural verb ('Harbourites were stunned'): a group, no person
    (a surname has a full name elsewhere: 'Jane Peters ... Peters were' is kept)."""
    tok = doc[raw.start]
    if raw.type != "Person" or raw.end - raw.start != 1 or not tok.text.endswith("s") or tok.text in longer \
            or reference.is_given_name(tok.text):
        return False
    counted = any(c.dep_ in ("amod", "det", "nummod") and (c.lower_ in QUANTIFIERS or c.like_num) for c in tok.children)
    plural_verb = tok.dep_ in ("nsubj", "nsubjpass") and any(
        t.lower_ in ("were", "are", "have") for t in (tok.head, *tok.head.children) if t.dep_ in ("aux", "auxpass", "ROOT", "cop")
        or t.i == tok.head.i)
    return counted or plural_verb


QUANTIFIERS = ("many", "most", "some", "few", "several", "all", "other", "more", "fewer", "both")


def _model(doc: Doc, raw: Raw) -> bool:
    """A name that makes a kind of ship or weapon with the noun hyphened after it ('a Harbour-class
    frigate', 'the Fjord-variant ship'): no actor."""
    nouns, end = lexicon.data("names")["model_nouns"], raw.end
    if end - raw.start >= 3 and doc[end - 2].text == "-" and doc[end - 1].lower_ in nouns:
        return True  # the noun inside the name's span
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].lower_ in nouns


def _document(name: str) -> bool:
    """A 'person' whose name ends in a document's word and starts with no given name ('Free
    Harbour Act'): a law or a treaty."""
    words = name.split()
    given = reference.is_given_name(words[0]) and not (len(words) > 2 and reference.is_word(words[0]))  # 'Free ... Act'
    return len(words) >= 2 and words[-1].lower() in lexicon.data("names")["not_org_heads"] and not given


def _titled_work(doc: Doc, raw: Raw) -> bool:
    """A name inside a quoted title of a work in title case ('a talk titled "How to Win Harbour
    Friends and Allies"'): four words or more, nearly all long ones capitalised, no sentence end
    inside; the title's words, no actor."""
    text, first, last = doc.text, doc[raw.start].idx, doc[raw.end - 1].idx + len(doc[raw.end - 1])
    start, end = text.rfind("\n", 0, first) + 1, text.find("\n", last)
    inside = next(((a, b) for a, b in quote_spans(text, start, end if end >= 0 else len(text))
                   if a <= first and last <= b), None)
    if inside is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text[inside[0]:inside[1]])
    long = [w for w in words if len(w) > 3]
    return len(words) >= 4 and bool(long) and sum(w[:1].isupper() for w in long) >= 0.8 * len(long) \
        and not re.search(r"[a-z]{2}[.!?]\s", text[inside[0]:inside[1]])


def _hyphened(name: str) -> bool:
    """A name in a hyphened modifier ('the Doe-backed plan', 'a Doe-endorsing group': a participle
    after the hyphen, not a given name's syllable) or two people's names joined by a hyphen
    ('the Jane Doe-Ann Roe match'): no person's name."""
    before, _, after = name.rpartition("-")
    participle = after.endswith(("ing", "ed")) and reference.is_word(after, inflected=True)  # not 'Ban Ki-moon'
    return bool(before) and (after[:1].islower() and participle or " " in before and " " in after)


def _known_surnames(doc: Doc, raws: list[Raw], words: set[str]) -> set[str]:
    """One-word people's names that are also English words ('Doe' where 'doe' is a word) but
    that the article only ever writes capitalised, that NER tags as a person twice or more and
    that stand as an argument (subject, object, possessor) twice or more: the article's way of
    naming a person by surname, not a word."""
    lower = {t.text for t in doc if t.text[:1].islower()}
    out = set()
    for name in words:
        own = [r for r in raws if r.type == "Person" and r.end - r.start == 1 and doc[r.start].text == name]
        tagged = sum(doc[r.start].ent_type_ == "PERSON" for r in own)
        argued = sum(doc[r.start].dep_ in ARGUMENTS and doc[r.start].pos_ == "PROPN" for r in own)
        if tagged >= 2 and argued >= 2 and name.lower() not in lower and name.isalpha() \
                and not lexicon.is_title_word(name) and not reference.is_place(name):
            out.add(name)
    return out


def _initials_only(name: str) -> bool:
    """'O.K.', 'J.R.': initials with no name."""
    return bool(re.fullmatch(r"(?:[A-Z]\.\s?)+", name))


def _quoted(doc: Doc, raw: Raw) -> bool:
    """A name in quote marks of its own ('"Opening Belle," a novel'): a title or a slogan, not a
    person's name."""
    speech = lexicon.data("speech")
    end = raw.end + (raw.end < len(doc) and doc[raw.end].text == ",")
    return raw.start > 0 and end < len(doc) and doc[raw.start - 1].text in speech["open_quotes"] \
        and doc[end].text in speech["close_quotes"]


def common(doc: Doc, raw: Raw) -> bool:
    """A body's name used as a common noun: counted by 'a' right before it ('a Democratic
    Senate'; not 'a big-tent Harbour Party', nor a name that qualifies the noun after it) or
    owned by a pronoun ('his super PAC'); not a known actor."""
    if raw.key or raw.type != "Organization":
        return False
    tok = doc[raw.end - 1]
    if raw.end < len(doc) and doc[raw.end].pos_ in ("NOUN", "ADJ") and doc[raw.end].is_lower:
        return False  # 'an Air Harbour Association breakfast': the article counts the breakfast
    dets = {c.lower_: c.i for c in tok.children if c.i < raw.start and c.dep_ in ("det", "poss")}
    shared = {c.lower_ for c in tok.head.children if c.dep_ == "poss"} if tok.dep_ == "conj" else set()
    return any(dets.get(d) == raw.start - 1 for d in ("a", "an", "another")) or bool(
        (dets.keys() | shared) & {"his", "her", "its", "their", "our", "my", "your"})  # 'our pilots and Guards'


def _abbreviation(doc: Doc, raw: Raw) -> bool:
    """A person's one-word 'name' that is an abbreviation before a name ('Sec. Doe'): cut at its
    dot, not a given name."""
    k = raw.end
    return raw.type == "Person" and raw.end - raw.start == 1 and not reference.is_given_name(doc[raw.start].text) \
        and k + 1 < len(doc) and doc[k].text == "." and not doc[k - 1].whitespace_ and doc[k + 1].is_title


def _plural_word(name: str, raw: Raw) -> bool:
    """An organisation's one-word name that is an English noun's plural ('Kings', 'Friends'):
    people or things, not a body (a person's surname may look so: 'Peters')."""
    return raw.type == "Organization" and name.endswith("s") and reference.is_word(name, inflected=True)


def _phrase(name: str) -> bool:
    """Two or more capitalised English words and no given name: a phrase from a headline or a
    slogan, not a person's name ('Caught Conspiring', 'Simple Battery')."""
    words = name.split()
    return len(words) >= 2 and all(w.isalpha() and reference.is_word(w, inflected=True)
                                   and not reference.is_given_name(w) for w in words)


def _backed(doc: Doc, raw: Raw) -> bool:
    """A one-word mention that acts (the subject of its clause or one of its subjects, read as
    a proper noun and not counted by 'a') or follows a title or honorific."""
    tok = doc[raw.end - 1]
    before = doc[raw.start - 1] if raw.start > 0 else None
    titled = raw.end - raw.start > 1 or before is not None and (
        lexicon.is_title_word(before.text) or reference.is_title(before.text))
    counted = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children)  # 'a super PAC'
    acts = tok.dep_ in SUBJECTS or tok.dep_ == "conj" and tok.head.dep_ in SUBJECTS  # 'Doe and Roe said'
    return titled or acts and tok.pos_ == "PROPN" and not counted
