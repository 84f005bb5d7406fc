"""The cheap first pass: one compiled multi-pattern scan over a document's text.

This is the only code that reads all text. Each match names the event family whose words it
found (the regex group name); :func:`scan` groups matches into candidate sentences, and only
those sentences get sentence parsing and field extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import sentence_at

#: One alternation, one pass. Group names are event families; the order matters only for
#: overlapping words (the first alternative that matches at a position wins).
_FAMILIES = {
    "milestone": r"milestones?|licens\w* (?:payments?|fees?|income|revenues?)|payments? (?:to|from)|received (?:us)?\$|cash (?:income|revenues?)",
    "agreement": (r"licen[cs]\w*|collaborat\w*|partnership|co-develop\w*|co-commerciali\w*|"
                  r"agreement|amend\w*|option|extend\w*|expan(?:d|ds|ded|sion)|up-?\s?front|royalt\w*|responsib\w+ for|alliance|rights to|deals?|co-promot\w*|leads? development|"
                  r"partner(?:s|ed|ing) with|teams? up|teamed up|joins? forces|joined forces|term sheet|jointly (?:develop|research|commerciali)|"
                  r"memorandum of understanding|MOU|joint venture|cooperati(?:on|ve)|"
                  r"will (?:handle|oversee|manage|take (?:the )?lead)|retains? |fund \d{1,3}\s?%"),
    "acquisition": r"acqui(?:re|res|red|ring|sition)|merger|merge[ds]?|tender offer|divest|purchase|sold|sale of|sells?|bought|buy(?:s|ing)?|wholly[- ]owned|share exchange|business combination|combine[sd]? with|took over",
    "clinical": (r"phase\s*[-‐]?\s*(?:I{1,3}V?|IV|[1-4])[abc]?(?![A-Za-z0-9])|pivotal|clinical (?:trials?|study|studies|testing|programs?)|"
                 r"first (?:patient|participant|subject)|data from (?:the|this|that) (?:trial|study)|results from (?:the|this|that) (?:trial|study)|enrol(?:l|led|lment|ment)|dosed|top-?line|primary endpoint|data readout|"
                 # A trial planned within a program, a start told by its screening or dosing, and
                 # results told without a trial word: "a development plan ..., which includes a
                 # cardiovascular outcomes trial" (ALNY 2023-07-24), "patient screening will begin"
                 # (BeyondAir 2024-12-03), "At nine months of follow-up, ... improvements were
                 # sustained" (Triflo 2024-06-06), "HyBryte is showing impressive results" (SNGX
                 # 2025-04-24). Not "trial" alone: a subheadline's "Outcome Trial" would become a
                 # sentence the deal extractors read too.
                 r"includ(?:es|ing|e) an? (?:[\w\-]+\s+){0,3}?(?:trial|study)\b|"
                 # Trials named by their purpose, not their phase: "a registrational trial", "a
                 # first-in-human study", "an investigator-initiated study".
                 r"registration(?:al|-enabling)|first-in-human|proof-of-concept (?:trial|study)|investigator-(?:initiated|sponsored)|"
                 r"screening|dosing|randomi[sz]ed|follow-?up|response rates?|statistically significant|post-?marketing|"
                 r"show(?:s|ed|n|ing)? (?:[\w%\-]+ ){0,3}?(?:results|improvements?|responses?|reductions?|benefits?)\b|"
                 r"demonstrat(?:es|ed|ing) (?:[\w%\-]+ ){0,3}?(?:results|improvements?|responses?|reductions?|benefits?)\b"),
    # A journal is named where a flattened page lost "published" ("*The New England Journal of
    # Medicine*hasfrom the ... Trial", LLY-2020-12-11).
    "presentation": (r"present(?:ed|s|ation|ations)?|poster|abstract|congress|symposium|annual meeting|conference|published|"
                     r"new england journal|lancet\b"),
    "regulatory": (r"FDA|Food and Drug Administration|EMA|European Medicines|European Commission|CHMP|"
                   r"approv(?:al|als|ed|es)|IND|NDA|sNDA|BLA|sBLA|MAA|PDUFA|clinical hold|complete response|"
                   r"breakthrough[- ]therapy|fast[- ]track|orphan[- ]drug|marketing authori[sz]ation|MHRA|PMDA|NMPA|Health Canada|"
                   r"resubmi\w*|submi(?:t|ts|tted|ssion)|withdr(?:ew|awn|awal)|Ministry of Health|advisory committee|emergency use|"
                   r"regulatory (?:action|decision)|medicines and healthcare|authori[sz]ed|no[- ]objection|feedback|breakthrough[- ]device|"
                   r"rare pediatric|regenerative medicine|ministry of|pre-(?:ind|nda|bla)|end[- ]of[- ]phase|type [abc] meeting|"
                   r"clinical trial application|investigational new drug|study may proceed|may proceed letter"),
}
SCAN_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _FAMILIES.items()) + ")",
    re.IGNORECASE,
)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``|`` outside groups and character sets)."""
    out, depth, in_set, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def _by_first_letter(families: dict[str, str]) -> str | None:
    """The families as one alternation dispatched on its first letter (``p(?:(?P<agreement__p>
    artnership)|(?P<clinical__p>hase...|ivotal)...)``): at a word start the engine tries the
    words of that letter only, not every word (two to three times faster on the bio corpus).
    Alternatives keep their order within a letter, so the same one wins; ``m.lastgroup`` up to
    ``__`` names the family. None when an alternative does not start with a plain letter."""
    by_letter: dict[str, dict[str, list[str]]] = {}
    for name, pattern in families.items():
        for alt in _alternatives(pattern):
            if len(alt) < 2 or not ("a" <= alt[0] <= "z") or alt[1] in "?*+{":
                return None
            by_letter.setdefault(alt[0], {}).setdefault(name, []).append(alt[1:])
    branches = [
        letter + "(?:" + "|".join(f"(?P<{name}__{letter}>{'|'.join(rests)})" for name, rests in groups.items()) + ")"
        for letter, groups in by_letter.items()
    ]
    return r"\b(?:" + "|".join(branches) + ")"


