"""Doc + mentions -> affiliations of people with organisations or countries, with roles.

The patterns, all general (names here are invented):
- a title before the name: "Norwegian Prime Minister Jane Doe", "former Defense Secretary
  John Roe", "Sweden's Minister of National Defense Lars Berg"; a bare possessor ("Norway's
  Jane Doe"); a title in a coordination shares the first one's organisation ("Norwegian Foreign
  Minister Jane Doe and Defense Minister John Roe") and a plural title is shared whole
  ("Norwegian Senators Jane Doe and John Roe");
- a role noun in apposition, before or after the name, its organisation a modifier, possessor
  or "of/for/at/with/from" phrase of the role: "Jane Doe, the director of the X Center at the
  Y Institute", "the NATO Special Envoy, Jane Doe,", "Jane Doe, a 7th Fighter Squadron pilot",
  "Norway's interim president, Jane Doe";
- a clause: "Jane Doe, who heads the Y Institute", "Jane Doe is a senior fellow at the Y";
- a transcript's speaker label: "JANE DOE, DEPUTY NATO SPOKESPERSON:";
- "of"/"from"/"at" after the name, as in captions: "Jane Doe (L) of the Y Institute";
- a unit alone after a ranked name: "Staff Sgt. Jane Doe, 7th Signal Squadron;";
- a list of a group's members: "Norwegian officials, including Foreign Minister Jane Doe";
- a title and country naming the person again: "Minister Jane Doe said ... The Norwegian Minister noted".
A possessor ("the University of Tokyo's Institute") is not itself the affiliation; when a role
names both an organisation and a country, the organisation is the affiliation.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.apposed import appositive, clause
from kg.extract.doc import Found, evidence, mention_spans
from kg.extract.included import included
from kg.extract.roles import Context, names_title
from kg.extract.labels import label
from kg.extract.renamed import renamed
from kg.extract.titled import shared_title, title_before
from kg.extract.trailing import after
from kg.extract.units import unit
from kg.model import Affiliation

PATTERNS = (title_before, shared_title, label, appositive, clause, after, unit, included, renamed)


def affiliations(doc: Doc, found: Found) -> list[Affiliation]:
    """Every stated affiliation, one per (person, organisation), first role kept."""
    spans = mention_spans(doc, found.mentions)
    ctx = Context(doc, {i: m for m, s in spans for i in range(s.start, s.end)}, dict(spans),
                  {m.key: m for m in found.mentions}, frozenset((p.part, p.whole) for p in found.parts))
    titles = {m.key for m, s in spans if m.type == "Organization" and names_title(s)}  # 'Deputy Advisor for Cyber'
    out: dict[tuple[str, str], Affiliation] = {}
    for m, span in spans:
        if m.type != "Person":
            continue
        for org, role in (pair for pattern in PATTERNS for pair in pattern(ctx, span)):
            if org is None or org.key == m.key or org.type == "Person" or org.key in titles:
                continue
            known = out.get((m.key, org.key))
            if known is None or (known.role is None and role):
                out[(m.key, org.key)] = Affiliation(m.key, org.key, role, evidence(doc, span.start))
    return list(out.values())
