"""``eightk fetch / sync / watch`` against the mock EDGAR: files as served, one-line errors."""

from __future__ import annotations

import errno
import json
import socket
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from edgar_fixtures import IDENTITY, edgar, unlimited  # noqa: F401 - fixtures
from eightk.cli.app import app
from eightk.sources.edgar import client as client_module
from eightk.sources.edgar.client import EdgarClient
from eightk.sources.edgar.sync import STATE_NAME
from eightk.sources.edgar.urls import EdgarUrls
from eightk.sources.edgar.watch import watch

FAST = ["--retries", "3", "--backoff", "0.001", "--timeout", "2"]


@pytest.fixture(autouse=True)
def _fast_bucket(unlimited):  # noqa: F811 - the fixture above
    return unlimited


def run(edgar, *args, identity=IDENTITY):
    env = {"EIGHTK_EDGAR_URL": edgar.url if edgar else "", "EIGHTK_USER_AGENT": identity}
    return CliRunner().invoke(app, list(args), env=env)


def one_line_error(result) -> str:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eightk: error: "), result.stderr
    return lines[0]


def test_fetch_by_ticker_writes_every_file_as_served(edgar, tmp_path):
    result = run(edgar, "fetch", "--ticker", "AAPL", "--since", "2011-01-01", "-o", str(tmp_path), *FAST)
    assert result.exit_code == 0, result.output
    paths = result.stdout.split()
    assert len(paths) == 5  # 2011, 2015, 2019 x2, 2024
    for path in paths:
        accession = path.rsplit("/", 1)[1][:-4]
        assert Path(path).read_bytes() == edgar.filings[accession].body
    assert "fetched 5, already complete 0" in result.stderr
    assert edgar.count("-submissions-001.json") == 1  # older page read: 2011 is in it


def test_recent_only_range_skips_older_pages(edgar, tmp_path):
    result = run(edgar, "fetch", "--cik", "0000320193", "--since", "2019-06-01", "-o", str(tmp_path), *FAST)
    assert result.exit_code == 0 and len(result.stdout.split()) == 2
    assert edgar.count("-submissions-001.json") == 0


def test_fetch_a_period_from_the_full_index(edgar, tmp_path):
    result = run(edgar, "fetch", "--since", "2019-01-01", "--until", "2019-12-31", "-o", str(tmp_path), *FAST)
    assert result.exit_code == 0, result.output
    assert sorted(p.rsplit("/", 1)[1] for p in result.stdout.split()) == [
        "0000320193-19-000032.txt",
        "0001193125-19-292676.txt",
    ]
    assert edgar.count("full-index") == 4 and edgar.count("0000000001-00-000001") == 0  # the 10-Q decoy


def test_second_fetch_skips_what_is_complete(edgar, tmp_path):
    run(edgar, "fetch", "--ticker", "aapl", "--since", "2019-01-01", "-o", str(tmp_path), *FAST)
    before = edgar.count(".txt")
    again = run(edgar, "fetch", "--ticker", "AAPL", "--since", "2019-01-01", "-o", str(tmp_path), *FAST)
    assert again.exit_code == 0 and again.stdout == "" and edgar.count(".txt") == before
    assert "already complete 3" in again.stderr


@pytest.mark.parametrize(
    "args, identity, expected",
    [
        (["fetch", "--ticker", "AAPL"], "", 'EDGAR requires an identity: pass --user-agent "Name email"'),
        (["fetch", "--ticker", "AAPL"], "Jane Doe", "has no email address"),
        (["fetch", "--ticker", "NOPE"], IDENTITY, "unknown ticker 'NOPE'"),
        (["fetch", "--cik", "320193", "--since", "2024-02-30"], IDENTITY, "--since '2024-02-30' is not a date"),
        (["fetch", "--cik", "320193", "--since", "2024-03-01", "--until", "2024-01-01"], IDENTITY, "is after --until"),
        (["fetch", "--cik", "AAPL"], IDENTITY, "--cik 'AAPL' is not a CIK"),
        (["fetch", "--ticker", "AAPL", "--rate", "11"], IDENTITY, "above EDGAR's fair-access limit of 10"),
        (["fetch"], IDENTITY, "give --ticker/--cik, or a period with --since"),
        (["fetch", "--ticker", "AAPL", "--ingest"], IDENTITY, "--ingest needs --db FILE"),
        (["sync", "--watchlist", "/nonexistent/list.txt"], IDENTITY, "cannot read watchlist"),
    ],
)
def test_one_line_errors(edgar, tmp_path, args, identity, expected):
    line = one_line_error(run(edgar, *args, "-o", str(tmp_path), *FAST, identity=identity))
    assert expected in line


def test_ingest_without_the_store_says_so(edgar, tmp_path):
    line = one_line_error(run(edgar, "fetch", "--ticker", "AAPL", "--ingest", "--db", str(tmp_path / "x.duckdb"), "-o", str(tmp_path)))
    assert "ingest needs the store" in line


