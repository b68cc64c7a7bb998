"""Identity across articles (kg.corpus) on hand-made records."""
from kg import corpus
from kg.model import Claim, Entity, Evidence, Extraction, Header

EV = Evidence(0, 5, "Words")


def ex(n: int, *people: str, speaker: str | None = None) -> Extraction:
    ents = tuple(Entity(f"person/{p.lower().replace(' ', '-').replace('.', '')}", "Person", p) for p in people)
    claims = (Claim(ents[0].key, "Words said here", "indirect", 0, 5, EV, (ents[-1].key,)),) if speaker else ()
    return Extraction(article=Header(f"a{n}.txt", f"{n:064d}"), entities=ents, claims=claims)


def test_full_names_with_the_same_first_and_last_words_are_one_person():
    table = corpus.aliases(e for x in [ex(1, "Harald Strand"), ex(2, "Harald K. Strand III"), ex(3, "Strand")]
                           for e in x.entities)
    assert table == {"person/harald-strand": "person/harald-k-strand-iii",
                     "person/strand": "person/harald-k-strand-iii"}


def test_two_full_names_with_different_middles_are_two_people():
    table = corpus.aliases(e for x in [ex(1, "Harald K. Strand"), ex(2, "Harald J.K. Strand"), ex(3, "Harald Strand")]
                           for e in x.entities)
    assert table == {}  # father and son; the bare name could be either


def test_a_shared_surname_joins_nothing():
    assert corpus.aliases(e for x in [ex(1, "Joe Olsen"), ex(2, "Hunter Olsen"), ex(3, "Olsen")] for e in x.entities) == {}


def test_rekey_rewrites_every_record():
    records = [ex(1, "Joe Olsen"), ex(2, "Olsen", "Jill Smith", speaker="x")]
    table = corpus.aliases(e for x in records for e in x.entities)
    out = [corpus.rekey(x, table) for x in records]
    assert [e.key for e in out[1].entities] == ["person/joe-olsen", "person/jill-smith"]
    assert out[1].claims[0].speaker == "person/joe-olsen"
    assert out[0] is not None and out[0].entities[0].key == "person/joe-olsen"
