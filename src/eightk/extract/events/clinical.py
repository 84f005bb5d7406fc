"""clinical_trial and clinical_data_presentation events.

A trial event needs a milestone verb (began, initiated, completed enrolment, reported topline
data...) in the same clause as a phase or trial word. A presentation needs a venue ("at the 43rd
American Society of Clinical Oncology annual meeting", "at EULAR 2025") in a sentence about data.
One sentence may hold several: "began Phase I ... in April 2006, reported initial Phase I data at
the SABC symposium in December 2006, and additional findings at ASCO in June 2007" (seed).
"""

from __future__ import annotations

import re

from ..context import Context
from ..phases import PHASE_RE, phase_from_match
from ..scan import Candidate
from ..sentences import clause_at, sentence_at
from .regulatory import indication
from .common import Draft, is_title, clean, dates_in, event_date, nearest, nearest_date, span, status_for, subject_company

_MILESTONES = (
    ("discontinued", r"discontinu(?:ing|ed|es|e|ation of)|terminat(?:ed|ing|es|e) (?:the |its |a )?(?:[\w\-]+ ){0,3}(?:trial|study|program)|halt(?:ed|ing)? (?:the |its )?(?:[\w\-]+ ){0,3}(?:trial|study)|(?:trial|study) (?:will |was |has been )?stop(?:ped|s)? early"),
    ("enrolled", r"(?:complet(?:ed|es|ion of)|finish(?:ed)?)\s+(?:patient\s+|subject\s+)?(?:enrol?l?ment|recruitment)|fully enrolled|enrolled (?:the )?(?:last|final) (?:patient|subject)|(?<!currently has )(?<!has now )enrolled [\d,]+ (?:patients|participants|subjects|people)|enrol?l?ment (?:is |was )?(?:expected|estimated|anticipated|on track) to (?:be )?complete"
                 r"|enrol?l?ment\b[^.;]{0,80}?\b(?:was|has been|is now|were) (?:fully )?complet(?:ed|e)\b"),
    ("started_enrolling", r"(?:now|began|begun|begins?|has begun|started|starts?) enrolling"),
    ("data_reported", r"(?:announc|report|releas|shar|unveil)(?:ed|es|e|ing)\s+(?:today\s+)?(?:(?:positive|new|initial|interim|final|preliminary|additional|encouraging|detailed|full|key|primary|updated|long-term|clinical|efficacy|safety|Phase\s*[\dIV]+[ab]?(?:/[\dIV]+)?)\s+)*(?:top[- ]?line\s+)?(?:data|results|findings)|met (?:its|the|both|all) (?:co-)?primary\b|(?:top[- ]?line|positive) (?:data|results) (?:from|of)"
                      r"|(?<=study, )[^.;]{0,60}?\b(?:was associated with|showed|demonstrated|achieved|resulted in)\b"
                      r"|(?<=trial |study )(?:showed|demonstrated|met|achieved)\b|\bresults from (?:a|the|two|three|its) "
                      r"|(?:initial |topline |top-line |first )?data readout"
                      # "with top-line results expected fall of 2026", "Phase 2b data anticipated this fall" (DWTX)
                      r"|(?:top-?line |interim |final |initial )?(?:data|results) (?:are |is )?(?:now )?(?:expected|anticipated)\b"),
    ("completed", r"(?:complet(?:ed|es|ion of)|conclud(?:ed|es))\s+(?!their\b|his\b|her\b)(?:the\s+|its\s+|our\s+|a\s+|dosing in\s+)?(?:[\w\-]+\s+){0,6}?(?:phase|pivotal|study|trial|testing)"),
    ("started", r"(?:entered|advanced into|moved into) (?:a |the )?(?=Phase)|\badvanc(?:e|es|ed|ing)\s+[^.;]{0,120}?\s+(?:to|into)\s+(?:a\s+)?(?=Phase)|(?:began|begun|begins?|(?<!compared to the )(?<!since the )(?<!from the )(?<!at the )start(?:ed|s|ing| of)|(?<=to )start|(?<=will )start|initiat(?:ed|es|e|ing|ion of)|commenc(?:ed|es|e|ement of)|launch(?:ed|es)?)\b"
                r"|first (?:patient|participant|subject)s?(?:\s+in (?:the|a|its|our) (?:[\w\-]+ ){0,3}?(?:study|trial))?\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:dosed|enrolled|randomi[sz]ed|treated)"
                r"|(?:patients|participants|subjects) (?:have|has) been dosed in|enrolled (?:its|the|our) first (?:patient|participant|subject)"
                r"|dos(?:ed|ing of) (?:the )?first (?:patient|participant|subject)"),
)
MILESTONE_RE = re.compile("|".join(f"(?P<{name}>{p})" for name, p in _MILESTONES), re.I)
_TRIAL_WORD_RE = re.compile(r"\b(?:clinical (?:trial|study|testing|evaluation|development)|trial|study|testing|evaluation)\b", re.I)
#: A milestone told with the trial left implicit: "Based on current trends, enrollment is
#: estimated to be completed in September, with initial data readout soon thereafter" (the
#: trial is the one the sentences before describe, LLY-2020-08-03).
_ELLIPTIC_RE = re.compile(r"\b(?:[Ee]nrol?l?ment|[Rr]ecruitment|data readout|[Tt]op-?line (?:data|results))\b(?:[^.;]{0,40}?)\b(?:is|are|was|were|expected|estimated|anticipated|remains?|on track)\b")
#: A clause whose subject is the trial: "Study to begin enrolling in mid-2026" (DWTX 2026-05-14).
_TRIAL_SUBJECT_RE = re.compile(r"\s*(?:(?:The|This|That|the|Our|our|Its|its) (?:[\w\-]+ ){0,3})?(?:[Tt]rial|[Ss]tudy)\b")
_DESIGN_RE = re.compile(r"\b(?:is|was) an? (?:[\w\-,]+ ){0,12}(?:study|trial)s? (?:to evaluate|evaluating|designed|that (?:is )?evaluat)", re.I)
#: An announcement word: a fact told without one, and without a date, is background.
_NOW_RE = re.compile(r"\btoday\b|\bannounc|\bthis week\b", re.I)
#: The headline and dateline sentence of a release (LLY files carry a metadata block first).
_HEADLINE_SPAN = 600
_TRIAL_NOUN_RE = re.compile(r"\b(?:trial|study|studies|testing|evaluation|program)\b", re.I)
_NOT_TRIAL_RE = re.compile(r"\b(?:financial results|quarter|revenue|share|stock|dividend|offering|conference call|webcast|launch(?:ed)? (?:of|in) (?:the )?(?:U\.S\.|market))\b", re.I)
#: Who a trial enrols: "in residents and staff at long-term care facilities in the U.S.",
#: "of hospitalized patients with COVID-19", "in people recently diagnosed with COVID-19 in the
#: ambulatory setting", "participants ages 60-85 years with ..." (LLY-2020-08-03, LLY-2024-03-08).
_PEOPLE = r"(?:patients|adults|participants|subjects|people|persons|children|women|men|residents|volunteers|individuals|infants|adolescents)"
_BARE_COUNT_RE = re.compile(r"(?:up to\s+|approximately\s+)?(?:\d[\d,]*\s+)?" + _PEOPLE, re.I)
_POPULATION_RE = re.compile(
    r"\b(?:in|of|enrol(?:l|ling|led|s)|treat(?:ing|s)?|among)\s+(?P<pop>(?:up to\s+|approximately\s+)?(?:\d[\d,]*\s+)?(?:(?!(?:in|of|with|the|a|an|and|these|those)\b)[a-z][\w\-]*\s+){0,2}?" + _PEOPLE
    + r"(?:\s+(?:and|or)\s+[a-z]+)?(?:\s+(?:with|who|at|ages?|aged|living|recently|diagnosed|of|on|whose|receiving)\b(?:[^.;,]|\.(?=\S)){3,200}?)?)(?=\s+(?:and long-term|and is|which|is|are|was|were|has|have|will|to (?:evaluate|assess|determine))\b|,\s|[;]|\.(?!\S)|\s\.|$)",
    re.I)
