"""kg.extract.towns on hand-made Docs: a hostile act aimed at a place is aimed at the place's
country, when the place says which country it lies in or is a big town of one country."""
from __future__ import annotations

from docs import article, doc
from kg.extract import extract
from kg.extract.towns import town

NO, SE, RU, UA = (f"country/{iso}" for iso in ("NO", "SE", "RU", "UA"))


def related(d) -> set[tuple[str, str, str]]:
    return {(r.a, r.b, r.type) for r in extract(d, article(d)).relations}


def test_fire_opened_at_villages_of_a_countrys_province_is_aimed_at_that_country():
    # Norway opened fire at villages of Sweden's province.
    d = doc("""
        0  Norway    1  nsubj  PROPN
        1  opened    1  ROOT   VERB      open
        2  fire      1  dobj   NOUN
        3  at        1  prep   ADP
        4  villages  3  pobj   NOUN/NNS  village
        5  of        4  prep   ADP
        6  Sweden    8  poss   PROPN
        7  's        6  case   PART
        8  province  5  pobj   NOUN
        9  .         1  punct  PUNCT
    """)
    assert related(d) == {(NO, SE, "tension")}


def shelled(place: list[str]) -> str:
    """'Russia shelled <place>. Ukraine protested.' as a token table."""
    rows = ["0  Russia   1  nsubj  PROPN", "1  shelled  1  ROOT   VERB  shell"]
    head = len(place) + 1
    for n, word in enumerate(place[:-1], start=2):
        rows.append(f"{n}  {word}  {head}  {'det' if word == 'the' else 'amod' if word == 'held' else 'compound'}  "
                    f"{'DET' if word == 'the' else 'ADJ' if word == 'held' else 'PROPN'}")
    rows.append(f"{head}  {place[-1]}  1  dobj  PROPN")
    n = head + 1
    rows += [f"{n}  .  1  punct  PUNCT", f"{n + 1}  Ukraine  {n + 2}  nsubj  PROPN",
             f"{n + 2}  protested  {n + 2}  ROOT  VERB  protest", f"{n + 3}  .  {n + 2}  punct  PUNCT"]
    return "\n".join(rows)


def test_a_big_towns_bare_name_gives_its_country_when_the_article_names_it():
    assert related(doc(shelled(["Odesa"]))) == {(RU, UA, "tension")}


def test_a_town_of_a_country_the_article_does_not_name_or_held_by_others_gives_none():
    assert related(doc(shelled(["Springfield"]))) == set()  # a U.S. town; the article names no U.S.
    assert related(doc(shelled(["rebel", "held", "Odesa"]))) == set()


def test_a_hostile_noun_that_strikes_a_port_aims_at_the_ports_country():
    # The Norwegian attack struck the port of Odesa. Ukraine protested.
    d = doc("""
        0  The        2  det    DET
        1  Norwegian  2  amod   ADJ
        2  attack     3  nsubj  NOUN
        3  struck     3  ROOT   VERB   strike
        4  the        5  det    DET
        5  port       3  dobj   NOUN
        6  of         5  prep   ADP
        7  Odesa      6  pobj   PROPN
        8  .          3  punct  PUNCT
        9  Ukraine    10 nsubj  PROPN
        10 protested  10 ROOT   VERB   protest
        11 .          10 punct  PUNCT
    """)
    assert (NO, UA, "tension") in related(d)


def test_a_town_name_shared_with_a_town_of_comparable_size_abroad_is_nobodys():
    assert town("Odesa") == UA
    assert town("Odessa") == UA  # an alternate name; the Texan namesake is far smaller
    assert town("Hyderabad") is None  # India and Pakistan
    assert town("Nowhereville") is None
