"""license_agreement, collaboration_agreement and agreement_amendment events.

An agreement event needs an announcement ("entered into", "signed", "announced ... agreement"),
a grant ("granting Genentech the exclusive right to develop..."), or a dated reference ("the
2000 agreement"). Amendments, expansions, extensions and option exercises are
``agreement_amendment``. Deal terms stated in later sentences (upfront, milestones, royalties,
responsibilities, cost sharing) are attached by :func:`attach_terms`.

This module runs the sentence readers and folds their drafts (restatements, undated repeats,
headlines, the agreement an amendment amends, one deal per listed partner). The readers:
:mod:`.agreement_announcements` (a deal announced, granted or dated in one sentence),
:mod:`.agreement_background` (deals in place, partner lists), :mod:`.agreement_amendments`,
:mod:`.agreement_contracts` (the agreement document itself, partner tables); who licenses to
whom in :mod:`.agreement_roles`, shared cues in :mod:`.agreement_cues`, terms in
:mod:`.agreement_terms`.
"""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from .common import Draft, settle_undated
from .agreement_amendments import _amendment
from .agreement_announcements import _agreement
from .agreement_background import _list_item, _other_shapes, _party_to
# partner_tables and attach_terms are re-exported: the merge step and the extract pipeline run
# them after the extractors.
from .agreement_contracts import _preamble, partner_tables, recited
from .agreement_terms import _same_party, attach_terms

__all__ = ["attach_terms", "extract", "partner_tables"]


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = _drop_restated(ctx, _extract(ctx, candidates))
    _fold_undated(out)
    _fold_titles(out)
    _name_amended(out)
    return settle_undated(ctx, out)


def _name_amended(drafts: list[Draft]) -> None:
    """What an amendment amends, named by its parties and, when the filing tells it, the date of
    the deal it amends: "the extension of their existing collaboration" after "Innovent entered into
    a strategic collaboration with Lilly ... in March 2015" is "Innovent-Lilly existing collaboration
    (March 2015)" (LLY-2020-08-18)."""
    for d in drafts:
        if d.type != "agreement_amendment" or d.extra.get("named") or not d.fields.get("agreement"):
            continue
        noun = d.fields["agreement"]
        kind = "license_agreement" if re.search(r"licen", noun, re.I) and not re.search(r"collaborat|alliance|partnership", noun, re.I) \
            else "collaboration_agreement"
        prior = [b for b in drafts if b.type == kind and b.order[0] == d.order[0] and b.order < d.order]
        base = max(prior, key=lambda b: b.order) if prior else None
        parties = [p for p in ((base.fields.get("licensor"), base.fields.get("licensee")) if base else ()) if p] \
            or (base.extra.get("parties", []) if base else []) or d.extra.get("parties", [])
        parties = list(dict.fromkeys(parties))[:2]
        if len(parties) != 2:
            continue
        signed = base.fields.get("signed") if base else None
        when = f" ({_month_year(signed)})" if signed and base.status == "historical" else ""
        d.fields["agreement"] = f"{parties[0]}-{parties[1]} {noun}{when}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _month_year(date: str) -> str:
    if len(date) >= 7 and date[5:7].isdigit() and 1 <= int(date[5:7]) <= 12:
        return f"{_MONTHS[int(date[5:7]) - 1]} {date[:4]}"
    return date[:4]


def _fold_titles(drafts: list[Draft]) -> None:
    """A headline and the body sentence that announce one deal are one event, and the body's words
    for what the deal covers win over the headline's ("Chronic Pain Drug Candidate" vs "exclusive
    rights for AK1780", LLY-2021-01-28)."""
    for d in drafts:
        if not d.extra.get("title") or d.type not in _KINDS:
            continue
        body = [b for b in drafts if b.type == d.type and not b.extra.get("title") and b.order[0] == d.order[0]
                and b.status == d.status and len(b.key) == 3 and b.key[1] == d.key[1]]
        keys = {b.key for b in body}
        if len(keys) != 1:
            continue
        d.key = next(iter(keys))
        # Terms are looked for around the body's sentence, not the headline's.
        d.order = min(b.order for b in body)
        for name in ("scope", "cost_sharing", "responsibilities", "territory"):
            if any(b.fields.get(name) for b in body):
                d.fields[name] = None


