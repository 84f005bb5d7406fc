"""regulatory_event products: the product an action is told of when the lexicon does not
know it (code names, a name in a product's slot, the short name of an approved use), the one
the sentence before named, and each product of a multi-product approval."""

from __future__ import annotations

import re

from ..context import Context
from ..entities import NOT_COMPANIES, Mention
from ..scan import Candidate
from ..sentences import sentence_at
from .regulatory_indications import _HAS_DISEASE_RE

#: How far back a submission sentence without a product name looks for it.
ASSET_LOOKBACK = 600


#: "FDA approval of Zepbound for adults with obesity ... and Jaypirca for chronic lymphocytic
#: leukemia" (LLY-2024-02-06): each product named with its own "for" is its own approval.
_FOR_RE = re.compile(r"\s*(?:®|™|\*)*\s*(?:\([^)]{1,40}\)\s*)?for\b")


def _approved_products(ctx: Context, c: Candidate, am: re.Match[str]) -> list:
    text = ctx.text(c.doc)
    start = c.start + am.end()
    semi = text.find(";", start, c.end)
    end = semi if semi >= 0 else c.end
    found, seen = [], set()
    for a in ctx.assets(c.doc, start, end):
        if a.name not in seen and _FOR_RE.match(text, a.end):
            seen.add(a.name)
            found.append(a)
    return found if len(found) >= 2 else []


#: The company's own product told without its name: "its lead candidate", "our investigational
#: gene therapy", "the Company's product candidate".
_OWN_PRODUCT_RE = re.compile(r"\b(?:its|our|[Tt]he [Cc]ompany[’']s)\s+(?:[\w\-]+\s+){0,3}?(?:candidate|product|therapy|therapeutic|drug|"
                             r"compound|vaccine|program|programme|asset|antibody|molecule|treatment|system|device|monitor|implant)\b")
#: Code names a lexicon leaves out because they look like targets when read anywhere ("KRX-7",
#: "cb-210", "LUMA-2"), read only in a regulatory sentence. Not genes, targets or labels.
#: Not a trial's name ("the Phase 3 ORIENT-11 trial", "SURMOUNT-1 study") nor an exhibit's ("EX-99.1").
_CODED_RE = re.compile(r"(?<![\w\-/.])(?P<name>(?:[A-Z][A-Za-z]{0,3}|[a-z]{2,4})-\d{1,5}[a-z]?|(?<=\bfor )[A-Z]{2,5} \d{2,4})"
                       r"(?![\w\-/]|\.\d|\s+(?:[A-Z]\w*\s+)?(?i:trials?|study|studies)\b)")
_NOT_CODED = frozenset("""PD GLP IL CD HER BCL JAK CDK COVID HIV HPV HSV FGF VEGF TNF IGF TGF MMP SGLT DPP PCSK ANGPTL
    TLR STING MEK ERK BTK FLT TYK KRAS EGFR ALK ROS TROP CLDN PSMA FAP CCR CXCR NK GIP Type Phase Class Grade Stage
    Item Form Rule Section Schedule Part Tier Level FY Q H Nasdaq NYSE Exhibit EX Note Annex Article Covid SARS APOE MTHFR
    ApoE Factor FXI FXII LPA Lp NRF KIT RET MET FGFR HLA IgG IgE IgA IgM Grade GBA LRRK SMN DMD CFTR SOD TDP PINK
    Cohort Part Arm Study Trial Protocol Days Day Week Weeks Year Month ISO CFR USC GMP GLP GCP FDA EMA SEC USD EUR
    NDA BLA IND MAA CTA ANDA NCT""".split())

#: A product's name where only a product stands: "Fast Track designation to Velitra", "IND for
#: Halvex", "approval of Nexlora", "Velitra received ...". One capitalised word, not a known
#: non-name, not the start of a disease ("for Sickle Cell Disease").
#: Not a word of a Title Case run ("for Triple Combination Tablet").
_SLOT_NAME_RE = re.compile(r"(?<![\w\-])(?P<name>[A-Z][a-z]+[A-Za-z0-9\-]*|[A-Z][a-z]*[A-Z][A-Za-z0-9\-]*)(?:®|™)?(?=[,.;:]|\s+(?![A-Z])|\s+(?:Phase|Trial|Study|Program|Clinical|For|In|To|As|With|And|Injection|Tablets?|Capsules?|Cream|Gel)\b|$)")
_SLOT_BEFORE_RE = re.compile(r"(?:\b(?i:designations?|status|clearance|approval|application|IND|NDA|BLA|MAA|CTA|submission)\s+(?i:to|for|of)\s+"
                             r"|\b(?:FDA|EMA|MHRA|PMDA|NMPA|TGA|Health Canada)\s+(?i:to|for)\s+)$")
