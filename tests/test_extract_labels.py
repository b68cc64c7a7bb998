"""kg.extract.labels on hand-made Docs: a transcript's speaker label with a rank before the name
or its country or title in brackets after it."""
from __future__ import annotations

from docs import doc, found
from kg.extract.affiliations import affiliations

JANE = "person/jane-doe"


def affs(d) -> list[tuple[str, str, str | None]]:
    return sorted((a.person, a.org, a.role) for a in affiliations(d, found(d)))


def test_a_label_whose_name_follows_a_rank_takes_the_title_after_it():
    d = doc("""
        0  ADM.      2  compound  PROPN
        1  JANE      2  compound  PROPN
        2  DOE       2  ROOT      PROPN
        3  ,         2  punct     PUNCT
        4  CHAIRMAN  2  appos     PROPN
        5  ,         4  punct     PUNCT
        6  NATO      4  appos     PROPN
        7  :         2  punct     PUNCT
        8  Thanks    8  ROOT      NOUN   thank
        9  .         8  punct     PUNCT
    """, [(1, 3, "PERSON")])
    assert affs(d) == [(JANE, "org/north-atlantic-treaty-organization", "CHAIRMAN, NATO")]


LABEL = """
        0  {lead}    2  compound  PROPN
        1  JANE      2  compound  PROPN
        2  DOE       2  ROOT      PROPN
        3  (         4  punct     PUNCT
        4  NORWAY    2  appos     PROPN
        5  ):        2  punct     PUNCT
        6  Thanks    6  ROOT      NOUN   thank
        7  .         6  punct     PUNCT
    """


def test_a_country_in_brackets_after_a_titled_label_is_the_titles():
    d = doc(LABEL.format(lead="MINISTER"), [(1, 3, "PERSON")])
    assert affs(d) == [(JANE, "country/NO", "MINISTER")]


def test_a_country_in_brackets_after_a_label_with_no_title_names_no_office():
    d = doc(LABEL.format(lead="MS."), [(1, 3, "PERSON")])
    assert affs(d) == []
