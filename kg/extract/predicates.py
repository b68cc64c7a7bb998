"""Which words are predicates of a relation between countries, with their class and mode.

A predicate is a verb, noun or adjective of the relation lexicon (``kg/data/relations.json``), or a
word made one by its object ('exchanged fire'), its preposition ('stand by X', 'seized the field from
X'), its group word ('a joint statement') or a tie it ends ('suspended the agreement with X': a
rejection of X, and no agreement). Who is on each side is read by ``kg.extract.events``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.governors import named_exercise
from kg.extract.jointacts import named_meeting
from kg.extract.scene import lex
from kg.extract.verdicts import judged

SUBJECTS = ("nsubj", "nsubjpass")


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
    if verb and any(c.dep_ == "dobj" and c.lemma_.lower() in data["idiom_objects"].get(lemma, ()) for c in tok.children):
        return None  # "met Sweden's conditions": no meeting
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
    if verb and lemma in data["approach_verbs"] and nearer(tok):
        return "cooperate", "approach"  # "X is drawing closer to Y"
    if verb and judged(tok):
        return "criticize", "verdict"  # "X branded Y's move provocative"
    if verb and lemma in data["demand_verbs"] and addressees(tok):
        return "criticize", "demand"  # "X urged Y to stop its provocations"
    if verb and lemma in data["request_verbs"] and requester(tok):
        return "aid", "request"
    if verb and lemma in data["arms_transfers"]["verbs"] and _arms(tok, ("dobj", "prep", "dative")):
        return "aid", "arms"  # "X delivered weapons to Y", "X will provide Y with missiles"
    if verb and lemma in data["receive_verbs"] and lemma not in ("request", *data["intent_verbs"]) and _arms(tok):
        return "aid", "received"  # "X received jets from Y"
    prep = phrasal_prep(tok)
    if prep is not None:
        entry = data["phrasal"][lemma][prep.lower_]
        return entry[0], entry[1]
    return None if verb else _noun_predicate(tok)


def judging(tok: Token) -> bool:
    """A predicate of a judgement of an act (``relations.json``'s 'judging_classes': condemn, criticize)."""
    found = predicate(tok)
    return found is not None and found[0] in lex()["judging_classes"]


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
    if lemma in data["against_nouns"] and against_heads(tok):
        return "threaten", "against"  # "deterrence against X", not "deterrence to X"
    if lemma in data["opposition_nouns"] and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return "reject", "directed"  # "in opposition to X's program", not "the opposition"
    if hostile_act(tok):
        return "threaten", "directed"  # "X's ballistic missile launch", "X's provocative actions"
    cls = data["joint_nouns"].get(lemma)
    if cls and any(c.lower_ in data["group_words"] for c in tok.children if c.dep_ in ("amod", "advmod", "compound")):
        return cls, "mutual"
    if cls and tok.dep_ in SUBJECTS and any(v.lemma_.lower() in data["involve_verbs"]
                                            for v in (tok.head, *tok.head.conjuncts)):
        return cls, "mutual"  # "the operation includes X's and Y's ships": its members
    return None


def hostile_act(noun: Token) -> bool:
    """A noun of an act that its words make hostile: a weapon's launch or test ('the ballistic
    missile launch', 'nuclear tests'), an act called provocative ('escalatory actions')."""
    acts = lex()["hostile_acts"]
    words = [w.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
             for w in (c, *(g for g in c.children if g.dep_ in ("compound", "amod")))]
    return (noun.lemma_.lower() in acts["weapon_nouns"] and any(w in acts["weapon_words"] for w in words)
            or noun.lemma_.lower() in acts["act_nouns"] and any(w in acts["act_words"] for w in words)
            or noun.lower_ in acts["weapon_words"] and _responded(noun)  # "in response to the Xn missile"
            or noun.lemma_.lower() in acts["weapon_nouns"] and earlier_act(noun) is not None)


def _hostile_noun(noun: Token) -> bool:
    entry = lex()["predicates"].get(noun.lemma_.lower()) or lex()["predicates"].get(noun.lower_)
    return entry is not None and lex()["classes"][entry[0]]["type"] == "tension"


def earlier_act(act: Token) -> Token | None:
    """The act a definite noun of a hostile act takes up from the sentence before ('North Korea
    fired a missile on Monday. Japan condemned the launch.'): a verb that fires a weapon or a
    hostile act named with its weapon; None when the sentence before has none."""
    acts = lex()["hostile_acts"]
    if not any(c.dep_ == "det" and c.lower_ in acts["definite"] for c in act.children) or act.sent.start == 0:
        return None
    for tok in reversed(act.doc[act.sent.start - 1].sent):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in acts["firing_verbs"] and any(
                c.dep_ == "dobj" and (c.lower_ in acts["weapon_words"] or any(
                    w.lower_ in acts["weapon_words"] for w in c.children)) for c in tok.children):
            return tok
        if tok.pos_ == "NOUN" and tok.i != act.i and (tok.lemma_.lower() in acts["weapon_nouns"] or tok.lower_
                                                      in acts["weapon_words"] and _responded(tok)) and hostile_act(tok):
            return tok  # "... fired in a ballistic missile test", "... in response to the Xn missile"
    return None


def _responded(noun: Token) -> bool:
    """A noun that a phrase of response is on ('in response to', 'in the face of')."""
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and lex()["response_frames"].get(prep.head.lower_) == prep.lower_


def against_heads(noun: Token) -> list[Token]:
    """The noun, or the verb it is the object of, when an 'against' phrase is on it ('deterrence
    against X', 'strengthen deterrence against X')."""
    heads = [noun, *([noun.head] if noun.dep_ == "dobj" else [])]
    return [h for h in heads if any(c.dep_ == "prep" and c.lower_ in lex()["against_preps"] for c in h.children)]


def _bond(tie: Token) -> bool:
    """A tie a modifier calls one of cooperation ('defense relationship', 'close ties') or that is
    called the cornerstone of something ('the X-Y relationship is the cornerstone of ...'), with no
    modifier of tension ('strained security ties')."""
    data = lex()
    mods = [c for c in tie.children if c.dep_ in ("amod", "compound")]
    hostile = any((e := data["predicates"].get(c.lemma_.lower())) and data["classes"][e[0]]["type"] == "tension"
                  or c.lower_ in data["strain_words"] for c in mods)
    keystone = tie.dep_ == "nsubj" and tie.head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in data["keystone_nouns"] for c in tie.head.children)
    return not hostile and (keystone or any(c.lower_ in data["bond_words"] for c in mods))  # "the X-Y relationship is the cornerstone"


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
    found = next((c for c in attached if c.lower_ in phrasal), None)
    if found is not None and tok.lemma_.lower() in lex()["discussion_verbs"] and any(
            c.dep_ == "dobj" and (hostile_act(c) or _hostile_noun(c)) for c in tok.children):
        return None  # "discussed the war with X": the war's, no talks with X
    return found


