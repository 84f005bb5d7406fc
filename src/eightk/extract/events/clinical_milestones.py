"""The words of clinical milestones: the verbs and shapes that tell a trial started, enrolled,
completed, reported data or stopped (:data:`MILESTONE_RE`), the words that make a sentence about
a trial, and the cues that a sentence is not one (a design, preclinical results, a launch)."""

from __future__ import annotations

import re

from ..context import Context


_PEOPLE_WORDS = r"(?:patients|participants|subjects|people|adults|children|volunteers)"


_MILESTONES = (
    # Not patients stopping a drug: "Few patients discontinued treatment due to adverse events"
    # (LLY-2022-06-13).
    ("discontinued", r"discontinu(?:ing|ed|es|e|ation of)\b(?!\s+(?:of\s+)?(?:treatment|therapy|study drug|dosing|due|because)\b)|terminat(?:ed|ing|es|e) (?:the |its |a )?(?:[\w\-]+ ){0,3}(?:trial|study|program)|halt(?:ed|ing)? (?:the |its )?(?:[\w\-]+ ){0,3}(?:trial|study)|(?:trial|study) (?:will |was |has been )?stop(?:ped|s)? early"
                     r"|stop(?:ping|ped)? (?:the |its )?(?:[\w\-]+ ){0,5}(?:trial|study)(?: [\w\-]+){0,3} early\b"),
    ("enrolled", r"(?:complet(?:e|ed|es|ing|ion of)|finish(?:ed)?|wrap(?:ped|s)? up|clos(?:ed|es|e))\s+(?:patient\s+|subject\s+)?(?:enrol?l?ment|recruitment)|fully enrolled|enrolled (?:the )?(?:last|final) (?:patient|subject)|(?<!currently has )(?<!has now )enrolled [\d,]+ (?:patients|participants|subjects|people)|enrol?l?ment (?:is |was )?(?:expected|estimated|anticipated|on track) to (?:be )?complete"
                 r"|enrol?l?ment\b[^.;]{0,80}?\b(?:was|has been|is now|is|were) (?:fully )?complet(?:ed|e)\b"
                 # "Enrollment in the Phase 2 trial of X is expected to be completed in ..."
                 r"|enrol?l?ment\b[^.;]{0,80}?\b(?:is|are|remains?) (?:expected|estimated|anticipated|on track|projected|scheduled|planned) to (?:be )?complet(?:e|ed)\b"
                 r"|(?:reached|achieved|completed) (?:full|target|complete) enrol?l?ment"),
    # A count enrolled or to enrol, the trial told before: "A total of 5,637 patients were
    # randomized" (LLY-2021-10-28), "Lilly expects to enroll 400 patients" (LLY-2020-06-15), "the
    # trial will enroll an estimated 1,000 participants" (LLY-2021-01-27).
    ("enrolled_count", r"(?<![\w,.\-])\d{1,3}(?:,\d{3})*\s+" + _PEOPLE_WORDS + r"\s+(?:were|have been|had been)\s+(?:enrolled|randomi[sz]ed)\b"
                       # Not a running count: "12 patients have been enrolled to date".
                       r"(?!\s+(?:to date|so far|thus far)\b)"
                       r"|(?:(?:expects?|plans?|intends?|is expected|are expected) to|will) enroll\s+(?:an estimated |approximately |about |up to |more than |over )?"
                       r"\d{1,3}(?:,\d{3})*\s+" + _PEOPLE_WORDS + r"\b"),
    ("started_enrolling", r"(?:now|began|begun|begins?|has begun|started|starts?) (?:enrolling|recruiting)"
                          # "received IRB approval and began screening patients"
                          r"|(?:began|begun|begins?|started|starts?|commenced|initiated) (?:patient |subject )?(?:screening|recruiting|recruitment)\b"
                          # "the study is now open for enrollment", "kicked off a Phase 2 study",
                          # "entered the clinic with a Phase 1 trial"
                          r"|(?:is|are|was|were) (?:now )?open(?:ed)? (?:for|to) (?:enrol?l?ment|recruitment|patients)|opened (?:enrol?l?ment|recruitment)"
                          r"|kick(?:ed|s|ing)? off\b|entered the clinic\b"
                          # "Enrollment is now underway in the Phase 2 REACH trial"
                          r"|(?:enrol?l?ment|dosing|recruitment) (?:is|has) now (?:underway|under way|begun|started)\b"
                          # "Acute myeloid leukemia patients are currently being dosed with oral
                          # zelenirstat in another study" (Pacylex 2025-05-05): under way.
                          r"|(?:are|is) (?:currently |now )?being (?:dosed|enrolled)\b"),
    ("data_reported", r"(?:announc(?:ed|es|e|ing)|report(?:ed|s|ing)?|releas(?:ed|es|e|ing)|shar(?:ed|es|e|ing)|unveil(?:ed|s|ing)?|post(?:ed|s|ing)|deliver(?:ed|s|ing)?)\s+(?:today\s+)?(?:(?:positive|new|initial|interim|final|preliminary|additional|encouraging|detailed|full|key|primary|updated|long-term|clinical|efficacy|safety|Phase\s*[\dIV]+[ab]?(?:/[\dIV]+)?)\s+)*(?:top[- ]?line\s+)?(?:data|results|findings)|(?:met|meets?) (?:(?:its|the|both|all) )?(?:[\w\-]+ ){0,2}?(?:co-)?primary\b|achiev(?:ed|es) statistical(?:ly)? significan\w+|(?:top[- ]?line|positive) (?:data|results) (?:from|of)"
                      r"|(?:(?<=study, )|(?<=study , )|(?<=trial, )|(?<=trial , ))[^.;]{0,100}?\b(?:was associated with|showed|demonstrated|achieved|resulted in)\b"
                      r"|(?<=trial |study )(?:showed|demonstrated|met|achieved)\b|\bresults from (?:a|the|two|three|its) "
                      r"|(?:initial |topline |top-line |first )?data readout"
                      # "the trial read out positively", "is expected to read out in 2H26", "a Phase 2 readout"
                      r"|\bread(?:s|ing)?[- ]out\b|(?<=Phase )\S+ (?:top-?line )?read-?outs?\b|(?:top-?line|interim|final) read-?outs?\b"
                      # analysts' catalysts: "Phase 2 topline data for X in 1Q27"
                      r"|(?:top-?line|interim|final|initial|Phase\s*[\dIV]+[abc]?)\s+(?:data|results)\s+(?:for|from|of|on)\s+[^.;]{1,60}?\b(?:in|by|during|around)\s+"
                      r"(?=[1-4]Q|Q[1-4]|[12]H|H[12]|(?:the )?(?:first|second|third|fourth) (?:quarter|half)|(?:early|mid|late)[- ]|year[- ]end|(?:19|20)\d\d)"
),
    # Data to come, the trial told before: "with top-line results expected fall of 2026", "Phase
    # 2b data anticipated this fall" (DWTX), "in the trial, with data expected in the next few
    # months" (LLY-2020-06-15).
    # Analysts' words too: "Phase 2 data for AC-3 remain on track for 4Q26", "dose escalation
    # data expected 2Q26", "results are due in 2H26".
    ("data_expected", r"(?:top-?line |interim |final |initial )?(?:data|results) (?:from (?:the|this|that) (?:trial|study) |for [A-Z][\w\-]*\d[\w\-]* )?"
                      r"(?:are |is |remains? )?(?:now |still )?(?:expected|anticipated|due (?=in|by)|on track for|slated for)\b"),
    # Not a condition: "may enroll into a long-term extension study after completion of any of
    # these registration studies" (LLY-2020-06-01).
    ("completed", r"\blast (?:patient|participant|subject)[- ](?:last[- ])?(?:visit|out)\b|(?<!after )(?<!upon )(?<!following )(?<!before )(?:complet(?:ed|es|ion of)|conclud(?:ed|es))\s+(?!their\b|his\b|her\b)(?:the\s+|its\s+|our\s+|a\s+|dosing in\s+)?(?:[\w\-]+\s+){0,6}?(?:phase|pivotal|study|studies|trials?|testing)\b"),
    ("started", r"(?:entered|advanced into|moved into) (?:a |the )?(?=Phase)|\b(?:advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|transition(?:s|ed|ing)?)\s+[^.;]{0,120}?\s+(?:to|into)\s+(?:a\s+|the\s+)?(?=Phase)|(?:began|begun|begins?|(?<!compared to the )(?<!since the )(?<!from the )(?<!at the )start(?:ed|s|ing| of)|(?<=to )start|(?<=will )start|initiat(?:ed|es|e|ing|ion of)|initiation(?= (?:for|is|was|remains|expected|planned|anticipated)\b)|commenc(?:ed|es|e|ement of)|launch(?:ed|es)?)\b"
                r"|first (?:healthy )?(?:patient|participant|subject|volunteer|cohort)s?(?:\s+in (?:the|a|its|our) (?:[\w\-]+ ){0,3}?(?:study|trial))?\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:dosed|enrolled|randomi[sz]ed|treated)"
                r"|(?:patients|participants|subjects) (?:have|has) been dosed in"
                r"|(?:enrol?l(?:ed|s|ing)?|dos(?:ed|es|e|ing)|randomi[sz](?:ed|es|e|ing)|treat(?:ed|s|ing)?) (?:its |the |our |their )?first (?:healthy )?(?:patient|participant|subject|volunteer|cohort)s?\b"
                r"|dos(?:ed|ing of) (?:the )?first (?:healthy )?(?:patient|participant|subject|volunteer|cohort)"
                # a plan's noun: "anticipates first patient dosing in its Phase 1 study in 3Q26"
                r"|first (?:patient|participant|subject) (?:dosing|dosed|enrollment|enrolment|in\b(?! (?:the|a|an|our|its|their|this)\b))"),
    # A trial a plan holds is a start to come: "a joint clinical development plan ..., which
    # includes a cardiovascular outcomes trial prior to submission" (ALNY 2023-07-24).
    ("planned", r"\b(?:plan|program|strategy)\b[^.;]{0,80}?\binclud(?:es|ing|e)\s+an?\s+(?:[\w\-]+\s+){0,4}?(?:trial|study)\b"
                # "A Phase 3 trial is planned for 2026", "the study is scheduled to begin in mid-2026"
                r"|\b(?:trial|study)\b[^.;]{0,80}?\b(?:is|are) (?:currently |now |still )?(?:planned|scheduled|slated)\b(?!\s+to\s+(?:be\s+)?(?:complet|conclud|end|finish))"),
    # Results told as what the product does, or at a follow-up time: "HyBryte is showing
    # impressive results in treating ..." (SNGX 2025-04-24), "At nine months of follow-up,
    # consistent and marked improvements were sustained" (Triflo 2024-06-06).
    ("results", r"\b(?:is |are |was |were |has |have )?(?:show(?:s|ed|n|ing)|demonstrat(?:es|ed|ing)|produc(?:es|ed|ing))\s+"
                r"(?:(?:an?|the|[\w%\-]+)\s+){0,3}?(?:results|(?:overall |objective |complete )?response rates?|responses)\b"
                # "A Phase 2a patient with DLBCL achieved a partial response" (Pacylex 2025-05-05),
                # "1 out of 3 patients treated with OLUMIANT 4-mg achieved 80% or more scalp hair
                # coverage" (LLY-2022-05-20).
                # A measured effect: "ZB-101 demonstrated a 45% reduction in disease activity".
                r"|\b(?:show(?:ed|s)|demonstrat(?:ed|es)|achiev(?:ed|es)|resulted in|deliver(?:ed|s)|produc(?:ed|es)|yield(?:ed|s)|led to) an? (?:[\w\-]+ )?\d+(?:\.\d+)?%\s+(?:[\w\-]+\s+){0,2}?"
                r"(?:reduction|improvement|decrease|increase|response rate)\b"
                # "was well tolerated at all doses"
                r"|\b(?:was|were|has been|have been) (?:generally |very |safe and |also )?well[- ]tolerated\b"
                r"|\b(?:significantly|substantially|markedly|meaningfully) (?:reduced|improved|decreased|increased|lowered|prolonged|extended|delayed)\b"
                r"|\bachiev(?:ed|es|ing) an? (?:complete|partial|objective|overall|durable|major|sustained)\s+(?:[\w\-]+\s+)?(?:response|remission)\b"
                r"|\b(?:patients|participants|subjects) (?:treated with|receiving|given) [^.;]{1,60}?\b(?:achieved|showed)\b"
                r"|\bAt (?:[\w\-]+\s+){1,2}(?:weeks?|months?|years?)(?: of (?:follow-?up|treatment|therapy))?,"
                r"(?=[^.;]{0,120}?\b(?:improvements?|reductions?|responses?|remissions?)\b)"),
)


