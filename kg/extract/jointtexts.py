"""A joint statement's claims: the parties' own words by the form of the text.

A joint statement (a title with a joint genre, a chairman's statement among them, or parties named
as a group in its opening, "hereafter referred to as the Quad"), or a report that opens with one
('The Harbour Council concluded with the signing of a joint statement ...'): each clause whose
subject is the group, "they", "the ministers" or the meeting ('The Meeting noted ...') is the
group's claim (the group's own name when it is an actor, else the first-named party), never a
passive one ('The Meeting was briefed on ...'); a paragraph of a joint statement in the parties'
own voice ("We reaffirm ...") is the group's words, one direct claim per stating sentence.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.doc import SUBJECTS, Found, evidence
from kg.extract.stating import MIN_WORDS, STRIP, stating
from kg.model import Claim

CLOSERS = (")", "]", "”", "’")  # closing marks a clause's last words keep


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
    return _reported_issuer(found, body[0]) if body else None


def _reported_issuer(found: Found, lead) -> str | None:
    """The issuer of a joint text a report opens with ('The Harbour Ministers' Meeting concluded
    with the signing of a joint statement ...'): the first body the lead names before the joint
    text's name, else its first party."""
    text = found.article.text
    at = lexicon.joint_text_at(text[lead.start:lead.end])
    if at < 0:
        return None
    bodies = sorted((m for m in found.mentions if lead.start <= m.start < lead.start + at and m.type == "Organization"),
                    key=lambda m: m.start)
    return bodies[0].key if bodies else _first_party(found, lead.start, lead.start + at)


def _first_party(found: Found, start: int, end: int) -> str | None:
    """The first person the opening names ('Minister Jane Doe, Secretary John Roe and ... met'),
    else its first country ('the Governments of A, B and C'); never the meeting itself ('The
    Meeting was chaired by ...', which a title-case parse may take for a name)."""
    meetings = lexicon.data("speech")["meeting_nouns"]
    for kind in ("Person", "Country"):
        parties = sorted((m for m in found.mentions if start <= m.start < end and m.type == kind
                          and m.text.lower() not in meetings), key=lambda m: m.start)
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
        if not _act(verb):
            continue
        first = verb
        while first.dep_ == "conj" and first.head.i < first.i and not any(c.dep_ in SUBJECTS for c in first.children):
            first = first.head  # 'They reiterated A, welcomed B and encouraged C': the first verb's subject
        subj = next((c for c in first.children if c.dep_ in SUBJECTS), None)
        if subj is None or subj.dep_ == "nsubjpass" or speakers.of(subj) != speakers.group and not _meeting(subj) \
                or verb.lemma_.lower() in lexicon.data("speech")["gathering_verbs"]:
            continue
        other = {t.i for c in verb.children if c.dep_ == "conj" and _own_act(c) for t in c.subtree}
        other |= {c.i for c in verb.children if c.dep_ == "cc" and any(c.i < o for o in other)}
        end = max(t.i for t in verb.subtree if t.i not in other and not t.is_space
                  and not (t.is_punct and t.text not in CLOSERS))  # '... Working Groups (EWGs)' keeps its bracket
        words = doc[verb.i:end + 1].text.strip(STRIP)
        if len(words.split()) >= MIN_WORDS:
            lo = doc[verb.i].idx
            out.append(Claim(speakers.group, words, "indirect", lo, lo + len(words), evidence(doc, verb.i),
                             cue=verb.lemma_.lower()))
    return out


def _act(verb) -> bool:
    """A verb that may tell what the parties state: the sentence's root, a coordinated act of its
    own, or the clause a report of the text gives ('The ministers agreed to ..., said the statement')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and _own_act(verb) \
        or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in lexicon.reporting_verbs()


def _meeting(subj) -> bool:
    """'The Meeting noted ...': the meeting that issues a chairman's statement (``speech.json``'s
    'meeting_nouns', singular, with 'the')."""
    return subj.lemma_.lower() in lexicon.data("speech")["meeting_nouns"] and subj.tag_ in ("NN", "NNP") \
        and any(c.lower_ == "the" and c.dep_ == "det" for c in subj.children)


def first_person(doc: Doc, found: Found, issuer: str) -> tuple[list[Claim], list[tuple[int, int]]]:
    """A joint text written in the parties' own voice ('We reaffirm ...', 'our meeting'): each
    body paragraph that speaks in the first person plural is the issuing group's words, one
    direct claim per stating sentence, like remarks; the characters ranges it owns. Not a report
    of a joint text, whose 'we' is the writer's."""
    text, out, owned = found.article.text, [], []
    body = [p for p in found.article.paragraphs if p.kind == "body"][:1]
    if body and not _joint_title(found) and lexicon.joint_text_at(text[body[0].start:body[0].end]) >= 0:
        return [], []
    for p in found.article.paragraphs:
        if p.kind != "body" or not _we(text[p.start:p.end]):
            continue
        owned.append((p.start, p.end))
        out += stating(doc, p.start, p.end, issuer, "joint statement")
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
