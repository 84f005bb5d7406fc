"""``<DOCUMENT>`` blocks of an EDGAR complete submission, in either header dialect."""

from __future__ import annotations

import re

from .markup import classify

_DOC_START = re.compile(r"<DOCUMENT>", re.I)
_DOC_END = re.compile(r"</DOCUMENT>", re.I)
_TEXT_START = re.compile(r"<TEXT>", re.I)
_TEXT_END = re.compile(r"</TEXT>", re.I)
_META = re.compile(r"<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>([^<\r\n]*)", re.I)


def split_documents(text: str, start: int) -> tuple[list[tuple], list[str]]:
    """Return ``(documents, warnings)``; each document is the argument tuple of RawDocument.

    A ``<DOCUMENT>`` with no ``</DOCUMENT>`` (a truncated submission) is kept up to the end of
    the input, with a warning naming its character position.
    """
    documents: list[tuple] = []
    warnings: list[str] = []
    pos = start
    while (begin := _DOC_START.search(text, pos)) is not None:
        end = _DOC_END.search(text, begin.end())
        stop = end.start() if end else len(text)
        if end is None:
            warnings.append(f"unterminated <DOCUMENT> at character {begin.start()}: read to the end of the file")
        documents.append(_document(text, begin.end(), stop, len(documents) + 1))
        pos = end.end() if end else len(text)
    return documents, warnings


def _document(text: str, begin: int, stop: int, ordinal: int) -> tuple:
    body_start = _TEXT_START.search(text, begin, stop)
    meta_end = body_start.start() if body_start else begin
    meta = {m.group(1).upper(): m.group(2).strip() for m in _META.finditer(text, begin, meta_end)}
    if body_start:
        body_end = _TEXT_END.search(text, body_start.end(), stop)
        first, last = body_start.end(), body_end.start() if body_end else stop
    else:
        first, last = meta_end, stop
    doc_type = meta.get("TYPE", "").upper()
    filename = meta.get("FILENAME") or None
    markup = classify(text, first, last, doc_type, filename)
    sequence = int(meta["SEQUENCE"]) if meta.get("SEQUENCE", "").isdigit() else ordinal
    body = "" if markup == "binary" else text[first:last]
    return (sequence, doc_type, filename, meta.get("DESCRIPTION") or None, markup, body, first)
