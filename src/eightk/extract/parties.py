"""Party resolution: company names to short names, pronouns to the registrant, roles from verbs.

Short names follow the gold convention: no corporate suffix ("Genentech, Inc." -> "Genentech",
"Merck & Co., Inc." -> "Merck"); "the Company", "we", "our" and "us" name the registrant.
"""

from __future__ import annotations

import re

_SUFFIX_RE = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|"
    r"plc|PLC|N\.V|NV|S\.A|SA|AG|A/S|AB|SE|GmbH|S\.p\.A|K\.K|Pty|Holdings?|Group|"
    r"Pharmaceuticals?|Therapeutics|Biopharma|BioPharma|Biosciences|Biotherapeutics|Bio)\b\.?)+\s*$",
    re.IGNORECASE,
)
_AND_CO_RE = re.compile(r"\s*(?:&|and)\s+(?:Co\.?|Company)(?:,?\s+Inc\.?)?\s*$", re.I)
_LEADING_THE = re.compile(r"^(?:the|The)\s+")

#: Pronouns and defined terms that name the registrant.
SELF_RE = re.compile(r"\b(?:the Company|the company|We|we|our|Our|us|the Registrant|the registrant)\b")

#: A company name: capitalised words ending in a corporate suffix ("Genentech, Inc.").
COMPANY_SUFFIX_RE = re.compile(
    r"\b(?P<name>(?:[A-Z][\w\-’'&.]*|[a-z]+-[a-z]+)(?:[ \t]+(?:[A-Z][\w\-’'&.]*|&|and|de|of)){0,5}?)"
    r",?[ \t]+(?P<suffix>Inc\.?|Incorporated|Corporation|Corp\.?|Co\.,?\s+Ltd\.?|Ltd\.?|Limited|LLC|L\.P\.|plc|PLC|N\.V\.|S\.A\.|AG|A/S|GmbH|S\.p\.A\.|K\.K\.)(?![A-Za-z])"
)
#: "ImmunoGen, Inc. (Nasdaq: IMGN)": the issuer of a press release.
ISSUER_RE = re.compile(
    r"(?P<name>[A-Z][\w\-’'&.]*(?:[ ,]+(?:[A-Z][\w\-’'&.]*|&|and)){0,6})\s*\(\s*(?:\"[^\"]*\"\s*or\s*)?"
    r"(?:Nasdaq|NASDAQ|NYSE|NYSE American|NYSE MKT|NasdaqGM|NasdaqGS|NasdaqCM|OTC\w*|TSX|AMEX|LSE|Euronext)[\w ]*:\s*[A-Z.]{1,6}"
)


def short_name(name: str) -> str:
    """``"Genentech, Inc."`` -> ``"Genentech"``; ``"Merck & Co., Inc."`` -> ``"Merck"``."""
    # "ABVC BioPharma, Inc.." (a stray second full stop in a wire release) ends as one suffix.
    out = _LEADING_THE.sub("", re.sub(r"\.{2,}$", ".", name.strip().strip(",").strip())).rstrip(" &,")
    out = _AND_CO_RE.sub("", out)
    prev = None
    while prev != out:
        prev = out
        stripped = _SUFFIX_RE.sub("", out).strip(" ,")
        if stripped:
            out = stripped
    return out


def name_key(name: str) -> str:
    """A comparison key: short name, lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", short_name(name).lower())


def registrant_short(full: str, text: str) -> str:
    """The registrant's short name as the text uses it: "Eli Lilly and Company" -> "Lilly" when
    the release says "Lilly"; "Alnylam Pharmaceuticals, Inc." -> "Alnylam"."""
    base = short_name(full)
    words = base.split()
    candidates = [base] + [w for w in words if len(w) > 3 and w[0].isupper() and "." not in w]
    best, best_count = base, -1
    for cand in candidates:
        word = re.escape(cand)  # the word first, its leading \b looked behind: a literal search
        count = len(re.findall(rf"{word}(?<=\b{word})\b", text[:200000]))
        if cand == base:
            count += 1  # the full short name wins ties
        if count > best_count:
            best, best_count = cand, count
    return best


def is_self_reference(phrase: str) -> bool:
    return bool(SELF_RE.fullmatch(phrase.strip()))


def known_party(phrase: str, names: list[str]) -> str | None:
    """The one party of ``names`` that a short mention stands for: "Halvorsen" for "Halvorsen
    Pharma" named in full nearby (a release names a partner in full once, then by its first word)."""
    word = phrase.strip().split(" ")[0] if phrase.strip() else ""
    hits = [n for n in names if n == phrase or n.split(" ")[0] == word]
    return hits[0] if len(set(hits)) == 1 else None
