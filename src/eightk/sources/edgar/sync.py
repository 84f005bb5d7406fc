"""Incremental sync: what is new since the last run, remembered in a small JSON state file.

State lives in ``OUT/.eightk-sync.json``, written atomically after each company or day, so a
killed sync resumes where it stopped. A company's mark is the latest filing date seen in its
submissions JSON; the all-filers mark is the latest daily index read. The marked day is read
again next time (filings of that day may have come after us); files already on disk cost nothing.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

from ...errors import EightKError, InputError, NotFound, ParseError
from .client import EdgarClient
from .download import DEFAULT_WORKERS, DownloadResult, download_all
from .fetch import Selection, list_company
from .indexes import DEFAULT_FORMS, parse_daily_listing, parse_date, parse_master_index, quarters, select

STATE_NAME = ".eightk-sync.json"
STATE_VERSION = 1
#: A first sync with no --since looks back this far.
FIRST_SYNC_DAYS = 7


@dataclass
class SyncState:
    companies: dict[str, str] = field(default_factory=dict)  # CIK -> last filing date seen
    all_filers: str | None = None  # last daily index read (YYYY-MM-DD)


def load_state(out: Path) -> SyncState:
    path = Path(out) / STATE_NAME
    if not path.exists():
        return SyncState()
    try:
        data = json.loads(path.read_text())
        return SyncState(companies=dict(data.get("companies", {})), all_filers=data.get("all_filers"))
    except (ValueError, AttributeError, OSError) as exc:
        raise ParseError(f"unreadable sync state ({exc}); delete it to start over", name=str(path)) from None


def save_state(out: Path, state: SyncState) -> None:
    path = Path(out) / STATE_NAME
    tmp = path.with_name(f".{path.name}.tmp")
    data = {"version": STATE_VERSION, "companies": state.companies, "all_filers": state.all_filers}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w") as fh:
            json.dump(data, fh, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise EightKError(f"cannot write {path}: {exc.strerror or exc}") from None


def read_watchlist(path: Path) -> tuple[list[str], list[str]]:
    """A file of tickers and CIKs, one a line (``#`` starts a comment): (tickers, ciks)."""
    try:
        lines = Path(path).read_text().splitlines()
    except OSError as exc:
        raise InputError(f"cannot read watchlist: {exc.strerror or exc}", name=str(path)) from None
    tickers, ciks = [], []
    for line in lines:
        for token in line.split("#", 1)[0].replace(",", " ").split():
            (ciks if token.isdigit() else tickers).append(token)
    return tickers, ciks


def sync(
    client: EdgarClient,
    out: Path,
    *,
    ciks: tuple[int, ...] = (),
    forms: tuple[str, ...] = DEFAULT_FORMS,
    since: date | None = None,
    today: date | None = None,
    workers: int = DEFAULT_WORKERS,
) -> Iterator[DownloadResult]:
    """New filings for the watchlist (or for every filer when ``ciks`` is empty)."""
    today = today or date.today()
    state = load_state(out)
    if ciks:
        yield from _sync_companies(client, out, state, ciks, forms, since, today, workers)
    else:
        yield from _sync_all(client, out, state, forms, since, today, workers)


def _start(mark: str | None, since: date | None, today: date) -> date:
    if mark:
        return parse_date(mark, name=STATE_NAME)
    return since or today - timedelta(days=FIRST_SYNC_DAYS)


def _sync_companies(client, out, state, ciks, forms, since, today, workers) -> Iterator[DownloadResult]:
    for cik in ciks:
        start = _start(state.companies.get(str(cik)), since, today)
        refs = list_company(client, cik, Selection(ciks=(cik,), forms=forms, since=start, until=today))
        yield from download_all(client, refs, out, workers=workers)
        if refs:
            state.companies[str(cik)] = max(r.filed for r in refs).isoformat()
        else:
            state.companies.setdefault(str(cik), start.isoformat())
        save_state(out, state)


def _sync_all(client, out, state, forms, since, today, workers) -> Iterator[DownloadResult]:
    """Every filer: the daily index files EDGAR lists for each quarter since the mark."""
    start = _start(state.all_filers, since, today)
    for year, quarter in quarters(start, today):
        try:
            listing = client.get_json(client.urls.daily_index_listing(year, quarter), cache=True)
        except NotFound:
            continue  # a quarter with nothing published yet
        for day, name in parse_daily_listing(listing, name=client.urls.daily_index_listing(year, quarter)):
            if not start <= day <= today:
                continue
            url = client.urls.daily_index_file(year, quarter, name)
            text = client.get(url, cache=True).decode("latin-1")
            refs = select(parse_master_index(text, name=url), forms, None, None)
            yield from download_all(client, refs, out, workers=workers)
            state.all_filers = day.isoformat()
            save_state(out, state)
