"""acquisition events (Item 2.01 and M&A news, any industry): "Lilly to Acquire Versanis",
"completed its acquisition of X", "The acquisition of JMP Group LLC closed in the quarter",
"is expected to close in early second quarter 2022", "agreement ... to divest BAQSIMI to
Amphastar". Acquisitions are read in every filing, not only biopharma ones (bank earnings
releases report theirs)."""

from __future__ import annotations

import re

from ..context import Context
from ..money import find_money
from ..scan import Candidate
from .common import Draft, clean, dates_in, span

_TARGET = r"(?P<target>(?:the\s+)?[A-Z][\w&.’'\-]*(?:\s+(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w&.’'\-]*|&|of|and|de)){0,6}(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|AG|N\.V|S\.A|L\.P)\.?)?)"
#: A defined term in parentheses: "(the “Transaction”)".
_DEFINED = r"(?:\([^)]{0,40}\)\s*)?"
_PATTERNS = (
    ("completed", re.compile(r"\b(?:has\s+|have\s+)?(?:successfully\s+)?(?:complet(?:ed|es)|closed|closes|consummated|finali[sz]ed)\s+(?:on\s+)?(?:(?:its|the|their)\s+)?(?:successful\s+)?(?:previously[- ]announced\s+)?(?:acquisition of|agreement to (?:acquire|purchase))\s+" + _TARGET)),
    # "closed its previously announced acquisition (the “Transaction”) of an aggregate of 56,375
    # ordinary shares ... in the capital of CliniQuantum Ltd." (NTLX 2026-06-03): a stake.
    ("completed", re.compile(r"\b(?:has\s+|have\s+)?(?:complet(?:ed|es)|closed|closes|consummated)\s+(?:(?:its|the|their)\s+)?(?:previously[- ]announced\s+)?acquisition\s*"
                             + _DEFINED + r"of\s+(?:an aggregate of\s+|approximately\s+|a\s+|an\s+)?[^.;]{0,60}?\b(?:shares|stake|interest|equity)\s*" + _DEFINED
                             + r"(?:[^.;]{0,40}?\b(?:in the (?:share )?capital of|of|in))\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:successful\s+)?completion of (?:its|the|their) (?:previously[- ]announced\s+)?acquisition of\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:has|have)\s+acquired\s+" + _TARGET)),
    ("announced", re.compile(r"\b(?:to|will|agreed to|agreement to)\s+acquire\s+(?:full\s+|all\s+|a majority\s+)?(?:ownership|control|the assets|(?:all\s+)?(?:of\s+)?the\s+(?:outstanding\s+)?(?:shares|stock|equity))\s+(?:of|in)\s+(?:the\s+)?" + _TARGET)),
    ("announced", re.compile(r"\b(?:to|will|agreed to)\s+(?:acquire|purchase)\s+(?:a|an|the)\s+[a-z][^.;]{2,80}?\s+from\s+" + _TARGET)),
    ("completed", re.compile(r"\bacquired\s+(?:a\s+|an\s+)?" + _TARGET + r"(?=[^.;]{0,60}?\b(?:in (?:19|20)\d\d|for \$))")),
    ("announced", re.compile(r"\b(?:to|will|has agreed to|agreed to|agreement (?:for \w+ )?to|agreement under which \w+ will|plans to|intends to)\s+(?:acquire|purchase)\s+" + _TARGET)),
    ("announced", re.compile(r"\bacquires\s+" + _TARGET)),
    ("divest", re.compile(r"\bdivest\s+" + _TARGET + r"(?:\s+\w+)?\s+to\s+(?P<buyer>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,3})")),
    # Headlines: "Acme to Acquire Delta Bio", "Acme Completes Acquisition of Delta Bio".
    ("announced", re.compile(r"\b(?:[Tt]o|[Ww]ill)\s+(?:Acquire|Purchase)\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:Completes|Closes|Completed|Closed)\s+(?:the\s+|Its\s+)?Acquisition\s+[Oo]f\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:complet(?:ed|es|ion of)|closed|closing of|consummat(?:ed|ion of))\s+(?:its|the|their)\s+(?:previously[- ]announced\s+)?merger\s+with\s+" + _TARGET)),
    ("subject", re.compile(r"\b(?:the\s+)?(?:previously[- ]announced\s+|recently[- ]announced\s+|pending\s+|proposed\s+)?acquisition\s*(?:\([^)]{0,40}\)\s*)?of\s+" + _TARGET)),
)
_CLOSED_RE = re.compile(r"\b(?:closed|was completed|has been completed|were completed|completed)\b", re.I)
_PENDING_RE = re.compile(r"\b(?:is|are|remains?)\s+(?:expected|targeted|scheduled|anticipated|subject)\b|\bexpected to (?:close|be completed)|\bpending\b", re.I)
_SKIP_RE = re.compile(r"acquired (?:IPR&D|in-process)|IPR&D|acquired (?:the )?(?:rights|license|assets?|patents?|shares|land|platform)|newly acquired|acquire (?:customers|talent|data)|forward-looking", re.I)
#: Contract prose ("Vyera shall continue to purchase"): clauses, not events.
_LEGALESE_RE = re.compile(r"\b(?:shall|hereunder|hereof|hereto|herein|WHEREAS|Notwithstanding)\b")
_ANNOUNCED_RE = re.compile(r"\b(?:announc\w*|agreed|signed|entered into)\b[^.;]*$", re.I)
#: "the share purchase agreement dated March 9, 2026": a date of the contract, not of the deal's
#: closing (NTLX 2026-06-03).
_AGREEMENT_DATE_RE = re.compile(r"\bdated(?: as of)?\s*$", re.I)
_QUARTER_RE = re.compile(r"\b(?:in|during) the (?:\w+ )?quarter\b", re.I)
_DATE_TAIL_RE = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$")
#: A headline's capitals that name what part was bought, not whom: "Alcoa Completes Acquisition
#: of Interests in South American Operations" (AA-8K-20030801).
_NOT_TARGET_HEADS = frozenset({"Interests", "Interest", "Assets", "Shares", "Stake", "Certain", "Remaining",
                               "Majority", "Minority", "Portion", "Operations", "Rights"})
