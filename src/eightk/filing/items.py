"""Item headings of the main 8-K document: both regimes, combined headings, collapsed spacing.

A heading is ``Item`` + number(s) at the start of a line (or glued to the previous block when the
text lost its line breaks, then it must be followed by the item's own title). Not items: entries
that only say "Not applicable", cross-references in running text ("under Item 2.03"), table of
contents lines and anything after the signature block (attached press releases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Item, Span
from .anycase import finditer_at_keys, trie
from .catalog import LEGACY, MODERN_REGIME_START, MODERN_TITLES, description_key, legacy_title, title_for

#: After this date legacy numbering ("Item 5.") is no item heading but, in practice, numbered
#: proposals of a vote (AA-8K-20110511114506: "Item 1. The three nominees ... were elected").
#: Some filers kept the old numbers for a few months after the 2004 regime began.
LEGACY_GRACE_END = "2005-03-01"

_NUMBER = r"\d{1,2}(?:\s?\.\s?\d{1,2})?"
#: "Item 8.01", "ITEM 9.01.", "Item2.02", "Items 2.02 and 7.01", "Item 7(c)", "Item - 5.02"
#: (document-with-pre.html, 2024).
_HEADING = re.compile(
    rf"\bItems?\s*(?:[-–—:]\s*)?(?P<first>{_NUMBER})(?P<more>(?:\s*(?:,|and|&|,\s*and)\s*(?:Items?\s*)?{_NUMBER}(?![\d.]\d))*)",
    re.I,
)
#: Where a heading can start: the engine runs ``_HEADING`` only there (see anycase).
_HEADING_KEY = re.compile(trie(["item"]))
_MORE_NUMBERS = re.compile(_NUMBER)
#: What may precede a heading on its line: layout debris, bullets, table cell separators.
_LINE_PREFIX = re.compile(r"[\s*•·\-–—|>#_\u00a0\[\](]*")
#: After the number: punctuation, then the title (or the end of the line).
_AFTER_NUMBER = re.compile(r"[ \t\u00a0.:\-–—)|]*")
#: An item section that says only this is not a reported item (old 8-Ks list all items).
#: Longest item section (heading and title included) that can still be a bare "Not applicable"
#: entry: "Item 1. Changes in Control of Registrant. Not applicable." (1996-2004 filings).
NOT_APPLICABLE_MAX_CHARS = 260
_SIGNATURE = re.compile(
    r"^[ \t\u00a0|*]*SIGNATURES?[ \t\u00a0|*:]*$|Pursuant\s+to\s+the\s+requirements\s+of\s+the\s+Securities\s+Exchange\s+Act",
    re.I | re.M,
)
#: A bare exhibit caption line ("EXHIBIT 99.1"): where an inline exhibit starts, used only when the
#: main document has no signature block (Lee-format text of A-8K-2003... files).
_EXHIBIT_START = re.compile(r"^[ \t\u00a0]*EXHIBIT\s+\d{1,3}(?:\.\d{1,3})?[ \t\u00a0]*$", re.I | re.M)
_WORDS = re.compile(r"[a-z0-9]+")
#: What follows an item number in a reference, never in a heading (AA-8K-20090107171617: a
#: line broken before 'Item 2.05, "Costs Associated with Exit..." relating to').
_REFERENCE_FOLLOWERS = frozenset(',;"“\'')
#: Title words that must agree for a heading glued to preceding text ("...4(c))Item2.02 Results").
GLUED_TITLE_WORDS = 2


@dataclass(frozen=True, slots=True)
class Heading:
    start: int
    end: int  # end of "Item N" (the numbers)
    numbers: tuple[str, ...]  # as printed, normalised: "8.01", "5"


def find_headings(text: str, start: int = 0, end: int | None = None) -> list[Heading]:
    """Every item heading in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    found = []
    for m in finditer_at_keys(_HEADING, _HEADING_KEY, text, start, end):
        numbers = _numbers(m)
        if numbers and _is_heading(text, m, numbers):
            found.append(Heading(m.start(), m.end(), _provided_under(text, m.end()) or numbers))
    return found


#: 'Item 12. Results of Operations ... (provided under "Item 9. Regulation FD Disclosure")': the
#: SEC's interim guidance of 2003 had Item 12 information reported under Item 9
#: (A-8K-20030519162306), so the item reported is the one it is provided under.
_PROVIDED_UNDER = re.compile(r"\(?\s*(?:provided|furnished|reported)\s+under\s+[\"“']?Items?\s*(\d{1,2}(?:\.\d{2})?)\b", re.I)


def _provided_under(text: str, pos: int) -> tuple[str, ...]:
    line_end = text.find("\n", pos)
    m = _PROVIDED_UNDER.search(text, pos, line_end if line_end >= 0 else len(text))
    if not m:
        return ()
    number = m.group(1)
    return (number,) if number in MODERN_TITLES or number in LEGACY else ()


