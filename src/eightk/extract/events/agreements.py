"""license_agreement, collaboration_agreement and agreement_amendment events.

An agreement event needs an announcement ("entered into", "signed", "announced ... agreement"),
a grant ("granting Genentech the exclusive right to develop..."), or a dated reference ("the
2000 agreement"). Amendments, expansions, extensions and option exercises are
``agreement_amendment``. Deal terms stated in later sentences (upfront, milestones, royalties,
responsibilities, cost sharing) are attached by :func:`attach_terms`.
"""

from __future__ import annotations

import re

from ..context import Context
from ..entities import NOT_COMPANIES, targets_in
from ..parties import short_name
from ..money import find_money
from ..scan import Candidate
from ..dates import parse_date
from .common import Draft, MODAL_RE, clean, dates_in, event_date, span
# attach_terms is re-exported: the extract pipeline runs it after the extractors.
from .agreement_terms import (_AMEND_RE, _CHANGE_LATER_RE, _ROLE_WORDS, _complete_roles, _empty_fields,  # noqa: F401
                              _roles_from_terms, _same_party, _terms, _territory, attach_terms)

_AGREEMENT_NOUN = r"(?:licen[cs]e|licensing|collaboration|co-development|co-commerciali[sz]ation|partnership|alliance|development|option|research|commercialization|strategic|definitive|global|exclusive|worldwide|\s|and|,)*(?:agreement|partnership|collaboration|alliance|deal|license)\b"
_ANNOUNCE_RE = re.compile(
    r"\b(?:entered into|enter(?:s|ed)? into|has entered|entered(?=\s+(?:an?|the)\s)|signed|sign(?:s|ing)?|executed|formed|establish(?:ed|es)|inked|struck|conclud(?:ed|es)|finaliz(?:ed|es)|announc(?:ed|es|e)|form(?:ed|s)?)\b"
    r"[^.;]{0,80}?\b(?:an?|the|new|its|their)\s+(?:[\w\-]+\s+){0,6}?" + _AGREEMENT_NOUN +
    # A headline names the deal without an article: "Lilly and Entos Pharmaceuticals Enter into
    # Research and Collaboration Agreement to Support ..." (LLY-2022-01-06).
    r"|\b(?:enter(?:s|ed|ing)?\s+into|sign(?:s|ed)|execut(?:es|ed)|(?-i:Announces?))\s+(?:[\w\-]+\s+){0,6}?" + _AGREEMENT_NOUN,
    re.I,
)
_COLLABORATE_RE = re.compile(r"\b(?:(?:has|have) partnered with|partnered with|(?:has|have) teamed up with|teamed up with)\b", re.I)
_GRANT_RE = re.compile(
    r"\b(?:grant(?:s|ed|ing)?|obtain(?:s|ed)?|acquir(?:es|ed)|receiv(?:es|ed)|gain(?:s|ed)?|in-licens(?:ed|es))\s+(?P<who>(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?:,?\s+(?-i:Inc|Ltd|LLC|Corp|AG|plc|S\.A|N\.V|GmbH)\.?)?\s+)?"
    r"(?:an?\s+|the\s+)?(?P<excl>(?:non-)?exclusive\s+)?(?:(?:worldwide|global|royalty-bearing|sublicensable|and|,)\s+)*(?:right|rights|license|licence|option)\b(?:\s+(?:to|for|under|in)\s+(?P<scope>[^;]{5,200}?))?(?=,\s+as\s+amended|,\s+(?:and|which|while|in\s+exchange|for\s+which|under\s+which)\b|,\s+the\s+compan(?:y|ies)\s+(?:announced|said)\b|[.;]|$)",
    re.I,
)
_DATED_REF_RE = re.compile(r"\b(?:the|its|our|their)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w\-]+\s+){0,3}?(?:agreement|collaboration|license|partnership)\b", re.I)
_AMEND_CONTEXT_RE = re.compile(r"agreement|collaboration|partnership|license|option|alliance", re.I)
_CHANGE_RE = re.compile(r"\bto\s+(?P<change>(?:enable|allow|include|add|provide|expand|extend|increase|cover|permit|grant)\b[^.;]*)", re.I)
_COLLAB_WORDS = re.compile(r"collaborat|co-develop|co-commerciali|partnership|alliance|jointly|joint development|joint venture|share (?:equally )?(?:in )?(?:the )?(?:development )?costs|profits and losses", re.I)
_LICENSE_WORDS = re.compile(r"licen[cs]", re.I)
_UPFRONT_RE = re.compile(r"up-?\s?front|initial payment|signing (?:fee|payment)|one-time payment", re.I)


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = _drop_restated(ctx, _extract(ctx, candidates))
    _fold_undated(out)
    _fold_titles(out)
    _name_amended(out)
    return out


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


def _is_title(text: str) -> bool:
    """A headline in Title Case ("Lilly and Asahi Kasei Pharma Announce License Agreement for Chronic
    Pain Drug Candidate"): most words capitalised."""
    words = re.findall(r"[A-Za-z][\w\-’']*", text)
    small = {"and", "or", "of", "for", "to", "in", "on", "with", "the", "a", "an", "by", "at", "from"}
    content = [w for w in words if w.lower() not in small]
    return len(content) >= 4 and sum(w[0].isupper() for w in content) >= TITLE_CAPITALS * len(content)


#: Share of capitalised content words above which a sentence reads as a Title Case headline (the
#: LLY newsroom headlines; a body sentence naming two companies and a product stays well below).
TITLE_CAPITALS = 0.8


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
        out += _preamble(ctx, c, text)
        item = _list_item(ctx, c, text)
        if item:
            out.append(item)
            continue
        out += _party_to(ctx, c, text)
        agreement = _agreement(ctx, c, text) or _other_shapes(ctx, c, text)
        if agreement:
            out.append(agreement)
        amendment = _amendment(ctx, c, text)
        if amendment:
            out.append(amendment)
    return out


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


_NAME = r"(?-i:[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*){0,3})"
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


#: Contract prose (a merger agreement filed as an exhibit): its clauses are not events.
_LEGALESE_RE = re.compile(r"\b(?:WHEREAS|hereunder|hereof|hereto|herein|shall|the Parties|this Agreement|written (?:instrument|consent))\b|\bSection \d", re.I)


