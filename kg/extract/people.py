"""Doc -> people's names: an NER person span cut to the name (titles, ranks and descriptors
before it stripped, name words NER dropped taken back), and people NER missed or mistook after
a title ('President Varsani', 'Chairperson Varsani'). Used by ``kg.extract.entities``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg import lexicon, reference
from kg.extract.doc import Raw, inside, trim
from kg.extract.offices import rank_led
from kg.extract.places import named_place

PREFIXED_SURNAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+")  # 'O’Dell', 'D'Arcy'


def named(doc: Doc, start: int, end: int, *, lenient: bool = False) -> bool:
    """One to three proper-noun name words after a title, no body word and no English word among
    them: a surname ('Chairperson Doe', 'President Roe'); ``lenient``, one English word in a
    longer name ('Minister Ngo Van Lich')."""
    words = doc[start:end]
    english = sum(reference.is_word(t.text) for t in words)
    return 0 < len(words) <= 3 and english <= (lenient and len(words) > 1) and all(
        name_token(t) and t.pos_ == "PROPN" and t.is_alpha
        and t.lower_ not in lexicon.data("names")["generic_orgs"] for t in words)


def titled_names(doc: Doc, taken: list[bool], gaz: list[Span]) -> list[Raw]:
    """People NER missed after a title ('thanked President Roe for ...'): a capitalised title
    word and the name words after it, in no entity and no gazetteer name; after a title's head
    in lower case, a given name and a surname ('his counterpart Jane Roe')."""
    out = []
    for tok in doc[:-1]:
        lower = tok.lower_ in lexicon.title_heads() and tok.is_lower  # 'his counterpart Jane Roe'
        if not (title_token(tok) and (tok.text[:1].isupper() or lower)) or taken[tok.i] or tok.ent_type_:
            continue
        start = tok.i + 1 + (doc[tok.i + 1].text == "." and not tok.whitespace_)  # 'Sgt .' split by the tokenizer
        apposed = start < len(doc) and doc[start].text == ","  # 'the minister of defense, Jane Roe,'
        start += apposed
        start = _past_country(doc, start, gaz)
        end = start
        while end < len(doc) and not taken[end] and not doc[end].ent_type_ and doc[end].pos_ == "PROPN":
            end += 1
        start += start < end and rank_led(doc, start, end)  # 'Lt Gen Jane Doe'
        set_off = not apposed or end >= len(doc) or doc[end].is_punct
        if end > start and set_off and (not lower and named(doc, start, end, lenient=True) or _given_and_surname(doc, start, end)) \
                and not inside(gaz, start, end):
            out.append(Raw(start, end, "Person"))
    return out


def _past_country(doc: Doc, start: int, gaz: list[Span]) -> int:
    """Where the name begins after a title's country ('Ambassador to Norway Jane Roe'): past the
    link word and the country's name, or at start."""
    if start < len(doc) and doc[start].lower_ in ("to", "of", "for"):
        country = next((g for g in gaz if g.start == start + 1 and g.label_ == "Country"), None)
        if country is not None:
            return country.end
    return start


