"""Item headings: what is an item and what is not. Regression tests name the filing that taught
the rule."""

from __future__ import annotations

from eightk.filing.items import find_headings, parse_items

COVER = "FORM 8-K\nCURRENT REPORT\n\n"
SIGNATURE = "\nSIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.\n"


def _numbers(text: str, date: str | None = "2007-07-31") -> list[tuple[str, str | None]]:
    items, _ = parse_items(text, 1, date)
    return [(i.number, i.legacy_number) for i in items]


def test_modern_headings_and_spans() -> None:
    text = COVER + "ITEM 8.01 OTHER EVENTS\nOn July 31...\n\nItem 9.01. Financial Statements and Exhibits\n(d) 99.1 Press release\n" + SIGNATURE
    items, sig = parse_items(text, 1, "2007-07-31")
    assert [i.number for i in items] == ["8.01", "9.01"]
    assert text[items[0].span.start : items[0].span.end].startswith("ITEM 8.01 OTHER EVENTS")
    assert items[1].span.end <= sig


def test_combined_heading_gives_two_items_sharing_a_span() -> None:
    items, _ = parse_items(COVER + "Items 2.02 and 7.01. Results of Operations; Regulation FD\nText.\n" + SIGNATURE, 1, None)
    assert [i.number for i in items] == ["2.02", "7.01"]
    assert items[0].span == items[1].span


def test_collapsed_whitespace() -> None:
    text = COVER + "(17 CFR 240.13e-4(c))Item2.02 Results of Operations and Financial Condition.On May 11, 2020, the Company..." + SIGNATURE
    assert _numbers(text, "2020-05-11") == [("2.02", None)]


def test_cross_references_are_not_items() -> None:
    text = COVER + "Item 2.01 Completion of Acquisition\nAs described under Item 2.03, and in Item 1.01 of this report...\n" + SIGNATURE
    assert _numbers(text) == [("2.01", None)]


def test_legacy_not_applicable_entries_are_not_items() -> None:
    text = (
        COVER
        + "Item 1. Changes in Control of Registrant. Not applicable.\n"
        + "Item 2. Acquisition or Disposition of Assets.\nNot applicable.\n"
        + "Item 5. Other Events.\nOn December 20, 1996 the company announced a long story of events.\n"
        + "Item 7. Financial Statements and Exhibits.\n(c) 99.1 Press release\n"
        + SIGNATURE
    )
    assert _numbers(text, "1996-12-24") == [("8.01", "5"), ("9.01", "7")]


def test_headings_inside_an_attached_exhibit_do_not_count() -> None:
    text = COVER + "Item 8.01 Other Events\nText.\n" + SIGNATURE + "/s/ A. Person\n\nEXHIBIT 99.1\nItem 2. Management's discussion\n"
    assert _numbers(text) == [("8.01", None)]


def test_contents_line_then_item_keeps_the_item() -> None:
    text = COVER + "Item 8.01 Other Events 2\nItem 8.01 Other Events\nA long paragraph about the event that was reported today.\n" + SIGNATURE
    items, _ = parse_items(text, 1, None)
    assert len(items) == 1 and text[items[0].span.start :].startswith("Item 8.01 Other Events\nA long")


def test_AA_8K_20110511114506_numbered_vote_proposals_are_not_legacy_items() -> None:
    # A 2011 Item 5.07 whose heading was lost: "Item 1. The three nominees ..." are proposals.
    text = COVER + "Item 1. The three nominees for election were elected.\nItem 2. The proposal to ratify was approved.\n" + SIGNATURE
    assert _numbers(text, "2011-05-11") == []


def test_find_headings_rejects_lowercase_continuations() -> None:
    assert find_headings("see Item 7 above\nItem 2.03 of Form 8-K requires") == []


def test_stray_exhibit_gets_no_inferred_items() -> None:
    # A press release handed over alone (IMTorgOpenDataTools exhibits): no cover, no signature.
    import eightk

    record = eightk.process(b"<html><body><p>Acme announces its financial results for the quarter.</p><p>Press release text.</p></body></html>", name="ex99.htm")
    assert record.filing.items == () and record.filing.form is None


def test_A_8K_20031117161530_headingless_body_items_are_inferred_from_cues() -> None:
    from eightk.filing.inferred import infer_items

    body = (
        "The information in this Form 8-K is furnished under Item 12 in accordance with SEC Release No. 33-8255.\n"
        "On November 17, 2003, Agilent issued its press release announcing financial results. "
        "A copy of this press release is attached as Exhibit 99.1.\n"
    )
    items = infer_items(body, 1, len(body), "2003-11-17")
    assert [(i.number, i.legacy_number, i.sources) for i in items] == [("2.02", "12", ("inferred",))]
    assert "under Item 12" in body[items[0].span.start : items[0].span.end]


def test_A_8K_20030519162306_item_12_provided_under_item_9_is_item_9() -> None:
    text = COVER + 'Item 12. Results of Operations and Financial Condition (provided under "Item 9. Regulation FD Disclosure").\nThe information required by Item 12 is being provided under Item 9.\n' + SIGNATURE
    assert _numbers(text, "2003-05-19") == [("7.01", "9")]


def test_AA_8K_20080128171714_lettered_officer_paragraphs_are_item_5_02() -> None:
    from eightk.filing.inferred import infer_items

    body = '(b) On January 23, 2008, Alcoa Inc. received notice from Paul D. Thomas, Executive Vice President, of his decision to leave Alcoa.\n'
    assert [i.number for i in infer_items(body, 1, len(body), "2008-01-28")] == ["5.02"]


def test_AA_8K_20120510132650_directors_elected_at_the_annual_meeting_are_a_vote() -> None:
    from eightk.filing.inferred import infer_items

    body = "At the Annual Meeting of Shareholders held on May 4, 2012, the shareholders elected four directors, based upon the following votes:\n"
    assert [i.number for i in infer_items(body, 1, len(body), "2012-05-10")] == ["5.07"]


def test_AA_8K_20090107171617_line_initial_reference_is_no_heading() -> None:
    text = COVER + 'The information set forth above in\nItem 2.05, "Costs Associated with Exit or Disposal Activities" relating to the charges is incorporated.\n' + SIGNATURE
    assert find_headings(text) == []


def test_single_digit_minor_numbers() -> None:
    assert _numbers(COVER + "Item 9.1 Financial Statements and Exhibits\n(d) 99.1 Press release\n" + SIGNATURE) == [("9.01", None)]


def test_header_items_are_a_second_source() -> None:
    from eightk.containers import Container, RawDocument
    from eightk.filing import parse_filing
    from eightk.records import Document, Header

    text = COVER + "Item 8.01 Other Events\nText of the event.\n" + SIGNATURE
    header = Header(form="8-K", period="20070731", items=("Other Events", "Financial Statements and Exhibits"))
    raw = RawDocument(1, "8-K", None, None, "text", text, 0)
    filing = parse_filing(Container("sgml", header, (raw,), text, "utf-8"), (Document(1, "8-K", None, None, "text", text),))
    got = [(i.number, i.sources, i.span is None) for i in filing.items]
    assert got == [("8.01", ("body", "header"), False), ("9.01", ("header",), True)]
