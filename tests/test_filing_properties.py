"""Properties of item headings over generated spellings (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eightk.filing.catalog import LEGACY, MODERN_TITLES
from eightk.filing.items import find_headings, parse_items

_SIGNATURE = "\nSIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.\n"


@st.composite
def headings(draw):
    number = draw(st.sampled_from(sorted(MODERN_TITLES)))
    word = draw(st.sampled_from(["Item", "ITEM", "item", "Items"]))
    gap = draw(st.sampled_from(["", " ", "  ", "\u00a0", "\t"]))
    punct = draw(st.sampled_from(["", ".", ":", " -", ". ", "\t"]))
    title = MODERN_TITLES[number]
    title = draw(st.sampled_from([title, title.upper(), ""]))
    lead = draw(st.sampled_from(["", "  ", "| ", "* "]))
    return number, f"{lead}{word}{gap}{number}{punct} {title}".rstrip()


@settings(max_examples=200, deadline=None)
@given(headings())
def test_any_spelling_of_a_heading_is_found_with_its_span(case) -> None:
    number, heading = case
    text = f"FORM 8-K\n\n{heading}\nOn May 11, 2020, the Company reported its results.\n{_SIGNATURE}"
    items, sig = parse_items(text, 1, "2020-05-11")
    assert [i.number for i in items] == [number]
    span = items[0].span
    assert text[span.start : span.end].lstrip(" |*").lower().startswith("item")
    assert span.end <= sig


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(LEGACY, key=int)), st.sampled_from(["under", "in", "see", "pursuant to", "described in"]))
def test_references_in_running_text_are_never_headings(number, lead) -> None:
    text = f"The Company, as {lead} Item {number} of this report, said so.\n"
    assert find_headings(text) == []
