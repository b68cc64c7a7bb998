"""Words that stand for countries named elsewhere: 'it' and 'its', 'the two countries', 'both
sides', 'the ministers', 'the country', and who reports a clause ('Norway said it ...').

Each reading looks back from the word, in its sentence, the sentence before it, the nearest earlier
list or the headline, and gives nothing when what it finds does not fit (another number of
countries, anything else named first). ``kg.extract.sides`` reads one word through these.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from kg import lexicon
from kg.extract.scene import GROUP_PRONOUNS, Scene, lex

Read = Callable[[Token, Scene, int], set[str]]  # the countries a word stands for, with its conjuncts (sides.countries)


def antecedent(pronoun: Token, scene: Scene, *, read: Read) -> set[str]:
    """The country 'it' or 'its' opening a sentence's subject refers to: the one country that is
    the subject of the sentence before (or of the clause its reporter reports: 'Norway attacked
    Sweden, officials said'); for 'they' or 'their', the two or more countries the subjects there
    all stand for; nothing when anything else is named before the pronoun."""
    subject = pronoun.head if pronoun.dep_ == "poss" else pronoun
    sent = pronoun.sent
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i != sent.root.i or sent.start == 0 \
            or any(t.i in scene.mentioned for t in sent if t.i < pronoun.i):
        return set()
    before = pronoun.doc[sent.start - 1].sent
    if not any(s <= before.start_char < e for s, e, _ in scene.near):
        return set()
    clauses = [before.root, *(c for c in before.root.children if c.dep_ == "ccomp"
                              and before.root.lemma_.lower() in lexicon.reporting_verbs())]
    subjects = [s for v in clauses for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
    named = [read(s, scene, 5) for s in subjects]
    found = set().union(*named)
    if pronoun.lower_ in GROUP_PRONOUNS:  # "Norway and Sweden signed a pact. They also agreed ..."
        return found if len(found) > 1 and all(named) else set()
    return found if len(found) == 1 and any(s.i in scene.country_at for s in subjects) else set()


def named_earlier(pronoun: Token, scene: Scene) -> set[str]:
    """'its' after one country and nothing else named earlier in its sentence ('Russia's influence
    declines as its economy suffers'); nothing when a person, an organisation of no known country
    or a second country is named before it, other than as a place ('in Ukraine')."""
    before = [t for t in pronoun.sent if t.i < pronoun.i and t.i in scene.mentioned
              and not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "across"))]  # where, not who
    found = {scene.country_at.get(t.i) for t in before}
    return found if len(found) == 1 and None not in found else set()


def the_parties(tok: Token, scene: Scene, *, read: Read) -> set[str]:
    """'the two countries', 'both sides': the countries of the sentence so far, or else of the
    sentence before it in the paragraph, or else of the headline (or the first paragraph): the
    first of them that names at least that many, when it names just that many; 'the ministers': the
    countries of the last 'ministers of X, Y and Z' before it."""
    bare = tok.pos_ == "NUM" and tok.lower_ in lex()["numbers"]  # "the three agreed"
    if not (_plural(tok) or bare) or not any(c.lower_ in ("the", "both", "all", "these", "those")
                                             for c in tok.children):
        return set()
    number = lex()["numbers"][tok.lower_] if bare else \
        next((lex()["numbers"][c.lower_] for c in tok.children if c.lower_ in lex()["numbers"]), None)
    if number is None:
        return _named_before(tok, scene, read=read) or _holders(tok, scene)
    sent = tok.sent
    lead = next((cs for cs in scene.lead if cs), frozenset())  # "the two nations" the headline names
    for named in (_named_in(tok.doc[sent.start:tok.left_edge.i], scene, read=read),  # not its own modifiers: "the two U.S. allies"
                  _named_in(tok.doc[_previous(sent, scene):sent.start], scene, read=read)):
        if len(named) >= number:  # too few named so far: look further back
            return named if len(named) == number else set()
    if found := _listed_before(tok, scene, number, read=read):
        return found
    held = _holders(tok, scene)  # "the two ministers" after a readout names each with a title
    return held if len(held) == number else set(lead) if len(lead) == number else set()


def _listed_before(tok: Token, scene: Scene, number: int, *, read: Read) -> set[str]:
    """The countries of the nearest earlier list of just that many ('South Korea, the U.S. and
    Japan condemned ...' before 'the three sides'), within a few paragraphs."""
    for t in reversed(tok.doc[max(tok.sent.start - 300, 0):tok.sent.start]):
        if t.i in scene.country_at and t.dep_ != "conj" and any(c.dep_ == "conj" for c in t.children):
            listed = read(t, scene, 4)
            if len(listed) >= 2:
                return listed if len(listed) == number else set()
    return set()


def _named_in(span, scene: Scene, *, read: Read) -> set[str]:
    """The countries a span names: countries, their bodies, people with a country, groups."""
    return {k for t in span for k in read(t, scene, 5) if t.i in scene.country_at
            or t.i in scene.person_at or t.i in scene.groups}


def _previous(sent, scene: Scene) -> int:
    """Where the sentence before ``sent`` starts, if it is in the same paragraph (else ``sent``'s start)."""
    if sent.start == 0:
        return sent.start
    before = sent.doc[sent.start - 1].sent
    same = any(s <= before.start_char and sent.start_char < e for s, e, _ in scene.near)
    return before.start if same else sent.start


def _named_before(tok: Token, scene: Scene, *, read: Read) -> set[str]:
    """The countries of the nearest earlier phrase with the same head that names several ('the
    ministers' after 'the foreign ministers of Norway, Sweden and Finland', or after a list 'the
    Minister of Norway, X, and the Minister of Sweden, Y')."""
    lemma = _stem(tok)
    for t in reversed(tok.doc[max(tok.sent.start - 400, 0):tok.sent.start]):
        if _stem(t) == lemma:
            named = read(t, scene, 4)
            if len(named) > 1:
                return named
    return set()


def _holders(tok: Token, scene: Scene) -> set[str]:
    """'the ministers', 'the leaders' never listed: the countries of the people named before with
    a title they cover ('Japanese Defense Minister X met U.S. Secretary of Defense Y'), when two
    or three countries."""
    heads = lex()["plural_titles"].get(_stem(tok))
    found = scene.holders(frozenset(heads), tok.idx) if heads else frozenset()
    return set(found) if 2 <= len(found) <= 3 else set()


def _plural(tok: Token) -> bool:
    """A plural noun, also a plural title tagged as a name ('the Vice Ministers')."""
    return tok.tag_ in ("NNS", "NNPS") or tok.tag_ == "NNP" and tok.lower_.endswith("s") \
        and tok.lower_[:-1] in lexicon.title_heads()


def _stem(tok: Token) -> str:
    """A noun's lemma without a plural 's' (a title read as a name: 'Vice Ministers')."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "PROPN" or not lemma.endswith("s"):
        return lemma
    return lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]  # "Secretaries"


def reporter(clause: Token, scene: Scene, depth: int, *, read: Read) -> set[str]:
    """The countries of who reports a clause ('Norway said it ...', 'Norway urged calm and said it ...')."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in lexicon.reporting_verbs():
        return set()
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj":
            return {k for s in subjects for k in read(s, scene, depth + 1)}
        verb = verb.head
    return set()


def the_body(tok: Token, scene: Scene, *, read: Read) -> set[str]:
    """'the ministry', 'the military' with nothing of its own: the one country of the nearest
    earlier body of that name a country is given for ('Norway's defense ministry said ... The
    ministry added'); nobody when it was given several countries or none."""
    if tok.lemma_.lower() not in lex()["state_bodies"] or tok.tag_ not in ("NN", "NNP") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return set()
    for t in reversed(tok.doc[max(tok.sent.start - 400, 0):tok.sent.start]):
        if t.lemma_.lower() == tok.lemma_.lower():
            named = read(t, scene, 4)
            if named:
                return named if len(named) == 1 else set()
    return set()


def the_country(tok: Token, scene: Scene) -> set[str]:
    """'the country' after one country named earlier in its sentence ('in Norway, amid the
    country's dispute with Sweden'); with none or several, nobody."""
    if tok.lemma_.lower() not in lex()["anaphors"] or not any(c.lower_ == "the" for c in tok.children):
        return set()
    before = {scene.country_at[t.i] for t in tok.sent if t.i < tok.i and t.i in scene.country_at}
    return before if len(before) == 1 else set()
