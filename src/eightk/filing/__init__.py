"""The filing layer: cover page, items, exhibits and signature from normalised documents.

Values read from the body carry evidence spans into the main document's text; values from inline
XBRL ``dei:`` tags win over the body and are marked ``dei``; EDGAR header values stay in
``filing.header`` and fill a registrant field only where the body and tags have none (marked
``header``). Only the main 8-K document is read for items, so headings inside attached press
releases never count.
"""

from __future__ import annotations

import re

from ..containers import Container
from ..records import Address, Checkboxes, Document, Filing, Header, Item, Registrant, Security, Span
from . import ixbrl
from .catalog import LEGACY, number_for_description, title_for
from .cover import Cover, cover_end, parse_cover, report_date_of
from .dates import header_date
from .exhibits import index_region, inline_exhibits, parse_exhibits
from .items import item_sort_key, parse_items, regime_for_date
from .inferred import infer_items, lost_exhibit_item, lost_heading_items, self_referenced
from .signature import parse_signature

#: How much of a headingless main document is read for item cues: the cues of an 8-K sit in
#: its first paragraphs; Lee-corpus text may run on with transcripts (AA-8K-20091224134041).
INFER_MAX_CHARS = 10_000

__all__ = ["parse_filing", "main_document"]

_MAIN_TYPES = ("8-K", "6-K", "10-K", "10-Q", "20-F", "40-F")


def main_document(documents: tuple[Document, ...]) -> Document | None:
    """The 8-K document itself: the first of a main form type, else the first with text."""
    # ``not isspace()`` for ``strip()``: the same test without copying every document's text.
    with_text = [d for d in documents if d.kind != "binary" and d.text and not d.text.isspace()]
    for doc in with_text:
        if doc.type.upper().startswith(_MAIN_TYPES):
            return doc
    return with_text[0] if with_text else None


def parse_filing(container: Container, documents: tuple[Document, ...]) -> Filing:
    header = container.header
    main = main_document(documents)
    facts, dei_rows = _dei_facts(container, main)
    if main is None:
        cover, items, exhibits, signature = Cover(), (), (), None
    else:
        date = _item_date(main.text, header)
        body_items, sig = parse_items(main.text, main.sequence, date)
        body_items = _with_inferred(main, body_items, sig, date)
        first_item = min((it.span.start for it in body_items if it.span), default=None)
        cover = parse_cover(main.text, main.sequence, first_item)
        items = body_items
        exhibits = parse_exhibits(main.text, main.sequence, _exhibit_regions(main.text, body_items, sig), documents)
        if not exhibits and sig is not None:
            exhibits = inline_exhibits(main.text, main.sequence, sig)
        signature = parse_signature(main.text, main.sequence, sig)
    report_date = _report_date(cover, facts)
    form = _form(cover, facts, header)
    if form and form.upper().startswith("6-K"):
        items = ()  # a foreign issuer's report has no items; numbered paragraphs are not items
    items = _merge_header_items(items, header, report_date)
    return Filing(
        accession=_accession(header, container.name),
        form=form,
        report_date=report_date,
        filed=header_date(header.filed) if header and header.filed else None,
        registrant=_registrant(cover, facts, header, main),
        checkboxes=_checkboxes(cover, facts),
        emerging_growth_company=_egc(cover, facts),
        securities=_securities(cover, dei_rows, container, main),
        items=items,
        exhibits=exhibits,
        signature=signature,
        documents=documents,
        header=header,
        source_format=container.format,
        name=container.name,
    )


def _with_inferred(main: Document, items: tuple[Item, ...], sig: int | None, date: str | None) -> tuple[Item, ...]:
    """Body items plus those inferred where headings were lost (see :mod:`.inferred`)."""
    text = main.text
    if not items:
        if sig is None and not _looks_like_8k(text):
            return ()
        body_end = min(sig if sig is not None else len(text), INFER_MAX_CHARS)
        return infer_items(text, main.sequence, body_end, date, cover_end(text, body_end))
    if sig is None:
        return items
    known = {it.number for it in items}
    first = min(it.span.start for it in items if it.span)
    legacy = items[0].regime == "legacy"
    extra = self_referenced(text, main.sequence, sig, known, legacy, date)
    known |= {i.number for i in extra}
    extra += lost_heading_items(text, main.sequence, cover_end(text, first), first, known, legacy, date)
    if "9.01" not in known | {i.number for i in extra}:
        last = max(it.span.start for it in items if it.span)
        extra += lost_exhibit_item(text, main.sequence, last, sig, legacy)
    return tuple(sorted(items + extra, key=lambda it: item_sort_key(it.number)))