#: The same scan over lower-cased text: a case-sensitive regex runs about twice as fast as an
#: IGNORECASE one on the 3 MB IMTorg supplements. Used when lowering keeps every offset.
_LOWER_FAMILIES = {name: pattern.lower() for name, pattern in _FAMILIES.items()}
SCAN_LOWER_RE = re.compile(
    _by_first_letter(_LOWER_FAMILIES)
    or r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _LOWER_FAMILIES.items()) + ")"
)
#: Acronyms that must be upper case to count (IND is also "indication", "industry"...).
_UPPER_ONLY = frozenset({"fda", "ema", "ind", "nda", "snda", "bla", "sbla", "maa", "chmp", "mhra", "pmda", "nmpa"})
_UPPER_ONLY_LEN = max(map(len, _UPPER_ONLY))
#: Words that show a document is about drugs at all. A document needs at least
#: ``MIN_BIO_WORDS`` of them before any biopharma extractor runs: bank earnings releases in
#: ../shared/corpus/filings mention "agreement", "approval" and "acquisition" but none of these.
BIO_WORDS = ("clinical", "fda", "therapeut", "pharma", "biotech", "drug", "antibod", "oncolog",
             "investigational", "biologic", "vaccine", "phase 1", "phase 2", "phase 3", "phase i",
             "patient", "disease", "medicine", "treatment of", "molecule", "genetic")
MIN_BIO_WORDS = 3


#: Deals are reported by every industry: documents that are not biopharma get this scan only.
DEAL_WORDS = ("acquisition of", "acquire ", "acquires ", "acquired ", "divest", "agreement to purchase", "merged with", "merger with",
              "sale of substantially", "business combination", "sold its", "sale of its")
