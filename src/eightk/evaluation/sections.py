"""Scorer sections: each reads one kind of label and scores one part of the record.

Declared, not discovered: :data:`CORPUS_SECTIONS` lists the sections run over every corpus file
and :data:`GOLD_SECTIONS` those run over gold records. A section is any object with a ``name``
and a ``score`` method of the protocol's signature, recording hits and misses in
:class:`~eightk.evaluation.scoring.Scores` (``scores.hit(section, field, format)``,
``scores.miss(section, field, format, file, predicted, expected)``). Event scoring plugs in here,
e.g. for :mod:`eightk.evaluation.events`::

    class EventSection:
        name = "events"

        def score(self, gold, record, source, scores):
            score_events(gold.get("events", []), record, source, scores)

    GOLD_SECTIONS = [GoldFilingSection(), EventSection()]
"""

from __future__ import annotations

from typing import Any, Protocol

from ..filing.catalog import number_for_description
from ..records import Record
from .labels import Case
from .normalise import NORMALISERS, same
from .scoring import Scores

COVER_FIELDS = tuple(NORMALISERS)


class CorpusSection(Protocol):
    name: str

    def score(self, case: Case, record: Record, scores: Scores) -> None: ...


class GoldSection(Protocol):
    name: str

    def score(self, gold: dict[str, Any], record: Record, source: str, scores: Scores) -> None: ...


class ItemSection:
    """Items read from the body vs the EDGAR header / Lee EVENTS descriptions, compared as modern
    numbers. A blank description (EDGAR had no wording for Item 12 in 2003-2004) is a label of
    unknown number: it matches one body item that no named label claims."""

    name = "items"

    def __init__(self, name: str = "items", with_inferred: bool = True) -> None:
        self.name = name
        self.with_inferred = with_inferred

    def predicted(self, sources: tuple[str, ...]) -> bool:
        return "body" in sources or (self.with_inferred and "inferred" in sources)

    def score(self, case: Case, record: Record, scores: Scores) -> None:
        if not case.item_labels:
            return
        labels = [number_for_description(d) if d else None for d in case.item_labels]
        expected = {n for n in labels if n}
        unknown = sum(1 for n in labels if n is None)
        predicted = {it.number for it in record.filing.items if self.predicted(it.sources)}
        for number in sorted(expected & predicted):
            scores.hit(self.name, "number", case.format)
        extras = sorted(predicted - expected)
        wildcard = min(unknown, len(extras))
        for _ in range(wildcard):
            scores.hit(self.name, "number", case.format)
        for number in extras[wildcard:]:
            scores.miss(self.name, "number", case.format, case.name, number, None)
        for number in sorted(expected - predicted):
            scores.miss(self.name, "number", case.format, case.name, None, number)
        for _ in range(unknown - wildcard):
            scores.miss(self.name, "number", case.format, case.name, None, "(blank description)")


class CoverSection:
    """Cover fields read from the body or ``dei:`` tags vs the filing's own SGML header."""

    name = "cover"

    def score(self, case: Case, record: Record, scores: Scores) -> None:
        if not case.cover_labels:
            return
        predicted = registrant_values(record)
        for field in COVER_FIELDS:
            label = case.cover_labels.get(field)
            if not label:
                continue
            value = predicted.get(field)
            if value is not None and same(field, value, label):
                scores.hit(self.name, field, case.format)
            else:
                scores.miss(self.name, field, case.format, case.name, value, label)


class DeiAgreementSection:
    """Cover fields read from the body text vs the same filing's inline-XBRL ``dei:`` tags: two
    independent sources on every iXBRL filing (html and sgml formats alike)."""

    name = "cover-vs-dei"

    def score(self, case: Case, record: Record, scores: Scores) -> None:
        dei = dei_values(case.path.read_bytes(), case.name)
        if not dei:
            return
        body = body_cover_values(record)
        for field in COVER_FIELDS:
            label = dei.get(field)
            if not label:
                continue
            value = body.get(field)
            if value is not None and same(field, value, label):
                scores.hit(self.name, field, case.format)
            else:
                scores.miss(self.name, field, case.format, case.name, value, label)


def dei_values(raw: bytes, name: str) -> dict[str, str]:
    """The cover fields that a filing's main document tags with ``dei:``."""
    from ..containers import read_container
    from ..filing import ixbrl

    container = read_container(raw, name=name)
    facts: dict[str, list[tuple[str, str]]] = {}
    for doc in container.documents:
        if doc.markup != "binary" and "dei:" in doc.body:
            facts = ixbrl.read_dei(doc.body)
            break
    out = {field: ixbrl.first(facts, tag) for tag, field in ixbrl.SCALARS.items()}
    out["phone"] = ixbrl.dei_phone(facts)
    out["address.street"] = ixbrl.dei_street(facts)
    return {k: v for k, v in out.items() if v and k != "cik"}


