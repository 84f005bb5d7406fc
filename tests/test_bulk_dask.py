"""A real local Dask cluster (2 worker processes, 127.0.0.1): the same store as a plain loop, and a
worker that dies mid-batch leaves no partial batch, only failure rows."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sys

import cloudpickle
import dask
import pytest

from eightk.bulk import process_batch
from eightk.store import Store, ingest
from store_helpers import SUBSET, snapshot

#: Inputs whose name holds this kill the worker that processes them.
POISON = "poison"


def poison_batch(items, extractors=()):
    """The worker task, except that a batch holding a poison input kills its worker process."""
    if any(POISON in item.name for item in items):
        os._exit(1)
    return process_batch(items, extractors)


cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests/


@pytest.mark.slow
def test_two_dask_workers_give_the_store_a_plain_loop_gives(tmp_path):
    loop, dask_db = str(tmp_path / "loop.duckdb"), str(tmp_path / "dask.duckdb")
    ingest(SUBSET, loop, batch_files=4)
    with _busy_port(8787):  # another cluster on the machine: no clash, no warning
        progress = ingest(SUBSET, dask_db, workers=2, batch_files=4)
    assert (progress.filings, progress.failures) == (34, 0)
    assert snapshot(dask_db) == snapshot(loop)


@contextlib.contextmanager
def _busy_port(port):
    with socket.socket() as holder:
        with contextlib.suppress(OSError):  # already busy: the condition holds anyway
            holder.bind(("127.0.0.1", port))
            holder.listen()
        yield


@pytest.mark.slow
def test_a_worker_that_dies_mid_batch_leaves_failures_not_partial_batches(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SUBSET[0], folder)
    (folder / "0001011438-98-000429.txt").rename(folder / f"{POISON}.txt")
    db = str(tmp_path / "dies.duckdb")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        progress = ingest([str(folder)], db, workers=2, batch_files=2, task=poison_batch)
    assert progress.filings + progress.failures == 12
    with Store(db) as store:
        failed = {r["source"]: r["code"] for r in store.sql("SELECT source, code FROM failures")}
        assert failed[str(folder / f"{POISON}.txt")] == "worker-died"
        assert set(failed.values()) == {"worker-died"}
        stored = {r["source"] for r in store.sql("SELECT source FROM filings")}
        assert not stored & set(failed)  # nothing of a dead batch was written
        assert len(stored) + len(failed) == 12


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, monkeypatch):
    import eightk.bulk as bulk
    from eightk.bulk import BulkError

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(bulk, "CONNECT_TIMEOUT_S", 1)
    with pytest.raises(BulkError, match="cannot reach the Dask scheduler"):
        ingest(SUBSET[:1], str(tmp_path / "x.duckdb"), scheduler=f"tcp://127.0.0.1:{port}")
    with Store(str(tmp_path / "x.duckdb")) as store:
        assert store.sql("SELECT status FROM runs") == [{"status": "failed"}]
