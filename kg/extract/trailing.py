"""Affiliations in a phrase right after a person's name: an 'of'/'from' phrase, as in captions
("Jane Doe (L) of the Y Institute"), an appositive that starts with a title word ("Jane Doe,
deputy head of the Y,"), a service's 'title, unit' style ("Jane Doe, commander, Destroyer
Squadron 7."). The pattern is ``f(ctx, span) -> [(mention, role)]``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.apposed import past_titles
from kg.extract.doc import quote_marks
from kg.extract.owners import kept, objects, title_part
from kg.extract.roles import Context, Pairs, is_head, is_title, links, tenure
from kg.model import Mention


def after(ctx: Context, span: Span) -> Pairs:
    """An 'of'/'from' phrase of the name ('Jane Doe (L) of the Y'), or an appositive after it
    that starts with a title word, read up to its end ('Jane Doe, deputy head of the Y,'; 'Jane
    Doe, left, commander of the Y')."""
    doc, at, i = ctx.doc, ctx.at, span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in lexicon.data("titles")["caption_positions"] \
            and doc[i + 2].text == ",":
        i += 2  # 'Jane Doe, left, commander of the Y': the caption's place of the person
    if i < len(doc) and doc[i].lower_ in ("of", "from") and span.start <= doc[i].head.i < span.end:  # not 'at' a place
        role = _title_words(ctx, span)  # 'Shadow Defence Secretary A of the Y Party'
        return [(m, role) for m in kept(ctx, objects(ctx, doc[i]))]
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("with", "of"):
        return _set_off(ctx, i + 1)
    if i < len(doc) and doc[i].text == ",":
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].pos_ == "DET")
        if j < len(doc) and j not in at and lexicon.is_title_word(doc[j].text) and doc[j].lower_ not in ("of", "the"):
            end = _phrase_end(doc, j)
            own = at[span.start].key  # 'A, Under Secretary A for X': the title names A again
            if any(at.get(k) is not None and at[k].type == "Person" and at[k].key != own
                   for k in [*range(j, end + 1), past_titles(doc, at, end + 1)]):
                return []  # "A, Minister B and C" / "A, the Minister of X, B,": a list of people
            found = [(m, k) for m, k in _orgs_in(doc, j, end, at) if _tied(ctx, ctx.spans[m], j, end)]
            if not found and (unit := _unit_after_title(ctx, j, end)) is not None:
                return [(unit, title_part(doc[j:end]))]  # 'Jane Doe, Commander, Destroyer Squadron 7.'
            if not found:  # 'Jane Doe, Deputy Secretary of State': the country whose office it names
                iso = lexicon.national_title(tenure(doc[j:end].text))
                return [(ctx.named[f"country/{iso}"], doc[j:end].text)] if f"country/{iso}" in ctx.named else []
            found = [f for f in found if f[0].type == "Organization"] or found  # the body, not its country
            return [(m, title_part(doc[j:start])) for m, start in _heads(found, ctx.wholes)]
    return []


def _unit_after_title(ctx: Context, start: int, end: int) -> Mention | None:
    """'commander, Destroyer Squadron 7.' (a service's style): a title of title words alone, a
    comma, and an organisation's name that ends the phrase."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].text != "," or not all(is_title(t) for t in doc[start:end]):
        return None
    k = end + 1 + (doc[end + 1].lower_ == "the")
    m = ctx.at.get(k)
    if m is None or m.type != "Organization" or ctx.spans[m].start != k:
        return None
    stop = ctx.spans[m].end
    return m if stop >= len(doc) or doc[stop].text in (".", ";", ")") or doc[stop].is_space or doc[stop].is_sent_start \
        or doc[stop].text == "," and (stop + 1 >= len(doc) or doc[stop + 1].pos_ in ("VERB", "AUX")) else None


def _title_words(ctx: Context, span: Span) -> str | None:
    """The title right before a name that no body or country owns there ('Shadow Defence
    Secretary'), else None."""
    doc, i = ctx.doc, span.start
    while i > 0 and i - 1 not in ctx.at and is_title(doc[i - 1]) and doc[i - 1].lower_ not in ("of", "the", "-"):
        i -= 1
    words = doc[i:span.start]
    return words.text if any(is_head(t) for t in words) and (i == 0 or i - 1 not in ctx.at) else None


def _set_off(ctx: Context, prep: int) -> Pairs:
    """'Jane Doe, with the Y Institute, said': a body named whole between 'with'/'of' and the
    phrase's end, set off by commas."""
    doc = ctx.doc
    k = prep + 1 + (doc[prep + 1].lower_ == "the")
    m = ctx.at.get(k)
    if m is None or m.type != "Organization":
        return []
    end = ctx.spans[m].end
    return [(m, None)] if end >= len(doc) or doc[end].text in (",", ".", ";") or doc[end].pos_ in ("VERB", "AUX") \
        and doc[end].dep_ == "ROOT" else []


def _tied(ctx: Context, span: Span, start: int, end: int) -> bool:
    """A name in an appositive phrase that belongs to its role: not in quote marks (a title
    the person wrote); not a country after a preposition other than 'of/for/at/with/from' ('an
    expert on X', 'ambassador to X'), nor a body after one other than those or 'on' ('a judge
    on the X Court'); in a clause only as where its verb works ('an analyst who teaches at X')
    or what it names ('a group called X')."""
    doc, m = ctx.doc, ctx.at[span.start]
    if sum(t.text in quote_marks()[0] | quote_marks()[1] for t in doc[start:span.start]) % 2:
        return False
    ties = set(links()) | ({"on"} if m.type == "Organization" else set())
    tok, came, seen = span.root, None, 0
    while start <= tok.i < end and tok.i != start and seen < 12:
        if tok.dep_ == "pobj" and tok.head.lower_ not in ties:
            return False
        if tok.pos_ in ("VERB", "AUX") and not (
                tok.dep_ == "relcl" and came is not None and came.dep_ == "prep" and came.lower_ in ties
                or tok.dep_ == "acl" and came is not None and came.dep_ in ("oprd", "attr", "dobj")):
            return False
        tok, came, seen = tok.head, tok, seen + 1
    return True


def _phrase_end(doc: Doc, i: int) -> int:
    """Where an appositive phrase ends: at punctuation, a new sentence or its sentence's main
    verb ('A, chair of the Y said')."""
    while i < len(doc) and doc[i].text not in (",", ".", ";", "(", "\n") and not doc[i].is_sent_start \
            and not (doc[i].dep_ == "ROOT" and doc[i].pos_ in ("VERB", "AUX")):
        i += 1
    return i


def _orgs_in(doc: Doc, start: int, end: int, at: dict) -> list[tuple[Mention, int]]:
    """The organisations and countries named in a phrase, each with the token its name starts
    at (its possessor and 'the' included: "the Netherlands' Defence Council")."""
    out, seen = [], set()
    for k in range(start, end):
        m = at.get(k)
        if m and m.type != "Person" and id(m) not in seen:
            seen.add(id(m))
            first = min(x for x in range(start, end) if at.get(x) is m)
            while first - 1 > start and doc[first - 1].text in lexicon.possessive_marks() and first - 2 in at:
                owner = at[first - 2]
                first = min(x for x in range(start, first) if at.get(x) is owner)
            if first > start and doc[first - 1].lower_ == "the":
                first -= 1
            out.append((m, first))
    return out


def _heads(found: list[tuple[Mention, int]], wholes: frozenset) -> list[tuple[Mention, int]]:
    """Drop mentions that are only the possessor of another mention in the same phrase."""
    return [(m, i) for m, i in found if not any((o.key, m.key) in wholes for o, _ in found)]
