"""Doc -> actor mentions: spaCy NER and the gazetteer ruler, cleaned and repaired.

Countries and known organisations come from the gazetteer spans (``doc.spans["gazetteer"]``);
people and other organisations from NER, with spans repaired: leading titles and "the"
stripped, possessives split ("Japan's National Institute" is the institute, part of Japan),
names extended over dropped tokens ("John Q. Roe III"), "X of Y on Z" kept whole; names the
article describes as places dropped in every mention. People's names are cut by
``kg.extract.people``; resolution into entities is ``kg.extract.resolve``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import lexicon, reference
from kg.extract.doc import Raw, generic, inside, trim
from kg.extract.people import labelled_names, name_token, named, person, title_token, titled_names
from kg.extract.places import capital_acts, inside_place, named_place
from kg.nlp import SPANS_KEY

ORG_LINKS = ("of", "on", "for", "and")
COUNTRY_LABELS = ("Country", "Capital", "Demonym")  # gazetteer span labels that name a country


def raw_mentions(doc: Doc) -> list[Raw]:
    """Every actor mention in the doc, non-overlapping, in text order."""
    gaz = [s for s in filter_spans(list(doc.spans.get(SPANS_KEY, [])))]
    taken = [False] * len(doc)
    out: list[Raw] = []
    ents = doc.ents
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        if _case_party(doc, ent):
            continue
        if ent.label_ == "ORG":
            out += _org(doc, ent, gaz)
        elif ent.label_ == "PERSON":
            out += _org(doc, ent, gaz) if _body_named(doc, ent) else person(doc, ent, gaz)
    for raw in out:
        for i in range(raw.start, raw.end):
            taken[i] = True
    for span in gaz:
        if not any(taken[span.start:span.end]) and not inside_place(doc, span, ent_at) \
                and (span.label_ != "Capital" or capital_acts(span)):
            out.append(_gaz_raw(span))
            for i in range(span.start, span.end):
                taken[i] = True
    out += titled_names(doc, taken, gaz)
    labelled = labelled_names(doc, gaz)
    out = [r for r in out if r.key or not any(lab.start < r.end and r.start < lab.end for lab in labelled)] + labelled
    out += _untagged_bodies(doc, [t or any(r.start <= i < r.end for r in out) for i, t in enumerate(taken)])
    out = sorted(out + _owned_bodies(doc, out, taken), key=lambda r: (r.start, r.end))
    return _possessors(doc, _unplaced(doc, _longer_bodies(doc, out), _place_names(doc, ents)))


def _case_party(doc: Doc, ent: Span) -> bool:
    """A party named in a court case's name ('Doe v. Ruritania') stands for the case, not an actor."""
    links = lexicon.data("names")["case_links"]
    return ent.end < len(doc) and doc[ent.end].lower_ in links or ent.start > 0 and doc[ent.start - 1].lower_ in links


def _body_named(doc: Doc, ent: Span) -> bool:
    """A 'person' whose name ends in a word that names a body or a building ('the Jane Doe
    Center', 'Ruritania Baptist Church'): an organisation, or a place."""
    start, end = trim(doc, ent.start, ent.end)
    return end - start >= 2 and _body_word(doc[end - 1])


def _body_word(tok) -> bool:
    """A word that ends the name of a body or a building ('Center', 'Church', 'Ministry', 'Hotel')."""
    names = lexicon.data("names")
    return tok.lower_ in {*names["body_heads"], *names["generic_orgs"], *names["facility_heads"]}


