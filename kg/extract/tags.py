"""Tag words the parse hangs in the wrong place, and who they name.

- 'The agency quoted Jane Doe as saying ...': the quoted person (the verb's object) spoke, not
  the outlet that is its subject.
- '"...," the Ruritanian envoy added': the noun phrase between the closing quote mark and the
  verb is the speaker when the parse took a word inside the quotation for the verb's subject.
- 'a statement from the meeting in Naples, Ruritania said': a country that ends a place name is
  no speaker, though the parse makes it the verb's subject.
- 'Deputy Chief of Staff of the Ruritanian Navy Rear Admiral Jane Doe said': the parse makes the
  title the subject and hangs the titled name that ends it in its last phrase.
- 'Jane Doe, the harbour master, explaining that ...': a reporting participle hung on the name
  before it speaks for that name.
- '"...," said retired admiral Jane Doe, asked about ...': the subject written after the verb,
  which the parse gave to another word.
- 'The ferry is late, warned the Harbour Board.': the subject written after a verb that follows
  the clause it reports, which the parse took for the verb's object.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.doc import SUBJECTS, quote_marks
from kg.extract.roles import is_head, is_title
from kg.model import Mention

NOUN_PHRASE = ("DET", "ADJ", "NOUN", "PROPN", "NUM")


def _reporting(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon.reporting_verbs()


def quoted_as(verb: Token) -> Token | None:
    """'The agency quoted Jane Doe as saying ...': the object of a verb that a reporting 'as
    saying' completes is who spoke, not the verb's subject (the outlet that quotes her)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep":
        verb = verb.head.head
    says = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and _reporting(g) for g in c.children)
               for c in verb.children)
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if says else None


def place_part(subj: Token, by_token: dict[int, Mention]) -> bool:
    """'a statement from the meeting in Naples, Ruritania said': a country the parse took for the
    subject from the end of a place ('in Naples, Ruritania') names the place, no speaker (a
    person after a place, 'In Bergen, Jane Doe said', still speaks, and so does a country after a
    place that opens the clause, 'In Oslo, Ruritania said')."""
    doc = subj.doc
    m = by_token.get(subj.i)
    if subj.i < 2 or doc[subj.i - 1].text != "," or m is None or m.type != "Country":
        return False
    place = doc[subj.i - 2]
    return place.pos_ == "PROPN" and place.dep_ == "pobj" and place.head.lower_ in lexicon.data("speech")["place_preps"] \
        and place.head.head.i != subj.head.i  # 'In Oslo, Ruritania said': the place opens the clause, the country speaks


def after_quote(verb: Token) -> Token | None:
    """'"...," the Ruritanian envoy added': the noun phrase between a closing quote mark and the
    reporting verb, when the parse took a word inside the quotation for the verb's subject."""
    i = verb.i - 1
    marks = quote_marks()[0] | quote_marks()[1]
    while i >= 0 and verb.doc[i].pos_ in NOUN_PHRASE and verb.doc[i].text not in marks:
        i -= 1
    head = verb.doc[verb.i - 1] if verb.i > 0 else None
    if i < 0 or i == verb.i - 1 or verb.doc[i].text not in marks or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head


def titled_name(tok: Token, by_token: dict[int, Mention]) -> str | None:
    """The person whose titled name ends the phrase a title subject heads ('Chief of Staff of the
    Navy Admiral Jane Doe'); not a name after another word ('the lawyer for Jane Doe')."""
    if tok.i in by_token or not is_head(tok):
        return None
    last = max(t.i for t in tok.subtree if not t.is_punct)
    m = by_token.get(last)
    if m is None or m.type != "Person" or last <= tok.i:
        return None
    first = last
    while first - 1 > tok.i and by_token.get(first - 1) is m:
        first -= 1
    before = tok.doc[first - 1]
    return m.key if is_title(before) and before.lower_ not in ("of", "the", "-") else None


def participle_of(verb: Token, by_token: dict[int, Mention]) -> Token | None:
    """'Jane Doe, the harbour master, explaining that ...': a reporting participle ('-ing') the
    parse hung on a name before it speaks for that name (a person or body mention, not a pronoun;
    not a finite verb the parse misread as a participle: 'The navy called upon ...'), when the
    name is a subject or stands alone."""
    name = verb.head
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBG" or name.i >= verb.i \
            or name.dep_ not in (*SUBJECTS, "ROOT", "appos"):
        return None  # not an object's ('thanked Jane Doe saying ...' is the subject's words)
    return name if name.i in by_token else None


def inverted(verb: Token, by_token: dict[int, Mention]) -> str | None:
    """'"...," said retired admiral Jane Doe, asked about ...': a tag right after a quotation whose
    subject, after the verb, the parse hung elsewhere: the actor named before the next punctuation
    or preposition."""
    doc = verb.doc
    if not all(t.is_punct or t.is_space for t in doc[verb.sent.start:verb.i]) and not doc[verb.i - 1].is_quote:
        return None
    for t in doc[verb.i + 1:verb.sent.end]:
        if t.is_punct or t.pos_ in ("ADP", "SCONJ", "CCONJ"):
            break  # 'said a critic of Jane Doe' is not her
        if t.i in by_token and t.dep_ not in ("compound", "amod", "nmod", "poss"):
            return by_token[t.i].key  # the name heads the phrase: not 'said one Jane Doe aide'
    return None


def object_speaker(verb: Token) -> Token | None:
    """'The ferry is late, warned the Harbour Board (on Monday).': a reporting verb without a
    subject that follows the clause it reports (its complement, or the verb it is coordinated
    with) and a comma, and ends the sentence with its object, times and places apart: that object
    is the subject written after the verb (not the one an evaluation judges, nor, after a verb it
    is coordinated with, the one a verb of telling speaks to)."""
    doc, speech = verb.doc, lexicon.data("speech")
    if not _reporting(verb) or verb.i == 0 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in SUBJECTS for c in verb.children) or verb.lemma_.lower() in speech["evaluations"]:
        return None  # 'praised the board': whom it judges
    told = verb.lemma_.lower() in speech["addressee_verbs"]  # 'A arrived, told the board': whom it speaks to
    before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) \
        or verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") and not told
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not before or obj is None or obj.left_edge.i != verb.i + 1:
        return None
    rest = [t for t in doc[obj.right_edge.i + 1:verb.sent.end] if not (t.is_punct or t.is_space)]
    adjuncts = speech["adjunct_preps"]
    return obj if all(any(a.dep_ == "prep" and a.head.i == verb.i and a.lower_ in adjuncts for a in (t, *t.ancestors))
                      for t in rest) else None
