"""Regulatory and acquisition rules, each on a sentence of our own words (not a gold file's)."""

from __future__ import annotations

import eightk
from eightk.extract.sentences import sentence_at

HEAD = ("BOSTON, Mass., May 2, 2024 -- Nimbus Biologics, Inc. (Nasdaq: NMBS), a clinical-stage "
        "biopharmaceutical company developing antibody drugs for patients with disease, today reported news.\n\n")


def events(*sentences: str, head: str = HEAD):
    text = head + "\n\n".join(sentences) + "\n"
    return eightk.process(text.encode("utf-8"), name="test.txt").events


def of_type(type_: str, *sentences: str, head: str = HEAD):
    return [e for e in events(*sentences, head=head) if e.type == type_]


def by_action(found):
    return {e.fields["action"]: e for e in found}


# --- sentences -------------------------------------------------------------------------------


def test_a_bullet_right_before_the_word_ends_the_sentence_before_it():
    text = "Highlights: results of a study; * Filing of NB-12 in Europe; * Other news."
    start, end = sentence_at(text, text.index("Filing"))
    assert text[start:end] == "Filing of NB-12 in Europe;"


def test_a_stray_control_character_does_not_glue_two_sentences():
    text = "The company will decide later.  \x97Private Securities Litigation Reform Act of 1995."
    start, end = sentence_at(text, text.index("decide"))
    assert text[start:end] == "The company will decide later."


# --- regulatory ------------------------------------------------------------------------------


def test_pipeline_bullets_each_give_their_own_submission():
    found = of_type("regulatory_event",
                    "During the quarter the company reported: * Positive results of NB-12 in adults with plaque psoriasis; "
                    "* Submission of NB-401 for the treatment of adults with relapsing multiple sclerosis in the U.S. and EU; "
                    "* Resubmission of NB-12 for adults with moderate plaque psoriasis in the U.S. with expected "
                    "regulatory action in the first half of 2025;")
    got = {(e.fields["asset"], e.fields["action"], e.fields["agency"]): e for e in found}
    assert ("NB-401", "NDA/BLA submission", "FDA") in got and ("NB-401", "MAA submission", "EMA") in got
    assert "multiple sclerosis" in got[("NB-401", "MAA submission", "EMA")].fields["indication"]
    resub = got[("NB-12", "NDA/BLA submission", "FDA")]
    assert resub.status == "historical" and resub.date is None  # the 2025 is the decision's
    decision = got[("NB-12", "approval", "FDA")]
    assert (decision.status, decision.date) == ("expected", "2025")
    assert "psoriasis" in decision.fields["indication"]


def test_an_awaited_decision_takes_the_place_of_its_submission():
    found = of_type("regulatory_event", "Nimbus has filed a submission in Japan for NB-401, with regulatory "
                    "action expected by the end of 2025.")
    e = by_action(found)["approval"]
    assert (e.fields["agency"], e.status, e.date) == ("Japan", "expected", "2025")


def test_a_generic_mention_of_an_anticipated_decision_is_not_an_event():
    found = of_type("regulatory_event", "It is rare for a panel to meet after the anticipated FDA action date, "
                    "and NB-401 follows other medicines in this respect.")
    assert "approval" not in by_action(found)


def test_a_delayed_decision():
    found = of_type("regulatory_event", "Because the review is still open, the timing of the expected FDA "
                    "action on NB-401 will be delayed beyond the second quarter of 2024.")
    e = by_action(found)["FDA action delayed"]
    assert (e.status, e.date, e.fields["asset"]) == ("expected", None, "NB-401")


def test_a_plan_to_resubmit_later_is_expected():
    found = of_type("regulatory_event", "After talks with regulators, the company plans to evaluate next steps "
                    "for NB-401, including resubmission at a later date.")
    e = by_action(found)["NDA/BLA submission"]
    assert (e.status, e.date) == ("expected", None)


def test_a_ministry_approves_a_trial_of_a_product_named_only_by_its_short_name():
    found = of_type("regulatory_event", "Nimbus today announced that the Danish Ministry of Health has approved "
                    "the use of High Dose Nitric Spray (HDNS) in a Phase 2 clinical trial in adults with asthma.")
    e = by_action(found)["approval"]
    assert (e.fields["asset"], e.fields["agency"], e.status) == ("HDNS", "Danish Ministry of Health", "occurred")