MILESTONE_RE = re.compile("|".join(f"(?P<{name}>{p})" for name, p in _MILESTONES), re.I)


#: The milestone a pattern group stands for, where its name is not one.
MILESTONE_OF = {"started_enrolling": "started", "planned": "started", "results": "data_reported", "enrolled_count": "enrolled",
                 "data_expected": "data_reported"}


#: Groups whose words imply a trial: one told before, when the sentence names none.
IMPLICIT_GROUPS = frozenset({"results", "enrolled_count", "data_expected"})


TRIAL_WORD_RE = re.compile(r"\b(?:clinical (?:trial|study|testing|evaluation|development)|trials?|study|studies|testing|evaluation|"
                            r"(?:clinical|research|post-?marketing) programs?)\b", re.I)


#: A milestone told with the trial left implicit: "Based on current trends, enrollment is
#: estimated to be completed in September, with initial data readout soon thereafter" (the
#: trial is the one the sentences before describe, LLY-2020-08-03).
ELLIPTIC_RE = re.compile(r"\b(?:[Ee]nrol?l?ment|[Rr]ecruitment|data readout|[Tt]op-?line (?:data|results))\b(?:[^.;]{0,40}?)\b(?:is|are|was|were|expected|estimated|anticipated|remains?|on track)\b")


