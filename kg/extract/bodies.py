"""NER organisation spans -> organisation mentions: cut to the body's name
(``kg.extract.extents``), split at a possessive ("Japan's National Institute" is the institute,
part of Japan); a span that is a title and a person ("Secretary of Defense Jane Doe") or a body
word and a country ("the Government of Norway") is that person or country; job titles
(``kg.extract.offices``), places and buildings are no bodies. Used by ``kg.extract.entities``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon, reference
from kg.extract.doc import Raw, generic, inside
from kg.extract.extents import ORG_LINKS, bounds
from kg.extract.offices import (COUNTRY_LABELS, body_word, governs, job_title, national_title, title_domain,
                                title_qualifiers, title_words)
from kg.extract.people import name_token, named, title_token
from kg.extract.places import capital_acts, named_place


def gaz_raw(span: Span) -> Raw:
    label = span.label_
    typ = "Country" if label in COUNTRY_LABELS else "Organization"
    return Raw(span.start, span.end, typ, span.id_, demonym=label == "Demonym")


def org(doc: Doc, ent: Span, gaz: list[Span]) -> list[Raw]:
    start, end, headed = bounds(doc, ent, gaz)
    known = any(g.label_ == "Organization" for g in inside(gaz, start, end))
    if _no_body(doc, start, end, gaz, known=known):
        return []
    inner = _titled_actor(doc, start, end, gaz)
    if inner is not None:
        return [inner]
    if not known and title_domain(doc, start, end):
        return []
    last, names = doc[end - 1], lexicon.data("names")
    if end - start > 2 and last.lower_ in names["not_org_heads"] and last.lower_ not in names["speech_nouns"] \
            and body_word(doc[end - 2]):
        end, last = end - 1, doc[end - 2]  # 'the Harbour Trade Corporation Compact': the body's
    if not (last.text[:1].isupper() or last.text[:1].isdigit() or headed) \
            or last.lower_ in names["not_org_heads"] and not _body_of(doc, start, end) \
            or doc[start:end].text.lower() in names["regions"] \
            or (end - start == 1 and last.lower_ in names["generic_orgs"]):
        return []
    if any(t.text == "/" for t in doc[start + 1:end - 1]) or any(t.tag_ == "PRP$" for t in doc[start + 1:end]):
        return []  # 'Doe/Roe': two names joined; 'Doe its Harbour': NER ran over a clause
    return _parts(doc, start, end, gaz)


def _no_body(doc: Doc, start: int, end: int, gaz: list[Span], *, known: bool) -> bool:
    """Words that name no body: a title's qualifiers, a pair's relation, a document or thing, a job
    or national title, a place or a facility (``known`` bodies skip the guesses)."""
    if title_qualifiers(doc, start, end, gaz):
        return True
    if not known and (_pair_relation(doc, start, end, gaz) or _titled_document(doc, start) or _names_thing(doc, end)):
        return True
    return start >= end or job_title(doc[start:end]) or national_title(doc, start, end, gaz) \
        or named_place(doc, start, end) and not known \
        or doc[end - 1].lower_ in lexicon.data("names")["facility_heads"]


def _parts(doc: Doc, start: int, end: int, gaz: list[Span]) -> list[Raw]:
    """The bodies (and an outlet's person) of a name split at its possessives."""
    parts = _split_possessive(doc, start, end, gaz)
    out: list[Raw] = []
    whole = None
    for s, e in parts:
        if whole is None and len(parts) > 1 and e - s == 1 and reference.is_given_name(doc[s].text) \
                and not inside(gaz, s, e):
            continue  # "Jane's Victory Fund": Jane's fund; her given name alone is no body
        if whole is not None and doc[s - 1].text in lexicon.possessive_marks() and _given_after(doc, s - 1, e) \
                and not any(g.label_ == "Organization" for g in inside(gaz, s, e)):  # not "Harbour’s Kyodo News"
            out.append(Raw(s, e, "Person"))  # "Harbour News' Jane Doe": the outlet's person
            continue
        out += _org_part(doc, s, e, gaz, whole)
        whole = (s, e)
    return out


def _pair_relation(doc: Doc, start: int, end: int, gaz: list[Span]) -> bool:
    """Two countries joined by a hyphen and one relationship word ('the Norway-Ruritania
    Alliance', 'Norway-Ruritania Partnership' tagged from the second country on): the pair's
    relationship, no body."""
    countries = [g for g in gaz if g.label_ in COUNTRY_LABELS]
    second = next((g for g in countries if g.start == start), None)
    if second is None or start < 2 or doc[start - 1].text != "-":
        second = next((g for g in countries if start < g.start < end and doc[g.start - 1].text == "-"), None)
    joined = second is not None and second.start >= 2 and doc[second.start - 1].text == "-" \
        and not doc[second.start - 2].whitespace_ and any(g.end == second.start - 1 for g in countries)
    return joined and end == second.end + 1 and doc[end - 1].lower_ in lexicon.data("names")["pair_relations"]


def _names_thing(doc: Doc, end: int) -> bool:
    """A name that qualifies a thing written in lower case after it ('the Harbour 2 peace deal',
    'the Harbour process'): the nouns after it end in a word that names a document, a plan
    or a process; no body."""
    k = end
    while k < len(doc) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].dep_ in ("compound", "amod"):
        k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN" \
        and doc[k].lower_ in lexicon.data("names")["not_org_heads"]