_NOT_TARGET = frozenset({"the", "The", "its", "all", "a", "an"})


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = []
    for c in candidates:
        if "acquisition" not in c.families:
            continue
        d = _acquisition(ctx, c)
        if d:
            out.append(d)
    return out


def _find(sent: str) -> tuple[str, re.Match[str]] | None:
    for kind, rx in _PATTERNS:
        m = rx.search(sent)
        if m:
            return kind, m
    return None


def _acquisition(ctx: Context, c: Candidate) -> Draft | None:
    text = ctx.text(c.doc)
    sent = text[c.start:c.end]
    if _SKIP_RE.search(sent) or _LEGALESE_RE.search(sent):
        return None
    found = _find(sent)
    if not found:
        return None
    kind, m = found
    if kind == "subject" and not (_CLOSED_RE.search(sent, m.end()) or _PENDING_RE.search(sent, m.end())
                                  or _ANNOUNCED_RE.search(sent[max(0, m.start() - 40): m.start()])
                                  or "announced" in m.group(0).lower()):
        return None  # "the impact of the third quarter acquisition of Stratagene": a mention
    target = _target(ctx, m.group("target"))
    if not target:
        return None
    acquirer = _acquirer(ctx, c, m, kind)
    if acquirer == target:  # a headline glued to its sentence: "Acquires PFM ... U.S. Bank closed"
        acquirer = ctx.registrant if ctx.registrant != target else None
    if not acquirer:
        return None
    tail = sent[m.end():]
    status_field, status = _status(kind, sent, tail)
    money = _consideration(ctx, c, tail)
    dates = [d for d in dates_in(ctx, c.doc, c.start + m.end(), c.end) if not d.relative
             and not _AGREEMENT_DATE_RE.search(text, max(0, d.start - 16), d.start)]
    date = dates[0].value if dates else None
    if status == "occurred":
        date = date if date and ctx.reference_date and date[:7] < ctx.reference_date[:7] else ctx.reference_date
        if date and ctx.reference_date and date[:7] < ctx.reference_date[:7]:
            status = "historical"
    elif status == "historical":
        date = date or None
    fields = {"acquirer": acquirer, "target": target,
              "consideration": money[0].money if money else None, "status": status_field}
    return Draft("acquisition", status, date, fields, [span(c.doc, c.start, c.end)], 0.75,
                 key=("acquisition", target.lower()[:12]), order=(c.doc, c.start))


#: How far after the deal sentence its price may be stated ("Under the terms of the agreement,
#: Versanis shareholders could receive up to $1.925 billion", LLY-2023-07-14).
PRICE_WINDOW = 1500
_PRICE_CONTEXT_RE = re.compile(r"terms of the|consideration|purchase price|shareholders|in cash|per share|aggregate|valued at", re.I)
#: A price is millions or more; "$235.00 per share" is not the deal's value.
MIN_PRICE = 1_000_000


def _consideration(ctx: Context, c: Candidate, tail: str) -> list:
    big = [m for m in find_money(tail) if m.money.value >= MIN_PRICE]
    if big:
        return [max(big, key=lambda m: m.money.value)]
    text = ctx.text(c.doc)
    window = text[c.end: c.end + PRICE_WINDOW]
    for m in find_money(window):
        if m.money.value >= MIN_PRICE and _PRICE_CONTEXT_RE.search(window, max(0, m.start - 150), m.end + 60):
            return [m]
    return []


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


def _acquirer(ctx: Context, c: Candidate, m: re.Match[str], kind: str) -> str | None:
    if kind == "divest":
        buyer = m.group("buyer")
        return ctx.lexicon.canonical_company(buyer) or clean(buyer)
    pos = c.start + m.start()
    before = [x.name for x in ctx.companies(c.doc, c.start, pos)]
    if kind == "announced":
        # "Eli Lilly and Company and Versanis Bio ... announced a definitive agreement for Lilly
        # to acquire Versanis": the company right before the verb.
        return before[-1] if before else ctx.registrant
    return before[0] if before else ctx.registrant


def _status(kind: str, sent: str, tail: str) -> tuple[str, str]:
    if kind == "completed":
        return "completed", "occurred"
    if kind == "subject":
        if _PENDING_RE.search(tail):
            return "pending", "expected"
        if _CLOSED_RE.search(tail):
            return "completed", "historical" if _QUARTER_RE.search(tail) else "occurred"
        return "announced", "occurred"
    return "announced", "occurred"
