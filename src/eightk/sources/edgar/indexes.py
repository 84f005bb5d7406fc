"""EDGAR's listings of filings, parsed: full/daily index files and the submissions JSON.

Pure functions of text or decoded JSON; the fetching is in ``fetch``. Every listing becomes
:class:`FilingRef` rows, one spelling for all sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, Iterator

from ...errors import ParseError

DEFAULT_FORMS = ("8-K", "8-K/A")
_ACCESSION = re.compile(r"(\d{10}-\d{2}-\d{6})")
_INDEX_FILENAME = re.compile(r"edgar/data/(\d+)/(?:\d{18}/)?(\d{10}-\d{2}-\d{6})\.txt")


@dataclass(frozen=True, slots=True)
class FilingRef:
    """One filing as a listing names it: enough to build its complete-submission URL."""

    cik: int
    accession: str
    form: str
    filed: date
    company: str = ""
    report_date: str | None = None
    items: str = ""


@dataclass(frozen=True, slots=True)
class SubmissionsPage:
    """An older page of a company's submissions (``filings.files[]``), with its date range."""

    name: str
    filing_from: date | None
    filing_to: date | None

    def overlaps(self, since: date | None, until: date | None) -> bool:
        if since and self.filing_to and self.filing_to < since:
            return False
        if until and self.filing_from and self.filing_from > until:
            return False
        return True


def parse_date(text: str, *, name: str = "date") -> date:
    """``2024-03-15`` or ``20240315`` (daily index files use the second)."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ParseError(f"not a date: {text!r}", name=name)


def accession_from(text: str) -> str | None:
    """The first ``##########-##-######`` accession number in ``text``."""
    match = _ACCESSION.search(text)
    return match.group(1) if match else None


# -- index files ------------------------------------------------------------------------------


def parse_master_index(text: str, *, name: str = "master.idx") -> list[FilingRef]:
    """``master.idx`` / ``master.YYYYMMDD.idx``: ``CIK|Company Name|Form Type|Date Filed|Filename``."""
    rows = []
    for lineno, line in _body_lines(text, name, header="CIK|Company Name"):
        parts = line.split("|")
        if len(parts) != 5:
            raise ParseError("expected 5 fields separated by |", name=name, position=f"line {lineno}")
        cik, company, form, filed, filename = (p.strip() for p in parts)
        rows.append(_ref(cik, company, form, filed, filename, name, lineno))
    return rows


def parse_form_index(text: str, *, name: str = "form.idx") -> list[FilingRef]:
    """``form.idx`` / ``company.idx``: fixed-width columns located by the header line."""
    lines = text.splitlines()
    header_at = next((i for i, line in enumerate(lines) if "Date Filed" in line and "CIK" in line), None)
    if header_at is None:
        raise ParseError("no column header line (Form Type ... File Name)", name=name)
    header = lines[header_at]
    columns = _columns(header, name)
    rows = []
    for lineno, line in enumerate(lines[header_at + 1 :], start=header_at + 2):
        if not line.strip() or set(line.strip()) == {"-"}:
            continue
        fields = {key: line[start:end].strip() for key, (start, end) in columns.items()}
        # Company names sometimes overrun their column; the tail fields are read from the right.
        tail = line.split()
        fields["filename"], fields["filed"], fields["cik"] = tail[-1], tail[-2], tail[-3]
        rows.append(_ref(fields["cik"], fields["company"], fields["form"], fields["filed"], fields["filename"], name, lineno))
    return rows


def _columns(header: str, name: str) -> dict[str, tuple[int, int]]:
    starts = {key: header.find(label) for key, label in (("form", "Form Type"), ("company", "Company Name"), ("cik", "CIK"))}
    if min(starts.values()) < 0:
        raise ParseError("column header lacks Form Type, Company Name or CIK", name=name)
    order = sorted(starts.items(), key=lambda kv: kv[1])
    bounds = {}
    for (key, start), following in zip(order, order[1:] + [("end", None)], strict=True):
        bounds[key] = (start, following[1] if following[1] is not None else len(header))
    return bounds


def _body_lines(text: str, name: str, *, header: str) -> Iterator[tuple[int, str]]:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(header)), None)
    if start is None:
        raise ParseError(f"no {header!r} header line", name=name)
    for lineno, line in enumerate(lines[start + 1 :], start=start + 2):
        if line.strip() and not set(line.strip()) <= {"-"}:
            yield lineno, line