def _titled_document(doc: Doc, start: int) -> bool:
    """A name inside a document's title ('the Harbour Statement on [Maritime Partnership]',
    'Memorandum of Understanding for [...]'): 'on'/'for' right before it and a document word
    among the capitalised words before that; no body."""
    k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if k < 1 or doc[k].lower_ not in ("on", "for"):
        return False
    heads = lexicon.data("names")["not_org_heads"]
    while k >= 1 and (doc[k - 1].is_title or doc[k - 1].lower_ == "of"):
        k -= 1
        if doc[k].is_title and doc[k].lower_ in heads:
            return True
    return False


def _body_of(doc: Doc, start: int, end: int) -> bool:
    """A body's word before 'of/for/on' heads the name ('Institute for Near Harbour Policy'):
    a body, whatever its last word."""
    return any(body_word(doc[k]) and doc[k + 1].lower_ in ORG_LINKS[:3] for k in range(start, end - 1))


def _titled_actor(doc: Doc, start: int, end: int, gaz: list[Span]) -> Raw | None:
    """An organisation span that is a title and an actor: the person after a title ('Secretary
    of Defense Jane Doe'), the country after a body word ('the Government of Norway')."""
    country = next((g for g in inside(gaz, start, end) if g.end == end and g.label_ in COUNTRY_LABELS), None)
    if country is not None and country.start > start and doc[country.start - 1].lower_ in ("of", "the") \
            and title_words(doc[start:country.start]) and governs(doc, country.start) \
            and doc[start].lower_ not in lexicon.data("names")["mission_heads"]:  # 'the Embassy of Norway': a body
        return gaz_raw(country)
    given = next((k for k in range(start + 1, end - 1) if reference.is_given_name(doc[k].text)), None)
    if body_word(doc[end - 1]):  # 'King Halvard Baptist Church' names a body
        return None
    if given is None:  # 'Chairperson Doe': a title and a name that is no English word
        given = next((k for k in range(start + 1, end) if not title_token(doc[k])), end)
        if title_words(doc[start:given]) and title_token(doc[given - 1]) and not body_word(doc[given - 1]) \
                and named(doc, given, end) and not inside(gaz, given, end):  # 'Harbour Corps Times': a body's
            return Raw(given, end, "Person")
        return None
    titled = title_words(doc[start:given]) or any(  # 'Advisor for Cyber Jane Doe': a title with its domain
        t.lower_ in lexicon.title_heads() and doc[t.i + 1].lower_ in ("for", "of") for t in doc[start:given - 1])
    if titled and not inside(gaz, given, end) \
            and all(name_token(t) and t.lower_ not in lexicon.data("names")["generic_orgs"] for t in doc[given:end]):
        return Raw(given, end, "Person")
    return None