def place_tagged_people(doc: Doc, taken: list[bool], gaz: list[Span]) -> list[Raw]:
    """People NER tagged as a place or a nationality and no gazetteer name covers ('President
    Jane Roe', 'Minister Ana von der Doe' tagged GPE): proper nouns after a title, or a given
    name and more name words; lower-case name particles inside the name kept. Not a known
    place's name, one before a title ('Former Ohio Gov.') or an acronym."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "NORP", "FAC") or any(taken[ent.start:ent.end]) \
                or inside(gaz, ent.start, ent.end) or not all(t.pos_ == "PROPN" and t.is_alpha for t in ent):
            continue
        start = _name_back(doc, ent.start, taken)
        before = doc[start - 1] if start > 0 else None
        titled = before is not None and title_token(before) and before.text[:1].isupper()
        given = ent.end - start >= 2 and reference.is_given_name(doc[start].text) \
            and not reference.is_word(doc[ent.end - 1].text)  # not 'Red Flag'
        text, after = doc[start:ent.end].text, doc[ent.end] if ent.end < len(doc) else None
        if (titled or given) and not named_place(doc, start, ent.end) and not inside(gaz, start, ent.end) \
                and not reference.is_place(text) and not (after is not None and title_token(after)) \
                and not any(t.is_upper and len(t) > 1 or re.search(r"[a-z]{4}[A-Z]", t.text) for t in doc[start:ent.end]):
            out.append(Raw(start, ent.end, "Person"))
    return out


def nicknamed_names(doc: Doc, taken: list[bool], gaz: list[Span]) -> list[Raw]:
    """People NER cut at a quoted nickname ('Jane "Jo" Doe' tagged as a work's title from the
    nickname on): a given name (or any name after a title or rank), one or two name words in
    quote marks, then one to three name words, none in another actor's mention or a gazetteer name."""
    speech, single = lexicon.data("speech"), lexicon.data("names")["nickname_quotes"]
    opens, closes = {*speech["open_quotes"], *single}, {*speech["close_quotes"], *single}
    out = []
    for tok in doc[:-4]:
        given = reference.is_given_name(tok.text) or tok.i > 0 and title_token(doc[tok.i - 1])  # 'Col. Jondoe "Jo" Roe'
        if taken[tok.i] or not (given and tok.pos_ == "PROPN") \
                or doc[tok.i + 1].text not in opens:
            continue
        close = next((k for k in range(tok.i + 2, min(tok.i + 5, len(doc))) if doc[k].text in closes), None)
        if close is None or close == tok.i + 2 or not all(name_token(t) for t in doc[tok.i + 2:close]):
            continue
        end = close + 1
        while end < len(doc) and end - close <= 3 and not taken[end] and doc[end].pos_ == "PROPN" and name_token(doc[end]):
            end += 1
        if end > close + 1 and not inside(gaz, tok.i, end):
            out.append(Raw(tok.i, end, "Person"))
    return out


def _name_back(doc: Doc, start: int, taken: list[bool]) -> int:
    """Where a name that ends in an NER span starts: name words and particles before it."""
    particles = lexicon.data("names")["name_particles"]
    while start > 0 and not taken[start - 1] and doc[start - 1].ent_type_ in ("", "PERSON") and (
            doc[start - 1].pos_ == "PROPN" and name_token(doc[start - 1]) and doc[start - 1].is_alpha
            or doc[start - 1].text in particles and start > 1
            and (doc[start - 2].text[:1].isupper() or doc[start - 2].text in particles)):
        start -= 1
    return start


def _given_and_surname(doc: Doc, start: int, end: int) -> bool:
    """A given name and one more capitalised word after a title ('Sgt. Jane Cole')."""
    return end - start == 2 and reference.is_given_name(doc[start].text) and all(
        name_token(t) and t.is_alpha and t.lower_ not in lexicon.data("names")["generic_orgs"] for t in doc[start:end])


def names_through(doc: Doc, gaz: list[Span], raws: list[Raw]) -> list[Raw]:
    """People's names that run through a one-word country name or demonym NER split them at
    ('Jane Porter Jordan III', 'M. Dane Doe'): after a person's name or an initial, before a
    name word or a suffix. The name's mention replaces those it covers."""
    out = list(raws)
    for g in gaz:
        i = g.start
        if g.end != i + 1 or i == 0 or not _name_goes_on(doc, i + 1, gaz):
            continue
        before = next((r for r in out if r.type == "Person" and r.end == i), None)
        if before is None and not re.fullmatch(r"[A-Z]\.", doc[i - 1].text):
            continue
        end = i + 1
        while end < len(doc) and end < i + 3 and _name_goes_on(doc, end, gaz):
            end += 1
        start = before.start if before else i - 1
        out = [r for r in out if r.end <= start or r.start >= end] + [Raw(start, end, "Person")]
    return out


def _name_goes_on(doc: Doc, k: int, gaz: list[Span]) -> bool:
    """Token k carries a name on: a suffix, or a capitalised word that is no title and no known
    actor's name (a surname may be tagged a common noun: 'Waters')."""
    tok = doc[k] if k < len(doc) else None
    return tok is not None and (lexicon.is_name_suffix(tok.text) or tok.is_alpha and tok.is_title
                                and not tok.is_sent_start and not title_token(tok) and not inside(gaz, k, k + 1))