#: Background mentions of a deal: "Discovered by Incyte and licensed to Lilly", "Almirall has
#: licensed the rights to develop ...", "Abbott has the rights to bardoxolone methyl outside the
#: U.S.", "developed and commercialized in collaboration with Bayer".
_BACKGROUND_RE = re.compile(
    r"\blicensed (?:to|by) (?P<to>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)"
    # "baricitinib, an oral JAK1/JAK2 inhibitor licensed from Incyte" (LLY-2020-06-15)
    r"|\b(?<!-)licensed from (?:the )?(?P<from>[A-Z][\w\-]*(?:\s(?:of\s)?[A-Z][\w\-]*){0,2})"
    r"|(?P<licensee>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?(?:,? (?:S\.A\.|Inc\.|AG|Ltd\.))?) (?:has|have|had) (?:exclusively )?(?:in-)?licensed (?:the )?(?:\w+ ){0,2}rights? to (?P<scope1>[^.;]{5,160})"
    r"|(?P<holder>[A-Z][\w\-]*) (?:has|holds|retains) (?:the |an? )?(?:exclusive |worldwide |global |commercial )*(?:rights|license|licence) to (?P<scope2>[^.;]{5,160})"
    r"|\b(?P<poss>in|[’']s|its|company's) (?:(?!our\b)\w+ )?(?:collaboration|partnership|alliance) with (?:the )?(?P<with>[A-Z][\w\-]*(?:\s(?:for\s|of\s)?[A-Z][\w\-]*){0,3})"
    # "Bamlanivimab emerged from the collaboration between Lilly and AbCellera" (LLY-2021-01-27)
    r"|\b(?:the|a|an|their|its) (?:[\w\-]+ ){0,2}(?:collaboration|partnership|alliance) between (?P<b1>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?) and (?P<b2>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)"
    # "Vir and GSK are advancing VIR-7831 as part of their collaboration to research ..."
    r"|(?P<pa>[A-Z][\w\-]*) and (?P<pb>[A-Z][\w\-]*) (?:are|were|have been) \w+ing\b[^.;]{0,80}?\b(?:as part of|under|through) their (?:[\w\-]+ ){0,2}(?:collaboration|partnership|alliance)\b"
    r"|\b(?i:under|pursuant to) (?:the|its|their|our|an?) (?P<ref>(?:[\w\-]+ ){0,3}licens\w* agreement)\b"
    r"|\b(?i:licens)\w* (?i:agreements?|deals?)\b,?\s+(?:notably |including |primarily |in place )?with (?P<lwith>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)"
    r"|\b(?:[Ss]ecured|[Oo]btained) (?:an? |the )?(?:exclusive |global |worldwide )*licen[cs]e (?:for|to) (?P<scope3>[^.;]{5,160})"
    # "Acme holds an exclusive license from the University of Rho to develop ACM-1 worldwide"
    r"|(?P<holder4>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?) (?:has|holds) (?:an? |the )?(?:exclusive |non-exclusive |worldwide |global |,)*licen[cs]e from (?:the )?"
    r"(?P<from4>[A-Z][\w\-]*(?:\s(?:of\s)?[A-Z][\w\-]*){0,3}),? (?:to|for|covering) (?P<scope4>[^.;]{5,160})"
)
#: Research bodies, not drug companies: "NIAID", "the Swiss Cancer Group", "Dana-Farber Cancer Institute".
_RESEARCH_ORG_RE = re.compile(r"\b(?:Group|Institutes?|University|Foundation|Consortium|Network|Cent(?:er|re)|Council|Hospital|College|Society|"
                              r"Clinic|Laboratory|Agency|Department|Ministry|Organi[sz]ation)\b|^(?-i:[A-Z]{3,6})$")
#: A brand in capitals ("OLUMIANT", "TYVYT") read as a company: not a party.
_BRAND_RE = re.compile(r"(?-i:[A-Z]{6,})")
_TRADEMARK_RE = re.compile(r"trademark|registered|subsidiaries,? or affiliates", re.I)
#: "the licensing agreement signed in 2024", "The collaboration, originally announced in
#: September 2021", "a sublicense agreement dated February 19, 2019".
_DATED_AFTER_RE = re.compile(
    r"\b(?:agreements?|collaboration|partnership|license)\b,?\s+(?:\w+\s+){0,3}?(?:originally |initially |first |was |were )*"
    r"(?:signed|executed|entered into|announced|dated|established|formed)(?: as of)?\s+(?:in|on)?\s*(?=[A-Z0-9])",
    re.I,
)


def _dated(ctx: Context, c: Candidate, sent: str) -> tuple[int, str] | None:
    m = _DATED_REF_RE.search(sent)
    if m:
        return m.start(), m.group("year")
    m = _DATED_AFTER_RE.search(sent)
    if m:
        d = parse_date(sent[m.end(): m.end() + 30])
        if d:
            noun = sent.rfind(" ", 0, m.start())
            return max(0, noun), d
    return None


#: A plain "agreement" to do drug work together: "entered into an agreement with the National
#: Institute of Allergy and Infectious Diseases ... to study baricitinib as an arm in NIAID's
#: Adaptive COVID-19 Treatment Trial" (LLY-2020-04-10).
_JOINT_WORK_RE = re.compile(r"\bagreement\s+with\s+(?:[^.;]|(?<=Inc)\.|(?<=Ltd)\.|(?<=Co)\.|(?<=Corp)\.){2,120}?\bto\s+(?:jointly\s+)?(?:study|develop|co-develop|evaluate|research|discover|commerciali[sz]e|test)\b", re.I)
#: Risk-factor prose: "we may need to enter into a costly or restrictive license agreement, which
#: might not be available under acceptable terms" (A-8K-20100713): a possibility, not a deal.
_HYPOTHETICAL_RE = re.compile(r"\b(?:might|may|could)\s+not\s+be\s+available\b|\b(?:we|it)\s+(?:may|might|could)\s+(?:need|be required|have)\s+to\b", re.I)


#: "Biologics License Application" is a filing with a regulator, not a licence (LLY-2021-08-17:
#: "announced ... its intention to submit a biologics license application"): masked, same length.
_LICENSE_APPLICATION_RE = re.compile(r"\blicen[cs]e(?=\s+applications?\b)|(?<=\bproduct\s)licen[cs]e\b", re.I)


def _mask(sent: str) -> str:
    return _LICENSE_APPLICATION_RE.sub("product", sent)


