"""The signature block: registrant, signer (``/s/ Name``), title and date."""

from __future__ import annotations

import re

from ..records import Signature, Span
from .dates import DATE, iso_date

#: How far the signature block reaches after "Pursuant to the requirements..." / "SIGNATURES".
SIGNATURE_MAX_CHARS = 1500
#: Where the block ends: the exhibit index, or the caption of an attached exhibit ("Exhibit 99.1",
#: "EXHIBIT 99.1 AGILENT TECHNOLOGIES, INC. ..." in Lee-corpus text).
_BLOCK_END = re.compile(
    r"^[ \t\u00a0|*]*(?:EXHIBIT\s+INDEX|INDEX\s+TO\s+EXHIBITS|Exhibit\s+\d{1,3}(?:\.\d+)?[ \t\u00a0]*$|EXHIBIT\s+\d{1,3}(?:\.\d+)?\b)",
    re.M,
)
#: A company-name line of the block is short: longer lines are prose or table captions.
REGISTRANT_MAX_CHARS = 80
_DUTY = re.compile(r"duly\s+authorized\.?", re.I)
_SIGNER = re.compile(r"(?i:/s/)\s*(?P<name>[^\n|\t]+?)(?=\s*(?:\n|\||\t|\s{3,}|,\s+[A-Z]|$))")
_BY = re.compile(r"\bBy\s*:?[ \t_]*(?!/s/)(?P<name>[A-Z][A-Za-z.'\- ]+?)(?=\s*(?:\n|\||\t|\s{3,}|,|$))")
_TITLE = re.compile(r"\bTitle\s*:\s*(?P<title>[^\n|\t]+?)\s*(?=\n|\||\t|\s{3,}|$)", re.I)
_NAME_LINE = re.compile(r"^\s*Name\s*:", re.I)
_TITLE_WORDS = re.compile(
    r"\b(?:Officer|President|Director|Secretary|Treasurer|Counsel|Chief|Vice|Controller|Chairman|Manager|CFO|CEO|Partner|Principal|Executive)\b"
)
_DATE_LINE = re.compile(r"\bDated?\s*:?\s*", re.I)
_REGISTRANT = re.compile(r"\(\s*Registrant\s*\)|^\s*Registrant\s*:", re.I | re.M)
_COMPANY = re.compile(r"\b(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|L\.P|plc|N\.V|S\.A|Limited|Trust|Bancorp|Holdings)\b\.?", re.I)
_TRIM = " \t\u00a0|*,:;_"
_SPACES = re.compile(r"\s+")


def parse_signature(text: str, doc: int, start: int | None) -> Signature | None:
    if start is None:
        return None
    stop = min(len(text), start + SIGNATURE_MAX_CHARS)
    end_m = _BLOCK_END.search(text, start + 10, stop)
    stop = end_m.start() if end_m else stop
    duty = _DUTY.search(text, start, stop)
    body = duty.end() if duty else start
    signer = _SIGNER.search(text, body, stop) or _BY.search(text, body, stop)
    title = _title(text, signer, body, stop)
    return Signature(
        registrant=_registrant(text, body, signer.start() if signer else stop),
        signer=_clean(signer.group("name")) if signer else None,
        title=title,
        date=_date(text, start, stop),
        span=Span(doc, start, stop),
    )


def _clean(value: str) -> str | None:
    value = _SPACES.sub(" ", value).strip(_TRIM)
    return value or None


def _title(text: str, signer: re.Match[str] | None, body: int, stop: int) -> str | None:
    labelled = _TITLE.search(text, signer.start() if signer else body, stop)
    if labelled:
        return _continued(labelled.group("title").strip(_TRIM), text[labelled.end() : stop])
    if signer is None:
        return None
    rest = text[signer.end("name") : stop]
    if rest.startswith(","):
        return _clean(rest[1:].split("\n", 1)[0])
    name = signer.group("name").strip()
    for line in rest.split("\n")[1:5]:
        line = line.strip(_TRIM)
        if not line or _NAME_LINE.match(line) or line == name:
            continue
        if not _TITLE_WORDS.search(line) or DATE.search(line):
            return None
        return _continued(line, rest)
    return None


#: A title's second line is short ("Financial Officer" after "Executive Vice President and Chief").
TITLE_CONTINUATION_MAX_CHARS = 40


def _continued(line: str, rest: str) -> str | None:
    """A title broken over two lines ("Executive Vice President and" / "Chief Financial Officer")."""
    after = rest.split(line, 1)[-1].lstrip(" \t\u00a0|\n").split("\n", 1)[0].strip(_TRIM)
    open_ended = re.search(r"(?:\band|,|&|\bof|\bChief|\bVice)$", line) is not None
    if after and (open_ended or len(after) <= TITLE_CONTINUATION_MAX_CHARS) and _TITLE_WORDS.search(after):
        if not after.startswith("(") and not DATE.search(after) and not _SIGNER.search(after) and (open_ended or after[:1].islower() or _TITLE_START.match(after)):
            line = f"{line} {after}"
    return _clean(line)


#: Words that continue a title rather than start a new one.
_TITLE_START = re.compile(r"(?:Financial|Executive|Accounting|Operating|Officer|Counsel|and)\b")


def _registrant(text: str, body: int, stop: int) -> str | None:
    m = _REGISTRANT.search(text, body, stop)
    if m:
        line_start = text.rfind("\n", 0, m.start()) + 1
        value = _clean(text[line_start : m.start()]) if m.group().startswith("(") else None
        if value:
            return value
        if m.group().startswith("("):
            prev_end = text.rfind("\n", 0, max(line_start - 1, 0))
            prev = _clean(text[prev_end + 1 : max(line_start - 1, 0)])
            if prev:
                return prev
        else:
            return _clean(text[m.end() : text.find("\n", m.end())])
    for line in re.finditer(r"[^\n]+", text[body:stop]):
        value = _clean(line.group())
        if value and _COMPANY.search(value) and len(value) < REGISTRANT_MAX_CHARS and "(" not in value and not DATE.search(value):
            return value.split("  ")[0].strip(_TRIM)
    return None


def _date(text: str, start: int, stop: int) -> str | None:
    """The dated line of the block ("Date: May 17, 2002"), else a bare date in it."""
    for label in _DATE_LINE.finditer(text, start, stop):
        m = DATE.match(text, label.end())
        if m and (iso := iso_date(m)):
            return iso
    duty = _DUTY.search(text, start, stop)
    for m in DATE.finditer(text, duty.end() if duty else start, stop):
        if iso := iso_date(m):
            return iso
    return None
