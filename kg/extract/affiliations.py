"""Doc + mentions -> affiliations of people with organisations or countries, with roles.

The patterns, all general (names here are invented):
- a title before the name: "Norwegian Prime Minister Jane Doe", "former Defense Secretary
  John Roe", "Sweden's Minister of National Defense Lars Berg"; a bare possessor ("Norway's
  Jane Doe"); a title in a coordination shares the first one's organisation ("Norwegian Foreign
  Minister Jane Doe and Defense Minister John Roe") and a plural title is shared whole
  ("Norwegian Senators Jane Doe and John Roe");
- a role noun in apposition, before or after the name, its organisation a modifier, possessor
  or "of/for/at/with/from" phrase of the role: "Jane Doe, the director of the X Center at the
  Y Institute", "the NATO Special Envoy, Jane Doe,", "Jane Doe, a 7th Fighter Squadron pilot",
  "Norway's interim president, Jane Doe";
- a clause: "Jane Doe, who heads the Y Institute", "Jane Doe is a senior fellow at the Y";
- a transcript's speaker label: "JANE DOE, DEPUTY NATO SPOKESPERSON:";
- "of"/"from"/"at" after the name, as in captions: "Jane Doe (L) of the Y Institute".
A possessor ("the University of Tokyo's Institute") is not itself the affiliation; when a role
names both an organisation and a country, the organisation is the affiliation.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import lexicon, reference
from kg.extract.doc import SUBJECTS, Found, evidence, mention_spans
from kg.model import Affiliation, Mention

TRAILING = ("DET", "ADP", "VERB", "AUX", "PART", "ADV", "PRON", "SCONJ", "CCONJ", "PUNCT", "SPACE")
MODIFIERS = ("compound", "amod", "nmod", "poss")
LEFT_STOPS = ("det", "predet", "poss", "case", "punct", "cc", "conj", "appos")
NOUNS = ("NOUN", "PROPN")
JOINS = ("and", ",")

Pairs = list[tuple[Mention, "str | None"]]


@dataclass(frozen=True)
class _Context:
    doc: Doc
    at: dict[int, Mention]  # token index -> the mention covering it
    spans: dict[Mention, Span]
    named: dict[str, Mention]  # key -> a mention of it
    wholes: frozenset[tuple[str, str]]  # (part, whole) keys


def affiliations(doc: Doc, found: Found) -> list[Affiliation]:
    """Every stated affiliation, one per (person, organisation), first role kept."""
    spans = mention_spans(doc, found.mentions)
    ctx = _Context(doc, {i: m for m, s in spans for i in range(s.start, s.end)}, dict(spans),
                   {m.key: m for m in found.mentions}, frozenset((p.part, p.whole) for p in found.parts))
    out: dict[tuple[str, str], Affiliation] = {}
    for m, span in spans:
        if m.type != "Person":
            continue
        for org, role in (pair for pattern in PATTERNS for pair in pattern(ctx, span)):
            if org is None or org.key == m.key or org.type == "Person":
                continue
            known = out.get((m.key, org.key))
            if known is None or (known.role is None and role):
                out[(m.key, org.key)] = Affiliation(m.key, org.key, role, evidence(doc, span.start))
    return list(out.values())


# --- words ---

@cache
def _role_nouns() -> frozenset[str]:
    """Nouns that name a role or office: the last words of kg/data's title heads and nameparser's
    personal titles, less the ones that name no membership ('brother', 'critic')."""
    t = lexicon.data("titles")
    heads = {h.split()[-1] for h in t["heads"]}
    return frozenset((heads | {w for w in reference.titles() if w.isalpha()}) - set(t["not_roles"]))


def _is_role(tok: Token) -> bool:
    """A role noun ('spokesman', 'Secretaries', 'pilot')."""
    return tok.pos_ in NOUNS and (tok.lower_ in _role_nouns() or tok.lemma_.lower() in _role_nouns())


def _is_rank(tok: Token) -> bool:
    """An abbreviated rank or office ('Gen.', 'Sen.'; 'Maj' when its dot is a token of its own),
    not an honorific ('Mr.')."""
    doc, t = tok.doc, lexicon.data("titles")
    dotted = tok.text.endswith(".") or not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "."
    text = tok.lower_.rstrip(".") + "."
    return dotted and text not in t["honorifics"] and (text in t["ranks"] or reference.is_title(text))


def _is_title(tok: Token) -> bool:
    """A word of a title before a name ('Former', 'Defense', 'Secretary', 'of', 'Maj.')."""
    dot = tok.text == "." and tok.i > 0 and _is_rank(tok.doc[tok.i - 1])
    return lexicon.is_title_word(tok.text) or tok.lower_ in ("of", "the", "-") or _is_role(tok) or _is_rank(tok) or dot


def _is_head(tok: Token) -> bool:
    heads = lexicon.title_heads()
    return tok.lower_ in heads or tok.lemma_.lower() in heads or _is_role(tok) or _is_rank(tok)


def _is_office(tok: Token) -> bool:
    """A role that a country's name or demonym before it makes an office of that country
    ('Norwegian diplomat', 'U.S. Sen.'); not a private one ('Norwegian blogger', 'Russia expert')."""
    heads = {h.split()[-1] for h in lexicon.title_heads()}
    word = tok.lemma_.lower() if tok.lemma_.lower() in heads else tok.lower_
    return (word in heads or _is_rank(tok)) and word not in lexicon.data("titles")["private_roles"]


def _links(*, inner: bool = False) -> tuple[str, ...]:
    """Prepositions that tie a role to its organisation ('spokesman for', 'fellow at'), or that
    carry on from an object ('director of studies at')."""
    return tuple(lexicon.data("titles")["inner_links" if inner else "links"])


def _tenure(role: str) -> str:
    """A title without the words of its tenure ('former', 'acting'), as an office is named."""
    words = role.replace("-", " - ").split()
    drop = set(lexicon.data("titles")["tenure"]) | {"-"}
    while words and words[0].lower() in drop:
        words = words[1:]
    return " ".join(words)


def _capital(m: Mention) -> bool:
    """A country named by its capital: before a title it is a place ('Tokyo Governor')."""
    return m.type == "Country" and lexicon.is_capital(m.text)


# --- a title before the name ---

def _title_span(ctx: _Context, span: Span) -> tuple[Span, list[Mention], bool]:
    """The title words right before a name, the mentions that own them (nearest first, people
    left out; none when a plural title has owners in a list: 'Norwegian and Danish Foreign
    Ministers A and B') and whether they own them by a possessive ('Norway's')."""
    doc, i = ctx.doc, span.start - 1
    while i >= 0 and _is_title(doc[i]) and i not in ctx.at:
        i -= 1
    role = doc[i + 1:span.start]
    while len(role) and role[0].lower_ in ("of", "the", "-"):
        role = role[1:]
    possessive = i >= 0 and doc[i].text in lexicon.possessive_marks()
    i -= possessive
    owners = []
    while i >= 0 and i in ctx.at:
        if not owners or owners[-1] is not ctx.at[i]:
            owners.append(ctx.at[i])
        i -= 1
    if len(role) and _plural(role[-1]) and i >= 0 and ctx.doc[i].lower_ in JOINS:
        owners = []
    return role, [m for m in owners if m.type != "Person"], possessive


def _title_before(ctx: _Context, span: Span) -> Pairs:
    """'[Org/Country] [title words] Name' -> the nearest organisation, else the country; a
    title that names one country's office ('Secretary of Defense') -> that country if named;
    a title with no owner after 'A and' takes A's ('X Foreign Minister A and Defense Minister B')."""
    role, owners, possessive = _title_span(ctx, span)
    if not any(_is_head(t) for t in role):
        return [(owners[0], None)] if possessive and owners and not len(role) else []
    office = any(_is_office(t) for t in role)
    owners = [m for m in owners if (possessive or not _capital(m)) and (m.type != "Country" or office)]
    best = next((m for m in owners if m.type == "Organization"), owners[0] if owners else None)
    if best is None:
        iso = lexicon.national_title(_tenure(role.text))
        best = ctx.named.get(f"country/{iso}") if iso else None
    if best is None:
        best = next((org for org, _ in _title_before(ctx, prev) if org), None) \
            if (prev := _joined_before(ctx, role.start)) is not None else None
    return [(best, _office_text(role))] if best else []


