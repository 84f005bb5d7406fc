"""The Lee et al. (2014) extracted-text format: ``FILE:``/``TIME:``/``EVENTS:`` lines, then text.

The ``EVENTS:`` line and the ``ITEM:`` lines after ``TEXT:`` are that corpus's labels (EDGAR item
descriptions): they are kept out of the text so that item detection reads only the body.
"""

from __future__ import annotations

import re

from ..records import Header

_FIELD = re.compile(r"^(FILE|TIME|EVENTS):(.*)$", re.M)
_TEXT = re.compile(r"^TEXT:[ \t]*\n", re.M)
_LABEL_LINES = re.compile(r"(?:ITEM:[^\n]*\n)*")
_END = "</DOCUMENT>"
_FORM_IN_NAME = re.compile(r"-(8-?K(?:/A)?|8-K12B)-", re.I)


def is_lee(text: str) -> bool:
    head = text[:600]
    return "FILE:" in head and "TIME:" in head and "TEXT:" in head


def split_lee(text: str) -> tuple[Header, int, int]:
    """Return ``(header, body_start, body_end)``."""
    fields = {m.group(1): m.group(2).strip() for m in _FIELD.finditer(text, 0, 2000)}
    text_line = _TEXT.search(text)
    start = text_line.end() if text_line else 0
    start = _LABEL_LINES.match(text, start).end()
    end = text.rfind(_END)
    end = end if end >= start else len(text)
    time = fields.get("TIME", "")
    form = _FORM_IN_NAME.search(fields.get("FILE", ""))
    filed = f"{time[:4]}-{time[4:6]}-{time[6:8]}" if time[:8].isdigit() else None
    header = Header(form=form.group(1).upper().replace("8K", "8-K") if form else None, filed=filed)
    return header, start, end
