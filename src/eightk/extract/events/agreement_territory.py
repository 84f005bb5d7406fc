"""Where a deal's rights run: worldwide or global beside the deal's words, a named region or
country ("outside of China", "all territories except Japan", "ex-U.S."), split and co-exclusive
territories ("Beta leads in Greater China, Acme elsewhere")."""

from __future__ import annotations

import re

from .common import clean

#: Places a deal's rights run in (regions first: "Asia-Pacific" before "Asia").
_PLACES = (r"(?:U\.S\.|United States(?: of America)?|North America|South America|Latin America|the Americas|Canada|Mexico|Brazil|"
           r"European Union|Europe|European Economic Area|United Kingdom|U\.K\.|Switzerland|Germany|France|Italy|Spain|"
           r"Nordic countries|Scandinavia|Russia|CIS|Turkey|Israel|Middle East(?: and North Africa)?|MENA|North Africa|Africa|"
           r"Asia[- ]Pacific(?: region)?|APAC|Southeast Asia|Asia|Greater China|mainland China|China|Hong Kong|Macau|Taiwan|Japan|"
           r"South Korea|Korea|India|Australia|New Zealand|Singapore|Indonesia|Vietnam|Thailand|Malaysia|Philippines)")
_TERRITORY_RE = re.compile(r"\b(?P<t>worldwide|global(?:ly)?|outside (?:of )?(?:the )?" + _PLACES + r"|ex-U\.S\.|ex-US|"
                           r"(?:all|other) (?:territories|countries|markets) (?:except|excluding|outside(?: of)?) (?:the )?" + _PLACES + r"|"
                           r"(?:in|across|throughout)\s*(?:the )?" + _PLACES + r"(?:,\s*(?-i:[A-Z])[\w]+(?:\s(?-i:[A-Z])[\w]+)?(?!\s+(?:will|is|are|has|have|shall|would|may|can)\b))*(?:,?\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w]+(?:\s(?-i:[A-Z])[\w]+)?(?!\s+(?:will|is|are|has|have|shall|would|may|can)\b))?)(?!\w)", re.I)


#: Where the rights run. "worldwide" and "global" count only beside the deal's words ("an
#: exclusive worldwide license", "global licensing deal"), not in "launching innovative medicines
#: worldwide" (ALNY 2023-07-24); "worldwide" is the territory proper and wins over a "global"
#: that only qualifies the agreement ("a global exclusive license agreement ... an exclusive
#: worldwide license to Rigel's RIPK1 inhibitors", LLY-2021-02-18).
_DEAL_NOUN = r"(?:licen[cs]\w*|rights?|agreements?|deals?|collaborations?|partnerships?|development|commerciali[sz]ation|exclusive|basis|royalty-bearing|strategic|research|option)"


_WORLD_RE = re.compile(r"\b(?P<w>worldwide|global(?:ly)?)\b(?=(?:,?\s+[\w\-&®]+){0,3}?\s+" + _DEAL_NOUN + r"\b)"
                       r"|\b" + _DEAL_NOUN + r"\b(?:\s+[\w\-]+){0,3}?\s+(?P<w2>worldwide|globally)\b", re.I)


#: A territory split between the parties: "Alnylam and Roche will co-commercialize zilebesiran in
#: the U.S., while Roche obtains exclusive right to commercialize zilebesiran outside the U.S."
_SPLIT_TERRITORY_RE = re.compile(
    r"\bco-commerciali[sz]\w*\s+(?:[\w\-]+\s+){0,3}?in\s+(?:the\s+)?(?P<a>U\.S\.?|United States|[A-Z][a-z]+)"
    r"[^.;]{0,40}?\b(?P<p>[A-Z][\w\-]+)\s+(?:will\s+)?(?:obtains?|receives?|gets?|has|have|retains?|holds?|will have)\s+(?:the\s+|an?\s+)?exclusive\s+"
    r"(?:rights?|licen[cs]e)\b[^.;]{0,60}?\b(?P<b>outside\s+(?:of\s+)?(?:the\s+)?(?:U\.S\.?|United States|[A-Z][a-z]+))", re.I)


#: "across 49 low- to middle-income countries in Africa" (LLY-2024-09-04).
_SPLIT_PREFIX = "co-commercialization in "


#: A territory already split between the parties ("Junshi Biosciences: Greater China; Lilly: ...").
_SPLIT_DONE_RE = re.compile(r"[^:;]{2,60}: [^;]+; [^:;]{2,60}: ")


