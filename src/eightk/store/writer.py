"""The one writer of a store: runs, batches of filings and failures, one transaction per batch.

A batch is written all or nothing: its filings' old rows are deleted (by accession, and by content
hash so that a filing once keyed ``sha256:...`` and now by accession is replaced, not doubled), the
new rows inserted, the ``inputs`` ledger and ``failures`` updated and the run's counters advanced,
then COMMIT. A process killed at any point leaves the store as of the last COMMIT, and the next run
skips the inputs the ledger already holds unchanged: it resumes where the killed run stopped.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa

from ..bulk import Outcome, WorkItem
from .db import connect, translate
from .errors import StoreError
from .schema import FILING_TABLES


#: DuckDB threads for the writer: batches are small, so more threads only compete with the
#: workers for cores and grow the allocator's per-thread caches (the corpus's rows written 20
#: times over: writer peak RSS 243 MB with DuckDB's default 2 threads, 219 MB with 1).
WRITER_THREADS = 1


class Writer:
    """Write access to one store. Use as a context manager."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.con = connect(self.path)
        with translate(self.path, "set up"):
            self.con.execute(f"SET threads = {WRITER_THREADS}")
        self._columns = {t: self._table_columns(t) for t in (*FILING_TABLES, "failures", "inputs")}

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        with translate(self.path, "close"):
            self.con.close()

    def _table_columns(self, table: str) -> set[str]:
        rows = self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
        return {r[0] for r in rows}

    # --- runs -----------------------------------------------------------------------------

    def start_run(self, args: dict[str, Any]) -> int:
        from .. import __version__

        with translate(self.path, "start a run"):
            run_id = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
            self.con.execute(
                "INSERT INTO runs (run_id, started, status, args, eightk_version) VALUES (?, ?, 'running', ?, ?)",
                [run_id, _now(), json.dumps(args, default=str), __version__],
            )
        return run_id

    def finish_run(self, run_id: int, status: str, skipped: int = 0) -> None:
        with translate(self.path, "finish the run"):
            self.con.execute(
                "UPDATE runs SET finished = ?, status = ?, skipped = ? WHERE run_id = ?",
                [_now(), status, skipped, run_id],
            )

    # --- resuming -------------------------------------------------------------------------

    def known(self, items: list[WorkItem], *, failed: bool = True) -> set[str]:
        """Names of the inputs the ledger holds with the same size and mtime (already done);
        ``failed=False`` leaves out the inputs that failed (to retry them). An input without an
        mtime (standard input) is never taken as done."""
        items = [i for i in items if i.mtime is not None]
        if not items:
            return set()
        with translate(self.path, "read the input ledger"):
            rows = self.con.execute(
                f"SELECT source, source_size, source_mtime FROM inputs WHERE source IN ({_marks(items)})"
                + ("" if failed else " AND accession IS NOT NULL"),
                [i.name for i in items],
            ).fetchall()
        stored = {r[0]: (r[1], r[2]) for r in rows}
        return {i.name for i in items if stored.get(i.name) == (i.size, i.mtime)}

    # --- batches --------------------------------------------------------------------------

    def write(self, outcomes: list[Outcome], run_id: int) -> None:
        """Write one batch in one transaction; on any error nothing of it is written."""
        with translate(self.path, "write a batch"):
            self.con.execute("BEGIN TRANSACTION")
            try:
                self._write(outcomes, run_id)
                self.con.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except Exception as exc:  # noqa: BLE001 -- the original error is the one to report;
            # a failed rollback (e.g. the database was invalidated) means nothing was committed.
            self.rollback_error = exc

    def _write(self, outcomes: list[Outcome], run_id: int) -> None:
        done = {o.accession: o for o in outcomes if o.rows}  # last one wins within a batch
        failed = [o for o in outcomes if not o.rows]
        self._delete(list(done), [o.sha256 for o in done.values()])
        for table, rows in _merge(o.rows for o in done.values()).items():
            self._insert(table, [{**r, "run_id": run_id} if table == "filings" else r for r in rows])
        self._ledger(outcomes, run_id)
        self._failures(outcomes, run_id)
        nbytes = sum(o.nbytes for o in outcomes)
        self.con.execute(
            "UPDATE runs SET filings = filings + ?, failures = failures + ?, bytes = bytes + ? WHERE run_id = ?",
            [len([o for o in outcomes if o.rows]), len(failed), nbytes, run_id],
        )

    def _delete(self, keys: list[str], shas: list[str]) -> None:
        """Delete the stored filings these replace: same key, the same content keyed by its hash,
        or the same content under another key. The lookups use the filings indexes (IN lists of
        parameters); only filings already stored are deleted from the child tables, so a batch of
        new filings (the bulk case) scans nothing."""
        if not keys:
            return
        lookup = [*keys, *(f"sha256:{sha}" for sha in shas)]
        victims = [v[0] for v in self.con.execute(
            f"SELECT accession FROM filings WHERE accession IN ({_marks(lookup)}) "
            f"UNION SELECT accession FROM filings WHERE sha256 IN ({_marks(shas)})",
            [*lookup, *shas],
        ).fetchall()]
        if not victims:
            return
        for table in FILING_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE accession IN ({_marks(victims)})", victims)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = self._columns[table]
        rows = [{k: v for k, v in row.items() if k in columns} for row in rows]
        data = pa.Table.from_pylist(rows)
        self.con.register("_rows", data)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
        finally:
            self.con.unregister("_rows")

    def _ledger(self, outcomes: list[Outcome], run_id: int) -> None:
        rows = {o.item.name: {
            "source": o.item.name, "source_size": o.item.size, "source_mtime": o.item.mtime,
            "sha256": o.sha256, "accession": o.accession, "run_id": run_id,
        } for o in outcomes}
        self._replace("inputs", list(rows.values()))

    def _failures(self, outcomes: list[Outcome], run_id: int) -> None:
        """An input's failure row goes when it succeeds and is replaced when it fails again."""
        names = [o.item.name for o in outcomes]
        if not names:
            return
        self.con.execute(f"DELETE FROM failures WHERE source IN ({_marks(names)})", names)
        rows = {o.item.name: {
            "source": o.item.name, "source_size": o.item.size, "source_mtime": o.item.mtime,
            "code": o.code, "message": o.message, "run_id": run_id,
        } for o in outcomes if not o.rows}
        self._insert("failures", list(rows.values()))

    def _replace(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        names = [r["source"] for r in rows]
        self.con.execute(f"DELETE FROM {table} WHERE source IN ({_marks(names)})", names)
        self._insert(table, rows)

    # --- re-extraction --------------------------------------------------------------------

    def outdated(self, extractors: tuple[str, ...]) -> Iterable[tuple[str, str, float | None]]:
        """``(source, sha256, mtime)`` of every filing whose extractors differ from ``extractors``."""
        with translate(self.path, "find outdated filings"):
            rows = self.con.execute(
                "SELECT source, sha256, source_mtime FROM filings "
                "WHERE list_sort(coalesce(extractors, []::VARCHAR[])) IS DISTINCT FROM list_sort($1::VARCHAR[]) "
                "ORDER BY source",
                [list(extractors)],
            ).fetchall()
        return rows


def _marks(values: list) -> str:
    """``?, ?, ...``: an IN list of parameters, which DuckDB answers from an index (a list
    parameter or a join scans the whole table: 18-56 ms per batch at 2 million filings)."""
    return ", ".join("?" * len(values))


def _merge(parts: Iterable[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, list[dict[str, Any]]] = {}
    for rows in parts:
        for table, new in rows.items():
            merged.setdefault(table, []).extend(new)
    return merged


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


__all__ = ["StoreError", "Writer"]
