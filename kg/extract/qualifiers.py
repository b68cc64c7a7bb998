"""Who a noun names through the words around it, when no mention covers the noun itself.

A title word the parse took for the subject names the person whose name follows it ('Navy Capt.
Jane Doe said') or hangs on it ('said Col. Jane Doe, 4th Squadron commander'); a report, poll or
advertisement names its author ('a count by the Harbour Board'), and a statement the one who issued
the last statement named before ('the statement said'); a plural noun names its first
example ('proponents like Jane Doe'); a noun that speaks for a body names the one body or country
that qualifies it ('Norway's foreign ministry', 'a spokesman for Jane Doe'). Each answers with an
actor's key, or None when the words name none or several.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.doc import SUBJECTS
from kg.extract.roles import is_title
from kg.model import Mention

LOOKBACK = 200  # tokens before a document noun in which the document it refers back to was named


def title_before(tok: Token, by_token: dict[int, Mention]) -> str | None:
    """'Navy Capt. Jane Doe said', parsed with the rank for the subject: the person whose name
    follows a subject that is a title word, before the verb."""
    if not is_title(tok):
        return None
    for t in tok.doc[tok.i + 1:min(tok.i + 5, tok.head.i if tok.head.i > tok.i else tok.i + 5)]:
        m = by_token.get(t.i)
        if m is not None:
            return m.key if m.type == "Person" else None
        if not (t.text == "." or is_title(t)):
            return None
    return None


def name_inside(tok: Token, by_token: dict[int, Mention]) -> str | None:
    """'said Col. Jane Doe, 4th Squadron commander', parsed with the role noun for the subject
    and the name hung on it: the one person named among the words that qualify it."""
    if not is_title(tok):
        return None
    found = {by_token[t.i].key for c in tok.lefts if c.dep_ in ("nmod", "compound", "amod")
             for t in c.subtree if t.i in by_token and by_token[t.i].type == "Person"}
    return found.pop() if len(found) == 1 else None


def author(tok: Token, by_token: dict[int, Mention], depth: int = 0) -> str | None:
    """'a count by the Harbour Board', 'the Harbour Board's report', 'a report released by the
    Harbour Board', 'results of a poll conducted for Jane Doe': who speaks through a report,
    poll or advertisement (``referents.json``'s 'source_nouns'); nobody when it names none or
    several."""
    links = lexicon.data("referents")["source_links"]
    found = {by_token[c.i].key for c in tok.children if c.dep_ in ("poss", "compound") and c.i in by_token}
    heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in links]
    heads += [g for c in tok.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by"]
    for prep in heads:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.i in by_token:
                found.add(by_token[obj.i].key)
            elif depth < 2 and obj.lemma_.lower() in lexicon.data("referents")["source_nouns"]:
                inner = author(obj, by_token, depth + 1)
                found |= {inner} if inner else set()
    return found.pop() if len(found) == 1 else None


def issuer(tok: Token, by_token: dict[int, Mention], speaker_of) -> str | None:
    """'the statement said': who issued the last document of that kind named before
    (``referents.json``'s 'same_documents'): its owner or author ('the Harbour Board's
    statement'), or the one who spoke in it ('the Harbour Board said in a press release', 'Jane
    Doe said, according to a statement', with
    ``speaker_of`` naming that verb's subject), or, for a definite one ('according to the
    readout'), who issued the one before; nobody when the last one names none."""
    kinds = lexicon.data("referents")["same_documents"]
    if tok.lemma_.lower() not in kinds:
        return None
    for t in reversed(tok.doc[max(tok.sent.start - LOOKBACK, 0):tok.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in kinds:
            continue
        found = owner(t, by_token) or author(t, by_token)
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else None
        if verb is not None and verb.dep_ == "prep" and verb.head.lemma_.lower() in lexicon.reporting_verbs():
            verb = verb.head  # 'Jane Doe said, according to a statement': who said it
        if found is None and verb is not None and verb.lemma_.lower() in lexicon.reporting_verbs():
            subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
            found = speaker_of(subj) if subj is not None else None
        if found is None and any(c.lower_ == "the" for c in t.children):
            found = issuer(t, by_token, speaker_of)  # 'the readout' refers back too
        return found
    return None


def example(tok: Token, by_token: dict[int, Mention]) -> str | None:
    """'Proponents like Jane Doe', 'critics, including Jane Doe and John Roe,': the first
    actor named as an example of a plural subject (``speech.json``'s 'example_preps')."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    preps = lexicon.data("speech")["example_preps"]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            first = next((g for g in c.children if g.dep_ == "pobj"), None)
            if first is not None and first.i in by_token:
                return by_token[first.i].key
    return None


def owner(tok: Token, by_token: dict[int, Mention], *, person: bool = False) -> str | None:
    """The one body or country that qualifies a noun ('Norway's', 'a Harbour Board', 'of Norway');
    with ``person``, a person too ('Jane Doe's campaign', 'a spokesman for Jane Doe')."""
    owners = [by_token[c.i] for c in tok.children
              if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in by_token]
    owners += [by_token[g.i] for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to")
               for g in c.children if g.dep_ == "pobj" and g.i in by_token]
    if len({o.key for o in owners}) > 1:  # "Ruritania's Harbour Board officials": the body, not its country
        owners = [o for o in owners if o.type == "Organization"]
    if len({o.key for o in owners}) == 1 and (person or owners[0].type != "Person"):
        return owners[0].key
    return None
