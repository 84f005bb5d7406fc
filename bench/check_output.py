"""Guard for speed work: does ``eightk.process`` still give the same records?

    .venv/bin/python bench/check_output.py save  [--ref /tmp/perf-ref]   # before a change
    .venv/bin/python bench/check_output.py check [--ref /tmp/perf-ref]   # after it

Runs :func:`eightk.process` on every file of ../shared/corpus/filings, ../shared/corpus/bio and
the seed, and writes (``save``) or compares (``check``) the JSON of
:func:`eightk.serialize.to_dict` per file (an ``InputError`` is recorded as its message). ``check``
prints the first differing path of each file that changed and exits non-zero when any did.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import eightk
from eightk.serialize import to_dict

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDERS = (SHARED / "corpus" / "filings", SHARED / "corpus" / "bio")
SEED = SHARED / "seed" / "immunogen-8k-2007-07-31.txt"


def inputs() -> list[Path]:
    files = sorted(p for folder in FOLDERS for p in folder.rglob("*") if p.is_file() and p.suffix != ".tsv")
    return files + [SEED]


def output(path: Path) -> object:
    try:
        return to_dict(eightk.process(path.read_bytes(), name=path.name))
    except eightk.EightKError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}


def _key(path: Path) -> str:
    rel = str(path.relative_to(SHARED))
    return hashlib.sha1(rel.encode()).hexdigest()[:16] + ".json"


def first_difference(a: object, b: object, where: str = "$") -> str | None:
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                return f"{where}.{k}: only in {'reference' if k in a else 'current'}"
            d = first_difference(a[k], b[k], f"{where}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{where}[{i}]")
            if d:
                return d
        return None if len(a) == len(b) else f"{where}: {len(a)} items != {len(b)}"
    return None if a == b else f"{where}: {a!r:.120} != {b!r:.120}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "check"))
    parser.add_argument("--ref", type=Path, default=Path("/tmp/perf-ref"))
    args = parser.parse_args()
    args.ref.mkdir(parents=True, exist_ok=True)
    changed = 0
    files = inputs()
    for path in files:
        current = json.loads(json.dumps(output(path)))
        target = args.ref / _key(path)
        if args.mode == "save":
            target.write_text(json.dumps({"file": str(path.relative_to(SHARED)), "record": current}))
            continue
        reference = json.loads(target.read_text())["record"]
        diff = first_difference(reference, current)
        if diff:
            changed += 1
            print(f"{path.relative_to(SHARED)}: {diff}")
    print(f"{len(files)} files, {changed} changed" if args.mode == "check" else f"saved {len(files)} records to {args.ref}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
