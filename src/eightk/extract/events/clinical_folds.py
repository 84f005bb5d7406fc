"""One fact told several times: the trial and presentation drafts the merger kept apart that
state one fact, folded into one once every document's drafts are merged (see
:func:`eightk.extract.events.clinical.finish`)."""

from __future__ import annotations

import re

from .common import Draft

#: How many evidence spans a folded trial keeps (as the merger's ``MAX_EVIDENCE``).
MAX_EVIDENCE = 4


def fold_trials(drafts: list[Draft]) -> None:
    """Trial drafts the merger kept apart that state one fact, folded into one (in place):
    a mention told without date or announcement ("The initiation of the Phase 1b trial represents
    a major step", BeyondAir 2024-12-03) is the planned or announced start of the same product
    and phase; a sentence that names no phase ("its partner Junshi Biosciences has dosed the
    first healthy volunteer in a study of ...", LLY-2020-06-08) is the one trial of that product
    and milestone, told alike, that does."""
    trials = [d for d in drafts if d.type == "clinical_trial"]
    for d in trials:
        asset, phase = (d.fields.get("asset") or "").lower(), d.fields.get("phase")
        same = [b for b in trials if b is not d and b in drafts and b.fields.get("milestone") == d.fields.get("milestone")
                and (not asset or (b.fields.get("asset") or "").lower() == asset)
                and (not d.fields.get("sponsor") or not b.fields.get("sponsor") or b.fields["sponsor"] == d.fields["sponsor"])
                and b.extra.get("disease") == d.extra.get("disease")]
        alike = [b for b in same if (b.status == "expected") == (d.status == "expected")]
        bases = []
        weak = d.status == "historical" and not d.date and not d.extra.get("now")
        if weak:
            bases.append([b for b in same if b.fields.get("phase") == phase] if asset or phase else [])
        elif asset and not phase:
            bases.append([b for b in alike if b.fields.get("phase")])
        if not d.fields.get("sponsor") and not weak:
            # A sentence that names no sponsor ("Lilly Announces Start of a Phase 1 Study", the
            # announcer) states the start that a sentence naming one does ("its partner Junshi
            # Biosciences has dosed ...", LLY-2020-06-08); two sponsors' trials stay two.
            bases.append([b for b in alike if b.fields.get("phase") == phase and (b.fields.get("asset") or "").lower() == asset])
        base = next((b for b in bases if len(b) == 1), None)
        if base:
            fold(base[0], d)
            drafts.remove(d)


def fold(base: Draft, other: Draft) -> None:
    """Keep every field either draft found, the evidence of both and the date the base lacks."""
    for name, value in other.fields.items():
        if base.fields.get(name) in (None, "") and value not in (None, ""):
            base.fields[name] = value
    base.evidence.extend(s for s in other.evidence if s not in base.evidence)
    del base.evidence[MAX_EVIDENCE:]
    if other.extra.get("now") and not base.extra.get("now") and other.status == base.status:
        base.date, base.extra["now"] = other.date, True
    elif other.date and not base.date and other.status == base.status:
        base.date = other.date  # "We are excited to initiate ..." + "screening will begin in ... 2025"
    base.extra["sponsor_default"] = base.extra.get("sponsor_default") or other.extra.get("sponsor_default")


_VENUE_NOISE_RE = re.compile(r"\b(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|the|annual|virtual|meeting|congress|conference|symposium)\b", re.I)
_ACRONYM_WORDS_RE = re.compile(r"\b[A-Z][A-Za-z]*")


def _venue_forms(venue: str) -> set[str]:
    """The names a venue goes by: its words without years and meeting words ("american society
    of hematology"), their initials ("ASH") and the acronyms it spells out."""
    core = " ".join(_VENUE_NOISE_RE.sub(" ", venue.lower()).split())
    initials = "".join(w[0] for w in _ACRONYM_WORDS_RE.findall(_VENUE_NOISE_RE.sub(" ", venue)))
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{3,}\b", venue)}
    return {f for f in (core, initials.lower()) if len(f) >= 3} | acronyms


def _same_venue(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = _venue_forms(a), _venue_forms(b)
    return bool(fa & fb) or any(x in y or y in x for x in fa for y in fb if len(x) > 6 and len(y) > 6)


def fold_presentations(drafts: list[Draft]) -> None:
    """Presentations of one document at one venue, by whatever name ("at ASH", "at the 2020
    American Society of Hematology Annual Meeting", the headline's "at the American Society of
    Hematology", LLY-2020-12-07), or told once without the journal ("announced the publication of
    positive results", CNTB 2025-05-21), are one presentation: the body sentence's, where the
    headline's verb is only its announcement. A trial's results the release announces today for
    a product it presents today are that presentation ("today announced clinical data from the
    ... BRUIN clinical trial", LLY-2020-12-07)."""
    shown = [d for d in drafts if d.type == "clinical_data_presentation"]
    for d in sorted(shown, key=lambda d: (d.extra.get("title", False), not d.fields.get("venue"), d.status != "expected", d.order)):
        if d not in drafts:
            continue
        for o in shown:
            if o is d or o not in drafts or o.order[0] != d.order[0] or not (d.fields.get("venue") or o.fields.get("venue")):
                continue
            if not (d.fields.get("venue") and o.fields.get("venue")) and o.status != d.status:
                continue  # "Today, ... data were published" and "were recently disclosed in Annals" (LLY-2021-10-28)
            if (not o.fields.get("asset") or not d.fields.get("asset") or o.fields["asset"] == d.fields["asset"]) \
                    and _same_venue(d.fields.get("venue"), o.fields.get("venue")):
                fold(d, o)
                if not d.date and o.date:
                    d.date = o.date
                drafts.remove(o)
    shown = [d for d in drafts if d.type == "clinical_data_presentation"]
    today = {(d.order[0], (d.fields.get("asset") or "").lower()) for d in shown if d.status == "occurred"}
    for d in [d for d in drafts if d.type == "clinical_trial" and d.fields.get("milestone") == "data_reported"]:
        if d.extra.get("now") and (d.order[0], (d.fields.get("asset") or "").lower()) in today:
            drafts.remove(d)
        elif d.extra.get("anaphoric") and any(_tells_before(p, d) for p in shown):
            drafts.remove(d)


#: How close after a presentation a sentence about "the study" describes the presented data.
PRESENTED_REACH = 400


def _tells_before(p: Draft, d: Draft) -> bool:
    """Whether presentation ``p`` is told just before trial ``d`` about the same product: "In
    March, Connect announced the publication of positive results from its global Phase 2 trial of
    rademikibart ... The study demonstrated clinically meaningful ... improvements" (CNTB 2025-05-21)."""
    if p.order[0] != d.order[0] or (p.fields.get("asset") or "").lower() != (d.fields.get("asset") or "").lower():
        return False
    end = max(s.end for s in p.evidence if s.doc == d.order[0])
    return 0 <= d.order[1] - end <= PRESENTED_REACH
