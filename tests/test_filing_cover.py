"""Cover-page fields in the layouts filers use."""

from __future__ import annotations

import pytest

from eightk.filing.cover import parse_cover
from eightk.filing.ixbrl import dei_boolean, read_dei

BOXES = (
    "{0} Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)\n"
    "{1} Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)\n"
    "{0} Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))\n"
    "{0} Pre-commencement communications pursuant to Rule 13e-4(c) under the Exchange Act (17 CFR 240.13e-4(c))\n"
)


@pytest.mark.parametrize(("unchecked", "checked"), [("o", "x"), ("¨", "þ"), ("☐", "☒"), ("q", "ý"), ("[ ]", "[X]")])
def test_checkbox_glyphs(unchecked: str, checked: str) -> None:
    boxes = parse_cover(BOXES.format(unchecked, checked), 1, None).checkboxes
    assert (boxes.written_communications, boxes.soliciting_material, boxes.pre_commencement_tender_offer) == (False, True, False)


def test_glyph_on_its_own_line() -> None:
    # HTML tables put the box in its own cell: one per line after normalisation (Apple 2019).
    boxes = parse_cover(BOXES.format("☐\n", "☒\n"), 1, None).checkboxes
    assert boxes.written_communications is False and boxes.soliciting_material is True


def test_emerging_growth_box_after_label() -> None:
    assert parse_cover("Emerging growth company ☐\n", 1, None).emerging_growth_company is False
    assert parse_cover("Emerging growth company\t☒\n", 1, None).emerging_growth_company is True


def test_0000703901_98_000003_name_in_the_middle_column() -> None:
    text = (
        "   Nevada             Food Concepts, Inc.                     13-3124057\n"
        "_____________      _______________________________________    __________\n"
        "(State or other    (Exact Name of registrant as specified     (I.R.S.\n"
        "incorporation or    in its charter)                            Employer\n"
    )
    cover = parse_cover(text, 1, None)
    assert cover.values["name"] == "Food Concepts, Inc."
    assert cover.values["state_of_incorporation"] == "Nevada"
    assert cover.values["irs_employer_id"] == "13-3124057"


def test_cells_one_per_line_with_two_line_address() -> None:
    text = (
        "March 1, 2019\nDate of Report (Date of earliest event reported)\nApple Inc.\n"
        "(Exact name of Registrant as specified in its charter)\nCalifornia\n001-36743\n94-2404110\n"
        "(State or other jurisdiction\nof incorporation)\n(Commission\nFile Number)\n(I.R.S. Employer\nIdentification No.)\n"
        "One Apple Park Way\nCupertino, California 95014\n(Address of principal executive offices) (Zip Code)\n"
        "(408) 996-1010\n(Registrant’s telephone number, including area code)\n"
    )
    cover = parse_cover(text, 1, None)
    assert cover.report_date == "2019-03-01"
    assert cover.values == {
        "name": "Apple Inc.", "file_number": "001-36743", "irs_employer_id": "94-2404110",
        "state_of_incorporation": "California", "phone": "(408) 996-1010",
    }
    assert cover.address == {"street": "One Apple Park Way", "city": "Cupertino", "state": "California", "zip": "95014"}
    for name, span in cover.evidence.items():
        if name in cover.values:
            assert cover.values[name] in text[span.start : span.end]


def test_form_variants() -> None:
    assert parse_cover("FORM 8-K/A\nAmendment No. 1", 1, None).form == "8-K/A"
    assert parse_cover("FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER", 1, None).form == "6-K"
    assert parse_cover("FORM 10-K\nANNUAL REPORT", 1, None).form == "10-K"


