"""Public entry for press releases: ``find_press_releases(filing)``.

The readers live in :mod:`eightk.extract.press` (dateline, people, sections, release).
"""

from .press import find_press_releases, read_release

__all__ = ["find_press_releases", "read_release"]
