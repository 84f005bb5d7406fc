"""Records to table rows: pure, no database import, so bulk workers can run it.

Rows are built from the JSON form of a record (:func:`eightk.serialize.to_dict`), walked
generically: a new record field lands in the ``record``/``data``/``fields`` JSON columns without a
schema change, and the typed columns fill up as the extractors fill the record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterator

from ..records import Record
from ..serialize import to_dict

Rows = dict[str, list[dict[str, Any]]]

#: Event fields given typed columns (EVENTS.md section 3); every field also stays in ``fields``.
EVENT_COLUMNS = ("payer", "payee", "asset", "phase")

#: Keys that make a JSON object an evidence span.
_SPAN_KEYS = frozenset({"doc", "start", "end"})


@dataclass(frozen=True, slots=True)
class Source:
    """Where a filing's bytes came from: the identity of one input."""

    name: str
    size: int
    mtime: float | None
    sha256: str


def source_of(name: str, raw: bytes, mtime: float | None) -> Source:
    return Source(name, len(raw), mtime, hashlib.sha256(raw).hexdigest())


def filing_key(accession: str | None, sha256: str) -> str:
    """The store key of a filing: its accession number, else ``sha256:<hex>`` of its bytes."""
    return accession or f"sha256:{sha256}"


def record_rows(record: Record, source: Source, extractors: tuple[str, ...] = ()) -> Rows:
    """Every table row of one record, keyed by table name."""
    return dict_rows(to_dict(record), source, extractors)


def dict_rows(data: dict[str, Any], source: Source, extractors: tuple[str, ...] = ()) -> Rows:
    """Every table row of a record's JSON form (:func:`eightk.to_dict`); missing parts are empty."""
    data = {**data}
    for part, empty in (("press_releases", []), ("events", []), ("entities", {}), ("warnings", [])):
        data.setdefault(part, empty)
    key = filing_key(data["filing"].get("accession"), source.sha256)
    rows: Rows = {"filings": [_filing_row(data, key, source, tuple(sorted(extractors)))]}
    _filing_parts(rows, data["filing"], key)
    _press_releases(rows, data["press_releases"], key)
    _events(rows, data["events"], data["entities"], key)
    _add(rows, "evidence", _evidence(key, "registrant", 0, data["filing"].get("registrant")))
    return rows


def _add(rows: Rows, table: str, new: Any) -> None:
    rows.setdefault(table, []).extend(new)


def _filing_row(data: dict, key: str, source: Source, extractors: tuple[str, ...]) -> dict:
    filing = data["filing"]
    registrant = filing.get("registrant") or {}
    report_date, filed = iso_date(filing.get("report_date")), iso_date(filing.get("filed"))
    year = (report_date or filed).year if (report_date or filed) else None
    return {
        "accession": key, "source": source.name, "source_size": source.size,
        "source_mtime": source.mtime, "sha256": source.sha256, "form": filing.get("form"),
        "report_date": report_date, "filed": filed, "year": year,
        "registrant_name": registrant.get("name"), "cik": registrant.get("cik"),
        "source_format": filing.get("source_format"), "name": filing.get("name"),
        "items": [i.get("number") for i in filing.get("items") or ()],
        "extractors": list(extractors), "warnings": list(data.get("warnings") or ()),
        "registrant": _json(registrant), "checkboxes": _json(filing.get("checkboxes")),
        "header": _json(filing.get("header")), "record": _json(data),
    }


def _filing_parts(rows: Rows, filing: dict, key: str) -> None:
    _add(rows, "documents", ({"accession": key, **doc} for doc in filing.get("documents") or ()))
    for idx, item in enumerate(filing.get("items") or ()):
        _add(rows, "items", [{
            "accession": key, "idx": idx, "number": item.get("number"), "title": item.get("title"),
            "regime": item.get("regime"), "legacy_number": item.get("legacy_number"),
            "sources": list(item.get("sources") or ()), **_span_columns(item.get("span")),
        }])
    for idx, exhibit in enumerate(filing.get("exhibits") or ()):
        _add(rows, "exhibits", [{
            "accession": key, "idx": idx, "number": exhibit.get("number"),
            "description": exhibit.get("description"), "document": exhibit.get("document"),
            **_span_columns(exhibit.get("span")),
        }])
    signature = filing.get("signature")
    if signature:
        fields = {k: signature.get(k) for k in ("registrant", "signer", "title", "date")}
        _add(rows, "signatures", [{"accession": key, **fields, **_span_columns(signature.get("span"))}])


