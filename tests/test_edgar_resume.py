"""Fair access and durability, end to end: the rate seen by the server, and kill -9 then resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from edgar_fixtures import IDENTITY
from eightk.sources.edgar import ratelimit
from eightk.sources.edgar.client import EdgarClient, RetryPolicy
from eightk.sources.edgar.download import PART_SUFFIX, part_path, submission_fault, submission_path
from eightk.sources.edgar.fetch import Selection, fetch
from eightk.sources.edgar.urls import EdgarUrls
from mock_edgar import CHAOS_KINDS, MockEdgar

ROOT = Path(__file__).resolve().parents[1]
APPLE_CIK = 320193
#: Apple's 2011-01-18 8-K: the fifth of Apple's nine filings in date order, so four are done first.
STALLED = "0001193125-11-009392"


def test_never_more_than_ten_requests_in_any_second_under_faults(monkeypatch, tmp_path):
    monkeypatch.setattr(ratelimit, "_BUCKET", ratelimit.TokenBucket(ratelimit.MAX_RATE))
    policy = RetryPolicy(attempts=10, base_delay=0.001, max_delay=0.01, timeout=2.0, threshold_pause=0.0)
    with MockEdgar() as edgar:
        for kind in CHAOS_KINDS:  # each fault at least once, then a random third of the rest
            edgar.inject(kind, path=".txt", retry_after=0, delay=0.3)
        edgar.chaos(0.3, seed=3, retry_after="0")
        with EdgarClient(IDENTITY, urls=EdgarUrls.from_base(edgar.url), rate=10, retry=policy, cache_dir=tmp_path / "c") as client:
            results = list(fetch(client, Selection(ciks=(APPLE_CIK, 19617, 66740, 1018724)), tmp_path))
        assert len(edgar.requests) >= 25 and sum(1 for r in edgar.requests if r.fault) >= len(CHAOS_KINDS)
        assert edgar.max_in_window(1.0) <= 10
        assert len(results) == 12
        for result in results:
            assert result.path.read_bytes() == edgar.filings[result.ref.accession].body


def _fetch_command(out: Path) -> list[str]:
    return [sys.executable, "-m", "eightk", "fetch", "--ticker", "AAPL", "-o", str(out), "--rate", "10", "--backoff", "0.01"]


def test_fetch_killed_mid_file_then_restarted_ends_with_the_same_files(tmp_path):
    out = tmp_path / "edgar"
    stalled_final = submission_path(out, APPLE_CIK, STALLED)
    with MockEdgar() as edgar:
        env = {**os.environ, "EIGHTK_EDGAR_URL": edgar.url, "EIGHTK_USER_AGENT": IDENTITY}
        edgar.inject("stall", path=STALLED, delay=60)
        proc = subprocess.Popen(_fetch_command(out), env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert edgar.stalled.wait(60), "the fetch never reached the stalled file"
            _wait_for_bytes(part_path(stalled_final))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            edgar.release_stall()
        assert proc.returncode == -signal.SIGKILL
        assert part_path(stalled_final).exists() and not stalled_final.exists()
        done_before = sorted(p.name for p in out.glob("*/*.txt"))
        assert 4 <= len(done_before) < 9  # the four before it, and some after it (4 in flight)

        again = subprocess.run(_fetch_command(out), env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr
        assert f"fetched {9 - len(done_before)}, already complete {len(done_before)}" in again.stderr
        apple = {a: f for a, f in edgar.filings.items() if f.cik == APPLE_CIK}
        on_disk = {p.stem: p for p in out.glob("*/*.txt")}
        assert set(on_disk) == set(apple)
        for accession, path in on_disk.items():
            assert path.read_bytes() == apple[accession].body
            assert submission_fault(path, accession) is None
        assert not list(out.rglob(f"*{PART_SUFFIX}"))


def _wait_for_bytes(path: Path, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while not (path.exists() and path.stat().st_size > 0):
        assert time.monotonic() < deadline, f"{path} never got its first bytes"
        time.sleep(0.02)