_INDICATION_RE = re.compile(r"(?:patients|adults|participants|subjects|people|children|women|men)\s+with\s+(?P<ind>[^.;,()]{3,120}?)(?=\s+(?:that|who|whose|after|following|despite|and who|previously|receiving)\b|[.;,()]|$)"
                            r"|for the (?:potential )?treatment of\s+(?P<ind2>[^.;,()]{3,120}?)(?=\s+(?:and is|in patients|in adults|in the|who|that|has|have|is|was|will)\b|[.;,()]|$)", re.I)

_VENUE_WORDS = r"(?:annual meeting|Annual Meeting|Meeting|meeting|Congress|congress|Symposium|symposium|Conference|conference|Scientific Sessions|Sessions|Summit|Forum|Workshop|Colloquium)"
VENUE_RE = re.compile(
    r"\bat (?:the |this year's |the upcoming |an? )?(?:virtual |hybrid )?(?P<venue>(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)?(?:[A-Z][\w&'’\-]*|\(\w+\))(?:\s+(?:[A-Z0-9][\w&'’\-]*|\([\w\s]+\)|of|on|for|and|in|the|&|[–—]))*?\s+"
    + _VENUE_WORDS + r"(?:\s+\d{4})?(?:\s*\([A-Z][\w\s]*\))?"
    r"|(?:upcoming|future|a future|an upcoming) (?:medical |scientific )?(?:congress(?:es)?|meetings?|conferences?)"
    r"|(?:ASCO|ESMO|AACR|ASH|EULAR|EASD|ADA|AAN|ACR|ATS|ERS|ESC|AHA|ACC|SABCS|ASGCT|IDWeek|AASLD|EASL|DDW|ISTH|ENDO|ObesityWeek|CTAD|AAIC)(?:\s+(?:\d{4}|Annual Meeting|Congress|Scientific Sessions))?)"
)
_DATA_RE = re.compile(r"\b(?:data|results|findings|present(?:ed|s|ation|ing)?|poster|abstract|oral|reported|disclosed)\b", re.I)
_DATE_AFTER_VENUE = 80
#: How far back "The trial ..." looks for the trial it means (LLY-2024-07-02: the asset and phase
#: are named in the sentence before).
LOOKBACK = 600
#: How far after an announced trial start without a product the next sentence may name it.
LOOKAHEAD = 400
#: Journals are venues too: "results were published in the Journal of the American Medical
#: Association" (LLY-2024-03-08), "published in The Lancet".
JOURNAL_RE = re.compile(
    r"(?<![\w*])(?:the\s+|The\s+)?[*_]*(?P<venue_first>New England Journal of Medicine|The Lancet(?: [A-Z][a-z]+)?|Lancet(?: [A-Z][a-z]+)?|JAMA(?: [A-Z][a-z]+)?|"
    r"Journal of (?:the )?[A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z]+|of|and))*|Nature Medicine|NEJM)[*_]*\s+(?:has\s+|have\s+)?published\b"
    r"|\bpublished\b\)?[^.;]{0,40}?(?:\bin|(?<=in))?\s*(?:the\s*)?[*_]*(?P<venue>New England Journal of Medicine|"
    r"The Lancet(?: [A-Z][a-z]+)?|Lancet(?: [A-Z][a-z]+)?|JAMA(?: [A-Z][a-z]+)?|Journal of (?:the )?[A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z]+|of|and))*|"
    r"Nature Medicine|Nature|Science|NEJM)"
)


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out: list[Draft] = []
    for c in candidates:
        out += _presentations(ctx, c)
        if "clinical" in c.families:
            out += _trials(ctx, c)
    return out


