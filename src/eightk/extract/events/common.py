"""What every event family shares: drafts, status and date rules, field helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...records import Span
from ..context import Context
from ..dates import DateMatch, before, find_dates
from ..entities import Mention

#: Words that make a clause a plan or a possibility rather than a fact ("may" in lower case only:
#: "completed in May 2025" names the month).
MODAL_RE = re.compile(
    r"\b(?:will|would|(?-i:may)|might|could|shall|expects?|expected|expecting|anticipates?|anticipated|"
    r"plans?|planned|planning|intends?|intended|is scheduled|are scheduled|scheduled to|upcoming|"
    r"(?:is|are) (?:estimated|projected|targeted) to|look(?:s|ing)? forward to|excited to (?:initiate|begin|start|advance|enter)|(?:[Tt]rial|[Ss]tudy) to (?:begin|start|commence|initiate)|aims? to|seeks? to|on track to|hopes? to|is set to|are set to|to be (?:presented|initiated|submitted))\b",
    re.I,
)
#: Words that mark background: the agreement "originally announced in September 2021".
HISTORICAL_RE = re.compile(r"\b(?:originally|previously|formerly|last year|prior to|recently)\b", re.I)
_TM_RE = re.compile(r"\s?(?:®|™|\(R\)|\\\(R\\\)|\(TM\))")
_WS_RE = re.compile(r"\s+")


@dataclass
class Draft:
    """A mutable event while extractors and the merger work on it."""

    type: str
    status: str
    date: str | None
    fields: dict[str, Any]
    evidence: list[Span]
    confidence: float
    extractor: str = ""
    key: tuple[Any, ...] = ()
    order: tuple[int, int] = (0, 0)
    extra: dict[str, Any] = field(default_factory=dict)


_WORD_RE = re.compile(r"[A-Za-z][\w\-’']*")
_MINOR_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
#: Share of capitalised words from which a line reads as a headline.
TITLE_SHARE = 0.7


def is_title(text: str) -> bool:
    """A headline ("ImmunoGen, Inc. Earns Milestone with Start of Trastuzumab-DM1 Phase II
    Testing"): most words capitalised. Headlines state the news of the day."""
    words = [w for w in _WORD_RE.findall(text[:160]) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= TITLE_SHARE


def clean(text: str) -> str:
    """Field text without trademark marks, markdown escapes or runs of whitespace."""
    text = _TM_RE.sub("", text).replace("\\", "").replace("**", "")
    return _WS_RE.sub(" ", text).strip(" ,;:-–—\"“”")


def dates_in(ctx: Context, doc: int, start: int, end: int) -> list[DateMatch]:
    text = ctx.text(doc)[start:end]
    return [DateMatch(d.value, d.start + start, d.end + start, d.relative)
            for d in find_dates(text, ctx.reference_date)]


def nearest_date(dates: list[DateMatch], pos: int, window: int = 200, after_only: bool = False) -> DateMatch | None:
    best, best_dist = None, window + 1
    for d in dates:
        if after_only and d.start < pos:
            continue
        dist = d.start - pos if d.start >= pos else pos - d.end
        if dist < best_dist:
            best, best_dist = d, dist
    return best


def status_for(clause: str, date: str | None, reference: str | None) -> str:
    if MODAL_RE.search(clause):
        return "expected"
    if date and reference and before(date, reference):
        return "historical"
    if HISTORICAL_RE.search(clause):
        return "historical"
    return "occurred"


def event_date(status: str, date: str | None, reference: str | None) -> str | None:
    """An explicit date wins; what occurred now takes the report date; plans without one: None."""
    if date:
        return date
    return reference if status == "occurred" else None


def nearest(mentions: list[Mention], pos: int, prefer_after: bool = True) -> Mention | None:
    if not mentions:
        return None
    after = [m for m in mentions if m.start >= pos]
    if prefer_after and after:
        return after[0]
    return min(mentions, key=lambda m: abs(m.start - pos))


def span(doc: int, start: int, end: int) -> Span:
    return Span(doc, start, end)


def subject_company(ctx: Context, doc: int, start: int, pos: int) -> str | None:
    """The last company named before ``pos`` in the clause (the subject of its verb)."""
    before_verb = [m for m in ctx.companies(doc, start, pos)]
    return before_verb[-1].name if before_verb else None
