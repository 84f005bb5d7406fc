"""Deal terms of license and collaboration agreements: upfront, milestones total, royalty,
territory, responsibilities, cost sharing, research funding and the parties' roles, read in the
agreement's own sentence (:func:`_terms`) and in later sentences of the same document
(:func:`attach_terms`), plus what an amendment changes when a later sentence tells it."""

from __future__ import annotations

import re

from ...records import Money
from ..context import Context
from ..entities import NOT_COMPANIES, targets_in
from ..money import find_money, find_royalty
from ..parties import known_party, short_name
from ..scan import Candidate
from .agreement_territory import _territory
from .common import Draft, clean, span


_AMEND_RE = re.compile(
    r"\b(?:as\s+)?(?P<verb>amend(?:ed|s|ment(?:\s+to)?|ing)|expan(?:d|ds|ded|sion of|ding)|extend(?:s|ed|ing)?|extension of|exercis(?:ed|es|e)\s+(?:its|their|an?|the)\s+option|restat(?:ed|es)|opted\s+in(?:to)?|modif(?:y|ies|ied|ication\s+of)|renegotiat(?:es|ed|ion\s+of)|"
    r"restructur(?:es|ed|ing\s+of)|revis(?:es|ed|ion\s+of)|addendum(?:\s+to)?|supplement(?:al\s+agreement)?\s+to)\b"
    r"(?P<rest>[^.;]{0,250})",
    re.I,
)


_RESP_RE = re.compile(r"\b(?:(?:is|are|will be) (?:solely )?responsible for|will (?:lead|conduct|be responsible)|retains? (?:all )?(?:worldwide )?(?:rights|responsibility)"
                      # "Beta will handle manufacturing and commercialization, while Acme will oversee clinical
                      # development", "will take the lead on global development", "retains U.S. commercial rights"
                      r"|will\s+(?:handle|oversee|manage|take\s+(?:the\s+)?lead\s+(?:on|in|for)|be\s+in\s+charge\s+of|take\s+responsibility\s+for)"
                      r"|retains?\s+(?:[\w.\-]+\s+){1,3}(?:rights|responsibilit\w+)"
                      # "Junshi Biosciences leads development in Greater China" (LLY-2021-01-27), "Lilly and
                      # Centrexion may also elect at a later date to co-promote CNTX-0290 in the U.S." (LLY-2019-05-28),
                      # "to enable EVA Pharma to manufacture and supply baricitinib" (LLY-2024-09-04)
                      r"|leads?\s+(?:the\s+)?(?:global\s+|clinical\s+)?(?:development|commerciali[sz]ation|manufacturing)"
                      r"|may\s+(?:also\s+)?(?:elect|opt|choose)\s+(?:at\s+a\s+later\s+date\s+)?to\s+co-(?:promote|commerciali[sz]e)"
                      r"|enable\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}\s+to\s+(?:manufacture|supply|develop|commerciali[sz]e|distribute))\b", re.I)


_COST_RE = re.compile(r"\b(?:(?:costs?|expenses?) (?:will be )?(?:shared|split)|shar(?:e|ing|ed)\s+(?:\w+\s+){0,3}(?:costs|expenses|profits)|cost[- ]sharing|profits and losses"
                      # "Beta will fund 60% of development costs and Acme will fund 40%"
                      r"|(?:fund|bear|cover|pay\s+for)\s+(?:\d{1,3}\s?%|\w+\s+percent|half|two-thirds|one-third)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:costs|expenses))\b", re.I)


_FUNDING_RE = re.compile(r"research (?:funding|fees|costs|support)|fund(?:ing)? (?:of |the )?research|\bfunds?\s+(?:all\s+|the\s+|a\s+portion\s+of\s+(?:the\s+)?)?(?:research|development)\b", re.I)


_TERMS_RE = re.compile(r"up-?\s?front|milestone|royalt|responsib|costs?\b|territor|worldwide|exclusive|funding|rights? to|(?:cash|licen[cs]ing) payments?|licen[cs]e (?:issue )?fee|"
                       r"\b(?:are|will|is)\s+(?:jointly\s+)?(?:co-develop|develop|commerciali[sz])\w*|\bwill\s+(?:handle|oversee|manage|take\s+(?:the\s+)?lead)\b|\bretains?\b|leads?\s+(?:\w+\s+)?development|co-promot|\benable\s+(?-i:[A-Z])|"
                       r"(?:agreement|collaboration|partnership|licen[cs]e) (?:supports|covers|provides for)", re.I)