def _org_part(doc: Doc, start: int, end: int, gaz: list[Span], whole) -> list[Raw]:
    inner = inside(gaz, start, end)
    bodies = lexicon.data("names")["generic_orgs"]
    exact = [g for g in inner if (g.start, g.end) == (start, end)
             or (g.start == start and g.label_ == "Organization"  # a known body and words that name no other
                 and (end - g.end <= 1 or not any(t.lower_ in bodies for t in doc[g.end:end])))]
    if exact:
        g = exact[0]
        names = lexicon.data("names")
        if end - g.end == 1 and g.label_ == "Organization" and doc[g.end].is_title \
                and (doc[g.end].lower_ in names["sub_body_heads"] or doc[g.end].lower_ in names["regions"]):
            return [Raw(start, end, "Organization", whole=(g.start, g.end))]  # 'the Harbour Union Commission', '... Army Europe'
        if g.label_ == "Capital" and not capital_acts(g):
            return []  # 'the Oslo peace process': a city that names a thing, no government
        return [Raw(g.start, g.end, gaz_raw(g).type, g.id_, whole=whole)]
    country = next((g for g in inner if g.start == start and g.label_ in COUNTRY_LABELS), None)
    if country is not None and end - country.end == 1 and doc[end - 1].lower_ in lexicon.data("names")["nation_nouns"]:
        return [gaz_raw(country)]  # 'the Norwegian Government': the country
    head = [g for g in inner if g.start == start and (g.label_ in COUNTRY_LABELS or g.label_ == "Organization"
                                                      and g.end - g.start == 1 and g.text.isupper())]
    if head and end - head[0].end >= 2 and doc[head[0].end].is_title:
        g = head[0]
        if g.label_ == "Capital":  # 'the Oslo Institute for ...': a city in a body's name is no government
            return [Raw(start, end, "Organization", whole=whole)]
        return [gaz_raw(g), Raw(g.end, end, "Organization", whole=(g.start, g.end))]
    tail = [g for g in inner if g.end == end and g.start - start >= 2 and g.label_ == "Organization"
            and " " in g.text and not generic(g.text)]
    if tail and _plausible_org(doc, start, tail[0].start):  # 'the Harbour News Channel White House': two bodies
        return [Raw(start, tail[0].start, "Organization", whole=whole), gaz_raw(tail[0])]
    if not _plausible_org(doc, start, end):
        return [gaz_raw(g) for g in inner]
    return [Raw(start, end, "Organization", whole=whole)]


def _plausible_org(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if t.is_alpha]
    return bool(words) and (words[0].is_upper or words[0].is_title)


def _split_possessive(doc: Doc, start: int, end: int, gaz: list[Span]) -> list[tuple[int, int]]:
    """'University of Tokyo's Institute' -> [University of Tokyo, Institute];
    "the Philippines' Department" -> [Philippines, Department] (a bare apostrophe after a country
    or before a person's name: "Harbour News' Jane Doe");
    never inside a gazetteer name ("Democratic People's Republic of Korea") nor after a plural
    noun ("the Harbour Pilots' Association")."""
    countries = {(g.start, g.end) for g in gaz if g.label_ in ("Country", "Capital")}
    named = {i for g in gaz for i in range(g.start + 1, g.end)}  # "the Democratic People's Republic of Korea"
    parts, s = [], start
    for i in range(start, end):
        person = _given_after(doc, i, end)
        plural = _plural_noun(doc[i - 1]) and (s, i) not in countries and not person  # "the Patrolmen's Association"
        if i > s and i not in named and not plural and (doc[i].text in lexicon.possessive_endings()
                                                        or doc[i].text in lexicon.possessive_marks()
                                                        and ((s, i) in countries or person)):
            parts.append((s, i))
            s = i + 1
    parts.append((s, end))
    return [p for p in parts if p[1] > p[0]]


def _given_after(doc: Doc, i: int, end: int) -> bool:
    """A bare apostrophe before a given name and one more name word ("Harbour News' Jane Doe"):
    the body's person."""
    first, last = (doc[i + 1], doc[i + 2]) if i + 3 == end else (None, None)
    return first is not None and first.is_title and last.is_title and not body_word(last) \
        and (reference.is_given_name(first.text) or not reference.is_word(first.text, broad=True))


def _plural_noun(tok) -> bool:
    """'Pilots', 'Veterans', 'Women': a plural noun, as tagged or as an English word's plural."""
    low = tok.lower_
    return tok.tag_ in ("NNS", "NNPS") or low.endswith("men") or low.endswith("s") and reference.is_word(low[:-1])

