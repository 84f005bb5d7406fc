"""Phrasings the recall rules were written for, each worded as the corpus words it (the filing
that taught the rule is named), and the near misses they must leave alone."""

from __future__ import annotations

import eightk
from eightk.extract.dates import find_dates

HEAD = ("CAMBRIDGE, Mass., March 3, 2024 -- Acme Therapeutics, Inc. (Nasdaq: ACME), a clinical-stage "
        "biopharmaceutical company developing antibody drugs for patients, today reported news.\n\n")


def events(*sentences: str, type_: str | None = None):
    text = HEAD + "\n\n".join(sentences) + "\n"
    found = eightk.process(text.encode("utf-8"), name="test.txt").events
    return [e for e in found if type_ is None or e.type == type_]


def test_one_approval_per_place_each_with_its_own_date():
    # LLY-2024-09-13: "approved ... by the European Commission in 2023, as well as inJapaninJanuary 2024"
    found = events("ACM-101 was approved for use by the European Commission in 2023, as well as in Japan "
                   "in January 2024 with additional markets expected later this year.", type_="regulatory_event")
    got = {(e.fields["agency"], e.date, e.status) for e in found}
    assert got == {("European Commission", "2023", "historical"), ("Japan", "2024-01", "historical")}


def test_glued_place_names_still_name_the_agency():
    # LLY-2019-05-06: "Emgality was also approved inEuropeinNovember 2018"
    (e,) = events("ACM-101 was also approved inEuropeinNovember 2018 for the prophylaxis of migraine.",
                  type_="regulatory_event")
    assert (e.fields["agency"], e.date) == ("European Commission", "2018-11")


def test_a_place_that_approved_something_else_is_not_an_agency():
    # ABVC: "The Science Park Administration in Taiwan approved ABVC's plan to set up a GMP facility"
    assert not events("The Science Park Administration in Taiwan approved Acme's plan to set up a pilot "
                      "facility to produce ACM-101.", type_="regulatory_event")


def test_each_product_with_its_own_for_is_its_own_approval():
    # LLY-2024-02-06: "FDA approval of Zepbound for adults ... and Jaypirca for chronic lymphocytic leukemia"
    found = events("Pipeline progress included FDA approval of ACM-101 for adults with obesity and ACM-202 for "
                   "chronic lymphocytic leukemia.", type_="regulatory_event")
    assert {e.fields["asset"] for e in found} == {"ACM-101", "ACM-202"}


def test_acquisition_of_a_stake_closed_under_a_defined_term():
    # NTLX 2026-06-03: the contract's date is not the closing's
    (e,) = events("Acme is pleased to announce that it has closed its previously announced acquisition (the "
                  "\u201cTransaction\u201d) of an aggregate of 56,375 ordinary shares in the capital of Beta Labs Ltd. "
                  "pursuant to a share purchase agreement dated January 9, 2024.", type_="acquisition")
    assert (e.fields["target"], e.fields["status"], e.status) == ("Beta Labs", "completed", "occurred")


def test_milestones_told_with_the_trial_left_implicit():
    # LLY-2020-08-03: "enrollment is estimated to be completed in September, with initial data readout ..."
    found = events("BLAZE-1, a Phase 2 study of ACM-101 in people recently diagnosed with COVID-19, is ongoing.",
                   "Based on current trends, enrollment is estimated to be completed in September, with initial "
                   "data readout soon thereafter.", type_="clinical_trial")
    got = {(e.fields["milestone"], e.fields["asset"], e.fields["phase"], e.status) for e in found}
    assert ("enrolled", "ACM-101", "Phase 2", "expected") in got
    assert ("data_reported", "ACM-101", "Phase 2", "expected") in got


def test_bare_month_takes_the_reference_year():
    assert [d.value for d in find_dates("to be completed in September, with data in Q4", "2020-08-03")] == ["2020-09", "2020"]
    assert [d.value for d in find_dates("in September 2021", "2020-08-03")] == ["2021-09"]


def test_publication_without_the_word_published_in():
    # LLY-2024-07-02: "The Phase 3 TRAILBLAZER-ALZ 2 study results werein the*Journal of the American Medical Association*"
    (e,) = events("The Phase 3 TRAILBLAZER-ALZ 2 study of ACM-101 results werein the*Journal of the American "
                  "Medical Association*.", type_="clinical_data_presentation")
    assert (e.fields["asset"], e.fields["phase"], e.fields["venue"]) == ("ACM-101", "Phase 3", "Journal of the American Medical Association")


