"""What an article says about who acts for which country, read once per article (``Scene``), and
the relation lexicon (``kg/data/relations.json``) the readers of sides share."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from kg import lexicon

PRONOUNS = ("we", "us", "our", "ours", "i", "me", "my")
GROUP_PRONOUNS = ("they", "them", "their", "theirs")
RELATIVES = ("WDT", "WP")


@dataclass(frozen=True)
class Scene:
    """Who acts for which country in an article: tokens of country mentions (and bodies of a
    country) -> the country, tokens of person mentions -> the person, each person's countries,
    each claim's sentence span with its speaker's countries, and each body paragraph's span with
    the countries of the people it names."""

    country_at: dict[int, str]
    person_at: dict[int, str]
    homes: dict[str, frozenset[str]]
    said: tuple[tuple[int, int, frozenset[str]], ...]
    mentioned: frozenset[int]
    near: tuple[tuple[int, int, frozenset[str]], ...] = ()  # body paragraphs, their people's countries
    groups: dict[int, frozenset[str]] = field(default_factory=dict)  # tokens of a group of countries
    lead: tuple[frozenset[str], ...] = ()  # the countries the headline, then the first body paragraph, name
    titles: tuple[tuple[int, tuple[str, ...], frozenset[str]], ...] = ()  # a person's first offset, title, countries
    ships: tuple[tuple[int, str, str, str], ...] = ()  # a named ship's token, last name word, kind ('destroyer'), country
    hosts: frozenset[str] = frozenset()  # in a speech, the country of the hosts it addresses ('you', 'your')

    def nearby(self, tok: Token) -> frozenset[str]:
        """The countries of the people named in the paragraph of ``tok``."""
        return next((cs for s, e, cs in self.near if s <= tok.idx < e), frozenset())

    def speaker(self, tok: Token) -> frozenset[str]:
        """The countries of whoever says the sentence holding ``tok``: one country, or the members
        of a group that speaks together (empty when nobody or several speakers do)."""
        found = {cs for s, e, cs in self.said if s <= tok.idx < e and cs}
        return next(iter(found)) if len(found) == 1 else frozenset()

    def holders(self, heads: frozenset[str], before: int) -> frozenset[str]:
        """The countries of the people named before offset ``before`` whose title ends with one of
        ``heads`` ('the ministers': every minister and secretary named so far)."""
        return frozenset(c for at, title, cs in self.titles if at < before and title[-1] in heads for c in cs)

    def ship(self, tok: Token) -> frozenset[str]:
        """The country of a ship named before ``tok`` by its prefix ('USS Kidd'): by its bare name
        ('Kidd', 'the Kidd') or by its kind ('the destroyer': every earlier one of that kind, else
        every earlier ship, of one country)."""
        earlier = [(name, kind, c) for at, name, kind, c in self.ships if at < tok.i]
        if tok.pos_ == "PROPN":
            found = {c for name, _, c in earlier if name == tok.lower_}
        else:
            kind = tok.lemma_.lower()
            found = {c for _, k, c in earlier if k == kind} or {c for _, _, c in earlier}
        return frozenset(found) if len(found) == 1 else frozenset()

    def titled(self, words: tuple[str, ...], before: int) -> frozenset[str]:
        """The one country of the people named before offset ``before`` whose title is ``words``
        ('secretary': 'Secretary of State X'), else of those whose title ends with them ('deputy
        secretary'); empty when they serve several countries or nobody bears it."""
        earlier = [(title, cs) for at, title, cs in self.titles if at < before]
        for fits in (lambda t: t == words, lambda t: t[-len(words):] == words):
            found = frozenset(c for title, cs in earlier if fits(title) for c in cs)
            if found:
                return found if len(found) == 1 else frozenset()
        return frozenset()


@cache
def lex() -> dict:
    return lexicon.data("relations")
