"""regulatory_event agencies: the agencies and places an action is told of, which agency an
approval belongs to, and where a submission went or a decision is awaited."""

from __future__ import annotations

import re


#: Where a place name ends: a word boundary, or the next word glued on by a flattened link
#: ("approved inEuropeinNovember 2018", LLY-2019-05-06).
_PLACE_END = r"(?:\b|(?=in[A-Z0-9]|for\b))"
_AGENCIES = (
    # Before the FDA: "The IND was then submitted to the Taiwan FDA" (ABVC 2024-11-14).
    ("TFDA", r"\bTFDA\b|Taiwan (?:FDA\b|Food and Drug)"),
    ("FDA", r"\bFDA\b|Food and Drug Administration"),
    ("European Commission", r"European Commission|\bEC\b"),
    ("CHMP", r"\bCHMP\b|Committee for Medicinal Products"),
    ("EMA", r"\bEMA\b|European Medicines Agency"),
    ("Health Canada", r"Health Canada"),
    ("PMDA", r"\bPMDA\b|Japan(?:ese|['’]s)? Ministry of Health|\bMHLW\b"),
    ("NMPA", r"\bNMPA\b|National Medical Products Administration"),
    ("MHRA", r"\bMHRA\b|Medicines and Healthcare [Pp]roducts Regulatory Agency"),
    ("TGA", r"\bTGA\b|Therapeutic Goods Administration"),
    ("Swissmedic", r"\bSwissmedic\b"),
    ("ANVISA", r"\bANVISA\b"),
    ("MFDS", r"\bMFDS\b|Ministry of Food and Drug Safety"),
    ("CDSCO", r"\bCDSCO\b|Central Drugs Standard Control Organi[sz]ation"),
    (None, r"(?:[A-Z][a-z]+\s)?Ministry of Health"),
    ("European Commission", r"\bin\s*(?:the\s*)?(?:EU|European Union|Europe)" + _PLACE_END),
    ("MHRA", r"\bUK approval|\bin\s*the\s*(?:UK|United Kingdom)" + _PLACE_END),
    # A place as an adjective of the approval: "received EU approval", "U.S. approval".
    ("European Commission", r"\b(?:EU|European)\s+(?:marketing\s+)?(?:approval|authori[sz]ation)"),
    ("FDA", r"\b(?:U\.S\.|US)\s+(?:marketing\s+)?approval"),
    # A place with no agency named is kept as printed (gold README: "Japan"), but only where the place is what was approved for: "approved ... in Japan", "as well as in
    # Japan"; not "The Science Park Administration in Taiwan approved a GMP facility".
    (None, r"(?:\b(?:approv|authori[sz])\w*[^.;]{0,120}?\s|\b(?:as well as|and|also)\s+)in\s*(?P<place>Japan|China|Canada|Australia|Brazil|Korea|Taiwan|Switzerland)" + _PLACE_END),
    # The place first: "In China, sintilimab has been approved for two indications" (LLY-2021-05-18).
    (None, r"\bIn\s+(?P<place>Japan|China|Canada|Australia|Brazil|Korea|Taiwan|Switzerland)\s*,(?=[^.;]{0,80}\bapprov)"),
)
_AGENCY_RES = tuple((n, re.compile(p)) for n, p in _AGENCIES)
_EU_AGENCY_RE = re.compile(r"European Commission|\bEMA\b|European Medicines Agency|\bCHMP\b")


#: Actions that are the FDA's when no agency is named ("was granted Orphan Drug Designation").
_FDA_BY_DEFAULT = frozenset({
    "IND", "PDUFA date", "NDA/BLA submission", "BLA withdrawal", "NDA withdrawal", "complete response letter",
    "clinical hold", "clinical hold lifted", "breakthrough therapy designation", "fast track designation",
    "rare pediatric disease designation", "RMAT designation", "NDA/BLA acceptance", "advisory committee meeting",
    "meeting", "orphan drug designation", "priority review", "breakthrough device designation", "510(k) clearance",
    "De Novo classification", "feedback", "IDE approval"})
