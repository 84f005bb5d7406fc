"""``ingest``: inputs -> batches -> (plain loop or Dask) -> one transaction per batch.

The file list is streamed: batches are cut as inputs arrive, checked against the store's input
ledger (inputs already stored unchanged are skipped: a killed run resumes), and handed to the
runner, which keeps a bounded number in flight.

Re-extraction (``reextract=True``): the store keeps each filing's source (path, or
``archive!member``) and the sha256 of its bytes, not the bytes. Filings whose recorded extractor
versions differ from the current registry are read again from their source, checked against the
stored hash, and re-processed in full through :func:`eightk.process` (parsing is cheap next to a
store round-trip, and one code path keeps bulk and single-file results identical). A source that
moved or changed becomes a ``failures`` row (``source-changed``/``input``); its old rows stay.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..bulk import Outcome, WorkItem, process_batch, runner
from ..errors import EightKError
from ..sources.archives import is_archive, read_member, split_member
from ..sources.files import SKIPPED_SUFFIXES, iter_inputs
from .errors import StoreError
from .writer import Writer

#: A batch closes at this many inputs... (64 keeps a commit per ~0.2 s at corpus speed)
BATCH_FILES = 64
#: ...or this many bytes of inputs, whichever comes first (bounds a worker's memory).
BATCH_BYTES = 32 * 1024 * 1024


@dataclass
class Progress:
    """Counters of a run, passed to the ``on_progress`` callback after every batch."""

    run_id: int = 0
    filings: int = 0
    failures: int = 0
    skipped: int = 0
    bytes: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def inputs(self) -> int:
        return self.filings + self.failures + self.skipped

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def summary(self) -> str:
        secs = max(self.seconds, 1e-9)
        return (
            f"run {self.run_id}: {self.filings} filings, {self.failures} failures, "
            f"{self.skipped} skipped (already stored) in {secs:.1f} s "
            f"({self.filings / secs:.0f} filings/s, {self.bytes / secs / 1e6:.1f} MB/s)"
        )


def current_extractors() -> tuple[str, ...]:
    """``name@version`` of every declared extractor: each ``*EXTRACTORS`` tuple of the registry
    module (:mod:`eightk.extract.registry`; ``EXTRACTORS`` and ``CORPORATE_EXTRACTORS`` today)."""
    import importlib

    try:
        registry = importlib.import_module("eightk.extract.registry")
    except ImportError:
        registry = importlib.import_module("eightk.extract")
    declared = [
        value for name, value in vars(registry).items()
        if name.endswith("EXTRACTORS") and isinstance(value, tuple)
    ]
    return tuple(sorted({f"{e.name}@{e.version}" for group in declared for e in group}))


def ingest(
    paths: Iterable[str],
    db: str | Path,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    reextract: bool = False,
    force: bool = False,
    retry_failures: bool = False,
    batch_files: int = BATCH_FILES,
    batch_bytes: int = BATCH_BYTES,
    on_progress: Callable[[Progress], None] | None = None,
    task: Callable[..., list[Outcome]] = process_batch,
) -> Progress:
    """Ingest ``paths`` (files, folders, globs, tar/zip archives) into the store at ``db``.

    ``workers`` > 1 starts a local Dask cluster, ``scheduler`` uses a running one; ``force``
    processes inputs the store already holds unchanged, ``retry_failures`` those that failed;
    ``task`` is the per-batch worker function.
    """
    paths = list(paths)
    extractors = current_extractors()
    args = {"paths": paths, "workers": workers, "scheduler": scheduler, "reextract": reextract,
            "force": force, "retry_failures": retry_failures}
    with Writer(db) as writer:
        progress = Progress(run_id=writer.start_run(args))
        items = _reextract_items(writer, extractors) if reextract else _items(paths)
        skip = _Skip(force or reextract, not retry_failures)
        batches = _batches(items, writer, progress, skip, batch_files, batch_bytes)
        status = "failed"
        try:
            with runner(workers, scheduler, task) as run:
                for _batch, outcomes in run.map(batches, extractors):
                    writer.write(outcomes, progress.run_id)
                    _count(progress, outcomes)
                    if on_progress:
                        on_progress(progress)
            status = "done"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            _finish(writer, progress, status)
    return progress


def _finish(writer: Writer, progress: Progress, status: str) -> None:
    if status != "failed":
        writer.finish_run(progress.run_id, status, progress.skipped)
        return
    # The run already failed (full disk, lost database...): that error is the one to report. If
    # even marking the run failed is refused, the run stays 'running', as a killed run does.
    with contextlib.suppress(StoreError):
        writer.finish_run(progress.run_id, status, progress.skipped)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many inputs ``paths`` hold, for a progress bar's ETA; None when an archive makes the
    count cost a full read. Walks folders without reading files."""
    total = 0
    for spec in paths:
        if spec == "-":
            return None
        for path in _expand(spec):
            if is_archive(path):
                return None
            total += 1
    return total