def test_a_headline_of_what_an_agency_will_do_is_expected():
    head = ("Food and Drug Administration to Convene Advisory Committee Meeting on NB-401\n\n" + HEAD)
    found = of_type("regulatory_event", "The FDA expects to convene a meeting of its advisory committee to "
                    "discuss NB-401 in relapsing multiple sclerosis.", head=head)
    e = by_action(found)["advisory committee meeting"]
    assert (e.status, e.date) == ("expected", None)


def test_a_recommendation_of_approval_is_a_positive_opinion():
    found = of_type("regulatory_event", "The CHMP today recommended approval of NB-401 for adults with "
                    "relapsing multiple sclerosis.")
    assert set(by_action(found)) == {"CHMP positive opinion"}


def test_a_future_launch_year_is_not_the_date_of_a_past_designation():
    found = of_type("regulatory_event", "NB-401 has been granted Breakthrough Therapy designation by the FDA "
                    "and could launch as early as 2026.")
    e = by_action(found)["breakthrough therapy designation"]
    assert (e.status, e.date) == ("historical", None)


def test_a_submission_planned_this_year_is_dated_this_year():
    found = of_type("regulatory_event", "Nimbus also plans to submit these results this year to the European "
                    "Medicines Agency for NB-401.")
    e = by_action(found)["MAA submission"]
    assert (e.status, e.date) == ("expected", "2024")


def test_an_intention_to_submit_is_expected():
    found = of_type("regulatory_event", "Nimbus recently disclosed its intention to submit a biologics license "
                    "application for NB-401 in relapsing multiple sclerosis.")
    assert by_action(found)["NDA/BLA submission"].status == "expected"


def test_indication_of_a_list_entry_not_of_its_neighbour():
    found = of_type("regulatory_event", "Progress included results of NB-12 for plaque psoriasis; submission of "
                    "NB-401 for multiple sclerosis in the U.S.; and other news.")
    e = by_action(found)["NDA/BLA submission"]
    assert e.fields["indication"] == "multiple sclerosis"


def test_indication_named_as_indications():
    found = of_type("regulatory_event", "The new pen for NB-12 was approved in the EU, for both the plaque "
                    "psoriasis and psoriatic arthritis indications.")
    assert by_action(found)["approval"].fields["indication"] == "plaque psoriasis and psoriatic arthritis"


def test_indication_from_an_abbreviation_the_release_spells_out_elsewhere():
    found = of_type("regulatory_event",
                    "NB-12 is being developed for chronic kidney disease, a common condition.",
                    "The FDA granted NB-12 Fast Track designation in CKD in March 2023.")
    assert by_action(found)["fast track designation"].fields["indication"] == "chronic kidney disease (CKD)"
    found = of_type("regulatory_event",
                    "NB-12 is being developed for hand eczema (HE), a common skin condition.",
                    "The FDA granted NB-12 Fast Track designation in HE in March 2023.")
    assert by_action(found)["fast track designation"].fields["indication"] == "hand eczema (HE)"


def test_indication_from_the_next_sentence_about_the_same_product():
    found = of_type("regulatory_event", "NB-401 received IND clearance from the FDA. The study will begin "
                    "later this year for the treatment of diabetic nerve pain.")
    assert by_action(found)["IND"].fields["indication"] == "diabetic nerve pain"



def test_an_application_accepted_for_review_is_an_acceptance_with_its_goal_date():
    found = by_action(of_type("regulatory_event",
                              "Nimbus today announced that the FDA accepted for review a Biologics License Application "
                              "for NB-401 for adults with relapsing multiple sclerosis.",
                              "The Prescription Drug User Fee Act goal date for the FDA to make a decision on the NB-401 "
                              "application is in January 2025.",
                              "The agency is currently planning to hold an advisory committee meeting to discuss this application."))
    assert found["NDA/BLA acceptance"].status == "occurred"
    assert (found["PDUFA date"].status, found["PDUFA date"].date) == ("expected", "2025-01")
    assert found["advisory committee meeting"].fields["asset"] == "NB-401"


