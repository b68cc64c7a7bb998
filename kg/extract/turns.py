"""Words that belong to a speaker by the form of the text, not by a reporting verb.

- A transcript's turn: the paragraphs from a speaker label ("JANE DOE, PRESS SECRETARY:",
  "Ambassador Doe:") to the next label are the labelled person's words (in an article that only
  quotes an exchange, its first label further down, a turn is the label's paragraph); each sentence that
  states something is a direct claim. Labels that name nobody ("Q:", "Moderator:") own their
  turns without claims, and so does a label without a colon ('Q Why now?').
- Remarks published under a name (a title with an own-words genre, ``speech.json``'s
  'own_words': "Special Envoy Jane Doe Remarks at ..."), or a release whose title names only the
  genre and whose header names one titled person ("Pre-ministerial press conference" / "by
  Secretary General Jane Doe"): the body is that person's words.
- A joint statement (a title with a joint genre, or parties named as a group in its opening,
  "hereafter referred to as the Quad"): each clause whose subject is the group, "they" or "the
  ministers" is the group's claim (the group's own name when it is an actor, else the
  first-named party).

A stating sentence has a verb, four words or more, is no question and opens with no courtesy
("Thank you", "Good afternoon", "With that").
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.article import speaker as opens_turn
from kg.extract.doc import SUBJECTS, Found, evidence
from kg.model import Claim, Mention

MIN_WORDS = 4
OPENING = 3  # body paragraphs within which a transcript's first speaker label stands
STRIP = " \t\n,;:."


def turns(doc: Doc, found: Found) -> tuple[list[Claim], list[tuple[int, int]]]:
    """The claims of transcript turns or remarks, and the character ranges they own."""
    paras = [p for p in found.article.paragraphs if p.kind == "body"]
    labelled = [p for p in paras if _label(found, p)]
    if labelled:
        return _transcript(doc, found, paras, runs_on=labelled[0] in paras[:OPENING])
    speaker = _remarks_speaker(doc, found)
    if speaker is None:
        return [], []
    owned = [(p.start, p.end) for p in paras]
    return [c for s, e in owned for c in _stating(doc, s, e, speaker, "remarks")], owned


def _transcript(doc: Doc, found: Found, paras, *, runs_on: bool) -> tuple[list[Claim], list[tuple[int, int]]]:
    """A transcript's turns: with ``runs_on`` (the text opens with a label) a turn runs to the next
    label; else (an exchange quoted inside an article) a turn is its label's paragraph only."""
    text, out, owned, who, begun = found.article.text, [], [], None, False
    labels = [(p.start, text.index(":", p.start)) for p in paras if _label(found, p)]
    people = _people(tuple(m for m in found.mentions if not any(s <= m.start < e for s, e in labels)))
    for p in paras:
        start = p.start
        line = text[p.start:p.end].strip()
        if _label(found, p):
            colon = text.index(":", p.start)
            label = text[p.start:colon]
            who = _labelled(found.mentions, people, p.start, colon, label)
            start, begun = colon + 1, who is not None or _nobody(label)
        elif _bare_label(line):
            who, begun = None, True
        elif not runs_on:
            who, begun = None, False
        if begun:
            owned.append((p.start, p.end))  # a question's words are no one's claims either
        if who is not None:
            out += _stating(doc, start, p.end, who, "speaker label")
    return out, owned


def _label(found: Found, para) -> bool:
    """A paragraph that opens a turn with a speaker label, and words after it or a body paragraph
    next (a page's 'AB CD:' over a list of rates opens nobody's turn)."""
    text, paras = found.article.text, found.article.paragraphs
    line = text[para.start:para.end].strip()
    if not opens_turn(line):
        return False
    nxt = next((q for q in paras if q.start >= para.end), None)
    return not line.endswith(":") or nxt is not None and nxt.kind == "body"


def _nobody(label: str) -> bool:
    """A label that names nobody ('Q', 'Moderator'; ``speech.json``'s 'unlabelled_turns')."""
    return label.strip().lower() in lexicon.data("speech")["unlabelled_turns"]


def _bare_label(line: str) -> bool:
    """A question's turn opened by a label without a colon ('Q Why now?', ``speech.json``'s
    'bare_labels')."""
    return any(re.match(rf"{re.escape(w)}\.?\s", line) for w in lexicon.data("speech")["bare_labels"])


def _stating(doc: Doc, start: int, end: int, speaker: str, cue: str) -> list[Claim]:
    """One direct claim per stating sentence of text[start:end]."""
    out = []
    for sent in _sentences(doc, start, end):
        s = max(sent.start_char, start)
        words = doc.text[s:sent.end_char].strip(STRIP + "\"“”")
        if not words or not _states(sent, words):
            continue
        lo = doc.text.index(words, s)
        out.append(Claim(speaker, words, "direct", lo, lo + len(words), evidence(doc, sent.start), cue=cue))
    return out


def _sentences(doc: Doc, start: int, end: int) -> list[Span]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [] if span is None else [s for s in doc.sents if s.start < span.end and s.end > span.start]


