"""One event per distinct fact: drafts from the 8-K body and its press release (or from two
sentences of one release) that state the same fact are merged, keeping every field either found
and up to ``MAX_EVIDENCE`` spans; then drafts become frozen :class:`~eightk.records.Event`s."""

from __future__ import annotations

import re
from typing import Any, Iterator

from ..records import Event
from .context import Context
from .scan import Candidate
from .events import clinical
from .events.agreements import partner_tables
from .registry import extractor_named
from .events.common import MODAL_RE, Draft
from .phases import find_phases
from .events.regulatory_indications import disease_indication
from .registry import FIELDS

#: The seed states its milestone in the 8-K body, the subheadline and the release body.
MAX_EVIDENCE = 4


def merge(drafts: list[Draft]) -> list[Draft]:
    by_key: dict[tuple[Any, ...], Draft] = {}
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: d.order):
        base = by_key.get(d.key) or _same_agreement(by_key, d) or _same_trial(by_key, d) or _same_meeting(by_key, d)
        if base is None:
            by_key[d.key] = d
            out.append(d)
            continue
        _absorb(base, d)
    return out


_AGREEMENTS = ("license_agreement", "collaboration_agreement")


def _same_agreement(by_key: dict[tuple[Any, ...], Draft], d: Draft) -> Draft | None:
    """"its strategic licensing agreement signed in 2024" and "the 2024 licensing agreement
    with OncoX": same kind and year, one naming no counterparty, are one agreement."""
    if d.type not in _AGREEMENTS or len(d.key) < 3 or d.key[1] is None:
        return None
    for key, base in by_key.items():
        if key[:2] == d.key[:2] and (key[2] == () or d.key[2] == ()):
            return base
    return None


def _same_trial(by_key: dict[tuple[Any, ...], Draft], d: Draft) -> Draft | None:
    """A headline that names no asset ("Lilly Announces Start of a Phase 1 Study ...") states
    the same start as the body sentence that does (LLY-2020-06-08)."""
    if d.type != "clinical_trial":
        return None
    if d.fields.get("asset"):
        same = [b for k, b in by_key.items() if k[0] == "clinical_trial" and k[1] is None and k[2:] == d.key[2:]]
    else:
        same = [b for k, b in by_key.items() if k[0] == "clinical_trial" and k[2:] == d.key[2:]]
    return same[0] if len(same) == 1 else None


_ACRONYM_RE = re.compile(r"\b[A-Z]{3,}\b")


def _same_meeting(by_key: dict[tuple[Any, ...], Draft], d: Draft) -> Draft | None:
    """"at EULAR 2025" (headline) and "at the European Alliance of Associations for Rheumatology
    (EULAR) meeting" (body) are one presentation: same acronym, or one names no asset."""
    if d.type != "clinical_data_presentation":
        return None
    mine = set(_ACRONYM_RE.findall(d.fields.get("venue") or ""))
    for key, base in by_key.items():
        if key[0] != d.type or base.order[0] != d.order[0] or base.status != d.status:
            continue
        theirs = set(_ACRONYM_RE.findall(base.fields.get("venue") or ""))
        same_asset = not d.fields.get("asset") or not base.fields.get("asset") or d.fields["asset"] == base.fields["asset"]
        same_venue = bool(mine & theirs) or (d.fields.get("venue") or "").lower()[:25] == (base.fields.get("venue") or "").lower()[:25] != ""
        if same_venue and same_asset:
            return base
    return None


def _absorb(base: Draft, other: Draft) -> None:
    for name, value in other.fields.items():
        if base.fields.get(name) in (None, [], "") and value not in (None, [], ""):
            base.fields[name] = value
    for s in other.evidence:
        if len(base.evidence) < MAX_EVIDENCE and s not in base.evidence:
            base.evidence.append(s)
    if other.extra.get("now") and not base.extra.get("now"):
        # The sentence that announces the fact today decides when it happened.
        base.status, base.date, base.extra["now"] = other.status, other.date, True
    elif other.date and (not base.date or len(other.date) > len(base.date)) and other.status == base.status:
        base.date = other.date
    base.confidence = min(1.0, max(base.confidence, other.confidence) + 0.05)


#: How far from an event a sentence naming its product may give the product's disease.
INDICATION_REACH = 3000


def _names_in(ctx: Context, c, cache: dict) -> set[str]:
    """The asset names a candidate sentence holds, looked up once per sentence."""
    key = (c.doc, c.start)
    if key not in cache:
        cache[key] = {a.name.lower() for a in ctx.assets(c.doc, c.start, c.end)}
    return cache[key]


