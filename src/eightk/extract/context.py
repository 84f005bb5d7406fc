"""What every event extractor needs to know about one filing, computed once.

The reference date (report date, else press-release date), the registrant and its short name,
the regions no event may come from (forward-looking boilerplate, "About X" sections), the
company and asset lexicons, and the candidate sentences the scan found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..records import Document, Filing, PressRelease
from .dates import DATE_RE, _value
from .entities import Lexicon, Mention, asset_mentions, build_lexicon, company_mentions
from .parties import ISSUER_RE, SELF_RE, registrant_short, short_name
from .scan import Candidate, has_deal_words, is_biopharma, scan, scan_deals

#: Document types whose text may state biopharma events (the 8-K body and its press releases;
#: plain-text inputs come as one "8-K" document). Agreements filed as EX-10 are read too: a
#: license agreement states its own signing.
READ_TYPES = ("8-K", "EX-99", "EX-10", "TEXT")

_REPORT_DATE_RE = re.compile(r"Date of Report[^:\n]{0,80}:?\s*", re.I)
_META_DATE_RE = re.compile(r"^DATE(?:\(filing\))?:\s*((?:19|20)\d\d-\d\d-\d\d)", re.M)
_META_COMPANY_RE = re.compile(r"^COMPANY:\s*([^\n(]+)", re.M)
#: How far into a document the dateline or first date may sit. Alnylam's EX-99.1
#: (ALNY-2023-07-24) has a 1,500-char contact block and headline before its dateline.
DATELINE_WINDOW = 4000

_ABOUT_RE = re.compile(r"(?m)(?:^[ \t]*(?:#{1,4}[ \t]*)?(?:\*\*)?|\*\*)[ \t]*About[ \t]+(?:the[ \t]+)?[A-Z][^\n*]{0,90}?(?:\*\*|[ \t]*$)")
#: One of these is in every match of ``_HEADING_RE``.
_HEADING_WORDS = ("#", "**", "Contact", "Media", "Investor")
_HEADING_RE = re.compile(r"(?m)^[ \t]*(?:#{1,4}[ \t]+\S|\*\*\S)|\*\*(?:Contacts?|Media|Investors?)\b|^[ \t]*(?:Contacts?|Media Contacts?|Investor Contacts?):?[ \t]*$")
#: Safe-harbor cues, matched on lower-cased text (a case-sensitive scan is the cheap one).
#: One of these is in every match of ``_FLS_RE``, and no match crosses a line.
_FLS_WORDS = ("cautionary", "forward", "safe harbor", "private securities")
_FLS_RE = re.compile(
    r"(?:cautionary (?:note|statement)[^\n.]{0,60}|forward[- ]looking statements?\b[^\n.]{0,20}(?=\n|\*\*)|"
    r"(?:this|the) (?:press )?(?:release|communication|report|document)[^.\n]{0,80}forward[- ]looking|"
    r"safe harbor|private securities litigation reform act)"
)
_FLS_SENTENCE_RE = re.compile(r"forward[- ]looking|safe harbor|risks and uncertainties|undue reliance", re.I)


@dataclass
class Context:
    filing: Filing
    reference_date: str | None
    registrant: str | None  # short name ("ImmunoGen")
    registrant_full: str | None
    lexicon: Lexicon
    candidates: tuple[Candidate, ...]
    excluded: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    texts: dict[int, str] = field(default_factory=dict)
    biopharma: set[int] = field(default_factory=set)  # documents that read as biopharma
    about: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # the registrant's "About" sections

    def text(self, doc: int) -> str:
        return self.texts[doc]

    def is_excluded(self, doc: int, start: int, end: int, families: frozenset[str] = frozenset()) -> bool:
        """Boilerplate: safe-harbor text and company "About" sections, except, in the registrant's
        own, a specific trial or regulatory fact ("The FDA has granted X Fast Track Designation",
        "The Company initiated a Phase 3 trial"), which the gold counts."""
        if _within(self.excluded.get(doc, ()), start, end):
            return True
        if _within(self.about.get(doc, ()), start, end):
            return not (families & _ABOUT_FACT_FAMILIES and _ABOUT_FACT_RE.search(self.texts[doc], start, end))
        return _FLS_SENTENCE_RE.search(self.texts[doc], start, end) is not None

    def companies(self, doc: int, start: int, end: int) -> list[Mention]:
        text = self.texts[doc]
        found = company_mentions(text, start, end, self.lexicon)
        if self.registrant:
            found += [Mention(self.registrant, m.start(), m.end(), "self") for m in SELF_RE.finditer(text, start, end)]
        found.sort(key=lambda m: m.start)
        return _drop_nested(found)

    def assets(self, doc: int, start: int, end: int) -> list[Mention]:
        return asset_mentions(self.texts[doc], start, end, self.lexicon)


#: What a company "About" section may state that is still news of its products.
_ABOUT_FACT_FAMILIES = frozenset({"clinical", "regulatory"})
_ABOUT_FACT_RE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?granted\b|\b(?:initiated|completed|commenced|began|enrolled|dosed|"
                            r"received (?:\w+\s+){0,3}(?:designation|clearance|approval))\b")


def _within(regions, start: int, end: int) -> bool:
    """Inside a region, or mostly so: a headline glued to an "About" heading is kept."""
    return any(s <= start < e or (start < e and end > s and min(e, end) - max(s, start) > (end - start) / 2)
               for s, e in regions)


def _drop_nested(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def build_context(filing: Filing, press_releases: tuple[PressRelease, ...]) -> Context | None:
    """The context of a biopharma filing, or None when no document reads as biopharma."""
    lowered = {d.sequence: d.text.lower() for d in filing.documents if _reads(d) and d.text}
    bio = {seq for seq, low in lowered.items() if is_biopharma(low)}
    deals = {seq for seq, low in lowered.items() if seq not in bio and has_deal_words(low)}
    docs = [d for d in filing.documents if d.sequence in bio or d.sequence in deals]
    if not docs:
        return None
    candidates = tuple(c for d in docs for c in (
        scan_deals(d.text, d.sequence, lowered[d.sequence]) if d.sequence in deals else scan(d.text, d.sequence, lowered[d.sequence])))
    contracts = {seq: start for seq in bio if (start := _contract_start(lowered[seq])) is not None}
    if contracts:
        candidates = tuple(_contract_candidate(c, contracts) for c in candidates)
        candidates = tuple(c for c in candidates if c.families)
    found_in = {c.doc for c in candidates}
    docs = [d for d in docs if d.sequence in bio or d.sequence in found_in]
    if not docs:
        return None  # deal words, but no deal: most bank and industrial filings
    texts = {d.sequence: d.text for d in docs}
    registrant_full = _registrant(filing, docs)
    reference = filing.report_date or _release_date(press_releases) or _text_date(docs)
    # A header's "ABBOTT LABORATORIES" is "Abbott" in the text (ABT-2012-10-18).
    spelled = registrant_full.title() if registrant_full and registrant_full.isupper() else registrant_full
    registrant = registrant_short(spelled, docs[0].text) if spelled else None
    lexicon = build_lexicon(_lexicon_text(docs, candidates), registrant_full, registrant,
                            assets=[d.sequence in bio for d in docs])
    def is_company(heading: str) -> bool:
        return _about_company(heading, lexicon, registrant)

    def is_own(heading: str) -> bool:  # the registrant's own "About": its products' facts count
        return bool(registrant) and registrant.lower() in heading.lower()

    # Deal-only documents skip the region pass: their candidates are few and a sentence that
    # speaks of forward-looking statements is still dropped by Context.is_excluded.
    excluded: dict[int, list[tuple[int, int]]] = {}
    about: dict[int, list[tuple[int, int]]] = {}
    for d in docs:
        if d.sequence in bio:
            excluded[d.sequence], about[d.sequence] = _excluded_regions(d.text, lowered[d.sequence], is_company, is_own)
        else:
            excluded[d.sequence] = _meta_regions(d.text)
    for pr in press_releases:
        for section in (s for s in pr.about if is_company(s.heading)):
            regions = about if is_own(section.heading) else excluded
            regions.setdefault(pr.document, []).append((section.span.start, section.span.end))
        if pr.forward_looking:
            excluded.setdefault(pr.document, []).append((pr.forward_looking.start, pr.forward_looking.end))
    return Context(filing, reference, registrant, registrant_full, lexicon, candidates, excluded, texts, bio, about)


#: A document with this many "shall"s is a contract (the CUAD license and collaboration
#: agreements in ../shared/corpus/bio have hundreds; a press release has none or one).
CONTRACT_SHALLS = 25
#: Of a contract only the opening is read, and only for the agreement it states: its
#: definitions ("1.46 "IND" means ...") and obligations ("shall Initiate Phase II clinical
#: trials within ...") are not events.
CONTRACT_HEAD = 3000


_CONTRACT_OPENING_RE = re.compile(r"\bthis\s+(?:[\w\-]+,?\s+(?:and\s+)?){0,6}agreement\b[^.]{0,400}?\bby and (?:between|among)\b")


def _contract_start(lowered: str) -> int | None:
    """Where an agreement's text starts in a document (an 8-K text may carry its press release
    first and the EX-10 agreement after it, as ../shared/corpus/bio's Aimmune file does)."""
    if lowered.count(" shall ") < CONTRACT_SHALLS:
        return None
    m = _CONTRACT_OPENING_RE.search(lowered)
    start = m.start() if m else 0
    return start if lowered.count(" shall ", start) >= CONTRACT_SHALLS else None