def test_a_chmp_opinion_is_the_emas_and_the_commission_decision_is_awaited():
    found = by_action(of_type("regulatory_event",
                              "The European Medicines Agency's Committee for Medicinal Products for Human Use today issued "
                              "a positive opinion for NB-401 for adults with relapsing multiple sclerosis.",
                              "The European Commission's decision is expected in the next two months."))
    assert found["CHMP positive opinion"].fields["agency"] == "EMA"
    decision = found["approval"]
    assert (decision.fields["agency"], decision.status, decision.date) == ("European Commission", "expected", "2024")


def test_decisions_awaited_in_many_markets_are_a_regulatory_decision():
    found = of_type("regulatory_event", "NB-401 was approved in Japan in March 2024.",
                    "Regulatory decisions are anticipated in additional markets around the world in 2025.")
    e = by_action(found)["regulatory decision"]
    assert (e.fields["agency"], e.status, e.date) == (None, "expected", "2025")


def test_a_type_c_meeting_with_the_agency():
    assert "Type C meeting" in by_action(of_type("regulatory_event", "Last month Nimbus held a positive Type C meeting "
                                                  "with the FDA on NB-401."))
    e = by_action(of_type("regulatory_event", "Nimbus is preparing for an End-of-Phase 2 meeting with the FDA on NB-401."))
    assert e["End-of-Phase 2 meeting"].status == "expected"


def test_approved_in_many_countries_names_the_product_not_its_brand():
    e = by_action(of_type("regulatory_event", "Velotinib, marketed as VELORA®, is approved in 40 countries as a treatment "
                          "for adults with plaque psoriasis."))["approval"]
    assert (e.fields["asset"], e.fields["agency"], e.status) == ("Velotinib", None, "historical")


def test_no_approved_therapy_is_not_an_approval():
    found = of_type("regulatory_event", "Nimbus aligned with the FDA on the design of its Phase 2 trial of NB-401 in "
                    "chronic cough, a condition where no biologic therapies have been approved to date.")
    assert "approval" not in by_action(found)


def test_a_past_approval_after_a_plan_is_history():
    e = by_action(of_type("regulatory_event", "“We look forward to bringing NB-401 to patients in the U.S., following its "
                          "regulatory approval in China earlier this year,” said the CEO."))["approval"]
    assert (e.fields["agency"], e.status, e.date) == ("China", "historical", "2024")


def test_a_product_approved_in_apposition_is_not_planned():
    e = by_action(of_type("regulatory_event", "The deal will also add VELORA® cloth, a medicated cloth approved by the FDA "
                          "for the topical treatment of palmar hyperhidrosis."))["approval"]
    assert (e.status, e.fields["indication"]) == ("historical", "palmar hyperhidrosis")


def test_a_day_without_its_year_and_a_later_mention_of_the_recent_approval():
    found = of_type("regulatory_event",
                    "Today, new data on NB-401 were published to address questions about the recent approval by the FDA.",
                    "On April 12, the FDA approved NB-401 for adults with relapsing multiple sclerosis.")
    approvals = [e for e in found if e.fields["action"] == "approval"]
    assert [(e.status, e.date) for e in approvals] == [("historical", "2024-04-12")]



def test_a_list_of_approved_and_submitted_indications_gives_one_event_per_item():
    found = of_type("regulatory_event",
                    "In Japan, NB-401 has been approved for two indications, including: * The treatment of relapsing "
                    "multiple sclerosis in adults * In combination with interferon, for the treatment of optic neuritis "
                    "Additionally, Nimbus currently has regulatory submissions under review in Japan for NB-401: "
                    "* The treatment of primary progressive multiple sclerosis * The treatment of myasthenia gravis "
                    "In May 2024, the company reported results.")
    got = sorted((e.fields["action"], e.fields["agency"], e.fields["indication"]) for e in found)
    assert ("approval", "Japan", "relapsing multiple sclerosis in adults") in got or any(
        a == "approval" and "relapsing multiple sclerosis" in (i or "") for a, _, i in got)
    assert sum(a == "approval" for a, _, _ in got) == 2
    assert sum(a == "NDA/BLA submission" and ag == "Japan" for a, ag, _ in got) == 2
    assert not any("Additionally" in (i or "") for _, _, i in got)



