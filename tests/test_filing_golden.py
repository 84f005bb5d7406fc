"""Golden records of the filing layer for real filings of each format (cover, items, exhibits,
signature; no spans). tests/golden/filing/SOURCES.tsv names the file behind each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED
from filing_golden import golden_view

import eightk

GOLDEN = Path(__file__).parent / "golden" / "filing"
CASES = [line.split("\t") for line in (GOLDEN / "SOURCES.tsv").read_text().splitlines() if line]


@pytest.mark.parametrize(("name", "source"), CASES, ids=[c[0] for c in CASES])
def test_golden(name: str, source: str) -> None:
    path = SHARED / source
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert golden_view(eightk.process(path.read_bytes(), name=path.name)) == expected