def _agreement(ctx: Context, c: Candidate, text: str) -> Draft | None:
    sent = _mask(text[c.start:c.end])
    dated = _dated(ctx, c, sent)
    grant = _GRANT_RE.search(sent)
    licensing = _COLLAB_WORDS.search(sent) or _LICENSE_WORDS.search(sent) or (grant and dated) \
        or (dated and _RIGHTS_RE.search(sent)) or (_ANNOUNCE_RE.search(sent) and _JOINT_WORK_RE.search(sent)) \
        or (grant and _OTHERS_ASSET_RE.match(grant.group("scope") or ""))
    if not licensing or _LEGALESE_RE.search(sent) or _HYPOTHETICAL_RE.search(sent):
        return None
    announce = _ANNOUNCE_RE.search(sent) or _COLLABORATE_RE.search(sent)
    if announce and _UNDER_RE.search(announce.group(0)):
        announce = None  # "announced that it has achieved a milestone under its collaboration with ...": a deal in place
    background = _BACKGROUND_RE.search(sent)
    if background and (_TRADEMARK_RE.search(sent) or (background.group("ref") or "").lower().startswith(("same ", "such "))):
        background = None  # "Under the same licensing agreement": one already told
    if grant and not (_LICENSE_WORDS.search(sent) or dated or re.search(r"agreement", sent, re.I)
                      or _OTHERS_ASSET_RE.match(grant.group("scope") or "")):
        grant = None
    licensed = _LICENSED_RE.search(sent) if not (grant or background) else None
    if licensed:
        background = licensed  # "has licensed the global rights to ACM-707 to Beta Pharma"
    if not (announce or dated or grant or background):
        return None
    if not dated and announce and _AMEND_RE.search(sent) and _AMEND_RE.search(sent).start() < announce.end():
        return None  # "announced the expansion of their collaboration": an amendment
    amend = _AMEND_RE.search(sent)
    if grant and not announce and amend and amend.start() < grant.start() and _AMEND_CONTEXT_RE.search(amend.group(0)):
        return None  # "a global expansion of their strategic alliance for sintilimab, whereby Lilly obtained an exclusive license"
    if _CHANGE_LATER_RE.search(sent):
        return None  # "Under the terms of the expanded license agreement, Lilly will obtain ...": the amendment's change
    anchor_start = dated[0] if dated else (announce or grant or background).start()
    end = c.end
    amend = re.search(r",\s+as\s+amended", sent)
    if amend:
        end = c.start + amend.start()
    kind = _kind_at(sent, anchor_start, text, c.start, end)
    if not _LICENSE_WORDS.search(sent) and _JOINT_WORK_RE.search(sent):
        kind = "collaboration_agreement"  # an agreement to study or develop together
    told = _LICENSED_RE.search(sent)
    if licensed and not _JOINT_RE.search(sent):
        kind = "license_agreement"  # "Through the licensed INDs from ABVC and continued collaboration"
    if background and background.re is _BACKGROUND_RE and background.group("with") and not announce and told and not _JOINT_RE.search(sent):
        # "its ongoing collaboration with OncoX ..., a rising oncology player that has licensed four
        # IND-stage drug assets from ABVC" (ABVC 2025-08-01): the deal told is a licence.
        kind, licensed, background = "license_agreement", told, told
        told_in_passing = True
    else:
        told_in_passing = False
    fields = _empty_fields(kind)
    companies = ctx.companies(c.doc, c.start, end)
    names = list(dict.fromkeys(m.name for m in companies))
    if grant:
        _grant_fields(ctx, c, grant, names, fields)
    elif licensed:
        _licensed_fields(ctx, c, licensed, fields)
    elif background and not announce and not dated:
        _background_fields(ctx, background, names, fields)
    elif len(names) >= 2 and kind == "license_agreement":
        _license_roles(sent, companies, c.start, fields)
        if not fields.get("licensor") and not fields.get("licensee") and announce:
            _subject_develops(sent, companies, c.start, announce, fields)
    fields["targets"] = targets_in(text[c.start:end]) or None
    notes: dict = {}
    _terms(text[c.start:end], fields, notes)
    _roles_from_terms(ctx, sent, names, fields)
    amending = _AMEND_RE.search(sent)
    changes = bool(dated and amending and amending.start() < dated[0] and _AMEND_CONTEXT_RE.search(amending.group(0)))
    if announce and not fields.get("scope") and not changes:
        sc = _SCOPE_RE.match(sent, announce.end())
        fields["scope"] = clean(sc.group("scope")) if sc else None
    if not fields.get("scope") and not changes:
        # (not in "an amendment to their 2019 license agreement to expand the field ...": that is the change)
        sc = _COVERS_RE.search(sent) or _WITH_FOR_RE.search(sent)
        fields["scope"] = clean(sc.group("scope")) if sc else None
    if fields.get("scope"):
        # A headline glued to its dateline: "... in Multiple Neurologic Indications January 6, 2022".
        fields["scope"] = _trim_scope(_TRAILING_DATE_RE.sub("", fields["scope"])) or None
        licensor = (fields.get("licensor") or "").split(" ")[0]
        if fields["scope"] and licensor:
            # "ACM-4 from Upsilon Therapeutics, Inc": the rights, not who granted them
            fields["scope"] = re.sub(r"\s+from\s+(?:the\s+)?" + re.escape(licensor) + r"\b.*$", "", fields["scope"]) or None
        if fields["scope"]:
            fields["scope"] = _IN_YEAR_TAIL_RE.sub("", fields["scope"]) or None
    if dated:
        fields["signed"] = dated[1]
    elif announce or (grant and not _NOW_RE.search(sent)):
        # "Acme in-licensed worldwide rights to ACM-3 from Tau Pharmaceuticals, Inc. in 2021"
        for d in dates_in(ctx, c.doc, c.start, end):
            if not d.relative or d.value == ctx.reference_date:
                fields["signed"] = d.value
                break
    is_background = background is not None and not announce and not dated and (told_in_passing or not (licensed and _NOW_RE.search(sent)))
    if is_background and not fields.get("signed"):
        # "Acme in-licensed ACM-606 from the University of Omicron in 2018"
        year = _IN_YEAR_RE.search(sent)
        fields["signed"] = year.group(1) if year else None
    if is_background and not fields.get("scope"):
        # "Jardiance is part of the company's alliance with Boehringer Ingelheim", "Discovered by
        # Incyte and licensed to Lilly, baricitinib is ...": the product the sentence names.
        assets = list(dict.fromkeys(a.name for a in ctx.assets(c.doc, c.start, end)))
        fields["scope"] = ", ".join(assets[:3]) or None
    by = _DISCOVERED_BY_RE.search(sent)
    if by:  # "was discovered by Incyte and licensed to Lilly": Incyte, whatever else the sentence names
        fields["licensor"] = ctx.lexicon.canonical_company(by.group("by")) or short_name(by.group("by"))
    if not fields.get("licensor") and not fields.get("licensee") and _OWN_SCOPE_RE.match(fields.get("scope") or ""):
        fields["licensor"] = ctx.registrant  # "we executed a global development license for our legacy ... assets"
    status = "historical" if is_background else _status(text[c.start:end], fields["signed"], ctx.reference_date, announce is not None)
    signed = fields["signed"] or (ctx.reference_date if status == "occurred" else None)
    fields["signed"] = signed
    _complete_roles(fields, names)
    _distinct_roles(fields, names)
    # The counterparty tells two agreements apart: the roles first ("Lilly's collaboration
    # with AbCellera" and "in partnership with NIAID" are two deals, LLY-2020-08-03).
    roles = [fields.get("licensor"), fields.get("licensee")]
    others = tuple(sorted(n for n in roles if n and not _same_party(n, ctx.registrant)))[:1] \
        or tuple(sorted(n for n in names if not _same_party(n, ctx.registrant)))[:1]
    return Draft(kind, status, event_date(status, signed, ctx.reference_date), fields,
                 [span(c.doc, c.start + anchor_start, end)], 0.8 if len(names) >= 2 else 0.6,
                 key=(kind, signed[:4] if signed else None, others),
                 order=(c.doc, c.start), extra={"parties": names, "milestone_kinds": notes.get("milestone_kinds", set()),
                                               "title": _is_title(sent[:200])})


