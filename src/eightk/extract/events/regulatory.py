"""regulatory_event: approvals, submissions, INDs, PDUFA dates, clinical holds, complete
response letters and designations, each with its agency, asset and indication.

The entry point: :func:`extract` reads each regulatory sentence and builds one event per
action, with its status and date; the vocabularies and field helpers live in the
``regulatory_*`` modules beside it."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from ..sentences import clause_at
from ..dates import DateMatch
from .common import Draft, is_title, clean, dates_in, event_date, nearest, nearest_date, span, status_for, drop_contract_terms, settle_undated
from .regulatory_agencies import _agencies, _agency, _awaited_agency, _CTA_PLACE_RE, _CTA_PLACES, _EU_AGENCY_RE, _FDA_BY_DEFAULT, _submission_place
from .regulatory_actions import _action, _application_actions, _FOLLOW_UPS, _LABEL_RE, _UNNAMED_ACTIONS
from .regulatory_products import _ALIAS_RE, _approved_products, _approved_use, coded_names, _COMBINATION_RE, _OWN_PRODUCT_RE, _previous_subject, _slot_names
from .regulatory_indications import _acronym_indication, disease_indication, _indication, _named_nearby_indication, _next_indication, _own_indication
from .regulatory_lists import _after_glued_item, _list_items
from .regulatory_folds import _fold_undated

#: An announcement: what happened now. A regulatory fact in a sentence without one, told in
#: the perfect or past tense ("has been granted Breakthrough Therapy designation", "was
#: recently approved"), is background (LLY-2019-01-07).
_NOW_RE = re.compile(r"\btoday\b|\bannounc|\bthis week\b", re.I)
#: How far before the action a plan word counts: "the FDA expects to convene a meeting of the
#: Peripheral and Central Nervous System Drugs Advisory Committee" (LLY-2024-03-08), but not the
#: cover page's "is intended to" run into an unpunctuated 8-K (ABT-2011-01-14).
MODAL_WINDOW = 150
#: How far after an agency's name its own approval date may stand ("by the European Commission
#: in 2023, as well as in Japan in January 2024", LLY-2024-09-13).
PLACE_DATE_WINDOW = 40


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = []
    for c in candidates:
        if "regulatory" in c.families:
            c = _after_glued_item(ctx, c)
            found = _regulatory(ctx, c)
            out += found
            if found and ctx.text(c.doc)[c.end - 1: c.end] == ":":
                items = _list_items(ctx, c, found[-1])
                if items:
                    out.remove(found[-1])  # the intro sums up its items
                out += items
    return drop_contract_terms(ctx, settle_undated(ctx, _fold_undated(out)))


def _regulatory(ctx: Context, c: Candidate) -> list[Draft]:
    """One event per action; "withdrew its BLA and MAA" is two (one per agency)."""
    found = _action(ctx, c)
    if not found:
        return []
    out = []
    for i, (action, am) in enumerate(found):
        near = ctx.text(c.doc)[c.start + max(0, am.start() - 80): c.start + am.end() + 80]
        # Of two actions in one sentence, each owns the words up to the next ("Resubmission of X
        # ... with expected regulatory action in the second half of 2024": the date is the
        # decision's, not the resubmission's).
        seg = (c.start + (found[i - 1][1].end() if i else 0),
               c.start + found[i + 1][1].start() if i + 1 < len(found) else c.end)
        clause = ctx.text(c.doc)[c.start + am.start(): seg[1]].split(";")[0]
        for variant in _application_actions(action, near, clause):
            places = _agencies(ctx.text(c.doc)[c.start:c.end]) if variant == "approval" else []
            products = _approved_products(ctx, c, am) if variant in ("approval", "IND") and len(places) < 2 else []
            if len(places) == 1:
                # The one place an approval is said of: "working closely with the FDA ... following
                # the regimen's regulatory approval in China earlier this year" (LLY-2021-05-18).
                places = [(places[0][0], None)]
            elif len(places) < 2:
                places = [(None, None)]
            for agency, at in places:
                for product in products or [None]:
                    d = _event(ctx, c, variant, am, agency, at, product, seg)
                    if d:
                        out.append(d)
    return out


def _is_headline(sent: str) -> bool:
    """A Title Case line, not a bullet's label and its sentence ("Designations: CVX-12 has
    received Orphan Drug ... designations from the FDA")."""
    label = _LABEL_RE.match(sent)
    body = sent[label.end():] if label else sent
    return is_title(body) and not _PERFECT_RE.search(body) and not _PROSE_VERB_RE.search(body)