def _states(sent: Span, words: str) -> bool:
    """A sentence that states something: four words or more, a verb, no question, no fragment, and no
    courtesy after its opening discourse words and the name it addresses ('So with that, ...',
    'Jane, I'll begin with you')."""
    low = _opening(words).lower()
    return (len(words.split()) >= MIN_WORDS and not words.rstrip().endswith("?")
            and any(t.pos_ in ("VERB", "AUX") for t in sent) and not _fragment(sent.root)
            and not any(re.match(rf"{re.escape(c)}\b", low) for c in lexicon.data("speech")["courtesies"]))


def _fragment(root) -> bool:
    """A sentence that only goes on the one before it: an infinitive ('And to rebuild its
    forces.') or a subordinate clause ('So that history does not repeat itself.')."""
    return root.tag_ == "TO" or any(c.dep_ == "mark" or c.dep_ == "aux" and c.tag_ == "TO" for c in root.children)


def _opening(words: str) -> str:
    """A sentence without its leading discourse words (``speech.json``'s 'discourse_openers') and
    the one to three capitalised words of an address before a comma."""
    openers = "|".join(re.escape(w) for w in lexicon.data("speech")["discourse_openers"])
    words = re.sub(rf"^(({openers})\b,?\s+)+", "", words, flags=re.I)
    return re.sub(r"^([A-Z][\w.'’-]*\s?){1,3},\s+", "", words)