def test_dei_facts_and_booleans() -> None:
    body = (
        '<ix:nonNumeric name="dei:DocumentType" contextRef="c">8-K</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:WrittenCommunications" format="ixt-sec:boolballotbox" contextRef="c">&#9744;</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:SolicitingMaterial" format="ixt:fixed-true" contextRef="c"></ix:nonNumeric>'
        '<ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c"><span>Acme &amp; Co</span></ix:nonNumeric>'
    )
    facts = read_dei(body)
    assert facts["DocumentType"][0][0] == "8-K"
    assert facts["EntityRegistrantName"][0][0] == "Acme & Co"
    assert dei_boolean(*facts["WrittenCommunications"][0]) is False
    assert dei_boolean(*facts["SolicitingMaterial"][0]) is True


def test_d299696dex993_a_press_release_that_mentions_form_10k_is_no_10k() -> None:
    text = "JPMorgan reports results.\nSee our Annual Report on Form 10-K for the year ended 2020.\n"
    assert parse_cover(text, 1, None).form is None


def test_securities_table_cells_one_per_line() -> None:
    # 0001140361-25-017716 (IFF 2025): the 12(b) table after HTML normalisation.
    text = (
        "Securities registered pursuant to Section 12(b) of the Act:\nTitle of each class\nTrading\nSymbol(s)\n"
        "Name of each exchange\non which registered\nCommon Stock, par value 12 1/2¢ per share\nIFF\nNew York Stock Exchange\n"
        "1.800% Senior Notes due 2026\nIFF 26\nNew York Stock Exchange\n"
        "Indicate by check mark whether the registrant is an emerging growth company\n"
    )
    rows = [(s.title, s.trading_symbol, s.exchange) for s in parse_cover(text, 1, None).securities]
    assert rows == [
        ("Common Stock, par value 12 1/2¢ per share", "IFF", "New York Stock Exchange"),
        ("1.800% Senior Notes due 2026", "IFF 26", "New York Stock Exchange"),
    ]


def test_securities_table_tab_separated() -> None:
    text = "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\nCommon Stock\tAAPL\tThe Nasdaq Stock Market LLC\nIndicate by check mark"
    rows = [(s.title, s.trading_symbol, s.exchange) for s in parse_cover(text, 1, None).securities]
    assert rows == [("Common Stock", "AAPL", "The Nasdaq Stock Market LLC")]


def test_a_10k_handed_over_by_mistake_is_refused() -> None:
    import eightk

    text = b"UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nFORM 10-K\nANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)\nItem 1. Business\nWe make things.\n"
    with pytest.raises(eightk.InputError, match="10-K"):
        eightk.process(text, name="annual.txt")


def test_a_6k_is_read_as_a_foreign_report() -> None:
    import eightk

    record = eightk.process(b"FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER\nPursuant to Rule 13a-16 or 15d-16\n", name="6k.txt")
    assert record.filing.form == "6-K"


def test_ef20048595_dei_address_of_the_primary_context_wins() -> None:
    body = (
        '<ix:nonNumeric name="dei:DocumentType" contextRef="c1">8-K</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:EntityAddressStateOrProvince" contextRef="c1_AddressTypeAxis_FormerAddressMember">DE</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:EntityAddressStateOrProvince" contextRef="c1">New York</ix:nonNumeric>'
    )
    assert read_dei(body)["EntityAddressStateOrProvince"][0][0] == "New York"


def test_ef20048595_dei_securities_rows_by_context() -> None:
    from eightk.filing.ixbrl import read_securities

    body = (
        '<ix:hidden><ix:nonNumeric name="dei:SecurityExchangeName" contextRef="c_Common">NYSE</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:SecurityExchangeName" contextRef="c_Notes">NYSE</ix:nonNumeric></ix:hidden>'
        '<ix:nonNumeric name="dei:Security12bTitle" contextRef="c_Common">Common Stock</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:TradingSymbol" contextRef="c_Common">IFF</ix:nonNumeric>'
        '<ix:nonNumeric name="dei:Security12bTitle" contextRef="c_Notes">1.800% Senior Notes due 2026</ix:nonNumeric>'
    )
    assert read_securities(body) == [("Common Stock", "IFF", "NYSE"), ("1.800% Senior Notes due 2026", None, "NYSE")]
