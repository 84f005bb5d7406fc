"""What every event family shares: drafts, status and date rules, field helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...records import Span
from ..context import Context
from ..dates import DateMatch, after, before, find_dates, period_ahead
from ..entities import Mention

#: Words that make a clause a plan or a possibility rather than a fact ("may" in lower case only:
#: "completed in May 2025" names the month).
MODAL_RE = re.compile(
    r"\b(?:will|would|(?-i:may)|might|could|shall|expects?|expected|expecting|anticipates?|anticipated|"
    r"plans?|planned|planning|intends?|intended|is scheduled|are scheduled|scheduled to|upcoming|"
    r"(?:is|are) (?:estimated|projected|targeted) to|look(?:s|ing)? forward to|(?:goal|aim|objective|priority) (?:is|will be) to|excited to (?:initiate|begin|start|advance|enter)|(?:[Tt]rial|[Ss]tudy) to (?:begin|start|commence|initiate)|aims? to|seeks? to|on track to|hopes? to|is set to|are set to|to be (?:presented|initiated|submitted))\b",
    re.I,
)
#: Words that mark background: the agreement "originally announced in September 2021".
HISTORICAL_RE = re.compile(r"\b(?:originally|previously|formerly|last year|prior to|recently)\b", re.I)
#: A finite past verb: the date ahead in "has been granted ... and could launch in 2026" is
#: another clause's.
_DONE_RE = re.compile(r"\b(?:has|have|had|was|were)\b|\b(?:received|granted|completed|announced|reported|initiated|dosed)\b", re.I)
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
    if MODAL_RE.search(clause) or GOAL_RE.match(clause):
        return "expected"
    if date and reference and before(date, reference):
        return "historical"
    if HISTORICAL_RE.search(clause):
        return "historical"
    if (date and reference and not _DONE_RE.search(clause)
            and (after(date, reference) or (date == reference[:4] and period_ahead(clause, reference)))):
        return "expected"  # a catalyst list's "NDA filing (1H27)": what is dated ahead is a plan
    return "occurred"


#: A bullet or line that opens on a bare verb states a goal ("• Submit an IND for NRV-220 by
#: year-end", "- Initiate a Phase 3 trial in 2H26"): results releases' "Upcoming Milestones".
#: Case-sensitive, so "Complete Response Letter" and "Initiated" do not read as goals.
GOAL_RE = re.compile(
    r"^[\s•*·▪\-–]*(?:Submit|File|Initiate|Complete(?! [Rr]esponse)|Report|Start|Begin|Launch|Commence|Obtain|Seek|"
    r"Announce|Deliver|Achieve|Dose|Enroll|Present|Advance|Expand|Meet|Request|Finalize)\s+(?:a|an|the|our|its|"
    r"enrollment|topline|top-line|data|first|initial|patient|dosing|submission|regulatory|[A-Z])")
#: What a document with no date of its own (analyst note, article, interview) tells as news now.
_UNDATED_NOW_RE = re.compile(r"\b(?:today|this week|now)\b", re.I)
#: Contracts tell their own agreement as done, whatever their date.
_CONTRACT_RE = re.compile(r"\bWHEREAS\b|\bhereby\b|IN WITNESS WHEREOF", re.I)
#: Words only a contract's own text uses: its recitals, its operative clause, its signature block.
CONTRACT_DOC_RE = re.compile(r"\bWHEREAS\b|IN WITNESS WHEREOF|\bNOW,? THEREFORE\b|\b(?:hereby )?agree as follows\b")
#: How far into a document its recitals or operative clause may stand.
CONTRACT_HEAD = 20000


def is_contract(ctx: Context, doc: int) -> bool:
    return bool(CONTRACT_DOC_RE.search(ctx.text(doc), 0, CONTRACT_HEAD))


def drop_contract_terms(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A licence or collaboration contract states obligations and defined terms ("'Regulatory
    Approval' means approval by the FDA", "amended to extend the date for initiation of a Phase 2
    trial"), not trial, regulatory or payment events: those are the deal's terms."""
    contracts: dict[int, bool] = {}
    out = []
    for d in drafts:
        doc = d.evidence[0].doc if d.evidence else None
        if doc is not None and doc not in contracts:
            contracts[doc] = is_contract(ctx, doc)
        if doc is None or not contracts[doc]:
            out.append(d)
    return out


def settle_undated(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """In a document with no report, release or text date (analyst notes, sponsored articles,
    interviews), nothing is announced as the day's news: what is told as done is background
    unless the sentence says it happens now."""
    if ctx.reference_date:
        return drafts
    for d in drafts:
        if d.status != "occurred" or not d.evidence:
            continue
        ev = d.evidence[0]
        text = ctx.text(ev.doc)
        if _CONTRACT_RE.search(text[:20000]) or _UNDATED_NOW_RE.search(text, ev.start, ev.end):
            continue
        d.status = "historical"
    return drafts


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


#: A party the role readers leave as the text's pronoun or generic noun.
GENERIC_PARTIES = frozenset({"Company", "the Company", "We", "we", "Our", "our"})
