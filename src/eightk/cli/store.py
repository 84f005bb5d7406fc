"""CLI commands over the store: ingest, events, show, sql, export, stats."""

from __future__ import annotations

import sys
from typing import Annotated, Any, Callable

import typer

from ..errors import EightKError
from .output import FORMATS, fail, write_json, write_rows

DB = Annotated[str, typer.Option("--db", help="The DuckDB store file.")]
FORMAT = Annotated[str, typer.Option("--format", "-f", help="table, csv, json or jsonl.")]


def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders, globs, tar/zip archives.")] = None,
    db: DB = "eightk.duckdb",
    workers: Annotated[int, typer.Option("--workers", "-w", help="Local Dask worker processes (1: a plain loop).")] = 1,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Address of a running Dask scheduler.")] = None,
    reextract: Annotated[bool, typer.Option("--reextract", help="Re-run filings whose extractor versions changed.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Process inputs the store already holds unchanged.")] = False,
    retry_failures: Annotated[bool, typer.Option("--retry-failures", help="Process again the inputs that failed.")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Inputs per batch (one transaction each).")] = 64,
) -> None:
    """Ingest filings into the store: idempotent, resumable, one transaction per batch."""
    from ..store.ingest import count_inputs, ingest as run_ingest

    if not paths and not reextract:
        raise fail("give PATH... to ingest, or --reextract", 2)
    if workers < 1 or batch_size < 1:
        raise fail("--workers and --batch-size must be at least 1", 2)
    with _progress(count_inputs(paths or []) if sys.stderr.isatty() else None) as on_progress:
        summary = _call(lambda: run_ingest(
            paths or [], db, workers=workers, scheduler=scheduler, reextract=reextract, force=force,
            retry_failures=retry_failures, batch_files=batch_size, on_progress=on_progress,
        ))
    typer.echo(summary.summary(), err=True)


def events(
    db: DB = "eightk.duckdb",
    type: Annotated[str | None, typer.Option("--type", help="Event type, e.g. milestone_payment.")] = None,
    company: Annotated[str | None, typer.Option("--company", help="Registrant, payer, payee or CIK.")] = None,
    asset: Annotated[str | None, typer.Option("--asset", help="Asset name or alias.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="On or after this date (YYYY-MM-DD): the event's day, else its filing's report date.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="On or before this date (YYYY-MM-DD): the event's day, else its filing's report date.")] = None,
    min_amount: Annotated[float | None, typer.Option("--min-amount", help="Amount at least this value.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
    format: FORMAT = "table",
) -> None:
    """List stored events matching every filter given."""
    _check_format(format)
    rows = _query(db, lambda s: s.events(
        type=type, company=company, asset=asset, since=since, until=until, min_amount=min_amount, limit=limit,
    ))
    if not rows and format == "table":
        typer.echo("no events match", err=True)
        return
    if format == "table":
        rows = [_table_row(row) for row in rows]
    write_rows(rows, format, title="events")


#: Columns of the events table on a terminal; csv and json carry every column.
TABLE_COLUMNS = ("accession", "type", "status", "date", "reported", "company", "payer", "payee", "amount", "asset", "phase")
#: Characters of evidence shown in a table cell.
TABLE_EVIDENCE_CHARS = 80


def _table_row(row: dict) -> dict:
    out = {k: row.get(k) for k in TABLE_COLUMNS if k != "amount"}
    value, currency = row.get("amount_value"), row.get("amount_currency")
    out["amount"] = f"{currency or ''} {value:,.0f}".strip() if value is not None else None
    evidence = row.get("evidence") or ""
    out["evidence"] = evidence if len(evidence) <= TABLE_EVIDENCE_CHARS else evidence[: TABLE_EVIDENCE_CHARS - 1] + "…"
    return {k: out[k] for k in (*TABLE_COLUMNS, "evidence")}


def show(
    accession: Annotated[str, typer.Argument(help="Accession number (or sha256:<hex> key).")],
    db: DB = "eightk.duckdb",
) -> None:
    """Print one filing's whole stored record, with the quoted evidence of every value."""
    write_json(_query(db, lambda s: s.filing(accession)))


def sql(
    query: Annotated[str, typer.Argument(help="One SQL statement.")],
    db: DB = "eightk.duckdb",
    write: Annotated[bool, typer.Option("--write", help="Allow the statement to change the store.")] = False,
    format: FORMAT = "table",
) -> None:
    """Run SQL against the store (read-only unless --write)."""
    _check_format(format)
    write_rows(_query(db, lambda s: s.sql(query), write=write, sandbox=True), format)


def export(
    parquet: Annotated[str, typer.Option("--parquet", help="Folder to write Parquet files to.")],
    db: DB = "eightk.duckdb",
) -> None:
    """Export every table as Parquet, filing tables partitioned by year."""
    tables = _query(db, lambda s: s.export_parquet(parquet))
    typer.echo(f"exported {len(tables)} tables to {parquet}", err=True)


def stats(db: DB = "eightk.duckdb", format: FORMAT = "table") -> None:
    """Counts by form, year, item, event type and failure code."""
    _check_format(format)
    result = _query(db, lambda s: s.stats())
    if format == "json":
        write_json(result)
        return
    for name, rows in result.items():
        if format == "table":
            if rows:
                write_rows(rows, format, title=name)
        else:
            write_rows([{"table": name, **row} for row in rows], format)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}", 2)


def _query(db: str, action: Callable[[Any], Any], **options: Any) -> Any:
    from ..store import Store

    def run() -> Any:
        with Store(db, **options) as store:
            return action(store)

    return _call(run)


def _call(action: Callable[[], Any]) -> Any:
    """Run a library call; its errors become one line on stderr and exit status 1."""
    try:
        return action()
    except EightKError as exc:
        raise fail(str(exc)) from None
    except KeyboardInterrupt:
        raise fail("interrupted; committed batches are kept, run the same command again to resume", 130) from None


class _progress:
    """A Rich progress bar on a terminal (``total`` known), nothing otherwise."""

    def __init__(self, total: int | None):
        self.total = total
        self.bar: Any = None

    def __enter__(self) -> Callable[[Any], None] | None:
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.0f} filings/s {task.fields[mbs]:.1f} MB/s {task.fields[failures]} failures"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
        )
        self.bar.start()
        self.task = self.bar.add_task("ingest", total=self.total, rate=0.0, mbs=0.0, failures=0)
        return self._update

    def _update(self, p: Any) -> None:
        secs = max(p.seconds, 1e-9)
        self.bar.update(self.task, completed=p.inputs, rate=p.filings / secs, mbs=p.bytes / secs / 1e6, failures=p.failures)

    def __exit__(self, *exc: Any) -> None:
        if self.bar is not None:
            self.bar.stop()


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    for command in (ingest, events, show, sql, export, stats):
        app.command(command.__name__)(command)

