"""Per-item corporate events (EVENTS.md §3: officer_change, earnings_release, auditor_change,
non_reliance, shareholder_vote, material_agreement, cybersecurity_incident).

Unit tests use real phrasings (each names the filing it comes from) inside a minimal plain-text
8-K; the gold tests score tests/gold/corporate (see its README) with pinned floors; the negative
tests check that nothing is invented from a filing that does not report the item."""

from __future__ import annotations

from pathlib import Path

import pytest

import eightk
from eightk.evaluation.events import CORPORATE_TYPES, GOLD_TYPES, Counts, score_events
from eightk.extract.registry import CORPORATE_EXTRACTORS, CORPORATE_FIELDS

from conftest import CORPUS, FILINGS

GOLD = Path(__file__).parent / "gold" / "corporate"
LEE = FILINGS / "nelson-yao-MIDS-W266-Final-MSY-lee2014"

_HEAD = """UNITED STATES SECURITIES AND EXCHANGE COMMISSION
FORM 8-K
CURRENT REPORT
Date of Report (Date of earliest event reported): {date}
ACME WIDGETS, INC.
(Exact name of registrant as specified in its charter)

"""
_TAIL = """

SIGNATURES
Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.
"""


def events_of(item: str, body: str, date: str = "March 17, 2023", kind: str | None = None):
    raw = _HEAD.format(date=date) + f"Item {item} {_TITLES[item]}\n\n{body}" + _TAIL
    record = eightk.process(raw.encode())
    return [e for e in record.events if e.type in CORPORATE_TYPES and (kind is None or e.type == kind)], record


_TITLES = {
    "5.02": "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers.",
    "2.02": "Results of Operations and Financial Condition.",
    "4.01": "Changes in Registrant's Certifying Accountant.",
    "4.02": "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review.",
    "5.07": "Submission of Matters to a Vote of Security Holders.",
    "1.01": "Entry into a Material Definitive Agreement.",
    "1.05": "Material Cybersecurity Incidents.",
    "8.01": "Other Events.",
}


# --- officer_change ---------------------------------------------------------------------------


def test_officer_elected_with_effective_date():
    # Exelon 2005-04-26 (0000950137-05-004969)
    evs, _ = events_of("5.02", "On April 26, 2005, the board of directors of Exelon Corporation elected Thomas J. Ridge "
                               "to serve as a Class I director, effective May 2, 2005. Mr. Ridge, age 59, served as Secretary "
                               "of the United States Department of Homeland Security.")
    assert len(evs) == 1
    f = evs[0].fields
    assert (f["person"], f["role"], f["change"], f["effective"]) == ("Thomas J. Ridge", "Class I director", "elected", "2005-05-02")
    assert evs[0].date == "2005-04-26" and evs[0].status == "occurred"
    assert evs[0].extractor == "officers@1"


def test_officer_departure_gets_its_successor():
    # AFC Gamma 2023-03-17
    evs, _ = events_of("5.02", "Brett Kaufman’s employment as the Chief Financial Officer and Treasurer of AFC Gamma, Inc. "
                               "(the “Company”) will terminate effective April 17, 2023.\n\nOn March 17, 2023, the Company’s "
                               "Board of Directors appointed Brandon Hetzel as the Chief Financial Officer and Treasurer of the "
                               "Company, effective on such date.")
    by_person = {e.fields["person"]: e.fields for e in evs}
    assert by_person["Brett Kaufman"]["change"] == "terminated"
    assert by_person["Brett Kaufman"]["effective"] == "2023-04-17"
    assert by_person["Brett Kaufman"]["successor"] == "Brandon Hetzel"
    assert by_person["Brandon Hetzel"]["change"] == "appointed"
    assert by_person["Brandon Hetzel"]["effective"] == "2023-03-17"


def test_officer_retirements_of_several_directors():
    # Alcoa 2010-04-27 (Lee format): three names, one verb
    evs, _ = events_of("5.02", "(b) Alain J. P. Belda, Henry B. Schacht and Franklin A. Thomas retired from the Board of "
                               "Directors of Alcoa Inc. when their terms expired on April 23, 2010.")
    assert {e.fields["person"] for e in evs} == {"Alain J. P. Belda", "Henry B. Schacht", "Franklin A. Thomas"}
    assert {e.fields["change"] for e in evs} == {"retired"}


def test_officer_resigning_director_and_biography_background():
    # Agilent 2009-11-24: the resignation is the event, "was elected ... in July 2003" is background
    evs, _ = events_of("5.02", "On November 18, 2009, Robert L. Joss notified Agilent Technologies, Inc. (the \"Company\") that "
                               "he is resigning as a member of the Company's Board of Directors (the \"Board\") effective March 2, "
                               "2010. Mr. Joss was elected to the Board in July 2003 and has served continuously since that time.")
    assert [(e.fields["person"], e.fields["change"], e.fields["effective"]) for e in evs] == [("Robert L. Joss", "resigned", "2010-03-02")]


