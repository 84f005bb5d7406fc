"""Clinical phases in every spelling, normalised to one form.

Canonical output uses arabic numerals: ``Phase 1``, ``Phase 1b``, ``Phase 1/2``, ``Phase 2b/3``,
``Phase 3`` (the gold README's convention; roman and arabic numerals name the same phase and the
scorer normalises both). "pivotal Phase 3" is ``Phase 3``; "Phase IIb" is ``Phase 2b``.
"""

from __future__ import annotations

import re

_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "1": "1", "2": "2", "3": "3", "4": "4"}
_NUM = r"(?:IV|III|II|I|[1-4])"
PHASE_RE = re.compile(
    r"\bphase\s*[-‐]?\s*(?P<a>" + _NUM + r")(?P<asub>[abc])?"
    r"(?:(?:\s*(?:/|-|‐|–)\s*(?:phase\s*)?|\s+(?:and|to)\s+)(?P<b>" + _NUM + r")(?P<bsub>[abc])?)?(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def _part(num: str, sub: str | None) -> str:
    return _ROMAN[num.lower()] + (sub.lower() if sub else "")


def normalize_phase(text: str) -> str | None:
    """``"Phase IIb"`` -> ``"Phase 2b"``; ``"Phase I/II"`` -> ``"Phase 1/2"``; None if no phase."""
    m = PHASE_RE.search(text)
    return phase_from_match(m) if m else None


def phase_from_match(m: re.Match[str]) -> str:
    first = _part(m.group("a"), m.group("asub"))
    if m.group("b"):
        second = _part(m.group("b"), m.group("bsub"))
        if second != first:
            return f"Phase {first}/{second}"
    return f"Phase {first}"


def find_phases(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((phase_from_match(m), m.start(), m.end()) for m in PHASE_RE.finditer(text))


def phase_key(phase: str | None) -> str | None:
    """A comparison key that ignores roman/arabic and case: used to match phases."""
    return normalize_phase(phase) if phase else None
