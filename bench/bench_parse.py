"""Throughput of ``eightk.process`` against two baselines, measured in one run on the same files.

    python bench/bench_parse.py [--rounds 5] [--corpus ../shared/corpus] [--out bench/results/parse.json]

Methods: ``eightk`` (every extractor on), ``eightk parser only`` (``process(extract=False)``:
containers, text, cover, items, exhibits) and ``eightk text only`` (containers and text).

Baselines:
- floor: read the bytes and turn the whole submission into plain text with selectolax (lexbor),
  the least any parser must do;
- edgartools: ``EightK(Filing.from_sgml(path)).items`` on the same complete submissions, offline
  (only when ``edgartools`` is installed: ``pip install -e '.[bench]'``), with its failures counted.

The machine is shared and noisy, so each method runs ``--rounds`` times interleaved and the best
round counts; ratios between methods of the same run are what to read, not absolute rates.
Peak memory is checked in child processes: one pass over the files versus several passes.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def complete_submissions(corpus: Path) -> list[Path]:
    with open(corpus / "MANIFEST.tsv", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [corpus / "filings" / r["file"] for r in rows if r["format"] == "sgml-full"]


def eightk_method() -> Callable[[Path, bytes], object]:
    import eightk

    def run(path: Path, raw: bytes) -> object:
        return eightk.process(raw, name=path.name)

    return run


def parser_only_method() -> Callable[[Path, bytes], object]:
    import eightk

    def run(path: Path, raw: bytes) -> object:
        return eightk.process(raw, name=path.name, extract=False)

    return run


def text_only_method() -> Callable[[Path, bytes], object]:
    from eightk.containers import read_container
    from eightk.text import build_document

    def run(path: Path, raw: bytes) -> object:
        container = read_container(raw, name=path.name)
        return [build_document(doc, container) for doc in container.documents]

    return run


def floor_method() -> Callable[[Path, bytes], object]:
    from selectolax.lexbor import LexborHTMLParser

    def run(path: Path, raw: bytes) -> object:
        return LexborHTMLParser(raw.decode("utf-8", errors="replace")).text()

    return run


def edgartools_method() -> Callable[[Path, bytes], object] | None:
    os.environ.setdefault("EDGAR_IDENTITY", "eightk benchmark bench@example.com")
    try:
        from edgar import Filing
        from edgar.company_reports import EightK
    except ImportError:
        return None

    def run(path: Path, raw: bytes) -> object:
        return EightK(Filing.from_sgml(str(path))).items

    return run


def time_round(method, files: list[tuple[Path, bytes]]) -> tuple[float, int]:
    failures = 0
    start = time.perf_counter()
    for path, raw in files:
        try:
            method(path, raw)
        except Exception:  # a baseline's failure is counted, not fatal to the benchmark
            failures += 1
    return time.perf_counter() - start, failures


def peak_rss_mb(passes: int, corpus: Path) -> float:
    """Peak resident memory (VmHWM, in MB) of a child that parses every file ``passes`` times."""
    code = (
        "import sys, eightk\n"
        "from pathlib import Path\n"
        f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
        "from bench_parse import complete_submissions\n"
        f"files = complete_submissions(Path({str(corpus)!r}))\n"
        f"for _ in range({passes}):\n"
        "    for p in files:\n"
        "        eightk.process(p.read_bytes(), name=p.name)\n"
        "status = Path('/proc/self/status').read_text()\n"
        "print(next(l.split()[1] for l in status.splitlines() if l.startswith('VmHWM')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "parse.json")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory check")
    args = parser.parse_args()

    paths = complete_submissions(args.corpus)
    files = [(p, p.read_bytes()) for p in paths]
    megabytes = sum(len(raw) for _, raw in files) / 1e6
    methods = {
        "eightk": eightk_method(),
        "eightk parser only": parser_only_method(),
        "eightk text only": text_only_method(),
        "floor (selectolax)": floor_method(),
    }
    edgartools = edgartools_method()
    if edgartools:
        methods["edgartools"] = edgartools

    best: dict[str, float] = {}
    failures: dict[str, int] = {}
    for _ in range(args.rounds):
        for name, method in methods.items():
            seconds, failed = time_round(method, files)
            best[name] = min(best.get(name, seconds), seconds)
            failures[name] = failed

    floor = len(files) / best["floor (selectolax)"]
    results = {
        "files": len(files),
        "megabytes": round(megabytes, 2),
        "rounds": args.rounds,
        "methods": {
            name: {
                "filings_per_s": round(len(files) / seconds, 1),
                "mb_per_s": round(megabytes / seconds, 1),
                "ratio_to_floor": round((len(files) / seconds) / floor, 3),
                "failures": failures[name],
            }
            for name, seconds in best.items()
        },
    }
    if not args.no_memory:
        one, five = peak_rss_mb(1, args.corpus), peak_rss_mb(5, args.corpus)
        results["peak_rss_mb"] = {"1 pass": round(one, 1), "5 passes": round(five, 1)}

    print(f"{len(files)} complete submissions, {megabytes:.1f} MB, best of {args.rounds} rounds")
    print(f"{'method':<22}{'filings/s':>10}{'MB/s':>8}{'x floor':>9}{'failures':>10}")
    for name, row in results["methods"].items():
        print(f"{name:<22}{row['filings_per_s']:>10}{row['mb_per_s']:>8}{row['ratio_to_floor']:>9}{row['failures']:>10}")
    if "peak_rss_mb" in results:
        print(f"peak RSS: {results['peak_rss_mb']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
