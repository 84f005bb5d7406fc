"""Dates in prose, resolved against the report or release date.

Values are ISO strings at the precision the text gives: ``2007-07-31``, ``2006-04``, ``2000``.
Relative phrases ("today", "later this year", "next year") resolve against the reference date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|"
          r"Nov\.?|Dec\.?)")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Words glued to dates in scraped text ("inSeptember 2021", LLY-2022-12-22) are tolerated.
DATE_RE = re.compile(
    r"(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)"
    r"|" + _MONTH + r"\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s*" + _YEAR + r"\b"
    r"|(?P<day2>[0-3]?\d)\s+(?P<month2>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(?P<year2>(?:19|20)\d{2})(?!\d)"
    r"|(?P<monthonly>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+of)?,?\s+(?P<year3>(?:19|20)\d{2})(?!\d)"
    r"|(?P<quarter>(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q[1-4]|[1-4]Q|[12]H|H[12]|(?:first|second)\s+half|"
    r"(?:early|mid|late|end of|year-end)[- ])\s*(?:of\s+)?(?P<year4>(?:19|20)\d{2})\b"
    # Analysts' quarters and halves with a two-digit year: "topline data in 2H26", "1Q27".
    r"|(?<![\w$])(?P<shortq>[1-4]Q|Q[1-4]|[12]H|H[12])\s?['’]?(?P<yy>[2-4]\d)(?![\w%])"
    r"|(?<![\d$.,\-/])(?P<yearonly>(?:19|20)\d{2})(?!\d|,\d|%|\.\d|-\d)",
)
RELATIVE_RE = re.compile(
    r"\b(?P<today>today|this morning|yesterday)\b"
    r"|\b(?P<thisyear>(?:later|earlier)\s+this\s+year|this\s+year|by\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?year[- ]end|"
    r"by\s+the\s+end\s+of\s+(?:the|this)\s+year|(?:in\s+)?the\s+(?:first|second|third|fourth)\s+quarter(?!\s+of\s+\d))\b"
    r"|\b(?P<nextyear>next\s+year)\b"
    # "to be completed in September", "full data in Q4": a month or quarter with no year is the
    # reference year's (LLY-2020-08-03).
    r"|\b(?:in|by|during|until|through)\s+(?P<bare>(?-i:January|February|March|April|June|July|August|September|October|November|December))\b(?![\s,]*(?:of\s+)?\d)"
    r"|\b(?:in|by|during)\s+(?:the\s+)?(?P<bareq>(?-i:Q[1-4]))\b(?![\s,]*(?:of\s+)?\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    value: str  # ISO at the text's precision
    start: int
    end: int
    relative: bool = False


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _value(m: re.Match[str]) -> str | None:
    if m.group("iso"):
        return m.group("iso")
    if m.group("month"):
        day = int(m.group("day"))
        return f"{m.group('year')}-{_month(m.group('month')):02d}-{day:02d}" if 1 <= day <= 31 else None
    if m.group("month2"):
        return f"{m.group('year2')}-{_month(m.group('month2')):02d}-{int(m.group('day2')):02d}"
    if m.group("monthonly"):
        return f"{m.group('year3')}-{_month(m.group('monthonly')):02d}"
    if m.group("quarter"):
        return m.group("year4")
    if m.group("shortq"):
        return "20" + m.group("yy")
    return m.group("yearonly")


def find_dates(text: str, reference: str | None = None) -> tuple[DateMatch, ...]:
    """Absolute dates in ``text``, plus relative ones when a ``reference`` date is known."""
    out = [DateMatch(v, m.start(), m.end()) for m in DATE_RE.finditer(text) if (v := _value(m))]
    if reference:
        for m in RELATIVE_RE.finditer(text):
            value = _relative(m, reference)
            if value:
                out.append(DateMatch(value, m.start(), m.end(), relative=True))
    out.sort(key=lambda d: d.start)
    return tuple(out)


def _relative(m: re.Match[str], reference: str) -> str | None:
    if m.group("today"):
        return reference if m.group("today").lower() != "yesterday" else None
    if m.group("thisyear"):
        return reference[:4]
    if m.group("bare"):
        return f"{reference[:4]}-{MONTHS[m.group('bare').lower()]:02d}"
    if m.group("bareq"):
        return reference[:4]
    if m.group("nextyear"):
        return str(int(reference[:4]) + 1)
    return None


def parse_date(text: str) -> str | None:
    """The first absolute date in ``text`` (ISO at its precision), or None."""
    found = find_dates(text)
    return found[0].value if found else None


def before(value: str, reference: str) -> bool:
    """True when ``value`` is wholly earlier than ``reference`` at ``value``'s precision
    ("2006-04" is before "2007-07-31"; "2007" is not before "2007-07-31")."""
    return value < reference[: len(value)]


def after(value: str, reference: str) -> bool:
    return value > reference[: len(value)]


#: The first month of a period named with a year: quarters, halves and parts of a year.
_PERIOD_START = {"first quarter": 1, "1st quarter": 1, "q1": 1, "1q": 1, "second quarter": 4, "2nd quarter": 4,
                 "q2": 4, "2q": 4, "third quarter": 7, "3rd quarter": 7, "q3": 7, "3q": 7, "fourth quarter": 10,
                 "4th quarter": 10, "q4": 10, "4q": 10, "first half": 1, "1h": 1, "h1": 1, "second half": 7,
                 "2h": 7, "h2": 7, "early": 1, "mid": 5, "late": 9, "end of": 10, "year-end": 10}


def period_ahead(text: str, reference: str | None) -> bool:
    """True when ``text`` names a quarter, half or part of the reference year that has not begun
    ("topline readout (mid-2026)", "data in 2H26" in a March 2026 note): a year-precision date
    that is still to come, though it equals the reference's year."""
    if not reference or len(reference) < 7:
        return False
    for m in DATE_RE.finditer(text):
        period = m.group("quarter") or m.group("shortq")
        if not period:
            continue
        year = m.group("year4") or ("20" + m.group("yy"))
        start = _PERIOD_START.get(re.sub(r"[\s\-]+$", "", period.lower()).replace("  ", " "))
        if start and year == reference[:4] and start > int(reference[5:7]):
            return True
    return False