def _contract_candidate(c: Candidate, contracts: dict[int, int]) -> Candidate:
    start = contracts.get(c.doc)
    if start is None or c.end <= start:
        return c
    if c.start > start + CONTRACT_HEAD:
        return Candidate(c.doc, c.start, c.end, frozenset())
    return Candidate(c.doc, c.start, c.end, c.families & frozenset({"agreement"}))


#: The head of a document (headline, dateline, issuer) is read for names even when the scan
#: flagged nothing there.
LEXICON_HEAD = 3000


def _lexicon_text(docs: list[Document], candidates: tuple[Candidate, ...]) -> list[str]:
    """Names are looked for in the candidate sentences (and each document's head), not in all
    text: the asset and company patterns are the costliest regexes we have."""
    out = []
    for d in docs:
        parts = [d.text[:LEXICON_HEAD]]
        parts += [d.text[c.start:c.end] for c in candidates if c.doc == d.sequence and c.end > LEXICON_HEAD]
        out.append("\n".join(parts))
    return out


def _reads(doc: Document) -> bool:
    """Plain-text and bare-HTML inputs carry no document type: they are read whole."""
    kind = (doc.type or "").upper()
    return doc.kind != "binary" and (not kind or kind.startswith(READ_TYPES))


def _registrant(filing: Filing, docs: list[Document]) -> str | None:
    if filing.registrant.name:
        return filing.registrant.name
    if filing.header and filing.header.filer and filing.header.filer.name:
        return filing.header.filer.name
    for doc in docs:
        m = ISSUER_RE.search(doc.text, 0, DATELINE_WINDOW * 2)
        if m:
            words = m.group("name").replace(",", " , ").split()
            # "... today announced that ImmunoGen, Inc." -> keep the capitalised tail.
            tail: list[str] = []
            for w in reversed(words):
                if w != "," and not (w[0].isupper() or w in {"&", "and"}):
                    break
                tail.insert(0, w)
            name = " ".join(tail).replace(" , ", ", ").strip(" ,")
            if name:
                return name
        meta = _META_COMPANY_RE.search(doc.text, 0, 2000)
        if meta:
            return short_name(meta.group(1).strip())
    for doc in docs:
        heads = [m for rx, window in ((_HEADLINE_SUBJECT_RE, HEADLINE_WINDOW), (_FIRST_SUBJECT_RE, DATELINE_WINDOW))
                 for m in rx.finditer(doc.text, 0, window)]
        for head in heads:
            if head.group("name").split()[0] not in _NOT_SUBJECTS:  # "The Company is a ...", "Our ..."
                return head.group("name")
    if not filing.items:  # a release, note or article on its own, not an 8-K's body
        for doc in docs:
            covered = _COVERED_RE.search(doc.text, 0, COVERED_HEAD)
            if covered:
                return covered.group("name")
    return None


