"""acquisition prices: the deal's consideration from its own sentence or a later one that
speaks of the deal, as one amount or as the text of a price in parts, and the currency of a
bare "$"."""

from __future__ import annotations

import re

from ..context import Context
from ...records import Money
from ..money import find_money
from ..sentences import sentences
from ..scan import Candidate
from .common import clean

#: How far after the deal sentence its price may be stated ("Under the terms of the agreement,
#: Versanis shareholders could receive up to $1.925 billion", LLY-2023-07-14; BAQSIMI's "Terms
#: of the Agreement" section stands 1,750 characters after the deal, LLY-2023-04-24).
PRICE_WINDOW = 2500
_PRICE_CONTEXT_RE = re.compile(r"terms of the|consideration|purchase price|shareholders|equityholders|stockholders|in cash|"
                               r"aggregate|valued at|total value|value of|will pay|to pay|upfront|up-front", re.I)
#: A later sentence states the price of this deal only when it speaks of the deal.
#: "The transaction, structured as an equity-based acquisition, reflects a total value of" (ABVC
#: 2025-06-06), not "completed the sale of Integris Metals ... for $410 million" nor "for the
#: Elkem transaction" (another deal in the same results release, AA-8K-20050407).
_DEAL_REF_RE = re.compile(r"\b(?:the|this)\s+(?:proposed\s+)?(?:transaction|acquisition|merger|deal|divestiture)\b|"
                          r"terms of the (?:agreement|transaction|merger)|purchase price|consideration", re.I)
_OTHER_DEAL_RE = re.compile(r"\b(?i:acqui(?:red|res|re|sition of)|sale of|sold|sells?|divest(?:ed|s|iture of)?|tender(?:ed|s)?|merger with|merges? with)"
                            r"\s+(?:[a-z][\w.\-]*\s+|[\d.,]+\s+){0,5}(?P<name>[A-Z][\w&\-]+)")
#: Amounts that measure the business, not its price: "expected to add about $370 million of
#: additional revenue" (A-8K-20100517), "a bank with $10 billion in assets".
_NOT_PRICE_RE = re.compile(r"^\W{0,3}(?:\w+\s+){0,3}?(?:of\s+|in\s+)?(?:additional\s+|annual\s+)?(?:revenues?|sales|earnings|assets|deposits|loans|income|EBITDA|synerg\w*|cost savings|debt)\b", re.I)
#: A price is millions or more; "$235.00 per share" is not the deal's value.
MIN_PRICE = 1_000_000
#: Words of a second, contingent part of the price: "and an additional $125 million in cash upon
#: the one-year anniversary of closing", "up to $1.225 billion in additional future payments".
_CONTINGENT_RE = re.compile(r"\badditional\b|milestone|contingent|earn-?out|\beligible\b|deferred|anniversary|\bCVRs?\b", re.I)
#: What a price phrase starts with before its amount: "an upfront payment of $135.0 million".
_PRICE_HEAD_RE = re.compile(r"(?<![\w\-])(?:(?:(?!(?:for|an?|the|to|of|and|will|receive|pay|is|are|be|also)\b)[\w\-]+\s+){1,3}"
                            r"(?:payments?|consideration|fees?)\s+of\s*|(?:potential\s+|total\s+)?value\s+of\s+(?:the\s+\w+\s+)?(?:is\s+)?)?"
                            r"(?:(?:up to|approximately|an additional|over|more than)\s*)?$", re.I)
#: Where a price phrase ends: its conditions ("should Lilly successfully develop ...").
_PRICE_STOP_RE = re.compile(r"\s+(?:should|if|provided that|subject to|which|, which)\b|\s+(?:and|plus)\s+(?:\w+\s+){0,2}royalt|[.;]\s*$", re.I)


