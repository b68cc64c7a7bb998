"""Events between countries in one sentence: who does what to whom.

A predicate (``kg.extract.predicates``: a verb, noun or adjective of the relation lexicon,
``kg/data/relations.json``) has an acting side and a target side; ``kg.extract.arguments`` reads
them from its arguments and ``kg.extract.sides`` says which countries each argument stands for. A
predicate that ends a tie ('suspended the agreement with X') is a rejection of the tie's other
party. A predicate that is negated,
hypothetical, conditional, only wanted or asked for, denied, or asked about asserts nothing
(``kg.extract.assertion``).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.assertion import asserted, unasserted_scope
from kg.extract.arguments import described, opposed, reciprocal, sides, waged_on
from kg.extract.attached import grouped, modifiers, nationals, patients, possessor, preps
from kg.extract.governors import members
from kg.extract.jointacts import hyphened, in_joint_act
from kg.extract.predicates import (SUBJECTS, addressees, against_heads, ended, judging, made_by, nearer, phrasal_prep,
                                   predicate, requester)
from kg.extract.sides import Scene, countries, lex
from kg.extract.towns import struck
from kg.extract.verdicts import judged_sides
from kg.extract.truces import controllers, truce_sides



@dataclass(frozen=True)
class Event:
    """A predicate with its class and the countries on each side (``mutual``: every party with every other)."""

    tok: Token
    cls: str
    mutual: bool
    agents: frozenset[str]
    targets: frozenset[str]
    among: frozenset[str] = frozenset()  # a mutual predicate's parties named together ('between X and Y')


def events(sent: Span, scene: Scene) -> list[Event]:
    """The asserted events of a sentence, in order; a predicate inside an actor's name is none."""
    out = []
    unsaid = unasserted_scope(sent)
    for tok in sent:
        found = None if tok.i in scene.mentioned else predicate(tok)
        if found is None or not asserted(tok, unsaid=unsaid):
            continue
        if tok.lemma_.lower() in lex()["participation_verbs"] and not in_joint_act(tok):
            continue  # "took part in the fighting", "took part in Amber Shield": no known joint act
        out += _events_of(tok, *found, scene)
    return out


def _events_of(tok: Token, cls: str, mode: str | None, scene: Scene) -> list[Event]:
    """The events one predicate asserts: its own, and those of the acts it opposes."""
    out = []
    tension = lex()["classes"][cls]["type"] == "tension"
    mutual = mode == "mutual" or any(c.dep_ == "dobj" and reciprocal(c) for c in tok.children)  # "accused each other"
    agents, targets = sides(tok, lex()["classes"][cls]["type"], scene)
    made = made_by(tok)
    if made is not None:  # "lodged a protest against X", "exchanged fire with X"
        targets |= preps(made, lex()["target_preps"][lex()["classes"][cls]["type"]], scene)
    against = opposed(tok, scene, tension=tension) - agents
    aimed = _aimed(tok, scene) if mutual and tension else None
    if aimed is not None:  # "X and Y fight terrorism": together, against what they fight
        mutual, targets = False, targets | aimed | against
        if not targets:
            return []
    if against and tension:  # "deter the Xn threat"
        targets |= against
    elif against:  # "support for Y against Xn aggression": its givers oppose X, X's acts are aimed at Y
        out += _opposing(tok, agents, targets, against, scene)
    prep = phrasal_prep(tok)
    if prep is not None:  # "Norway stands by Sweden": not Sweden's act
        named = {k for p in prep.children if p.dep_ == "pobj" for k in countries(p, scene)}
        agents, targets = agents - named, targets | named
    sided = _by_mode(tok, mode, agents, targets, scene)
    if sided is None:
        return out
    agents, targets = sided
    if not mutual and agents and not targets - agents and tension:
        targets = struck(tok, scene) - agents  # "opened fire at villages of X's province"
    if not targets and cls in lex()["measure_classes"]:  # "sanctions on Xn firms"
        targets = nationals(tok, scene) - agents
    return out + _parties(tok, cls, mutual, tension, agents, targets, scene)


def _opposing(tok: Token, agents: set[str], targets: set[str], against: set[str], scene: Scene) -> list[Event]:
    """'support for Y against Xn aggression': the givers reject X, and X's acts are aimed at Y."""
    side = agents | targets if tok.lemma_.lower() in lex()["patient_nouns"] else agents
    out = [Event(tok, "reject", False, frozenset(side), frozenset(against - side))]
    return out + [Event(act, predicate(act)[0], False, frozenset(doers), frozenset(targets - agents - doers))
                  for act, doers in waged_on(tok, targets - agents, scene) if predicate(act) is not None]


def _by_mode(tok: Token, mode: str | None, agents: set[str], targets: set[str],
             scene: Scene) -> tuple[set[str], set[str]] | None:
    """The sides as the predicate's mode places them (``relations.json``), or None when a
    modifier predicate describes no country."""
    if mode == "object":
        return {k for c in tok.children if c.dep_ == "dobj" for k in countries(c, scene)}, preps(tok, ["against"], scene)
    if mode == "ending":  # "Norway suspended its agreement with Sweden"
        tie = ended(tok)
        return agents, preps(tie, lex()["target_preps"]["cooperation"], scene) | modifiers(tie, scene)
    if mode == "against":
        return agents, {k for h in against_heads(tok) for k in preps(h, lex()["against_preps"], scene)}
    if mode == "approach":
        return agents, {k for w in nearer(tok) for k in preps(w, ["to"], scene)}
    if mode == "received":
        return preps(tok, ["from"], scene), agents
    if mode == "verdict":  # "Norway branded Sweden's move provocative"
        return agents, judged_sides(tok, scene)
    if mode == "arms":  # given 'to' someone, or someone given them 'with' ('provide Y with jets'), never 'toward'
        given = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"]
        return agents, preps(tok, ["to"], scene) | {k for c in given for k in countries(c, scene)}
    if mode == "demand":  # "Norway urged Sweden to stop its provocations"
        return agents, {k for a in addressees(tok) for k in countries(a, scene)}
    if mode == "request":
        return agents, {k for p in requester(tok) for k in countries(p, scene)}
    if tok.dep_ == "compound":  # "Norway's archrival Sweden", "Norwegian ally Sweden"
        if tok.head.i not in scene.country_at:
            return None
        return modifiers(tok, scene) | possessor(tok.head, scene), {scene.country_at[tok.head.i]}
    return agents, targets


