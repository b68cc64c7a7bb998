"""The build's memory of what it has read: article content hash -> its extracted records.

Kept in ``OUT/.kg/`` as one JSON file per article, tagged with a recipe (the alliance-kg
version, the spaCy pipeline and the word lists in ``kg/data``). A rebuild takes the records of
unchanged articles from here and processes only new or edited ones; records of articles no
longer given are dropped, so the graph always equals a clean build of the current inputs.
"""
from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

from kg import __version__
from kg.model import Extraction, from_record, to_record
from kg.store import write_atomic

FOLDER = ".kg"


@cache
def recipe(model: str) -> str:
    """What the records depend on besides the article: code version, model and data files."""
    h = hashlib.sha256(f"{__version__}\0{model}".encode())
    data = resources.files("kg.data")
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith(".json")):
        h.update(name.encode() + b"\0" + data.joinpath(name).read_bytes())
    for module in sorted(Path(__file__).parent.joinpath("extract").glob("*.py")):
        h.update(module.read_bytes())
    return h.hexdigest()[:16]


class Manifest:
    def __init__(self, out: str | Path, model: str):
        self.folder = Path(out) / FOLDER / "articles"
        self.recipe = recipe(model)
        self.used: set[str] = set()

    def _file(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.json"

    def get(self, sha256: str, path: str) -> Extraction | None:
        """The cached records of an article, re-stamped with the path it has now."""
        try:
            data = json.loads(self._file(sha256).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("recipe") != self.recipe:
            return None
        self.used.add(sha256)
        ex = from_record(data["extraction"])
        return ex if ex.article.path == path else _moved(ex, path)

    def put(self, ex: Extraction) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.used.add(ex.article.sha256)
        data = {"recipe": self.recipe, "extraction": to_record(ex)}
        write_atomic(self._file(ex.article.sha256), json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def prune(self) -> int:
        """Forget articles this build did not use; returns how many."""
        gone = [f for f in self.folder.glob("*.json") if f.stem not in self.used] if self.folder.exists() else []
        for f in gone:
            f.unlink(missing_ok=True)
        return len(gone)


def _moved(ex: Extraction, path: str) -> Extraction:
    from dataclasses import replace

    return replace(ex, article=replace(ex.article, path=path))
