"""Plain-text documents: old text filings, text renderings, the Lee corpus.

Layout is kept (it carries meaning in old filings: centred headings, columns); carriage returns
and form feeds become line breaks and SGML page/table markers (``<PAGE>``, ``<S>``, ``<C>``)
are dropped. Text renderings keep their markdown (``\\$5 million``, ``**04-2726691**``): the
extractors read it as printed.
"""

from __future__ import annotations

import re

from .html import BLOCK, PAD

_SGML_MARKS = re.compile(r"</?(?:PAGE|S|C|FN|F\d{1,2}|CAPTION|TABLE)>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: The characters of ``_CONTROL``: nine-and-twenty ``str`` searches cost a tenth of one regex
#: search over a 2.4 MB text exhibit.
_CONTROL_CHARS = tuple(chr(i) for i in (*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F))


def pad_text(source: str) -> str:
    """``source`` with SGML markers and control characters padded, same length."""
    if "<" in source:
        source = _SGML_MARKS.sub(lambda m: BLOCK + PAD * (m.end() - m.start() - 1), source)
    source = source.replace("\r\n", PAD + "\n").replace("\r", "\n").replace("\x0c", "\n")
    if any(c in source for c in _CONTROL_CHARS):
        source = _CONTROL.sub(lambda m: m.group() if m.group() in (PAD, BLOCK) else PAD, source)
    return source


def fold_text(padded: str) -> str:
    text = padded.replace(PAD, "")
    if BLOCK in text:
        text = text.replace(BLOCK, "\n")
    return text.strip("\n ")
