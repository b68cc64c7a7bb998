"""Affiliations stated beside a person's name: a role noun in apposition, a clause.

"Jane Doe, the director of the X Center at the Y Institute", "the NATO Special Envoy, Jane Doe,",
"the X Spokesperson, Jane Doe said", "Jane Doe, a 7th Fighter Squadron pilot", "Jane Doe, who
heads the Y Institute", "Jane Doe is a senior fellow at the Y", "Jane Doe is assigned to the Y"
(a phrase right after the name is ``trailing``'s). Each pattern is ``f(ctx, span) -> [(mention, role)]``; the bodies and countries a role noun they find names, with
the role as written, come from ``owners``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.doc import SUBJECTS
from kg.extract.owners import role_pairs
from kg.extract.roles import Context, Pairs, is_role
from kg.model import Mention


# --- a role noun in apposition ---

def appositive(ctx: Context, span: Span) -> Pairs:
    """'A, a spokesman for the Y' / 'the Y's spokesman, A' / 'A as chair of the Y': the role
    noun beside the name."""
    return [pair for r in _appositive_roles(ctx, span) for pair in role_pairs(ctx, r)]


def _appositive_roles(ctx: Context, span: Span) -> list[Token]:
    root, doc = span.root, ctx.doc
    roles = [c for c in root.children if c.dep_ == "appos"]
    roles += [o for c in root.children if c.dep_ == "prep" and c.lower_ == "as"  # 'A as chair of the Y'
              for o in c.children if o.dep_ == "pobj"]
    if root.dep_ == "appos":
        roles.append(root.head)
    if root.dep_ == "conj" and root.head.i == span.start - 2 and doc[span.start - 1].text == "," \
            and root.head.tag_ in ("NNS", "NNPS"):
        roles.append(root.head)  # 'the ministers, A and B' parsed as a list of the role and the names
    if span.end + 1 < len(doc) and doc[span.end].text == ",":  # 'my colleague A, the Turkish foreign minister':
        roles += [t for t in doc[span.end + 1:span.end + 8]  # hung on another word, it still follows the name
                  if t.dep_ == "appos" and t.head.i < span.start and t.left_edge.i == span.end + 1]
    lead = _before_styles(doc, span.start)  # 'the Minister of Norway, HE Jane Doe'
    before = doc[lead - 2] if lead >= 2 and doc[lead - 1].text == "," else None
    if before is not None and (root.dep_ not in SUBJECTS and _ends_phrase(doc, span.end) or _fronted(doc, span, before)):
        roles.append(before)  # 'his Norwegian counterpart, Jane Doe.' that the parser missed
    roles += [_holder(r) for r in roles]  # 'the envoy in Oslo, Jane Doe': the parser hung the name on the place
    roles += [c for r in roles for c in r.conjuncts]  # 'a pediatrician and director of the Y'
    found = [r for r in dict.fromkeys(roles) if r.i not in ctx.at and is_role(r) and not _listed_apart(doc, span, r)
             and not _named_for_other(ctx, span, r) and not _of_country(ctx, span, r)
             and not _item_between(ctx, span, r)]
    return found or _listed_roles(ctx, span)


def _item_between(ctx: Context, span: Span, role: Token) -> bool:
    """Another name between a name and the role set off after it, a person or an item of the
    same list ('A, B, the Harbour Envoy,'): the role is the nearer name's."""
    between = ctx.doc[span.end:role.left_edge.i] if role.i >= span.end else []
    return any(t.i in ctx.at and (ctx.at[t.i].type == "Person" or t.dep_ == "conj") for t in between)


