"""Deterministic identities: readable slugs and content digests, no RDF.

An actor's key (``country/JP``, ``person/jane-doe``, ``org/nato``) is the last part of its IRI
(``kg.vocab.iri``); extractors make keys without importing rdflib.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata


def slug(name: str) -> str:
    """A lowercase ASCII slug of a name.

    >>> slug("Jane Q. Doe")
    'jane-q-doe'
    >>> slug("Ministers’ Council of Ruritania")
    'ministers-council-of-ruritania'
    """
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_ = re.sub(r"['’.]", "", ascii_.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-") or digest(name, 12)


def digest(text: str, n: int = 16) -> str:
    """The first n hex digits of the text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def actor_key(type_: str, name: str, iso: str | None = None) -> str:
    """The identity of an actor: ``country/JP``, ``person/jane-doe``, ``org/nato``."""
    if type_ == "Country":
        return f"country/{iso}"
    return f"{'person' if type_ == 'Person' else 'org'}/{slug(name)}"