def test_population_is_who_not_how_many():
    (e,) = events("Acme today announced the initiation of a Phase 3 trial studying ACM-101 for the prevention of "
                  "COVID-19 in residents and staff at long-term care facilities in the U.S.", type_="clinical_trial")
    assert e.fields["population"] == "residents and staff at long-term care facilities in the U.S"
    found = events("Acme today announced it has completed enrollment in the Phase 3 trial of ACM-101, which "
                   "enrolled 1,736 participants.", type_="clinical_trial")
    assert all(not e.fields["population"] for e in found)


def test_two_background_collaborations_stay_two():
    # LLY-2020-08-03: "Lilly's collaboration with AbCellera" and "in partnership with NIAID"
    found = events("ACM-101, the lead antibody from Acme's collaboration with AbCellera, is a neutralizing antibody "
                   "against SARS-CoV-2, the virus that causes COVID-19.",
                   "The study is being conducted in partnership with NIAID, part of the National Institutes of Health.")
    parties = {frozenset({e.fields["licensor"], e.fields["licensee"]}) for e in found if e.type == "collaboration_agreement"}
    assert {frozenset({"AbCellera", "Acme"}), frozenset({"NIAID", "Acme"})} <= parties


def test_dated_agreement_that_grants_commercialisation_rights():
    # ABVC 2025-02-20: "These agreements, executed in 2023, cover the global commercialization of ..."
    (e,) = events("These agreements, executed in 2023, cover the global commercialization of Acme\u2019s drug "
                  "candidates targeting major depressive disorder.", type_="license_agreement")
    assert (e.status, e.fields["signed"], e.fields["territory"]) == ("historical", "2023", "global")
    assert e.fields["scope"].startswith("global commercialization of")


def test_the_one_granted_a_licence_is_the_licensee():
    # DVLT 2025-11-06: the licensee is named nowhere else
    (e,) = events("Acme today announced it has granted Scilex Holding Company an exclusive worldwide license to "
                  "deploy its proprietary antibody technology.", type_="license_agreement")
    assert (e.fields["licensor"], e.fields["licensee"], e.fields["exclusive"]) == ("Acme", "Scilex", True)


def test_rights_taken_from_a_party():
    # LLY-2021-01-28: "Lilly will acquire the exclusive rights for AK1780 from Asahi Kasei Pharma"
    (e,) = events("Acme and Asahi Kasei Pharma Corporation today announced a license agreement whereby Acme will "
                  "acquire the exclusive rights for ACM-101 from Asahi Kasei Pharma.", type_="license_agreement")
    assert (e.fields["licensor"], e.fields["licensee"]) == ("Asahi Kasei Pharma", "Acme")


def test_the_same_agreement_is_not_a_new_one():
    found = events("Under the same licensing agreement, BioLite remains eligible to receive up to $7,000,000 in "
                   "future cash milestone payments.", type_="license_agreement")
    assert not found


def test_data_presented_with_the_meeting_named_nearby():
    # LLY-2020-05-13: "Lilly will present new data from the positive Phase 3 RELAY study evaluating CYRAMZA ..."
    (e,) = events("Acme will present new data from the positive Phase 3 RELAY study evaluating ACM-101 plus "
                  "erlotinib in patients with lung cancer.", type_="clinical_data_presentation")
    assert (e.fields["asset"], e.fields["phase"], e.status) == ("ACM-101", "Phase 3", "expected")


def test_a_table_of_licensing_partners_states_one_licence_per_row():
    # ABVC's FY2024 8-K: "Partner | Program | Cash Collected | Remaining Milestone Potential",
    # as HTML cells here (its text copy has one cell a line)
    table = ("Remaining Licensing Milestone Income\nPartner\tProgram\tCash Collected\tRemaining Milestone "
             "Potential\nBeta BioPharma Inc.\tCNS (MDD & ADHD)\t$200,000\t$6,800,000\nGamma Eye Corporation\t"
             "Ophthalmology\t$296,000\t$6,704,000\nTotal\t$496,000\t$13,504,000\n"
             "Future milestone payments remain subject to the achievement of specified clinical milestones.")
    found = events("Acme today reported results for fiscal year 2023 and its licensing income.", table,
                   type_="license_agreement")
    got = {(e.fields["licensor"], e.fields["licensee"], e.fields["scope"], e.status) for e in found}
    assert got == {("Acme", "Beta", "CNS (MDD & ADHD)", "historical"),
                   ("Acme", "Gamma Eye", "Ophthalmology", "historical")}


def test_headline_acquisitions_merge_with_the_body():
    # LLY-2023-08-14: "Lilly Completes Acquisition of Versanis Bio August 14, 2023"
    found = events("Acme Completes Acquisition of Delta Bio March 3, 2024",
                   "Acme today announced the successful completion of its acquisition of Delta Bio, Inc.",
                   type_="acquisition")
    assert [(e.fields["target"], e.status, e.date) for e in found] == [("Delta", "occurred", "2024-03-03")]


