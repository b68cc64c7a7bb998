"""The build's memory of what it has read: article content hash -> its extracted records.

Kept in ``OUT/.kg/`` as one JSON file per article, tagged with a recipe (the alliance-kg
version, the spaCy pipeline and the word lists in ``kg/data``). A rebuild takes the records of
unchanged articles from here and processes only new or edited ones; records of articles no
longer given are dropped, so the graph always equals a clean build of the current inputs.
A file is written and read one record at a time (the bytes of ``json.dumps`` of the whole, made
in chunks; read back a chunk at a time, item by item), so a long article's records are never
held as one text or as plain data beside the records.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from typing import TextIO
from dataclasses import asdict, fields, replace
from functools import cache
from importlib import resources
from pathlib import Path

from kg import __version__, lexicon
from kg.model import ITEMS, Extraction, from_items
from kg.records import Shared
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
    for name, sha in lexicon.knowledge_files().items():  # the user's knowledge folder, if any
        h.update(f"{name}\0{sha}".encode())
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
            with self._file(sha256).open(encoding="utf-8") as f:
                ex = read(f, self.recipe)
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if ex is None:
            return None
        self.used.add(sha256)
        return ex if ex.article.path == path else replace(ex, article=replace(ex.article, path=path))

    def put(self, ex: Extraction) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.used.add(ex.article.sha256)
        write_atomic(self._file(ex.article.sha256), encoded(ex, self.recipe))

    def prune(self) -> int:
        """Forget articles this build did not use; returns how many."""
        gone = [f for f in self.folder.glob("*.json") if f.stem not in self.used] if self.folder.exists() else []
        for f in gone:
            f.unlink(missing_ok=True)
        return len(gone)


CHUNK = 1 << 20
_dumps = json.JSONEncoder(ensure_ascii=False).encode
_decode = json.JSONDecoder().raw_decode
_SPACE = re.compile(r"[ \t\n\r]*")


def encoded(ex: Extraction, recipe: str) -> Iterator[bytes]:
    """``json.dumps({"recipe": recipe, "extraction": to_record(ex)}, ensure_ascii=False)`` in
    UTF-8, the same bytes, made one record at a time and given in chunks of about ``CHUNK``."""
    def pieces() -> Iterator[str]:
        yield f'{{"recipe": {_dumps(recipe)}, "extraction": {{"article": {_dumps(asdict(ex.article))}'
        for f in fields(ex)[1:]:
            yield f", {_dumps(f.name)}: ["
            for n, item in enumerate(getattr(ex, f.name)):
                yield (", " if n else "") + _dumps(asdict(item))
            yield "]"
        yield "}}"

    buffer, size = [], 0
    for piece in pieces():
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(buffer).encode("utf-8")
            buffer, size = [], 0
    yield "".join(buffer).encode("utf-8")


class _Stale(Exception):
    """The file was made by another recipe."""


def read(f: TextIO, recipe: str) -> Extraction | None:
    """The extraction in a manifest file, read a chunk at a time and each list item made into its
    record as it comes (strings and evidence shared); None when the file holds another recipe.
    Raises ``ValueError`` for a broken file."""
    stream, shared = _Stream(f), Shared()

    def item(name: str) -> Callable[[dict], object]:
        make = ITEMS[name]
        return lambda d: shared(make(d))

    def extraction(key: str) -> object:
        return stream.array(item(key)) if key in ITEMS else stream.value()

    def top(key: str) -> object:
        if key == "extraction":
            return stream.object(extraction)
        value = stream.value()
        if key == "recipe" and value != recipe:
            raise _Stale
        return value

    try:
        data = stream.object(top)
    except _Stale:
        return None
    if stream.peek():
        raise ValueError("extra data after the record")
    if data.get("recipe") != recipe:
        return None
    record = data["extraction"]
    return from_items(record["article"], {name: record[name] for name in ITEMS})


class _Stream:
    """A JSON text read from a file a chunk at a time: values are decoded by ``json`` as they
    come, objects and arrays (``object``, ``array``) member by member."""

    def __init__(self, f: TextIO):
        self.f, self.buf, self.pos = f, "", 0

    def _more(self) -> bool:
        chunk = self.f.read(CHUNK)
        self.buf, self.pos = self.buf[self.pos:] + chunk, 0
        return bool(chunk)

    def peek(self) -> str:
        """The next character that is not a space ("" at the end)."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf) or not self._more():
                return self.buf[self.pos:self.pos + 1]

    def take(self, char: str) -> None:
        if self.peek() != char:
            raise ValueError(f"expected {char!r}")
        self.pos += 1

    def value(self) -> object:
        """One JSON value, whole."""
        self.peek()
        while True:
            try:
                value, end = _decode(self.buf, self.pos)
            except ValueError:
                if self._more():
                    continue
                raise
            if end < len(self.buf) or not isinstance(value, (int, float)) or not self._more():
                self.pos = end
                return value

    def object(self, member: Callable[[str], object]) -> dict:
        """A JSON object, each member's value read by ``member(key)``."""
        out: dict = {}
        self.take("{")
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise ValueError("a JSON object's key must be a string")
            self.take(":")
            out[key] = member(key)
            if self.peek() != ",":
                self.take("}")
                return out
            self.pos += 1

    def array(self, make: Callable[[object], object]) -> list:
        """A JSON array, each item made into ``make(item)`` as it is read."""
        out: list = []
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(make(self.value()))
            if self.peek() != ",":
                self.take("]")
                return out
            self.pos += 1
