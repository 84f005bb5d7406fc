"""acquisition events: "Lilly to Acquire Versanis", "completed its acquisition of X",
"entered into a definitive agreement to acquire X for $1.925 billion"."""

from __future__ import annotations

import re

from ..context import Context
from ..money import find_money
from ..scan import Candidate
from .common import Draft, dates_in, event_date, span

_ACQ_RE = re.compile(
    r"\b(?P<done>(?:has\s+)?(?:successfully\s+)?(?:complet(?:ed|es)|closed|closes|consummated|finali[sz]ed)\s+(?:(?:its|the|their)\s+)?(?:previously[- ]announced\s+)?acquisition of)"
    r"|\b(?P<agreed>(?:to|will|has agreed to|agreed to|agreement to|agreement under which \w+ will|plans to|intends to)\s+acquire)"
    r"|\b(?P<acquires>acquires|acquired)\b",
    re.I,
)
_SKIP_RE = re.compile(r"acquired (?:IPR&D|in-process)|IPR&D|acquired (?:the )?(?:rights|license|assets?|patents?|shares|land|platform)|newly acquired|acquire (?:customers|talent|data)", re.I)
_CAP_RUN = re.compile(r"(?P<name>[A-Z][\w\-&’']*(?:\s+(?:[A-Z][\w\-&’']*|&))*(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|AG|N\.V|S\.A)\.?)?)")


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = []
    for c in candidates:
        if "acquisition" not in c.families:
            continue
        d = _acquisition(ctx, c)
        if d:
            out.append(d)
    return out


def _acquisition(ctx: Context, c: Candidate) -> Draft | None:
    text = ctx.text(c.doc)
    sent = text[c.start:c.end]
    if _SKIP_RE.search(sent):
        return None
    m = _ACQ_RE.search(sent)
    if not m:
        return None
    pos = c.start + m.start()
    companies = ctx.companies(c.doc, c.start, c.end)
    before = [x.name for x in companies if x.end <= pos]
    after = [x for x in companies if x.start >= c.start + m.end()]
    target = after[0].name if after and after[0].start - (c.start + m.end()) < 5 else None
    if not target:
        run = _CAP_RUN.match(text, c.start + m.end() + (1 if text[c.start + m.end():c.start + m.end() + 1] == " " else 0))
        target = run.group("name") if run else None
        target = ctx.lexicon.canonical_company(target) or target if target else None
    if not target or not before:
        return None
    acquirer = before[-1]
    if acquirer == target:
        return None
    money = find_money(sent[m.end():])
    consideration = money[0].money if money else None
    done = m.group("done") is not None or (m.group("acquires") or "").lower() == "acquired"
    fields = {"acquirer": acquirer, "target": target, "consideration": consideration,
              "status": "completed" if done else "announced"}
    dates = [d for d in dates_in(ctx, c.doc, c.start, c.end) if not d.relative]
    date = dates[0].value if dates else None
    status = "historical" if date and ctx.reference_date and date[:7] < ctx.reference_date[:7] and done else "occurred"
    return Draft("acquisition", status, event_date(status, date if status == "historical" else None, ctx.reference_date),
                 fields, [span(c.doc, c.start, c.end)], 0.75,
                 key=("acquisition", target.lower()), order=(c.doc, c.start))
