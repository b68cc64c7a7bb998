"""Extractors: plain functions from a spaCy ``Doc`` to records of ``kg.model``; no rdflib here."""
