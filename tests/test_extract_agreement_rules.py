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


# --- fields of background deals, amendments and contracts ----------------------------------------

def test_a_background_deal_takes_the_product_its_sentence_names_and_who_discovered_it():
    # LLY-2024-09-04: "Discovered by Incyte and licensed to Lilly, baricitinib is for the treatment of ..."
    (e,) = events("Discovered by Pi Labs, Inc. and licensed to Acme, ACM-222 is for the treatment of gout.",
                  type_="license_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["scope"]) == ("historical", "Pi Labs", "Acme", "ACM-222")


def test_a_licence_of_our_assets_is_granted_by_the_registrant():
    # DWTX 2026-05-14: "we executed a global development license for our legacy combination antiviral assets"
    (e,) = events("In the first quarter, we executed a global development license for our older antiviral assets.",
                  type_="license_agreement")
    assert e.fields["licensor"] == "Acme"


def test_what_a_deal_with_a_partner_is_for():
    # ABVC 2025-06-06: "ABVC's direct licensing agreement with OncoX for its broader oncology pipeline includes ..."
    (e,) = events("Acme\u2019s licensing agreement with Sigma Labs Inc. for its pain portfolio includes a deal valued up "
                  "to $50 million.", type_="license_agreement")
    assert e.fields["scope"] == "its pain portfolio"


def test_a_licence_obtained_to_a_product_is_the_deal_scope():
    # LLY-2021-02-18: "Lilly will obtain an exclusive worldwide license to Rigel's RIPK1 inhibitors, including ..."
    (e,) = events("Acme today announced a strategic collaboration with Tau Bio to co-develop new pain drugs.",
                  "Acme will obtain an exclusive worldwide license to Tau's TRPV1 inhibitors, including TB-12, in all "
                  "indications.", type_="collaboration_agreement")
    assert e.fields["scope"] in ("co-develop new pain drugs", "Tau's TRPV1 inhibitors")


def test_what_an_expansion_changes_is_told_under_the_terms_of_the_expanded_agreement():
    # LLY-2022-12-22: "Under the terms of the expanded agreement, Lilly will gain access to additional targets ..."
    found = events("Acme and Upsilon Bio today announced the expansion of their research collaboration agreement.",
                   "Under the terms of the expanded agreement, Acme will gain access to two more targets in the liver.",
                   type_="agreement_amendment")
    (e,) = found
    assert (e.status, e.fields["change"]) == ("occurred", "Acme will gain access to two more targets in the liver")


def test_an_agreement_as_amended_earlier_is_a_historical_amendment_of_the_agreement_named_before():
    # NTLX 2026-06-03: "pursuant to a share purchase agreement dated March 9, 2026, as amended by an amending
    # agreement dated April 30, 2026"
    (e,) = events("Acme closed the purchase pursuant to a license agreement dated March 2, 2025, as amended by an "
                  "amending agreement dated April 1, 2025.",
                  "In accordance with an amendment to the license, any shares issued for the earn-out will be issued "
                  "at the market price.", type_="agreement_amendment")
    assert (e.status, e.fields["amended"], e.fields["agreement"]) == ("historical", "2025-04-01", "license agreement dated March 2, 2025")
    assert e.fields["change"].startswith("any shares issued for the earn-out")


CONTRACT = ("Exhibit 10.1 Development Agreement This Development Agreement (the \"Agreement\") dated as of June 1, 2021 "
            "is entered into by and between Acme Therapeutics, Inc. (\"Acme\"), a Delaware corporation, and Chi Pharma, "
            "(\"Chi\"), a Swiss corporation. RECITALS WHEREAS, Chi is developing certain antibody indications pursuant "
            "to a license from a university; WHEREAS, Acme has agreed to fund a portion of the development of such "
            "indications in exchange for certain economic rights. NOW, THEREFORE, the Parties agree as follows: "
            + "Each Party shall perform its duties. " * 30)


def test_a_development_contract_reads_its_recitals_for_scope_funding_and_roles():
    # CUAD CNS-WPD
    found = eightk.process(CONTRACT.encode(), name="ex10.txt").events
    (e,) = [e for e in found if e.type == "collaboration_agreement"]
    assert (e.fields["licensor"], e.fields["licensee"], e.fields["signed"]) == ("Chi", "Acme", "2021-06-01")
    assert e.fields["scope"].startswith("certain antibody indications")
    assert e.fields["research_funding"].startswith("Acme has agreed to fund a portion of the development")


# --- announcement shapes ------------------------------------------------------------------------

def test_a_headline_names_the_deal_without_an_article_and_rights_to_a_partners_technology():
    # LLY-2022-01-06: "Lilly and Entos Pharmaceuticals Enter into Research and Collaboration Agreement ...";
    # "Eli Lilly and Company has acquired exclusive rights to Entos Pharmaceuticals' Fusogenix ... technology"
    head = "Acme and Psi Biologics Enter into Research Collaboration Agreement for Brain Delivery\n\n" + HEAD
    (e,) = events("Acme has acquired exclusive rights to Psi Biologics' Shuttle delivery technology to research and "
                  "develop brain-penetrant antibodies, the companies announced today.",
                  type_="collaboration_agreement", head=head)
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["exclusive"]) == ("occurred", "Psi Biologics", "Acme", True)
    assert e.fields["scope"] == "Psi Biologics' Shuttle delivery technology to research and develop brain-penetrant antibodies"