def _numbers(m: re.Match[str]) -> tuple[str, ...]:
    raw = [m.group("first"), *_MORE_NUMBERS.findall(m.group("more") or "")]
    out = []
    for number in raw:
        number = re.sub(r"\s", "", number)
        if "." in number:
            major, minor = number.split(".")
            number = f"{int(major)}.{minor.zfill(2)}"  # "Item 9.1" is 9.01
            if number not in MODERN_TITLES:
                return ()
        elif number.lstrip("0") not in LEGACY:
            return ()
        else:
            number = number.lstrip("0")
        out.append(number)
    return tuple(dict.fromkeys(out))


def _is_heading(text: str, m: re.Match[str], numbers: tuple[str, ...]) -> bool:
    after = _AFTER_NUMBER.match(text, m.end()).end()
    nxt = text[after : after + 1]
    if nxt.islower() or nxt.isdigit() or nxt in _REFERENCE_FOLLOWERS:
        return False  # "Item 2.03 of Form 8-K", "Item 7 above", 'Item 2.05, "Costs Associated..."' 
    line_start = text.rfind("\n", 0, m.start()) + 1
    if _LINE_PREFIX.fullmatch(text, line_start, m.start()):
        return True
    before = text[max(line_start, m.start() - 1) : m.start()]
    if before.isalpha() or before in {",", ";", "\u201c", '"', "'"}:
        return False
    return _title_follows(text, after, numbers[0])


def _title_follows(text: str, pos: int, number: str) -> bool:
    title = title_for(number) if "." in number else legacy_title(number)
    wanted = _WORDS.findall(description_key(title))[:GLUED_TITLE_WORDS]
    got = _WORDS.findall(text[pos : pos + 80].lower())[:GLUED_TITLE_WORDS]
    return bool(wanted) and got == wanted


def signature_start(text: str, after: int, end: int | None = None) -> int | None:
    m = _SIGNATURE.search(text, after, len(text) if end is None else end)
    return m.start() if m else None


def parse_items(text: str, doc: int, date: str | None) -> tuple[tuple[Item, ...], int | None]:
    """Items of the main document ``text`` (sequence ``doc``); also where its signature starts."""
    sig = signature_start(text, 0)
    stop = sig if sig is not None else _exhibit_start(text, 0)
    headings = find_headings(text, 0, stop)
    if not headings:
        return (), sig
    if date and date >= LEGACY_GRACE_END:
        headings = [h for h in headings if "." in h.numbers[0]]
    if not headings:
        return (), sig
    regime = _regime(headings, date)
    headings = [h for h in headings if ("." in h.numbers[0]) == (regime == "2004")]
    sections = []
    for i, h in enumerate(headings):
        end = headings[i + 1].start if i + 1 < len(headings) else stop
        end = _trim(text, h.start, end)
        if not _not_applicable(text, h, end):
            sections.append((h, end))
    return _items(sections, doc, regime), sig


def _exhibit_start(text: str, after: int) -> int:
    """Where the first attached exhibit starts in a document without a signature block."""
    m = _EXHIBIT_START.search(text, after)
    return m.start() if m else len(text)


def _regime(headings: list[Heading], date: str | None) -> str:
    modern = sum("." in h.numbers[0] for h in headings)
    legacy = len(headings) - modern
    if modern and legacy:
        return "2004" if modern >= legacy or (date or "") >= MODERN_REGIME_START else "legacy"
    return "2004" if modern else "legacy"


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r\n\u00a0|":
        end -= 1
    return end


def _not_applicable(text: str, h: Heading, end: int) -> bool:
    if end - h.start > NOT_APPLICABLE_MAX_CHARS:
        return False
    section = text[h.end : end]
    tail = re.search(r"(?:not\s+applicable|inapplicable|\bnone|\bn/a)\W*$", section, re.I)
    return tail is not None


def _items(sections: list[tuple[Heading, int]], doc: int, regime: str) -> tuple[Item, ...]:
    best: dict[str, tuple[Heading, int]] = {}
    for h, end in sections:
        for number in h.numbers:
            kept = best.get(number)
            # A number heading twice (a contents line, then the item): keep the longer section.
            if kept is None or end - h.start > kept[1] - kept[0].start:
                best[number] = (h, end)
    items = [_item(number, h, end, doc, regime) for number, (h, end) in best.items()]
    return tuple(sorted(items, key=lambda it: item_sort_key(it.number)))


def _item(number: str, h: Heading, end: int, doc: int, regime: str) -> Item:
    span = Span(doc, h.start, end)
    if regime == "legacy":
        title, modern = LEGACY[number]
        return Item(modern, title, "legacy", number, span)
    return Item(number, title_for(number), "2004", None, span)


def item_sort_key(number: str) -> tuple[int, int]:
    major, _, minor = number.partition(".")
    return int(major), int(minor or 0)


def regime_for_date(date: str | None) -> str:
    return "legacy" if date and date < MODERN_REGIME_START else "2004"