#: An analyst note or article names the company it covers with its bare ticker near the top:
#: "Initiating Coverage: Zephyr Biosciences (ZPHR)", "Tidewater Biotech Inc. (NASDAQ: TDWB)".
_COVERED_RE = re.compile(r"(?P<name>[A-Z][\w&\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\s*\((?:(?:NASDAQ|Nasdaq|NYSE|OTCQB|OTCQX|OTC|CSE|TSXV?|ASX|AMEX)\s*:\s*)?[A-Z]{2,5}\)")
COVERED_HEAD = 1500


#: "Citizens Financial Group, Inc. Reports Fourth Quarter 2021 ..." (IMTorg a4q21earningsrelease):
#: a release without a ticker names its issuer as the headline's subject.
HEADLINE_WINDOW = 400
_HEADLINE_SUBJECT_RE = re.compile(
    r"(?m)^[ \t#*]*(?P<name>[A-Z][\w.&’'\-]*(?:[ ,]+(?:[A-Z][\w.&’'\-]*|&|and)){0,5}?)\s+"
    r"(?:Reports?|Announces?|Declares?|Completes?|Receives?|Earns?|Enters?|Signs?|Provides?|Initiates?|to Acquire|"
    r"Raises?|Presents?|Launches?|Expands?|Secures?|Appoints?|Closes?|Achieves?|Advances?|Doses?|Submits?|Unveils?)\b"
)
#: "Intensity Therapeutics, a late-stage clinical biotechnology company ..., announces", "...
#: 2025. Pacylex Pharmaceuticals Inc. (Pacylex) is a clinical-stage pharmaceutical company": a
#: release with neither ticker nor dateline names its issuer as its first sentence's subject.
_NOT_SUBJECTS = frozenset("The This That These Those Our We It Its Today Each Both Such In On As For With Company".split())
_FIRST_SUBJECT_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.—-][ \t]))[ \t#*]*(?P<name>[A-Z][\w.&’'\-]*(?:[ \t]+[A-Z][\w.&’'\-]*){0,4}?)"
    r"(?:,?[ \t]+(?:Inc|Corp|Corporation|Ltd|LLC|plc|AG|SA|N\.V)\.?)?(?:[ \t]*\([^()\n]{1,40}\))?"
    r"(?:,[ \t]+|[ \t]+is[ \t]+)(?:a|an)[ \t]+[^.\n]{0,200}?\b(?:company|corporation|firm|developer|leader)\b"
)