#: "ABVC's direct licensing agreement with OncoX for its broader oncology pipeline includes ..."
#: (ABVC 2025-06-06): what the deal with a partner is for.
_WITH_FOR_RE = re.compile(
    r"\b(?:agreement|collaboration|partnership|licen[cs]e|alliance)\s+with\s+" + _NAME + r"(?:,?\s+(?:Inc|Ltd|LLC|AG|plc)\.?)?\s+"
    r"(?:for|covering|on|regarding)\s+(?P<scope>[^.;,]{5,150}?)(?=\s+(?:includes?|including|which|that|valued|worth|is|was|were|are)\b|[.;,]|$)")
_TRAILING_DATE_RE = re.compile(r"\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*$")
#: Rights to another company's product are a licence even with no word for one: "Eli Lilly and
#: Company has acquired exclusive rights to Entos Pharmaceuticals' Fusogenix nucleic acid delivery
#: technology" (LLY-2022-01-06).
_OTHERS_ASSET_RE = re.compile(r"(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?:[’']s|[’'])\s+(?:[\w\-®]+\s+){0,5}?(?:technology|platform|compounds?|candidates?|products?|antibod\w+|assets?|programs?|portfolio|inhibitors?|molecules?|therapeutics?|[A-Z]{1,5}-?\d{2,})\b")
#: "Discovered by Incyte and licensed to Lilly" (LLY-2024-09-04): who licensed it out.
_DISCOVERED_BY_RE = re.compile(r"\b(?:[Dd]iscovered|[Dd]eveloped|[Ii]nvented|[Oo]riginated|[Cc]reated)\s+(?:at|by)\s+(?P<by>" + _NAME + r")\s+and\s+(?:exclusively\s+)?licensed\s+to\b")
#: A scope the registrant owns: "our legacy combination antiviral assets" (DWTX 2026-05-14).
_OWN_SCOPE_RE = re.compile(r"(?:our|its|the Company[’']s)\b", re.I)


_IN_YEAR_TAIL_RE = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*$")
_IN_YEAR_RE = re.compile(r"\b(?:in|since)\s+((?:19|20)\d\d)\b(?!\s*(?:-|to)\s*\d)")
_UNDER_RE = re.compile(r"\b(?:under|pursuant\s+to|as\s+part\s+of|in\s+connection\s+with|related\s+to)\s+(?:the|its|their|our|an?)\s+(?:[\w\-]+\s+){0,6}?\S+$", re.I)


#: What a deal covers, right after its announcement: "a strategic agreement with Roche to
#: develop and commercialize zilebesiran, an investigational RNAi therapeutic ...".
_SCOPE_RE = re.compile(
    r"(?:\s+with\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}(?:,?\s+(?:Inc|Ltd|AG|plc)\.?)?)?\s*,?\s*"
    r"(?:focus(?:ed|ing) on|cent(?:er|re)d on|to|for|aimed at|that will|(?:whereby|under which|pursuant to which)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+(?:will\s+)?"
    r"(?:acquires?|obtains?|receives?|gains?|licenses?|in-licenses?))\s+(?P<scope>[^.;]{4,200}?)(?=,\s+(?:which|and|as|while|including)\b|\s+[–—]\s|\s+in\s*(?:[A-Z][a-z]+\s*)?(?:19|20)\d\d\b|[.;]|$)"
)
#: A scope told as the taking of rights: "to acquire the exclusive worldwide rights for CNTX-0290 from
#: Centrexion Therapeutics Corporation, a company ..." (LLY-2019-05-28) is "exclusive worldwide
#: rights for CNTX-0290".
_TAKING_RE = re.compile(r"^(?:(?:acquire|obtain|receive|gain|in-license|license)\s+)?(?:the\s+)?(?=(?:[\w\-]+\s+){0,4}?rights?\b)", re.I)
_FROM_PARTY_RE = re.compile(r"\s+from\s+(?-i:[A-Z])[^.;]*$")


def _trim_scope(scope: str | None) -> str | None:
    if not scope or not _TAKING_RE.match(scope):
        return scope
    return _FROM_PARTY_RE.sub("", _TAKING_RE.sub("", scope)) or scope


#: A dated agreement that grants rights without the word licence: "These agreements, executed in
#: 2023, cover the global commercialization of ABVC's drug candidates" (ABVC 2025-02-20).
_RIGHTS_RE = re.compile(r"\b(?:commerciali[sz](?:e|ation)|rights? to (?:develop|commerciali[sz]e|market|sell|manufacture))\b", re.I)
#: What a deal covers, stated with a verb of scope: "cover the global commercialization of ...".
_COVERS_RE = re.compile(r"\b(?:cover(?:s|ed|ing)?|grant(?:s|ed|ing)? (?:\w+ )?rights (?:to|for))\s+(?:the\s+)?(?P<scope>[^.;]{10,200}?)(?=,\s+(?:which|while|and (?:the|is|was))\b|[.;]|$)", re.I)


def _distinct_roles(fields: dict, parties: list[str]) -> None:
    """One party cannot license to itself ("Datavault" and "Datavault AI"): the licensee is then
    the other party named, or unknown."""
    a, b = fields.get("licensor"), fields.get("licensee")
    if not _same_party(a, b):
        return
    others = [p for p in parties if p not in (a, b) and not p.startswith((a, b))]
    fields["licensee"] = others[0] if len(others) == 1 else None


#: "Innovent entered into an additional licensing agreement with Lilly to develop and commercialize a
#: potentially global best-in-class diabetes medicine in China" (LLY-2020-08-18): the company that
#: takes a licence to develop is its licensee, unless the product is named as the other's.
_TO_DEVELOP_RE = re.compile(r"\bwith\s+(?-i:[A-Z])[^.;]{0,60}?\bto\s+(?:develop|commerciali[sz]e|manufacture|market|sell)\b(?P<rest>[^.;]*)", re.I)


def _subject_develops(sent: str, companies: list, offset: int, announce: re.Match[str], fields: dict) -> None:
    m = _TO_DEVELOP_RE.search(sent, announce.start())
    if not m:
        return
    before = [x.name for x in companies if x.start - offset < announce.start()]
    after = [x.name for x in companies if announce.start() <= x.start - offset < m.start("rest")]
    if not before or not after or _same_party(before[-1], after[0]):
        return
    owner = re.search(r"(?-i:([A-Z][\w\-]+))[’']s\b", m.group("rest"))
    if owner and after[0].startswith(owner.group(1)):
        return
    fields["licensee"], fields["licensor"] = before[-1], after[0]


def _kind_at(sent: str, anchor: int, text: str, start: int, end: int) -> str:
    """The agreement's own noun decides ("its strategic licensing agreement", "The
    collaboration, originally announced ..."); failing that, the sentence's words."""
    near = sent[max(0, anchor - 40): anchor + 80]
    lic, col = _LICENSE_WORDS.search(near), _COLLAB_WORDS.search(near)
    if lic and col:
        # "a global licensing and research collaboration", "license agreement and strategic
        # collaboration": a license inside a collaboration is a collaboration; a "partnership"
        # around a licensing agreement is still a license (ABVC 2025-07-24).
        return "collaboration_agreement" if re.search(r"collaborat|co-develop|joint venture", near, re.I) else "license_agreement"
    if col:
        return "collaboration_agreement"
    if lic:
        return "license_agreement"
    return _kind(text, start, end, text)