#: A lower-case finite verb of state, which Title Case headlines do not use: "AC-1 holds Fast
#: Track and Orphan Drug designations from the FDA." is a sentence of background.
_PROSE_VERB_RE = re.compile(r"\b(?-i:holds|carries|retains|remains|was|were)\b")
#: A sentence's tense, which headlines do not use: "has received", "have been granted".
_PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b")


def _event(ctx: Context, c: Candidate, action: str, am: re.Match[str],
           place: str | None = None, place_at: int | None = None, product=None,
           seg: tuple[int, int] | None = None) -> Draft | None:
    """``place``: one of several agencies an approval sentence names (its date follows it);
    ``seg``: the part of the sentence that is this action's (where its date may stand)."""
    text = ctx.text(c.doc)
    sent = text[c.start:c.end]
    awaited = action == "expected action"
    if awaited:
        action = "approval"  # the decision awaited
    if action in ("CHMP positive opinion", "PRIME designation"):
        agency = "EMA"  # the CHMP is the EMA's committee (gold: agency EMA)
    elif place:
        agency = place
    elif action in ("CTA approval", "CTA submission"):
        # The agency or place after it, not the IND's FDA: "IND clearance from the FDA and
        # Clinical Trial Authorization from the UK regulatory authorities".
        after_cta = text[c.start + am.start(): (seg or (c.start, c.end))[1]]
        place = _CTA_PLACE_RE.search(after_cta)
        agency = _agency(after_cta) or (_CTA_PLACES[place.group(0).lower()] if place else "")
    elif action.startswith("MAA"):
        eu = _EU_AGENCY_RE.search(sent)
        agency = eu.group(0) if eu else "EMA"
        agency = "EMA" if agency == "European Medicines Agency" else agency
    elif action == "NDA/BLA submission" and not re.search(r"\bFDA\b|Food and Drug|U\.S\.", sent) and (
            place_of := _submission_place(text[c.start + am.start(): (seg or (c.start, c.end))[1]])):
        agency = place_of  # "regulatory submissions under review in China for sintilimab"
    elif action.startswith(("NDA", "BLA")) and (re.search(r"\bFDA\b|Food and Drug|U\.S\.", sent) or not _agency(sent)):
        agency = "FDA"
    else:
        agency = None
    agency = agency if action.startswith("CTA") else agency or _agency(sent) or ("EMA" if action.startswith("MAA") else None) or (
        "FDA" if action.startswith(("NDA", "BLA")) or action in _FDA_BY_DEFAULT else None)
    if action == "meeting":
        action = am.group(0)[:1].upper() + am.group(0)[1:]  # "Type C meeting"
    if awaited:
        # The decision awaited is the one where the submission went: "a submission in Japan with
        # regulatory action expected by the end of 2020" (LLY-2020-05-29).
        agency = _awaited_agency(text[max(seg[0] if seg else c.start, c.start + am.start() - AWAITED_PLACE_REACH): c.start + am.end()]) or agency
        if not agency:
            # "Regulatory decisions are anticipated in additional markets around the world in
            # 2023" (LLY-2023-04-13): no one agency, a decision rather than an approval.
            action, agency = "regulatory decision", ""
    if not agency and action == "approval" and _COUNTRIES_RE.search(sent):
        agency = ""  # "is approved in 70 countries as a treatment for ..." (LLY-2020-06-15): no one agency
    if agency is None:
        return None
    agency = agency or None
    if action == "action delayed":
        action = f"{agency} action delayed"
    pos = c.start + am.start()
    cs, ce = clause_at(text, c.start, c.end, pos)
    assets = (ctx.assets(c.doc, c.start, c.end) or _approved_use(sent, c.start) or coded_names(sent, c.start)
              or _slot_names(sent, c.start, ctx.registrant))
    lent = ""
    own = _OWN_PRODUCT_RE.search(sent)
    unnamed = not assets and own is not None  # lent or none: boilerplate when undated history
    if not assets and (action in _FOLLOW_UPS or awaited or own or re.search(
            r"\b(?:submit|submitted|submissions?|these results|the data|data from|(?:this|the) (?:application|submission|regimen|combination|medicine|drug|therapy"
            # "The study received approval from the Taiwan FDA", "further derisking the asset".
            r"|study|trial|protocol|asset|product|candidate|program|compound))\b", sent, re.I)):
        # "Almirall also plans to submit these results ... to the European Medicines Agency":
        # the product is the one the sentence before named (LLY-2022-06-07).
        assets, lent = _previous_subject(ctx, c)
    if not assets and not (own and action in _UNNAMED_ACTIONS):
        return None
    # "its lead candidate received Fast Track designation": the company's own product, unnamed.
    asset = nearest(assets, pos, prefer_after=True) if assets else None
    i = assets.index(asset) if asset in assets else -1
    if i > 0 and _ALIAS_RE.search(text, max(c.start, asset.start - 20), asset.start):
        asset = assets[i - 1]  # "Baricitinib, marketed as OLUMIANT®, is approved in 70 countries"
    elif i > 0 and asset.start < pos and _COMBINATION_RE.search(text, assets[0].end, asset.start):
        asset = assets[0]  # "ALIMTA in combination with pembrolizumab and carboplatin was first approved"
    ind = _own_indication(sent, pos - c.start, assets)
    if product is not None:
        asset = product
        seg_end = min([i for i in (sent.find(";", product.end - c.start),) if i >= 0] or [len(sent)])
        ind = _indication(sent[product.start - c.start: seg_end])
    ind = (ind or _acronym_indication(ctx, c.doc, sent, c.start) or (_next_indication(ctx, c, asset) if asset else None)
           or (disease_indication(lent, wide=True) if lent else None)
           or (_named_nearby_indication(ctx, c, asset.name) if asset and asset.name.lower() not in ctx.lexicon.asset_spelling else None))
    if ind:
        ind = clean(re.split(r"[\"“”]", ind)[0]) or None  # "ulcerative colitis," said ...
    if ind and asset and ind.lower().startswith(asset.name.lower()) and len(ind) > len(asset.name) + 3:
        ind = ind[len(asset.name):].strip()  # glued words: "for the Olumiant®atopic dermatitis indication"
    if place_at is not None:
        # The approval's own product: the last one named before the agency in its list entry.
        seg_start = c.start + sent.rfind(";", 0, place_at) + 1
        mine = [a for a in assets if seg_start <= a.start < c.start + place_at]
        asset = mine[-1] if mine else asset
    # Relative dates count when they name a month ("in June": the reference year's June) or
    # say "this year" (LLY-2022-06-07).
    lo, hi = seg or (c.start, c.end)
    other = _OTHER_PREDICATE_RE.search(text, c.start + am.end(), hi)
    hi = other.start() if other else hi  # "... approval by the NMPA for X and was included in the 2019 Guidelines"
    dates = [d for d in dates_in(ctx, c.doc, lo, hi)
             if not d.relative or d.value == ctx.reference_date or len(d.value) == 7 or _THIS_RE.search(text, d.start, d.end)]
    if not dates and ctx.reference_date:
        dates = _month_day_dates(text, lo, hi, ctx.reference_date)
    if action != "PDUFA date" and "PDUFA" in sent:
        pdufa = c.start + sent.index("PDUFA")
        dates = [d for d in dates if d.end <= pdufa]  # the action date is not the PDUFA date
    if place_at is not None:
        d = nearest_date(dates, c.start + place_at, window=PLACE_DATE_WINDOW, after_only=True)
    else:
        d = nearest_date(dates, pos, window=len(sent)) if dates else None
    date = d.value if d else None
    # Modal words after the action ("... which may reduce risk") do not make it a plan, nor
    # those before a past fact it follows ("We look forward to ... following the regimen's
    # regulatory approval in China earlier this year", LLY-2021-05-18).
    lo_modal = max(cs, pos - MODAL_WINDOW)
    after = _FOLLOWING_RE.search(text, lo_modal, pos) or _APPOSITIVE_RE.search(text, lo_modal, pos)
    window = _AS_EXPECTED_RE.sub("", text[after.start() if after else lo_modal: min(ce, c.start + am.end() + 30)])
    status = status_for(window, date, ctx.reference_date)  # "As anticipated, Lilly received a CRL" is done
    now = bool(_NOW_RE.search(sent)) or _is_headline(sent) or (date is not None and date == ctx.reference_date)
    if status == "occurred" and not now:
        status, date = "historical", (date if date and date != ctx.reference_date else None)
    if action == "PDUFA date":
        status = "expected" if not date or not ctx.reference_date or date >= ctx.reference_date[: len(date)] else "historical"
    if status == "historical" and date and ctx.reference_date and date[:4] > ctx.reference_date[:4]:
        date = None  # "has been granted ... and could launch in 2020": the launch's year, not the grant's
    if _RECENT_RE.search(text, max(cs, pos - 40), pos):
        status, now = "historical", False  # "the recent approval by the FDA" in today's news
        date = None if date == ctx.reference_date else date
    if status != "expected" and _INTENTION_RE.search(text, max(cs, pos - MODAL_WINDOW), pos):
        status, now = "expected", False  # "its intention to submit a biologics license application"
    if unnamed and status == "historical" and not date:
        return None  # an unnamed product's undated past: company boilerplate ("received four INDs")
    if status == "occurred" and _is_headline(sent) and _HEADLINE_FUTURE_RE.match(sent):
        status = "expected"  # "U.S. Food and Drug Administration to Convene Advisory Committee ..."
    if status == "expected" and date == ctx.reference_date:
        date = None  # the release's own date, not the planned action's
    if awaited or action.endswith("action delayed"):
        status, now = "expected", False
        date = None if action.endswith("action delayed") else date  # "delayed beyond the first quarter"
        if awaited and not date and _NEXT_MONTHS_RE.search(sent) and ctx.reference_date:
            date = ctx.reference_date[:4]  # "is expected in the next one to two months" (LLY-2022-05-20)
    fields = {"asset": asset.name if asset else None, "agency": agency, "action": action,
              "indication": ind}
    return Draft("regulatory_event", status, event_date(status, date, ctx.reference_date), fields,
                 [span(c.doc, c.start, c.end)], 0.75,
                 # A dated past action ("following the FDA approval ... in November 2023") is a
                 # fact of its own, not today's approval again (LLY-2024-12-20).
                 key=("regulatory_event", asset.name.lower() if asset else None, action, agency,
                      date if date and ctx.reference_date and date < ctx.reference_date[:len(date)] else None),
                 order=(c.doc, c.start), extra={"now": now})


