"""The store commands, end to end through the CLI: one-line errors, never a traceback."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from eightk.cli.app import app
from eightk.store import SCHEMA_VERSION
from store_helpers import SUBSET

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "cli.duckdb")
    result = runner.invoke(app, ["ingest", SUBSET[0], "--db", path, "--batch-size", "5"])
    assert result.exit_code == 0, result.output
    assert "12 filings, 0 failures" in result.stderr  # not a terminal: one plain summary line
    return path


def test_every_store_command_has_help():
    for command in ("ingest", "events", "show", "sql", "export", "stats"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--db" in result.output


def test_stats_and_sql(db):
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--format", "json"]).stdout)
    assert stats["totals"][0]["filings"] == 12
    rows = json.loads(runner.invoke(app, ["sql", "SELECT count(*) AS n FROM filings", "--db", db, "-f", "json"]).stdout)
    assert rows == [{"n": 12}]


def test_show_prints_the_record(db):
    record = json.loads(runner.invoke(app, ["show", "0000943374-24-000509", "--db", db]).stdout)
    assert record["filing"]["accession"] == "0000943374-24-000509"
    assert record["store"]["source"].endswith("0000943374-24-000509.txt")


def test_events_formats(db):
    for fmt in ("table", "csv", "json", "jsonl"):
        result = runner.invoke(app, ["events", "--db", db, "--format", fmt, "--since", "2000-01-01"])
        assert result.exit_code == 0
    events = json.loads(runner.invoke(app, ["events", "--db", db, "-f", "json"]).stdout)
    assert all(e["extractor"] and e["accession"] for e in events)


def test_export(db, tmp_path):
    result = runner.invoke(app, ["export", "--parquet", str(tmp_path / "pq"), "--db", db])
    assert result.exit_code == 0 and (tmp_path / "pq" / "filings").is_dir()


@pytest.mark.parametrize("args, message", [
    (["sql", "DELETE FROM filings"], "pass --write"),
    (["show", "nope"], "no filing 'nope'"),
    (["events", "--format", "xml"], "--format must be one of"),
])
def test_errors_are_one_line(db, args, message):
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_sql_write_changes_the_store(tmp_path, db):
    import shutil

    copy = str(tmp_path / "copy.duckdb")
    shutil.copy(db, copy)
    result = runner.invoke(app, ["sql", "DELETE FROM failures", "--db", copy, "--write"])
    assert result.exit_code == 0, result.stderr


def test_a_missing_database_and_a_newer_one(tmp_path):
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such database" in result.stderr
    newer = str(tmp_path / "newer.duckdb")
    con = duckdb.connect(newer)
    con.execute("CREATE TABLE schema_version (version INTEGER, applied TIMESTAMP)")
    con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    con.close()
    for args in (["stats"], ["ingest", SUBSET[0]]):
        result = runner.invoke(app, [*args, "--db", newer])
        assert result.exit_code == 1 and "newer than this eightk" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_needs_paths_or_reextract(tmp_path):
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "--reextract" in result.stderr


def test_ingest_reads_standard_input(tmp_path):
    from conftest import FILINGS

    raw = (FILINGS / "dgunning-edgartools" / "0000943374-24-000509.txt").read_bytes()
    db = str(tmp_path / "stdin.duckdb")
    for _ in range(2):  # standard input is never taken as already stored: replaced, not doubled
        result = runner.invoke(app, ["ingest", "-", "--db", db], input=raw)
        assert result.exit_code == 0 and "1 filings" in result.stderr
    rows = json.loads(runner.invoke(app, ["sql", "SELECT accession, source FROM filings", "--db", db, "-f", "json"]).stdout)
    assert rows == [{"accession": "0000943374-24-000509", "source": "<stdin>"}]
