"""Dates as printed on 8-K cover pages and signature blocks, to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
#: "July 31, 2007", "JULY 31,2007", "July 31 2007", "31 July 2007", "07/31/2007", "2007-07-31".
DATE = re.compile(
    rf"(?P<mdy>(?P<m1>{_MONTH})\.?\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y1>(?:19|20)\d\d))"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d))"
    r"|(?P<num>(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>(?:19|20)?\d\d))"
    r"|(?P<iso>(?P<y4>(?:19|20)\d\d)-(?P<m4>\d\d)-(?P<d4>\d\d))",
    re.I,
)


def iso_date(m: re.Match[str]) -> str | None:
    """The ISO form of a :data:`DATE` match, or None when it is no calendar date."""
    if m.group("mdy"):
        y, mo, d = m.group("y1"), _MONTHS[m.group("m1").lower().rstrip(".")], m.group("d1")
    elif m.group("dmy"):
        y, mo, d = m.group("y2"), _MONTHS[m.group("m2").lower().rstrip(".")], m.group("d2")
    elif m.group("num"):
        y, mo, d = m.group("y3"), int(m.group("m3")), m.group("d3")
        y = y if len(y) == 4 else ("20" + y if int(y) < 50 else "19" + y)
    else:
        y, mo, d = m.group("y4"), int(m.group("m4")), m.group("d4")
    day = int(d)
    if not (1 <= mo <= 12 and 1 <= day <= 31):
        return None
    return f"{int(y):04d}-{mo:02d}-{day:02d}"


def header_date(value: str | None) -> str | None:
    """``19961224`` (EDGAR header) -> ``1996-12-24``."""
    if value and re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value