def _longer_bodies(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """A known body's generic name at the end of a longer capitalised one is not that body ('the
    Peace and Security Council' is no 'Security Council'): the longer name is an organisation of
    its own, part of the known body or country named right before it ('the AU Peace and ...')."""
    taken = {i for r in raws for i in range(r.start, r.end)}
    ending = {r.end: r for r in raws}

    def name(k: int) -> bool:
        return k >= 0 and k not in taken and doc[k].pos_ == "PROPN" and doc[k].is_title
    out = []
    for r in raws:
        start = r.start
        while r.key and r.type == "Organization" and generic(doc[r.start:r.end].text) and (
                name(start - 1) or doc[start - 1].lower_ in ("and", "of") and name(start - 2)):
            start -= 1 if name(start - 1) else 2
        owner = ending.get(start)
        out.append(r if start == r.start else Raw(start, r.end, "Organization", whole=owner and (owner.start, owner.end)))
    return out


def _untagged_bodies(doc: Doc, taken: list[bool]) -> list[Raw]:
    """Organisations NER left untagged: a run of proper nouns, led by one or by an ordinal ('the
    48th Harbour Wing'), joined by 'of'/'and'/'for'/'on', that ends in a body word and touches
    no other name."""
    heads, out, i = lexicon.data("names")["body_heads"], [], 0
    while i < len(doc):
        end = _run_end(doc, i, taken)
        words = doc[i:end]
        if end - i >= 2 and words[-1].lower_ in heads and not title_token(words[0]) and not any(taken[i:end]):
            out.append(Raw(i, end, "Organization"))
        i = max(end, i + 1)
    return out


def _run_end(doc: Doc, i: int, taken: list[bool]) -> int:
    def name(k: int) -> bool:
        return k < len(doc) and not taken[k] and doc[k].pos_ == "PROPN" and doc[k].is_title
    if not (name(i) or _numbered(doc[i])) \
            or i > 0 and name(i - 1):
        return i
    end = i + 1
    while name(end) or end + 1 < len(doc) and doc[end].lower_ in ORG_LINKS and name(end + 1):
        end += 1 if name(end) else 2
    return end


def _numbered(tok) -> bool:
    """A unit's number: '31st', '494th'."""
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.lower_))


def _place_names(doc: Doc, ents) -> set[str]:
    """The names the article describes or uses as places ('the X region', 'the city of X', 'X,
    Norway') and the names of its facilities ('X Air Station')."""
    out = set()
    for ent in ents:
        start, end = trim(doc, ent.start, ent.end)
        if ent.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC") and start < end and (
                named_place(doc, start, end) or doc[end - 1].lower_ in lexicon.data("names")["facility_heads"]):
            out.add(doc[start:end].text)
    return out


def _unplaced(doc: Doc, raws: list[Raw], places: set[str]) -> list[Raw]:
    """Without the names of unknown actors that the article uses for a place elsewhere, whole or
    as its first words ('at X' where 'the X oil fields' or 'X Main Air Station' says X is a place):
    a name has one type across the article."""
    def placed(r: Raw) -> bool:
        text = doc[r.start:r.end].text
        return not r.key and r.type != "Country" and any(p == text or p.startswith(text + " ") for p in places)
    return [r for r in raws if not placed(r)]


def _owned_bodies(doc: Doc, raws: list[Raw], taken: list[bool]) -> list[Raw]:
    """'China's Foreign Ministry' that NER missed: a country, a possessive, capitalised words
    ending in a word that names a body."""
    out = []
    for r in raws:
        if r.type != "Country" or r.end + 1 >= len(doc) or doc[r.end].text not in lexicon.possessive_marks():
            continue
        end = r.end + 1
        while end < len(doc) and not taken[end] and doc[end].is_title:
            end += 1
        if end > r.end + 1 and doc[end - 1].lower_ in lexicon.data("names")["generic_orgs"]:
            out.append(Raw(r.end + 1, end, "Organization"))
    return out


