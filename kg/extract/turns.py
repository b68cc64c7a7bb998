"""Words that belong to a speaker by the form of the text, not by a reporting verb.

- A transcript's turn: the paragraphs from a speaker label ("JANE DOE, PRESS SECRETARY:",
  "Ambassador Doe:") to the next label are the labelled person's words (in an article that only
  quotes an exchange, its first label further down, a turn is the label's paragraph); each sentence that
  states something (``stating``) is a direct claim. Labels that name nobody ("Q:", "Moderator:") own
  their turns without claims, and so does a label without a colon ('Q Why now?'); in a transcript
  published under one person's name ('Press Conference by Minister Jane Doe') an answer's label
  or a lone title ('A:', 'Minister:') is theirs. A label may stand on a line of its own
  (``kg.speakerlines``: a parliament's 'Jane Doe (Harbourside, Minister for Ports)', a briefing's
  'Harbour Spokesperson Jane Doe', a broadcaster's '[Jane Doe / Minister]'). A turn that opens by
  putting a question ('My question is to the Minister ...') is no one's claims.
- Remarks published under a name (a title with an own-words genre, ``speech.json``'s
  'own_words': "Special Envoy Jane Doe Remarks at ..."), or a release whose title or header names
  only the genre, or whose body opens in the first person singular, and whose header names one
  titled person ("Pre-ministerial press conference" / "by Secretary General Jane Doe", "Jane Doe,
  Minister for Harbours", "Speech" / "As delivered by Minister Doe"): the body is that person's
  words.

Joint statements are ``jointtexts``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg import lexicon
from kg.article import speaker as opens_turn
from kg.extract.doc import Found
from kg.extract.stating import stating
from kg.extract.title import own_voice
from kg.model import Claim, Mention
from kg.speakerlines import PARTS, core, label_line

OPENING = 3  # body paragraphs within which a transcript's first speaker label stands
# a name label: one to five capitalised words, perhaps a role or outlet after a comma, a colon, words
NAME_LABEL = re.compile(r"((?:[A-Z][\w'’-]*\.?\s+){0,4}[A-Z][\w'’-]*)(?:,\s+([^.:;?!\n]{2,100}))?:\s+\S")


def turns(doc: Doc, found: Found) -> tuple[list[Claim], list[tuple[int, int]]]:
    """The claims of transcript turns or remarks, and the character ranges they own."""
    paras = [p for p in found.article.paragraphs if p.kind == "body"]
    labels = _labels(doc, found, paras)
    speaker = _remarks_speaker(doc, found)
    if labels:
        return _transcript(doc, found, paras, labels, runs_on=any(p.start in labels for p in paras[:OPENING]),
                           host=speaker)
    if speaker is None:
        return [], []
    owned = [(p.start, p.end) for p in paras]
    return [c for s, e in owned for c in stating(doc, s, e, speaker, "remarks")], owned


def _labels(doc: Doc, found: Found, paras) -> set[int]:
    """The starts of the paragraphs that open a turn: with a speaker label, or with a name label
    when the text has two labels or more (a name and a colon alone open no transcript)."""
    strict = {p.start for p in paras if _label(found, p)}
    named = strict | {p.start for p in paras if _named(doc, found, p)}
    return named if len(named) >= 2 else strict


def _transcript(doc: Doc, found: Found, paras, labelled: set[int], *, runs_on: bool,
                host: str | None = None) -> tuple[list[Claim], list[tuple[int, int]]]:
    """A transcript's turns: with ``runs_on`` (the text opens with a label) a turn runs to the next
    label; else (an exchange quoted inside an article) a turn is its label's paragraph only. In a
    transcript published under one person's name (``host``: 'Press Conference by Minister Jane
    Doe'), a label that names no one but answers or gives a title ('A:', 'Minister:') is theirs."""
    text, out, owned, who, begun, opening = found.article.text, [], [], None, False, False
    labels = {p.start: _label_end(text, p) for p in paras if p.start in labelled}
    people = _people(tuple(m for m in found.mentions if not any(s <= m.start < e for s, e in labels.items())))
    for p in paras:
        start = p.start
        line = text[p.start:p.end].strip()
        if p.start in labelled:
            label = text[p.start:labels[p.start]]
            who = _own_name(found.mentions, p.start, labels[p.start], label) \
                or _labelled(found.mentions, people, p.start, labels[p.start], label) or _hosts(label, host)
            start, begun, opening = min(labels[p.start] + 1, p.end), who is not None or _nobody(label), True
        elif _bare_label(line):
            who, begun = None, True
        elif not runs_on:
            who, begun = None, False
        if opening and text[start:p.end].strip():
            who, opening = None if _asks(text[start:p.end]) else who, False
        if begun:
            owned.append((p.start, p.end))  # a question's words are no one's claims either
        if who is not None:
            out += stating(doc, start, p.end, who, "speaker label")
    return out, owned


