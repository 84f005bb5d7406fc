"""Tar and zip archives as streams of filings: one member in memory at a time.

A member is named ``<archive>!<member path>`` in messages, records and the store, so a failure row
says which member of which archive failed. Tar archives (plain, gz, bz2, xz) are read as a stream
(``r|*``: no seeking, so a pipe or a 100 GB bulk download works); zip archives are read member by
member from their central directory.
"""

from __future__ import annotations

import calendar
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import InputError

#: File endings read as archives.
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
ZIP_SUFFIXES = (".zip",)

#: Separates the archive path from the member path in a member's name.
MEMBER_SEPARATOR = "!"


@dataclass(frozen=True, slots=True)
class ArchiveMember:
    """One file inside an archive, already read (a stream cannot be revisited)."""

    name: str
    data: bytes
    mtime: float | None = None
    path: None = None  # not a file of its own: the Input protocol's path

    def read(self) -> bytes:
        return self.data


def is_archive(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TAR_SUFFIXES) or name.endswith(ZIP_SUFFIXES)


@dataclass(frozen=True, slots=True)
class BrokenArchive:
    """An archive that could not be read (further): reading it raises the error, so a bulk run
    records a failure for it and goes on with the next input."""

    name: str
    message: str
    mtime: float | None = None
    path: None = None

    def read(self) -> bytes:
        raise InputError(self.message, name=self.name)


def iter_archive(path: Path) -> Iterator[ArchiveMember | BrokenArchive]:
    """The regular-file members of a tar or zip archive, in archive order; a damaged archive ends
    with a :class:`BrokenArchive` instead of raising mid-stream."""
    try:
        if path.name.lower().endswith(ZIP_SUFFIXES):
            yield from _zip_members(path)
        else:
            yield from _tar_members(path)
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, zlib.error) as exc:
        yield BrokenArchive(str(path), f"unreadable archive: {exc}", _mtime(path))
    except OSError as exc:
        yield BrokenArchive(str(path), f"cannot read archive: {exc.strerror or exc}", _mtime(path))


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def _tar_members(path: Path) -> Iterator[ArchiveMember]:
    with tarfile.open(path, mode="r|*") as tar:
        for member in tar:
            if not member.isfile() or _hidden(member.name):
                continue
            stream = tar.extractfile(member)
            data = stream.read() if stream else b""
            yield ArchiveMember(_member_name(path, member.name), data, float(member.mtime))


def _zip_members(path: Path) -> Iterator[ArchiveMember]:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir() or _hidden(info.filename):
                continue
            mtime = float(calendar.timegm((*info.date_time, 0, 0, 0)))
            yield ArchiveMember(_member_name(path, info.filename), archive.read(info), mtime)


def read_member(name: str) -> bytes:
    """The bytes of one member, by its ``<archive>!<member>`` name (for re-extraction)."""
    archive, _, member = name.partition(MEMBER_SEPARATOR)
    for item in iter_archive(Path(archive)):
        if item.name == name or isinstance(item, BrokenArchive):
            return item.read()
    raise InputError(f"no member {member!r} in archive", name=archive)


def split_member(name: str) -> tuple[str, str] | None:
    """``(archive, member)`` when ``name`` names an archive member, else None."""
    archive, sep, member = name.partition(MEMBER_SEPARATOR)
    if sep and is_archive(Path(archive)):
        return archive, member
    return None


def _member_name(path: Path, member: str) -> str:
    return f"{path}{MEMBER_SEPARATOR}{member}"


def _hidden(member: str) -> bool:
    base = member.rsplit("/", 1)[-1]
    return base.startswith(".") or member.startswith("__MACOSX/")
