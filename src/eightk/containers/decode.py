"""Bytes to text: UTF-8 first, single stray bytes read as cp1252, binaries refused."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

#: Leading bytes of binary formats sometimes handed over instead of a filing.
MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
)
#: How much of the start is sniffed for NUL bytes (text filings have none).
SNIFF_BYTES = 8192
_CP1252_HANDLER = "eightk-cp1252"


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_HANDLER, _cp1252_fallback)


def sniff_binary(raw: bytes, name: str | None) -> None:
    """Raise :class:`InputError` when ``raw`` is a binary file, not text."""
    head = raw[:SNIFF_BYTES].lstrip()
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise InputError(f"binary file ({what}), not an 8-K filing", name=name)
    nul = raw.find(b"\x00", 0, SNIFF_BYTES)
    if nul >= 0:
        raise InputError("binary file (NUL byte), not an 8-K filing", name=name, position=f"byte {nul}")


def decode(raw: bytes, name: str | None) -> tuple[str, str, tuple[str, ...]]:
    """Return ``(text, encoding, warnings)``. Invalid UTF-8 bytes are read as cp1252."""
    try:
        return raw.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        first = exc.start
    text = raw.decode("utf-8", errors=_CP1252_HANDLER)
    warning = f"not valid UTF-8 from byte {first}: stray bytes read as cp1252"
    return text, "utf-8+cp1252", (warning,)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def byte_anchors(text: str) -> list[tuple[int, int]]:
    """Anchors ``(char_offset, extra_bytes_before)`` after every non-ASCII character of ``text``,
    counting UTF-8 widths (for a file read through the cp1252 fallback, an approximation).

    Built only on request (see :class:`eightk.text.offsets.OffsetMap`); ASCII text needs none.
    """
    anchors = []
    extra = 0
    for match in _NON_ASCII.finditer(text):
        extra += len(match.group().encode("utf-8", errors="replace")) - 1
        anchors.append((match.end(), extra))
    return anchors
