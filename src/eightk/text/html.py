"""HTML (and inline XBRL) to plain text with block structure kept.

Every tag and entity is first replaced by a string of the same length (padding, with a marker
for block and cell boundaries), so positions still match the source; C-level passes then fold
white space and markers into the final text. :class:`~eightk.text.offsets.OffsetMap` aligns the
two on request.
"""

from __future__ import annotations

import html
import re

PAD = "\x00"
BLOCK = "\x01"  # a line break: block element boundary
CELL = "\x02"  # a table cell boundary

BLOCK_TAGS = frozenset(
    "p div br tr li ul ol dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot center blockquote "
    "pre hr title section article header footer address caption form page".split()
)
CELL_TAGS = frozenset(("td", "th"))

_TOKEN = re.compile(
    r"<!--.*?-->"  # comments
    r"|<(script|style|head|ix:header|xbrl:header)\b[^>]*>.*?</\1\s*>"  # hidden content
    r"|<(/?)([A-Za-z][\w:.-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"  # a tag
    r"|<[!?][^>]*>",  # doctype, processing instruction
    re.S | re.I,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\x00-\x08]")  # would be taken for padding and markers
_INLINE = re.compile(r"display:\s*inline", re.I)
_PRE = re.compile(r"(<pre\b[^>]*>)(.*?)(</pre\s*>)", re.S | re.I)

_SPACES = re.compile(r"[\s\u200b\ufeff]+")
_MARKED_SPACE = re.compile(r" ?[\x01\x02][ \x01\x02]*")
_CELL_RUN = re.compile(r"[ \t]*\t[ \t]*")
_LINE_EDGES = re.compile(r"[ \t]*\n[ \t\n]*")


def pad_markup(source: str) -> str:
    """``source`` with every tag and entity replaced by a same-length string (see module doc)."""
    if _CONTROL.search(source):
        source = _CONTROL.sub(PAD, source)
    if "<pre" in source or "<PRE" in source:
        source = _PRE.sub(_keep_pre_breaks, source)
    padded = _TOKEN.sub(_TagPadder(), source)
    if "&" in padded:
        padded = _ENTITY.sub(_pad_entity, padded)
    return padded


def fold(padded: str) -> str:
    """The final text of a padded document: padding dropped, white space and markers folded."""
    text = padded.replace(PAD, "")
    text = _SPACES.sub(" ", text)
    if BLOCK in text or CELL in text:
        text = _MARKED_SPACE.sub(_marker_run, text)
        text = _CELL_RUN.sub("\t", text)
        text = _LINE_EDGES.sub("\n", text)
    return text.strip()


class _TagPadder:
    """The replacement for each token; remembers which open ``<div>``s are inline, so that
    their ``</div>`` breaks no line (iXBRL wraps tagged numbers in ``display:inline`` divs)."""

    __slots__ = ("_divs",)

    def __init__(self) -> None:
        self._divs: list[bool] = []

    def __call__(self, match: re.Match) -> str:
        length = match.end() - match.start()
        name = match.group(3)
        if name is None:
            return PAD * length
        name = name.lower()
        if name == "div" and not self._is_block_div(match):
            return PAD * length
        if name in BLOCK_TAGS:
            return BLOCK + PAD * (length - 1)
        if name in CELL_TAGS and not match.group(2):
            return CELL + PAD * (length - 1)
        return PAD * length

    def _is_block_div(self, match: re.Match) -> bool:
        if match.group(2):
            return self._divs.pop() if self._divs else True
        inline = _INLINE.search(match.group()) is not None
        if not match.group().endswith("/>"):
            self._divs.append(not inline)
        return not inline


def _pad_entity(match: re.Match) -> str:
    entity = match.group()
    char = html.unescape(entity)
    if len(char) >= len(entity):
        return entity
    if char in "\xa0\u2002\u2003\u2009":
        char = " "
    return char + PAD * (len(entity) - len(char))


def _keep_pre_breaks(match: re.Match) -> str:
    return match.group(1) + match.group(2).replace("\n", BLOCK) + match.group(3)


def _marker_run(match: re.Match) -> str:
    return "\n" if BLOCK in match.group() else "\t"
