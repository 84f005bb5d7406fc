"""Paraphrase stress tests for license_agreement, collaboration_agreement, agreement_amendment and
milestone_payment: the same deal facts told the many ways other writers tell them (wire releases,
8-K Item 1.01 prose, analyst notes, interviews, headlines, bullets), each a sentence of our own
words run through :func:`eightk.process` inside a mini-release. Positives state the expected
(type, status, key fields); negatives expect no event of the type."""

from __future__ import annotations

import pytest

import eightk
from stress_helpers import matches, mini_release

HEADLINE = "Corvexa Therapeutics Provides Business Update\n\n"
DATELINE = ("SAN DIEGO, March 10, 2026 -- Corvexa Therapeutics, Inc. (Nasdaq: CRVX), a clinical-stage "
            "biopharmaceutical company developing treatments for patients with rare disease, today "
            "announced a business update.\n\n")


def release(*sentences: str, headline: str = HEADLINE) -> list:
    return mini_release(headline, DATELINE, *sentences)


def usd(value: float, currency: str = "USD") -> dict:
    return {"value": value, "currency": currency}


LIC, COL, AMD, MS = "license_agreement", "collaboration_agreement", "agreement_amendment", "milestone_payment"
DEAL = (LIC, COL)

# (sentences, headline or None, accepted types, expected fields)
POSITIVE = [
    # --- licences: wire releases
    ("Corvexa today announced that it has entered into an exclusive license agreement with Halvorsen Pharma AG, "
     "under which Halvorsen will pay an upfront fee of $12 million and up to $240 million in development and "
     "sales milestones.", None, LIC,
     {"licensor": "Corvexa", "licensee": "Halvorsen", "upfront": usd(12e6), "milestones_total": usd(240e6),
      "status": "occurred"}),
    ("Corvexa has granted Kintaro Bio worldwide rights to develop and commercialize CVX-310 outside North America.",
     None, LIC, {"licensor": "Corvexa", "licensee": "Kintaro"}),
    ("Corvexa in-licensed the global rights to TRB-44, a bispecific antibody, from Baxley Biologics Ltd. in "
     "exchange for a $3 million upfront payment.", None, LIC,
     {"licensor": "Baxley", "licensee": "Corvexa"}),
    ("Corvexa out-licensed Greater China rights to its lead candidate to Jiangtai Pharmaceutical Co., Ltd.",
     None, LIC, {"licensor": "Corvexa", "licensee": "Jiangtai"}),
    ("Corvexa and Meridian Oncology, Inc. signed a term sheet for an exclusive license to CVX-12 in Europe.",
     None, DEAL, {}),
    ("Corvexa Signs Exclusive Licensing Deal With Halvorsen Pharma for CVX-310", "title", LIC,
     {"status": "occurred"}),
    ("Corvexa has secured an exclusive worldwide license from the University of Westbridge to a novel "
     "gene-editing platform.", None, LIC, {"licensee": "Corvexa", "licensor": "University of Westbridge"}),
    ("Corvexa today announced a license agreement with Halvorsen Pharma AG for CVX-310. Under the agreement, "
     "Halvorsen will pay Corvexa an upfront payment of €15 million and Corvexa is eligible for tiered royalties "
     "ranging from the mid-single digits to low double digits on net sales.", None, LIC,
     {"licensee": "Halvorsen", "upfront": usd(15e6, "EUR"), "royalty": "tiered royalties"}),
    ("Corvexa today announced that it entered into a license agreement with Tokuyama Seiyaku K.K., which "
     "will pay Corvexa ¥1.5 billion upfront for rights in Japan.", None, LIC,
     {"licensee": "Tokuyama", "upfront": usd(1.5e9, "JPY"), "territory": "Japan"}),
    ("Corvexa today announced a licensing agreement with Northway Pharma Inc. under which Northway will pay "
     "C$4 million upfront for Canadian rights to CVX-310.", None, LIC,
     {"licensee": "Northway", "upfront": usd(4e6, "CAD")}),
    ("Corvexa today announced an exclusive license agreement with Albion Therapeutics plc, which will pay "
     "£8 million on signing.", None, LIC, {"licensee": "Albion"}),
    ("Corvexa today announced an exclusive license agreement with Zhenhai Biotech, which will pay an upfront "
     "fee of RMB 50 million.", None, LIC, {"licensee": "Zhenhai", "upfront": usd(50e6, "CNY")}),
    ("Corvexa today announced a license agreement with Halvorsen Pharma AG under which Halvorsen will pay "
     "five million dollars upfront.", None, LIC, {"licensee": "Halvorsen", "upfront": usd(5e6)}),
    ("We licensed our lead asset to Halvorsen Pharma last quarter.", None, LIC,
     {"licensor": "Corvexa", "licensee": "Halvorsen"}),
    ("Corvexa exercised its option to license CVX-77 from Meridian Oncology, Inc.", None, (LIC, AMD), {}),
    ("Item 1.01 Entry into a Material Definitive Agreement. On March 4, 2026, Corvexa Therapeutics, Inc. "
     "entered into an Exclusive License Agreement with Baxley Biologics Ltd., pursuant to which Baxley granted "
     "the Company an exclusive, royalty-bearing license to TRB-44.", None, LIC,
     {"licensee": "Corvexa", "licensor": "Baxley"}),
    # --- licences: analyst notes, interviews, 8-K prose, other currencies
    ("In our view, the company secured a meaningful licensing deal with Halvorsen Pharma AG, which will pay "
     "CHF 10 million upfront for European rights.", None, LIC,
     {"licensee": "Halvorsen", "upfront": usd(10e6, "CHF")}),
    ("\"We signed an exclusive licensing agreement with Kintaro Bio Co., Ltd. for Japan and Korea,\" said the "
     "chief executive officer of Corvexa.", None, LIC, {"exclusive": True}),
    ("Corvexa has been granted an option to license TRB-44 from Baxley Biologics Ltd.", None, LIC, {}),
    ("On March 6, 2026, Corvexa Therapeutics, Inc. entered into a License Agreement with Meridian Oncology, Inc., "
     "under which the Company received an exclusive, worldwide license to develop and commercialize MRD-5.",
     None, LIC, {"licensee": "Corvexa", "licensor": "Meridian", "exclusive": True}),
    ("Corvexa Licenses CVX-12 to Albion Therapeutics plc in Deal Worth Up to $310 Million", "title", LIC,
     {"licensor": "Corvexa", "licensee": "Albion", "status": "occurred"}),
    ("Corvexa today announced that it has out-licensed CVX-77 to Northway Pharma Inc. for Canada.", None, LIC,
     {"licensor": "Corvexa", "licensee": "Northway"}),
    ("Corvexa has inked a licensing deal with Halvorsen Pharma AG that hands Halvorsen the European rights to "
     "CVX-310.", None, LIC, {"licensee": "Halvorsen"}),
    ("The small-cap biotech managed to land a licensing agreement with Kintaro Bio Co., Ltd. for its lead "
     "candidate in Asia.", None, LIC, {"status": "occurred"}),
    ("Corvexa finalized a definitive license agreement with Meridian Oncology, Inc. following the term sheet "
     "signed in January.", None, LIC, {"status": "occurred"}),
    ("Corvexa will receive royalties in the high single digits on net sales under an exclusive license "
     "agreement signed today with Albion Therapeutics plc.", None, LIC, {"licensor": "Corvexa", "licensee": "Albion"}),
    ("Corvexa Therapeutics Enters Into Exclusive License Agreement With Halvorsen Pharma For CVX-310 In Europe",
     "title", LIC, {"status": "occurred", "exclusive": True}),
    ("Corvexa In-Licenses Novel ADC From Baxley Biologics", "title", LIC,
     {"licensee": "Corvexa", "licensor": "Baxley", "status": "occurred"}),
    ("Corvexa entered into an exclusive license agreement with Albion Therapeutics plc. The agreement provides "
     "Corvexa with an upfront payment of $8 million, up to $95 million in regulatory and commercial milestones, "
     "and tiered double-digit royalties.", None, LIC,
     {"licensor": "Corvexa", "licensee": "Albion", "upfront": usd(8e6), "milestones_total": usd(95e6)}),
    ("Corvexa today announced that Meridian Oncology, Inc. has been granted an exclusive license to CVX-12 in "
     "China.", None, LIC, {"licensee": "Meridian", "territory": "China", "exclusive": True}),
    ("Corvexa hopes to land a licensing agreement for CVX-12 by the end of 2026.", None, LIC, {"status": "expected"}),
    ("Corvexa expects to finalize a definitive license agreement with Halvorsen Pharma AG in the second quarter.",
     None, LIC, {"status": "expected"}),
    ("Corvexa plans to execute a collaboration agreement with Kintaro Bio Co., Ltd. later this year.", None, COL,
     {"status": "expected"}),
    ("Corvexa Announces $250 Million Licensing Deal With Halvorsen Pharma", "title", LIC, {"status": "occurred"}),
    ("Corvexa Inks Licensing Pact With Halvorsen Pharma for Lung Drug", "title", LIC, {"status": "occurred"}),
    ("Corvexa Secures Exclusive Rights to Novel ADC Platform From Baxley Biologics", "title", LIC,
     {"licensee": "Corvexa", "licensor": "Baxley", "exclusive": True}),
    ("Corvexa said Friday it had struck a licensing pact with Halvorsen Pharma AG for its lung fibrosis drug.", None,
     LIC, {"status": "occurred"}),
    ("Corvexa signed an exclusive distribution agreement with Northway Pharma Inc. granting Northway the rights to "
     "market CVX-310 in Canada.", None, LIC, {"licensor": "Corvexa", "licensee": "Northway", "territory": "Canada"}),
    ("In January 2024, Corvexa licensed CVX-12 to Halvorsen Pharma AG.", None, LIC,
     {"signed": "2024-01", "status": "historical", "licensee": "Halvorsen"}),
    ("The license agreement with Halvorsen Pharma AG, signed in March 2023, covers CVX-12 in Europe.", None, LIC,
     {"signed": "2023-03", "licensee": "Halvorsen", "territory": "Europe"}),
    ("Corvexa's 2021 licensing deal with Kintaro Bio Co., Ltd. gives Kintaro rights to CVX-310 in Japan.", None, LIC,
     {"signed": "2021", "licensee": "Kintaro", "status": "historical"}),
    # --- collaborations
    ("Corvexa today announced a strategic partnership with Halvorsen Pharma AG to co-develop CVX-310 for "
     "pulmonary fibrosis.", None, COL, {"status": "occurred"}),
    ("Corvexa and Meridian Oncology, Inc. entered into a co-development and co-commercialization agreement "
     "for CVX-12, with costs shared equally.", None, COL, {}),
    ("Corvexa announced a research collaboration with the University of Westbridge to identify new targets "
     "in fibrotic disease.", None, COL, {}),
    ("Corvexa Teams Up With Halvorsen Pharma to Develop Inhaled Therapies", "title", COL, {}),
    ("Corvexa has formed a multi-year strategic alliance with Kintaro Bio to discover antibodies against "
     "three targets, with Kintaro providing $5 million in research funding.", None, COL, {}),
    ("Corvexa signed a collaboration agreement with Halvorsen Pharma AG, under which Halvorsen will pay $20 "
     "million upfront and up to $1.1 billion in milestones.", None, COL,
     {"upfront": usd(20e6), "milestones_total": usd(1.1e9)}),
    ("Corvexa and Halvorsen Pharma AG announced a strategic partnership to co-develop and co-commercialize "
     "inhaled treatments for lung fibrosis.", None, COL, {}),
    ("Corvexa has joined forces with Kintaro Bio Co., Ltd. to discover new antibodies for solid tumors.", None, COL,
     {}),
    ("Corvexa entered into a research collaboration agreement with the University of Westbridge, under which "
     "Corvexa will fund research of up to $3 million over three years.", None, COL, {}),
    ("Corvexa Announces Strategic Collaboration With Kintaro Bio to Co-Develop Antibody Therapies",
     "title", COL, {"status": "occurred"}),
    ("Corvexa and Halvorsen Pharma AG have agreed to jointly develop CVX-310 and share development costs "
     "equally.", None, COL, {}),
    ("Corvexa and Halvorsen Pharma Sign Co-Development and Co-Commercialization Agreement for CVX-310", "title",
     COL, {"status": "occurred"}),
    ("Corvexa signed a memorandum of understanding (MOU) with Kintaro Bio Co., Ltd. to jointly develop CVX-310 in "
     "Asia.", None, COL, {"status": "occurred"}),
    ("Corvexa formed a joint venture with Halvorsen Pharma AG to develop inhaled therapies.", None, COL, {}),
    ("Corvexa entered into a Cooperative Research and Development Agreement (CRADA) with the National Cancer "
     "Institute to evaluate CVX-12.", None, COL, {}),
    ("Corvexa and Halvorsen Pharma AG entered into a development and commercialization agreement for CVX-310.",
     None, COL, {"scope": "CVX-310"}),
    ("Corvexa entered into a strategic cooperation agreement with Zhenhai Biotech Co., Ltd. to develop and "
     "commercialize CVX-12 in China.", None, COL, {"territory": "China"}),
    ("Corvexa entered into a collaboration agreement with Halvorsen Pharma AG to co-develop CVX-310. Halvorsen will "
     "handle manufacturing and commercialization in Europe, while Corvexa will oversee clinical development.", None,
     COL, {"responsibilities": "Halvorsen will handle manufacturing and commercialization"}),
    ("Corvexa entered into a collaboration agreement with Halvorsen Pharma AG to co-develop CVX-310. Halvorsen will "
     "fund 60% of development costs and Corvexa will fund 40%.", None, COL,
     {"cost_sharing": "fund 60% of development costs"}),
    # a joint venture partner states a collaboration (a background deal in the gold convention)
    ("Corvexa announces a new strategy with its joint venture partner, Kintaro Bio Co., Ltd.", None, COL, {}),
    # --- amendments
    ("Corvexa and Halvorsen Pharma AG amended and restated their license agreement to add two new "
     "indications.", None, AMD, {"status": "occurred"}),
    ("Corvexa and Kintaro Bio extended the research term of their collaboration by two years.", None, AMD, {}),
    ("Corvexa announced an expansion of its collaboration with Meridian Oncology to include a third target.",
     None, AMD, {}),
    ("On March 2, 2026, the Company entered into a First Amendment to the License Agreement with Baxley "
     "Biologics Ltd. to extend the royalty term.", None, AMD, {}),
    ("Corvexa and Meridian Oncology, Inc. amended their 2022 license agreement to expand the territory to "
     "include Latin America.", None, AMD, {"agreement": "2022 license agreement"}),
    ("Corvexa exercised its option under the 2024 option agreement with Baxley Biologics Ltd. to obtain an "
     "exclusive license to TRB-44.", None, (AMD, LIC), {}),
    ("Corvexa and Halvorsen Pharma AG extended their research collaboration through December 2028.", None, AMD, {}),
    ("The license agreement with Kintaro Bio Co., Ltd. was amended in February 2026 to reduce the royalty rate.",
     None, AMD, {}),
    ("Corvexa and Kintaro Bio Co., Ltd. signed an amendment to their collaboration agreement that increases "
     "research funding by $2 million.", None, AMD, {"change": "increases research funding"}),
    ("Corvexa today announced that Halvorsen Pharma AG has exercised its option to license CVX-77, triggering a "
     "$5 million option exercise fee payable to Corvexa.", None, AMD, {}),
    ("The companies agreed to amend the collaboration agreement to extend the research term through 2028.", None,
     AMD, {"amended": "2026-03-10", "change": "extend the research term"}),
    ("Corvexa today announced that it has extended its research collaboration with Kintaro Bio Co., Ltd. for an "
     "additional two years.", None, AMD, {"status": "occurred"}),
    ("The agreement with Halvorsen Pharma AG was expanded to cover the United Kingdom.", None, AMD,
     {"change": "cover the United Kingdom"}),
    ("Corvexa and Halvorsen Pharma AG agreed to extend the term of their license agreement by five years.", None,
     AMD, {"agreement": ("license agreement", "Corvexa-Halvorsen Pharma license")}),
    ("Halvorsen Pharma AG has opted in to co-develop CVX-310 under the companies' 2024 option agreement.", None,
     AMD, {}),
    ("Corvexa and Halvorsen Pharma AG entered into an amendment to their license agreement, effective March 1, "
     "2026.", None, AMD, {"amended": "2026-03-01"}),
    ("Corvexa and Halvorsen Pharma AG modified the terms of their license agreement to reduce the royalty rate.",
     None, AMD, {"change": "reduce the royalty rate"}),
    ("Corvexa renegotiated its licensing deal with Kintaro Bio Co., Ltd., lowering the milestone payments.", None,
     AMD, {}),
    ("Corvexa signed an addendum to its collaboration agreement with Halvorsen Pharma AG adding two targets.", None,
     AMD, {}),
    ("Corvexa and Halvorsen Pharma AG revised their license agreement to include pediatric indications.", None, AMD,
     {"change": "include pediatric indications"}),
    # --- milestone payments
    ("Corvexa received a $2 million milestone payment from Halvorsen Pharma upon dosing of the first patient "
     "in the Phase 2 trial of CVX-310.", None, MS,
     {"amount": usd(2e6), "payer": "Halvorsen", "payee": "Corvexa", "payment_status": "received"}),
    ("Corvexa achieved a development milestone under its agreement with Kintaro Bio that triggers a payment "
     "of $7.5 million to Corvexa.", None, MS, {"amount": usd(7.5e6), "payee": "Corvexa"}),
    ("Corvexa recognized $4 million in milestone revenue from Meridian Oncology during the quarter.", None, MS,
     {"amount": usd(4e6)}),
    ("Corvexa paid Baxley Biologics a $1 million milestone following the IND clearance for TRB-44.", None, MS,
     {"amount": usd(1e6), "payer": "Corvexa", "payee": "Baxley", "payment_status": "paid"}),
    ("Corvexa earned a €3 million milestone from Halvorsen Pharma after the first patient was dosed.", None, MS,
     {"amount": usd(3e6, "EUR"), "payee": "Corvexa"}),
    ("Corvexa Receives $10 Million Milestone Payment From Kintaro Bio", "title", MS, {"amount": usd(10e6)}),
    ("The first patient dosing triggered a €4 million payment to Corvexa under its agreement with Halvorsen Pharma "
     "AG.", None, MS, {"amount": usd(4e6, "EUR"), "payee": "Corvexa", "payer": "Halvorsen"}),
    ("Corvexa booked a $1 million milestone from Kintaro Bio Co., Ltd. in the second quarter.", None, MS,
     {"amount": usd(1e6), "payer": "Kintaro"}),
    ("Corvexa was paid a $2.5 million milestone by Halvorsen Pharma AG.", None, MS,
     {"amount": usd(2.5e6), "payee": "Corvexa", "payer": "Halvorsen", "payment_status": "received"}),
    ("Corvexa made a $500,000 milestone payment to Westbridge University upon the start of the Phase 1 trial.", None,
     MS, {"amount": usd(5e5), "payer": "Corvexa", "payee": "Westbridge University", "payment_status": "paid"}),
    ("Corvexa achieved a $3 million milestone under its license agreement with Halvorsen Pharma AG.", None, MS,
     {"amount": usd(3e6), "payee": "Corvexa", "payer": "Halvorsen", "asset": None}),
    ("Kintaro Bio Co., Ltd. paid Corvexa a milestone of $2 million.", None, MS,
     {"amount": usd(2e6), "payee": "Corvexa", "payer": "Kintaro"}),
    ("Corvexa received two million dollars from Halvorsen Pharma AG as a milestone payment following first "
     "patient dosing.", None, MS, {"amount": usd(2e6), "payer": "Halvorsen", "payee": "Corvexa"}),
    ("Halvorsen Pharma AG paid Corvexa a $6 million milestone upon acceptance of the MAA for CVX-310.", None, MS,
     {"amount": usd(6e6), "payer": "Halvorsen", "payee": "Corvexa"}),
    ("Corvexa has achieved the second development milestone under its collaboration with Kintaro Bio Co., Ltd., "
     "earning a payment of $3 million.", None, MS, {"amount": usd(3e6), "payee": "Corvexa"}),
    ("We received a $5 million milestone from our partner Halvorsen Pharma AG when the first patient was dosed.",
     None, MS, {"amount": usd(5e6), "payee": "Corvexa", "payment_status": "received"}),
    ("The dosing of the first patient in the Phase 3 study triggered a $15 million milestone payment to Corvexa "
     "from Kintaro Bio Co., Ltd.", None, MS, {"amount": usd(15e6), "payee": "Corvexa", "payer": "Kintaro"}),
    ("Corvexa has collected a ¥500 million milestone from Tokuyama Seiyaku K.K. following approval in Japan.",
     None, MS, {"amount": usd(500e6, "JPY"), "payer": "Tokuyama"}),
]

