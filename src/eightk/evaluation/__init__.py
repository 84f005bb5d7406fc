"""Score eightk against labelled filings: the corpus labels (EDGAR header items and cover
fields, Lee EVENTS) and hand-made gold records. See :func:`evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import EightKError, InputError
from ..process import process
from .labels import Case, load_cases
from .scoring import Miss, Scores, Tally
from .events import EventScores
from .sections import CORPUS_SECTIONS, GOLD_SECTIONS

__all__ = ["evaluate", "report", "event_report", "default_inputs", "default_event_gold", "default_corporate_gold", "Scores", "Miss", "Tally", "Case", "CORPUS_SECTIONS", "GOLD_SECTIONS"]


def evaluate(corpus: Path | None = None, gold: list[Path] | None = None, formats: tuple[str, ...] = ()) -> Scores:
    """Run the parser over ``corpus`` (a folder with MANIFEST.tsv and filings/) and each gold
    record file in ``gold``; return per-field scores and misses. ``formats`` limits the corpus
    files scored (manifest formats, with ``sgml-nc`` split from ``sgml-full``)."""
    scores = Scores()
    if corpus is not None:
        _score_corpus(Path(corpus), formats, scores)
    for path in gold or ():
        _score_gold(Path(path), scores)
    return scores


def _score_corpus(corpus: Path, formats: tuple[str, ...], scores: Scores) -> None:
    if not (corpus / "MANIFEST.tsv").is_file():
        raise InputError("no MANIFEST.tsv: not a corpus folder", name=str(corpus))
    for case in load_cases(corpus):
        if formats and case.format not in formats:
            continue
        if case.format == "exhibit":
            continue  # press releases alone: no 8-K to score
        try:
            record = process(case.path.read_bytes(), name=case.name)
        except EightKError as err:
            scores.failures.append((case.name, str(err)))
            continue
        scores.files += 1
        for section in CORPUS_SECTIONS:
            section.score(case, record, scores)


def _score_gold(path: Path, scores: Scores) -> None:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(f"cannot read gold record: {err}", name=str(path)) from err
    source = path.parent.parent / gold["source"] if "source" in gold else None
    if source is None or not source.is_file():
        raise InputError(f"gold source {gold.get('source')!r} not found beside {path.parent}", name=str(path))
    try:
        record = process(source.read_bytes(), name=source.name)
    except EightKError as err:
        scores.failures.append((source.name, str(err)))
        return
    scores.files += 1
    for section in GOLD_SECTIONS:
        section.score(gold, record, gold["source"], scores)


#: Where ``eightk eval`` looks when given neither --corpus nor --gold: the shared folder beside
#: the project (``../shared``), as the development checkout lays it out.
DEFAULT_SHARED = Path("..") / "shared"


def default_inputs(base: Path = DEFAULT_SHARED) -> tuple[Path | None, list[Path]]:
    corpus = base / "corpus"
    gold = sorted((base / "gold").glob("*.json"))
    return (corpus if (corpus / "MANIFEST.tsv").is_file() else None), gold


#: The project's dev gold set of events (tests/gold/events), found from the working folder.
DEV_EVENT_GOLD = Path("tests") / "gold" / "events"


def default_event_gold(base: Path = DEFAULT_SHARED) -> list[Path]:
    """Event gold to score by default: the dev gold set and the shared gold records."""
    paths = [DEV_EVENT_GOLD] if DEV_EVENT_GOLD.is_dir() else []
    return paths + sorted((base / "gold").glob("*.json"))


#: The blind held-out gold set (tests/gold/heldout): labelled without looking at any output and
#: never used to tune rules, so its scores are what to expect on other companies' documents.
HELDOUT_EVENT_GOLD = Path("tests") / "gold" / "heldout"


def default_heldout_gold() -> list[Path]:
    return [HELDOUT_EVENT_GOLD] if any(HELDOUT_EVENT_GOLD.glob("*.json")) else []


#: The project's gold set of per-item corporate events (officer changes, votes, ...).
DEV_CORPORATE_GOLD = Path("tests") / "gold" / "corporate"


def default_corporate_gold() -> list[Path]:
    return [DEV_CORPORATE_GOLD] if DEV_CORPORATE_GOLD.is_dir() else []


def event_report(scores: EventScores, *, misses: bool = False) -> dict[str, object]:
    """The JSON form of event scores: per type, per field and per press-release field."""

    def rows(counts: dict) -> list[dict[str, object]]:
        return [
            {"name": k, "tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
             "recall": round(c.recall, 4), "f1": round(c.f1, 4)}
            for k, c in sorted(counts.items())
        ]

    total = scores.events
    out: dict[str, object] = {
        "documents": scores.documents,
        "all_events": {"tp": total.tp, "fp": total.fp, "fn": total.fn, "f1": round(total.f1, 4)},
        "by_type": rows(dict(scores.by_type)),
        "by_field": rows(dict(scores.by_field)),
        "press_release": rows(dict(scores.press_release)),
    }
    if misses:
        out["misses"] = [
            {"file": m.file, "type": m.type, "field": m.field, "expected": m.expected, "got": m.got}
            for m in scores.misses
        ]
    return out


def report(scores: Scores, *, misses: bool = False) -> dict[str, object]:
    """The JSON form of ``scores``: files scored, per-field rows, failures and (optionally) misses."""
    out: dict[str, object] = {
        "files": scores.files,
        "scores": scores.rows(),
        "failures": [{"file": f, "error": e} for f, e in scores.failures],
    }
    if misses:
        out["misses"] = [
            {"section": m.section, "field": m.field, "file": m.file, "kind": m.kind, "predicted": m.predicted, "expected": m.expected}
            for m in scores.misses
        ]
    return out
