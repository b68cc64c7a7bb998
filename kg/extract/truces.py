"""The sides of a truce that names none, and who does what a verb completes: the parties that
make or keep a truce after a fight are the fight's sides ('X and Y agreed to a ceasefire after days
of clashes'), never partners."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.assertion import asserted
from kg.extract.sides import Scene, countries, lex


def truce_sides(fight: Token, scene: Scene) -> set[str]:
    """The parties of a fight that names none, when the verb it depends on makes or keeps a truce
    with both of them as its subjects ('X and Y agreed to cease border clashes', 'agreed to a
    ceasefire after days of clashes'); empty for a truce others call for or welcome."""
    data, node = lex(), fight
    while node.dep_ in ("pobj", "prep", "dobj", "conj", "compound") and node.head.i != node.i:
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or not asserted(node):
        return set()
    chain = [node, *(h for h in node.ancestors if node.dep_ == "xcomp" and h.pos_ in ("VERB", "AUX"))][:3]
    truce = any(t.lemma_.lower() in data["truce_words"] or t.lower_ in data["truce_words"]
                for v in chain for t in v.subtree)
    if not truce or not any(v.lemma_.lower() in data["truce_verbs"] for v in chain):
        return set()
    parties = {k for s in controllers(node) for k in countries(s, scene)}
    return parties if len(parties) > 1 else set()


def controllers(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it completes ('X and Y agreed to respond to Z's
    provocations': X and Y respond)."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if subjects or node.dep_ != "xcomp" and not purpose:  # "X called Y to discuss Z": X discusses
            return subjects
        node = node.head
    return []