#: A licence told with the verb: "X has licensed the global rights to ACM-707 to Beta Pharma"
#: (out), "X licensed ACM-707 from Omega University" (in).
_LICENSED_RE = re.compile(
    r"\b(?:(?<!in-)licen[cs]ed\s+(?:the\s+)?(?:(?:exclusive|worldwide|global|commercial|development|and|,)\s+)*(?:rights?\s+(?:to|for)\s+)?"
    r"(?P<what>[^.;]{2,80}?)\s+(?P<dir>to|from)"
    # "Acme in-licensed ACM-606 from the University of Omicron in 2018": always in.
    r"|in-licen[cs]ed\s+(?:the\s+)?(?:(?:exclusive|worldwide|global|commercial|development|and|,)\s+)*(?:rights?\s+(?:to|for)\s+)?(?P<what2>[^.;]{2,80}?)\s+(?P<dir2>from))"
    r"\s+(?:the\s+)?(?P<party>(?-i:[A-Z][\w\-&]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w\-&]*){0,4}))", re.I)
_NOW_RE = re.compile(r"\btoday\b|\bannounc", re.I)


def _licensed_fields(ctx: Context, c: Candidate, m: re.Match[str], fields: dict) -> None:
    party = ctx.lexicon.canonical_company(m.group("party")) or short_name(m.group("party"))
    before = [x.name for x in ctx.companies(c.doc, c.start, c.start + m.start())]
    subject = before[-1] if before else ctx.registrant
    if (m.group("dir") or "").lower() == "to":
        fields["licensor"], fields["licensee"] = subject, party
    else:
        fields["licensor"], fields["licensee"] = party, subject
    fields["scope"] = clean(m.group("what") or m.group("what2"))


def _background_fields(ctx: Context, m: re.Match[str], names: list[str], fields: dict) -> None:
    def canon(x: str | None) -> str | None:
        return (ctx.lexicon.canonical_company(x) or x.strip()) if x else None
    names = [n for n in names if not _BRAND_RE.fullmatch(n) and n.lower() not in ctx.lexicon.asset_spelling]
    if m.group("to"):
        fields["licensee"] = canon(m.group("to"))
        others = [n for n in names if n != fields["licensee"]]
        fields["licensor"] = others[0] if others else None
    elif m.group("from"):
        fields["licensor"] = canon(m.group("from"))
        others = [n for n in names if not _same_party(n, fields["licensor"])]
        fields["licensee"] = others[0] if len(others) == 1 else (ctx.registrant if not _same_party(ctx.registrant, fields["licensor"]) else None)
    elif m.group("b1"):
        a, b = canon(m.group("b1")), canon(m.group("b2"))
        # the registrant takes the partner's product ("between Lilly and AbCellera": AbCellera's antibody)
        fields["licensor"], fields["licensee"] = (b, a) if _same_party(a, ctx.registrant) else (a, b)
    elif m.group("pa"):
        fields["licensor"] = f"{canon(m.group('pa'))} and {canon(m.group('pb'))}"
    elif m.group("licensee") or m.group("holder"):
        fields["licensee"] = canon(m.group("licensee") or m.group("holder"))
        others = [n for n in names if n != fields["licensee"]]
        fields["licensor"] = others[0] if others else (ctx.registrant if ctx.registrant != fields["licensee"] else None)
        fields["scope"] = clean(m.group("scope1") or m.group("scope2") or "") or None
    elif m.group("with"):
        partner = canon(m.group("with"))
        others = [n for n in names if n != partner]
        holder = others[0] if others else ctx.registrant
        if m.group("poss") == "in" and _RESEARCH_ORG_RE.search(m.group("with")):
            # "in partnership with NIAID", "in collaboration with the Swiss Cancer Group": a research
            # body lends its network or know-how to the company's work (LLY-2020-08-03, INTS 2025-08-04)
            fields["licensor"], fields["licensee"] = partner, holder
        elif m.group("poss") == "in":  # "developed ... in collaboration with Bayer": Bayer licenses in
            fields["licensor"], fields["licensee"] = holder, partner
        else:  # "Lilly's collaboration with Junshi Biosciences": Lilly licenses Junshi's antibody
            fields["licensor"], fields["licensee"] = partner, holder
        if fields["licensor"] == fields["licensee"]:
            fields["licensor" if m.group("poss") == "in" else "licensee"] = None
    elif m.group("lwith"):
        fields["licensee"] = canon(m.group("lwith"))
        fields["licensor"] = ctx.registrant if ctx.registrant != fields["licensee"] else None
    elif m.group("holder4"):
        fields["licensee"] = canon(m.group("holder4"))
        fields["licensor"] = canon(m.group("from4"))
        fields["scope"] = clean(m.group("scope4"))
        fields["exclusive"] = True if re.search(r"\bexclusive\b", m.group(0)) and not re.search(r"non-exclusive", m.group(0)) else None
    elif m.group("scope3"):
        before = [n for n in names if n != ctx.registrant]
        fields["licensee"] = before[0] if before else None
        fields["licensor"] = ctx.registrant if ctx.registrant != fields["licensee"] else None
        fields["scope"] = clean(m.group("scope3"))
    elif m.group("ref"):
        holder = _HOLDER_RE.search(m.string, 0, m.start())
        if holder:
            # "Acme has exclusive worldwide development rights for ACM-888 under a license agreement with Chi"
            fields["licensee"] = ctx.lexicon.canonical_company(holder.group("h")) or short_name(holder.group("h"))
            others = [n for n in names if not _same_party(n, fields["licensee"])]
            fields["licensor"] = others[0] if len(others) == 1 else None
            fields["scope"] = fields.get("scope") or clean(holder.group("scope"))
            return
        # A payment "under the licensing agreement": the registrant licensed to the other party.
        others = [n for n in names if n != ctx.registrant]
        fields["licensor"] = ctx.registrant
        fields["licensee"] = others[0] if len(others) == 1 else None


def _status(clause: str, signed: str | None, reference: str | None, announced: bool) -> str:
    if MODAL_RE.search(clause) and re.search(r"\b(?:expects? to (?:enter|sign)|plans? to (?:enter|sign)|intends? to (?:enter|sign)|will (?:enter|sign)|may enter)\b", clause, re.I):
        return "expected"
    if signed and reference and signed[:4] < reference[:4]:
        return "historical"
    if re.search(r"\boriginally\b|\bpreviously\b", clause, re.I):
        return "historical"
    return "occurred"


