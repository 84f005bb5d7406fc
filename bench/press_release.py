"""Time find_press_releases against eightk.process on the same inputs, in the same run.

    .venv/bin/python bench/press_release.py

Prints, per input, the time of parsing (the baseline) and of reading press releases, and their
ratio; the financial supplements (3 MB of tables) must stay a small fraction of parsing.
"""

from __future__ import annotations

import time
from pathlib import Path

import eightk
from eightk.extract.press_release import find_press_releases

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
INPUTS = [
    SHARED / "seed" / "immunogen-8k-2007-07-31.txt",
    *sorted((SHARED / "corpus" / "filings" / "IMTorgOpenDataTools-sec-edgar-extractor").glob("*supplement*.htm")),
    *sorted((SHARED / "corpus" / "bio").glob("LLY-2024-*.txt")),
    SHARED / "corpus" / "filings" / "Rania334-SEC8-K-Extraction-Pipelin" / "d448801dex991.htm",
]
REPEAT = 3


def _best(fn) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    print(f"{'input':<48} {'bytes':>9} {'parse ms':>9} {'release ms':>10} {'ratio':>6}")
    for path in INPUTS:
        raw = path.read_bytes()
        record = eightk.process(raw, name=path.name)
        parse = _best(lambda: eightk.process(raw, name=path.name))
        read = _best(lambda: find_press_releases(record.filing))
        print(f"{path.name[:48]:<48} {len(raw):>9} {parse * 1e3:>9.1f} {read * 1e3:>10.1f} {read / parse:>6.2f}")


if __name__ == "__main__":
    main()
