"""``eightk fetch``, ``eightk sync``, ``eightk watch``: EDGAR, politely.

Each command parses its options, builds one :class:`EdgarClient` and runs one library generator
(``fetch``, ``sync``, ``watch``), printing a line per filing. Library errors become one line on
stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Callable, Iterable, Optional, TypeVar

import typer

from ..errors import EightKError, InputError
from ..sources.edgar.client import EdgarClient, RetryPolicy
from ..sources.edgar.download import DownloadResult
from ..sources.edgar.indexes import DEFAULT_FORMS, parse_date
from ..sources.edgar.ratelimit import DEFAULT_RATE
from ..sources.edgar.urls import EdgarUrls
from .output import fail

T = TypeVar("T")

UserAgent = Annotated[
    Optional[str],
    typer.Option(
        "--user-agent",
        envvar="EIGHTK_USER_AGENT",
        help='Your identity for EDGAR, "Name email" (required by the SEC), e.g. "Jane Doe jane@example.com".',
    ),
]
EdgarUrl = Annotated[
    Optional[str],
    typer.Option("--edgar-url", envvar="EIGHTK_EDGAR_URL", help="Base URL standing in for www.sec.gov and data.sec.gov."),
]
Rate = Annotated[float, typer.Option("--rate", help="Requests per second, at most 10 (EDGAR's fair-access limit).")]
Retries = Annotated[int, typer.Option("--retries", min=1, help="Attempts per request before giving up.")]
Backoff = Annotated[float, typer.Option("--backoff", min=0.0, help="First retry delay in seconds (doubles, with jitter).")]
MaxWait = Annotated[float, typer.Option("--max-wait", min=0.0, help="Longest Retry-After (seconds) to honour before giving up.")]
ThresholdWait = Annotated[
    float, typer.Option("--threshold-wait", min=0.0, help="Seconds to stay quiet after EDGAR's rate-threshold page.")
]
Timeout = Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for EDGAR on each request.")]
Out = Annotated[Path, typer.Option("--out", "-o", help="Folder for OUT/<cik>/<accession>.txt (and the sync state).")]
Forms = Annotated[Optional[list[str]], typer.Option("--form", help="Form type to keep (repeatable). Default: 8-K and 8-K/A.")]
Tickers = Annotated[Optional[list[str]], typer.Option("--ticker", "-t", help="Company ticker (repeatable).")]
Ciks = Annotated[Optional[list[str]], typer.Option("--cik", help="Company CIK (repeatable).")]
Since = Annotated[Optional[str], typer.Option("--since", help="First filing date, YYYY-MM-DD.")]
Until = Annotated[Optional[str], typer.Option("--until", help="Last filing date, YYYY-MM-DD.")]
Workers = Annotated[int, typer.Option("--workers", min=1, max=16, help="Downloads in flight (they share the rate limit).")]
Ingest = Annotated[bool, typer.Option("--ingest", help="Hand each file to the store as it arrives (needs --db).")]
Db = Annotated[Optional[Path], typer.Option("--db", help="Store file for --ingest.")]


def fetch(
    ticker: Tickers = None,
    cik: Ciks = None,
    form: Forms = None,
    since: Since = None,
    until: Until = None,
    out: Out = Path("edgar"),
    workers: Workers = 4,
    ingest: Ingest = False,
    db: Db = None,
    user_agent: UserAgent = None,
    edgar_url: EdgarUrl = None,
    rate: Rate = DEFAULT_RATE,
    retries: Retries = 6,
    backoff: Backoff = 1.0,
    max_wait: MaxWait = 900.0,
    timeout: Timeout = 30.0,
    threshold_wait: ThresholdWait = 600.0,
) -> None:
    """Download complete submissions (.txt) of a company's filings, or of every filer in a period."""
    from ..sources.edgar.fetch import Selection, fetch as run_fetch, resolve_ciks

    # Arguments are checked before the first request.
    period = _checked(lambda: Selection(forms=_forms(form), since=_date("--since", since), until=_date("--until", until)))

    def work(client: EdgarClient) -> Iterable[DownloadResult]:
        selection = replace(period, ciks=resolve_ciks(client, ticker or (), cik or ()))
        return run_fetch(client, selection, out, workers=workers)

    policy = _policy(retries, backoff, max_wait, timeout, threshold_wait)
    _run(work, out, _ingester(ingest, db), user_agent, edgar_url, rate, policy)


def sync(
    ticker: Tickers = None,
    cik: Ciks = None,
    watchlist: Annotated[Optional[Path], typer.Option("--watchlist", help="File of tickers/CIKs, one a line.")] = None,
    form: Forms = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Where a first sync starts (default: a week ago).")] = None,
    out: Out = Path("edgar"),
    workers: Workers = 4,
    ingest: Ingest = False,
    db: Db = None,
    user_agent: UserAgent = None,
    edgar_url: EdgarUrl = None,
    rate: Rate = DEFAULT_RATE,
    retries: Retries = 6,
    backoff: Backoff = 1.0,
    max_wait: MaxWait = 900.0,
    timeout: Timeout = 30.0,
    threshold_wait: ThresholdWait = 600.0,
) -> None:
    """Fetch what is new since the last sync, for a watchlist or (without one) for every filer."""
    from ..sources.edgar.fetch import resolve_ciks
    from ..sources.edgar.sync import read_watchlist, sync as run_sync

    start = _checked(lambda: _date("--since", since))
    tickers, ciks = list(ticker or ()), list(cik or ())
    if watchlist:
        more_tickers, more_ciks = _checked(lambda: read_watchlist(watchlist))
        tickers, ciks = tickers + more_tickers, ciks + more_ciks

    def work(client: EdgarClient) -> Iterable[DownloadResult]:
        wanted = resolve_ciks(client, tickers, ciks)
        return run_sync(client, out, ciks=wanted, forms=_forms(form), since=start, workers=workers)

    policy = _policy(retries, backoff, max_wait, timeout, threshold_wait)
    _run(work, out, _ingester(ingest, db), user_agent, edgar_url, rate, policy)