def _grant_fields(ctx: Context, c: Candidate, grant: re.Match[str], names: list[str], fields: dict) -> None:
    verb = grant.group(0).split()[0].lower()
    who = grant.group("who")
    if who and _HEADLINE_TERMS_RE.search(who):
        who = None  # "Grants Exclusive Worldwide License to Scilex": a headline's capitals
    who_name = None
    if who:
        words = who.split()
        who_name = next((ctx.lexicon.canonical_company(" ".join(words[:n])) for n in range(len(words), 0, -1)
                         if ctx.lexicon.canonical_company(" ".join(words[:n]))), None)
        if who_name is None and verb.startswith("grant") and words[0] not in NOT_COMPANIES:
            # "granted Scilex Holding Company an exclusive worldwide license": the one granted
            # is the licensee even when the filing never names it elsewhere (DVLT 2025-11-06).
            who_name = short_name(re.sub(r"\s+(?:Holding|Holdings)?\s*Company$", "", who.strip())) or None
    g_start = c.start + grant.start()
    before = [m.name for m in ctx.companies(c.doc, c.start, g_start)]
    if verb.startswith("grant"):
        fields["licensee"] = who_name or (names[-1] if names else None)
        owner = re.search(r"(?P<o>[A-Z][\w\-]+)[’']s\s+[^,.;]{0,60}(?:technology|platform|patents?|antibod|compound|product)", grant.group("scope") or "")
        owner_name = ctx.lexicon.canonical_company(owner.group("o")) if owner else None
        others = [n for n in names if n != fields["licensee"]]
        fields["licensor"] = owner_name or (before[-1] if before and before[-1] != fields["licensee"] else None) or (others[0] if others else ctx.registrant)
    else:
        fields["licensee"] = before[-1] if before else ctx.registrant
        others = [n for n in names if n != fields["licensee"]]
        owner = _OTHERS_ASSET_RE.match(grant.group("scope") or "")
        owner_name = re.split(r"[’']", owner.group(0))[0] if owner else None
        fields["licensor"] = others[0] if others else \
            ((ctx.lexicon.canonical_company(owner_name) or short_name(owner_name)) if owner_name else None)
    fields["exclusive"] = None if not grant.group("excl") else not grant.group("excl").lower().startswith("non")
    scope = grant.group("scope") or ""
    # "Grants Exclusive Worldwide License to Scilex for AI-Driven ...": the licensee follows.
    to = re.match(r"([A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})(?:\s+(?:for|to)\s+(.*))?$", scope)
    first = to.group(1).split()[0] if to else ""
    if to and (ctx.lexicon.canonical_company(first) or first == (fields["licensee"] or "").split(" ")[0]
               or (to.group(2) and first not in NOT_COMPANIES and not _HEADLINE_TERMS_RE.match(first))):
        fields["licensee"] = ctx.lexicon.canonical_company(first) or first
        scope = to.group(2) or ""
    if fields["licensor"] == fields["licensee"]:
        fields["licensor"] = ctx.registrant if ctx.registrant != fields["licensee"] else None
    if scope:
        fields["scope"] = clean(scope)


#: "Lilly will acquire the exclusive rights for AK1780 from Asahi Kasei Pharma" (LLY-2021-01-28):
#: who takes rights from whom.
_RIGHTS_FROM_RE = re.compile(r"\b(?:acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|gain(?:s|ed|ing)?|in-licens(?:e|es|ed|ing))\s+"
                             r"(?:the\s+|an?\s+)?(?:(?:exclusive|worldwide|global|commercial|development)\s+)*(?:rights?|licen[cs]e)\b[^.;]{0,80}?\bfrom\s+")


_HEADLINE_TERMS_RE = re.compile(r"\b(?:Exclusive|Non-Exclusive|Worldwide|Global|License|Licence|Rights?|Option|Royalty|Sublicensable)\b")


def _license_roles(sent: str, companies: list, offset: int, fields: dict) -> None:
    """"X licensed Y from Z" / "Z granted X a license": licensee before "license(d) from"."""
    m = _RIGHTS_FROM_RE.search(sent) or re.search(r"\blicens(?:ed|es|e)\s+(?:[^.;]{0,80}?)\bfrom\s+", sent)
    if m:
        before = [x.name for x in companies if x.start - offset < m.start()]
        after = [x.name for x in companies if x.start - offset >= m.end()]
        fields["licensee"] = before[-1] if before else None
        fields["licensor"] = after[0] if after else None


def _amendment(ctx: Context, c: Candidate, text: str) -> Draft | None:
    sent = _mask(text[c.start:c.end])
    m = _AMEND_RE.search(sent)
    if not m or not _AMEND_CONTEXT_RE.search(sent) or _LEGALESE_RE.search(sent):
        return None
    if re.match(r"as amended\s*\(\s*[\"“]", m.group(0)) or re.match(r"as amended\s*\(\s*[\"“]", sent[m.start():m.start() + 20]):
        return None  # a statute "as amended (\"CERCLA\")", not an agreement (A-8K-20120907)
    if _MAY_AMEND_RE.search(sent, 0, m.start()):
        return None  # "with an option to extend the license" (LLY-2021-12-10): a term of the deal, not a change
    verb = m.group("verb").lower()
    if verb.startswith(("expan", "extend", "extension")) and not re.match(
            r"(?:expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|expansion of|extension of)\s+(?:the\s+|its\s+|their\s+|our\s+|this\s+)(?:[\w\-]+\s+){0,4}?(?:agreement|collaboration|partnership|license|alliance|term)", sent[m.start():].removeprefix("as ").lstrip(), re.I):
        return None
    if verb.startswith("amend") and not re.search(r"agreement|collaboration|license", sent, re.I):
        return None
    rest = m.group("rest")
    change = _CHANGE_RE.search(rest)
    # "an amendment to their 2019 license agreement": the year names the agreement, not the amendment.
    restated = re.match(r"(?:as\s+)?amended\s+and\s+restated\b", sent[m.start():], re.I) is not None
    named = [] if restated else [  # "the Amended and Restated ... Agreement dated as of ..." dates the restatement
        (c.start + r.start(), c.start + r.end()) for rx in (_DATED_REF_RE, _AGREEMENT_DATED_RE, _YEAR_AGREEMENT_RE) for r in rx.finditer(sent)
        if not re.search(r"amend\w*\s+$", sent[max(0, r.start() - 12):r.start()], re.I)]  # "an amending agreement dated ..." is the amendment
    # What the change says ("to extend the research term through December 31, 2026") dates nothing.
    stop = c.start + m.start("rest") + change.start() if change else c.start + m.end()
    opening = _OPENING_DATE_RE.match(sent)
    dates = [] if opening else [d for d in dates_in(ctx, c.doc, c.start + m.start(), stop)
                                if not any(s <= d.start < e for s, e in named)]
    if not dates:
        # "In October 2015, the two companies announced the extension of ..." (LLY-2021-05-18)
        dates = [d for d in dates_in(ctx, c.doc, c.start, c.start + m.start())
                 if not d.relative and not any(s <= d.start < e for s, e in named)][-1:]
    amended = dates[0].value if dates and not dates[0].relative else None
    ref = _DATED_REF_RE.search(sent)
    label = None
    if ref:
        label = clean(ref.group(0).split(None, 1)[1])
    else:
        # "the expansion of their strategic alliance for sintilimab": the deal named after the verb
        own = _AMENDED_NOUN_RE.match(sent, m.end("verb"))
        noun = own or re.search(r"(?:the|its|their|our)\s+((?:[\w\-]+\s+){0,4}?(?:agreement|collaboration|partnership|license))", sent, re.I)
        label = clean(noun.group(1)) if noun else None
    reference = re.match(r"as\s+amended\b|amended\s+by\b", sent[m.start():], re.I) is not None
    if reference:
        # "a share purchase agreement dated March 9, 2026, as amended by an amending agreement dated
        # April 30, 2026" (NTLX 2026-06-03): the agreement named just before is the one amended.
        before = _AMENDED_LABEL_RE.search(sent, 0, m.start())
        label = clean(before.group("l")) if before else label
    status = "expected" if MODAL_RE.search(sent[: m.end()]) and re.search(r"\bwill (?:amend|expand|extend)|expects? to", sent, re.I) else None
    if status is None:
        past = amended and ctx.reference_date and (amended[:4] < ctx.reference_date[:4]
                                                   or (reference and len(amended) == 10 and amended < ctx.reference_date))
        status = "historical" if past else "occurred"
    amended = amended or (ctx.reference_date if status == "occurred" else None)
    fields = {"agreement": label, "amended": amended,
              "change": clean(change.group("change")) if change else clean(sent[m.start():m.end()])[:200]}
    names = list(dict.fromkeys(x.name for x in ctx.companies(c.doc, c.start, c.end)))
    return Draft("agreement_amendment", status, event_date(status, amended, ctx.reference_date), fields,
                 [span(c.doc, c.start + m.start(), c.start + m.end())], 0.7,
                 key=("agreement_amendment", amended[:4] if amended else None),
                 order=(c.doc, c.start + m.start()), extra={"change_told": change is not None, "parties": names,
                                                            "named": bool(ref) or reference})


