"""Doc -> actor mentions: spaCy NER and the gazetteer ruler, cleaned and repaired.

Countries and known organisations come from the gazetteer spans (``doc.spans["gazetteer"]``);
people and other organisations from NER, with spans repaired: leading titles and "the"
stripped, possessives split ("Japan's National Institute" is the institute, part of Japan),
names extended over dropped tokens ("John Q. Roe III"), "X of Y on Z" kept whole.
Resolution into entities is ``kg.extract.resolve``.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import lexicon, reference
from kg.extract.places import capital_acts, described_place, inside_place, named_place
from kg.nlp import SPANS_KEY

ORG_LINKS = ("of", "on", "for", "and")
COUNTRY_LABELS = ("Country", "Capital", "Demonym")  # gazetteer span labels that name a country


@dataclass(frozen=True)
class Raw:
    """A mention before resolution: token span, type, and the gazetteer key when known."""

    start: int  # token indices
    end: int
    type: str  # Person | Organization | Country
    key: str | None = None
    demonym: bool = False
    whole: tuple[int, int] | None = None  # token span of a possessor/qualifier it belongs to


def raw_mentions(doc: Doc) -> list[Raw]:
    """Every actor mention in the doc, non-overlapping, in text order."""
    gaz = [s for s in filter_spans(list(doc.spans.get(SPANS_KEY, [])))]
    taken = [False] * len(doc)
    out: list[Raw] = []
    ents = doc.ents
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        if ent.label_ == "ORG":
            out += _org(doc, ent, gaz)
        elif ent.label_ == "PERSON":
            out += _person(doc, ent, gaz)
    for raw in out:
        for i in range(raw.start, raw.end):
            taken[i] = True
    for span in gaz:
        if not any(taken[span.start:span.end]) and not inside_place(doc, span, ent_at) \
                and (span.label_ != "Capital" or capital_acts(span)):
            out.append(_gaz_raw(span))
            for i in range(span.start, span.end):
                taken[i] = True
    out += _titled_names(doc, taken, gaz)
    out += _untagged_bodies(doc, [t or any(r.start <= i < r.end for r in out) for i, t in enumerate(taken)])
    out = sorted(out + _owned_bodies(doc, out, taken), key=lambda r: (r.start, r.end))
    return _possessors(doc, _unplaced(doc, out, _place_names(doc, ents)))


def _untagged_bodies(doc: Doc, taken: list[bool]) -> list[Raw]:
    """Organisations NER left untagged: a run of proper nouns, led by one or by an ordinal ('the
    48th Harbour Wing'), joined by 'of'/'and'/'for'/'on', that ends in a body word and touches
    no other name."""
    heads, out, i = lexicon.data("names")["body_heads"], [], 0
    while i < len(doc):
        end = _run_end(doc, i, taken)
        words = doc[i:end]
        if end - i >= 2 and words[-1].lower_ in heads and not _title_token(words[0]) and not any(taken[i:end]):
            out.append(Raw(i, end, "Organization"))
        i = max(end, i + 1)
    return out


def _run_end(doc: Doc, i: int, taken: list[bool]) -> int:
    def name(k: int) -> bool:
        return k < len(doc) and not taken[k] and doc[k].pos_ == "PROPN" and doc[k].is_title
    if not (name(i) or doc[i].ent_type_ == "ORDINAL" and any(c.isdigit() for c in doc[i].text)) \
            or i > 0 and name(i - 1):
        return i
    end = i + 1
    while name(end) or end + 1 < len(doc) and doc[end].lower_ in ORG_LINKS and name(end + 1):
        end += 1 if name(end) else 2
    return end


def _place_names(doc: Doc, ents) -> set[str]:
    """The names the article describes as places ('the X region', 'the city of X') and the
    names of its facilities ('X Air Station')."""
    out = set()
    for ent in ents:
        start, end = _trim(doc, ent.start, ent.end)
        if ent.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC") and start < end and (
                described_place(doc, start, end) or doc[end - 1].lower_ in lexicon.data("names")["facility_heads"]):
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


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners and punctuation, trailing possessives and punctuation."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in lexicon.possessive_marks() or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    return start, end


def _inside(gaz: list[Span], start: int, end: int) -> list[Span]:
    return [g for g in gaz if g.start < end and g.end > start]


def _org(doc: Doc, ent: Span, gaz: list[Span]) -> list[Raw]:
    start, end = _trim(doc, ent.start, ent.end)
    end = _extend_org(doc, end, gaz)
    known = any(g.label_ == "Organization" for g in _inside(gaz, start, end))
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
    country = next((g for g in _inside(gaz, start, end) if g.end == end and g.label_ in COUNTRY_LABELS), None)
    if country is not None and country.start > start and doc[country.start - 1].lower_ in ("of", "the") \
            and _title_words(doc[start:country.start]):
        return _gaz_raw(country)
    given = next((k for k in range(start + 1, end - 1) if reference.is_given_name(doc[k].text)), None)
    if given is None:  # 'Chairperson Doe': a title and a name that is no English word
        given = next((k for k in range(start + 1, end) if not _title_token(doc[k])), end)
        if _title_words(doc[start:given]) and _title_token(doc[given - 1]) and _named(doc, given, end) \
                and not _inside(gaz, given, end):
            return Raw(given, end, "Person")
        return None
    if _title_words(doc[start:given]) and not _inside(gaz, given, end) \
            and all(_name_token(t) and t.lower_ not in lexicon.data("names")["generic_orgs"] for t in doc[given:end]):
        return Raw(given, end, "Person")
    return None


def _named(doc: Doc, start: int, end: int) -> bool:
    """One to three proper-noun name words after a title, none of them an English word or a
    body word: a surname ('Chairperson Doe', 'President Roe')."""
    words = doc[start:end]
    return 0 < len(words) <= 3 and all(
        _name_token(t) and t.pos_ == "PROPN" and t.is_alpha and not reference.is_word(t.text)
        and t.lower_ not in lexicon.data("names")["generic_orgs"] for t in words)


def _titled_names(doc: Doc, taken: list[bool], gaz: list[Span]) -> list[Raw]:
    """People NER missed after a title ('thanked President Roe for ...'): a capitalised title
    word and the name words after it, in no entity and no gazetteer name."""
    out = []
    for tok in doc[:-1]:
        if not (_title_token(tok) and tok.text[:1].isupper()) or taken[tok.i] or tok.ent_type_:
            continue
        end = tok.i + 1
        while end < len(doc) and not taken[end] and not doc[end].ent_type_ and doc[end].pos_ == "PROPN":
            end += 1
        if end > tok.i + 1 and _named(doc, tok.i + 1, end) and not _inside(gaz, tok.i + 1, end):
            out.append(Raw(tok.i + 1, end, "Person"))
    return out


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
    inner = _inside(gaz, start, end)
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


def _split_possessive(doc: Doc, start: int, end: int, gaz: list[Span]) -> list[tuple[int, int]]:
    """'University of Tokyo's Institute' -> [University of Tokyo, Institute];
    "the Philippines' Department" -> [Philippines, Department] (a bare apostrophe after a country)."""
    countries = {(g.start, g.end) for g in gaz if g.label_ in ("Country", "Capital")}
    parts, s = [], start
    for i in range(start, end):
        if i > s and (doc[i].text in lexicon.possessive_endings() or doc[i].text in lexicon.possessive_marks() and (s, i) in countries):
            parts.append((s, i))
            s = i + 1
    parts.append((s, end))
    return [p for p in parts if p[1] > p[0]]


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


def _person(doc: Doc, ent: Span, gaz: list[Span]) -> list[Raw]:
    first, end = _trim(doc, ent.start, ent.end)
    genres = lexicon.data("speech")["genres"]
    while end > first and doc[end - 1].lower_ in genres:  # 'Jane Doe Remarks': the name without the text
        first, end = _trim(doc, first, end - 1)
    start = _name_start(doc, first, end)
    if 0 < start < end and lexicon.honorific().match(doc[start - 1].text + " "):
        start -= 1  # 'Mr. Doe' is said so (resolution drops the honorific from the name)
    if start >= end or _inside(gaz, start, end) or named_place(doc, start, end) or _counted(doc[start:end]):
        return []
    while start == first and start > 0 and _dropped_name_word(doc[start - 1], gaz):  # nothing was stripped:
        start = first = start - 1  # take back the name words NER dropped before it
    if not all(_name_token(t) or t.text == "-" or doc[t.i - 1].text == "-" or t.i > start and _later_name_word(t)
               for t in doc[start:end]) or end - start > 6:
        return []
    return [Raw(start, end, "Person")]


def _counted(span: Span) -> bool:
    """'five Strike Eagles', 'five F-15E Strike Eagles': a name counted by a number (its own, or
    that of a model number before it) names things, not a person."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return any(c.dep_ == "nummod" and c.i < span.start for c in span.root.children) or \
        before is not None and any(ch.isdigit() for ch in before.text) and any(c.dep_ == "nummod" for c in before.children)


def _dropped_name_word(tok, gaz: list[Span]) -> bool:
    return not _title_token(tok) and _name_token(tok) and tok.pos_ == "PROPN" \
        and tok.ent_type_ in ("", "PERSON", "ORG") and not _inside(gaz, tok.i, tok.i + 1)


def _name_start(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts in an NER span: after the titles, ranks and descriptors
    before it ('Navy Capt.', 'Lawyer', 'Midlands MEP' before a given name)."""
    while start < end and (_title_token(doc[start]) or not doc[start].text[:1].isupper()):
        start += 1
    given = next((i for i in range(start + 1, end - 1) if reference.is_given_name(doc[i].text)), None)
    if given is not None and any(_descriptor(t) for t in doc[start:given]) \
            and not reference.is_given_name(doc[start].text):
        start = given
    return start


def _descriptor(tok) -> bool:
    """A word before a given name that describes the person: a title, an acronym, an English word."""
    return _title_token(tok) or tok.is_alpha and (tok.is_upper and len(tok) > 1 or reference.is_word(tok.text))


def _title_token(tok) -> bool:
    """A title or rank before a name: the titles of kg/data, or a personal title that is not
    also a given name ('Earl Warren' keeps Earl)."""
    return lexicon.is_title_word(tok.text) or reference.is_title(tok.text) and not reference.is_given_name(tok.text)


def _later_name_word(tok) -> bool:
    """A title word right after a given name is a surname ('Peter King'), not a title."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.i > 0 and reference.is_given_name(tok.doc[tok.i - 1].text)


def _name_token(tok) -> bool:
    text = tok.text
    return (text[:1].isupper() and not lexicon.is_title_word(text) and not tok.is_punct
            and not tok.like_num) or lexicon.is_name_suffix(text) or \
        (len(text) <= 3 and text.endswith(".") and text[:1].isupper())