def _ref(cik: str, company: str, form: str, filed: str, filename: str, name: str, lineno: int) -> FilingRef:
    match = _INDEX_FILENAME.search(filename)
    if not match or not cik.isdigit():
        raise ParseError(f"cannot read CIK/accession from {filename!r}", name=name, position=f"line {lineno}")
    return FilingRef(
        cik=int(cik), accession=match.group(2), form=form, filed=parse_date(filed, name=name), company=company
    )


_DAILY_MASTER = re.compile(r"master\.(\d{8}|\d{6})\.idx")


def parse_daily_listing(data: Any, *, name: str = "index.json") -> list[tuple[date, str]]:
    """``{"directory": {"item": [{"name": "master.20240102.idx"}, ...]}}`` as (day, file name),
    oldest first. 1990s files are named ``master.YYMMDD.idx``."""
    try:
        items = data["directory"]["item"]
    except (KeyError, TypeError):
        raise ParseError("no directory.item list in the listing", name=name) from None
    found = []
    for item in items:
        match = _DAILY_MASTER.fullmatch(str(item.get("name", "")))
        if match:
            stamp = match.group(1)
            found.append((parse_date(stamp if len(stamp) == 8 else f"19{stamp}", name=name), match.group(0)))
    return sorted(found)


# -- submissions JSON -------------------------------------------------------------------------


def parse_submissions(data: Any, *, name: str = "submissions") -> tuple[list[FilingRef], list[SubmissionsPage]]:
    """A company's ``CIK##########.json``: its recent filings and the older pages to read."""
    if not isinstance(data, dict) or "filings" not in data:
        raise ParseError("no 'filings' object in the submissions JSON", name=name)
    cik = _int(data.get("cik"), name)
    filings = data["filings"]
    refs = parse_submissions_page(filings.get("recent", {}), cik=cik, company=str(data.get("name") or ""), name=name)
    pages = [
        SubmissionsPage(
            name=str(page["name"]),
            filing_from=_maybe_date(page.get("filingFrom")),
            filing_to=_maybe_date(page.get("filingTo")),
        )
        for page in filings.get("files", [])
    ]
    return refs, pages


def parse_submissions_page(columns: Any, *, cik: int, company: str = "", name: str = "submissions") -> list[FilingRef]:
    """The columnar arrays (``accessionNumber``, ``form``, ``filingDate``...) of ``recent`` or a page."""
    if not isinstance(columns, dict):
        raise ParseError("filings are not an object of columns", name=name)
    accessions = columns.get("accessionNumber", [])
    forms, filed = columns.get("form", []), columns.get("filingDate", [])
    if not (len(accessions) == len(forms) == len(filed)):
        raise ParseError("accessionNumber, form and filingDate differ in length", name=name)
    reports = _column(columns, "reportDate", len(accessions))
    items = _column(columns, "items", len(accessions))
    return [
        FilingRef(
            cik=cik,
            accession=accessions[i],
            form=forms[i],
            filed=parse_date(filed[i], name=name),
            company=company,
            report_date=reports[i] or None,
            items=items[i] or "",
        )
        for i in range(len(accessions))
    ]


def _column(columns: dict, key: str, length: int) -> list:
    values = columns.get(key) or []
    return list(values) + [None] * (length - len(values))


def _int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ParseError(f"bad CIK {value!r}", name=name) from None


def _maybe_date(value: Any) -> date | None:
    return parse_date(value) if value else None


# -- selection --------------------------------------------------------------------------------


def select(refs: Iterable[FilingRef], forms: Iterable[str], since: date | None, until: date | None) -> list[FilingRef]:
    """Refs of the wanted forms filed within ``[since, until]``, oldest first, one per accession."""
    wanted = {f.upper() for f in forms}
    chosen: dict[str, FilingRef] = {}
    for ref in refs:
        if ref.form.upper() not in wanted:
            continue
        if (since and ref.filed < since) or (until and ref.filed > until):
            continue
        chosen.setdefault(ref.accession, ref)
    return sorted(chosen.values(), key=lambda r: (r.filed, r.accession))


def quarters(since: date, until: date) -> list[tuple[int, int]]:
    """Every (year, quarter) that overlaps ``[since, until]``."""
    out = []
    year, quarter = since.year, (since.month - 1) // 3 + 1
    while (year, quarter) <= (until.year, (until.month - 1) // 3 + 1):
        out.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return out
