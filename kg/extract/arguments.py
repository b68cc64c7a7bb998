"""The arguments of a predicate: the countries on its acting side and on its target side.

The acting side is the subject, the passive agent ("by X"), a possessor or modifier ("Norway's
invasion", "Swedish ships"), or, for a noun with no actor of its own, the subject of the verb it is
the object of ("Norway signed an agreement with Sweden") or of the clause that describes it ("the
sanctions imposed by Norway", "the strikes that Norway carried out"). The target side is the
object, a passive subject, a prepositional argument ("sanctions on X", "talks with X") or the
object's possessor ("condemned X's test"); ``kg.extract.sides`` says which countries each
argument stands for.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.attached import agent_phrase, modifiers, patients, possessor, preps
from kg.extract.governors import governor, host, hosted, joint, subject_of
from kg.extract.predicates import earlier_act, hostile_act, judging
from kg.extract.sides import RELATIVES, Scene, countries, lex


def described(adj: Token) -> Token | None:
    """The noun an adjective describes: its head, or the subject of its copula ('relations are tense')."""
    if adj.dep_ == "amod":
        return adj.head
    return next((c for c in adj.head.children if c.dep_ == "nsubj"), None) if adj.dep_ == "acomp" else None


def sides(tok: Token, polarity: str, scene: Scene) -> tuple[set[str], set[str]]:
    """The acting and the target side of a predicate."""
    words = lex()["target_preps"][polarity]
    if tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acomp"):
        noun = described(tok)
        if noun is None:
            return set(), set()
        if tok.dep_ == "acomp" and preps(tok, words, scene):  # "Norway is committed to Sweden's defense"
            return countries(noun, scene), preps(tok, words, scene)
        if tok.dep_ == "acomp" and _for_acts(tok, scene):  # "Norway is grateful for Sweden's support"
            return countries(noun, scene), _for_acts(tok, scene)
        own = {scene.country_at[noun.i]} if noun.i in scene.country_at else set()  # "Norway's archrival Sweden"
        targets = preps(noun, words, scene, listing=True) | preps(tok, words, scene, listing=True)
        return modifiers(noun, scene) - own, targets | own
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "amod":  # "Norwegian-backed government of Sweden"
        return ({k for c in tok.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
                 for k in countries(c, scene)}, countries(tok.head, scene))
    if tok.pos_ in ("VERB", "AUX"):
        return _verb_sides(tok, polarity, words, scene)
    if tok.lemma_.lower() in lex()["patient_nouns"]:  # "Norway's defense": Norway is defended
        targets = modifiers(tok, scene) | preps(tok, words, scene, listing=True)
        return agent_phrase(tok, scene) or governor(tok, scene, owned=False), targets
    return _noun_sides(tok, words, scene)


def _for_acts(adj: Token, scene: Scene) -> set[str]:
    """Who did the acts an adjective is 'for' ('grateful for X's support', 'thankful for the aid
    provided by X')."""
    acts = [p for c in adj.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return {k for a in acts for k in possessor(a, scene) | _doer(a, scene)}


def _verb_sides(tok: Token, polarity: str, words: list[str], scene: Scene) -> tuple[set[str], set[str]]:
    """A verb's subject (or passive agent) and its objects, passive subject and prepositional targets."""
    agents, targets = subject_of(tok, scene), set()
    shared = [] if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) else \
        [o for v in tok.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") for o in v.children if o.dep_ == "dobj"]
    for c in (*tok.children, *shared):  # "Norway supports and arms Sweden": one object for both
        if c.dep_ == "nsubjpass":  # "Sweden was criticised by Norway", "X's launch was condemned by Norway"
            agents, targets = agent_phrase(tok, scene), patients(c, scene) | possessor(c, scene) | _doer(c, scene)
        elif c.dep_ in ("dobj", "dative"):
            targets |= patients(c, scene) | possessor(c, scene) | _doer(c, scene)
    targets |= {k for c in tok.children if c.dep_ == "acomp" for k in preps(c, words, scene)}
    if not targets and polarity == "tension":  # "Norway warned that Sweden would pay"
        targets = {k for c in tok.children if c.dep_ == "ccomp" for k in subject_of(c, scene)}
    if targets and tok.lemma_.lower() in lex()["charge_verbs"]:
        return agents, targets  # "X accused Y of shipping arms to Z": Z is in the charge, not charged
    if judging(tok):  # "condemned X's drills near Y": where the judged act was, not whom it is aimed at
        words = [w for w in words if w not in lex()["place_preps"]]
    return agents, targets | preps(tok, words, scene, listing=True)


def _doer(act: Token, scene: Scene) -> set[str]:
    """Who did the act a verb's object names: 'by X' on it, on its 'of' object ('condemned the
    launch of a missile by X') or on a participle that describes it ('welcomed the aid provided by X')."""
    held = [p for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    held += [c for c in act.children if c.dep_ == "appos"]  # "the missile (XR) launch by X"
    done = [c for t in (act, *held) for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return {k for t in (act, *held, *done) for k in agent_phrase(t, scene, origin=False)} | _acting_of(act, scene)


def _dative(arg: Token) -> list[Token]:
    """A verb's second object: the word itself, or the object of 'to' parsed as one ('provide
    support to X')."""
    return [p for p in arg.children if p.dep_ == "pobj"] if arg.pos_ == "ADP" else [arg]


def reciprocal(obj: Token) -> bool:
    """'each other', 'one another', and 'the other' after a subject of 'both' or 'each' ('both
    sides accused the other')."""
    pair = {obj.lower_, *(c.lower_ for c in obj.children if c.dep_ in ("det", "amod", "nummod"))}
    if pair in ({"each", "other"}, {"one", "another"}):
        return True
    subjects = [c for c in obj.head.children if c.dep_ == "nsubj"]
    return pair == {"the", "other"} and any(w.lower_ in ("both", "each") for s in subjects for w in (s, *s.children))


def opposed(tok: Token, scene: Scene, *, tension: bool) -> set[str]:
    """The countries whose hostile acts a predicate is aimed against ('defend against X's
    threats', 'support for Y in its defense against Xn aggression', 'in the face of Xn
    aggression'; for a hostile verb also its object: 'deter the Xn threat'): the acts' own
    actors, by modifier, possessor or 'by'/'from'."""
    acts = opposed_acts(tok)
    if tension and tok.pos_ in ("VERB", "AUX"):
        acts += [c for c in tok.children if c.dep_ == "dobj"]
    return {k for a in acts for n in (a, *a.conjuncts) if _hostile(n) for k in _doers(n, scene)}


def opposed_acts(tok: Token) -> list[Token]:
    """The nouns a predicate is 'against' or 'in the face of' ('support for Y against X's war')."""
    against = lex()["against_preps"]
    heads = [tok, *(p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    acts = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in against
            for p in c.children if p.dep_ == "pobj"]
    return acts + [g for h in heads if h.lower_ == "face" and h.head.lower_ == "in" for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]  # "in the face of"


def waged_on(tok: Token, helped: set[str], scene: Scene) -> list[tuple[Token, set[str]]]:
    """The hostile acts that who a predicate helps is helped against, with their doers ('support
    Y against X's war': X's war is waged on Y); not an act with a target of its own ('against X's
    attacks on Z')."""
    if not helped:
        return []
    aimed = set(lex()["target_preps"]["tension"]) - {"of", "with", "between", "among", "amongst", "like", "including"}
    acts = [n for a in opposed_acts(tok) for n in (a, *a.conjuncts) if _hostile(n)
            and not any(c.dep_ == "prep" and c.lower_ in aimed for c in n.children)]
    return [(n, doers) for n in acts if (doers := _doers(n, scene) - helped)]


def _doers(act: Token, scene: Scene) -> set[str]:
    """Who does a hostile act: 'by'/'from X', X's, a demonym ('Russian aggression'), or a name
    before a threat ('the DPRK threat'); not a name before an attack or a war, which is its
    victim or its place ('the Iraq invasion')."""
    entry = lex()["predicates"].get(act.lemma_.lower()) or lex()["predicates"].get(act.lower_)
    victim = entry is not None and entry[0] in lex()["victim_classes"]
    own = [c for c in act.children if c.dep_ in ("poss", "amod") or c.dep_ == "compound" and not victim]
    posed = {k for clause in _light_clauses(act) for k in agent_phrase(clause, scene)}  # "the threat posed by X"
    return {k for c in own for k in countries(c, scene)} | agent_phrase(act, scene) | posed


def _hostile(noun: Token) -> bool:
    """A noun for a hostile act or actor ('aggression', 'threats', 'brutality')."""
    entry = lex()["predicates"].get(noun.lemma_.lower()) or lex()["predicates"].get(noun.lower_)
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in lex()["hostile_nouns"]
                                                or entry is not None and lex()["classes"][entry[0]]["type"] == "tension")


def _noun_sides(tok: Token, words: list[str], scene: Scene) -> tuple[set[str], set[str]]:
    """A noun's own modifiers, or the actor of the clause that describes it or of the verb it is
    the object of; its prepositional targets and those of that clause or verb."""
    agents = modifiers(tok, scene) | agent_phrase(tok, scene) or _labelled(tok, scene)
    if not agents and tok.dep_ == "conj":  # "the DPRK's programs and provocations"
        agents = modifiers(tok.head, scene)
    agents, struck = _waged_by(tok, agents or _acting_of(tok, scene), scene)  # "the intrusion of Xn vessels"
    targets = preps(tok, words, scene, listing=True) | struck
    if agents and _waged_in(tok):  # "Russia's unprovoked war in Ukraine", "Norway's invasion in Sweden"
        targets |= preps(tok, ["in"], scene) - agents
    for clause in _light_clauses(tok):  # "the sanctions imposed by Norway on Sweden"
        agents |= agent_phrase(clause, scene) | ({k for c in clause.children if c.dep_ == "nsubj"
                                                   for k in countries(c, scene)} if clause.dep_ == "relcl" else set())
        targets |= preps(clause, words, scene)
    givers, received = hosted(tok, words, scene)
    agents, targets = agents | givers, targets | received
    if tok.dep_ == "dobj":  # "offered Norway our support", "renewed their alliance with Norway"
        targets |= {k for c in tok.head.children if c.dep_ in ("dobj", "dative") and c.i != tok.i
                    for o in _dative(c) for k in countries(o, scene) | possessor(o, scene)} | preps(tok.head, words, scene)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in (*lex()["resist_verbs"], *lex()["undergo_verbs"]):
        # "X repelled Y's attacks", "X faces pressure from Y": on X
        targets |= subject_of(tok.head, scene)
    if agents and tok.lemma_.lower() in lex()["party_nouns"]:  # "the two U.S. allies": the U.S. and each of them
        targets |= (countries(tok, scene) or _listed_before(tok, scene)) - agents
    if tok.dep_ in ("attr", "appos") and agents and tok.lemma_.lower() in lex()["actor_nouns"]:
        # "Norway is Sweden's closest ally"
        targets |= subject_of(tok.head, scene) if tok.dep_ == "attr" else countries(tok.head, scene)
    if not agents and preps(tok, lex()["group_preps"], scene):  # "welcomed the deal between X and Y": not a party
        verb = host(tok)
        return (governor(tok, scene) if verb is not None and verb.lemma_.lower() in lex()["light_verbs"]
                else set()), targets
    if joint(tok):  # "a Norway-led exercise": who leads a joint act takes part in it
        agents |= {k for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in lex()["host_verbs"]
                   for m in c.children if m.dep_ in ("npadvmod", "compound", "amod") for k in countries(m, scene)}
    if joint(tok) and agents:  # "took part in the exercise hosted by X": both take part
        return agents | governor(tok, scene), targets
    if not agents and hostile_act(tok):
        agents = _earlier_actor(tok, scene)  # "Xn fired a missile. Y condemned the launch."
    verb = host(tok)
    if not agents and hostile_act(tok) and (verb is None or verb.lemma_.lower() not in lex()["hostile_acts"]["verbs"]):
        return agents, targets  # "X discussed the missile launches": X launched none; "X conducted a missile test"
    return agents or governor(tok, scene), targets


def _acting_of(act: Token, scene: Scene) -> set[str]:
    """Who does a hostile act its 'of' object names by the forces that do it ('the intrusion of
    Xn vessels'); not for an attack or a war, whose 'of' object is its victim."""
    entry = lex()["predicates"].get(act.lemma_.lower()) or lex()["predicates"].get(act.lower_)
    if act.pos_ != "NOUN" or entry is None or entry[0] in lex()["victim_classes"] \
            or lex()["classes"][entry[0]]["type"] != "tension":
        return set()
    forces = [p for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and p.lemma_.lower() in lex()["acting_heads"]]
    return {k for f in forces for c in f.children if c.dep_ in ("amod", "compound", "poss") for k in countries(c, scene)}


def _waged_by(act: Token, agents: set[str], scene: Scene) -> tuple[set[str], set[str]]:
    """An attack's or a war's actors and the victim named before it ('X launched its Y
    offensive', 'X's Y war': waged by X on Y); the actors as they are when it names none."""
    struck = _struck_name(act, scene)
    actor = (agents - struck) or (possessor(act, scene) | governor(act, scene)) - struck if struck else set()
    return (actor, struck) if actor else (agents, set())


def _struck_name(act: Token, scene: Scene) -> set[str]:
    """The countries named before an attack or a war ('the Ukraine offensive'): its victim or
    its place, never its actor."""
    entry = lex()["predicates"].get(act.lemma_.lower()) or lex()["predicates"].get(act.lower_)
    if entry is None or entry[0] not in lex()["victim_classes"]:
        return set()
    return {k for c in act.children if c.dep_ == "compound" for k in countries(c, scene)}


def _earlier_actor(act: Token, scene: Scene) -> set[str]:
    """Who did the act a definite hostile noun takes up from the sentence before ('North Korea
    fired a missile on Monday. Japan condemned the launch.')."""
    done = earlier_act(act)
    if done is None:
        return set()
    return subject_of(done, scene) if done.pos_ in ("VERB", "AUX") else modifiers(done, scene)


def _labelled(noun: Token, scene: Scene) -> set[str]:
    """The actor of what a verb of labelling calls by ``noun`` ('called X's launch a threat',
    'condemned the test by X as a threat'): the object itself, its own modifiers or its doer."""
    labels = lex()["labelling_verbs"]
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ == "dobj" and verb.dep_ == "oprd" and verb.head.lemma_.lower() in labels:
        objects = [verb]  # parsed as 'called [X's launch [a threat]]'
    elif noun.dep_ in ("oprd", "pobj") and verb.lemma_.lower() in labels:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i != noun.i]
    else:
        return set()
    return {k for o in objects for k in countries(o, scene) | modifiers(o, scene) | _doer(o, scene)}


def _listed_before(noun: Token, scene: Scene) -> set[str]:
    """The countries listed just before a counted noun set off by a dash or a comma ('Tokyo and
    Seoul — two U.S. allies'), when the list holds that many."""
    number = next((lex()["numbers"][c.lower_] for c in noun.children
                   if c.dep_ == "nummod" and c.lower_ in lex()["numbers"]), None)
    first = noun.left_edge
    if number is None or first.i < 2 or noun.doc[first.i - 1].text not in ("—", "–", "-", ",", ":"):
        return set()
    head = noun.doc[first.i - 2]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    found = countries(head, scene) if head.i in scene.country_at else set()
    return found if len(found) == number else set()


def _waged_in(noun: Token) -> bool:
    """Whether the country a noun is 'in' is the one it is waged against: an invasion, or a war
    called an aggression ('war of aggression', 'unprovoked war'); not any war ('the U.S. war in
    Afghanistan' was fought beside its government)."""
    data = lex()["waged_in"]
    lemma = noun.lemma_.lower()
    marked = any(t.lower_ in data["markers"] for c in noun.children if c.dep_ in ("amod", "prep", "compound")
                 for t in c.subtree)
    return lemma in data["aimed"] or lemma in data["nouns"] and marked


def _light_clauses(noun: Token) -> list[Token]:
    """The verbs that only carry out what a noun names: a participle or relative clause on it
    ('sanctions imposed by X', 'strikes that X carried out') or the verb it is the passive subject
    of ('sanctions were announced by X'); not one that judges it ('the deal criticised by X')."""
    light = lex()["light_verbs"]
    if joint(noun):  # "the drills, hosted by Estonia": who hosts a joint act takes part in it
        light = [*light, *lex()["host_verbs"]]
    if noun.lemma_.lower() in lex()["joint_nouns"]:  # "the joint statement released by X and Y"
        light = [*light, *lex()["issue_verbs"]]
    out = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in light
           and (c.dep_ == "acl" and c.tag_ == "VBN" or any(g.tag_ in RELATIVES and g.dep_ in ("dobj", "nsubjpass")
                                                            for g in c.children))]
    text = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in lex()["text_nouns"] else noun  # "the text of the statement was released by X"
    if text.dep_ == "nsubjpass" and text.head.lemma_.lower() in light:
        out.append(text.head)
    return out


