"""The fields of clinical events that any sentence may tell: who a trial enrols (population), the
disease (indication), who runs it (sponsor), the product named only by "a trial of X" or by
the sentences before, and the status and phase cues shared by trials and presentations."""

from __future__ import annotations

import re

from ..context import Context
from ..dates import period_ahead
from ..entities import Mention, NOT_COMPANIES
from ..phases import PHASE_RE, phase_from_match
from ..scan import Candidate
from ..sentences import sentence_at
from .common import clean, status_for
from .regulatory_indications import disease_indication


#: An announcement word: a fact told without one, and without a date, is background.
NOW_RE = re.compile(r"\btoday\b|\bannounc|\bthis week\b", re.I)


#: The headline and dateline sentence of a release (LLY files carry a metadata block first).
HEADLINE_SPAN = 600


#: Who a trial enrols: "in healthy U.S. volunteers", "in COVID-19 patients globally" (LLY-2021-01-27),
#: "in 24 heavily pretreated NHL and solid tumor patients" (Pacylex 2025-05-05),
#: "specifically designed for people with skin of color" (LLY-2024-04-30),
#: "dedicated to people of color living with AD" (LLY-2022-06-07), "in residents and staff at long-term care facilities in the U.S.",
#: "of hospitalized patients with COVID-19", "in people recently diagnosed with COVID-19 in the
#: ambulatory setting", "participants ages 60-85 years with ..." (LLY-2020-08-03, LLY-2024-03-08).
_PEOPLE = r"(?:patients|adults|participants|subjects|people|persons|children|women|men|residents|volunteers|individuals|infants|adolescents)"


_BARE_COUNT_RE = re.compile(r"(?:up to\s+|approximately\s+)?(?:\d[\d,]*\s+)?" + _PEOPLE, re.I)


POPULATION_RE = re.compile(
    r"\b(?:in|of|enrol(?:l|ling|led|s)|treat(?:ing|s)?|among|dedicated to|designed for)\s+(?P<pop>(?:up to\s+|approximately\s+)?(?:\d[\d,]*\s+)?(?:(?!(?:in|of|with|the|a|an|these|those|has|have|had|is|are|was|were|been|begun|began|will|which|that|enrolling|recruiting|evaluating|treating|dosing)\b)(?:U\.S\.|[a-z][\w\-]*)\s+){0,6}?" + _PEOPLE
    # Not where the trial runs: "enrolling patients at three U.S. centers".
    + r"(?:\s+(?:and|or)\s+[a-z]+)?(?:\s+(?:with|who|at(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|multiple|more than|up to|approximately|about|over|clinical|sites?|centers?|centres?|hospitals?)\b)|ages?|aged|living|recently|diagnosed|of|on|whose|receiving)\b(?:[^.;,]|\.(?=\S)){3,200}?)?"
    r"(?:\s+(?:globally|worldwide))?)(?=\s+(?:and long-term|and is|which|is|are|was|were|has|have|had|will|showed|demonstrated|achieved|experienced|to (?:evaluate|assess|determine))\b|,\s|[;]|\.(?!\S)|\s\.|$)",
    re.I)


