"""clinical_trial drafts: a milestone (:data:`.clinical_milestones.MILESTONE_RE`) in the same
clause as a phase or trial word, with its product, phase, status, date and fields.

Some milestones imply their trial and take the one the sentences before describe: results at a
follow-up time, enrolment counts, data expected ("The trial enrolled 1,736 participants",
"with data expected in the next few months"). A sentence that names no product takes the one
product of the sentences before; products the lexicon lacks are read from "a trial of X"."""

from __future__ import annotations

import re

from ..context import Context
from ..entities import Mention
from ..phases import PHASE_RE, phase_from_match
from ..scan import Candidate
from ..sentences import clause_at, sentence_at
from .clinical_fields import (
    ANAPHORIC_RE, HEADLINE_SPAN, LOOKBACK, NOW_RE, clause_status, fill_population, meta_end, named_in_trials,
    only_asset_before, plural_subject, trial_sponsor,
)
from .clinical_folds import fold
from .clinical_milestones import (
    ABOUT_BEFORE_RE, BOTH_RE, DESIGN_RE, ELLIPTIC_RE, IMPLICIT_GROUPS, LAST_PERIOD_RE, LAUNCH_REACH,
    MILESTONE_OF, MILESTONE_RE, NOT_STARTED_AFTER_RE, NOT_STARTED_BEFORE_RE, NOT_TRIAL_RE, ORDINAL_RE,
    PHASE_DOSE_RE, PRECLINICAL_RE, PUBLICATION_BEFORE_RE, RESULTS_HEADLINE_RE, START_SUBJECT_RE, TO_VERB_RE,
    TRIAL_NOUN_RE, TRIAL_SUBJECT_RE, TRIAL_WORD_RE, names_a_trial,
)
from .clinical_presentations import JOURNAL_RE, PUBLISHED_RE, venue_near
from .common import Draft, HISTORICAL_RE, dates_in, event_date, is_title, nearest, nearest_date, span


#: How far after an announced trial start without a product the next sentence may name it.
LOOKAHEAD = 400


def trial_drafts(ctx: Context, c: Candidate) -> list[Draft]:
    text = ctx.text(c.doc)
    if NOT_TRIAL_RE.search(text, c.start, c.end) and not PHASE_RE.search(text, c.start, c.end) \
            and not TRIAL_WORD_RE.search(text, c.start, c.end):
        return []  # a quarter's revenue, a share offering; not "the quarter ... a research program" (KMDA 2025-06-11)
    out: list[Draft] = []
    for m in MILESTONE_RE.finditer(text, c.start, c.end):
        for d in _trial(ctx, _narrowed(text, c, m.start()), m):
            # One sentence that tells a milestone twice ("positive results from SYNERGY-NASH, a
            # Phase 2 study ..., which met its primary endpoint where up to 74% of participants
            # achieved ...", LLY-2024-02-06; "data demonstrated durable objective responses and
            # showed high intracranial response rate", LLY-2020-05-08) states one trial.
            same = [o for o in out if o.fields["asset"] == d.fields["asset"] and o.fields["milestone"] == d.fields["milestone"]
                    and o.extra.get("disease") == d.extra.get("disease")
                    and (o.status == d.status and not d.fields["phase"]
                         or o.fields["phase"] == d.fields["phase"] and o.evidence == d.evidence)]
            if same:
                fold(same[0], d)
            else:
                out.append(d)
    return out


#: A sentence this long in whitespace-flattened 8-K text runs over the cover page's fields
#: ("... Check the appropriate box ... Item 8.01 Other Events On October 17 2012 Reata
#: Pharmaceuticals informed Abbott ...", ABT-2012-10-18); runs of spaces separate those fields.
GLUED_SENTENCE = 500


_FIELD_GAP_RE = re.compile(r"\s{3,}")


#: Bullets flattened into one line: "- The first healthy volunteer has been dosed in a Phase 1
#: study of JS016 ... - Junshi Biosciences is conducting its Phase 1 study ..." (LLY-2020-06-08).
_INLINE_BULLET_RE = re.compile(r"\s[-–•]\s(?=[A-Z])")