def test_merger_completed():
    (e,) = events("Acme announced the completion of its merger with Delta Bio.", type_="acquisition")
    assert (e.fields["target"], e.fields["status"]) == ("Delta Bio", "completed")


def test_licensed_to_and_from():
    (out,) = events("Acme announced today that it has licensed the global rights to ACM-707 to Beta Pharma.",
                    type_="license_agreement")
    assert (out.fields["licensor"], out.fields["licensee"], out.status) == ("Acme", "Beta Pharma", "occurred")
    # LLY-2021-01-27: "Lilly licensed etesevimab from Junshi Biosciences"
    (in_,) = events("Acme licensed ACM-707 from Omega University after it was developed there.", type_="license_agreement")
    assert (in_.fields["licensor"], in_.fields["licensee"], in_.status) == ("Omega University", "Acme", "historical")


def test_journal_named_before_it_published():
    (e,) = events("Acme announced that the Journal of Clinical Oncology published results from the Phase 2 "
                  "trial of ACM-101.", type_="clinical_data_presentation")
    assert (e.fields["venue"], e.fields["asset"]) == ("Journal of Clinical Oncology", "ACM-101")


def test_enrolment_completed_in_the_passive():
    (e,) = events("Enrollment in the Phase 3 ADVANCE trial of ACM-101 was completed in January 2024.",
                  type_="clinical_trial")
    assert (e.fields["milestone"], e.fields["phase"], e.date) == ("enrolled", "Phase 3", "2024-01")


def test_marketing_authorisation_granted_is_an_approval_by_one_agency():
    found = events("Acme announced that the European Commission has granted marketing authorization for ACM-101.",
                   "Acme announced that the Japanese Ministry of Health, Labour and Welfare approved ACM-202.",
                   type_="regulatory_event")
    assert {(e.fields["asset"], e.fields["agency"], e.fields["action"]) for e in found} == {
        ("ACM-101", "European Commission", "approval"), ("ACM-202", "PMDA", "approval")}


def test_phase_with_a_letter_and_first_participant_are_scanned():
    (e,) = events("Acme today announced that the first participant has been randomized in the Phase 2b LUMINA "
                  "trial evaluating ACM-101.", type_="clinical_trial")
    assert (e.fields["milestone"], e.fields["phase"], e.fields["asset"]) == ("started", "Phase 2b", "ACM-101")


def test_results_expected_is_a_planned_readout_and_a_strong_start_is_not_a_trial():
    # DWTX 2026-05-14: "off to a strong operational start to 2026 ... with Phase 2b data anticipated this fall"
    found = events("\u201cAcme is off to a strong operational start to 2026 driven by progress for ACM-101, with "
                   "Phase 2b data anticipated this fall,\u201d said the CEO.", type_="clinical_trial")
    assert [(e.fields["milestone"], e.status) for e in found] == [("data_reported", "expected")]


def test_fda_clearance_to_proceed_is_an_ind():
    (e,) = events("Acme today announced that it has received clearance from the FDA to proceed with its Phase 1 "
                  "trial of ACM-303.", type_="regulatory_event")
    assert (e.fields["action"], e.fields["agency"], e.fields["asset"]) == ("IND", "FDA", "ACM-303")


def test_a_contract_names_its_licensor_in_its_own_grant():
    # CUAD CytoDyn-Vyera: "CytoDyn hereby grants to Vyera, and Vyera hereby accepts, an exclusive ... license"
    contract = ("This Commercialization and License Agreement (this \"Agreement\") is made effective as of December "
                "17, 2019 by and between Vyera Pharmaceuticals, LLC (\"Vyera\"), and CytoDyn Inc. (\"CytoDyn\").\n\n"
                "WHEREAS, CytoDyn is pursuing the clinical development of its drug candidate for the treatment "
                "of HIV disease in patients.\n\n"
                "2.1 License Grant. CytoDyn hereby grants to Vyera, and Vyera hereby accepts, an exclusive "
                "royalty-bearing license under the CytoDyn Patents to Commercialize Licensed Products.\n")
    found = eightk.process(contract.encode(), name="ex10.txt").events
    (e,) = [e for e in found if e.type == "license_agreement"]
    assert (e.fields["licensor"], e.fields["licensee"], e.fields["exclusive"], e.date) == ("CytoDyn", "Vyera", True, "2019-12-17")


