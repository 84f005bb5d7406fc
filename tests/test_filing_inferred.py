"""Items inferred from headingless bodies: one test per Lee-corpus filing that taught a rule
(bodies abridged from the filings, nelson-yao-MIDS-W266-Final-MSY-lee2014)."""

from __future__ import annotations

from eightk.filing.inferred import infer_items


def _numbers(body: str, date: str) -> list[str]:
    return [i.number for i in infer_items(body, 1, len(body), date)]


def test_A_8K_20051102062316_an_agreement_recalled_as_previously_disclosed_is_no_item() -> None:
    body = (
        'As previously disclosed in its Current Report on Form 8-K filed on August 15, 2005, on August 14, 2005, '
        'Agilent Technologies, Inc. ("Agilent") entered into an Asset Purchase Agreement with Argos Acquisition Pte. Ltd.\n'
        "Such financial statements are attached hereto as Exhibit 99.\n"
        "In accordance with general instruction B.2 of Form 8-K, the information in this report is being furnished.\n"
    )
    assert _numbers(body, "2005-11-02") == ["7.01", "9.01"]


def test_AA_8K_20090107171617_a_list_of_items_above_names_each() -> None:
    body = (
        "Alcoa expects to record charges.\n"
        "The total charges expected to be recorded by Alcoa in the fourth quarter of 2008 included in "
        "Items 2.05, 2.06, and 8.01 above are $1,180 to $1,230 million.\n"
    )
    assert _numbers(body, "2009-01-07") == ["2.05", "2.06", "8.01"]


def test_AA_8K_20121003130127_by_law_amendments_then_a_dated_press_release_is_other_events() -> None:
    body = (
        "(a) On September 27, 2012, the Board of Directors of Alcoa Inc. approved amendments to Alcoa's By-Laws, "
        "effective as of that date.\n"
        "On October 1, 2012, Alcoa issued a press release confirming that the EPA has released the Proposed "
        "Remedial Action Plan for the Grasse River.\n"
    )
    assert _numbers(body, "2012-10-03") == ["5.03", "8.01"]


def test_AA_8K_20070815145418_a_dated_section_on_officer_pay_is_not_other_events() -> None:
    body = (
        "On August 7, 2007, the Board of Directors elected Klaus Kleinfeld President and Chief Operating Officer.\n"
        "On August 14, 2007, the Compensation and Benefits Committee approved the terms of his compensation "
        "for his position as President and Chief Operating Officer.\n"
    )
    assert _numbers(body, "2007-08-15") == ["5.02"]


def test_AA_8K_20050105105019_a_reduction_in_fair_value_is_an_impairment() -> None:
    body = (
        "On December 31, 2004, Alcoa Inc. committed to a plan to sell certain noncore assets. Total charges "
        "reflect the reduction in estimated fair values of these assets. A copy of Alcoa's press release is "
        "attached hereto as Exhibit 99.\n"
    )
    assert _numbers(body, "2005-01-05") == ["2.06", "9.01"]


def test_AA_8K_20050408145335_a_previously_announced_restructuring_is_no_item() -> None:
    body = (
        "On April 6, 2005, Alcoa Inc. held its first-quarter 2005 earnings conference call.\n"
        "The following clarifications have been made with respect to the company's previously announced "
        "restructuring plan to be completed over the next twelve months: (1) restructuring charges for the "
        "2005 first quarter resulted in an after-tax charge of $25 million; and (2) the company is targeting "
        "approximately $45 million in annualized savings from the restructuring plan when complete.\n"
    )
    assert _numbers(body, "2005-04-08") == ["2.02"]


def test_A_8K_20050321171033_a_long_agreement_name_is_still_an_agreement() -> None:
    body = (
        "On March 15, 2005, the Compensation Committee approved an Amended and Restated Change of Control "
        "Severance Agreement between the Company and Mr. Barnholt.\n"
    )
    assert _numbers(body, "2005-03-21") == ["1.01"]


def test_AA_8K_20121003130127_amendments_to_by_laws_are_no_agreement() -> None:
    body = "(a) On September 27, 2012, the Board of Directors approved amendments to Alcoa's By-Laws.\n"
    assert _numbers(body, "2012-10-03") == ["5.03"]


def test_AA_8K_20130508111424_a_lettered_incentive_plan_paragraph_is_item_5_02() -> None:
    body = (
        "(e) On May 3, 2013, the shareholders of Alcoa Inc. approved the 2013 Alcoa Stock Incentive Plan "
        "at Alcoa's 2013 annual meeting of shareholders.\n"
    )
    assert _numbers(body, "2013-05-08") == ["5.02"]


def test_AA_8K_20051116154353_in_addition_to_an_item_opens_another_section() -> None:
    body = (
        "On November 14, 2005, Alcoa announced that Richard B. Kelson, Executive Vice President "
        "and Chief Financial Officer, has chosen to retire.\n"
        "In addition to the organization changes described under Item 5.02, on November 14, 2005, Alcoa "
        "announced that Helmut Wieser will oversee the company's business in the Asia Pacific region.\n"
    )
    assert _numbers(body, "2005-11-16") == ["5.02", "8.01"]


def test_A_8K_20100719170355_a_dated_paragraph_after_an_incorporation_is_other_events() -> None:
    from eightk.filing.inferred import self_referenced

    text = (
        "Item 1.01. Entry into a Material Definitive Agreement.\nOn July 13, 2010, the Company entered into an underwriting agreement.\n"
        "The information set forth above under Item 1.01 is hereby incorporated by reference into this Item 2.03.\n"
        "On July 13, 2010, the Company entered into interest rate swaps with an aggregate notional amount of $500 million.\n"
        "(d) Exhibits.\n"
    )
    items = self_referenced(text, 1, len(text), {"1.01"})
    assert [(i.number, i.sources) for i in items] == [("2.03", ("inferred",)), ("8.01", ("inferred",))]
    assert text[items[1].span.start : items[1].span.end].startswith("On July 13, 2010, the Company entered into interest rate swaps")


def test_AA_8K_20110518162743_the_president_of_a_business_is_no_officer() -> None:
    body = (
        'On May 18, 2011, Alcoa Inc. ("Alcoa") issued a press release announcing that Chris L. Ayers has been '
        "named President of Alcoa's Global Primary Products (GPP) business, effective May 18, 2011.\n"
        "A copy of the press release is attached hereto as Exhibit 99.1.\n"
    )
    assert _numbers(body, "2011-05-18") == ["8.01", "9.01"]


def test_AA_8K_20101130165425_a_lettered_paragraph_is_a_section_of_its_own() -> None:
    body = (
        '(b) J. Michael Schell, Executive Vice President, will be leaving Alcoa Inc. ("Alcoa") effective December 31, 2010.\n'
        "On November 30, 2010, Alcoa issued a press release announcing that Julia Steyn and George King have "
        "been named Vice Presidents and co-Managing Directors of the company's Business Development Group.\n"
    )
    assert _numbers(body, "2010-11-30") == ["5.02", "8.01"]
