"""Watch EDGAR's latest-filings Atom feed and fetch each new filing once."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ...errors import EightKError, ParseError
from .client import EdgarClient
from .download import DownloadResult, download_submission
from .indexes import DEFAULT_FORMS, FilingRef, accession_from, parse_date

ATOM = "{http://www.w3.org/2005/Atom}"
#: The feed gives at most 100 entries a page; remembering ten pages' worth is plenty.
SEEN_LIMIT = 1000
FEED_PAGE = 100
#: When every entry of a page is new (a burst of filings, or a long pause), read further pages,
#: up to this many per poll, so a busy hour between two polls is not lost.
MAX_FEED_PAGES = 5
DEFAULT_INTERVAL = 60.0
_CIK_IN_TITLE = re.compile(r"\((\d{10})\)")
_CIK_IN_LINK = re.compile(r"/edgar/data/(\d+)/")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    accession: str
    cik: int
    form: str
    company: str
    updated: str

    def ref(self) -> FilingRef:
        return FilingRef(
            cik=self.cik, accession=self.accession, form=self.form, filed=parse_date(self.updated[:10]), company=self.company
        )


def parse_feed(xml: bytes, *, name: str = "feed") -> list[FeedEntry]:
    """Entries of a ``browse-edgar?action=getcurrent&output=atom`` page."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise ParseError(f"not an Atom feed ({exc})", name=name) from None
    return [entry for entry in map(_entry, root.iter(f"{ATOM}entry")) if entry is not None]


def _entry(node: ET.Element) -> FeedEntry | None:
    title = node.findtext(f"{ATOM}title", "")
    link = node.find(f"{ATOM}link")
    href = link.get("href", "") if link is not None else ""
    accession = accession_from(node.findtext(f"{ATOM}id", "")) or accession_from(href)
    category = node.find(f"{ATOM}category")
    form = category.get("term", "") if category is not None else title.split(" - ", 1)[0]
    cik = _CIK_IN_TITLE.search(title) or _CIK_IN_LINK.search(href)
    if not (accession and cik and form):
        return None
    company = title.split(" - ", 1)[-1].split(" (", 1)[0].strip()
    return FeedEntry(accession, int(cik.group(1)), form.strip(), company, node.findtext(f"{ATOM}updated", "").strip())


def feed_types(forms: tuple[str, ...]) -> list[str]:
    """The feed's ``type`` filter is a prefix: one poll of ``8-K`` covers ``8-K`` and ``8-K/A``."""
    return list(dict.fromkeys(form.split("/", 1)[0] for form in forms))


def watch(
    client: EdgarClient,
    out: Path,
    *,
    forms: tuple[str, ...] = DEFAULT_FORMS,
    interval: float = DEFAULT_INTERVAL,
    max_polls: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[DownloadResult]:
    """Poll the feed every ``interval`` seconds (``max_polls`` times, or forever)."""
    wanted = {f.upper() for f in forms}
    seen: deque[str] = deque(maxlen=SEEN_LIMIT)
    polls = 0
    while max_polls is None or polls < max_polls:
        if polls:
            sleep(interval)
        pages = MAX_FEED_PAGES if polls else 1  # the first poll takes what is there, no backlog
        polls += 1
        for entry in _poll(client, forms, set(seen), pages):
            if entry.form.upper() in wanted and entry.accession not in seen:
                seen.append(entry.accession)
                yield download_submission(client, entry.ref(), out)


def _poll(client: EdgarClient, forms: tuple[str, ...], seen: set[str], pages: int) -> list[FeedEntry]:
    entries: list[FeedEntry] = []
    for form in feed_types(forms):
        for page in range(pages):
            url = client.urls.current_feed(form, start=page * FEED_PAGE, count=FEED_PAGE)
            found = parse_feed(client.get(url), name=url)
            entries.extend(found)
            if len(found) < FEED_PAGE or any(e.accession in seen for e in found):
                break
    return sorted(dict((e.accession, e) for e in entries).values(), key=lambda e: e.updated)


def summarize(path: Path) -> str:
    """One line per filing, from :func:`eightk.process`: accession, form, date, registrant, items."""
    from ...process import process

    try:
        record = process(path.read_bytes(), name=path.name)
    except EightKError as exc:
        return f"{path.name}: error: {exc}"
    except OSError as exc:
        return f"{path.name}: error: {exc.strerror or exc}"
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop a long-running watch
        # Reported on the filing's line, never swallowed: the file is on disk to reproduce it.
        return f"{path.name}: error: parser failed: {exc.__class__.__name__}: {exc}"
    filing = record.filing
    header = filing.header
    name = filing.registrant.name or (header.filer.name if header and header.filer else None)
    items = " ".join(item.number for item in filing.items) or _header_items(header)
    return f"{filing.accession or path.stem}  {filing.form or '?'}  {filing.filed or '?'}  {name or '?'}  items {items}"


def _header_items(header) -> str:
    """Before the item extractor answers: the SGML header's ITEM INFORMATION, as EDGAR wrote it."""
    if header is None or not header.items:
        return "-"
    return "; ".join(header.items)