def _office_text(role: Span) -> str:
    """A title without the service and rank after its office ('Press Secretary' of 'Press
    Secretary Air Force Maj. Gen.')."""
    rank = next((t.i for t in role if _is_rank(t)), None)
    if rank is None:
        return role.text
    heads = lexicon.title_heads()
    last = max((t.i for t in role[:rank - role.start] if t.lower_ in heads or t.lemma_.lower() in heads), default=None)
    return role.doc[role.start:last + 1].text if last is not None else role.text


def _joined_before(ctx: _Context, start: int) -> Span | None:
    """The person named right before 'and' or a comma at ``start``: 'A and [B]'."""
    doc = ctx.doc
    if start < 2 or doc[start - 1].lower_ not in JOINS:
        return None
    m = ctx.at.get(start - 2)
    return ctx.spans[m] if m is not None and m.type == "Person" else None


def _shared_title(ctx: _Context, span: Span) -> Pairs:
    """'Senators A and B': B, with no title of its own, shares A's plural title."""
    role, _, _ = _title_span(ctx, span)
    prev = _joined_before(ctx, span.start)
    if len(role) or prev is None:
        return []
    prev_role, _, _ = _title_span(ctx, prev)
    if len(prev_role) and _plural(prev_role[-1]):
        return [pair for pair in _title_before(ctx, prev) if pair[1]]
    return _shared_title(ctx, prev) if not len(prev_role) else []


