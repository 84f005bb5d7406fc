"""The seed filing yields every event and field of ../shared/gold/seed.json (one event per fact,
evidence overlapping the gold quote). Phases are compared after roman/arabic normalisation;
long text fields by containment, as the scorer does."""

from __future__ import annotations

import json
import re

import pytest

import eightk
from eightk.extract.phases import normalize_phase
from eightk.extract.parties import name_key
from eightk.serialize import to_dict

from conftest import SEED, SEED_GOLD

_TEXT_FIELDS = {"trigger", "scope", "change", "population", "indication", "responsibilities", "agreement", "venue"}


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.replace("\\", "").replace("®", "").lower()).strip()


@pytest.fixture(scope="module")
def record():
    return to_dict(eightk.process(SEED.read_bytes(), name=SEED.name))


@pytest.fixture(scope="module")
def gold():
    return json.loads(SEED_GOLD.read_text())["events"]


def _matches(event: dict, g: dict) -> bool:
    quote = _norm(g["quote"])
    return event["type"] == g["type"] and any(
        _norm(e["text"])[:60] in quote or quote[:60] in _norm(e["text"]) for e in event["evidence"])


def _same(name: str, got, want) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    if name == "phase":
        return normalize_phase(got) == normalize_phase(want)
    if name in ("payee", "payer", "licensor", "licensee", "sponsor"):
        return name_key(got) == name_key(want)
    if name in _TEXT_FIELDS:
        return _norm(got) in _norm(want) or _norm(want) in _norm(got)
    if isinstance(want, dict):
        return all(got.get(k) == v for k, v in want.items())
    if isinstance(want, list):
        return list(got) == want
    return got == want


def test_seed_has_one_event_per_gold_event(record, gold):
    assert len(record["events"]) == len(gold)
    for g in gold:
        assert sum(_matches(e, g) for e in record["events"]) == 1, g["quote"]


@pytest.mark.parametrize("index", range(8))
def test_seed_event_fields(record, gold, index):
    g = gold[index]
    event = next(e for e in record["events"] if _matches(e, g))
    assert event["status"] == g["status"]
    assert event["date"] == g["date"]
    for name, want in g["fields"].items():
        assert _same(name, event["fields"][name], want), (g["type"], name, event["fields"][name], want)


def test_every_event_names_its_extractor_and_evidence(record):
    for event in record["events"]:
        assert re.fullmatch(r"[a-z_]+@\d+", event["extractor"])
        assert 0 < event["confidence"] <= 1
        assert event["evidence"] and all(e["text"] for e in event["evidence"])


def test_seed_entities(record):
    companies = [c["name"] for c in record["entities"]["companies"]]
    assert companies[0] == "ImmunoGen" and "Genentech" in companies
    assets = {a["name"]: a for a in record["entities"]["assets"]}
    for name in ("trastuzumab-DM1", "huN901-DM1", "huC242-DM4", "AVE9633", "AVE1642"):
        assert name in assets
    t = assets["trastuzumab-DM1"]
    assert (t["antibody"], t["payload"], t["target"], t["owner"]) == ("trastuzumab", "DM1", "HER2", "Genentech")
    assert assets["huC242-DM4"]["owner"] == "ImmunoGen"
    assert set(companies) == {"ImmunoGen", "Genentech", "sanofi-aventis", "KMorrisPR"}  # the gold's four
    assert (assets["huN901-DM1"]["owner"], assets["huN901-DM1"]["phase"]) == ("ImmunoGen", "clinical")
    assert (assets["AVE9633"]["owner"], assets["AVE9633"]["partner"]) == ("sanofi-aventis", "ImmunoGen")
    assert "trastuzumab" not in assets  # the antibody of trastuzumab-DM1, not a product of its own
    assert record["entities"]["agreements"][0]["date"] == "2000"
