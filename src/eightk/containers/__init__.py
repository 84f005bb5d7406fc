"""Recognise what the input bytes are, by content, and split them into raw documents."""

from __future__ import annotations

from dataclasses import dataclass

import re

from ..errors import InputError, ParseError
from ..records import Header
from .decode import decode, sniff_binary
from .header import parse_nc_header, parse_sec_header
from .lee import is_lee, split_lee
from .markup import classify
from .sgml import split_documents

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
    """Recognise ``raw`` by its content and split it into documents.

    Raises :class:`InputError` for empty, oversized or binary input.
    """
    if len(raw) > max_bytes:
        raise InputError(f"file is {len(raw):,} bytes, over the {max_bytes:,}-byte limit", name=name)
    if not raw or raw.isspace():  # ``not raw.strip()`` without copying the input
        raise InputError("empty file", name=name)
    sniff_binary(raw, name)
    text, encoding, warnings = decode(raw, name)
    head = text[:_HEAD_CHARS].lstrip()
    if _SEC_HEADER.search(text, 0, _HEADER_SEARCH_CHARS):
        return _sgml(text, encoding, warnings, name)
    if head.startswith("<SUBMISSION>"):
        return _nc(text, encoding, warnings, name)
    if is_lee(head):
        header, start, end = split_lee(text)
        doc = RawDocument(1, header.form or "8-K", None, None, "text", text[start:end], start)
        return Container("lee", header, (doc,), text, encoding, name, warnings)
    if head.upper().startswith("<DOCUMENT>"):
        documents, more = split_documents(text, 0)
        return Container("sgml", None, _raw(documents), text, encoding, name, warnings + tuple(more))
    markup = classify(text, 0, len(text))
    if markup == "binary":
        raise InputError("uuencoded or binary content, not an 8-K filing", name=name)
    doc = RawDocument(1, "", name, None, markup, text, 0)
    fmt = {"ixbrl": "ixbrl", "html": "html"}.get(markup, "text")
    return Container(fmt, None, (doc,), text, encoding, name, warnings)


#: How far into the input the EDGAR header is looked for (after the PEM preamble).
_HEADER_SEARCH_CHARS = 4000
_HEAD_CHARS = 2000
_SEC_HEADER = re.compile(r"^<(SEC|IMS)-HEADER>", re.I | re.M)
_HEADER_END = re.compile(r"</(SEC|IMS)-HEADER>", re.I)


def _sgml(text: str, encoding: str, warnings: tuple[str, ...], name: str | None) -> Container:
    begin = _SEC_HEADER.search(text, 0, _HEADER_SEARCH_CHARS)
    end = _HEADER_END.search(text, begin.end())
    if end is None:
        raise ParseError(f"unterminated <{begin.group(1)}-HEADER>", name=name, position=f"character {begin.start()}")
    header = parse_sec_header(text[begin.end() : end.start()])
    documents, more = split_documents(text, end.end())
    return Container("sgml", header, _raw(documents), text, encoding, name, warnings + tuple(more))


def _nc(text: str, encoding: str, warnings: tuple[str, ...], name: str | None) -> Container:
    first_doc = text.find("<DOCUMENT>")
    header = parse_nc_header(text[: first_doc if first_doc >= 0 else len(text)])
    documents, more = split_documents(text, max(first_doc, 0))
    return Container("sgml-nc", header, _raw(documents), text, encoding, name, warnings + tuple(more))


def _raw(documents: list[tuple]) -> tuple[RawDocument, ...]:
    return tuple(RawDocument(*args) for args in documents)