def _people(mentions: tuple[Mention, ...]) -> dict[str, set[str]]:
    """Each person's name words, lower case."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "Person":
            out.setdefault(m.key, set()).update(w.lower().strip(".,") for w in m.text.split())
    return out


def _labelled(mentions, people: dict[str, set[str]], start: int, end: int, label: str) -> str | None:
    """The person a speaker label names: the one person of the article whose surname is among
    its words (the most name words shared), else a person mention inside it."""
    if _nobody(label):
        return None
    words = {w.lower().strip(".,'’") for w in re.split(r"[\s,]+", label)}
    scored = sorted(((len(names & words), key) for key, names in people.items()
                     if _surname(names, words)), reverse=True)
    if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    inside = [m.key for m in mentions if m.type == "Person" and start <= m.start < end]
    return inside[0] if inside else None


def _surname(names: set[str], words: set[str]) -> bool:
    return any(len(n) > 2 and n in words and not lexicon.is_title_word(n) for n in names)


def _remarks_speaker(doc: Doc, found: Found) -> str | None:
    """The person of a title line that publishes the body as their own words: the genre word
    right after the name ("Jane Doe Remarks at ...", "Jane Doe's Statement") or before it with
    'by'/'from' and titles between ("Remarks by Special Envoy Jane Doe"), never a headline that
    only mentions a speech ("Doe's Speech Angers Ruritania" names no genre of its own)."""
    text = found.article.text
    for p in found.article.paragraphs:
        people = [m for m in found.mentions if m.type == "Person" and p.start <= m.start < p.end]
        if p.kind == "title" and len({m.key for m in people}) == 1 and \
                any(_published_by(text[p.start:m.start], text[m.end:p.end]) for m in people):
            return people[0].key
    return _header_speaker(found)


def _header_speaker(found: Found) -> str | None:
    """The speaker a release names in its header when its title names the genre and nobody
    ("Pre-ministerial press conference" over "by Secretary General Jane Doe"; "Minister for
    Defence - Speech to ..." over "Senator the Hon Jane Doe" and "Minister for Defence"): the one
    person of the lines between the title and the body, with a title or 'by' before the name or a
    title on the next line."""
    text, paras = found.article.text, found.article.paragraphs
    first = next((i for i, p in enumerate(paras) if p.kind == "body"), len(paras))
    title = next((p for p in paras[:first] if p.kind == "title"), None)
    if title is None or not _names_genre(text[title.start:title.end]) or _people_in(found, title.start, title.end):
        return None
    header = [p for p in paras[:first] if p.start > title.start]
    people = _people_in(found, header[0].start, header[-1].end) if header else []
    if len({m.key for m in people}) != 1:
        return None
    m = people[0]
    line = next(i for i, p in enumerate(header) if p.start <= m.start < p.end)
    before = text[header[line].start:m.start].split()
    after = text[header[line + 1].start:header[line + 1].end].split() if line + 1 < len(header) else []
    titled = bool(before) and (before[0].lower() == "by" or lexicon.is_title_word(before[0].strip(".")))
    return m.key if titled or after and lexicon.is_title_word(after[0]) else None


def _names_genre(title: str) -> bool:
    """A title that names the text's own genre at its start or after a dash or colon, with at
    most two words before it ('Opening remarks', 'Minister for Defence - Speech to ...')."""
    speech = lexicon.data("speech")
    own = "|".join(re.escape(w) for w in speech["own_words"] + speech["own_events"])
    return bool(re.search(rf"(^|\s[-–—:|]\s*)([\w’'-]+\s+){{0,2}}({own})\b", title, re.I))


def _people_in(found: Found, start: int, end: int) -> list[Mention]:
    return [m for m in found.mentions if m.type == "Person" and start <= m.start < end]


def _published_by(before: str, after: str) -> bool:
    own = "|".join(re.escape(w) for w in lexicon.data("speech")["own_words"])
    how = "|".join(re.escape(w) for w in lexicon.data("speech")["genre_qualifiers"])
    return bool(re.match(rf"(['’]s)?(\s+({how}))*\s+({own})\b(\s+(at|to|for|on|before|in)\b|\s*$|\s*[:,-])", after, re.I)
                or re.search(rf"\b({own})\s+(by|from|of)\s+([\w.’'-]+\s+)*$", before, re.I))


def group(doc: Doc, found: Found) -> str | None:
    """The issuing group of a joint text: the actor named by a group definition in its opening
    paragraphs ('..., hereafter referred to as the Quad'), else, when the title says it is a joint
    statement, the first-named party of its first paragraph."""
    text = found.article.text
    body = [p for p in found.article.paragraphs if p.kind == "body"][:2]
    for p in body:
        low = text[p.start:p.end].lower()
        for phrase in _definitions():
            at = low.find(phrase)
            if at >= 0:
                after = p.start + at + len(phrase)
                named = sorted((m for m in found.mentions if after <= m.start < after + 40 and m.type != "Person"),
                               key=lambda m: m.start)
                if named:
                    return named[0].key
                return _first_party(found, p.start, p.start + at)
    if _joint_title(found) and body:
        return _first_party(found, body[0].start, body[0].end)
    return None


def _first_party(found: Found, start: int, end: int) -> str | None:
    """The first person the opening names ('Minister Jane Doe, Secretary John Roe and ... met'),
    else its first country ('the Governments of A, B and C')."""
    for kind in ("Person", "Country"):
        parties = sorted((m for m in found.mentions if start <= m.start < end and m.type == kind), key=lambda m: m.start)
        if parties:
            return parties[0].key
    return None


def _joint_title(found: Found) -> bool:
    """A title, or a heading above the first body paragraph ('Joint Statement: ...' under a
    page's date line), that names a joint text."""
    text, lines = found.article.text, []
    for p in found.article.paragraphs:
        if p.kind == "body":
            break
        lines.append(p)
    lines += [p for p in found.article.paragraphs if p.kind == "title" and p not in lines]
    return any(lexicon.names_joint_text(text[p.start:p.end]) for p in lines if p.kind in ("title", "heading"))


@cache
def _definitions() -> tuple[str, ...]:
    return tuple(sorted(lexicon.data("speech")["group_definitions"], key=len, reverse=True))


def joint(doc: Doc, found: Found, speakers, sent: Span) -> list[Claim]:
    """A joint text's claims in one sentence: each verb whose subject stands for the group."""
    out = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "conj") \
                or verb.dep_ == "conj" and not _own_act(verb):
            continue
        first = verb
        while first.dep_ == "conj" and first.head.i < first.i and not any(c.dep_ in SUBJECTS for c in first.children):
            first = first.head  # 'They reiterated A, welcomed B and encouraged C': the first verb's subject
        subj = next((c for c in first.children if c.dep_ in SUBJECTS), None)
        if subj is None or speakers.of(subj) != speakers.group \
                or verb.lemma_.lower() in lexicon.data("speech")["gathering_verbs"]:
            continue
        other = {t.i for c in verb.children if c.dep_ == "conj" and _own_act(c) for t in c.subtree}
        other |= {c.i for c in verb.children if c.dep_ == "cc" and any(c.i < o for o in other)}
        end = max(t.i for t in verb.subtree if t.i not in other and not (t.is_punct or t.is_space))
        words = doc[verb.i:end + 1].text.strip(STRIP)
        if len(words.split()) >= MIN_WORDS:
            lo = doc[verb.i].idx
            out.append(Claim(speakers.group, words, "indirect", lo, lo + len(words), evidence(doc, verb.i),
                             cue=verb.lemma_.lower()))
    return out


def first_person(doc: Doc, found: Found, issuer: str) -> tuple[list[Claim], list[tuple[int, int]]]:
    """A joint text written in the parties' own voice ('We reaffirm ...', 'our meeting'): each
    body paragraph that speaks in the first person plural is the issuing group's words, one
    direct claim per stating sentence, like remarks; the characters ranges it owns."""
    text, out, owned = found.article.text, [], []
    for p in found.article.paragraphs:
        if p.kind != "body" or not _we(text[p.start:p.end]):
            continue
        owned.append((p.start, p.end))
        out += _stating(doc, p.start, p.end, issuer, "joint statement")
    return out, owned


def _we(words: str) -> bool:
    """Words in the first person plural outside quotation marks."""
    bare = re.sub(r"[\"“][^\"”]*[\"”]", " ", words)
    return bool(re.search(rf"\b({'|'.join(lexicon.data('speech')['group_voice'])})\b", bare, re.I))


def _own_act(verb) -> bool:
    """A coordinated verb that is an act of its own ('reiterated A, welcomed B'), not one that
    goes on what the verb before it asks ('encouraged Iran to engage and adhere'): a tense of
    its own as the verb it is coordinated with."""
    return verb.tag_ == verb.head.tag_ or verb.head.pos_ not in ("VERB", "AUX")