def _parties(tok: Token, cls: str, mutual: bool, tension: bool, agents: set[str], targets: set[str],
             scene: Scene) -> list[Event]:
    """The event of the predicate's sides; a mutual one with the parties it names together."""
    among = _among(tok, scene) if mutual else set()
    if mutual and tension and not agents | targets | among:  # "X and Y agreed to a truce after days of clashes"
        among = truce_sides(tok, scene)
    if mutual and (grouped(tok) or cls in lex()["joint_classes"]):  # "met with X and Y for a trilateral
        # meeting", "trained with X and Y": one act of all its parties
        among, targets = among | targets, set()
    pairs = hyphened(tok, scene) if mutual else []
    if pairs:  # "the Norway-U.S. and Sweden-U.S. alliances": two alliances
        return [Event(tok, cls, True, frozenset(p), frozenset()) for p in pairs]
    return [Event(tok, cls, mutual, frozenset(agents), frozenset(targets - agents - among), frozenset(among))]


def _among(tok: Token, scene: Scene) -> set[str]:
    """The parties a mutual predicate names together: 'between X and Y' on it, on the noun it
    describes or on the verb it is the object of ('discussed cooperation among X and Y'), and
    the members it includes."""
    ties = [c for c in tok.children if c.dep_ in SUBJECTS and c.lemma_.lower() in lex()["relation_nouns"]]
    borders = [p for c in tok.children if c.dep_ == "prep" for p in c.children
               if p.dep_ == "pobj" and p.lemma_.lower() in lex()["border_nouns"]]  # "fighting along the border between X and Y"
    happened = tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("dobj", "attr", "acomp") for c in tok.head.children)  # "clashes broke out between X and Y"
    named = [tok, *([described(tok)] if tok.pos_ == "ADJ" and described(tok) else []),
             *([tok.head] if tok.dep_ == "dobj" or happened else []), *ties, *borders]  # "ties between X and Y deteriorated"
    listed = preps(tok, ["of"], scene) if tok.pos_ == "NOUN" else set()  # "the collaboration of X, Y and Z"
    return ({k for t in named for k in preps(t, lex()["group_preps"], scene)} | members(tok, scene)
            | {k for t in ties for k in modifiers(t, scene)} | (listed if len(listed) > 1 else set()))


def _aimed(verb: Token, scene: Scene) -> set[str] | None:
    """What a mutual hostile verb with an object is aimed at ('fought the insurgents', 'fight
    Xn terror'), or None when its subjects fight each other ('fought a war', 'fought each other')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and not reciprocal(c)]
    made = lex()["object_predicates"].get(verb.lemma_.lower(), {})  # "exchanged fire": the object makes it
    if not objects or any(predicate(o) is not None or o.lower_ in made for o in objects):
        return None
    return {k for o in objects for k in patients(o, scene)}


def _callees(verb: Token, scene: Scene) -> set[str]:
    """Who a verb of talk is with, when the discussion is its purpose ('X spoke with Y to discuss
    Z's launch': Y discusses it too)."""
    talk = verb.head if verb.dep_ == "advcl" and verb.head.lemma_.lower() in lex()["talk_verbs"] else None
    return preps(talk, ["with"], scene) if talk is not None else set()


def inside_judged_act(tok: Token, scene: Scene) -> bool:
    """A word inside another country's act that a judging predicate's object names ('criticized
    Sweden's response to Finland's sanctions'): who judges that act is not its target."""
    node, owned = tok, False
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
        owned = owned or node.pos_ in ("NOUN", "PROPN") and bool(possessor(node, scene))
    return owned and node.dep_ == "dobj" and judging(node.head)


def participants(tok: Token, scene: Scene) -> set[str]:
    """The countries of the people who discuss or condemn a hostile act ('the ministers of
    Norway and Sweden discussed Ruritania's provocations'; 'they' or 'the advisors': every
    person of the paragraph whose country is known)."""
    node = tok
    while node.dep_ in ("conj", "dobj", "pobj", "prep", "xcomp", "acl", "nsubj", "attr") and node.head.i != node.i:
        node = node.head  # up to the verb that discusses it, through what it is the object of,
        # or through the copula of a clause it is the subject of ('stressed that Xn launches are a threat')
        said = node.dep_ == "ccomp" and node.lemma_.lower() == "be"
        if said:
            node = node.head
        if node.pos_ in ("VERB", "AUX") and (node.lemma_.lower() in lex()["discussion_verbs"] and controllers(node)
                                             or node.dep_ not in ("xcomp", "acl")):
            break  # "reaffirmed their commitment to respond to Ruritania's threat"
    if node.lemma_.lower() not in lex()["discussion_verbs"] or not asserted(node):
        return set()
    subjects = controllers(node)
    out = {k for s in subjects for k in countries(s, scene)} | _callees(node, scene)
    if out or not any(s.lower_ == "they" or s.tag_ == "NNS" and s.lemma_.lower() in lexicon.title_heads()
                      for s in subjects):
        return out
    return set(scene.nearby(tok))
