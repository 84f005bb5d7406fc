"""Press-release anatomy: the seed's gold press release matched field by field, the dateline and
ticker forms of the wire services, and graceful degradation on documents that are no release."""

from __future__ import annotations

import json
import time

import pytest

import eightk
from eightk.extract.press.dateline import find_dateline
from eightk.extract.press.sections import find_tickers
from eightk.extract.press_release import find_press_releases
from eightk.records import Checkboxes, Document, Filing, Registrant

from conftest import CORPUS, FILINGS, SEED_GOLD


def _filing(text: str, kind: str = "text") -> Filing:
    doc = Document(1, "EX-99.1", None, None, kind, text)
    return Filing(None, None, None, None, Registrant(), Checkboxes(), None, (), (), (), None, (doc,))


def _one(text: str):
    (release,) = find_press_releases(_filing(text))
    return release


@pytest.fixture(scope="module")
def seed_release(seed_bytes):
    record = eightk.process(seed_bytes, name="immunogen-8k-2007-07-31.txt")
    (release,) = find_press_releases(record.filing)
    return record.filing.document(release.document).text, release


@pytest.fixture(scope="module")
def gold():
    return json.loads(SEED_GOLD.read_text())["press_release"]


def test_seed_headline_subheadline_dateline(seed_release, gold):
    text, pr = seed_release
    assert pr.headline == gold["headline"]
    assert pr.subheadline == gold["subheadline"]
    d = pr.dateline
    assert (d.city, d.region, d.date) == tuple(gold["dateline"][k] for k in ("city", "region", "date"))
    assert text[pr.evidence["headline"].start : pr.evidence["headline"].end] == gold["headline"]
    assert text[d.span.start : d.span.end].startswith("CAMBRIDGE, MA, July 31, 2007")


def test_seed_tickers_contacts(seed_release, gold):
    _, pr = seed_release
    assert [{"exchange": t.exchange, "symbol": t.symbol} for t in pr.tickers] == gold["tickers"]
    got = [{k: getattr(c, k) for k in ("role", "name", "title", "organization", "phone", "email")} for c in pr.contacts]
    assert got == gold["contacts"]


def test_seed_quote_about_safe_harbor_trademark(seed_release, gold):
    text, pr = seed_release
    (quote,) = pr.quotes
    (want,) = gold["quotes"]
    assert (quote.speaker, quote.speaker_title) == (want["speaker"], want["speaker_title"])
    assert quote.text.startswith(want["starts_with"])
    assert [a.heading for a in pr.about] == gold["about"]
    fls = text[pr.forward_looking.start : pr.forward_looking.end]
    assert fls.startswith(gold["forward_looking"]["starts_with"]) and fls.endswith("Exchange Commission.")
    assert [{"mark": t.mark, "owner": t.owner} for t in pr.trademarks] == gold["trademarks"]


def test_seed_every_span_is_inside_the_release(seed_release):
    text, pr = seed_release
    spans = [pr.dateline.span, pr.forward_looking, *pr.evidence.values()]
    spans += [x.span for x in (*pr.tickers, *pr.contacts, *pr.quotes, *pr.about, *pr.trademarks)]
    for span in spans:
        assert pr.span.start <= span.start < span.end <= pr.span.end
    assert text[pr.span.start :].startswith("IMMUNOGEN, INC.")  # after the exhibit index


@pytest.mark.parametrize(
    "line, want",
    [
        ("CAMBRIDGE, Mass., July 31, 2007 /PRNewswire/ -- X", ("Cambridge", "Mass.", "2007-07-31")),
        ("INDIANAPOLIS, Jan. 7, 2019 /PRNewswire/ -- X", ("Indianapolis", None, "2019-01-07")),
        ("NEW YORK, NY / ACCESSWIRE / May 1, 2025 / X", ("New York", "NY", "2025-05-01")),
        ("SOUTH SAN FRANCISCO, Calif.--(BUSINESS WIRE)--Jan. 7, 2019--X", ("South San Francisco", "Calif.", "2019-01-07")),
        ("* INDIANAPOLISandSTAMFORD, Conn.,Jan. 7, 2019// -- * *X", ("Indianapolis and Stamford", "Conn.", "2019-01-07")),
        (" SILICON VALLEY, CA - July 24, 2025 (NEWMEDIAWIRE) - X", ("Silicon Valley", "CA", "2025-07-24")),
        ("CAMBRIDGE, Mass.— July 24, 2023 —\nX", ("Cambridge", "Mass.", "2023-07-24")),
    ],
)
def test_dateline_forms(line, want):
    d = find_dateline(line, 1)
    assert (d.city, d.region, d.date) == want


