"""Offsets from normalised text back to byte offsets in the raw input, computed on request.

Normalisation only deletes characters (tags, entity tails, padding) and folds runs of white
space; every other character keeps its order. So the map is rebuilt, lazily, by aligning runs of
content characters of the *padded* source (same length as the source) with the final text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from ..containers.decode import byte_anchors

#: Characters that never reach the final text as themselves: white space, padding, markers.
_CONTENT_RUN = re.compile(r"[^\s\x00-\x08\u200b\ufeff]+")


class OffsetMap:
    """``to_source(i)``: byte offset in the raw input of character ``i`` of the normalised text."""

    __slots__ = ("_padded", "_text", "_base", "_decoded", "_ascii", "_runs", "_bytes")

    def __init__(self, padded: Callable[[], str], text: str, base: int, decoded: str, ascii_only: bool):
        self._padded = padded  # rebuilds the padded body when the map is first needed
        self._text = text
        self._base = base  # character offset of the document body in the decoded input
        self._decoded = decoded
        self._ascii = ascii_only
        self._runs: tuple[list[int], list[int]] | None = None
        self._bytes: tuple[list[int], list[int]] | None = None

    def to_char(self, i: int) -> int:
        """Character offset in the decoded input of text offset ``i``."""
        starts, sources = self._runs or self._align()
        k = bisect_right(starts, i) - 1
        if k < 0:
            return self._base + (sources[0] if sources else 0)
        return self._base + sources[k] + (i - starts[k])

    def to_source(self, i: int) -> int:
        char = self.to_char(i)
        if self._ascii:
            return char
        chars, extra = self._bytes or self._byte_anchors()
        k = bisect_right(chars, char) - 1
        return char + (extra[k] if k >= 0 else 0)

    def _align(self) -> tuple[list[int], list[int]]:
        padded, text = self._padded(), self._text
        starts: list[int] = []
        sources: list[int] = []
        t = 0
        for run in _CONTENT_RUN.finditer(padded):
            while t < len(text) and text[t].isspace():
                t += 1
            starts.append(t)
            sources.append(run.start())
            t += run.end() - run.start()
        self._runs = (starts, sources)
        return self._runs

    def _byte_anchors(self) -> tuple[list[int], list[int]]:
        anchors = byte_anchors(self._decoded)
        self._bytes = ([a for a, _ in anchors], [b for _, b in anchors])
        return self._bytes
