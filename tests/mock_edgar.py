"""A mock EDGAR on 127.0.0.1: real HTTP, real files, faults on demand.

Serves what the real EDGAR serves, in its layouts, built from the complete submissions in
``../shared/corpus/filings`` (index entries come from their SGML headers):

- ``/files/company_tickers.json``
- ``/submissions/CIK##########.json`` (``filings.recent`` + ``filings.files[]`` older pages)
- ``/Archives/edgar/full-index/YYYY/QTRn/{master,form}.idx``
- ``/Archives/edgar/daily-index/YYYY/QTRn/{master,form}.YYYYMMDD.idx``
- ``/Archives/edgar/data/<cik>/<accession-no-dashes>/<accession>.txt`` (and without the folder)
- ``/cgi-bin/browse-edgar?action=getcurrent&type=8-K&...&output=atom``

ETag / Last-Modified with 304s, gzip when asked, a 403 for a request without a declared
identity, and faults: ``429`` (with Retry-After), ``503``, ``500``, ``slow``, ``truncate`` (short
body under a full Content-Length), ``truncate_nolength`` (short body, connection closed),
``reset`` (TCP RST, no response), ``threshold403`` / ``threshold200`` (the rate-threshold page).
Every request's arrival time is recorded for the rate check.

    with MockEdgar() as edgar:
        edgar.inject("429", count=3, retry_after=1)
        ... EIGHTK_EDGAR_URL=edgar.url ...
        edgar.max_in_window(1.0)

Run it by hand: ``python tests/mock_edgar.py`` prints its URL and serves until interrupted.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import io
import json
import random
import re
import socket
import struct
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FILINGS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "filings"
FAULT_KINDS = ("429", "503", "500", "slow", "stall", "truncate", "truncate_nolength", "reset", "threshold403", "threshold200")
#: Faults for ``chaos()``: all but ``stall``, which waits for the test to release it.
CHAOS_KINDS = tuple(k for k in FAULT_KINDS if k != "stall")
LAST_MODIFIED = "Mon, 01 Jan 2024 00:00:00 GMT"
THRESHOLD_PAGE = (
    b"<!DOCTYPE html><html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head>"
    b"<body><h1>Request Rate Threshold Exceeded</h1><p>To allow for equitable access to all users, "
    b"SEC reserves the right to limit requests originating from any single IP address.</p></body></html>"
)
UNDECLARED_PAGE = (
    b"<!DOCTYPE html><html><head><title>SEC.gov | Your Request Originates from an Undeclared "
    b"Automated Tool</title></head><body><h1>Your Request Originates from an Undeclared Automated "
    b"Tool</h1></body></html>"
)
KNOWN_TICKERS = {320193: "AAPL", 19617: "JPM", 66740: "MMM", 1018724: "AMZN", 51253: "IFF"}
#: A 10-Q row in every index, so that form filtering is exercised (it has no file behind it).
DECOY_CIK, DECOY_FORM = 1, "10-Q"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_HEADER = {
    "accession": re.compile(rb"ACCESSION NUMBER:\s*(\d{10}-\d{2}-\d{6})"),
    "form": re.compile(rb"CONFORMED SUBMISSION TYPE:\s*(\S+)"),
    "filed": re.compile(rb"FILED AS OF DATE:\s*(\d{8})"),
    "period": re.compile(rb"CONFORMED PERIOD OF REPORT:\s*(\d{8})"),
    "company": re.compile(rb"COMPANY CONFORMED NAME:\s*([^\r\n]+)"),
    "cik": re.compile(rb"CENTRAL INDEX KEY:\s*(\d+)"),
}


@dataclass(frozen=True)
class MockFiling:
    cik: int
    accession: str
    form: str
    filed: date
    period: str
    company: str
    body: bytes = field(repr=False)

    @property
    def filename(self) -> str:
        return f"edgar/data/{self.cik}/{self.accession}.txt"


@dataclass(frozen=True)
class Fault:
    kind: str
    path: str | None = None  # only requests whose path contains this
    retry_after: str | None = None
    delay: float = 0.0


@dataclass(frozen=True)
class Request:
    """One request as the server saw it; ``status`` 0 means the connection was reset."""

    t: float  # time.monotonic() at arrival
    path: str
    user_agent: str
    status: int
    fault: str | None


def corpus_submissions(folder: Path = FILINGS) -> list[Path]:
    """Every complete submission (``<SEC-DOCUMENT>`` ... ``</SEC-DOCUMENT>``) in the corpus."""
    found = []
    for path in sorted(folder.rglob("*.txt")):
        head = path.read_bytes()[:4096]
        if b"<SEC-DOCUMENT>" in head and b"ACCESSION NUMBER:" in head:
            found.append(path)
    return found


@functools.lru_cache(maxsize=None)
def read_filing(path: Path) -> MockFiling:
    body = path.read_bytes()
    head = body[:30000]
    values = {}
    for key, pattern in _HEADER.items():
        match = pattern.search(head)
        values[key] = match.group(1).decode("latin-1").strip() if match else ""
    filed = datetime.strptime(values["filed"], "%Y%m%d").date()
    return MockFiling(int(values["cik"]), values["accession"], values["form"], filed, values["period"], values["company"], body)


def synthetic_copies(filings: list[MockFiling], copies: int) -> list[MockFiling]:
    """``copies`` more of each filing under fresh accession numbers (same length, same dates)."""
    out = []
    serial = 0
    for filing in filings:
        for _ in range(copies):
            serial += 1
            accession = f"{9_900_000_000 + serial:010d}-{filing.accession[11:13]}-{serial:06d}"
            body = filing.body.replace(filing.accession.encode(), accession.encode())
            body = body.replace(filing.accession.replace("-", "").encode(), accession.replace("-", "").encode())
            out.append(replace(filing, accession=accession, body=body))
    return out


@functools.lru_cache(maxsize=None)
def corpus_filings() -> tuple[MockFiling, ...]:
    return tuple(read_filing(p) for p in corpus_submissions())


class MockEdgar:
    """The server. Start with ``with MockEdgar() as edgar:``; ``edgar.url`` is its base URL."""

    def __init__(
        self,
        paths: list[Path] | None = None,
        *,
        copies: int = 0,
        recent_limit: int = 3,
        gzip_bodies: bool = True,
        feed_count: int = 100,
    ):
        base = [read_filing(p) for p in paths] if paths is not None else list(corpus_filings())
        self.filings: dict[str, MockFiling] = {f.accession: f for f in base + synthetic_copies(base, copies)}
        self.recent_limit = recent_limit
        self.gzip_bodies = gzip_bodies
        self.feed_count = feed_count
        self.hidden_from_feed: set[str] = set()
        self.requests: list[Request] = []
        self._faults: list[Fault] = []
        self._chaos: tuple[float, tuple[str, ...], random.Random, str | None] | None = None
        self.errors: list[str] = []  # handler exceptions (clients hanging up), kept off stderr
        self.stalled = threading.Event()
        self.stall_released = threading.Event()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> "MockEdgar":
        handler = type("Handler", (_Handler,), {"mock": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.mock = self
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "MockEdgar":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- faults -----------------------------------------------------------------------------

    def inject(self, kind: str, count: int = 1, *, path: str | None = None, retry_after: str | int | None = None, delay: float = 0.0) -> None:
        """Answer the next ``count`` matching requests with fault ``kind`` (FIFO)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {FAULT_KINDS}")
        ra = None if retry_after is None else str(retry_after)
        with self._lock:
            self._faults.extend(Fault(kind, path, ra, delay) for _ in range(count))

    def chaos(self, rate: float, kinds: tuple[str, ...] = CHAOS_KINDS, *, seed: int = 0, retry_after: str | None = "1") -> None:
        """Answer a random ``rate`` share of requests with a random fault from ``kinds``."""
        self._chaos = (rate, kinds, random.Random(seed), retry_after)

    def release_stall(self) -> None:
        self.stall_released.set()

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for i, fault in enumerate(self._faults):
                if fault.path is None or fault.path in path:
                    return self._faults.pop(i)
            if self._chaos:
                rate, kinds, rng, retry_after = self._chaos
                if rng.random() < rate:
                    return Fault(rng.choice(kinds), retry_after=retry_after, delay=0.3)
        return None

    # -- measurements -----------------------------------------------------------------------

    def record(self, request: Request) -> int:
        with self._lock:
            self.requests.append(request)
            return len(self.requests) - 1

    def _finish(self, index: int, status: int) -> None:
        with self._lock:
            self.requests[index] = replace(self.requests[index], status=status)

    def max_in_window(self, window: float = 1.0) -> int:
        """Most requests that arrived within any ``window`` seconds (a sliding window)."""
        times = sorted(r.t for r in self.requests)
        best, lo = 0, 0
        for hi, t in enumerate(times):
            while t - times[lo] >= window:
                lo += 1
            best = max(best, hi - lo + 1)
        return best

    def count(self, path_part: str = "") -> int:
        return sum(1 for r in self.requests if path_part in r.path)

    # -- content ----------------------------------------------------------------------------

    def companies(self) -> dict[int, list[MockFiling]]:
        by_cik: dict[int, list[MockFiling]] = defaultdict(list)
        for filing in self.filings.values():
            by_cik[filing.cik].append(filing)
        return by_cik

    def tickers(self) -> dict[str, int]:
        out = {}
        for cik in sorted(self.companies()):
            out[KNOWN_TICKERS.get(cik, f"C{cik}")] = cik
        return out

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes, str]:
        for pattern, method in _ROUTES:
            match = pattern.fullmatch(path)
            if match:
                return getattr(self, method)(*match.groups(), query=query)
        return 404, b"<html><body>Not Found</body></html>", "text/html"

    def _tickers_json(self, *, query) -> tuple[int, bytes, str]:
        rows = {}
        for i, (ticker, cik) in enumerate(self.tickers().items()):
            title = self.companies()[cik][0].company
            rows[str(i)] = {"cik_str": cik, "ticker": ticker, "title": title}
        return 200, json.dumps(rows).encode(), "application/json"

    def _company_filings(self, cik: int) -> list[MockFiling]:
        return sorted(self.companies().get(cik, []), key=lambda f: (f.filed, f.accession), reverse=True)

    def _submissions(self, cik: str, *, query) -> tuple[int, bytes, str]:
        filings = self._company_filings(int(cik))
        if not filings:
            return 404, b"<html>NoSuchKey</html>", "text/html"
        recent, older = filings[: self.recent_limit], filings[self.recent_limit :]
        files = []
        if older:
            files.append(
                {
                    "name": f"CIK{int(cik):010d}-submissions-001.json",
                    "filingCount": len(older),
                    "filingFrom": older[-1].filed.isoformat(),
                    "filingTo": older[0].filed.isoformat(),
                }
            )
        data = {
            "cik": str(int(cik)),
            "entityType": "operating",
            "name": filings[0].company,
            "tickers": [t for t, c in self.tickers().items() if c == int(cik)],
            "filings": {"recent": _columns(recent), "files": files},
        }
        return 200, json.dumps(data).encode(), "application/json"

    def _submissions_page(self, cik: str, page: str, *, query) -> tuple[int, bytes, str]:
        filings = self._company_filings(int(cik))[self.recent_limit :]
        if page != "001" or not filings:
            return 404, b"<html>NoSuchKey</html>", "text/html"
        return 200, json.dumps(_columns(filings)).encode(), "application/json"

    def _in_quarter(self, year: str, quarter: str) -> list[MockFiling]:
        q = int(quarter)
        return [f for f in self.filings.values() if f.filed.year == int(year) and (f.filed.month - 1) // 3 + 1 == q]

    def _full_index(self, year: str, quarter: str, kind: str, *, query) -> tuple[int, bytes, str]:
        filings = self._in_quarter(year, quarter)
        if not filings:
            return 404, b"<html>NoSuchKey</html>", "text/html"
        decoy = date(int(year), (int(quarter) - 1) * 3 + 1, 2)
        return 200, _index(kind, filings, decoy, daily=False), "text/plain"

    def _daily_index(self, year: str, quarter: str, kind: str, day: str, *, query) -> tuple[int, bytes, str]:
        when = datetime.strptime(day, "%Y%m%d").date()
        filings = [f for f in self._in_quarter(year, quarter) if f.filed == when]
        if not filings:
            return 404, b"<html>NoSuchKey</html>", "text/html"
        return 200, _index(kind, filings, when, daily=True), "text/plain"

    def _daily_listing(self, year: str, quarter: str, *, query) -> tuple[int, bytes, str]:
        days = sorted({f.filed for f in self._in_quarter(year, quarter)})
        if not days:
            return 404, b"<html>NoSuchKey</html>", "text/html"
        items = [
            {"last-modified": f"{d:%m/%d/%Y} 10:00:00 PM", "name": f"{kind}.{d:%Y%m%d}.idx", "type": "file", "href": f"{kind}.{d:%Y%m%d}.idx", "size": "1 KB"}
            for d in days
            for kind in ("company", "form", "master")
        ]
        listing = {"directory": {"item": items, "name": f"daily-index/{year}/QTR{quarter}/", "parent-dir": "../"}}
        return 200, json.dumps(listing).encode(), "application/json"

    def _submission(self, cik: str, folder: str | None, accession: str, *, query) -> tuple[int, bytes, str]:
        filing = self.filings.get(accession)
        if not filing or filing.cik != int(cik) or (folder and folder != accession.replace("-", "")):
            return 404, b"<html>NoSuchKey</html>", "text/html"
        return 200, filing.body, "text/plain"

    def _browse(self, *, query) -> tuple[int, bytes, str]:
        if query.get("action") != ["getcurrent"] or query.get("output") != ["atom"]:
            return 400, b"<html>unsupported</html>", "text/html"
        form = (query.get("type") or [""])[0].upper()
        count = int((query.get("count") or ["40"])[0])
        start = int((query.get("start") or ["0"])[0])
        visible = [f for f in self.filings.values() if f.accession not in self.hidden_from_feed and f.form.upper().startswith(form)]
        visible.sort(key=lambda f: (f.filed, f.accession), reverse=True)
        return 200, _atom(visible[start : start + min(count, self.feed_count)]), "application/atom+xml"


_ROUTES = [
    (re.compile(r"/files/company_tickers\.json"), "_tickers_json"),
    (re.compile(r"/submissions/CIK(\d{10})\.json"), "_submissions"),
    (re.compile(r"/submissions/CIK(\d{10})-submissions-(\d{3})\.json"), "_submissions_page"),
    (re.compile(r"/Archives/edgar/full-index/(\d{4})/QTR([1-4])/(master|form)\.idx"), "_full_index"),
    (re.compile(r"/Archives/edgar/daily-index/(\d{4})/QTR([1-4])/(master|form)\.(\d{8})\.idx"), "_daily_index"),
    (re.compile(r"/Archives/edgar/daily-index/(\d{4})/QTR([1-4])/index\.json"), "_daily_listing"),
    (re.compile(r"/Archives/edgar/data/(\d+)/(?:(\d{18})/)?(\d{10}-\d{2}-\d{6})\.txt"), "_submission"),
    (re.compile(r"/cgi-bin/browse-edgar"), "_browse"),
]


def _columns(filings: list[MockFiling]) -> dict[str, list]:
    return {
        "accessionNumber": [f.accession for f in filings],
        "filingDate": [f.filed.isoformat() for f in filings],
        "reportDate": [_iso(f.period) for f in filings],
        "form": [f.form for f in filings],
        "items": ["" for _ in filings],
        "primaryDocument": [f"{f.accession}.txt" for f in filings],
        "size": [len(f.body) for f in filings],
    }


def _iso(yyyymmdd: str) -> str:
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}" if len(yyyymmdd) == 8 else ""