def person(doc: Doc, ent: Span, gaz: list[Span]) -> list[Raw]:
    first, end = trim(doc, ent.start, ent.end)
    genres = lexicon.data("speech")["genres"]
    while end > first and doc[end - 1].lower_ in genres:  # 'Jane Doe Remarks': the name without the text
        first, end = trim(doc, first, end - 1)
    start = _name_start(doc, first, end)
    if 0 < start < end and lexicon.honorific().match(doc[start - 1].text + " "):
        start -= 1  # 'Mr. Doe' is said so (resolution drops the honorific from the name)
    if start >= end or inside(gaz, start, end) and not _surname_named(doc, start, end, gaz) \
            and not _named_for_place(doc, start, end, gaz) \
            or named_place(doc, start, end) or named_place(doc, first, end) or _counted(doc[start:end]) \
            or any(re.search(r"[a-z]{4}[A-Z]", t.text) for t in doc[start:end]):  # 'Asia PacificNews' run together
        return []
    while start == first and start > 0 and _dropped_name_word(doc[start - 1], gaz):  # nothing was stripped:
        start = first = start - 1  # take back the name words NER dropped before it
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and (doc[end + 1].is_lower or reference.is_given_name(doc[end - 1].text)):
        end += 2  # 'Jane Doe-ri', 'Jane Maria Doe-Roe': the hyphenated name's last part NER left out
    if end + 2 < len(doc) and reference.is_given_name(doc[end - 1].text) and doc[end].is_title \
            and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_title:
        end += 3  # 'Jane Maria' and the hyphenated surname NER left out
    if end < len(doc) and PREFIXED_SURNAME.fullmatch(doc[end].text) and reference.is_given_name(doc[end - 1].text):
        end += 1  # 'Jane O’Dell': the surname with an apostrophe NER left out after the given name
    while (start > first or _third_name_word(doc, start, end)) and end - start < 4 and _untagged_name_word(doc, end, gaz):
        end += 1  # 'Gen Jane Maria Doe', 'Jane Mi Sook': NER took a rank or two name words, the rest is the name
    speech = lexicon.data("speech")
    quotes = speech["open_quotes"] + speech["close_quotes"] + lexicon.data("names")["nickname_quotes"]
    if not all(name_token(t) or t.text == "-" or doc[t.i - 1].text == "-" or t.i > start and _later_name_word(t)
               or t.i == start < end - 1 and lexicon.honorific().match(t.text + " ")  # 'Dr Jane Doe', no period
               or start < t.i < end - 1 and t.text in quotes  # 'Jane "Jo" Doe': a nickname
               or start < t.i < end - 2 and t.is_lower and doc[t.i + 1].text == "-"  # 'Jane el-Doe'
               or start < t.i < end - 1 and t.text in lexicon.data("names")["name_particles"]  # 'Jane bin Doe'
               for t in doc[start:end]) or end - start > 6 or not any(t.tag_ in ("NNP", "NNPS") for t in doc[start:end]):
        return []  # no proper noun: words ('Will Be' in a headline), not a name
    return [Raw(start, end, "Person")]



def _third_name_word(doc: Doc, start: int, end: int) -> bool:
    """The word after a two-word name NER tagged is no English word: the name's third ('Jane Mi Sook')."""
    return end - start == 2 and end < len(doc) and not reference.is_word(doc[end].text, inflected=True)


def _untagged_name_word(doc: Doc, k: int, gaz: list[Span]) -> bool:
    """Token k is a proper noun NER left out of every entity, and would carry a name on."""
    return k < len(doc) and doc[k].tag_ == "NNP" and not doc[k].ent_type_ and _name_goes_on(doc, k, gaz)


def _surname_named(doc: Doc, start: int, end: int, gaz: list[Span]) -> bool:
    """A given name and a surname that is also a country's or a body's name ('Jim Jordan')."""
    return end - start >= 2 and reference.is_given_name(doc[start].text) and all(
        g.start > start and g.end <= end for g in inside(gaz, start, end))


def _named_for_place(doc: Doc, start: int, end: int, gaz: list[Span]) -> bool:
    """A person's name that starts with a country's or a capital's one-word name, a given name
    or a capital's, and goes on in name words no other actor has ('Israel Doe', 'Victoria Doe',
    'Wellington Doe')."""
    first = [g for g in inside(gaz, start, end) if g.start == start]
    return end - start >= 2 and len(first) == 1 and first[0].end == start + 1 and first[0].label_ in ("Country", "Capital") \
        and (first[0].label_ == "Capital" or reference.is_given_name(doc[start].text)) \
        and not inside(gaz, start + 1, end) and all(name_token(t) for t in doc[start + 1:end])


