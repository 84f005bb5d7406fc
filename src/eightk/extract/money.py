"""Money amounts in prose: "$5 million", "\\$5 million", "US$1.2 billion", "€50M",
"up to $2.8 billion", "five million dollars", and royalty terms kept as text.

:func:`find_money` returns every amount in a string with its offsets; values are in units
("$1.9 billion" -> 1900000000) so that the scorer and the store compare numbers, not prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Money

_CURRENCY_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "$": "USD", "C$": "CAD", "CAD": "CAD",
    "A$": "AUD", "AUD": "AUD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "¥": "JPY", "JPY": "JPY", "CHF": "CHF", "RMB": "CNY", "CNY": "CNY", "NT$": "TWD",
    "HK$": "HKD", "S$": "SGD",
}
_CURRENCY_WORDS = {"dollars": "USD", "u.s. dollars": "USD", "euros": "EUR", "euro": "EUR",
                   "pounds": "GBP", "yen": "JPY", "swiss francs": "CHF"}
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mm": 1e6, "mn": 1e6,
           "mil": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9, "trillion": 1e12}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
}
_QUALIFIERS = ("up to", "approximately", "about", "more than", "over", "nearly", "at least",
               "in excess of", "an aggregate of", "aggregate of", "a total of", "total of",
               "potential", "a potential")

_SYMBOL = r"(?:US\$|U\.S\.\$|NT\$|HK\$|S\$|C\$|A\$|\\?\$|€|£|¥|(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|RMB|CNY)\s?)"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Glued scales ("$75 millionconsisting", LLY-2022-12-22) are allowed: million/billion need no
# word boundary after them; the one-letter scales do.
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion)|\s?(?:bn|mn|mm|MM|mil)\b|(?:[MBK])\b)"
_QUAL = r"(?:(?P<qual>" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")\s+)?"
_WORDNUM = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))

MONEY_RE = re.compile(
    _QUAL + r"(?:(?P<sym>" + _SYMBOL + r")\s?(?P<num>" + _NUMBER + r")(?P<scale>" + _SCALE + r")?"
    r"|(?P<num2>" + _NUMBER + r")(?P<scale2>\s?(?:thousand|million|billion))?\s+(?P<cur2>U\.S\. dollars|dollars|euros|USD|EUR)\b"
    r"|(?P<wnum>" + _WORDNUM + r")\s+(?P<wscale>thousand|million|billion)\s+(?P<wcur>U\.S\. dollars|dollars|euros)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class MoneyMatch:
    money: Money
    start: int
    end: int


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _units(value: float) -> int | float:
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def _scale(raw: str | None) -> float:
    if not raw:
        return 1.0
    key = raw.strip()
    return _SCALES.get(key.lower() if len(key) > 1 else key.lower(), 1.0)


def _parse(m: re.Match[str]) -> Money | None:
    qualifier = m.group("qual").lower() if m.group("qual") else None
    if m.group("num"):
        symbol = m.group("sym").replace("\\", "").strip().upper()
        currency = _CURRENCY_SYMBOLS.get(symbol, "USD")
        return Money(_units(_number(m.group("num")) * _scale(m.group("scale"))), currency, qualifier)
    if m.group("num2"):
        currency = _CURRENCY_WORDS.get(m.group("cur2").lower(), m.group("cur2").upper())
        return Money(_units(_number(m.group("num2")) * _scale(m.group("scale2"))), currency, qualifier)
    if m.group("wnum"):
        value = _WORD_NUMBERS[m.group("wnum").lower()] * _scale(m.group("wscale"))
        return Money(_units(value), _CURRENCY_WORDS.get(m.group("wcur").lower(), "USD"), qualifier)
    return None


def find_money(text: str) -> tuple[MoneyMatch, ...]:
    """Every money amount in ``text`` with its offsets (a bare number is never money)."""
    out = []
    for m in MONEY_RE.finditer(text):
        money = _parse(m)
        if money is not None and money.value > 0:
            out.append(MoneyMatch(money, m.start(), m.end()))
    return tuple(out)


def parse_money(text: str) -> Money | None:
    """The first amount in ``text``, or None."""
    found = find_money(text)
    return found[0].money if found else None


_ROYALTY_RE = re.compile(
    r"(?:(?:tiered|escalating|double[- ]digit|single[- ]digit|high|low|mid|percentage|"
    r"sales[- ]based|up to|and|,|\s)+)?royalt(?:y|ies)\b(?:[^.;]|\.(?=\S)){0,200}",
    re.IGNORECASE,
)
_ROYALTY_STOP = re.compile(r"\s+(?:and|as well as)\s+(?:an?\s+)?(?:up-?front|milestone|equity)|,\s+(?:and\s+)?the Company\b|\s+(?-i:[A-Z]{4,})|\s+[-–—]\s+", re.I)
#: The amount a royalty is told with, before the word: "Up to $60 million in sales royalties"
#: (ABVC 2025-08-22), "up to US$60 million in future royalties" (ABVC 2025-10-08).
_ROYALTY_AMOUNT_RE = re.compile(r"(?:up to\s+|approximately\s+)?(?:US\$|U\.S\.\$|\\?\$|€|£)\s?[\d.,]+(?:\s?(?:thousand|million|billion)|[MBK]\b)?\s+(?:in|of)\s+(?:[\w\-]+\s+){0,2}$", re.I)


#: "Royalty Strategy" (a heading), "Royalty Pharma" (a company): capitals, not terms (ABVC 2025-06-06).
_HEADING_ROYALTY_RE = re.compile(r"(?-i:\bRoyalt(?:y|ies))\s+(?-i:[A-Z][a-z]+)")


#: "a royalty-bearing license", "a royalty-free license": a kind of licence, not royalty terms.
_LICENCE_KIND_RE = re.compile(r"royalt(?:y|ies)[- ](?:bearing|free)\b", re.I)


#: "4.3 Royalties. Licensee shall pay ...": a contract's section heading, not the terms.
_BARE_HEADINGS = frozenset({"Royalty", "Royalties", "ROYALTY", "ROYALTIES"})


def find_royalty(text: str) -> tuple[str, int, int] | None:
    """Royalty terms as text ("tiered royalties ranging from high single digits to low double
    digits"), trimmed to the clause, with offsets; None when no royalty is mentioned."""
    m = next((m for m in _ROYALTY_RE.finditer(text) if not _HEADING_ROYALTY_RE.search(m.group(0))
              and m.group(0).strip(" ,.") not in _BARE_HEADINGS
              and not _LICENCE_KIND_RE.match(text, m.end(0) - len(m.group(0).lstrip()) + m.group(0).lstrip().lower().find("royalt"))), None)
    if not m:
        return None
    start, end = m.start(), m.end()
    while start < end and text[start] in " ,":
        start += 1
    if text[start:start + 4].lower() == "and ":
        start += 4
    amount = _ROYALTY_AMOUNT_RE.search(text, max(0, start - 60), start)
    if amount and amount.end() == start:
        start = amount.start()
    stop = _ROYALTY_STOP.search(text, start, end)
    if stop:
        end = stop.start()
    return text[start:end].strip(" ,"), start, end
