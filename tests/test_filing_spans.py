"""Every span the filing layer emits says what the record claims, over every 8-K in the corpus
(exhaustive rather than generated: real layouts are the interesting inputs)."""

from __future__ import annotations

import re

import pytest

from conftest import FILINGS, SEED

import eightk

_PATHS = sorted(p for p in FILINGS.rglob("*") if p.is_file() and "IMTorgOpenDataTools" not in str(p)) + [SEED]
_HEADING = re.compile(r"\s*Items?\s*(?:[-–—:]\s*)?\d", re.I)


def _records():
    for path in _PATHS:
        try:
            yield path, eightk.process(path.read_bytes(), name=path.name)
        except eightk.InputError:
            continue


@pytest.fixture(scope="module")
def records():
    return list(_records())


def test_item_spans_start_with_their_heading(records) -> None:
    for path, record in records:
        f = record.filing
        for item in f.items:
            if item.span is None:
                assert item.sources == ("header",), path
            elif "body" in item.sources:
                assert _HEADING.match(f.quote(item.span)), (path.name, item.number)
            else:
                assert f.quote(item.span).strip(), (path.name, item.number)


def test_cover_evidence_contains_the_value(records) -> None:
    for path, record in records:
        f = record.filing
        reg = f.registrant
        for field, span in reg.evidence.items():
            value = getattr(reg, field, None) if "." not in field and field != "address" else None
            if value is not None:
                assert reg.sources[field] in ("body", "dei")
                assert value in re.sub(r"\s+", " ", f.quote(span)), (path.name, field)
            elif field.startswith("address.") and reg.address is not None:
                assert getattr(reg.address, field[8:]) in f.quote(span), (path.name, field)


def test_exhibit_spans_hold_their_number(records) -> None:
    for path, record in records:
        f = record.filing
        for exhibit in f.exhibits:
            assert f.quote(exhibit.span).lower().startswith(exhibit.number), (path.name, exhibit.number)


def test_header_values_never_masquerade_as_body(records) -> None:
    for path, record in records:
        reg = record.filing.registrant
        for field, source in reg.sources.items():
            assert source in ("body", "dei", "header"), (path.name, field)
            if source == "header":
                assert field == "cik"
