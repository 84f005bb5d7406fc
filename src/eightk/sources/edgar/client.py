"""The one place bytes cross the wire: an httpx client that is a good citizen of EDGAR.

Every request carries the caller's declared identity, takes a token from the process-wide bucket
(``ratelimit``), and is retried with exponential backoff and jitter on 429, 5xx, connection
errors, timeouts, short bodies and EDGAR's "Request Rate Threshold Exceeded" page (sent with a 403
or even a 200). ``Retry-After`` is honoured and pauses the whole bucket. Index files are fetched
conditionally (ETag / If-Modified-Since) against a small on-disk cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable

import httpx

from ...errors import EightKError, FetchError, InputError, NotFound
from . import ratelimit
from .urls import EdgarUrls

USER_AGENT_EXAMPLE = 'eightk fetch --user-agent "Jane Doe jane.doe@example.com" ...'
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[A-Za-z]{2,}")
#: EDGAR's throttling page (sec.gov, 2024) carries this title, with a 403 or sometimes a 200.
RATE_THRESHOLD_MARKER = b"Request Rate Threshold Exceeded"
UNDECLARED_TOOL_MARKER = b"Undeclared Automated Tool"
#: The throttling page is ~5 KB; a 200 HTML body above this size is a real document, not it.
THRESHOLD_PAGE_MAX_BYTES = 64 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def validate_user_agent(user_agent: str | None) -> str:
    """EDGAR requires a declared identity: a name and an email address."""
    if not user_agent or not user_agent.strip():
        raise InputError(
            "EDGAR requires an identity: pass --user-agent \"Name email\" or set EIGHTK_USER_AGENT, "
            f"e.g. {USER_AGENT_EXAMPLE}"
        )
    if not _EMAIL.search(user_agent):
        raise InputError(
            f"--user-agent {user_agent.strip()!r} has no email address; EDGAR asks for \"Name email\", "
            f"e.g. {USER_AGENT_EXAMPLE}"
        )
    return user_agent.strip()


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: ``attempts`` in all, backoff ``base_delay * 2**n`` (capped, jittered)."""

    attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 60.0
    #: A Retry-After longer than this ends the run with a clear error instead of a silent wait.
    max_retry_after: float = 900.0
    timeout: float = 30.0
    #: After the rate-threshold page (which carries no Retry-After), the whole process stays quiet
    #: this long: EDGAR lifts the limit once requests stay under it for 10 minutes.
    threshold_pause: float = 600.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Equal jitter: half the capped exponential delay, plus up to the other half at random."""
        delay = min(self.max_delay, self.base_delay * 2**attempt)
        return delay / 2 + rng.uniform(0, delay / 2)


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class EdgarClient:
    """A polite EDGAR client. Use as a context manager; ``get`` bytes or ``download`` to a file."""

    def __init__(
        self,
        user_agent: str | None,
        *,
        urls: EdgarUrls | None = None,
        rate: float | None = None,
        retry: RetryPolicy | None = None,
        cache_dir: Path | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        seed: int | None = None,
    ):
        self.user_agent = validate_user_agent(user_agent)
        self.urls = urls or EdgarUrls()
        self.retry = retry or RetryPolicy()
        self.bucket = ratelimit.bucket()
        if rate is not None:
            self.bucket.set_rate(rate)
        self.cache = _IndexCache(cache_dir) if cache_dir else None
        self.requests = 0
        self.retries = 0
        self._count_lock = threading.Lock()
        self._sleep = sleep
        self._rng = random.Random(seed)
        self._http = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=self.retry.timeout,
            transport=transport,
            follow_redirects=True,
        )

    def __enter__(self) -> "EdgarClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- public -------------------------------------------------------------------------------

    def get(self, url: str, *, cache: bool = False) -> bytes:
        """The body at ``url``; with ``cache``, a conditional request answered from disk on 304."""
        return self._with_retries(url, lambda: self._get_once(url, cache and self.cache is not None))

    def get_json(self, url: str, *, cache: bool = False) -> object:
        """Decoded JSON; a body that does not parse (cut short without a Content-Length) is retried."""
        cached = cache and self.cache is not None

        def once() -> object:
            body = self._get_once(url, cached)
            try:
                return json.loads(body)
            except ValueError as exc:
                if cached:
                    self.cache.drop(url)
                raise _Retryable(f"not JSON ({exc})") from None

        return self._with_retries(url, once)

    def download(self, url: str, dest: Path, verify: Callable[[Path], str | None]) -> int:
        """Stream ``url`` into ``dest`` (overwritten each attempt) until ``verify`` finds no fault.

        Returns the bytes written. ``OSError`` from writing (disk full) is not retried.
        """
        return self._with_retries(url, lambda: self._download_once(url, dest, verify))

    # -- retries ------------------------------------------------------------------------------

    def _with_retries(self, url: str, once: Callable[[], object]):
        reasons: list[str] = []
        for attempt in range(self.retry.attempts):
            try:
                return once()
            except _Retryable as exc:
                reasons.append(exc.reason)
                if attempt + 1 == self.retry.attempts:
                    break
                self._wait(url, attempt, exc.retry_after)
                with self._count_lock:
                    self.retries += 1
        tried = "; ".join(_counted(reasons))
        raise FetchError(f"gave up on {url} after {len(reasons)} attempts ({tried})")

    def _wait(self, url: str, attempt: int, retry_after: float | None) -> None:
        if retry_after is not None:
            if retry_after > self.retry.max_retry_after:
                raise FetchError(
                    f"EDGAR asked to wait {retry_after:.0f} s before retrying {url}, "
                    f"more than the {self.retry.max_retry_after:.0f} s allowed; try again later"
                )
            self.bucket.pause(retry_after)
            self._sleep(retry_after)
            return
        self._sleep(self.retry.backoff(attempt, self._rng))

    # -- one attempt --------------------------------------------------------------------------

    def _send(self, url: str, headers: dict[str, str] | None = None, *, stream: bool = False):
        self.bucket.acquire()
        with self._count_lock:
            self.requests += 1
        request = self._http.build_request("GET", url, headers=headers)
        try:
            return self._http.send(request, stream=stream)
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _Retryable(_describe(exc)) from None

    def _get_once(self, url: str, cached: bool) -> bytes:
        headers = self.cache.conditional_headers(url) if cached else None
        response = self._send(url, headers)
        if cached and response.status_code == 304:
            return self.cache.body(url)
        self._check(url, response, response.content)
        if cached:
            self.cache.store(url, response.content, response.headers)
        return response.content

    def _download_once(self, url: str, dest: Path, verify: Callable[[Path], str | None]) -> int:
        response = self._send(url, stream=True)
        try:
            written = self._stream_body(url, response, dest)
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _Retryable(_describe(exc)) from None
        finally:
            response.close()
        fault = verify(dest)
        if fault:
            raise _Retryable(fault)
        return written

    def _stream_body(self, url: str, response: httpx.Response, dest: Path) -> int:
        if response.status_code >= 300 or _looks_html(response):
            body = response.read()
            self._check(url, response, body)
            chunks = [body]
        else:
            chunks = response.iter_bytes()
        written = 0
        with _open_part(dest) as fh:
            for chunk in chunks:
                fh.write(chunk)
                written += len(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        expected = response.headers.get("Content-Length")
        if expected and expected.isdigit() and response.num_bytes_downloaded != int(expected):
            raise _Retryable(f"short body: {response.num_bytes_downloaded} of {expected} bytes")
        return written

    def _check(self, url: str, response: httpx.Response, body: bytes) -> None:
        """Raise for an answer that is not the document: an error status or the threshold page."""
        if _is_threshold_page(response, body) or (response.status_code == 403 and RATE_THRESHOLD_MARKER in body):
            wait = _retry_after(response)
            raise _Retryable(f"HTTP {response.status_code} rate-threshold page", self.retry.threshold_pause if wait is None else wait)
        _check_status(url, response, body)


def _open_part(path: Path):
    """The write boundary: every downloaded byte goes through this file (tests inject ENOSPC here)."""
    return open(path, "wb")


def _check_status(url: str, response: httpx.Response, body: bytes) -> None:
    status = response.status_code
    if status < 300:
        return
    if status in (404, 410):
        raise NotFound(f"not on EDGAR: {url} (HTTP {status})")
    if status in RETRY_STATUSES or 500 <= status < 600:
        raise _Retryable(f"HTTP {status}", _retry_after(response))
    if status == 403 and UNDECLARED_TOOL_MARKER in body:
        raise FetchError(f"EDGAR refused {url} as an undeclared automated tool: check --user-agent")
    raise FetchError(f"EDGAR answered HTTP {status} for {url}")


def _looks_html(response: httpx.Response) -> bool:
    return "html" in response.headers.get("Content-Type", "").lower()


def _is_threshold_page(response: httpx.Response, body: bytes) -> bool:
    return _looks_html(response) and len(body) <= THRESHOLD_PAGE_MAX_BYTES and RATE_THRESHOLD_MARKER in body


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP date."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _describe(exc: Exception) -> str:
    text = str(exc) or exc.__class__.__name__
    return f"{exc.__class__.__name__}: {text}"[:200]


def _counted(reasons: list[str]) -> list[str]:
    """``['HTTP 503', 'HTTP 503', 'ReadTimeout']`` as ``['HTTP 503 x2', 'ReadTimeout']``."""
    out: list[str] = []
    for reason in dict.fromkeys(reasons):
        count = reasons.count(reason)
        out.append(f"{reason} x{count}" if count > 1 else reason)
    return out


class _IndexCache:
    """Bodies of index files with their ETag / Last-Modified, for conditional requests."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha1(url.encode()).hexdigest()[:24]
        return self.folder / f"{key}.body", self.folder / f"{key}.json"

    def conditional_headers(self, url: str) -> dict[str, str]:
        body, meta = self._paths(url)
        if not (body.exists() and meta.exists()):
            return {}
        try:
            saved = json.loads(meta.read_text())
        except ValueError:
            return {}
        headers = {}
        if saved.get("etag"):
            headers["If-None-Match"] = saved["etag"]
        if saved.get("last_modified"):
            headers["If-Modified-Since"] = saved["last_modified"]
        return headers

    def drop(self, url: str) -> None:
        for path in self._paths(url):
            path.unlink(missing_ok=True)

    def body(self, url: str) -> bytes:
        return self._paths(url)[0].read_bytes()

    def store(self, url: str, content: bytes, headers: httpx.Headers) -> None:
        meta = {"url": url, "etag": headers.get("ETag"), "last_modified": headers.get("Last-Modified")}
        if not (meta["etag"] or meta["last_modified"]):
            return
        body, meta_path = self._paths(url)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _atomic_write(body, content)
            _atomic_write(meta_path, json.dumps(meta).encode())
        except OSError as exc:
            raise EightKError(f"cannot write the index cache {self.folder}: {exc.strerror or exc}") from None


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
