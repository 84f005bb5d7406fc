"""clinical_trial and clinical_data_presentation events: the entry point the registry calls.

A trial event needs a milestone verb (began, initiated, completed enrolment, reported topline
data...) in the same clause as a phase or trial word (:mod:`.clinical_trials`, its words in
:mod:`.clinical_milestones`). A presentation needs a venue ("at the 43rd American Society of
Clinical Oncology annual meeting", "at EULAR 2025") or a journal in a sentence about data
(:mod:`.clinical_presentations`). One sentence may hold several: "began Phase I ... in April 2006,
reported initial Phase I data at the SABC symposium in December 2006, and additional findings at
ASCO in June 2007" (seed). Population, indication and sponsor are read by :mod:`.clinical_fields`;
folding drafts that state one fact is in :mod:`.clinical_folds`.
"""

from __future__ import annotations

from ..context import Context
from ..phases import PHASE_RE, phase_from_match
from ..scan import Candidate
from .clinical_fields import POPULATION_RE, fill_population, named_in_trials
from .clinical_folds import fold_presentations, fold_trials
from .clinical_presentations import presentation_drafts
from .clinical_trials import trial_drafts
from .common import Draft, drop_contract_terms, settle_undated

__all__ = ["attach_populations", "extract", "finish"]


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out: list[Draft] = []
    for c in candidates:
        out += presentation_drafts(ctx, c)
        if "clinical" in c.families:
            out += trial_drafts(ctx, c)
    return drop_contract_terms(ctx, settle_undated(ctx, out))


def finish(ctx: Context, drafts: list[Draft]) -> None:
    """The clinical pass over merged drafts (all documents, all extractors): fold the drafts that
    state one fact (:func:`fold_trials`, :func:`fold_presentations`, which edit ``drafts`` in
    place), give a trial whose merged sentences named no sponsor its default one (the owner or the
    registrant, see :func:`trial_sponsor`), then its population."""
    fold_trials(drafts)
    fold_presentations(drafts)
    for d in drafts:
        if d.type == "clinical_trial" and not d.fields.get("sponsor"):
            d.fields["sponsor"] = d.extra.get("sponsor_default")
    attach_populations(ctx, drafts)


def attach_populations(ctx: Context, drafts: list[Draft]) -> None:
    """"The Phase II study now underway assesses trastuzumab-DM1 in patients with ..." (seed):
    a later sentence about the same asset and phase gives a started trial its population."""
    trials = [d for d in drafts if d.type == "clinical_trial" and d.status != "historical" and not d.fields.get("population")]
    if not trials:
        return
    for c in ctx.candidates:
        if "clinical" not in c.families or ctx.is_excluded(c.doc, c.start, c.end):
            continue
        text = ctx.text(c.doc)
        if not POPULATION_RE.search(text, c.start, c.end):
            continue
        phase_m = PHASE_RE.search(text, c.start, c.end)
        phase = phase_from_match(phase_m) if phase_m else None
        names = {a.name for a in ctx.assets(c.doc, c.start, c.end) or named_in_trials(ctx, c.doc, c.start, c.end)}
        for d in trials:
            if d.fields.get("population") or d.fields.get("asset") not in names:
                continue
            if phase and d.fields.get("phase") and phase != d.fields["phase"]:
                continue
            fields: dict = {"population": None, "indication": None}
            fill_population(text, c.start, c.end, fields)
            d.fields["population"] = fields["population"]
            d.fields["indication"] = d.fields.get("indication") or fields["indication"]
