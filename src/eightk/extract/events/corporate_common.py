"""What the per-item corporate extractors share (EVENTS.md §3, Items 1.01 to 5.07).

Each corporate extractor reads only the span of its own item (``filing.items[...].span``; legacy
items carry the modern number) and, for Item 2.02, the earnings release it furnishes. A filing
without the item gets no event of its type, whatever its press releases say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ...records import Event, Filing, Span
from ..dates import DATE_RE, _value

#: An item whose whole body says it does not apply ("ITEM 4. ... None.", Rock of Ages 2000).
NOT_APPLICABLE_RE = re.compile(r"^\W*(?:none|not applicable|n/?a|inapplicable)\W*$", re.I)
#: A line at least this long that ends without punctuation was wrapped mid-sentence (the
#: 64-80 column plain-text filings: Oasis 2002, ABVC's 8-K text).
WRAPPED_LINE = 30
#: An item body shorter than this, after its heading, reports nothing (Rock of Ages' "None.").
MIN_ITEM_BODY = 40
#: An item heading line ("Item 5.02. Departure of ...", "ITEM 4. CHANGES IN ...").
_HEADING_RE = re.compile(r"\A\s*item\s*\d+(?:\.\d+)?[^\n]{0,150}(?:\n[^\n]{0,200}(?:officers?|holders|accountant|statements?|review)\.?[ \t]*(?=\n))?", re.I)
_WS_RE = re.compile(r"\s+")
#: "On March 17, 2023, the Company's Board ..." - the date a paragraph's action was taken.
ON_DATE_RE = re.compile(r"\bOn\s+(?=(?:January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")
_SENTENCE_END_RE = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|No|Co|St|Jr|Sr|vs))(?<!\bMrs|\bInc|\bLtd|\bLLC|\bLLP)(?<!\bCorp)\.(?=\s+[A-Z“\"(])(?!\s+(?:Ltd|Inc|LLC|Co|Corp|Limited|L\.P)\b)|(?<=[a-z)”\"])\.\d{1,2}(?=\s+[A-Z])|\n\s*\n|\n(?=\S)")


@dataclass(frozen=True, slots=True)
class ItemText:
    """The body of one reported item: ``text`` is the whole document text, and
    ``start``..``end`` the item's span in it (heading included)."""

    number: str
    doc: int
    start: int
    end: int
    text: str

    @property
    def body(self) -> str:
        return self.text[self.start:self.end]


@dataclass
class CorporateDraft:
    type: str
    status: str
    date: str | None
    fields: dict
    evidence: list[Span]
    confidence: float


def item_texts(filing: Filing, number: str) -> Iterator[ItemText]:
    """Each reported item ``number`` that has a span and says more than "None"."""
    for item in filing.items:
        if item.number != number or item.span is None:
            continue
        try:
            text = filing.document(item.span.doc).text
        except KeyError:
            continue
        it = ItemText(number, item.span.doc, item.span.start, item.span.end, text)
        if reports_something(it.body):
            yield it


def reports_something(body: str) -> bool:
    rest = _HEADING_RE.sub("", body, count=1).strip()
    first = rest.split("\n", 1)[0] if rest else ""
    if NOT_APPLICABLE_RE.match(first):
        return False
    return len(rest) >= MIN_ITEM_BODY


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence bounds in ``text[start:end]`` (a line break also ends one: table cells and
    headings stand alone)."""
    pos = start
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        if text[m.start()] == "\n" and m.end() - m.start() == 1 and _wrapped(text, m.start()):
            continue
        stop = m.end() if text[m.start()] == "." else m.start()
        if text[pos:stop].strip():
            yield _strip(text, pos, stop)
        pos = m.end()
    if text[pos:end].strip():
        yield _strip(text, pos, end)


_MINOR_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _wrapped(text: str, newline: int) -> bool:
    """A hard-wrapped line of plain text (ABVC's 8-K text, Oasis 2002) runs on into the next:
    it is long and stops mid-clause (on a lower-case word, a digit, a comma). Short lines are
    table cells; a long line ending in a capitalised word is a heading ("Departure of Brett
    Kaufman as Chief Financial Officer and Treasurer", AFC Gamma 2023)."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if len(line) < WRAPPED_LINE:
        return False
    words = line.split()
    last = words[-1].lstrip("(“\"'‘")
    if not last or last[0].islower() or last[0].isdigit() or last[-1] in ",-–(“\"$":
        return True
    return sum(1 for w in words if w[0].islower() and w not in _MINOR_WORDS) >= 1  # prose, not a title


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def collapse(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def first_date(text: str, start: int = 0, end: int | None = None) -> tuple[str, int, int] | None:
    """The first full date (day precision) in ``text[start:end]``: (ISO, start, end)."""
    for m in DATE_RE.finditer(text, start, len(text) if end is None else end):
        if m.group("iso") or m.group("month") or m.group("month2"):
            value = _value(m)
            if value:
                return value, m.start(), m.end()
    return None


def on_date(text: str, start: int, end: int) -> str | None:
    """The date of "On <date>, ..." in ``text[start:end]``."""
    m = ON_DATE_RE.search(text, start, end)
    if not m:
        return None
    found = first_date(text, m.end(), min(end, m.end() + 30))
    return found[0] if found else None


def to_event(draft: CorporateDraft, extractor: str) -> Event:
    return Event(draft.type, draft.status, draft.date, dict(draft.fields), tuple(draft.evidence),
                 draft.confidence, extractor)


def is_title(sentence: str) -> bool:
    """A heading ("Material Cybersecurity Incidents."): no word in lower case but minor ones."""
    words = sentence.split()
    return bool(words) and not any(w[0].islower() and w not in _MINOR_WORDS for w in words)