def _phase_before(text: str, start: int, pos: int, end: int) -> str | None:
    found = [m for m in PHASE_RE.finditer(text, start, end)]
    if not found:
        return None
    before = [m for m in found if m.start() <= pos]
    return phase_from_match(before[-1] if before else found[0])


def _trials(ctx: Context, c: Candidate) -> list[Draft]:
    text = ctx.text(c.doc)
    if _NOT_TRIAL_RE.search(text, c.start, c.end) and not PHASE_RE.search(text, c.start, c.end):
        return []
    out = []
    for m in MILESTONE_RE.finditer(text, c.start, c.end):
        d = _trial(ctx, c, m)
        if d:
            out.append(d)
    return out


def _trial(ctx: Context, c: Candidate, m: re.Match[str]) -> Draft | None:
    text = ctx.text(c.doc)
    milestone = (m.lastgroup or "started").replace("started_enrolling", "started")
    if m.group(0).lower().startswith("results from") and m.start() != c.start:
        return None  # "This approval was based on results from ...": not a data release
    cs, ce = clause_at(text, c.start, c.end, m.start())
    if m.end() > ce:  # "will advance LY3127804, an ... antibody, to Phase 2 testing": the verb's own reach
        ce = clause_at(text, c.start, c.end, m.end())[1]
    if milestone in ("enrolled", "completed") and not PHASE_RE.search(text, cs, ce) and not _TRIAL_WORD_RE.search(text, cs, ce) \
            and (PHASE_RE.search(text, c.start, cs) or _TRIAL_WORD_RE.search(text, c.start, cs)):
        # "A Phase 2 study assessing X alone, and X with other antibodies ... has completed
        # enrollment" (LLY-2021-09-15): the trial is the sentence's subject, clauses before.
        cs = c.start
    phases = list(PHASE_RE.finditer(text, cs, ce))
    after = [p for p in phases if p.start() >= m.start()]
    phase_m = after[0] if after else (phases[-1] if phases else None)
    assets_here = ctx.assets(c.doc, cs, ce)
    elliptic = not assets_here and not phase_m and _ELLIPTIC_RE.search(text, c.start, c.end) is not None
    if not phase_m and not _TRIAL_WORD_RE.search(text, cs, ce) and not (milestone == "data_reported" and assets_here) and not elliptic:
        return None
    if milestone == "started" and not phase_m and not _TRIAL_NOUN_RE.search(text, m.end(), min(ce, m.end() + 80)) \
            and not _TRIAL_SUBJECT_RE.match(text, cs, m.start()):
        return None  # "launched" a product, "began" trading: not a trial
    if _venue_near(text, cs, ce):
        return None  # data at a meeting is a presentation
    if _DESIGN_RE.search(text, cs, ce):
        return None  # "ADhere is a 16-week randomized ... Phase 3 study to evaluate": a design
    assets = ctx.assets(c.doc, cs, ce) or ctx.assets(c.doc, c.start, c.end)
    asset = nearest(assets, m.start())
    if not asset and not phase_m and (elliptic or re.match(r"\s*(?:(?:The|This|That|the) (?:\w+ )?)?(?:[Tt]rial|[Ss]tudy)\b", text[c.start:c.start + 40])):
        # "The trial enrolled 1,736 participants": the trial of the sentences before.
        before = ctx.assets(c.doc, max(0, c.start - LOOKBACK), c.start)
        asset = before[-1] if before else None
        # The phase of that asset's own sentence, not of another product's bullet before it
        # ("... Halneuron® Phase 2b ... * SP16 granted IND approval", DWTX 2026-05-14).
        lo = sentence_at(text, asset.start)[0] if asset else max(0, c.start - LOOKBACK)
        phases_before = list(PHASE_RE.finditer(text, lo, c.start))
        phase_m = phases_before[-1] if phases_before else None
    if not asset and not phase_m and milestone == "started" and _NOW_RE.search(text, c.start, c.end) \
            and _TRIAL_NOUN_RE.search(text, m.end(), ce):
        # "Lilly today announced patients have been dosed in the world's first study of a potential
        # antibody treatment" (LLY-2020-06-01): the next sentence names the antibody.
        after = ctx.assets(c.doc, c.end, min(len(text), c.end + LOOKAHEAD))
        asset = after[0] if after else None
    phase = phase_from_match(phase_m) if phase_m else None
    if not asset and not phase:
        return None
    clause = text[c.start:ce] if elliptic else text[cs:ce]
    dates = dates_in(ctx, c.doc, cs, ce)
    d = nearest_date(dates, m.end(), window=120)
    status = status_for(clause, d.value if d else None, ctx.reference_date)
    now = bool(_NOW_RE.search(text, c.start, c.end)) or is_title(text[c.start:c.end])
    if status == "occurred" and not d and not now:
        # Told without "today"/"announced" and not as a headline: background, such as "R552
        # has completed Phase 1 clinical trials" (LLY-2021-02-18) or a quarter's bullet list.
        status = "historical"
    sponsor = subject_company(ctx, c.doc, c.start, m.start()) or _owner(ctx, c) or ctx.registrant
    fields = {"asset": asset.name if asset else None, "phase": phase, "milestone": milestone,
              "sponsor": sponsor, "indication": None, "population": None}
    _population(text, c.start, c.end, fields)
    return Draft("clinical_trial", status, event_date(status, d.value if d else None, ctx.reference_date),
                 fields, [span(c.doc, cs, ce)], 0.8 if phase and asset else 0.6,
                 key=("clinical_trial", (asset.name.lower() if asset else None), phase, milestone),
                 order=(c.doc, cs), extra={"now": now})


