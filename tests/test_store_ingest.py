"""Ingest real corpus filings: idempotent, resumable, failures as rows, archives as streams."""

from __future__ import annotations

import shutil
from pathlib import Path
import subprocess
import sys
import tarfile
import zipfile

import duckdb
import pytest

from eightk.store import Store, StoreError, ingest
from eightk.store import writer as writer_module
from store_helpers import SUBSET, snapshot


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The subset ingested once, uninterrupted: the store every other run must equal."""
    db = str(tmp_path_factory.mktemp("ref") / "ref.duckdb")
    ingest(SUBSET, db)
    return db


def test_ingest_twice_gives_the_same_rows(reference, tmp_path):
    db = str(tmp_path / "twice.duckdb")
    first = ingest(SUBSET, db)
    assert first.filings == 34 and first.failures == 0
    again = ingest(SUBSET, db)
    assert (again.filings, again.skipped) == (0, 34)  # resumed: nothing left to do
    forced = ingest(SUBSET, db, force=True, batch_files=5)
    assert forced.filings == 34
    assert snapshot(db) == snapshot(reference)


def test_the_same_filing_under_two_names_is_stored_once(tmp_path):
    folder = tmp_path / "dups"
    folder.mkdir()
    seed = Path(SUBSET[0]) / "0000943374-24-000509.txt"
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(seed, folder / name)
    db = str(tmp_path / "dups.duckdb")
    ingest([str(folder)], db, batch_files=2)  # a duplicate within a batch and across batches
    with Store(db) as store:
        assert store.sql("SELECT accession, source FROM filings") == [
            {"accession": "0000943374-24-000509", "source": str(folder / "c.txt")}]
        assert store.sql("SELECT count(*) AS n FROM inputs")[0]["n"] == 3
        assert store.sql("SELECT count(DISTINCT accession) AS n, count(*) AS docs FROM documents")[0]["n"] == 1


def test_one_worker_starts_no_dask_machinery(tmp_path):
    code = (
        "import sys; from eightk.store import ingest; "
        f"ingest([{SUBSET[0]!r}], {str(tmp_path / 'one.duckdb')!r}); "
        "print('distributed' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_accession_is_the_key(reference):
    with Store(reference) as store:
        keys = [r["accession"] for r in store.sql("SELECT accession FROM filings")]
    assert len(keys) == len(set(keys)) == 34
    assert "0000943374-24-000509" in keys  # from the SGML header
    assert all(k[:10].isdigit() or k.startswith("sha256:") for k in keys)


def test_a_bad_file_becomes_a_failure_row_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SUBSET[0], folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 1000)
    db = str(tmp_path / "bad.duckdb")
    progress = ingest([str(folder)], db)
    assert (progress.filings, progress.failures) == (12, 2)
    with Store(db) as store:
        failures = {r["source"].rsplit("/", 1)[-1]: r for r in store.sql("SELECT * FROM failures")}
        assert set(failures) == {"empty.txt", "binary.txt"}
        assert failures["empty.txt"]["code"] == "input" and "empty" in failures["empty.txt"]["message"]
        run = store.sql("SELECT status, filings, failures FROM runs")[0]
        assert run == {"status": "done", "filings": 12, "failures": 2}
    (folder / "empty.txt").write_bytes((folder / "0001011438-98-000429.txt").read_bytes())
    ingest([str(folder)], db)
    with Store(db) as store:  # fixed, re-ingested: its failure row is gone
        assert [r["source"].rsplit("/", 1)[-1] for r in store.sql("SELECT source FROM failures")] == ["binary.txt"]


def test_archives_are_read_as_streams(tmp_path, reference):
    folder = tmp_path / "arch"
    folder.mkdir()
    files = sorted(Path(SUBSET[0]).iterdir())
    with tarfile.open(folder / "a.tar.gz", "w:gz") as tar:
        for path in files[:6]:
            tar.add(path, arcname=f"x/{path.name}")
    with zipfile.ZipFile(folder / "b.zip", "w") as zf:
        for path in files[6:]:
            zf.write(path, arcname=path.name)
    (folder / "broken.tar.gz").write_bytes(b"\x1f\x8b" + b"garbage" * 10)
    db = str(tmp_path / "arch.duckdb")
    progress = ingest([str(folder)], db)
    assert (progress.filings, progress.failures) == (12, 1)
    with Store(db) as store:
        sources = [r["source"] for r in store.sql("SELECT source FROM filings ORDER BY source")]
        assert any("a.tar.gz!x/" in s for s in sources) and any("b.zip!" in s for s in sources)
        assert "archive" in store.sql("SELECT message FROM failures")[0]["message"]
    assert ingest([str(folder)], db).skipped == 13  # the broken archive is not retried either


def test_a_full_disk_keeps_every_earlier_batch_and_resumes(tmp_path, monkeypatch, reference):
    db = str(tmp_path / "full.duckdb")
    calls = {"n": 0}
    real = writer_module.Writer._insert

    def full_on_third_batch(self, table, rows):
        if table == "filings":
            calls["n"] += 1
        if calls["n"] == 3 and table == "documents":
            raise duckdb.IOException("IO Error: Could not write file: No space left on device")
        return real(self, table, rows)

    monkeypatch.setattr(writer_module.Writer, "_insert", full_on_third_batch)
    with pytest.raises(StoreError, match="disk full"):
        ingest(SUBSET, db, batch_files=5)
    with Store(db) as store:  # two whole batches, nothing of the third
        assert store.sql("SELECT count(*) AS n FROM filings")[0]["n"] == 10
        assert store.sql("SELECT count(DISTINCT accession) AS n FROM documents")[0]["n"] == 10
    monkeypatch.setattr(writer_module.Writer, "_insert", real)
    assert ingest(SUBSET, db, batch_files=5).skipped == 10
    assert snapshot(db) == snapshot(reference)


def test_a_locked_database_gives_one_clear_error(tmp_path):
    db = str(tmp_path / "locked.duckdb")
    ingest(SUBSET[:1], db)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(60)", db],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked by another process"):
            ingest(SUBSET[:1], db)
        with pytest.raises(StoreError, match="locked by another process"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert ingest(SUBSET[:1], db).skipped == 12


def _age(db: str, where: str = "true") -> None:
    """Make stored filings look extracted by an older extractor version."""
    with Store(db, write=True) as store:
        store.sql(f"UPDATE filings SET extractors = ['milestones@0'] WHERE {where}")


def test_reextract_reruns_only_outdated_filings(tmp_path):
    from eightk.store.ingest import current_extractors

    db = str(tmp_path / "re.duckdb")
    ingest(SUBSET[:1], db)
    assert ingest([], db, reextract=True).filings == 0  # nothing outdated
    _age(db, "source LIKE '%.html'")
    progress = ingest([], db, reextract=True)
    assert (progress.filings, progress.failures) == (8, 0)
    with Store(db) as store:
        stored = {tuple(r["extractors"]) for r in store.sql("SELECT extractors FROM filings")}
        assert stored == {current_extractors()}
        assert store.sql("SELECT count(*) AS n FROM filings") == [{"n": 12}]
    assert ingest([], db, reextract=True).filings == 0


def test_reextract_records_a_source_that_changed(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SUBSET[0], folder)
    db = str(tmp_path / "re.duckdb")
    ingest([str(folder)], db)
    (folder / "0001011438-98-000429.txt").write_bytes(b"changed")
    _age(db)
    progress = ingest([], db, reextract=True)
    assert (progress.filings, progress.failures) == (11, 1)
    with Store(db) as store:
        assert store.sql("SELECT code FROM failures")[0]["code"] == "source-changed"
        assert store.sql("SELECT count(*) AS n FROM filings")[0]["n"] == 12  # old rows kept


def test_sql_is_read_only_unless_write(reference, tmp_path):
    with Store(reference, sandbox=True) as store:
        with pytest.raises(StoreError, match="--write"):
            store.sql("DELETE FROM filings")
        with pytest.raises(StoreError, match="--write"):
            store.sql(f"COPY filings TO '{tmp_path / 'x.csv'}'")
        assert store.sql("SELECT count(*) AS n FROM filings")[0]["n"] == 34


def test_export_parquet_is_partitioned_by_year(reference, tmp_path):
    with Store(reference) as store:
        store.export_parquet(tmp_path / "pq")
    years = sorted(p.name for p in (tmp_path / "pq" / "filings").iterdir())
    assert "year=2024" in years
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/filings/*/*.parquet')").fetchone()[0]
    assert n == 34
    with Store(reference) as store:  # exporting again replaces, never doubles
        store.export_parquet(tmp_path / "pq")
    assert con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/filings/*/*.parquet')").fetchone()[0] == 34


def test_stats_counts(reference):
    with Store(reference) as store:
        stats = store.stats()
    assert stats["totals"][0]["filings"] == 34
    assert sum(r["filings"] for r in stats["forms"]) == 34


def test_a_bug_on_one_filing_is_an_internal_failure_not_a_crash(tmp_path, monkeypatch):
    import eightk.bulk as bulk

    real = bulk.process

    def buggy(raw, *, name=None):
        if name.endswith("0001011438-98-000429.txt"):
            raise ValueError("boom")
        return real(raw, name=name)

    monkeypatch.setattr(bulk, "process", buggy)
    db = str(tmp_path / "bug.duckdb")
    assert (ingest(SUBSET[:1], db).filings, ingest(SUBSET[:1], db).skipped) == (11, 12)
    with Store(db) as store:
        failure = store.sql("SELECT code, message FROM failures")[0]
    assert failure["code"] == "internal" and "ValueError: boom" in failure["message"]
    monkeypatch.setattr(bulk, "process", real)  # the bug is fixed: retry what failed
    progress = ingest(SUBSET[:1], db, retry_failures=True)
    assert (progress.filings, progress.skipped) == (1, 11)
    with Store(db) as store:
        assert store.sql("SELECT count(*) AS n FROM failures") == [{"n": 0}]
