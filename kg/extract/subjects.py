"""Who speaks through a reporting verb: the actor its subject names.

The subject is the verb's own, else that of the verb it is coordinated with, complements or
comments on ('said A, and accused B', 'are quick to point out', 'after saying', 'issued a
statement saying'), climbing a few steps; the one quoted 'as saying' ('quoted Jane Doe as saying')
or the name a participle hangs on ('Jane Doe, the harbour master, explaining ...') or the object
after a verb that follows its clause ('..., warned the Harbour Board') speaks instead.
A subject inside the quote takes the words after the closing mark ('"...," the envoy added'); a
place or a climbed-to 'it' names nobody. With no subject, the source of 'according to X', or one
the parse cut off the verb ('Jane Doe, the envoy, on Tuesday called ...'). ``Speakers`` says whom
the subject names.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.doc import SUBJECTS
from kg.extract.speakers import Speakers
from kg.extract.tags import after_quote, object_speaker, participle_of, place_part, quoted_as


def is_reporting(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon.reporting_verbs()


def subject_speaker(speakers: Speakers, verb: Token, quotes=()) -> str | None:
    """The actor that the subject of a reporting verb names (not a word inside a quote),
    climbing to the verb it is coordinated with or complements; else the source of
    'according to X'."""
    quoted = quoted_as(verb)
    if quoted is not None:
        return speakers.of(quoted)
    named = participle_of(verb, speakers.by_token) or object_speaker(verb)
    if named is not None:
        return speakers.of(named)
    head, step = verb, None
    for _ in range(4):
        if step in ("conj", "advcl") and head.dep_ == "ccomp" and is_reporting(head.head):
            head, step = head.head, "ccomp"  # 'says A is B, but conceded C': the next act hung on the reported clause
            continue
        outer = _outer(head) if step == "conj" and is_reporting(verb) and head.tag_ != verb.tag_ else None
        if outer is not None and outer.tag_ == verb.tag_:
            head, step = outer, "ccomp"  # 'said A was B, and accused C': hung deeper inside the reported clause
            continue
        subjs = [c for c in head.children if c.dep_ in SUBJECTS]  # two when misparsed: the nearest
        subj = min(subjs, key=lambda c: abs(head.i - c.i), default=None)
        subj = subj if subj is not None or step != "conj" else _first_act(head)
        if subj is not None:
            return _of_subject(speakers, head, subj, step, quotes)
        controller = _controller(head)
        if controller is not None:
            return speakers.of(controller)
        climbed = _climb(head, step, verb)
        if climbed is None:
            break
        head, step = climbed
    agent = according(verb)
    if agent is None and step is None:
        agent = _stranded(speakers, verb)
    return speakers.of(agent) if agent is not None else None


def _of_subject(speakers: Speakers, head: Token, subj: Token, step: str | None, quotes) -> str | None:
    """Whom the subject found on ``head`` (reached by ``step``, None on the verb itself) names."""
    if any(s <= subj.idx < e for s, e in quotes):  # the tag's own subject hung inside the quote
        after = after_quote(head) if step is None else None
        return speakers.of(after) if after is not None else None
    if place_part(subj, speakers.by_token):
        return None
    if step and subj.lower_ == "it":
        return None  # 'It was a blow, as X echoed it, saying ...': a climbed-to 'it' is no speaker
    near = _adjacent(speakers, head) if step is None else None
    if near is not None and near.dep_ == "appos" and near.i > subj.i and near in subj.subtree:
        return speakers.of(near)  # 'Jane Doe, ..., to the troops there now John Roe said': misparsed as her appositive
    return speakers.of(subj)


def _climb(head: Token, step: str | None, verb: Token) -> tuple[Token, str] | None:
    """The verb whose subject a subjectless ``head`` shares, and how it was reached; None when
    there is none to climb to."""
    if head.dep_ in ("xcomp", "conj", "advcl") and head.head.i != head.i:
        return head.head, head.dep_
    if head.dep_ == "dep" and head.head.i < head.i and head.head.pos_ == "VERB" and is_reporting(verb):
        return head.head, "conj"  # 'offered X, then says ...': a coordination the parse left unlabelled
    if head.dep_ == "acomp" and step == "xcomp":
        return head.head, "acomp"  # 'are quick to point out ...', 'was willing to say ...': the subject of the adjective's verb
    if head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.dep_ == "prep":
        return head.head.head, "pcomp"  # 'after saying ...', 'by calling ...': the subject of the verb the phrase modifies
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "dobj":
        return head.head.head, "acl"  # 'issued a statement saying ...': who issued it
    return None


def _first_act(head: Token) -> Token | None:
    """'Jane Doe summed up the plan as "weak", denounced its cost and said ...': the subject of a
    first act the parse hung as a clause (or a clause it reports) before the subjectless verb that the report is
    coordinated with (no 'when', 'after' or 'as' opens it; its tense is that verb's)."""
    for c in head.lefts:
        if c.dep_ in ("advcl", "ccomp") and c.tag_ == head.tag_ and c.tag_ in ("VBD", "VBZ") \
                and not any(g.dep_ == "mark" or g.tag_ == "WRB" for g in c.children):
            subjs = [g for g in c.children if g.dep_ in SUBJECTS]
            if len(subjs) == 1 and subjs[0].i < c.i:
                return subjs[0]
    return None


def _outer(tok: Token) -> Token | None:
    """The reporting verb whose reported clause holds a token, if any."""
    for a in tok.ancestors:
        if a.dep_ == "ccomp" and is_reporting(a.head):
            return a.head
    return None


def _stranded(speakers: Speakers, verb: Token) -> Token | None:
    """The subject the parse cut off a reporting verb that has none, by the shapes that cut it:
    the verb hung as a relative clause without a relative word on its subject ('Jane Doe, the
    envoy, on Tuesday called ...'), the subject hung with a 'who' on a relative clause before it
    ('Jane Doe, who ..., said'), a person named right before it, or a person in apposition to a
    place or thing before it ('At the harbour, Jane Doe, the envoy, said')."""
    if verb.dep_ == "relcl" and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and not any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in verb.children):
        return verb.head
    for left in verb.lefts:
        subjs = [c for c in left.children if c.dep_ in SUBJECTS]
        if len(subjs) == 2 and sum(c.tag_ in ("WP", "WDT") for c in subjs) == 1:
            return next(c for c in subjs if c.tag_ not in ("WP", "WDT"))
    near = _adjacent(speakers, verb)
    if near is not None:
        return near  # '..., stationed there now Jane Doe said': the name right before the verb
    people = [t for t in verb.sent if t.i < verb.i and t.dep_ == "appos" and _person(speakers, t)
              and not _person(speakers, t.head)]
    if people and not any(t.dep_ in SUBJECTS for t in verb.doc[people[-1].i:verb.i]):
        return people[-1]
    return None


def _adjacent(speakers: Speakers, verb: Token) -> Token | None:
    """A person named right before the verb, adverbs apart, and hung as no object ('... now Jane
    Doe said')."""
    k = verb.i - 1
    while k > verb.sent.start and verb.doc[k].pos_ == "ADV":
        k -= 1
    tok = verb.doc[k] if k >= verb.sent.start else None
    return tok if tok is not None and _person(speakers, tok) and tok.dep_ not in ("pobj", "dobj", "poss") else None


def _person(speakers: Speakers, tok: Token) -> bool:
    m = speakers.by_token.get(tok.i)
    return m is not None and m.type == "Person"


def _controller(verb: Token) -> Token | None:
    """'led Jane Doe to declare ...', 'urged Norway to say ...': the object of the verb an
    infinitive complements is who does it."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def according(verb: Token) -> Token | None:
    """The source of 'according to X' (the phrases of ``speech.json``'s 'according')."""
    preps = {p.split()[1] for p in lexicon.data("speech")["according"] if p.split()[0] == verb.lemma_.lower()}
    for c in verb.children:
        if c.lower_ in preps:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None
