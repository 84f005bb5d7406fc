"""Where things live on EDGAR. One base URL may stand in for both hosts (a mock, a mirror)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

SEC_WWW = "https://www.sec.gov"
SEC_DATA = "https://data.sec.gov"


def cik10(cik: int) -> str:
    """The zero-padded ten-digit CIK used in submissions file names."""
    return f"{int(cik):010d}"


@dataclass(frozen=True, slots=True)
class EdgarUrls:
    """The two EDGAR hosts: ``www`` (Archives, files, cgi-bin) and ``data`` (submissions JSON)."""

    www: str = SEC_WWW
    data: str = SEC_DATA

    @classmethod
    def from_base(cls, base: str | None) -> "EdgarUrls":
        """``None`` means the real EDGAR; any other base serves both hosts (``--edgar-url``)."""
        if not base:
            return cls()
        if not base.startswith(("http://", "https://")):
            from ...errors import InputError

            raise InputError(f"--edgar-url {base!r} is not an http:// or https:// URL")
        base = base.rstrip("/")
        return cls(www=base, data=base)

    def tickers(self) -> str:
        return f"{self.www}/files/company_tickers.json"

    def submissions(self, cik: int) -> str:
        return f"{self.data}/submissions/CIK{cik10(cik)}.json"

    def submissions_page(self, name: str) -> str:
        """An older page named in ``filings.files[]``, e.g. ``CIK0000320193-submissions-001.json``."""
        return f"{self.data}/submissions/{name}"

    def full_index(self, year: int, quarter: int, kind: str = "master") -> str:
        return f"{self.www}/Archives/edgar/full-index/{year}/QTR{quarter}/{kind}.idx"

    def daily_index(self, day: date, kind: str = "master") -> str:
        quarter = (day.month - 1) // 3 + 1
        return f"{self.www}/Archives/edgar/daily-index/{day.year}/QTR{quarter}/{kind}.{day:%Y%m%d}.idx"

    def daily_index_listing(self, year: int, quarter: int) -> str:
        """The JSON directory listing of one quarter's daily index files."""
        return f"{self.www}/Archives/edgar/daily-index/{year}/QTR{quarter}/index.json"

    def daily_index_file(self, year: int, quarter: int, name: str) -> str:
        return f"{self.www}/Archives/edgar/daily-index/{year}/QTR{quarter}/{name}"

    def submission_txt(self, cik: int, accession: str) -> str:
        """The complete submission text file (every document of the filing, SGML-wrapped)."""
        folder = accession.replace("-", "")
        return f"{self.www}/Archives/edgar/data/{int(cik)}/{folder}/{accession}.txt"

    def current_feed(self, form: str = "8-K", start: int = 0, count: int = 100) -> str:
        """The latest-filings Atom feed (``browse-edgar?action=getcurrent``)."""
        query = urlencode(
            {
                "action": "getcurrent",
                "type": form,
                "company": "",
                "dateb": "",
                "owner": "include",
                "start": start,
                "count": count,
                "output": "atom",
            }
        )
        return f"{self.www}/cgi-bin/browse-edgar?{query}"