#: "New agreement supports the discovery of additional assets" (an expansion, LLY-2022-12-22):
#: what a new or amended deal covers is not the scope of the one it changes.
_NEW_DEAL_RE = re.compile(r"\b(?:new|additional|expanded|amended|second)\s+(?:[\w\-]+\s+)?(?:agreement|collaboration|license)", re.I)


#: "Under the agreement, Innovent and Lilly are co-developing and commercializing oncology medicines,
#: including sintilimab in China" (LLY-2021-05-18): the work the deal is for.
#: A scope this short ("biological medicine") gives way to the work a later sentence names.
GENERIC_SCOPE_WORDS = 3


_UNDER_DOING_RE = re.compile(
    r"\bUnder\s+the\s+(?:terms\s+of\s+the\s+)?(?:agreement|collaboration|partnership|alliance)\s*,\s*(?:[A-Z][\w\-]*\s+(?:and\s+[A-Z][\w\-]*\s+)?)?"
    r"(?:are|will|is|have\s+agreed\s+to)\s+(?:jointly\s+)?(?P<scope>(?:co-develop|develop|commerciali[sz]|research|discover)\w*\b[^.;]{5,200})")


#: What a deal covers, stated in a later sentence: "ForSeeCon obtained rights to develop and
#: commercialize Vitargus®" (ABVC 2025-10-08), "The OncoX agreement supports the development
#: and global commercialization of botanical therapeutics in oncology" (ABVC 2025-07-24).
_SCOPE_TERM_RE = re.compile(
    r"\b(?:(?:obtain|acquir|receiv|gain|grant|hold|retain)\w*\s+(?:\w+\s+)?(?:the\s+)?(?:(?:exclusive|worldwide|global|commercial|non-exclusive|,)\s+)*(?:rights?|licen[cs]e)\s+to|"
    r"(?:agreement|collaboration|partnership|licen[cs]e)\s+(?:supports|covers|provides for)|"
    r"(?:collaboration|agreement|partnership|alliance)\b[^.;]{0,60}?\b(?:applie[sd]|leverag(?:es|ed)|utiliz(?:es|ed)|combines|combined))\s+(?:the\s+)?"
    r"(?P<scope>[^.;]{8,200}?)(?=,\s+(?:including|which|while|and (?:the|is|was))\b|[.;]|$)", re.I)