def _index(kind: str, filings: list[MockFiling], decoy_day: date, *, daily: bool) -> bytes:
    rows = [(f.cik, f.company, f.form, f.filed, f.filename) for f in filings]
    rows.append((DECOY_CIK, "DECOY CORP", DECOY_FORM, decoy_day, f"edgar/data/{DECOY_CIK}/0000000001-00-000001.txt"))
    preamble = (
        "Description:           Master Index of EDGAR Dissemination Feed\n"
        f"Last Data Received:    {max(r[3] for r in rows):%B %d, %Y}\n"
        "Comments:              webmaster@sec.gov\n"
        "Anonymous FTP:         ftp://ftp.sec.gov/edgar/\n"
        "Cloud HTTP:            https://www.sec.gov/Archives/\n\n\n\n\n"
    )
    fmt_date = (lambda d: f"{d:%Y%m%d}") if daily else (lambda d: d.isoformat())
    if kind == "master":
        lines = ["CIK|Company Name|Form Type|Date Filed|Filename", "-" * 80]
        lines += [f"{cik}|{company}|{form}|{fmt_date(day)}|{name}" for cik, company, form, day, name in sorted(rows, key=lambda r: r[0])]
    else:
        lines = [f"{'Form Type':<12}{'Company Name':<62}{'CIK':<12}{'Date Filed':<12}File Name", "-" * 141]
        lines += [f"{form:<12}{company:<62}{cik:<12}{fmt_date(day):<12}{name}" for cik, company, form, day, name in sorted(rows, key=lambda r: r[2])]
    return (preamble + "\n".join(lines) + "\n").encode("latin-1", "replace")


