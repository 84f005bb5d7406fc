"""auditor_change (Item 4.01; legacy Item 4) and non_reliance (Item 4.02) events.

Item 4.01: "The new principal independent accounting firm is Chisholm & Associates, Inc.,
replacing our initial principal auditor, HJ & Associates, LLC" (Oasis 2002). ``change`` is what
happened to the relationship: ``dismissed`` or ``resigned`` when the former auditor's exit is
stated ("neither resigned nor declined" is not a resignation), else ``engaged``.
``disagreements``: False for "no disagreements" / "no dispute", True when some are reported.

Item 4.02: the periods whose statements "should no longer be relied upon" (their end dates) and
the reason ("due to errors in those financial statements", ABVC 2025). An anaphoric reason
("due to this error", Agilent 2006) gives way to the item's first explicit one.
"""

from __future__ import annotations

import re

from ...records import Filing, PressRelease, Span
from .corporate_common import CorporateDraft, collapse, first_date, item_texts, on_date, sentences

_FIRM_WORD = r"[A-Z][\w.&’'\-]*"
FIRM = (rf"(?P<firm>{_FIRM_WORD}(?:\s+(?:&\s+|and\s+)?{_FIRM_WORD}){{0,5}}"
        r"(?:,?\s+(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|P\.A\.|PLLC|Inc\.?|Ltd\.?|CPAs?|Chartered))?)")
_NEW = (
    re.compile(r"\bnew\s+(?:principal\s+)?(?:independent\s+)?(?:registered\s+public\s+)?(?:accounting\s+firm|auditors?|accountants?)\s+is\s+" + FIRM),
    re.compile(r"\b(?:engaged|appointed|retained|selected)\s+" + FIRM + r"\s+(?:as|to\s+serve\s+as)\b"),
    re.compile(FIRM + r"\s+(?:was|has\s+been)\s+(?:engaged|appointed|retained)\b"),
)
_FORMER = (
    re.compile(r"\breplacing\s+(?:our|its|the)?\s*(?:initial|former|prior|previous)?\s*(?:principal\s+)?(?:independent\s+)?(?:auditor|accountants?|accounting\s+firm)?,?\s+" + FIRM),
    re.compile(r"\bformer\s+(?:auditing\s+firm|auditors?|accountants?|accounting\s+firm),?\s+" + FIRM),
    re.compile(r"\bdismiss(?:ed)?\s+" + FIRM),
    re.compile(FIRM + r"\s+(?:was|has\s+been)\s+dismissed\b"),
    re.compile(FIRM + r"[^.;]{0,60}?\b(?:resigned|declined\s+to\s+stand)\b"),
)
_DISMISSED_RE = re.compile(r"\bdismiss(?:ed|al)\b", re.I)
_RESIGNED_RE = re.compile(r"(?<!neither\s)\b(?:resigned|declined\s+to\s+stand\s+for\s+re-?election)\b", re.I)
_NO_DISAGREEMENT_RE = re.compile(r"\bno\s+(?:disagreements?|dispute)\b|\bthere\s+were\s+no\b[^.]{0,40}\bdisagreements?\b", re.I)
_DISAGREEMENT_RE = re.compile(r"\bthere\s+(?:were|was)\s+(?:a\s+)?disagreements?\b", re.I)
_ENGAGED_DATE_RE = re.compile(r"\b(?:engaged|dismissed|appointed|resigned)\b", re.I)
_NOT_FIRM = frozenset({"The", "Board", "Company", "Directors", "Audit", "Committee", "Registrant"})

_RELIED_RE = re.compile(r"\bno\s+longer\s+be\s+relied\s+upon\b|\bshould\s+not\s+be\s+relied\s+upon\b", re.I)
_PERIOD_RE = re.compile(r"\b(?:years?|quarters?|periods?|months)\s+ended\s+", re.I)
_DUE_TO_RE = re.compile(r"\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of)\s+(?P<reason>[^.;(]{3,160})", re.I)
_ANAPHORIC_RE = re.compile(r"^(?:this|these|those|such|the\s+above|the\s+foregoing|that)\b", re.I)
CONFIDENCE = 0.8


def extract(filing: Filing, releases: tuple[PressRelease, ...] = ()) -> list[CorporateDraft]:
    out = [d for it in item_texts(filing, "4.01") for d in _auditor_change(filing, it)]
    out += [d for it in item_texts(filing, "4.02") for d in _non_reliance(filing, it)]
    return out


def _firm(rx_list, text: str, start: int, end: int) -> tuple[str, int] | None:
    for rx in rx_list:
        for m in rx.finditer(text, start, end):
            name = collapse(m.group("firm")).rstrip(",")
            if name.split()[0] not in _NOT_FIRM:
                return name, m.start()
    return None


def _auditor_change(filing: Filing, it) -> list[CorporateDraft]:
    text, body = it.text, it.body
    new = _firm(_NEW, text, it.start, it.end)
    former = _firm(_FORMER, text, it.start, it.end)
    if not new and not former:
        return []
    change = "dismissed" if _DISMISSED_RE.search(body) else "resigned" if _RESIGNED_RE.search(body) else "engaged"
    disagreements = False if _NO_DISAGREEMENT_RE.search(body) else True if _DISAGREEMENT_RE.search(body) else None
    anchor = min(p for _, p in filter(None, (new, former)))
    s, e = next(((s, e) for s, e in sentences(text, it.start, it.end) if s <= anchor < e), (it.start, it.end))
    fields = {"former_auditor": former[0] if former else None, "new_auditor": new[0] if new else None,
              "change": change, "disagreements": disagreements}
    return [CorporateDraft("auditor_change", "occurred", _action_date(filing, it), fields, [Span(it.doc, s, e)], CONFIDENCE)]


def _action_date(filing: Filing, it) -> str | None:
    """The date of the sentence that engages or dismisses ("was engaged ... on February 12,
    2002"), else the item's "On <date>", else the report date."""
    for s, e in sentences(it.text, it.start, it.end):
        if _ENGAGED_DATE_RE.search(it.text, s, e):
            found = first_date(it.text, s, e)
            if found:
                return found[0]
    return on_date(it.text, it.start, it.end) or filing.report_date


def _non_reliance(filing: Filing, it) -> list[CorporateDraft]:
    text = it.text
    for s, e in sentences(text, it.start, it.end):
        if not _RELIED_RE.search(text, s, e):
            continue
        periods = _periods(text, s, e)
        fields = {"periods": periods, "reason": _reason(text, s, e, it)}
        date = on_date(text, s, e) or on_date(text, it.start, it.end) or filing.report_date
        return [CorporateDraft("non_reliance", "occurred", date, fields, [Span(it.doc, s, e)], CONFIDENCE)]
    return []


def _periods(text: str, start: int, end: int) -> list[str]:
    out: list[str] = []
    for m in _PERIOD_RE.finditer(text, start, end):
        found = first_date(text, m.end(), min(end, m.end() + 30))
        if found and found[0] not in out:
            out.append(found[0])
    return out


def _reason(text: str, start: int, end: int, it) -> str | None:
    m = _DUE_TO_RE.search(text, start, end)
    if m and not _ANAPHORIC_RE.match(m.group("reason").strip()):
        return collapse(m.group("reason"))
    for m2 in _DUE_TO_RE.finditer(text, it.start, it.end):
        if not _ANAPHORIC_RE.match(m2.group("reason").strip()):
            return collapse(m2.group("reason"))
    return collapse(m.group("reason")) if m else None