def test_a_product_developed_under_a_collaboration_agreement_between_two_companies():
    # LLY-2021-05-18: "sintilimab, a PD-1 inhibitor being developed and commercialized under a global collaboration
    # agreement between Innovent and Lilly"; LLY-2020-09-18: "Lilly has exclusive worldwide development and
    # commercialization rights for baricitinib ... under a license and collaboration agreement with Incyte."
    (e,) = events("ACM-777, an oral GLP-1 agonist being developed under a global collaboration agreement between Phi "
                  "Pharmaceuticals, Inc. and Acme, is in Phase 2.", type_="collaboration_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["scope"]) == ("historical", "Phi", "Acme", "ACM-777")
    (e,) = events("Acme has exclusive worldwide development rights for ACM-888 under a license agreement with Chi "
                  "Pharmaceuticals, Inc.", type_="license_agreement")
    assert (e.fields["licensor"], e.fields["licensee"], e.fields["scope"], e.fields["territory"]) == ("Chi", "Acme", "ACM-888", "worldwide")


def test_a_grant_to_a_company_with_its_suffix_and_the_scope_stops_at_the_price():
    (e,) = events("Acme has granted Xi Pharmaceuticals, Inc. an exclusive license to develop and commercialize ACM-505 "
                  "in Greater China, in exchange for an upfront payment of $8 million.", type_="license_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["scope"], e.fields["territory"]) == \
        ("occurred", "Acme", "Xi", "develop and commercialize ACM-505 in Greater China", "Greater China")


def test_in_licensed_from_a_university_in_a_year():
    (e,) = events("Acme in-licensed ACM-606 from the University of Omicron in 2018.", type_="license_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["signed"]) == ("historical", "University of Omicron", "Acme", "2018")


def test_a_milestone_under_an_existing_collaboration_does_not_announce_a_new_one():
    found = events("Acme today announced that it has achieved a $10 million development milestone under its "
                   "collaboration with Beta Pharmaceuticals, Inc.")
    deal = [e for e in found if e.type == "collaboration_agreement"]
    assert [e.status for e in deal] == ["historical"]
    (m,) = [e for e in found if e.type == "milestone_payment"]
    assert (m.fields["payee"], m.fields["payer"], money(m.fields["amount"]), m.fields["payment_status"]) == \
        ("Acme", "Beta", 10_000_000, "earned")


def test_the_event_that_triggered_a_payment_is_its_trigger_and_a_future_payment_is_eligible():
    (e,) = events("The initiation of the Phase 2 trial triggered a $15 million milestone payment to Acme from Gamma "
                  "Biosciences, Inc.", type_="milestone_payment")
    assert (e.fields["trigger"], e.fields["trigger_kind"], e.fields["phase"]) == ("initiation of the Phase 2 trial", "phase_start", "Phase 2")
    (e,) = events("Acme will receive a $25 million milestone payment from Zeta Therapeutics, Inc. upon the first "
                  "patient dosed in the Phase 3 study.", type_="milestone_payment")
    assert (e.status, e.fields["payment_status"]) == ("expected", "eligible")


def test_an_amendment_to_a_dated_agreement_is_dated_today_and_its_change_is_not_the_old_deal_scope():
    found = events("Acme and Lambda Biosciences, Inc. today announced an amendment to their 2019 license agreement "
                   "to expand the field to include oncology indications.")
    (a,) = [e for e in found if e.type == "agreement_amendment"]
    assert (a.status, a.fields["amended"], a.fields["change"]) == ("occurred", "2025-05-05", "expand the field to include oncology indications")
    (old,) = [e for e in found if e.type == "license_agreement"]
    assert (old.status, old.fields["signed"], old.fields["scope"]) == ("historical", "2019", None)


def test_licensed_from_collaboration_between_and_their_collaboration_are_background_deals():
    # LLY-2020-06-15 "an oral JAK1/JAK2 inhibitor licensed from Incyte"; LLY-2021-01-27 "emerged from the
    # collaboration between Lilly and AbCellera", "Vir and GSK are advancing VIR-7831 as part of their collaboration"
    (e,) = events("ACM-123, an oral kinase inhibitor licensed from Rho Pharmaceuticals, Inc., is in Phase 3.",
                  type_="license_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"]) == ("historical", "Rho", "Acme")
    (e,) = events("ACM-321 emerged from the collaboration between Acme and Sigma Biologics Inc.",
                  type_="collaboration_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"]) == ("historical", "Sigma Biologics", "Acme")


def test_a_joint_venture_and_licensing_agreement_is_a_collaboration():
    # AVAI 2024-11-12: "entered into a joint venture and licensing agreement"
    found = events("Acme and Tau Labs Inc. today announced the companies have entered into a joint venture and licensing "
                   "agreement to develop ACM-999.")
    assert [e.type for e in found if e.type.endswith("_agreement")] == ["collaboration_agreement"]


def test_an_explicit_licence_in_a_collaboration_sentence_is_a_licence():
    # ABVC 2025-08-01: "its ongoing collaboration with OncoX ..., a rising oncology player that has licensed four
    # IND-stage drug assets from ABVC"
    (e,) = events("Acme highlighted its ongoing collaboration with Upsilon Bio Inc., a young company that has licensed "
                  "two drug assets from Acme.", type_="license_agreement")
    assert (e.fields["licensor"], e.fields["licensee"]) == ("Acme", "Upsilon")


def test_an_expansion_whereby_rights_are_obtained_is_one_amendment_dated_by_its_opening_phrase():
    # LLY-2021-05-18: "In August 2020, Lilly and Innovent announced a global expansion of their strategic alliance
    # for sintilimab, whereby Lilly obtained an exclusive license for sintilimab for geographies outside of China."
    found = events("In August 2023, Acme and Phi Pharmaceuticals, Inc. announced a global expansion of their strategic "
                   "alliance for ACM-444, whereby Acme obtained an exclusive license for ACM-444 outside of Japan.")
    assert [(e.type, e.status, e.fields.get("amended")) for e in found if "agreement" in e.type] == \
        [("agreement_amendment", "historical", "2023-08")]


def test_terms_naming_another_partner_stay_off_a_deal_with_someone_else():
    # LLY-2020-10-27: "a global antibody manufacturing collaboration with Amgen ..." then, about another deal,
    # "In return, Innovent will receive an upfront payment of $200 million ..."
    (e,) = events("Earlier, Acme announced a manufacturing collaboration with Omega to increase supply of ACM-100.",
                  "In return, Kappa Pharmaceuticals, Inc. will receive an upfront payment of $20 million and royalties.",
                  type_="collaboration_agreement")
    assert (e.fields["upfront"], e.fields["royalty"]) == (None, None)


def test_an_about_section_on_the_partnership_is_read():
    # LLY-2021-05-18: "**About Innovent Biologics' Strategic Collaboration with Eli Lilly and Company** Innovent
    # entered into a strategic collaboration with Lilly ... in March 2015"
    text = (HEAD + "Acme reported results today for ACM-101 in patients. ACM-101 is a clinical antibody drug.\n\n"
            "**About Omega Bio** Omega Bio is a company that makes drugs. "
            "**About Omega Bio's Strategic Collaboration with Acme** Omega Bio entered into a strategic collaboration "
            "with Acme focused on antibody medicine in March 2015.\n")
    found = [e for e in eightk.process(text.encode(), name="t.txt").events if e.type == "collaboration_agreement"]
    assert [(e.status, e.fields["signed"]) for e in found] == [("historical", "2015-03")]


def test_a_milestone_payment_told_without_its_amount():
    # ABVC 2025-08-01: "Its recent funding efforts have led to the fulfillment of an additional milestone payment"
    (e,) = events("Omega Bio Inc. licensed two programs from Acme last year. Its recent progress has led to the "
                  "fulfillment of an additional milestone payment, a sign of commitment.", type_="milestone_payment")
    assert (e.status, e.fields["payer"], e.fields["payee"], e.fields["amount"], e.fields["payment_status"]) == \
        ("occurred", "Omega", "Acme", None, "received")
    assert not events("Omega Bio Inc. may make an additional milestone payment next year.", type_="milestone_payment")


def test_development_and_sales_milestones_add_up_to_the_total():
    # LLY-2019-05-28: "up to $575 million in potential development and regulatory milestones" and "up to $375
    # million in potential sales milestones"
    (e,) = events("Acme today announced a license agreement whereby Acme will acquire the exclusive rights for TB-500 "
                  "from Beta Pharmaceuticals, Inc.",
                  "Beta may be eligible for up to $100 million in potential development and regulatory milestones.",
                  "If TB-500 is commercialized, Beta would be eligible for up to $50 million in potential sales milestones.",
                  type_="license_agreement")
    assert (money(e.fields["milestones_total"]), e.fields["scope"]) == (150_000_000, "exclusive rights for TB-500")


def test_one_milestone_figure_for_every_kind_is_not_added_twice():
    (e,) = events("Acme today announced a license agreement with Beta Pharmaceuticals, Inc. for TB-600.",
                  "Beta may receive up to $300 million in development, regulatory and sales milestones.",
                  "In total, Beta may receive up to $300 million in development, regulatory and sales milestones.",
                  type_="license_agreement")
    assert money(e.fields["milestones_total"]) == 300_000_000


def test_the_place_a_licence_covers_is_not_a_global_adjective():
    # LLY-2021-05-18: "a licensing agreement with Lilly to develop and commercialize a potentially global
    # best-in-class diabetes medicine in China"
    (e,) = events("In August 2019, Acme entered into a licensing agreement with Beta Pharmaceuticals, Inc. to develop "
                  "a potentially global best-in-class diabetes medicine in China.", type_="license_agreement")
    assert e.fields["territory"] == "China"


def test_a_title_case_headline_deal_is_the_body_deal_with_the_body_scope():
    head = "Acme and Beta Pharmaceuticals Announce Exclusive License Agreement for Pain Drug Candidate\n\n" + HEAD
    found = events("Acme and Beta Pharmaceuticals, Inc. today announced a license agreement whereby Acme will acquire the "
                   "exclusive rights for BP-77 from Beta.", type_="license_agreement", head=head)
    (e,) = found
    assert (e.status, e.fields["scope"], e.fields["exclusive"]) == ("occurred", "exclusive rights for BP-77", True)


def test_a_headline_alone_announces_a_deal():
    head = "Acme and Beta Pharmaceuticals Announce Exclusive License Agreement for ACM-101 in Greater China\n\n" + HEAD
    (e,) = events("Acme reported results for ACM-202 in patients.", type_="license_agreement", head=head)
    assert (e.status, e.fields["territory"]) == ("occurred", "Greater China")


def test_the_year_of_the_agreement_does_not_date_the_payment():
    (e,) = events("Acme received a $5 million payment from Mu Pharmaceuticals, Inc. upon achievement of a development "
                  "milestone under the companies' 2021 license agreement.", type_="milestone_payment")
    assert (e.status, e.date) == ("occurred", "2025-05-05")


def test_rights_licensed_under_the_agreement_announced_are_that_deal():
    # Alnylam 8-K 2023-07-24: "challenges certain patents licensed to Roche under the Agreement"
    found = events("Acme today announced it has entered into a Collaboration and License Agreement (the \u201cAgreement\u201d) "
                   "with Beta Pharmaceuticals, Inc. to develop ACM-101.",
                   "Acme may terminate the Agreement if Beta challenges certain patents licensed to Beta under the "
                   "Agreement.")
    assert [(e.type, e.status) for e in found if e.type.endswith("_agreement")] == [("collaboration_agreement", "occurred")]


def test_a_research_body_partner_is_the_licensor_a_drug_company_partner_the_licensee():
    # LLY-2020-08-03 "in partnership with NIAID"; INTS 2025-08-04 "in collaboration with the Swiss Cancer Group";
    # LLY-2019-01-07 "developed and commercialized in collaboration with Bayer"
    (e,) = events("The ACM-101 trial is being run in collaboration with the Nordic Cancer Group across 40 sites.",
                  type_="collaboration_agreement")
    assert (e.fields["licensor"], e.fields["licensee"]) == ("Nordic Cancer Group", "Acme")
    (e,) = events("ACM-101, developed and commercialized in collaboration with Bayer AG, was approved last year.",
                  type_="collaboration_agreement")
    assert (e.fields["licensor"], e.fields["licensee"]) == ("Acme", "Bayer")


def test_who_takes_a_licence_to_develop_is_its_licensee():
    # LLY-2020-08-18: "Innovent entered into an additional licensing agreement with Lilly to develop and commercialize
    # a potentially global best-in-class diabetes medicine in China"
    (e,) = events("In May 2022, Omega Pharmaceuticals, Inc. entered into a licensing agreement with Acme to develop and "
                  "commercialize a diabetes medicine in Korea.", type_="license_agreement")
    assert (e.fields["licensee"], e.fields["licensor"], e.fields["territory"]) == ("Omega", "Acme", "Korea")


def test_an_amendment_is_named_by_the_parties_and_date_of_the_deal_it_amends():
    found = events("Acme entered into a strategic collaboration with Omega Pharmaceuticals, Inc. focused on antibodies "
                   "in March 2015.",
                   "In October 2015, the two companies announced the extension of their existing collaboration to "
                   "include two additional antibodies.")
    (a,) = [e for e in found if e.type == "agreement_amendment"]
    assert (a.status, a.fields["amended"], a.fields["change"]) == ("historical", "2015-10", "include two additional antibodies")
    assert set(a.fields["agreement"].split(" (")[0].split(" ", 1)[0].split("-")) == {"Acme", "Omega"}
    assert a.fields["agreement"].endswith("existing collaboration (March 2015)")


def test_an_option_to_extend_is_a_term_not_an_amendment():
    # LLY-2021-12-10: "Lilly will have a license to select Regor intellectual property with an option to extend the license"
    assert not events("Under the terms of the agreement, Acme will have a license to select Omega intellectual property "
                      "with an option to extend the license.", type_="agreement_amendment")


def test_a_biologics_license_application_is_not_a_licence():
    # LLY-2021-08-17: "announced ... its intention to submit a biologics license application"
    found = events("Acme announced Breakthrough Therapy designation for ACM-101 and its intention to submit a biologics "
                   "license application later this year.", "The FDA accepted an amended Biologics License Application.")
    assert not [e for e in found if e.type in ("license_agreement", "collaboration_agreement", "agreement_amendment")]


def test_income_over_a_period_is_not_a_milestone_payment():
    # ABVC 2024-11-14: "Received Cash Milestone Incomes of $496,000 for the nine months ended September 30, 2024"
    assert not events("* Received Cash Milestone Incomes of $300,000 for the nine months ended September 30, 2024",
                      type_="milestone_payment")


def test_a_brand_in_capitals_is_not_the_licensor():
    # LLY-2021-05-04: "OLUMIANT ... Discovered by Incyte and licensed to Lilly"
    (e,) = events("ZUPRAXA was discovered by Pi Labs, Inc. and licensed to Acme.", type_="license_agreement")
    assert e.fields["licensor"] == "Pi Labs"


ITEM_101 = ("On March 1, 2025, Acme Therapeutics, Inc. (the \"Company\") entered into an Exclusive License Agreement (the "
            "\"License Agreement\") with the Board of Regents of the University of Texas System (\"UT\"). Pursuant to the "
            "License Agreement, UT granted the Company an exclusive, worldwide, royalty-bearing license under certain "
            "patent rights to develop products for the treatment of cancer. In consideration, the Company paid UT an "
            "upfront fee of $250,000 and will pay UT up to $12.5 million in development and regulatory milestone "
            "payments and low single-digit royalties on net sales.")


def test_an_item_101_licence_takes_its_roles_from_the_grant_and_its_terms_apart():
    (e,) = events(ITEM_101, type_="license_agreement")
    assert (e.fields["licensor"], e.fields["licensee"], e.fields["signed"]) == ("UT", "Acme", "2025-03-01")
    assert (money(e.fields["upfront"]), money(e.fields["milestones_total"]), e.fields["royalty"]) == \
        (250_000, 12_500_000, "low single-digit royalties on net sales")


def test_an_amendment_dated_by_its_opening_not_by_the_agreement_or_the_new_term():
    found = events("On April 2, 2025, the Company and Beta Pharmaceuticals, Inc. entered into the First Amendment to the "
                   "Collaboration Agreement dated June 1, 2022, to extend the research term through December 31, 2026.")
    (a,) = [e for e in found if e.type == "agreement_amendment"]
    assert (a.status, a.fields["amended"], a.fields["change"]) == ("occurred", "2025-04-02", "extend the research term through December 31, 2026")
    assert a.fields["agreement"].endswith("Collaboration Agreement (June 2022)")


def test_a_territory_listed_with_commas():
    (e,) = events("Acme today announced that it has exclusively licensed ACM-808 to Gamma Biopharma Co., Ltd. for "
                  "development and commercialization in mainland China, Hong Kong, Macau and Taiwan.",
                  type_="license_agreement")
    assert (e.status, e.fields["licensee"], e.fields["territory"]) == ("occurred", "Gamma", "mainland China, Hong Kong, Macau and Taiwan")


def test_a_payment_in_revenue_is_paid_by_the_partner_and_triggered_by_the_event_named():
    (e,) = events("Collaboration revenue for the quarter included a $10 million milestone payment from Gamma "
                  "Pharmaceuticals, Inc. triggered by the initiation of a Phase 2 study.", type_="milestone_payment")
    assert (e.fields["payee"], e.fields["payer"], e.fields["trigger"], e.fields["phase"]) == \
        ("Acme", "Gamma", "initiation of a Phase 2 study", "Phase 2")


def test_cumulative_received_and_eligibility_are_not_payments():
    assert not events("Acme has received a total of $12 million in milestone payments from Beta Pharmaceuticals, Inc. to date.",
                      "Acme is eligible to receive up to $50 million in milestones and tiered royalties.",
                      "Under the agreement, Delta will make milestone payments to Acme upon achievement of specified events.",
                      type_="milestone_payment")


def test_the_work_a_deal_is_for_told_under_the_agreement():
    # LLY-2020-08-18: "Under the agreement, Innovent and Lilly are co-developing and commercializing oncology
    # medicines, including TYVYT in China."
    (e,) = events("Omega Pharmaceuticals, Inc. entered into a strategic collaboration with Acme focusing on biological "
                  "medicine in March 2015.",
                  "Under the agreement, Omega and Acme are co-developing and commercializing oncology medicines, "
                  "including ACM-222 in China.", type_="collaboration_agreement")
    assert (e.status, e.fields["signed"], e.fields["territory"]) == ("historical", "2015-03", "China")
    assert e.fields["scope"].startswith("co-developing and commercializing oncology medicines")


def test_terms_of_a_research_collaboration_told_in_later_sentences():
    (e,) = events("Acme today announced a research collaboration and license agreement with Beta Pharmaceuticals, Inc. to "
                  "discover antibodies against up to three targets. Beta will pay Acme $15 million upfront and will fund "
                  "research at Acme for three years. The companies will share equally in development costs and profits "
                  "in the United States, and Beta will be responsible for commercialization outside the U.S.",
                  type_="collaboration_agreement")
    assert (e.fields["licensor"], e.fields["licensee"], money(e.fields["upfront"]), e.fields["territory"]) == \
        ("Acme", "Beta", 15_000_000, "United States")
    assert "development costs" in e.fields["cost_sharing"] and "fund research" in e.fields["research_funding"]


def test_an_option_exercised_under_a_dated_option_agreement_is_todays_amendment():
    (e,) = events("Acme today announced that Delta Pharmaceuticals, Inc. has exercised its option to license ACM-200 under "
                  "the companies' 2022 option agreement, triggering a $25 million payment to Acme.",
                  type_="agreement_amendment")
    assert (e.status, e.fields["amended"]) == ("occurred", "2025-05-05")


def test_a_clinical_supply_agreement_to_evaluate_a_combination_is_a_collaboration():
    (e,) = events("Acme today announced that it has entered into a clinical supply agreement with Zeta Pharmaceuticals, "
                  "Inc. to evaluate ACM-300 in combination with Zeta's PD-1 inhibitor.", type_="collaboration_agreement")
    assert (e.status, e.fields["scope"]) == ("occurred", "evaluate ACM-300 in combination with Zeta's PD-1 inhibitor")


def test_who_leads_development_where_is_a_split_territory_and_the_responsibilities():
    # LLY-2021-01-27: "Junshi Biosciences leads development in Greater China, while Lilly leads development in the
    # rest of the world."
    (e,) = events("Acme licensed ACM-505 from Omega Biosciences Inc. after it was developed by Omega.",
                  "Omega Biosciences leads development in Greater China, while Acme leads development in the rest of "
                  "the world.", type_="license_agreement")
    assert e.fields["territory"] == "Omega Biosciences: Greater China; Acme: the rest of the world"
    assert e.fields["responsibilities"].startswith("Omega Biosciences leads development in Greater China")


def test_a_later_co_promotion_option_is_a_responsibility():
    # LLY-2019-05-28: "Lilly and Centrexion may also elect at a later date to co-promote CNTX-0290 in the U.S."
    (e,) = events("Acme today announced a license agreement whereby Acme will acquire the exclusive rights for TB-900 "
                  "from Beta Pharmaceuticals, Inc.",
                  "Acme and Beta may also elect at a later date to co-promote TB-900 in the U.S.", type_="license_agreement")
    assert e.fields["responsibilities"] == "Acme and Beta may also elect at a later date to co-promote TB-900 in the U.S."


def test_terms_naming_the_announced_partner_skip_a_background_licence_in_between():
    # LLY-2024-09-04: "Discovered by Incyte and licensed to Lilly, baricitinib ..." between the EVA Pharma agreement
    # and "to enable EVA Pharma to manufacture and supply baricitinib"
    found = events("Acme and Kappa Generics Ltd. announced today that the companies have entered into an agreement to "
                   "expand access to ACM-101 in 20 countries in Asia.",
                   "Discovered by Pi Labs, Inc. and licensed to Acme, ACM-101 treats gout.",
                   "\"This voluntary licensing agreement will enable Kappa Generics to manufacture and supply ACM-101 in "
                   "Asia,\" said the CEO.")
    deals = {e.fields["licensee"]: e for e in found if e.type == "license_agreement"}
    assert deals["Kappa Generics"].fields["responsibilities"].startswith("Kappa Generics to manufacture and supply ACM-101")
    assert deals["Acme"].fields["responsibilities"] is None


def test_discovered_by_names_the_licensor_over_other_names_and_restated_agreements_keep_their_date():
    (e,) = events("Zupraxa treatment was associated with neutropenia. ZUPRAXA, a once-daily pill, was discovered by Pi "
                  "Labs, Inc. and licensed to Acme.", type_="license_agreement")
    assert e.fields["licensor"] == "Pi Labs"
    (a,) = events("Acme and Phi Pharmaceuticals, Inc. are party to the Amended and Restated Joint Venture Agreement, dated "
                  "as of November 29, 2004.", type_="agreement_amendment")
    assert (a.status, a.fields["amended"]) == ("historical", "2004-11-29")


def test_money_received_under_a_licence_with_a_partner_is_a_payment_from_it():
    (e,) = events("Acme received $2 million under its license agreement with Beta Pharmaceuticals, Inc. following the "
                  "approval of ACM-1 in Japan.", type_="milestone_payment")
    assert (e.status, e.fields["payee"], e.fields["payer"], money(e.fields["amount"]), e.fields["trigger_kind"]) == \
        ("occurred", "Acme", "Beta", 2_000_000, "regulatory_approval")


def test_a_milestone_achieved_now_with_the_money_to_come_occurred():
    (e,) = events("Acme has achieved a milestone under its collaboration with Theta Pharmaceuticals, Inc., for which it "
                  "will receive a payment of $6 million.", type_="milestone_payment")
    assert (e.status, e.fields["payment_status"], money(e.fields["amount"])) == ("occurred", "earned", 6_000_000)


def test_background_licences_in_other_words():
    (e,) = events("Acme holds an exclusive license from the University of Rho to develop ACM-1 worldwide.",
                  type_="license_agreement")
    assert (e.status, e.fields["licensor"], e.fields["licensee"], e.fields["exclusive"]) == ("historical", "University of Rho", "Acme", True)
    (e,) = events("Acme in-licensed worldwide rights to ACM-3 from Tau Pharmaceuticals, Inc. in 2021.", type_="license_agreement")
    assert (e.status, e.fields["signed"], e.fields["scope"], e.fields["licensor"]) == ("historical", "2021", "ACM-3", "Tau")
    (e,) = events("Acme's partner, Phi Pharmaceuticals, Inc., holds the commercial rights to ACM-5 in Europe.",
                  type_="license_agreement")
    assert (e.fields["licensee"], e.fields["territory"]) == ("Phi", "Europe")
    (e,) = events("Under our 2020 collaboration with Chi Pharmaceuticals, Inc., Chi funds all development of ACM-6.",
                  type_="collaboration_agreement")
    assert (e.fields["signed"], e.fields["research_funding"]) == ("2020", "Chi funds all development of ACM-6")


def test_the_agreement_a_payment_is_part_of_named_in_the_next_paragraph():
    # ABVC 2024-10-22: "The payment, tied to ..., is part of a broader agreement with AiBtl BioPharma."
    (e,) = events("Acme today announced the receipt of an additional $40,000 in licensing fees from Omega BioPharma Inc.",
                  "The payment, tied to Acme's pain pipeline, which includes two candidates for chronic pain, is part of a "
                  "broader agreement with Omega BioPharma.", type_="milestone_payment")
    assert e.fields["agreement"] == "broader agreement with Omega BioPharma"
    assert e.fields["asset"] is None


def test_co_exclusive_and_exclusive_rights_split_the_territory():
    # Alnylam 8-K 2023-07-24 (Item 1.01)
    (e,) = events("On July 1, 2025, Acme entered into a Collaboration and License Agreement with Beta Pharmaceuticals, "
                  "Inc. to establish a worldwide, strategic collaboration for ACM-700. Under the Agreement, the Company "
                  "granted to Beta (i) co-exclusive rights to develop and commercialize Licensed Products in the United "
                  "States and (ii) exclusive rights to develop and commercialize Licensed Products outside the United States.",
                  type_="collaboration_agreement")
    assert e.fields["territory"] == "co-exclusive in United States; Beta exclusive outside the United States"