def _atom(filings: list[MockFiling]) -> bytes:
    from xml.sax.saxutils import escape

    entries = []
    for f in filings:
        folder = f.accession.replace("-", "")
        entries.append(
            "<entry>"
            f"<title>{escape(f.form)} - {escape(f.company)} ({f.cik:010d}) (Filer)</title>"
            f'<link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/{f.cik}/{folder}/{f.accession}-index.htm"/>'
            f'<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; {f.filed.isoformat()} &lt;b&gt;AccNo:&lt;/b&gt; {f.accession}</summary>'
            f"<updated>{f.filed.isoformat()}T16:30:00-04:00</updated>"
            f'<category scheme="https://www.sec.gov/" label="form type" term="{escape(f.form)}"/>'
            f"<id>urn:tag:sec.gov,2008:accession-number={f.accession}</id>"
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="ISO-8859-1" ?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Latest Filings</title><updated>2026-01-01T00:00:00-05:00</updated>"
        + "".join(entries)
        + "</feed>"
    ).encode("latin-1", "replace")


class _Server(ThreadingHTTPServer):
    mock: MockEdgar

    def handle_error(self, request, client_address) -> None:
        """A client that hung up mid-answer is normal here (kill -9, timeouts): note it, quietly."""
        import sys

        exc = sys.exc_info()[1]
        self.mock.errors.append(f"{client_address}: {exc.__class__.__name__}: {exc}")


