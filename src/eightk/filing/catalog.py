"""Form 8-K item numbers, canonical titles (SEC General Instructions), the legacy regime and the
EDGAR header descriptions that name items.

An item number is spelt one way everywhere: ``"8.01"`` (modern) or ``"5"`` (legacy, kept in
``Item.legacy_number``). Legacy items are mapped to their modern equivalent (EVENTS.md §1).
"""

from __future__ import annotations

import re

#: The date the 2004 regime (Items 1.01-9.01) took effect.
MODERN_REGIME_START = "2004-08-23"

MODERN_TITLES: dict[str, str] = {
    "1.01": "Entry into a Material Definitive Agreement",
    "1.02": "Termination of a Material Definitive Agreement",
    "1.03": "Bankruptcy or Receivership",
    "1.04": "Mine Safety - Reporting of Shutdowns and Patterns of Violations",
    "1.05": "Material Cybersecurity Incidents",
    "2.01": "Completion of Acquisition or Disposition of Assets",
    "2.02": "Results of Operations and Financial Condition",
    "2.03": "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet "
    "Arrangement of a Registrant",
    "2.04": "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an "
    "Obligation under an Off-Balance Sheet Arrangement",
    "2.05": "Costs Associated with Exit or Disposal Activities",
    "2.06": "Material Impairments",
    "3.01": "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; "
    "Transfer of Listing",
    "3.02": "Unregistered Sales of Equity Securities",
    "3.03": "Material Modification to Rights of Security Holders",
    "4.01": "Changes in Registrant's Certifying Accountant",
    "4.02": "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or "
    "Completed Interim Review",
    "5.01": "Changes in Control of Registrant",
    "5.02": "Departure of Directors or Certain Officers; Election of Directors; Appointment of "
    "Certain Officers; Compensatory Arrangements of Certain Officers",
    "5.03": "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year",
    "5.04": "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
    "5.05": "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code "
    "of Ethics",
    "5.06": "Change in Shell Company Status",
    "5.07": "Submission of Matters to a Vote of Security Holders",
    "5.08": "Shareholder Director Nominations",
    "6.01": "ABS Informational and Computational Material",
    "6.02": "Change of Servicer or Trustee",
    "6.03": "Change in Credit Enhancement or Other External Support",
    "6.04": "Failure to Make a Required Distribution",
    "6.05": "Securities Act Updating Disclosure",
    "6.06": "Static Pool",
    "6.10": "Alternative Filings of Asset-Backed Issuers",
    "7.01": "Regulation FD Disclosure",
    "8.01": "Other Events",
    "9.01": "Financial Statements and Exhibits",
}

#: Legacy item -> (title, modern equivalent).
LEGACY: dict[str, tuple[str, str]] = {
    "1": ("Changes in Control of Registrant", "5.01"),
    "2": ("Acquisition or Disposition of Assets", "2.01"),
    "3": ("Bankruptcy or Receivership", "1.03"),
    "4": ("Changes in Registrant's Certifying Accountant", "4.01"),
    "5": ("Other Events", "8.01"),
    "6": ("Resignations of Registrant's Directors", "5.02"),
    "7": ("Financial Statements and Exhibits", "9.01"),
    "8": ("Change in Fiscal Year", "5.03"),
    "9": ("Regulation FD Disclosure", "7.01"),
    "10": ("Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code "
    "of Ethics", "5.05"),
    "11": ("Temporary Suspension of Trading Under Registrant's Employee Benefit Plans", "5.04"),
    "12": ("Results of Operations and Financial Condition", "2.02"),
}

#: EDGAR header descriptions that differ from the canonical titles (older wordings, typos
#: of EDGAR's own list), each to its modern number.
_EXTRA_DESCRIPTIONS: dict[str, str] = {
    "Departure of Directors or Principal Officers; Election of Directors; Appointment of "
    "Principal Officers": "5.02",
    "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain "
    "Officers: Compensatory Arrangements of Certain Officers": "5.02",
    "Cost Associated with Exit or Disposal Activities": "2.05",
    "Triggering Events That Accelerate or Increase a Direct Financial Obligation under an "
    "Off-Balance Sheet Arrangement": "2.04",
    "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of "
    "Ethics": "5.05",
    "Financial Statements, Pro Forma Financial Information and Exhibits": "9.01",
    "Other Information": "8.01",
}

_NON_WORD = re.compile(r"[^a-z0-9]+")


def description_key(text: str) -> str:
    """A description reduced to lower-case words, for lookup."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def _build_descriptions() -> dict[str, str]:
    table = {description_key(t): n for n, t in MODERN_TITLES.items()}
    table.update({description_key(t): modern for t, modern in LEGACY.values()})
    table.update({description_key(t): n for t, n in _EXTRA_DESCRIPTIONS.items()})
    return table


_DESCRIPTIONS = _build_descriptions()
_DESCRIPTION_WORDS = {key: frozenset(key.split()) for key in _DESCRIPTIONS}
#: Share of a description's words that must match a known one for a fuzzy match
#: (EDGAR wordings drift: "Departure of Directors or Principal Officers..." vs "...Certain...").
FUZZY_DESCRIPTION_OVERLAP = 0.75
#: A bare number, as the .nc dialect writes items: "9.01", or a legacy "5" (archive.txt, 2000).
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{2})?)\s*$")
_ITEM_NUMBER_TEXT = re.compile(r"^\s*items?\s*(\d{1,2}(?:\.\d{2})?)\b", re.I)


def number_for_description(description: str) -> str | None:
    """The modern item number an EDGAR header description names, or None.

    The .nc header dialect gives numbers ("5.02", "Item 5.02") rather than descriptions; both
    spellings are accepted. Legacy and modern items that share a description map to the same
    modern number.
    """
    numbered = _ITEM_NUMBER_TEXT.match(description) or _BARE_NUMBER.match(description)
    if numbered:
        return modern_number(numbered.group(1))
    key = description_key(description)
    if not key:
        return None
    if key in _DESCRIPTIONS:
        return _DESCRIPTIONS[key]
    words = frozenset(key.split())
    best, best_score = None, 0.0
    for known, known_words in _DESCRIPTION_WORDS.items():
        score = len(words & known_words) / max(len(words | known_words), 1)
        if score > best_score:
            best, best_score = known, score
    return _DESCRIPTIONS[best] if best is not None and best_score >= FUZZY_DESCRIPTION_OVERLAP else None


def modern_number(number: str) -> str | None:
    """``"8.01"`` -> ``"8.01"``; legacy ``"5"`` -> ``"8.01"``; unknown -> None."""
    if number in MODERN_TITLES:
        return number
    legacy = LEGACY.get(number.lstrip("0") or "0")
    return legacy[1] if legacy else None


def title_for(number: str) -> str:
    return MODERN_TITLES.get(number, "")


def legacy_title(number: str) -> str:
    return LEGACY[number][0] if number in LEGACY else ""