_COUNTRIES_RE = re.compile(r"\b(?:in|across)\s+(?P<t>\d+\s+(?:[\w\-]+\s+){0,5}?countries(?:\s+(?:in|across)\s*(?:the\s+)?[A-Z][a-z]+)?)")


#: "Junshi Biosciences leads development in Greater China, while Lilly leads development in the rest
#: of the world" (LLY-2021-01-27): each party's own territory.
_LEADS_IN_RE = re.compile(
    r"\b(?P<a>(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}))\s+(?:leads?|has\s+(?:exclusive\s+)?rights?|is\s+responsible\s+for\s+\w+)\s+(?:\w+\s+){0,2}?in\s+(?P<ta>(?:the\s+)?[^,;.]{3,40}?),\s+"
    r"(?:while|and|whereas)\s+(?P<b>(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}))\s+(?:leads?|has\s+(?:exclusive\s+)?rights?|is\s+responsible\s+for\s+\w+)\s+(?:\w+\s+){0,2}?in\s+(?P<tb>(?:the\s+)?[^,;.]{3,40}?)(?=[,;.]|$)", re.I)


#: "the Company granted to Roche (i) co-exclusive rights to develop and commercialize Licensed
#: Products in the United States ... and (ii) exclusive rights to develop and commercialize Licensed
#: Products outside the United States" (Alnylam 8-K 2023-07-24).
_CO_EXCLUSIVE_RE = re.compile(
    r"(?:\bgranted\s+to\s+(?P<p>(?-i:[A-Z])[\w\-]+)[^.;]{0,20}?)?\bco-exclusive\s+rights?\b[^.;]{0,80}?\bin\s+(?:the\s+)?(?P<a>U\.S\.?|United States|(?-i:[A-Z])[a-z]+)"
    r"[^.;]{0,120}?\bexclusive\s+rights?\b[^.;]{0,80}?\b(?P<b>outside\s+(?:of\s+)?(?:the\s+)?(?:U\.S\.?|United States|(?-i:[A-Z])[a-z]+))", re.I)


#: "Revenue outside the U.S. decreased 6%" (an earnings line): where sales were, not rights.
_SALES_BEFORE_RE = re.compile(r"\b(?:revenues?|sales|volume|prices?)\s+$", re.I)


def _territory(seg: str, fields: dict) -> None:
    co = _CO_EXCLUSIVE_RE.search(seg)
    if co:
        holder = f"{co.group('p')} " if co.group("p") else ""
        fields["territory"] = f"co-exclusive in {clean(co.group('a'))}; {holder}exclusive {clean(co.group('b'))}"
        return
    if (fields.get("territory") or "").startswith("co-exclusive in "):
        return
    leads = _LEADS_IN_RE.search(seg)
    if leads:
        fields["territory"] = f"{leads.group('a')}: {clean(leads.group('ta'))}; {leads.group('b')}: {clean(leads.group('tb'))}"
        return
    if _SPLIT_DONE_RE.match(fields.get("territory") or ""):
        return
    split = _SPLIT_TERRITORY_RE.search(seg)
    if split:
        fields["territory"] = f"{_SPLIT_PREFIX}{clean(split.group('a'))}; {split.group('p')} exclusive {clean(split.group('b'))}"
        return
    current = fields.get("territory")
    if current and current.startswith(_SPLIT_PREFIX):
        return
    world = [m.group("w") or m.group("w2") for m in _WORLD_RE.finditer(seg)]
    if any(w.lower() == "worldwide" for w in world) and (not current or current.lower() == "global"):
        fields["territory"] = "worldwide"
        return
    if current:
        return
    if world:
        fields["territory"] = "global"
        return
    c = _COUNTRIES_RE.search(seg)
    if c:  # "in 30 low-income countries in Africa": the whole, before its region
        fields["territory"] = clean(c.group("t"))
        return
    t = next((t for t in _TERRITORY_RE.finditer(seg) if not re.match(r"worldwide|global", t.group("t"), re.I)
              and not _SALES_BEFORE_RE.search(seg, max(0, t.start() - 30), t.start())), None)
    if t:
        # As printed, without the preposition.
        fields["territory"] = re.sub(r"^(?:in|across|throughout)\s*(?:the\s+)?", "", clean(t.group("t")))
        return