def _possessors(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """'Sweden's Nordic Institute' tagged as two names: the institute belongs to Sweden."""
    ending = {r.end: r for r in raws}
    out = []
    for r in raws:
        owner = ending.get(r.start - 1)
        if r.type == "Organization" and r.whole is None and owner is not None and owner.type != "Person" \
                and doc[r.start - 1].text in lexicon.possessive_endings():
            r = Raw(r.start, r.end, r.type, r.key, r.demonym, (owner.start, owner.end))
        out.append(r)
    return out


def _gaz_raw(span: Span) -> Raw:
    label = span.label_
    typ = "Country" if label in COUNTRY_LABELS else "Organization"
    return Raw(span.start, span.end, typ, span.id_, demonym=label == "Demonym")


def _org(doc: Doc, ent: Span, gaz: list[Span]) -> list[Raw]:
    start, end = trim(doc, ent.start, ent.end)
    end = next((k for k in range(start + 1, end) if doc[k].text == "("), end)  # 'Name (Acronym)': the name
    start, end = trim(doc, start, end)
    if start > 0 and _numbered(doc[start - 1]):
        start -= 1  # 'the 31st Fighter Wing': the unit's number is part of its name
    end = _extend_org(doc, end, gaz)
    while end > start and title_token(doc[end - 1]) and _before_person(doc, end):
        end -= 1  # 'Navy Capt. Jane Doe': the rank is no part of a body's name
    known = any(g.label_ == "Organization" for g in inside(gaz, start, end))
    if start >= end or _job_title(doc[start:end]) or named_place(doc, start, end) and not known \
            or doc[end - 1].lower_ in lexicon.data("names")["facility_heads"]:
        return []
    inner = _titled_actor(doc, start, end, gaz)
    if inner is not None:
        return [inner]
    last, names = doc[end - 1], lexicon.data("names")
    if not (last.text[:1].isupper() or last.text[:1].isdigit()) or last.lower_ in names["not_org_heads"] \
            or doc[start:end].text.lower() in names["regions"] \
            or (end - start == 1 and last.lower_ in names["generic_orgs"]):
        return []
    parts = _split_possessive(doc, start, end, gaz)
    out: list[Raw] = []
    whole = None
    for s, e in parts:
        out += _org_part(doc, s, e, gaz, whole)
        whole = (s, e)
    return out


def _titled_actor(doc: Doc, start: int, end: int, gaz: list[Span]) -> Raw | None:
    """An organisation span that is a title and an actor: the person after a title ('Secretary
    of Defense Jane Doe'), the country after a body word ('the Government of Norway')."""
    country = next((g for g in inside(gaz, start, end) if g.end == end and g.label_ in COUNTRY_LABELS), None)
    if country is not None and country.start > start and doc[country.start - 1].lower_ in ("of", "the") \
            and _title_words(doc[start:country.start]):
        return _gaz_raw(country)
    given = next((k for k in range(start + 1, end - 1) if reference.is_given_name(doc[k].text)), None)
    if _body_word(doc[end - 1]):  # 'King Halvard Baptist Church' names a body
        return None
    if given is None:  # 'Chairperson Doe': a title and a name that is no English word
        given = next((k for k in range(start + 1, end) if not title_token(doc[k])), end)
        if _title_words(doc[start:given]) and title_token(doc[given - 1]) and named(doc, given, end) \
                and not inside(gaz, given, end):
            return Raw(given, end, "Person")
        return None
    titled = _title_words(doc[start:given]) or any(  # 'Advisor for Cyber Jane Doe': a title with its domain
        t.lower_ in lexicon.title_heads() and doc[t.i + 1].lower_ in ("for", "of") for t in doc[start:given - 1])
    if titled and not inside(gaz, given, end) \
            and all(name_token(t) and t.lower_ not in lexicon.data("names")["generic_orgs"] for t in doc[given:end]):
        return Raw(given, end, "Person")
    return None


def _title_words(span: Span) -> bool:
    """Only title words, body words ('Government', 'Ministry') and 'of'/'the'."""
    bodies = lexicon.data("names")["generic_orgs"]
    return all(lexicon.is_title_word(t.text) or t.lower_ in ("of", "the") or t.lower_ in bodies
               or t.lemma_.lower() in bodies for t in span)


def _job_title(span: Span) -> bool:
    """'National Security Advisor', 'Foreign Affairs' or a lone 'Defense' is a title or a
    domain, not an organisation: only title words, and no word that names a body."""
    return all(lexicon.is_title_word(t.text) or not t.is_alpha for t in span) and \
        (len(span) == 1 or not any(t.lower_ in lexicon.data("names")["generic_orgs"] for t in span))


def _org_part(doc: Doc, start: int, end: int, gaz: list[Span], whole) -> list[Raw]:
    inner = inside(gaz, start, end)
    bodies = lexicon.data("names")["generic_orgs"]
    exact = [g for g in inner if (g.start, g.end) == (start, end)
             or (g.start == start and g.label_ == "Organization"  # a known body and words that name no other
                 and (end - g.end <= 1 or not any(t.lower_ in bodies for t in doc[g.end:end])))]
    if exact:
        g = exact[0]
        return [Raw(g.start, g.end, _gaz_raw(g).type, g.id_, whole=whole)]
    head = [g for g in inner if g.start == start and g.label_ in COUNTRY_LABELS]
    if head and end - head[0].end >= 2 and doc[head[0].end].is_title:
        g = head[0]
        return [_gaz_raw(g), Raw(g.end, end, "Organization", whole=(g.start, g.end))]
    if not _plausible_org(doc, start, end):
        return [_gaz_raw(g) for g in inner]
    return [Raw(start, end, "Organization", whole=whole)]


def _plausible_org(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if t.is_alpha]
    return bool(words) and (words[0].is_upper or words[0].is_title)


def _before_person(doc: Doc, i: int) -> bool:
    """A person's name starts at token i, or after the dot of an abbreviation there."""
    i += i < len(doc) and doc[i].text == "."
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _split_possessive(doc: Doc, start: int, end: int, gaz: list[Span]) -> list[tuple[int, int]]:
    """'University of Tokyo's Institute' -> [University of Tokyo, Institute];
    "the Philippines' Department" -> [Philippines, Department] (a bare apostrophe after a country);
    never inside a gazetteer name ("Democratic People's Republic of Korea") nor after a plural
    noun ("the Harbour Pilots' Association")."""
    countries = {(g.start, g.end) for g in gaz if g.label_ in ("Country", "Capital")}
    named = {i for g in gaz for i in range(g.start + 1, g.end)}  # "the Democratic People's Republic of Korea"
    parts, s = [], start
    for i in range(start, end):
        plural = _plural_noun(doc[i - 1]) and (s, i) not in countries  # "the Patrolmen's Association"
        if i > s and i not in named and not plural and (doc[i].text in lexicon.possessive_endings()
                                                        or doc[i].text in lexicon.possessive_marks() and (s, i) in countries):
            parts.append((s, i))
            s = i + 1
    parts.append((s, end))
    return [p for p in parts if p[1] > p[0]]


def _plural_noun(tok) -> bool:
    """'Pilots', 'Veterans', 'Women': a plural noun, as tagged or as an English word's plural."""
    low = tok.lower_
    return tok.tag_ in ("NNS", "NNPS") or low.endswith("men") or low.endswith("s") and reference.is_word(low[:-1])


def _extend_org(doc: Doc, end: int, gaz: list[Span]) -> int:
    """Extend 'Institute of Advanced Studies' over 'on Asia' (a link word + capitalised words)."""
    countries = {i for g in gaz if g.label_ in ("Country", "Capital") for i in range(g.start, g.end)}
    def name_word(i: int) -> bool:
        return doc[i].is_title and i not in countries and doc[i].ent_type_ not in ("PERSON", "DATE", "TIME") \
            and doc[i].lower_ not in lexicon.data("names")["time_words"]

    while end + 1 < len(doc) and doc[end].lower_ in ORG_LINKS and doc[end].lower_ != "and" and name_word(end + 1):
        end += 2
        while end < len(doc) and name_word(end):
            end += 1
    return end
