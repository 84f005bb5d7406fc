"""A real full disk: ingest into a tiny tmpfs, resume after it grows, compare with a normal run.

    sudo .venv/bin/python bench/fault_disk_full.py   # needs permission to mount a tmpfs

The unit test injects the disk-full error at the write boundary; this script checks the same
promise against the real thing: one clear line, every earlier batch kept, no partial batch, and a
resumed run equal to an uninterrupted one.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from store_helpers import snapshot  # noqa: E402

CORPUS = str(ROOT.parent / "shared" / "corpus" / "filings")
#: Small enough that the corpus store does not fit (it needs ~1.5 MB of database and WAL).
TINY = "600k"


def ingest(db: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "eightk", "ingest", CORPUS, "--db", db, "--batch-size", "16"]
    return subprocess.run(command, capture_output=True, text=True)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="eightk-full-"))
    mount = work / "tmpfs"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TINY}", "tmpfs", str(mount)], check=True)
    try:
        db = str(mount / "full.duckdb")
        first = ingest(db)
        print(f"full disk: exit {first.returncode}: {first.stderr.strip()}")
        subprocess.run(["mount", "-o", "remount,size=64m", str(mount)], check=True)
        second = ingest(db)
        print(f"resumed:   exit {second.returncode}: {second.stderr.strip()}")
        reference = str(work / "reference.duckdb")
        ingest(reference)
        print(f"resumed store identical to an uninterrupted run: {snapshot(db) == snapshot(reference)}")
    finally:
        subprocess.run(["umount", str(mount)], check=False)


if __name__ == "__main__":
    main()