def _label_end(text: str, para) -> int:
    """Where a turn's label ends: its colon, or its line's end for a label on a line of its own."""
    return para.end if label_line(text[para.start:para.end]) else text.index(":", para.start)


def _asks(words: str) -> bool:
    """A turn that opens by putting a question ('My question is to the Minister', ``speech.json``'s
    'question_openers'): a member's or a reporter's, whose words are no claims."""
    return any(re.match(rf"{re.escape(q)}\b", words.strip(), re.I) for q in lexicon.data("speech")["question_openers"])


def _label(found: Found, para) -> bool:
    """A paragraph that opens a turn with a speaker label, and words after it or a body paragraph
    next (a page's 'AB CD:' over a list of rates opens nobody's turn)."""
    text, paras = found.article.text, found.article.paragraphs
    line = text[para.start:para.end].strip()
    if not opens_turn(line) and not label_line(line):
        return False
    nxt = next((q for q in paras if q.start >= para.end), None)
    return not line.endswith(":") or nxt is not None and nxt.kind == "body"


def _named(doc: Doc, found: Found, para) -> bool:
    """A paragraph opened by a name label without a verb ('Jane Doe, Minister for Harbours: ...',
    'Doe: ...', 'Roe, Harbour TV: ...'): one with a role or outlet after the name, or whose words
    before the colon are a person of the article (titles before the name allowed), not a headline
    that names one ('HARBOUR VOTE FAVORS DOE:')."""
    text = found.article.text
    lo = para.start + len(text[para.start:para.end]) - len(text[para.start:para.end].lstrip())
    m = NAME_LABEL.match(text, lo, para.end)
    span = m and doc.char_span(lo, m.end(2) if m.group(2) else m.end(1), alignment_mode="expand")
    if not span or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    people = [x for x in found.mentions if x.type == "Person" and lo <= x.start < m.end(1)]
    named = any(x.end == m.end(1) and all(lexicon.is_title_word(w.strip(".")) for w in text[lo:x.start].split())
                for x in people)  # the name words are a person's name, titles before it
    words = m.group(1).split()
    return named or bool(m.group(2)) and not people and len(words) <= 3 and not m.group(1).isupper()
    # a name with a role or outlet ('Roe, Harbour TV:'); capitals are a headline's ('DOE LEADS, ...:')


def _hosts(label: str, host: str | None) -> str | None:
    """The host of a transcript published under their name, for a label that is an answer's
    (``speech.json``'s 'answer_labels') or one title word ('Minister'); never a label that names
    nobody ('Reporter')."""
    word = label.strip().rstrip(".")
    if host is None or " " in word:
        return None
    if word.lower() in lexicon.data("speech")["answer_labels"]:
        return host
    return host if lexicon.is_title_word(word) and not _nobody(label) else None


def _nobody(label: str) -> bool:
    """A label that names nobody ('Q', 'Moderator'; ``speech.json``'s 'unlabelled_turns'), or a
    reporter's: a name and an outlet without a title ('Roe, Harbour TV', 'JANE ROE/HARBOUR TV')."""
    bare = re.sub(r"\([^()]*\)", "", label)  # a member's '(Harbourside, Harbour Party)' is no outlet
    name, _, role = re.sub(r"(?<=\w)/(?=\w)", ",", bare).partition(",")  # 'Jane Roe/Harbour TV' too
    return label.strip(" []").lower() in lexicon.data("speech")["unlabelled_turns"] or \
        bool(role.strip()) and not any(lexicon.is_title_word(w.strip(".’'")) for w in role.split())


