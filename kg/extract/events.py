"""Events between countries in one sentence: who does what to whom.

A predicate (verb, noun or adjective of the relation lexicon, ``kg/data/relations.json``) has an
acting side and a target side, read from its arguments: the subject, the passive agent ("by X"),
a possessor or modifier ("Ruritania's invasion", "Chinese ships"); the object, a passive subject,
a prepositional argument ("sanctions on X", "talks with X", "at the request of X") or the object's
possessor ("condemned X's test"). A side holds countries only: a country, a body or person that
acts for one (its government, capital, military, an official of it, a person affiliated with
it), or "we"/"our" in a claim whose speaker's country is known; protesters, companies and places
are no side. A noun with no actor of its own takes the subject of the verb it is the object of
("Norway signed an agreement with Sweden"). A predicate that is negated, hypothetical, conditional,
only wanted or asked for, denied, or asked about asserts nothing (``asserted``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from kg import lexicon

SUBJECTS = ("nsubj", "nsubjpass")
OWN_MODIFIERS = ("poss", "amod", "compound", "nmod", "appos")
# links that stay inside one clause when walking from a predicate up to its clause's verb
SAME_CLAUSE = ("xcomp", "dobj", "pobj", "prep", "attr", "acomp", "amod", "compound", "nsubj", "nsubjpass",
               "oprd", "dative", "appos", "poss")
PRONOUNS = ("we", "us", "our", "ours", "i", "me", "my")


@dataclass(frozen=True)
class Event:
    """A predicate with its class and the countries on each side (``mutual``: every party with every other)."""

    tok: Token
    cls: str
    mutual: bool
    agents: frozenset[str]
    targets: frozenset[str]
    among: frozenset[str] = frozenset()  # a mutual predicate's parties named together ('between X and Y')


@dataclass(frozen=True)
class Scene:
    """Who acts for which country in an article: tokens of country mentions (and bodies of a
    country) -> the country, tokens of person mentions -> the person, each person's countries,
    and each claim's sentence span with its speaker's countries."""

    country_at: dict[int, str]
    person_at: dict[int, str]
    homes: dict[str, frozenset[str]]
    said: tuple[tuple[int, int, frozenset[str]], ...]
    mentioned: frozenset[int]

    def speaker(self, tok: Token) -> frozenset[str]:
        """The countries of whoever says the sentence holding ``tok`` (empty when nobody or several do)."""
        found = {c for s, e, cs in self.said if s <= tok.idx < e for c in cs}
        return frozenset(found) if len(found) == 1 else frozenset()


@cache
def _lex() -> dict:
    return lexicon.data("relations")


def predicate(tok: Token) -> tuple[str, str] | None:
    """The class of a predicate word and its mode ('mutual', 'directed', or 'object': the
    verb's object acts, 'pit X against Y'), or None: 'a joint statement' only
    with its group word, 'stand' only 'with' someone, no 'cease-fire agreement', no noun that
    only qualifies another ('defense cooperation')."""
    if tok.pos_ == "PROPN" or tok.dep_ in ("prep", "compound"):
        return None
    lex, lemma = _lex(), tok.lemma_.lower()
    verb = tok.pos_ in ("VERB", "AUX")
    entry = lex["predicates"].get(lemma) or lex["predicates"].get(tok.lower_)
    if entry and not (verb and lemma in lex["noun_only"] or not verb and lemma in lex["verb_only"]):
        if entry[0] == "agree" and any(c.lower_ in lex["truce_words"] for c in tok.subtree if c.i < tok.i):
            return None
        return entry[0], entry[1]
    phrasal = lex["phrasal"].get(lemma, {}) if verb else {}
    preps = sorted((c for c in (*tok.children, *(g for c in tok.children if c.dep_ == "acomp" for g in c.children))
                    if c.dep_ == "prep"), key=lambda c: c.i)
    entry = next((phrasal[c.lower_] for c in preps if c.lower_ in phrasal), None)
    if entry:
        return entry[0], entry[1]
    cls = lex["joint_nouns"].get(lemma)
    if cls and any(c.lower_ in lex["group_words"] for c in tok.children if c.dep_ in ("amod", "advmod", "compound")):
        return cls, "mutual"
    return None


def events(sent: Span, scene: Scene) -> list[Event]:
    """The asserted events of a sentence, in order; a predicate inside an actor's name is none."""
    out = []
    for tok in sent:
        found = None if tok.i in scene.mentioned else predicate(tok)
        if found is None or not asserted(tok):
            continue
        cls, mode = found
        mutual = mode == "mutual"
        agents, targets = _sides(tok, _lex()["classes"][cls]["type"], scene)
        if mode == "object":
            agents = {k for c in tok.children if c.dep_ == "dobj" for k in countries(c, scene)}
            targets = _preps(tok, ["against"], scene)
        among = _preps(tok, _lex()["group_preps"], scene) | _members(tok, scene) if mutual else set()
        if mutual and _grouped(tok):  # "met with X and Y for a trilateral meeting"
            among, targets = among | targets, set()
        out.append(Event(tok, cls, mutual, frozenset(agents), frozenset(targets - agents - among), frozenset(among)))
    return out


def _grouped(tok: Token) -> bool:
    """A group word on the predicate or on a noun of its prepositions ('jointly', 'for a trilateral
    meeting'): its parties act together."""
    words = _lex()["group_words"]
    near = [*tok.children, *(g for c in tok.children if c.dep_ == "prep" for p in c.children for g in p.subtree)]
    return any(t.lower_ in words and t.dep_ in ("amod", "advmod") for t in near)


def asserted(tok: Token) -> bool:
    """False for 'no alliance', 'did not attack', 'could invade', 'if X attacks', 'plans to
    sign', 'urged X to talk', 'denied that X attacked', and anything in a question."""
    lex = _lex()
    if tok.sent[-1].text == "?" or any(t.text == "?" for t in tok.sent[-2:]):
        return False
    clause = _clause(tok)
    for node in clause:
        for c in node.children:
            if c.dep_ == "neg" or (c.lower_ in lex["negations"] and c.dep_ in ("det", "advmod", "preconj", "cc")):
                return False
            if c.dep_ == "aux" and c.lemma_.lower() in lex["modals"]:
                return False
    wanted = [*clause[1:], clause[-1].head] if clause[-1].dep_ in ("xcomp", "ccomp", "advcl") else clause[1:]
    if any(n.lemma_.lower() in lex["intent_verbs"] for n in wanted):
        return False
    for node in (tok, *tok.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in lex["hypothetical"] for c in node.children):
            return False
        if node is not tok and node.lemma_.lower() in lex["denials"]:
            return False
    return not any(c.lower_ == "without" for n in clause for c in n.children if c.dep_ == "prep" and tok in c.subtree)


def _clause(tok: Token) -> list[Token]:
    """The predicate and the words above it in its own clause, up to the clause's verb."""
    out = [tok]
    node = tok
    while node.dep_ in SAME_CLAUSE or node.dep_ == "conj" and node.pos_ == "NOUN":
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def _sides(tok: Token, polarity: str, scene: Scene) -> tuple[set[str], set[str]]:
    """The acting and the target side of a predicate."""
    preps = _lex()["target_preps"][polarity]
    if tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acomp"):
        noun = tok.head if tok.dep_ == "amod" else next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if noun is None:
            return set(), set()
        return _modifiers(noun, scene), _preps(noun, preps, scene) | _preps(tok, preps, scene)
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "amod":  # "Norwegian-backed government of Sweden"
        return ({k for c in tok.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
                 for k in countries(c, scene)}, countries(tok.head, scene))
    if tok.pos_ in ("VERB", "AUX"):
        agents, targets = _subjects(tok, scene), set()
        for c in tok.children:
            if c.dep_ == "nsubjpass":
                agents, targets = set(), countries(c, scene)
                agents = _agent_phrase(tok, scene)
            elif c.dep_ in ("dobj", "dative"):
                targets |= countries(c, scene) | _possessor(c, scene) | _agent_phrase(c, scene)
        targets |= {k for c in tok.children if c.dep_ == "acomp" for k in _preps(c, preps, scene)}
        return agents, targets | _preps(tok, preps, scene)
    agents = _modifiers(tok, scene) | _agent_phrase(tok, scene)
    if not agents and tok.dep_ == "conj":  # "the DPRK's programs and provocations"
        agents = _modifiers(tok.head, scene)
    targets = _preps(tok, preps, scene)
    if tok.dep_ == "dobj":  # "offered Norway our support"
        targets |= {k for c in tok.head.children if c.dep_ in ("dobj", "dative") and c.i != tok.i
                    for k in countries(c, scene) | _possessor(c, scene)}
    if tok.dep_ in ("attr", "appos") and agents:  # "Norway is Sweden's closest ally"
        targets |= _subjects(tok.head, scene) if tok.dep_ == "attr" else countries(tok.head, scene)
    return agents or _governor(tok, scene), targets


def _subjects(verb: Token, scene: Scene, depth: int = 0) -> set[str]:
    """The countries of a verb's subject, inherited through 'agreed to X', 'X and Y', 'X, which ...'."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        out = {k for s in subjects for k in countries(s, scene)}
        if out or any(s.tag_ != "WDT" and s.lower_ not in ("which", "that", "who") for s in subjects):
            return out
    if depth > 3 or verb.head.i == verb.i:
        return set()
    if verb.dep_ in ("relcl", "acl"):  # "Norway, which attacked", "Norway's commitment to defend"
        return countries(verb.head, scene) | _agent_phrase(verb.head, scene) | _modifiers(verb.head, scene)
    if verb.dep_ in ("xcomp", "conj"):
        return _subjects(verb.head, scene, depth + 1)
    return set()


def _members(noun: Token, scene: Scene) -> set[str]:
    """The parties a mutual noun includes ('the exercise involved forces from X, Y and Z')."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _lex()["involve_verbs"]:
        return set()
    return {k for c in noun.head.children if c.dep_ == "dobj" for k in countries(c, scene)}


def _governor(noun: Token, scene: Scene) -> set[str]:
    """The actor of a noun with none of its own: the subject of the verb it is the object of
    ('X imposed sanctions', 'X took part in exercises'), or the country it is in apposition to."""
    if any(c.dep_ == "poss" for c in noun.children):
        return set()  # "Norway welcomed the EU's deal with Sweden": the deal is the EU's
    node = noun
    for _ in range(3):
        if node.dep_ == "appos":
            return countries(node.head, scene)
        if node.dep_ == "pobj" and node.head.lower_ in ("in", "into", "to", "for"):
            node = node.head.head
            continue
        if node.dep_ in ("dobj", "attr", "oprd") and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
        if node.pos_ in ("VERB", "AUX"):  # "paid a visit to Sweden by the Norwegian president"
            return _subjects(node, scene) | _agent_phrase(node, scene)
        return set()
    return set()


def participants(tok: Token, scene: Scene) -> set[str]:
    """The countries of the people who discuss or condemn a hostile act ('the ministers of
    Norway and Sweden discussed Ruritania's provocations'; 'they' or 'the advisors': every
    person of the article whose country is known)."""
    node = tok
    while node.dep_ in ("conj", "dobj", "pobj", "prep") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    if node.lemma_.lower() not in _lex()["discussion_verbs"] or not asserted(node):
        return set()
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    out = {k for s in subjects for k in countries(s, scene)}
    if out or not any(s.lower_ == "they" or s.tag_ == "NNS" and s.lemma_.lower() in lexicon.title_heads()
                      for s in subjects):
        return out
    return {k for homes in scene.homes.values() for k in homes}


def _agent_phrase(tok: Token, scene: Scene) -> set[str]:
    return {k for c in tok.children if c.dep_ == "agent" or c.lower_ in _lex()["agent_preps"]
            for p in c.children if p.dep_ == "pobj" for k in countries(p, scene)}


def _preps(tok: Token, preps: list[str], scene: Scene) -> set[str]:
    """Countries in the predicate's prepositional arguments ('with X', 'on X', 'at the request of X')."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        for p in (p for p in c.children if p.dep_ == "pobj"):
            if c.lower_ in preps:
                out |= countries(p, scene)
            elif p.lemma_.lower() in _lex()["request_nouns"]:
                out |= {k for q in p.children if q.lower_ == "of" for o in q.children for k in countries(o, scene)}
    return out


def _modifiers(noun: Token, scene: Scene) -> set[str]:
    """Countries among a noun's own modifiers ('Russia's', 'Chinese', 'Norway-Sweden-Finland'),
    not those it is against ('anti-Norway')."""
    out: set[str] = set()
    spread = noun.tag_ != "NNS" or _grouped(noun)  # "the Afghan and Iraq wars" are two wars
    todo = [c for c in noun.children if c.dep_ in OWN_MODIFIERS]
    while todo:
        c = todo.pop()
        if any(t.lower_.startswith("anti") for t in c.subtree):
            continue
        out |= countries(c, scene) if spread else _one(c, scene, 0)
        todo += [g for g in c.children if g.dep_ in ("compound", "amod", "nmod")]
    return out


def _possessor(noun: Token, scene: Scene) -> set[str]:
    return {k for c in noun.children if c.dep_ == "poss" for k in countries(c, scene)}


def countries(tok: Token, scene: Scene, depth: int = 0) -> set[str]:
    """The countries an argument stands for, each of its conjuncts ('Norway and Sweden', also
    after a long name: 'the Republic of Norway and Sweden')."""
    out = _one(tok, scene, depth)
    key = scene.country_at.get(tok.i)
    heads = [tok, *(d for d in tok.subtree if key and scene.country_at.get(d.i) == key)]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "conj" and depth < 8:
            out |= countries(c, scene, depth + 1)
    return out


def _one(tok: Token, scene: Scene, depth: int) -> set[str]:
    if tok.i in scene.country_at:
        return {scene.country_at[tok.i]}
    if tok.i in scene.person_at:
        homes = scene.homes.get(scene.person_at[tok.i], frozenset())
        return set(homes) if len(homes) == 1 else set()
    if tok.lower_ in PRONOUNS:
        return set(scene.speaker(tok))
    if tok.lemma_.lower() not in _lex()["state_heads"] and tok.lower_ not in _lex()["state_heads"] or depth > 4:
        return set()
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in OWN_MODIFIERS:
            out |= countries(c, scene, depth + 1)
        elif c.dep_ == "prep" and c.lower_ in ("of", "from", "including"):
            out |= {k for p in c.children if p.dep_ == "pobj" for k in countries(p, scene, depth + 1)}
    return out