#: A clause whose subject is the trial: "Study to begin enrolling in mid-2026" (DWTX 2026-05-14).
TRIAL_SUBJECT_RE = re.compile(r"\s*(?:(?:The|This|That|the|Our|our|Its|its) (?:[\w\-]+ ){0,3})?(?:[Tt]rial|[Ss]tudy)\b")


#: A start told by what begins: "patient screening will begin in the first quarter of 2025"
#: (BeyondAir 2024-12-03), "will begin dosing patients" (LLY-2020-06-08).
START_SUBJECT_RE = re.compile(r"\b(?:(?:patient|subject) )?(?:screening|dosing|enrol?l?ment|recruitment)\s+(?:is expected to |is planned to |will |to )(?:begin|start|commence)\b"
                               r"|\b(?:begin|start|commence)\s+dosing\b", re.I)


#: Results of animals or cells are not a trial's: "has shown results in preclinical models".
PRECLINICAL_RE = re.compile(r"\b(?:pre-?clinical|animal|in vitro|in vivo|mouse|mice|murine|rats?|primates?)\b", re.I)


DESIGN_RE = re.compile(r"\b(?:is|was) an? (?:[\w\-,]+ ){0,12}(?:study|trial)s? (?:to evaluate|evaluating|designed|that (?:is )?evaluat)"
                        r"|\b(?:is|are) designed to (?:assess|evaluate|determine|test|compare|measure)\b", re.I)


