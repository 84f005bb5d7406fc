"""Fixtures for the EDGAR tests: a mock server per test and a rate bucket that does not wait.

Imported by ``tests/test_edgar_*.py`` (pytest puts ``tests/`` on ``sys.path``).
"""

from __future__ import annotations

import pytest

from eightk.sources.edgar import ratelimit
from eightk.sources.edgar.client import EdgarClient, RetryPolicy
from eightk.sources.edgar.urls import EdgarUrls
from mock_edgar import MockEdgar

IDENTITY = "eightk tests tests@example.com"
#: Retries in tests: same logic, millisecond delays, so the suite stays fast.
FAST_RETRY = RetryPolicy(attempts=5, base_delay=0.001, max_delay=0.01, max_retry_after=5.0, timeout=2.0, threshold_pause=0.5)


class UnlimitedBucket(ratelimit.TokenBucket):
    """No spacing, no pauses (functional tests); still refuses a rate above 10 like the real one."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        super().__init__(1e9, max_rate=float("inf"), sleep=lambda seconds: None)

    def pause(self, seconds: float) -> None:
        self.pauses.append(seconds)

    def set_rate(self, rate: float) -> None:
        ratelimit.check_rate(rate)


@pytest.fixture
def unlimited(monkeypatch):
    bucket = UnlimitedBucket()
    monkeypatch.setattr(ratelimit, "_BUCKET", bucket)
    return bucket


@pytest.fixture
def edgar():
    with MockEdgar() as server:
        yield server


@pytest.fixture
def client(edgar, unlimited, tmp_path):
    sleeps: list[float] = []
    with EdgarClient(
        IDENTITY, urls=EdgarUrls.from_base(edgar.url), retry=FAST_RETRY, cache_dir=tmp_path / "cache", sleep=sleeps.append, seed=1
    ) as c:
        c.sleeps = sleeps
        yield c
