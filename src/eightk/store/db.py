"""Opening a DuckDB store, with every database error turned into one clear line."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Iterator

import duckdb

from .errors import StoreError
from .schema import SCHEMA_VERSION, check_version, migrate, stored_version

#: The database a command uses when ``--db`` is not given.
DEFAULT_DB = "eightk.duckdb"


def connect(path: str | Path, *, read_only: bool = False, sandbox: bool = False) -> Any:
    """An open, migrated connection. ``read_only`` refuses writes; ``sandbox`` also refuses any
    file access beyond the store itself (``COPY``, ``ATTACH``, ``read_csv``...)."""
    path = str(path)
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such database (create it with: eightk ingest PATH --db {path})")
    if read_only:
        _migrate_if_older(path)
    config = {"enable_external_access": False} if sandbox else {}
    with translate(path, "open"):
        con = duckdb.connect(path, read_only=read_only, config=config)
    if read_only:
        check_version(stored_version(con), path)
    else:
        with translate(path, "set up"):
            migrate(con, path)
    return con


def _migrate_if_older(path: str) -> None:
    with translate(path, "open"):
        con = duckdb.connect(path, read_only=True)
    try:
        version = stored_version(con)
    finally:
        con.close()
    check_version(version, path)
    if version < SCHEMA_VERSION:
        connect(path).close()


@contextlib.contextmanager
def translate(path: str, doing: str) -> Iterator[None]:
    """Turn DuckDB and OS errors into a one-line :class:`StoreError` naming the database."""
    try:
        yield
    except StoreError:
        raise
    except (duckdb.Error, OSError) as exc:
        raise StoreError(describe(exc, path, doing)) from None


def describe(exc: BaseException, path: str, doing: str) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    low = text.lower()
    if "lock" in low and ("conflicting" in low or "could not set lock" in low):
        return f"{path}: database is locked by another process (a running ingest?); wait for it or use another --db"
    if "no space left" in low or getattr(exc, "errno", None) == 28:
        return f"{path}: cannot {doing}: disk full (no space left on device); earlier batches are kept"
    if "read-only mode" in low or "read-only" in low and "attached" in low:
        return f"{path}: the store is opened read-only; pass --write to change it"
    if "disabled by configuration" in low:
        return f"{path}: read-only query may not touch other files; pass --write to allow it"
    return f"{path}: cannot {doing}: {first}"
