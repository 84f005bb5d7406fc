"""Companies, assets and agreements of one filing (EVENTS.md §4).

Lexicons are built once per biopharma document with a few compiled patterns; events then look
names up in their candidate sentences. Company names are merged by short name ("ImmunoGen,
Inc.", "ImmunoGen", "the Company"); asset spellings by case ("Trastuzumab-DM1" at a sentence
start is "trastuzumab-DM1").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .parties import COMPANY_SUFFIX_RE, ISSUER_RE, name_key, short_name

#: Defined short names: ImmunoGen, Inc. ("ImmunoGen"), ForSeeCon Eye Corporation (“ForSeeCon”).
DEFINED_RE = re.compile(r"\(\s*(?:the\s+)?[\"“”']\s*(?P<alias>[A-Z][\w\- ]{1,30}?)\s*[\"“”']\s*\)")

#: Payload/conjugate names: "trastuzumab-DM1", "huC242-DM4" (seed), "IMGN853".
#: Cell-killing payloads a conjugate's name ends with.
PAYLOADS = r"DM[14]|MMAE|MMAF|SN-38|DXd|PBD"
_CONJUGATE = r"(?:[A-Za-z](?>[a-z]{7,})(?<=mab)|hu[A-Z]\w{1,6}|[A-Z][A-Za-z]{2,}\d{2,4})-(?:" + PAYLOADS + ")"
#: Company code names: MK-0616, AVE9633, LY3437943, ABV-1504, LFD-200, INT230-6.
_CODE = r"(?<![\w\-])(?:[A-Z]{2,5}-?\d{3,7}[A-Za-z]?(?:-\d{1,2}(?![\d\-]))?|[A-Z]{1,4}-[A-Z][A-Za-z]{1,4}\d{2,5}|[A-Z]{2,4}\d{2}(?=\s+(?:is|was|has|will|in|for|granted|received)\b)|[A-Z]{1,3}-\d{2,4}[a-z]?|[A-Z]\d{3,6})(?![\w])"
#: International nonproprietary name stems (USAN/INN): -mab, -tinib, -siran, -tide...
_INN_STEMS = ("mab", "tinib", "ciclib", "parib", "siran", "glutide", "patide", "gliflozin", "cept", "lisib",
              "rafenib", "sertib", "degib", "tecan", "vedotin", "rsen", "leucel", "kinra", "lukast", "sartan",
              "prazole", "tegravir", "previr", "buvir", "nersen", "gene", "mig", "plase", "poetin", "grastim",
              # the 2022 antibody stems, enzyme inhibitors, peptides and the classic small-molecule stems
              "bart", "tug", "stat", "tide", "vir", "mycin", "cillin", "cycline", "oxacin", "conazole", "olol",
              "dipine", "setron", "triptan", "ditan", "gepant", "gliptin", "glinide", "platin", "taxel",
              "rubicin", "xaban", "gatran", "grel", "lutamide", "relix", "zomib", "parin", "cel")
#: INN words are at least this long ("dupilumab"); shorter ones ending in a stem are English.
MIN_INN_LENGTH = 7
#: Words that end in a stem but name no product.
_STEM_WORDS = frozenset("peptide polypeptide nucleotide oligonucleotide dinucleotide riptide thermostat hemostat "
                        "cancel parcel excel".split())
#: International nonproprietary name stems (USAN/INN): -mab, -tinib, -siran... The word is read
#: whole (atomically: a shorter run would end before a letter) and its ending checked by
#: fixed-width look-behinds (no backtracking per stem).
_INN = (r"(?<![\w\-])[A-Za-z](?>[a-z]{2,})(?:" + "|".join(f"(?<={stem})" for stem in _INN_STEMS)
        + r")(?:-[a-z]{4})?(?![\w\-])")
#: Brand names marked ® or ™ ("Zepbound®", "Herceptin®"), or TM in letters ("HyBryteTM").
_BRAND = r"(?<![\w\-])[A-Z][A-Za-z0-9\-]{2,20}(?=\s?(?:®|™|\(R\)|\\\(R\\\))|(?<=[a-z])TM(?![A-Za-z]))"
#: The look-behind that code, INN and brand names share is tested once per position, not thrice.
_WORD_START = r"(?<![\w\-])"
ASSET_RE = re.compile(
    f"(?P<conj>{_CONJUGATE})|{_WORD_START}(?:(?P<code>{_CODE.removeprefix(_WORD_START)})|"
    f"(?P<inn>{_INN.removeprefix(_WORD_START)})|(?P<brand>{_BRAND.removeprefix(_WORD_START)}))"
)
_NOT_ASSETS = frozenset(
    "covid-19 sars-cov-2 form q1 q2 q3 q4 h1 h2 gene antigene transgene oncogene hr-2 cd-19 "
    "except concept accept intercept precept "
    "nct iso-9001 gmp-2 cfr-240 ".split()
)
_NOT_ASSET_PREFIX = ("EX-", "COVID", "NCT", "ISO", "CFR", "FORM", "ITEM", "RULE", "SEC", "NASDAQ", "NYSE", "FY", "CAGR", "PDUFA", "ASCO", "ESMO", "EASD", "ADA", "AACR", "ASH")
#: Capitalised words that are never companies (sentence-initial words, agencies, phases).
NOT_COMPANIES = frozenset(
    "The This That These Those Under Company Agreement Phase FDA U.S. US EU Food Drug "
    "Administration European Commission Nasdaq NYSE In On As Our We It Its Each Both Such "
    "Exhibit Item Board Investors Media Chief Executive Officer President Director Under "
    "Pursuant Following Upon With From For After Before Through Today Additionally However "
    "Inc Corporation Ltd Limited Health Canada Japan China Europe United States America Agency "
    "Medicines Trial Study Data Results Clinical Development Research License Licensing "
    "Collaboration Partnership Milestone Payment Registrant Securities Exchange Commission Act "
    "Annual Report Form Item Press Release Chairman CEO CFO Nasdaq NASDAQ Dr. Mr. Ms.".split()
)
#: Technologies named in the seed ("TAP technology"); general "X technology"/"X platform".
TECHNOLOGY_RE = re.compile(r"\b(?P<tech>[A-Z][\w\-]{1,15})(?:®|™)?\s+(?:technology|platform|compound)\b")
TARGET_RE = re.compile(r"\b(?:anti-|targeting\s+|targets?\s+|directed (?:against|at|toward)\s+|antibod(?:y|ies) (?:to|against)\s+)"
                       r"(?P<t1>[A-Z][A-Z0-9]{1,7}(?:[/-][A-Z0-9]{1,6})?)\b"
                       r"|\b(?P<t2>[A-Z][A-Z0-9]{1,7})-(?:targeting|targeted|expressing|positive|directed)\b"
                       r"|\b(?P<t3>[A-Z][A-Z0-9]{2,7}) (?:inhibitors?|antagonists?|agonists?|degraders?|modulators?|antibod(?:y|ies))\b")


_NOISE = frozenset("and with from by of About Press Release Relations Communications Corporate Investor Contact Contacts Media Exhibit No. Dated dated".split())


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    start: int
    end: int
    kind: str = ""


@dataclass
class Lexicon:
    """Names found in one filing: alias key -> canonical short name, plus asset spellings."""

    companies: dict[str, str] = field(default_factory=dict)
    company_variants: dict[str, set[str]] = field(default_factory=dict)
    company_re: re.Pattern[str] | None = None
    asset_spelling: dict[str, str] = field(default_factory=dict)
    asset_kind: dict[str, str] = field(default_factory=dict)
    asset_aliases: dict[str, set[str]] = field(default_factory=dict)

    def add_company(self, variant: str, canonical: str | None = None) -> str:
        canonical = canonical or short_name(variant)
        key = name_key(canonical)
        if not key or canonical in NOT_COMPANIES:
            return canonical
        existing = self.companies.get(key)
        if existing and existing.isupper() and not canonical.isupper():
            self._rename(existing, canonical)  # "XENCOR, INC." on a cover, "Xencor" in prose
        canonical = self.companies.setdefault(key, canonical)
        self.company_variants.setdefault(canonical, set()).add(variant.strip())
        for alias in (variant, short_name(variant)):
            self.companies.setdefault(name_key(alias), canonical)
        return canonical

    asset_re: re.Pattern[str] | None = None

    def _rename(self, old: str, new: str) -> None:
        for k, v in self.companies.items():
            if v == old:
                self.companies[k] = new
        self.company_variants.setdefault(new, set()).update(self.company_variants.pop(old, set()) | {old})

    def compile(self) -> None:
        if self.asset_spelling:
            alternation = "|".join(re.escape(n) for n in sorted(self.asset_spelling.values(), key=len, reverse=True))
            # "HyBryteTM": a trademark in letters, glued on, ends the name too.
            self.asset_re = re.compile(r"(?<![\w\-])(?:" + alternation + r")(?:(?![\w\-])|(?=TM(?![A-Za-z])))", re.IGNORECASE)
        names = {v for vs in self.company_variants.values() for v in vs}
        names |= set(self.company_variants)
        names = {n for n in names if len(n) >= 2}
        if names:
            alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            self.company_re = re.compile(r"(?<![\w])(?:" + alternation + r")(?![\w])")

    def canonical_company(self, name: str) -> str | None:
        return self.companies.get(name_key(name))


def build_lexicon(texts: list[str], registrant: str | None, registrant_short: str | None = None,
                  assets: list[bool] | None = None) -> Lexicon:
    """``registrant`` is the full name, ``registrant_short`` the name the text uses ("Lilly"):
    every variant of the registrant resolves to the short one."""
    lex = Lexicon()
    if registrant:
        canonical = lex.add_company(registrant, registrant_short)
        lex.add_company(canonical, canonical)
    for i, text in enumerate(texts):
        if assets is None or assets[i]:
            _assets(text, lex)
        _companies(text, lex)
        _bare_companies(text, lex)
    lex.compile()
    return lex


#: Proper nouns in the places companies stand: "from Genentech", "Genentech's", "Roche will".
_ROLE_RE = re.compile(
    r"\b(?:from|with|by|granting|granted|partnered with)\s+(?P<a>[A-Z][A-Za-z0-9\-]{2,}(?:\s[A-Z][A-Za-z0-9\-]{2,})?)(?![\w\-])(?!\s+(?:Inc|Corp|Ltd))"
    r"|(?<![\w\-])(?P<b>[A-Z][A-Za-z0-9\-]{2,})(?:[’']s\s|\s+(?:has|have|will|is responsible|began|paid|pays|announced|obtains|receives|retains)\b)"
)
#: How often a bare proper noun must stand in a company's place before it counts as one
#: (seed: "from Genentech", "granting Genentech", "Genentech's", "Genentech has started").
MIN_ROLE_HITS = 2
_MONTH_WORDS = frozenset("January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday".split())


#: What follows a capitalised word inside a Title Case headline rather than a company name.
_TITLE_RUN_RE = re.compile(r"\s+(?:(?:and|or|of|for|the|in|to|with)\s+)?[A-Z][a-z]")
_DISEASE_RE = re.compile(r"[’']s\s+(?:disease|syndrome)")


def _bare_companies(text: str, lex: Lexicon) -> None:
    counts: Counter[str] = Counter()
    for m in _ROLE_RE.finditer(text):
        name = m.group("a") or m.group("b")
        first = name.split()[0]
        if first in NOT_COMPANIES or first in _MONTH_WORDS or name.isupper() and len(name) <= 4:
            continue
        if ASSET_RE.fullmatch(name) or name.lower() in lex.asset_spelling or name.lower() in _NOT_ASSETS:
            continue  # "COVID-19 has ...": a disease, not a company (LLY-2020-08-03)
        if re.match(r"[’']s\s+(?:disease|syndrome|lymphoma|sarcoma)", text[m.end("b") if m.group("b") else m.end():][:20]):
            continue  # "Alzheimer's disease", "Crohn's disease"
        if m.group("a") and _TITLE_RUN_RE.match(text, m.end()):
            continue  # a headline's Title Case: "for Patients with Advanced RET-Driven Lung and ..."
        counts[name] += 1
    for name, n in counts.items():
        if _DISEASE_RE.search(text) and re.search(re.escape(name) + r"[’']s\s+(?:disease|syndrome)", text):
            continue  # "Alzheimer's treatment" where the text also says "Alzheimer's disease"
        if n >= MIN_ROLE_HITS and not lex.canonical_company(name):
            lex.add_company(name)


def _companies(text: str, lex: Lexicon) -> None:
    for m in ISSUER_RE.finditer(text):
        lex.add_company(_last_name_run(m.group("name")))
    known = {v for vs in lex.company_variants.values() for v in vs} | set(lex.company_variants)
    for m in COMPANY_SUFFIX_RE.finditer(text):
        name = m.group("name")
        if name.split()[0] in NOT_COMPANIES and len(name.split()) == 1:
            continue
        if " and " in name:
            parts = name.split(" and ")
            # "Eli Lilly and Company and Loxo Oncology, Inc.": the suffix names the last party.
            if parts[-1][:1].isupper() and (parts[-2].split()[-1] in NOT_COMPANIES or " and ".join(parts[:-1]) in known):
                name = parts[-1]
        words = name.replace(",", " ").split()
        tail = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in known), None)
        if tail:
            lex.add_company(f"{tail} {m.group('suffix')}", lex.canonical_company(tail))
            continue
        full = " ".join(_strip_leading_noise(name).split()[-4:]) + f" {m.group('suffix')}"
        canonical = lex.add_company(full)
        tail = text[m.end(): m.end() + 60]
        d = DEFINED_RE.match(tail.lstrip(" ,"))
        if d and d.group("alias") not in NOT_COMPANIES:
            lex.add_company(d.group("alias"), canonical)


def _strip_leading_noise(name: str) -> str:
    words = name.split()
    while len(words) > 1 and (words[0] in NOT_COMPANIES or words[0] in _NOISE or not words[0][0].isalpha() or "." in words[0][:-1]):
        words = words[1:]
    return " ".join(words)


def _last_name_run(name: str) -> str:
    """The company at the end of a run of capitalised words ("Today ImmunoGen, Inc." -> ...)."""
    return _strip_leading_noise(name.strip(" ,"))


#: "Emgality is a monoclonal antibody ...", "Zepbound (tirzepatide)": a capitalised name
#: described as a medicine, or glossed by an INN, is a product even without ® (LLY-2019-05-06).
_DESCRIBED_RE = re.compile(
    r"(?P<name>[A-Z](?<![\w\-][A-Z])[a-z][A-Za-z0-9\-]{2,20})(?:®|™)?\s+(?:is|was) an?\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:antibody|inhibitor|medicine|treatment|therapy|therapeutic|drug|vaccine|agonist|antagonist|injection|biologic|molecule|conjugate)\b"
)
#: A product named as the company's own: "the Company's Tricuspid Flow Optimizer system"
#: (Triflo 2024-06-06), "our product candidate Halneuron", "its lead drug candidate, ACM-101".
_OWNED_RE = re.compile(
    r"\b(?:[Oo]ur|[Tt]he Company[’']s|[Ii]ts)\s+(?:lead\s+|proprietary\s+|investigational\s+)?"
    r"(?:(?:product|drug|clinical|development)\s+candidate,?\s+(?P<cand>[A-Z][\w\-]{2,20}(?:\s[A-Z][\w\-]{2,20}){0,2})"
    r"|(?P<dev>[A-Z][\w\-]{2,20}(?:\s[A-Z][\w\-]{2,20}){1,3})\s+(?:system|device|implant|valve|catheter|stent)\b)"
)
_GLOSSED_RE = re.compile(r"(?P<name>[A-Z](?<![\w\-][A-Z])[A-Za-z0-9\-]{2,20})(?:®|™)?\s*\((?P<inn>" + _INN + r")\)")


def _assets(text: str, lex: Lexicon) -> None:
    counts: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    for rx in (_DESCRIBED_RE, _GLOSSED_RE):
        for m in rx.finditer(text):
            name = m.group("name")
            if name not in NOT_COMPANIES:
                counts[name] += 1
                kinds[name.lower()] = "brand"
    for m in _OWNED_RE.finditer(text):
        name = (m.group("cand") or m.group("dev")).strip()
        if name.split()[0] not in NOT_COMPANIES:
            counts[name] += 1
            kinds[name.lower()] = "device" if m.group("dev") else "candidate"
    for m in ASSET_RE.finditer(text):
        name = m.group(0)
        if not _plausible_asset(name, m.lastgroup or ""):
            continue
        if m.lastgroup == "inn" and name[0].isupper() and not _SENTENCE_START_RE.search(text, max(0, m.start() - 4), m.start()) \
                and name.lower() not in text:
            continue  # "with Halvorsen Pharma AG": a capitalised name mid-sentence, never written as a drug
        counts[name] += 1
        kinds[name.lower()] = m.lastgroup or ""
    by_key: dict[str, Counter[str]] = {}
    for name, n in counts.items():
        by_key.setdefault(name.lower(), Counter())[name] += n
    for key, spellings in by_key.items():
        # Prefer the spelling used mid-sentence (lower-case INN) over a sentence-initial capital.
        best = max(spellings.items(), key=lambda kv: (kv[1] + (0.5 if kv[0][0].islower() else 0)))
        lex.asset_spelling.setdefault(key, best[0])
        lex.asset_kind.setdefault(key, kinds[key])


#: What stands before a word that starts a sentence or a line.
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n•*#\-–—(]\s*|\*\*)$")


def _plausible_asset(name: str, kind: str) -> bool:
    low = name.lower()
    if low in _NOT_ASSETS or low in _STEM_WORDS:
        return False
    if kind == "inn" and len(low) < MIN_INN_LENGTH:
        return False
    if kind == "code" and re.fullmatch(r"IL-\d+[A-Z]?", name):
        return False  # interleukins are targets ("IL-13"), not products
    if kind == "code" and (name.upper().startswith(_NOT_ASSET_PREFIX) or re.fullmatch(r"[A-Z]{1,3}-?(?:19|20)\d\d|[A-Z]\d{3,6}", name) and re.fullmatch(r"[A-Z](?:19|20)\d\d|[A-Z]\d{5,6}", name)):
        return False
    if kind == "brand" and (name in NOT_COMPANIES or name.isupper() and len(name) <= 3):
        return False
    return True


def asset_mentions(text: str, start: int, end: int, lex: Lexicon) -> list[Mention]:
    """Every known asset named in ``text[start:end]``, by the filing's own asset lexicon."""
    if lex.asset_re is None:
        return []
    out = []
    for m in lex.asset_re.finditer(text, start, end):
        key = m.group(0).lower()
        if key in lex.asset_spelling:
            out.append(Mention(lex.asset_spelling[key], m.start(), m.end(), lex.asset_kind.get(key, "")))
    return out


def company_mentions(text: str, start: int, end: int, lex: Lexicon) -> list[Mention]:
    if lex.company_re is None:
        return []
    out = []
    for m in lex.company_re.finditer(text, start, end):
        canonical = lex.canonical_company(m.group(0))
        if canonical:
            out.append(Mention(canonical, m.start(), m.end()))
    return out


def targets_in(text: str) -> list[str]:
    out: list[str] = []
    for m in TARGET_RE.finditer(text):
        t = m.group("t1") or m.group("t2") or m.group("t3")
        if t and t not in out and t not in {"FDA", "US", "EU", "TAP", "ADC"}:
            out.append(t)
    return out