#: A headline whose subject is followed by "to"/"will" and a verb tells what will happen: "U.S.
#: Food and Drug Administration to Convene Advisory Committee Meeting" (LLY-2024-03-08); not
#: "Taltz is the First IL-17A Antagonist to Receive FDA Approval" (a lower-case verb first).
_HEADLINE_FUTURE_RE = re.compile(r"(?:(?:[A-Z][\w.’'&\-]*|and|of|the|for|&)\s+){1,8}(?:to|[Ww]ill)\s+[A-Z][a-z]")
#: How far before "regulatory action expected" the place of the submission may stand.
AWAITED_PLACE_REACH = 120
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
#: A day named without its year: "OnOctober 12, the FDA approved Verzenio" (LLY-2021-10-28).
_MONTH_DAY_RE = re.compile(r"(?:\b[Oo]n\s*|\b)(?P<month>" + "|".join(_MONTHS) + r")\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)(?!\d)")


def _month_day_dates(text: str, start: int, end: int, reference: str) -> list[DateMatch]:
    """Days without a year: the last such day on or before the report date."""
    out = []
    for m in _MONTH_DAY_RE.finditer(text, start, end):
        year = int(reference[:4])
        value = f"{year:04d}-{_MONTHS.index(m.group('month')) + 1:02d}-{int(m.group('day')):02d}"
        if value > reference:
            value = f"{year - 1:04d}{value[4:]}"
        out.append(DateMatch(value, m.start("month"), m.end(), True))
    return out


