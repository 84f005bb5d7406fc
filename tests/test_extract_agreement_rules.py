"""Deal and milestone phrasings the agreement and milestone rules were written for, each in words
of our own (the filing that taught the rule is named), and the near misses they must leave alone."""

from __future__ import annotations

import eightk
from eightk.extract.money import find_royalty

HEAD = ("BOSTON, Mass., May 5, 2025 -- Acme Therapeutics, Inc. (Nasdaq: ACME), a clinical-stage "
        "biopharmaceutical company developing antibody drugs for patients with disease, today reported news.\n\n")


def events(*paragraphs: str, type_: str | None = None, head: str = HEAD):
    text = head + "\n\n".join(paragraphs) + "\n"
    found = eightk.process(text.encode("utf-8"), name="test.txt").events
    return [e for e in found if type_ is None or e.type == type_]


def money(value) -> float | None:
    return value.value if value is not None else None


# --- deals listed one partner a line (ABVC 2025-07-10, 2025-03-19) -----------------------------

def test_each_partner_line_is_its_own_background_licence_with_its_terms():
    found = events(
        "During the year, Acme signed licensing deals with several partners, including:",
        "Beta Pharma Inc. - Licensed ACM-101 for development and commercialization in Japan.\n"
        "Acme received 2M Beta Pharma shares and is eligible for potential $4M cash payment, and royalties "
        "up to $30M after launch.\n\n"
        "Gamma Bio Corporation - Entered into a deal to bring ACM-202 to ophthalmology patients.\n"
        "Acme is eligible for potential $2M cash payment and royalties.",
        type_="license_agreement")
    got = {(e.fields["licensee"], e.fields["scope"], money(e.fields["milestones_total"]), e.status) for e in found}
    assert got == {("Beta Pharma", "ACM-101 for development and commercialization in Japan", 4_000_000, "historical"),
                   ("Gamma", "bring ACM-202 to ophthalmology patients", 2_000_000, "historical")}
    assert all(e.fields["licensor"] == "Acme" for e in found)


def test_unnamed_partners_in_a_bullet_list_are_three_deals():
    found = events(
        "* Partner A (Global Oncology Licensing Agreement) \u2013 Potential $90 million licensing deal for Acme\u2019s "
        "lead antibody in solid tumors.\n"
        "* Partner B (Worldwide Ophthalmology License) \u2013 Potential $40 million deal covering Acme\u2019s eye drop.\n"
        "* Partner C (Asia Collaboration Agreement) \u2013 A research collaboration for ACM-303.",
        type_=None)
    deals = [e for e in found if e.type in ("license_agreement", "collaboration_agreement")]
    assert sorted(e.type for e in deals) == ["collaboration_agreement", "license_agreement", "license_agreement"]
    scopes = {e.fields["scope"] for e in deals}
    assert "Acme\u2019s lead antibody in solid tumors" in scopes and "Acme\u2019s eye drop" in scopes


def test_a_line_of_market_figures_is_not_a_deal():
    assert not events("* Global Markets \u2013 Potential $12 billion market for obesity drugs by 2030.",
                      type_="license_agreement")


# --- background deals told in other words --------------------------------------------------------

def test_holding_rights_in_a_territory_is_a_background_licence():
    # ABT 2012-10-18: "Abbott has the rights to bardoxolone methyl outside the U.S. ..."
    (e,) = events("Delta Pharmaceuticals, Inc. and Acme will review the data together.",
                  "Acme has the rights to ACM-404 outside the U.S. and Canada.", type_="license_agreement")
    assert (e.status, e.fields["licensee"], e.fields["licensor"], e.fields["scope"], e.fields["territory"]) == \
        ("historical", "Acme", "Delta", "ACM-404", "outside the U.S. and Canada")


def test_holding_rights_with_no_place_is_not_a_deal():
    assert not events("Acme has the rights to use the name in its marketing.", type_="license_agreement")