NEGATIVE = [
    ("There can be no assurance that we will enter into a license agreement for CVX-310 on acceptable terms.",
     DEAL + (AMD,)),
    ("We may seek partners to develop our product candidates, and any future collaboration may not succeed.",
     DEAL),
    ("Corvexa is eligible to receive up to $300 million in milestone payments under the agreement.", (MS,)),
    ("Shares of Corvexa rose 12% after the company presented data at the conference.", DEAL + (AMD, MS)),
    ("The Company intends to file a Biologics License Application for CVX-310 in 2027.", DEAL),
    ("Corvexa is eligible to receive tiered royalties on net sales of CVX-310.", (MS,)),
    ("If we fail to meet our obligations under our license agreements, we could lose rights that are important "
     "to our business.", DEAL + (AMD,)),
    ("Halvorsen Pharma AG, a partner of Corvexa, reported revenue of $2.1 billion for the year.", DEAL + (MS,)),
    ("Corvexa will host a conference call to discuss the license agreement at 8:00 a.m. ET.", (AMD, MS)),
    ("The Company may amend its certificate of incorporation to increase the number of authorized shares.",
     (AMD,)),
    ("Corvexa may in the future seek to out-license CVX-77 to a regional partner.", DEAL),
    ("Corvexa continues to evaluate strategic partnership opportunities for CVX-12.", DEAL),
    ("Under the license agreement, Corvexa could receive up to $50 million in milestones upon the achievement "
     "of specified events.", (MS,)),
    ("During the quarter, Corvexa earned milestone payments totaling $12 million from its partners.", (MS,)),
    ("Corvexa partners with patients, caregivers and advocacy groups to raise awareness of rare lung disease.",
     DEAL),
    ("Corvexa reached an agreement with the FDA on the design of its Phase 3 trial.", DEAL + (AMD,)),
    ("Corvexa teams up with leading academic centers to enroll patients in its registry.", DEAL),
    ("Corvexa has agreements with contract manufacturers and distributors in Europe and Asia.", DEAL),
    ("Corvexa landed a spot in the Russell 2000 index.", DEAL),
    ("Corvexa executed disciplined cost management, and validated our partnership-driven business model.", DEAL),
    ("Corvexa modified the dosing regimen in its trial under the collaboration with Kintaro Bio Co., Ltd.", (AMD,)),
    ("Corvexa and the government agreed to modify the purchase agreement for CVX-310 doses.", (AMD,)),
    ("Our pipeline includes CVX-310 for pulmonary fibrosis, CVX-12 for scleroderma and CVX-77 for kidney "
     "fibrosis.", DEAL + (MS,)),
]


