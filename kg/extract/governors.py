"""Who acts for a noun or a verb that names no actor of its own: the subject of a verb (through
'agreed to X', 'X, which ...', a participle), the subject of the verb a noun is the object of ('X
imposed sanctions', 'X took part in exercises'), the members an act includes ('the exercise involved
forces from X and Y') and the joint acts a proper name stands for ('Exercise Amber Shield').
``kg.extract.arguments`` reads a predicate's sides with them.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.attached import agent_phrase, modifiers, preps
from kg.extract.sides import Scene, countries, lex


def subject_of(verb: Token, scene: Scene, depth: int = 0) -> set[str]:
    """The countries of a verb's subject, inherited through 'agreed to X', 'stand ready to X',
    'X and Y', 'X, which ...' and a participle ('Norway flew jets, defying Sweden')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        out = {k for s in subjects for k in countries(s, scene)}
        if out or any(s.tag_ != "WDT" and s.lower_ not in ("which", "that", "who") for s in subjects):
            return out
    if depth > 3 or verb.head.i == verb.i:
        return set()
    if verb.dep_ in ("relcl", "acl"):  # "Norway, which attacked", "Norway's commitment to defend"
        found = countries(verb.head, scene) | agent_phrase(verb.head, scene) | modifiers(verb.head, scene)
        issued = verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in lex()["issue_verbs"]
        if found or issued:
            return found or subject_of(verb.head.head, scene, depth + 1)  # "X issued a statement condemning Y"
        owner = _own_verb(verb.head)
        if owner is not None:  # "X reaffirmed their resolve to support Y"
            return subject_of(owner, scene, depth + 1)
        return _described_subject(verb.head, scene, depth)
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)
    purpose = verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in verb.children)  # "sent jets to intercept X"
    if verb.dep_ in ("xcomp", "conj", "acomp") or participle or purpose:
        return subject_of(verb.head, scene, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.pos_ in ("VERB", "AUX"):
        kept = [c for c in verb.head.head.children if c.dep_ == "dobj"] if verb.head.lower_ == "from" else []
        if kept:  # "Norway deterred Sweden from escalating it": Sweden would escalate
            return {k for c in kept for k in countries(c, scene)}
        return subject_of(verb.head.head, scene, depth + 1)  # "Norway responded by condemning Sweden"
    frame = verb.head.head if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of" else None
    if frame is not None and frame.lemma_.lower() in lex()["frame_nouns"]:  # "Norway stressed the importance
        # of deepening ties with X", "they agreed on the importance of deterring X"
        said = frame.head if frame.dep_ in ("dobj", "attr") else frame.head.head if frame.dep_ == "pobj" else None
        if said is not None and said.pos_ in ("VERB", "AUX"):
            return subject_of(said, scene, depth + 1)
    return set()


def _own_verb(noun: Token) -> Token | None:
    """The verb whose subject a noun's possessive pronoun stands for ('they reaffirmed their
    resolve', 'Norway stated its readiness'): the verb the noun is the object of, or None."""
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _described_subject(noun: Token, scene: Scene, depth: int) -> set[str]:
    """The subject a copula says is the noun ('X was the first country to supply Y', 'X is one
    of the few states to recognise Y'), or nothing."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        noun = noun.head.head
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return set()
    return subject_of(noun.head, scene, depth + 1)


def members(noun: Token, scene: Scene) -> set[str]:
    """The parties a mutual noun includes ('the exercise involved forces from X, Y and Z')."""
    verbs = [v for v in (noun.head, *noun.head.conjuncts) if noun.dep_ in ("nsubj", "nsubjpass")] \
        + [c for c in noun.children if c.dep_ == "relcl"]  # "an exercise that involves troops from X and Y"
    verbs = [v for v in verbs if v.lemma_.lower() in lex()["involve_verbs"]]
    return {k for v in verbs for c in v.children if c.dep_ == "dobj" for k in countries(c, scene)} \
        | {k for v in verbs for k in preps(v, ["from", "around"], scene)}  # "brought together forces from X,
    # Y and Z", "is formed around X's carrier and also includes Y's"


def governor(noun: Token, scene: Scene, *, owned: bool = True) -> set[str]:
    """The actor of a noun with none of its own: the subject of the verb it is the object of
    ('X imposed sanctions', 'X took part in exercises'), or the country it is in apposition to;
    not who receives it ('X received aid')."""
    node = host(noun, owned=owned)
    if node is None or node.lemma_.lower() in lex()["receive_verbs"]:
        return set()
    if node.lemma_.lower() in lex()["undergo_verbs"]:  # "X suffered attacks from Y": Y's
        return agent_phrase(node, scene)
    if node.dep_ == "appos" and node.pos_ not in ("VERB", "AUX"):
        return countries(node.head, scene)
    if not _owns(node, noun):
        return set()
    found = subject_of(node, scene) | agent_phrase(node, scene)
    if _cooperation(noun) or joint(noun):  # "X's carriers are engaged in the exercise", "X was joined by Y for it"
        found |= {k for c in node.children if c.dep_ == "nsubjpass" for k in countries(c, scene)}
    return found


def host(noun: Token, *, owned: bool = True) -> Token | None:
    """The verb a noun is the object of, through 'in', 'into', 'to' and 'for' ('took part in
    exercises'), or the word it is in apposition to."""
    owner = [c for c in noun.children if c.dep_ == "poss"] if owned else []
    if any(c.pos_ != "PRON" for c in owner):
        return None  # "Norway welcomed the EU's deal with Sweden": the deal is the EU's
    node = noun
    for _ in range(3):
        if node.dep_ == "appos":
            return node
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "part" \
                and node.head.head.dep_ == "pobj":  # "sailed as part of the exercise"
            node = node.head.head.head.head
            continue
        if node.dep_ == "pobj" and node.head.lower_ == "of" \
                and node.head.head.lemma_.lower() in lex()["frame_nouns"]:  # "enjoyed a long history of cooperation"
            node = node.head.head
            continue
        if node.dep_ == "pobj" and node.head.lower_ == "on" and node.lemma_.lower() in lex()["frame_nouns"]:
            node = node.head.head  # "agreed on the importance of cooperation with X"
            continue
        during = node.head.lower_ == "during" and _cooperation(noun)  # "X flew during the exercise"
        if node.dep_ == "pobj" and (node.head.lower_ in ("in", "into", "to", "for") or during) and not owner:
            node = node.head.head  # not 'sanctions on X for its invasion of Y': 'its' is X
            continue
        misread = node.dep_ == "npadvmod" and node.i == noun.i and joint(noun)  # "completed 2 day Exercise Y"
        if (node.dep_ in ("dobj", "attr", "oprd") or misread) and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
        return node if node.pos_ in ("VERB", "AUX") else None  # "paid a visit to Sweden by the Norwegian president"
    return None


def named_exercise(tok: Token) -> str | None:
    """The class of a joint act a proper name stands for ('Exercise Amber Shield', 'Arctic
    Challenge Exercise 2023'), read at the name's head word; None for other names."""
    if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat"):
        return None
    words, todo = [], [tok]
    while todo:  # the name's words: compounds of compounds ('Exercise Pitch Black')
        words.append(todo.pop())
        todo += [c for c in words[-1].children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    data = lex()
    found = {data["predicates"].get(w.lemma_.lower(), data["predicates"].get(w.lower_, [None]))[0] for w in words}
    return next((c for c in sorted(found - {None}) if c in data["joint_classes"]), None)


def joint(noun: Token) -> bool:
    """Whether a noun names an act all its parties do together (an exercise)."""
    entry = lex()["predicates"].get(noun.lemma_.lower()) or lex()["predicates"].get(noun.lower_)
    cls = entry[0] if entry else lex()["joint_nouns"].get(noun.lemma_.lower())
    return cls in lex()["joint_classes"] or named_exercise(noun) is not None


def _cooperation(noun: Token) -> bool:
    entry = lex()["predicates"].get(noun.lemma_.lower()) or lex()["predicates"].get(noun.lower_)
    return entry is not None and lex()["classes"][entry[0]]["type"] == "cooperation"


def hosted(noun: Token, words: list[str], scene: Scene) -> tuple[set[str], set[str]]:
    """The sides a noun's verb names: its targets ('took part in exercises alongside X'), and for
    a verb of receiving, the giver and the receiver ('X received aid from Y')."""
    verb = host(noun)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i == noun.head.i and noun.dep_ == "dobj":
        return set(), set()
    if verb.lemma_.lower() in lex()["receive_verbs"]:
        return agent_phrase(verb, scene), subject_of(verb, scene) | preps(verb, words, scene)
    joined = set()
    if _cooperation(noun) and _owns(verb, noun):  # "joined counterparts from X and Y for an exercise"
        joined = {k for c in verb.children if c.dep_ == "dobj" for k in countries(c, scene)}
    return set(), preps(verb, words, scene) | joined


def _owns(verb: Token, noun: Token) -> bool:
    """Whether a verb's subject is the actor of the act named by its object: not when the verb
    judges the act ('condemned the attack on X', 'opposed the deal with X') or, for a hostile
    act, only talks about it ('discussed the invasion of X')."""
    entry = lex()["predicates"].get(verb.lemma_.lower())
    if entry and lex()["classes"][entry[0]]["type"] == "tension":
        return False
    noun_entry = lex()["predicates"].get(noun.lemma_.lower()) or lex()["predicates"].get(noun.lower_)
    hostile = noun_entry is not None and lex()["classes"][noun_entry[0]]["type"] == "tension"
    return not (hostile and verb.lemma_.lower() in lex()["discussion_verbs"])
