"""Joint acts of several countries: whether what parties take part in is a cooperative act, and
the separate ties a plural noun names by hyphened pairs of countries."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.governors import named_exercise
from kg.extract.sides import Scene, lex


def in_joint_act(verb: Token) -> bool:
    """Whether what a verb of taking part is 'in' is a known cooperative act ('took part in the
    exercise', 'in simulated air battles'), not a hostile one ('took part in the fighting') or a
    name of no known kind."""
    data = lex()
    acts = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    for act in (a for p in acts for a in (p, *p.conjuncts)):
        entry = data["predicates"].get(act.lemma_.lower()) or data["predicates"].get(act.lower_)
        kind = data["classes"][entry[0]]["type"] if entry else None
        simulated = any(c.lower_ in data["simulation_words"] for c in act.children if c.dep_ in ("amod", "compound"))
        if kind == "cooperation" or act.lemma_.lower() in data["joint_nouns"] or named_exercise(act) is not None \
                or kind == "tension" and simulated:
            return True
    return False


def hyphened(noun: Token, scene: Scene) -> list[set[str]]:
    """The parties of each of several ties a plural noun's modifiers name by hyphened pairs ('the
    Norway-U.S. and Sweden-U.S. alliances'); empty unless each named part is such a pair."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.left_edge.i >= noun.i:
        return []
    parts: list[list[Token]] = [[]]
    for t in noun.doc[noun.left_edge.i:noun.i]:
        if t.lower_ in ("and", ",", "&"):
            parts.append([])
        else:
            parts[-1].append(t)
    named = [({scene.country_at[t.i] for t in p if t.i in scene.country_at}, any(t.text == "-" for t in p))
             for p in parts]
    named = [(cs, hyphen) for cs, hyphen in named if cs]
    if len(named) < 2 or not all(len(cs) >= 2 and hyphen for cs, hyphen in named):
        return []
    return [cs for cs, _ in named]


def named_meeting(tok: Token) -> str | None:
    """The class of a meeting or dialogue a proper name with a group word stands for ('a Trilateral
    Defense Ministerial Meeting', 'the Bilateral Strategic Dialogue'), read at its head word; None
    for other names."""
    if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat"):
        return None
    data = lex()
    entry = data["predicates"].get(tok.lemma_.lower()) or data["predicates"].get(tok.lower_)
    if not entry or entry[1] != "mutual" or data["classes"][entry[0]]["type"] != "cooperation":
        return None
    words, todo = set(), [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    while todo:  # the name's words: compounds of compounds ('Trilateral Defense Ministerial Meeting')
        words.add(todo[-1].lower_)
        todo += [c for c in todo.pop().children if c.dep_ in ("compound", "amod")]
    return entry[0] if words & set(data["group_words"]) else None
