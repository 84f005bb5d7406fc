"""Extractors: press releases, events and entities, run over a parsed filing."""

from __future__ import annotations

from ..records import Filing, Record


def extract(filing: Filing) -> Record:
    return Record(filing=filing)
