"""Normalised text with an offset map back to the source, one per document."""

from __future__ import annotations

from functools import partial

from ..containers import Container, RawDocument
from ..records import Document
from .html import html_to_text, pad_markup
from .offsets import OffsetMap
from .plain import fold_text, pad_text


def build_document(raw: RawDocument, container: Container | None = None) -> Document:
    """Normalise one raw document. ``container`` (when given) anchors the offset map."""
    if raw.markup == "binary":
        return Document(raw.sequence, raw.type, raw.filename, raw.description, "binary", "")
    if raw.markup in ("html", "ixbrl"):
        pad, text = pad_markup, html_to_text(raw.body)
    else:
        pad, text = pad_text, fold_text(pad_text(raw.body))
    offsets = None
    if container is not None:
        ascii_only = container.encoding == "utf-8" and container.decoded.isascii()
        offsets = OffsetMap(partial(pad, raw.body), text, raw.start, container.decoded, ascii_only)
    return Document(raw.sequence, raw.type, raw.filename, raw.description, raw.markup, text, offsets)
