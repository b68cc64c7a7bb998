"""Who a subject names: the actor behind a reporting verb's subject.

A subject names an actor when a mention covers it, its apposition or, for a noun that speaks for
a body ("a Harbour Board spokesman", "Norway's foreign ministry", ``speech.json``'s
'body_speakers'), the body or country that qualifies it; for a plural subject with examples
("proponents like Jane Doe"), the first example; for a report, poll or advertisement ("a count
by the Harbour Board"), its author. Pronouns refer back by agreement: "he" and "she" to the only
person named in the sentences before of that gender (``referents``: an honorific, the person's
own pronouns or a given name says it), else the last one that was the subject of a main clause,
"it" to the last body or country that was a subject (when "it" speaks: one of its own sentence,
else the last that spoke, if one did),
"they" (and a joint text's bare "Ministers") to a joint text's issuing group, "both" to the
first of the two just named.
A description ("the secretary", "the Ruritanian envoy") is the last person the article gave that
role whose words its modifiers fit (``referents``; nobody when two who fit share that sentence),
"the ministry" the last body named before whose name ends in that word, "the statement" who
issued the last one;
"the two officials" is the first of the last sentence that names two people. When no antecedent
is sure, there is no speaker. What a noun names through the words around it is ``qualifiers``'.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.doc import SUBJECTS, Found, by_token, dateline_tokens, mention_spans
from kg.extract.members import members
from kg.extract.qualifiers import author, example, issuer, name_inside, owner, title_before
from kg.extract.referents import People
from kg.extract.speaker_nouns import bare, body_speakers, definite, group_nouns, person_speakers, plural_group, singular
from kg.extract.tags import titled_name

MAIN, SUBJECT = 2, 1  # how salient a person's mention is for a pronoun after it
WINDOW = 5  # sentences before a pronoun's own in which its antecedent is looked for
TOPIC = 1500  # tokens before a pronoun in which the person a text is about may have been named


class Speakers:
    """What speaker resolution looks up in one article: mentions by token, the people in text
    order with their gender and titles, the bodies that were subjects, the issuing group."""

    def __init__(self, doc: Doc, found: Found, *, group: str | None = None, quoted: tuple = ()):
        """``quoted``: the character ranges of the article's quotations (no antecedent inside them)."""
        self.doc = doc
        self.by_token = by_token(doc, found.mentions)
        self.dateline = dateline_tokens(doc)
        spans = sorted(((s.start, m, s) for m, s in mention_spans(doc, found.mentions)), key=lambda x: x[0])
        self.people = [(i, m, _salience(s)) for i, m, s in spans
                       if m.type == "Person" and not any(a <= s.start_char < b for a, b in quoted)]
        self.bodies = [(i, m, _spoke(s)) for i, m, s in spans if m.type != "Person" and _subject(s)]
        self.orgs = [(i, m) for i, m, _ in spans if m.type == "Organization"]
        self.known = People(doc, spans, found.affiliations, at=self.by_token, quoted=quoted)
        self.gender = self.known.gender
        self.group = group

    def of(self, tok: Token) -> str | None:
        """The actor a subject token names, or None when it names none for sure."""
        m = self.named(tok)
        if m is not None:
            return m
        low = tok.lower_
        if low in ("he", "she", "him", "her", "his"):
            return self._person(tok.i, "male" if low in ("he", "him", "his") else "female", besides=self._bound(tok))
        if low in ("who", "which", "that") and tok.head.dep_ == "relcl":
            return self._relative(tok.head.head)
        if low == "it" and tok.dep_ == "nsubj" or low == "its" and tok.dep_ == "poss":  # not 'it was announced'
            before = [(m.key, s or i >= tok.sent.start) for i, m, s in reversed(self.bodies) if i < tok.i]
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon.reporting_verbs():
                before = [b for b in before if b[1]] or before  # a speaking 'it': a body of its sentence, else the last that spoke
            return before[0][0] if before else None
        if low == "both" and tok.dep_ in SUBJECTS:  # 'Both pledged ...': the two just named
            return self.group or self._first_of_two(tok.i)
        if low in ("they", "we"):
            return self.group or (self._first_of_two(tok.i) if low == "they" else None)
        if self.group and plural_group(tok) and bare(tok) and tok.text[:1].isupper():
            return self.group  # a joint text's 'Ministers welcomed ...' (not 'states are ...')
        if tok.tag_ in ("NNS", "NNPS") and definite(tok):
            lemma = singular(tok)
            if lemma in group_nouns() and self.group:
                return self.group
            if lemma not in group_nouns() | lexicon.title_heads() or any(c.dep_ == "prep" for c in tok.children):
                return None  # 'the authors of the plan': others than the two just named
            return self._first_of_two(tok.i)
        if definite(tok) and (tok.lemma_.lower() in lexicon.title_heads() or self.known.is_role(tok)):
            return self._titled(tok) or owner(tok, self.by_token)
        if definite(tok) and tok.pos_ == "NOUN":
            return self._named_body(tok) or issuer(tok, self.by_token, self.of)
        return None

    def _relative(self, head: Token) -> str | None:
        """Whom 'who' names: its noun, or the name beside it ('Jane Doe, a pilot who said ...')."""
        for _ in range(3):
            key = self.of(head)
            if key is not None or head.dep_ not in ("appos", "conj") or head.pos_ != "NOUN":
                return key
            head = head.head
        return None

    def _named_body(self, tok: Token) -> str | None:
        """'the ministry', 'the council': the last body named before it whose name ends in that
        word ('Norway's Defense Ministry ... the ministry said'), else the body or country that
        qualified the same noun last ('the Ruritanian foreign ministry ... the ministry said')."""
        word = tok.lower_
        keys = [m.key for i, m in self.orgs if i < tok.i and m.text.lower().rstrip(".").split()[-1:] == [word]]
        if keys:
            return keys[-1]
        if tok.lemma_.lower() not in body_speakers():
            return None
        before = (t for t in reversed(self.doc[max(tok.sent.start - 200, 0):tok.i]) if t.lemma_ == tok.lemma_)
        return next((o for o in (owner(t, self.by_token) for t in before) if o is not None), None)

    def named(self, tok: Token) -> str | None:
        """The actor a mention at the token (or its apposition) names; for a body-speaking noun,
        the body or country that qualifies it. A dateline's words ('OSLO (Wire) -') name nobody:
        a subject the parse took from one is the apposition after it."""
        m = self.by_token.get(tok.i)
        if m is not None and tok.i not in self.dateline:
            return m.key
        for c in tok.children:
            if c.dep_ == "appos" and c.i in self.by_token and c.i not in self.dateline:
                return self.by_token[c.i].key
        if tok.i in self.dateline:
            return None
        titled = title_before(tok, self.by_token) or name_inside(tok, self.by_token) or titled_name(tok, self.by_token)
        if titled is not None:
            return titled
        lemma = tok.lemma_.lower()
        if lemma in person_speakers():
            return owner(tok, self.by_token, person=True)
        if lemma in body_speakers():
            return owner(tok, self.by_token)
        if lemma in lexicon.data("referents")["source_nouns"]:
            return author(tok, self.by_token)
        return members(tok, self.by_token) or example(tok, self.by_token)

    def _bound(self, tok: Token) -> set[str]:
        """The people a subject pronoun cannot be: those named after it in its own clause ('he
        called Jane Doe "weak"', 'she said Jane Doe would win')."""
        if tok.dep_ not in SUBJECTS:
            return set()
        return {self.by_token[t.i].key for t in tok.head.subtree if t.i > tok.i and t.i in self.by_token}

    def _person(self, before: int, gender: str, *, besides: set[str] = frozenset()) -> str | None:
        """The person a pronoun refers to: of those named (outside quotations) in its sentence and
        the five before, whose gender may be ``gender`` and who are not ``besides`` ('she': only
        those known to be women when there are any), the only one, else the only one that is a
        subject in the pronoun's own sentence before it, else the last that was the subject of a
        main clause, else of any clause; with nobody named there, the person the text is about
        (``_topic``)."""
        first = self.doc[before].sent
        for _ in range(WINDOW):
            if first.start == 0:
                break
            first = self.doc[first.start - 1].sent
        fits = [(m.key, main) for i, m, main in self.people if first.start <= i < before
                and self.gender.get(m.key, gender) == gender and m.key not in besides]
        known = [(k, main) for k, main in fits if self.gender.get(k) == gender]
        if gender == "female" and known:  # a woman is rarely named without a word that says so
            fits = known
        if len({k for k, _ in fits}) == 1:
            return fits[0][0]
        own = {m.key for i, m, main in self.people if self.doc[before].sent.start <= i < before and main}
        if len(own) == 1 and own & {k for k, _ in fits}:  # 'how sensitive Jane Doe is ..., she said'
            return own.pop()
        for rank in (MAIN, SUBJECT):
            ranked = [k for k, r in fits if r >= rank]
            if ranked:
                return ranked[-1]
        return None if fits else self._topic(before, gender, besides) or self._spoke_for(before, gender)

    def _spoke_for(self, before: int, gender: str) -> str | None:
        """'The representative of Norway said ... . She added ...': with no person named near a
        pronoun, the one body or country a person-noun subject spoke for in the two sentences
        before (a noun of the pronoun's gender, or of none: 'spokeswoman', 'representative')."""
        first = self.doc[before].sent
        for _ in range(2):
            if first.start > 0:
                first = self.doc[first.start - 1].sent
        other = {"male": "female", "female": "male"}[gender]
        found = {key for t in self.doc[first.start:self.doc[before].sent.start]
                 if t.dep_ in SUBJECTS and t.pos_ == "NOUN" and t.i not in self.by_token
                 and t.head.lemma_.lower() in lexicon.reporting_verbs()
                 and not t.lower_.startswith(tuple(lexicon.data("referents")["gendered_nouns"][other]))
                 and (key := self.named(t)) is not None and not key.startswith("person/")}
        return found.pop() if len(found) == 1 else None

    def _topic(self, before: int, gender: str, besides: set[str]) -> str | None:
        """Who the text is still about when no one of that gender is named near a pronoun (a
        profile's long quotations): the person last named as the subject of a main clause, when
        nobody else of that gender was named (outside quotations) since and the text did not
        turn to another (``_named_since``)."""
        seen = set()
        for i, m, main in reversed(self.people):
            if i >= before or before - i > TOPIC or self.gender.get(m.key, gender) != gender or m.key in besides:
                continue
            seen.add(m.key)
            if main == MAIN:
                return m.key if seen == {m.key} and not self._named_since(i, before, m.key) else None
        return None

    def _named_since(self, after: int, before: int, key: str) -> bool:
        """Whether the text turned to another between two tokens: a sentence whose reporting verb
        has another person (or a name the article did not type) for its subject, or whose main
        subject is such a name (a person it missed)."""
        doc = self.doc
        i = doc[after].sent.end
        while i < before:
            sent = doc[i].sent
            said = [t for v in sent if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in lexicon.reporting_verbs()
                    for t in v.children if t.dep_ in SUBJECTS and t.pos_ == "PROPN"]
            main = [t for t in sent.root.children if t.dep_ in SUBJECTS and t.pos_ == "PROPN" and t.i not in self.by_token]
            if main or any(t.i not in self.by_token or self.by_token[t.i].type == "Person" and self.by_token[t.i].key != key
                           for t in said):
                return True
            i = sent.end
        return False

    def _titled(self, tok: Token) -> str | None:
        """'the secretary', 'the Ruritanian envoy', 'the NATO chief': of the people named before it
        whom the article gave that role (and the words its modifiers say), the last one named; none
        when another who bears it is named in that sentence too ('A and B, the two foreign
        ministers, met. The minister ...'); of none before, the one named so just after it."""
        held = [(i, m.key) for i, m, _ in self.people if i < tok.i and self.known.holds(m.key, tok, self.by_token)]
        if not held:
            return self._named_next(tok)
        last, key = held[-1]
        sent = self.doc[last].sent
        return None if any(k != key and sent.start <= i < sent.end for i, k in held) else key

    def _named_next(self, tok: Token) -> str | None:
        """A lead's 'the defense minister said' before the article names anyone so: the one person
        the next two sentences name with that role."""
        end = tok.sent.end
        for _ in range(2):
            end = self.doc[end].sent.end if end < len(self.doc) else end
        ahead = {m.key for i, m, _ in self.people if tok.i < i < end and self.known.holds(m.key, tok, self.by_token)}
        return ahead.pop() if len(ahead) == 1 else None

    def _first_of_two(self, before: int) -> str | None:
        """'The two officials', 'they': the first-named person of the nearest sentence (this one
        or up to five before) that names two people or more."""
        sent = self.doc[before].sent
        for _ in range(6):
            named = [m.key for i, m, _ in self.people if sent.start <= i < min(sent.end, before)]
            if len(set(named)) >= 2:
                return named[0]
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return None


def _subject(span) -> bool:
    """A mention that is a subject or qualifies one ('World Bank data laid out')."""
    return any(t.dep_ in SUBJECTS for t in span) or span.root.dep_ in ("compound", "poss", "amod") \
        and span.root.head.dep_ in SUBJECTS


def _spoke(span) -> bool:
    """A mention that is the subject of a reporting verb ('the ministry said')."""
    return any(t.dep_ in SUBJECTS and t.head.lemma_.lower() in lexicon.reporting_verbs() for t in span)


def _salience(span) -> int:
    """MAIN for a mention that is the subject of its sentence's main verb (or of one coordinated
    with it), SUBJECT for the subject of another clause, else 0; a name set beside a subject
    ('the harbour director, Jane Doe, said') ranks as that subject."""
    subjects = [t for t in span if t.dep_ in SUBJECTS]
    if span.root.dep_ == "appos" and span.root.head.dep_ in SUBJECTS:
        subjects.append(span.root.head)
    if any(t.head.dep_ == "ROOT" or t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT" for t in subjects):
        return MAIN
    return SUBJECT if subjects else 0