def _narrowed(text: str, c: Candidate, pos: int) -> Candidate:
    """The candidate cut to the bullet around ``pos`` when bullets were flattened into it, and
    to the stretch between runs of spaces when it is too long to be one sentence."""
    gaps = [_INLINE_BULLET_RE] + ([_FIELD_GAP_RE] if c.end - c.start > GLUED_SENTENCE else [])
    start, end = c.start, c.end
    for rx in gaps:
        for g in rx.finditer(text, start, pos):
            start = g.end()
        g = rx.search(text, pos, end)
        end = g.start() if g else end
    return c if (start, end) == (c.start, c.end) else Candidate(c.doc, start, end, c.families)


def _trial(ctx: Context, c: Candidate, m: re.Match[str]) -> list[Draft]:
    text = ctx.text(c.doc)
    group = m.lastgroup or "started"
    milestone = MILESTONE_OF.get(group, group)
    if m.group(0).lower().startswith("results from") and m.start() != c.start:
        return []  # "This approval was based on results from ...": not a data release
    if milestone == "data_reported" and PUBLICATION_BEFORE_RE.search(text, max(c.start, m.start() - 40), m.start()):
        return []  # "Connect announced the publication of positive results from ...": a publication
    if group == "results" and (PRECLINICAL_RE.search(text, c.start, c.end) or _in_quote(text, m.start())):
        return []  # "has shown results in animal models", a spokesman's praise: not a trial's data
    cs, ce = _clause(text, c, m, milestone)
    phases = _own_phases(text, (cs, ce), m)
    if not phases and milestone == "data_reported":
        # "Phase 1 safety, PK, and drug exposure results with oral zelenirstat ... showed no
        # dose-limiting toxicities" (Pacylex 2025-05-05): the list's first item names the phase.
        phases = _own_phases(text, (c.start, cs), m)
    after = [p for p in phases if p.start() >= m.start()]
    phase_m = after[0] if after else (phases[-1] if phases else None)
    assets_here = ctx.assets(c.doc, cs, ce) or named_in_trials(ctx, c.doc, cs, ce)
    implicit = not assets_here and not phase_m and (
        group in IMPLICIT_GROUPS or ELLIPTIC_RE.search(text, c.start, c.end) is not None)
    trial_words = TRIAL_WORD_RE.search(text, cs, ce) or START_SUBJECT_RE.search(text, cs, ce) \
        or (not phase_m and names_a_trial(ctx, c.doc, cs, ce))
    if not phase_m and not trial_words and not ((milestone == "data_reported" or group in IMPLICIT_GROUPS) and assets_here) \
            and not implicit:
        return []
    if group == "started" and (NOT_STARTED_BEFORE_RE.search(text, max(c.start, m.start() - 60), m.start())
                               or NOT_STARTED_AFTER_RE.match(text, m.end())):
        return []  # "regulatory submissions to be initiated", "after starting treatment" (LLY-2019-03-12)
    if m.group(0).lower().startswith("launch") and not TRIAL_NOUN_RE.search(text, m.end(), min(ce, m.end() + LAUNCH_REACH)):
        return []  # "responsible for Lilly's launched products ... the potential launch of donanemab" (LLY-2021-08-17)
    if group in ("started", "started_enrolling") and not phase_m and not TRIAL_NOUN_RE.search(text, m.end(), min(ce, m.end() + 80)) \
            and not TRIAL_SUBJECT_RE.match(text, cs, m.start()) and not START_SUBJECT_RE.search(text, cs, m.end()) \
            and not (group == "started_enrolling" and TRIAL_NOUN_RE.search(text, cs, m.start())):
        return []  # "launched" a product, "began" trading: not a trial
    if milestone == "data_reported" and (venue_near(text, cs, ce) or JOURNAL_RE.search(text, cs, ce)
                                         or PUBLISHED_RE.search(text, cs, ce)):
        return []  # data at a meeting or in a journal is a presentation
    if DESIGN_RE.search(text, cs, ce):
        return []  # "ADhere is a 16-week randomized ... Phase 3 study to evaluate": a design
    plural = [] if assets_here else plural_subject(ctx, c)
    if plural:
        return [_draft(ctx, c, m, milestone, (cs, ce), a, phase_m, extra_fields={"indication": ind})
                for a, ind in plural]
    asset, phase_m, source = _asset_and_phase(ctx, c, m, (cs, ce), phase_m, implicit, milestone)
    if not asset and not phase_m:
        return []
    d = _draft(ctx, c, m, milestone, (c.start, ce) if implicit else (cs, ce), asset, phase_m, source=source,
               evidence=(cs, ce))
    return _each_disease(text, (cs, ce), d)