_SLOT_NOT_NAMES = frozenset("""The This That These Those Its Our Their Phase Company Patients Adults Children People Treatment
    Investigational New Drug Clinical Trial Study Orphan Fast Track Breakthrough Priority Rare Pediatric Accelerated Marketing
    Biologics License Application Approval Designation Submission Health Canada Japan China Europe United Kingdom States Israel
    Taiwan Australia Korea Switzerland Food Drug Administration European Medicines Agency Commission Ministry Additionally
    However Today In On As For With From After Before Under Following During Recent Regulatory Corporate Clinical Financial
    Business Highlights Update Q1 Q2 Q3 Q4 First Second Third Fourth Full Year Quarter Results Moderate Severe Chronic Acute
    Relapsed Refractory Metastatic Advanced Early Late Pivotal Topline Positive Type End Pre Section Rule Item Exhibit
    FDA EMA MHRA PMDA NMPA TGA CHMP IND NDA BLA MAA CTA US EU UK U.S. Use Review""".split())


#: A sentence's subject named by what it received: "Velitra was granted Orphan Drug designation".
_SUBJECT_VERB_RE = re.compile(r"(?:®|™)?\s+(?:(?:has been|have been|was|were|had been|is|has)\s+(?:granted|approved|cleared|awarded|given)|"
                              r"(?:has\s+)?(?:received|receives|obtained|secured|earned|won|gained)\b)")


def _slot_names(sent: str, offset: int, registrant: str | None) -> list[Mention]:
    out = []
    for m in _SLOT_NAME_RE.finditer(sent):
        if not (_SLOT_BEFORE_RE.search(sent, max(0, m.start() - 40), m.start())
                or not sent[:m.start()].strip(" *•-") and _SUBJECT_VERB_RE.match(sent, m.end())):
            continue
        name = m.group("name")
        if name in _SLOT_NOT_NAMES or name in NOT_COMPANIES or (registrant and name in registrant.split()):
            continue
        if _HAS_DISEASE_RE.match(sent, m.end() + 1) or re.match(r"(?:\s+[A-Z][\w\-’']*){1,3}\s+(?:[Dd]isease|[Ss]yndrome|[Dd]isorder|[Cc]ancer)\b", sent[m.end():]):
            continue  # "for Sickle Cell Disease"
        out.append(Mention(name, offset + m.start("name"), offset + m.end("name"), "slot"))
    return out


_NOT_CODED_WORDS = frozenset("mid early late end pre post non over under top year half type phase day week month covid".split())


def coded_names(sent: str, offset: int) -> list[Mention]:
    out = []
    for m in _CODED_RE.finditer(sent):
        name = m.group("name")
        head, _, number = name.replace(" ", "-").partition("-")
        if head in _NOT_CODED or head.upper() in _NOT_CODED or head.islower() and (head in _NOT_CODED_WORDS or re.fullmatch(r"(?:19|20)\d\d", number)):
            continue  # "mid-2019", "non-12"
        out.append(Mention(name, offset + m.start(), offset + m.end(), "code"))
    return out


#: What a ministry or agency allowed when no product name is known: "has approved the use of
#: Low Volume UNO (LV UNO) in a Phase 1b clinical trial" (BeyondAir.html): the short name.
_APPROVED_USE_RE = re.compile(r"\bapprov(?:ed|es|al of)\s+(?:the\s+)?use\s+of\s+(?:[A-Z][\w\-]*\s+){1,5}\((?P<short>[A-Z][A-Za-z0-9\- ]{1,15})\)")
_COMBINATION_RE = re.compile(r"\bin combination with\b|\bcombined with\b|\bplus\b")
_ALIAS_RE = re.compile(r"\b(?:marketed|sold|known|branded|commercialized)\s+as\s+$")


def _previous_subject(ctx: Context, c: Candidate) -> tuple[list[Mention], str]:
    """The product of the last sentence before that names one (its first, the subject: "the NMPA
    accepted the sNDA for TYVYT in combination with ALIMTA ..." names TYVYT), with that
    sentence's text (LLY-2020-08-18)."""
    text = ctx.text(c.doc)
    found = ctx.assets(c.doc, max(0, c.start - ASSET_LOOKBACK), c.start)
    if not found:
        return [], ""
    s, e = sentence_at(text, found[-1].start)
    own = [a for a in found if a.start >= s] or found[-1:]
    return own[:1], text[s:min(e, c.start)]


def _approved_use(sent: str, offset: int) -> list[Mention]:
    m = _APPROVED_USE_RE.search(sent)
    return [Mention(m.group("short"), offset + m.start("short"), offset + m.end("short"), "asset")] if m else []