def test_an_approval_beside_an_opinion_is_its_own_fact():
    found = by_action(of_type("regulatory_event", "NB-401 for adults with relapsing multiple sclerosis was approved by the "
                              "FDA and received a positive opinion from the European Medicines Agency's CHMP."))
    assert found["approval"].fields["agency"] == "FDA"
    assert found["CHMP positive opinion"].fields["agency"] == "EMA"


def test_as_anticipated_is_not_a_plan():
    e = by_action(of_type("regulatory_event", "As anticipated, Nimbus received a complete response letter from the FDA "
                          "for NB-401."))["complete response letter"]
    assert e.status != "expected"


def test_the_product_of_a_combination_is_the_first_named():
    e = by_action(of_type("regulatory_event", "NB-401 in combination with pembrolizumab and carboplatin was first "
                          "approved in June 2018 under the FDA's accelerated approval process."))["approval"]
    assert (e.fields["asset"], e.date) == ("NB-401", "2018-06")


def test_taiwan_fda_and_ind_adjectives():
    e = by_action(of_type("regulatory_event", "The IND for NB-401 was then submitted to the Taiwan FDA, and the approval "
                          "was received on January 4, 2024."))["IND"]
    assert e.fields["agency"] == "TFDA"
    assert of_type("regulatory_event", "With four IND-approved assets licensed, Nimbus grew NB-401 revenue.") == []


def test_the_disease_before_in_adults_with():
    e = by_action(of_type("regulatory_event", "Nimbus today announced the FDA approved NB-12 as the first medicine for "
                          "moderate-to-severe obstructive sleep apnea in adults with obesity."))["approval"]
    assert e.fields["indication"] == "moderate-to-severe obstructive sleep apnea"


# --- acquisition -----------------------------------------------------------------------------


def one_deal(*sentences: str, head: str = HEAD):
    found = of_type("acquisition", *sentences, head=head)
    assert len(found) == 1, found
    return found[0]


def test_a_price_in_parts_is_kept_as_text():
    e = one_deal("Nimbus today announced a definitive agreement to acquire Orion Cell Therapy, a private company.",
                 "Under the terms of the agreement, Nimbus will acquire Orion Cell Therapy for an upfront payment of $90 million. "
                 "Orion shareholders may be eligible for up to $310 million in additional payments tied to clinical "
                 "milestones should the program succeed.")
    price = e.fields["consideration"]
    assert isinstance(price, str)
    assert price.startswith("upfront payment of $90 million; up to $310 million in additional payments")
    assert "should" not in price


def test_a_single_price_is_money():
    e = one_deal("Nimbus today announced a definitive agreement to acquire Orion Cell Therapy, a private company.",
                 "The transaction reflects a total value of approximately $75 million.")
    assert (e.fields["consideration"].value, e.fields["consideration"].currency) == (75_000_000, "USD")


def test_a_canadian_listed_issuer_prices_a_bare_dollar_in_canadian_dollars():
    head = ("VANCOUVER, BRITISH COLUMBIA - June 3, 2025 - Maple Biologics Inc. (TSXV: MPL), a clinical-stage "
            "biotech company developing antibody drugs for patients with disease, announced news today.\n\n")
    e = one_deal("Maple Biologics has completed its acquisition of Birch Labs Ltd.",
                 "As consideration, the Company issued shares with a deemed value of approximately $5,200,000.",
                 head=head)
    assert (e.fields["consideration"].value, e.fields["consideration"].currency) == (5_200_000, "CAD")


def test_the_price_of_the_next_deal_is_not_this_ones():
    e = one_deal("Nimbus completed the acquisition of Orion Cell Therapy during the month.",
                 "Separately, Nimbus sold its stake in Vega Diagnostics for $40 million in cash, and will record a "
                 "gain on the transaction.")
    assert e.fields["consideration"] is None


def test_a_deal_closed_in_a_named_quarter_takes_that_quarters_year():
    head = ("Harbor Bancorp Reports Fourth Quarter 2023 Results\n\nCLEVELAND, Ohio, January 18, 2024 -- "
            "Harbor Bancorp (NYSE: HBC) reported results.\n\n")
    e = one_deal("In the fourth quarter we closed on the acquisition of Lakeside Payments, a payments company.",
                 head=head)
    assert (e.status, e.date, e.fields["status"]) == ("historical", "2023", "completed")


