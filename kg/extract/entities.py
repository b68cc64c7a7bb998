"""Doc -> actor mentions: spaCy NER and the gazetteer ruler, cleaned and repaired.

Countries and known organisations come from the gazetteer spans (``doc.spans["gazetteer"]``);
people and other organisations from NER, repaired: organisations' names by ``kg.extract.bodies``,
people's by ``kg.extract.people`` (and a transcript's speaker labels); bodies NER left untagged
("the 48th Harbour Wing", "China's Foreign Ministry"); names the article describes or uses as
places dropped in every mention; parties of a court case dropped. Resolution into entities is
``kg.extract.resolve``.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import gazetteer, lexicon, reference
from kg.extract.bodies import body_word, gaz_raw, org
from kg.extract.extents import ORG_LINKS, numbered
from kg.extract.doc import Raw, generic, trim
from kg.extract.labels import labelled_names
from kg.extract.people import (names_through, nicknamed_names, person, place_tagged_people, title_token,
                               titled_names)
from kg.extract.places import capital_acts, inside_place, modifies_place, named_place
from kg.extract.things import coded, named_thing, vessels
from kg.nlp import SPANS_KEY


def raw_mentions(doc: Doc) -> list[Raw]:
    """Every actor mention in the doc, non-overlapping, in text order."""
    gaz = [s for s in filter_spans(list(doc.spans.get(SPANS_KEY, []))) if s.id_ not in gazetteer.territories()]
    taken = [False] * len(doc)
    out: list[Raw] = []
    ents = doc.ents
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        if _case_party(doc, ent):
            continue
        if ent.label_ == "ORG" or ent.label_ == "FAC" and _mission(doc, ent):
            out += org(doc, ent, gaz)
        elif ent.label_ == "PERSON":
            out += org(doc, ent, gaz) if _body_named(doc, ent) else person(doc, ent, gaz)
    out = _take(taken, names_through(doc, gaz, out))
    out += _take(taken, (gaz_raw(span) for span in gaz if not any(taken[span.start:span.end])
                         and not inside_place(doc, span, ent_at) and (span.label_ != "Capital" or capital_acts(span))))
    out += _take(taken, place_tagged_people(doc, taken, gaz))
    out += _take(taken, nicknamed_names(doc, taken, gaz))
    out += titled_names(doc, taken, gaz)
    labelled = labelled_names(doc, gaz)
    out = [r for r in out if r.key or not any(lab.start < r.end and r.start < lab.end for lab in labelled)] + labelled
    covered = list(taken)
    _take(covered, out)
    out += _untagged_bodies(doc, covered)
    out += _acronym_parts(doc, out)
    out = sorted(out + _owned_bodies(doc, out, taken), key=lambda r: (r.start, r.end))
    things = {doc[r.start:r.end].text for r in out if not r.key and named_thing(doc, r)} | vessels(doc)  # every mention
    out = [r for r in out if r.key or not (doc[r.start:r.end].text in things or coded(doc, r))]
    return _possessors(doc, _unplaced(doc, _longer_bodies(doc, _coordinated(doc, out)), _place_names(doc, ents)))


def _coordinated(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """Two bodies' names NER ran into one across 'and' where both begin with the same word
    ('the Harbour Police and Harbour Guard'): two organisations."""
    out = []
    for r in raws:
        k = next((k for k in range(r.start + 2, r.end - 2) if doc[k].lower_ == "and"
                  and doc[k + 1].text == doc[r.start].text), None)
        if r.type == "Organization" and not r.key and k is not None:
            out += [Raw(r.start, k, r.type), Raw(k + 1, r.end, r.type)]
        else:
            out.append(r)
    return out


def _take(taken: list[bool], raws: Iterable[Raw]) -> list[Raw]:
    """The raw mentions, each one's tokens marked taken as it comes (so a generator reading
    ``taken`` sees the ones before it)."""
    out = []
    for raw in raws:
        out.append(raw)
        taken[raw.start:raw.end] = [True] * (raw.end - raw.start)
    return out


def _mission(doc: Doc, ent: Span) -> bool:
    """A 'facility' that is a country's mission ('the Embassy of Norway'): a body."""
    start, end = trim(doc, ent.start, ent.end)
    return start < end and doc[start].lower_ in lexicon.data("names")["mission_heads"]


def _case_party(doc: Doc, ent: Span) -> bool:
    """A party named in a court case's name ('Doe v. Ruritania') stands for the case, not an
    actor; so does the case's name tagged whole."""
    links = lexicon.data("names")["case_links"]
    return ent.end < len(doc) and doc[ent.end].lower_ in links or ent.start > 0 and doc[ent.start - 1].lower_ in links \
        or any(t.text in links for t in ent[1:-1])  # 'v.' as written: 'Jane V. Doe' is a name


def _body_named(doc: Doc, ent: Span) -> bool:
    """A 'person' whose name ends in a word that names a body or a building ('the Jane Doe
    Center', 'Ruritania Baptist Church'): an organisation, or a place."""
    start, end = trim(doc, ent.start, ent.end)
    return end - start >= 2 and body_word(doc[end - 1]) and not _ranked_name(doc, start, end)


def _ranked_name(doc: Doc, start: int, end: int) -> bool:
    """A given name and one more word after a rank or title, inside the span or right before
    it ('Lt. Cmdr. Jane Hall', 'Senior Airman Joe Park'): a person, whatever the last word."""
    while start < end - 2 and title_token(doc[start]):
        start += 1
    before = start - 1 - (start > 1 and doc[start - 1].text == ".")  # 'Cmdr .' split by the tokenizer
    return end - start == 2 and reference.is_given_name(doc[start].text) and before >= 0 \
        and title_token(doc[before]) and before < start


