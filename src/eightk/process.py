"""The one pure per-filing function. The CLI, the store, bulk workers and tests all call it."""

from __future__ import annotations

from .containers import DEFAULT_MAX_BYTES, read_container
from .extract import extract
from .filing import parse_filing
from .records import Record
from .text import build_document


def process(raw: bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """Read one filing's bytes into a :class:`~eightk.records.Record`.

    ``name`` is only a hint (it names the input in errors and may hold an accession number).
    Raises :class:`~eightk.errors.InputError` for input that is not a readable 8-K; never touches
    the network, a database or global state.
    """
    container = read_container(raw, name=name, max_bytes=max_bytes)
    documents = tuple(build_document(doc) for doc in container.documents)
    filing = parse_filing(container, documents)
    return extract(filing)
