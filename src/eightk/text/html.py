"""HTML (and inline XBRL) to plain text with block structure kept.

Two paths give the same text. :func:`html_to_text`, the fast one, deletes tags with C-level
substitutions and folds white space. :func:`pad_markup` replaces every tag and entity with a
string of the same length instead (padding, with a marker for block and cell boundaries), so
positions still match the source; :class:`~eightk.text.offsets.OffsetMap` runs it only when an
offset is asked for, and aligns it with the text. A test holds the two paths equal.
"""

from __future__ import annotations

import functools
import html
import re
from itertools import repeat

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


def _any_case(word: str) -> str:
    """``word`` as a pattern matching it in any ASCII case (``[dD][iI][vV]``). The tag passes
    below spell case out rather than use ``re.IGNORECASE``: on 25 MB of EDGAR HTML the block
    pass runs twice as fast, and tag names are ASCII."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


def _alternation(words: list[str], first_literal: bool = True) -> str:
    """A prefix-tree alternation of ``words`` in any case: the engine tries one branch per
    first letter instead of every word. The first letter leads its branch as a literal, once
    per case (``t(?:[dD]|[hH])|T(?:[dD]|[hH])``), so a branch is rejected by one compare."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[0].lower(), []).append(w[1:])
    branches = []
    for first, rests in by_first.items():
        tails = [r for r in rests if r]
        tail = _alternation(tails, first_literal=False) if tails else ""
        if tails and "" in rests:
            tail = f"(?:{tail})?"
        if first_literal:
            branches += [re.escape(c) + tail for c in dict.fromkeys((first, first.upper()))]
        else:
            branches.append(_any_case(first) + tail)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_BLOCK_TAG = re.compile(r"</?%s\b[^>]*>" % _alternation(sorted(BLOCK_TAGS - {"div"})))
_DIV = re.compile(r"<(/?)%s\b[^>]*>" % _any_case("div"))
_CELL_TAG = re.compile(r"<%s\b[^>]*>" % _alternation(["td", "th"]))
_ANY_TAG = re.compile(r"</?[A-Za-z][\w:.-]*[^>]*>")
#: The entities most EDGAR HTML is made of, replaced without a regex.
_COMMON_ENTITIES = (
    ("&nbsp;", " "), ("&#160;", " "), ("&amp;", "&"), ("&#8217;", "\u2019"), ("&#8220;", "\u201c"),
    ("&#8221;", "\u201d"), ("&#8212;", "\u2014"), ("&#8211;", "\u2013"),
)
_CONTROL = re.compile(r"[\x00-\x08]")  # would be taken for padding and markers
_CONTROL_CHARS = tuple(chr(i) for i in range(9))
#: :data:`_HIDDEN` with each name spelled in both cases and ``\1`` spelled out per name (a third
#: faster). Equal to it on text without the four non-ASCII letters that ``re.IGNORECASE`` folds
#: onto ASCII ones (İ ı K ſ), which :func:`_hidden_pass` checks for.
_HIDDEN_NAMES = ("script", "style", "head", "ix:header", "xbrl:header")
_HIDDEN_CASED = re.compile(
    r"<(?:!--.*?-->|"
    + "|".join(rf"{_any_case(n)}\b[^>]*>.*?</{_any_case(n)}\s*>" for n in _HIDDEN_NAMES)
    + r"|[!?][^>]*>)",
    re.S,
)
_FOLDED_LETTERS = ("\u0130", "\u0131", "\u212a", "\u017f")
_INLINE = re.compile(r"display:\s*inline", re.I)
#: An opening ``<div>`` styled inline. Without one every ``<div>`` and ``</div>`` is a line
#: break, and the pass needs no per-tag callback (most EDGAR HTML; iXBRL often has them).
_INLINE_DIV = re.compile(r"<%s\b[^>]*(?i:display:\s*inline)" % _any_case("div"))
_PRE_OPEN = re.compile("<(?:pre|PRE)")  # as ``"<pre" in s or "<PRE" in s``, in half the time
_PRE = re.compile(r"(<pre\b[^>]*>)(.*?)(</pre\s*>)", re.S | re.I)



def html_to_text(source: str) -> str:
    """The normalised text of an HTML document (equal to ``fold(pad_markup(source))``)."""
    if _has_control(source):
        source = _CONTROL.sub("", source)
    if _PRE_OPEN.search(source):
        source = _PRE.sub(_keep_pre_breaks, source)
    source = _hidden_pass(source)
    if _INLINE_DIV.search(source):
        source = _DIV.sub(_DivMarker(), source)
    else:
        source = _DIV.sub(BLOCK, source)
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


def _hidden_pass(source: str) -> str:
    """``_HIDDEN.sub("", source)``: comments, scripts, styles and hidden headers dropped."""
    if any(c in source for c in _FOLDED_LETTERS):
        return _HIDDEN.sub("", source)
    return _HIDDEN_CASED.sub("", source)


def pad_markup(source: str) -> str:
    """``source`` with every tag and entity replaced by a same-length string (see module doc)."""
    if _has_control(source):
        source = _CONTROL.sub(PAD, source)
    if _PRE_OPEN.search(source):
        source = _PRE.sub(_keep_pre_breaks, source)
    padded = _TOKEN.sub(_TagPadder(), source)
    if "&" in padded:
        padded = _ENTITY.sub(_pad_entity, padded)
    return padded


def fold(padded: str) -> str:
    """The final text of a padded document: padding dropped, white space and markers folded.

    String methods, not regex substitutions: every run of white space becomes one space
    (``split``/``join``: the substitution made one replacement per word), then every run of
    spaces and markers that holds a block marker becomes a line break, and every other run
    that holds a cell marker a tab."""
    text = padded.replace(PAD, "")
    for odd in _ODD_SPACES:
        if odd in text:
            text = text.replace(odd, " ")
    text = " ".join(text.split())
    if BLOCK in text:
        text = _fold_runs(text, BLOCK, " " + CELL, "\n")
    if CELL in text:
        text = _fold_runs(text, CELL, " ", "\t")
    return text.strip()


#: Characters folded like white space though ``str.split`` keeps them (zero-width space, BOM).
_ODD_SPACES = ("\u200b", "\ufeff")


def _fold_runs(text: str, marker: str, around: str, into: str) -> str:
    """Each run of ``marker`` and ``around`` characters that holds a ``marker`` -> ``into``."""
    parts = text.split(marker)
    last = len(parts) - 1
    kept = [parts[0].rstrip(around)]
    kept += filter(None, map(str.strip, parts[1:last], repeat(around)))  # no Python frame per part
    kept.append(parts[last].lstrip(around))
    return into.join(kept)


def _has_control(source: str) -> bool:
    """``_CONTROL.search`` as nine ``str`` searches (a twentieth of the time)."""
    return any(c in source for c in _CONTROL_CHARS)


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
    return _unescape(match.group())


@functools.lru_cache(maxsize=4096)
def _unescape(entity: str) -> str:
    """One entity's replacement (a filing repeats a few entities hundreds of times)."""
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
