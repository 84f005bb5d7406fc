"""Throughput of the extractors, as a ratio against the same pipeline without them.

    .venv/bin/python bench/extract_speed.py [FOLDER ...]

Reads every file under the folders (default: ../shared/corpus/filings and ../shared/corpus/bio)
once into memory, then times :func:`eightk.process` over all of them three times in the same
process: with every extractor on; with ``extract=False`` (the floor: containers, HTML to
text, filing parse); and with the press-release anatomy off, so that the cost
of the event extractors alone shows. Prints filings/s for both and their ratio; no assertion, since the
machine is shared and absolute numbers wander.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import eightk

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "corpus" / "filings", ROOT.parent / "shared" / "corpus" / "bio"]


def _inputs(folders: list[Path]) -> list[tuple[str, bytes]]:
    files = sorted(p for folder in folders for p in folder.rglob("*") if p.is_file() and p.suffix != ".tsv")
    return [(p.name, p.read_bytes()) for p in files]


def _run(inputs: list[tuple[str, bytes]], extract: bool = True) -> tuple[float, int]:
    failures = 0
    start = time.perf_counter()
    for name, raw in inputs:
        try:
            eightk.process(raw, name=name, extract=extract)
        except eightk.EightKError:
            failures += 1
    return time.perf_counter() - start, failures


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or DEFAULT
    inputs = _inputs(folders)
    full, failures = _run(inputs)
    floor, _ = _run(inputs, extract=False)
    extract_module = sys.modules["eightk.extract"]
    real_find = extract_module.find_press_releases
    extract_module.find_press_releases = lambda filing: ()
    try:
        events_only, _ = _run(inputs)
    finally:
        extract_module.find_press_releases = real_find
    n = len(inputs)
    print(f"{n} inputs ({sum(len(r) for _, r in inputs) / 1e6:.1f} MB), {failures} input errors")
    print(f"with extractors:    {n / full:8.1f} filings/s")
    print(f"without extractors: {n / floor:8.1f} filings/s")
    print(f"events and entities only (press-release anatomy off): {n / events_only:8.1f} filings/s")
    print(f"ratio (with/without): {floor / full:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
