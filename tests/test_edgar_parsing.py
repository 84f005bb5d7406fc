"""EDGAR listings and helpers, offline and pure: index files, submissions JSON, tickers, feed."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from eightk.errors import InputError, NotFound, ParseError
from eightk.sources.edgar.client import RetryPolicy, _retry_after, validate_user_agent
from eightk.sources.edgar.indexes import (
    FilingRef,
    parse_date,
    parse_form_index,
    parse_master_index,
    parse_submissions,
    quarters,
    select,
)
from eightk.sources.edgar.ratelimit import MAX_RATE, TokenBucket
from eightk.sources.edgar.tickers import parse_tickers, resolve_ticker
from eightk.sources.edgar.urls import EdgarUrls
from eightk.sources.edgar.watch import feed_types, parse_feed

MASTER = """Description:           Master Index of EDGAR Dissemination Feed
Last Data Received:    March 31, 2024
Comments:              webmaster@sec.gov
Anonymous FTP:         ftp://ftp.sec.gov/edgar/
Cloud HTTP:            https://www.sec.gov/Archives/




CIK|Company Name|Form Type|Date Filed|Filename
--------------------------------------------------------------------------------
1000045|NICHOLAS FINANCIAL INC|10-Q|2024-02-13|edgar/data/1000045/0000950170-24-015228.txt
320193|Apple Inc.|8-K|2024-02-01|edgar/data/320193/0000320193-24-000005.txt
320193|Apple Inc.|8-K/A|20240305|edgar/data/320193/0000320193-24-000010.txt
"""

FORM_IDX = """Description:           Master Index of EDGAR Dissemination Feed by Form Type
Last Data Received:    March 31, 2024




Form Type   Company Name                                                  CIK         Date Filed  File Name
---------------------------------------------------------------------------------------------------------------------------------------------
8-K         Apple Inc.                                                    320193      2024-02-01  edgar/data/320193/0000320193-24-000005.txt
8-K         A COMPANY WHOSE NAME IS FAR TOO LONG FOR ITS SIXTY-TWO COLUMN SLOT 1234567     2024-02-02  edgar/data/1234567/0001234567-24-000001.txt
"""


def test_urls_follow_edgar_layouts():
    urls = EdgarUrls()
    assert urls.tickers() == "https://www.sec.gov/files/company_tickers.json"
    assert urls.submissions(320193) == "https://data.sec.gov/submissions/CIK0000320193.json"
    assert urls.full_index(2024, 1) == "https://www.sec.gov/Archives/edgar/full-index/2024/QTR1/master.idx"
    assert urls.daily_index(date(2024, 5, 2)) == "https://www.sec.gov/Archives/edgar/daily-index/2024/QTR2/master.20240502.idx"
    assert (
        urls.submission_txt(320193, "0000320193-24-000005")
        == "https://www.sec.gov/Archives/edgar/data/320193/000032019324000005/0000320193-24-000005.txt"
    )
    assert "action=getcurrent&type=8-K" in urls.current_feed() and "output=atom" in urls.current_feed()
    mock = EdgarUrls.from_base("http://127.0.0.1:9/")
    assert mock.submissions(1) == "http://127.0.0.1:9/submissions/CIK0000000001.json"


def test_master_index_reads_both_date_spellings():
    refs = parse_master_index(MASTER)
    assert [r.accession for r in refs] == ["0000950170-24-015228", "0000320193-24-000005", "0000320193-24-000010"]
    assert refs[2] == FilingRef(320193, "0000320193-24-000010", "8-K/A", date(2024, 3, 5), "Apple Inc.")


def test_form_index_survives_a_company_name_overrunning_its_column():
    refs = parse_form_index(FORM_IDX)
    assert [(r.cik, r.form, r.filed) for r in refs] == [(320193, "8-K", date(2024, 2, 1)), (1234567, "8-K", date(2024, 2, 2))]


def test_broken_index_line_names_the_line():
    with pytest.raises(ParseError, match="master.idx: .* at line 12"):
        parse_master_index(MASTER.replace("|10-Q|2024-02-13|", "|10-Q|"))


def test_select_keeps_wanted_forms_in_range_oldest_first():
    refs = parse_master_index(MASTER)
    chosen = select(refs, ("8-K", "8-K/A"), date(2024, 1, 1), date(2024, 3, 31))
    assert [r.form for r in chosen] == ["8-K", "8-K/A"]
    assert select(refs, ("8-K",), date(2024, 2, 2), None) == []


def test_submissions_json_recent_and_older_pages():
    data = {
        "cik": "320193",
        "name": "Apple Inc.",
        "filings": {
            "recent": {
                "accessionNumber": ["0000320193-24-000005", "0000320193-24-000001"],
                "form": ["8-K", "10-Q"],
                "filingDate": ["2024-02-01", "2024-01-10"],
                "reportDate": ["2024-02-01", ""],
                "items": ["2.02,9.01", ""],
            },
            "files": [{"name": "CIK0000320193-submissions-001.json", "filingFrom": "1994-01-26", "filingTo": "2014-05-12"}],
        },
    }
    refs, pages = parse_submissions(data)
    assert refs[0].items == "2.02,9.01" and refs[1].report_date is None
    assert pages[0].overlaps(date(2010, 1, 1), None) and not pages[0].overlaps(date(2015, 1, 1), None)


def test_quarters_span_years():
    assert quarters(date(2023, 11, 5), date(2024, 4, 1)) == [(2023, 4), (2024, 1), (2024, 2)]


def test_tickers_normalise_class_shares():
    table = parse_tickers({"0": {"cik_str": 1067983, "ticker": "BRK-B", "title": "Berkshire"}})
    assert resolve_ticker(table, "brk.b") == 1067983
    with pytest.raises(NotFound, match="unknown ticker 'NOPE'"):
        resolve_ticker(table, "NOPE")


def test_atom_feed_entries():
    feed = b"""<?xml version="1.0" encoding="ISO-8859-1" ?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Latest Filings</title>
