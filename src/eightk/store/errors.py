"""Store errors: part of the one eightk error tree."""

from __future__ import annotations

from ..errors import EightKError


class StoreError(EightKError):
    """The database cannot be opened, read or written (locked, full disk, newer schema...)."""
