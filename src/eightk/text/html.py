"""HTML (and inline XBRL) to plain text with block structure kept.

Two paths give the same text. :func:`html_to_text`, the fast one, deletes tags with C-level
substitutions and folds white space. :func:`pad_markup` replaces every tag and entity with a
string of the same length instead (padding, with a marker for block and cell boundaries), so
positions still match the source; :class:`~eightk.text.offsets.OffsetMap` runs it only when an
offset is asked for, and aligns it with the text. A test holds the two paths equal.
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
    r"|<(/?)([A-Za-z][\w:.-]*)[^>]*>"  # a tag
    r"|<[!?][^>]*>",  # doctype, processing instruction
    re.S | re.I,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HIDDEN = re.compile(
    r"<!--.*?-->|<(script|style|head|ix:header|xbrl:header)\b[^>]*>.*?</\1\s*>|<[!?][^>]*>", re.S | re.I
)
_BLOCK_TAG = re.compile(r"</?(?:%s)\b[^>]*>" % "|".join(sorted(BLOCK_TAGS - {"div"})), re.I)
_DIV = re.compile(r"<(/?)div\b[^>]*>", re.I)
_CELL_TAG = re.compile(r"<t[dh]\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"</?[A-Za-z][\w:.-]*[^>]*>")
#: The entities most EDGAR HTML is made of, replaced without a regex.
_COMMON_ENTITIES = (
    ("&nbsp;", " "), ("&#160;", " "), ("&amp;", "&"), ("&#8217;", "\u2019"), ("&#8220;", "\u201c"),
    ("&#8221;", "\u201d"), ("&#8212;", "\u2014"), ("&#8211;", "\u2013"),
)
_CONTROL = re.compile(r"[\x00-\x08]")  # would be taken for padding and markers
_INLINE = re.compile(r"display:\s*inline", re.I)
_PRE = re.compile(r"(<pre\b[^>]*>)(.*?)(</pre\s*>)", re.S | re.I)

_SPACES = re.compile(r"[\s\u200b\ufeff]+")
# After _SPACES, runs of markers and single spaces: one holding a block marker is a line break,
# one of cell markers only is a tab.
_BLOCK_RUN = re.compile(r"[ \x02]*\x01[ \x01\x02]*")
_CELL_RUN = re.compile(r" ?\x02[ \x02]*")


def html_to_text(source: str) -> str:
    """The normalised text of an HTML document (equal to ``fold(pad_markup(source))``)."""
    if _CONTROL.search(source):
        source = _CONTROL.sub("", source)
    if "<pre" in source or "<PRE" in source:
        source = _PRE.sub(_keep_pre_breaks, source)
    source = _HIDDEN.sub("", source)
    if _DIV.search(source):
        source = _DIV.sub(_DivMarker(), source)
    source = _BLOCK_TAG.sub(BLOCK, source)
    source = _CELL_TAG.sub(CELL, source)
    source = _ANY_TAG.sub("", source)
    if "&" in source:
        for entity, char in _COMMON_ENTITIES:
            if entity in source:
                source = source.replace(entity, char)
        if "&" in source:
            source = _ENTITY.sub(_entity, source)
    return fold(source)


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
    if BLOCK in text:
        text = _BLOCK_RUN.sub("\n", text)
    if CELL in text:
        text = _CELL_RUN.sub("\t", text)
    return text.strip()


class _TagPadder:
    """The replacement for each token; remembers which open ``<div>``s are inline, so that
    their ``</div>`` breaks no line (iXBRL wraps tagged numbers in ``display:inline`` divs)."""

    __slots__ = ("_divs",)

    def __init__(self) -> None:
        self._divs: list[bool] = []

    def __call__(self, match: re.Match) -> str:
        closing, name = match.group(2, 3)
        length = match.end() - match.start()
        if name is None:
            return _pad(length)
        name = name.lower()
        if name in BLOCK_TAGS:
            if name == "div" and not self._is_block_div(match, closing):
                return _pad(length)
            return BLOCK + _pad(length - 1)
        if name in CELL_TAGS and not closing:
            return CELL + _pad(length - 1)
        return _pad(length)

    def _is_block_div(self, match: re.Match, closing: str) -> bool:
        if closing:
            return self._divs.pop() if self._divs else True
        inline = _INLINE.search(match.group()) is not None
        if not match.group().endswith("/>"):
            self._divs.append(not inline)
        return not inline


_PADS = [PAD * n for n in range(256)]


def _pad(length: int) -> str:
    return _PADS[length] if length < 256 else PAD * length


def _entity(match: re.Match) -> str:
    entity = match.group()
    char = html.unescape(entity)
    if len(char) >= len(entity):
        return entity
    return " " if char in _WIDE_SPACES else char


def _pad_entity(match: re.Match) -> str:
    char = _entity(match)
    return char + _pad(match.end() - match.start() - len(char))


_WIDE_SPACES = "\xa0\u2002\u2003\u2009"


class _DivMarker:
    """Fast-path twin of :meth:`_TagPadder._is_block_div`: a line break for block divs only."""

    __slots__ = ("_divs",)

    def __init__(self) -> None:
        self._divs: list[bool] = []

    def __call__(self, match: re.Match) -> str:
        if match.group(1):
            return BLOCK if (self._divs.pop() if self._divs else True) else ""
        inline = _INLINE.search(match.group()) is not None
        if not match.group().endswith("/>"):
            self._divs.append(not inline)
        return "" if inline else BLOCK


def _keep_pre_breaks(match: re.Match) -> str:
    return match.group(1) + match.group(2).replace("\n", BLOCK) + match.group(3)
