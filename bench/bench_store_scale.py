"""Driver cost per batch as the store grows: does writing stay O(batch) at two million filings?

    .venv/bin/python bench/bench_store_scale.py [--sizes 0 200000 2000000]

For each size N, a fresh store is filled with N synthetic filings (one filings, inputs and
documents row each, written by SQL), then the real corpus is processed once and written in batches
of 64: new filings (the bulk case), then the same batches again (replacements). Prints the
milliseconds per batch for the ledger check (``known``) and the write, and writes
bench/results/bench_store_scale.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "filings"
BATCH = 64


def fill(db: str, n: int) -> None:
    import duckdb

    from eightk.store.writer import Writer

    Writer(db).close()
    con = duckdb.connect(db)
    con.execute(
        "INSERT INTO filings (accession, source, source_size, source_mtime, sha256, form, year) "
        "SELECT lpad(i::VARCHAR, 10, '0') || '-90-' || lpad((i % 999999)::VARCHAR, 6, '0'), "
        "'/edgar/' || (i % 1000) || '/' || i || '.txt', i, i, sha256(i::VARCHAR), '8-K', 1994 + i % 32 "
        "FROM range(?) t(i)", [n])
    con.execute("INSERT INTO inputs SELECT source, source_size, source_mtime, sha256, accession, 0 FROM filings")
    con.execute("INSERT INTO documents (accession, sequence, type, kind, text_length) "
                "SELECT accession, 1, '8-K', 'html', 1000 FROM filings")
    con.close()


def measure(n: int, batches: list, work: Path) -> dict:
    from eightk.store.writer import Writer

    db = str(work / f"scale{n}.duckdb")
    start = time.perf_counter()
    fill(db, n)
    filled = time.perf_counter() - start
    out = {"filings_before": n, "fill_s": round(filled, 1)}
    with Writer(db) as writer:
        run = writer.start_run({})
        for label in ("new", "replace"):
            known = write = 0.0
            for items, outcomes in batches:
                t0 = time.perf_counter()
                writer.known(items)
                t1 = time.perf_counter()
                writer.write(outcomes, run)
                known += t1 - t0
                write += time.perf_counter() - t1
            out[f"{label}_known_ms_per_batch"] = round(known / len(batches) * 1000, 2)
            out[f"{label}_write_ms_per_batch"] = round(write / len(batches) * 1000, 2)
    return out


def main() -> None:
    from eightk.bulk import process_batch
    from eightk.store.ingest import _items

    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 200_000, 2_000_000])
    args = parser.parse_args()
    items = list(_items([str(CORPUS)]))
    chunks = [items[i:i + BATCH] for i in range(0, len(items), BATCH)]
    batches = [(chunk, process_batch(chunk)) for chunk in chunks]
    results = []
    with tempfile.TemporaryDirectory(prefix="eightk-scale-") as tmp:
        for n in args.sizes:
            row = measure(n, batches, Path(tmp))
            results.append(row)
            print(json.dumps(row), flush=True)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_store_scale.json").write_text(json.dumps(results, indent=2))
    sys.stdout.write(f"{len(batches)} batches of {BATCH} corpus filings per size\n")


if __name__ == "__main__":
    main()