def _counted(span: Span) -> bool:
    """'five Strike Eagles', 'five F-15E Strike Eagles': a name counted by a number (its own, or
    that of a model number before it) names things, not a person."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return any(c.dep_ == "nummod" and c.i < span.start for c in span.root.children) or \
        before is not None and any(ch.isdigit() for ch in before.text) and any(c.dep_ == "nummod" for c in before.children)


def _dropped_name_word(tok, gaz: list[Span]) -> bool:
    """A name word NER left out before a name. Not a descriptor before a given name ('Whip Jane
    Doe', 'Billionaire Jane Doe', 'Judge Jane Doe'), nor an English word that is no given name
    ('Praises Doe' in a headline), nor the last word of a title in 'X of Y' ('Hall of Famer')."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    given = reference.is_given_name(tok.text)
    described = nxt is not None and reference.is_given_name(nxt.text) and _descriptor(tok) \
        and (not given or reference.is_title(tok.text))
    worded = not given and reference.is_word(tok.text, inflected=True)
    titled = not given and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "of"  # 'Hall of Famer': a title's end
    return not title_token(tok) and not titled and name_token(tok) and tok.pos_ == "PROPN" and not described and not worded \
        and tok.ent_type_ in ("", "PERSON", "ORG") and not inside(gaz, tok.i, tok.i + 1)


def _name_start(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts in an NER span: after the titles, ranks, descriptors and
    function words before it ('Navy Capt.', 'Lawyer', 'Midlands MEP' before a given name, a body's
    acronym before a rank: 'HDF Maj Gen'), and
    after the last word of a title that ends in 'of X' ('Hall of Famer' before a given name)."""
    while start < end and (title_token(doc[start]) or rank_led(doc, start, end) or not doc[start].text[:1].isupper()
                           or doc[start].pos_ in ("ADP", "SCONJ", "CCONJ", "DET") and start < end - 1
                           or doc[start].is_upper and len(doc[start]) > 1 and start < end - 2 and title_token(doc[start + 1])):
        start += 1  # 'Without Jane Doe' at a sentence's start: a preposition, capitalised; 'HDF Maj Jane Doe' a body's acronym
    if start < end - 2 and start > 0 and doc[start - 1].lower_ in ("and", "of") and reference.is_word(doc[start].text) \
            and not reference.is_given_name(doc[start].text):
        start += 1  # 'Director of Operations and [Advocacy] Jane Doe': a title's last word
    given = next((i for i in range(start + 1, end - 1) if reference.is_given_name(doc[i].text)), None)
    after_of = start > 0 and doc[start - 1].lower_ == "of"  # 'Hall of [Famer] Jane Doe': the end of a title
    if given is not None and (after_of or any(_descriptor(t) for t in doc[start:given])) \
            and not reference.is_given_name(doc[start].text):
        start = given
    return start


def _descriptor(tok) -> bool:
    """A word before a given name that describes the person: a title, an acronym, an English word."""
    return title_token(tok) or tok.is_alpha and (tok.is_upper and len(tok) > 1 or reference.is_word(tok.text, broad=True))


def title_token(tok) -> bool:
    """A title or rank before a name: the titles of kg/data, a style in capitals ('HE' for His
    Excellency) or an office's acronym ('COAS'), or a personal title that is not also a given name ('Earl Warren' keeps Earl)."""
    return lexicon.is_title_word(tok.text) or tok.text in lexicon.data("names")["styles"] \
        or tok.text in lexicon.data("titles")["acronyms"] \
        or reference.is_title(tok.text) and not reference.is_given_name(tok.text)


def _later_name_word(tok) -> bool:
    """A title word right after a given name is a surname ('Peter King'), not a title."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.i > 0 and reference.is_given_name(tok.doc[tok.i - 1].text)


def name_token(tok) -> bool:
    text = tok.text
    return (text[:1].isupper() and not lexicon.is_title_word(text) and not tok.is_punct
            and not tok.like_num) or lexicon.is_name_suffix(text) or \
        (len(text) <= 3 and text.endswith(".") and text[:1].isupper())
