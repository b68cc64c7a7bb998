"""The words of a person's role, and what the affiliation patterns share while reading one Doc.

A role noun ('spokesman', 'pilot'), an abbreviated rank ('Gen.', 'Sen.'), a title word before a
name ('Former', 'Defense', 'Secretary'), an office a country's name makes national ('Norwegian
diplomat'), the prepositions that tie a role to its body ('spokesman for', 'fellow at') and the
tenure words a title drops ('former', 'acting'). Word lists live in kg/data/titles.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer, lexicon, reference
from kg.model import Mention

NOUNS = ("NOUN", "PROPN")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # a unit's number: '480th'

Pairs = list[tuple[Mention, "str | None"]]


@dataclass(frozen=True)
class Context:
    """One Doc's mentions as the patterns read them."""

    doc: Doc
    at: dict[int, Mention]  # token index -> the mention covering it
    spans: dict[Mention, Span]
    named: dict[str, Mention]  # key -> a mention of it
    wholes: frozenset[tuple[str, str]]  # (part, whole) keys


@cache
def _role_nouns() -> frozenset[str]:
    """Nouns that name a role or office: the last words of kg/data's title heads and nameparser's
    personal titles, less the ones that name no membership ('brother', 'critic')."""
    t = lexicon.data("titles")
    heads = {h.split()[-1] for h in t["heads"]}
    return frozenset((heads | {w for w in reference.titles() if w.isalpha()}) - set(t["not_roles"]))


def is_role(tok: Token) -> bool:
    """A role noun ('spokesman', 'Secretaries', 'pilot')."""
    return tok.pos_ in NOUNS and (tok.lower_ in _role_nouns() or tok.lemma_.lower() in _role_nouns())


def is_rank(tok: Token) -> bool:
    """An abbreviated rank or office ('Gen.', 'Sen.'; 'Maj' when its dot is a token of its own),
    not an honorific ('Mr.')."""
    doc, t = tok.doc, lexicon.data("titles")
    dot = tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "."
    dotted = tok.text.endswith(".") or dot and not _line_end(doc, tok.i + 1)  # 'Kingdom.' ending a line is no rank
    text = tok.lower_.rstrip(".") + "."
    if not dotted:  # 'LCDR Jane Doe': a rank in capitals without its dot
        return tok.is_upper and len(tok.text) > 1 and text in t["ranks"]
    return text not in t["honorifics"] and (text in t["ranks"] or reference.is_title(text))


def _line_end(doc: Doc, i: int) -> bool:
    """Token i ends its line."""
    return "\n" in doc[i].whitespace_ or i + 1 < len(doc) and doc[i + 1].is_space and "\n" in doc[i + 1].text


def is_title(tok: Token) -> bool:
    """A word of a title before a name ('Former', 'Defense', 'Secretary', 'of', 'Maj.')."""
    dot = tok.text == "." and tok.i > 0 and is_rank(tok.doc[tok.i - 1])
    if tok.lower_ == "under" and not _before_secretary(tok):
        return False  # 'secretary of state under President A': the title ends before 'under'
    return lexicon.is_title_word(tok.text) or tok.lower_ in ("of", "the", "-") or is_role(tok) or is_rank(tok) or dot


def _before_secretary(tok: Token) -> bool:
    """'Under' of 'Under Secretary', 'Under-Secretary'."""
    doc, k = tok.doc, tok.i + 1
    k += k < len(doc) and doc[k].text == "-"
    return k < len(doc) and doc[k].lower_.startswith("secretar")


def is_head(tok: Token) -> bool:
    heads = lexicon.title_heads()
    return tok.lower_ in heads or tok.lemma_.lower() in heads or is_role(tok) or is_rank(tok)


def names_title(name: Span) -> bool:
    """An organisation's name that is a title ('National Security Advisor for Cyber', 'Deputy
    Director'): its words before 'of'/'for' end in a singular title word that ends no body's name."""
    t = lexicon.data("titles")
    cut = next((k for k, tok in enumerate(name) if k and tok.lower_ in ("of", "for")), len(name))
    last = name[cut - 1]
    heads = {h.split()[-1] for h in t["heads"]} - set(t["body_heads"])
    return last.lower_ in heads and last.tag_ not in ("NNS", "NNPS") and not last.lower_.endswith("s")