def _headline_of(spec: str | None, sentence: str) -> tuple[tuple[str, ...], str]:
    if spec == "title":
        return (), sentence + "\n\n"
    return (sentence,), HEADLINE


@pytest.mark.parametrize("sentence,head,types,want", POSITIVE, ids=[f"pos{i}" for i in range(len(POSITIVE))])
def test_agreement_paraphrase(sentence: str, head: str | None, types, want: dict) -> None:
    sentences, headline = _headline_of(head, sentence)
    types = types if isinstance(types, tuple) else (types,)
    events = [e for e in release(*sentences, headline=headline) if e.type in types]
    assert events, f"no {types} event"
    assert any(matches(e, want) for e in events), [(e.type, e.status, e.fields) for e in events]


@pytest.mark.parametrize("sentence,types", NEGATIVE, ids=[f"neg{i}" for i in range(len(NEGATIVE))])
def test_agreement_negative(sentence: str, types) -> None:
    events = [e for e in release(sentence) if e.type in types]
    assert not events, [(e.type, e.status, e.fields) for e in events]


def test_listed_partners_are_one_deal_each() -> None:
    events = [e for e in release("Corvexa has existing license agreements with Halvorsen Pharma AG, Kintaro Bio Co., "
                                 "Ltd. and Albion Therapeutics plc.") if e.type == LIC]
    assert sorted(e.fields["licensee"] for e in events) == ["Albion", "Halvorsen Pharma", "Kintaro"]


