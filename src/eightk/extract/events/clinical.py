"""clinical_trial and clinical_data_presentation events.

A trial event needs a milestone verb (began, initiated, completed enrolment, reported topline
data...) in the same clause as a phase or trial word. A presentation needs a venue ("at the 43rd
American Society of Clinical Oncology annual meeting", "at EULAR 2025") in a sentence about data.
One sentence may hold several: "began Phase I ... in April 2006, reported initial Phase I data at
the SABC symposium in December 2006, and additional findings at ASCO in June 2007" (seed).

Some milestones imply their trial and take the one the sentences before describe: results at a
follow-up time, enrolment counts, data expected ("The trial enrolled 1,736 participants",
"with data expected in the next few months"). A sentence that names no product takes the one
product of the sentences before; products the lexicon lacks are read from "a trial of X".
Folding drafts that state one fact is in :mod:`.clinical_folds`.
"""

from __future__ import annotations

import re

from ..context import Context
from ..entities import NOT_COMPANIES, Mention
from ..phases import PHASE_RE, phase_from_match
from ..scan import Candidate
from ..sentences import clause_at, sentence_at
from .regulatory import disease_indication
from .clinical_folds import fold, fold_presentations, fold_trials
from .common import HISTORICAL_RE, Draft, is_title, clean, dates_in, event_date, nearest, nearest_date, span, status_for

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
    ("started_enrolling", r"(?:now|began|begun|begins?|has begun|started|starts?) enrolling"
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
    ("data_reported", r"(?:announc(?:ed|es|e|ing)|report(?:ed|s|ing)?|releas(?:ed|es|e|ing)|shar(?:ed|es|e|ing)|unveil(?:ed|s|ing)?)\s+(?:today\s+)?(?:(?:positive|new|initial|interim|final|preliminary|additional|encouraging|detailed|full|key|primary|updated|long-term|clinical|efficacy|safety|Phase\s*[\dIV]+[ab]?(?:/[\dIV]+)?)\s+)*(?:top[- ]?line\s+)?(?:data|results|findings)|(?:met|meets?) (?:(?:its|the|both|all) )?(?:[\w\-]+ ){0,2}?(?:co-)?primary\b|achiev(?:ed|es) statistical(?:ly)? significan\w+|(?:top[- ]?line|positive) (?:data|results) (?:from|of)"
                      r"|(?:(?<=study, )|(?<=study , )|(?<=trial, )|(?<=trial , ))[^.;]{0,100}?\b(?:was associated with|showed|demonstrated|achieved|resulted in)\b"
                      r"|(?<=trial |study )(?:showed|demonstrated|met|achieved)\b|\bresults from (?:a|the|two|three|its) "
                      r"|(?:initial |topline |top-line |first )?data readout"
),
    # Data to come, the trial told before: "with top-line results expected fall of 2026", "Phase
    # 2b data anticipated this fall" (DWTX), "in the trial, with data expected in the next few
    # months" (LLY-2020-06-15).
    ("data_expected", r"(?:top-?line |interim |final |initial )?(?:data|results) (?:are |is )?(?:now )?(?:expected|anticipated)\b"),
    # Not a condition: "may enroll into a long-term extension study after completion of any of
    # these registration studies" (LLY-2020-06-01).
    ("completed", r"\blast (?:patient|participant|subject)[- ](?:last[- ])?(?:visit|out)\b|(?<!after )(?<!upon )(?<!following )(?<!before )(?:complet(?:ed|es|ion of)|conclud(?:ed|es))\s+(?!their\b|his\b|her\b)(?:the\s+|its\s+|our\s+|a\s+|dosing in\s+)?(?:[\w\-]+\s+){0,6}?(?:phase|pivotal|study|studies|trials?|testing)\b"),
    ("started", r"(?:entered|advanced into|moved into) (?:a |the )?(?=Phase)|\b(?:advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|transition(?:s|ed|ing)?)\s+[^.;]{0,120}?\s+(?:to|into)\s+(?:a\s+|the\s+)?(?=Phase)|(?:began|begun|begins?|(?<!compared to the )(?<!since the )(?<!from the )(?<!at the )start(?:ed|s|ing| of)|(?<=to )start|(?<=will )start|initiat(?:ed|es|e|ing|ion of)|commenc(?:ed|es|e|ement of)|launch(?:ed|es)?)\b"
                r"|first (?:healthy )?(?:patient|participant|subject|volunteer|cohort)s?(?:\s+in (?:the|a|its|our) (?:[\w\-]+ ){0,3}?(?:study|trial))?\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:dosed|enrolled|randomi[sz]ed|treated)"
                r"|(?:patients|participants|subjects) (?:have|has) been dosed in"
                r"|(?:enrol?l(?:ed|s|ing)?|dos(?:ed|es|e|ing)|randomi[sz](?:ed|es|e|ing)|treat(?:ed|s|ing)?) (?:its |the |our |their )?first (?:healthy )?(?:patient|participant|subject|volunteer|cohort)s?\b"
                r"|dos(?:ed|ing of) (?:the )?first (?:healthy )?(?:patient|participant|subject|volunteer|cohort)"),
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
                r"|\b(?:show(?:ed|s)|demonstrat(?:ed|es)|achiev(?:ed|es)|resulted in) an? (?:[\w\-]+ )?\d+(?:\.\d+)?%\s+(?:[\w\-]+\s+){0,2}?"
                r"(?:reduction|improvement|decrease|increase|response rate)\b"
                r"|\b(?:significantly|substantially|markedly|meaningfully) (?:reduced|improved|decreased|increased|lowered|prolonged|extended|delayed)\b"
                r"|\bachiev(?:ed|es|ing) an? (?:complete|partial|objective|overall|durable|major|sustained)\s+(?:[\w\-]+\s+)?(?:response|remission)\b"
                r"|\b(?:patients|participants|subjects) (?:treated with|receiving|given) [^.;]{1,60}?\b(?:achieved|showed)\b"
                r"|\bAt (?:[\w\-]+\s+){1,2}(?:weeks?|months?|years?)(?: of (?:follow-?up|treatment|therapy))?,"
                r"(?=[^.;]{0,120}?\b(?:improvements?|reductions?|responses?|remissions?)\b)"),
)
MILESTONE_RE = re.compile("|".join(f"(?P<{name}>{p})" for name, p in _MILESTONES), re.I)
#: The milestone a pattern group stands for, where its name is not one.
_MILESTONE_OF = {"started_enrolling": "started", "planned": "started", "results": "data_reported", "enrolled_count": "enrolled",
                 "data_expected": "data_reported"}