def _plural(tok: Token) -> bool:
    """A plural title ('Senators'; 'Secretaries', which taggers read as a singular name)."""
    text = tok.lower_
    return tok.tag_ in ("NNS", "NNPS") or text.endswith("s") and not text.endswith("ss") \
        and (tok.lemma_.lower() != text or text in lexicon.title_heads())


# --- a role noun in apposition ---

def _appositive(ctx: _Context, span: Span) -> Pairs:
    """'A, a spokesman for the Y' / 'the Y's spokesman, A': the role noun beside the name."""
    return [pair for r in _appositive_roles(ctx, span) for pair in _role_pairs(ctx, r)]


def _appositive_roles(ctx: _Context, span: Span) -> list[Token]:
    root, doc = span.root, ctx.doc
    roles = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        roles.append(root.head)
    before = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].text == "," else None
    if before is not None and root.dep_ not in SUBJECTS and _ends_phrase(doc, span.end):
        roles.append(before)  # 'his Norwegian counterpart, Jane Doe.' that the parser missed
    roles += [c for r in roles for c in r.conjuncts]  # 'a pediatrician and director of the Y'
    return [r for r in dict.fromkeys(roles) if r.i not in ctx.at and _is_role(r)]


def _ends_phrase(doc: Doc, end: int) -> bool:
    return end >= len(doc) or doc[end].is_punct or doc[end].is_space or doc[end].is_sent_start


def _role_pairs(ctx: _Context, role: Token) -> Pairs:
    """The organisations a role noun names (else its countries, else the country whose office
    it names by itself), each with the role as written."""
    kept = _kept(ctx, [m for m in _reach(ctx, role) if m.type == "Organization" or _is_office(role)])
    if kept:
        return [(m, _role_text(ctx, role, m)) for m in kept]
    text = _role_text(ctx, role, None)
    iso = lexicon.national_title(_tenure(text)) if text else None
    return [(ctx.named[f"country/{iso}"], text)] if iso and f"country/{iso}" in ctx.named else []


def _reach(ctx: _Context, tok: Token, depth: int = 0) -> list[Mention]:
    """Mentions a role noun owns: modifiers and possessors ('NATO envoy', 'Norway's envoy') and
    'of/for/at/with/from' objects, followed through further such phrases ('director of the X
    Center at the Y Institute'); not 'to' ('ambassador to Norway') or 'in'. A capital is a
    place unless it is a possessor ('Oslo's envoy')."""
    out: list[Mention] = []
    for c in tok.children:
        m = ctx.at.get(c.i)
        if depth == 0 and c.dep_ in MODIFIERS and m is not None and (c.dep_ == "poss" or not _capital(m)):
            out.append(m)
        elif c.dep_ == "prep" and c.lower_ in _links(inner=depth > 0) and depth < 3:
            out += _objects(ctx, c, depth)
    return list(dict.fromkeys(out))


def _objects(ctx: _Context, prep: Token, depth: int = 0) -> list[Mention]:
    """The mentions a preposition's objects name, and those they reach in turn."""
    out: list[Mention] = []
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        objs = [obj, *(x for x in obj.children if x.dep_ == "conj")]
        out += [ctx.at[o.i] for o in objs if o.i in ctx.at and not _capital(ctx.at[o.i])]
        out += _reach(ctx, obj, depth + 1)
    return list(dict.fromkeys(out))


def _kept(ctx: _Context, found: list[Mention]) -> list[Mention]:
    """Organisations before countries; a whole is dropped for its part named beside it."""
    orgs = [m for m in found if m.type == "Organization"] or found
    return [m for m in orgs if not any((o.key, m.key) in ctx.wholes for o in orgs)]


def _role_text(ctx: _Context, role: Token, org: Mention | None) -> str | None:
    """The role noun with its modifiers, up to the organisation when it comes after."""
    left = role.i
    for c in reversed(list(role.lefts)):
        if c.dep_ in LEFT_STOPS or c.i in ctx.at and ctx.at[c.i].type == "Person":
            break
        left = c.left_edge.i
    if org is not None and ctx.spans[org].start > role.i:  # up to the organisation's name with its article and possessor
        return _role(ctx.doc[left:min(ctx.spans[org].start, ctx.spans[org].root.left_edge.i)])
    right = role.i + 1
    for c in role.rights:
        if c.dep_ != "prep" or any(t.i in ctx.at or t.is_punct for t in c.subtree):
            break
        right = c.right_edge.i + 1
    return _role(ctx.doc[left:right])


