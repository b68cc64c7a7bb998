"""Affiliations stated by a title before a person's name.

"Norwegian Prime Minister Jane Doe", "Norway's Jane Doe", "Norwegian Foreign Minister Jane Doe
and Defense Minister John Roe", "Norwegian Senators Jane Doe and John Roe" (a transcript's
speaker label is in ``labels``). Each pattern is ``f(ctx, span) -> [(mention, role)]``.
"""
from __future__ import annotations

from spacy.tokens import Span

from kg import gazetteer, lexicon
from kg.extract.filed import filed_office
from kg.extract.joined import JOINS, country_after, joined_after, joined_before, owned_after, plural, title_head
from kg.extract.roles import (Context, Pairs, is_head, is_office, is_rank, is_title, links, named_by_capital,
                               office_body, tenure)
from kg.model import Mention



def _title_span(ctx: Context, span: Span) -> tuple[Span, list[Mention], bool]:
    """The title words right before a name, the mentions that own them (nearest first, people
    left out; none when a plural title has owners in a list: 'Norwegian and Danish Foreign
    Ministers A and B') and whether they own them by a possessive ('Norway's')."""
    doc, i, inner = ctx.doc, span.start - 1, []
    while i >= 0:
        if (is_title(doc[i]) or doc[i].is_space and "\n\n" not in doc[i].text) and i not in ctx.at:
            i -= 1  # a line break or a second space inside the title is no end of it
        elif _joins_titles(ctx, i, span.start):  # 'Deputy Prime Minister and Minister for Harbours'
            i -= 1
        elif (post := _posted_to(ctx, i)) is not None:  # 'Ambassador to Norway': where the office is held, not its owner
            i = post
        elif i not in ctx.at and (head := _phrase_head(ctx, i, span.start)) is not None:  # 'Envoy for the Horn of Africa'
            if doc[head + 1].lower_ == "of":  # 'Minister of the Norwegian Navy': its office
                inner += [ctx.at[k] for k in range(i, head, -1) if k in ctx.at and ctx.at[k] not in inner]
            i = head
        else:
            break
    role = doc[i + 1:span.start]
    while len(role) and (role[0].lower_ in ("of", "the", "-") or role[0].is_space):
        role = role[1:]
    possessive = i >= 0 and doc[i].text in lexicon.possessive_marks()
    i -= possessive
    owners = []
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and i - 1 in ctx.at:
        owners.append(ctx.at[i - 1])  # 'Norway (NO) Foreign Minister': the acronym and its name
        i -= 3
    while i >= 0 and i in ctx.at:
        if not owners or owners[-1] is not ctx.at[i]:
            owners.append(ctx.at[i])
        i -= 1
    if owners and all(named_by_capital(m) for m in owners) and i >= 1 and doc[i].text in lexicon.possessive_marks() \
            and i - 1 in ctx.at:  # "the Harbour Post's Oslo bureau chief": the city is the beat, the paper the owner
        possessive, i = True, i - 1
        while i >= 0 and i in ctx.at:
            if owners[-1] is not ctx.at[i]:
                owners.append(ctx.at[i])
            i -= 1
    if len(role) and plural(title_head(role)) and i >= 0 and ctx.doc[i].lower_ in JOINS:
        owners = []
    return role, [m for m in owners + inner if m.type != "Person"], possessive


def _joins_titles(ctx: Context, i: int, name: int) -> bool:
    """An 'and' between two capitalised titles one person holds: the word before it a title's
    head, the words after it up to the name a title."""
    doc = ctx.doc
    return doc[i].lower_ == "and" and 0 < i < name - 1 and i - 1 not in ctx.at and i + 1 not in ctx.at \
        and is_head(doc[i - 1]) and doc[i - 1].is_title and doc[i + 1].is_title


def _posted_to(ctx: Context, i: int) -> int | None:
    """The title word before 'to' and the country or body whose name ends at token i
    ('Ambassador to Norway', 'Envoy to the Union'), else None."""
    m = ctx.at.get(i)
    if m is None or m.type == "Person":
        return None
    k = ctx.spans[m].start - 1
    k -= k > 0 and ctx.doc[k].lower_ == "the"
    return k - 1 if k > 0 and ctx.doc[k].lower_ == "to" and is_head(ctx.doc[k - 1]) and k - 1 not in ctx.at else None


