"""Local inputs: files, folders, globs and ``-`` for standard input, streamed lazily."""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from .archives import ArchiveMember, BrokenArchive, is_archive, iter_archive

#: File endings skipped when walking a folder (never filings).
SKIPPED_SUFFIXES = frozenset({".json", ".tsv", ".md5", ".sha256", ".pyc"})


@dataclass(frozen=True, slots=True)
class Input:
    """A named input: ``name`` for messages and records, ``read()`` for its bytes."""

    name: str
    path: Path | None

    def read(self) -> bytes:
        if self.path is None:
            return sys.stdin.buffer.read()
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror}", name=self.name) from None


def iter_inputs(specs: Iterable[str]) -> Iterator[Input | ArchiveMember | BrokenArchive]:
    """Expand paths, folders (recursively, sorted), globs and tar/zip archives (their members,
    streamed) into inputs, one at a time."""
    for spec in specs:
        if spec == "-":
            yield Input("<stdin>", None)
            continue
        path = Path(spec)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield from _file(path)
        elif glob.has_magic(spec):
            matches = sorted(glob.iglob(spec, recursive=True))
            if not matches:
                raise InputError("no file matches this pattern", name=spec)
            for match in matches:
                yield from iter_inputs([match])
        else:
            raise InputError("no such file or folder", name=spec)


def _walk(folder: Path) -> Iterator[Input]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for filename in sorted(files):
            path = Path(root, filename)
            if filename.startswith(".") or path.suffix.lower() in SKIPPED_SUFFIXES:
                continue
            yield from _file(path)


def _file(path: Path) -> Iterator[Input | ArchiveMember | BrokenArchive]:
    if is_archive(path):
        yield from iter_archive(path)
    else:
        yield Input(str(path), path)