_INDICATION_RE = re.compile(r"(?:patients|adults|participants|subjects|people|children|women|men)\s+with\s+(?P<ind>[^.;,()]{3,120}?)(?=\s+(?:that|who|whose|after|following|despite|and who|previously|receiving|will|would|was|were|is|are|has|have|had)\b|[.;,()]|$)"
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


#: How far back "The trial ..." looks for the trial it means (LLY-2024-07-02: the asset and phase
#: are named in the sentence before).
LOOKBACK = 600


def phase_before(text: str, start: int, pos: int, end: int) -> str | None:
    found = [m for m in PHASE_RE.finditer(text, start, end)]
    if not found:
        return None
    before = [m for m in found if m.start() <= pos]
    return phase_from_match(before[-1] if before else found[0])


def only_asset_before(ctx: Context, doc: int, start: int, end: int) -> Mention | None:
    found = ctx.assets(doc, start, end) or named_in_trials(ctx, doc, start, end)
    names = {a.name.lower() for a in found}
    return found[-1] if len(names) == 1 else None


#: A sentence about the study or data told just before: "The study demonstrated ...".
ANAPHORIC_RE = re.compile(r"(?:The|These|This|Those) (?:study|trial|data|results|findings|analysis|analyses)\b")


#: The month, not the modal: "completed enrollment ... in May 2025" is done, not possible.
_MONTH_MAY_RE = re.compile(r"(?<=\S)(\s+)May\b")


#: A trial step told as done: a date ahead of the report in its clause is a bare month of the
#: year before ("We dosed the first patient in our Phase 1b trial in April", told in March).
_PAST_DONE_RE = re.compile(r"\b(?:dosed|completed|initiated|started|began|enrolled|reported|announced|launched)\b(?! by\b)")


def clause_status(clause: str, date: str | None, reference: str | None) -> str:
    """:func:`status_for` with the month May (capitalised, not opening the clause) not read as "may"."""
    status = status_for(_MONTH_MAY_RE.sub(r"\1Mon", clause), date, reference)
    if status == "occurred" and date and reference and date > reference[:len(date)]:
        if _PAST_DONE_RE.search(clause):
            return "historical"  # "we dosed the first patient ... in April", told in March: last April
        return "expected"  # "accepted for an oral presentation at ... in December 2025" (told in June)
    if status == "occurred" and date and reference and date == reference[:4] and period_ahead(clause, reference):
        return "expected"  # a catalyst list's "Phase 3 topline readout (mid-2026)", told in March 2026
    return status


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


def trial_sponsor(ctx: Context, c: Candidate, m: re.Match[str]) -> tuple[str | None, str | None]:
    """The sponsor the sentence names, else None with the default (the owner, the registrant)
    that the event takes when no merged sentence names one."""
    text = ctx.text(c.doc)
    run_by = _RUN_BY_RE.search(text, c.start, c.end)
    if not run_by and ANAPHORIC_RE.match(text, c.start) and c.start > 1:
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


def named_in_trials(ctx: Context, doc: int, start: int, end: int) -> list[Mention]:
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


def plural_subject(ctx: Context, c: Candidate) -> list[tuple[Mention, str | None]]:
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


def meta_end(ctx: Context, doc: int) -> int:
    regions = ctx.excluded.get(doc) or [(0, 0)]
    return regions[0][1] if regions[0][0] == 0 else 0


def _owner(ctx: Context, c: Candidate) -> str | None:
    text = ctx.text(c.doc)
    if re.search(r"\b(?:our|we|its wholly[- ]owned)\b", text[c.start:c.end], re.I):
        return ctx.registrant
    return None


#: Not a disease: "who have heart failure" (the population's clause).
_NOT_DISEASE_START_RE = re.compile(r"(?:who|whose|that|which)\b", re.I)
_VERB_AFTER_RE = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|which|that)\b.*$", re.S)


def fill_population(text: str, start: int, end: int, fields: dict, anchor: int | None = None) -> None:
    """Fill the population and indication that ``text[start:end]`` states, where still missing;
    of the diseases told before a trial word, the one nearest ``anchor`` (the milestone)."""
    seg = text[start:end]
    if not fields.get("population"):
        for p in POPULATION_RE.finditer(seg):
            if _BARE_COUNT_RE.fullmatch(p.group("pop")):
                continue  # "The trial enrolled 1,736 participants": a count, not who
            fields["population"] = clean(p.group("pop"))
            break
    if not fields.get("indication"):
        i = _INDICATION_RE.search(seg) or _DISEASE_PATIENTS_RE.search(seg) or _nearest_match(_DISEASE_TRIAL_RE, seg, (anchor or start) - start)
        found = clean(i.group("ind") or i.group("ind2")) if i else (disease_indication(seg) or disease_indication(seg, wide=True))
        # "with lupus nephritis has begun dosing": the disease ends where a verb begins
        found = _VERB_AFTER_RE.sub("", found) if found else found
        fields["indication"] = None if found and _NOT_DISEASE_START_RE.match(found) else found


def _nearest_match(rx: re.Pattern[str], seg: str, pos: int) -> re.Match[str] | None:
    found = list(rx.finditer(seg))
    return min(found, key=lambda f: max(0, f.start() - pos, pos - f.end())) if found else None