def _each_disease(text: str, clause: tuple[int, int], d: Draft) -> list[Draft]:
    both = BOTH_RE.search(text, *clause)
    if not both:
        return [d]
    out = []
    for disease in (both.group("a") or both.group("c"), both.group("b") or both.group("d")):
        fields = dict(d.fields, indication=disease)
        out.append(Draft(d.type, d.status, d.date, fields, list(d.evidence), d.confidence, key=d.key + (disease.lower(),),
                         order=d.order, extra=dict(d.extra, disease=disease.lower())))
    return out


def _own_phases(text: str, clause: tuple[int, int], m: re.Match[str]) -> list[re.Match[str]]:
    """The phases of the clause nearer this milestone than any other: "The Seabreeze STAT COPD
    Study was initiated following ... the previously completed global Phase 2b asthma study"
    (CNTB 2025-05-21): Phase 2b is the completed study's."""
    others = [x.start() for x in MILESTONE_RE.finditer(text, *clause) if x.start() != m.start()]
    return [p for p in PHASE_RE.finditer(text, *clause) if not PHASE_DOSE_RE.match(text, p.end())
            and all(_distance(p, m.start(), m.end()) <= _distance(p, x, x) for x in others)]


def _distance(p: re.Match[str], start: int, end: int) -> int:
    return max(0, p.start() - end, start - p.end())


def _clause(text: str, c: Candidate, m: re.Match[str], milestone: str) -> tuple[int, int]:
    cs, ce = clause_at(text, c.start, c.end, m.start())
    if m.end() > ce:  # "will advance LY3127804, an ... antibody, to Phase 2 testing": the verb's own reach
        ce = clause_at(text, c.start, c.end, m.end())[1]
    if milestone in ("enrolled", "completed") and not PHASE_RE.search(text, cs, ce) and not TRIAL_WORD_RE.search(text, cs, ce) \
            and (PHASE_RE.search(text, c.start, cs) or TRIAL_WORD_RE.search(text, c.start, cs)):
        # "A Phase 2 study assessing X alone, and X with other antibodies ... has completed
        # enrollment" (LLY-2021-09-15): the trial is the sentence's subject, clauses before.
        cs = c.start
    return cs, ce