#: Groups whose words imply a trial: one told before, when the sentence names none.
_IMPLICIT_GROUPS = frozenset({"results", "enrolled_count", "data_expected"})
_TRIAL_WORD_RE = re.compile(r"\b(?:clinical (?:trial|study|testing|evaluation|development)|trials?|study|studies|testing|evaluation|"
                            r"(?:clinical|research|post-?marketing) programs?)\b", re.I)
#: A milestone told with the trial left implicit: "Based on current trends, enrollment is
#: estimated to be completed in September, with initial data readout soon thereafter" (the
#: trial is the one the sentences before describe, LLY-2020-08-03).
_ELLIPTIC_RE = re.compile(r"\b(?:[Ee]nrol?l?ment|[Rr]ecruitment|data readout|[Tt]op-?line (?:data|results))\b(?:[^.;]{0,40}?)\b(?:is|are|was|were|expected|estimated|anticipated|remains?|on track)\b")
#: A clause whose subject is the trial: "Study to begin enrolling in mid-2026" (DWTX 2026-05-14).
_TRIAL_SUBJECT_RE = re.compile(r"\s*(?:(?:The|This|That|the|Our|our|Its|its) (?:[\w\-]+ ){0,3})?(?:[Tt]rial|[Ss]tudy)\b")
#: A start told by what begins: "patient screening will begin in the first quarter of 2025"
#: (BeyondAir 2024-12-03), "will begin dosing patients" (LLY-2020-06-08).
_START_SUBJECT_RE = re.compile(r"\b(?:(?:patient|subject) )?(?:screening|dosing|enrol?l?ment|recruitment)\s+(?:is expected to |is planned to |will |to )(?:begin|start|commence)\b"
                               r"|\b(?:begin|start|commence)\s+dosing\b", re.I)
#: Results of animals or cells are not a trial's: "has shown results in preclinical models".
_PRECLINICAL_RE = re.compile(r"\b(?:pre-?clinical|animal|in vitro|in vivo|mouse|mice|murine|rats?|primates?)\b", re.I)
_DESIGN_RE = re.compile(r"\b(?:is|was) an? (?:[\w\-,]+ ){0,12}(?:study|trial)s? (?:to evaluate|evaluating|designed|that (?:is )?evaluat)"
                        r"|\b(?:is|are) designed to (?:assess|evaluate|determine|test|compare|measure)\b", re.I)
#: An announcement word: a fact told without one, and without a date, is background.
_NOW_RE = re.compile(r"\btoday\b|\bannounc|\bthis week\b", re.I)
#: The headline and dateline sentence of a release (LLY files carry a metadata block first).
_HEADLINE_SPAN = 600
_TRIAL_NOUN_RE = re.compile(r"\b(?:trial|study|studies|testing|evaluation|program)\b", re.I)
_NOT_TRIAL_RE = re.compile(r"\b(?:financial results|quarter(?! of (?:19|20)\d\d)|revenue|share|stock|dividend|offering|conference call|webcast|launch(?:ed)? (?:of|in) (?:the )?(?:U\.S\.|market))\b", re.I)
#: Who a trial enrols: "in healthy U.S. volunteers", "in COVID-19 patients globally" (LLY-2021-01-27),
#: "in 24 heavily pretreated NHL and solid tumor patients" (Pacylex 2025-05-05),
#: "specifically designed for people with skin of color" (LLY-2024-04-30),
#: "dedicated to people of color living with AD" (LLY-2022-06-07), "in residents and staff at long-term care facilities in the U.S.",
#: "of hospitalized patients with COVID-19", "in people recently diagnosed with COVID-19 in the
#: ambulatory setting", "participants ages 60-85 years with ..." (LLY-2020-08-03, LLY-2024-03-08).
_PEOPLE = r"(?:patients|adults|participants|subjects|people|persons|children|women|men|residents|volunteers|individuals|infants|adolescents)"
_BARE_COUNT_RE = re.compile(r"(?:up to\s+|approximately\s+)?(?:\d[\d,]*\s+)?" + _PEOPLE, re.I)
_POPULATION_RE = re.compile(
    r"\b(?:in|of|enrol(?:l|ling|led|s)|treat(?:ing|s)?|among|dedicated to|designed for)\s+(?P<pop>(?:up to\s+|approximately\s+)?(?:\d[\d,]*\s+)?(?:(?!(?:in|of|with|the|a|an|these|those|has|have|had|is|are|was|were|been|begun|began|will|which|that)\b)(?:U\.S\.|[a-z][\w\-]*)\s+){0,6}?" + _PEOPLE
    # Not where the trial runs: "enrolling patients at three U.S. centers".
    + r"(?:\s+(?:and|or)\s+[a-z]+)?(?:\s+(?:with|who|at(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|multiple|more than|up to|approximately|about|over|clinical|sites?|centers?|centres?|hospitals?)\b)|ages?|aged|living|recently|diagnosed|of|on|whose|receiving)\b(?:[^.;,]|\.(?=\S)){3,200}?)?"
    r"(?:\s+(?:globally|worldwide))?)(?=\s+(?:and long-term|and is|which|is|are|was|were|has|have|had|will|showed|demonstrated|achieved|experienced|to (?:evaluate|assess|determine))\b|,\s|[;]|\.(?!\S)|\s\.|$)",
    re.I)
_INDICATION_RE = re.compile(r"(?:patients|adults|participants|subjects|people|children|women|men)\s+with\s+(?P<ind>[^.;,()]{3,120}?)(?=\s+(?:that|who|whose|after|following|despite|and who|previously|receiving)\b|[.;,()]|$)"
                            r"|for the (?:potential )?treatment of\s+(?P<ind2>[^.;,()]{3,120}?)(?=\s+(?:and is|in patients|in adults|in the|who|that|has|have|is|was|will)\b|[.;,()]|$)", re.I)

#: A disease told before the people it affects: "Acute myeloid leukemia patients are currently
#: being dosed with oral zelenirstat" (Pacylex 2025-05-05).
_DISEASE_NOUNS = (r"(?:leukemia|lymphoma|myeloma|cancer|carcinoma|sarcoma|disease|syndrome|"
                  r"diabetes|obesity|dermatitis|psoriasis|arthritis|colitis|asthma|COPD|COVID-19|hypertension|migraine|sclerosis|fibrosis|"
                  r"lupus|urticaria|eczema|epilepsy|depression|schizophrenia|melanoma|glioblastoma|hepatitis|NASH|MASH)")
_DISEASE_PATIENTS_RE = re.compile(
    r"(?<![\w\-])(?P<ind>(?:(?!(?i:in|of|for|with|to|the|a|an|and|or|trials?|study|studies|tested|treated|phase\w*)\b)"
    r"[A-Za-z][\w\-/]*\s+){0,3}?" + _DISEASE_NOUNS + r")\s+(?:patients|participants|subjects|adults)\b(?P<ind2>)")
