"""Reported speech: a reporting verb (``kg/data/speech.json``), its subject as the speaker, its
clause or object as the content.

Frames: "X said (that) ...", "X urged Y to ...", "X accused Y of ...", "..., X said", "as X
pointed out, ...", "according to X, ...". The content stops at a semicolon or at a colon that
opens a quotation (not at one that opens the speaker's list: 'two options: A or B'); quoted
words inside it are left to the direct quotations. A negated reporting verb ("did not say") or
a denial ("X denied that ...") keeps the claim, marked ``negated``. A reporting verb inside a
question or a condition reports nothing. Which words a verb reports is ``content``'s, where a
reported clause ends ``clauses``'; the frames of requests, views, prepositions and namings are
``frames``'; a speech-act noun ("her warning that ...") is ``nominal``'s; who speaks through a
verb is ``subjects``'.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.clauses import without_aside
from kg.extract.content import verb_content
from kg.extract.doc import SUBJECTS, evidence
from kg.extract.frames import as_frame, framed, naming, request as _request
from kg.extract.nominal import content as noun_content, cue as noun_cue
from kg.extract.speakers import Speakers
from kg.extract.subjects import according, is_reporting, subject_speaker
from kg.model import Claim

MIN_WORDS = 3  # of a reported clause
MIN_PHRASE = 5  # of reported words without a verb ('highlighted a broader perspective' is no claim),
# but for a denial's object or a frame's phrase ('denied the charges', 'called for an inquiry')
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
    content = verb_content(verb, request=request) if speaker else None
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
    content = _past_dateline(content, speakers.dateline)
    whole = [q for q in quotes if not _fragment(speakers.doc, *q)]
    text, start = _before_quote(*_trimmed(without_aside(content)), whole, head=content.root.idx)
    text = _to_close(speakers.doc.text, text, start, quoted, limit=limit)
    if len(text.split()) < least:
        return None
    return Claim(speaker, text, "indirect", start, start + len(text), evidence(speakers.doc, cue_tok.i),
                 cue=cue, negated=negated)


def _past_dateline(content: Span, dateline: frozenset[int]) -> Span:
    """Reported words without the dateline that opens their sentence ('OSLO (Wire) – ...')."""
    lo = content.start
    while lo < content.end - 1 and lo in dateline:
        lo += 1
    return content.doc[lo:content.end]


def _pointed(verb: Token) -> bool:
    """A verb whose short object is still what it says: a denial's ('denied the charges',
    ``speech.json``'s 'short_objects') or a frame's phrase ('called for an inquiry',
    'prep_frames')."""
    return verb.lemma_.lower() in lexicon.data("speech")["short_objects"] or framed(verb) is not None


def _topic(verb: Token) -> bool:
    """A participle before or after another report that only names its topic ('Speaking about
    the strait, the minister said ...', '..., she told the radio, commenting on the sanctions'),
    or an infinitive of purpose without a clause ('called the envoy to discuss the strait': what
    the call was for, not what was said)."""
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return not any(c.dep_ == "ccomp" for c in verb.children)
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and is_reporting(verb.head) \
        and not any(c.dep_ in ("ccomp", "dobj") or c.dep_ in SUBJECTS for c in verb.children)


def _says_more(verb: Token) -> bool:
    """A reporting verb in a relative clause that still says something of its own: a clause
    ('who said that ...'), a naming ('who called the plan "a disaster"'), or, told once rather than
    as a habit ('who writes about ports' describes), a frame's phrase ('who warned of a crisis',
    'who called for an inquiry') or an object with what it is charged with ('who accused the board
    of lying'); not 'everything Jane Doe says is ...'."""
    return any(c.dep_ == "ccomp" for c in verb.children) or naming(verb) is not None or _judged(verb) \
        or verb.tag_ not in ("VBZ", "VBP") and (framed(verb) is not None or _charged(verb))


def _charged(verb: Token) -> bool:
    """A verb that reports objects (``speech.json``'s 'object_verbs') with its object and the
    phrase after it that says what it charges or credits the object with (``speech.json``'s
    'charge_preps': 'accused the board of lying', 'blamed the council for the delay')."""
    if verb.lemma_.lower() not in lexicon.data("speech")["object_verbs"]:
        return False
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    preps = lexicon.data("speech")["charge_preps"]
    return obj is not None and any(c.i > obj.i and c.dep_ == "prep" and c.lower_ in preps for c in verb.rights)


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


def _fragment(doc, start: int, end: int) -> bool:
    """A short quotation without a verb set inside reported words ('said "no reasonable auditor"
    would bring a case'): a phrase of the clause, not a quotation of its own that ends them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else ()
    return 0 < len(words) < MIN_PHRASE and not any(t.pos_ in ("VERB", "AUX") for t in words)


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


