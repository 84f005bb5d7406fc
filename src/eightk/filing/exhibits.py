"""The exhibit list of Item 9.01 (legacy Item 7) and the exhibit index, joined to the attached
documents of the submission."""

from __future__ import annotations

import re

from ..records import Document, Exhibit, Span

#: Exhibit numbers of Regulation S-K Item 601 that an 8-K may carry.
_MAJORS = frozenset(
    "1 2 3 4 5 7 8 9 10 11 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 31 32 33 34 35 95 96 97 98 99 100 101 104 106".split()
)
#: One entry per line: "99.1 Press release", "Exhibit 99.1 - Press release", "(99.1) ...", a table
#: row "99.1 | Press release", or a flattened table "Exhibit No.Exhibit99.1Press Release..." (seed).
_ENTRY = re.compile(
    r"^[ \t\u00a0|*]*(?:\([a-d]\)[ \t\u00a0]*)?(?:(?:Exhibits?|No\.?|Number|Description(?:\s+of\s+Exhibits?)?|Index)[ \t\u00a0]*[:.]?[ \t\u00a0|]*)*"
    r"\(?(?P<num>(?P<major>\d{1,3})(?:\.(?P<minor>\d{1,3}))?(?:\([a-z0-9]\))?(?:(?-i:[a-z])(?![A-Za-z]))?)\)?(?![\d,%-]|\.\d)"
    r"(?P<sep>[ \t\u00a0|.:\-–—)*]*)(?P<desc>[^\n]*)$",
    re.I | re.M,
)
_INDEX = re.compile(r"^[ \t\u00a0|*]*(?:EXHIBIT\s+INDEX|INDEX\s+TO\s+EXHIBITS|EXHIBITS?\s+INDEX|LIST\s+OF\s+EXHIBITS)\b", re.I | re.M)
#: How much text after an "EXHIBIT INDEX" heading, or from the start of Item 9.01, holds the
#: exhibit list: an Item 7 of 1998 may run on into full financial statements
#: (0000891020-98-001352, whose numbered notes are no exhibits).
INDEX_MAX_CHARS = 3000
LIST_MAX_CHARS = 5000
_HEADER_WORDS = re.compile(r"^(?:exhibits?|no\.?|number|description(?: of exhibits?)?|exhibit no\.?|exhibit number)$", re.I)
_SPACES = re.compile(r"\s+")
#: A line saying an entry of the old Regulation S-K exhibit table is not filed.
_NOT_FILED = re.compile(r"^[\s.:;-]*(?:not\s+applicable|inapplicable|none|n/a)\b", re.I | re.M)
#: How far after an entry its "Not Applicable." line may stand (after a wrapped description).
NOT_FILED_WINDOW = 200
_TRIM = " \t\u00a0|*-–—:.;"


def parse_exhibits(text: str, doc: int, regions: list[tuple[int, int]], documents: tuple[Document, ...]) -> tuple[Exhibit, ...]:
    """Exhibits listed in ``regions`` of ``text`` (the 9.01 section, the exhibit index)."""
    found: dict[str, Exhibit] = {}
    for start, end in regions:
        for exhibit in _entries(text, doc, start, min(end, start + LIST_MAX_CHARS)):
            kept = found.get(exhibit.number)
            if kept is None or (not kept.description and exhibit.description):
                found[exhibit.number] = exhibit
    return tuple(_join(list(found.values()), documents, doc))


#: How far after the signature block an exhibit index may start (Lee-corpus text runs on into
#: the exhibits themselves; no need to scan them).
INDEX_SEARCH_CHARS = 8000


#: The caption that opens an exhibit attached inline (Lee-corpus text, some plain-text filings).
_CAPTION = re.compile(r"^[ \t\u00a0]*EXHIBIT[ \t]+(?P<num>\d{1,3}(?:\.\d{1,3})?(?:\s?\([a-z]\))?)[ \t\u00a0.]*$", re.I | re.M)
#: How far after the signature inline exhibits are looked for.
CAPTION_SEARCH_CHARS = 200_000


def inline_exhibits(text: str, doc: int, start: int) -> tuple[Exhibit, ...]:
    """Exhibits known only by the captions of their text after the signature ("Exhibit 99.1"),
    when the filing lists none (Lee-corpus text drops the Item 9.01 table)."""
    found: dict[str, Exhibit] = {}
    for m in _CAPTION.finditer(text, start, min(len(text), start + CAPTION_SEARCH_CHARS)):
        if m.group("num").split(".")[0] in _MAJORS:
            number = re.sub(r"\s", "", m.group("num")).lower()
            found.setdefault(number, Exhibit(number, None, None, Span(doc, m.start("num"), m.end("num"))))
    return tuple(found.values())


def index_region(text: str, start: int) -> tuple[int, int] | None:
    m = _INDEX.search(text, start, min(len(text), start + INDEX_SEARCH_CHARS))
    if not m:
        return None
    return m.end(), min(len(text), m.end() + INDEX_MAX_CHARS)