def body_cover_values(record: Record) -> dict[str, str]:
    """The cover page as read from the main document's text alone, without dei or header."""
    from ..filing import main_document
    from ..filing.cover import parse_cover

    main = main_document(record.filing.documents)
    if main is None:
        return {}
    first = min((it.span.start for it in record.filing.items if it.span and it.span.doc == main.sequence), default=None)
    cover = parse_cover(main.text, main.sequence, first)
    out = dict(cover.values)
    out.update({f"address.{k}": v for k, v in cover.address.items()})
    return out


def registrant_values(record: Record) -> dict[str, str]:
    """Registrant fields that came from the body or dei tags (never the header)."""
    reg = record.filing.registrant
    out: dict[str, str] = {}
    for field in ("name", "state_of_incorporation", "file_number", "irs_employer_id", "phone"):
        value = getattr(reg, field)
        if value and reg.sources.get(field) in ("body", "dei"):
            out[field] = value
    if reg.address is not None:
        for part in ("street", "city", "state", "zip"):
            value = getattr(reg.address, part)
            if value and reg.sources.get(f"address.{part}") in ("body", "dei"):
                out[f"address.{part}"] = value
    return out


class GoldFilingSection:
    """A gold record's ``filing`` part: cover, items, exhibits, signature, field by field."""

    name = "gold"

    def score(self, gold: dict[str, Any], record: Record, source: str, scores: Scores) -> None:
        expected = gold.get("filing")
        if not expected:
            return
        got = _filing_values(record)
        for field, value in _flatten(expected).items():
            predicted = got.get(field)
            if predicted == value or (predicted is None and value is None):
                scores.hit(self.name, field, "gold")
            else:
                scores.miss(self.name, field, "gold", source, _text(predicted), _text(value))
        for field in sorted(set(got) - set(_flatten(expected))):
            if field.startswith(("items.", "exhibits.")) and got[field] is not None:
                scores.miss(self.name, field, "gold", source, _text(got[field]), None)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _flatten(filing: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("form", "report_date"):
        if key in filing:
            out[key] = filing[key]
    for key, value in (filing.get("registrant") or {}).items():
        if isinstance(value, dict):
            out.update({f"registrant.{key}.{k}": v for k, v in value.items()})
        else:
            out[f"registrant.{key}"] = value
    for key, value in (filing.get("checkboxes") or {}).items():
        out[f"checkboxes.{key}"] = value
    for item in filing.get("items") or []:
        out[f"items.{item['number']}"] = (item.get("title"), item.get("regime"))
    for ex in filing.get("exhibits") or []:
        out[f"exhibits.{ex['number']}"] = ex.get("description")
    for key, value in (filing.get("signature") or {}).items():
        out[f"signature.{key}"] = value
    return out


def _filing_values(record: Record) -> dict[str, Any]:
    f = record.filing
    reg = f.registrant
    out: dict[str, Any] = {"form": f.form, "report_date": f.report_date}
    for key in ("name", "cik", "state_of_incorporation", "file_number", "irs_employer_id", "phone"):
        out[f"registrant.{key}"] = getattr(reg, key)
    for key in ("street", "city", "state", "zip"):
        out[f"registrant.address.{key}"] = getattr(reg.address, key) if reg.address else None
    for key in ("written_communications", "soliciting_material", "pre_commencement_tender_offer", "pre_commencement_issuer_tender_offer"):
        out[f"checkboxes.{key}"] = getattr(f.checkboxes, key)
    for item in f.items:
        out[f"items.{item.number}"] = (item.title, item.regime)
    for ex in f.exhibits:
        out[f"exhibits.{ex.number}"] = ex.description
    sig = f.signature
    for key in ("registrant", "signer", "title", "date"):
        out[f"signature.{key}"] = getattr(sig, key) if sig else None
    return out


#: Sections scored over every corpus file, in report order.
CORPUS_SECTIONS: list[CorpusSection] = [
    ItemSection(),
    ItemSection("items-headings", with_inferred=False),
    CoverSection(),
    DeiAgreementSection(),
]
#: Sections scored over every gold record.
GOLD_SECTIONS: list[GoldSection] = [GoldFilingSection()]
