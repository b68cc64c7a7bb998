"""The files a build reads: the paths given, folders walked, and why any other file found is not read.

A path that does not exist is refused before anything is written (a mistyped path must not
empty a graph). Inside folders, files in the formats of ``article.SUFFIXES`` are articles; every
other file found is named with a reason: another format, a hidden file or folder (name starting
with "."), or the build's own output folder. A file given by name is always read (HTML and PDF
are recognised by content too).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg import article
from kg.errors import InputError

NOT_READ = "not read"  # how every reason for a file found but not read ends
Found = tuple[list[tuple[str, Path]], list[tuple[str, str]]]  # (name, path) to read; (name, reason) not read


def unchanged(out: str | Path) -> str:
    """What a refused build says about its output folder."""
    return f"(nothing was built; {out} is unchanged)"


def find(paths: Iterable[str | Path], out: str | Path) -> Found:
    """The article files at paths, sorted, and every other file found with the reason it is not
    read. Raises ``InputError`` when a path does not exist or no file is found at all."""
    paths = list(paths)
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError("\n".join(f"{p}: no such file or folder {unchanged(out)}" for p in missing))
    found: set[tuple[str, Path]] = set()
    other: set[tuple[str, str]] = set()
    for p in paths:
        path = Path(p)
        if not path.is_dir():
            found.add((str(p), path))
            continue
        for name, f, reason in _walk(path, Path(out).resolve()):
            if reason:
                other.add((name, reason))
            else:
                found.add((name, f))
    if not found and not other:
        where = str(paths[0]) if len(paths) == 1 else "the input folders"
        raise InputError(f"{where}: no files found {unchanged(out)}")
    return sorted(found), sorted(other)


def _walk(folder: Path, out: Path) -> Iterator[tuple[str, Path, str | None]]:
    """Every file under folder as (name, path, reason it is not read or None), sorted; a hidden
    folder or the output folder is one entry, not walked."""
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        for d in sorted(dirnames):
            sub = here / d
            if d.startswith("."):
                yield str(sub), sub, f"hidden folder ({_count(sub)} files), {NOT_READ}"
            elif sub.resolve() == out:
                yield str(sub), sub, f"the build's own output folder, {NOT_READ}"
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and (here / d).resolve() != out)
        for name in sorted(filenames):
            f = here / name
            yield str(f), f, _unread(f)


def _unread(f: Path) -> str | None:
    if f.name.startswith("."):
        return f"hidden file, {NOT_READ}"
    if not f.is_file():
        return f"not a regular file, {NOT_READ}"
    if f.suffix.lower() not in article.SUFFIXES:
        return f"unsupported format ({f.suffix.lower() or 'no file suffix'}), {NOT_READ}"
    return None


def _count(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))
