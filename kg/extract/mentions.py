"""Raw mentions vetted before resolution (``kg.extract.resolve``): types from the evidence, one
per name in an article; names that are only English words, phrases, families, documents or
places dropped (``kg.extract.phrases``); people's and acronyms' mentions NER missed found; and
each mention's surface as a name is written (no honorific, legal form or glued possessive;
capitals as names are).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon, reference
from kg.extract.acronyms import defined_here, documents, offices, spelled_here
from kg.extract.doc import Raw, generic
from kg.extract.modifiers import only_modifiers
from kg.extract.phrases import common, founded, name_parts

FUNCTION_POS = ("AUX", "VERB", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART")


def vetted(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """The raw mentions to resolve: acronyms as the article defines them, documents dropped,
    types from the evidence, names used only to qualify a thing and words and phrases that
    name no actor dropped, people's and
    acronyms' other mentions found."""
    raws = offices(doc, documents(doc, spelled_here(doc, defined_here(doc, raws))))
    raws = _retyped(doc, [r for r in raws if not common(doc, r)])
    raws = only_modifiers(doc, raws, [surface(doc, r) for r in raws])
    raws = _nicknamed(doc, founded(doc, raws, [surface(doc, r) for r in raws]))
    return _repair_acronyms(doc, _repair_people(doc, raws))


def surface(doc: Doc, raw: Raw) -> str:
    """A mention's name as written: one line, without an honorific, a possessive the tokenizer
    left on or a company's legal form;
    an organisation's name with the country word right before it ('UK Independence Party'), unless
    any country's body could have it ('Foreign Ministry', qualified by ``_qualified``)."""
    start = raw.start
    if raw.type == "Organization" and raw.whole and raw.whole[1] == raw.start and not generic(doc[start:raw.end].text):
        start = raw.whole[0]
    text = lexicon.honorific().sub("", " ".join(doc[start:raw.end].text.split()))
    if raw.type != "Country":
        text = re.sub(r"(?<=\w)[’‘']s$", "", text)  # a possessive glued on ('Jane Doe‘s')
    if raw.type == "Organization":
        text = body_case(lexicon.legal_form().sub("", text))
    if raw.type == "Person" and text.isupper() and len(text) > 2:
        text = _name_case(text)
    return text


def body_case(name: str) -> str:
    """A body's name with its last word as names are written ('Ruritanian National army' ->
    'Ruritanian National Army') when only that word is in lower case."""
    words = name.split()
    if len(words) > 1 and words[-1].isalpha() and words[-1].islower() and all(w[:1].isupper() for w in words[:-1]):
        return " ".join(words[:-1] + [words[-1].capitalize()])
    return name