def _drop_restated(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """"certain patents licensed to Roche under the Agreement" in the 8-K that announces the
    Agreement with Roche (Alnylam 2023-07-24): the deal announced, not another one."""
    announced = {(d.order[0], name) for d in drafts if d.type in _KINDS and d.status == "occurred"
                 for name in d.extra.get("parties", []) + [d.fields.get("licensor"), d.fields.get("licensee")] if name}
    out = []
    for d in drafts:
        if d.type in _KINDS and d.status == "historical" and d.evidence:
            e = d.evidence[0]
            told = ctx.text(e.doc)[e.start:e.end]
            other = [n for n in (d.fields.get("licensor"), d.fields.get("licensee")) if n and not _same_party(n, ctx.registrant)]
            if _THE_AGREEMENT_RE.search(told) and other and any(_same_party(other[0], n) for doc, n in announced if doc == e.doc):
                continue
        out.append(d)
    return out


#: The defined term of the agreement a filing announces.
_THE_AGREEMENT_RE = re.compile(r"\b(?:under|pursuant to|in accordance with)\s+(?:the|this)\s+(?-i:Agreement|License Agreement|Collaboration Agreement)\b")


def _fold_undated(drafts: list[Draft]) -> None:
    """A background mention with no date ("under a global collaboration agreement between Innovent
    and Lilly") is the dated deal with the same counterparty the filing tells elsewhere
    ("Innovent entered into a strategic collaboration with Lilly ... in March 2015"): one key."""
    dated: dict[tuple, list[tuple]] = {}
    for d in drafts:
        if d.type in _KINDS and len(d.key) == 3 and d.key[1] is not None and d.key[2]:
            dated.setdefault((d.type, d.key[2]), []).append(d.key)
    named = {}
    for d in drafts:
        if d.type in _KINDS and len(d.key) == 3 and d.key[2]:
            named.setdefault((d.order[0], d.type), set()).add(d.key)
    for d in drafts:
        if d.type in _KINDS and d.status == "historical" and len(d.key) == 3 and d.key[1] is None and d.key[2]:
            keys = dated.get((d.type, d.key[2]), [])
            if len(set(keys)) == 1:
                d.key = keys[0]
        elif d.type in _KINDS and d.status == "historical" and len(d.key) == 3 and d.key[2] == ():
            # "Through the licensed INDs from ABVC ..." in a release whose one licence is OncoX's
            keys = named.get((d.order[0], d.type), set())
            if len(keys) == 1:
                d.key = next(iter(keys))


_KINDS = ("license_agreement", "collaboration_agreement")


def _extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out: list[Draft] = []
    for c in candidates:
        if "agreement" not in c.families:
            continue
        text = ctx.text(c.doc)
        preamble = _preamble(ctx, c, text)
        out += preamble + recited(ctx, c, text, preamble or [d for d in out if d.key[-1:] == ("preamble",)])
        item = _list_item(ctx, c, text)
        if item:
            out.append(item)
            continue
        out += _party_to(ctx, c, text)
        agreement = _agreement(ctx, c, text) or _other_shapes(ctx, c, text)
        if agreement:
            out += _per_partner(ctx, c, text, agreement)
        amendment = _amendment(ctx, c, text)
        if amendment:
            out.append(amendment)
    return out


#: Several deals told at once: "license agreements with Beta Pharma AG, Gamma Bio Co., Ltd. and
#: Delta plc", "signed agreements with Beta and Gamma to license ACM-3 in Europe and Japan".
_PLURAL_WITH_RE = re.compile(r"\b(?:agreements|licen[cs]es|collaborations|partnerships|deals|alliances)\s+with\s+", re.I)
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)\s*")


def _per_partner(ctx: Context, c: Candidate, text: str, draft: Draft) -> list[Draft]:
    """One event per partner of a listed set of deals (one event per distinct fact)."""
    m = _PLURAL_WITH_RE.search(text, c.start, c.end)
    if not m or draft.type not in _KINDS:
        return [draft]
    partners: list[str] = []
    ends = 0  # a list ends at its "and": "with OncoX, ABVC is entitled ..." lists nothing
    at = m.end()
    for x in ctx.companies(c.doc, m.end(), c.end):
        if x.start < at:
            continue
        gap = _SUFFIX_TAIL_RE.sub("", text[at:x.start])
        if partners and not _LIST_GAP_RE.fullmatch(gap):
            break
        if x.start != at and not partners:
            break
        partners.append(x.name)
        ends = len(partners) if re.search(r"\band\b|\bas well as\b", gap) else ends
        at = x.end
    partners = list(dict.fromkeys(partners[:ends]))
    if len(partners) < 2:
        return [draft]
    out = []
    for p in partners:
        fields = dict(draft.fields)
        if fields.get("scope") and any(q.split(" ")[0] in fields["scope"] for q in partners):
            fields["scope"] = None
        if fields.get("licensee") in partners or (fields.get("licensor") == ctx.registrant and not fields.get("licensee")):
            fields["licensee"] = p
        elif fields.get("licensor") in partners or fields.get("licensee") == ctx.registrant:
            fields["licensor"] = p
        out.append(Draft(draft.type, draft.status, draft.date, fields, list(draft.evidence), draft.confidence,
                         key=draft.key[:2] + ((p,),), order=draft.order, extra={**draft.extra, "parties": [ctx.registrant, p]}))
    return out


#: A corporate suffix the company mention may leave out of its span ("Kintaro Bio Co., Ltd.").
_SUFFIX_TAIL_RE = re.compile(r"^,?\s*(?:Inc|Ltd|LLC|AG|plc|Corp|Co\.,?\s+Ltd|K\.K|GmbH|S\.A|N\.V)\.?")