def is_office(tok: Token) -> bool:
    """A role that a country's name or demonym before it makes an office of that country
    ('Norwegian diplomat', 'U.S. Sen.'); not a private one ('Norwegian blogger', 'Russia expert')."""
    heads = {h.split()[-1] for h in lexicon.title_heads()}
    word = tok.lemma_.lower() if tok.lemma_.lower() in heads else tok.lower_
    return (word in heads or is_rank(tok)) and word not in lexicon.data("titles")["private_roles"]


def links(*, inner: bool = False) -> tuple[str, ...]:
    """Prepositions that tie a role to its organisation ('spokesman for', 'fellow at'), or that
    carry on from an object ('director of studies at')."""
    return tuple(lexicon.data("titles")["inner_links" if inner else "links"])


def tenure(role: str) -> str:
    """A title without the words of its tenure ('former', 'acting'), as an office is named."""
    words = role.replace("-", " - ").split()
    drop = set(lexicon.data("titles")["tenure"]) | {"-"}
    while words and words[0].lower() in drop:
        words = words[1:]
    return " ".join(words)


def named_by_capital(m: Mention) -> bool:
    """A country named by its capital: before a title it is a place ('Tokyo Governor')."""
    return m.type == "Country" and lexicon.is_capital(m.text)


def office_body(ctx: Context, role: Span | list[Token], country: str | None) -> Mention | None:
    """The one ministry or department of the country the article names for a title's office
    ('Norwegian Defense Minister' and 'the Norwegian Ministry of Defense'): a body of that
    country (its key) whose name holds the office's words and a ministry's word. With no
    country ('the Minister of Interior' and 'the Ministry of the Interior'), the one such body
    the article names, for a title that heads one ('minister', not 'adviser')."""
    t = lexicon.data("titles")
    words = {w.lower_ for w in role if w.lower_ in t["domains"]}
    if not words or country is None and not any(w.lemma_.lower() in t["ministry_heads"] for w in role):
        return None
    known = gazetteer.load().entries
    found = {m.key: m for m in ctx.spans if m.type == "Organization"
             and (not _national_body(ctx, m, known) if country is None else (m.key, country) in ctx.wholes
                  or getattr(known.get(m.key), "country", None) == country)
             and words <= set(m.text.lower().split()) and set(m.text.lower().split()) & {"ministry", "department"}}
    return next(iter(found.values())) if len(found) == 1 else None


def _national_body(ctx: Context, m: Mention, known: dict) -> bool:
    """A body the article or the gazetteer gives a country ('Norway's Foreign Ministry', the
    'U.S. Department of Defense', 'the Norwegian Foreign Ministry', by any of its mentions): a
    title that names no country is not known to be its office."""
    places = gazetteer.load()
    leads = (places.lookup(s[:k].text, demonyms=True) for n, s in ctx.spans.items() if n.key == m.key
             for k in range(1, min(4, len(s))))
    return getattr(known.get(m.key), "country", None) is not None \
        or any(p == m.key and w.startswith("country/") for p, w in ctx.wholes) \
        or any(c is not None and c.type == "Country" for c in leads)


def numbered_unit(ctx: Context, tok: Token) -> Mention | None:
    """The unit an ordinal alone stands for ('commander of the 480th'): the one organisation the
    article names with that number first ('the 480th Fighter Squadron'), else None."""
    if tok.i in ctx.at or not ORDINAL.fullmatch(tok.text):
        return None
    units = {m.key: m for m in ctx.named.values() if m.type == "Organization" and m.text.startswith(tok.text + " ")}
    return next(iter(units.values())) if len(units) == 1 else None


def described_body(ctx: Context, nouns: list[Token]) -> Mention | None:
    """The organisation named last before whose name holds these common nouns in a row, the last
    a body's word: 'the ministry' of 'the ministry's spokesman' after 'the Ministry of Defence',
    'the brigade combat team' after 'the 1st Armored Brigade Combat Team'; else None."""
    if not nouns or nouns[-1].lemma_.lower() not in lexicon.data("titles")["described_bodies"] \
            or any(t.i in ctx.at or t.pos_ not in NOUNS for t in nouns):
        return None
    words = f" {' '.join(t.lower_ for t in nouns)} "
    found = [(s.end, m) for m, s in ctx.spans.items()
             if m.type == "Organization" and s.end <= nouns[0].i and words in f" {m.text.lower()} "]
    return max(found, key=lambda f: f[0])[1] if found else None