def _phrase_head(ctx: Context, i: int, name: int) -> int | None:
    """The title word a phrase of capitalised words ending at token i, before the name at token
    ``name``, hangs on ('for the Horn of Africa' after 'Envoy' -> the index of 'Envoy'); no
    person in the phrase, an 'and' only between two capitalised words with no name after it ('for
    Arms Control and International Security'), at least one word after its preposition."""
    doc = ctx.doc
    for k in range(i, max(0, i - 8), -1):
        tok = doc[k]
        if k < name - 1 and tok.lower_ in links():
            j = k - 1
            while j > 0 and is_title(doc[j]) and not is_head(doc[j]) and j not in ctx.at:
                j -= 1  # 'Secretary of State for ...': the head before the office's own domain
            if is_head(doc[j]):
                return j
        inner_and = tok.lower_ == "and" and doc[k - 1].is_title and doc[k + 1].is_title \
            and not any(x in ctx.at for x in range(k, name))  # no name after it: not 'of Norway and'
        if not (tok.text[:1].isupper() or tok.lower_ == "the" or tok.lower_ in links() or inner_and) \
                or k in ctx.at and ctx.at[k].type == "Person":
            return None
    return None


def title_before(ctx: Context, span: Span) -> Pairs:
    """'[Org/Country] [title words] Name' -> the nearest organisation, else the country; a
    title that names one country's office ('Secretary of Defense') -> that country if named;
    a title with no owner after 'A and' takes A's ('X Foreign Minister A and Defense Minister B').
    A tenure word before the owner stays in the role ('Former Norwegian Defence Minister A')."""
    pairs, lead = _titled(ctx, span), _tenure_before(ctx, span)
    tenure_words = lexicon.data("titles")["tenure"]
    return [(m, r if not (lead and r) or r.split()[0].lower().strip("-") in tenure_words
             else f"{lead}{'' if lead.endswith('-') else ' '}{r}") for m, r in pairs]


def _tenure_before(ctx: Context, span: Span) -> str:
    """The tenure words ('Former', 'ex-') right before the owners of a title."""
    doc, i, tenure_words = ctx.doc, span.start - 1, lexicon.data("titles")["tenure"]
    while i >= max(0, span.start - 10) and doc[i].lower_ not in tenure_words and doc[i].text != "-" \
            and (i in ctx.at and ctx.at[i].type != "Person" or is_title(doc[i]) or doc[i].is_title
                 or doc[i].text in lexicon.possessive_marks()):
        i -= 1  # the title, its owners and their demonyms ('Norwegian')
    end = i + 1
    while i >= 0 and i not in ctx.at and (doc[i].lower_ in tenure_words or doc[i].text == "-"):
        i -= 1
    lead = doc[i + 1:end]
    return lead.text if any(t.lower_ in tenure_words for t in lead) else ""  # not a dateline's dash


def _titled(ctx: Context, span: Span) -> Pairs:
    role, owners, possessive = _title_span(ctx, span)
    if not any(is_head(t) for t in role):
        return [(owners[0], None)] if possessive and owners and not len(role) else []
    office = any(is_office(t) for t in role)
    owners = [m for m in owners if (possessive or not named_by_capital(m)) and (m.type != "Country" or office)]
    orgs = [m for m in owners if m.type == "Organization"]
    if len(orgs) > 1 and any(t.lower_ in lexicon.data("titles")["private_roles"] for t in role):
        orgs.reverse()  # 'the Harbour News White House correspondent': the outlet, not the beat
    best = orgs[0] if orgs else owners[0] if owners else None
    if best is None:
        duty = next((role[:k] for k, t in enumerate(role) if k and t.lower_ == "for"), role)  # "... Advisor for Cyber"
        iso = _national(role.text) or _national(duty.text)
        if iso and _other_country_before(ctx, role, iso):
            return []  # 'U.K. Secretary of State for Defence' where NER took the country into another name
        best = ctx.named.get(f"country/{iso}") if iso else None
        if best is None and iso and (body := _office(ctx, role, f"country/{iso}")):
            return [(body, _office_text(role))]  # 'Defense Secretary Jane Doe' and 'the Defense Department'
    if best is None and not owned_after(ctx, span):
        best = next((org for org, _ in title_before(ctx, prev) if org), None) or country_after(ctx, prev) \
            if (prev := joined_before(ctx, role.start, span)) is not None else None
    if best is None:
        best = joined_after(ctx, span)
    if best is None:
        body = _office(ctx, role, None)  # 'Minister of Foreign Affairs A' and 'the Ministry of Foreign Affairs'
        found = _body_in_title(ctx, role) or ([(body, _office_text(role))] if body else [])
        home = None if found else filed_office(ctx, role, title_head(role).lemma_.lower())
        return found or ([(home, _office_text(role))] if home else [])  # 'OSLO (Wire) -- Defence Minister A'
    body = _office(ctx, role, best.key) if best.type == "Country" else None
    return [(best, _office_text(role))] + ([(body, _office_text(role))] if body else [])


