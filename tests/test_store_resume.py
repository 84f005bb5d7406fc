"""Kill -9 an ingest at a random point, run it again: the store equals an uninterrupted run's.

(One cycle here; ``bench/kill_resume.py`` runs twenty.)
"""

from __future__ import annotations

import random
import subprocess
import sys
import time

from eightk.store import ingest
from store_helpers import SUBSET, snapshot


def test_kill_9_then_resume_equals_an_uninterrupted_run(tmp_path):
    reference = str(tmp_path / "ref.duckdb")
    ingest(SUBSET, reference, batch_files=3)
    db = str(tmp_path / "killed.duckdb")
    command = [sys.executable, "-m", "eightk", "ingest", *SUBSET, "--db", db, "--batch-size", "3"]
    victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.uniform(0.5, 1.5))  # import time is ~0.5 s: kill before, during or after
    victim.kill()
    victim.wait()
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert snapshot(db) == snapshot(reference)
