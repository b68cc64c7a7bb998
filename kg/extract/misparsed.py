"""Speakers the parse hung away from their reporting verb: a reporting participle hung on the
name before it ('Jane Doe, the harbour master, explaining that ...'), and a quotation's tag whose
subject, written after the verb, the parse gave to another word ('"...," said retired admiral
Jane Doe, asked about ...'). Each returns the token or actor key, or None when unsure.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc import SUBJECTS
from kg.extract.speakers import Speakers


def participle_of(speakers: Speakers, verb: Token) -> Token | None:
    """'Jane Doe, the harbour master, explaining that ...': a reporting participle ('-ing') the
    parse hung on a name before it speaks for that name (a person or body mention, not a pronoun;
    not a finite verb the parse misread as a participle: 'The navy called upon ...'), when the
    name is a subject or stands alone."""
    name = verb.head
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBG" or name.i >= verb.i \
            or name.dep_ not in (*SUBJECTS, "ROOT", "appos"):
        return None  # not an object's ('thanked Jane Doe saying ...' is the subject's words)
    return name if name.i in speakers.by_token else None


def inverted(speakers: Speakers, verb: Token) -> str | None:
    """'"...," said retired admiral Jane Doe, asked about ...': a tag right after a quotation whose
    subject, after the verb, the parse hung elsewhere: the actor named before the next punctuation
    or preposition."""
    doc = verb.doc
    if not all(t.is_punct or t.is_space for t in doc[verb.sent.start:verb.i]) and not doc[verb.i - 1].is_quote:
        return None
    for t in doc[verb.i + 1:verb.sent.end]:
        if t.is_punct or t.pos_ in ("ADP", "SCONJ", "CCONJ"):
            break  # 'said a critic of Jane Doe' is not her
        if t.i in speakers.by_token and t.dep_ not in ("compound", "amod", "nmod", "poss"):
            return speakers.by_token[t.i].key  # the name heads the phrase: not 'said one Jane Doe aide'
    return None
