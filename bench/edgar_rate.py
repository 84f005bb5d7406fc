"""Measure, at the mock EDGAR, how fast eightk really talks to EDGAR, faults and all.

Starts the mock EDGAR (``tests/mock_edgar.py``) in its own process, so that its clock sees
requests as a remote server would, not slowed by the client's threads. It holds the corpus's
complete submissions plus synthetic copies (fresh accession numbers), and answers a share of
requests with faults (429/503 with Retry-After, 500, resets, truncated bodies, slow answers, the
rate-threshold page). The client fetches every filing of every company. Prints the most requests
the server saw in any sliding one-second window, request totals, and whether every file matches
the server's bytes. For contrast, the same client with the limiter off, on a short run in the
same process: what the bucket is holding back.

    .venv/bin/python bench/edgar_rate.py                 # ~320 requests at the default 8/s
    .venv/bin/python bench/edgar_rate.py --rate 10 --copies 12
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from mock_edgar import MockEdgar  # noqa: E402

from eightk.sources.edgar import ratelimit  # noqa: E402
from eightk.sources.edgar.client import EdgarClient, RetryPolicy  # noqa: E402
from eightk.sources.edgar.fetch import Selection, fetch  # noqa: E402
from eightk.sources.edgar.urls import EdgarUrls  # noqa: E402

IDENTITY = "eightk bench bench@example.com"
POLICY = RetryPolicy(attempts=10, base_delay=0.05, max_delay=1.0, timeout=5.0, threshold_pause=1.0)


def max_in_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def fetch_all(url: str, ciks: tuple[int, ...], out: Path, workers: int) -> tuple[list, EdgarClient]:
    with EdgarClient(IDENTITY, urls=EdgarUrls.from_base(url), retry=POLICY, cache_dir=out / ".cache") as client:
        return list(fetch(client, Selection(ciks=ciks), out, workers=workers)), client


def baseline(workers: int) -> int:
    """Requests per second window with the limiter off (in-process mock, no faults)."""
    ratelimit._BUCKET = ratelimit.TokenBucket(1e9, max_rate=float("inf"))
    with MockEdgar(copies=2) as edgar, tempfile.TemporaryDirectory() as out:
        fetch_all(edgar.url, tuple(sorted(edgar.companies())), Path(out), workers)
        return max_in_window([r.t for r in edgar.requests])


def measured(args: argparse.Namespace) -> dict:
    ratelimit._BUCKET = ratelimit.TokenBucket(args.rate)
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "requests.jsonl"
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "mock_edgar.py"), "--copies", str(args.copies), "--chaos", str(args.chaos),
             "--retry-after", args.retry_after, "--seed", str(args.seed), "--log", str(log)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            url = server.stdout.readline().strip()
            copies = MockEdgar(copies=args.copies)  # the same content, to check bytes and list companies
            started = time.monotonic()
            results, client = fetch_all(url, tuple(sorted(copies.companies())), Path(tmp) / "out", args.workers)
            elapsed = time.monotonic() - started
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(30)
        rows = [json.loads(line) for line in log.read_text().splitlines()]
        identical = sum(1 for r in results if r.path.read_bytes() == copies.filings[r.ref.accession].body)
    return {
        "requests": len(rows),
        "faults": Counter(r["fault"] for r in rows if r["fault"]),
        "statuses": Counter(r["status"] for r in rows),
        "max_1s": max_in_window([r["t"] for r in rows]),
        "elapsed": elapsed,
        "files": len(results),
        "identical": identical,
        "retries": client.retries,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=ratelimit.DEFAULT_RATE)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--copies", type=int, default=10, help="synthetic copies of each corpus filing")
    parser.add_argument("--chaos", type=float, default=0.15, help="share of requests answered with a fault")
    parser.add_argument("--retry-after", default="1", help="Retry-After sent with 429/503 faults")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    unthrottled = baseline(args.workers)
    result = measured(args)
    verdict = "OK" if result["max_1s"] <= ratelimit.MAX_RATE else "OVER THE LIMIT"
    print(f"limiter off (baseline, in-process, {args.workers} workers): max {unthrottled} requests in a 1 s window")
    print(
        f"limiter at {args.rate:g}/s, {args.workers} workers: {result['requests']} requests in {result['elapsed']:.1f} s "
        f"({result['requests'] / result['elapsed']:.2f}/s mean), max {result['max_1s']} in any 1 s window "
        f"({verdict}: limit {ratelimit.MAX_RATE:g})"
    )
    faults = dict(sorted(result["faults"].items()))
    print(f"faults injected: {sum(faults.values())} {faults}; client retries: {result['retries']}")
    print(f"statuses: {dict(sorted(result['statuses'].items()))} (0 = connection reset, no answer)")
    print(f"files: {result['files']} fetched, {result['identical']} byte-identical to the server's")
    print(f"throttle ratio: {unthrottled / max(1, result['max_1s']):.1f}x fewer requests per second than unthrottled")


if __name__ == "__main__":
    main()