#: ... or before the trial, with lowercase modifiers only: "its Phase 2 lupus study", "the
#: Seabreeze STAT COPD Study" (not the trial's name).
_DISEASE_TRIAL_RE = re.compile(
    r"(?<![\w\-])(?P<ind>(?:[a-z][\w\-]*\s+){0,2}?" + _DISEASE_NOUNS + r")\s+(?:(?i:clinical)\s+)?(?i:trials?|study|studies)\b(?P<ind2>)")
#: A venue runs on to its body's name: "the Annual Meeting of the American Academy of Neurology"
#: (LLY-2019-05-06).
_VENUE_WORDS = r"(?:annual meeting|Annual Meeting|Meeting|meeting|Congress|congress|Symposium|symposium|Conference|conference|Scientific Sessions|Sessions|Summit|Forum|Workshop|Colloquium)"
VENUE_RE = re.compile(
    r"\bat (?:the |this year's |the upcoming |an? )?(?:virtual |hybrid )?(?P<venue>(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)?(?:[A-Z][\w&'’\-]*|\(\w+\))(?:\s+(?:[A-Z0-9][\w&'’\-]*|\([\w\s]+\)|of|on|for|and|in|the|&|[–—]))*?\s+"
    + _VENUE_WORDS + r"(?:\s+\d{4})?(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’\-]*)*)?(?:\s*\([A-Z][\w\s]*\))?"
    r"|(?:upcoming|future|a future|an upcoming) (?:medical |scientific )?(?:congress(?:es)?|meetings?|conferences?)"
    r"|(?:ASCO|ESMO|AACR|ASH|EULAR|EASD|ADA|AAN|ACR|ATS|ERS|ESC|AHA|ACC|SABCS|ASGCT|IDWeek|AASLD|EASL|DDW|ISTH|ENDO|ObesityWeek|CTAD|AAIC)(?:\s+(?:\d{4}|Annual Meeting|Congress|Scientific Sessions))?)"
)
#: Investor and banking conferences, where a company talks rather than presents data.
_INVESTOR_VENUE_RE = re.compile(
    r"\b(?:Healthcare|Health Care|Biotechnology|Biotech|Investor|Investment|Growth|Capital Markets|Securities|Equity|"
    r"Life Sciences|Biopharma|MedTech|Small[- ]Cap|Micro[- ]Cap)\s+(?:\w+\s+)?(?:Conference|Summit|Forum|Symposium|Meeting)\b")
#: An abstract accepted or selected for a meeting is data to be presented.
_ACCEPTED_RE = re.compile(r"\b(?:accepted|selected|chosen)\s+(?:for|as)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?"
                          r"(?:presentation|poster|talk|session)\b", re.I)
