"""Whether a sentence asserts a predicate: not when it is negated, hypothetical, conditional,
only wanted or asked for, denied, or asked about. What no word of a sentence asserts (a question,
what a hypothetical mark or a denial governs) is found once per sentence, in one pass from its
root (``unasserted_scope``); the rest is read in the predicate's own clause (``asserted``).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.scene import lex

# links that stay inside one clause when walking from a predicate up to its clause's verb
# (not from a subject: "the agreement with Norway is not good" still states an agreement)
SAME_CLAUSE = ("xcomp", "dobj", "pobj", "prep", "attr", "acomp", "amod", "compound", "oprd", "dative", "appos",
               "poss")


def unasserted_scope(sent: Span) -> frozenset[int]:
    """The tokens of a sentence that nothing asserts, found in one pass from the root down: all of
    a question; below a hypothetical mark ('if', 'unless'); what a denial governs ('denied that ...',
    not who denies: 'Norway's rival Sweden rejected ...')."""
    if sent[-1].text == "?" or any(t.text == "?" for t in sent[-2:]):
        return frozenset(t.i for t in sent)
    data, out = lex(), set()
    todo = [(t, False) for t in sent if t.head.i == t.i or not sent.start <= t.head.i < sent.end]
    while todo:
        node, above = todo.pop()
        blocked = above or any(c.dep_ == "mark" and c.lower_ in data["hypothetical"] for c in node.children)
        if blocked:
            out.add(node.i)
        denies = node.lemma_.lower() in data["denials"]
        todo += [(c, blocked or denies and c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "pobj", "prep"))
                 for c in node.children]
    return frozenset(out)


def asserted(tok: Token, *, unsaid: frozenset[int] | None = None) -> bool:
    """False for 'no alliance', 'did not attack', 'could invade', 'if X attacks', 'plans to
    sign', 'urged X to talk', 'denied that X attacked', and anything in a question (``unsaid``:
    the sentence's ``unasserted_scope``, computed once per sentence by a caller that reads many words)."""
    data = lex()
    if tok.i in (unasserted_scope(tok.sent) if unsaid is None else unsaid):
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in data["ending_verbs"]:
        return False  # "suspended the agreement": no agreement any more
    clause = _clause(tok)
    for node in clause:
        for c in node.children:
            if (c.dep_ == "neg" or (c.lower_ in data["negations"] and c.dep_ in ("det", "advmod", "preconj", "cc"))) \
                    and not _not_only(c):
                return False
            if c.dep_ == "aux" and c.lemma_.lower() in data["modals"] and not _reported_will(c):
                return False
    wanted = [*clause[1:], clause[-1].head] if clause[-1].dep_ in ("xcomp", "ccomp", "advcl") \
        and not _stated(clause[-1]) else clause[1:]
    if any(c.lower_ in data["irrealis"] for c in tok.children if c.dep_ in ("amod", "compound")):
        return False
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in data["scheduled_verbs"]:
        return False  # "a visit to X was scheduled", "the talks were postponed": not (yet) held
    given = any(c.lower_ in data["presupposing"] for c in tok.children if c.dep_ in ("amod", "advmod"))
    if not given and any(_wants(n) for n in wanted):
        return False
    return not any(c.lower_ == "without" and c.left_edge.i <= tok.i <= c.right_edge.i
                   for n in clause for c in n.children if c.dep_ == "prep")


def _reported_will(aux: Token) -> bool:
    """'would' of a clause that a past commitment reports ('agreed that they would hold drills',
    'confirmed that X would cooperate'): the 'will' of what was agreed, not a hypothesis."""
    verb = aux.head
    return aux.lower_ == "would" and verb.dep_ == "ccomp" and verb.head.tag_ in ("VBD", "VBN") \
        and verb.head.lemma_.lower() in lex()["commitment_verbs"]


def _wants(verb: Token) -> bool:
    """A verb of intent, some only with their preposition ('called for talks', not 'called the
    launch a threat')."""
    lemma = verb.lemma_.lower()
    preps = lex()["intent_preps"].get(lemma)
    return lemma in lex()["intent_verbs"] and (preps is None or any(
        c.dep_ in ("prep", "xcomp") and (c.lower_ in preps or c.dep_ == "xcomp") for c in verb.children))


def _not_only(word: Token) -> bool:
    """'not only X but also Y': no negation."""
    return word.lower_ == "not" and word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "only"


def _stated(clause: Token) -> bool:
    """A finite clause under a verb that asserts it then ('insisted his troops have shown
    restraint'), not one that demands it ('insisted that X withdraw')."""
    finite = clause.tag_ in ("VBD", "VBZ") or any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP")
                                                  and c.lemma_.lower() in ("have", "be") for c in clause.children)
    return clause.dep_ == "ccomp" and finite and clause.head.lemma_.lower() in lex()["asserting_intent_verbs"]


def _clause(tok: Token) -> list[Token]:
    """The predicate and the words above it in its own clause, up to the clause's verb."""
    out = [tok]
    node = tok
    while node.dep_ in SAME_CLAUSE or node.dep_ == "conj" and node.pos_ == "NOUN":
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out
