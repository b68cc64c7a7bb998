"""Property-based tests over the text pipeline: whatever the text, no exception, offsets hold,
and the graph conforms to the SHACL shapes."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import article, nlp as nlp_, rdf, validate
from kg.extract import extract
from kg.errors import ArticleError

pytestmark = pytest.mark.model

QUOTES = "\"“”‘’'«»„"
WORDS = ["Japan", "South Korea", "China", "the United States", "Maria Lindqvist", "Lindqvist", "said",
         "stressed that", "alliance", "tensions", "cooperation", "he", "she", "according to", "Minister",
         "Institute for Maritime Affairs", "(NIMA)", "’s", ",", ".", "\n", "\n\n", "Also Read:", "Did You Know?"]

PROFILE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def nlp():
    return nlp_.load()


def build(nlp, text: str):
    try:
        art = article.parse(text.encode("utf-8"), "prop.txt")
    except ArticleError:
        return None
    read = article.readable(art)  # the text as read: same offsets, a paragraph's line breaks as spaces
    assert len(read) == len(art.text)
    ex = extract(nlp(read), art)
    for rec in (*ex.claims, *ex.affiliations, *ex.relations, *ex.parts):
        assert read[rec.evidence.start:rec.evidence.end] == rec.evidence.text
        assert art.text[rec.evidence.start:rec.evidence.end].split() == read[rec.evidence.start:rec.evidence.end].split() \
            or "-\n" in art.text[rec.evidence.start:rec.evidence.end]  # a word broken after its hyphen reads whole
    for c in ex.claims:
        assert read[c.start:c.end] == c.text
    return ex


def conforms(ex) -> bool:
    report = validate.validate(rdf.graph([ex]))
    assert report.conforms, report.violations[:5]
    return True


@PROFILE
@given(st.text(min_size=1, max_size=400))
def test_random_unicode(nlp, text):
    ex = build(nlp, text)
    assert ex is None or conforms(ex)


@PROFILE
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(list(QUOTES)),
                          st.text(alphabet=st.characters(codec="utf-8"), max_size=8)), min_size=1, max_size=80))
def test_newsy_fragments_with_random_quote_marks(nlp, parts):
    ex = build(nlp, "Harbour Watch\n" + " ".join(parts))
    assert ex is None or conforms(ex)


@settings(max_examples=5, deadline=None)
@given(st.integers(min_value=100, max_value=200), st.sampled_from(QUOTES))  # 1,000 to 2,000 words
def test_very_long_sentences(nlp, n, mark):
    sentence = " ".join(["Maria Lindqvist said that Japan and South Korea deepened their cooperation"] * n)
    ex = build(nlp, f"Harbour Watch\n{mark}{sentence}{mark}, she said.\n")
    assert ex is not None and conforms(ex)
