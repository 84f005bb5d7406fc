"""Rows from records: every part of a filled record lands in its table, and queries find it."""

from __future__ import annotations

import duckdb
import pytest

from eightk.bulk import Outcome, WorkItem
from eightk.errors import NotFound
from eightk.store import SCHEMA_VERSION, Store, StoreError
from eightk.store.rows import record_rows, source_of
from eightk.store.schema import MIGRATIONS
from eightk.store.writer import Writer
from store_helpers import TEXT, sample_record


def _write(db, *records, name="sample.txt"):
    with Writer(db) as writer:
        run = writer.start_run({})
        outcomes = []
        for i, record in enumerate(records):
            raw = f"{TEXT}{i}".encode()
            item = WorkItem(f"{name}{i}", None, raw, len(raw), 1.0)
            outcomes.append(Outcome(item, source_of(item.name, raw, 1.0).sha256,
                                    record_rows(record, source_of(item.name, raw, 1.0), ("milestones@1",))))
        writer.write(outcomes, run)
        writer.finish_run(run, "done")


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "s.duckdb")
    _write(path, sample_record())
    return path


def test_every_part_of_a_record_has_its_rows(db):
    with Store(db) as store:
        counts = {t: store.sql(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in (
            "filings", "documents", "items", "exhibits", "signatures", "press_releases",
            "press_release_contacts", "press_release_quotes", "press_release_tickers", "events",
            "entities", "event_entities")}
        assert counts == dict.fromkeys(counts, 1) | {"entities": 4, "event_entities": 4}
        event = store.sql("SELECT * FROM events")[0]
        assert (event["payer"], event["payee"], event["amount_value"], event["amount_currency"]) == (
            "Genentech", "ImmunoGen, Inc.", 5_000_000.0, "USD")
        assert event["extractor"] == "milestones@1" and str(event["date"]) == "2007-07-30"


def test_evidence_rows_quote_the_text(db):
    with Store(db) as store:
        quotes = {(r["owner"], r["text"]) for r in store.sql("SELECT owner, text FROM evidence")}
    assert ("event", "$5 million milestone payment") in quotes
    assert ("registrant", "ImmunoGen, Inc.") in quotes
    assert ("press_release", "Jane Doe") in quotes


def test_event_links_name_their_entities(db):
    with Store(db) as store:
        links = {(r["role"], r["kind"], r["key"]) for r in store.sql("SELECT * FROM event_entities")}
    assert links == {
        ("payer", "company", "genentech"), ("payee", "company", "immunogen, inc."),
        ("asset", "asset", "trastuzumab-dm1"), ("agreement", "agreement", "2000 her2 agreement"),
    }


def test_events_filters(db):
    with Store(db) as store:
        assert len(store.events(type="milestone_payment", company="genentech", asset="T-DM1")) == 1
        assert len(store.events(since="2007-07-01", until="2007-07-31", min_amount=1e6)) == 1
        assert store.events(type="officer_change") == []
        assert store.events(min_amount=1e7) == []
        assert store.events(until="2007-01-01") == []
        frame = store.events(frame=True)
        assert list(frame["evidence"]) == ["$5 million milestone payment"]


def test_show_returns_the_whole_record_with_quotes(db):
    with Store(db) as store:
        record = store.filing("0001193125-07-168562")
        assert record["events"][0]["evidence"][0]["text"] == "$5 million milestone payment"
        assert record["store"]["extractors"] == ["milestones@1"]
        with pytest.raises(NotFound):
            store.filing("0000000000-00-000000")


def test_a_filing_keyed_by_hash_is_replaced_when_its_accession_becomes_known(tmp_path):
    db = str(tmp_path / "s.duckdb")
    _write(db, sample_record(accession=None))
    _write(db, sample_record())
    with Store(db) as store:
        assert [r["accession"] for r in store.sql("SELECT accession FROM filings")] == ["0001193125-07-168562"]
        assert store.sql("SELECT count(*) AS n FROM events")[0]["n"] == 1


def test_reingest_replaces_never_duplicates(db):
    _write(db, sample_record(amount=7.0))
    with Store(db) as store:
        assert [r["amount_value"] for r in store.sql("SELECT amount_value FROM events")] == [7.0]
        assert store.sql("SELECT count(*) AS n FROM evidence WHERE owner = 'event'")[0]["n"] == 1


def test_schema_is_versioned(db):
    assert SCHEMA_VERSION == max(MIGRATIONS)
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_a_newer_schema_is_refused_with_a_clear_error(db):
    con = duckdb.connect(db)
    con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer than this eightk"):
        Store(db)
    with pytest.raises(StoreError, match="newer than this eightk"):
        Writer(db)


def test_an_older_schema_is_migrated_in_order(tmp_path, monkeypatch):
    from eightk.store import schema

    db = str(tmp_path / "old.duckdb")
    Writer(db).close()
    step = ["ALTER TABLE filings ADD COLUMN note VARCHAR"]
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION + 1, step)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    Writer(db).close()
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert "note" in {r[0] for r in con.execute("DESCRIBE filings").fetchall()}
    con.close()


def test_rows_follow_the_record_shape_of_the_seed_gold():
    """The hand-made seed record (../shared/gold/seed.json): its events and entities fill the
    typed columns and links with no code that knows its fields."""
    import json

    from conftest import SEED_GOLD
    from eightk.store.rows import dict_rows

    gold = json.loads(SEED_GOLD.read_text())
    data = {"filing": {**gold["filing"], "accession": None}, "events": gold["events"], "entities": gold["entities"]}
    rows = dict_rows(data, source_of("seed.txt", b"seed", None))
    payments = [e for e in rows["events"] if e["type"] == "milestone_payment"]
    assert len(rows["events"]) == len(gold["events"]) and payments
    assert (payments[0]["payer"], payments[0]["amount_value"]) == ("Genentech", 5_000_000.0)
    assert {"genentech", "trastuzumab-dm1"} <= {link["key"] for link in rows["event_entities"]}
    assert rows["filings"][0]["accession"].startswith("sha256:")
    assert rows["filings"][0]["items"] == [i["number"] for i in gold["filing"]["items"]]