def test_a_recently_announced_deal_not_yet_closed_is_pending():
    head = ("Harbor Bancorp Reports Fourth Quarter 2023 Results\n\nCLEVELAND, Ohio, January 18, 2024 -- "
            "Harbor Bancorp (NYSE: HBC) reported results.\n\n")
    e = one_deal("Buybacks were paused due to its recently announced acquisition of Ridge Savings Bank.", head=head)
    assert (e.status, e.fields["status"]) == ("expected", "pending")


def test_a_unit_named_after_the_parent_is_the_buyer():
    head = ("Harbor Bancorp Reports Fourth Quarter 2023 Results\n\nCLEVELAND, Ohio, January 18, 2024 -- "
            "Harbor Bancorp (NYSE: HBC) reported results.\n\n")
    e = one_deal("Harbor Bank closed on its previously announced agreement to purchase Lakeside Payments LLC.", head=head)
    assert e.fields["acquirer"] == "Harbor Bank"


def test_a_company_acquired_by_another_in_a_biography():
    e = one_deal("Before Nimbus, she co-founded Altair Biosciences, Inc. in 2005 and served as its CEO through its "
                 "acquisition by Rigel Pharma Holdings in 2011.")
    assert e.fields["target"].startswith("Altair")
    assert (e.fields["acquirer"], e.fields["status"], e.status, e.date) == (
        "Rigel Pharma Holdings", "completed", "historical", "2011")


def test_a_licence_to_acquire_rights_is_not_an_acquisition():
    assert of_type("acquisition", "Nimbus today announced a license agreement to acquire the exclusive worldwide "
                   "rights for NB-77 from Altair Biosciences, Inc.") == []


def test_an_acquisition_announced_as_done_with_a_potential_value():
    e = one_deal("Nimbus today announced the acquisition of Altair Biosciences, a private company.",
                 "The potential value of the transaction is over $600 million, with successful achievement of future "
                 "development milestones.")
    assert e.fields["status"] == "completed"
    assert e.fields["consideration"].startswith("potential value of the transaction is over $600 million")


def test_an_8k_deal_closed_days_before_the_report_keeps_its_day():
    e = one_deal("On April 30, 2024, Nimbus completed its previously announced acquisition of Orion Cell Therapy, Inc. "
                 "pursuant to the Agreement and Plan of Merger.")
    assert (e.status, e.date, e.fields["status"]) == ("occurred", "2024-04-30", "completed")


def test_the_registrant_agreeing_to_be_acquired():
    e = one_deal("Nimbus today announced that it has agreed to be acquired by Vega Pharma Holdings for $30.00 per share "
                 "in cash.")
    assert (e.fields["acquirer"], e.fields["target"], e.fields["status"]) == (
        "Vega Pharma Holdings", "Nimbus Biologics", "announced")


def test_a_buyer_the_company_finder_does_not_know_and_a_merger_agreement():
    e = one_deal("Vega Pharma Holdings will acquire all outstanding shares of Orion Cell Therapy, Inc. for C$2.5 billion.")
    assert (e.fields["acquirer"], e.fields["consideration"].currency) == ("Vega Pharma Holdings", "CAD")
    e = one_deal("Nimbus Biologics, Inc. entered into an Agreement and Plan of Merger with Orion Cell Therapy, Inc.")
    assert (e.fields["target"], e.fields["status"]) == ("Orion Cell Therapy", "announced")


def test_a_lifted_hold_and_other_designations():
    assert "clinical hold lifted" in by_action(of_type("regulatory_event", "The FDA has lifted the clinical hold on NB-401."))
    assert "rare pediatric disease designation" in by_action(of_type(
        "regulatory_event", "The FDA granted Rare Pediatric Disease Designation to NB-401 for neuroblastoma."))


def test_designations_spelled_with_a_hyphen():
    actions = by_action(of_type("regulatory_event", "NB-401 has received fast-track designation in this disease in the U.S. "
                                                    "The FDA also granted NB-401 orphan-drug designation."))
    assert {"fast track designation", "orphan drug designation"} <= set(actions)
