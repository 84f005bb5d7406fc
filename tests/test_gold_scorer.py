"""The event scorer: the seed scored against gold/seed.json with a fake record built from the gold
itself (perfect = 1.0), then one change at a time, and the field normalisation rules."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import SEED_GOLD

import eightk
from eightk.evaluation.events import (
    Counts,
    render_table,
    score_events,
    score_record,
    values_agree,
)
from eightk.extract.press_release import find_press_releases
from eightk.records import Event, Money, Record, Span


@pytest.fixture(scope="module")
def gold():
    return json.loads(SEED_GOLD.read_text())


@pytest.fixture(scope="module")
def seed_record(seed_bytes) -> Record:
    record = eightk.process(seed_bytes, name="immunogen-8k-2007-07-31.txt")
    return replace(record, press_releases=find_press_releases(record.filing))


def _event_from_gold(g, text: str) -> Event:
    """A perfect extraction of gold event ``g``: its fields, evidence on its quote."""
    start = text.find(" ".join(g["quote"].split()[:5]))
    assert start >= 0
    fields = dict(g["fields"])
    if "amount" in fields:
        fields["amount"] = Money(fields["amount"]["value"], fields["amount"]["currency"])
    return Event(g["type"], g["status"], g["date"], fields, (Span(1, start, start + 20),), 1.0, "fake@0")


@pytest.fixture(scope="module")
def perfect(gold, seed_record) -> Record:
    text = seed_record.filing.document(1).text
    return replace(seed_record, events=tuple(_event_from_gold(g, text) for g in gold["events"]))


def test_perfect_record_scores_one(gold, perfect):
    scores = score_record(gold, perfect, file="seed.json")
    assert scores.events == Counts(tp=8)
    assert all(c.f1 == 1.0 for c in scores.by_field.values()), render_table(scores)
    assert all(c.f1 == 1.0 for c in scores.press_release.values()), render_table(scores)
    assert scores.misses == ()


def test_missing_event_lowers_recall_only(gold, perfect):
    scores = score_record(gold, replace(perfect, events=perfect.events[1:]))
    assert scores.by_type["milestone_payment"] == Counts(fn=1)
    assert scores.events.precision == 1.0 and scores.events.recall == 7 / 8
    (miss,) = scores.misses
    assert (miss.type, miss.field, miss.got) == ("milestone_payment", "event", None)


def test_extra_event_lowers_precision_only(gold, perfect):
    extra = Event("regulatory_event", "occurred", None, {"asset": "X"}, (Span(1, 0, 10),), 0.5, "fake@0")
    scores = score_record(gold, replace(perfect, events=perfect.events + (extra,)))
    assert scores.events.recall == 1.0 and scores.events.precision == 8 / 9


def test_types_outside_the_gold_are_not_scored(gold, perfect):
    other = Event("officer_change", "occurred", None, {}, (Span(1, 0, 10),), 0.5, "fake@0")
    assert score_record(gold, replace(perfect, events=perfect.events + (other,))).events == Counts(tp=8)


def test_event_without_overlap_matches_on_key_fields(gold, perfect):
    moved = tuple(replace(e, evidence=(Span(1, 0, 5),)) for e in perfect.events)
    scores = score_record(gold, replace(perfect, events=moved))
    assert scores.by_type["milestone_payment"] == Counts(tp=1)


def test_wrong_field_is_a_miss_with_expected_and_got(gold, perfect):
    first = perfect.events[0]
    wrong = replace(first, fields={**first.fields, "payer": "Roche"})
    scores = score_record(gold, replace(perfect, events=(wrong,) + perfect.events[1:]))
    assert scores.by_field["milestone_payment.payer"] == Counts(fp=1, fn=1)
    assert [(m.field, m.expected, m.got) for m in scores.misses] == [("payer", "Genentech", "Roche")]


def test_press_release_misses(gold, perfect):
    pr = perfect.press_releases[0]
    broken = replace(pr, headline="Something else", tickers=())
    scores = score_record(gold, replace(perfect, press_releases=(broken,)))
    assert scores.press_release["headline"] == Counts(fp=1, fn=1)
    assert scores.press_release["tickers"] == Counts(fn=1)


def test_score_events_runs_process_on_the_gold_source(tmp_path, gold, perfect):
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(gold))
    scores = score_events([path], process=lambda raw, name=None: perfect, shared=SEED_GOLD.parents[1])
    assert scores.documents == 1 and scores.events.f1 == 1.0
    assert "milestone_payment" in render_table(scores)


@pytest.mark.parametrize(
    "name, want, got",
    [
        ("phase", "Phase II", "Phase 2"),
        ("phase", "Phase I/II", "phase 1/2"),
        ("phase", "Phase IIb", "Phase 2b"),
        ("payer", "Merck", "Merck & Co., Inc."),
        ("payer", "Lilly", "Eli Lilly and Company"),
        ("licensee", "Genentech", "Genentech, Inc."),
        ("amount", {"value": 5000000, "currency": "USD"}, Money(5_000_000.0)),
        ("amount", {"value": 1900000000, "currency": "USD"}, "$1.9 billion"),
        ("amount", {"value": 100000, "currency": "USD"}, {"value": 100000.0, "currency": "usd"}),
        ("date", "2007-07", "2007-07-31"),
        ("speaker", "Uttam Patil", "Dr. Uttam Patil"),
        ("speaker", "Daniel Skovronsky", "Daniel Skovronsky, M.D., Ph.D."),
        ("region", "MA", "Mass."),
        ("city", "Indianapolis and Stamford", "INDIANAPOLISandSTAMFORD"),
        ("targets", ["HER2"], ["her2"]),
        ("asset", "trastuzumab-DM1", "Trastuzumab-DM1"),
    ],
)
def test_values_agree(name, want, got):
    assert values_agree(name, want, got)


@pytest.mark.parametrize(
    "name, want, got",
    [
        ("phase", "Phase II", "Phase III"),
        ("amount", {"value": 5000000, "currency": "USD"}, Money(5_000_000.0, "EUR")),
        ("amount", {"value": 5000000, "currency": "USD"}, "$50 million"),
        ("date", "2007-07-31", "2007-07"),
        ("payer", "Genentech", "Roche"),
        ("exclusive", True, False),
        ("asset", "huC242-DM4", None),
    ],
)
def test_values_disagree(name, want, got):
    assert not values_agree(name, want, got)


def test_score_events_takes_a_folder(tmp_path, gold, perfect):
    (tmp_path / "seed.json").write_text(json.dumps(gold))
    scores = score_events(tmp_path, process=lambda raw, name=None: perfect, shared=SEED_GOLD.parents[1])
    assert scores.documents == 1 and scores.events == Counts(tp=8)
