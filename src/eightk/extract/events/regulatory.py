"""regulatory_event: approvals, submissions, INDs, PDUFA dates, clinical holds, complete
response letters and designations, each with its agency, asset and indication."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from ..sentences import clause_at
from .common import Draft, clean, dates_in, event_date, nearest, span, status_for

_AGENCIES = (
    ("FDA", r"\bFDA\b|Food and Drug Administration"),
    ("European Commission", r"European Commission|\bEC\b"),
    ("CHMP", r"\bCHMP\b|Committee for Medicinal Products"),
    ("EMA", r"\bEMA\b|European Medicines Agency"),
    ("Health Canada", r"Health Canada"),
    ("PMDA", r"\bPMDA\b|Japan(?:ese)? Ministry of Health|\bMHLW\b"),
    ("NMPA", r"\bNMPA\b|National Medical Products Administration"),
    ("MHRA", r"\bMHRA\b"),
    ("TFDA", r"\bTFDA\b|Taiwan Food and Drug"),
)
_AGENCY_RES = tuple((n, re.compile(p)) for n, p in _AGENCIES)
_ACTIONS = (
    ("clinical hold", r"clinical hold"),
    ("complete response letter", r"complete response letter|\bCRL\b"),
    ("PDUFA date", r"PDUFA|target action date"),
    ("breakthrough therapy designation", r"breakthrough therapy designation|granted breakthrough"),
    ("fast track designation", r"fast track designation|granted fast track"),
    ("orphan drug designation", r"orphan drug designation|granted orphan"),
    ("priority review", r"priority review"),
    ("positive opinion", r"positive opinion"),
    ("advisory committee", r"advisory committee"),
    ("NDA/BLA submission", r"(?:submi(?:tted|ssion of|ts)|filed|filing of|accept(?:ed|s|ance of))[^.;]{0,60}\b(?:s?NDA|s?BLA|MAA|New Drug Application|Biologics License Application|Marketing Authori[sz]ation Application|regulatory submission)"
                           r"|\b(?:s?NDA|s?BLA|MAA|New Drug Application|Biologics License Application)\b[^.;]{0,40}(?:submi(?:tted|ssion)|filed|accepted)"),
    ("IND", r"\bIND\b[^.;]{0,60}(?:clear|accept|submi|fil|effective|allow)|(?:clear|accept|submi|fil)\w*[^.;]{0,40}\bIND\b|Investigational New Drug"),
    ("approval", r"\bapprov(?:ed|es|al of|al for|al)\b"),
)
_ACTION_RES = tuple((n, re.compile(p, re.I if n not in ("IND",) else 0)) for n, p in _ACTIONS)
_ADJECTIVE_APPROVED_RE = re.compile(r"\b(?:FDA|EMA|EC)-approved\b|\bapproved (?:medicines?|treatments?|therap\w+|products?|drugs?|indications?|dose)\b|\bonly approved\b|\bpreviously approved\b", re.I)
_INDICATION_RE = re.compile(
    r"\b(?:for the (?:potential )?treatment of|to treat|for (?:use in )?(?:adults?|adolescents?|patients|people|children|pediatric patients)[^.;]{0,60}?\bwith|"
    r"in (?:adults?|patients|people|children)[^.;]{0,40}?\bwith|as (?:an? )?(?:treatment|therapy) for)\s+(?P<ind>[^.;()]{3,120}?)(?=\s+(?:who|that|whose|after|and (?:is|was|has))\b|[.;()]|,\s|$)",
    re.I,
)


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = []
    for c in candidates:
        if "regulatory" in c.families:
            d = _regulatory(ctx, c)
            if d:
                out.append(d)
    return out


def _regulatory(ctx: Context, c: Candidate) -> Draft | None:
    text = ctx.text(c.doc)
    sent = text[c.start:c.end]
    action, am = None, None
    for name, rx in _ACTION_RES:
        am = rx.search(sent)
        if am:
            action = name
            break
    if not action or not am:
        return None
    if action == "approval" and (_ADJECTIVE_APPROVED_RE.search(sent) and not re.search(r"\bapprov(?:ed|es|al)\b(?![- ](?:medicine|treatment|therap|product|drug))", sent.replace("FDA-approved", ""), re.I)):
        return None
    agency = _agency(sent) or ("FDA" if action in ("IND", "PDUFA date", "NDA/BLA submission", "complete response letter", "clinical hold", "breakthrough therapy designation", "fast track designation") else None)
    if not agency:
        return None
    pos = c.start + am.start()
    cs, ce = clause_at(text, c.start, c.end, pos)
    assets = ctx.assets(c.doc, c.start, c.end)
    if not assets:
        return None
    asset = nearest(assets, pos, prefer_after=True)
    ind = _INDICATION_RE.search(sent)
    dates = [d for d in dates_in(ctx, c.doc, c.start, c.end) if not d.relative or d.value == ctx.reference_date]
    date = dates[0].value if dates else None
    # Modal words far from the action ("... which may reduce risk") do not make it a plan.
    status = status_for(text[max(cs, pos - 80): min(ce, c.start + am.end() + 30)], date, ctx.reference_date)
    if action == "PDUFA date":
        status = "expected" if not date or not ctx.reference_date or date >= ctx.reference_date[: len(date)] else "historical"
    fields = {"asset": asset.name if asset else None, "agency": agency, "action": action,
              "indication": clean(ind.group("ind")) if ind else None}
    return Draft("regulatory_event", status, event_date(status, date, ctx.reference_date), fields,
                 [span(c.doc, c.start, c.end)], 0.75,
                 key=("regulatory_event", asset.name.lower() if asset else None, action, agency),
                 order=(c.doc, c.start))


def _agency(sent: str) -> str | None:
    for name, rx in _AGENCY_RES:
        if rx.search(sent):
            return name
    return None