def test_a_payment_made_under_an_agreement_with_a_partner_names_that_deal():
    # ABVC 2024-10-22: "The payment, tied to ..., is part of a broader agreement with AiBtl BioPharma."
    (e,) = events("The fee, tied to Acme\u2019s migraine program, is part of a broader agreement with Omega Labs Inc.",
                  type_="license_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["scope"]) == \
        ("historical", "Acme", "Omega Labs", "Acme\u2019s migraine program")


def test_party_to_a_dated_sublicence_is_a_historical_licence():
    # CUAD CNS-WPD recital: "WPD is party to a sublicense agreement dated February 19, 2019 with ..."
    (e,) = events("Acme is party to a sublicense agreement dated March 3, 2021 with Sigma Biologics, Inc. "
                  "(\"Sigma\") to develop and sell ACM-505 in Europe.", type_="license_agreement")
    assert (e.status, e.fields["licensee"], e.fields["licensor"], e.fields["signed"]) == \
        ("historical", "Acme", "Sigma Biologics", "2021-03-03")
    assert e.fields["scope"].startswith("develop and sell ACM-505")


def test_two_companies_collaborating_is_a_background_collaboration():
    # LLY-2024-09-04: "Lilly and EVA Pharma are also collaborating to expand access to affordable insulin"
    (e,) = events("Acme and Kappa Health are also collaborating to supply insulin pens in 20 countries, most of "
                  "which are in Asia.", type_="collaboration_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["scope"]) == \
        ("historical", "Acme", "Kappa Health", "supply insulin pens in 20 countries")


def test_an_access_agreement_announced_today_takes_the_kind_the_headline_gives():
    # LLY-2024-09-04: "the companies have entered into an agreement to expand access to baricitinib"
    head = ("Acme and Zeta Generics team up to widen access to ACM-101\n\nAcme will license certain ACM-101 "
            "manufacturing know-how to Zeta Generics Ltd.\n\n" + HEAD)
    (e,) = events("Acme and Zeta Generics announced today that the companies have entered into an agreement to expand "
                  "access to ACM-101 to patients in 30 low-income countries in Africa by 2030.",
                  type_="license_agreement", head=head)
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["signed"]) == \
        ("occurred", "Acme", "Zeta Generics", "2025-05-05")
    assert e.fields["territory"].startswith("30 low-income countries")


# --- deal terms ---------------------------------------------------------------------------------

def test_milestones_total_is_not_the_upfront_nor_the_deal_value():
    # DVLT 2025-11-06: "a $10 million upfront payment ... and up to $2.55 billion in potential milestone
    # payments"; ABVC 2025-08-22: "a licensing deal with a total potential value of $63.5 million".
    (e,) = events("Acme today announced an exclusive license agreement with Theta Bio for ACM-606.",
                  "The deal includes a $5 million upfront payment in two installments and up to $300 million in "
                  "potential milestone payments.",
                  "Acme has secured a licensing deal with a total potential value of $420 million.",
                  type_="license_agreement")
    assert (money(e.fields["upfront"]), money(e.fields["milestones_total"])) == (5_000_000, 300_000_000)


def test_cash_payments_in_total_are_the_milestones_total_but_money_received_is_not():
    # ABVC 2025-08-22: "$3.5 million in total cash licensing payments, of which $495,000 has been received"
    (e,) = events("Acme today announced a global license agreement with Iota Pharma for ACM-707.",
                  "Iota Pharma Receives Additional $100,000 Licensing Payment.",
                  "* $2.5 million in total cash licensing payments, of which $300,000 has been received to date.",
                  type_="license_agreement")
    assert money(e.fields["milestones_total"]) == 2_500_000


def test_an_equity_investment_is_not_a_milestone_total():
    # LLY-2020-11-20: "$100 million cash upfront and an equity investment by Lilly of $35 million; Precision
    # also eligible to receive potential milestones up to $420 million"
    (e,) = events("Acme today announced a research collaboration and exclusive license agreement with Lambda Bio.",
                  "Lambda Bio will receive $20 million cash upfront and an equity investment by Acme of $5 million; "
                  "Lambda Bio also eligible to receive potential milestones up to $200 million.",
                  type_="collaboration_agreement")
    assert (money(e.fields["upfront"]), money(e.fields["milestones_total"])) == (20_000_000, 200_000_000)


def test_upfront_told_as_part_of_a_combined_amount():
    # LLY-2021-07-29: "an aggregate of $70 million consisting of a cash upfront payment and an equity investment"
    (e,) = events("Acme today announced a research collaboration and license agreement with Mu Therapeutics.",
                  "Mu Therapeutics will receive $30 million consisting of a cash upfront payment and an equity "
                  "investment.", type_="collaboration_agreement")
    assert money(e.fields["upfront"]) == 30_000_000


def test_worldwide_rights_win_over_a_global_agreement_and_medicines_worldwide_is_no_territory():
    # LLY-2021-02-18 ("a global exclusive license agreement ... an exclusive worldwide license"); ALNY 2023-07-24
    (e,) = events("Acme today announced a global exclusive license agreement with Nu Bio to develop ACM-808.",
                  "Nu Bio will obtain an exclusive worldwide license to ACM-808 in all indications.",
                  type_="license_agreement")
    assert e.fields["territory"] == "worldwide"
    (e,) = events("Acme today announced a strategic collaboration with Xi Pharma, a leader in launching medicines "
                  "worldwide, to co-develop ACM-909.", type_="collaboration_agreement")
    assert e.fields["territory"] is None


def test_a_territory_split_between_the_parties():
    # ALNY 2023-07-24: "co-commercialize zilebesiran in the U.S., while Roche obtains exclusive right to
    # commercialize zilebesiran outside the U.S."
    (e,) = events("Acme today announced a strategic collaboration with Omicron Pharma to co-develop ACM-111.",
                  "Acme and Omicron Pharma will co-commercialize ACM-111 in the U.S., while Omicron Pharma obtains "
                  "exclusive rights to commercialize ACM-111 outside the U.S.", type_="collaboration_agreement")
    assert e.fields["territory"] == "co-commercialization in U.S.; Omicron exclusive outside the U.S." \
        or e.fields["territory"] == "co-commercialization in U.S.; Omicron Pharma exclusive outside the U.S." \
        or e.fields["territory"].startswith("co-commercialization in U.S.; ")


def test_royalty_keeps_the_amount_told_before_the_word():
    text = "The terms include up to $45 million in sales royalties (4% of net sales) - a total of $60 million."
    royalty, _, _ = find_royalty(text)
    assert royalty == "up to $45 million in sales royalties (4% of net sales)"


# --- milestones ---------------------------------------------------------------------------------

def test_a_milestone_received_in_shares_has_no_amount():
    # ABVC 2024-10-22: "ABVC has received 23M AiBtl shares as part of the first milestone of the licensing fees"
    found = events("Acme has received 5M Rho Bio shares as part of the second milestone of the licensing fees and "
                   "will obtain royalties up to $40M after launch.", type_="milestone_payment")
    (e,) = found
    assert (e.status, e.fields["payee"], e.fields["payer"], e.fields["amount"], e.fields["payment_status"],
            e.fields["trigger"]) == ("historical", "Acme", "Rho", None, "received", "second milestone of the licensing fees")


def test_shares_received_as_deal_terms_are_not_a_milestone():
    assert not events("Acme received 5M Rho Bio shares and is eligible for potential $3M cash payment.",
                      type_="milestone_payment")


def test_licensing_income_expected_in_a_year_is_an_expected_payment():
    # ABVC 2025-02-20: "today announced its expectation to receive $7M in cash licensing income in 2025"
    (e,) = events("Acme today announced its expectation to receive $3M in cash licensing income in 2026, stemming "
                  "from existing licensing agreements signed in 2024.", type_="milestone_payment")
    assert (e.status, e.date, e.fields["payee"], money(e.fields["amount"]), e.fields["payment_status"]) == \
        ("expected", "2026", "Acme", 3_000_000, "eligible")
    assert e.fields["agreement"].startswith("existing licensing agreements")


def test_agreements_expected_to_contribute_revenue_name_the_agreements_before():
    # ABVC 2025-03-19: "These agreements are expected to contribute ... $19 million in cash revenue in 2025"
    (e,) = events("Since 2022, Acme has executed two global licensing agreements with partners in Asia. These "
                  "agreements are expected to contribute approximately $6 million in cash revenue in 2026.",
                  type_="milestone_payment")
    assert (e.status, money(e.fields["amount"]), e.fields["agreement"]) == \
        ("expected", 6_000_000, "executed two global licensing agreements")


def test_deal_eligibility_and_guidance_are_not_milestone_payments():
    assert not events("Acme is eligible to receive up to $500 million in milestones under the agreement.",
                      "Acme expects to receive revenue of $80 million in 2026, according to its guidance.",
                      type_="milestone_payment")


def test_a_bank_release_yields_no_deal_events():
    text = ("NEW YORK, Jan. 5, 2024 -- First Bank Corp. today reported results. The bank has the rights to "
            "the branch names outside the U.S. Our partners 1 - Signed an agreement for new loans.\n")
    found = eightk.process(text.encode(), name="bank.txt").events
    assert not [e for e in found if e.type in ("license_agreement", "collaboration_agreement", "milestone_payment")]
