"""The record types that flow through eightk (the contract of ../shared/docs/EVENTS.md).

All are frozen, slotted dataclasses: built once by the parser or an extractor, never mutated.
Names match EVENTS.md, the database columns and the JSON output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

#: Where a value was read: the document body text, inline-XBRL ``dei:`` tags, the EDGAR
#: SGML header, or the file name; ``inferred``: an item read from cues in the body text whose
#: heading was lost ("furnished under Item 12"), with the cue as its span.
SOURCES = ("body", "dei", "header", "filename", "inferred")


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: ``documents[doc].text[start:end]`` holds the words that support a value."""

    doc: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One document of a submission, with its normalised text.

    ``kind`` is ``html``, ``ixbrl``, ``text`` or ``binary`` (uuencoded or raw binary, not decoded:
    its ``text`` is empty). ``source_offsets`` maps text offsets back to byte offsets in the raw
    input (see :mod:`eightk.text.offsets`); it is not part of the JSON record.
    """

    sequence: int
    type: str
    filename: str | None
    description: str | None
    kind: str
    text: str
    source_offsets: Any = field(default=None, repr=False, compare=False)

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass(frozen=True, slots=True)
class Address:
    street: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None


@dataclass(frozen=True, slots=True)
class Registrant:
    """Cover-page identity. ``sources`` names where each filled field came from
    (``body``, ``dei`` or ``header``); ``evidence`` points at the text of body-read fields."""

    name: str | None = None
    cik: str | None = None
    state_of_incorporation: str | None = None
    file_number: str | None = None
    irs_employer_id: str | None = None
    address: Address | None = None
    phone: str | None = None
    sources: Mapping[str, str] = field(default_factory=dict)
    evidence: Mapping[str, Span] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Checkboxes:
    """General Instruction A.2 boxes: True (checked), False (unchecked) or None (not found)."""

    written_communications: bool | None = None
    soliciting_material: bool | None = None
    pre_commencement_tender_offer: bool | None = None
    pre_commencement_issuer_tender_offer: bool | None = None


@dataclass(frozen=True, slots=True)
class Security:
    """One row of the Section 12(b) table."""

    title: str
    trading_symbol: str | None
    exchange: str | None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """A reported item. ``number`` is always the modern number ("8.01"); a legacy item keeps
    its own number in ``legacy_number`` ("5"). ``sources`` lists ``body`` and/or ``header``."""

    number: str
    title: str
    regime: str  # "2004" or "legacy"
    legacy_number: str | None
    span: Span | None
    sources: tuple[str, ...] = ("body",)


@dataclass(frozen=True, slots=True)
class Exhibit:
    number: str
    description: str | None
    document: int | None  # sequence of the attached document, when the submission has it
    span: Span | None


@dataclass(frozen=True, slots=True)
class Signature:
    registrant: str | None = None
    signer: str | None = None
    title: str | None = None
    date: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Header:
    """What the EDGAR SGML header says, kept apart from what the body says."""

    accession: str | None = None
    form: str | None = None
    filed: str | None = None
    period: str | None = None
    items: tuple[str, ...] = ()  # ITEM INFORMATION descriptions, or numbers in the .nc dialect
    filer: Registrant | None = None


@dataclass(frozen=True, slots=True)
class Filing:
    accession: str | None
    form: str | None
    report_date: str | None
    filed: str | None
    registrant: Registrant
    checkboxes: Checkboxes
    emerging_growth_company: bool | None
    securities: tuple[Security, ...]
    items: tuple[Item, ...]
    exhibits: tuple[Exhibit, ...]
    signature: Signature | None
    documents: tuple[Document, ...]
    header: Header | None = None
    source_format: str = "text"  # sgml, sgml-nc, html, ixbrl, text, lee
    name: str | None = None

    def document(self, sequence: int) -> Document:
        for doc in self.documents:
            if doc.sequence == sequence:
                return doc
        raise KeyError(sequence)

    def quote(self, span: Span) -> str:
        return self.document(span.doc).quote(span)


# --- press releases -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dateline:
    city: str | None
    region: str | None
    date: str | None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Ticker:
    exchange: str
    symbol: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    role: str | None
    name: str | None
    title: str | None = None
    organization: str | None = None
    phone: str | None = None
    email: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    speaker_title: str | None
    text: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A titled part of a press release, such as an "About X" paragraph."""

    heading: str
    span: Span


@dataclass(frozen=True, slots=True)
class Trademark:
    mark: str
    owner: str | None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class PressRelease:
    document: int
    span: Span
    headline: str | None = None
    subheadline: str | None = None
    dateline: Dateline | None = None
    tickers: tuple[Ticker, ...] = ()
    contacts: tuple[Contact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    about: tuple[Section, ...] = ()
    forward_looking: Span | None = None
    trademarks: tuple[Trademark, ...] = ()
    evidence: Mapping[str, Span] = field(default_factory=dict)


# --- events and entities -------------------------------------------------------------------

EVENT_STATUSES = ("occurred", "expected", "historical")


@dataclass(frozen=True, slots=True)
class Money:
    value: float
    currency: str = "USD"
    qualifier: str | None = None  # "up to", "approximately", ...


@dataclass(frozen=True, slots=True)
class Event:
    """One fact a filing reports. ``fields`` holds the per-type fields of EVENTS.md §3."""

    type: str
    status: str
    date: str | None
    fields: Mapping[str, Any]
    evidence: tuple[Span, ...]
    confidence: float
    extractor: str  # "name@version"


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    aliases: tuple[str, ...] = ()
    is_registrant: bool = False


@dataclass(frozen=True, slots=True)
class Asset:
    name: str
    aliases: tuple[str, ...] = ()
    modality: str | None = None
    technology: str | None = None
    antibody: str | None = None
    payload: str | None = None
    target: str | None = None
    indication: str | None = None
    owner: str | None = None
    partner: str | None = None
    phase: str | None = None


@dataclass(frozen=True, slots=True)
class Agreement:
    label: str
    parties: tuple[str, ...] = ()
    date: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class Entities:
    companies: tuple[Company, ...] = ()
    assets: tuple[Asset, ...] = ()
    agreements: tuple[Agreement, ...] = ()


@dataclass(frozen=True, slots=True)
class Record:
    """Everything eightk reads from one filing: what :func:`eightk.process` returns."""

    filing: Filing
    press_releases: tuple[PressRelease, ...] = ()
    events: tuple[Event, ...] = ()
    entities: Entities = field(default_factory=Entities)
    warnings: tuple[str, ...] = ()
