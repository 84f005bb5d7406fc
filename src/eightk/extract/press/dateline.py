"""Datelines: ``CAMBRIDGE, MA, July 31, 2007 —`` and the wire-service forms.

Forms seen in the corpus and the brief::

    CAMBRIDGE, MA, July 31, 2007 —                      (seed, ImmunoGen 2007)
    CAMBRIDGE, Mass., July 31, 2007 /PRNewswire/ --
    INDIANAPOLISandSTAMFORD, Conn.,Jan. 7, 2019// --    (Lilly newsroom text, wire name stripped)
    NEW YORK, NY / ACCESSWIRE / May 1, 2025 /
    SILICON VALLEY, CA - July 24, 2025 (NEWMEDIAWIRE) -
    SOUTH SAN FRANCISCO, Calif.--(BUSINESS WIRE)--Jan. 7, 2019--
"""

from __future__ import annotations

import re
from datetime import date

from ...records import Dateline, Span

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = rf"(?P<date>{_MONTH}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?:19|20)\d\d)"
# A place word: an upper-case word such as CAMBRIDGE, ST. LOUIS, WINSTON-SALEM.
_PLACE_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.]"
_PLACE = rf"{_PLACE_WORD}(?:[ \t\xa0]+{_PLACE_WORD})*"
# A region as printed: MA, Mass., N.J., Calif., China, New York.
_REGION = r"[A-Z][A-Za-z.]*(?:[ \t\xa0][A-Z][A-Za-z.]*){0,2}"
_PLACE_REGION = rf"{_PLACE}(?:[ \t\xa0]*,[ \t\xa0]*{_REGION})?"
_JOIN = r"(?:[ \t\xa0]*,?[ \t\xa0]*and[ \t\xa0]*|[ \t\xa0]*/[ \t\xa0]*|[ \t\xa0]*&[ \t\xa0]*)"
_WIRE = r"(?:\(?[A-Za-z ]{0,20}(?:[Ww][Ii][Rr][Ee]|Newswire|NEWSWIRE)\)?)"
_SEP = rf"(?:[ \t\xa0]*(?:,|[-–—]{{1,2}}|/[ \t\xa0]*{_WIRE}?[ \t\xa0]*/|{_WIRE})[ \t\xa0]*)*"
# After the date: a dash, slashes, a wire name, the end of the line, or two spaces where a
# dash was lost in text extraction ("SANTA CLARA, Calif., Aug. 14, 2008  Agilent", 2008).
_END = rf"(?:[ \t\xa0]*(?:/[ \t\xa0]*{_WIRE}?[ \t\xa0]*/?|\(?{_WIRE})?[ \t\xa0]*(?:--|[-–—:]|//|/|\(|$)|[ \t\xa0]{{2,}}(?=[A-Z]))"

# The first place word checks the letter before it only after matching its own capital
# (``(?<![A-Za-z])`` moved behind ``[A-Z]``): a pattern that starts with a character set lets
# the engine skip to the next capital instead of trying every position.
_FIRST_PLACE_WORD = r"[A-Z](?<![A-Za-z][A-Z])[A-Z.'’\-]*[A-Z.]"
_FIRST_PLACE_REGION = rf"{_FIRST_PLACE_WORD}(?:[ \t\xa0]+{_PLACE_WORD})*(?:[ \t\xa0]*,[ \t\xa0]*{_REGION})?"
DATELINE = re.compile(
    rf"(?P<place>{_FIRST_PLACE_REGION}(?:{_JOIN}{_PLACE_REGION})*){_SEP}{_DATE}{_END}",
    re.MULTILINE,
)
# "Silicon Valley, CA (April 16, 2025) –": a title-case place is accepted only before a
# parenthesised date and a dash (ABVC's 2025 8-K exhibit).
DATELINE_PAREN = re.compile(
    rf"(?<![A-Za-z])(?P<place>[A-Z][A-Za-z.'’\-]+(?:[ \t\xa0]+[A-Z][A-Za-z.'’\-]+){{0,3}})\s*,\s*"
    rf"(?P<region>[A-Z][A-Za-z.]{{1,15}})\s*\(\s*{_DATE}\s*\)\s*[-–—]"
)
# "New York, NY  March 19, 2009  Alcoa Inc. ...": a title-case place with a two-letter state at
# the start of a line, the date after spaces (Alcoa's 2009 EX-99 as text).
# "Edmonton, Alberta, Canada May 5, 2025. Pacylex ...": a spelled-out region and a country, the
# date closed by a full stop (Pacylex 2025).
DATELINE_TITLE = re.compile(
    rf"^[ \t\xa0]*(?P<place>[A-Z][a-z]+(?:[ \t\xa0][A-Z][a-z]+){{0,2}}),[ \t\xa0]*(?P<region>[A-Z]{{2}}|[A-Z][a-z]{{1,5}}\.|"
    rf"[A-Z][a-z]{{2,15}}(?=[ \t\xa0]*,[ \t\xa0]*[A-Z][a-z]{{2,15}}[ \t\xa0]+{_MONTH}))(?:[ \t\xa0]*,[ \t\xa0]*[A-Z][a-z]{{2,15}})?"
    rf"[ \t\xa0,]*(?:[-–—][ \t\xa0]*)?{_DATE}[ \t\xa0]*(?:[-–—:,]|[ \t\xa0]{{2}}|/|\.(?=[ \t\xa0]+[A-Z]))",
    re.MULTILINE,
)
_DATE_ONLY = re.compile(_DATE.replace("?P<date>", ""))
#: Characters read back from a date for its place ("INDIANAPOLIS and SOUTH SAN FRANCISCO,
#: Calif.," is 45; wire names add 30).
PLACE_LOOKBACK = 160
_LAST_REGION = re.compile(rf",[ \t\xa0]*(?P<region>{_REGION})[ \t\xa0]*$")


