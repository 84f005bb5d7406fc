"""Output helpers shared by every command: formats, one-line errors."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any, Iterable

import typer

FORMATS = ("json", "jsonl", "csv", "table")
#: Table width when output is not a terminal (a file or a pipe): wide enough not to fold names.
PIPE_WIDTH = 160


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error to stderr; return the Exit to raise."""
    typer.echo(f"eightk: error: {message}", err=True)
    return typer.Exit(code)


def write_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def write_jsonl(rows: Iterable[Any]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def write_csv(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})


def write_table(rows: list[dict[str, Any]], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    columns = list(rows[0]) if rows else []
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    Console(width=None if sys.stdout.isatty() else PIPE_WIDTH).print(table)


def write_rows(rows: list[dict[str, Any]], fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        write_json(rows)
    elif fmt == "jsonl":
        write_jsonl(rows)
    elif fmt == "csv":
        write_csv(rows)
    else:
        write_table(rows, title)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