def _listed_roles(ctx: Context, span: Span) -> list[Token]:
    """'the ministers, A and B' / 'A and B, the ministers': a plural role beside the first name
    of a list of names is each name's."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.i in ctx.at:
        first = first.head
    if first.i == span.root.i or ctx.at[first.i].type != "Person":
        return []
    head = ctx.spans[ctx.at[first.i]]
    return [r for r in _appositive_roles(ctx, head) if r.tag_ in ("NNS", "NNPS")]


ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "agent", "oprd", "conj", "pcomp", "npadvmod")


def _fronted(doc: Doc, span: Span, before: Token) -> bool:
    """'the X Spokesperson, Jane Doe stressed': a role phrase set off before a name that its
    verb follows, the role no argument of another word ('After meeting the minister, Jane
    Doe said' is not one)."""
    holder, root = _holder(before), span.root
    twice = holder.dep_ in SUBJECTS and root.dep_ in SUBJECTS and holder.head.i == root.head.i  # both its verb's subject
    return span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX") \
        and (holder.dep_ not in ARGUMENTS or twice) and (holder is before or before.dep_ == "pobj")


def _of_country(ctx: Context, span: Span, role: Token) -> bool:
    """A role set off after the name's 'of/from' country ('Prime Minister A of Norway, a NATO
    member,'): it describes the country, not the person."""
    doc, i = ctx.doc, span.end
    if role.i <= i or i + 2 >= len(doc) or doc[i].lower_ not in ("of", "from"):
        return False
    m = ctx.at.get(i + 1 + (doc[i + 1].lower_ == "the"))
    if m is None or m.type != "Country":
        return False
    end = ctx.spans[m].end
    return end < len(doc) and doc[end].text == "," and role.left_edge.i > end


def _listed_apart(doc: Doc, span: Span, role: Token) -> bool:
    """A role in another item of a list by semicolons ('Mayor Jane Doe; the envoys and their
    counterparts'): not the name's."""
    lo, hi = (span.end, role.i) if role.i >= span.end else (role.i, span.start)
    return any(t.text == ";" for t in doc[lo:hi])


def _named_for_other(ctx: Context, span: Span, role: Token) -> bool:
    """A role whose phrase runs straight into another person's name ('the Foreign Minister of
    Norway, Jane Doe' in a list of ministers): that person's role, not the name's."""
    doc = ctx.doc
    for t in doc[role.i + 1:role.i + 16]:
        if t.sent != role.sent:
            return False  # the next sentence's subject is not the role's
        comma = t.text == ","
        if comma and t.i + 1 < len(doc):
            t = doc[past_titles(doc, ctx.at, t.i + 1)]
        m = ctx.at.get(t.i)
        if m is not None and m.type == "Person":
            return not span.start <= t.i < span.end
        if comma or t.text in ";:()" or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ"):
            return False
    return False


def _before_styles(doc: Doc, start: int) -> int:
    """Where a name starts with the styles and titles before it ('HE', 'Senator the Hon')."""
    styles = lexicon.data("names")["styles"]
    while start > 0 and (doc[start - 1].text in styles or doc[start - 1].lower_ == "the" and start > 1
                         and doc[start - 2].text != ","):
        start -= 1
    return start


def past_titles(doc: Doc, at: dict, i: int) -> int:
    """Where a name starts after the styles before it ('HE Jane Doe', 'the Hon Jane Doe'), or ``i``."""
    k, styles = i, lexicon.data("names")["styles"]
    while k + 1 < len(doc) and k not in at and (doc[k].text in styles or doc[k].lower_ == "the"):
        k += 1
    return k if k in at else i


def _holder(tok: Token) -> Token:
    """The role noun whose prepositional phrases a token ends ('envoy' of 'the envoy in Oslo',
    'minister' of 'the minister for foreign affairs of Norway'), else the token."""
    head = tok
    for _ in range(3):
        if head.dep_ != "pobj" or head.head.dep_ != "prep":
            break
        head = head.head.head
        if is_role(head):
            return head
    return tok


def _ends_phrase(doc: Doc, end: int) -> bool:
    return end >= len(doc) or doc[end].is_punct or doc[end].is_space or doc[end].is_sent_start


# --- a clause about the person ---

def clause(ctx: Context, span: Span) -> Pairs:
    """'A, who heads the Y' / 'A is a fellow at the Y' / 'A, who serves as director of the Y' /
    'A, a former adviser who is now a fellow at the Y' / 'A retired after leading the Y' /
    'A, a pilot assigned to the Y' / 'A said ... . She heads the Y' / 'the Y, led by A'."""
    root = span.root
    roles, posting = _appositive_roles(ctx, span), lexicon.data("titles")["posting_verbs"]
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    verbs += [v for r in roles for v in r.children if v.dep_ == "relcl"]  # 'A, an adviser who is now a fellow at the Y'
    verbs += [v for x in (root, *roles) for v in x.children
              if v.dep_ == "acl" and v.lemma_.lower() in posting]  # 'A, a pilot assigned to the Y'
    if root.dep_ in SUBJECTS and root.head.pos_ in ("VERB", "AUX"):
        verbs += [root.head, *_gerunds(root.head)]
    verbs += _continued(ctx, span)
    return [pair for v in verbs if _asserted(v) for pair in _verb_pairs(ctx, v)] + _led_by(ctx, span)


def _led(ctx: Context, obj: Token) -> Mention | None:
    """The body a leading verb's object names: itself ('heads the Y'), or its possessor when the
    object is a part of it the article does not name ('leads the Y's research team')."""
    if obj.i in ctx.at:
        return ctx.at[obj.i]
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.i in ctx.at), None)
    return ctx.at[owner.i] if owner is not None and ctx.at[owner.i].type == "Organization" else None


