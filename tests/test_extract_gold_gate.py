"""Quality gate: biopharma events scored on the dev gold set (tests/gold/events) stay above
pinned floors. Lowering a floor is a deliberate, visible act: edit FLOORS and say why.

Measured when first pinned: events P 1.00, R 0.68, F1 0.81; fields (over matched events) P 0.91,
R 0.83, F1 0.87. Raised after the recall rules (50 dev documents, 143 gold events of the eight
types): events P 0.99, R 0.79, F1 0.88; fields P 0.95, R 0.87, F1 0.91. Floors sit a little
below, so that one new, harder gold document does not fail the gate by itself.

Session 2 added fourteen Lilly releases and eight other companies' documents, labelled blind
(73 documents, 256 events): before any rule was tuned on them precision fell to 0.91, recall
to 0.62 and field F1 to 0.87, so the floors came down to there, to be raised with the rules.
After the session's rules: events P 0.99, R 0.95, F1 0.97; fields P 0.97, R 0.93, F1 0.95. The
blind held-out set (tests/gold/heldout) is not gated: it is read, not tuned to."""

from __future__ import annotations

from pathlib import Path

import pytest

from eightk.evaluation.events import Counts, score_events

GOLD = Path(__file__).parent / "gold" / "events"

FLOORS = {"events.precision": 0.95, "events.recall": 0.90, "fields.f1": 0.90}


@pytest.fixture(scope="module")
def scores():
    if not any(GOLD.glob("*.json")):
        pytest.skip("no dev gold set")
    return score_events([GOLD])


def test_event_precision_and_recall_floors(scores):
    events = scores.events
    assert events.precision >= FLOORS["events.precision"], events
    assert events.recall >= FLOORS["events.recall"], events


def test_field_f1_floor(scores):
    fields = sum(scores.by_field.values(), Counts())
    assert fields.f1 >= FLOORS["fields.f1"], fields