def _release_date(press_releases: tuple[PressRelease, ...]) -> str | None:
    for pr in press_releases:
        if pr.dateline and pr.dateline.date:
            return pr.dateline.date
    return None


def _text_date(docs: list[Document]) -> str | None:
    for doc in docs:
        m = _REPORT_DATE_RE.search(doc.text, 0, DATELINE_WINDOW * 2)
        if m:
            d = DATE_RE.match(doc.text, m.end())
            if d and d.group("month"):
                return _value(d)
        meta = _META_DATE_RE.search(doc.text, 0, 1000)
        if meta:
            return meta.group(1)
        for d in DATE_RE.finditer(doc.text, 0, DATELINE_WINDOW):
            if d.group("month") or d.group("iso") or d.group("month2"):
                return _value(d)
    return None


#: A metadata block some collected releases start with ("TITLE: ...", "COMPANY: ...",
#: "DATE: ...", "SOURCE: ..."): a copy of the headline plus provenance, never prose.
_META_BLOCK_RE = re.compile(r"\A(?:[A-Z][A-Za-z() ]{2,30}:[^\n]*\n)+")


_ABOUT_WORDS_RE = re.compile(r"^\W*About\s+(?:the\s+)?|[*#]+|\s+$")
_CORPORATE_RE = re.compile(r"\b(?:Inc|Corp|Corporation|Company|Ltd|plc|LLC|N\.V|AG|S\.A|Group|Holdings)\b|[’']s\s")


