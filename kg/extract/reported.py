"""Reported speech: a reporting verb (``kg/data/speech.json``), its subject as the speaker, its
clause or object as the content.

Frames: "X said (that) ...", "X urged Y to ...", "X accused Y of ...", "..., X said", "as X
pointed out, ...", "according to X, ...". The content stops at a semicolon or at a colon that
opens a quotation (not at one that opens the speaker's list: 'two options: A or B'); quoted
words inside it are left to the direct quotations. A negated reporting verb ("did not say") or
a denial ("X denied that ...") keeps the claim, marked ``negated``. A reporting verb inside a
question or a condition reports nothing. Where a reported clause ends is ``clauses``'; the
frames of requests, views, prepositions and namings are ``frames``'; a speech-act noun ("her
warning that ...") is ``nominal``'s.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.clauses import clause as reported_clause, without_aside
from kg.extract.doc import SUBJECTS, evidence
from kg.extract.frames import as_frame, framed, naming, request as _request
from kg.extract.nominal import content as noun_content, cue as noun_cue
from kg.extract.quotes import according, is_reporting, subject_speaker
from kg.extract.speakers import Speakers
from kg.model import Claim

MIN_WORDS = 3  # of a reported clause
MIN_PHRASE = 5  # of reported words without a verb ('highlighted a broader perspective' is no claim),
# but for a denial's object or a frame's phrase ('denied the charges', 'called for an inquiry')
MISREAD = 8  # words of a reporting verb's object that must be a clause the parse misread
MIN_NAMED = 2  # of an object and what a naming verb calls it ('called her "weak"'), or of who an evaluation judges
STRIP = " \t\n,;:."
CLAUSE_BREAKS = (";", ":")


def reported(speakers: Speakers, sent: Span, quotes: list[tuple[int, int]], *,
             quoted: list[tuple[int, int]] = ()) -> list[Claim]:
    """The reported speech of one sentence: not of a verb inside a quotation (``quoted``, fragments
    included: those are the speaker's words), nor of one in a relative clause that reports
    nothing ('everything Jane Doe says is ...')."""
    if sent.text.rstrip().endswith("?"):
        return []  # a question reports nothing; read once per sentence
    out = []
    for verb in sent:
        if any(a <= verb.idx < b for a, b in quoted):
            continue
        claim = (_spoken if verb.pos_ != "NOUN" else _noun)(speakers, verb, quotes, quoted, limit=sent.end_char)
        if claim is not None:
            out.append(claim)
    return out


def _spoken(speakers: Speakers, verb: Token, quotes, quoted, *, limit: int) -> Claim | None:
    """The claim a reporting verb (or a request or view verb) makes, if any."""
    request = _request(verb)
    request = request if request is not None else as_frame(verb)
    if not (is_reporting(verb) or request is not None) or _asked(verb) \
            or verb.dep_ == "relcl" and not _says_more(verb) or _topic(verb):
        return None
    speaker = subject_speaker(speakers, verb, quotes)
    content = _content(verb, request=request) if speaker else None
    if content is None or _left_open(verb, content):
        return None
    clause = any(t.pos_ in ("VERB", "AUX") for t in content)
    least = MIN_NAMED if naming(verb) is not None or _judged(verb) else \
        MIN_WORDS if clause or _pointed(verb) or as_frame(verb) is not None else MIN_PHRASE
    lemma = verb.lemma_.lower()
    negated = lemma in lexicon.data("speech")["denials"] or any(c.dep_ == "neg" for c in verb.children)
    cue = "according to" if according(verb) is not None else lemma
    return _claim(speakers, verb, speaker, content, quotes, quoted, least=least, cue=cue, negated=negated, limit=limit)


def _noun(speakers: Speakers, noun: Token, quotes, quoted, *, limit: int) -> Claim | None:
    """The claim a speech-act noun makes for its possessor ('Jane Doe's call for an inquiry')."""
    owner = noun_cue(noun)
    if owner is None or _asked(noun) or any(s <= owner.idx < e for s, e in quotes):
        return None
    speaker = speakers.of(owner)
    content = noun_content(noun) if speaker else None
    if content is None:
        return None
    return _claim(speakers, noun, speaker, content, quotes, quoted, least=MIN_WORDS, cue=noun.lemma_.lower(),
                  negated=noun.lemma_.lower() in lexicon.data("speech")["denials"], limit=limit)


def _claim(speakers: Speakers, cue_tok: Token, speaker: str, content: Span, quotes, quoted, *,
           least: int, cue: str, negated: bool, limit: int) -> Claim | None:
    """The claim of reported words, trimmed and cut before a whole quotation, run on to the close
    of a quotation they open before ``limit`` (the sentence's end); none when fewer than
    ``least`` words are left."""
    text, start = _before_quote(*_trimmed(without_aside(content)), quotes, head=content.root.idx)
    text = _to_close(speakers.doc.text, text, start, quoted, limit=limit)
    if len(text.split()) < least:
        return None
    return Claim(speaker, text, "indirect", start, start + len(text), evidence(speakers.doc, cue_tok.i),
                 cue=cue, negated=negated)


def _pointed(verb: Token) -> bool:
    """A verb whose short object is still what it says: a denial's ('denied the charges',
    ``speech.json``'s 'short_objects') or a frame's phrase ('called for an inquiry',
    'prep_frames')."""
    return verb.lemma_.lower() in lexicon.data("speech")["short_objects"] or framed(verb) is not None


def _topic(verb: Token) -> bool:
    """A participle before or after another report that only names its topic ('Speaking about
    the strait, the minister said ...', '..., she told the radio, commenting on the sanctions')."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and is_reporting(verb.head) \
        and not any(c.dep_ in ("ccomp", "dobj") or c.dep_ in SUBJECTS for c in verb.children)


def _says_more(verb: Token) -> bool:
    """A reporting verb in a relative clause that still says something of its own: a clause
    ('who said that ...') or a naming ('who called the plan "a disaster"'), not 'everything Jane
    Doe says is ...'."""
    return any(c.dep_ == "ccomp" for c in verb.children) or naming(verb) is not None or _judged(verb)


def _judged(verb: Token) -> bool:
    """An evaluation (``speech.json``'s 'evaluations': praise, criticize, condemn, ...) with its
    object: who is judged is the claim, however short ('criticized the envoy')."""
    return verb.lemma_.lower() in lexicon.data("speech")["evaluations"] and any(c.dep_ == "dobj" for c in verb.children)


def _before_quote(text: str, start: int, quotes, *, head: int) -> tuple[str, int]:
    """Reported words up to the first whole quotation inside them (the quotation is a direct
    claim of its own), when their head word comes before it; else nothing."""
    cut = min((qs for qs, qe in quotes if qs < start + len(text) and start < qe), default=None)
    if cut is None:
        return text, start
    if cut <= start + 1 or head >= cut:
        return "", start
    return text[:cut - 1 - start].rstrip(STRIP + "\"“”‘’'"), start


def _to_close(text: str, words: str, start: int, quoted, *, limit: int) -> str:
    """The reported words run on to the close of a quotation they open ('said she had "steady
    hands, but ... a good heart"'), when it closes in the same sentence (before ``limit``)."""
    end = start + len(words)
    close = max((qe for qs, qe in quoted if start < qs < end < qe <= limit), default=None)
    return text[start:close].rstrip(STRIP) if close is not None and words else words


def _left_open(verb: Token, content: Span) -> bool:
    """'did not say when', 'was not willing to say who ...': a negated reporting verb (or the
    words it complements, two up) whose content is an open question states nothing."""
    if content[0].tag_ not in ("WRB", "WP", "WDT") and content[0].lower_ != "whether":
        return False
    return any(c.dep_ == "neg" for t in (verb, verb.head, verb.head.head) for c in t.children)


def _asked(verb: Token) -> bool:
    """A reporting verb under 'if'/'unless' reports nothing (nor one in a question: ``reported``
    reads no question)."""
    hypothetical = lexicon.data("relations").get("hypothetical", ())
    return any(c.dep_ == "mark" and c.lower_ in hypothetical for c in verb.children)


def _trimmed(content: Span) -> tuple[str, int]:
    """The content's words: no leading 'that'/'as', no dangling conjunction, cut at a clause
    break or at a dash that opens the writer's aside; with their start offset."""
    text = content.text
    for mark in CLAUSE_BREAKS:
        cut = text.find(f"{mark} ")
        if cut > 0 and (mark != ":" or _opens_other(text[cut + 1:])):
            text = text[:cut]
    aside = re.search(r"\s[-–—]+\s*(%s)\b" % "|".join(map(re.escape, lexicon.data("speech")["aside_openers"])), text, flags=re.I)
    if aside and aside.start() > 0:  # '... - although X leads': the writer's aside after a dash
        text = text[:aside.start()]
    text = re.sub(r"^(that|as)\s+", "", text.strip(STRIP), flags=re.I)
    text = re.sub(r"(\W+(as well as|and|or|but))+$", "", text, flags=re.I).strip(STRIP)
    start = content.start_char + content.text.index(text[:1]) if text else content.start_char
    return text, start


def _opens_other(after: str) -> bool:
    """What follows a colon in reported words opens words of their own (a quotation), not the
    speaker's list or elaboration ('left with two options: A or B')."""
    after = after.lstrip()
    return not after or after[0] in "".join(lexicon.data("speech")["open_quotes"])


def _content(verb: Token, *, request: Span | None = None) -> Span | None:
    """The reported words: the verb's clause, its object, or the clause it comments on; for a
    request verb, what it asks for (``request``, already found by ``_request``)."""
    doc = verb.doc
    objs = lexicon.data("speech")["object_verbs"]
    if verb.lemma_.lower() in lexicon.data("speech")["request_verbs"] or request is not None:
        return request
    for c in sorted(verb.children, key=lambda c: c.i < verb.i):  # a clause after the verb first
        if c.dep_ == "ccomp" and not _relative(c, verb):
            obj = next((o for o in verb.rights if o.dep_ == "dobj" and o.i < c.i), None)
            if obj is not None and not any(g.dep_ in SUBJECTS for g in c.children):  # "underscored the commitment ... is ironclad": a misparsed clause
                return doc[obj.left_edge.i:c.right_edge.i + 1]
            return _more(verb, c, reported_clause(c, exclude=verb))
    phrase = framed(verb)
    if phrase is not None:
        return phrase
    named = naming(verb)
    if named is not None:
        return named
    right = []
    for c in verb.rights:
        if c.dep_ in ("conj", "cc") or is_reporting(c) or right and c.text == ",":
            break  # 'rejected the plan, in a statement read by ...': the object ends at the comma
        if right and _trailing(c):
            break  # 'repeated those worries on Sunday at a forum': when and where, not what
        if c.dep_ in ("dobj", "xcomp", "prep", "attr", "oprd", "pcomp", "advcl", "dative"):
            right.append(c)
    right = [c for c in right if c.dep_ != "dative"] or right
    if right and verb.lemma_.lower() in objs:
        return doc[right[0].left_edge.i:right[-1].right_edge.i + 1]
    misread = _misread_clause(verb)
    if misread is not None:
        return misread
    clause = _that_clause(verb)
    if clause is not None:
        return clause
    opening = _opening_source(verb)
    if opening is not None:
        return opening
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