def _office(ctx: Context, role: Span, country: str | None) -> Mention | None:
    """The body of a title's office, by the whole title or by its words before 'for' (the
    'Undersecretary of State' of 'Undersecretary of State for Arms Control')."""
    duty = next((role[:k] for k, t in enumerate(role) if k and t.lower_ == "for"), role)
    return office_body(ctx, role, country) or office_body(ctx, duty, country)




def _body_in_title(ctx: Context, role: Span) -> Pairs:
    """The body a title names by part of its name, when the article names that body ('Peace
    and Security Commissioner' and 'the Harbour Peace and Security Council'), and the body it
    belongs to: the title's words and capitalised words right before it, less its heads,
    modifiers and leading links; two or more capitalised words. The role is the title with
    those words."""
    doc, k = ctx.doc, role.start
    while k > 0 and k - 1 not in ctx.at and (doc[k - 1].is_title or doc[k - 1].lower_ in ("and", "of")):
        k -= 1
    words = [t for t in doc[k:role.end] if not (is_head(t) or t.lower_ in lexicon.data("titles")["modifiers"])]
    for first in range(len(words)):
        part = words[first:]
        if part[0].lower_ in ("of", "the", "for", "and") or sum(t.is_title for t in part) < 2 \
                or any(not (t.is_title or t.lower_ in ("of", "and", "the")) for t in part):
            continue
        phrase = f" {' '.join(t.lower_ for t in part)} "
        owned = {p for p, w in ctx.wholes if w.startswith("country/")}  # 'the Norwegian Air Force' is no title's
        bodies = {m.key: m for m in ctx.spans if m.type == "Organization" and m.key not in owned
                  and phrase in f" {m.text.lower()} "}
        if bodies:
            wholes = {w for p, w in ctx.wholes if p in bodies and w in ctx.named and w not in bodies}
            text = _office_text(doc[part[0].i:role.end])
            return [(m, text) for m in [*bodies.values(), *(ctx.named[w] for w in wholes)]]
    return []


def _other_country_before(ctx: Context, role: Span, iso: str) -> bool:
    """A country word right before a title, another than the one whose office the title names."""
    if role.start == 0:
        return False
    known = gazetteer.load().lookup(ctx.doc[role.start - 1].text, demonyms=True)
    return known is not None and known.type == "Country" and known.key != f"country/{iso}"


def _national(role: str) -> str | None:
    """The country whose office a title names, its tenure and leading modifiers aside
    ('Acting Assistant Secretary of State' is a 'Secretary of State' office)."""
    words = tenure(role).split()
    modifiers = lexicon.data("titles")["modifiers"]
    while words:
        iso = lexicon.national_title(" ".join(words))
        if iso or words[0].lower() not in modifiers:
            return iso
        words = words[1:]
    return None


def _office_text(role: Span) -> str:
    """A title without the service and rank after its office ('Press Secretary' of 'Press
    Secretary Air Force Maj. Gen.')."""
    rank = next((t.i for t in role if is_rank(t)), None)
    heads = lexicon.title_heads()
    last = None if rank is None else \
        max((t.i for t in role[:rank - role.start] if t.lower_ in heads or t.lemma_.lower() in heads), default=None)
    return " ".join((role.doc[role.start:last + 1] if last is not None else role).text.split())  # one line



def shared_title(ctx: Context, span: Span) -> Pairs:
    """'Senators A and B': B, with no title of its own, shares A's plural title."""
    role, _, _ = _title_span(ctx, span)
    prev = joined_before(ctx, span.start, span)
    if len(role) or prev is None:
        return []
    prev_role, _, _ = _title_span(ctx, prev)
    if len(prev_role) and plural(title_head(prev_role)):
        return [pair for pair in title_before(ctx, prev) if pair[1]]
    return shared_title(ctx, prev) if not len(prev_role) else []

