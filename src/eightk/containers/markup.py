"""What kind of content a document holds: HTML, inline XBRL, plain text, or skipped binary."""

from __future__ import annotations

import re

#: Document types whose content is never read as text (binary, data, or machine XBRL).
SKIPPED_TYPES = ("GRAPHIC", "ZIP", "PDF", "EXCEL", "XML", "JSON", "EX-101", "COVER")
SKIPPED_SUFFIXES = (
    ".jpg", ".jpeg", ".gif", ".png", ".pdf", ".zip", ".xls", ".xlsx", ".xml", ".xsd", ".json",
    ".css", ".js",
)
#: How far into a document its first bytes are sniffed.
SNIFF_CHARS = 4000

_UUENCODE = re.compile(r"^begin [0-7]{3} \S", re.M)
_HTML = re.compile(r"<(?:html|body|div|p|font|br|center|h[1-6])\b", re.I)


def classify(text: str, first: int, last: int, doc_type: str = "", filename: str | None = None) -> str:
    """``html``, ``ixbrl``, ``text`` or ``binary`` for ``text[first:last]``, without copying it."""
    if doc_type.startswith(SKIPPED_TYPES) or (filename or "").lower().endswith(SKIPPED_SUFFIXES):
        return "binary"
    head_end = min(last, first + SNIFF_CHARS)
    if _UUENCODE.search(text, first, head_end) or text.startswith("<PDF>", first):
        return "binary"
    if not _HTML.search(text, first, head_end):
        return "text"
    return "ixbrl" if _has_ix_tag(text, first, last) else "html"


def _has_ix_tag(text: str, first: int, last: int) -> bool:
    """``<ix:header`` or ``<ix:nonNumeric`` in ``text[first:last]``: one scan for ``<ix:``, not
    one per tag (a plain HTML exhibit was read twice to its end)."""
    pos = text.find("<ix:", first, last)
    while pos >= 0:
        if text.startswith(("header", "nonNumeric"), pos + 4, last):
            return True
        pos = text.find("<ix:", pos + 1, last)
    return False
