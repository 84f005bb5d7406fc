"""Recognise what the input bytes are, by content, and split them into raw documents."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..records import Header

#: Inputs larger than this are refused (override with ``max_bytes``). 200 MB.
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document before normalisation. ``body`` is decoded text, ``start`` its character
    offset in :attr:`Container.decoded`. ``markup`` is ``html`` or ``text``; ``binary`` marks a
    uuencoded or raw binary document that is skipped, not decoded."""

    sequence: int
    type: str
    filename: str | None
    description: str | None
    markup: str
    body: str
    start: int


@dataclass(frozen=True, slots=True)
class Container:
    format: str  # sgml, sgml-nc, html, ixbrl, text, lee
    header: Header | None
    documents: tuple[RawDocument, ...]
    decoded: str
    encoding: str
    name: str | None = None
    warnings: tuple[str, ...] = ()


def read_container(raw: bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Container:
    if not raw.strip():
        raise InputError("empty file", name=name)
    if len(raw) > max_bytes:
        raise InputError(f"file is {len(raw):,} bytes, over the {max_bytes:,}-byte limit", name=name)
    text = raw.decode("utf-8", errors="replace")
    markup = "html" if "<html" in text[:5000].lower() else "text"
    doc = RawDocument(1, "8-K", name, None, markup, text, 0)
    return Container("html" if markup == "html" else "text", None, (doc,), text, "utf-8", name)
