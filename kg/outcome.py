"""What a build did: one entry per input file, the summary, and ``build-report.json``."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg import inputs
from kg.errors import InputError
from kg.model import Extraction


@dataclass
class Entry:
    """What happened to one input file: status ok | cached | failed | skipped | duplicate."""

    path: str
    status: str
    reason: str | None = None
    sha256: str | None = None
    counts: dict | None = None
    seconds: float = 0.0
    text: str | None = None  # OUT/texts/SHA.txt: the text read from an HTML or PDF file, which offsets refer to


@dataclass
class BuildResult:
    entries: list[Entry] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    words: int = 0
    actors: dict[str, str] = field(default_factory=dict)  # key -> type
    totals: Counter = field(default_factory=Counter)  # claims, affiliations, relations
    removed: list[str] = field(default_factory=list)  # articles the last build held that this one does not
    knowledge: dict = field(default_factory=dict)  # the user's knowledge folder, its files and what they changed

    @property
    def errors(self) -> list[str]:
        return [f"{e.path}: {e.reason}" for e in self.entries if e.status == "failed"]

    @property
    def skipped(self) -> list[str]:
        return [f"{e.path}: {e.reason}" for e in self.entries if e.status in ("skipped", "duplicate")]

    def summary(self) -> dict:
        return {
            "articles": sum(e.status in ("ok", "cached") for e in self.entries),
            "failed": len(self.errors),
            "skipped": len(self.skipped),
            "cached": sum(e.status == "cached" for e in self.entries),
            "removed": len(self.removed),
            "actors": dict(sorted(Counter(self.actors.values()).items())),
            "claims": self.totals["claims"],
            "affiliations": self.totals["affiliations"],
            "relations": self.totals["relations"],
            "triples": self.triples,
            "seconds": round(self.seconds, 2),
            "words_per_second": round(self.words / self.seconds) if self.seconds else 0,
        }

    def summary_lines(self, out: str | Path) -> list[str]:
        """What ``kg build`` says when it is done: the counts, and the articles it removed."""
        s = self.summary()
        actors = ", ".join(f"{n} {t}" for t, n in s["actors"].items()) or "none"
        lines = [f"{s['articles']} articles ({s['failed']} failed, {s['skipped']} skipped, {s['cached']} unchanged); "
                 f"actors: {actors}; {s['claims']} claims; {s['affiliations']} affiliations; "
                 f"{s['relations']} relations; {s['triples']} triples; {s['seconds']:.1f} s, "
                 f"{s['words_per_second']} words/s -> {Path(out) / 'graph.ttl'}"]
        if self.knowledge:
            changes = self.knowledge["changes"]
            actors = len({c["actor"] for c in changes if "actor" in c})
            lines.append(f"Knowledge from {self.knowledge['folder']}: {len(changes)} change(s) by "
                         f"{len(self.knowledge['files'])} file(s), {actors} actor(s) curated "
                         f"(listed in {Path(out) / 'build-report.json'})")
        if self.removed:
            lines.append(f"{len(self.removed)} articles no longer among the inputs were removed from the graph "
                         f"(listed in {Path(out) / 'build-report.json'})")
        return lines

    def report(self) -> dict:
        """``build-report.json``: the summary and one entry per input file."""
        return {"summary": self.summary(), "articles": [asdict(e) for e in self.entries], "removed": self.removed,
                **({"knowledge": self.knowledge} if self.knowledge else {})}


class NothingToRead(InputError):
    """No input file is an article that can be read; the entries say why, file by file."""

    def __init__(self, entries: list[Entry], out: str | Path):
        self.entries = entries
        super().__init__(f"none of the {len(entries)} files found is an article alliance-kg can read "
                         f"{inputs.unchanged(out)}")


def counts(ex: Extraction) -> dict:
    return {"entities": len(ex.entities), "claims": len(ex.claims), "affiliations": len(ex.affiliations),
            "relations": len(ex.relations)}


def previous_articles(out: Path) -> dict[str, str]:
    """The articles (path -> content hash) of the last build into out, from its build report."""
    try:
        report = json.loads((out / "build-report.json").read_text("utf-8"))
        return {a["path"]: a["sha256"] for a in report["articles"] if a["status"] in ("ok", "cached")}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def removed(previous: dict[str, str], built: list[tuple[str, str]]) -> list[str]:
    """The articles of the last build that this one no longer holds: neither their path nor their
    content is among the inputs (an edited or moved article is not removed)."""
    paths, shas = {p for p, _ in built}, {s for _, s in built}
    return sorted(p for p, sha in previous.items() if p not in paths and sha not in shas)


def problems(entries: list[Entry], each: bool = False) -> list[str]:
    """One line per file that failed or was skipped for its content; files not read for their
    format or place (other formats, hidden files) in one line, unless ``each``."""
    grouped = [] if each else [e for e in entries if e.status == "skipped" and e.reason.endswith(inputs.NOT_READ)]
    lines = [f"Error: {e.path}: {e.reason}" if e.status == "failed" else f"Skipped: {e.path}: {e.reason}"
             for e in entries if e.status in ("failed", "skipped", "duplicate") and e not in grouped]
    if grouped:
        names = ", ".join(e.path for e in grouped[:3]) + (f" and {len(grouped) - 3} more" if len(grouped) > 3 else "")
        lines.append(f"Skipped: {len(grouped)} files or folders not read as articles ({names}); "
                     "reasons in build-report.json")
    return lines