def _name_case(name: str) -> str:
    """A name in capitals as names are written ('JANE Q. DOE-ROE III' -> 'Jane Q. Doe-Roe III')."""
    def word(w: str) -> str:
        if lexicon.is_name_suffix(w) or len(w.rstrip(".")) == 1:
            return w
        return re.sub(r"[A-Z]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), w)
    return " ".join(word(w) for w in name.split())


def _retyped(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """Types from the evidence, not from NER alone, the same for every mention of a name: a name
    in apposition with 'company', 'group' ... is an organisation ('a drug maker, Actavis'), with
    a title ('leader', 'spokesman') a person; a name listed as an example of a kind of body
    ('groups such as X and Y') an organisation; a two- or three-word name of a given name and name
    words that are no dictionary words is a person ('Jane Doe' tagged ORG); otherwise the type most of the name's mentions have, a person
    mention counting twice (NER tags a person's name in 'the Doe campaign' as an organisation);
    a name in capitals that the article writes as a person's elsewhere is that person."""
    votable = [(r, surface(doc, r)) for r in raws if not r.key and r.type != "Country"]
    votes: dict[str, Counter] = defaultdict(Counter)
    for r, s in votable:
        typ = _evidenced_type(doc, r)
        votes[s][typ] += 5 if typ != r.type else 2 if typ == "Person" else 1
    said = Counter(s for r, s in votable if r.type == "Person")
    major = {id(r): max(sorted(votes[s]), key=lambda t: (votes[s][t], t == "Person" and said[s] >= 2))
             for r, s in votable}  # a tie goes to a person NER tagged twice or more
    surnames = {s for r, s in votable if major[id(r)] == "Person" and " " not in s}
    for r, s in votable:  # 'Jane Pike' or 'Vaino Pike' tagged as a body where 'Mr. Pike' is a person: the person
        words = s.split()
        if major[id(r)] == "Organization" and 2 <= len(words) <= 3 and words[-1] in surnames and "&" not in s \
                and (reference.is_given_name(words[0]) or all(_surname_word(w) for w in words)):
            major[id(r)] = "Person"
    people = {s for r, s in votable if major[id(r)] == "Person"}
    for r, s in votable:  # 'CYRUS' where 'Cyrus' is a person: the person, in capitals
        if major[id(r)] == "Organization" and s.isupper() and len(s) > 3 and _name_case(s) in people:
            major[id(r)] = "Person"
    return [replace(r, type=major[id(r)]) if id(r) in major else r for r in raws]


def _evidenced_type(doc: Doc, raw: Raw) -> str:
    span = doc[raw.start:raw.end]
    org_nouns = lexicon.data("names")["org_nouns"]
    root = span.root
    named = [root.head] * (root.dep_ == "appos")  # 'the voter group, Jane Doe Vota': the group's name
    near = named + [c for c in root.children if c.dep_ == "appos"]
    words = span.text.split()
    if any(t.lemma_.lower() in org_nouns and t.pos_ == "NOUN" for t in named) or \
            any(t.lemma_.lower() in org_nouns and t.pos_ == "NOUN" for t in near) \
            and not (len(words) > 1 and reference.is_given_name(words[0])):
        return "Organization"
    if len(words) == 1 and words[0].isalpha() and words[0].isupper() and not set(words[0]) & set("AEIOUY"):
        return "Organization"  # 'the HDSF said': an acronym with no vowel is no one's name
    if _listed_kind(root).lemma_.lower() in org_nouns:
        return "Organization"  # 'groups such as X, Y and Z', 'groups as X, Y'
    people = {*lexicon.title_heads(), *lexicon.data("names")["person_nouns"]}
    if len(words) > 1 and words[-1].lower() in {n + "s" for n in lexicon.data("names")["person_nouns"]} \
            or "&" in words[1:-1]:
        return "Organization"  # 'Harbour Brothers', 'Doe & Roe': a firm
    if any(t.lemma_.lower() in people and t.pos_ == "NOUN" for t in near) or _aged(doc, raw.end):
        return "Person"  # 'X, the leader of the Y', 'his wife, X', 'X, 24,'
    if raw.type == "Organization" and 2 <= len(words) <= 4 and reference.is_given_name(words[0]) and (
            all(w[:1].isupper() and w.isalpha() and not reference.is_word(w) or re.fullmatch(r"[A-Z]\.", w)
                for w in words[1:-1]) and _surname_word(words[-1]) and not _team(words)
            or len(words) > 2 and lexicon.is_name_suffix(words[-1])):  # 'Jane Doe Sr.', 'Jane Q. Doe'
        return "Person"
    return raw.type


def _listed_kind(tok):
    """The noun a list of names gives examples of ('groups [such as] X, Y and Z'): up the list's
    conjuncts, then through 'as'/'like'; the token itself when there is none."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("as", "like") and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    return tok


def _surname_word(word: str) -> bool:
    """A capitalised word that is no English word; an apostrophe after a surname's prefix is
    part of it ('O’Dell', 'D'Arcy')."""
    word = re.sub(r"^([A-Z][a-z]?)['’](?=[A-Z])", r"\1", word)
    return word[:1].isupper() and word.isalpha() and not reference.is_word(word)


def _team(words: list[str]) -> bool:
    """'Harbour City Gulls': a place's name and an English plural name a team or a firm."""
    return (reference.is_place(" ".join(words[:-1])) or reference.is_place(words[0])) \
        and reference.is_word(words[-1], inflected=True) and not reference.is_word(words[-1])


def _aged(doc: Doc, end: int) -> bool:
    """The name is followed by an age set off by commas ('X, 24, was charged')."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num \
        and doc[end + 1].text.isdigit() and int(doc[end + 1].text) < 120 and doc[end + 2].text == ","


def _nicknamed(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """'Crooked Jane', 'Team Doe': an English word that is no given name before a name of a
    person the article names in full is a nickname's or a slogan's word; the mention is the
    name ('Jane' of 'Jane Doe')."""
    full = {s for s in (surface(doc, r) for r in raws if r.type == "Person") if len(name_parts(s)) >= 2}
    out = []
    for r in raws:
        word, name = doc[r.start], doc[r.end - 1]
        if r.type == "Person" and r.end - r.start == 2 and word.is_title and word.is_alpha \
                and reference.is_word(word.text) and not reference.is_given_name(word.text) \
                and reference.is_given_name(name.text) \
                and any(name.text in name_parts(f) and f != surface(doc, r) for f in full):
            r = replace(r, start=r.end - 1)
        out.append(r)
    return out


def _repair_people(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """Tokens equal to a known person's name part, wherever they stand, are that person."""
    names = {surface(doc, r) for r in raws if r.type == "Person"}
    parts = {p for n in names if len(n.split()) > 1 for p in name_parts(n)}
    parts |= {n for n in names if " " not in n}
    taken = {i for r in raws if r.key or r.type == "Person" for i in range(r.start, r.end)}
    out = []
    for r in raws:
        if r.type == "Organization" and not r.key and surface(doc, r) in parts:
            r = Raw(r.start, r.end, "Person")
        out.append(r)
    covered = {i for r in out for i in range(r.start, r.end)}
    for tok in doc:
        if tok.i not in covered and tok.i not in taken and tok.text in parts and tok.text[:1].isupper() \
                and tok.pos_ not in FUNCTION_POS:  # not 'Will' the modal
            out.append(Raw(tok.i, tok.i + 1, "Person"))
    return sorted(out, key=lambda r: (r.start, r.end))


def _repair_acronyms(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """An organisation's acronym the article names once is that organisation wherever it
    stands, NER or no ('the summit of the HDF' after 'the HDF said'); not where it is spelled
    out in parentheses."""
    known = {doc[r.start:r.end].text: r for r in raws if r.type == "Organization" and r.end - r.start == 1
             and len(doc[r.start].text) >= 2 and doc[r.start].text.isalpha() and doc[r.start].text.isupper()}
    covered = {i for r in raws for i in range(r.start, r.end)}
    extra = [replace(known[t.text], start=t.i, end=t.i + 1, whole=None) for t in doc
             if t.text in known and t.i not in covered and not (t.i > 0 and doc[t.i - 1].text == "(")]
    return sorted(raws + extra, key=lambda r: (r.start, r.end)) if extra else raws