def _consideration(ctx: Context, c: Candidate, tail: str, target: str) -> Money | str | None:
    """The deal's price: one amount as money; a price in parts (an upfront sum and contingent
    payments) as the text of its parts, joined by "; " (gold convention, LLY-2020-10-15)."""
    text = ctx.text(c.doc)
    offset = c.end - len(tail)
    parts = _big(tail)
    if parts:
        found = [(offset, c.end, parts)]
    else:
        found = []
        for s, e in sentences(text, c.end, min(len(text), c.end + PRICE_WINDOW)):
            other = _OTHER_DEAL_RE.search(text, s, e)
            if other and other.group("name") not in target:
                break  # the next deal's sentences: "Alcoa tendered its 46.5 percent stake in Elkem ASA"
            amounts = _big(text[s:e])
            if amounts and _PRICE_CONTEXT_RE.search(text, s, e) and (_DEAL_REF_RE.search(text, s, e) or target.split()[0] in text[s:e]):
                found = [(s, e, amounts)]
                break
    if not found:
        return None
    s, e, amounts = found[0]
    nxt = sentences(text, e, min(len(text), e + PRICE_WINDOW // 4))[:1]
    if nxt and _CONTINGENT_RE.search(text, *nxt[0]) and _big(text[nxt[0][0]:nxt[0][1]]):
        found.append((nxt[0][0], nxt[0][1], _big(text[nxt[0][0]:nxt[0][1]])))
    all_amounts = [a for _, _, am in found for a in am]
    contingent = any(_CONTINGENT_RE.search(text, s0 + a.start - 60 if s0 + a.start >= 60 else 0, s0 + a.end + 60)
                     for s0, _, am in found for a in am)
    currency = _currency(ctx, c.doc)
    if (len(all_amounts) >= 2 and contingent) or _VALUATION_RE.search(text, s, e):
        return _unglue("; ".join(_price_phrase(text, s0, e0, am) for s0, e0, am in found))
    best = max(amounts, key=lambda m: m.money.value).money
    return Money(best.value, currency, best.qualifier) if currency and best.currency == "USD" and not _USD_MARK_RE.search(text, s + amounts[0].start - 4, s + amounts[0].end) else best


#: A value that depends on milestones, told as a value rather than a payment: "The potential
#: value of the transaction is over $1 billion, with successful achievement of future
#: development and commercial milestones" (LLY-2021-07-14): kept as text like a price in parts.
_VALUATION_RE = re.compile(r"\bpotential (?:total )?value\b|\bwith (?:the )?successful achievement\b", re.I)


def _unglue(text: str) -> str:
    """Spaces a flattened page lost: "payment of$135.0 million", "$1.225 billionin"."""
    text = re.sub(r"(?<=[A-Za-z])(?=\$)", " ", text)
    return re.sub(r"\b(million|billion|thousand)(?=[a-z])", r"\1 ", text)


def _big(text: str) -> list:
    return [m for m in find_money(text) if m.money.value >= MIN_PRICE and not _NOT_PRICE_RE.match(text, m.end, m.end + 60)]


def _price_phrase(text: str, start: int, end: int, amounts: list) -> str:
    """From the first amount (with its "upfront payment of") to the sentence's end or the
    first condition."""
    first = start + amounts[0].start
    head = _PRICE_HEAD_RE.search(text, max(start, first - 60), first)
    begin = head.start() if head and head.start() < first else first
    stop = _PRICE_STOP_RE.search(text, start + amounts[-1].end, end)
    return clean(text[begin: stop.start() if stop else end])


#: An issuer listed only in Canada (TSX, TSX Venture, CSE) prices in Canadian dollars when it
#: prints a bare "$": NTLX 2026-06-03 writes "US$2,500,000" for its earn-outs and a bare
#: "$9,459,954.20" for the deemed value of its shares.
_CANADIAN_RE = re.compile(r"\((?:TSX|TSXV|TSX-V|CSE|NEO)\s*:|Canadian dollars|\bCDN\$|\bC\$")
_US_LISTING_RE = re.compile(r"\b(?:NASDAQ|Nasdaq|NYSE)\b")
_USD_MARK_RE = re.compile(r"US\$|U\.S\.\s?\$|USD")
#: How much of a document's head names its listing.
LISTING_HEAD = 3000


def _currency(ctx: Context, doc: int) -> str | None:
    """The currency of a bare "$" when it is not the U.S. dollar, else None."""
    text = ctx.text(doc)
    if _CANADIAN_RE.search(text, 0, LISTING_HEAD) and not _US_LISTING_RE.search(text, 0, LISTING_HEAD):
        return "CAD"
    return None