def test_a_partner_then_a_clause_is_one_deal() -> None:
    events = [e for e in release("Under the license agreements with Halvorsen Pharma AG, Corvexa is entitled to "
                                 "royalties on net sales.") if e.type == LIC]
    assert len(events) == 1


CONTRACT = """EXCLUSIVE LICENSE AGREEMENT

This Exclusive License Agreement (the "Agreement") is made and entered into as of June 1, 2019 (the "Effective \
Date") by and between the Board of Regents of Westbridge University ("Licensor") and Corvexa Therapeutics, Inc., a \
Delaware corporation ("Licensee").

WHEREAS, Licensor owns certain patent rights relating to small molecule drug candidates for the treatment of \
pulmonary fibrosis in patients; and

WHEREAS, Licensee desires to obtain an exclusive license under such patent rights;

2.1 License Grant. Licensor hereby grants to Licensee an exclusive, worldwide, royalty-bearing license under the \
Patent Rights to make, use and sell Licensed Products.

4.1 Upfront Fee. Licensee shall pay Licensor a non-refundable license fee of Fifty Thousand Dollars ($50,000) \
within thirty days of the Effective Date.

4.3 Royalties. Licensee shall pay Licensor a royalty of three percent (3%) of Net Sales.
"""


def test_contract_with_role_aliases() -> None:
    events = list(eightk.process(CONTRACT.encode(), name="EX-10.1.txt").events)
    deals = [e for e in events if e.type == LIC]
    assert len(deals) == 1 and not [e for e in events if e.type == MS]
    assert matches(deals[0], {"licensor": "Westbridge University", "licensee": "Corvexa", "signed": "2019-06-01",
                               "upfront": usd(50000), "royalty": "three percent (3%) of Net Sales"})


@pytest.mark.parametrize("where,want", [
    ("in North America", "North America"), ("outside of China", "outside of China"),
    ("in the Asia-Pacific region", "Asia-Pacific region"), ("ex-U.S.", "ex-U.S."),
    ("in all territories except Japan", "all territories except Japan"),
    ("in the European Union and the United Kingdom", "European Union and the United Kingdom"),
    ("in the Middle East and North Africa", "Middle East and North Africa"), ("in South Korea", "South Korea"),
    ("across Southeast Asia", "Southeast Asia"), ("in the U.S.", "U.S."),
])
def test_territory_paraphrase(where: str, want: str) -> None:
    (e,) = [e for e in release(f"Corvexa today announced an exclusive license agreement with Halvorsen Pharma AG for "
                               f"CVX-310 {where}.") if e.type == LIC]
    assert e.fields["territory"] == want


def test_sales_outside_a_country_are_no_territory() -> None:
    events = [e for e in release("Corvexa's alliance with Halvorsen Pharma AG covers CVX-310.",
                                 "Revenue outside the U.S. decreased 6% to $2 million.") if e.type == COL]
    assert all(e.fields.get("territory") != "outside the U.S." for e in events)
