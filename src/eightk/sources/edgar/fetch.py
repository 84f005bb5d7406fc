"""What to fetch: a company's filings (submissions JSON) or everything in a period (indexes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from ...errors import InputError, NotFound
from .client import EdgarClient
from .download import DEFAULT_WORKERS, DownloadResult, download_all
from .indexes import (
    DEFAULT_FORMS,
    FilingRef,
    parse_master_index,
    parse_submissions,
    parse_submissions_page,
    quarters,
    select,
)
from .tickers import parse_tickers, resolve_ticker


@dataclass(frozen=True, slots=True)
class Selection:
    """Which filings: companies (CIKs; empty means all filers), forms, and a filing-date range."""

    ciks: tuple[int, ...] = ()
    forms: tuple[str, ...] = DEFAULT_FORMS
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise InputError(f"--since {self.since} is after --until {self.until}")


def resolve_ciks(client: EdgarClient, tickers: Iterable[str] = (), ciks: Iterable[str | int] = ()) -> tuple[int, ...]:
    """CIKs for the given tickers (one fetch of the tickers file) and CIK strings."""
    out = [_cik(c) for c in ciks]
    tickers = list(tickers)
    if tickers:
        table = parse_tickers(client.get_json(client.urls.tickers(), cache=True))
        out.extend(resolve_ticker(table, t) for t in tickers)
    return tuple(dict.fromkeys(out))


def _cik(value: str | int) -> int:
    text = str(value).strip()
    if not text.isdigit() or int(text) == 0:
        raise InputError(f"--cik {value!r} is not a CIK (digits, e.g. 320193 or 0000320193)")
    return int(text)


def list_company(client: EdgarClient, cik: int, sel: Selection) -> list[FilingRef]:
    """A company's filings from its submissions JSON, reading older pages only when in range."""
    url = client.urls.submissions(cik)
    try:
        data = client.get_json(url, cache=True)
    except NotFound:
        raise NotFound(f"no EDGAR company with CIK {cik} ({url})") from None
    refs, pages = parse_submissions(data, name=url)
    company = str(data.get("name") or "")
    for page in pages:
        if page.overlaps(sel.since, sel.until):
            page_url = client.urls.submissions_page(page.name)
            columns = client.get_json(page_url, cache=True)
            refs.extend(parse_submissions_page(columns, cik=cik, company=company, name=page_url))
    return select(refs, sel.forms, sel.since, sel.until)


def list_period(client: EdgarClient, sel: Selection, today: date) -> Iterator[FilingRef]:
    """Every filing of the wanted forms in the period, a quarterly full-index file at a time."""
    if sel.since is None:
        raise InputError("give --ticker/--cik, or a period with --since, to fetch from the EDGAR indexes")
    until = min(sel.until or today, today)
    for year, quarter in quarters(sel.since, until):
        url = client.urls.full_index(year, quarter)
        try:
            text = client.get(url, cache=True).decode("latin-1")
        except NotFound:
            continue  # a quarter EDGAR has not indexed yet
        yield from select(parse_master_index(text, name=url), sel.forms, sel.since, until)


def list_filings(client: EdgarClient, sel: Selection, today: date) -> Iterator[FilingRef]:
    """Refs lazily: a period's quarters are read one by one, as downloads go."""
    if not sel.ciks:
        if sel.since is None:
            raise InputError("give --ticker/--cik, or a period with --since, to fetch from the EDGAR indexes")
        yield from list_period(client, sel, today)
        return
    for cik in sel.ciks:
        yield from list_company(client, cik, sel)


def fetch(
    client: EdgarClient, sel: Selection, out: Path, *, today: date | None = None, workers: int = DEFAULT_WORKERS
) -> Iterator[DownloadResult]:
    """Download every selected filing into ``out``; complete files already there are skipped."""
    yield from download_all(client, list_filings(client, sel, today or date.today()), out, workers=workers)
