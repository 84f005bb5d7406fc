"""Counts of true/false positives and negatives, per field and format, and the misses."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Miss:
    """One disagreement: ``kind`` is ``fp`` (predicted, not labelled) or ``fn`` (labelled, missed)."""

    section: str
    field: str
    file: str
    kind: str
    predicted: str | None
    expected: str | None


class Rates:
    """Precision, recall and F1 of anything with ``tp``, ``fp`` and ``fn`` counts. With nothing
    predicted (or nothing expected) precision (recall) is 1.0: no wrong answer was given."""

    __slots__ = ()
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Tally(Rates):
    tp: int = 0
    fp: int = 0
    fn: int = 0


@dataclass(slots=True)
class Scores:
    """Tallies keyed by (section, field, format); misses in the order found."""

    tallies: dict[tuple[str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[Miss] = field(default_factory=list)
    files: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def hit(self, section: str, field_name: str, fmt: str) -> None:
        self.tallies[(section, field_name, fmt)].tp += 1

    def miss(self, section: str, field_name: str, fmt: str, file: str, predicted: str | None, expected: str | None) -> None:
        """A wrong or missing value: a false positive when something was predicted, a false
        negative when something was expected (a wrong value is both)."""
        tally = self.tallies[(section, field_name, fmt)]
        if predicted is not None:
            tally.fp += 1
            self.misses.append(Miss(section, field_name, file, "fp", predicted, expected))
        if expected is not None:
            tally.fn += 1
            if predicted is None:
                self.misses.append(Miss(section, field_name, file, "fn", predicted, expected))

    def rows(self) -> list[dict[str, object]]:
        """One row per (section, field, format), plus an ``all`` row per field seen in several formats."""
        totals: dict[tuple[str, str], Tally] = defaultdict(Tally)
        for (section, name, _fmt), t in self.tallies.items():
            total = totals[(section, name)]
            total.tp, total.fp, total.fn = total.tp + t.tp, total.fp + t.fp, total.fn + t.fn
        keyed = [((s, n, f), t) for (s, n, f), t in self.tallies.items()]
        formats: dict[tuple[str, str], int] = defaultdict(int)
        for section, name, _fmt in self.tallies:
            formats[(section, name)] += 1
        keyed += [((s, n, "all"), t) for (s, n), t in totals.items() if formats[(s, n)] > 1]
        return [_row(key, t) for key, t in sorted(keyed, key=lambda kt: kt[0])]


def _row(key: tuple[str, str, str], t: Tally) -> dict[str, object]:
    section, name, fmt = key
    return {
        "section": section,
        "field": name,
        "format": fmt,
        "tp": t.tp,
        "fp": t.fp,
        "fn": t.fn,
        "precision": round(t.precision, 4),
        "recall": round(t.recall, 4),
        "f1": round(t.f1, 4),
    }