DEAL_SCAN_RE = re.compile(r"\b(?P<acquisition>acqui(?:re|res|red)\b|acquisition of|divest|agreement to purchase|merge[dr] with|sale of substantially|"
                          r"business combination|sold its|sale of its)")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence the scan flagged, with the families whose words it holds."""

    doc: int
    start: int
    end: int
    families: frozenset[str]


def is_biopharma(lowered: str) -> bool:
    """At least ``MIN_BIO_WORDS`` distinct drug-development words in lower-cased text
    (substring tests: a tenth of the cost of a regex pass, and they stop early)."""
    seen = 0
    for word in BIO_WORDS:
        if word in lowered:
            seen += 1
            if seen >= MIN_BIO_WORDS:
                return True
    return False


def has_deal_words(lowered: str) -> bool:
    return any(word in lowered for word in DEAL_WORDS)


#: A deal word followed by what is bought, named with a capital ("acquisition of JMP Group",
#: "acquire a ... facility from Nexus", "acquired TravelBank").
_DEAL_OBJECT_RE = re.compile(
    r"(?i:acquisition|acquire[sd]?|acquired|divest\w*|agreement to purchase|merge[dr] with(?: and into)?|sale of substantially all of (?:its|the) assets to|"
    r"business combination(?: agreement)? with|sold its|sale of its)\s*(?:\([^)]{0,40}\)\s*)?"
    r"(?:(?i:of|to acquire)\s+)?(?:(?i:the|a|an|full|all|ownership of|control of|the assets of)\s+)*"
    # A stake ("acquired 60% of the outstanding shares of"), or a business sold to a named buyer.
    r"(?:[A-Z]|(?i:majority|controlling|\d{1,3}(?:\.\d+)?\s*(?:%|percent))|[a-z][^.;]{0,80}?\b(?:from|to)\s+[A-Z])"
)
#: A deal sentence this close after "forward-looking" is taken for safe-harbor boilerplate.
FLS_LOOKBACK = 4000


def scan_deals(text: str, doc: int, lowered: str) -> tuple[Candidate, ...]:
    """The deal-only pass for documents that are not biopharma: substring search for the
    ``DEAL_WORDS`` (a tenth of a regex pass over a bank's 3 MB supplement)."""
    if len(lowered) != len(text):
        return scan(text, doc, lowered, deals_only=True)
    positions = sorted(i for word in DEAL_WORDS for i in _find_all(lowered, word))
    found: list[Candidate] = []
    for pos in positions:
        if found and pos < found[-1].end:
            continue
        if not _DEAL_OBJECT_RE.match(text, pos, pos + 160):
            continue  # "acquired loans", "acquisition-related costs": no company follows
        start, end = sentence_at(text, pos)
        if "forward-looking" in lowered[max(0, start - FLS_LOOKBACK): start]:
            continue  # the risk-factor bullets of a safe-harbor paragraph (IMTorg a4q21)
        found.append(Candidate(doc, start, end, frozenset({"acquisition"})))
    return tuple(found)


def _find_all(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def scan(text: str, doc: int, lowered: str | None = None, deals_only: bool = False) -> tuple[Candidate, ...]:
    """Candidate sentences of ``text``, in order, each once (``deals_only``: acquisitions)."""
    found: dict[int, tuple[int, set[str]]] = {}
    covered_end = -1
    current: tuple[int, set[str]] | None = None
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):
        lowered = text  # a character changed length when lowered: fall back to IGNORECASE
        matches = (SCAN_RE if not deals_only else re.compile(DEAL_SCAN_RE.pattern, re.I)).finditer(text)
    else:
        matches = (DEAL_SCAN_RE if deals_only else SCAN_LOWER_RE).finditer(lowered)
    for m in matches:
        pos, stop = m.span()
        if stop - pos <= _UPPER_ONLY_LEN and (word := text[pos:stop]).lower() in _UPPER_ONLY and not word.isupper():
            continue
        family = m.lastgroup.partition("__")[0]
        if current is not None and pos < covered_end:
            current[1].add(family)
            continue
        start, end = sentence_at(text, pos)
        current = (end, {family})
        found[start] = current
        covered_end = end
    return tuple(Candidate(doc, s, e, frozenset(fams)) for s, (e, fams) in sorted(found.items()))