def watch(
    form: Forms = None,
    interval: Annotated[float, typer.Option("--interval", min=1.0, help="Seconds between polls of the feed.")] = 60.0,
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop.")] = False,
    max_polls: Annotated[Optional[int], typer.Option("--max-polls", min=1, help="Stop after this many polls.")] = None,
    out: Out = Path("edgar"),
    ingest: Ingest = False,
    db: Db = None,
    user_agent: UserAgent = None,
    edgar_url: EdgarUrl = None,
    rate: Rate = DEFAULT_RATE,
    retries: Retries = 6,
    backoff: Backoff = 1.0,
    max_wait: MaxWait = 900.0,
    timeout: Timeout = 30.0,
    threshold_wait: ThresholdWait = 600.0,
) -> None:
    """Poll EDGAR's latest-filings feed; fetch, parse and summarise each new 8-K (one line each)."""
    from ..sources.edgar.watch import summarize, watch as run_watch

    def work(client: EdgarClient) -> Iterable[DownloadResult]:
        return run_watch(client, out, forms=_forms(form), interval=interval, max_polls=1 if once else max_polls)

    def show(result: DownloadResult) -> None:
        typer.echo(summarize(result.path))

    policy = _policy(retries, backoff, max_wait, timeout, threshold_wait)
    _run(work, out, _ingester(ingest, db), user_agent, edgar_url, rate, policy, show=show)


# -- shared -----------------------------------------------------------------------------------


def _print_new_path(result: DownloadResult) -> None:
    if result.fetched:
        typer.echo(str(result.path))


def _run(
    work: Callable[[EdgarClient], Iterable[DownloadResult]],
    out: Path,
    ingest_one: Callable[[Path], None] | None,
    user_agent: str | None,
    edgar_url: str | None,
    rate: float,
    policy: RetryPolicy,
    *,
    show: Callable[[DownloadResult], None] = _print_new_path,
) -> None:
    counts = {"fetched": 0, "skipped": 0, "missing": 0}
    try:
        with EdgarClient(
            user_agent, urls=EdgarUrls.from_base(edgar_url), rate=rate, retry=policy, cache_dir=out / ".cache"
        ) as client:
            for result in work(client):
                _one(result, counts, ingest_one, show)
            typer.echo(
                f"eightk: fetched {counts['fetched']}, already complete {counts['skipped']}, "
                f"missing {counts['missing']} into {out} ({client.requests} requests, {client.retries} retries)",
                err=True,
            )
    except EightKError as exc:
        raise fail(str(exc)) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    if counts["missing"]:
        raise typer.Exit(1)


def _one(result: DownloadResult, counts: dict[str, int], ingest_one, show: Callable[[DownloadResult], None]) -> None:
    if result.error:
        counts["missing"] += 1
        typer.echo(f"eightk: warning: {result.error}", err=True)
        return
    counts["fetched" if result.fetched else "skipped"] += 1
    show(result)
    if ingest_one:
        # Files already on disk are ingested too: ingest is idempotent, and a killed
        # fetch --ingest may have downloaded them without ingesting them.
        ingest_one(result.path)


def _checked(parse: Callable[[], T]) -> T:
    """Run an argument check; its error is a usage error (one line, exit 2)."""
    try:
        return parse()
    except EightKError as exc:
        raise fail(str(exc), 2) from None


def _policy(retries: int, backoff: float, max_wait: float, timeout: float, threshold_wait: float) -> RetryPolicy:
    return RetryPolicy(
        attempts=retries,
        base_delay=backoff,
        max_delay=max(backoff, 60.0),
        max_retry_after=max_wait,
        timeout=timeout,
        threshold_pause=threshold_wait,
    )


def _forms(forms: list[str] | None) -> tuple[str, ...]:
    return tuple(f.strip().upper() for f in forms) if forms else DEFAULT_FORMS


def _date(option: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except InputError:
        raise InputError(f"{option} {value!r} is not a date (YYYY-MM-DD)") from None


def _ingester(ingest: bool, db: Path | None) -> Callable[[Path], None] | None:
    """``eightk.store.ingest.ingest_files``, imported only when --ingest asks for it."""
    if not ingest:
        return None
    if db is None:
        raise fail("--ingest needs --db FILE", 2)
    try:
        from ..store.ingest import ingest_files
    except ImportError:
        raise fail("ingest needs the store (eightk.store.ingest.ingest_files), which this build lacks; fetch without --ingest") from None
    return lambda path: ingest_files([path], db=db)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("fetch")(fetch)
    app.command("sync")(sync)
    app.command("watch")(watch)
