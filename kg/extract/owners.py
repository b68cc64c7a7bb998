"""The organisations and countries a role noun names, and the role as it is written.

"the director of the X Center at the Y Institute" (its 'of/at' phrases, followed on), "the NATO
envoy", "Norway's envoy" (a modifier or possessor), "the ministry's spokesman" (a body named
again), "the Prime Minister" (a country's office by itself). What the appositive, clause and
phrase-after patterns of ``apposed`` share once they have found a role noun.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.roles import Context, Pairs, is_office, links, named_by_capital, numbered_unit, office_body, tenure
from kg.extract.units import described, described_object
from kg.model import Mention

TRAILING = ("DET", "ADP", "VERB", "AUX", "PART", "ADV", "PRON", "SCONJ", "CCONJ", "PUNCT", "SPACE")
MODIFIERS = ("compound", "amod", "nmod", "poss")
LEFT_STOPS = ("det", "predet", "poss", "case", "punct", "cc", "conj", "appos")


def role_pairs(ctx: Context, role: Token) -> Pairs:
    """The organisations a role noun names (else its countries, else the country whose office
    it names by itself), each with the role as written."""
    owners = kept(ctx, [m for m in _reach(ctx, role) if m.type == "Organization" or is_office(role)])
    if owners:
        bodies = [b for m in owners if m.type == "Country" and (b := office_body(ctx, _role_words(role), m.key))]
        return [(m, _role_text(ctx, role, m)) for m in owners] + [(b, _role_text(ctx, role, None)) for b in bodies]
    text = _role_text(ctx, role, None)
    iso = lexicon.national_title(tenure(text)) if text else None
    if iso and f"country/{iso}" in ctx.named:
        return [(ctx.named[f"country/{iso}"], text)]
    body = office_body(ctx, _office_words(role), None)  # 'the Minister of Interior' and 'the Ministry of the Interior'
    return [(body, text)] if body is not None and text else []


def _office_words(role: Token) -> list[Token]:
    """A role noun with the words of its 'of/for' phrases and its modifiers ('Minister of
    Interior', 'Foreign Minister'), not of a clause hung on it."""
    return [t for t in role.subtree if t.i == role.i or not any(a.pos_ in ("VERB", "AUX") for a in t.ancestors
                                                                      if a.i != role.i and role in a.ancestors)]


def _role_words(role: Token) -> list[Token]:
    """A role noun and the words of its phrase: 'minister of national defense'."""
    return list(role.subtree)


def _reach(ctx: Context, tok: Token, depth: int = 0) -> list[Mention]:
    """Mentions a role noun owns: modifiers and possessors ('NATO envoy', 'Norway's envoy') and
    'of/for/at/with/from' objects, followed through further such phrases ('director of the X
    Center at the Y Institute'); not 'to' ('ambassador to Norway') or 'in'. A capital is a
    place unless it is a possessor ('Oslo's envoy')."""
    out: list[Mention] = []
    for c in tok.children:
        m = ctx.at.get(c.i)
        if depth == 0 and c.dep_ in MODIFIERS and m is not None and (c.dep_ == "poss" or not named_by_capital(m)):
            out.append(m)
        elif depth and c.dep_ == "poss" and m is not None and m.type == "Country" and tok.i not in ctx.at:
            out.append(m)  # 'head of Norway's armed forces': the country of a body it does not name
        elif depth == 0 and c.dep_ == "poss" and c.lower_ == "its" and (owner := _its(ctx, c)) is not None:
            out.append(owner)  # 'North Korea ... as its leader, Jane Doe'
        elif depth == 0 and c.dep_ == "poss" and m is None and (country := _the_country(ctx, c)) is not None:
            out.append(country)  # 'Norway ... the country's defence minister, Jane Doe'
        elif depth == 0 and m is None and (body := described(ctx, tok, c)) is not None:
            out.append(body)  # 'the ministry's spokesman', 'the brigade combat team commander'
        elif depth == 0 and c.dep_ == "compound" and m is None and c.pos_ == "NOUN" and c.i < tok.i:
            out += [x for x in _reach(ctx, c) if x.type != "Person"]  # 'the X Department inspector general'
        elif c.dep_ == "prep" and c.lower_ in links(inner=depth > 0) and depth < 3:
            out += objects(ctx, c, depth)
    return list(dict.fromkeys(out))


def _its(ctx: Context, its: Token) -> Mention | None:
    """The one country or body that 'its' stands for: the subject named before it in its sentence."""
    found = {ctx.at[t.i].key: ctx.at[t.i] for t in its.doc[its.sent.start:its.i]
             if t.i in ctx.at and ctx.at[t.i].type in ("Country", "Organization")
             and (t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") and t.dep_ == "compound")}
    return next(iter(found.values())) if len(found) == 1 else None


def _the_country(ctx: Context, tok: Token) -> Mention | None:
    """The one country that 'the country' stands for: the only one named in its sentence before
    it and in the sentence before that."""
    if tok.lemma_.lower() not in lexicon.data("titles")["country_nouns"] \
            or not any(d.lower_ == "the" for d in tok.children):
        return None
    start = tok.sent.start
    start = tok.doc[start - 1].sent.start if start > 0 else start
    found = {ctx.at[i].key: ctx.at[i] for i in range(start, tok.i) if i in ctx.at and ctx.at[i].type == "Country"}
    return next(iter(found.values())) if len(found) == 1 else None


def objects(ctx: Context, prep: Token, depth: int = 0) -> list[Mention]:
    """The mentions a preposition's objects name, and those they reach in turn."""
    out: list[Mention] = []
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        objs = [obj, *(x for x in obj.children if x.dep_ == "conj")]
        out += [ctx.at[o.i] for o in objs if o.i in ctx.at and not named_by_capital(ctx.at[o.i])]
        out += [u for o in objs if (u := numbered_unit(ctx, o)) is not None]  # 'commander of the 480th'
        out += [b for o in objs if (b := described_object(ctx, o)) is not None]  # 'commander with the battalion'
        out += _reach(ctx, obj, depth + 1)
    return list(dict.fromkeys(out))


def kept(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Organisations before countries; a whole is dropped for its part named beside it."""
    orgs = [m for m in found if m.type == "Organization"] or found
    return [m for m in orgs if not any((o.key, m.key) in ctx.wholes for o in orgs)]


def _role_text(ctx: Context, role: Token, org: Mention | None) -> str | None:
    """The role noun with its modifiers, up to the organisation when it comes after."""
    left = role.i
    for c in reversed(list(role.lefts)):
        if c.dep_ in LEFT_STOPS or c.i in ctx.at and ctx.at[c.i].type == "Person":
            break
        left = c.left_edge.i
    if org is not None and ctx.spans[org].start > role.i:  # up to the organisation's name with its article and possessor
        return title_part(ctx.doc[left:min(ctx.spans[org].start, ctx.spans[org].root.left_edge.i)])
    right = role.i + 1
    for c in role.rights:
        if c.dep_ != "prep" or any(t.i in ctx.at or t.is_punct for t in c.subtree):
            break
        right = c.right_edge.i + 1
    return title_part(ctx.doc[left:right])


def title_part(tokens: Span) -> str | None:
    """The title part of an appositive: up to a participle ('affiliated with'), trailing links dropped."""
    toks = []
    for t in tokens:
        if t.pos_ in ("VERB", "AUX") or t.text in lexicon.possessive_endings():
            break
        toks.append(t)
    while toks and (toks[-1].pos_ in TRAILING and not lexicon.is_title_word(toks[-1].text)):
        toks.pop()
    return tokens.doc[toks[0].i:toks[-1].i + 1].text if toks else None