def _in_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation: an opening curly quote not yet closed, or an odd
    number of straight quotes since the line began (LLY releases are one line; their quotes pair)."""
    line = text.rfind("\n", 0, pos) + 1
    if text.rfind("“", line, pos) > text.rfind("”", line, pos):
        return True
    return text.count('"', line, pos) % 2 == 1


def _asset_and_phase(ctx: Context, c: Candidate, m: re.Match[str], clause: tuple[int, int], phase_m, implicit: bool,
                     milestone: str) -> tuple[Mention | None, re.Match[str] | None, int | None]:
    """The trial's product, its phase, and where the sentence that named them starts when that
    is not this one (its population is told there)."""
    text = ctx.text(c.doc)
    cs, ce = clause
    assets = ctx.assets(c.doc, cs, ce) or ctx.assets(c.doc, c.start, c.end) \
        or named_in_trials(ctx, c.doc, cs, ce) or named_in_trials(ctx, c.doc, c.start, c.end)
    asset = nearest(assets, m.start())
    lo = max(0, c.start - LOOKBACK)
    if asset and not phase_m and m.lastgroup == "enrolled_count":
        # "A total of 397 patients were enrolled and randomized ... sintilimab" (LLY-2021-05-18):
        # the study the sentence before describes ("ORIENT-11 is a ... Phase 3 study").
        design = _design_before(text, lo, c.start)
        return asset, (design[0] if design else None), (design[1] if design else None)
    if asset and not phase_m and m.lastgroup not in IMPLICIT_GROUPS:
        # "today announced topline results from one-year analyses of ... lebrikizumab ... The new
        # findings from the Phase 3 clinical trials showed ..." (LLY-2022-06-07): the next
        # sentence, about the same findings, names the phase.
        nxt = _next_about(text, c.end)
        if nxt:
            return asset, nxt, sentence_at(text, nxt.start())[0]
    if asset:
        return asset, phase_m, None
    if not phase_m and (implicit or TRIAL_SUBJECT_RE.match(text, c.start, c.start + 40)):
        # "The trial enrolled 1,736 participants": the trial of the sentences before.
        before = ctx.assets(c.doc, lo, c.start) or named_in_trials(ctx, c.doc, lo, c.start)
        asset = before[-1] if before else None
        # The phase of that asset's own sentence, not of another product's bullet before it
        # ("... Halneuron® Phase 2b ... * SP16 granted IND approval", DWTX 2026-05-14).
        source = sentence_at(text, asset.start)[0] if asset else lo
        phases_before = list(PHASE_RE.finditer(text, source, c.start))
        phase_m = phases_before[-1] if phases_before else None
        if phase_m:
            source = sentence_at(text, phase_m.start())[0]
        return asset, phase_m, source if asset or phase_m else None
    if milestone == "started" and (is_title(text[c.start:c.end]) or not phase_m and NOW_RE.search(text, c.start, c.end)
                                   and TRIAL_NOUN_RE.search(text, m.end(), ce)):
        # "Lilly today announced patients have been dosed in the world's first study of a potential
        # antibody treatment" (LLY-2020-06-01), a headline "Lilly Announces Start of a Phase 1
        # Study for its Second Potential COVID-19 Antibody Treatment" (LLY-2020-06-08): the
        # next sentence names the antibody.
        after = ctx.assets(c.doc, c.end, min(len(text), c.end + LOOKAHEAD))
        if phase_m:  # the product of a sentence about the same phase ("Lilly Starts Phase 2 Trial
            # with Anti-Ang2" is not about the baricitinib of the next paragraph, LLY-2020-04-10)
            phase = phase_from_match(phase_m)
            after = [a for a in after if phase in {phase_from_match(x) for x in PHASE_RE.finditer(text, *sentence_at(text, a.start))}]
        return (after[0] if after else None), phase_m, None
    # "The company is now enrolling patients in its confirmatory Phase 3 FLASH2 trial" (SNGX
    # 2025-04-24), "Lilly ... will begin dosing patients in a complementary Phase 1 study"
    # (LLY-2020-06-08): the one product the sentences before are about.
    asset = only_asset_before(ctx, c.doc, lo, c.start)
    if not phase_m and _THAT_TRIAL_RE.search(text, cs, ce):
        # "We completed enrollment of that trial last month": the one phase the sentences
        # before name.
        phases = list(PHASE_RE.finditer(text, lo, cs))
        if len({phase_from_match(p) for p in phases}) == 1:
            return asset, phases[-1], sentence_at(text, phases[-1].start())[0]
    return asset, phase_m, None


#: A trial named before, referred to in the object: "enrollment of that trial", "in the study".
_THAT_TRIAL_RE = re.compile(r"\b(?:of|in|from|for)\s+(?:that|the|this)\s+(?:trial|study)\b")


def _next_about(text: str, end: int) -> re.Match[str] | None:
    """The one phase of the sentence after ``end`` when that sentence is about the same findings."""
    if not ABOUT_BEFORE_RE.match(text, end + 1, end + 80) and not ABOUT_BEFORE_RE.match(text, end, end + 80):
        return None
    s, e = sentence_at(text, min(len(text) - 1, end + 2))
    phases = list(PHASE_RE.finditer(text, s, e))
    return phases[0] if len({phase_from_match(p) for p in phases}) == 1 else None


def _design_before(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """The phase and the start of the last sentence before ``end`` that names a phase and a
    trial word: the trial a sentence about its enrolment refers to."""
    for p in reversed(list(PHASE_RE.finditer(text, start, end))):
        s, e = sentence_at(text, p.start())
        if TRIAL_WORD_RE.search(text, s, e):
            return p, s
    return None


def _draft(ctx: Context, c: Candidate, m: re.Match[str], milestone: str, clause: tuple[int, int],
           asset: Mention | None, phase_m: re.Match[str] | None, source: int | None = None,
           evidence: tuple[int, int] | None = None, extra_fields: dict | None = None) -> Draft:
    text = ctx.text(c.doc)
    cs, ce = clause
    es, ee = evidence or clause
    phase = phase_from_match(phase_m) if phase_m else None
    dates = [x for x in dates_in(ctx, c.doc, es, ee) if not _DATELINE_RE.search(text, max(0, x.start - 40), x.start)]
    d = nearest_date(dates, m.end(), window=120)
    # A later milestone's words are not this one's: "has already completed Phase IIa clinical
    # trials, with Phase IIb results expected soon" (ABVC 2025-01-02).
    later = MILESTONE_RE.search(text, m.end(), ce)
    status, date, now = _status(ctx, c, m, text[cs:later.start() if later else ce],
                                d.value if d else _last_period(ctx, text, es, ee))
    sponsor, default_sponsor = trial_sponsor(ctx, c, m)
    fields = {"asset": asset.name if asset else None, "phase": phase, "milestone": milestone,
              "sponsor": sponsor, "indication": None, "population": None}
    fields.update({k: v for k, v in (extra_fields or {}).items() if v})
    spans = [(es, ee), (c.start, c.end)] + ([sentence_at(text, source)] if source is not None else [])
    for s, e in spans:
        fill_population(text, s, e, fields, m.start())
    return Draft("clinical_trial", status, date, fields, [span(c.doc, es, ee)], 0.8 if phase and asset else 0.6,
                 key=("clinical_trial", (asset.name.lower() if asset else None), phase, milestone,
                      "expected" if status == "expected" else "done", (sponsor or "").lower() or None),
                 order=(c.doc, es), extra={"now": now, "sponsor_default": default_sponsor,
                                          "anaphoric": ANAPHORIC_RE.match(text, c.start) is not None})


#: The date of a dateline ("INDIANAPOLIS,June 8, 2020// --") dates the release, not the trial
#: of the bullet glued before it (LLY-2020-06-08).
_DATELINE_RE = re.compile(r"\b[A-Z]{3,}(?:[ .]+[A-Z][A-Za-z.]*)*,\s*(?:[A-Z]{2,}[A-Za-z. ]*,\s*)?$")


def _last_period(ctx: Context, text: str, start: int, end: int) -> str | None:
    """"which enrolled its first patient last month" (LLY-2020-06-15): the month before the
    release's; "last year": the year before."""
    last = LAST_PERIOD_RE.search(text, start, end)
    ref = ctx.reference_date
    if not last or not ref:
        return None
    year, month = int(ref[:4]), int(ref[5:7]) if len(ref) >= 7 else 0
    if last.group(1).lower() == "year":
        return str(year - 1)
    if not month:
        return None
    return f"{year - (month == 1)}-{12 if month == 1 else month - 1:02d}"