_OTHER_PREDICATE_RE = re.compile(r"\s+and\s+(?:was|is|were|are|has|have|had)\s+(?!been\s+(?:approv|grant|accept|submit))")
_COUNTRIES_RE = re.compile(r"\bapproved in (?:more than |over |nearly |about )?\d+ countries\b")
_FOLLOWING_RE = re.compile(r"\b(?:following|after|since)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'\-]+\s+){0,3}(?=\S*$)")
#: A product described in apposition: "... with the addition of QBREXZA cloth, a medicated cloth
#: approved by the FDA for ..." (LLY-2020-01-10): the main clause's "will" is not the approval's.
_AS_EXPECTED_RE = re.compile(r"\b[Aa]s (?:anticipated|expected|planned|previously (?:expected|anticipated))\b")
_APPOSITIVE_RE = re.compile(r",\s+(?:a|an)\s+[^,;.]{0,60}?$")
_NEXT_MONTHS_RE = re.compile(r"\bin the (?:next|coming) (?:[\w\-]+ ){0,4}(?:weeks|months)\b", re.I)
_THIS_RE = re.compile(r"\bthis year\b", re.I)


_INTENTION_RE = re.compile(r"\bintention to\b|\bintends? to\b|\bplans? to\b|\bprepar(?:ing|es?) (?:for|to)\b|\bin preparation for\b", re.I)
_RECENT_RE = re.compile(r"\brecent\s+(?:[\w\-]+\s+)?$", re.I)

