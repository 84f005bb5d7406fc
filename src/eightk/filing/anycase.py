"""Case-insensitive patterns spelled out, so the regex engine can skip ahead.

``re.IGNORECASE`` costs a full match attempt at every position of the text (the engine can
neither use a literal prefix nor reject a branch by its first character). The same pattern with
each letter written as a class of its cases (``[dD][eE][lL]``) and alternations laid out as a
prefix tree whose branches start with a literal is equal to it, and a branch that cannot match
is rejected by one compare. Equal to ``re.IGNORECASE`` on all text: the classes hold the four
non-ASCII letters that Python folds onto ASCII ones (``İ ı`` for i, ``K`` for k, ``ſ`` for s).
tests/test_perf_equivalence.py holds each fast form to its plain one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (Python 3.11, measured
#: over every code point).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def cases(letter: str) -> list[str]:
    """Every character ``letter`` matches under ``re.IGNORECASE`` (the letter first)."""
    low = letter.lower()
    if not low.isascii() or not low.isalpha():
        return [letter]
    return [low, low.upper(), *_FOLDS.get(low, "")]


def char(c: str, space: str = r"\s+") -> str:
    """One character of a pattern as a class of its cases (a space: ``space``)."""
    if c == " ":
        return space
    options = cases(c)
    return re.escape(c) if len(options) == 1 else "[" + "".join(options) + "]"


def word(text: str) -> str:
    return "".join(char(c) for c in text)


def trie(words: list[str], first_literal: bool = True, space: str = r"\s+") -> str:
    """A prefix-tree alternation of ``words`` in any case, longer continuations tried first (as
    an alternation sorted longest first tries them). Spaces match ``space`` (runs of white space
    unless told)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0].lower() if w[0] != " " else " ", []).append(w[1:])
    branches = []
    for first, rests in by_first.items():
        tails = sorted({r for r in rests if r})
        tail = trie(tails, first_literal=False, space=space) if tails else ""
        if tails and "" in rests:
            tail = f"(?:{tail})?"
        if first_literal and first != " ":
            branches += [re.escape(c) + tail for c in cases(first)]
        else:
            branches.append(char(first, space) + tail)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


#: ``[A-Z]`` or ``[a-z]`` under ``re.IGNORECASE``.
ANY_LETTER = "[A-Za-z" + "".join(sorted(set("".join(_FOLDS.values())))) + "]"


def explicit(source: str) -> str:
    """``source`` (a pattern meant for ``re.IGNORECASE``) with its letters spelled in every case,
    for use without the flag. Escapes, group headers and classes are copied as they are; a class
    holding letters is refused (its cases would need spelling too)."""
    out: list[str] = []
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            out.append(source[i : i + 2])
            i += 2
        elif c == "[":
            j = i + 1
            while source[j] != "]" or j == i + 1:
                j += 2 if source[j] == "\\" else 1
            klass = source[i : j + 1]
            if any(ch.isalpha() for ch in re.sub(r"\\.", "", klass)):
                raise ValueError(f"class with letters in {source!r}: {klass}")
            out.append(klass)
            i = j + 1
        elif source.startswith("(?P<", i):
            j = source.index(">", i)
            out.append(source[i : j + 1])
            i = j + 1
        elif c == "(" and source.startswith("?", i + 1):
            j = i + 2 + (source[i + 2] == "<")
            out.append(source[i : j + 1])
            i = j + 1
        elif c.isalpha():
            out.append(char(c) if c != " " else c)
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def first_literal(source: str) -> str:
    """An alternation of branches whose first letter is spelled out as one branch per case
    (``[rR]ule|...`` -> ``r...|R...``), so the engine rejects a branch by one compare."""
    return "|".join(
        "|".join(re.escape(c) + branch[head.end():] for c in cases(head[1]))
        if (head := re.match(r"\[(\w)[^\]]*\]", branch)) else branch
        for branch in _top_level_branches(source)
    )


def _top_level_branches(source: str) -> list[str]:
    branches, depth, start, i = [], 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = source.index("]", i + 2) + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    return branches + [source[start:]]


def compile_fast(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, re.IGNORECASE | flags)``, spelled out (see the module doc)."""
    return re.compile(first_literal(explicit(source)), flags)


def search_after_lead(pattern: re.Pattern[str], key: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)`` for a label pattern whose every match is ``\\(?\\s*`` then
    a match of ``key`` (then text that does not depend on what came before the key): the regex
    engine, which cannot skip ahead to an optional prefix, is run only where ``key`` occurs,
    from the start of the parenthesis and white space before it."""
    while (k := key.search(text, lo, hi)) is not None:
        s = k.start()
        while s > lo and text[s - 1].isspace():
            s -= 1
        if s > lo and text[s - 1] == "(":
            s -= 1
        m = pattern.match(text, s, hi)
        if m is not None:
            return m
        lo = k.start() + 1
    return None


def finditer_at_keys(pattern: re.Pattern[str], key: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match starts where ``key``
    matches (``\\bItem...`` with key ``item``): the engine runs only at the key's occurrences.
    For :mod:`.items` and :mod:`.inferred` (``_HEADING``, ``_THIS_ITEM``), whose ``re.IGNORECASE``
    scans try every position of the main document."""
    pos = lo
    while (k := key.search(text, pos, hi)) is not None:
        m = pattern.match(text, k.start(), hi)
        if m is None:
            pos = k.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1
