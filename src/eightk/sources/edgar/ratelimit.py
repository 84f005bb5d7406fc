"""One process-wide token bucket: every request to EDGAR, retries included, takes a token.

EDGAR's fair-access policy allows at most 10 requests per second per user. The bucket hands out
one token every ``1/rate`` seconds (no burst credit), widened by a small safety margin, so any
one-second window holds at most ``rate`` requests even with a little timing jitter.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

from ...errors import InputError

DEFAULT_RATE = 8.0
MAX_RATE = 10.0
#: Spacing is widened by 10%: eleven requests at "10/s" then span 1.1 s, so arrival jitter at the
#: server up to 100 ms cannot put 11 into one second. A 2% margin was not enough: bench/edgar_rate.py
#: at 8/s saw 9 requests in one second when a retry after a reset paid for a new connection.
SAFETY_MARGIN = 0.10


class TokenBucket:
    """A spacing limiter: ``acquire()`` returns when this caller may send its request."""

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        *,
        max_rate: float = MAX_RATE,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._paused_until = 0.0
        self.max_rate = max_rate
        self.rate = check_rate(rate, max_rate)

    @property
    def interval(self) -> float:
        return (1.0 + SAFETY_MARGIN) / self.rate

    def set_rate(self, rate: float) -> None:
        with self._lock:
            self.rate = check_rate(rate, self.max_rate)

    def pause(self, seconds: float) -> None:
        """Hold every caller back for ``seconds`` (EDGAR asked us to, with ``Retry-After``)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def acquire(self) -> float:
        """Reserve the next slot and sleep until it; return the seconds waited."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next, self._paused_until)
            self._next = slot + self.interval
        wait = slot - now
        if wait > 0:
            self._sleep(wait)
        return wait


def check_rate(rate: float, max_rate: float = MAX_RATE) -> float:
    """Refuse a rate above EDGAR's limit rather than quietly lowering it."""
    if not rate > 0:
        raise InputError(f"--rate must be above 0 requests/s, got {rate:g}")
    if rate > max_rate:
        raise InputError(f"--rate {rate:g} is above EDGAR's fair-access limit of {max_rate:g} requests/s")
    return float(rate)


_BUCKET = TokenBucket()


def bucket() -> TokenBucket:
    """The process-wide bucket, shared by every client in this process."""
    return _BUCKET
