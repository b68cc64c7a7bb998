"""Speaker labels printed on a line of their own, without a colon: a parliament's record
('Jane Doe (Harbourside, Harbour Party, Minister for Ports) Share this | Hansard source'), a
briefing's ('Harbour Spokesperson Jane Doe', 'Rear Admiral Jane Doe (Chief of Staff)') or a
broadcaster's ('[Jane Doe / Minister]', '[Reporter]'). Page furniture glued to the label ('Share
this', a photo's 'Portrait' and what follows it; ``furniture.json``'s 'label_trail') is no part
of it.

A line is only a label in a text that has two of them or more, each over the words of its turn:
one name over one paragraph is a byline or a heading.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg import lexicon, reference
from kg.model import Paragraph

LABEL_MAX = 160  # the longest label line, its furniture included
NAME_WORDS = 7  # the most words of the name part, its titles included
TURN_REACH = 2  # the lines after a label within which its turn begins
# a label's parts: the name, and a qualifier in brackets, after a slash between spaces (not a
# photo credit's 'Jane Doe/Agency') or after a comma
PARTS = re.compile(r"(?P<name>[^()\[\]/,|:;!?]+?)\s*(?:\((?P<paren>[^()]*)\)|/\s(?P<slash>[^/()]+)|,\s*(?P<comma>[^,()]+))?")


@cache
def _trails() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in lexicon.data("furniture")["label_trail"])


def bare(line: str) -> str:
    """A label line without the furniture glued to it."""
    line = line.strip()
    for p in _trails():
        line = p.sub("", line).strip()
    return line


def core(line: str) -> str:
    """The label of a line without the furniture glued to it, and without its square brackets."""
    line = bare(line)
    return line[1:-1].strip() if line.startswith("[") and line.endswith("]") else line


def label_line(line: str) -> bool:
    """Whether a line, alone, reads as a speaker label: a person's name with its titles, and perhaps
    a qualifier in brackets, after a slash or a comma; or a bracketed label that names no one
    ('[Reporter]')."""
    label = core(line)
    if not label or len(line) > LABEL_MAX or label.endswith((".", ":", "?", "!", ";")):
        return False
    if line.strip().startswith("[") and label.lower() in lexicon.data("speech")["unlabelled_turns"]:
        return True
    m = PARTS.fullmatch(label)
    return bool(m) and _name(m["name"].split())


def _name(words: list[str]) -> bool:
    """Name words with their titles: all capitalised but for particles, no digit, two or more that
    are not titles, the last of them (after the last particle) no English word or the first a
    given name ('Jane Doe', 'Harbour Spokesperson Jane Roe'); never a title alone ('Minister for
    Ports') or a heading ('Routes of the Northern Islands')."""
    small = set(lexicon.data("names")["name_particles"]) | {"of", "the", "for", "and"}
    if not 2 <= len(words) <= NAME_WORDS or any(any(c.isdigit() for c in w) for w in words):
        return False
    if any(not w[0].isupper() and w.lower() not in small for w in words):
        return False
    named = [w.strip(".’'") for w in words if w.lower() not in small and not _title(w)]
    last = [w.strip(".’'") for w in words[max((i + 1 for i, w in enumerate(words) if w.lower() in small), default=0):]
            if not _title(w) and not w.isupper()]  # the name: the words after the last particle
    return len(named) >= 2 and bool(last) and (reference.is_given_name(last[0])
                                               or not reference.is_word(last[-1], inflected=True))


def _title(word: str) -> bool:
    bare = word.strip(".,’'")
    return lexicon.is_title_word(bare) or lexicon.is_title_word(bare.capitalize()) or reference.is_title(bare)


def label_lines(lines: list[tuple[str, str]]) -> set[int]:
    """The indices of the label lines among a text's paragraphs (``(text, kind)`` pairs): headings
    or repeated lines (not body text, titles or captions) that read as labels (``label_line``), each with a body paragraph within
    ``TURN_REACH`` lines after it, when the text has two or more."""
    found = {i for i, (line, kind) in enumerate(lines)
             if kind in ("heading", "furniture") and label_line(line)
             and any(k == "body" for _, k in lines[i + 1:i + 1 + TURN_REACH])}
    return found if len(found) >= 2 else set()


def labels_as_body(text: str, paras: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs with the label lines (``label_lines``) read as body text, without the
    furniture glued to them."""
    found = label_lines([(" ".join(text[p.start:p.end].split()), p.kind) for p in paras])
    out: list[Paragraph] = []
    for i, p in enumerate(paras):
        if i not in found:
            out.append(p)
            continue
        label = bare(text[p.start:p.end])
        at = p.start + text[p.start:p.end].find(label)
        out.append(Paragraph(at, at + len(label), "body"))
        if at + len(label) < p.end - 1:
            out.append(replace(p, start=at + len(label), kind="furniture"))
    return tuple(out)
