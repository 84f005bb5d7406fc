"""Records to plain JSON-ready dicts, with every evidence span carrying its text."""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping

from .records import Document, Filing, Record, Span

#: Document fields that are internal machinery, not part of the JSON record.
_DOCUMENT_FIELDS = ("sequence", "type", "filename", "description", "kind")


def to_dict(record: Record, *, include_text: bool = False) -> dict[str, Any]:
    """The JSON form of ``record`` (EVENTS.md field names). Each span gains its ``text``."""
    filing = record.filing
    return {
        "filing": _filing(filing, include_text),
        "press_releases": _plain(record.press_releases, filing),
        "events": _plain(record.events, filing),
        "entities": _plain(record.entities, filing),
        "warnings": list(record.warnings),
    }


def _filing(filing: Filing, include_text: bool) -> dict[str, Any]:
    out = {}
    for f in dataclasses.fields(filing):
        if f.name == "documents":
            out["documents"] = [_document(d, include_text) for d in filing.documents]
        else:
            out[f.name] = _plain(getattr(filing, f.name), filing)
    return out


def _document(doc: Document, include_text: bool) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(doc, name) for name in _DOCUMENT_FIELDS}
    out["text_length"] = len(doc.text)
    if include_text:
        out["text"] = doc.text
    return out


def _plain(value: Any, filing: Filing) -> Any:
    if isinstance(value, Span):
        return span_dict(value, filing)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name), filing) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _plain(v, filing) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v, filing) for v in value]
    return value


def span_dict(span: Span, filing: Filing) -> dict[str, Any]:
    try:
        text = filing.quote(span)
    except KeyError:
        text = None
    return {"doc": span.doc, "start": span.start, "end": span.end, "text": text}