#: "the Collaboration Agreement dated June 1, 2022": the agreement's date, not the amendment's.
_AGREEMENT_DATED_RE = re.compile(r"\b(?:agreement|license|collaboration)\s*(?:\([^)]{0,80}\)\s*)?,?\s+dated\s+(?:as\s+of\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|(?:19|20)\d\d)", re.I)
#: "On April 2, 2025, the Company and Beta entered into the First Amendment ...": the opening date.
_OPENING_DATE_RE = re.compile(r"\s*(?:On|In|As of|Effective)\s+(?:[A-Z][a-z]+\.?\s*\d{0,2},?\s*(?:19|20)\d\d|(?:19|20)\d\d)\s*[,，]")
#: "under the companies' 2022 option agreement": that year names the agreement.
_YEAR_AGREEMENT_RE = re.compile(r"\b(?:19|20)\d\d\s+(?:[\w\-]+\s+){0,3}?(?:agreement|collaboration|license|licence|partnership|alliance)\b", re.I)
_MAY_AMEND_RE = re.compile(r"\b(?:option|right|ability|opportunity)\s+to\s+(?:further\s+)?$", re.I)
_AMENDED_NOUN_RE = re.compile(
    r"(?:\s+(?:of|to))?\s+(?:the|its|their|our|this)\s+((?:[\w\-]+\s+){0,3}?(?:agreement|(?:collaboration|partnership|license|alliance)(?:\s+agreement)?)"
    r"(?:\s+for\s+(?-i:[A-Z][\w\-]*|[a-z]+(?:mab|nib|ran|sen|tide|cept|stat|vir)\b))?)", re.I)
_AMENDED_LABEL_RE = re.compile(
    r"\b(?:an?|the|its|their|our)\s+(?P<l>(?:[\w\-]+\s+){0,4}?agreement(?:\s+dated\s+(?:as\s+of\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|(?:19|20)\d\d))?)"
    r"\s*(?:\([^)]{0,80}\)\s*)?,?\s*$")


_PREAMBLE_RE = re.compile(r"\b(?:This|THIS)\s+(?P<kind>(?:[A-Z][\w\-]*,?\s+(?:and\s+)?){0,6}(?:Agreement|AGREEMENT))\b")
_ENTERED_RE = re.compile(r"\b(?:made|entered into|dated|effective)\b", re.I)
def _preamble(ctx: Context, c: Candidate, text: str) -> list[Draft]:
    """"This Development Agreement ... dated as of March 20, 2020 ... is entered into by and
    between A and B": the agreement document states its own signing (EX-10 exhibits)."""
    m = _PREAMBLE_RE.search(text, c.start, c.end)
    if not m or not _ENTERED_RE.search(text, m.end(), min(c.end, m.end() + 300)):
        return []
    words = m.group("kind").lower()
    if re.search(r"collaborat|development|research", words):
        kind = "collaboration_agreement"
    elif "licen" in words:
        kind = "license_agreement"
    else:
        return []
    dates = [d for d in dates_in(ctx, c.doc, m.end(), min(c.end, m.end() + 300)) if not d.relative and len(d.value) == 10]
    signed = dates[0].value if dates else None
    fields = _empty_fields(kind)
    fields["signed"] = signed
    names = list(dict.fromkeys(x.name for x in ctx.companies(c.doc, m.end(), c.end) if x.kind != "self"))
    _hereby_grants(ctx, c.doc, m.end(), fields)
    _recitals(ctx, c.doc, m.end(), fields, names)
    status = "occurred" if not signed or not ctx.reference_date or signed[:4] >= ctx.reference_date[:4] else "historical"
    return [Draft(kind, status, signed, fields, [span(c.doc, m.start(), c.end)], 0.6,
                  key=(kind, signed[:4] if signed else None, "preamble"), order=(c.doc, c.start),
                  extra={"parties": names})]


#: The contract's own grant: "CytoDyn hereby grants to Vyera, and Vyera hereby accepts, an
#: exclusive royalty-bearing license" (CUAD CytoDyn-Vyera; Array-Ono, Harpoon-AbbVie alike).
#: The first grant in the text is the agreement's principal one.
_HEREBY_RE = re.compile(
    r"\b(?P<a>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?) hereby grants? to (?:the )?(?P<b>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)"
    r"[^.;]{0,120}?\b(?P<excl>non-exclusive|exclusive|license|licence|right)")


def _hereby_grants(ctx: Context, doc: int, start: int, fields: dict) -> None:
    text = ctx.text(doc)
    m = _HEREBY_RE.search(text, start)
    if not m:
        return
    a, b = (ctx.lexicon.canonical_company(x) or x for x in (m.group("a"), m.group("b")))
    if a in _ROLE_WORDS or b in _ROLE_WORDS:
        return
    fields["licensor"], fields["licensee"] = a, b
    if m.group("excl").endswith("exclusive"):
        fields["exclusive"] = not m.group("excl").startswith("non")
    sc = _GRANT_SCOPE_RE.search(text, m.end(), min(len(text), m.end() + 400))
    if sc and not fields.get("scope"):
        fields["scope"] = clean(sc.group("scope"))


#: What the contract's grant is for: "... an exclusive royalty-bearing license ..., under the
#: CytoDyn Patents, ... solely to Commercialize, use, have used, offer for sale and sell Licensed
#: Products in the Field in the Territory" (CUAD CytoDyn-Vyera): the first "to" + verb.
_GRANT_SCOPE_RE = re.compile(
    r"\b(?:solely\s+)?to\s+(?P<scope>(?i:research|develop|commerciali[sz]e|manufacture|make|use|sell|import|conduct|perform|market|distribute)\b[^.;]{5,250})")