def _status(ctx: Context, c: Candidate, m: re.Match[str], clause: str, date: str | None) -> tuple[str, str | None, bool]:
    """The status, the date and whether the sentence announces the fact as today's news."""
    text = ctx.text(c.doc)
    group = m.lastgroup
    now = bool(NOW_RE.search(text, c.start, c.end)) or is_title(text[c.start:c.end])
    if group == "planned":
        return "expected", date, now
    status = clause_status(clause, date, ctx.reference_date)
    if group == "started" and TO_VERB_RE.search(text, max(0, m.start() - 20), m.start()) \
            and not ORDINAL_RE.search(text, max(c.start, m.start() - 60), m.start()):
        # "with Lilly to imminently begin its Phase 1 study" (LLY-2020-06-08), but not "Lilly's
        # second neutralizing antibody to start clinical trials" (a start that was).
        status = "expected"
    if status == "occurred" and group == "started_enrolling" and re.match(r"now|is|are|enrol|dosing|recruit", m.group(0), re.I):
        return status, date, now  # "is now enrolling patients": under way since a date not told
    if status == "occurred" and not date and not now and not (group == "results" and _results_news(ctx, c)):
        # Told without "today"/"announced" and not as a headline: background, such as "R552
        # has completed Phase 1 clinical trials" (LLY-2021-02-18) or a quarter's bullet list.
        status = "historical"
    return status, event_date(status, date, ctx.reference_date), now


def _results_news(ctx: Context, c: Candidate) -> bool:
    """Results told as the news of a release whose headline announces results, and not marked
    as past in their sentence or the one before ("Soligenix recently announced ...")."""
    text = ctx.text(c.doc)
    head = meta_end(ctx, c.doc)
    if not RESULTS_HEADLINE_RE.search(text, head, head + HEADLINE_SPAN):
        return False
    before = sentence_at(text, max(0, c.start - 2))[0] if c.start > 1 else c.start
    return not HISTORICAL_RE.search(text, before, c.end)