def _press_releases(rows: Rows, releases: list, key: str) -> None:
    for idx, pr in enumerate(releases or ()):
        dateline = pr.get("dateline") or {}
        rest = {k: v for k, v in pr.items() if k not in ("contacts", "quotes", "tickers")}
        _add(rows, "press_releases", [{
            "accession": key, "idx": idx, "document": pr.get("document"),
            "headline": pr.get("headline"), "subheadline": pr.get("subheadline"),
            "dateline_city": dateline.get("city"), "dateline_region": dateline.get("region"),
            "dateline_date": dateline.get("date"), **_span_columns(pr.get("span")),
            "data": _json(rest),
        }])
        base = {"accession": key, "press_release": idx}
        for table, name, columns in _PR_PARTS:
            _add(rows, table, (
                {**base, "idx": i, **{c: part.get(c) for c in columns}}
                for i, part in enumerate(pr.get(name) or ())
            ))
        spans = {k: v for k, v in pr.items() if k not in ("span", "about")}
        _add(rows, "evidence", _evidence(key, "press_release", idx, spans))


_PR_PARTS = (
    ("press_release_contacts", "contacts", ("role", "name", "title", "organization", "phone", "email")),
    ("press_release_quotes", "quotes", ("speaker", "speaker_title", "text")),
    ("press_release_tickers", "tickers", ("exchange", "symbol")),
)


def _events(rows: Rows, events: list, entities: dict, key: str) -> None:
    names = _entity_index(rows, entities or {}, key)
    for idx, event in enumerate(events or ()):
        fields = event.get("fields") or {}
        amount = _money(fields.get("amount"))
        row = {
            "accession": key, "idx": idx, "type": event.get("type"), "status": event.get("status"),
            "date": iso_date(event.get("date")), "date_text": _str(event.get("date")),
            "amount_value": amount[0], "amount_currency": amount[1],
            "confidence": event.get("confidence"), "extractor": event.get("extractor"),
            "fields": _json(fields),
        }
        row.update({column: _name(fields.get(column)) for column in EVENT_COLUMNS})
        _add(rows, "events", [row])
        _add(rows, "evidence", _evidence(key, "event", idx, event.get("evidence")))
        _add(rows, "event_entities", _links(key, idx, fields, names))


def _entity_index(rows: Rows, entities: dict, key: str) -> dict[str, tuple[str, str]]:
    """Write the entity rows; return every casefolded name and alias -> (kind, key)."""
    index: dict[str, tuple[str, str]] = {}
    for group, kind in (("companies", "company"), ("assets", "asset"), ("agreements", "agreement")):
        for idx, entity in enumerate(entities.get(group) or ()):
            entity = {"name": entity} if isinstance(entity, str) else entity
            name = entity.get("name") or entity.get("label")
            if not name:
                continue
            aliases = [a for a in entity.get("aliases") or () if isinstance(a, str)]
            entity_key = name.casefold().strip()
            for alias in (name, *aliases):
                index.setdefault(alias.casefold().strip(), (kind, entity_key))
            _add(rows, "entities", [{
                "accession": key, "kind": kind, "idx": idx, "name": name, "key": entity_key,
                "aliases": aliases, "data": _json(entity),
            }])
    return index


def _links(key: str, idx: int, fields: dict, names: dict[str, tuple[str, str]]) -> Iterator[dict]:
    """Link an event to the entities its fields name (payer, asset, licensor...)."""
    seen = set()
    for role, value in fields.items():
        values = value if isinstance(value, list) else [value]
        for v in values:
            name = _name(v)
            hit = names.get(name.casefold().strip()) if name else None
            if hit and (role, hit) not in seen:
                seen.add((role, hit))
                yield {"accession": key, "event_idx": idx, "role": role, "kind": hit[0], "key": hit[1]}


def _evidence(key: str, owner: str, owner_idx: int, value: Any) -> list[dict]:
    return [
        {"accession": key, "owner": owner, "owner_idx": owner_idx, "idx": i, "field": field,
         "doc": span.get("doc"), "start": span.get("start"), "end": span.get("end"),
         "text": span.get("text")}
        for i, (field, span) in enumerate(iter_spans(value, ""))
    ]


def iter_spans(value: Any, path: str) -> Iterator[tuple[str, dict]]:
    """Every evidence span inside a JSON value, with the dotted path of the field holding it."""
    if isinstance(value, dict):
        if _SPAN_KEYS <= value.keys():
            yield path, value
            return
        for k, v in value.items():
            yield from iter_spans(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for v in value:
            yield from iter_spans(v, path)


def _span_columns(span: dict | None) -> dict:
    span = span or {}
    return {"span_doc": span.get("doc"), "span_start": span.get("start"), "span_end": span.get("end")}


def _money(value: Any) -> tuple[float | None, str | None]:
    if isinstance(value, dict):
        number = value.get("value")
        return (float(number) if isinstance(number, (int, float)) else None), value.get("currency")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), None
    return None, None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("label") or value.get("text")
    return value if isinstance(value, str) and value else None


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def iso_date(value: Any) -> dt.date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) as a date; anything else is None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)