#: A contract's recitals: "WHEREAS, WPD is developing certain anti-viral indications pursuant to the
#: Sublicense Agreement; ... WHEREAS, CNS has agreed to fund a portion of the development of such
#: indications in exchange for certain economic rights" (CUAD CNS-WPD): what the deal is for, and
#: who funds it (the funder takes rights: the licensee).
_RECITAL_DEVELOPS_RE = re.compile(r"\bWHEREAS,?\s+(?P<who>" + _NAME + r")\s+(?:is|are)\s+(?:currently\s+)?developing\s+(?P<scope>[^;.]{5,200})")
_RECITAL_FUNDS_RE = re.compile(r"\bWHEREAS,?\s+(?P<who>" + _NAME + r")\s+(?:has|have)\s+agreed\s+to\s+(?:fund|finance|pay for)\s+[^;.]{5,250}")
#: The parties a contract's opening defines: "by and between CNS Pharmaceuticals, Inc. ("CNS"), a
#: Nevada corporation, ..., and WPD Pharmaceuticals, ("WPD"), a Polish corporation".
_PARTIES_RE = re.compile(r"\bby\s+and\s+between\s+[^;]{0,200}?\(\s*(?:the\s+)?[\"“](?P<a>[A-Z][\w\-&]*(?:\s[A-Z][\w\-&]*)?)[\"”]\s*\)"
                         r"[^;]{0,300}?\band\s+[^;]{0,200}?\(\s*(?:the\s+)?[\"“](?P<b>[A-Z][\w\-&]*(?:\s[A-Z][\w\-&]*)?)[\"”]\s*\)")
#: How much of a contract after its opening the recitals may take.
RECITALS_REACH = 2500


def _recitals(ctx: Context, doc: int, start: int, fields: dict, names: list[str]) -> None:
    text = ctx.text(doc)
    end = min(len(text), start + RECITALS_REACH)
    dev = _RECITAL_DEVELOPS_RE.search(text, start, end)
    if dev and not fields.get("scope"):
        fields["scope"] = clean(dev.group("scope"))
    funds = _RECITAL_FUNDS_RE.search(text, start, end)
    if not funds:
        return
    if "research_funding" in fields and not fields.get("research_funding"):
        fields["research_funding"] = clean(funds.group(0).split(None, 1)[1])
    funder = ctx.lexicon.canonical_company(funds.group("who")) or funds.group("who")
    if not fields.get("licensee") and not fields.get("licensor") and funder not in _ROLE_WORDS:
        parties = _PARTIES_RE.search(text, max(0, start - 200), end)
        aliases = [parties.group("a"), parties.group("b")] if parties else []
        others = [n for n in dict.fromkeys(aliases + names) if not _same_party(n, funder) and n not in _ROLE_WORDS]
        fields["licensee"] = funder
        fields["licensor"] = others[0] if len(others) == 1 else None


#: A table of licensing partners: "Partner | Program | Cash Collected | Remaining Milestone
#: Potential" (ABVC's FY2024 8-K, as HTML cells or as lines of text). Each row names one
#: licensee and the program licensed to it: one background licence each.
_PARTNER_HEADER_RE = re.compile(r"\b(?P<role>Partner|Licensee|Licensor|Collaborator|Counterparty)[ ]*(?=[\t\n])")
_PARTNER_WORDS = ("Partner\t", "Partner \n", "Partner\n", "Licensee\t", "Licensee \n", "Licensee\n", "Licensor\t",
                  "Licensor \n", "Licensor\n", "Collaborator\t", "Collaborator\n", "Counterparty\t", "Counterparty\n")
_MONEY_HEADER_RE = re.compile(r"collected|milestone|upfront|up-front|payments?|received|potential|royalt", re.I)
_CELL_SPLIT_RE = re.compile(r"\s*[\t\n]\s*")
#: A header cell is short and holds no figure ("Cash Collected", "Remaining Milestone Potential").
HEADER_CELL_MAX = 40
#: Rows read after a partner header before the table is taken to have ended.
MAX_PARTNER_ROWS = 12


def partner_tables(ctx: Context) -> list[Draft]:
    out: list[Draft] = []
    for doc in sorted(ctx.biopharma):
        text = ctx.text(doc)
        if not any(word in text for word in _PARTNER_WORDS):
            continue  # substring tests: a tenth of the regex pass they spare
        for h in _PARTNER_HEADER_RE.finditer(text):
            out += _partner_rows(ctx, doc, text, h)
    return out


def _cells(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    cells, pos = [], start
    for m in _CELL_SPLIT_RE.finditer(text, start, min(len(text), limit)):
        if m.start() > pos:
            cells.append((pos, m.start()))
        pos = m.end()
    return cells


def _partner_rows(ctx: Context, doc: int, text: str, header: re.Match[str]) -> list[Draft]:
    cells = _cells(text, header.end(), header.end() + 200 * MAX_PARTNER_ROWS)
    width = 1
    while width <= len(cells):
        s, e = cells[width - 1]
        cell = text[s:e]
        if len(cell) > HEADER_CELL_MAX or re.search(r"\d", cell) or ctx.companies(doc, s, e):
            break
        width += 1
    header_text = text[header.start(): cells[width - 2][1]] if width > 1 else ""
    if width < 3 or not _MONEY_HEADER_RE.search(header_text):
        return []
    cells = cells[width - 1:]
    rows = []
    for i in range(0, min(len(cells), width * MAX_PARTNER_ROWS), width):
        first = text[cells[i][0]:cells[i][1]]
        if len(first) > 80 or first.lower().startswith("total"):
            break
        rows.append(cells[i: i + width])
    out = []
    for row in rows:
        if len(row) < 2 or not any(find_money(text[s:e]) for s, e in row[1:]):
            continue
        partner = _row_company(ctx, doc, text, row[0])
        if not partner or partner == ctx.registrant:
            continue
        fields = _empty_fields("license_agreement")
        other = ctx.registrant
        fields["licensee"], fields["licensor"] = (partner, other) if header.group("role") != "Licensor" else (other, partner)
        program = clean(text[row[1][0]:row[1][1]])
        fields["scope"] = program if not find_money(program) else None
        out.append(Draft("license_agreement", "historical", None, fields, [span(doc, row[0][0], row[-1][1])], 0.6,
                         key=("license_agreement", None, (partner,)), order=(doc, row[0][0]),
                         extra={"parties": [other, partner]}))
    return out


_ROW_SUFFIX_RE = re.compile(r"\b(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|AG|GmbH|S\.A|N\.V|Co)\.?$")


def _row_company(ctx: Context, doc: int, text: str, cell: tuple[int, int]) -> str | None:
    """The company a table row names in its first cell: "ForSeeCon Eye Corporation"."""
    name = clean(text[cell[0]:cell[1]])
    if _ROW_SUFFIX_RE.search(name):
        short = short_name(name)
        return ctx.lexicon.canonical_company(short) or short
    names = [m.name for m in ctx.companies(doc, cell[0], cell[1]) if len(m.name) > 3]
    return names[-1] if names else None