_DATA_RE = re.compile(r"\b(?:data|results|findings|present(?:ed|s|ation|ing)?|poster|abstract|oral|reported|disclosed)\b", re.I)
_DATE_AFTER_VENUE = 80
#: How far back "The trial ..." looks for the trial it means (LLY-2024-07-02: the asset and phase
#: are named in the sentence before).
LOOKBACK = 600
#: How far after an announced trial start without a product the next sentence may name it.
LOOKAHEAD = 400
#: Journals are venues too: "results were published in the Journal of the American Medical
#: Association" (LLY-2024-03-08), "published in The Lancet", a headline's "... Published in New
#: England Journal of Medicine" and, its link text dropped, "*The New England Journal of
#: Medicine*hasfrom the Adaptive COVID-19 Treatment Trial" (LLY-2020-12-11).
JOURNAL_RE = re.compile(
    r"(?<![\w*])(?:the\s+|The\s+)?[*_]*(?P<venue_first>New England Journal of Medicine|The Lancet(?: [A-Z][a-z]+)?|Lancet(?: [A-Z][a-z]+)?|JAMA(?: [A-Z][a-z]+)?|"
    r"(?:[A-Z][a-z]+ )?Journal of (?:the )?[A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z]+|of|and))*|Nature Medicine|NEJM)[*_]*"
    r"(?:\s+(?:has\s+|have\s+)?published\b|\s*(?:has|have)\s*(?=(?:the\s+)?(?:(?:results|data|findings)\s+)?from\b))"
    r"|\b[Pp]ublished\b\)?[^.;]{0,40}?(?:\bin|(?<=in))?\s*(?:the\s*)?[*_]*(?P<venue>New England Journal of Medicine|"
    r"The Lancet(?: [A-Z][a-z]+)?|Lancet(?: [A-Z][a-z]+)?|JAMA(?: [A-Z][a-z]+)?|(?:[A-Z][a-z]+ )?Journal of (?:the )?[A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z]+|of|and))*|"
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
    if _NOT_TRIAL_RE.search(text, c.start, c.end) and not PHASE_RE.search(text, c.start, c.end) \
            and not _TRIAL_WORD_RE.search(text, c.start, c.end):
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
    milestone = _MILESTONE_OF.get(group, group)
    if m.group(0).lower().startswith("results from") and m.start() != c.start:
        return []  # "This approval was based on results from ...": not a data release
    if milestone == "data_reported" and _PUBLICATION_BEFORE_RE.search(text, max(c.start, m.start() - 40), m.start()):
        return []  # "Connect announced the publication of positive results from ...": a publication
    if group == "results" and (_PRECLINICAL_RE.search(text, c.start, c.end) or _in_quote(text, m.start())):
        return []  # "has shown results in animal models", a spokesman's praise: not a trial's data
    cs, ce = _clause(text, c, m, milestone)
    phases = _own_phases(text, (cs, ce), m)
    if not phases and milestone == "data_reported":
        # "Phase 1 safety, PK, and drug exposure results with oral zelenirstat ... showed no
        # dose-limiting toxicities" (Pacylex 2025-05-05): the list's first item names the phase.
        phases = _own_phases(text, (c.start, cs), m)
    after = [p for p in phases if p.start() >= m.start()]
    phase_m = after[0] if after else (phases[-1] if phases else None)
    assets_here = ctx.assets(c.doc, cs, ce) or _named_in_trials(ctx, c.doc, cs, ce)
    implicit = not assets_here and not phase_m and (
        group in _IMPLICIT_GROUPS or _ELLIPTIC_RE.search(text, c.start, c.end) is not None)
    trial_words = _TRIAL_WORD_RE.search(text, cs, ce) or _START_SUBJECT_RE.search(text, cs, ce) \
        or (not phase_m and _names_a_trial(ctx, c.doc, cs, ce))
    if not phase_m and not trial_words and not ((milestone == "data_reported" or group in _IMPLICIT_GROUPS) and assets_here) \
            and not implicit:
        return []
    if group == "started" and (_NOT_STARTED_BEFORE_RE.search(text, max(c.start, m.start() - 60), m.start())
                               or _NOT_STARTED_AFTER_RE.match(text, m.end())):
        return []  # "regulatory submissions to be initiated", "after starting treatment" (LLY-2019-03-12)
    if m.group(0).lower().startswith("launch") and not _TRIAL_NOUN_RE.search(text, m.end(), min(ce, m.end() + LAUNCH_REACH)):
        return []  # "responsible for Lilly's launched products ... the potential launch of donanemab" (LLY-2021-08-17)
    if group in ("started", "started_enrolling") and not phase_m and not _TRIAL_NOUN_RE.search(text, m.end(), min(ce, m.end() + 80)) \
            and not _TRIAL_SUBJECT_RE.match(text, cs, m.start()) and not _START_SUBJECT_RE.search(text, cs, m.end()) \
            and not (group == "started_enrolling" and _TRIAL_NOUN_RE.search(text, cs, m.start())):
        return []  # "launched" a product, "began" trading: not a trial
    if milestone == "data_reported" and (_venue_near(text, cs, ce) or JOURNAL_RE.search(text, cs, ce)
                                         or PUBLISHED_RE.search(text, cs, ce)):
        return []  # data at a meeting or in a journal is a presentation
    if _DESIGN_RE.search(text, cs, ce):
        return []  # "ADhere is a 16-week randomized ... Phase 3 study to evaluate": a design
    plural = [] if assets_here else _plural_subject(ctx, c)
    if plural:
        return [_draft(ctx, c, m, milestone, (cs, ce), a, phase_m, extra_fields={"indication": ind})
                for a, ind in plural]
    asset, phase_m, source = _asset_and_phase(ctx, c, m, (cs, ce), phase_m, implicit, milestone)
    if not asset and not phase_m:
        return []
    d = _draft(ctx, c, m, milestone, (c.start, ce) if implicit else (cs, ce), asset, phase_m, source=source,
               evidence=(cs, ce))
    return _each_disease(text, (cs, ce), d)


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


def _names_a_trial(ctx: Context, doc: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a trial by the acronym the document gives it elsewhere."""
    text = ctx.text(doc)
    names = {n for m in _TRIAL_ACRONYM_RE.finditer(text) for n in m.group("a", "b", "c") if n} - _NOT_TRIAL_ACRONYMS
    assets = {a.name for a in ctx.assets(doc, 0, len(text))}
    names = {n for n in names if n not in assets and not ctx.lexicon.canonical_company(n)}
    return any(re.search(r"(?<![\w\-])" + re.escape(n) + r"(?![\w\-])", text[start:end]) for n in names)


#: "initiated parallel Phase 2 clinical trials in both asthma and COPD", "top-line results from
#: both asthma and COPD studies" (CNTB 2025-05-21): one trial per disease.
_BOTH_RE = re.compile(r"\b(?:trials|studies)\s+in\s+both\s+(?P<a>[\w\-]+(?:\s+[\w\-]+){0,3}?)\s+and\s+(?P<b>[\w\-]+(?:\s+[\w\-]+){0,3}?)"
                      r"(?=\s*[.,;]|\s+(?:patients|with|in|and)\b|\s*$)"
                      r"|\bboth\s+(?P<c>[\w\-]+(?:\s+[\w\-]+){0,2}?)\s+and\s+(?P<d>[\w\-]+(?:\s+[\w\-]+){0,2}?)\s+(?:studies|trials)\b")


def _each_disease(text: str, clause: tuple[int, int], d: Draft) -> list[Draft]:
    both = _BOTH_RE.search(text, *clause)
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
    return [p for p in PHASE_RE.finditer(text, *clause) if not _PHASE_DOSE_RE.match(text, p.end())
            and all(_distance(p, m.start(), m.end()) <= _distance(p, x, x) for x in others)]


#: "the recommended Phase 2 dose (RP2D)" (Pacylex 2025-05-05) names a dose, not a trial.
_PHASE_DOSE_RE = re.compile(r"\s+dos(?:e|es|ing)\b", re.I)


def _distance(p: re.Match[str], start: int, end: int) -> int:
    return max(0, p.start() - end, start - p.end())


def _clause(text: str, c: Candidate, m: re.Match[str], milestone: str) -> tuple[int, int]:
    cs, ce = clause_at(text, c.start, c.end, m.start())
    if m.end() > ce:  # "will advance LY3127804, an ... antibody, to Phase 2 testing": the verb's own reach
        ce = clause_at(text, c.start, c.end, m.end())[1]
    if milestone in ("enrolled", "completed") and not PHASE_RE.search(text, cs, ce) and not _TRIAL_WORD_RE.search(text, cs, ce) \
            and (PHASE_RE.search(text, c.start, cs) or _TRIAL_WORD_RE.search(text, c.start, cs)):
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
        or _named_in_trials(ctx, c.doc, cs, ce) or _named_in_trials(ctx, c.doc, c.start, c.end)
    asset = nearest(assets, m.start())
    lo = max(0, c.start - LOOKBACK)
    if asset and not phase_m and m.lastgroup == "enrolled_count":
        # "A total of 397 patients were enrolled and randomized ... sintilimab" (LLY-2021-05-18):
        # the study the sentence before describes ("ORIENT-11 is a ... Phase 3 study").
        design = _design_before(text, lo, c.start)
        return asset, (design[0] if design else None), (design[1] if design else None)
    if asset and not phase_m and m.lastgroup not in _IMPLICIT_GROUPS:
        # "today announced topline results from one-year analyses of ... lebrikizumab ... The new
        # findings from the Phase 3 clinical trials showed ..." (LLY-2022-06-07): the next
        # sentence, about the same findings, names the phase.
        nxt = _next_about(text, c.end)
        if nxt:
            return asset, nxt, sentence_at(text, nxt.start())[0]
    if asset:
        return asset, phase_m, None
    if not phase_m and (implicit or _TRIAL_SUBJECT_RE.match(text, c.start, c.start + 40)):
        # "The trial enrolled 1,736 participants": the trial of the sentences before.
        before = ctx.assets(c.doc, lo, c.start) or _named_in_trials(ctx, c.doc, lo, c.start)
        asset = before[-1] if before else None
        # The phase of that asset's own sentence, not of another product's bullet before it
        # ("... Halneuron® Phase 2b ... * SP16 granted IND approval", DWTX 2026-05-14).
        source = sentence_at(text, asset.start)[0] if asset else lo
        phases_before = list(PHASE_RE.finditer(text, source, c.start))
        phase_m = phases_before[-1] if phases_before else None
        if phase_m:
            source = sentence_at(text, phase_m.start())[0]
        return asset, phase_m, source if asset or phase_m else None
    if milestone == "started" and (is_title(text[c.start:c.end]) or not phase_m and _NOW_RE.search(text, c.start, c.end)
                                   and _TRIAL_NOUN_RE.search(text, m.end(), ce)):
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
    return _only_asset_before(ctx, c.doc, lo, c.start), phase_m, None


#: A sentence about what the one before told: "The new findings from the Phase 3 clinical trials".
_ABOUT_BEFORE_RE = re.compile(r"\s*[\"“]?(?:The|These|This|Those) (?:new |updated |additional |full |topline |top-line )?"
                              r"(?:findings|results|data|study|studies|trial|trials|analysis|analyses)\b")


def _next_about(text: str, end: int) -> re.Match[str] | None:
    """The one phase of the sentence after ``end`` when that sentence is about the same findings."""
    if not _ABOUT_BEFORE_RE.match(text, end + 1, end + 80) and not _ABOUT_BEFORE_RE.match(text, end, end + 80):
        return None
    s, e = sentence_at(text, min(len(text) - 1, end + 2))
    phases = list(PHASE_RE.finditer(text, s, e))
    return phases[0] if len({phase_from_match(p) for p in phases}) == 1 else None


def _design_before(text: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """The phase and the start of the last sentence before ``end`` that names a phase and a
    trial word: the trial a sentence about its enrolment refers to."""
    for p in reversed(list(PHASE_RE.finditer(text, start, end))):
        s, e = sentence_at(text, p.start())
        if _TRIAL_WORD_RE.search(text, s, e):
            return p, s
    return None


def _only_asset_before(ctx: Context, doc: int, start: int, end: int) -> Mention | None:
    found = ctx.assets(doc, start, end) or _named_in_trials(ctx, doc, start, end)
    names = {a.name.lower() for a in found}
    return found[-1] if len(names) == 1 else None


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
    sponsor, default_sponsor = _sponsor(ctx, c, m)
    fields = {"asset": asset.name if asset else None, "phase": phase, "milestone": milestone,
              "sponsor": sponsor, "indication": None, "population": None}
    fields.update({k: v for k, v in (extra_fields or {}).items() if v})
    spans = [(es, ee), (c.start, c.end)] + ([sentence_at(text, source)] if source is not None else [])
    for s, e in spans:
        _population(text, s, e, fields, m.start())
    return Draft("clinical_trial", status, date, fields, [span(c.doc, es, ee)], 0.8 if phase and asset else 0.6,
                 key=("clinical_trial", (asset.name.lower() if asset else None), phase, milestone,
                      "expected" if status == "expected" else "done", (sponsor or "").lower() or None),
                 order=(c.doc, es), extra={"now": now, "sponsor_default": default_sponsor,
                                          "anaphoric": _ANAPHORIC_RE.match(text, c.start) is not None})


#: "announced the publication of positive results from its global Phase 2 trial" (CNTB 2025-05-21).
_PUBLICATION_BEFORE_RE = re.compile(r"\b(?:publication|published)\b[^.;]{0,25}$", re.I)
#: A start in the infinitive is a plan: "Study to begin enrolling", "Lilly to imminently begin".
#: How close after "launch" a trial word must follow: products are launched, trials rarely.
LAUNCH_REACH = 60
#: What starts that is not a trial: a submission, a launch, a patient's treatment.
_NOT_STARTED_BEFORE_RE = re.compile(r"\b(?:submissions?|filings?|applications?|launch(?:es)?|sales|commerciali[sz]ation|"
                                    r"discussions?|negotiations?|review)\s+(?:\w+\s+){0,3}$", re.I)
_NOT_STARTED_AFTER_RE = re.compile(r"\s+(?:treatment|therapy|trading|operations|production|manufacturing|construction)\b", re.I)
_TO_VERB_RE = re.compile(r"\bto\s+(?:\w+ly\s+)?$")
_ORDINAL_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|only|last|latest|next)\b", re.I)
#: The date of a dateline ("INDIANAPOLIS,June 8, 2020// --") dates the release, not the trial
#: of the bullet glued before it (LLY-2020-06-08).
_DATELINE_RE = re.compile(r"\b[A-Z]{3,}(?:[ .]+[A-Z][A-Za-z.]*)*,\s*(?:[A-Z]{2,}[A-Za-z. ]*,\s*)?$")


#: A sentence about the study or data told just before: "The study demonstrated ...".
_ANAPHORIC_RE = re.compile(r"(?:The|These|This|Those) (?:study|trial|data|results|findings|analysis|analyses)\b")


_LAST_PERIOD_RE = re.compile(r"\blast (month|year)\b", re.I)


def _last_period(ctx: Context, text: str, start: int, end: int) -> str | None:
    """"which enrolled its first patient last month" (LLY-2020-06-15): the month before the
    release's; "last year": the year before."""
    last = _LAST_PERIOD_RE.search(text, start, end)
    ref = ctx.reference_date
    if not last or not ref:
        return None
    year, month = int(ref[:4]), int(ref[5:7]) if len(ref) >= 7 else 0
    if last.group(1).lower() == "year":
        return str(year - 1)
    if not month:
        return None
    return f"{year - (month == 1)}-{12 if month == 1 else month - 1:02d}"


#: The month, not the modal: "completed enrollment ... in May 2025" is done, not possible.
_MONTH_MAY_RE = re.compile(r"(?<=\S)(\s+)May\b")


def _status_for(clause: str, date: str | None, reference: str | None) -> str:
    """:func:`status_for` with the month May (capitalised, not opening the clause) not read as "may"."""
    status = status_for(_MONTH_MAY_RE.sub(r"\1Mon", clause), date, reference)
    if status == "occurred" and date and reference and date > reference[:len(date)]:
        return "expected"  # "accepted for an oral presentation at ... in December 2025" (told in June)
    return status


def _status(ctx: Context, c: Candidate, m: re.Match[str], clause: str, date: str | None) -> tuple[str, str | None, bool]:
    """The status, the date and whether the sentence announces the fact as today's news."""
    text = ctx.text(c.doc)
    group = m.lastgroup
    now = bool(_NOW_RE.search(text, c.start, c.end)) or is_title(text[c.start:c.end])
    if group == "planned":
        return "expected", date, now
    status = _status_for(clause, date, ctx.reference_date)
    if group == "started" and _TO_VERB_RE.search(text, max(0, m.start() - 20), m.start()) \
            and not _ORDINAL_RE.search(text, max(c.start, m.start() - 60), m.start()):
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


#: A headline that announces results: "Triflo Cardiovascular Announces the Presentation of
#: Clinical Outcomes ..." (Triflo 2024-06-06), "... Shows 75% Response Rate ..." (SNGX).
_RESULTS_HEADLINE_RE = re.compile(r"\b(?:Results|Data|Outcomes|Shows|Showed|Demonstrates|Response Rate|Efficacy)\b(?<!Financial Results)")


def _results_news(ctx: Context, c: Candidate) -> bool:
    """Results told as the news of a release whose headline announces results, and not marked
    as past in their sentence or the one before ("Soligenix recently announced ...")."""
    text = ctx.text(c.doc)
    head = _meta_end(ctx, c.doc)
    if not _RESULTS_HEADLINE_RE.search(text, head, head + _HEADLINE_SPAN):
        return False
    before = sentence_at(text, max(0, c.start - 2))[0] if c.start > 1 else c.start
    return not HISTORICAL_RE.search(text, before, c.end)


#: "Eli Lilly and Company announced today its partner Junshi Biosciences has dosed ...": the
#: announcer is not the trial's sponsor when another company is named.
_ANNOUNCER_RE = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:today\s+)?(?:announc|report|unveil)\w*", re.I)
#: "Reata Pharmaceuticals informed Abbott that it is discontinuing the Phase 3 ... study"
#: (ABT-2012-10-18): "it" is the company that informed.
#: A name told as a trial's is not a sponsor: "positive results from SYNERGY-NASH, a Phase 2
#: study of tirzepatide" (LLY-2024-02-06), "the EMPEROR-Preserved trial".
_TRIAL_NAME_AFTER_RE = re.compile(r"[®™]?\s*(?:,\s*)?[*_]*(?:an?\b)?[*_]*\s*(?:Phase\b|(?:[\w\-]+\s+){0,2}(?:trial|study)\b)", re.I)
#: A company the lexicon missed, as the subject of the milestone: "Junshi Biosciences has
#: completed a similar Phase 1 study ... and has initiated Phase1b/2 trials" (LLY-2021-01-27).
_SUBJECT_ORG_RE = re.compile(
    r"(?P<org>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}?\s+(?:Biosciences?|Biotherapeutics|Therapeutics|Pharmaceuticals?|Pharma|"
    r"Biopharma|BioPharma|Biotech|Biotechnology|Biologics|Oncology|Medicines|Sciences|Laboratories|Labs))"
    r"(?:,?\s+(?:has|have|had|also|today|recently|successfully|then))*\s+")
#: A trial run by someone else: "run by the National Institute of Allergy and Infectious
#: Diseases", "sponsored by the NIH".
_RUN_BY_RE = re.compile(r"\b(?i:trial|study|studies)\s+(?:\w+\s+){0,2}?(?:run|sponsored|conducted|led)\s+by\s+(?:the\s+)?"
                        r"(?!(?:Dr|Mr|Ms|Mrs|Prof)\b)(?P<org>[A-Z][\w&\-]*(?:\s+(?:of|for|and|&|on)?\s*[A-Z][\w&\-]*)*)")
#: A milestone told as a noun has no subject: "ImmunoGen, Inc. Earns Milestone with Start of
#: Trastuzumab-DM1 Phase II Testing" (seed) names the payee, not the sponsor.
_NOMINAL_RE = re.compile(r"(?:start|initiation|completion|commencement|launch) of\b", re.I)
_INFORMED_RE = re.compile(r"\b(?:informed|notified|told|advised)\s+[^.;]{1,60}?\s+that\s+(?:it|they)\b")


def _sponsor(ctx: Context, c: Candidate, m: re.Match[str]) -> tuple[str | None, str | None]:
    """The sponsor the sentence names, else None with the default (the owner, the registrant)
    that the event takes when no merged sentence names one."""
    text = ctx.text(c.doc)
    run_by = _RUN_BY_RE.search(text, c.start, c.end)
    if not run_by and _ANAPHORIC_RE.match(text, c.start) and c.start > 1:
        run_by = _RUN_BY_RE.search(text, sentence_at(text, c.start - 2)[0], c.start)
    if run_by:
        # "the Adaptive COVID-19 Treatment Trial run by the National Institute of Allergy and
        # Infectious Diseases ... This study - which enrolled its first patient last month -" (LLY-2020-06-15)
        return clean(run_by.group("org")), None
    informed = _INFORMED_RE.search(text, c.start, m.start())
    companies = [x for x in ctx.companies(c.doc, c.start, informed.start() if informed else m.start())
                 if not _TRIAL_NAME_AFTER_RE.match(text, x.end)]
    if companies and not _ANNOUNCER_RE.match(text, companies[-1].end) and not _NOMINAL_RE.match(m.group(0)):
        return companies[-1].name, None
    subject = _SUBJECT_ORG_RE.match(text, c.start, m.start())
    if subject and subject.end() == m.start() and not companies:
        return clean(subject.group("org")), None
    default = (companies[-1].name if companies else None) or _owner(ctx, c) or ctx.registrant or _main_company(ctx, c.doc)
    return None, default


#: How much of a document's head names the company it is about, when the filing names no
#: registrant (an interview or a sponsored article: "Q&A with Barry Quart, CEO at Connect
#: Biopharma", CNTB 2025-05-21).
MAIN_COMPANY_HEAD = 3000


def _main_company(ctx: Context, doc: int) -> str | None:
    names = [m.name for m in ctx.companies(doc, 0, min(len(ctx.text(doc)), MAIN_COMPANY_HEAD))]
    return max(names, key=names.count) if names else None


#: Product names a trial sentence spells that the filing's lexicon lacks: "a Phase 1b clinical
#: trial of LV UNO in combination with anti-PD-1 therapy" (BeyondAir 2024-12-03).
_TRIAL_OF_RE = re.compile(
    r"\b(?:trials?|stud(?:y|ies)|use|administration|evaluate|evaluating|evaluates|assess|assessing)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:investigational\s+)?(?P<name>[A-Z][A-Za-z0-9\-]*(?:\s+[A-Z0-9][A-Za-z0-9\-]*){0,2})"
    r"(?=\s+(?:in|for|as|versus|vs|compared|plus|with|alone|by|to)\b|\s*[,;)]|\.(?!\S))")
_NOT_NAMES = NOT_COMPANIES | {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                              "October", "November", "December", "COVID-19", "SARS-CoV-2", "Phase"}


#: How far before a stretch of text the trial names it may repeat are looked for ("a Phase 1b
#: clinical trial of LV UNO" three sentences before "the preliminary efficacy of LV UNO").
NAMES_REACH = 1200


def _named_in_trials(ctx: Context, doc: int, start: int, end: int) -> list[Mention]:
    """The product names of :data:`_TRIAL_OF_RE` told in ``text[start:end]`` or shortly before,
    at each place ``text[start:end]`` spells them."""
    text = ctx.text(doc)
    names = set()
    for m in _TRIAL_OF_RE.finditer(text, max(0, start - NAMES_REACH), end):
        name = m.group("name")
        first = name.split()[0]
        if first in _NOT_NAMES or ctx.lexicon.canonical_company(name) or ctx.lexicon.canonical_company(first):
            continue
        if any(ch.isdigit() for ch in name) or any(sum(ch.isupper() for ch in w) >= 2 for w in name.split()):
            names.add(name)  # a product name has a digit or an inner capital ("JS016", "LV UNO", "HyBryte")
    if not names:
        return []
    found = re.finditer(r"(?<![\w\-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w\-])", text[start:end])
    return [Mention(f.group(0), start + f.start(), start + f.end(), "trial") for f in found]


#: "Both candidates have completed Phase II and Phase IIB clinical trials" (ABVC 2025-07-10):
#: the products the sentence before names.
_PLURAL_RE = re.compile(r"\s*(?:Both|These|The two|All three|Each of (?:these|the two)) (?:(?:product|drug|clinical|late-stage) )?"
                        r"(?:candidates|products|programs|compounds|drugs|assets|therapies|molecules)\b")
#: "... ABV-1504 and ABV-1505, which are being developed for Major Depressive Disorder (MDD) and
#: Attention Deficit Hyperactivity Disorder (ADHD) respectively"
_RESPECTIVELY_RE = re.compile(r"\bfor\s+(?P<list>[^.;]{3,200}?),?\s+respectively\b")
_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_PAREN_RE = re.compile(r"\s*\([^)]*\)")


def _plural_subject(ctx: Context, c: Candidate) -> list[tuple[Mention, str | None]]:
    text = ctx.text(c.doc)
    if c.start < 2 or not _PLURAL_RE.match(text, c.start, c.end):
        return []
    ps, pe = sentence_at(text, c.start - 2)
    assets: dict[str, Mention] = {}
    for a in ctx.assets(c.doc, ps, pe):
        assets.setdefault(a.name.lower(), a)
    if len(assets) < 2:
        return []
    found = _RESPECTIVELY_RE.search(text, ps, pe)
    diseases = [clean(_PAREN_RE.sub("", x)) for x in _LIST_SPLIT_RE.split(found.group("list"))] if found else []
    if len(diseases) != len(assets):
        diseases = [None] * len(assets)
    return list(zip(assets.values(), diseases))


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


def _population(text: str, start: int, end: int, fields: dict, anchor: int | None = None) -> None:
    """Fill the population and indication that ``text[start:end]`` states, where still missing;
    of the diseases told before a trial word, the one nearest ``anchor`` (the milestone)."""
    seg = text[start:end]
    if not fields.get("population"):
        for p in _POPULATION_RE.finditer(seg):
            if _BARE_COUNT_RE.fullmatch(p.group("pop")):
                continue  # "The trial enrolled 1,736 participants": a count, not who
            fields["population"] = clean(p.group("pop"))
            break
    if not fields.get("indication"):
        i = _INDICATION_RE.search(seg) or _DISEASE_PATIENTS_RE.search(seg) or _nearest_match(_DISEASE_TRIAL_RE, seg, (anchor or start) - start)
        fields["indication"] = clean(i.group("ind") or i.group("ind2")) if i else (disease_indication(seg) or disease_indication(seg, wide=True))


def _nearest_match(rx: re.Pattern[str], seg: str, pos: int) -> re.Match[str] | None:
    found = list(rx.finditer(seg))
    return min(found, key=lambda f: max(0, f.start() - pos, pos - f.end())) if found else None


def _presentations(ctx: Context, c: Candidate) -> list[Draft]:
    text = ctx.text(c.doc)
    journals = list(JOURNAL_RE.finditer(text, c.start, c.end))
    if not _DATA_RE.search(text, c.start, c.end) and not journals:
        return []
    out = []
    venues = list(VENUE_RE.finditer(text, c.start, c.end)) or journals
    if not venues:
        return _publication(ctx, c) or _presenting(ctx, c)
    for v in venues:
        if _INVESTOR_VENUE_RE.search(v.group(0)):
            continue  # "will present at the Jefferies Healthcare Conference": a company talk, not data
        cs, ce = clause_at(text, c.start, c.end, v.start())
        if not _DATA_RE.search(text, cs, ce) and not _DATA_RE.search(text, c.start, v.start()) and v.re is not JOURNAL_RE:
            continue
        assets = ctx.assets(c.doc, cs, ce) or ctx.assets(c.doc, c.start, c.end)
        asset = nearest(assets, v.start(), prefer_after=False) or _only_asset_before(ctx, c.doc, max(0, c.start - LOOKBACK), c.start)
        phase = _phase_before(text, c.start, v.start(), ce)
        status, date = _meeting_status(ctx, c.doc, v, (cs, ce))
        venue = clean(v.group("venue") or v.groupdict().get("venue_first") or "")
        fields = {"asset": asset.name if asset else None, "phase": phase, "venue": venue, "date": date}
        out.append(Draft("clinical_data_presentation", status, event_date(status, date, ctx.reference_date),
                         fields, [span(c.doc, cs, ce)], 0.75 if asset else 0.55,
                         key=("clinical_data_presentation", venue.lower()[:25], asset.name.lower() if asset else None, status),
                         order=(c.doc, cs), extra=_told(text, c)))
    return out


#: A meeting's days: "taking place in Philadelphia from May 4-10, 2019" (LLY-2019-05-06).
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MEETING_DAYS_RE = re.compile(r"(?P<m1>" + _MONTHS + r")\s*(?P<d1>\d{1,2})\s*[-–]\s*(?:(?P<m2>" + _MONTHS
                              + r")\s*)?(?P<d2>\d{1,2}),?\s*(?P<y>(?:19|20)\d\d)")
_MONTH_NUMBER = {name: i for i, name in enumerate(_MONTHS[3:-1].split("|"), 1)}


def _told(text: str, c: Candidate) -> dict:
    """How a presentation's sentence tells it: as a headline, as today's news."""
    title = is_title(text[c.start:c.end])
    return {"title": title, "now": title or _NOW_RE.search(text, c.start, c.end) is not None}


_EARLIER_RE = re.compile(r"\b(?:earlier|previously|already) this (month|year)\b", re.I)


def _meeting_status(ctx: Context, doc: int, v: re.Match[str], clause: tuple[int, int]) -> tuple[str, str | None]:
    """The status and date of data told at venue ``v``: the date after the venue, else the
    year its name holds ("at the 2024 New York Valves ... Summit", Triflo 2024-06-06); data
    "will be presented" at a meeting under way on the release date is presented now."""
    text = ctx.text(doc)
    cs, ce = clause
    after = dates_in(ctx, doc, v.end(), min(ce + 1, v.end() + _DATE_AFTER_VENUE))
    date = after[0].value if after else None
    named = dates_in(ctx, doc, v.start(), v.end())
    if not after and named and (_status_for(text[cs:ce], None, ctx.reference_date) != "occurred"
                                or not (ctx.reference_date or "").startswith(named[0].value)):
        date = named[0].value  # not for data presented now: the release's date is more precise
    earlier = _EARLIER_RE.search(text, cs, ce)
    if earlier and ctx.reference_date and (not date or len(date) == 4):
        # "Earlier this month, the two companies released ... data ... at the IASLC World
        # Conference" (LLY-2020-08-18).
        return "historical", ctx.reference_date[:7 if earlier.group(1).lower() == "month" else 4]
    days = _MEETING_DAYS_RE.search(text, v.end(), min(ce + 1, v.end() + _DATE_AFTER_VENUE))
    if days and ctx.reference_date:
        y = days.group("y")
        first = f"{y}-{_MONTH_NUMBER[days.group('m1')]:02d}-{int(days.group('d1')):02d}"
        last = f"{y}-{_MONTH_NUMBER[days.group('m2') or days.group('m1')]:02d}-{int(days.group('d2')):02d}"
        if first <= ctx.reference_date <= last:
            return "occurred", ctx.reference_date
        date = first
    status = _status_for(text[cs:ce], date, ctx.reference_date)
    if status == "occurred" and _ACCEPTED_RE.search(text, cs, ce) and (not date or date >= (ctx.reference_date or "")[:len(date)]):
        status = "expected"  # "an abstract has been accepted for presentation at ...": to be presented
    return status, date


#: A publication told without the word "published in" before the journal: "The Phase 3
#: TRAILBLAZER-ALZ 2 study results were published" (LLY-2024-03-08), "results were in the
#: Journal of the American Medical Association" (a flattened link dropped the verb).
PUBLISHED_RE = re.compile(
    r"\bpublication of (?:the )?(?:[\w\-]+\s+){0,2}?(?:results|data|findings)\b"
    r"|\b(?:results|data|findings)\s+(?:(?:from|of)\s+[^.;]{3,80}?\s+)?(?:were|was|have been|has been)\s*(?:published\b|(?:recently\s+)?(?:disclosed\s*)?(?=in\s*(?:the\s*)?[*_]*"
    r"(?:New England Journal|Lancet|JAMA|Journal of|Annals of|Nature|Science|NEJM)))"
    r"(?:\s*in\s*(?:the\s*)?[*_]*(?P<venue>New England Journal of Medicine|The Lancet(?: [A-Z][a-z]+)?|Lancet(?: [A-Z][a-z]+)?|"
    r"JAMA(?: [A-Z][a-z]+)?|(?:[A-Z][a-z]+ )?Journal of (?:the )?[A-Z][A-Za-z]+(?: (?:[A-Z][A-Za-z]+|of|and))*|Annals of [A-Z][a-z]+(?: [A-Z][a-z]+)?|Nature Medicine|Nature|Science|NEJM))?"
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
    # The clause of the publication decides: "... granted Emergency Use Authorization ... based on
    # interim data from the Phase 2 BLAZE-1 trial, which was published in the ..." (LLY-2021-01-27).
    cs, ce = clause_at(text, c.start, c.end, v.start())
    stop = text.find(".", v.end(), ce)  # a glued next sentence ("in the***.*These data show ... may help")
    status = _status_for(text[min(cs, v.start()):stop if stop >= 0 else max(ce, v.end())], d.value if d else None,
                        ctx.reference_date)
    if status == "occurred" and not d and not _NOW_RE.search(text, c.start, c.end):
        status = "historical"  # "results were published": background unless announced today
    venue = clean(v.group("venue")) if v.group("venue") else None
    fields = {"asset": asset.name, "phase": phase, "venue": venue, "date": d.value if d else None}
    return [Draft("clinical_data_presentation", status, event_date(status, d.value if d else None, ctx.reference_date),
                  fields, [span(c.doc, c.start, c.end)], 0.6,
                  key=("clinical_data_presentation", (venue or "publication").lower()[:25], asset.name.lower(), status),
                  order=(c.doc, c.start), extra=_told(text, c))]


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
    status = _status_for(text[c.start:c.end], None, ctx.reference_date)
    fields = {"asset": asset.name, "phase": phase, "venue": venue, "date": None}
    return [Draft("clinical_data_presentation", status, event_date(status, None, ctx.reference_date),
                  fields, [span(c.doc, c.start, c.end)], 0.55,
                  key=("clinical_data_presentation", (venue or "").lower()[:25], asset.name.lower(), status),
                  order=(c.doc, c.start), extra=_told(text, c))]


def _nearest_venue(text: str, pos: int) -> re.Match[str] | None:
    found = list(VENUE_RE.finditer(text, max(0, pos - VENUE_REACH), min(len(text), pos + VENUE_REACH)))
    named = [m for m in found if not re.match(r"(?:upcoming|future|a future|an upcoming)\b", m.group("venue"))]
    return min(named, key=lambda m: abs(m.start() - pos)) if named else None


def attach_populations(ctx: Context, drafts: list[Draft]) -> None:
    """"The Phase II study now underway assesses trastuzumab-DM1 in patients with ..." (seed):
    a later sentence about the same asset and phase gives a started trial its population.
    Runs once the drafts are merged, so it also gives a trial whose merged sentences named no
    sponsor its default one (the owner or the registrant, see :func:`_sponsor`), after folding
    the trial drafts that state one fact (:func:`fold_trials`, which edits ``drafts`` in place)."""
    fold_trials(drafts)
    fold_presentations(drafts)
    for d in drafts:
        if d.type == "clinical_trial" and not d.fields.get("sponsor"):
            d.fields["sponsor"] = d.extra.get("sponsor_default")
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
        names = {a.name for a in ctx.assets(c.doc, c.start, c.end) or _named_in_trials(ctx, c.doc, c.start, c.end)}
        for d in trials:
            if d.fields.get("population") or d.fields.get("asset") not in names:
                continue
            if phase and d.fields.get("phase") and phase != d.fields["phase"]:
                continue
            fields: dict = {"population": None, "indication": None}
            _population(text, c.start, c.end, fields)
            d.fields["population"] = fields["population"]
            d.fields["indication"] = d.fields.get("indication") or fields["indication"]