def _led_by(ctx: Context, span: Span) -> Pairs:
    """'the Y, led by A': a body that a leading verb's agent heads."""
    agent = span.root.head
    verb = agent.head
    if span.root.dep_ != "pobj" or agent.dep_ != "agent" or verb.dep_ != "acl" \
            or verb.lemma_.lower() not in lexicon.data("titles")["leading_verbs"] or not _asserted(verb):
        return []
    body = ctx.at.get(verb.head.i)
    return [(body, None)] if body is not None and body.type == "Organization" else []


def _gerunds(verb: Token) -> list[Token]:
    """The subjectless '-ing' verbs of a clause, whose doer is its subject: 'A retired after
    leading the Y', 'A spoke while heading the Y'."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
    return [v for v in clauses if v.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in v.children)]


def _continued(ctx: Context, span: Span) -> list[Token]:
    """'A spoke on Monday. She heads the Y.': the main verb of the next sentence when 'he' or
    'she' opens it as its subject and A is the only person its own sentence names."""
    doc, sent, key = ctx.doc, span.sent, ctx.at[span.start].key
    if any(ctx.at[i].type == "Person" and ctx.at[i].key != key for i in range(sent.start, sent.end) if i in ctx.at):
        return []
    first = next((t for t in doc[sent.end:sent.end + 4] if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ not in ("he", "she") or first.dep_ not in SUBJECTS \
            or first.head.i != first.sent.root.i or first.i != first.sent.start:
        return []
    return [first.sent.root]


def _asserted(verb: Token) -> bool:
    """Not negated and not modal ('is not a member', 'would be the director')."""
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _verb_pairs(ctx: Context, verb: Token) -> Pairs:
    t = lexicon.data("titles")
    lemma = verb.lemma_.lower()
    out: Pairs = []
    for c in verb.children:
        if c.dep_ == "attr" and is_role(c) and c.i not in ctx.at:
            out += role_pairs(ctx, c)
        elif c.dep_ == "dobj" and lemma in t["leading_verbs"]:
            out += [(m, None) for o in (c, *c.conjuncts) if (m := _led(ctx, o)) is not None]
        elif c.dep_ == "prep" and lemma in t["serving_verbs"]:
            out += _serving(ctx, c)
        elif c.dep_ == "prep" and lemma in t["posting_verbs"]:
            out += posted(ctx, c)  # 'A is assigned to the Y' / 'as deputy director at the Y'
        if c.dep_ == "attr" and c.i not in ctx.at:
            out += [pair for a in c.children if a.dep_ == "acl" and a.lemma_.lower() in t["posting_verbs"]
                    for p in a.children if p.dep_ == "prep" for pair in posted(ctx, p)]  # 'a logistician assigned to the Y'
    return out


def posted(ctx: Context, prep: Token) -> Pairs:
    """The body a posting's preposition names ('assigned to the Y'), or the role an 'as' names
    ('assigned as deputy director at the Y')."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "as":
        return [pair for o in objs if is_role(o) and o.i not in ctx.at for pair in role_pairs(ctx, o)]
    if prep.lower_ in lexicon.data("titles")["posting_links"]:
        return [(ctx.at[o.i], None) for o in objs if o.i in ctx.at and ctx.at[o.i].type == "Organization"]
    return []


def _serving(ctx: Context, prep: Token) -> Pairs:
    """'serves as director of the Y', 'works for the Y', 'serves on the Y Committee'."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "as":
        return [pair for o in objs if is_role(o) and o.i not in ctx.at for pair in role_pairs(ctx, o)]
    if prep.lower_ in lexicon.data("titles")["serving_links"]:
        return [(ctx.at[o.i], None) for o in objs if o.i in ctx.at]
    return []
