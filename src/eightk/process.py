"""The one pure per-filing function. The CLI, the store, bulk workers and tests all call it."""

from __future__ import annotations

import dataclasses

from .containers import DEFAULT_MAX_BYTES, read_container
from .errors import InputError
from .extract import extract as run_extractors
from .filing import parse_filing
from .records import Filing, Record
from .text import build_document

#: Forms eightk reads. A 6-K (foreign issuer's current report) is read with a warning: no items.
EIGHT_K_FORMS = ("8-K", "8-K/A", "8-K12B", "8-K12B/A", "8-K12G3", "8-K12G3/A", "8-K15D5", "8-K15D5/A")
FOREIGN_FORMS = ("6-K", "6-K/A")


def process(raw: bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, extract: bool = True) -> Record:
    """Read one filing's bytes into a :class:`~eightk.records.Record`.

    ``name`` is only a hint (it names the input in errors and may hold an accession number).
    ``extract=False`` stops after the filing parse (containers, text, cover, items, exhibits):
    the record has no press releases, events or entities. Raises
    :class:`~eightk.errors.InputError` for input that is not a readable 8-K; never touches the
    network, a database or global state.
    """
    container = read_container(raw, name=name, max_bytes=max_bytes)
    documents = tuple(build_document(doc, container) for doc in container.documents)
    filing = parse_filing(container, documents)
    warnings = container.warnings + _form_warnings(filing, name)
    record = run_extractors(filing) if extract else Record(filing=filing)
    if warnings:
        record = dataclasses.replace(record, warnings=warnings + record.warnings)
    return record


def _form_warnings(filing: Filing, name: str | None) -> tuple[str, ...]:
    form = (filing.form or "").upper()
    if form and form not in EIGHT_K_FORMS and form not in FOREIGN_FORMS:
        raise InputError(f"this is a {filing.form} filing, not an 8-K", name=name)
    if not form:
        return ("form not recognised: read as an 8-K",)
    if form in FOREIGN_FORMS:
        return (f"{form}: a foreign issuer's report, which has no items",)
    if not filing.items:
        return ("no items found",)
    return ()
