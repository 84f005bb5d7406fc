"""Sentence and clause boundaries, found around a position rather than over a whole text.

Only candidate positions from :mod:`eightk.extract.scan` are expanded, so the cost is per
candidate, never per document. A sentence ends at ``.``/``!``/``?`` followed by space and a
capital (not after an abbreviation such as "Inc." or "U.S."; a stray C1 control character left
by cp1252, U+0097 in ABT-2011-01-14's "date. Private", may stand before the capital), at a
blank line unless the next paragraph starts in lower case (the seed breaks "process
development / milestones" across a page), and at a line that starts with a bullet.
"""

from __future__ import annotations

import re

#: Longest sentence we expand to on either side of a position. One-line scraped releases
#: (LLY newsroom files) have no paragraph breaks; this bounds the work per candidate.
MAX_SIDE = 900
#: How far past a position the backward search reads, for the look-aheads of ``_END_RE``.
LOOKAHEAD = 40

_ABBREV = frozenset(
    "inc corp co ltd llc plc no nos mr mrs ms dr st jr sr vs e.g i.e etc u.s u.k n.v s.a a.g "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx fig mass calif ph.d m.d sa ag nv "
    "bros dept est govt intl mt ave blvd".split()
)
#: Sentence boundaries. Every alternative begins with one character of ``[.!?/|\s]``, which
#: the pattern consumes first and each alternative then checks by looking behind: a pattern that
#: starts with a character set lets the engine skip the letters between boundaries. A plain space
#: starts a boundary only before "*" or "-", so the others are dropped before any alternative is
#: tried (together twice as fast as the plain form). Written plainly, the alternatives are::
#:
#:     (?<=[a-z]{2})\.(?=[A-Z][a-z]{2})   \s\*(?:\s\*){2,}\s   \s\*\s(?=[A-Z])   //\s*--\s   \s--\s
#:     \n(?=[A-Z][A-Za-z() ]{2,30}:\s)   [.!?]["'”’)\]*]*\s+(?=["'“‘(*#\x80-\x9f]*[A-Z0-9•\-*\x97—])
#:     \n[ \t]*\n(?=\s*[^a-z\s])   \n(?=[ \t]*(?:[*•\-–]|\d+\.)\s)   \n(?=[ \t]*[•■▪●])   \n(?=[ \t]*#)   \|
_END_RE = re.compile(
    r"[.!?/|\s](?:(?<! )|(?=[*\-]))(?:"
    r"(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2})|(?<=\s)\*(?:\s\*){2,}\s|(?<=\s)\*\s(?=[A-Z])|(?<=/)/\s*--\s|(?<=\s)--\s|"
    r"(?<=\n)(?=[A-Z][A-Za-z() ]{2,30}:\s)|(?<=[.!?])[\"'”’)\]*]*\s+(?=[\"'“‘(*#\x80-\x9f]*[A-Z0-9•\-*\x97—])|"
    r"(?<=\n)[ \t]*\n(?=\s*[^a-z\s])|(?<=\n)(?=[ \t]*(?:[*•\-–]|\d+\.)\s)|(?<=\n)(?=[ \t]*[•■▪●])|"
    r"(?<=\n)(?=[ \t]*#)|(?<=\|))"
)
#: Abbreviations that may end a sentence, and the words that then start the next one.
_PLACE_ABBREV = frozenset({"u.s", "u.k"})
_SENTENCE_START_RE = re.compile(r"\s+(?:This|The|These|It|In|We|Our|Additionally|As)\s")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)[.!?][\"'”’)\]*]*\s*$")


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the terminator at ``text[end]`` closes an abbreviation ("Inc.", "U.S.")."""
    if text[end] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, end - 12), end + 1)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _PLACE_ABBREV and _SENTENCE_START_RE.match(text, end + 1):
        return False  # "... under review in U.S. This regulatory application was" (LLY-2021-05-18)
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The ``(start, end)`` of the sentence containing ``pos``, whitespace trimmed."""
    lo = max(0, pos - MAX_SIDE)
    start = _word_start_after(text, lo, pos)  # no boundary in reach: never start mid-word
    # Searched a little past ``pos`` so that a boundary's look-ahead can see the word at ``pos``
    # ("...obesity; * Submission of": the bullet before the scanned word, LLY-2024-04-30).
    for m in reversed(list(_END_RE.finditer(text, lo, min(len(text), pos + LOOKAHEAD)))):  # the last before pos
        if m.end() <= pos and not _is_abbreviation(text, m.start()):
            start = m.end()
            break
    hi = min(len(text), pos + MAX_SIDE)
    end = _word_end_before(text, hi, pos)
    for m in _END_RE.finditer(text, pos, hi):
        if not _is_abbreviation(text, m.start()):
            end = m.start() + (1 if text[m.start()] in ".!?" else 0)
            break
    return _trim(text, start, end)


def _word_start_after(text: str, lo: int, pos: int) -> int:
    """``lo``, or past the word it cuts ("...and f|uture plans" starts at " plans")."""
    if lo == 0 or not text[lo - 1].isalnum():
        return lo
    while lo < pos and text[lo].isalnum():
        lo += 1
    return lo


def _word_end_before(text: str, hi: int, pos: int) -> int:
    """``hi``, or before the word it cuts."""
    if hi >= len(text) or not text[hi].isalnum():
        return hi
    while hi > pos and text[hi - 1].isalnum():
        hi -= 1
    return hi


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n*#•|-":
        start += 1
    while end > start and text[end - 1] in " \t\r\n*|":
        end -= 1
    return start, end


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences (used on a paragraph, not a whole document)."""
    end = len(text) if end is None else end
    out, cur = [], start
    for m in _END_RE.finditer(text, start, end):
        if _is_abbreviation(text, m.start()):
            continue
        stop = m.start() + (1 if text[m.start()] in ".!?" else 0)
        s, e = _trim(text, cur, stop)
        if e > s:
            out.append((s, e))
        cur = m.end()
    s, e = _trim(text, cur, end)
    if e > s:
        out.append((s, e))
    return out


_PARA_RE = re.compile(r"\n[ \t]*\n")


def paragraph_at(text: str, pos: int, limit: int = 4000) -> tuple[int, int]:
    """The paragraph around ``pos`` (bounded by blank lines, at most ``limit`` chars a side)."""
    lo = max(0, pos - limit)
    start = lo
    for m in _PARA_RE.finditer(text, lo, pos):
        start = m.end()
    m = _PARA_RE.search(text, pos, min(len(text), pos + limit))
    end = m.start() if m else min(len(text), pos + limit)
    return start, end


CLAUSE_BREAK_RE = re.compile(r";|,\s+(?:and|while|but|whereas)\s+|\s+and\s+(?=(?:will|has|have|had|is|are|was|were|plans|expects)\b)|,\s+(?=(?:reported|presented|announced|began|initiated|completed|started|received|and)\b)")


def clause_at(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause of sentence ``text[start:end]`` that holds ``pos``."""
    c_start = start
    for m in CLAUSE_BREAK_RE.finditer(text, start, pos):
        c_start = m.end()
    m = CLAUSE_BREAK_RE.search(text, pos, end)
    return c_start, (m.start() if m else end)
