"""What the article said of each person, for the words that refer back to them.

A description ("the senator", "the Ruritanian envoy", "the neurosurgeon") names the person the
article gave that role before: in a title written before a name ("Sen. Jane Doe" reads as
senator, ``referents.json``'s 'abbreviations'), in apposition ("Jane Doe, the envoy,", "the
minister of defence, Jane Doe"), as a noun before the name ("neurosurgeon Jane Doe") or in an
affiliation's role. Its modifiers must be among the words written near that person ("the
Ruritanian envoy" is only an envoy the article tied to Ruritania); words that say nothing of who
holds the role ('former', 'embattled': 'loose_modifiers') are let pass. Of several that fit, the
one named last before it, unless another that fits is named in the same sentence; of none, nobody.

A person's gender, for "he" and "she": an honorific before any of their mentions ("Mrs. Doe"),
else the pronouns that follow them where they are the only person of a sentence ("Jane Doe said
her plan ..."), else a given name that gender-guesser's list gives only one gender in U.S. use.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from kg import lexicon, reference
from kg.extract.roles import is_rank, is_role
from kg.model import Affiliation, Mention

FEMALE = ("mrs", "ms", "miss", "madam", "mme")
MALE = ("mr", "sir")
PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
            "she": "female", "her": "female", "hers": "female", "herself": "female"}
NEAR = 6  # tokens either side of a mention whose words tie the person to a modifier


class People:
    """Each person's role words, nearby words, bodies and gender in one article."""

    def __init__(self, doc: Doc, spans: list[tuple[int, Mention, Span]], affiliations: tuple[Affiliation, ...],
                 *, at: dict[int, Mention], quoted: tuple = ()):
        """``spans``: (first token, mention, span) in text order; ``at``: token index -> mention."""
        people = [(i, m, s) for i, m, s in spans if m.type == "Person"]
        self.roles = _roles(doc, people, affiliations)
        self.near = _near(doc, people, at)
        self.members: dict[str, set[str]] = {}
        for a in affiliations:
            self.members.setdefault(a.person, set()).add(a.org)
        self.gender = _genders(doc, people, quoted)

    def holds(self, key: str, tok: Token, at: dict[int, Mention]) -> bool:
        """Whether the person ``key`` fits the description headed by ``tok``: its role is theirs and
        each of its modifiers a word near them, a role word of theirs, or a body they belong to."""
        if not _roles_of(tok) & self.roles.get(key, set()):
            return False
        for mod in _modifiers(tok):
            named = at.get(mod.i)
            if named is not None:
                if named.key not in self.members.get(key, set()) and named.key not in self.near.get(key, set()):
                    return False
            elif not {mod.lower_, mod.lemma_.lower()} & (self.near.get(key, set()) | self.roles.get(key, set())):
                return False
        return True

    def is_role(self, tok: Token) -> bool:
        """A noun some person of the article was given as a role."""
        return any(_roles_of(tok) & r for r in self.roles.values())


def _roles_of(tok: Token) -> set[str]:
    words = {tok.lower_, tok.lemma_.lower()}
    for group in lexicon.data("referents")["same_roles"]:
        if words & set(group):
            words |= set(group)
    return words


def _modifiers(tok: Token) -> list[Token]:
    """The words that narrow a description ('Ruritanian', 'defense' in 'the Ruritanian defense
    minister'), less those that say nothing of who holds it."""
    loose = set(lexicon.data("referents")["loose_modifiers"]) | set(lexicon.data("titles")["tenure"])
    return [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nummod") and c.lower_ not in loose
            and not c.is_punct and c.pos_ not in ("ADV", "DET")]