def _meta_end(ctx: Context, doc: int) -> int:
    regions = ctx.excluded.get(doc) or [(0, 0)]
    return regions[0][1] if regions[0][0] == 0 else 0


def _venue_near(text: str, start: int, end: int) -> bool:
    return VENUE_RE.search(text, start, end) is not None and _DATA_RE.search(text, start, end) is not None


def _owner(ctx: Context, c: Candidate) -> str | None:
    text = ctx.text(c.doc)
    if re.search(r"\b(?:our|we|its wholly[- ]owned)\b", text[c.start:c.end], re.I):
        return ctx.registrant
    return None


def _population(text: str, start: int, end: int, fields: dict) -> None:
    seg = text[start:end]
    for p in _POPULATION_RE.finditer(seg):
        if _BARE_COUNT_RE.fullmatch(p.group("pop")):
            continue  # "The trial enrolled 1,736 participants": a count, not who
        fields["population"] = clean(p.group("pop"))
        break
    i = _INDICATION_RE.search(seg)
    if i:
        fields["indication"] = clean(i.group("ind") or i.group("ind2"))
    elif not fields.get("indication"):
        fields["indication"] = indication(seg)


def _presentations(ctx: Context, c: Candidate) -> list[Draft]:
    text = ctx.text(c.doc)
    if not _DATA_RE.search(text, c.start, c.end):
        return []
    out = []
    venues = list(VENUE_RE.finditer(text, c.start, c.end)) or list(JOURNAL_RE.finditer(text, c.start, c.end))
    if not venues:
        return _publication(ctx, c) or _presenting(ctx, c)
    for v in venues:
        cs, ce = clause_at(text, c.start, c.end, v.start())
        if not _DATA_RE.search(text, cs, ce) and not _DATA_RE.search(text, c.start, v.start()):
            continue
        assets = ctx.assets(c.doc, cs, ce) or ctx.assets(c.doc, c.start, c.end)
        asset = nearest(assets, v.start(), prefer_after=False)
        phase = _phase_before(text, c.start, v.start(), ce)
        dates = [d for d in dates_in(ctx, c.doc, v.end(), min(ce + 1, v.end() + _DATE_AFTER_VENUE))]
        d = dates[0] if dates else None
        status = status_for(text[cs:ce], d.value if d else None, ctx.reference_date)
        venue = clean(v.group("venue") or v.groupdict().get("venue_first") or "")
        fields = {"asset": asset.name if asset else None, "phase": phase, "venue": venue,
                  "date": d.value if d else None}
        out.append(Draft("clinical_data_presentation", status, event_date(status, d.value if d else None, ctx.reference_date),
                         fields, [span(c.doc, cs, ce)], 0.75 if asset else 0.55,
                         key=("clinical_data_presentation", venue.lower()[:25], asset.name.lower() if asset else None),
                         order=(c.doc, cs)))
    return out