def _near_naming(ctx: Context, d: Draft, reach: int, cache: dict, family: str | None = None) -> Iterator[Candidate]:
    """The candidate sentences within ``reach`` of draft ``d`` that name its asset, nearest
    first (of one scan ``family`` when given; boilerplate skipped)."""
    doc, pos = d.order
    asset = d.fields["asset"].lower()
    near = sorted((c for c in ctx.candidates if c.doc == doc and (family is None or family in c.families)
                   and abs(c.start - pos) <= reach and not ctx.is_excluded(c.doc, c.start, c.end)),
                  key=lambda c: abs(c.start - pos))
    return (c for c in near if asset in _names_in(ctx, c, cache))


def attach_indications(ctx: Context, drafts: list[Draft], cache: dict | None = None) -> None:
    """A trial or regulatory event whose sentence names no disease takes the one a nearby
    sentence gives its product ("... donanemab for early symptomatic Alzheimer's disease",
    LLY-2024-03-08): the closest candidate sentence that names the asset and a disease."""
    cache = {} if cache is None else cache
    for d in drafts:
        if d.type not in ("clinical_trial", "regulatory_event") or d.fields.get("indication") or not d.fields.get("asset"):
            continue
        for c in _near_naming(ctx, d, INDICATION_REACH, cache):
            found = disease_indication(ctx.text(c.doc)[c.start:c.end], wide=d.type == "regulatory_event")
            if found:
                d.fields["indication"] = found
                break


#: How far from a trial or presentation a sentence naming its product may give the phase.
PHASE_REACH = 1500


def attach_phases(ctx: Context, drafts: list[Draft], cache: dict | None = None) -> None:
    """A trial or presentation told without its phase ("data from the BRUIN study of
    pirtobrutinib were published in The Lancet", LLY-2021-03-05) takes the one phase that the
    closest sentence naming the same product gives."""
    cache = {} if cache is None else cache
    for d in drafts:
        if d.type not in ("clinical_trial", "clinical_data_presentation") or d.fields.get("phase") or not d.fields.get("asset"):
            continue
        for c in _near_naming(ctx, d, PHASE_REACH, cache, family="clinical"):
            sentence = ctx.text(c.doc)[c.start:c.end]
            if MODAL_RE.search(sentence):
                continue  # "LFD-200 is expected to enter Phase 1": a plan, not the trial told
            phases = {p for p, _, _ in find_phases(sentence)}
            if len(phases) == 1:
                d.fields["phase"] = phases.pop()
            break


#: A results release: "Dogwood Therapeutics Reports First Quarter 2026 Financial Results".
_RESULTS_RE = re.compile(r"\b(?:Quarter|Fiscal Year|Full[- ]Year|Year[- ]End|Annual|Q[1-4])\b[^\n]{0,60}\b(?:Results|Financial)\b|\bFinancial Results\b", re.I)
_TODAY_RE = re.compile(r"\btoday\b|\bthis morning\b", re.I)
#: How much of a document's head holds its headline.
RESULTS_HEAD = 600


def results_are_history(ctx: Context, drafts: list[Draft]) -> None:
    """A quarterly or annual results release re-reports the period's news: what it tells as done
    without "today" is background (gold convention; DWTX 2026-05-14 "we executed a global
    development license" in its first-quarter release)."""
    results = {doc for doc in ctx.texts if _RESULTS_RE.search(ctx.text(doc), 0, RESULTS_HEAD)}
    for d in drafts:
        if d.status != "occurred" or not d.evidence or d.evidence[0].doc not in results:
            continue
        first = d.evidence[0]
        if _TODAY_RE.search(ctx.text(first.doc), first.start, first.end):
            continue
        d.status = "historical"
        if d.date == ctx.reference_date:
            d.date = None
            if "signed" in d.fields and d.fields["signed"] == ctx.reference_date:
                d.fields["signed"] = None


def finalize(ctx: Context, drafts: list[Draft]) -> tuple[Event, ...]:
    # Tables are not prose: the scan's sentences skip them, but a table of licensing partners
    # states one agreement per row.
    keys = {d.key for d in drafts}
    tables = [d for d in merge(partner_tables(ctx)) if d.key not in keys]
    for d in tables:
        d.extractor = extractor_named("agreements").tag
    drafts = drafts + tables
    clinical.finish(ctx, drafts)
    cache: dict = {}
    attach_indications(ctx, drafts, cache)
    attach_phases(ctx, drafts, cache)
    results_are_history(ctx, drafts)
    events = []
    for d in sorted(drafts, key=lambda d: d.order):
        names = FIELDS[d.type]
        fields = {name: _frozen(d.fields.get(name)) for name in names}
        evidence = list(d.evidence)
        for s in d.extra.get("term_spans", ()):
            if len(evidence) < MAX_EVIDENCE and s not in evidence:
                evidence.append(s)
        events.append(Event(d.type, d.status, d.date, fields, tuple(evidence), round(d.confidence, 2), d.extractor))
    return tuple(events)


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    return value