TRIAL_NOUN_RE = re.compile(r"\b(?:trial|study|studies|testing|evaluation|program)\b", re.I)


NOT_TRIAL_RE = re.compile(r"\b(?:financial results|quarter(?! of (?:19|20)\d\d)|revenue|share|stock|dividend|offering|conference call|webcast|launch(?:ed)? (?:of|in) (?:the )?(?:U\.S\.|market))\b", re.I)


#: A trial's acronym ("HALO-2", "FLASH", "KEYNOTE-189", "TRAILBLAZER-ALZ 2") where the release
#: says it is a trial: "the FLASH study", "the Phase 3 trial, HALO-2", "evaluated in HALO-2".
_ACRONYM = r"[A-Z][A-Z0-9]{2,}(?:[-‐][A-Z0-9]+)*(?:\s\d{1,2}(?![\d,]))?"


_TRIAL_ACRONYM_RE = re.compile(
    r"(?<![\w\-])(?P<a>" + _ACRONYM + r")\s+(?:(?i:phase)\s*\S+\s+)?(?:(?i:clinical)\s+)?(?i:trial|study)\b"
    r"|(?i:trial|study),?\s+(?:(?i:called|named|known as)\s+)?(?P<b>" + _ACRONYM + r")(?![\w\-])"
    r"|\b(?:evaluated|assessed|studied|tested|investigated|enrolling|enrolled|randomi[sz]ed)\s+in\s+(?:the\s+)?(?P<c>" + _ACRONYM + r")(?![\w\-])")


