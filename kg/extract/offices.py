"""Words that make a title or an office, not a body: a body's last word ('Ministry', 'Wing',
'University'); titles' heads, ranks and domains; spans NER took for a body that are a job
title ('National Security Advisor'), a country's title ('the Norway Defense Ministers') or a
title's domain ('Secretary of [State for Political-Military Affairs]'). Used by
``kg.extract.bodies``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon, reference
from kg.extract.doc import inside

COUNTRY_LABELS = ("Country", "Capital", "Demonym")  # gazetteer span labels that name a country


def body_word(tok) -> bool:
    """A word that ends the name of a body or a building ('Center', 'Church', 'Ministry', 'Hotel')."""
    names = lexicon.data("names")
    return any(tok.lower_ in names[k] for k in ("body_heads", "generic_orgs", "facility_heads", "institution_heads"))


def governs(doc: Doc, i: int) -> bool:
    """The words before 'of' and the country at token i stand for the country: a title ('the
    President of Norway') or a nation's noun ('the Government of Norway'), not a body's last word
    ('the Defense Force of Norway' is a body)."""
    k = i - 1
    while k > 0 and doc[k].lower_ in ("of", "the"):
        k -= 1
    return not body_word(doc[k]) or doc[k].lower_ in lexicon.data("names")["nation_nouns"]


def rank_led(doc: Doc, i: int, end: int) -> bool:
    """Token i is a rank that is also a given name, used as a rank: 'Lt Gen Jane Doe', 'Gen Jane Doe' (not 'Gen Doe')."""
    ranks, k = lexicon.data("titles"), i + 1
    while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1  # the name words after it, inside the span or beyond (NER may cut the name)
    return doc[i].lower_ in ranks["name_ranks"] and doc[i].text[:1].isupper() and (
        max(end, k) - i >= 3 or i > 0 and doc[i - 1].lower_.rstrip(".") in {r.rstrip(".") for r in ranks["ranks"]}
        or k == i + 2 and _ranked_elsewhere(doc, i))


def _ranked_elsewhere(doc: Doc, i: int) -> bool:
    """'Gen Doe' where 'Gen Jane Maria Doe' is written elsewhere in the text (before it, or after
    it when a headline names the person first): the same word led the full name as a rank."""
    surname = doc[i + 1].text
    for j in (j for j in range(len(doc)) if j != i):
        k = j + 1
        while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN":
            k += 1
        if doc[j].text == doc[i].text and k - j >= 3 and doc[k - 1].text == surname:
            return True
    return False


def _title_head(tok) -> bool:
    """A title's head, also in the plural ('Airmen', 'Colonels')."""
    heads, word = lexicon.title_heads(), tok.lower_
    singular = {word[:-3] + "man"} if word.endswith("men") else {word[:-1]} if word.endswith("s") else set()
    return bool({word, tok.lemma_.lower(), *singular} & heads)


def rank_word(tok) -> bool:
    """A title's head or modifier, or an abbreviated rank ('Brig', 'Gen.'): no body's word."""
    titles = lexicon.data("titles")
    word = tok.lower_
    return word in lexicon.title_heads() or word in titles["modifiers"] \
        or word in titles["ranks"] or word + "." in titles["ranks"]


def title_words(span: Span) -> bool:
    """Only title words, styles ('HE'), offices' acronyms ('COAS'), body words ('Government',
    'Ministry') and 'of'/'the'."""
    names = lexicon.data("names")
    bodies, styles = names["generic_orgs"], {*names["styles"], *lexicon.data("titles")["acronyms"]}
    return all(lexicon.is_title_word(t.text) or t.text in styles or t.lower_ in ("of", "the") or t.lower_ in bodies
               or t.lemma_.lower() in bodies for t in span)


def job_title(span: Span) -> bool:
    """'National Security Advisor', 'Foreign Affairs' or a lone 'Defense' is a title or a
    domain, not an organisation: only title words, and no word that names a body (nor a
    body's last word: 'Harbour Marine University'); or a title's head and its domain after
    'of'/'for' with no body's word nor a name ('Director of Plans', 'Adviser for Ports')."""
    if len(span) > 2 and span[0].lower_ in lexicon.title_heads() and span[1].lower_ in ("of", "for") \
            and not any(body_word(t) or reference.is_given_name(t.text) for t in span[2:]):
        return True
    if len(span) > 2 and span[-1].lower_ in lexicon.title_heads() and not span[-1].lower_.endswith("s") \
            and span[-1].text[:1].isupper() and not any(body_word(t) for t in span):
        return True  # 'Joint Force Maritime Component Commander': a title whose head ends it
    return all(lexicon.is_title_word(t.text) or not any(c.isalpha() for c in t.text) for t in span) and \
        (len(span) == 1 or not any(t.lower_ in lexicon.data("names")["generic_orgs"] for t in span)
         and not body_word(span[-1]))


def title_qualifiers(doc: Doc, start: int, end: int, gaz: list[Span]) -> bool:
    """The words NER took for a body that stand before a title and a person's name ('the Ruritanian Foreign Affairs [Secretary Jane Doe]', 'Harbour Ohio [Sen.
    Jane Doe]'): no body's word nor a known body, and a country's name or demonym or a US state's
    first (or right before) or a place's name last; or a title's modifier first and a title's
    head after ('the [Acting Permanent] Secretary'), or a US state's name last and a title's head
    after ('the [Independent Ohio] senator'); the title's qualifiers, no body."""
    span = doc[start:end]
    head_after = end < len(doc) and _title_head(doc[end]) and len(span) and not any(body_word(t) for t in span)
    if head_after and (span[0].lower_ in lexicon.data("titles")["modifiers"] and doc[end].is_title
                       or reference.is_us_state(span[-1].text) and len(span) > 1):
        return True  # 'the [Acting Permanent] Secretary said', 'the [Independent Ohio] senator said'
    if not len(span) or not titles_person(doc, end) or any(body_word(t) for t in span) or any(g.label_ == "Organization" for g in inside(gaz, start, end)):
        return False
    first = any(start in (g.start, g.end) and g.label_ in ("Country", "Demonym") for g in gaz) \
        or reference.is_us_state(span[0].text)  # 'the Ruritanian [Acting Permanent] Secretary
    last = any(g.end == end and g.label_ in COUNTRY_LABELS for g in gaz) or reference.is_place(span[-1].text)
    return doc[end].is_title and (first or last)  # a title as written before a name ('Secretary'), not 'a reporter'


def national_title(doc: Doc, start: int, end: int, gaz: list[Span]) -> bool:
    """'Norwegian Ambassadors', 'the Norway Defense Ministers', 'U.S. Soldiers': a country's name
    or demonym and title words ending in a title's head; people, not a body."""
    country = next((g for g in inside(gaz, start, end) if g.start == start and g.label_ in COUNTRY_LABELS), None)
    last = doc[end - 1]
    rest = doc[country.end:end] if country is not None else []
    return country is not None and country.end < end \
        and all(lexicon.is_title_word(t.text) or lexicon.is_title_word(t.lemma_) or _title_head(t) for t in rest) \
        and _title_head(last)


def title_domain(doc: Doc, start: int, end: int) -> bool:
    """Words NER took for a body that are a title's domain ('Secretary of [State for
    Political-Military] Affairs'): after a title's head, its link and more title words, and
    title words themselves or running on into more ('... Affairs'), or a portfolio ('[State for
    Nordic Affairs]'), no body's name."""
    k = start
    while k > 0 and (doc[k - 1].lower_ in ("of", "for", "the", "and", "-") or lexicon.is_title_word(doc[k - 1].text)):
        k -= 1
    runs_on = end < len(doc) and (doc[end].text == "-" or lexicon.is_title_word(doc[end].text)
                                  and not body_word(doc[end]))  # '... Affairs'
    return k < start and any(t.lower_ in lexicon.title_heads() for t in doc[k:start]) \
        and doc[start - 1].lower_ in ("of", "for", "-", "the") \
        and (runs_on or all(lexicon.is_title_word(t.text) and not body_word(t) for t in doc[start:end])
             or _portfolio(doc[start:end]))


def _portfolio(span) -> bool:
    """'State for Nordic and Arctic Affairs' after 'Assistant Secretary of': a title word, 'for',
    any words and a title word at the end, no body's word."""
    return len(span) >= 3 and lexicon.is_title_word(span[0].text) and lexicon.is_title_word(span[-1].text) \
        and any(t.lower_ == "for" for t in span[1:-1]) and not any(body_word(t) for t in span)


def before_person(doc: Doc, i: int) -> bool:
    """A person's name starts at token i, or after the dot of an abbreviation there; or, when
    the word before i is a title's head, modifier or rank, after more of them ('District
    Magistrate [Judge] Jane Doe', 'the Harbour Air Force Brig. [Gen.] Jane Doe')."""
    cut = doc[i - 1]
    i += i < len(doc) and doc[i].text == "."
    if i < len(doc) and doc[i].ent_type_ != "PERSON" and not rank_word(cut):
        return False  # 'the X Committee Chairman Jane Doe': the committee keeps its last word
    while i < len(doc) - 1 and doc[i].ent_type_ != "PERSON" and rank_word(doc[i]):
        i += 1 + (doc[i + 1].text == ".")
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def titles_person(doc: Doc, i: int) -> bool:
    """Title words (and their dots) from token i on, then a person's name ('[Sen.] Jane Doe')."""
    k = i
    while k < len(doc) and (lexicon.is_title_word(doc[k].text) or reference.is_title(doc[k].text)
                            or doc[k].text == "." and k > i) and doc[k].ent_type_ != "PERSON":
        k += 1
    return i < k < len(doc) and doc[k].ent_type_ == "PERSON"
