"""One error tree for everything eightk raises on purpose.

Messages name the input and, where it applies, the position: a user can act on them without a
traceback (`unterminated <DOCUMENT> at byte 48213 in 0000040729-05-000026.txt`).
"""

from __future__ import annotations


class EightKError(Exception):
    """Base of every error eightk raises on purpose."""


class InputError(EightKError):
    """The input is not something eightk can read: empty, binary, too large, not an 8-K."""

    def __init__(self, message: str, *, name: str | None = None, position: str | None = None):
        self.name = name
        self.position = position
        where = f" at {position}" if position else ""
        prefix = f"{name}: " if name else ""
        super().__init__(f"{prefix}{message}{where}")


class ParseError(InputError):
    """The input looked like a filing but its structure is broken (e.g. truncated SGML)."""


class FetchError(EightKError):
    """A download from EDGAR failed after retries."""


class NotFound(EightKError):
    """A requested filing, company or ticker does not exist."""
