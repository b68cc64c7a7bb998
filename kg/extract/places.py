"""Is a name a place in its sentence rather than an actor?

- a country name inside a place name ('South China Sea', 'New Mexico'), or a facility used as a
  place; a country that shares its name with a US state, listed with states ('Alabama and Georgia');
- a capital stands for its government only when it acts: the subject of a clause ('Washington
  said'), a possessor ('Beijing's demands'), the agent or partner of an act ('condemned by
  Moscow', 'talks with Tokyo'), the object of a verb that is not a movement ('urged Seoul'),
  or the modifier of officials or a body ('Beijing officials'); 'a summit in Brussels', 'visited
  Paris' and 'the Treaty of Amsterdam' are places;
- a name that modifies a place noun or geographic feature ('the X region', 'X province', 'the X
  oil fields') or follows one ('the city of X', 'the port city X');
- a city or US state (``kg.reference``) tagged as an organisation or a person, where the sentence
  says it is a place: after 'in'/'at'/..., before ', STATE', or as a dateline.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon, reference
from kg.extract.doc import SUBJECTS

ACTING_DEPS = (*SUBJECTS, "poss", "agent")


def inside_place(doc: Doc, span: Span, ent_at: dict[int, Span]) -> bool:
    """A country name inside a place name ('South China Sea', a city or US state such as 'New
    Mexico'), a US state's name listed with states ('Alabama, Georgia and Texas'), or a
    facility used as a place."""
    names = lexicon.data("names")
    if span.end < len(doc) and doc[span.end].lower_ in names["geo_features"] \
            and not (doc[span.end].dep_ == "compound" and doc[span.end].head.i > span.end):
        return True  # 'the South China Sea'; not 'Chinese coast guard ships'
    if reference.is_us_state(span.text) and _among_states(span):
        return True  # 'Alabama, Georgia and Virginia': the state, not the country
    ent = ent_at.get(span.start)
    if ent is None or ent.end < span.end:
        return False
    if ent.label_ == "LOC" and (ent.start, ent.end) != (span.start, span.end):
        return True
    if ent.label_ == "GPE" and (ent.start, ent.end) != (span.start, span.end) and reference.is_place(ent.text):
        return True  # 'New Mexico', 'Kuwait City': a state or city named after a country
    if ent.label_ == "FAC":
        return _after_locative(doc, ent.start, names["locative"])
    return False


def _among_states(span: Span) -> bool:
    """A name coordinated with a US state's name."""
    tok = span.root
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    listed = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i >= first.i)]
    return any(t.i != tok.i and reference.is_us_state(t.text) for t in listed)


