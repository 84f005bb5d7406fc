"""Bulk: run :func:`eightk.process` over batches of inputs, in a plain loop or on Dask.

Workers only compute: each batch of inputs becomes a list of :class:`Outcome` (the rows of each
filing, or a failure); the driver alone writes to the store, one transaction per batch. Batches are
submitted in order and consumed in order, with at most :data:`IN_FLIGHT_PER_WORKER` per worker in
flight, so the driver never holds the file list and results are deterministic (the same input
order always gives the same store).

With one worker and no scheduler, no Dask machinery starts.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import EightKError, InputError, ParseError
from ..process import process

#: How long to wait for a ``--scheduler`` to answer before giving up.
CONNECT_TIMEOUT_S = 20

#: The scheduler serves health routes over HTTP even with the dashboard off, on port 8787 by
#: default: a second cluster on the machine (another engineer's, or a parallel run) then warns
#: "Port 8787 is already in use". Any free port on 127.0.0.1 instead, and no dashboard.
_NO_DASHBOARD = {"dashboard": False, "dashboard_address": "127.0.0.1:0"}

#: Batches in flight per Dask worker: one running, one queued, one being shipped.
IN_FLIGHT_PER_WORKER = 3


class BulkError(EightKError):
    """The Dask cluster cannot be started or reached."""


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One input to process: a file ``path`` the worker reads, or ``data`` already read (an
    archive member). ``size``/``mtime`` identify the input's version for resuming."""

    name: str
    path: str | None
    data: bytes | None
    size: int
    mtime: float | None
    error: tuple[str, str] | None = None  # (code, message) known before processing


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result for one input: ``rows`` (table -> rows) on success, else a failure."""

    item: WorkItem
    sha256: str | None = None
    rows: dict[str, list[dict[str, Any]]] | None = None
    code: str | None = None
    message: str | None = None
    nbytes: int = 0

    @property
    def accession(self) -> str | None:
        return self.rows["filings"][0]["accession"] if self.rows else None


def process_batch(items: list[WorkItem], extractors: tuple[str, ...] = ()) -> list[Outcome]:
    """The worker task: every input of a batch, processed one at a time."""
    return [process_one(item, extractors) for item in items]


def process_one(item: WorkItem, extractors: tuple[str, ...] = ()) -> Outcome:
    from ..store.rows import record_rows, source_of

    if item.error is not None:
        return Outcome(item, code=item.error[0], message=item.error[1])
    try:
        raw = item.data if item.data is not None else _read(item)
        record = process(raw, name=item.name)
        source = source_of(item.name, raw, item.mtime)
        return Outcome(item, source.sha256, record_rows(record, source, extractors), nbytes=len(raw))
    except EightKError as exc:
        return Outcome(item, code=error_code(exc), message=str(exc), nbytes=item.size)
    except Exception as exc:  # noqa: BLE001 -- a bug on one filing must not stop a bulk run:
        # it is recorded as a failure row (code "internal") with its type, never swallowed.
        return Outcome(item, code="internal", message=f"{item.name}: {type(exc).__name__}: {exc}")


def error_code(exc: EightKError) -> str:
    """The ``failures.code`` of an error: parse, input or error."""
    if isinstance(exc, ParseError):
        return "parse"
    return "input" if isinstance(exc, InputError) else "error"


def _read(item: WorkItem) -> bytes:
    try:
        return Path(item.path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", name=item.name) from None


def worker_died(batch: list[WorkItem], reason: str) -> list[Outcome]:
    """Failures for every input of a batch whose worker died (after Dask's retries)."""
    return [Outcome(item, code="worker-died", message=f"{item.name}: {reason}") for item in batch]


class LocalRunner:
    """One worker: a plain loop in this process."""

    workers = 1

    def __init__(self, task: Callable[..., list[Outcome]] = process_batch):
        self.task = task

    def map(self, batches: Iterable[list[WorkItem]], extractors: tuple[str, ...]) -> Iterator[tuple[list[WorkItem], list[Outcome]]]:
        for batch in batches:
            yield batch, self.task(batch, extractors)


class DaskRunner:
    """Batches on a Dask cluster: a local one (``workers``) or an existing one (``scheduler``)."""

    def __init__(self, client: Any, workers: int, task: Callable[..., list[Outcome]] = process_batch):
        self.client = client
        self.workers = max(1, workers)
        self.task = task

    def map(self, batches: Iterable[list[WorkItem]], extractors: tuple[str, ...]) -> Iterator[tuple[list[WorkItem], list[Outcome]]]:
        from distributed import KilledWorker

        window: deque = deque()
        limit = IN_FLIGHT_PER_WORKER * self.workers
        batches = iter(batches)
        while True:
            while len(window) < limit and (batch := next(batches, None)) is not None:
                window.append((batch, self.client.submit(self.task, batch, extractors, pure=False)))
            if not window:
                return
            batch, future = window.popleft()
            try:
                outcomes = future.result()
            except KilledWorker as exc:
                outcomes = worker_died(batch, f"worker died processing this batch ({exc})")
            future.release()
            yield batch, outcomes


@contextlib.contextmanager
def runner(
    workers: int = 1, scheduler: str | None = None, task: Callable[..., list[Outcome]] = process_batch
) -> Iterator[LocalRunner | DaskRunner]:
    """The runner for ``workers``/``scheduler``: a plain loop for one local worker. ``task`` is
    the per-batch function (tests inject one that kills its worker)."""
    if scheduler is None and workers <= 1:
        yield LocalRunner(task)
        return
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with _starting(f"cannot reach the Dask scheduler at {scheduler}"):
            client = Client(scheduler, set_as_default=False, timeout=CONNECT_TIMEOUT_S)
        with client:
            yield DaskRunner(client, _worker_count(client) or workers, task)
        return
    with _starting(f"cannot start a local Dask cluster of {workers} workers"):
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=logging.ERROR, scheduler_kwargs=_NO_DASHBOARD,
        )
    with cluster, Client(cluster, set_as_default=False) as client:
        yield DaskRunner(client, workers, task)


@contextlib.contextmanager
def _starting(message: str) -> Iterator[None]:
    try:
        yield
    except (OSError, RuntimeError, TimeoutError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BulkError(f"{message}: {detail}") from None


def _worker_count(client: Any) -> int:
    return sum(client.nthreads().values())
