"""Quality gate: press-release fields scored on the dev gold set stay above pinned floors.
Lowering a floor is a deliberate, visible act (edit FLOORS and say why in the commit)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import eightk
from eightk.evaluation.events import render_table, score_events
from eightk.extract.press_release import find_press_releases

GOLD = sorted((Path(__file__).parent / "gold" / "events").glob("*.json"))

#: F1 floors measured on the 50-document dev set (all 1.00 there except `about`, 0.98: inline
#: "About X" headings of flat markdown such as Triflo's are not found). Floors sit a little
#: below so that a new, harder gold document does not fail the gate by itself.
FLOORS = {
    "release": 0.95,
    "headline": 0.90,
    "dateline.city": 0.90,
    "dateline.region": 0.85,
    "dateline.date": 0.90,
    "tickers": 0.90,
    "quotes": 0.90,
    "quotes.speaker": 0.90,
    "contacts": 0.85,
    "about": 0.90,
    "forward_looking": 0.85,
}


def _process(raw: bytes, name: str | None = None):
    record = eightk.process(raw, name=name)
    if record.press_releases:
        return record
    return replace(record, press_releases=find_press_releases(record.filing))


@pytest.fixture(scope="module")
def scores():
    return score_events(GOLD, process=_process)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_press_release_field_floor(scores, field):
    assert scores.press_release[field].f1 >= FLOORS[field], render_table(scores, misses=40)