def _entries(text: str, doc: int, start: int, end: int) -> list[Exhibit]:
    out = []
    for m in _ENTRY.finditer(text, start, end):
        if not _valid(m):
            continue
        desc_start, desc_end = _strip(text, m.start("desc"), m.end("desc"))
        if desc_start >= desc_end:
            desc_start, desc_end = _next_description(text, m.end(), end)
        else:
            desc_end = _continuation(text, desc_start, desc_end, end)
        description = _SPACES.sub(" ", text[desc_start:desc_end].replace(" | ", " ")).strip(_TRIM) or None
        if description and description[0].islower():
            continue  # "99.1 to this report": running text, not a list entry
        if _marked_not_filed(text, desc_end, end):
            continue
        span_end = max(m.end("num"), desc_end)
        out.append(Exhibit(_number(m), description, None, Span(doc, m.start("num"), span_end)))
    return out


def _marked_not_filed(text: str, pos: int, end: int) -> bool:
    """True when a "Not Applicable."/"None." line follows the entry before the next entry, as in
    the full exhibit table of 0000703901-98-000003 (Food Concepts, 1998)."""
    stop = min(end, pos + NOT_FILED_WINDOW)
    following = _ENTRY.search(text, pos + 1, stop)
    mark = _NOT_FILED.search(text, pos, following.start() if following else stop)
    return mark is not None


def _valid(m: re.Match[str]) -> bool:
    if m.group("major") not in _MAJORS:
        return False
    if m.group("minor") is None:
        if m.group("sep").startswith("."):
            return False  # "1.    ORGANIZATION": numbered notes of financial statements
        # A bare integer is an exhibit number only with a description beside it ("99 Press release").
        return bool(m.group("desc").strip(_TRIM)) and bool(m.group("sep").strip(" \t\u00a0") or m.group("desc")[:1].isupper())
    return True


def _number(m: re.Match[str]) -> str:
    return m.group("num").lower()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in " \t\u00a0|*":
        end -= 1
    return start, end


#: Lines a wrapped description may run on for (0000891020-98-001352: four-line descriptions).
CONTINUATION_MAX_LINES = 4


def _continuation(text: str, desc_start: int, desc_end: int, end: int) -> int:
    """Extend a description over the following lines indented to its column (padded text)."""
    column = desc_start - (text.rfind("\n", 0, desc_start) + 1)
    if column < 8:
        return desc_end  # not a padded layout: one line per entry
    pos = desc_end
    for _ in range(CONTINUATION_MAX_LINES):
        if not text.startswith("\n", pos):
            break
        nxt = text.find("\n", pos + 1)
        nxt = end if nxt < 0 or nxt > end else nxt
        line = text[pos + 1 : nxt]
        indent = len(line) - len(line.lstrip(" \t"))
        if not line.strip() or indent < column - 2 or _ENTRY.match(line):
            break
        pos = _strip(text, pos + 1, nxt)[1]
    return pos


def _next_description(text: str, pos: int, end: int) -> tuple[int, int]:
    """The description on a following line when the number stands alone (seed exhibit index)."""
    for line in re.finditer(r"[^\n]+", text[pos : min(end, pos + 400)]):
        s, e = _strip(text, pos + line.start(), pos + line.end())
        value = text[s:e]
        if not value or _HEADER_WORDS.match(value):
            continue
        if _ENTRY.match(value):
            break
        return s, e
    return pos, pos


def _join(exhibits: list[Exhibit], documents: tuple[Document, ...], main: int) -> list[Exhibit]:
    attached = [d for d in documents if d.sequence != main and d.type.upper().startswith("EX-")]
    used: set[int] = set()
    by_type = {_type_number(d.type): d for d in attached}
    out = []
    for ex in exhibits:
        match = by_type.get(ex.number)
        if match is None:
            match = _loose_match(ex.number, attached, used, exhibits)
        if match is not None and match.sequence not in used:
            used.add(match.sequence)
            ex = Exhibit(ex.number, ex.description, match.sequence, ex.span)
        out.append(ex)
    return out


def _type_number(doc_type: str) -> str:
    return doc_type.upper().removeprefix("EX-").strip().lower()


def _loose_match(number: str, attached: list[Document], used: set[int], exhibits: list[Exhibit]) -> Document | None:
    """``EX-99`` documents carry 99.1, 99.2...: match by the file name, else when only one fits."""
    major = number.split(".")[0]
    candidates = [d for d in attached if d.sequence not in used and _type_number(d.type).split(".")[0] == major]
    digits = number.replace(".", "")
    for d in candidates:
        name = re.sub(r"[^0-9a-z]", "", (d.filename or "").lower())
        if re.search(rf"ex{digits}(?!\d)", name):
            return d
    siblings = [e for e in exhibits if e.number.split(".")[0] == major]
    return candidates[0] if len(candidates) == 1 and len(siblings) == 1 else None
