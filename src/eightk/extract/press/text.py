"""Small text helpers shared by the press-release readers: cleaning values, finding lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MD_ESCAPE = re.compile(r"\\([$&*_#()\[\]{}.!+\-`>|~])")
_MD_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,2}|_{1,2}(?!\w)")
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n-–—•*|#:;,"


def clean(value: str) -> str:
    """A value as a reader wants it: markdown escapes and emphasis removed, spaces collapsed."""
    value = _MD_ESCAPE.sub(r"\1", value)
    value = _MD_EMPHASIS.sub("", value)
    return _SPACE.sub(" ", value).strip()


def strip_edges(text: str, start: int, end: int, chars: str = _EDGE_PUNCT) -> tuple[int, int]:
    """Shrink ``text[start:end]`` past leading and trailing ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int


_LINE = re.compile(r"[^\n]+")


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-blank lines of ``text[start:end]`` as offsets, edges stripped of spaces."""
    out: list[Line] = []
    for m in _LINE.finditer(text, start, len(text) if end is None else end):
        s, e = strip_edges(text, m.start(), m.end(), " \t\r\xa0")
        if s < e:
            out.append(Line(s, e))
    return out