<entry><title>8-K - Apple Inc. (0000320193) (Filer)</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/320193/000032019324000123/0000320193-24-000123-index.htm"/>
<updated>2024-11-01T16:30:25-04:00</updated>
<category scheme="https://www.sec.gov/" label="form type" term="8-K"/>
<id>urn:tag:sec.gov,2008:accession-number=0000320193-24-000123</id></entry></feed>"""
    (entry,) = parse_feed(feed)
    assert (entry.accession, entry.cik, entry.form, entry.company) == ("0000320193-24-000123", 320193, "8-K", "Apple Inc.")
    assert entry.ref().filed == date(2024, 11, 1)
    assert feed_types(("8-K", "8-K/A")) == ["8-K"]
    with pytest.raises(ParseError, match="not an Atom feed"):
        parse_feed(b"<html>")


@pytest.mark.parametrize("bad", [None, "", "   ", "Jane Doe", "jane at example dot com"])
def test_identity_needs_an_email(bad):
    with pytest.raises(InputError, match="--user-agent") as info:
        validate_user_agent(bad)
    assert "@example.com" in str(info.value)  # the message shows an example


def test_identity_accepted():
    assert validate_user_agent(" Jane Doe jane.doe@example.com ") == "Jane Doe jane.doe@example.com"


def test_retry_after_seconds_and_http_date():
    assert _retry_after(httpx.Response(429, headers={"Retry-After": "7"})) == 7.0
    assert _retry_after(httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    far = "Fri, 01 Jan 2100 00:00:00 GMT"
    assert _retry_after(httpx.Response(503, headers={"Retry-After": far})) > 1e9
    assert _retry_after(httpx.Response(503)) is None


def test_backoff_doubles_with_jitter_and_a_cap():
    import random

    policy = RetryPolicy(base_delay=1.0, max_delay=8.0)
    rng = random.Random(1)
    delays = [policy.backoff(n, rng) for n in range(6)]
    for n, delay in enumerate(delays):
        full = min(8.0, 2**n)
        assert full / 2 <= delay <= full


def test_bucket_spaces_requests_and_refuses_more_than_ten_per_second():
    now = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    bucket = TokenBucket(10, clock=lambda: now[0], sleep=sleep)
    stamps = []
    for _ in range(25):
        bucket.acquire()
        stamps.append(now[0])
    assert max(sum(1 for t in stamps if s <= t < s + 1.0) for s in stamps) <= MAX_RATE
    bucket.pause(5.0)
    bucket.acquire()
    assert now[0] >= stamps[-1] + 5.0
    with pytest.raises(InputError, match="above EDGAR's fair-access limit of 10"):
        TokenBucket(11)
    with pytest.raises(InputError):
        bucket.set_rate(0)


def test_parse_date():
    assert parse_date("20240315") == parse_date("2024-03-15") == date(2024, 3, 15)
    with pytest.raises(ParseError):
        parse_date("2024-13-01")


def test_daily_listing_names_both_eras():
    from eightk.sources.edgar.indexes import parse_daily_listing

    listing = {
        "directory": {
            "item": [
                {"name": "company.20240102.idx", "type": "file"},
                {"name": "master.20240103.idx", "type": "file"},
                {"name": "master.20240102.idx", "type": "file"},
                {"name": "master.940103.idx", "type": "file"},
                {"name": "sitemap.quarterlyindex1.xml", "type": "file"},
            ]
        }
    }
    assert parse_daily_listing(listing) == [
        (date(1994, 1, 3), "master.940103.idx"),
        (date(2024, 1, 2), "master.20240102.idx"),
        (date(2024, 1, 3), "master.20240103.idx"),
    ]
    with pytest.raises(ParseError, match="no directory.item"):
        parse_daily_listing({"items": []})


def test_summary_reports_a_parser_failure_on_its_line(tmp_path, monkeypatch):
    import sys

    from eightk.sources.edgar.watch import summarize

    process_module = sys.modules["eightk.process"]  # the attribute eightk.process is the function

    path = tmp_path / "0000320193-24-000005.txt"
    path.write_bytes(b"<SEC-DOCUMENT>")

    def broken(raw, *, name=None):
        raise KeyError("cover")

    monkeypatch.setattr(process_module, "process", broken)
    assert summarize(path) == "0000320193-24-000005.txt: error: parser failed: KeyError: 'cover'"
