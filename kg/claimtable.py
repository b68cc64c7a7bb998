"""Every claim as one row, for spreadsheets and scripts: ``kg export --format claims-csv`` or
``claims-jsonl`` (JSON Lines).

A row holds who spoke (``speaker`` label and ``speaker_iri``), ``kind`` (direct or indirect),
``cue`` (the reporting verb or tag, when the graph records it), ``negated`` (when recorded),
``text`` (the words as written), ``mentions`` (the actors it is about, labels joined by " | "),
the evidence ``sentence`` with its character offsets (``start``, ``end``) and the claim's own
(``claim_start``, ``claim_end``), the article's ``date``, ``title`` and source ``path``, and the
claim's IRI. Rows come dated oldest first (undated last), then by title, path and position.
"""
from __future__ import annotations

import csv
import io
import json
import re

from rdflib import Graph

from kg import query

COLUMNS = ("date", "title", "path", "speaker", "kind", "cue", "negated", "text", "mentions", "sentence",
           "start", "end", "claim_start", "claim_end", "speaker_iri", "claim")
SPARQL = """
PREFIX sa: <https://w3id.org/alliance-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?claim ?speaker_iri ?speaker ?kind ?cue ?negated ?text ?sentence ?start ?end ?date ?title ?path ?mentions
WHERE {
  ?claim a sa:Claim ; sa:claimant ?speaker_iri ; sa:quoteKind ?kind ; sa:text ?text ; sa:evidence ?ev .
  ?ev sa:sentence ?sentence ; sa:start ?start ; sa:end ?end ; sa:inArticle ?a .
  OPTIONAL { ?speaker_iri rdfs:label ?speaker }
  OPTIONAL { ?a dcterms:date ?date }
  OPTIONAL { ?a dcterms:title ?title }
  OPTIONAL { ?a sa:sourcePath ?path }
  OPTIONAL { ?claim sa:claimCue ?cue }
  OPTIONAL { ?claim sa:negated ?negated }
  OPTIONAL {
    SELECT ?claim (GROUP_CONCAT(?name; SEPARATOR=" | ") AS ?mentions) WHERE {
      { SELECT DISTINCT ?claim ?name WHERE { ?claim sa:mentions/rdfs:label ?name } ORDER BY ?name }
    } GROUP BY ?claim
  }
}"""
OFFSETS = re.compile(r"-(\d+)-(\d+)$")


def rows(g: Graph) -> list[dict]:
    """Every claim of the graph as a row of ``COLUMNS`` (numbers as ints, missing values as "")."""
    result = query.run(g, SPARQL)
    out = []
    for b in result.bindings:
        r = {str(v): ("" if b.get(v) is None else str(b.get(v))) for v in result.vars}
        cut = OFFSETS.search(r["claim"])
        r.update(start=int(r["start"]), end=int(r["end"]), claim_start=int(cut[1]) if cut else "",
                 claim_end=int(cut[2]) if cut else "", negated={"true": True, "false": False}.get(r["negated"], ""))
        out.append({c: r.get(c, "") for c in COLUMNS})
    return sorted(out, key=lambda r: (r["date"] == "", r["date"], r["title"], r["path"], r["start"], r["end"], r["claim"]))


def to_csv(table: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(table)
    return buf.getvalue()


def to_jsonl(table: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table)
