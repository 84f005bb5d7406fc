"""``<DOCUMENT>`` blocks of an EDGAR complete submission, in either header dialect."""

from __future__ import annotations

import re

from .markup import classify

_META = re.compile(r"<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>([^<\r\n]*)", re.I)


def split_documents(text: str, start: int) -> tuple[list[tuple], list[str]]:
    """Return ``(documents, warnings)``; each document is the argument tuple of RawDocument.

    A ``<DOCUMENT>`` with no ``</DOCUMENT>`` (a truncated submission) is kept up to the end of
    the input, with a warning naming its character position.
    """
    documents: list[tuple] = []
    warnings: list[str] = []
    pos = start
    while (begin := _find(text, "<DOCUMENT>", pos, len(text))) >= 0:
        first = begin + len("<DOCUMENT>")
        end = _find(text, "</DOCUMENT>", first, len(text))
        if end < 0:
            warnings.append(f"unterminated <DOCUMENT> at character {begin}: read to the end of the file")
            end = len(text)
        documents.append(_document(text, first, end, len(documents) + 1))
        pos = end + len("</DOCUMENT>")
    return documents, warnings


def _find(text: str, tag: str, start: int, stop: int) -> int:
    """Position of ``tag`` in ``text[start:stop]``, or -1. EDGAR writes tags in capitals;
    any other case is looked for only when the capitals are absent."""
    found = text.find(tag, start, stop)
    if found < 0 and text.find(tag.lower(), start, stop) >= 0:
        found = text.find(tag.lower(), start, stop)
    if found < 0:
        match = re.compile(re.escape(tag), re.I).search(text, start, stop)
        found = match.start() if match else -1
    return found


def _document(text: str, begin: int, stop: int, ordinal: int) -> tuple:
    body_start = _find(text, "<TEXT>", begin, stop)
    meta_end = body_start if body_start >= 0 else begin
    meta = {m.group(1).upper(): m.group(2).strip() for m in _META.finditer(text, begin, meta_end)}
    if body_start >= 0:
        body_end = _rfind(text, "</TEXT>", body_start, stop)
        first, last = body_start + len("<TEXT>"), body_end if body_end >= 0 else stop
    else:
        first, last = meta_end, stop
    doc_type = meta.get("TYPE", "").upper()
    filename = meta.get("FILENAME") or None
    markup = classify(text, first, last, doc_type, filename)
    sequence = int(meta["SEQUENCE"]) if meta.get("SEQUENCE", "").isdigit() else ordinal
    body = "" if markup == "binary" else text[first:last]
    return (sequence, doc_type, filename, meta.get("DESCRIPTION") or None, markup, body, first)


def _rfind(text: str, tag: str, start: int, stop: int) -> int:
    found = text.rfind(tag, start, stop)
    return found if found >= 0 else text.rfind(tag.lower(), start, stop)