def _same_party(a: str | None, b: str | None) -> bool:
    """"Datavault" and "Datavault AI" name one party (a headline's short form)."""
    return bool(a and b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def _complete_roles(fields: dict, parties: list[str]) -> None:
    """With two parties and one role known, the other party holds the other role."""
    if len(parties) != 2:
        return
    for role, other in (("licensor", "licensee"), ("licensee", "licensor")):
        if fields.get(role) in parties and not fields.get(other):
            fields[other] = next(p for p in parties if p != fields[role])


_OWNER_RE = re.compile(r"(?P<o>[A-Z][\w\-]+)[’']s\s+(?:[\w\-]+\s+){0,4}?(?:technology|platform|program|compounds?|candidates?|inhibitors?|assets?|portfolio|antibod\w+|therapeutic|R\d+|[A-Z]{1,4}-?\d{2,})\b")


_PAYEE_RE = re.compile(r"(?P<p>[A-Z][\w\-]+) (?:will|is to|is eligible to|could|may) receive\b"
                       # "The agreement provides Acme with an upfront payment of $8 million"
                       r"|\bprovides?\s+(?P<q>[A-Z][\w\-]+)\s+with\s+(?:an?\s+)?(?:up-?\s?front|initial|signing|(?:US)?[$€£¥])")


#: "receipt of a $100,000 milestone payment from OncoX BioPharma, Inc. under its strategic
#: licensing agreement" (ABVC 2025-07-24): who pays under a licence is its licensee.
_PAID_FROM_RE = re.compile(r"\b(?:payments?|fees?|milestones?)\s+from\s+(?P<p>[A-Z][\w\-]+)")


_PAYER_RE = re.compile(r"(?P<p>[A-Z][\w\-]+) will (?:pay|make)\b"
                       # a headline: "Beta Pharma to Pay Acme $15 Million Upfront ..."
                       r"|(?P<t>[A-Z][\w\-]+)(?:\s+[A-Z][\w\-]+){0,2}\s+(?:to|[Ww]ill)\s+Pay\b"
                       # "a license agreement with Tokuyama Seiyaku K.K., which will pay ...": the partner named last
                       r"|(?P<w>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})(?:,?\s+(?:Inc|Ltd|LLC|AG|plc|K\.K|Co|Corp|GmbH|S\.A|N\.V)\.?)?,\s+which\s+(?:will|is to|has agreed to)\s+(?:pay|make)\b")


#: "Pursuant to the License Agreement, UT granted the Company an exclusive, worldwide, royalty-bearing
#: license ..." (an 8-K Item 1.01): the grantor is the licensor.
_GRANTS_RE = re.compile(r"(?P<a>\b(?-i:[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*){0,3})|\bthe\s+Company)\s+(?:has\s+|will\s+)?grant(?:s|ed)?\s+(?:to\s+)?"
                        r"(?P<b>(?-i:[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*){0,3})|the\s+Company)\s+(?:an?\s+|the\s+)?(?:[\w\-]+,?\s+){0,4}?(?:licen[cs]e|rights?)\b", re.I)


def _party(ctx: Context, phrase: str) -> str | None:
    phrase = clean(phrase)
    if re.fullmatch(r"the\s+Company", phrase, re.I):
        return ctx.registrant
    if phrase in _ROLE_WORDS or phrase.split()[0] in NOT_COMPANIES:
        return None
    return ctx.lexicon.canonical_company(phrase) or short_name(phrase)


_GIVES_RIGHTS_RE = re.compile(r"\b(?:hands?|gives?|provides?|affords?|conveys?|transfers?)\s+(?P<b>(?-i:[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*){0,3}))\s+"
                              r"(?:the\s+|an?\s+)?(?:[\w\-]+,?\s+){0,4}?(?:licen[cs]e|rights?)\b")


def _roles_from_terms(ctx: Context, seg: str, names: list[str], fields: dict, known: list[str] | None = None) -> None:
    """A collaboration's licensor is who owns the technology or receives the upfront. ``known``:
    the deal's parties named earlier, which a later sentence calls by a short name."""
    if fields.get("licensor") and fields.get("licensee"):
        return
    g = _GRANTS_RE.search(seg)
    if g and not fields.get("licensor") and not fields.get("licensee"):
        a, b = _party(ctx, g.group("a")), _party(ctx, g.group("b"))
        if a and b and not _same_party(a, b):
            fields["licensor"], fields["licensee"] = a, b
            return
    given = _GIVES_RIGHTS_RE.search(seg)
    if given and not fields.get("licensee"):
        # "a licensing deal with Beta that hands Beta the European rights to ACM-3"
        who = ctx.lexicon.canonical_company(given.group("b")) or known_party(given.group("b"), names + (known or []))
        rest = [n for n in names if not _same_party(n, who)]
        if who and len(rest) == 1:
            fields["licensee"], fields["licensor"] = who, fields.get("licensor") or rest[0]
            return
    for rx, role in ((_PAYEE_RE, "licensor"), (_PAYER_RE, "licensee"), (_PAID_FROM_RE, "licensee"), (_OWNER_RE, "licensor")):
        m = rx.search(seg)
        if not m:
            continue
        said = next(g for g in m.groups() if g)
        who = ctx.lexicon.canonical_company(said) or known_party(said, names + (known or []))
        if not who and m.lastgroup in ("w", "t"):
            who = _party(ctx, said)  # "with Zhenhai Biotech, which will pay ...": named once, in full
        if not who:
            continue
        other = "licensee" if role == "licensor" else "licensor"
        if not fields.get(role):
            fields[role] = who
        rest = [n for n in names if n != who]
        if not fields.get(other) and len(rest) == 1:
            fields[other] = rest[0]
        return


def _empty_fields(kind: str) -> dict:
    fields = {"licensor": None, "licensee": None, "signed": None, "exclusive": None, "scope": None,
              "targets": None, "territory": None, "upfront": None, "milestones_total": None,
              "royalty": None, "responsibilities": None}
    if kind == "collaboration_agreement":
        fields.update({"cost_sharing": None, "research_funding": None})
    return fields


def _terms(seg: str, fields: dict, notes: dict | None = None) -> None:
    """Deal terms in one sentence: upfront, milestones total, royalty, territory... ``notes``
    (the draft's ``extra``) remembers which kinds of milestones the total holds."""
    notes = {} if notes is None else notes
    for m in find_money(seg):
        window = seg[max(0, m.start - 80): m.end + 120]
        near_before = seg[max(0, m.start - 80): m.start]
        near_after = seg[m.end: m.end + 60]
        if _is_upfront(near_before, near_after):
            fields["upfront"] = fields.get("upfront") or m.money
        elif _is_total(m, near_before, near_after, window):
            _add_total(fields, notes, m.money, near_after)
        elif "research_funding" in fields and _FUNDING_RE.search(window):
            fields["research_funding"] = fields.get("research_funding") or m.money
    if "research_funding" in fields and not fields.get("research_funding"):
        f = _FUNDING_RE.search(seg)
        if f:
            fields["research_funding"] = clean(_clause(seg, f.start(), f.end(), ".;"))
    doing = _UNDER_DOING_RE.search(seg)
    if doing and len((fields.get("scope") or "").split()) <= GENERIC_SCOPE_WORDS:
        fields["scope"] = clean(doing.group("scope"))  # the work the deal is for, over "biological medicine"
    if not fields.get("scope") and not _NEW_DEAL_RE.search(seg):
        sc = _SCOPE_TERM_RE.search(seg)
        if sc:
            fields["scope"] = clean(sc.group("scope"))
    royalty = find_royalty(seg)
    if royalty and not fields.get("royalty"):
        fields["royalty"] = clean(royalty[0])
    _territory(seg, fields)
    if fields.get("exclusive") is None and re.search(r"\bexclusive\b", seg, re.I):
        fields["exclusive"] = not re.search(r"\bnon-exclusive\b", seg, re.I)
    r = _RESP_RE.search(seg)
    if r and r.group(0).lower().startswith("enable") and not fields.get("responsibilities"):
        # the clause from the company enabled: "EVA Pharma to manufacture and supply baricitinib ..."
        fields["responsibilities"] = clean(seg[r.start() + len("enable"): _clause_end(seg, r.end(), ".;,*")])
    if r and not fields.get("responsibilities") and not re.search(r"\b(?:[Pp]atients?|[Yy]ou|[Cc]ustomers?)\s+(?:is|are|will be)\s+(?:solely\s+)?responsible", seg):
        fields["responsibilities"] = clean(_clause(seg, r.start(), r.end(), ".;"))
    if "cost_sharing" in fields and not re.search(r"cost", fields.get("cost_sharing") or "", re.I):
        cs = _COST_RE.search(seg)
        if cs and (not fields.get("cost_sharing") or re.search(r"cost", cs.group(0), re.I)):
            fields["cost_sharing"] = clean(_clause(seg, cs.start(), cs.end(), ".;,"))


#: An upfront word right after the amount ("$10 million upfront", "$125 million in upfront
#: cash") or ending the words right before it ("an upfront payment of $310 million"). A wider
#: look-back takes the next amount too: "a $10 million upfront payment in four installments and
#: up to $2.55 billion in potential milestone payments" (DVLT 2025-11-06).
_UPFRONT_AFTER_RE = re.compile(r"^\s*(?:in\s+|of\s+|consisting\s+of\s+|comprising\s+|including\s+|in the form of\s+)?(?:an?\s+)?(?:cash\s+)?(?:up-?\s?front|initial payment|signing (?:fee|payment)|one-time payment)", re.I)


#: (a contract's "non-refundable license fee of Fifty Thousand Dollars ($50,000)", a "license issue fee")
_UPFRONT_BEFORE_RE = re.compile(r"(?:up-?\s?front|initial|signing|one-time|non-?refundable|license\s+issue)(?:\s+(?:cash|license|licen[cs]ing|equity))?(?:\s+(?:payments?|fees?))?"
                                r"(?:\s+(?:of|totaling|totalling|amounting to|worth))?[\s:,]*(?:approximately\s*|about\s*|up to\s*)?$", re.I)


def _is_upfront(near_before: str, near_after: str) -> bool:
    return bool(_UPFRONT_AFTER_RE.match(near_after) or _UPFRONT_BEFORE_RE.search(near_before[-50:]))


#: Which milestones an amount is for: "up to $575 million in potential development and regulatory
#: milestones" and then "up to $375 million in potential sales milestones" (LLY-2019-05-28) are
#: two parts of one total.
_DEV_MILESTONES_RE = re.compile(r"development|regulatory|clinical|preclinical|approval", re.I)


_SALES_MILESTONES_RE = re.compile(r"sales|commercial", re.I)


def _milestone_kind(near_after: str) -> str:
    head = re.split(r"\bmilestones?\b", near_after, maxsplit=1)[0] if re.search(r"milestone", near_after, re.I) else ""
    dev, sales = _DEV_MILESTONES_RE.search(head), _SALES_MILESTONES_RE.search(head)
    return "dev" if dev and not sales else "sales" if sales and not dev else "all"


def _add_total(fields: dict, notes: dict, money, near_after: str) -> None:
    kind = _milestone_kind(near_after)
    kinds = notes.setdefault("milestone_kinds", set())
    current = fields.get("milestones_total")
    if current is None:
        fields["milestones_total"] = money
    elif kind != "all" and kinds and "all" not in kinds and kind not in kinds and current.currency == money.currency:
        fields["milestones_total"] = Money(current.value + money.value, money.currency, current.qualifier)
    else:
        return
    kinds.add(kind)


#: A full stop that ends an abbreviation ("U.S.", "Inc.") does not end a clause.
_ABBREV_DOT_RE = re.compile(r"(?:\b[A-Z]\.[A-Z]|\b(?:Inc|Ltd|Co|Corp|No|Dr|Mr|Ms|St|vs|approx))$")


def _find_stop(seg: str, end: int, ch: str) -> int:
    i = seg.find(ch, end)
    while ch == "." and i >= 0 and (_ABBREV_DOT_RE.search(seg, max(0, i - 6), i) or re.match(r"[A-Z]\.", seg[i + 1:i + 3])):
        i = seg.find(ch, i + 1)
    return i


def _clause_end(seg: str, end: int, stops: str) -> int:
    his = [i for i in (_find_stop(seg, end, ch) for ch in stops) if i >= 0]
    return min(his) if his else len(seg)


def _clause(seg: str, start: int, end: int, stops: str) -> str:
    """The clause around ``seg[start:end]``, bounded by any of ``stops``."""
    lo = max((seg.rfind(ch, 0, start) for ch in stops), default=-1) + 1
    return seg[lo: _clause_end(seg, end, stops)]


_TOTAL_QUALIFIERS = ("up to", "potential", "a potential", "an aggregate of", "aggregate of", "a total of", "total of")


_DEAL_VALUE_RE = re.compile(r"(?:deal|transaction|total|potential|aggregate)\s+value\s+(?:of\s+)?(?:up to\s+|approximately\s+)?$|\bvalued at\s+(?:up to\s+)?$", re.I)


_PAYMENTS_AFTER_RE = re.compile(r"\s*(?:\[\d+\]\s*)?(?:in\s+)?(?:total\s+|potential\s+|future\s+|additional\s+|contingent\s+)*(?:cash\s+)?"
                                r"(?:licen[cs]ing\s+|development\s+|regulatory\s+|commercial\s+|sales\s+)?payments?\b", re.I)


def _is_total(m, near_before: str, near_after: str, window: str) -> bool:
    """An amount the deal makes one eligible for ("up to $3.75 billion in ... milestones"),
    never an earned or received milestone payment."""
    clause_before = re.split(r"\band\b|[,;]", near_before[-60:])[-1]
    if re.search(r"\b(?:received|receives|collected|collects|recorded|paid|pays|to date|cumulative)\b(?![^.;]*\b(?:eligible|entitled)\b)", clause_before, re.I) \
            or re.search(r"\b(?:to date|cumulative)\b", near_before[-60:], re.I):
        return False  # "has now paid a cumulative total of US$566,000": money in hand (ABVC 2025-10-08)
    if re.search(r"\b(?:equity|investment)\b(?:\s+[\w\-]+){0,3}?\s+(?:of|totaling|totalling|worth)\s*(?:up to\s*|approximately\s*)?$", near_before[-50:], re.I):
        return False  # "an equity investment by Lilly of $35 million; Precision also eligible ..." (LLY-2020-11-20)
    if re.match(r"\s*(?:\[\d+\]\s*)?(?:in|of)\s+(?:future\s+)?(?:equity|shares|stock|royalt)", near_after, re.I):
        return False  # "up to US$30 million in equity consideration", "up to US$60 million in future royalties"
    if _DEAL_VALUE_RE.search(near_before[-45:]) or re.match(r"\s*(?:in\s+)?(?:total\s+)?(?:potential\s+)?(?:deal|transaction)\s+value", near_after, re.I):
        return False  # "a total potential value of $63.5 million": equity, cash and royalties together
    clause_after = re.split(r"[;]", near_after, maxsplit=1)[0]
    milestone = re.search(r"milestone", clause_after, re.I) or re.search(r"milestone", near_before[-60:], re.I)
    if not milestone:
        # "$3.5 million in total cash licensing payments" (ABVC 2025-08-22), "are eligible for
        # potential $7M cash payment" (ABVC 2025-07-10): payments other than upfront or royalty.
        pay = _PAYMENTS_AFTER_RE.match(near_after)
        return bool(pay) and (m.money.qualifier in _TOTAL_QUALIFIERS or re.search(r"total|potential|future|contingent", pay.group(0), re.I) is not None
                              or re.search(r"eligible|entitled", near_before[-60:], re.I) is not None)
    return m.money.qualifier in _TOTAL_QUALIFIERS \
        or re.search(r"eligible|potential|aggregate|future|additional", window, re.I) is not None


#: What an amendment changes, told in a later sentence: "Under the terms of the expanded
#: agreement, Lilly will gain access to additional targets ..." (LLY-2022-12-22); "In accordance
#: with an amendment to the SPA, any common shares ... will be issued at a deemed price ..."
#: (NTLX 2026-06-03).
_CHANGE_LATER_RE = re.compile(
    r"\b(?:Under\s+the\s+terms\s+of\s+the\s+(?:expanded|amended|extended|restated|new|revised)\s+(?:[\w\-]+\s+){0,2}?(?:agreement|collaboration|partnership|license)"
    r"|(?:In\s+accordance\s+with|Pursuant\s+to|Under)\s+(?:an|the)\s+amendment(?:\s+to\s+the\s+[^,;.]{2,60})?)\s*,\s*(?P<change>[^.;]{10,300})", re.I)


def _attach_changes(ctx: Context, drafts: list[Draft], candidates: list[Candidate]) -> None:
    amendments = [d for d in drafts if d.type == "agreement_amendment" and not d.extra.get("change_told")]
    for c in candidates:
        if "agreement" not in c.families or ctx.is_excluded(c.doc, c.start, c.end):
            continue
        m = _CHANGE_LATER_RE.search(ctx.text(c.doc), c.start, c.end)
        if not m:
            continue
        target = _owner_of(amendments, c)
        if target is None or target.extra.get("change_told"):
            continue
        target.fields["change"] = clean(m.group("change"))
        target.extra["change_told"] = True
        if len(target.evidence) < 4:
            target.extra.setdefault("term_spans", []).append(span(c.doc, c.start, c.end))


_ROLE_WORDS = frozenset({"Licensor", "Licensee", "Company", "Party", "Buyer", "Seller"})


def attach_terms(ctx: Context, drafts: list[Draft], candidates: list[Candidate]) -> None:
    """Deal terms in later sentences of the same document go to the agreement they follow."""
    _attach_changes(ctx, drafts, candidates)
    agreements = [d for d in drafts if d.type in ("license_agreement", "collaboration_agreement") and d.status != "expected"]
    if not agreements:
        return
    for c in candidates:
        text = ctx.text(c.doc)
        seg = text[c.start:c.end]
        if not _TERMS_RE.search(seg) or ctx.is_excluded(c.doc, c.start, c.end) or _CHANGE_LATER_RE.search(seg) \
                or _is_amendment_sentence(seg):
            continue  # (what an amendment changes is not the terms of the deal before it)
        names = list(dict.fromkeys(m.name for m in ctx.companies(c.doc, c.start, c.end)))
        target = _named_owner(ctx, agreements, c, names) or _owner_of(agreements, c)
        if target is None or _other_deal(ctx, c, target):
            continue
        before = {k: v for k, v in target.fields.items()}
        _terms(seg, target.fields, target.extra)
        _roles_from_terms(ctx, seg, names, target.fields, target.extra.get("parties", []))
        _complete_roles(target.fields, target.extra.get("parties", []))
        if target.fields.get("targets") is None:
            target.fields["targets"] = targets_in(seg) or None
        if before != target.fields and len(target.evidence) < 4 and all(e.start != c.start for e in target.evidence):
            target.extra.setdefault("term_spans", []).append(span(c.doc, c.start, c.end))


_RECEIVER_RE = re.compile(r"(?:\s+[A-Z][\w\-]*){0,3}(?:,?\s+(?:Inc|Ltd|LLC|AG|plc|Corp|Co)\.?,?)?\s+(?:will|shall|is|would)\s+(?:also\s+)?(?:receive|pay|be\s+eligible|eligible)\b")


def _is_amendment_sentence(seg: str) -> bool:
    """"Lilly and Innovent announced a global expansion of their strategic alliance for sintilimab"."""
    m = _AMEND_RE.search(seg)
    return bool(m) and re.match(r"(?:expan\w*|exten\w*|amend\w*)(?:\s+of)?\s+(?:the|its|their|our)\s+(?:[\w\-]+\s+){0,3}?(?:agreement|collaboration|partnership|alliance|license)",
                                seg[m.start():].removeprefix("as ").lstrip(), re.I) is not None


def _other_deal(ctx: Context, c: Candidate, target: Draft) -> bool:
    """Terms that name only companies the agreement does not ("In return, Innovent will receive an
    upfront payment ..." after "a global antibody manufacturing collaboration with Amgen",
    LLY-2020-10-27) belong to another deal."""
    text = ctx.text(c.doc)
    named = {m.name for m in ctx.companies(c.doc, c.start, c.end) if not _same_party(m.name, ctx.registrant)
             and _RECEIVER_RE.match(text, m.end, min(c.end, m.end + 40))}
    parties = {p for p in list(target.extra.get("parties", [])) + [target.fields.get("licensor"), target.fields.get("licensee")]
               if p and not _same_party(p, ctx.registrant)}
    if not named:
        return False
    if parties:
        return not any(_same_party(n, p) for n in named for p in parties)
    first = target.evidence[0]
    with_ = re.search(r"\bwith\s+(?:the\s+)?(?-i:([A-Z][\w\-]+))", ctx.text(first.doc)[first.start:first.end])
    return bool(with_) and not any(n.split()[0] == with_.group(1) for n in named)


#: How far from an agreement's sentence its terms may be stated. The Alnylam release gives its
#: deal terms in the headline and three paragraphs down; an earnings release mentions
#: royalties on unrelated lines pages later (LLY-2020-07-30).
TERMS_BEFORE = 2500


TERMS_AFTER = 5000


def _named_owner(ctx: Context, agreements: list[Draft], c: Candidate, names: list[str]) -> Draft | None:
    """When the nearest deal is background ("Discovered by Incyte and licensed to Lilly") and the
    terms name the counterparty of another deal in reach ("to enable EVA Pharma to manufacture and
    supply baricitinib", LLY-2024-09-04), the terms are that deal's."""
    nearest = _owner_of(agreements, c)
    if nearest is None or nearest.status != "historical":
        return None
    others = [n for n in names if not _same_party(n, ctx.registrant)]
    if not others:
        return None
    def parties(d: Draft) -> list[str]:
        return [p for p in [d.fields.get("licensor"), d.fields.get("licensee")] + list(d.extra.get("parties", []))
                if p and not _same_party(p, ctx.registrant)]
    if any(_same_party(n, p) for n in others for p in parties(nearest)):
        return None
    near = [d for d in agreements if d is not nearest and d.order[0] == c.doc and d.status != "historical"
            and -TERMS_BEFORE <= c.start - d.order[1] <= TERMS_AFTER and any(_same_party(n, p) for n in others for p in parties(d))]
    return min(near, key=lambda d: abs(c.start - d.order[1])) if near else None


def _owner_of(agreements: list[Draft], c: Candidate) -> Draft | None:
    same_doc = [d for d in agreements if d.order[0] == c.doc and -TERMS_BEFORE <= c.start - d.order[1] <= TERMS_AFTER]
    if not same_doc:
        return None
    preceding = [d for d in same_doc if d.order[1] <= c.start]
    if preceding:
        return max(preceding, key=lambda d: d.order[1])
    return min(same_doc, key=lambda d: d.order[1])
