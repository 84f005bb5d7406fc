"""Press-release anatomy, split by concern: datelines, people (contacts, quotes), sections."""

from .release import find_press_releases, read_release

__all__ = ["find_press_releases", "read_release"]
