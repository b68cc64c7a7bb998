"""Names the article uses only to qualify a thing ('the Harbour Grand casino', 'a Vinter bill',
'the Harbour Room address', 'his Nordic Shield speech'): a programme, a venue, a law, a speech or
a coined word, not an actor; nor a name only cut, funded or repealed ('cuts in Elder Care'), a
programme; nor a plural of a word that qualifies things ('Vintans' beside 'the
Vintan vote'), a group of people. An organisation's name that qualifies a person or a body ('Harbour
News host', 'the Nordic Party leadership', 'Vinter Institute fellows') stays an actor.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from kg import lexicon, reference
from kg.extract.doc import Raw

MODIFYING = ("compound", "amod", "nmod")


@cache
def _actor_nouns() -> frozenset[str]:
    """Nouns naming people or bodies: a name before one is an actor's ('Harbour News host')."""
    names = lexicon.data("names")
    keys = ("org_nouns", "person_nouns", "body_heads", "generic_orgs", "institution_heads")
    return frozenset({w for k in keys for w in names[k]} | lexicon.title_heads())


def only_modifiers(doc: Doc, raws: list[Raw], surfaces: list[str]) -> list[Raw]:
    """The raw mentions without the names none of whose mentions is more than a modifier of a
    thing (``_qualifies_thing``): unknown organisations; people only when no other mention
    shares a word of the name and the thing is a document or a facility ('a Vinter bill', the
    'Kari Tamm camp')."""
    words = {w: 0 for s in surfaces for w in s.split()}
    for s, r in zip(surfaces, raws):
        if r.type == "Person":
            for w in set(s.split()):
                words[w] += 1
    used = {s for s, r in zip(surfaces, raws) if r.key or r.type == "Country"
            or not _qualifies_thing(doc, r) and not (r.type == "Organization" and _programme(doc, r))}
    groups = _group_words(doc, [s for s, r in zip(surfaces, raws) if not r.key and r.type != "Country"])
    return [r for s, r in zip(surfaces, raws) if s not in groups
            and (s in used or r.type == "Person" and not _dropped_person(doc, r, s, words))]


def _group_words(doc: Doc, names: list[str]) -> set[str]:
    """One-word names that are the plural of a capitalised word the article uses to qualify a
    noun ('Vintans' where it writes 'the Vintan vote'): a group of people, not an actor."""
    qualifiers = {t.text for t in doc if t.is_title and t.dep_ in MODIFYING and t.head.pos_ == "NOUN" and t.head.i > t.i}
    return {s for s in names if " " not in s and (s.endswith("s") and s[:-1] in qualifiers
                                                  or s.endswith("es") and s[:-2] in qualifiers)}


def _dropped_person(doc: Doc, raw: Raw, name: str, words: dict[str, int]) -> bool:
    names = lexicon.data("names")
    things = {*names["not_org_heads"], *names["facility_heads"]}
    return all(words[w] == 1 for w in name.split()) and doc[raw.start:raw.end].root.head.lower_ in things


def _programme(doc: Doc, raw: Raw) -> bool:
    """A body-less name that is what is cut, funded, expanded or repealed ('cuts in X', 'X
    should not be cut', 'repeal X'): a programme or a law."""
    span = doc[raw.start:raw.end]
    root, words = span.root, lexicon.data("names")["programme_words"]
    if _bodylike(span):
        return False
    head = root.head.head if root.dep_ == "pobj" else root.head
    return root.dep_ in ("dobj", "nsubjpass", "pobj") and head.lemma_.lower() in words


def _bodylike(span) -> bool:
    """The name holds a body's word or is an acronym, a unit's number before one ('the 3rd
    HR'): an actor's name whatever qualifies it."""
    return any(re.sub(r"[’‘']s$", "", t.lower_) in _actor_nouns() for t in span) or span.text.isupper() \
        or bool(re.fullmatch(r"\d+(?:st|nd|rd|th) [A-Z]{2,6}", span.text))


def _qualifies_thing(doc: Doc, raw: Raw) -> bool:
    """The mention modifies a common noun after it that names no person or body and nothing an
    actor makes ('the X casino', 'X benefits'; not 'the X poll'), and the name is no acronym and
    holds no body's word ('the X University debate', 'Bureau of X agents'); any name before a
    speech ('the X Office address')."""
    span = doc[raw.start:raw.end]
    root = span[-1] if span[-1].head.i >= raw.end else span.root  # 'the State of the X address' parsed so
    head = root.head
    if root.dep_ not in MODIFYING or head.i < raw.end or head.pos_ != "NOUN" or head.ent_type_:
        return False
    if head.lemma_.lower() in lexicon.data("names")["speech_nouns"]:
        return True  # 'the Harbour Room address', 'the State of the Realm speech'
    if _bodylike(span):  # 'the X Party platform', 'a CBS poll'
        return False
    nouns = _actor_nouns() | set(lexicon.data("names")["authored_nouns"])
    return head.lemma_.lower() not in nouns and head.lower_ not in nouns \
        and not reference.is_title(head.text)