def _expand(spec: str) -> Iterator[Path]:
    path = Path(spec)
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if not name.startswith(".") and Path(name).suffix.lower() not in SKIPPED_SUFFIXES:
                    yield Path(root, name)
    elif path.exists():
        yield path
    else:
        for match in glob.iglob(spec, recursive=True):
            yield from _expand(match)


def _count(progress: Progress, outcomes: list[Outcome]) -> None:
    for o in outcomes:
        progress.bytes += o.nbytes
        if o.rows:
            progress.filings += 1
        else:
            progress.failures += 1


def _items(paths: list[str]) -> Iterator[WorkItem]:
    for entry in iter_inputs(paths):
        if entry.path is not None:
            yield _file_item(entry.name, entry.path)
        else:
            yield _member_item(entry)


def _member_item(entry: Any) -> WorkItem:
    """An archive member (or standard input), already read; a broken archive becomes a failure
    to record."""
    mtime = getattr(entry, "mtime", None)  # standard input has none
    try:
        data = entry.read()
    except EightKError as exc:
        return WorkItem(entry.name, None, None, 0, mtime, ("input", str(exc)))
    return WorkItem(entry.name, None, data, len(data), mtime)


def _file_item(name: str, path: Path) -> WorkItem:
    try:
        stat = path.stat()
    except OSError:
        return WorkItem(name, str(path), None, 0, None)
    return WorkItem(name, str(path), None, stat.st_size, stat.st_mtime)


@dataclass(frozen=True, slots=True)
class _Skip:
    """Which inputs the ledger lets a run skip: none (``force``), or those done, with or
    without the failed ones."""

    force: bool
    failed: bool


def _batches(
    items: Iterable[WorkItem], writer: Writer, progress: Progress, skip: _Skip, max_files: int, max_bytes: int
) -> Iterator[list[WorkItem]]:
    batch: list[WorkItem] = []
    size = 0
    for item in items:
        batch.append(item)
        size += item.size
        if len(batch) >= max_files or size >= max_bytes:
            yield from _fresh(batch, writer, progress, skip)
            batch, size = [], 0
    if batch:
        yield from _fresh(batch, writer, progress, skip)


def _fresh(batch: list[WorkItem], writer: Writer, progress: Progress, skip: _Skip) -> Iterator[list[WorkItem]]:
    done = set() if skip.force else writer.known(batch, failed=skip.failed)
    progress.skipped += len(done)
    fresh = [item for item in batch if item.name not in done]
    if fresh:
        yield fresh


def _reextract_items(writer: Writer, extractors: tuple[str, ...]) -> Iterator[WorkItem]:
    for source, sha256, mtime in writer.outdated(extractors):
        yield _source_item(source, sha256, mtime)


def _source_item(source: str, sha256: str, mtime: float | None) -> WorkItem:
    try:
        data = read_member(source) if split_member(source) else Path(source).read_bytes()
    except EightKError as exc:
        return WorkItem(source, None, None, 0, mtime, ("input", str(exc)))
    except OSError as exc:
        return WorkItem(source, None, None, 0, mtime, ("input", f"{source}: cannot read file: {exc.strerror or exc}"))
    if hashlib.sha256(data).hexdigest() != sha256:
        message = f"{source}: content changed since it was ingested; ingest it again instead of --reextract"
        return WorkItem(source, None, None, len(data), mtime, ("source-changed", message))
    return WorkItem(source, None, data, len(data), mtime)
