"""Measure, at the mock EDGAR, how fast eightk really talks to EDGAR, faults and all.

Fetches every filing of every company from a mock EDGAR holding the corpus's complete submissions
plus synthetic copies (fresh accession numbers), with a share of requests answered by faults
(429/503 with Retry-After, 500, resets, truncated bodies, slow answers, the rate-threshold page).
Prints the most requests the server saw in any sliding one-second window, request totals and
whether every file matches the server's bytes. For contrast, the same client with the limiter
off, on a short run in the same process: what the bucket is holding back.

    .venv/bin/python bench/edgar_rate.py                 # ~300 requests at the default 8/s
    .venv/bin/python bench/edgar_rate.py --rate 10 --copies 15 --chaos 0.2
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from mock_edgar import MockEdgar  # noqa: E402

from eightk.sources.edgar import ratelimit  # noqa: E402
from eightk.sources.edgar.client import EdgarClient, RetryPolicy  # noqa: E402
from eightk.sources.edgar.fetch import Selection, fetch  # noqa: E402
from eightk.sources.edgar.urls import EdgarUrls  # noqa: E402

IDENTITY = "eightk bench bench@example.com"


def run(rate: float | None, copies: int, chaos: float, seed: int, retry_after: str, limit: int | None = None) -> dict:
    if rate is None:
        ratelimit._BUCKET = ratelimit.TokenBucket(1e9, max_rate=float("inf"))  # limiter off: baseline only
    else:
        ratelimit._BUCKET = ratelimit.TokenBucket(rate)
    policy = RetryPolicy(attempts=10, base_delay=0.05, max_delay=1.0, timeout=5.0, threshold_pause=1.0)
    with MockEdgar(copies=copies) as edgar, tempfile.TemporaryDirectory() as out:
        if chaos:
            edgar.chaos(chaos, seed=seed, retry_after=retry_after)
        ciks = tuple(sorted(edgar.companies()))
        started = time.monotonic()
        with EdgarClient(IDENTITY, urls=EdgarUrls.from_base(edgar.url), retry=policy, cache_dir=Path(out) / ".cache") as client:
            results = []
            for result in fetch(client, Selection(ciks=ciks), Path(out)):
                results.append(result)
                if limit and len(edgar.requests) >= limit:
                    break
            identical = sum(1 for r in results if r.path.read_bytes() == edgar.filings[r.ref.accession].body)
        elapsed = time.monotonic() - started
        return {
            "requests": len(edgar.requests),
            "faults": Counter(r.fault for r in edgar.requests if r.fault),
            "statuses": Counter(r.status for r in edgar.requests),
            "max_1s": edgar.max_in_window(1.0),
            "elapsed": elapsed,
            "files": len(results),
            "identical": identical,
            "retries": client.retries,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=ratelimit.DEFAULT_RATE)
    parser.add_argument("--copies", type=int, default=10, help="synthetic copies of each corpus filing")
    parser.add_argument("--chaos", type=float, default=0.15, help="share of requests answered with a fault")
    parser.add_argument("--retry-after", default="1", help="Retry-After sent with 429/503 faults")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    baseline = run(None, copies=2, chaos=0.0, seed=args.seed, retry_after="0", limit=80)
    result = run(args.rate, args.copies, args.chaos, args.seed, args.retry_after)
    print(f"limiter off (baseline, {baseline['requests']} requests): max {baseline['max_1s']} requests in a 1 s window")
    print(
        f"limiter at {args.rate:g}/s: {result['requests']} requests in {result['elapsed']:.1f} s "
        f"({result['requests'] / result['elapsed']:.2f}/s mean), max {result['max_1s']} in any 1 s window "
        f"({'OK' if result['max_1s'] <= ratelimit.MAX_RATE else 'OVER THE LIMIT'}: limit {ratelimit.MAX_RATE:g})"
    )
    print(f"faults injected: {sum(result['faults'].values())} {dict(sorted(result['faults'].items()))}; client retries: {result['retries']}")
    print(f"statuses: {dict(sorted(result['statuses'].items()))} (0 = connection reset, no answer)")
    print(f"files: {result['files']} fetched, {result['identical']} byte-identical to the server's")
    print(f"throttle ratio: {baseline['max_1s'] / max(1, result['max_1s']):.1f}x fewer requests per second than unthrottled")


if __name__ == "__main__":
    main()