def test_no_dateline_in_8k_prose():
    assert find_dateline("ITEM 8.01 OTHER EVENTS\n\nOn July 31, 2007, ImmunoGen, Inc. issued", 1) is None
    assert find_dateline("CAMBRIDGE, MA, February 30, 2007 — X", 1) is None  # no such day


@pytest.mark.parametrize(
    "printed, want",
    [
        ("(Nasdaq: IMGN)", ("Nasdaq", "IMGN")),
        ("NYSE: MRK", ("NYSE", "MRK")),
        ("(NASDAQ:ALNY)", ("NASDAQ", "ALNY")),
        ("(NYSE: LLY)", ("NYSE", "LLY")),
        ("(Nasdaq GM: IXHL)", ("Nasdaq GM", "IXHL")),
    ],
)
def test_ticker_forms(printed, want):
    (t,) = find_tickers(printed, 1, 0, len(printed))
    assert (t.exchange, t.symbol) == want and printed[t.span.start : t.span.end].endswith(want[1])


def test_quote_said_after_with_multi_paragraph_continuation():
    text = (
        "BOSTON, MA, May 1, 2020 — Acme Inc. today announced results.\n\n"
        "“We are pleased with these first results in patients,” said Dr. Jane Q. Doe, chief executive "
        "officer of Acme. “The data support moving ahead.\n\n“We expect more data later this year.”\n\n"
        "About Acme\n\nAcme makes medicines.\n"
    )
    (quote,) = _one(text).quotes
    assert (quote.speaker, quote.speaker_title) == ("Jane Q. Doe", "chief executive officer of Acme")
    assert quote.text.startswith("We are pleased") and "later this year" in quote.text


def test_glued_said_and_degrees():
    text = (
        "INDIANAPOLIS,May 8, 2020// -- Lilly today announced data. \"We are very excited about the "
        "progress of this program,\" saidDaniel Skovronsky, M.D., Ph.D., Lilly's chief scientific officer. "
        "**About Lilly** Lilly is a company."
    )
    (quote,) = _one(text).quotes
    assert quote.speaker == "Daniel Skovronsky"
    assert quote.speaker_title == "Lilly's chief scientific officer"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "| 2024 | 2023 |\n| --- | --- |\n| Revenue | 1,234 |\n" * 50,
        "NOTHING BUT CAPITALS HERE, NO RELEASE AT ALL, JULY 2007\n" * 20,
        "Ã¢â‚¬Å“mojibake Ã¢â‚¬Â today announced â€” About Foo\n" * 30,
    ],
)
def test_not_a_release_degrades_to_nothing(text):
    assert find_press_releases(_filing(text)) == ()


def test_release_without_dateline_or_quotes():
    text = "Acme Reports Results For The Quarter\n\nAcme Inc. today announced revenue.\n\nAbout Acme\n\nAcme sells.\n"
    pr = _one(text)
    assert pr.dateline is None and pr.quotes == () and pr.headline == "Acme Reports Results For The Quarter"


def test_financial_supplement_is_fast_and_quiet():
    (path,) = sorted((FILINGS / "IMTorgOpenDataTools-sec-edgar-extractor").glob("a2q21erfex992supplement.htm"))
    record = eightk.process(path.read_bytes(), name=path.name)
    started = time.perf_counter()
    releases = find_press_releases(record.filing)
    elapsed = time.perf_counter() - started
    assert releases == ()
    assert elapsed >= 0  # timing is reported by bench/, never asserted


def test_html_exhibit_through_process():
    (path,) = (CORPUS / "bio").glob("Rania334*d448801dex991.htm")
    record = eightk.process(path.read_bytes(), name=path.name)
    (pr,) = find_press_releases(record.filing)
    assert pr.headline.startswith("Alnylam Announces Partnership with Roche")
    assert (pr.dateline.city, pr.dateline.date) == ("Cambridge", "2023-07-24")
    assert [(t.exchange, t.symbol) for t in pr.tickers] == [("Nasdaq", "ALNY")]
    assert [q.speaker for q in pr.quotes] == ["Yvonne Greenstreet", "Teresa Graham"]
    assert [c.name for c in pr.contacts] == ["Christine Regan Lindenboom", "Josh Brodsky"]
