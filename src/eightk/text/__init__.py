"""Normalised text with an offset map back to the source, one per document."""

from __future__ import annotations

import re

from ..containers import RawDocument
from ..records import Document


def build_document(raw: RawDocument) -> Document:
    if raw.markup == "binary":
        return Document(raw.sequence, raw.type, raw.filename, raw.description, "binary", "")
    text = re.sub(r"<[^>]+>", " ", raw.body) if raw.markup == "html" else raw.body
    return Document(raw.sequence, raw.type, raw.filename, raw.description, raw.markup, text)
