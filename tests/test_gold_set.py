"""The dev gold set (tests/gold/events) and the held-out set (tests/gold/heldout): well formed, and every quote in it is verbatim text of
its source, so a scorer can find it. See tests/gold/events/README.md for the conventions."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import SHARED

import eightk
from eightk.evaluation.events import GOLD_TYPES
from eightk.records import EVENT_STATUSES

GOLD_DIR = Path(__file__).parent / "gold" / "events"
#: The blind held-out set: never used to tune rules, only to measure them (its README says how).
HELDOUT_DIR = Path(__file__).parent / "gold" / "heldout"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json")) + sorted(HELDOUT_DIR.glob("*.json"))
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _collapse(text: str) -> str:
    return " ".join(text.replace("\\", "").split())


@lru_cache(maxsize=None)
def _source_texts(source: str) -> tuple[str, ...]:
    """The source as raw text and as eightk's normalised text, whitespace collapsed."""
    raw = (SHARED / source).read_bytes()
    record = eightk.process(raw, name=Path(source).name)
    return (_collapse(raw.decode("utf-8", errors="replace")),) + tuple(
        _collapse(d.text) for d in record.filing.documents
    )


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_gold_set_size_and_spread():
    golds = [_load(p) for p in sorted(GOLD_DIR.glob("*.json"))]
    assert len(golds) >= 30
    assert sum(1 for g in golds if not g["events"]) >= 3  # non-biopharma documents
    types = {e["type"] for g in golds for e in g["events"]}
    assert types == set(GOLD_TYPES)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(path):
    gold = _load(path)
    assert (SHARED / gold["source"]).is_file(), gold["source"]
    for event in gold["events"]:
        assert event["type"] in GOLD_TYPES
        assert event["status"] in EVENT_STATUSES
        assert event["date"] is None or _DATE.match(event["date"]), event["date"]
        assert isinstance(event["fields"], dict) and event["quote"]
        for name in ("amount", "upfront", "milestones_total"):
            if name in event["fields"]:
                assert set(event["fields"][name]) == {"value", "currency"}
    pr = gold.get("press_release") or {}
    if pr.get("dateline") and pr["dateline"].get("date"):
        assert _DATE.match(pr["dateline"]["date"])


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_quotes_are_verbatim(path):
    gold = _load(path)
    texts = _source_texts(gold["source"])
    pr = gold.get("press_release") or {}
    wanted = [e["quote"] for e in gold["events"]]
    wanted += [q["starts_with"] for q in pr.get("quotes", [])]
    wanted += [pr[k] for k in ("headline",) if pr.get(k)]
    wanted += [(pr.get("forward_looking") or {}).get("starts_with")] if pr.get("forward_looking") else []
    for quote in wanted:
        needle = _collapse(quote)
        assert any(needle in text for text in texts), f"{path.name}: not in source: {quote!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_event_quotes_are_found_by_the_scorer(path):
    """The scorer matches on evidence overlapping the quote in eightk's normalised text, so
    every event quote must be locatable there, not only in the raw file."""
    from eightk.evaluation.events import _TextIndex

    gold = _load(path)
    raw = (SHARED / gold["source"]).read_bytes()
    record = eightk.process(raw, name=Path(gold["source"]).name)
    index = _TextIndex({d.sequence: d.text for d in record.filing.documents})
    for event in gold["events"]:
        assert index.locate(event["quote"]), f"{path.name}: {event['quote']!r}"
