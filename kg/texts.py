"""A graph's sentences and claims on disk, for the analysis: what the actor network points to.

``Texts`` is a private temporary SQLite database (stdlib ``sqlite3``; gone when closed) that
``kg.actors`` fills while it reads a graph once: the evidence sentences, the articles' titles,
which sentences state which edge, and the claims with their speakers and mentions. The actor
graph itself is plain data (counts, labels); whatever needs the text (the report, the page, a
path) is handed the index beside the graph and asks it: ``edge_sentences``, ``claim_ids``,
``claims``, ``claims_by``, ``claims_about``, ``claim``. Answers stream from disk, so memory
follows the number of actors and edges, not the number of sentences. Close the index when done
(``close()`` or ``with``).

Sentences sort by article title, then position, as ``Sentence`` does; claims by their first
sentence, then IRI key. SQLite compares text by code point, like Python.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

SCHEMA = """
CREATE TABLE article(iri TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT, path TEXT) WITHOUT ROWID;
CREATE TABLE seen(actor TEXT, article TEXT);
CREATE TABLE sentence(iri TEXT PRIMARY KEY, article TEXT, akey TEXT, title TEXT,
                      start INTEGER, stop INTEGER, text TEXT) WITHOUT ROWID;
CREATE TABLE stated(u TEXT, v TEXT, rel TEXT, sentence TEXT);
CREATE TABLE claim(id TEXT PRIMARY KEY, speaker TEXT, text TEXT, kind TEXT, first TEXT);
CREATE TABLE said(claim TEXT, sentence TEXT);
CREATE TABLE mention(claim TEXT, actor TEXT);
CREATE TABLE actor(key TEXT PRIMARY KEY) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX stated_edge ON stated(u, v, rel);
CREATE INDEX said_claim ON said(claim);
CREATE INDEX mention_claim ON mention(claim, actor);
CREATE INDEX mention_actor ON mention(actor, claim);
CREATE INDEX claim_speaker ON claim(speaker);
"""
ORDER = "s.title, s.start, s.stop, s.text, s.akey"  # a Sentence's fields, in its sort order
KNOWN = "speaker IN (SELECT key FROM actor)"
BATCH = 5000


class Sentence(NamedTuple):
    """One evidence sentence; sorts by article title, then position."""

    title: str
    start: int
    end: int
    text: str
    article: str


class Texts:
    """The temporary database. ``add`` rows while reading, ``close_reading`` once, then query;
    ``close`` (or leave a ``with`` block) to delete it."""

    def __init__(self, key: Callable[[str | None], str]) -> None:
        self.db = sqlite3.connect("")  # a private temporary database on disk, deleted on close
        self.db.create_function("kg_key", 1, key, deterministic=True)
        self.db.executescript(SCHEMA)
        self.rows: dict[str, list[tuple]] = {}

    def close(self) -> None:
        """Delete the database; queries after this raise ``sqlite3.ProgrammingError``."""
        self.rows.clear()
        self.db.close()

    def __enter__(self) -> Texts:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ filling (kg.actors)

    def add(self, table: str, *row) -> None:
        rows = self.rows.setdefault(table, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self._flush(table)

    def _flush(self, table: str) -> None:
        rows = self.rows.pop(table, [])
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            self.db.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", rows)

    def close_reading(self, actors: Sequence[str]) -> None:
        """Write what is buffered, index it, give each sentence its title and each claim its first
        sentence, and add the claims' sentences to the claim-mentions edges they state."""
        for table in list(self.rows):
            self._flush(table)
        self.db.executemany("INSERT OR IGNORE INTO actor VALUES (?)", ((a,) for a in actors))
        self.db.executescript(INDEXES + f"""
            UPDATE sentence SET akey = kg_key(article),
                title = COALESCE((SELECT title FROM article WHERE iri = sentence.article), kg_key(article));
            UPDATE claim SET first = (SELECT s.iri FROM said d JOIN sentence s ON s.iri = d.sentence
                                      WHERE d.claim = claim.id ORDER BY {ORDER} LIMIT 1);
            INSERT INTO stated SELECT DISTINCT c.speaker, m.actor, 'claim-mentions', d.sentence
                FROM claim c JOIN mention m ON m.claim = c.id LEFT JOIN said d ON d.claim = c.id
                WHERE m.actor != c.speaker;
            CREATE TABLE about AS SELECT c.speaker AS u, m.actor AS v, COUNT(*) AS n
                FROM claim c JOIN mention m ON m.claim = c.id WHERE m.actor != c.speaker GROUP BY 1, 2;
            CREATE UNIQUE INDEX about_edge ON about(u, v);
            ANALYZE;""")
        self.db.commit()

    def edges(self) -> Iterator[tuple[str, str, str, int, int]]:
        """Each edge between two actors: (u, v, relation, distinct sentences, claims)."""
        return self.db.execute("""
            SELECT t.u, t.v, t.rel, COUNT(DISTINCT s.iri),
                   CASE t.rel WHEN 'claim-mentions' THEN (SELECT n FROM about WHERE u = t.u AND v = t.v) ELSE 0 END
            FROM stated t LEFT JOIN sentence s ON s.iri = t.sentence
            WHERE t.u IN (SELECT key FROM actor) AND t.v IN (SELECT key FROM actor)
            GROUP BY t.u, t.v, t.rel
            HAVING COUNT(DISTINCT s.iri) > 0 OR t.rel = 'claim-mentions'
            ORDER BY t.u, t.v, t.rel""")

    # ------------------------------------------------------------ queries

    def articles(self) -> list[tuple[str, str, str | None, str | None]]:
        """Every article: (key, title, date or None, source path or None), by date (undated
        last), then title and key."""
        return [(k, t, d, p) for k, t, d, p in self.db.execute(
            "SELECT kg_key(iri), title, date, path FROM article ORDER BY date IS NULL, date, title, iri")]

    def actor_articles(self) -> Iterator[tuple[str, str]]:
        """(actor, article key) for each article that mentions a known actor, sorted."""
        return self.db.execute("SELECT DISTINCT actor, kg_key(article) FROM seen "
                               "WHERE actor IN (SELECT key FROM actor) ORDER BY 1, 2")

    def monthly(self, relations: Sequence[str] = ("cooperation", "tension")) -> Iterator[tuple[str, str, str, str, int]]:
        """(u, v, relation, month ``YYYY-MM``, distinct sentences) of the edges of ``relations`` stated
        in dated articles, sorted."""
        marks = ", ".join("?" * len(relations))
        return self.db.execute(f"""
            SELECT t.u, t.v, t.rel, substr(a.date, 1, 7), COUNT(DISTINCT s.iri) FROM stated t
            JOIN sentence s ON s.iri = t.sentence JOIN article a ON a.iri = s.article
            WHERE t.rel IN ({marks}) AND a.date IS NOT NULL AND t.u IN (SELECT key FROM actor)
              AND t.v IN (SELECT key FROM actor)
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""", tuple(relations))

    def edge_articles(self) -> Iterator[tuple[str, str, str, str]]:
        """(u, v, relation, article key) for each article with a sentence that states an edge, sorted."""
        return self.db.execute("SELECT DISTINCT t.u, t.v, t.rel, s.akey FROM stated t "
                               "JOIN sentence s ON s.iri = t.sentence ORDER BY 1, 2, 3, 4")

    def speakers(self) -> dict[str, dict[str, int]]:
        """Each speaker's number of claims, and of claims of each kind."""
        out: dict[str, dict[str, int]] = {}
        for speaker, kind, n in self.db.execute(
                f"SELECT speaker, kind, COUNT(*) FROM claim WHERE {KNOWN} GROUP BY speaker, kind ORDER BY 1, 2"):
            counts = out.setdefault(speaker, {"claims": 0})
            counts["claims"] += n
            counts[kind] = n
        return {s: dict(sorted(c.items())) for s, c in out.items()}

    def edge_sentences(self, u: str, v: str, relation: str, *, limit: int = -1) -> Iterator[Sentence]:
        """The distinct sentences that state the edge (u, v, relation), in order; at most limit."""
        return self._sentences("stated", "t.u = ? AND t.v = ? AND t.rel = ?", (u, v, relation), limit)

    def claim_ids(self, speaker: str, actor: str, *, limit: int = -1) -> Iterator[str]:
        """The keys of the speaker's claims that mention actor (a claim-mentions edge), sorted."""
        return (cid for (cid,) in self.db.execute(
            "SELECT c.id FROM claim c WHERE c.speaker = ? AND EXISTS "
            "(SELECT 1 FROM mention m WHERE m.claim = c.id AND m.actor = ?) ORDER BY c.id LIMIT ?",
            (speaker, actor, limit)))

    def claims(self) -> Iterator[dict]:
        """Every claim whose speaker is an actor, in order (first sentence, then key)."""
        return self._claims()

    def claim_rows(self) -> Iterator[tuple[str, str, str, str, str | None, int | None, int | None, tuple[str, ...]]]:
        """Every claim of a known speaker in one pass, unordered: (key, speaker, text, kind, its
        first sentence's article key, start and end, the known actors it mentions, sorted)."""
        rows = self.db.execute(f"""
            SELECT c.id, c.speaker, c.text, c.kind, s.akey, s.start, s.stop,
                   (SELECT group_concat(actor, char(31)) FROM (SELECT m.actor FROM mention m
                    JOIN actor a ON a.key = m.actor WHERE m.claim = c.id ORDER BY m.actor))
            FROM claim c LEFT JOIN sentence s ON s.iri = c.first WHERE c.{KNOWN}""")
        return ((*r[:7], tuple(r[7].split("\x1f")) if r[7] else ()) for r in rows)

    def claim(self, cid: str) -> dict | None:
        """The claim with key cid (``claim/...``), or None when no actor made it."""
        return next(self._claims("c.id = ?", (cid,), 1), None)

    def claims_by(self, speaker: str, *, limit: int = -1) -> list[dict]:
        """A speaker's claims, direct quotes first; at most limit."""
        return list(self._claims("c.speaker = ?", (speaker,), limit, direct_first=True))

    def claims_about(self, actor: str, *, limit: int = -1) -> list[dict]:
        """Other speakers' claims that mention the actor, direct quotes first; at most limit."""
        return list(self._claims(
            "c.speaker != ? AND c.id IN (SELECT claim FROM mention WHERE actor = ?)", (actor, actor), limit,
            direct_first=True))

    def _sentences(self, join: str, where: str, params: tuple, limit: int = -1) -> Iterator[Sentence]:
        """The distinct sentences ``join``ed (as ``t``, on ``t.sentence``) where ``where``, in order."""
        rows = self.db.execute(f"SELECT DISTINCT {ORDER} FROM {join} t JOIN sentence s ON s.iri = t.sentence "
                               f"WHERE {where} ORDER BY {ORDER} LIMIT ?", (*params, limit))
        return (Sentence(*r) for r in rows)

    def _claims(self, where: str = "1", params: tuple = (), limit: int = -1, *,
                direct_first: bool = False) -> Iterator[dict]:
        """Claims of known speakers, in order (direct quotes first if asked, then first sentence,
        then key), with their sentences and the known actors they mention."""
        first = "c.kind != 'direct', " if direct_first else ""
        rows = self.db.execute(f"""
            SELECT c.id, c.speaker, c.text, c.kind FROM claim c LEFT JOIN sentence s ON s.iri = c.first
            WHERE c.{KNOWN} AND ({where}) ORDER BY {first}{ORDER}, c.id LIMIT ?""", (*params, limit))
        for cid, speaker, text, kind in rows:
            yield {"id": cid, "speaker": speaker, "text": text, "kind": kind,
                   "mentions": tuple(m for (m,) in self.db.execute(
                       "SELECT m.actor FROM mention m JOIN actor a ON a.key = m.actor WHERE m.claim = ? "
                       "ORDER BY m.actor", (cid,))),
                   "evidence": tuple(self._sentences("said", "t.claim = ?", (cid,)))}