def _longer_bodies(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """A known body's generic name at the end of a longer capitalised one is not that body ('the
    Peace and Security Council' is no 'Security Council'): the longer name is an organisation of
    its own, part of the known body or country named right before it ('the AU Peace and ...')."""
    taken = {i for r in raws for i in range(r.start, r.end)}
    ending = {r.end: r for r in raws}

    def name(k: int) -> bool:
        return k >= 0 and k not in taken and doc[k].pos_ == "PROPN" and doc[k].is_title

    def listed(k: int) -> bool:  # 'sailors, Marines and Department of X civilians': a list's last items
        return doc[k].tag_ in ("NNS", "NNPS") or k > 0 and doc[k - 1].text == ","
    out = []
    for r in raws:
        start = r.start
        while r.key and r.type == "Organization" and generic(doc[r.start:r.end].text) and (
                name(start - 1) or doc[start - 1].lower_ in ("and", "of") and name(start - 2)
                and not (doc[start - 1].lower_ == "and" and listed(start - 2))):
            start -= 1 if name(start - 1) else 2
        owner = ending.get(start)
        out.append(r if start == r.start else Raw(start, r.end, "Organization", whole=owner and (owner.start, owner.end)))
    return out


def _untagged_bodies(doc: Doc, taken: list[bool]) -> list[Raw]:
    """Organisations NER left untagged: a run of proper nouns, led by one or by an ordinal ('the
    48th Harbour Wing'), joined by 'of'/'and'/'for'/'on', that ends in a body word, or in one
    and a title ('the Harbour Committee Chair'), and touches no other name."""
    heads, out, i = lexicon.data("names")["body_heads"], [], 0
    while i < len(doc):
        end = _run_end(doc, i, taken)
        last = next((k + 1 for k in range(end - 1, i, -1) if doc[k].lower_ in heads
                     and all(title_token(t) for t in doc[k + 1:end])), None)  # 'the X Committee Chair'
        if last is not None and (numbered(doc[i]) or not title_token(doc[i])) and not any(taken[i:last]):
            out.append(Raw(i, last, "Organization"))
        i = max(end, i + 1)
    return out


def _run_end(doc: Doc, i: int, taken: list[bool]) -> int:
    heads = lexicon.data("names")["body_heads"]

    def name(k: int) -> bool:  # a unit's word after its number may be tagged a noun ('the 36th Wing')
        return k < len(doc) and not taken[k] and doc[k].is_title and (
            doc[k].pos_ == "PROPN" or numbered(doc[i]) and doc[k].lower_ in heads)
    if not (name(i) or numbered(doc[i])) \
            or i > 0 and name(i - 1):
        return i
    end = i + 1
    while name(end) or end + 1 < len(doc) and doc[end].lower_ in ORG_LINKS and name(end + 1):
        end += 1 if name(end) else 2
    return end


def _acronym_parts(doc: Doc, raws: list[Raw]) -> list[Raw]:
    """A body's acronym after a known body's acronym ('the NU HSC communique'): a body of that
    body, named with both; an acronym NER and the gazetteer left alone."""
    taken = {i for r in raws for i in range(r.start, r.end)}
    out = []
    for r in raws:
        k = r.end
        if r.key and r.type == "Organization" and r.end - r.start == 1 and doc[r.start].text.isupper() \
                and k < len(doc) and k not in taken and not doc[k].ent_type_ and doc[k].is_alpha \
                and doc[k].is_upper and 2 <= len(doc[k]) <= 6 and doc[k].whitespace_:
            out.append(Raw(k, k + 1, "Organization", whole=(r.start, r.end)))
    return out


def _place_names(doc: Doc, ents) -> set[str]:
    """The names the article describes or uses as places ('the X region', 'the city of X', 'X,
    Norway', 'X and Y counties' where NER tagged no name) and the names of its facilities ('X
    Air Station')."""
    out = {t.text for t in doc if t.pos_ == "PROPN" and (not t.ent_type_ or _owned(doc, t.i))
           and modifies_place(doc, t.i + 1)}
    out |= {_name_before(doc, t.i) for t in doc if t.pos_ == "PROPN" and t.dep_ == "poss" and _place_owned(t.head)}
    for ent in ents:
        start, end = trim(doc, ent.start, ent.end)
        if ent.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC") and start < end and (
                named_place(doc, start, end) or doc[end - 1].lower_ in lexicon.data("names")["facility_heads"]
                and not _ranked_name(doc, start, end)):
            out.add(doc[start:end].text)
    return out


def _owned(doc: Doc, i: int) -> bool:
    """A one-word name right after a possessive ('X's Y area'): its own name, whatever NER ran in."""
    return i > 0 and doc[i - 1].text in lexicon.possessive_endings() and (i + 1 == len(doc) or doc[i + 1].pos_ != "PROPN")


def _place_owned(head) -> bool:
    """A place noun or a geographic feature, or a name that modifies one ('the X sector')."""
    places = {*lexicon.data("names")["place_nouns"], *lexicon.data("names")["geo_features"]}
    return head.pos_ == "NOUN" and head.lemma_.lower() in places or head.pos_ == "PROPN" and modifies_place(
        head.doc, head.i + 1)


def _name_before(doc: Doc, i: int) -> str:
    """The name that ends at token ``i``: its run of proper nouns ('Harbour Pradesh')."""
    start = i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return doc[start:i + 1].text


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
