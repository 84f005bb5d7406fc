"""acquisition parties: the target's name as printed, the company a passive deal speaks of,
and the acquirer (named before the verb, the registrant's own unit or its short name)."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from ..entities import NOT_COMPANIES
from .common import clean

_DATE_TAIL_RE = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$")
#: A headline's capitals that name what part was bought, not whom: "Alcoa Completes Acquisition
#: of Interests in South American Operations" (AA-8K-20030801).
_NOT_TARGET_HEADS = frozenset({"Interests", "Interest", "Assets", "Shares", "Stake", "Certain", "Remaining",
                               "Majority", "Minority", "Portion", "Operations", "Rights"})
#: A sentence's full stop glued to the buyer's name ("to Flextronics."), not an "Inc.".
_UNDOTTED_RE = re.compile(r"(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bCo)(?<!\bN\.V)(?<!\bS\.A)\.$")
_NOT_TARGET = frozenset({"the", "The", "its", "all", "a", "an"})
#: Contract roles, not buyers: "the acquisition of 5% of the shares by the Purchaser".
_NOT_BUYERS = frozenset({"Company", "Registrant", "Purchaser", "Buyer", "Parent", "Merger Sub", "Investor", "Holder", "Any Person", "Person"})


def _target(ctx: Context, raw: str) -> str | None:
    name = clean(re.sub(r"^the\s+", "", re.split(r"\.\s", raw.strip())[0]))
    name = re.split(r"[’']s\b", name)[0].strip()
    name = re.sub(r"\s+(?:and|of|&)$", "", name)
    name = _DATE_TAIL_RE.sub("", name)  # a headline's date: "Versanis Bio August 14, 2023"
    if name.endswith(".") and not re.search(r"\b(?:Inc|Corp|Co|Ltd|N\.V|S\.A|L\.P)\.$", name):
        name = name[:-1]  # the sentence's full stop: "its merger with Delta Bio."
    if not name or name in _NOT_TARGET or len(name) < 2 or name.split()[0] in _NOT_TARGET_HEADS:
        return None
    return ctx.lexicon.canonical_company(name) or name


def kind_of(m: re.Match[str]) -> str:
    return "passive announced" if "to be acquired" in m.group(0) else "passive"


def _passive_target(ctx: Context, c: Candidate, m: re.Match[str]) -> str | None:
    """The company a passive deal speaks of: the last one named before "its acquisition by"."""
    buyer = _target(ctx, m.group("buyer"))
    before = [x.name for x in ctx.companies(c.doc, c.start, c.start + m.start()) if x.kind != "self" and x.name != buyer]
    # "co-founded Ardea": a verb glued to the name by the mention finder
    if not before:
        return ctx.registrant if kind_of(m) == "passive announced" else None  # "it has agreed to be acquired by"
    return _LOWER_LEAD_RE.sub("", before[-1]) or None


_LOWER_LEAD_RE = re.compile(r"^(?:[a-z][\w\-]*\s+)+")


def _acquirer(ctx: Context, c: Candidate, m: re.Match[str], kind: str) -> str | None:
    if kind.startswith("passive") or kind in ("relative", "bought by"):
        buyer = _target(ctx, m.group("buyer"))
        if buyer == "Company" and kind == "passive":
            return ctx.registrant  # "is now a wholly owned subsidiary of the Company"
        return None if buyer in _NOT_BUYERS else buyer
    if kind == "merged into":
        return ctx.registrant
    if kind == "named subject" and m.group("subj") and m.group("subj") not in NOT_COMPANIES:
        return ctx.lexicon.canonical_company(m.group("subj")) or m.group("subj")
    if kind in ("divest", "sold"):
        buyer = m.group("buyer")
        return ctx.lexicon.canonical_company(buyer) or _UNDOTTED_RE.sub("", clean(buyer))
    pos = c.start + m.start()
    before = [x.name for x in ctx.companies(c.doc, c.start, pos)]
    if not before:
        own = (_subsidiary(ctx.text(c.doc)[c.start:pos], ctx.registrant) or _named_subject(ctx.text(c.doc)[c.start:pos])
               or _registrant_word(ctx.text(c.doc)[c.start:pos], ctx.registrant_full))
        if own:
            return own
    if kind == "announced":
        # "Eli Lilly and Company and Versanis Bio ... announced a definitive agreement for Lilly
        # to acquire Versanis": the company right before the verb.
        return before[-1] if before else ctx.registrant
    return before[0] if before else ctx.registrant


_CAPITALISED_TAIL_RE = re.compile(r"((?:[A-Z][\w.&’'\-]*\s+){0,3}[A-Z][\w.&’'\-]*)\s*$")


#: A buyer the company finder did not know, named right before the verb with a corporate word:
#: "Vega Pharma Holdings will acquire all outstanding shares of Nimbus".
_NAMED_SUBJECT_RE = re.compile(r"(?:^|[,;]\s+|\b(?:that|and|which|whereby)\s+)((?:[A-Z][\w&.’'\-]*\s+){0,3}(?:Holdings|Group|Inc\.?|Corp\.?|Corporation|"
                               r"Ltd\.?|LLC|plc|AG|SA|N\.V\.|Pharma|Pharmaceuticals|Therapeutics|Biosciences|Bio|Capital|Partners))\s*$")


#: The word right before the deal verb: "On June 1, 2021, PNC acquired BBVA USA Bancshares Inc."
_SUBJECT_WORD_RE = re.compile(r"\b([A-Z][\w&.\-]{1,30})\s+$")


def _registrant_word(before: str, registrant_full: str | None) -> str | None:
    """The registrant named by one word of its full name right before the verb ("PNC" of "THE
    PNC FINANCIAL SERVICES GROUP, INC.") when the company finder knows no shorter name."""
    m = _SUBJECT_WORD_RE.search(before)
    if not m or not registrant_full:
        return None
    word = m.group(1)
    return word if word.upper() in registrant_full.upper().replace(",", " ").split() and word.upper() not in ("THE", "INC", "CORP") else None


def _named_subject(before: str) -> str | None:
    m = _NAMED_SUBJECT_RE.search(before)
    return clean(m.group(1)) if m else None


def _subsidiary(before: str, registrant: str | None) -> str | None:
    """The registrant's own unit named as the buyer right before the deal verb: "U.S. Bank
    closed on its previously announced agreement to purchase PFM" in U.S. Bancorp's release."""
    m = _CAPITALISED_TAIL_RE.search(before)
    if not m or not registrant:
        return None
    words = m.group(1).split()
    head = registrant.split()[0]
    for i in range(len(words) - 1, -1, -1):  # the shortest tail that starts with the parent's word
        if words[i] == head and i < len(words) - 1:
            name = " ".join(words[i:])
            return name if name != registrant and not registrant.startswith(name) else None
    return None
