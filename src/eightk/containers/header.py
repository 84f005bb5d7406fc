"""The EDGAR header of a complete submission, in both dialects, as a :class:`Header`.

Two dialects: the ``<SEC-HEADER>`` block of ``KEY:<tab>value`` lines with indented sections
(``FILER:``, ``COMPANY DATA:``, ``BUSINESS ADDRESS:``), and the ``<SUBMISSION>`` feed dialect
(``.nc`` files) of ``<TAG>value`` pairs, one per line or all on one line.
"""

from __future__ import annotations

import re

from ..records import Address, Header, Registrant

_LINE = re.compile(r"^[ \t]*([A-Z][A-Z0-9 ,()/&.'-]*?):[ \t]*(.*?)[ \t]*$", re.M)
_TAG = re.compile(r"<(/?)([A-Z0-9-]+)>([^<]*)")

#: Header sections that name the registrant of an 8-K, in order of preference.
_REGISTRANT_SECTIONS = ("FILER", "SUBJECT COMPANY", "FILED BY")

#: The same sections as tags of the ``<SUBMISSION>`` dialect ("SUBJECT-COMPANY").
_NC_REGISTRANT_TAGS = tuple(s.replace(" ", "-") for s in _REGISTRANT_SECTIONS)

_HEADER_FIELDS = {
    "COMPANY CONFORMED NAME": "name",
    "CENTRAL INDEX KEY": "cik",
    "STATE OF INCORPORATION": "state_of_incorporation",
    "IRS NUMBER": "irs_employer_id",
    "SEC FILE NUMBER": "file_number",
    "STREET 1": "street1",
    "STREET 2": "street2",
    "CITY": "city",
    "STATE": "state",
    "ZIP": "zip",
    "BUSINESS PHONE": "phone",
}
_ADDRESS_FIELDS = frozenset({"street1", "street2", "city", "state", "zip"})
_NC_FIELDS = {
    "CONFORMED-NAME": "name",
    "CIK": "cik",
    "STATE-OF-INCORPORATION": "state_of_incorporation",
    "IRS-NUMBER": "irs_employer_id",
    "FILE-NUMBER": "file_number",
    "STREET1": "street1",
    "STREET2": "street2",
    "CITY": "city",
    "STATE": "state",
    "ZIP": "zip",
    "PHONE": "phone",
}


def parse_sec_header(block: str) -> Header:
    """Parse the text between ``<SEC-HEADER>`` and ``</SEC-HEADER>``."""
    top: dict[str, str] = {}
    items: list[str] = []
    companies: list[tuple[str, dict[str, str]]] = []
    section = None
    subsection = None  # the innermost sub-section: COMPANY DATA, BUSINESS ADDRESS, MAIL ADDRESS...
    for match in _LINE.finditer(block):
        key, value = match.group(1).strip(), match.group(2)
        if not value:
            subsection = key
            if key in _REGISTRANT_SECTIONS:
                section = key
                companies.append((key, {}))
            continue
        if key == "ITEM INFORMATION":
            items.append(value)
        elif section is None:
            top.setdefault(key, value)
        elif key in _HEADER_FIELDS:
            field = _HEADER_FIELDS[key]
            if field in _ADDRESS_FIELDS and subsection != "BUSINESS ADDRESS":
                continue
            companies[-1][1].setdefault(field, value)
    return Header(
        accession=top.get("ACCESSION NUMBER"),
        form=top.get("CONFORMED SUBMISSION TYPE"),
        filed=_iso_date(top.get("FILED AS OF DATE")),
        period=_iso_date(top.get("CONFORMED PERIOD OF REPORT")),
        items=tuple(items),
        filer=_registrant(_pick(companies)),
    )


def parse_nc_header(block: str) -> Header:
    """Parse the ``<SUBMISSION>`` dialect up to the first ``<DOCUMENT>``."""
    top: dict[str, str] = {}
    items: list[str] = []
    companies: list[tuple[str, dict[str, str]]] = []
    stack: list[str] = []
    for match in _TAG.finditer(block):
        closing, tag, value = match.group(1), match.group(2), match.group(3).strip()
        if closing:
            if tag in stack:
                del stack[stack.index(tag) :]
            continue
        if not value:
            stack.append(tag)
            if tag in _NC_REGISTRANT_TAGS:
                companies.append((tag.replace("-", " "), {}))
            continue
        if tag == "ITEMS":
            items.append(value)
        elif not companies or not any(t in stack for t in _NC_REGISTRANT_TAGS):
            top.setdefault(tag, value)
        elif tag in _NC_FIELDS and "MAIL-ADDRESS" not in stack and "FORMER-COMPANY" not in stack:
            companies[-1][1].setdefault(_NC_FIELDS[tag], value)
    return Header(
        accession=top.get("ACCESSION-NUMBER"),
        form=top.get("TYPE"),
        filed=_iso_date(top.get("FILING-DATE")),
        period=_iso_date(top.get("PERIOD")),
        items=tuple(items),
        filer=_registrant(_pick(companies)),
    )


def _pick(companies: list[tuple[str, dict[str, str]]]) -> dict[str, str] | None:
    for wanted in _REGISTRANT_SECTIONS:
        for section, values in companies:
            if section == wanted and values:
                return values
    return None


def _registrant(values: dict[str, str] | None) -> Registrant | None:
    if not values:
        return None
    street = ", ".join(v for v in (values.get("street1"), values.get("street2")) if v) or None
    address = Address(street, values.get("city"), values.get("state"), values.get("zip"))
    fields = {k: values.get(k) for k in ("name", "cik", "state_of_incorporation", "file_number", "irs_employer_id", "phone")}
    has_address = any((address.street, address.city, address.state, address.zip))
    sources = {k: "header" for k, v in fields.items() if v}
    if has_address:
        sources["address"] = "header"
    return Registrant(**fields, address=address if has_address else None, sources=sources)


def _iso_date(value: str | None) -> str | None:
    if value and len(value) >= 8 and value[:8].isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    return None
