"""Events between countries in one sentence: who does what to whom.

A predicate (verb, noun or adjective of the relation lexicon, ``kg/data/relations.json``) has an
acting side and a target side; ``kg.extract.arguments`` reads them from its arguments and
``kg.extract.sides`` says which countries each argument stands for. Some predicates are made by
their preposition ('stand by X', 'seized the field from X') or end a tie ('suspended the
agreement with X': a rejection of X, and no agreement). A predicate that is negated,
hypothetical, conditional, only wanted or asked for, denied, or asked about asserts nothing
(``kg.extract.assertion``).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.assertion import asserted, unasserted_scope
from kg.extract.arguments import described, members, named_exercise, opposed, reciprocal, sides
from kg.extract.sides import Scene, countries, grouped, lex, modifiers, patients, possessor, preps
from kg.extract.jointacts import hyphened, in_joint_act, named_meeting
from kg.extract.towns import struck
from kg.extract.truces import controllers, truce_sides

SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Event:
    """A predicate with its class and the countries on each side (``mutual``: every party with every other)."""

    tok: Token
    cls: str
    mutual: bool
    agents: frozenset[str]
    targets: frozenset[str]
    among: frozenset[str] = frozenset()  # a mutual predicate's parties named together ('between X and Y')


def predicate(tok: Token) -> tuple[str, str] | None:
    """The class of a predicate word and its mode ('mutual', 'directed', or 'object': the
    verb's object acts, 'pit X against Y'), or None (a verb may be one only with its object:
    'exchanged fire'): 'a joint statement' only
    with its group word, 'stand' only 'with' someone, no 'cease-fire agreement', no noun that
    only qualifies another ('defense cooperation')."""
    named = named_exercise(tok) or named_meeting(tok)
    if named is not None:
        return named, "mutual"
    if tok.pos_ == "PROPN" and not _capitalised(tok) or tok.dep_ == "prep" \
            or tok.dep_ == "compound" and tok.head.pos_ != "PROPN":
        return None
    data, lemma = lex(), tok.lemma_.lower()
    verb = tok.pos_ in ("VERB", "AUX")
    entry = data["predicates"].get(lemma) or data["predicates"].get(tok.lower_)
    if verb and lemma in data["ending_verbs"] and ended(tok) is not None:
        return "reject", "ending"
    if tok.pos_ == "ADJ" and lemma in data["not_adjective"]:
        return None
    named = tok.dep_ in ("attr", "appos") and lemma in data["actor_nouns"] \
        and not any(c.lower_ in data["trade_words"] for c in tok.children)  # "X and Y are close partners", no "trading partner"
    if entry and not (verb and lemma in data["noun_only"] or not verb and lemma in data["verb_only"] and not named):
        if entry[0] == "agree" and any(c.lower_ in data["truce_words"] for c in tok.subtree):
            return None
        if entry[0] == "consult" and any(c.lower_ in data["peace_words"] for c in tok.children
                                         if c.dep_ in ("compound", "amod")):
            return None  # "peace talks between X and Y": the sides of a conflict, no partners
        return entry[0], entry[1]
    made = made_by(tok)
    if made is not None:  # "X and Y exchanged fire"
        entry = data["object_predicates"][lemma][made.lower_]
        return entry[0], entry[1]
    if verb and lemma in data["together_verbs"] and any(c.lower_ in data["group_words"] and c.dep_ == "advmod"
                                                         or _united(c) for c in tok.children):
        return "cooperate", "mutual"  # "X, Y and Z stand together", "stand united", "stood shoulder to shoulder"
    if verb and lemma in data["approach_verbs"] and _nearer(tok):
        return "cooperate", "approach"  # "X is drawing closer to Y"
    if verb and lemma in data["request_verbs"] and _requester(tok):
        return "aid", "request"
    if verb and lemma in data["receive_verbs"] and lemma not in ("request", *data["intent_verbs"]) and _arms(tok):
        return "aid", "received"  # "X received jets from Y"
    prep = phrasal_prep(tok)
    if prep is not None:
        entry = data["phrasal"][lemma][prep.lower_]
        return entry[0], entry[1]
    return None if verb else _noun_predicate(tok)


def _noun_predicate(tok: Token) -> tuple[str, str] | None:
    """A noun that is a predicate only with its words: 'an arms sale to X', 'a joint statement',
    or a relationship a verb strengthens ('deepened the relationship with X')."""
    data, lemma = lex(), tok.lemma_.lower()
    if tok.lower_ in data["package_nouns"]:  # "a security assistance package for X"
        kinds = [data["predicates"].get(c.lemma_.lower()) for c in tok.children if c.dep_ == "compound"]
        kind = next((k for k in kinds if k and data["classes"][k[0]]["type"] == "cooperation"), None)
        if kind:
            return kind[0], "directed"
    arms = data["arms_transfers"]
    if tok.lower_ in arms["nouns"] and any(w.lower_ in arms["words"] for c in tok.children
                                           for w in (c, *c.children) if c.dep_ in ("compound", "prep")):
        return arms["nouns"][tok.lower_], "directed"  # "the sale of weapons to X"
    if lemma in data["relation_nouns"] and tok.dep_ == "dobj" and tok.head.lemma_.lower() in data["strengthen_verbs"]:
        return "cooperate", "mutual"
    if lemma in data["relation_nouns"] and _bond(tok):
        return "cooperate", "mutual"  # "the defense relationship between X and Y"
    if lemma in data["truce_words"] and any(c.dep_ == "prep" and c.lower_ in data["group_preps"] for c in tok.children):
        return "fight", "mutual"  # "a truce between X and Y": the sides of a fight, no cooperation
    if lemma in data["against_nouns"] and _against(tok):
        return "threaten", "against"  # "deterrence against X", not "deterrence to X"
    if lemma in data["opposition_nouns"] and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return "reject", "directed"  # "in opposition to X's program", not "the opposition"
    cls = data["joint_nouns"].get(lemma)
    if cls and any(c.lower_ in data["group_words"] for c in tok.children if c.dep_ in ("amod", "advmod", "compound")):
        return cls, "mutual"
    if cls and tok.dep_ in SUBJECTS and any(v.lemma_.lower() in data["involve_verbs"]
                                            for v in (tok.head, *tok.head.conjuncts)):
        return cls, "mutual"  # "the operation includes X's and Y's ships": its members
    return None


def _against(noun: Token) -> list[Token]:
    """The noun, or the verb it is the object of, when an 'against' phrase is on it ('deterrence
    against X', 'strengthen deterrence against X')."""
    heads = [noun, *([noun.head] if noun.dep_ == "dobj" else [])]
    return [h for h in heads if any(c.dep_ == "prep" and c.lower_ in lex()["against_preps"] for c in h.children)]


def _bond(tie: Token) -> bool:
    """A tie a modifier calls one of cooperation ('defense relationship', 'close ties'), with no
    modifier of tension ('strained security ties')."""
    data = lex()
    mods = [c for c in tie.children if c.dep_ in ("amod", "compound")]
    hostile = any((e := data["predicates"].get(c.lemma_.lower())) and data["classes"][e[0]]["type"] == "tension"
                  or c.lower_ in data["strain_words"] for c in mods)
    return not hostile and any(c.lower_ in data["bond_words"] for c in mods)


def _united(child: Token) -> bool:
    """A word or phrase by a verb that says its subjects are as one ('united', 'shoulder to
    shoulder' with or without hyphens, 'side by side')."""
    phrase = [t.lower_ for t in child.doc[child.i:child.i + 5] if t.text != "-"][:3]
    united = {w.replace("-", " ") for w in lex()["united_words"]}
    return child.dep_ in ("acomp", "advmod", "oprd", "npadvmod", "dobj") and \
        (child.lower_ in united or " ".join(phrase) in united)


def made_by(tok: Token) -> Token | None:
    """The object that makes a word a predicate ('exchanged fire', 'lodged a protest'), or None."""
    objects = lex()["object_predicates"].get(tok.lemma_.lower(), {})
    return next((o for o in _objects(tok, tok.pos_ in ("VERB", "AUX")) if o.lower_ in objects), None) if objects else None


def _objects(tok: Token, verb: bool) -> list[Token]:
    """What a verb acts on, each conjunct ('exchanged mortar and small arms fire'), or a noun's
    'of' object ('an exchange of fire')."""
    if verb:
        found = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        found = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return [*found, *(c for o in found for c in o.conjuncts)]


def ended(verb: Token) -> Token | None:
    """The tie a verb ends or suspends ('suspended the treaty with X', 'severed ties with X'): its
    object, a cooperation word or a word for relations."""
    data = lex()
    for c in verb.children:
        entry = data["predicates"].get(c.lemma_.lower()) or data["predicates"].get(c.lower_)
        cooperation = entry is not None and data["classes"][entry[0]]["type"] == "cooperation"
        if c.dep_ == "dobj" and (cooperation or c.lemma_.lower() in data["relation_nouns"]):
            return c
    return None


def phrasal_prep(tok: Token) -> Token | None:
    """The preposition that makes a verb a predicate, or names its target ('stand by X', 'seized
    the field from X'), from the verb or its adjective ('is ready to stand with X')."""
    phrasal = lex()["phrasal"].get(tok.lemma_.lower(), {}) if tok.pos_ in ("VERB", "AUX") else {}
    below = [g for c in tok.children if c.dep_ in ("acomp", "dobj") for g in c.children]  # "fired shells at X"
    attached = sorted((c for c in (*tok.children, *below) if c.dep_ == "prep"), key=lambda c: c.i)
    return next((c for c in attached if c.lower_ in phrasal), None)


def _capitalised(tok: Token) -> bool:
    """A common word read as a name only for its capital at the start of a sentence ('Talks between ...')."""
    t = tok
    while not t.is_sent_start:  # only spaces and marks before it in its sentence
        t = t.doc[t.i - 1]
        if not (t.is_space or t.is_punct):
            return False
    return tok.text.istitle() and not tok.ent_type_


def events(sent: Span, scene: Scene) -> list[Event]:
    """The asserted events of a sentence, in order; a predicate inside an actor's name is none."""
    out = []
    unsaid = unasserted_scope(sent)
    for tok in sent:
        found = None if tok.i in scene.mentioned else predicate(tok)
        if found is None or not asserted(tok, unsaid=unsaid):
            continue
        cls, mode = found
        if tok.lemma_.lower() in lex()["participation_verbs"] and not in_joint_act(tok):
            continue  # "took part in the fighting", "took part in Amber Shield": no known joint act
        mutual = mode == "mutual" or any(c.dep_ == "dobj" and reciprocal(c) for c in tok.children)  # "accused each other"
        tension = lex()["classes"][cls]["type"] == "tension"
        agents, targets = sides(tok, lex()["classes"][cls]["type"], scene)
        made = made_by(tok)
        if made is not None:  # "lodged a protest against X", "exchanged fire with X"
            targets |= preps(made, lex()["target_preps"][lex()["classes"][cls]["type"]], scene)
        against = opposed(tok, scene, tension=tension) - agents
        aimed = _aimed(tok, scene) if mutual and tension else None
        if aimed is not None:  # "X and Y fight terrorism": together, against what they fight
            mutual, targets = False, targets | aimed | against
            if not targets:
                continue
        if against and tension:  # "deter the Xn threat"
            targets |= against
        elif against:  # "support for Y against Xn aggression": its givers oppose X
            side = agents | targets if tok.lemma_.lower() in lex()["patient_nouns"] else agents
            out.append(Event(tok, "reject", False, frozenset(side), frozenset(against - side)))
        prep = phrasal_prep(tok)
        if prep is not None:  # "Norway stands by Sweden": not Sweden's act
            named = {k for p in prep.children if p.dep_ == "pobj" for k in countries(p, scene)}
            agents, targets = agents - named, targets | named
        if mode == "object":
            agents = {k for c in tok.children if c.dep_ == "dobj" for k in countries(c, scene)}
            targets = preps(tok, ["against"], scene)
        elif mode == "ending":  # "Norway suspended its agreement with Sweden"
            tie = ended(tok)
            targets = preps(tie, lex()["target_preps"]["cooperation"], scene) | modifiers(tie, scene)
        elif mode == "against":
            targets = {k for h in _against(tok) for k in preps(h, lex()["against_preps"], scene)}
        elif mode == "approach":
            targets = {k for w in _nearer(tok) for k in preps(w, ["to"], scene)}
        elif mode == "received":
            agents, targets = preps(tok, ["from"], scene), agents
        elif mode == "request":
            targets = {k for p in _requester(tok) for k in countries(p, scene)}
        elif tok.dep_ == "compound":  # "Norway's archrival Sweden", "Norwegian ally Sweden"
            if tok.head.i not in scene.country_at:
                continue
            agents, targets = modifiers(tok, scene) | possessor(tok.head, scene), {scene.country_at[tok.head.i]}
        if not mutual and agents and not targets - agents and lex()["classes"][cls]["type"] == "tension":
            targets = struck(tok, scene) - agents  # "opened fire at villages of X's province"
        among = _among(tok, scene) if mutual else set()
        if mutual and tension and not agents | targets | among:  # "X and Y agreed to a truce after days of clashes"
            among = truce_sides(tok, scene)
        if mutual and (grouped(tok) or cls in lex()["joint_classes"]):  # "met with X and Y for a trilateral
            # meeting", "trained with X and Y": one act of all its parties
            among, targets = among | targets, set()
        pairs = hyphened(tok, scene) if mutual else []
        if pairs:  # "the Norway-U.S. and Sweden-U.S. alliances": two alliances
            out += [Event(tok, cls, True, frozenset(p), frozenset()) for p in pairs]
            continue
        out.append(Event(tok, cls, mutual, frozenset(agents), frozenset(targets - agents - among), frozenset(among)))
    return out



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


def _nearer(verb: Token) -> list[Token]:
    """'closer' on a verb of motion, with 'to' after it ('drawing closer to X')."""
    return [c for c in verb.children if c.lower_ in lex()["approach_words"]
            and any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children)]


