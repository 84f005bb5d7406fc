"""Shared fixtures: the ../shared folder beside the project, read in place."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
FILINGS = CORPUS / "filings"
SEED = SHARED / "seed" / "immunogen-8k-2007-07-31.txt"
SEED_GOLD = SHARED / "gold" / "seed.json"


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()