def capital_acts(span: Span) -> bool:
    """A capital that stands for its government in this sentence."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # 'Seoul and Tokyo said': the first conjunct's role
        tok = tok.head
    names = lexicon.data("names")
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "GPE" \
            or dateline(doc, span.start, span.end):
        return False  # 'Halden, Norway': a city named with its country; 'OSLO, March 3 (Wire)'
    if tok.dep_ in ACTING_DEPS:
        return True
    if tok.dep_ == "pobj":
        return tok.head.lower_ in names["acting_preps"]
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() not in names["movement_verbs"]
    if tok.dep_ in ("compound", "amod", "nmod"):
        head = tok.head.lemma_.lower()
        return head in lexicon.title_heads() or head in names["generic_orgs"] and head not in names["venue_nouns"]
    return False


def named_place(doc: Doc, start: int, end: int) -> bool:
    """A city or US state that NER took for an organisation or a person, said to be a place
    (after 'in', before ', STATE' or ', COUNTRY', a state modifying a noun, as a dateline); any name
    right after a place noun ('its capital X', 'the port city Y'); a name ending in a place noun
    after 'in' ('in the Harbour State')."""
    names = lexicon.data("names")
    if described_place(doc, start, end):
        return True
    placed = _after_locative(doc, start, names["place_preps"]) and not (
        end < len(doc) and doc[end].text in lexicon.possessive_marks())  # not 'in Gallup's poll'
    if placed and end - start >= 2 and doc[end - 1].lower_ in names["place_nouns"]:
        return True  # 'in the Harbour State'
    if dateline(doc, start, end):
        return True
    if not reference.is_place(doc[start:end].text):
        return False
    if placed:
        return True
    if end + 1 < len(doc) and doc[end].text == "," and (
            reference.is_place(doc[end + 1].text.rstrip(".")) or doc[end + 1].ent_type_ == "GPE"):
        return True  # 'Hialeah, Fla.' / 'Newtown, Connecticut' / 'Halden, Norway'
    root = doc[start:end].root
    if reference.is_us_state(doc[start:end].text) and root.dep_ in ("compound", "nmod") \
            and root.head.pos_ == "NOUN" and root.head.i >= end:
        return True  # 'the Ohio primary' (a city's name there may be a body's short name: 'the X team')
    return doc[start:end].text.isupper() and doc[start].is_sent_start and end < len(doc) \
        and doc[end].text in (",", "-", "—", "–")  # a dateline: 'MANCHESTER, N.H. -'


def dateline(doc: Doc, start: int, end: int) -> bool:
    """A place in capitals that opens a line (its name may mix in a 'Mc'), a comma, a capitalised
    word and a dash or a bracket soon after ('HALDEN, Norway —', 'HALDEN, March 3 (Wire) -',
    'FORT McDOE, Wash. -'): where the story was filed."""
    k = start
    while k > 0 and "\n" not in doc[k - 1].text and (doc[k - 1].is_upper or doc[k - 1].text == "-"):
        k -= 1  # 'JOINT BASE HARBOUR-McDOE, Wash. -': the place's first words in capitals
    letters = [c for c in doc[k:end].text if c.isalpha()]
    capitals = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    first = k == 0 or "\n" in doc[k - 1].text
    if first and capitals and end + 1 < len(doc) and doc[end].text == "(" and any(  # 'HALDEN (Wire) -'
            spaced in (t.text for t in doc[end + 1:end + 6]) for spaced in ("-", "—", "–", "--")):
        return True
    return first and capitals and end + 1 < len(doc) and doc[end].text == "," \
        and doc[end + 1].text[:1].isupper() and any(t.text in ("(", "-", "—", "–", "--") for t in doc[end + 1:end + 8])


def described_place(doc: Doc, start: int, end: int) -> bool:
    """A name the sentence describes as a place, known or not: after a place noun ('the city
    of X', 'the port city X'), ending in one ('X County'), in apposition with one ('X, a
    region'), or modifying one or a geographic feature ('the X region', 'X province', 'the X
    oil fields', 'X and Y counties')."""
    names = lexicon.data("names")
    if start > 0 and doc[start - 1].lemma_.lower() in names["place_nouns"] and doc[start - 1].pos_ == "NOUN":
        return True
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in names["place_nouns"]:
        return True
    if end - start >= 2 and doc[end - 1].lower_ in names["place_heads"]:
        return True  # 'X County', 'X Province'
    if _place_of(doc, start, end) or _listed_with_places(doc, start, end):
        return True
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in names["place_nouns"]
           and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for t in heads for c in t.children):
        return True  # 'X Agency, a tribal region': the apposition says it is a place
    return modifies_place(doc, end)


def _place_of(doc: Doc, start: int, end: int) -> bool:
    """The region after a place the sentence puts something in, set off by commas ('in X,
    Central Y, on Monday'): 'PLACE, NAME' and a stop; not a person's given name ('in X, Jane
    ...')."""
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text not in (",", ".", ";", ")") \
            or doc[start - 2].ent_type_ not in ("GPE", "LOC") or reference.is_given_name(doc[start].text):
        return False
    first = start - 2
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return _after_locative(doc, first, lexicon.data("names")["place_preps"])


def _listed_with_places(doc: Doc, start: int, end: int) -> bool:
    """A name in a list of two or more other names, all of them places ('in X, Y, Z and W')."""
    head = doc[end - 1]  # a name's last word heads it
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    members, todo = [], [head]
    while todo:
        tok = todo.pop()
        members.append(tok)
        todo += [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i]
    others = [m for m in members if not start <= m.i < end]
    return len(others) >= 2 and all(m.ent_type_ in ("GPE", "LOC") for m in others)


def modifies_place(doc: Doc, end: int) -> bool:
    """The name that ends before ``end`` modifies a place noun or a geographic feature, alone
    or in a list ('the X region', 'X and Y counties')."""
    names = lexicon.data("names")
    places = {*names["place_nouns"], *names["geo_features"]}
    tok = doc[end - 1]
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i >= end and _listed(doc, end, tok.head.i):
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in places:
            return True
    return False


def _listed(doc: Doc, end: int, head: int) -> bool:
    """The words from ``end`` to ``head`` are close, or a list of names ('X and Y counties')."""
    return head <= end + 2 or all(t.pos_ in ("PROPN", "CCONJ") or t.text == "," for t in doc[end:head])


def _after_locative(doc: Doc, start: int, preps: list[str]) -> bool:
    """The name follows one of ``preps``, with or without 'the'."""
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ == "the" and start > 1:
        prev = doc[start - 2]
    return prev is not None and prev.lower_ in preps
