"""``eightk eval``: score the parser against the corpus labels and gold records."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import EightKError
from ..evaluation import (default_corporate_gold, default_event_gold, default_heldout_gold, default_inputs, evaluate,
                          event_report, report)
from ..evaluation.events import CORPORATE_TYPES, render_table, score_events
from .output import fail, write_json, write_table

EVAL_FORMATS = ("table", "json")


def eval_command(
    corpus: Annotated[Optional[Path], typer.Option("--corpus", help="Corpus folder (MANIFEST.tsv, filings/).")] = None,
    gold: Annotated[Optional[list[Path]], typer.Option("--gold", help="Gold record JSON file (repeatable).")] = None,
    only: Annotated[Optional[list[str]], typer.Option("--only", help="Score only this corpus format (repeatable): sgml-full, sgml-nc, txt-extracted, html, ixbrl...")] = None,
    events: Annotated[Optional[list[Path]], typer.Option("--events", help="Event gold file or folder (repeatable). Default: tests/gold/events and ../shared/gold.")] = None,
    corporate: Annotated[Optional[list[Path]], typer.Option("--corporate", help="Corporate-event gold file or folder (repeatable). Default: tests/gold/corporate.")] = None,
    heldout: Annotated[Optional[list[Path]], typer.Option("--heldout", help="Held-out event gold file or folder (repeatable), scored apart. Default: tests/gold/heldout.")] = None,
    heldout_misses: Annotated[bool, typer.Option("--heldout-misses", help="Also list the held-out set's misses (reading them is tuning on it).")] = False,
    no_events: Annotated[bool, typer.Option("--no-events", help="Skip event scoring.")] = False,
    misses: Annotated[bool, typer.Option("--misses", help="Also list every miss with its file name.")] = False,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Score items, cover fields, exhibits, signatures, press releases and events: precision,
    recall and F1 per field and format. With neither --corpus nor --gold, uses ../shared/corpus
    and ../shared/gold/*.json; events are scored on --events gold (default: the dev gold set)."""
    if format not in EVAL_FORMATS:
        raise fail(f"--format must be one of {', '.join(EVAL_FORMATS)}", 2)
    if corpus is None and not gold:
        corpus, gold = default_inputs()
        if corpus is None and not gold:
            raise fail("no corpus or gold given and none found under ../shared; use --corpus or --gold", 2)
    event_gold = [] if no_events else (events or default_event_gold())
    corporate_gold = [] if no_events else (corporate or default_corporate_gold())
    heldout_gold = [] if no_events else (heldout or default_heldout_gold())
    try:
        result = report(evaluate(corpus, list(gold or ()), tuple(only or ())), misses=misses)
        event_scores = score_events(event_gold) if event_gold else None
        corporate_scores = score_events(corporate_gold, types=CORPORATE_TYPES) if corporate_gold else None
        heldout_scores = score_events(heldout_gold) if heldout_gold else None
    except EightKError as exc:
        raise fail(str(exc)) from None
    if event_scores is not None:
        result["events"] = event_report(event_scores, misses=misses)
    if corporate_scores is not None:
        result["corporate_events"] = event_report(corporate_scores, misses=misses)
    if heldout_scores is not None:
        result["heldout_events"] = event_report(heldout_scores, misses=heldout_misses)
    if format == "json":
        write_json(result)
        return
    write_table(result["scores"], title=f"eightk eval: {result['files']} files")
    if misses:
        write_table(result["misses"], title="misses")
    if result["failures"]:
        write_table(result["failures"], title="failures")
    if event_scores is not None:
        typer.echo(f"\nevents and press releases ({len(event_gold)} gold paths)")
        typer.echo(render_table(event_scores, misses=200 if misses else 0))
    if corporate_scores is not None:
        typer.echo(f"\ncorporate events ({len(corporate_gold)} gold paths)")
        typer.echo(render_table(corporate_scores, misses=200 if misses else 0))
    if heldout_scores is not None:
        typer.echo(f"\nheld-out events and press releases ({len(heldout_gold)} gold paths)")
        typer.echo(render_table(heldout_scores, misses=200 if heldout_misses else 0))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("eval")(eval_command)
