"""``eightk parse``: read filings and print their records."""

from __future__ import annotations

import itertools
from typing import Annotated

import typer

from ..errors import EightKError
from ..process import process
from ..serialize import to_dict
from ..sources.files import iter_inputs
from .output import fail, write_json, write_jsonl, write_table

PARSE_FORMATS = ("json", "jsonl", "table")


def parse(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for standard input.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json (one file), jsonl or table.")] = "",
    text: Annotated[bool, typer.Option("--text", help="Include each document's normalised text.")] = False,
) -> None:
    """Parse 8-K filings and print their records (EVENTS.md field names)."""
    if format and format not in PARSE_FORMATS:
        raise fail(f"--format must be one of {', '.join(PARSE_FORMATS)}", 2)
    inputs = _lazy(paths)
    first = list(itertools.islice(inputs, 2))
    fmt = format or ("json" if len(first) == 1 else "jsonl")
    failures = 0
    records = []
    for item in itertools.chain(first, inputs):
        try:
            record = to_dict(process(item.read(), name=item.name), include_text=text)
        except EightKError as exc:
            typer.echo(f"eightk: error: {exc}", err=True)
            failures += 1
            continue
        record["source"] = item.name
        if fmt == "jsonl":
            write_jsonl([record])
        else:
            records.append(record)
    if fmt == "json":
        write_json(records[0] if len(records) == 1 else records)
    elif fmt == "table":
        write_table([_summary(r) for r in records], title="8-K filings")
    if failures:
        raise typer.Exit(1)


def _lazy(paths: list[str]):
    try:
        yield from iter_inputs(paths)
    except EightKError as exc:
        raise fail(str(exc), 2) from None


def _summary(record: dict) -> dict:
    filing = record["filing"]
    return {
        "source": record["source"],
        "form": filing["form"],
        "report_date": filing["report_date"],
        "registrant": (filing["registrant"] or {}).get("name"),
        "items": " ".join(i["number"] for i in filing["items"]),
        "exhibits": " ".join(e["number"] for e in filing["exhibits"]),
        "events": len(record["events"]),
    }


def register(app: typer.Typer) -> None:
    app.command("parse")(parse)