#: A publication told without the word "published in" before the journal: "The Phase 3
#: TRAILBLAZER-ALZ 2 study results were published" (LLY-2024-03-08), "results were in the
#: Journal of the American Medical Association" (a flattened link dropped the verb).
PUBLISHED_RE = re.compile(
    r"\b(?:results|data|findings)\s+(?:(?:from|of)\s+[^.;]{3,80}?\s+)?(?:were|was|have been|has been)\s*(?:published\b|(?=in\s*(?:the\s*)?[*_]*"
    r"(?:New England Journal|Lancet|JAMA|Journal of|Nature|Science|NEJM)))"
    r"(?:\s*in\s*(?:the\s*)?[*_]*(?P<venue>New England Journal of Medicine|The Lancet(?: [A-Z][a-z]+)?|Lancet(?: [A-Z][a-z]+)?|"
    r"JAMA(?: [A-Z][a-z]+)?|Journal of (?:the )?[A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z]+|of|and))*|Nature Medicine|Nature|Science|NEJM))?"
)


def _publication(ctx: Context, c: Candidate) -> list[Draft]:
    text = ctx.text(c.doc)
    v = PUBLISHED_RE.search(text, c.start, c.end)
    if not v:
        return []
    assets = ctx.assets(c.doc, c.start, c.end) or ctx.assets(c.doc, max(0, c.start - LOOKBACK), c.start)[-1:]
    if not assets:
        return []
    asset = nearest(assets, v.start(), prefer_after=False)
    phase = _phase_before(text, c.start, v.start(), c.end)
    dates = dates_in(ctx, c.doc, c.start, c.end)
    d = nearest_date(dates, v.end(), window=80)
    status = status_for(text[c.start:c.end], d.value if d else None, ctx.reference_date)
    if status == "occurred" and not d and not _NOW_RE.search(text, c.start, c.end):
        status = "historical"  # "results were published": background unless announced today
    venue = clean(v.group("venue")) if v.group("venue") else None
    fields = {"asset": asset.name, "phase": phase, "venue": venue, "date": d.value if d else None}
    return [Draft("clinical_data_presentation", status, event_date(status, d.value if d else None, ctx.reference_date),
                  fields, [span(c.doc, c.start, c.end)], 0.6,
                  key=("clinical_data_presentation", (venue or "publication").lower()[:25], asset.name.lower()),
                  order=(c.doc, c.start))]


