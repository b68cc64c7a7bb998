"""Where a reported clause ends: the subtree of the clause a reporting verb governs, without the
verb's own phrase, cut before the parts that are the writer's or the speaker's next act (a
coordinated act in the reporting verb's tense, a closing participle, a closing 'who' clause on a
name, a closing 'according to X').
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.doc import SUBJECTS
from kg.extract.quotes import according, is_reporting, tags_quote as _tags

PARENTHETICAL = 6  # tokens of a speaker phrase kept inside the content ("The plan, she said, will work")


def clause(head: Token, *, exclude: Token) -> Span:
    """The subtree of head without the reporting verb's own subtree, mark 'that' dropped."""
    skip = {t.i for t in exclude.subtree} if exclude in head.subtree else {exclude.i}
    toks = [t for t in head.subtree if t.i not in skip and not (t.dep_ == "mark" and t.head.i == head.i
                                                                 and t.lower_ in ("that", "as"))]
    stop = _tail(head, verb=exclude)
    words = [t for t in toks if (not (t.is_punct or t.is_space) or t.is_quote) and t.i < stop] or toks
    if not words:
        return head.doc[head.i:head.i + 1]
    lo, hi = words[0].i, words[-1].i  # a speaker phrase before or after the words stays out
    inner = [i for i in skip if lo < i < hi]
    if len(inner) > PARENTHETICAL:  # keep the longest run that does not cross the excluded part
        runs = _runs([t.i for t in toks])
        lo, hi = max(runs, key=lambda r: r[1] - r[0])
    return head.doc[lo:hi + 1]


def _tail(head: Token, *, verb: Token | None = None) -> int:
    """Where the reported clause ends before a part that is the writer's, not the speaker's: a
    reporting verb coordinated with its head without a subject of its own ('said X and urged Y':
    the speaker's next act), a participle after a comma ('declared X, throwing the race open'),
    or a verb deeper in the clause that shares the reporting verb's subject and tense but not the
    clause's ('said he makes $41,000 and questioned ...'), never in a clause before the verb that
    reports it; the token index, or past the clause."""
    parallel = _parallel(head, verb) if verb is not None else None
    if parallel is not None:
        return parallel
    before = verb is not None and head.i < verb.i  # 'A flew and was B, X said': no next act of X inside
    for c in head.rights:
        own = any(g.dep_ in SUBJECTS for g in c.children)
        shared = c.tag_ == "VB" and any(g.tag_ == "MD" for g in head.children)  # 'would sit ... and tell
        act = c.dep_ == "conj" and not own and not shared and not before and _tags(c)
        aside = c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        if act or aside:
            return c.left_edge.i
    return head.right_edge.i + 1


def _parallel(head: Token, verb: Token) -> int | None:
    """The left edge of the first verb coordinated inside the clause without a subject of its own
    whose tense is the reporting verb's and not that of the verb it is coordinated with: the
    speaker's next act the parse hung inside the clause ('has said she wants X and has expressed
    Y', 'stating there was X and chiding Y'); or of a trailing participle after a comma deeper in
    the clause ('that the party may have to disavow him, employing ...'); or of a closing 'who'
    clause on a name or a closing 'according to X' (the writer's, or another source's)."""
    last = head.right_edge.i
    for t in head.subtree:
        if t.i <= head.i or t.pos_ not in ("VERB", "AUX"):
            continue
        if _aside_relative(t, last) or t.dep_ == "prep" and according(t) is not None:
            return t.left_edge.i
        if any(g.dep_ in SUBJECTS for g in t.children):
            if _narrated(t, head, verb):
                return t.left_edge.i
            continue
        after = head.i > verb.i  # in a clause before the verb ('A did B and urged C, X said') all is X's
        if t.dep_ == "conj" and after and t.head.i >= head.i and (_finite(t) == _finite(verb) != _finite(t.head)
                                                                  or is_reporting(t) and t.tag_ == verb.tag_):
            return t.left_edge.i
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i != head.i and t.doc[t.left_edge.i - 1].text == "," \
                and t.right_edge.i >= last - 1:
            return t.left_edge.i
    return None


def _narrated(t: Token, head: Token, verb: Token) -> bool:
    """', and he railed against ...' after 'said the plan is sound': a clause coordinated with the
    reported clause's verb after a comma, with a pronoun of its own for subject and the reporting
    verb's past tense where the reported verb has another: the writer goes on telling what the
    speaker did."""
    if t.dep_ != "conj" or t.head.i != head.i or head.i < verb.i or verb.tag_ != "VBD":
        return False
    subj = next((g for g in t.children if g.dep_ in SUBJECTS), None)
    before = [w.text for w in t.doc[max(t.left_edge.i - 2, 0):t.left_edge.i]]
    return "," in before and subj.lower_ in lexicon.data("speech")["speaker_pronouns"] and subj.i == t.left_edge.i \
        and _finite(t) == "VBD" and _finite(head) in ("VBZ", "VBP", "MD")


def _aside_relative(verb: Token, last: int) -> bool:
    """', who was his chief of staff' closing the clause: a relative clause set off by a comma on
    a name, its relative word 'who' or 'whose', that runs to the clause's end: the writer's note
    on who that is."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "PROPN" or verb.right_edge.i < last - 1:
        return False
    first = verb.left_edge
    return first.lower_ in ("who", "whose") and verb.doc[first.i - 1].text == ","


def _finite(verb: Token) -> str:
    """The tag of a verb's finite part: its first auxiliary, else itself ('has said': VBZ)."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return (aux or verb).tag_


def _runs(idx: list[int]) -> list[tuple[int, int]]:
    runs, s = [], idx[0]
    for a, b in zip(idx, idx[1:]):
        if b != a + 1:
            runs.append((s, a))
            s = b
    runs.append((s, idx[-1]))
    return runs


def without_aside(content: Span) -> Span:
    """Reported words without the writer's clause that closes them after a comma, opened by one
    of ``speech.json``'s 'comma_asides' ('said the talks went well, despite the strike', 'said
    the fleet sails on Monday, where ...'): a clause whose words run to the end of the content,
    so the speaker's words go on no further; not a phrase set before the clause's own verb
    ('said the envoy, despite the strike, is hopeful')."""
    openers = [w.split() for w in lexicon.data("speech")["comma_asides"]]
    doc, end = content.doc, content.end
    for t in content[1:]:
        if doc[t.i - 1].text != "," or not any(
                [w.lower_ for w in doc[t.i:t.i + len(o)]] == o for o in openers):
            continue
        if t.head.i == content.root.i and t.head.i > t.i:
            continue  # the opener hangs on the reported clause's verb that follows it: an inset
        if t.head.right_edge.i >= end - 2 and t.head.i >= t.i or t.right_edge.i >= end - 2:
            return doc[content.start:t.i - 1]
    return content
