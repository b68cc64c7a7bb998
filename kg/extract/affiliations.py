"""Doc + mentions -> affiliations of people with organisations or countries, with roles.

Three patterns, all general:
- title before the name: "Norwegian Prime Minister Jane Doe", "Pentagon Chief Spokesperson
  John Q. Roe", "Sweden's Minister of National Defense Lars Berg";
- an appositive after it: "Jane Doe, the director of the X Center at the Y Institute, said";
- "of"/"from"/"at" after it, as in captions: "Jane Doe (L) of the Y Institute".
A possessor ("the University of Tokyo's Institute") is not itself the affiliation.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.doc import Found, evidence, mention_spans
from kg.model import Affiliation, Mention

LINKS = ("of", "from", "at", "with")
TRAILING = ("DET", "ADP", "VERB", "AUX", "PART", "ADV", "PRON", "SCONJ", "CCONJ", "PUNCT", "SPACE")


def affiliations(doc: Doc, found: Found) -> list[Affiliation]:
    """Every stated affiliation, one per (person, organisation), first role kept."""
    spans = mention_spans(doc, found.mentions)
    at = {i: m for m, s in spans for i in range(s.start, s.end)}
    named = {m.key: m for m in found.mentions}
    wholes = {(p.part, p.whole) for p in found.parts}
    found: dict[tuple[str, str], Affiliation] = {}
    for m, span in spans:
        if m.type != "Person":
            continue
        for org, role in [*_title_before(doc, span, at, named), *_after(doc, span, at, wholes)]:
            if org.key != m.key and org.type != "Person":
                known = found.get((m.key, org.key))
                if known is None or (known.role is None and role):
                    found[(m.key, org.key)] = Affiliation(m.key, org.key, role, evidence(doc, span.start))
    return list(found.values())


def _is_title(tok) -> bool:
    return lexicon.is_title_word(tok.text) or tok.lower_ in ("of", "the", "-")


def _title_before(doc: Doc, span: Span, at: dict, named: dict) -> list[tuple[Mention, str | None]]:
    """'[Org/Country] [title words] Name' -> the nearest organisation, else the country;
    a title that names one country's office ('Secretary of Defense') -> that country if named."""
    i = span.start - 1
    role_end = span.start
    while i >= 0 and (_is_title(doc[i]) and i not in at):
        i -= 1
    role = doc[i + 1:role_end]
    while len(role) and role[0].lower_ in ("of", "the", "-"):
        role = role[1:]
    if not len(role) or not any(t.lower_ in lexicon.title_heads() or t.text.lower() in lexicon.title_heads()
                                for t in role):
        return []
    if i >= 0 and doc[i].text in lexicon.possessive_marks():
        i -= 1
    owners = []
    while i >= 0 and i in at:
        m = at[i]
        if not owners or owners[-1] is not m:
            owners.append(m)
        i -= 1
    owners = [m for m in owners if m.type != "Person"]
    best = next((m for m in owners if m.type == "Organization"), owners[0] if owners else None)
    if best is None:
        iso = lexicon.national_title(role.text)
        best = named.get(f"country/{iso}") if iso else None
    return [(best, role.text)] if best else []


def _after(doc: Doc, span: Span, at: dict, wholes: set) -> list[tuple[Mention, str | None]]:
    """Appositive or 'of'/'from' phrase after the name."""
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i < len(doc) and doc[i].lower_ in LINKS and span.start <= doc[i].head.i < span.end:
        return [(m, None) for m, _ in _heads(_orgs_in(doc, i + 1, _phrase_end(doc, i + 1, at), at), wholes)]
    if i < len(doc) and doc[i].text == ",":
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].pos_ == "DET")
        if j < len(doc) and j not in at and _is_title(doc[j]) and doc[j].lower_ not in ("of", "the"):
            end = _phrase_end(doc, j, at)
            if any(at.get(k) is not None and at[k].type == "Person" for k in range(j, end)):
                return []  # "A, Minister B and C": a list of people, not an appositive
            return [(m, _role(doc[j:start])) for m, start in _heads(_orgs_in(doc, j, end, at), wholes)]
    return []


def _phrase_end(doc: Doc, i: int, at: dict) -> int:
    while i < len(doc) and doc[i].text not in (",", ".", ";", "(", "\n") and not doc[i].is_sent_start:
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


def _heads(found: list[tuple[Mention, int]], wholes: set) -> list[tuple[Mention, int]]:
    """Drop mentions that are only the possessor of another mention in the same phrase."""
    return [(m, i) for m, i in found if not any((o.key, m.key) in wholes for o, _ in found)]


def _role(tokens: Span) -> str | None:
    """The title part of an appositive: up to a participle ('affiliated with'), trailing links dropped."""
    toks = []
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") or t.text in lexicon.possessive_endings():
            break
        toks.append(t)
    while toks and (toks[-1].pos_ in TRAILING and not lexicon.is_title_word(toks[-1].text)):
        toks.pop()
    return tokens.doc[toks[0].i:toks[-1].i + 1].text if toks else None
