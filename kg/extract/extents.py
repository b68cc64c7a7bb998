"""Where a body's name begins and ends in an NER organisation span: its unit's number in
('the 31st Fighter Wing', '3d'), a link word, a place it is at, an aircraft's model and a rank
NER ran into it out ('the Harbour Air Force Air Marshal'), its domain after 'of'/'on'/'for' and
a body word NER left out in. Used by ``kg.extract.bodies``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg import lexicon, reference
from kg.extract.doc import inside, trim
from kg.extract.offices import COUNTRY_LABELS, before_person, body_word, rank_word
from kg.extract.people import title_token

ORG_LINKS = ("of", "on", "for", "and")


def bounds(doc: Doc, ent: Span, gaz: list[Span]) -> tuple[int, int, int]:
    """A body's name as NER cut it, mended (number and body word in; link word, model, rank out),
    and how many words were added before its body word."""
    start, end = trim(doc, ent.start, ent.end)
    end = next((k for k in range(start + 1, end) if doc[k].text == "("), end)  # 'Name (Acronym)': the name
    end = _placed_at(doc, start, end, gaz)
    start, end = trim(doc, start, end)
    if start > 0 and numbered(doc[start - 1]):
        start -= 1  # 'the 31st Fighter Wing': the unit's number is part of its name
    while end - start > 1 and doc[end - 1].lower_ in ORG_LINKS:
        end -= 1  # 'the 1st Harbour Division of' as NER cut it before a base's name
    end = _extend_org(doc, start, end, gaz)
    headed = _cut_before_head(doc, start, end, gaz)
    end += headed  # 'the Ruritanian National army': NER cut the name before its body word
    while end - start > 2 and any(c.isdigit() for c in doc[end - 1].text) and body_word(doc[end - 2]) \
            and not doc[end - 1].text.isdigit():
        end -= 1  # 'the 31st Fighter Wing F-15E': the aircraft's model is no part of the unit's name
    if end < len(doc) and doc[end].text.isdigit() and doc[end].head.i == end - 1 and body_word(doc[end - 1]):
        end += 1  # 'Carrier Strike Group 5': the unit's number after its name
    while end > start and title_token(doc[end - 1]) and before_person(doc, end):
        end -= 1  # 'Navy Capt. Jane Doe': the rank is no part of a body's name
    return start, _rank_cut(doc, start, end), headed


def _rank_cut(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends before the title words NER ran into it after its last body word
    ('the Harbour Air Force Air Marshal', 'the Harbour Defense Force Field Marshal')."""
    k = next((k for k in range(end - 1, start, -1) if body_word(doc[k])), None)
    if k is not None and k + 1 < end and all(rank_word(t) and t.is_title for t in doc[k + 1:end]):
        return k + 1
    return end


def _placed_at(doc: Doc, start: int, end: int, gaz: list[Span]) -> int:
    """Where a body's name ends before 'in' and the place it is at ('the Harbour Legation in
    Oslo'), unless a known body's name runs on through it ('American Institute in Taiwan')."""
    cut = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "in"), None)
    if cut is None or any(g.label_ == "Organization" and g.end > cut for g in inside(gaz, start, end)):
        return end
    place = reference.is_place(doc[cut + 1:end].text) or any(g.start == cut + 1 for g in inside(gaz, cut + 1, end))
    return cut if place else end


def _cut_before_head(doc: Doc, start: int, end: int, gaz: list[Span]) -> bool:
    """A country's name or demonym and capitalised words that are no body's word, then a
    body's word NER left out ('Ruritanian National' before 'army'): the name goes on."""
    country = any(g.start == start and g.end < end and g.label_ in COUNTRY_LABELS for g in gaz)
    return country and end < len(doc) and doc[end].lower_ in lexicon.data("names")["body_heads"] \
        and doc[end].pos_ in ("NOUN", "PROPN") and all(t.text[:1].isupper() and not body_word(t) for t in doc[start:end])


def _extend_org(doc: Doc, start: int, end: int, gaz: list[Span]) -> int:
    """Extend 'Institute of Advanced Studies' over 'on Asia' (a link word + capitalised words);
    a body's domain after 'of'/'for' over 'and' and more of it ('Ministry of Foreign Affairs [and
    Trade]'), not over another body ('... and Army officials')."""
    countries = {i for g in gaz if g.label_ in ("Country", "Capital") for i in range(g.start, g.end)}
    named = {i for g in gaz for i in range(g.start, g.end)}
    def name_word(i: int) -> bool:
        return doc[i].is_title and i not in countries and doc[i].ent_type_ not in ("PERSON", "DATE", "TIME") \
            and doc[i].lower_ not in lexicon.data("names")["time_words"]

    def domain_and(k: int) -> bool:  # 'and' inside a body's domain: '... of Foreign Affairs and Trade'
        run = k + 1
        while run < len(doc) and name_word(run) and run not in named and not body_word(doc[run]):
            run += 1
        return any(t.lower_ in ("of", "for") for t in doc[start:k]) and run > k + 1 \
            and (run == len(doc) or not doc[run].is_title)

    names = lexicon.data("names")  # 'Harbour Forces in Europe': a force's theatre is part of its name
    if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end - 1].lower_ in names["theatre_heads"] \
            and doc[end + 1].lower_ in names["regions"]:
        end += 2
    leads = names["place_leads"]  # 'the 1st Harbour Division of Fort Doe': its base
    while end + 1 < len(doc) and doc[end].lower_ in ORG_LINKS and (doc[end].lower_ != "and" or domain_and(end)) \
            and name_word(end + 1) and doc[end + 1].lower_ not in leads:
        end += 2
        while end < len(doc) and name_word(end):
            end += 1
    return end


def numbered(tok) -> bool:
    """A unit's number: '31st', '494th', '3d' as the U.S. Army writes '3rd'."""
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.lower_) or re.fullmatch(r"\d*[23]d", tok.text))
