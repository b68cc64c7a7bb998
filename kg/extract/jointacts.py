"""Joint acts of several countries: whether what parties take part in is a cooperative act, and
the separate ties a plural noun names by hyphened pairs of countries, and the hyphened pairs
that name countries through their capitals or combining forms ('Washington-Tokyo', 'Indo-Australian')."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import gazetteer
from kg.gazetteer import norm
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


def hyphened_names(doc: Doc, country_at: dict[int, str]) -> dict[int, str]:
    """Capitals joined by a hyphen ('the Washington-Tokyo alliance'), each for its country:
    a capital stands for a government here, as the country's name would ('the Norway-Sweden
    alliance'). Both sides must be names of countries or capitals."""
    gaz, out = gazetteer.load(), {}
    for dash in (t for t in doc if t.text == "-" and 0 < t.i < len(doc) - 1):
        left, right = doc[dash.i - 1], doc[dash.i + 1]
        if left.whitespace_ or dash.whitespace_:
            continue
        found = {t.i: country_at.get(t.i) or _capital(gaz, t) for t in (left, right)}
        if all(found.values()) and len(set(found.values())) == 2:
            out.update(found)
    return out


def prefixed_pairs(doc: Doc) -> dict[int, frozenset[str]]:
    """Token index -> the pair of countries of a combining form joined to a demonym
    ('Indo-Australian', 'Sino-Vietnamese'; the forms are 'pair_prefixes')."""
    gaz, forms, out = gazetteer.load(), lex()["pair_prefixes"], {}
    for dash in (t for t in doc if t.text == "-" and 0 < t.i < len(doc) - 1):
        left, right = doc[dash.i - 1], doc[dash.i + 1]
        other = gaz.lookup(right.text, demonyms=True)
        first = forms.get(left.lower_)
        if first and other and other.type == "Country" and not left.whitespace_ and not dash.whitespace_ \
                and other.key != f"country/{first}":
            out.update({t.i: frozenset((f"country/{first}", other.key)) for t in (left, dash, right)})
    return out


def _capital(gaz, tok: Token) -> str | None:
    phrase = gaz.index.get(norm(tok.text))
    known = gaz.lookup(tok.text) if phrase is not None and phrase.label in ("Capital", "Country") else None
    return known.key if known is not None and known.type == "Country" else None
