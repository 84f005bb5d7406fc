"""Who licenses to whom, from the shapes a deal sentence takes: "Acme granted Beta ...", "Acme
licensed ACM-7 to Beta", "Beta has the rights to ...", "under which the Company received a
license", "Beta in-licensed ... from Gamma"; and one party is never both roles."""

from __future__ import annotations

import re

from ..context import Context
from ..entities import NOT_COMPANIES
from ..parties import known_party, short_name
from ..scan import Candidate
from .agreement_background import _HOLDER_RE
from .agreement_terms import _same_party
from .common import clean

#: Research bodies, not drug companies: "NIAID", "the Swiss Cancer Group", "Dana-Farber Cancer Institute".
_RESEARCH_ORG_RE = re.compile(r"\b(?:Group|Institutes?|University|Foundation|Consortium|Network|Cent(?:er|re)|Council|Hospital|College|Society|"
                              r"Clinic|Laboratory|Agency|Department|Ministry|Organi[sz]ation)\b|^(?-i:[A-Z]{3,6})$")
#: A brand in capitals ("OLUMIANT", "TYVYT") read as a company: not a party.
_BRAND_RE = re.compile(r"(?-i:[A-Z]{6,})")

#: Rights to another company's product are a licence even with no word for one: "Eli Lilly and
#: Company has acquired exclusive rights to Entos Pharmaceuticals' Fusogenix nucleic acid delivery
#: technology" (LLY-2022-01-06).
_OTHERS_ASSET_RE = re.compile(r"(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?:[’']s|[’'])\s+(?:[\w\-®]+\s+){0,5}?(?:technology|platform|compounds?|candidates?|products?|antibod\w+|assets?|programs?|portfolio|inhibitors?|molecules?|therapeutics?|[A-Z]{1,5}-?\d{2,})\b")


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

#: Who a licence or rights were taken from, right after them: "from the University of Westbridge".
_FROM_SOURCE_RE = re.compile(r"\s+[Ff]rom\s+(?:the\s+)?(?P<s>(?-i:[A-Z][\w\-&]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w\-&]*){0,4})(?:,?\s+(?:Inc|Ltd|LLC|AG|plc|Corp)\.?)?)")


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
        who_name = who_name or known_party(who, names)  # "granting Beta the rights" after "Beta Pharma Inc."
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
        fields["licensor"] = owner_name or (before[-1] if before and not _same_party(before[-1], fields["licensee"]) else None) \
            or (others[0] if others else ctx.registrant)
    else:
        fields["licensee"] = before[-1] if before else ctx.registrant
        others = [n for n in names if n != fields["licensee"]]
        owner = _OTHERS_ASSET_RE.match(grant.group("scope") or "")
        owner_name = re.split(r"[’']", owner.group(0))[0] if owner else None
        fields["licensor"] = others[0] if others else \
            ((ctx.lexicon.canonical_company(owner_name) or short_name(owner_name)) if owner_name else None)
        source = _FROM_SOURCE_RE.match(grant.string, grant.end())
        if source and not others:
            # "secured an exclusive worldwide license from the University of Westbridge to ..."
            fields["licensor"] = ctx.lexicon.canonical_company(source.group("s")) or short_name(source.group("s"))
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


_TAKER_RE = re.compile(r"\b(?:under|pursuant to)\s+which\s+(?P<who>the\s+Company|we|(?-i:[A-Z])[\w\-]*)\s+(?:will\s+|has\s+)?"
                       r"(?:receive[sd]?|obtain(?:s|ed)?|(?:was|is)\s+granted|gain(?:s|ed)?|acquire[sd]?)\s+(?:an?\s+|the\s+)?"
                       r"(?:(?:exclusive|non-exclusive|worldwide|global|royalty-bearing|sublicensable|,)\s*)*(?:licen[cs]e|rights?)\b", re.I)


def _license_roles(sent: str, companies: list, offset: int, fields: dict) -> None:
    """"X licensed Y from Z" / "Z granted X a license": licensee before "license(d) from"."""
    taker = _TAKER_RE.search(sent)
    if taker:
        # "..., under which the Company received an exclusive, worldwide license to ...": the one
        # who receives the licence is its licensee, the other party its licensor.
        at = taker.start("who")
        who = [x for x in companies if x.start - offset == at]
        others = [x.name for x in companies if who and not _same_party(x.name, who[0].name)]
        if who and others:
            fields["licensee"], fields["licensor"] = who[0].name, others[0]
            return
    m = _RIGHTS_FROM_RE.search(sent) or re.search(r"\blicens(?:ed|es|e)\s+(?:[^.;]{0,80}?)\bfrom\s+", sent)
    if m:
        before = [x.name for x in companies if x.start - offset < m.start()]
        after = [x.name for x in companies if x.start - offset >= m.end()]
        fields["licensee"] = before[-1] if before else None
        fields["licensor"] = after[0] if after else None