def _meta_regions(text: str) -> list[tuple[int, int]]:
    meta = _META_BLOCK_RE.match(text)
    return [(0, meta.end())] if meta else []


_DEAL_HEADING_RE = re.compile(r"\b(?:collaborations?|cooperation|partnerships?|alliances?|agreements?|licen[cs]es?|licensing)\b", re.I)


def _about_company(heading: str, lexicon: Lexicon, registrant: str | None) -> bool:
    """"About ImmunoGen, Inc.", "About Lilly", "About ImmunoGen's TAP Technology" are company
    boilerplate; "About Zepbound" or "About the SURMOUNT-OSA trials" describe the news and are
    read (the dev gold takes background approvals from them, LLY-2024-09-13)."""
    name = _ABOUT_WORDS_RE.sub("", heading).strip(" :.")
    if _DEAL_HEADING_RE.search(name):
        return False  # "About Innovent Biologics' Strategic Collaboration with Eli Lilly and Company": the deal's history
    if _CORPORATE_RE.search(name) or (registrant and registrant in name):
        return True
    return any(lexicon.canonical_company(w) for w in (name, name.split()[0] if name else ""))


def _excluded_regions(text: str, lowered: str, is_company=lambda heading: True,
                      is_own=lambda heading: False) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Forward-looking boilerplate (a metadata block, other companies' "About X" sections), and
    the registrant's own "About" sections, each to the next heading: ``(boilerplate, own)``."""
    regions = []
    meta = _META_BLOCK_RE.match(text)
    if meta:
        regions.append((0, meta.end()))
    abouts = list(_line_finditer(_ABOUT_RE, text, ("About",)))
    heads = sorted([(m.start(), "own" if is_own(m.group(0)) else "about")
                    for m in abouts if is_company(m.group(0))]
                   + [(m.start(), "fls") for m in _line_finditer(_FLS_RE, lowered if len(lowered) == len(text) else text.lower(), _FLS_WORDS)])
    if not heads:
        return regions, []
    # Every "About" heading ends the section before it, as any other heading does (one-line
    # newsroom texts: "**About Innovent** ... **About Innovent Biologics' Strategic Collaboration
    # with Eli Lilly and Company** ...", LLY-2021-05-18).
    others = sorted({m.start() for m in _line_finditer(_HEADING_RE, text, _HEADING_WORDS)} | {m.start() for m in abouts})
    about = []
    for pos, kind in heads:
        nxt = bisect.bisect_right(others, pos + 3)
        end = others[nxt] if nxt < len(others) else len(text)
        (about if kind == "own" else regions).append((pos, end))
    return _merge(regions), _merge(about)


def _line_finditer(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches never cross a line and always
    hold one of ``words``: only the lines that hold one are searched."""
    starts = sorted({text.rfind("\n", 0, pos) + 1 for word in words for pos in _find_all(text, word)})
    for line in starts:
        end = text.find("\n", line)  # the line with its newline, for a look-ahead to see
        yield from pattern.finditer(text, line, len(text) if end < 0 else end + 1)


def _find_all(text: str, word: str) -> Iterator[int]:
    pos = text.find(word)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + 1)


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(regions):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
