"""The reference filing against its gold record (../shared/gold/seed.json): 100% of the cover,
items, exhibits and signature."""

from __future__ import annotations

import json
import re

import pytest

from conftest import SEED_GOLD

import eightk

GOLD = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["filing"]


@pytest.fixture(scope="module")
def filing(seed_bytes):
    return eightk.process(seed_bytes, name="immunogen-8k-2007-07-31.txt").filing


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_cover(filing) -> None:
    reg = filing.registrant
    assert filing.form == GOLD["form"]
    assert filing.report_date == GOLD["report_date"]
    for key, value in GOLD["registrant"].items():
        if key == "address":
            assert {k: getattr(reg.address, k) for k in value} == value
        else:
            assert getattr(reg, key) == value, key
    assert {k: getattr(filing.checkboxes, k) for k in GOLD["checkboxes"]} == GOLD["checkboxes"]


def test_body_fields_carry_evidence(filing) -> None:
    reg = filing.registrant
    for key in ("name", "state_of_incorporation", "file_number", "irs_employer_id", "phone"):
        assert reg.sources[key] == "body"
        assert getattr(reg, key) in filing.quote(reg.evidence[key])


def test_items(filing) -> None:
    got = [(i.number, i.title, i.regime) for i in filing.items]
    assert got == [(i["number"], i["title"], i["regime"]) for i in GOLD["items"]]
    for item, gold in zip(filing.items, GOLD["items"]):
        assert _collapse(filing.quote(item.span)).startswith(gold["quote"])


def test_exhibits(filing) -> None:
    assert [(e.number, e.description) for e in filing.exhibits] == [(e["number"], e["description"]) for e in GOLD["exhibits"]]


def test_signature(filing) -> None:
    sig = filing.signature
    assert {k: getattr(sig, k) for k in GOLD["signature"]} == GOLD["signature"]