class _Handler(BaseHTTPRequestHandler):
    mock: MockEdgar
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without NODELAY the client's delayed ACK
        # holds the second for ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        return

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        arrived = time.monotonic()
        parts = urlsplit(self.path)
        ua = self.headers.get("User-Agent", "")
        fault = None if not _EMAIL.search(ua) else self.mock._take_fault(parts.path)
        # Recorded on arrival, so a client that has its answer always finds its request here.
        self._index = self.mock.record(Request(arrived, self.path, ua, 0, fault.kind if fault else None))
        try:
            self._answer(parts, ua, fault)
        except (BrokenPipeError, ConnectionResetError):
            self.mock._finish(self._index, -1)  # the client gave up (e.g. its timeout) mid-answer
            self.close_connection = True

    def send_response(self, code: int, message: str | None = None) -> None:
        self.mock._finish(self._index, code)  # before any byte leaves: the log is never behind
        super().send_response(code, message)

    def _answer(self, parts, ua: str, fault: Fault | None) -> int:
        if not _EMAIL.search(ua):
            return self._send(403, UNDECLARED_PAGE, "text/html")
        if fault:
            handled = self._fault(fault)
            if handled is not None:
                return handled
        status, body, ctype = self.mock.route(parts.path, parse_qs(parts.query, keep_blank_values=True))
        if fault and fault.kind == "stall" and status == 200:
            return self._stalled(body, ctype, fault.delay)
        if fault and fault.kind in ("truncate", "truncate_nolength") and status == 200:
            return self._truncated(body, ctype, with_length=fault.kind == "truncate")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", ctype, etag=etag)
        return self._send(status, body, ctype, etag=etag if status == 200 else None)

    def _fault(self, fault: Fault) -> int | None:
        kind = fault.kind
        if kind == "slow":
            time.sleep(fault.delay or 0.5)
            return None
        if kind == "reset":
            self.close_connection = True
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.rfile.close()
            self.wfile.close()
            self.connection.close()  # with SO_LINGER 0: a TCP RST, no response at all
            self.wfile = io.BytesIO()  # the stdlib flushes wfile after us
            return 0
        if kind in ("429", "503", "500"):
            headers = {"Retry-After": fault.retry_after} if fault.retry_after and kind != "500" else {}
            return self._send(int(kind), f"<html>{kind}</html>".encode(), "text/html", extra=headers)
        if kind in ("threshold403", "threshold200"):
            return self._send(403 if kind == "threshold403" else 200, THRESHOLD_PAGE, "text/html")
        return None

    def _stalled(self, body: bytes, ctype: str, delay: float) -> int:
        """Half the body, a pause (until ``delay`` or ``release_stall()``), then the rest."""
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.mock.stalled.set()
        self.mock.stall_released.wait(delay)
        try:
            self.wfile.write(body[len(body) // 2 :])
        except OSError:
            self.close_connection = True
        return 200

    def _truncated(self, body: bytes, ctype: str, *, with_length: bool) -> int:
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if with_length:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        return 200

    def _send(self, status: int, body: bytes, ctype: str, *, etag: str | None = None, extra: dict | None = None) -> int:
        encoded = body
        gzipped = self.mock.gzip_bodies and "gzip" in self.headers.get("Accept-Encoding", "") and body
        if gzipped:
            encoded = gzip.compress(body, compresslevel=1)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if status != 304:
            self.send_header("Content-Length", str(len(encoded)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if status != 304:
            self.wfile.write(encoded)
        return status


def main(argv: list[str] | None = None) -> None:
    """Serve until SIGTERM/SIGINT; with ``--log FILE``, write every request (JSON lines) on exit."""
    import argparse
    import signal

    parser = argparse.ArgumentParser(description="A mock EDGAR on 127.0.0.1.")
    parser.add_argument("--copies", type=int, default=0, help="synthetic copies of each corpus filing")
    parser.add_argument("--chaos", type=float, default=0.0, help="share of requests answered with a fault")
    parser.add_argument("--retry-after", default="1", help="Retry-After sent with chaos 429/503")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--log", type=Path, help="write the request log here on exit")
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with MockEdgar(copies=args.copies) as server:
        if args.chaos:
            server.chaos(args.chaos, seed=args.seed, retry_after=args.retry_after)
        print(server.url, flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    if args.log:
        with open(args.log, "w") as fh:
            for r in server.requests:
                fh.write(json.dumps({"t": r.t, "path": r.path, "status": r.status, "fault": r.fault}) + "\n")


if __name__ == "__main__":
    main()
