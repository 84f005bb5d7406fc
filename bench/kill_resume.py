"""Kill -9 an ingest at a random point, resume it, compare with an uninterrupted run. 20 cycles.

    .venv/bin/python bench/kill_resume.py [--cycles 20] [--corpus ../shared/corpus/filings] [--workers 2]

Each cycle: start ``eightk ingest`` on the corpus in a subprocess, ``kill -9`` it after a random
delay (from before the database exists to near the end of a full run), then run the same command
again to completion and compare every filing table (minus run ids and timestamps) with a store
built by one uninterrupted run. Prints one line per cycle and writes bench/results/kill_resume_<N>w.json (the killed and resumed runs use
``--workers N``; the reference is always one uninterrupted plain loop).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from store_helpers import snapshot  # noqa: E402


def ingest_command(corpus: str, db: str, batch: int, workers: int = 1) -> list[str]:
    return [sys.executable, "-m", "eightk", "ingest", corpus, "--db", db, "--batch-size", str(batch),
            "--workers", str(workers)]


def skipped(summary: str) -> int:
    """Inputs the resumed run found already committed (from its summary line)."""
    match = re.search(r"(\d+) skipped", summary)
    return int(match.group(1)) if match else -1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "filings"))
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1, help="for the killed and resumed runs")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="eightk-kill-"))
    reference = str(work / "reference.duckdb")
    start = time.monotonic()
    subprocess.run(ingest_command(args.corpus, reference, args.batch), check=True, capture_output=True)
    full = time.monotonic() - start
    expected = snapshot(reference)
    results = []
    for cycle in range(1, args.cycles + 1):
        db = str(work / f"cycle{cycle}.duckdb")
        delay = rng.uniform(0.2, full)
        victim = subprocess.Popen(ingest_command(args.corpus, db, args.batch, args.workers), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        alive = victim.poll() is None
        victim.kill()
        victim.wait()
        done = subprocess.run(ingest_command(args.corpus, db, args.batch, args.workers), capture_output=True, text=True)
        at_kill = skipped(done.stderr)
        equal = done.returncode == 0 and snapshot(db) == expected
        results.append({"cycle": cycle, "delay_s": round(delay, 2), "killed_mid_run": alive,
                        "inputs_committed_at_kill": at_kill, "identical": equal})
        print(f"cycle {cycle:2}: kill after {delay:5.2f} s, {at_kill:4} inputs committed, "
              f"{'mid-run' if alive else 'after end'}; resumed store identical: {equal}", flush=True)
    summary = {
        "corpus": args.corpus, "full_run_s": round(full, 2), "cycles": len(results),
        "killed_mid_run": sum(r["killed_mid_run"] for r in results),
        "identical": sum(r["identical"] for r in results), "results": results,
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    summary["workers"] = args.workers
    (out / f"kill_resume_{args.workers}w.json").write_text(json.dumps(summary, indent=2))
    print(f"{summary['identical']}/{summary['cycles']} resumed stores identical to the uninterrupted run "
          f"({summary['killed_mid_run']} killed mid-run; full run {full:.1f} s)")


if __name__ == "__main__":
    main()