def _capitalised(tok: Token) -> bool:
    """A common word read as a name only for its capital at the start of a sentence ('Talks between ...')."""
    t = tok
    while not t.is_sent_start:  # only spaces and marks before it in its sentence
        t = t.doc[t.i - 1]
        if not (t.is_space or t.is_punct):
            return False
    return tok.text.istitle() and not tok.ent_type_


def nearer(verb: Token) -> list[Token]:
    """'closer' on a verb of motion, with 'to' after it ('drawing closer to X')."""
    return [c for c in verb.children if c.lower_ in lex()["approach_words"]
            and any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children)]


def _arms(verb: Token, deps: tuple[str, ...] = ("dobj",)) -> bool:
    """Whether a verb's object is weapons ('received F-16 fighter jets from X'; with 'prep', also
    what it gives someone 'with': 'provide X with missiles')."""
    words = lex()["arms_transfers"]["words"]
    things = [o for o in verb.children if o.dep_ == "dobj" and o.dep_ in deps]
    things += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and "prep" in deps
               for p in c.children if p.dep_ == "pobj"]
    things += [k for o in things for k in o.conjuncts]
    return any(w.lower_ in words for o in things for w in (o, *o.children) if w is o or w.dep_ in ("compound", "amod"))


def requester(verb: Token) -> list[Token]:
    """Who asked for an act: 'at the request of X', 'at the invitation of X'."""
    return [o for c in verb.children if c.dep_ == "prep" for p in c.children
            if p.lemma_.lower() in lex()["request_nouns"] for q in p.children if q.lower_ == "of"
            for o in q.children if o.dep_ == "pobj"]


def addressees(verb: Token) -> list[Token]:
    """Whom a verb of demand tells to end a hostile act: 'urged Y to stop its provocations',
    'called on Y to withdraw its troops', 'demanded that Y cease fire'. Empty when what is to
    end is no hostile act or force ('urged Y to stop the talks')."""
    data = lex()
    out = []
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in data["cease_verbs"]):
        if not _ends_hostility(clause):
            continue
        if clause.dep_ == "ccomp":
            out += [c for c in clause.children if c.dep_ == "nsubj"]
        else:
            out += [c for c in verb.children if c.dep_ == "dobj"]
            out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in c.children
                    if p.dep_ == "pobj"]
    return out


def _ends_hostility(clause: Token) -> bool:
    """Whether what a verb of ending ends is a hostile act or an armed force ('stop its
    provocations', 'refrain from attacks', 'withdraw its troops', 'cease fire')."""
    data = lex()
    ended_ = [c for c in clause.children if c.dep_ in ("dobj", "advmod", "npadvmod")]
    ended_ += [p for c in clause.children if c.dep_ == "prep" for p in c.children if p.dep_ in ("pobj", "pcomp")]
    for thing in ended_:
        entry = data["predicates"].get(thing.lemma_.lower())
        if entry and data["classes"][entry[0]]["type"] == "tension" or thing.lemma_.lower() in data["force_nouns"]:
            return True
    return False
