from __future__ import annotations

import pytest

from eightk.filing.catalog import LEGACY, MODERN_TITLES, modern_number, number_for_description


@pytest.mark.parametrize(
    ("description", "number"),
    [
        ("Other events", "8.01"),  # legacy 5, lower case (Lee corpus 2002)
        ("Other Events", "8.01"),
        ("Financial statements and exhibits", "9.01"),
        ("Regulation FD Disclosure", "7.01"),  # legacy 9 and modern 7.01 share it
        ("Results of Operations and Financial Condition", "2.02"),
        ("Changes in registrant's certifying accountant", "4.01"),
        ("Departure of Directors or Principal Officers; Election of Directors; Appointment of Principal Officers", "5.02"),
        ("Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers: Compensatory Arrangements of Certain Officers", "5.02"),
        ("Cost Associated with Exit or Disposal Activities", "2.05"),
        ("Triggering Events That Accelerate or Increase a Direct Financial Obligation under an Off-Balance Sheet Arrangement", "2.04"),
        ("Item 5.02", "5.02"),  # .nc dialect
        ("9.01", "9.01"),
        ("5", "8.01"),  # .nc dialect, legacy (archive.txt)
        ("", None),
        ("EVENTS OF DEFAULT", None),
    ],
)
def test_description_to_number(description: str, number: str | None) -> None:
    assert number_for_description(description) == number


def test_legacy_map_matches_events_md() -> None:
    assert {k: m for k, (_, m) in LEGACY.items()} == {
        "1": "5.01", "2": "2.01", "3": "1.03", "4": "4.01", "5": "8.01", "6": "5.02",
        "7": "9.01", "8": "5.03", "9": "7.01", "10": "5.05", "11": "5.04", "12": "2.02",
    }
    assert all(m in MODERN_TITLES for _, m in LEGACY.values())


def test_modern_number() -> None:
    assert modern_number("8.01") == "8.01"
    assert modern_number("12") == "2.02"
    assert modern_number("13") is None
