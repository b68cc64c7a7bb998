import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bb6250a9964e5320.txt"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed built once with the real pipeline: (output folder, BuildResult)."""
    from kg import pipeline

    out = tmp_path_factory.mktemp("seed-build")
    return out, pipeline.build([SEED], out)


@pytest.fixture
def seed_copy(tmp_path):
    dest = tmp_path / "articles"
    dest.mkdir()
    shutil.copy(SEED, dest / SEED.name)
    return dest


@pytest.fixture(scope="session")
def extract_text():
    """A whole article's text -> its Extraction, through the real pipeline loaded once and parsed
    as a build parses it (its title line included)."""
    from kg import article, nlp as nlp_
    from kg.extract import extract
    from kg.parsing import parsed

    nlp = nlp_.load()

    def run(text: str):
        art = article.parse(text.encode("utf-8"), "t.txt")
        return extract(parsed(nlp, art), art)
    return run


@pytest.fixture(scope="session")
def pairs():
    """An article body (under a title line) -> (iso, iso, 'c' | 't') of every country relation
    found in it, through the real pipeline loaded once."""
    from kg import article, nlp as nlp_
    from kg.extract import extract

    nlp = nlp_.load()

    def pairs(body: str, title: str = "Regional news") -> set[tuple[str, str, str]]:
        art = article.parse(f"{title}\n\n{body}\n".encode("utf-8"), "t.txt")
        found = extract(nlp(article.readable(art)), art).relations
        return {(*sorted((r.a.removeprefix("country/"), r.b.removeprefix("country/"))), r.type[0]) for r in found}
    return pairs