# --- a clause about the person ---

def _clause(ctx: _Context, span: Span) -> Pairs:
    """'A, who heads the Y' / 'A is a fellow at the Y' / 'A, who serves as director of the Y'."""
    root = span.root
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ in SUBJECTS and root.head.pos_ in ("VERB", "AUX"):
        verbs.append(root.head)
    return [pair for v in verbs if _asserted(v) for pair in _verb_pairs(ctx, v)]


def _asserted(verb: Token) -> bool:
    """Not negated and not modal ('is not a member', 'would be the director')."""
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _verb_pairs(ctx: _Context, verb: Token) -> Pairs:
    t = lexicon.data("titles")
    lemma = verb.lemma_.lower()
    out: Pairs = []
    for c in verb.children:
        if c.dep_ == "attr" and _is_role(c) and c.i not in ctx.at:
            out += _role_pairs(ctx, c)
        elif c.dep_ == "dobj" and lemma in t["leading_verbs"]:
            out += [(ctx.at[o.i], None) for o in (c, *c.conjuncts) if o.i in ctx.at]
        elif c.dep_ == "prep" and lemma in t["serving_verbs"]:
            out += _serving(ctx, c)
    return out


def _serving(ctx: _Context, prep: Token) -> Pairs:
    """'serves as director of the Y', 'works for the Y', 'serves on the Y Committee'."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "as":
        return [pair for o in objs if _is_role(o) and o.i not in ctx.at for pair in _role_pairs(ctx, o)]
    if prep.lower_ in lexicon.data("titles")["serving_links"]:
        return [(ctx.at[o.i], None) for o in objs if o.i in ctx.at]
    return []


# --- a transcript's speaker label ---

def _label(ctx: _Context, span: Span) -> Pairs:
    """'JANE DOE, DEPUTY NATO SPOKESPERSON: ...' at the start of a line: the title is the role,
    an organisation in it the affiliation, else the country of a national title."""
    doc = ctx.doc
    if span.start > 0 and "\n" not in doc[span.start - 1].text or span.end >= len(doc) or doc[span.end].text != ",":
        return []
    end = span.end + 1
    while end < len(doc) and doc[end].text != ":" and "\n" not in doc[end].text and end - span.end < 12:
        end += 1
    title = doc[span.end + 1:end]
    if end >= len(doc) or doc[end].text != ":" or not len(title) \
            or not all(t.is_upper or not t.is_alpha for t in title) or not any(_is_head(t) for t in title):
        return []
    owners = [ctx.at[t.i] for t in title if t.i in ctx.at and ctx.at[t.i].type != "Person"]
    if not owners:
        iso = lexicon.national_title(_tenure(title.text))
        owners = [ctx.named[f"country/{iso}"]] if iso and f"country/{iso}" in ctx.named else []
    best = next((m for m in owners if m.type == "Organization"), owners[0] if owners else None)
    return [(best, title.text)] if best else []


# --- "of"/"from"/"at" and a titled appositive right after the name ---

def _after(ctx: _Context, span: Span) -> Pairs:
    """An 'of'/'from' phrase of the name ('Jane Doe (L) of the Y'), or an appositive after it
    that starts with a title word, read up to its end ('Jane Doe, deputy head of the Y,')."""
    doc, at, i = ctx.doc, ctx.at, span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i < len(doc) and doc[i].lower_ in _links() and span.start <= doc[i].head.i < span.end:
        return [(m, None) for m in _kept(ctx, _objects(ctx, doc[i]))]
    if i < len(doc) and doc[i].text == ",":
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].pos_ == "DET")
        if j < len(doc) and j not in at and lexicon.is_title_word(doc[j].text) and doc[j].lower_ not in ("of", "the"):
            end = _phrase_end(doc, j)
            if any(at.get(k) is not None and at[k].type == "Person" for k in range(j, end)):
                return []  # "A, Minister B and C": a list of people, not an appositive
            return [(m, _role(doc[j:start])) for m, start in _heads(_orgs_in(doc, j, end, at), ctx.wholes)]
    return []


def _phrase_end(doc: Doc, i: int) -> int:
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


def _heads(found: list[tuple[Mention, int]], wholes: frozenset) -> list[tuple[Mention, int]]:
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


PATTERNS = (_title_before, _shared_title, _label, _appositive, _clause, _after)