def iso_date(text: str) -> str | None:
    """``Jan. 7, 2019`` -> ``2019-01-07``; None when it is no calendar date."""
    m = re.match(r"([A-Za-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})", text)
    if m is None:
        return None
    month = MONTHS.get(m.group(1)[:3].lower())
    if month is None:
        return None
    try:
        return date(int(m.group(3)), month, int(m.group(2))).isoformat()
    except ValueError:
        return None


def find_dateline(text: str, doc: int, start: int = 0, end: int | None = None) -> Dateline | None:
    """The first dateline in ``text[start:end]``, or None."""
    end = len(text) if end is None else end
    dates: list[re.Match] = []
    plain = _first_plain(text, doc, start, end, dates)
    limit = plain.span.start if plain and plain.span else end
    for m in (_paren_dateline(text, start, limit, dates), _title_dateline(text, start, limit, dates)):
        iso = iso_date(m.group("date")) if m else None
        if m is not None and iso is not None:
            s = m.start("place")
            close = 1 if m.re is DATELINE_PAREN else 0
            return Dateline(_title(m.group("place")), m.group("region"), iso, Span(doc, s, m.end("date") + close))
    return plain


# Both forms below hold a date, so they are looked for only around the dates the plain pass
# found (every date before ``limit``): scanning every capital letter or line of a 200 KB
# agreement for them costs more than the rest of the press-release reader.
def _paren_dateline(text: str, start: int, limit: int, dates: list[re.Match]) -> re.Match | None:
    """``DATELINE_PAREN``'s first match, searched only when a date follows a "("."""
    if any(_after_paren(text, start, d.start()) for d in dates):
        return DATELINE_PAREN.search(text, start, limit)
    return None


def _after_paren(text: str, start: int, pos: int) -> bool:
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return pos > start and text[pos - 1] == "("


def _title_dateline(text: str, start: int, limit: int, dates: list[re.Match]) -> re.Match | None:
    """``DATELINE_TITLE``'s first match: it starts a line and its date is on that line, so it
    is tried at the start of each line that holds a date."""
    tried = -1
    for d in dates:
        line = text.rfind("\n", 0, d.start()) + 1
        if line <= tried or line < start:
            continue
        tried = line
        m = DATELINE_TITLE.match(text, line, limit)
        if m is not None:
            return m
    return None


def _first_plain(text: str, doc: int, start: int, end: int, dates: list[re.Match] | None = None) -> Dateline | None:
    """Find dates first (cheap), then read back from each for a place: scanning every capital
    letter of a 200 KB exhibit for a place pattern costs 100 ms; this costs a few. ``dates``
    collects the dates read before the dateline (all of them when there is none)."""
    for d in _DATE_ONLY.finditer(text, start, end):
        m = DATELINE.search(text, max(start, d.start() - PLACE_LOOKBACK), min(end, d.end() + 40))
        while m is not None and m.start("date") < d.start():
            m = DATELINE.search(text, m.start() + 1, min(end, d.end() + 40))
        if m is None or m.start("date") != d.start():
            if dates is not None:
                dates.append(d)
            continue
        place = m.group("place")
        iso = iso_date(m.group("date"))
        if sum(c.isalpha() for c in place) < 3 or iso is None:
            if dates is not None:
                dates.append(d)
            continue
        city, region = _split_place(place)
        return Dateline(city=city, region=region, date=iso, span=Span(doc, m.start(), m.end("date")))
    return None


def _split_place(place: str) -> tuple[str, str | None]:
    m = _LAST_REGION.search(place)
    if m is None:
        return _title(place), None
    region = m.group("region")
    return _title(place[: m.start()]), _title(region) if len(region) > 3 else region


def _title(city: str) -> str:
    city = re.sub(r"(?<=[A-Z.])and\b|\band(?=[A-Z])|(?<=[A-Z.])and(?=[A-Z])", " and ", city.strip(" ,"))
    return " ".join(w if w == "and" or not w.isupper() else w.capitalize() for w in city.split())