def test_a_results_release_retells_the_period_as_background():
    # DWTX 2026-05-14 (first-quarter results): "we executed a global development license"
    text = ("Acme Therapeutics Reports First Quarter 2024 Financial Results\n\n" + HEAD +
            "During the quarter, we executed a global development license for our legacy antiviral assets with "
            "Beta Pharma Inc.\n")
    found = [e for e in eightk.process(text.encode(), name="q1.txt").events if e.type == "license_agreement"]
    assert [(e.status, e.date) for e in found] == [("historical", None)]


def test_a_device_named_as_the_companys_own_is_an_asset():
    # Triflo 2024-06-06: "treated with the Company's Tricuspid Flow Optimizer system"
    (e,) = events("Dr. Rossi will present the outcomes of the first patients treated with the Company's Tricuspid "
                  "Flow Optimizer system.", "The presentation will be at the 2024 New York Valves \u2013 The "
                  "Structural Heart Summit conference in New York City.", type_="clinical_data_presentation")
    assert e.fields["asset"] == "Tricuspid Flow Optimizer"
    assert e.fields["venue"].startswith("2024 New York Valves")


def test_risk_factor_licences_and_statutes_are_not_deals():
    assert not events("If we infringe, we may need to enter into a costly or restrictive license agreement with a "
                      "drug company, which might not be available under acceptable terms.",
                      "Costs under the Comprehensive Environmental Response Act, as amended (\"CERCLA\") in "
                      "connection with the agreement were not material.", type_="license_agreement")


def test_more_ways_to_report_data_and_start_or_stop_a_trial():
    cases = [
        # LLY-2020-12-05
        ("Acme today announced clinical data from the ACM-101 global Phase 1/2 BRUIN clinical trial in lymphoma.", "data_reported"),
        # LLY-2020-07-30
        ("Acme announced that ACM-101 met the primary and all key secondary endpoints in a Phase 3 study.", "data_reported"),
        # LLY-2021-08-17
        ("Acme today announced positive Phase 3 results for ACM-101 in ulcerative colitis.", "data_reported"),
        # LLY-2020-04-10
        ("Acme is also announcing today that it will advance ACM-202, an investigational selective monoclonal "
         "antibody against Angiopoietin 2, to Phase 2 testing in pneumonia patients.", "started"),
        # LLY-2022-04-28
        ("Acme announced today that the ACM-101 Phase 3 KIDNEY trial will stop early due to clear positive efficacy.", "discontinued"),
    ]
    for sentence, milestone in cases:
        found = events(sentence, type_="clinical_trial")
        assert [e.fields["milestone"] for e in found] == [milestone], sentence


def test_an_agreement_to_study_a_drug_together_is_a_collaboration():
    # LLY-2020-04-10: "entered into an agreement with the National Institute of Allergy and Infectious
    # Diseases ... to study baricitinib as an arm in NIAID's Adaptive COVID-19 Treatment Trial"
    (e,) = events("Acme announced today it has entered into an agreement with the National Institute of Allergy "
                  "and Infectious Diseases to study ACM-101 as an arm in its COVID-19 treatment trial.",
                  type_="collaboration_agreement")
    assert (e.status, e.date) == ("occurred", "2024-03-03")


def test_an_announced_start_takes_the_product_the_next_sentence_names():
    # LLY-2020-06-01: "today announced patients have been dosed in the world's first study of a potential
    # antibody treatment designed to fight COVID-19"; the antibody is named next
    found = events("Acme today announced patients have been dosed in the world's first study of a potential "
                   "antibody treatment designed to fight COVID-19. The treatment, ACM-101, is an antibody.",
                   type_="clinical_trial")
    assert [(e.fields["asset"], e.fields["milestone"], e.status) for e in found] == [("ACM-101", "started", "occurred")]


def test_a_payment_under_a_licence_is_a_milestone_and_running_totals_are_not():
    cases = [
        # ABVC 2025-10-31: "received US$100,000 from OncoX ..., bringing total payments ... to US$695,950"
        "Acme today announced that it has received US$100,000 from Beta BioPharma Inc., bringing total payments "
        "under the licensing agreement to US$695,950.",
        "Acme today announced that Beta BioPharma Inc. has made a $100,000 payment to Acme under the licensing agreement.",
    ]
    for sentence in cases:
        (e,) = events(sentence, type_="milestone_payment")
        assert (e.fields["amount"].value, e.fields["payer"], e.fields["payment_status"]) == (100_000, "Beta", "received")
    assert not events("To date, Acme has received $650,000 in cash under its licensing agreements.",
                      "Beta BioPharma Inc. has now paid a cumulative total of US$566,000 to Acme under the license, "
                      "which carries a potential value of up to US$30 million in equity, US$3.5 million in cash "
                      "licensing payments.", type_="milestone_payment")