def test_officer_boilerplate_and_compensation_are_not_changes():
    # Acorn 2025 consulting agreement; AFC Gamma's Item 401 boilerplate
    evs, _ = events_of("5.02", "On January 6, 2025, the Registrant entered into a new consulting agreement between Jan H. Loeb and "
                               "the Registrant extending its arrangements for compensation of Mr. Loeb for his services as President "
                               "and CEO of the Registrant. There are no arrangements or understandings between Mr. Hetzel and any "
                               "other person pursuant to which Mr. Hetzel was appointed as Chief Financial Officer.")
    assert evs == []


# --- earnings_release -------------------------------------------------------------------------


def test_earnings_period_and_measures_from_prose():
    # Apple 2011-01-18 item and release in one text; the year-ago and guidance figures are skipped
    evs, _ = events_of("2.02", "On January 18, 2011, Apple Inc. issued a press release regarding Apple’s financial results for its "
                               "first fiscal quarter ended December 25, 2010.\n\nApple Reports First Quarter Results\n\n"
                               "CUPERTINO, California—January 18, 2011—Apple today announced financial results for its fiscal 2011 "
                               "first quarter ended December 25, 2010. The Company posted record revenue of $26.74 billion and record "
                               "net quarterly profit of $6 billion, or $6.43 per diluted share. These results compare to revenue of "
                               "$15.68 billion and net quarterly profit of $3.38 billion, or $3.67 per diluted share, in the year-ago quarter.",
                       date="January 18, 2011")
    assert len(evs) == 1
    f = evs[0].fields
    assert f["period"] == "2010-12-25"
    assert evs[0].date == "2011-01-18"


def test_earnings_net_loss_and_parenthesised_eps():
    # ABVC 2025-04-15: a narrowing loss and "$(0.42)"
    from eightk.extract.events.corporate_earnings import MEASURES, _money

    m = MEASURES["net_income"].search("Net loss attributable to ABVC narrowed from $7.79 million in 2023 to\n$4.90 million in 2024.")
    assert _money(m) == {"value": -4900000, "currency": "USD"}
    m = MEASURES["eps"].search("Basic and diluted loss per share improved significantly from $(1.80) to $(0.42), reflecting")
    assert m is None or _money(m)["value"] == -0.42
    m = MEASURES["eps"].search("Diluted earnings per share was $2.71 on a GAAP basis")
    assert _money(m) == {"value": 2.71, "currency": "USD"}


# --- auditor_change / non_reliance ------------------------------------------------------------


def test_auditor_change_from_legacy_item_4():
    # Oasis 2002 (legacy Item 4, hard-wrapped plain text)
    body = ("     The  new  principal  independent  accounting firm is Chisholm & Associates,\nInc.,  replacing  our  "
            "initial  principal  auditor,  HJ  &  Associates, LLC. The firm of Chisholm & Associates, Inc. was engaged "
            "by the Board of Directors as the new certifying accountants on February 12, 2002. There has been no dispute "
            "of any kind or sort with any auditor on any subject.")
    evs, _ = events_of("4.01", body, date="February 14, 2002")
    assert len(evs) == 1
    f = evs[0].fields
    assert f["former_auditor"] == "HJ & Associates, LLC" and f["new_auditor"] == "Chisholm & Associates, Inc."
    assert f["change"] == "engaged" and f["disagreements"] is False
    assert evs[0].date == "2002-02-12"


def test_auditor_dismissed():
    evs, _ = events_of("4.01", "On May 3, 2021, the Audit Committee dismissed KPMG LLP as the Company's independent registered "
                               "public accounting firm and engaged Grant Thornton LLP as its new independent registered public "
                               "accounting firm. During the two most recent fiscal years there were no disagreements with KPMG LLP.")
    f = evs[0].fields
    assert (f["former_auditor"], f["new_auditor"], f["change"], f["disagreements"]) == ("KPMG LLP", "Grant Thornton LLP", "dismissed", False)


def test_non_reliance_periods_and_explicit_reason():
    # Agilent 2006-01-17: "due to this error" gives way to "due to an accounting error"
    body = ("On January 13, 2006, Agilent Technologies, Inc. (the \"Company\") determined that it would restate its consolidated "
            "financial statements for the fiscal year ended October 31, 2004 due to an accounting error. The Audit Committee "
            "concluded that the Company's consolidated financial statements for the fiscal year ended October 31, 2004 should "
            "no longer be relied upon due to this error.")
    evs, _ = events_of("4.02", body, date="January 13, 2006")
    assert [(e.type, e.fields["periods"], e.fields["reason"]) for e in evs] == [("non_reliance", ["2004-10-31"], "an accounting error")]


