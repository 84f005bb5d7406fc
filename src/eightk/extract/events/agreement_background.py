"""Deals already in place, told as background: a list of the registrant's partners, "X is party
to a sublicense agreement ...", "Abbott has the rights to ... outside the U.S.", partner access
deals; and the kind (licence or collaboration) a sentence or a release's head tells."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from .common import Draft, clean, span
from ..dates import parse_date
from ..entities import targets_in
from ..parties import short_name
from .agreement_cues import _COLLAB_WORDS, _HYPOTHETICAL_RE, _LEGALESE_RE, _LICENSE_WORDS, _NAME, _ROW_SUFFIX_RE, _mask, _status
from .agreement_terms import _ROLE_WORDS, _empty_fields, _same_party
from .agreement_territory import _territory
from .common import dates_in, event_date

#: A list of the registrant's deals, one partner a line: "ForSeeCon Eye Corporation - Secured a
#: license for ophthalmic indications ...", "OncoX BioPharma, Inc. - Entered into a deal to expand
#: ..." (ABVC 2025-07-10), or partners left unnamed: "Partner 3 (Global Oncology Licensing
#: Agreement) – Potential $105 million worldwide licensing deal covering ..." (ABVC 2025-03-19).
_BULLET = r"^[ \t]*(?:[*•·▪◦]\s*|\d{1,2}[.)]\s+)?"
_ITEM_RE = re.compile(
    _BULLET + r"(?P<party>(?:[A-Z][\w&.’'\-]*,?\s+){0,5}?[A-Z][\w&.’'\-]*\.?)\s+[-–—:]\s+"
    r"(?P<verb>(?:In-)?[Ll]icensed|(?:Secured|Obtained|Acquired|Received|Was granted|Holds?)\s+(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|global|worldwide|commercial|development|and|,)\s+)*(?:licen[cs]e|rights?)|"
    r"(?:Entered into|Signed|Executed|Formed)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}?(?:deal|agreement|licen[cs]e|partnership|collaboration|alliance))\b"
    r"(?P<rest>[^\n]*)", re.M)
_UNNAMED_ITEM_RE = re.compile(
    _BULLET + r"(?P<party>(?:Partner|Licensee|Licensor|Collaborator|Counterparty)\s+(?:\d{1,2}|[A-Z]))\s*"
    r"\((?P<title>[^()\n]{3,100})\)\s*[-–—:]\s*(?P<rest>[^\n]*)", re.M)
_ITEM_DEAL_RE = re.compile(r"licen[cs]|collaborat|agreement|\bdeal\b|partnership|alliance", re.I)
#: What a listed deal covers: "Licensed ABV-1504 and ABV-1505 for global development ...",
#: "a license for ophthalmic indications ...", "a deal to expand ...", "deal covering ...".
_ITEM_SCOPE_RE = re.compile(r"^\s*(?:(?:for|to|covering|of|on)\s+)?(?P<scope>[^.;]{4,200}?)(?=,\s+(?:for which|which|under which|with|and (?:is|are|will))\b|[.;]|$)")
_ITEM_COVER_RE = re.compile(r"\b(?:for|covering|to)\s+(?P<scope>[^.;]{4,200}?)(?=,\s+(?:for which|which|under which|with|and (?:is|are|will))\b|[.;]|$)")


def _list_item(ctx: Context, c: Candidate, text: str) -> Draft | None:
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[line_start:c.start].strip(" \t*•·▪◦-"):
        return None  # not the start of a line
    m = _ITEM_RE.match(text, line_start, c.end) or _UNNAMED_ITEM_RE.match(text, line_start, c.end)
    if not m or m.end() < c.start:
        return None
    unnamed = "title" in m.re.groupindex
    label = clean(m.group("party")).rstrip(".,")
    if unnamed:
        if not _ITEM_DEAL_RE.search(m.group("title")):
            return None
        partner = None
    else:
        partner = ctx.lexicon.canonical_company(label) or (short_name(label) if _ROW_SUFFIX_RE.search(label) else None)
        if not partner or _same_party(partner, ctx.registrant):
            return None
    item = m.group(0)
    kind = "collaboration_agreement" if re.search(r"collaborat|co-develop|co-commerciali|joint", item, re.I) else "license_agreement"
    fields = _empty_fields(kind)
    fields["licensor"], fields["licensee"] = ctx.registrant, partner
    rest = m.group("rest")
    scope = _ITEM_SCOPE_RE.match(rest) if not unnamed else _ITEM_COVER_RE.search(rest)
    fields["scope"] = clean(scope.group("scope")) if scope else None
    _territory(((m.group("title") + " ") if unnamed else "") + rest, fields)
    if re.search(r"\bexclusive\b", item, re.I):
        fields["exclusive"] = not re.search(r"\bnon-exclusive\b", item, re.I)
    fields["targets"] = targets_in(item) or None
    start = m.start("party")
    return Draft(kind, "historical", None, fields, [span(c.doc, start, min(c.end, m.end()))], 0.6,
                 key=(kind, None, (partner or label,)), order=(c.doc, c.start),
                 extra={"parties": [p for p in (ctx.registrant, partner) if p]})

#: "WPD is party to a sublicense agreement dated February 19, 2019 with Moleculin Biotech, Inc.
#: (\"MBI\") (the \"Sublicense Agreement\") to research and develop, ..." (a contract's recital,
#: CUAD CNS-WPD) or a release's background: the party to a licence is its licensee.
_PARTY_TO_RE = re.compile(
    r"\b(?P<a>" + _NAME + r")\s+is\s+(?:a\s+)?party\s+to\s+(?:an?|that\s+certain|the)\s+"
    r"(?P<noun>(?:[\w\-]+\s+){0,3}?(?:(?:sub)?licen[cs]e|licensing|collaboration|co-development)(?:\s+and\s+[\w\-]+)?\s+agreement)"
    r"(?:,?\s+dated\s+(?:as\s+of\s+)?(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|(?:19|20)\d\d))?,?\s+"
    r"(?:by\s+and\s+between\s+(?:it|\w+)\s+and|with)\s+(?P<b>" + _NAME + r")"
    r"(?P<tail>[^;]{0,400})", re.I)
_PARTY_TO_SCOPE_RE = re.compile(r"^[^;]*?(?:\)\s*|,\s*)(?:under which\s+\w+\s+(?:has|holds|was granted)\s+[^;.]{0,40}?\s+)?(?:to|for|covering)\s+(?P<scope>[^;.]{8,200})")


def _party_to(ctx: Context, c: Candidate, text: str) -> list[Draft]:
    m = _PARTY_TO_RE.search(text, c.start, c.end)
    if not m:
        return []
    a, b = (ctx.lexicon.canonical_company(x) or short_name(x) for x in (m.group("a"), m.group("b")))
    if a in _ROLE_WORDS or b in _ROLE_WORDS or _same_party(a, b) or a.lower() in ("it", "which", "that"):
        return []
    kind = "collaboration_agreement" if re.search(r"collaborat|co-develop", m.group("noun"), re.I) else "license_agreement"
    fields = _empty_fields(kind)
    fields["licensee"], fields["licensor"] = a, b
    signed = parse_date(m.group("date")) if m.group("date") else None
    fields["signed"] = signed
    sc = _PARTY_TO_SCOPE_RE.match(m.group("tail"))
    fields["scope"] = clean(sc.group("scope")) if sc else None
    status = "historical" if not signed or not ctx.reference_date or signed[:4] <= ctx.reference_date[:4] else "occurred"
    return [Draft(kind, status, signed, fields, [span(c.doc, m.start(), m.end("b"))], 0.6,
                  key=(kind, signed[:4] if signed else None, (b,)), order=(c.doc, m.start()),
                  extra={"parties": [a, b]})]


#: "Abbott has the rights to bardoxolone methyl outside the U.S. excluding certain Asian
#: markets" (ABT 2012-10-18): a background licence told by who holds rights where.
_HOLDS_RIGHTS_RE = re.compile(
    r"\b(?P<holder>" + _NAME + r")(?:,?\s+(?-i:Inc|Ltd|LLC|AG|plc|Corp)\.?,?)?\s+(?:has|holds|owns)\s+(?:the\s+)?(?:(?:exclusive|worldwide|global|commercial|development|marketing|commercialization)\s+)*rights\s+"
    r"(?:to|for)\s+(?P<scope>[^.;]{3,120}?)\s+(?P<terr>(?:outside|throughout|in)\s+(?:of\s+)?(?:the\s+)?(?-i:U\.S\.|United States|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[^.;]{0,80})")
#: "The payment, tied to ABVC's psychiatric disorder pipeline ..., is part of a broader agreement
#: with AiBtl BioPharma" (ABVC 2024-10-22): a payment names the deal it is made under.
_PART_OF_RE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:part\s+of|made\s+under|paid\s+under|due\s+under)\s+(?:a|an|the|its|their|our)\s+"
    r"(?:(?:broader|larger|wider|existing|strategic|global|exclusive|licen[cs]ing|collaboration|development|commercial)\s+)*agreement\s+with\s+(?P<with>" + _NAME + r")")
#: "sintilimab, a PD-1 inhibitor being developed and commercialized under a global collaboration
#: agreement between Innovent and Lilly" (LLY-2021-05-18); "Lilly has exclusive worldwide
#: development and commercialization rights for baricitinib ... under a license and collaboration
#: agreement with Incyte" (LLY-2020-09-18).
_UNDER_AGREEMENT_RE = re.compile(
    r"\b(?:under|pursuant\s+to|through)\s+(?:a|an|the|its|their)\s+(?P<noun>(?:[\w\-]+\s+){0,3}?(?:licen[cs]e|licensing|collaboration|co-development|partnership)"
    r"(?:\s+and\s+[\w\-]+)?\s+agreement)\s+(?:with\s+(?P<a>" + _NAME + r")|between\s+(?P<a2>" + _NAME + r")(?:,?\s+(?-i:Inc|Ltd|LLC|AG|plc|Corp)\.?)?,?\s+and\s+(?P<b2>" + _NAME + r"))", re.I)
_HOLDER_RE = re.compile(r"\b(?P<h>" + _NAME + r")\s+(?:has|holds|retains|owns)\s+(?:the\s+|an?\s+)?(?:(?:exclusive|worldwide|global|development|commercialization|commercial|marketing|and|,)\s+)*(?:rights?|licen[cs]e)\s+(?:to|for)\s+(?P<scope>[^.;,]{3,120}?)(?=\s+(?:for|in|outside|under)\b|[,.;]|$)")
_PAYMENT_CUE_RE = re.compile(r"\b(?:payments?|fees?|milestones?|royalt\w+|income)\b", re.I)
_TIED_TO_RE = re.compile(r"\b(?:tied|related|relating|linked)\s+to\s+(?P<scope>[^;.]{5,200}?),\s+(?:is|are|was|were)\s", re.I)
#: "Lilly and EVA Pharma are also collaborating to expand access to affordable insulin in 56
#: countries" (LLY-2024-09-04): an ongoing collaboration, told as background.
_COLLABORATING_RE = re.compile(
    r"\b(?P<a>" + _NAME + r")\s+and\s+(?P<b>" + _NAME + r")\s+(?:are|have been|were)\s+(?:also\s+|already\s+|currently\s+)?"
    r"(?:collaborating|partnering|co-developing)\s+(?:to|on|in)\s+(?P<scope>[^.;]{5,200}?)(?=,\s+(?:most|many|which|where|while|and)\b|[.;]|$)")
#: "the companies have entered into an agreement to expand access to baricitinib" (LLY-2024-09-04):
#: an access deal, whose kind the release's headline and subheadline tell.
_ACCESS_RE = re.compile(
    r"\b(?:entered into|enter(?:s|ed)? into|signed|executed|concluded)\s+(?:an?|the|a new)\s+(?:[\w\-]+\s+){0,2}?agreement\s+"
    r"(?:with\s+" + _NAME + r"\s+)?to\s+(?:expand|improve|increase|broaden|enable)\s+(?:patient\s+)?access\s+to\s+(?P<what>[^.;]{3,200})", re.I)
#: How much of a release's head (headline, subheadline) tells what kind of deal it announces
#: (LLY-2024-09-04: the subheadline "Lilly will license ..." ends about 400 characters in).
KIND_HEAD = 1500
#: Words of joint work that make a licence a collaboration (gold convention: a grant of rights
#: alone is a licence; with joint research, development or cost sharing, a collaboration).
_JOINT_RE = re.compile(r"co-develop|co-commerciali|jointly|joint (?:research|development)|share[sd]? (?:\w+ ){0,2}costs|profits and losses|research collaboration", re.I)


def _other_shapes(ctx: Context, c: Candidate, text: str) -> Draft | None:
    """Background deals told without the words :func:`_agreement` needs."""
    sent = _mask(text[c.start:c.end])
    if _LEGALESE_RE.search(sent) or _HYPOTHETICAL_RE.search(sent):
        return None
    m = _HOLDS_RIGHTS_RE.search(sent)
    holder = ctx.lexicon.canonical_company(m.group("holder")) if m else None
    if m and holder:
        fields = _empty_fields("license_agreement")
        fields["licensee"] = holder
        others = [x.name for x in ctx.companies(c.doc, c.start, c.end) if not _same_party(x.name, holder)]
        if not others:
            prev = {x.name for x in ctx.companies(c.doc, max(0, c.start - NEIGHBOUR_REACH), c.start) if not _same_party(x.name, holder)}
            others = sorted(prev) if len(prev) == 1 else []
        fields["licensor"] = others[0] if len(others) == 1 else None
        fields["scope"] = clean(m.group("scope"))
        fields["territory"] = re.sub(r"^in\s+(?:the\s+)?", "", clean(m.group("terr")))
        return _background(c, "license_agreement", fields, m.start(), holder)
    m = _UNDER_AGREEMENT_RE.search(sent)
    if m:
        first, second = m.group("a") or m.group("a2"), m.group("b2")
        a = ctx.lexicon.canonical_company(first) or short_name(first)
        b = (ctx.lexicon.canonical_company(second) or short_name(second)) if second else None
        kind = "collaboration_agreement" if re.search(r"collaborat|co-develop", m.group("noun"), re.I) else "license_agreement"
        fields = _empty_fields(kind)
        if b:  # "between Innovent and Lilly": the registrant takes rights from the other
            a, b = (b, a) if _same_party(a, ctx.registrant) else (a, b)
            fields["licensor"], fields["licensee"] = a, b
        else:  # "Lilly has exclusive ... rights for baricitinib ... under a license ... agreement with Incyte"
            holder = _HOLDER_RE.search(sent, 0, m.start())
            fields["licensor"] = a
            fields["licensee"] = (ctx.lexicon.canonical_company(holder.group("h")) or holder.group("h")) if holder else \
                (ctx.registrant if not _same_party(a, ctx.registrant) else None)
        if _same_party(fields["licensor"], fields["licensee"]):
            return None
        scope = _HOLDER_RE.search(sent, 0, m.start())
        assets = list(dict.fromkeys(x.name for x in ctx.assets(c.doc, c.start, c.end)))
        fields["scope"] = clean(scope.group("scope")) if scope and scope.group("scope") else (", ".join(assets[:3]) or None)
        if fields["scope"] is None and not assets:
            return None
        _territory(sent, fields)
        other = fields["licensor"] if not _same_party(fields["licensor"], ctx.registrant) else fields["licensee"]
        return _background(c, kind, fields, m.start(), other)
    m = _PART_OF_RE.search(sent)
    if m and _PAYMENT_CUE_RE.search(sent):
        partner = ctx.lexicon.canonical_company(m.group("with")) or short_name(m.group("with"))
        if _same_party(partner, ctx.registrant):
            return None
        kind = _kind_of_doc(text)
        fields = _empty_fields(kind)
        fields["licensor"], fields["licensee"] = ctx.registrant, partner
        tied = _TIED_TO_RE.search(sent)
        fields["scope"] = clean(tied.group("scope")) if tied else None
        return _background(c, kind, fields, m.start(), partner)
    m = _COLLABORATING_RE.search(sent)
    if m:
        a, b = (ctx.lexicon.canonical_company(x) or short_name(x) for x in (m.group("a"), m.group("b")))
        if _same_party(b, ctx.registrant):
            a, b = b, a
        fields = _empty_fields("collaboration_agreement")
        fields["licensor"], fields["licensee"] = a, b
        fields["scope"] = clean(m.group("scope"))
        return _background(c, "collaboration_agreement", fields, m.start(), b)
    m = _ACCESS_RE.search(sent)
    if m:
        kind = _kind_of_doc(text)
        fields = _empty_fields(kind)
        names = [x.name for x in ctx.companies(c.doc, c.start, c.end)] + [x.name for x in ctx.companies(c.doc, 0, min(c.start, KIND_HEAD))]
        others = list(dict.fromkeys(n for n in names if not _same_party(n, ctx.registrant)))
        fields["licensor"], fields["licensee"] = ctx.registrant, (others[0] if others else None)
        assets = ctx.assets(c.doc, c.start + m.start("what"), c.start + m.end("what"))
        fields["scope"] = assets[0].name if assets else clean(m.group("what"))[:120]
        _territory(sent, fields)
        dates = [d for d in dates_in(ctx, c.doc, c.start, c.end) if not d.relative or d.value == ctx.reference_date]
        status = _status(sent, dates[0].value if dates else None, ctx.reference_date, True)
        signed = (dates[0].value if dates else None) or (ctx.reference_date if status == "occurred" else None)
        fields["signed"] = signed
        return Draft(kind, status, event_date(status, signed, ctx.reference_date), fields,
                     [span(c.doc, c.start + m.start(), c.end)], 0.6,
                     key=(kind, signed[:4] if signed else None, tuple(others[:1])), order=(c.doc, c.start),
                     extra={"parties": [p for p in (ctx.registrant, fields["licensee"]) if p]})
    return None


#: How far back a background sentence may name the other party ("Reata and Abbott will closely
#: examine the data ... Abbott has the rights to bardoxolone methyl outside the U.S.").
NEIGHBOUR_REACH = 400


def _background(c: Candidate, kind: str, fields: dict, at: int, other: str | None) -> Draft:
    return Draft(kind, "historical", None, fields, [span(c.doc, c.start + at, c.end)], 0.6,
                 key=(kind, None, (other,) if other else ()), order=(c.doc, c.start),
                 extra={"parties": [p for p in (fields.get("licensor"), fields.get("licensee")) if p]})


def _kind_of_doc(text: str) -> str:
    """A deal the release's head calls a licence ("Lilly will license certain baricitinib
    manufacturing know-how to enable EVA Pharma ...") is one unless the head tells joint work."""
    head = text[:KIND_HEAD]
    if _LICENSE_WORDS.search(head) and not _JOINT_RE.search(head):
        return "license_agreement"
    return _kind(text, 0, 0, text)


def _kind(text: str, start: int, end: int, doc_text: str) -> str:
    seg = text[start:end]
    if _COLLAB_WORDS.search(seg):
        return "collaboration_agreement"
    if _LICENSE_WORDS.search(seg):
        return "license_agreement"
    head = doc_text[:3000]
    return "collaboration_agreement" if len(_COLLAB_WORDS.findall(head)) > len(_LICENSE_WORDS.findall(head)) else "license_agreement"
