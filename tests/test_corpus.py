"""Identity across articles (kg.corpus) on hand-made records."""
from kg import corpus
from kg.model import Article, Claim, Entity, Evidence, Extraction

EV = Evidence(0, 5, "Words")


def ex(n: int, *people: str, speaker: str | None = None) -> Extraction:
    ents = tuple(Entity(f"person/{p.lower().replace(' ', '-').replace('.', '')}", "Person", p) for p in people)
    claims = (Claim(ents[0].key, "Words said here", "indirect", 0, 5, EV, (ents[-1].key,)),) if speaker else ()
    return Extraction(article=Article(f"a{n}.txt", "Words", f"{n:064d}"), entities=ents, claims=claims)


def test_full_names_with_the_same_first_and_last_words_are_one_person():
    table = corpus.aliases(e for x in [ex(1, "Lloyd Austin"), ex(2, "Lloyd J. Austin III"), ex(3, "Austin")] for e in x.entities)
    assert table == {"person/lloyd-austin": "person/lloyd-j-austin-iii",
                     "person/austin": "person/lloyd-j-austin-iii"}


def test_a_shared_surname_joins_nothing():
    assert corpus.aliases(e for x in [ex(1, "Joe Biden"), ex(2, "Hunter Biden"), ex(3, "Biden")] for e in x.entities) == {}


def test_rekey_rewrites_every_record():
    records = [ex(1, "Joe Biden"), ex(2, "Biden", "Jill Smith", speaker="x")]
    table = corpus.aliases(e for x in records for e in x.entities)
    out = [corpus.rekey(x, table) for x in records]
    assert [e.key for e in out[1].entities] == ["person/joe-biden", "person/jill-smith"]
    assert out[1].claims[0].speaker == "person/joe-biden"
    assert out[0] is not None and out[0].entities[0].key == "person/joe-biden"