def _bare_label(line: str) -> bool:
    """A question's turn opened by a label without a colon ('Q Why now?', ``speech.json``'s
    'bare_labels')."""
    return any(re.match(rf"{re.escape(w)}\.?\s", line) for w in lexicon.data("speech")["bare_labels"])


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


def _own_name(mentions, start: int, end: int, label: str) -> str | None:
    """The person a label on a line of its own names in its name part (before its brackets, slash
    or comma), whoever else the text names with those words."""
    name = PARTS.fullmatch(core(label))
    if not label_line(label) or name is None:
        return None
    stop = start + label.find(name["name"]) + len(name["name"])
    return next((m.key for m in mentions if m.type == "Person" and start <= m.start < min(end, stop)), None)


def _surname(names: set[str], words: set[str]) -> bool:
    return any(len(n) > 2 and n in words and not lexicon.is_title_word(n) for n in names)


def _remarks_speaker(doc: Doc, found: Found) -> str | None:
    """The person of a title line that publishes the body as their own words: the genre word
    right after the name ("Jane Doe Remarks at ...", "Jane Doe's Statement") or before it with
    'by'/'from' and titles between ("Remarks by Special Envoy Jane Doe"), never a headline that
    only mentions a speech ("Doe's Speech Angers Ruritania" names no genre of its own) nor a joint
    text's ("Chairman's Statement of the Harbour Meeting")."""
    text = found.article.text
    for p in found.article.paragraphs:
        people = [m for m in found.mentions if m.type == "Person" and p.start <= m.start < p.end]
        if p.kind == "title" and len({m.key for m in people}) == 1 and not lexicon.names_joint_text(text[p.start:p.end]) and \
                any(_published_by(text[p.start:m.start], text[m.end:p.end]) for m in people):
            return people[0].key
    return _header_speaker(found)


def _header_speaker(found: Found) -> str | None:
    """The speaker a release names in its header when its title or a header line names the genre
    and its title nobody ("Pre-ministerial press conference" over "by Secretary General Jane Doe";
    "Minister for Defence - Speech to ..." over "Senator the Hon Jane Doe" and "Minister for
    Defence"; "Speech" over "As delivered by Minister Doe"), or its body opens in the speaker's own
    voice ('I begin by ...'): the one person of the lines between the title and the body, with a
    title or 'by' and titles before the name or a title on the next line."""
    text, paras = found.article.text, found.article.paragraphs
    first = next((i for i, p in enumerate(paras) if p.kind == "body"), len(paras))
    title = next((p for p in paras[:first] if p.kind == "title"), None)
    header = [p for p in paras[:first] if title is not None and p.start > title.start]
    below = own_voice(found.article) or any(_names_genre(text[p.start:p.end]) for p in header)
    if title is None or not below and (not _names_genre(text[title.start:title.end])
                                       or _people_in(found, title.start, title.end)):
        return None
    people = _people_in(found, header[0].start, header[-1].end) if header else []
    if len({m.key for m in people}) != 1:
        return None
    m = people[0]
    line = next(i for i, p in enumerate(header) if p.start <= m.start < p.end)
    before = text[header[line].start:m.start].split()
    after = text[header[line + 1].start:header[line + 1].end].split() if line + 1 < len(header) else []
    beside = text[m.end:header[line].end].lstrip(" ,").split()  # 'Jane Doe, Minister for Defence'
    by = [w.lower() for w in before].index("by") + 1 if "by" in [w.lower() for w in before] else 0
    titled = bool(before) and (by == 1 or by > 0 and all(lexicon.is_title_word(w.strip(".")) for w in before[by:])
                               or lexicon.is_title_word(before[0].strip(".")))  # 'As delivered by Minister Doe'

    return m.key if titled or any(w and lexicon.is_title_word(w[0]) for w in (after, beside)) else None


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
    events = "|".join(re.escape(w) for w in lexicon.data("speech")["own_events"])
    how = "|".join(re.escape(w) for w in lexicon.data("speech")["genre_qualifiers"])
    return bool(re.match(rf"(['’]s)?(\s+({how}))*\s+({own})\b(\s+(at|to|for|on|before|in)\b|\s*$|\s*[:,-])", after, re.I)
                or re.search(rf"\b({own}|{events})\s+(by|from|of|for)\s+([\w.’'-]+\s+)*$", before, re.I))