#: Capitals that are not trial names.
_NOT_TRIAL_ACRONYMS = frozenset({"FDA", "EMA", "NDA", "BLA", "IND", "MAA", "CTA", "COPD", "USA", "NIH", "IRB", "CEO", "CFO",
                                 "THE", "AND", "PHASE", "NASDAQ", "NYSE", "COVID", "COVID-19", "HIV", "NASH", "MASH"})


def names_a_trial(ctx: Context, doc: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a trial by the acronym the document gives it elsewhere."""
    text = ctx.text(doc)
    names = {n for m in _TRIAL_ACRONYM_RE.finditer(text) for n in m.group("a", "b", "c") if n} - _NOT_TRIAL_ACRONYMS
    assets = {a.name for a in ctx.assets(doc, 0, len(text))}
    names = {n for n in names if n not in assets and not ctx.lexicon.canonical_company(n)}
    return any(re.search(r"(?<![\w\-])" + re.escape(n) + r"(?![\w\-])", text[start:end]) for n in names)


#: "initiated parallel Phase 2 clinical trials in both asthma and COPD", "top-line results from
#: both asthma and COPD studies" (CNTB 2025-05-21): one trial per disease.
BOTH_RE = re.compile(r"\b(?:trials|studies)\s+in\s+both\s+(?P<a>[\w\-]+(?:\s+[\w\-]+){0,3}?)\s+and\s+(?P<b>[\w\-]+(?:\s+[\w\-]+){0,3}?)"
                      r"(?=\s*[.,;]|\s+(?:patients|with|in|and)\b|\s*$)"
                      r"|\bboth\s+(?P<c>[\w\-]+(?:\s+[\w\-]+){0,2}?)\s+and\s+(?P<d>[\w\-]+(?:\s+[\w\-]+){0,2}?)\s+(?:studies|trials)\b")


#: "the recommended Phase 2 dose (RP2D)" (Pacylex 2025-05-05) names a dose, not a trial.
PHASE_DOSE_RE = re.compile(r"\s+dos(?:e|es|ing)\b", re.I)


#: A sentence about what the one before told: "The new findings from the Phase 3 clinical trials".
ABOUT_BEFORE_RE = re.compile(r"\s*[\"“]?(?:The|These|This|Those) (?:new |updated |additional |full |topline |top-line )?"
                              r"(?:findings|results|data|study|studies|trial|trials|analysis|analyses)\b")


#: "announced the publication of positive results from its global Phase 2 trial" (CNTB 2025-05-21).
PUBLICATION_BEFORE_RE = re.compile(r"\b(?:publication|published)\b[^.;]{0,25}$", re.I)


#: How close after "launch" a trial word must follow: products are launched, trials rarely.
LAUNCH_REACH = 60


#: What starts that is not a trial: a submission, a launch, a patient's treatment.
NOT_STARTED_BEFORE_RE = re.compile(r"\b(?:submissions?|filings?|applications?|launch(?:es)?|sales|commerciali[sz]ation|"
                                    r"discussions?|negotiations?|review)\s+(?:\w+\s+){0,3}$", re.I)


NOT_STARTED_AFTER_RE = re.compile(r"\s+(?:treatment|therapy|trading|operations|production|manufacturing|construction)\b", re.I)


#: A start in the infinitive is a plan: "Study to begin enrolling", "Lilly to imminently begin".
TO_VERB_RE = re.compile(r"\bto\s+(?:\w+ly\s+)?$")


ORDINAL_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|only|last|latest|next)\b", re.I)


LAST_PERIOD_RE = re.compile(r"\blast (month|year)\b", re.I)


#: A headline that announces results: "Triflo Cardiovascular Announces the Presentation of
#: Clinical Outcomes ..." (Triflo 2024-06-06), "... Shows 75% Response Rate ..." (SNGX).
RESULTS_HEADLINE_RE = re.compile(r"\b(?:Results|Data|Outcomes|Shows|Showed|Demonstrates|Response Rate|Efficacy)\b(?<!Financial Results)")