#: Data presented with the meeting named elsewhere in the release: "Lilly will present new
#: data from the positive Phase 3 RELAY study evaluating CYRAMZA ..." (LLY-2020-05-13), "The
#: company and Incyte presented data showing baricitinib ..." (LLY-2020-10-27).
PRESENT_RE = re.compile(
    r"\b(?:present(?:ed|s|ing)?|(?:are|is) being presented)\s+(?:the\s+)?(?:(?:new|additional|detailed|positive|preclinical|clinical|updated|"
    r"further|interim|final|long-term|topline|top-line|primary|key)\s+)*(?:data|results|findings|outcomes)\b"
    r"|\b(?:data|results|findings)\b[^.;]{0,80}?\b(?:are|is|were|was) (?:being )?presented\b", re.I)
#: How far from the sentence the release may name the meeting (a headline, the paragraph).
VENUE_REACH = 600


def _presenting(ctx: Context, c: Candidate) -> list[Draft]:
    text = ctx.text(c.doc)
    v = PRESENT_RE.search(text, c.start, c.end)
    if not v:
        return []
    assets = ctx.assets(c.doc, c.start, c.end)
    if not assets:
        return []
    asset = nearest(assets, v.end())
    phase = _phase_before(text, c.start, v.end(), c.end)
    venue_m = _nearest_venue(text, c.start)
    venue = clean(venue_m.group("venue")) if venue_m else None
    status = status_for(text[c.start:c.end], None, ctx.reference_date)
    fields = {"asset": asset.name, "phase": phase, "venue": venue, "date": None}
    return [Draft("clinical_data_presentation", status, event_date(status, None, ctx.reference_date),
                  fields, [span(c.doc, c.start, c.end)], 0.55,
                  key=("clinical_data_presentation", (venue or "").lower()[:25], asset.name.lower()),
                  order=(c.doc, c.start))]


def _nearest_venue(text: str, pos: int) -> re.Match[str] | None:
    found = list(VENUE_RE.finditer(text, max(0, pos - VENUE_REACH), min(len(text), pos + VENUE_REACH)))
    named = [m for m in found if not re.match(r"(?:upcoming|future|a future|an upcoming)\b", m.group("venue"))]
    return min(named, key=lambda m: abs(m.start() - pos)) if named else None


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
        if not _POPULATION_RE.search(text, c.start, c.end):
            continue
        phase_m = PHASE_RE.search(text, c.start, c.end)
        phase = phase_from_match(phase_m) if phase_m else None
        names = {a.name for a in ctx.assets(c.doc, c.start, c.end)}
        for d in trials:
            if d.fields.get("population") or d.fields.get("asset") not in names:
                continue
            if phase and d.fields.get("phase") and phase != d.fields["phase"]:
                continue
            fields: dict = {"population": None, "indication": None}
            _population(text, c.start, c.end, fields)
            d.fields["population"] = fields["population"]
            d.fields["indication"] = d.fields.get("indication") or fields["indication"]
