"""Complete submissions onto disk, never as a half file.

A download streams into a hidden ``.<accession>.txt.part`` beside its final name, is checked
(Content-Length when the server sends one; the ``</SEC-DOCUMENT>`` end marker and the accession
number in the header) and only then renamed into place. A killed run leaves at most a ``.part``
file, which the next run overwrites; a final name always holds a complete file.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ...errors import EightKError, NotFound
from .client import EdgarClient
from .indexes import FilingRef

#: Old submissions end ``</SEC-DOCUMENT>`` then a ~40-byte PEM trailer
#: (0000320193-96-000027.txt); the dissemination dialect ends ``</SUBMISSION>`` (archive.txt).
END_MARKERS = (b"</SEC-DOCUMENT>", b"</SUBMISSION>")
TAIL_BYTES = 4096
#: The accession number sits in the first lines (``<SEC-DOCUMENT>`` line or ``ACCESSION NUMBER:``),
#: after at most a ~600-byte PEM preamble in 1990s filings.
HEAD_BYTES = 8192
PART_SUFFIX = ".part"


@dataclass(frozen=True, slots=True)
class DownloadResult:
    """What happened to one filing: ``fetched`` now, already on disk (skipped), or ``error``."""

    ref: FilingRef
    path: Path
    fetched: bool
    size: int = 0
    error: str | None = None


def submission_path(out: Path, cik: int, accession: str) -> Path:
    """``OUT/<cik>/<accession>.txt``, the CIK without leading zeros as in EDGAR's Archives."""
    return Path(out) / str(int(cik)) / f"{accession}.txt"


def part_path(final: Path) -> Path:
    return final.with_name(f".{final.name}{PART_SUFFIX}")


def submission_fault(path: Path, accession: str | None = None) -> str | None:
    """Why ``path`` is not a complete submission (``None`` when it is)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
            fh.seek(max(0, size - TAIL_BYTES))
            tail = fh.read()
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    if size == 0:
        return "empty file"
    if not any(marker in tail for marker in END_MARKERS):
        return f"no </SEC-DOCUMENT> end marker in the last {TAIL_BYTES} of {size} bytes (truncated)"
    if accession and accession.encode() not in head:
        return f"accession {accession} not in the first {HEAD_BYTES} bytes"
    return None


def download_submission(client: EdgarClient, ref: FilingRef, out: Path) -> DownloadResult:
    """Fetch one complete submission unless a complete copy is already on disk."""
    final = submission_path(out, ref.cik, ref.accession)
    if final.exists() and submission_fault(final, ref.accession) is None:
        return DownloadResult(ref, final, fetched=False, size=final.stat().st_size)
    part = part_path(final)
    url = client.urls.submission_txt(ref.cik, ref.accession)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        size = client.download(url, part, lambda p: submission_fault(p, ref.accession))
        os.replace(part, final)
    except NotFound as exc:
        _discard(part)
        return DownloadResult(ref, final, fetched=False, error=str(exc))
    except OSError as exc:
        _discard(part)
        raise EightKError(f"cannot write {part}: {exc.strerror or exc}") from None
    except EightKError:
        _discard(part)
        raise
    return DownloadResult(ref, final, fetched=True, size=size)


def _discard(part: Path) -> None:
    try:
        part.unlink(missing_ok=True)
    except OSError:
        # The write already failed (e.g. a read-only folder); the .part name never counts as done.
        return


#: Downloads in flight at once. They share the one token bucket, so this raises throughput when
#: EDGAR is slow to answer (each request then waits on the wire, not on the limit), never the rate.
DEFAULT_WORKERS = 4


def download_all(client: EdgarClient, refs: Iterable[FilingRef], out: Path, *, workers: int = DEFAULT_WORKERS) -> Iterator[DownloadResult]:
    """Download ``refs`` with up to ``workers`` in flight; results come back in ``refs`` order."""
    if workers <= 1:
        for ref in refs:
            yield download_submission(client, ref, out)
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="edgar") as pool:
        window: deque[Future[DownloadResult]] = deque()
        try:
            for ref in refs:
                window.append(pool.submit(download_submission, client, ref, out))
                if len(window) >= workers * 2:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            for future in window:
                future.cancel()
