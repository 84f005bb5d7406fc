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


_PIECES = st.sampled_from([
    "Item 8.01 Other Events", "ITEM 5.", "Items 2.02 and 7.01", "(Exact name of registrant as specified in its charter)",
    "(Commission File Number)", "0-17999", "04-2726691", "(Address of principal executive offices)", "02139",
    "Registrant's telephone number, including area code:", "(617) 995-2500", "☐", "☒", "o", "Written communications pursuant to Rule 425",
    "SIGNATURES", "Pursuant to the requirements of the Securities Exchange Act", "/s/ Jane Doe", "Title: CFO", "Date: July 31, 2007",
    "EXHIBIT INDEX", "99.1 Press release", "Exhibit No.Exhibit99.1Press", "Not applicable.", "\n", "\t", " | ", "(", ")", "FORM 8-K",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_any_arrangement_of_cover_and_item_text_parses_without_error(pieces) -> None:
    from eightk.containers import Container, RawDocument
    from eightk.filing import parse_filing
    from eightk.records import Document

    text = "\n".join(pieces)
    raw = RawDocument(1, "8-K", None, None, "text", text, 0)
    filing = parse_filing(Container("text", None, (raw,), text, "utf-8"), (Document(1, "8-K", None, None, "text", text),))
    for item in filing.items:
        assert item.span is None or 0 <= item.span.start <= item.span.end <= len(text)
    for span in filing.registrant.evidence.values():
        assert 0 <= span.start <= span.end <= len(text)
