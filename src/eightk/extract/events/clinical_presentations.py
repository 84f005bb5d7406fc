"""clinical_data_presentation drafts: data at a meeting ("at the 43rd American Society of Clinical
Oncology annual meeting", "at EULAR 2025"), in a journal ("published in The Lancet"), or
presented with the meeting named elsewhere in the release."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from ..sentences import clause_at
from .clinical_fields import LOOKBACK, NOW_RE, clause_status, only_asset_before, phase_before
from .common import Draft, clean, dates_in, event_date, is_title, nearest, nearest_date, span


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


def venue_near(text: str, start: int, end: int) -> bool:
    return VENUE_RE.search(text, start, end) is not None and _DATA_RE.search(text, start, end) is not None


def presentation_drafts(ctx: Context, c: Candidate) -> list[Draft]:
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
        asset = nearest(assets, v.start(), prefer_after=False) or only_asset_before(ctx, c.doc, max(0, c.start - LOOKBACK), c.start)
        phase = phase_before(text, c.start, v.start(), ce)
        status, date = _meeting_status(ctx, c.doc, v, (cs, ce))
        if status == "occurred" and _TO_PRESENT_RE.search(text, c.start, v.start()):
            status = "expected"  # a headline's "Halvora to Present Phase 2 Data at ATS 2026"
            named = dates_in(ctx, c.doc, v.start(), v.end())
            date = date or (named[0].value if named else None)
        venue = clean(v.group("venue") or v.groupdict().get("venue_first") or "")
        fields = {"asset": asset.name if asset else None, "phase": phase, "venue": venue, "date": date}
        out.append(Draft("clinical_data_presentation", status, event_date(status, date, ctx.reference_date),
                         fields, [span(c.doc, cs, ce)], 0.75 if asset else 0.55,
                         key=("clinical_data_presentation", venue.lower()[:25], asset.name.lower() if asset else None, status),
                         order=(c.doc, cs), extra=_told(text, c)))
    return out


#: A headline's infinitive: "X to Present New Data at ...", "X to Host Oral Presentation".
_TO_PRESENT_RE = re.compile(r"\b[Tt]o (?:[Pp]resent|[Hh]ighlight|[Ss]howcase|[Ff]eature)\b")
#: A meeting's days: "taking place in Philadelphia from May 4-10, 2019" (LLY-2019-05-06).
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


_MEETING_DAYS_RE = re.compile(r"(?P<m1>" + _MONTHS + r")\s*(?P<d1>\d{1,2})\s*[-–]\s*(?:(?P<m2>" + _MONTHS
                              + r")\s*)?(?P<d2>\d{1,2}),?\s*(?P<y>(?:19|20)\d\d)")


_MONTH_NUMBER = {name: i for i, name in enumerate(_MONTHS[3:-1].split("|"), 1)}


def _told(text: str, c: Candidate) -> dict:
    """How a presentation's sentence tells it: as a headline, as today's news."""
    title = is_title(text[c.start:c.end])
    return {"title": title, "now": title or NOW_RE.search(text, c.start, c.end) is not None}


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
    if not after and named and (clause_status(text[cs:ce], None, ctx.reference_date) != "occurred"
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
    status = clause_status(text[cs:ce], date, ctx.reference_date)
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


#: A journal named after the published data, and how far after them.
_JOURNAL_NAME_RE = re.compile(r"\bin\s*(?:the\s*)?[*_]*(?P<venue>New England Journal of Medicine|The Lancet(?: [A-Z][a-z]+)?|"
                              r"Lancet(?: [A-Z][a-z]+)?|JAMA(?: [A-Z][a-z]+)?|(?:[A-Z][a-z]+ )?Journal of (?:the )?[A-Z][A-Za-z]+"
                              r"(?: (?:[A-Z][A-Za-z]+|of|and))*|Annals of [A-Z][a-z]+(?: [A-Z][a-z]+)?|Nature [A-Z][a-z]+|Nature|Science|NEJM)")
_JOURNAL_REACH = 100


def _publication(ctx: Context, c: Candidate) -> list[Draft]:
    text = ctx.text(c.doc)
    v = PUBLISHED_RE.search(text, c.start, c.end)
    if not v:
        return []
    assets = ctx.assets(c.doc, c.start, c.end) or ctx.assets(c.doc, max(0, c.start - LOOKBACK), c.start)[-1:]
    if not assets:
        return []
    asset = nearest(assets, v.start(), prefer_after=False)
    phase = phase_before(text, c.start, v.start(), c.end)
    dates = dates_in(ctx, c.doc, c.start, c.end)
    d = nearest_date(dates, v.end(), window=80)
    # The clause of the publication decides: "... granted Emergency Use Authorization ... based on
    # interim data from the Phase 2 BLAZE-1 trial, which was published in the ..." (LLY-2021-01-27).
    cs, ce = clause_at(text, c.start, c.end, v.start())
    stop = text.find(".", v.end(), ce)  # a glued next sentence ("in the***.*These data show ... may help")
    status = clause_status(text[min(cs, v.start()):stop if stop >= 0 else max(ce, v.end())], d.value if d else None,
                        ctx.reference_date)
    if status == "occurred" and not d and not NOW_RE.search(text, c.start, c.end):
        status = "historical"  # "results were published": background unless announced today
    venue = clean(v.group("venue")) if v.group("venue") else None
    if not venue:  # "the publication of Phase 2 results for X in the Journal of Clinical Oncology"
        named = _JOURNAL_NAME_RE.search(text, v.end(), min(ce, v.end() + _JOURNAL_REACH))
        venue = clean(named.group("venue")) if named else None
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
    phase = phase_before(text, c.start, v.end(), c.end)
    venue_m = _nearest_venue(text, c.start)
    venue = clean(venue_m.group("venue")) if venue_m else None
    status = clause_status(text[c.start:c.end], None, ctx.reference_date)
    fields = {"asset": asset.name, "phase": phase, "venue": venue, "date": None}
    return [Draft("clinical_data_presentation", status, event_date(status, None, ctx.reference_date),
                  fields, [span(c.doc, c.start, c.end)], 0.55,
                  key=("clinical_data_presentation", (venue or "").lower()[:25], asset.name.lower(), status),
                  order=(c.doc, c.start), extra=_told(text, c))]


def _nearest_venue(text: str, pos: int) -> re.Match[str] | None:
    found = list(VENUE_RE.finditer(text, max(0, pos - VENUE_REACH), min(len(text), pos + VENUE_REACH)))
    named = [m for m in found if not re.match(r"(?:upcoming|future|a future|an upcoming)\b", m.group("venue"))]
    return min(named, key=lambda m: abs(m.start() - pos)) if named else None
