"""Money, dates, phases and parties on real phrasings (from the seed and ../shared/corpus/bio)."""

from __future__ import annotations

import pytest

from eightk.extract.dates import before, find_dates, parse_date
from eightk.extract.money import find_money, find_royalty, parse_money
from eightk.extract.parties import name_key, registrant_short, short_name
from eightk.extract.phases import find_phases, normalize_phase
from eightk.extract.sentences import sentence_at, sentences


@pytest.mark.parametrize("text, value, currency", [
    ("earned a $5 million milestone", 5_000_000, "USD"),
    ("earned a \\$5 million milestone payment", 5_000_000, "USD"),
    ("valued at approximately US$1.2 billion", 1_200_000_000, "USD"),
    ("an upfront payment of €50M", 50_000_000, "EUR"),
    ("an Upfront Cash Payment of $310 Million", 310_000_000, "USD"),
    ("a Potential Deal Value of up to $2.8 Billion", 2_800_000_000, "USD"),
    ("ProQR will receive$75 millionconsisting of an upfront payment", 75_000_000, "USD"),
    ("received an additional $100,000 licensing payment", 100_000, "USD"),
    ("a total of five million dollars", 5_000_000, "USD"),
    ("£2.5m in fees", 2_500_000, "GBP"),
    ("$1.925 billionin cash", 1_925_000_000, "USD"),
    ("USD 7.67 million", 7_670_000, "USD"),
])
def test_money_values(text, value, currency):
    money = parse_money(text)
    assert money is not None and money.value == value and money.currency == currency


def test_money_qualifier_and_several_amounts():
    found = find_money("$150 million in cash and $350 million in equity, and up to $2.8 billion")
    assert [m.money.value for m in found] == [150_000_000, 350_000_000, 2_800_000_000]
    assert found[-1].money.qualifier == "up to"


@pytest.mark.parametrize("text", ["revenue grew 12% in 2024", "Phase 3", "5,000 patients", "No. 99.1"])
def test_no_money_in_bare_numbers(text):
    assert parse_money(text) is None


def test_royalty_kept_as_text():
    text, _, _ = find_royalty("and tiered royalties ranging from high single digits to low double digits on net sales.")
    assert text.startswith("tiered royalties ranging from high single digits to low double digits")


@pytest.mark.parametrize("text, value", [
    ("On July 31, 2007, ImmunoGen", "2007-07-31"),
    ("began Phase I evaluation in April 2006", "2006-04"),
    ("INDIANAPOLIS,Dec. 20, 2024// --", "2024-12-20"),
    ("originally announced inSeptember 2021", "2021-09"),
    ("under the 2000 agreement", "2000"),
    ("on 5 March 2025", "2025-03-05"),
    ("DATE: 2022-12-22", "2022-12-22"),
    ("in the first half of 2025", "2025"),
])
def test_dates(text, value):
    assert parse_date(text) == value


def test_relative_dates_resolve_against_the_report_date():
    values = [d.value for d in find_dates("today announced; later this year; next year", "2007-07-31")]
    assert values == ["2007-07-31", "2007", "2008"]


def test_before_respects_precision():
    assert before("2006-04", "2007-07-31") and before("2007-06", "2007-07-31")
    assert not before("2007", "2007-07-31") and not before("2007-07", "2007-07-31")


@pytest.mark.parametrize("text, phase", [
    ("Phase II clinical testing", "Phase 2"),
    ("a Phase 2 study", "Phase 2"),
    ("Phase I evaluation", "Phase 1"),
    ("a Phase 1b/2 trial", "Phase 1b/2"),
    ("pivotal Phase 3 trial", "Phase 3"),
    ("Phase IIb", "Phase 2b"),
    ("Phase I/II", "Phase 1/2"),
    ("phase 3 clinical trials", "Phase 3"),
    ("Phase 2/3", "Phase 2/3"),
    ("a Phase III study", "Phase 3"),
])
def test_phases(text, phase):
    assert normalize_phase(text) == phase


@pytest.mark.parametrize("text", ["Phase In", "the first phase of construction", "phases"])
def test_not_phases(text):
    assert find_phases(text) == ()


@pytest.mark.parametrize("full, short", [
    ("Genentech, Inc.", "Genentech"),
    ("ImmunoGen, Inc.", "ImmunoGen"),
    ("Merck & Co., Inc.", "Merck"),
    ("ProQR Therapeutics N.V.", "ProQR"),
    ("Alnylam Pharmaceuticals, Inc.", "Alnylam"),
    ("Eli Lilly and Company", "Eli Lilly"),
    ("Roche", "Roche"),
])
def test_short_names(full, short):
    assert short_name(full) == short


def test_registrant_short_name_follows_the_text():
    text = "Eli Lilly and Company today announced ... Lilly will ... Lilly's ... Lilly"
    assert registrant_short("Eli Lilly and Company", text) == "Lilly"
    assert name_key("Genentech, Inc.") == name_key("GENENTECH")


def test_sentences_respect_abbreviations():
    text = "ImmunoGen, Inc. (Nasdaq: IMGN) earned it. Genentech began in the U.S. market. Next one."
    assert [text[s:e] for s, e in sentences(text)] == [
        "ImmunoGen, Inc. (Nasdaq: IMGN) earned it.", "Genentech began in the U.S. market.", "Next one."]
    s, e = sentence_at(text, text.index("began"))
    assert text[s:e] == "Genentech began in the U.S. market."


def test_a_sentence_longer_than_the_reach_is_never_cut_mid_word() -> None:
    from eightk.extract.sentences import MAX_SIDE, sentence_at

    text = "Risks include " + "; ".join(f"factor{i} remains" for i in range(2 * MAX_SIDE // 10)) + "."
    start, end = sentence_at(text, len(text) // 2)
    assert not text[start - 1].isalnum() and not text[end].isalnum()
    assert text[start:end].split()[0].startswith(("factor", "remains"))


def test_the_month_may_is_not_a_plan() -> None:
    from eightk.extract.events.common import MODAL_RE

    assert not MODAL_RE.search("the trial completed enrollment in May 2025")
    assert MODAL_RE.search("the company may receive a milestone payment")
