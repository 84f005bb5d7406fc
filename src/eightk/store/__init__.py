"""The DuckDB store: ingest filings, query events, export Parquet.

>>> from eightk.store import Store, ingest
>>> ingest(["filings/"], "eightk.duckdb")  # doctest: +SKIP
>>> Store("eightk.duckdb").events(type="milestone_payment")  # doctest: +SKIP
"""

from .db import DEFAULT_DB
from .errors import StoreError
from .ingest import Progress, ingest
from .queries import Store
from .schema import SCHEMA_VERSION

__all__ = ["DEFAULT_DB", "Progress", "SCHEMA_VERSION", "Store", "StoreError", "ingest"]
