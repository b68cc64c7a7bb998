"""The frames of verbs whose reported words are not a plain clause: requests ('asked the navy to
leave'), views ('sees the treaty as a mistake'), a preposition's phrase or clause ('called for an
inquiry', 'warned of a crisis') and namings ('called the plan "a disgrace"'). Each returns the
reported words as a span, or None when the verb does not take that frame; the verbs and their
prepositions are ``speech.json``'s 'request_verbs', 'as_frames', 'prep_frames' and 'naming_verbs'.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon


def request(verb: Token) -> Span | None:
    """'asked the campaign to stop using the emblem', 'asked for an inquiry': what a request verb
    (``speech.json``'s 'request_verbs') asks for, with whom it asks; nothing for a question ('asked
    whether ...'), a passive ('was asked to ...', its subject is the one asked) or 'asked not to be
    named'."""
    if verb.lemma_.lower() not in lexicon.data("speech")["request_verbs"] \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for c in verb.rights:
        if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) \
                and not any(g.dep_ == "auxpass" for g in c.children):
            obj = next((o for o in verb.rights if o.dep_ == "dobj" and o.i < c.i), c)
            return verb.doc[obj.left_edge.i:c.right_edge.i + 1]
        if c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children):
            return verb.doc[c.i + 1:c.right_edge.i + 1]
    return None


def as_frame(verb: Token) -> Span | None:
    """'sees the treaty as a mistake', 'referred to the admiral as "the old captain"': an active
    verb of ``speech.json``'s 'as_frames', its object (direct or after the frame's preposition)
    and what it is seen as; else nothing ('saw the harbour', 'is seen as')."""
    preps = lexicon.data("speech")["as_frames"].get(verb.lemma_.lower())
    if preps is None or verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    rights = list(verb.rights)
    obj = next((c for c in rights if c.dep_ == "dobj" and "" in preps), None)
    if obj is None:
        prep = next((c for c in rights if c.dep_ == "prep" and c.lower_ in preps), None)
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    as_ = next((c for c in rights + list(obj.rights) if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
    if as_ is None or not any(g.dep_ == "pobj" for g in as_.children):
        return None
    return verb.doc[obj.left_edge.i:as_.right_edge.i + 1]


def framed(verb: Token) -> Span | None:
    """'called on Norway to withdraw', 'warned of a crisis': the phrase after a preposition the
    verb's frame names (``speech.json``'s 'prep_frames'), up to the end of what follows it."""
    preps = lexicon.data("speech")["prep_frames"].get(verb.lemma_.lower(), ())
    rights = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj")]
    for n, c in enumerate(rights):
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                after = rights[n + 1] if n + 1 < len(rights) else None
                goes_on = after is not None and (after.dep_ in ("xcomp", "ccomp") or after.dep_ == "prep" and after.lower_ == "as")
                last = after if goes_on else c  # 'called on X to go', 'pointed to X as the leader'
                return verb.doc[objs[0].left_edge.i:last.right_edge.i + 1]
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ in preps and g.i > verb.i), None)
        if c.dep_ in ("advcl", "ccomp", "xcomp") and mark is not None and mark.i == c.left_edge.i:
            return verb.doc[mark.i + 1:c.right_edge.i + 1]  # 'called for the navy to leave': a clause the preposition opens
    return None


def naming(verb: Token) -> Span | None:
    """'called the plan "a disgrace"', 'called the incident a reason to act': a naming verb's
    (``speech.json``'s 'naming_verbs') object and the name it gives: the speaker's own quoted
    words up to their close, or a name without quotation marks, a noun or adjective as a second
    complement; nothing for a scare quote inside the writer's phrase ('called the plan a "bold
    step"') nor without an object ('called an emergency session')."""
    if verb.lemma_.lower() not in lexicon.data("speech")["naming_verbs"]:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:  # 'called the rival "a bully"': one phrase holds both
        small = next((c for c in verb.rights if c.dep_ in ("oprd", "xcomp", "ccomp")), None)
        return _quoted_name(small.left_edge.i, small.right_edge.i, small.left_edge) if small is not None else None
    end = obj.right_edge.i
    for c in verb.rights:
        if c.i <= obj.i:
            continue
        if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "npadvmod", "dobj", "appos") or c.is_quote and c.i == end + 1:
            end = c.right_edge.i
        else:
            break  # 'called X "Y," but said ...': the naming ends at a comma or a conjunction
    named = _quoted_name(obj.left_edge.i, end, obj)
    span = verb.doc[obj.left_edge.i:end + 1]
    if named is None and not any(t.is_quote for t in span) and any(
            c.dep_ in ("oprd", "xcomp") and c.i > obj.i and c.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") for c in verb.rights):
        return span  # 'called the incident a reason to act'; not a scare quote ('called it a "bold step"')
    return named


def _quoted_name(lo: int, hi: int, after: Token) -> Span | None:
    """Words lo..hi up to the close of the quotation that opens the name after ``after``, or on
    to ``hi`` when a relative clause on the name follows the close, when a quotation opens the
    name: its mark follows no determiner or adjective of the writer's ('a "bold step"')."""
    doc = after.doc
    marks = [t for t in doc[after.i + 1:min(hi + 3, len(doc))] if t.is_quote]
    if not marks or marks[0].i > hi or doc[marks[0].i - 1].pos_ in ("DET", "ADJ", "NUM"):
        return None
    close = marks[1].i if len(marks) > 1 else hi + 1
    if close < hi and doc[close + 1].tag_ in ("WP", "WDT"):  # '"fools" who "want war"': the name goes on
        close = hi + 1
    return doc[lo:close]