def test_unreachable_host_names_url_and_attempts(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = CliRunner().invoke(
        app,
        ["fetch", "--ticker", "AAPL", "-o", str(tmp_path), *FAST, "--edgar-url", f"http://127.0.0.1:{port}"],
        env={"EIGHTK_USER_AGENT": IDENTITY},
    )
    line = one_line_error(result)
    assert f"gave up on http://127.0.0.1:{port}/files/company_tickers.json after 3 attempts (ConnectError" in line


def test_disk_full(edgar, tmp_path, monkeypatch):
    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(client_module, "_open_part", full)
    line = one_line_error(run(edgar, "fetch", "--ticker", "AAPL", "-o", str(tmp_path), *FAST))
    assert "No space left on device" in line and ".part" in line


def test_sync_a_watchlist_remembers_where_it_got_to(edgar, tmp_path):
    watchlist = tmp_path / "watchlist.txt"
    watchlist.write_text("# companies\nAAPL\n19617  # JPMorgan by CIK\n")
    out = tmp_path / "out"
    first = run(edgar, "sync", "--watchlist", str(watchlist), "--since", "2019-01-01", "-o", str(out), *FAST)
    assert first.exit_code == 0, first.output
    assert len(first.stdout.split()) == 4  # Apple 2019 x2 + 2024, JPMorgan 2026
    state = json.loads((out / STATE_NAME).read_text())
    assert state["companies"] == {"320193": "2024-02-01", "19617": "2026-06-25"}

    second = run(edgar, "sync", "--watchlist", str(watchlist), "-o", str(out), *FAST)
    assert second.exit_code == 0 and second.stdout == ""
    assert [r.status for r in edgar.requests if "/submissions/CIK0000320193" in r.path][-1] == 304

    apple = edgar.filings["0000320193-24-000005"]
    newer = "0000320193-24-000099"
    edgar.filings[newer] = replace(
        apple, accession=newer, filed=date(2024, 5, 2), body=apple.body.replace(apple.accession.encode(), newer.encode())
    )
    third = run(edgar, "sync", "--ticker", "AAPL", "-o", str(out), *FAST)
    assert third.stdout.split() == [str(out / "320193" / f"{newer}.txt")]
    assert json.loads((out / STATE_NAME).read_text())["companies"]["320193"] == "2024-05-02"


def test_sync_all_filers_reads_daily_indexes(edgar, tmp_path):
    result = run(edgar, "sync", "--since", "2026-06-22", "-o", str(tmp_path), *FAST)
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(tmp_path / "19617" / "0000019617-26-000241.txt")]
    assert json.loads((tmp_path / STATE_NAME).read_text())["all_filers"] == "2026-06-25"
    assert edgar.count("daily-index/2026/QTR2/master.20260625.idx") == 1


def test_watch_once_prints_a_summary_per_filing(edgar, tmp_path):
    keep = {"0001193125-19-292676", "0000019617-26-000241"}
    edgar.hidden_from_feed.update(set(edgar.filings) - keep)
    result = run(edgar, "watch", "--once", "-o", str(tmp_path), *FAST)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("0001193125-19-292676  ")  # oldest first
    assert lines[1].startswith("0000019617-26-000241  ")
    assert "fetched 2" in result.stderr


def test_watch_fetches_each_new_filing_once(edgar, unlimited, tmp_path):  # noqa: F811
    edgar.hidden_from_feed.update(set(edgar.filings) - {"0000320193-24-000005"})

    def next_poll(seconds):
        edgar.hidden_from_feed.discard("0000019617-26-000241")  # a filing arrives between polls

    with EdgarClient(IDENTITY, urls=EdgarUrls.from_base(edgar.url)) as client:
        results = list(watch(client, tmp_path, interval=30, max_polls=3, sleep=next_poll))
    assert [r.ref.accession for r in results] == ["0000320193-24-000005", "0000019617-26-000241"]
    assert edgar.count("getcurrent") == 3


def test_ingest_hands_each_file_to_the_store(edgar, tmp_path, monkeypatch):
    import sys
    import types

    calls = []
    fake = types.ModuleType("eightk.store.ingest")
    fake.ingest_files = lambda paths, db: calls.append(([p.name for p in paths], db))
    monkeypatch.setitem(sys.modules, "eightk.store.ingest", fake)
    db = tmp_path / "eightk.duckdb"
    result = run(edgar, "fetch", "--cik", "19617", "--ingest", "--db", str(db), "-o", str(tmp_path / "out"), *FAST)
    assert result.exit_code == 0, result.output
    assert calls == [(["0000019617-26-000241.txt"], db)]


def test_edgar_url_must_be_http(tmp_path):
    result = CliRunner().invoke(
        app, ["fetch", "--cik", "1", "--edgar-url", "localhost:9", "-o", str(tmp_path)], env={"EIGHTK_USER_AGENT": IDENTITY}
    )
    assert "is not an http:// or https:// URL" in one_line_error(result)


def test_every_edgar_command_has_help():
    for command in ("fetch", "sync", "watch"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--user-agent" in result.stdout and "--edgar-url" in result.stdout


def test_watch_reads_further_pages_after_a_burst(edgar, unlimited, tmp_path, monkeypatch):  # noqa: F811
    from eightk.sources.edgar import watch as watch_module

    monkeypatch.setattr(watch_module, "FEED_PAGE", 2)
    newest_first = sorted(edgar.filings.values(), key=lambda f: (f.filed, f.accession), reverse=True)
    burst = [f.accession for f in newest_first[:5]]
    edgar.hidden_from_feed.update(burst)

    def burst_arrives(seconds):
        edgar.hidden_from_feed.difference_update(burst)

    with EdgarClient(IDENTITY, urls=EdgarUrls.from_base(edgar.url)) as client:
        results = list(watch(client, tmp_path, interval=30, max_polls=2, sleep=burst_arrives))
    assert sorted(r.ref.accession for r in results[2:]) == sorted(burst)


def test_bad_arguments_cost_no_request(edgar, tmp_path):
    result = run(edgar, "fetch", "--ticker", "AAPL", "--since", "yesterday", "-o", str(tmp_path), *FAST)
    assert result.exit_code == 2 and "--since 'yesterday' is not a date" in one_line_error(result)
    assert edgar.requests == []
