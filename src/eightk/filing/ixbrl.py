"""Cover-page facts of an inline-XBRL 8-K: the ``dei:`` tags, read from the raw document body."""

from __future__ import annotations

import html
import re

from .dates import DATE, iso_date

#: dei tag -> [(text, format)], facts of the document's own context first.
Facts = dict[str, list[tuple[str, str]]]

_FACT = re.compile(
    r"<ix:nonNumeric\b(?P<attrs>[^>]*?\bname\s*=\s*[\"']dei:(?P<name>\w+)[\"'][^>]*)>(?P<value>.*?)</ix:nonNumeric\s*>",
    re.I | re.S,
)
_FORMAT = re.compile(r"\bformat\s*=\s*[\"'](?P<format>[^\"']+)[\"']", re.I)
_TAG = re.compile(r"<[^>]+>")
_CONTEXT = re.compile(r"\bcontextRef\s*=\s*[\"']([^\"']+)[\"']", re.I)
_SPACES = re.compile(r"\s+")
_TRUE_GLYPHS = frozenset("xX☒þý■✓✔☑")
_FALSE_GLYPHS = frozenset("o¨☐□q❑")

#: dei tag -> cover field of :class:`~eightk.filing.cover.Cover` values.
SCALARS = {
    "EntityRegistrantName": "name",
    "EntityCentralIndexKey": "cik",
    "EntityIncorporationStateCountryCode": "state_of_incorporation",
    "EntityFileNumber": "file_number",
    "EntityTaxIdentificationNumber": "irs_employer_id",
    "EntityAddressCityOrTown": "address.city",
    "EntityAddressStateOrProvince": "address.state",
    "EntityAddressPostalZipCode": "address.zip",
}
BOOLEANS = {
    "WrittenCommunications": "written_communications",
    "SolicitingMaterial": "soliciting_material",
    "PreCommencementTenderOffer": "pre_commencement_tender_offer",
    "PreCommencementIssuerTenderOffer": "pre_commencement_issuer_tender_offer",
    "EntityEmergingGrowthCompany": "emerging_growth_company",
}
SECURITIES = ("Security12bTitle", "TradingSymbol", "SecurityExchangeName")
#: A 12(b) row: (title, symbol, exchange).
Row = tuple[str, str | None, str | None]


def read_dei(body: str) -> Facts:
    """Every ``dei:`` fact in ``body``: tag -> [(text, format)], in document order."""
    return read_cover(body)[0]


def read_securities(body: str) -> list[Row]:
    """The 12(b) rows tagged in ``body``: (title, symbol, exchange), one row per context (each
    class has its own), in the order of the titles. Rows without a symbol (Apple's notes) stay
    aligned, and exchanges tagged in the hidden header (IFF 2025) find their row."""
    return read_cover(body)[1]


def read_cover(body: str) -> tuple[Facts, list[Row]]:
    """:func:`read_dei` and :func:`read_securities` in one pass over the tags of ``body``."""
    facts: Facts = {}
    contexts: dict[str, list[str]] = {}
    rows: dict[str, list[str | None]] = {}
    if "dei:" not in body:
        return facts, []
    with_rows = "dei:Security12bTitle" in body
    for m in _FACT.finditer(body):
        name, attrs = m.group("name", "attrs")
        value = _text(m.group("value"))
        fmt = _FORMAT.search(attrs)
        context = _CONTEXT.search(attrs)
        facts.setdefault(name, []).append((value, fmt.group("format").lower() if fmt else ""))
        contexts.setdefault(name, []).append(context.group(1) if context else "")
        if with_rows and name in SECURITIES:
            row = rows.setdefault(context.group(1) if context else str(len(rows)), [None, None, None])
            column = SECURITIES.index(name)
            if row[column] is None:
                row[column] = value
    _primary_first(facts, contexts)
    return facts, [(r[0] or "", r[1], r[2]) for r in rows.values() if r[0]]


def _text(value: str) -> str:
    """A fact's text: tags dropped, entities replaced, white space folded (string methods when
    there is no tag or entity: ``split``/``join`` folds as ``\\s+`` and ``strip`` do)."""
    if "<" not in value and "&" not in value:
        return " ".join(value.split())
    return _SPACES.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()


def _primary_first(facts: Facts, contexts: dict[str, list[str]]) -> None:
    """Put facts of the document's own context first: a second address tagged in a dimensional
    context (an ``...AddressTypeAxis`` member, IFF 2025) must not win over the principal one."""
    primary = (contexts.get("DocumentType") or [""])[0]
    for tag, values in facts.items():
        if tag in SECURITIES or len(values) < 2:
            continue
        order = sorted(range(len(values)), key=lambda i: contexts[tag][i] != primary)
        facts[tag] = [values[i] for i in order]


def dei_boolean(value: str, fmt: str) -> bool | None:
    if "fixed-true" in fmt:
        return True
    if "fixed-false" in fmt:
        return False
    cleaned = value.strip().lower()
    if cleaned in {"true", "yes"} or (cleaned[:1] and cleaned[0] in _TRUE_GLYPHS and len(cleaned) <= 2):
        return True
    if cleaned in {"false", "no"} or (cleaned[:1] and cleaned[0] in _FALSE_GLYPHS and len(cleaned) <= 2):
        return False
    return None


def dei_date(value: str) -> str | None:
    m = DATE.search(value)
    return iso_date(m) if m else None


def dei_phone(facts: Facts) -> str | None:
    area = first(facts, "CityAreaCode")
    local = first(facts, "LocalPhoneNumber")
    if not local:
        return None
    if not area:
        return local
    area = area.strip()
    return f"{area} {local}" if area.startswith("(") or not area.isdigit() else f"({area}) {local}"


def dei_street(facts: Facts) -> str | None:
    lines = [first(facts, f"EntityAddressAddressLine{i}") for i in (1, 2, 3)]
    street = ", ".join(line for line in lines if line)
    return street or None


def first(facts: Facts, tag: str) -> str | None:
    """The text of the first ``tag`` fact, or None."""
    values = facts.get(tag)
    return values[0][0] if values and values[0][0] else None
