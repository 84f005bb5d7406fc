"""A deal announced or dated in one sentence: "entered into an exclusive license agreement with
X", "granted X the worldwide rights to ...", "the 2019 collaboration", "licensed ACM-7 from Y",
with the roles, scope, signing date and status the sentence tells."""

from __future__ import annotations

import re

from ..context import Context
from ..entities import targets_in
from ..parties import short_name
from ..scan import Candidate
from ..dates import parse_date
from .common import Draft, clean, dates_in, event_date, span
from .agreement_background import _JOINT_RE, _kind
from .agreement_cues import (_AMEND_CONTEXT_RE, _ANNOUNCE_RE, _COLLAB_WORDS, _COLLABORATE_RE, _DATED_REF_RE, _GRANT_RE,
                             _HYPOTHETICAL_RE, _JOINT_AIM_RE, _LEGALESE_RE, _LICENSE_WORDS, _NAME, _is_title, _mask, _status)
from .agreement_roles import (_FROM_SOURCE_RE, _OTHERS_ASSET_RE, _background_fields, _distinct_roles, _grant_fields,
                              _license_roles, _licensed_fields, _subject_develops)
from .agreement_terms import _AMEND_RE, _CHANGE_LATER_RE, _complete_roles, _empty_fields, _roles_from_terms, _same_party, _terms

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
_TRADEMARK_RE = re.compile(r"trademark|registered|subsidiaries,? or affiliates", re.I)
#: "the licensing agreement signed in 2024", "The collaboration, originally announced in
#: September 2021", "a sublicense agreement dated February 19, 2019".
_DATED_AFTER_RE = re.compile(
    r"\b(?:agreements?|collaboration|partnership|license)\b,?\s+(?:[\w.&]+,?\s+){0,5}?(?:originally |initially |first |was |were )*"
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
_JOINT_WORK_RE = re.compile(r"\b(?:agreement|memorandum of understanding|(?-i:MOU|MoU))\s*(?:\([^)]{0,40}\)\s*)?\s+with\s+(?:[^.;]|(?<=Inc)\.|(?<=Ltd)\.|(?<=Co)\.|(?<=Corp)\.){2,120}?\bto\s+(?:jointly\s+)?(?:study|develop|co-develop|evaluate|research|discover|commerciali[sz]e|test)\b", re.I)


#: Rights granted to a named company to develop or sell, with no word for a licence: "Acme has
#: granted Beta Bio worldwide rights to develop and commercialize ACM-3 outside North America".
_GRANTED_RIGHTS_RE = re.compile(r"\bgrant(?:s|ed|ing)?\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,3}\s+(?:the\s+)?(?:(?:exclusive|non-exclusive|worldwide|global|"
                                r"regional|commercial|development|and|,)\s+)*rights?\s+to\s+(?:develop|commerciali[sz]e|market|sell|manufacture|distribute)\b", re.I)


def _agreement(ctx: Context, c: Candidate, text: str) -> Draft | None:
    sent = _mask(text[c.start:c.end])
    dated = _dated(ctx, c, sent)
    grant = _GRANT_RE.search(sent)
    licensing = _COLLAB_WORDS.search(sent) or _LICENSE_WORDS.search(sent) or (grant and dated) \
        or (dated and _RIGHTS_RE.search(sent)) or (_ANNOUNCE_RE.search(sent) and _JOINT_WORK_RE.search(sent)) \
        or (grant and _OTHERS_ASSET_RE.match(grant.group("scope") or "")) or (grant and _GRANTED_RIGHTS_RE.search(sent))\
        or (_COLLABORATE_RE.search(sent) and _JOINT_AIM_RE.search(sent)) \
        or (grant and _FROM_SOURCE_RE.match(sent, grant.end()))
    if not licensing or _LEGALESE_RE.search(sent) or _HYPOTHETICAL_RE.search(sent):
        return None
    announce = _ANNOUNCE_RE.search(sent) or _COLLABORATE_RE.search(sent)
    if announce and _UNDER_RE.search(announce.group(0)):
        announce = None  # "announced that it has achieved a milestone under its collaboration with ...": a deal in place
    background = _BACKGROUND_RE.search(sent)
    if background and (_TRADEMARK_RE.search(sent) or (background.group("ref") or "").lower().startswith(("same ", "such "))):
        background = None  # "Under the same licensing agreement": one already told
    if grant and not (_LICENSE_WORDS.search(sent) or dated or re.search(r"agreement", sent, re.I)
                      or _OTHERS_ASSET_RE.match(grant.group("scope") or "") or _GRANTED_RIGHTS_RE.search(sent)
                      or _FROM_SOURCE_RE.match(sent, grant.end())):
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
    if not _LICENSE_WORDS.search(sent) and (_JOINT_WORK_RE.search(sent) or (announce and announce.re is _COLLABORATE_RE)):
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
    elif background and not announce and (not dated or background.re is _BACKGROUND_RE and background.group("lwith")):
        # ("The license agreement with Beta Pharma AG, signed in March 2023, covers ...": dated, and its partner)
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
    is_background = background is not None and not announce and not dated and (told_in_passing or not (licensed and (_NOW_RE.search(sent) or _headline_verb(licensed, sent))))
    if is_background and not fields.get("signed"):
        # "Acme in-licensed ACM-606 from the University of Omicron in 2018"
        year = _IN_YEAR_RE.search(sent)
        # "In January 2024, Acme licensed ACM-12 to Beta": the month too
        fields["signed"] = (parse_date(year.group(0).split(None, 1)[1]) or year.group(2)) if year else None
    if is_background and not fields.get("scope"):
        # "Jardiance is part of the company's alliance with Boehringer Ingelheim", "Discovered by
        # Incyte and licensed to Lilly, baricitinib is ...": the product the sentence names.
        firms = ctx.companies(c.doc, c.start, end)
        assets = list(dict.fromkeys(a.name for a in ctx.assets(c.doc, c.start, end)
                                    if not any(f.start <= a.start < f.end for f in firms)))  # not "Halvorsen" of "Halvorsen Pharma"
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
#: "Discovered by Incyte and licensed to Lilly" (LLY-2024-09-04): who licensed it out.
_DISCOVERED_BY_RE = re.compile(r"\b(?:[Dd]iscovered|[Dd]eveloped|[Ii]nvented|[Oo]riginated|[Cc]reated)\s+(?:at|by)\s+(?P<by>" + _NAME + r")\s+and\s+(?:exclusively\s+)?licensed\s+to\b")
#: A scope the registrant owns: "our legacy combination antiviral assets" (DWTX 2026-05-14).
_OWN_SCOPE_RE = re.compile(r"(?:our|its|the Company[’']s)\b", re.I)


_IN_YEAR_TAIL_RE = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*$")
_IN_YEAR_RE = re.compile(r"\b(?:[Ii]n|[Ss]ince)\s+(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                         r"((?:19|20)\d\d)\b(?!\s*(?:-|to)\s*\d)")
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
    r"\b(?:(?<!in-)licen[cs](?:ed|es)\s+(?:the\s+)?(?:(?:exclusive|worldwide|global|commercial|development|and|,)\s+)*(?:rights?\s+(?:to|for)\s+)?"
    r"(?P<what>[^.;]{2,80}?)\s+(?P<dir>to|from)"
    # "Acme in-licensed ACM-606 from the University of Omicron in 2018": always in.
    r"|in-licen[cs](?:ed|es)\s+(?:the\s+)?(?:(?:exclusive|worldwide|global|commercial|development|and|,)\s+)*(?:rights?\s+(?:to|for)\s+)?(?P<what2>[^.;]{2,80}?)\s+(?P<dir2>from))"
    r"\s+(?:the\s+)?(?P<party>(?-i:[A-Z][\w\-&]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w\-&]*){0,4}))", re.I)
_NOW_RE = re.compile(r"\btoday\b|\bannounc", re.I)


def _headline_verb(licensed: re.Match[str], sent: str) -> bool:
    """"Acme Licenses ACM-12 to Beta Pharma ...": a Title Case headline in the present tense is
    the release's news, not background."""
    return re.match(r"(?:in-)?licen[cs]es\b", licensed.group(0), re.I) is not None and _is_title(sent[:200])