_CTA_PLACE_RE = re.compile(r"\b(?:UK|United Kingdom|British|Australia|Australian|Canada|Canadian|EU|European Union|Europe|Korea|Korean)\b", re.I)
_CTA_PLACES = {"uk": "MHRA", "united kingdom": "MHRA", "british": "MHRA", "australia": "TGA", "australian": "TGA",
               "canada": "Health Canada", "canadian": "Health Canada", "eu": "EMA", "european union": "EMA", "europe": "EMA",
               "korea": "MFDS", "korean": "MFDS"}
_AWAITED_PLACE_RE = re.compile(r"\b(?:(?P<agency>FDA|EMA|European Medicines Agency|European Commission|PMDA|NMPA|MHRA|Health Canada)\b"
                               r"|in\s*(?:the\s+)?(?P<place>U\.S\.|United States|EU\b|European Union|Europe|Japan|China|Canada|the UK|United Kingdom))")
_PLACE_AGENCY = {"U.S.": "FDA", "United States": "FDA", "EU": "European Commission", "European Union": "European Commission",
                 "Europe": "European Commission", "the UK": "MHRA", "United Kingdom": "MHRA", "European Medicines Agency": "EMA"}


_SUBMISSION_PLACE_RE = re.compile(r"\bin\s*(?P<place>Japan|China|Canada|Australia|Brazil|Korea|Taiwan|Switzerland)" + _PLACE_END)


def _submission_place(after: str) -> str | None:
    """Where a submission went when no agency is named: "regulatory submissions under review in
    China for sintilimab" (LLY-2021-05-18)."""
    m = _SUBMISSION_PLACE_RE.search(after)
    return m.group("place") if m else None


def _awaited_agency(before: str) -> str | None:
    found = list(_AWAITED_PLACE_RE.finditer(before))
    if not found:
        return None
    name = found[-1].group("agency") or found[-1].group("place")
    return _PLACE_AGENCY.get(name, name)


def _agency(sent: str) -> str | None:
    for name, rx in _AGENCY_RES:
        m = rx.search(sent)
        if m:
            return name or (m.groupdict().get("place") or m.group(0)).strip()
    return None


def _agencies(sent: str) -> list[tuple[str, int]]:
    """Every distinct agency or place a sentence names, with where: "approved for use by the
    European Commission in 2023, as well as in Japan in January 2024" (LLY-2024-09-13)."""
    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for name, rx in _AGENCY_RES:
        for m in rx.finditer(sent):
            at = m.start("place") if m.groupdict().get("place") else m.start()
            if any(s < m.end() and at < e for s, e in taken):
                continue  # "Japanese Ministry of Health": one agency, whichever pattern names it
            taken.append((at, m.end()))
            if not _approved_there(sent, at, m.end()):
                continue
            label = name or (m.groupdict().get("place") or m.group(0)).strip()
            found.setdefault(label, at)
    return sorted(found.items(), key=lambda kv: kv[1])


#: How close an approval word must stand to an agency for the approval to be that agency's:
#: "FDA approval of ... Verzenio; approval of mirikizumab inJapan; and regulatory submissions
#: ... in the EU" (LLY-2023-04-27) is two approvals and a submission.
APPROVAL_REACH = 80
_APPROVAL_WORD_RE = re.compile(r"approv\w*|authori[sz]\w*", re.I)
_OTHER_ACTION_RE = re.compile(r"submi|review|applica|filing|filed|opinion|designation|letter|meeting|[;.]", re.I)


def _approved_there(sent: str, start: int, end: int) -> bool:
    after = _APPROVAL_WORD_RE.search(sent, end, min(len(sent), end + 30))
    if after and not _OTHER_ACTION_RE.search(sent, end, after.start()):
        return True
    before = list(_APPROVAL_WORD_RE.finditer(sent, max(0, start - APPROVAL_REACH), start))
    return bool(before) and not _OTHER_ACTION_RE.search(sent, before[-1].end(), start)