def _looks_like_8k(text: str) -> bool:
    """A cover page or the A.2 instruction: a main document, not a stray exhibit."""
    return _EIGHT_K_MARK.search(text, 0, min(len(text), 6000)) is not None


_EIGHT_K_MARK = re.compile(r"\bForm\s+8-K\s+filing\s+is\s+intended|^[ \t]*FORM[ \t]+8-K\b", re.I | re.M)


_ACCESSION_IN_NAME = re.compile(r"(?<!\d)(\d{10})-?(\d{2})-?(\d{6})(?!\d)")


def _accession(header: Header | None, name: str | None) -> str | None:
    """From the header, else from a file name that carries one (0000887919-21-000012.html)."""
    if header and header.accession:
        return header.accession
    m = _ACCESSION_IN_NAME.search(name or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _item_date(text: str, header: Header | None) -> str | None:
    """The date that decides the item regime: the header's period or filing date, else the
    cover page's date of report."""
    if header and (header.period or header.filed):
        return header_date(header.period or header.filed)
    return report_date_of(text)


def _dei_facts(container: Container, main: Document | None) -> tuple[ixbrl.Facts, list[ixbrl.Row] | None]:
    """The dei facts, and the 12(b) rows read in the same pass (None: not read)."""
    for raw in container.documents:
        if main is None or raw.sequence == main.sequence:
            if raw.markup != "binary" and "dei:" in raw.body:
                facts, rows = ixbrl.read_cover(raw.body)
                return facts, rows if main is not None else None
    return {}, None


def _exhibit_regions(text: str, items: tuple[Item, ...], sig: int | None) -> list[tuple[int, int]]:
    # An inferred 9.01's span is its cue line ("(d) Exhibits"): its list runs on to the signature.
    regions = [
        (it.span.start, max(it.span.end, sig or 0) if "inferred" in it.sources else it.span.end)
        for it in items
        if it.number == "9.01" and it.span
    ]
    index = index_region(text, sig if sig is not None else (regions[0][1] if regions else 0))
    if index:
        regions.append(index)
    return regions


def _form(cover: Cover, facts: ixbrl.Facts, header: Header | None) -> str | None:
    dei_form = ixbrl.first(facts, "DocumentType")
    if dei_form:
        amended = (ixbrl.first(facts, "AmendmentFlag") or "").lower() == "true"
        return dei_form.upper() + ("/A" if amended and not dei_form.upper().endswith("/A") else "")
    if header and header.form:
        return header.form
    return cover.form


def _report_date(cover: Cover, facts: ixbrl.Facts) -> str | None:
    dei_value = ixbrl.first(facts, "DocumentPeriodEndDate")
    return (ixbrl.dei_date(dei_value) if dei_value else None) or cover.report_date


def _registrant(cover: Cover, facts: ixbrl.Facts, header: Header | None, main: Document | None) -> Registrant:
    """Body values with their evidence; dei values win, with evidence where their text is found
    on the cover page; the header fills only the CIK."""
    values: dict[str, str | None] = dict(cover.values)
    sources = {name: "body" for name in values}
    evidence = {name: span for name, span in cover.evidence.items() if name in values or name.startswith("address")}
    address = dict(cover.address)
    sources.update({f"address.{k}": "body" for k in address})
    dei_values = {field: ixbrl.first(facts, tag) for tag, field in ixbrl.SCALARS.items()}
    dei_values["phone"] = ixbrl.dei_phone(facts)
    dei_values["address.street"] = ixbrl.dei_street(facts)
    for field, value in dei_values.items():
        if not value:
            continue
        if field.startswith("address."):
            address[field[8:]] = value
        else:
            values[field] = value
        sources[field] = "dei"
        evidence.pop(field, None)
        span = _locate(main, value)
        if span is not None:
            evidence[field] = span
    if any(sources.get(f"address.{k}") == "dei" for k in address):
        evidence.pop("address", None)
    _fill_from_header(values, sources, header)
    return Registrant(
        name=values.get("name"),
        cik=values.get("cik"),
        state_of_incorporation=values.get("state_of_incorporation"),
        file_number=values.get("file_number"),
        irs_employer_id=values.get("irs_employer_id"),
        address=Address(**{k: address.get(k) for k in ("street", "city", "state", "zip")}) if address else None,
        phone=values.get("phone"),
        sources=sources,
        evidence=evidence,
    )


#: How far into the main document a dei value is looked for, to give it evidence.
DEI_EVIDENCE_CHARS = 12_000


def _locate(main: Document | None, value: str) -> Span | None:
    """The first place ``value`` is printed near the top of the main document."""
    if main is None or len(value) < 2:
        return None
    at = main.text.find(value, 0, DEI_EVIDENCE_CHARS)
    return Span(main.sequence, at, at + len(value)) if at >= 0 else None


def _fill_from_header(values: dict, sources: dict, header: Header | None) -> None:
    """Only the CIK, which a cover page never prints, is taken from the header."""
    filer = header.filer if header else None
    if filer and filer.cik and not values.get("cik"):
        values["cik"], sources["cik"] = filer.cik, "header"


def _checkboxes(cover: Cover, facts: ixbrl.Facts) -> Checkboxes:
    values = {}
    for tag, field in ixbrl.BOOLEANS.items():
        if field == "emerging_growth_company":
            continue
        dei_value = facts.get(tag)
        parsed = ixbrl.dei_boolean(*dei_value[0]) if dei_value else None
        values[field] = parsed if parsed is not None else getattr(cover.checkboxes, field)
    return Checkboxes(**values)


def _egc(cover: Cover, facts: ixbrl.Facts) -> bool | None:
    dei_value = facts.get("EntityEmergingGrowthCompany")
    parsed = ixbrl.dei_boolean(*dei_value[0]) if dei_value else None
    return parsed if parsed is not None else cover.emerging_growth_company


def _securities(cover: Cover, dei_rows: list[ixbrl.Row] | None, container: Container, main: Document | None) -> tuple[Security, ...]:
    """The dei-tagged 12(b) rows when there are any (with their title located on the cover page),
    else the rows read from the body table."""
    rows = dei_rows
    if rows is None:
        rows = next((ixbrl.read_securities(raw.body) for raw in container.documents if main is not None and raw.sequence == main.sequence), [])
    if not rows:
        return cover.securities
    return tuple(Security(title, symbol, exchange, _locate(main, title)) for title, symbol, exchange in rows)


def _merge_header_items(items: tuple[Item, ...], header: Header | None, date: str | None) -> tuple[Item, ...]:
    """Header ITEM INFORMATION lines as a second source: ("body", "header") when both agree."""
    if header is None or not header.items:
        return items
    numbers = [n for n in (number_for_description(d) for d in header.items) if n]
    if not numbers:
        return items
    merged = []
    listed = set(numbers)
    for item in items:
        sources = item.sources + ("header",) if item.number in listed else item.sources
        merged.append(Item(item.number, item.title, item.regime, item.legacy_number, item.span, sources))
    seen = {it.number for it in items}
    regime = items[0].regime if items else regime_for_date(date or header_date(header.period or header.filed))
    for number in dict.fromkeys(numbers):
        if number in seen:
            continue
        legacy = next((k for k, (_, m) in LEGACY.items() if m == number), None) if regime == "legacy" else None
        if legacy is not None:
            merged.append(Item(number, LEGACY[legacy][0], "legacy", legacy, None, ("header",)))
        else:
            merged.append(Item(number, title_for(number), "2004", None, None, ("header",)))
    return tuple(sorted(merged, key=lambda it: item_sort_key(it.number)))