def _roles(doc: Doc, people, affiliations) -> dict[str, set[str]]:
    """Each person's role words (see the module's docstring)."""
    out: dict[str, set[str]] = {}
    for i, m, span in people:
        words = out.setdefault(m.key, set())
        j = i - 1
        while j >= 0 and j >= i - 5 and (lexicon.is_title_word(doc[j].text) or is_rank(doc[j])
                                         or doc[j].text == "." or is_role(doc[j])):
            words |= _words(doc[j])
            j -= 1
        for t in _apposed(span):
            words |= _words(t) | {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
    for a in affiliations:
        if a.role:
            out.setdefault(a.person, set()).update(w.lower() for w in a.role.replace("-", " ").split())
    drop = {h.rstrip(".") for h in lexicon.data("titles")["honorifics"]} | {"", "the", "of", "and"}
    return {k: {w for w in v if w.rstrip(".") not in drop} for k, v in out.items()}


def _words(tok: Token) -> set[str]:
    """A title word as a later description names it ('Sen.' is 'senator')."""
    word = tok.lower_.rstrip(".")
    full = lexicon.data("referents")["abbreviations"].get(word)
    return {word, tok.lemma_.lower(), full} - {None, ""}


def _apposed(span: Span) -> list[Token]:
    """The role nouns in apposition to a person's mention, either way round ('Jane Doe, the
    envoy,', 'the envoy, Jane Doe'), or written before the name as its compound ('neurosurgeon
    Jane Doe')."""
    root = span.root
    out = [c for c in root.children if c.dep_ == "appos" and _role_noun(c)]
    if root.dep_ == "appos" and _role_noun(root.head):
        out.append(root.head)
    out += [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < span.start]
    return out


def _role_noun(tok: Token) -> bool:
    """A common noun, or a role word the tagger took for a name ('the Minister of Defence')."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and is_role(tok)


def _near(doc: Doc, people, at: dict[int, Mention]) -> dict[str, set[str]]:
    """The words (lowercased) and the keys of the mentions within a few tokens of each person's
    mentions in their sentence ('Jane Doe of Ruritania', 'Ruritanian Jane Doe')."""
    out: dict[str, set[str]] = {}
    for _, m, span in people:
        lo, hi = max(span.start - NEAR, span.sent.start), min(span.end + NEAR, span.sent.end)
        out.setdefault(m.key, set()).update(t.lower_ for t in doc[lo:hi])
        out[m.key].update(at[t.i].key for t in doc[lo:hi] if t.i in at)
    return out


def _genders(doc: Doc, people, quoted) -> dict[str, str]:
    """Each person's gender (see the module's docstring); honorifics that disagree (a mention of
    another family member resolved to the same person) count by the most of them."""
    said: dict[str, Counter] = {}
    for i, m, span in people:
        words = span.text.replace(".", " ").split()
        before = doc[i - 1].lower_.rstrip(".") if i > 0 else ""
        for w in {words[0].lower() if words else "", before}:
            g = "female" if w in FEMALE else "male" if w in MALE else None
            if g:
                said.setdefault(m.key, Counter())[g] += 1
    out = {k: g for k, c in said.items() for g, n in c.most_common(1) if n >= 2 * (sum(c.values()) - n)}
    for key, g in _by_pronouns(doc, people, quoted).items():
        out.setdefault(key, g)
    for key, names in _fullest(people).items():
        g = reference.gender(names[0]) if len(names) >= 2 and key not in said else None
        if g:
            out.setdefault(key, g)
    return out


def _by_pronouns(doc: Doc, people, quoted) -> dict[str, str]:
    """The gender of the pronouns a person's own clause uses for its subject ('Jane Doe said she
    ...', 'Jane Doe defended her plan'), in sentences where that person is the only one named
    (outside quotations), when those pronouns are all of one gender."""
    seen: dict[str, Counter] = {}
    by_sent: dict[int, list[tuple[int, Mention, Span]]] = {}
    for i, m, span in people:
        by_sent.setdefault(span.sent.start, []).append((i, m, span))
    for named in by_sent.values():
        if len({m.key for _, m, _ in named}) != 1:
            continue
        for _, m, span in named:
            subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            count = seen.setdefault(m.key, Counter())
            for t in subject.head.subtree:
                if t.i > subject.i and t.lower_ in PRONOUNS and t.dep_ in ("nsubj", "nsubjpass", "poss") \
                        and not any(a <= t.idx < b for a, b in quoted):
                    count[PRONOUNS[t.lower_]] += 1
    return {k: c.most_common(1)[0][0] for k, c in seen.items() if len(c) == 1}


def _fullest(people) -> dict[str, list[str]]:
    """Each person's fullest name, as words without titles."""
    out: dict[str, list[str]] = {}
    for _, m, _ in people:
        names = [w for w in m.text.replace(".", " ").split() if not lexicon.is_title_word(w)]
        if len(names) > len(out.get(m.key, ())):
            out[m.key] = names
    return out

