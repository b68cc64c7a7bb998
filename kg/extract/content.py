"""What a reporting verb says: the words of its reported clause, object or phrase.

A clause the verb takes ('said (that) ...'), run on over later conjuncts with their own 'that'
or a reason hung on the verb; a request's or frame's phrase ('urged Y to ...', 'called for an
inquiry'); what a naming verb calls its object; the object of a verb that reports objects
(``speech.json``'s 'object_verbs'), up to a comma or the phrases that say when and where; a
clause the parse misread as a long object or hung below a noun ('said for the first time that
...'); all a sentence says after an opening 'According to X,'; else, for a speaker phrase that
comments on a clause ('..., Jane Doe said', 'The plan, she said, will ...'), that clause. Where a
clause ends is ``clauses``'; None when the verb says nothing found here.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.clauses import clause as reported_clause
from kg.extract.doc import SUBJECTS
from kg.extract.frames import framed, naming
from kg.extract.subjects import according, is_reporting
from kg.extract.tags import object_speaker

MISREAD = 8  # words of a reporting verb's object that must be a clause the parse misread


def verb_content(verb: Token, *, request: Span | None = None) -> Span | None:
    """The reported words: the verb's clause, its object, or the clause it comments on; for a
    request verb, what it asks for (``request``, already found by ``frames.request``)."""
    doc = verb.doc
    if verb.lemma_.lower() in lexicon.data("speech")["request_verbs"] or request is not None:
        return request
    if verb.dep_ == "conj" and object_speaker(verb) is not None:  # 'The ferry is late, tweeted the board'
        return reported_clause(verb.head, exclude=verb)
    for c in sorted(verb.children, key=lambda c: c.i < verb.i):  # a clause after the verb first
        if c.dep_ == "ccomp" and not _relative(c, verb):
            obj = next((o for o in verb.rights if o.dep_ == "dobj" and o.i < c.i), None)
            if obj is not None and not any(g.dep_ in SUBJECTS for g in c.children):  # "underscored the commitment ... is ironclad": a misparsed clause
                return doc[obj.left_edge.i:c.right_edge.i + 1]
            return _more(verb, c, reported_clause(c, exclude=verb))
    for find in (framed, naming, _object_words, _misread, _that_clause, _opening_source, _fronted_subject, _commented):
        found = find(verb)
        if found is not None:
            return found
    return None


def _object_words(verb: Token) -> Span | None:
    """What an object verb ('speech.json''s 'object_verbs') says: its object and the phrases
    after it, up to a comma, a coordination, another report or when and where it was said."""
    right = []
    for c in verb.rights:
        if c.dep_ in ("conj", "cc") or is_reporting(c) or right and c.text == ",":
            break  # 'rejected the plan, in a statement read by ...': the object ends at the comma
        if right and _trailing(c):
            break  # 'repeated those worries on Sunday at a forum': when and where, not what
        if c.dep_ in ("dobj", "xcomp", "prep", "attr", "oprd", "pcomp", "advcl", "dative"):
            right.append(c)
    right = [c for c in right if c.dep_ != "dative"] or right
    if right and verb.lemma_.lower() in lexicon.data("speech")["object_verbs"]:
        return verb.doc[right[0].left_edge.i:right[-1].right_edge.i + 1]
    return None


def _misread(verb: Token) -> Span | None:
    return _misread_clause(verb) or _hung_clause(verb)


def _commented(verb: Token) -> Span | None:
    """'A opens the door, X said' with the tag parsed as an aside: the clause it comments on."""
    own_subject = any(c.dep_ in SUBJECTS for c in verb.children) or according(verb) is not None
    if own_subject and _aside(verb) and (verb.head.pos_ in ("VERB", "AUX", "ADJ") or _inset(verb)):
        head = verb.head if verb.head.pos_ in ("VERB", "AUX", "ADJ") else verb.sent.root
        while head.dep_ == "conj" and head.head.i < head.i:  # 'A opens the door, but B ..., according to X'
            head = head.head
        return reported_clause(head, exclude=verb)
    return None


def _misread_clause(verb: Token) -> Span | None:
    """'Jane Doe says the movement that is sweeping the region appeals to anger': a verb that
    reports only clauses (``speech.json``'s 'clause_verbs') whose parse took the clause for a
    long object, a verb inside it ('says banning the nets would hurt ...': a gerund subject read as
    the verb's complement too); the object's words to the sentence's end."""
    if verb.lemma_.lower() not in lexicon.data("speech")["clause_verbs"]:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if obj is None or any(not t.is_space for t in verb.doc[verb.i + 1:obj.left_edge.i]):
        return None  # the object right after the verb
    words = [t for t in obj.subtree if not t.is_punct]
    if len(words) < MISREAD or not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in words):
        return None
    return verb.doc[obj.left_edge.i:obj.right_edge.i + 1]


def _fronted_subject(verb: Token) -> Span | None:
    """'The plan signals "the end" for the port, said Jane Doe': a clause before '..., said X'
    that the parse read as a second subject of the verb (its verb taken for a noun), the named
    speaker after the verb; the words from the sentence's start to the comma before the verb."""
    subjs = [c for c in verb.children if c.dep_ in SUBJECTS]
    before = [c for c in subjs if c.i < verb.i]
    if len(before) != 1 or not any(c.i > verb.i for c in subjs):
        return None
    doc, left = verb.doc, before[0]
    if doc[verb.i - 1].text != "," or left.right_edge.i != verb.i - 2 or left.left_edge.i != verb.sent.start:
        return None
    words = [t for t in doc[left.left_edge.i:verb.i - 1] if not t.is_space]
    return doc[words[0].i:words[-1].i + 1] if len(words) >= MISREAD else None


def _hung_clause(verb: Token) -> Span | None:
    """'was quoted as saying the plan is sound': a verb that reports only clauses (``speech.json``'s
    'clause_verbs') with nothing after it in its parse, right before a clause the parse hung on
    another word (its verb, with a subject of its own, outside the reporting verb's phrase): that
    clause's words from the reporting verb on; for a verb that tells someone (``speech.json``'s
    'addressee_verbs'), past its addressee and when it was told ('telling reporters on Thursday
    she viewed ...')."""
    lemma, speech = verb.lemma_.lower(), lexicon.data("speech")
    if lemma in speech["clause_verbs"] and not any(True for _ in verb.rights):
        nxt = verb.i + 1
    elif lemma in speech["addressee_verbs"] and any(c.dep_ in ("dobj", "dative") for c in verb.rights) \
            and all(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in speech["adjunct_preps"]
                    for c in verb.rights):
        nxt = verb.right_edge.i + 1
    else:
        return None
    doc = verb.doc
    if nxt >= verb.sent.end or doc[nxt].is_punct:
        return None
    head, told = doc[nxt], nxt > verb.i + 1  # told: the parse may have hung the teller's phrase on the clause
    while head.head.i != head.i and head.head.i > verb.i and (told or head.left_edge.i == nxt) \
            and not (head.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in head.children)):
        head = head.head
    subjects = [c for c in head.children if c.dep_ in SUBJECTS and c.i < head.i]
    if head.pos_ not in ("VERB", "AUX") or not subjects or (subjects[0].left_edge.i != nxt if told
                                                          else head.left_edge.i != nxt or verb in head.subtree):
        return None
    return doc[nxt:head.right_edge.i + 1]


def _opening_source(verb: Token) -> Span | None:
    """'According to Jane Doe, the envoy, the talks failed': a source phrase that opens the
    sentence reports all the sentence says after it, past the comma that closes the source and
    an apposition on it, however the parse hung the rest."""
    source = according(verb)
    sent = verb.sent
    if source is None or verb.i != sent.start:
        return None
    commas = [t.i for t in sent if t.i > source.i and t.text == ","]
    if not commas:
        return None
    start = commas[0] + 1
    doc = verb.doc
    if len(commas) > 1 and (doc[start].tag_ in ("WP", "WP$") or not any(t.pos_ in ("VERB", "AUX") for t in doc[start:commas[1]])):
        start = commas[1] + 1  # past an apposition or a 'who' clause on the source
    words = [t for t in doc[start:sent.end] if not (t.is_punct and not t.is_quote) and not t.is_space]
    return doc[words[0].i:words[-1].i + 1] if words else None


def _trailing(tok: Token) -> bool:
    """A verb's prepositional phrase that says when, where or how (``speech.json``'s
    'adjunct_preps'), with only such phrases after it: the end of an object's reported words
    ('repeated those worries on Sunday at a forum'; not 'criticized X on Monday over Y')."""
    adjuncts = lexicon.data("speech")["adjunct_preps"]
    later = [c for c in tok.head.rights if c.i >= tok.i and c.dep_ in ("prep", "xcomp", "advcl", "ccomp")]
    return tok.dep_ == "prep" and all(c.dep_ == "prep" and c.lower_ in adjuncts for c in later)


def _inset(verb: Token) -> bool:
    """'The plan, Jane Doe said, will fail': a speaker phrase set off by commas inside the clause
    it reports, which the parse hung on a noun before it; the clause is the sentence's, when its
    main verb comes after the phrase, or the parse found none ('The tag, X said, accompanied ...'
    read as one noun phrase)."""
    doc, root = verb.doc, verb.sent.root
    words = [t.i for t in verb.subtree if not t.is_punct]
    lo, hi = words[0], words[-1]
    return verb.dep_ == "parataxis" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and lo > verb.sent.start \
        and doc[lo - 1].text == "," and hi + 1 < len(doc) and doc[hi + 1].text == "," \
        and (root.pos_ in ("VERB", "AUX") and root.i > hi or root.i == verb.head.i)


def _relative(clause: Token, verb: Token) -> bool:
    """A clause before the verb whose subject is 'who': the speaker's relative clause the parse
    hung on the verb ('Jane Doe, who ..., said'), not what is said."""
    return clause.i < verb.i and any(g.dep_ in SUBJECTS and g.tag_ in ("WP", "WDT") for g in clause.children)


def _more(verb: Token, first: Token, clause: Span) -> Span:
    """The reported clause run on over the verb's later conjuncts that report more with their
    own 'that' ('predicted that A, but that B') or give the reported reason the parse hung on
    the verb ('said that A was futile, because B': ``speech.json``'s 'reason_marks')."""
    if verb.i > first.i:
        return clause
    reasons = lexicon.data("speech")["reason_marks"]
    more = [c for c in verb.rights if c.i > first.i and (
        c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        or c.dep_ == "advcl" and c.left_edge.i <= clause.end + 2 and c.left_edge.lower_ in reasons)]
    if not more or clause.end > more[-1].right_edge.i:
        return clause
    return verb.doc[clause.start:more[-1].right_edge.i + 1]


def _aside(verb: Token) -> bool:
    """'The plan will work, Jane Doe told reporters': a reporting verb that comments on the clause
    it hangs on (not 'while X claimed Y'); its object only the one it speaks to (``speech.json``'s
    'addressee_verbs'); a coordinated one only after a comma, no conjunction between."""
    to = verb.lemma_.lower() in lexicon.data("speech")["addressee_verbs"]
    if any(c.dep_ == "dobj" and not to or c.dep_ == "mark" and c.lower_ != "as" for c in verb.children):
        return False
    if verb.dep_ == "conj":
        head = verb.head
        return head.i < verb.i and verb.doc[verb.left_edge.i - 1].text == "," \
            and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    return verb.dep_ in ("advcl", "parataxis", "prep")


def _that_clause(verb: Token) -> Span | None:
    """'said for the first time that X ...', 'claiming without evidence that X ...': a clause
    the parse hung below a noun of the verb's phrase, found by its 'that' (a mark, not a pronoun)."""
    for t in verb.subtree:
        opens = t.dep_ == "mark" or t.pos_ == "SCONJ" and any(g.dep_ in SUBJECTS for g in t.head.children)
        if t.i > verb.i and t.lower_ == "that" and opens and t.head.pos_ in ("VERB", "AUX") \
                and t.head.i > t.i and not is_reporting(t.head):
            return verb.doc[t.i + 1:t.head.right_edge.i + 1]
    return None