def _arms(verb: Token) -> bool:
    """Whether a verb's object is weapons ('received F-16 fighter jets from X')."""
    words = lex()["arms_transfers"]["words"]
    return any(w.lower_ in words for o in verb.children if o.dep_ == "dobj" for w in (o, *o.children)
               if w is o or w.dep_ in ("compound", "amod"))


def _requester(verb: Token) -> list[Token]:
    """Who asked for an act: 'at the request of X', 'at the invitation of X'."""
    return [o for c in verb.children if c.dep_ == "prep" for p in c.children
            if p.lemma_.lower() in lex()["request_nouns"] for q in p.children if q.lower_ == "of"
            for o in q.children if o.dep_ == "pobj"]


def participants(tok: Token, scene: Scene) -> set[str]:
    """The countries of the people who discuss or condemn a hostile act ('the ministers of
    Norway and Sweden discussed Ruritania's provocations'; 'they' or 'the advisors': every
    person of the paragraph whose country is known)."""
    node = tok
    while node.dep_ in ("conj", "dobj", "pobj", "prep", "xcomp", "acl") and node.head.i != node.i:
        node = node.head  # up to the verb that discusses it, through what it is the object of
        if node.pos_ in ("VERB", "AUX") and (node.lemma_.lower() in lex()["discussion_verbs"] and controllers(node)
                                             or node.dep_ not in ("xcomp", "acl")):
            break  # "reaffirmed their commitment to respond to Ruritania's threat"
    if node.lemma_.lower() not in lex()["discussion_verbs"] or not asserted(node):
        return set()
    subjects = controllers(node)
    out = {k for s in subjects for k in countries(s, scene)}
    if out or not any(s.lower_ == "they" or s.tag_ == "NNS" and s.lemma_.lower() in lexicon.title_heads()
                      for s in subjects):
        return out
    return set(scene.nearby(tok))