# --- shareholder_vote -------------------------------------------------------------------------


def test_vote_table_one_cell_per_line():
    # Apple 2019-03-01: a nominee table, then a proposal with no broker column
    body = ("The Annual Meeting of Shareholders of Apple Inc. was held on March 1, 2019.\n1.\nThe individuals listed below "
            "were elected at the Annual Meeting:\nFor\nAgainst\nAbstained\nBroker Non-Vote\nJames Bell\n2,664,386,155\n"
            "40,229,756\n5,182,628\n1,402,346,727\nTim Cook\n2,681,116,075\n25,363,575\n3,318,889\n1,402,346,727\n2.\n"
            "A management proposal to ratify the appointment of Ernst & Young LLP was approved.\nFor\nAgainst\nAbstained\n"
            "4,034,437,468\n64,880,273\n12,827,525\n")
    evs, _ = events_of("5.07", body, date="March 1, 2019")
    assert len(evs) == 1 and evs[0].fields["meeting_date"] == "2019-03-01"
    proposals = evs[0].fields["proposals"]
    assert [p["title"] for p in proposals][:2] == ["James Bell", "Tim Cook"]
    assert proposals[0]["broker_non_votes"] == 1402346727 and proposals[0]["result"] == "elected"
    assert proposals[2]["for"] == 4034437468 and proposals[2]["broker_non_votes"] is None
    assert proposals[2]["result"] == "approved"


def test_vote_table_tab_separated_with_withheld_and_frequency_skipped():
    from eightk.extract.events.corporate_votes import parse_proposals

    text = ("Nominee\tFor\tWithheld\tBroker Non-Votes\nCelia R. Brown\t281,090,975\t8,149,740\t3,936,780\n"
            "4. The stockholders determined three years to be the frequency.\n1 Year\t2 Years\t3 Years\tAbstain\n"
            "13,768,995\t38,167\t275,268,419\t165,134\n")
    proposals = parse_proposals(text, 0, len(text))
    assert proposals == [{"title": "Celia R. Brown", "for": 281090975, "against": 8149740, "abstain": None,
                          "broker_non_votes": 3936780, "result": "elected"}]


def test_vote_proposals_in_prose_when_the_table_is_lost():
    # Agilent 2010-03-08 (Lee format): headings and outcomes survive, tallies do not
    from eightk.extract.events.corporate_votes import prose_proposals

    text = ("At the Annual Meeting, Proposals No. 1, 2 and 3 were approved by the shareholders.\n \nProposal No. 2\n"
            "The proposal to ratify the Audit and Finance Committee's appointment of PricewaterhouseCoopers LLP as the "
            "company's independent registered public accounting firm for the 2010 fiscal year, as described in the proxy "
            "materials, was approved as set forth below.\n")
    proposals = prose_proposals(text, 0, len(text))
    assert len(proposals) == 1 and proposals[0]["result"] == "approved" and proposals[0]["for"] is None
    assert proposals[0]["title"].startswith("ratify the Audit and Finance Committee's appointment")


def test_vote_item_without_tallies_gives_nothing():
    # Alcoa 2010 (Lee): the 5.07 span holds the articles amendment; no tallies, no event
    evs, _ = events_of("5.07", "On April 23, 2010, the shareholders of Alcoa at the 2010 annual meeting of shareholders "
                               "approved an amendment to Alcoa's Articles of Incorporation adopting a majority voting standard.")
    assert evs == []


# --- material_agreement / cybersecurity_incident ----------------------------------------------


def test_material_agreement_parties_and_summary():
    # Alnylam 2023-07-21 (Rania334 primary.html)
    body = ("On July 21, 2023 (the “Effective Date”), Alnylam Pharmaceuticals, Inc. (the “Company”), entered into a "
            "Collaboration and License Agreement (the “Agreement”) with F. Hoffmann-La Roche Ltd. (“Roche Basel”) and "
            "Genentech, Inc. (“Genentech”), pursuant to which the Company and Roche established a worldwide, strategic "
            "collaboration for the joint development of zilebesiran.")
    evs, _ = events_of("1.01", body, date="July 21, 2023")
    f = evs[0].fields
    assert f["agreement_type"] == "Collaboration and License Agreement"
    assert f["counterparties"] == ["F. Hoffmann-La Roche Ltd", "Genentech, Inc"]
    assert f["signed"] == "2023-07-21" and f["summary"].startswith("the Company and Roche established")


