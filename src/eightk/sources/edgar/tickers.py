"""Ticker to CIK, from EDGAR's ``company_tickers.json``."""

from __future__ import annotations

from typing import Any

from ...errors import NotFound, ParseError


def normalise_ticker(ticker: str) -> str:
    """``brk.b`` and ``BRK-B`` are one ticker; EDGAR spells it ``BRK-B``."""
    return ticker.strip().upper().replace(".", "-")


def parse_tickers(data: Any, *, name: str = "company_tickers.json") -> dict[str, int]:
    """``{"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}, ...}`` as ticker -> CIK."""
    if not isinstance(data, dict):
        raise ParseError("expected an object of {cik_str, ticker, title} rows", name=name)
    table: dict[str, int] = {}
    for key, row in data.items():
        try:
            table.setdefault(normalise_ticker(str(row["ticker"])), int(row["cik_str"]))
        except (KeyError, TypeError, ValueError):
            raise ParseError(f"row {key!r} lacks ticker or cik_str", name=name) from None
    return table


def resolve_ticker(table: dict[str, int], ticker: str) -> int:
    cik = table.get(normalise_ticker(ticker))
    if cik is None:
        raise NotFound(f"unknown ticker {ticker!r}: not in EDGAR's company_tickers.json (try --cik)")
    return cik
