"""The EDGAR client against the mock: every fault recovered, every byte as served, no half files."""

from __future__ import annotations

import errno
import socket

import pytest

from edgar_fixtures import FAST_RETRY, IDENTITY, client, edgar, unlimited  # noqa: F401 - fixtures
from eightk.errors import EightKError, FetchError, NotFound
from eightk.sources.edgar import client as client_module
from eightk.sources.edgar.client import EdgarClient
from eightk.sources.edgar.download import download_submission, part_path, submission_fault, submission_path
from eightk.sources.edgar.indexes import FilingRef
from eightk.sources.edgar.urls import EdgarUrls

# Apple's 2019-11-15 8-K (jadchaar-sec-edgar-downloader/aapl-8k-20191115.txt), gzip-served.
APPLE = "0001193125-19-292676"


def _ref(edgar, accession=APPLE) -> FilingRef:
    f = edgar.filings[accession]
    return FilingRef(f.cik, f.accession, f.form, f.filed)


@pytest.mark.parametrize(
    "kind", ["429", "503", "500", "truncate", "truncate_nolength", "reset", "threshold403", "threshold200"]
)
def test_download_recovers_from_each_fault_byte_identical(edgar, client, tmp_path, kind):
    edgar.inject(kind, count=2, path=".txt", retry_after=1, delay=0.05)
    result = download_submission(client, _ref(edgar), tmp_path / "out")
    assert result.fetched
    assert result.path.read_bytes() == edgar.filings[APPLE].body
    assert not part_path(result.path).exists()
    assert client.retries == 2
    if kind in ("429", "503"):
        assert client.sleeps == [1.0, 1.0]  # Retry-After honoured, not the short backoff
    if kind.startswith("threshold"):
        assert client.sleeps == [0.5, 0.5]  # the threshold pause, for the whole process
        assert client.bucket.pauses == [0.5, 0.5]


@pytest.mark.parametrize("kind", ["429", "503", "truncate", "reset", "threshold403", "threshold200"])
def test_json_get_recovers(edgar, client, kind):
    edgar.inject(kind, path="/submissions/", retry_after=0)
    data = client.get_json(client.urls.submissions(320193))
    assert data["name"] == "Apple Inc."
    assert client.retries == 1


def test_a_response_slower_than_the_timeout_is_retried(edgar, unlimited, tmp_path):
    edgar.inject("slow", path=".txt", delay=0.5)
    policy = FAST_RETRY.__class__(attempts=3, base_delay=0.001, max_delay=0.01, timeout=0.2)
    with EdgarClient(IDENTITY, urls=EdgarUrls.from_base(edgar.url), retry=policy, sleep=lambda s: None) as c:
        result = download_submission(c, _ref(edgar), tmp_path)
        assert result.path.read_bytes() == edgar.filings[APPLE].body
        assert c.retries == 1


def test_index_files_are_fetched_conditionally(edgar, client):
    url = client.urls.full_index(2019, 4)
    first = client.get(url, cache=True)
    second = client.get(url, cache=True)
    assert first == second and b"0001193125-19-292676" in first
    assert [r.status for r in edgar.requests] == [200, 304]


def test_gives_up_naming_url_and_attempts(edgar, client):
    edgar.inject("503", count=10, path="/submissions/")
    with pytest.raises(FetchError) as info:
        client.get(client.urls.submissions(320193))
    message = str(info.value)
    assert message.startswith(f"gave up on {edgar.url}/submissions/CIK0000320193.json after 5 attempts")
    assert "HTTP 503 x5" in message


def test_unreachable_host(unlimited):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with EdgarClient(IDENTITY, urls=EdgarUrls.from_base(f"http://127.0.0.1:{port}"), retry=FAST_RETRY, sleep=lambda s: None) as c:
        with pytest.raises(FetchError, match=rf"gave up on http://127.0.0.1:{port}/files/company_tickers.json after 5 attempts \(ConnectError"):
            c.get(c.urls.tickers())


def test_retry_after_beyond_the_limit_stops_with_advice(edgar, client):
    edgar.inject("429", retry_after=3600)
    with pytest.raises(FetchError, match="asked to wait 3600 s"):
        client.get(client.urls.tickers())


def test_not_found_is_not_retried(edgar, client):
    with pytest.raises(NotFound, match="not on EDGAR"):
        client.get(client.urls.submissions(999999999))
    assert len(edgar.requests) == 1


def test_complete_file_is_skipped_without_a_request(edgar, client, tmp_path):
    download_submission(client, _ref(edgar), tmp_path)
    before = len(edgar.requests)
    again = download_submission(client, _ref(edgar), tmp_path)
    assert not again.fetched and len(edgar.requests) == before


def test_truncated_file_on_disk_is_fetched_again(edgar, client, tmp_path):
    final = submission_path(tmp_path, 320193, APPLE)
    final.parent.mkdir(parents=True)
    final.write_bytes(edgar.filings[APPLE].body[:5000])
    assert "truncated" in submission_fault(final, APPLE)
    result = download_submission(client, _ref(edgar), tmp_path)
    assert result.fetched and final.read_bytes() == edgar.filings[APPLE].body


def test_old_pem_wrapped_submission_counts_as_complete(edgar, client, tmp_path):
    # 0000320193-96-000027 ends </SEC-DOCUMENT> then the PEM trailer.
    result = download_submission(client, _ref(edgar, "0000320193-96-000027"), tmp_path)
    assert submission_fault(result.path, "0000320193-96-000027") is None


def test_disk_full_is_one_clear_error_and_leaves_no_part(edgar, client, tmp_path, monkeypatch):
    class Full:
        def __init__(self, path):
            self.f = open(path, "wb")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(client_module, "_open_part", Full)
    with pytest.raises(EightKError, match=r"cannot write .*\.0001193125-19-292676\.txt\.part: No space left on device"):
        download_submission(client, _ref(edgar), tmp_path)
    assert list((tmp_path / "320193").iterdir()) == []