def test_material_agreement_keeps_and_inside_a_name():
    # Agilent 2004-10-28: "Flextronics Sales and Marketing (L-A) Ltd."
    body = ("On October 27, 2004, Agilent Technologies, Inc. entered into an Asset Purchase Agreement with Flextronics "
            "Sales and Marketing (L-A) Ltd., pursuant to which Agilent agreed to sell certain assets of its camera module business.")
    evs, _ = events_of("1.01", body, date="October 27, 2004")
    assert evs[0].fields["counterparties"] == ["Flextronics Sales and Marketing Ltd"]


def test_cybersecurity_incident():
    body = ("On November 28, 2023, the Company detected unauthorized access to certain of its information technology "
            "systems by a threat actor. The Company activated its incident response plan. The incident has not had a "
            "material impact on the Company's operations.")
    evs, _ = events_of("1.05", body, date="December 4, 2023")
    f = evs[0].fields
    assert f["detected"] == "2023-11-28" and "unauthorized access" in f["nature"]
    assert "material impact" in f["impact"]


# --- nothing invented -------------------------------------------------------------------------


def test_no_event_from_another_item():
    # An 8.01 press release that speaks of an appointment, results, a vote and an agreement
    evs, _ = events_of("8.01", "On March 17, 2023, the Board appointed Jane Q. Smith as Chief Executive Officer. The Company "
                               "reported revenue of $4.66 billion for its quarter ended March 3, 2023. At the annual meeting "
                               "held on March 1, 2023, shareholders elected all nominees.\nFor\nAgainst\n100\n5\n The Company "
                               "entered into a Credit Agreement with Bank of America, N.A.")
    assert evs == []


def test_item_that_says_none():
    # Rock of Ages 2000: "ITEM 4. CHANGES IN REGISTRANT'S CERTIFYING ACCOUNTANT. None."
    record = eightk.process((FILINGS / "ryankfrench-sec_cover_page_parser" / "formacqui.htm").read_bytes())
    assert "4.01" in {i.number for i in record.filing.items}
    assert not [e for e in record.events if e.type in CORPORATE_TYPES]


@pytest.mark.parametrize("path", [
    FILINGS / "dgunning-edgartools-cassettes" / "0000796343-23-000044.txt",  # Adobe 2.02 + release
    CORPUS / "bio" / "ABVC-2025-04-15-1.txt",  # 2.02 + 4.02 + 7.01 with a release
    LEE / "AA-8K-20110429090044.txt",  # 5.02 compensation only
], ids=lambda p: p.name)
def test_only_reported_items_give_events(path):
    record = eightk.process(path.read_bytes(), name=path.name)
    items = {i.number for i in record.filing.items}
    wanted = {t for x in CORPORATE_EXTRACTORS if items & set(x.items) for t in x.produces}
    for e in record.events:
        if e.type in CORPORATE_TYPES:
            assert e.type in wanted, (e.type, items)
            for span in e.evidence:
                assert record.filing.document(span.doc).text[span.start:span.end].strip()


def test_declared_fields_match_output():
    for name, fields in CORPORATE_FIELDS.items():
        assert name in CORPORATE_TYPES
    evs, _ = events_of("5.02", "On April 26, 2005, the board elected Thomas J. Ridge to serve as a Class I director.")
    assert tuple(evs[0].fields) == CORPORATE_FIELDS["officer_change"]


# --- gold -------------------------------------------------------------------------------------

#: Pinned on tests/gold/corporate (28 documents, 42 gold events) when first measured: events
#: P 1.00 R 0.95; fields P 0.99 R 0.97. The set was also the rules' development set, except nine
#: Lee-format files labelled before the rules were run on them (events P 1.00, R 0.29 then 0.50
#: at first sight), so the floors sit well below.
FLOORS = {"events.precision": 0.9, "events.recall": 0.85, "fields.f1": 0.9}
PER_TYPE_F1 = 0.8


@pytest.fixture(scope="module")
def corporate_scores():
    return score_events([GOLD], types=CORPORATE_TYPES)


def test_corporate_gold_floors(corporate_scores):
    events = corporate_scores.events
    assert events.precision >= FLOORS["events.precision"], events
    assert events.recall >= FLOORS["events.recall"], events
    fields = sum(corporate_scores.by_field.values(), Counts())
    assert fields.f1 >= FLOORS["fields.f1"], fields


def test_corporate_gold_per_type(corporate_scores):
    for kind, counts in corporate_scores.by_type.items():
        assert counts.f1 >= PER_TYPE_F1, (kind, counts)


def test_biopharma_scoring_ignores_corporate_types(corporate_scores):
    # The default types stay the eight biopharma ones: corporate gold scores nothing there.
    plain = score_events([GOLD])
    assert plain.events.tp == 0 and plain.events.fn == 0
    assert set(GOLD_TYPES).isdisjoint(CORPORATE_TYPES)
