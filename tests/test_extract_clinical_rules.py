"""The clinical_trial and clinical_data_presentation rules, each shown on a sentence of our own
words (the filing that taught the rule is named), with the near misses they must leave alone."""

from __future__ import annotations

import eightk
from eightk.extract.sentences import sentence_at

HEAD = ("CAMBRIDGE, Mass., March 3, 2024 -- Acme Therapeutics, Inc. (Nasdaq: ACME), a clinical-stage "
        "biopharmaceutical company developing antibody drugs for patients, today reported news.\n\n")


def events(*paragraphs: str, type_: str = "clinical_trial", head: str = HEAD):
    text = head + "\n\n".join(paragraphs) + "\n"
    found = eightk.process(text.encode("utf-8"), name="test.txt").events
    return [e for e in found if e.type == type_]


def facts(found, *names):
    return {tuple([e.fields.get(n) for n in names if n not in ("status", "date")]
                  + [getattr(e, n) for n in names if n in ("status", "date")]) for e in found}


# --- new shapes of trials -------------------------------------------------------------------


def test_both_candidates_are_each_a_trial_with_their_respective_disease():
    # ABVC 2025-07-10: "Both candidates have completed Phase II and Phase IIB clinical trials"
    found = events("Acme develops ACM-101 and ACM-202 for chronic migraine (CM) and social anxiety, respectively. "
                   "Both candidates have completed Phase II clinical trials and are ready for partnering.")
    assert facts(found, "asset", "phase", "milestone", "indication", "status") == {
        ("ACM-101", "Phase 2", "completed", "chronic migraine", "historical"),
        ("ACM-202", "Phase 2", "completed", "social anxiety", "historical")}


def test_a_trial_that_a_development_plan_includes_is_a_start_to_come():
    # ALNY 2023-07-24: "a joint clinical development plan ..., which includes a cardiovascular
    # outcomes trial prior to submission of zilebesiran"
    (e,) = events("Acme will run the global development program for the first indication, which includes a "
                  "kidney outcomes trial before any filing of ACM-101 for marketing approval.")
    assert (e.fields["asset"], e.fields["milestone"], e.status) == ("ACM-101", "started", "expected")


def test_a_start_told_by_patient_screening_takes_the_trial_named_before():
    # BeyondAir 2024-12-03: "The trial will be conducted at four sites in Israel and patient
    # screening will begin in the first quarter of 2025" (the product spelled "LV UNO")
    (e,) = events("The health ministry has cleared a Phase 2a clinical trial of ZT Nova in combination with "
                  "chemotherapy. The trial will run at six hospitals and patient screening will begin in the "
                  "second quarter of 2024.")
    assert (e.fields["asset"], e.fields["phase"], e.fields["milestone"], e.status, e.date) == \
        ("ZT Nova", "Phase 2a", "started", "expected", "2024")


def test_a_planned_dosing_takes_the_one_product_of_the_sentence_before():
    # LLY-2020-06-08: "Lilly ... will begin dosing patients in a complementary Phase 1 study"
    found = events("The investigational antibody, called ACM-303, is partnered with Beta Bio. Acme holds the "
                   "rights elsewhere and will begin dosing patients in a second Phase 1 study in Europe next month.")
    assert facts(found, "asset", "phase", "milestone", "status") == {("ACM-303", "Phase 1", "started", "expected")}


def test_a_headline_start_and_a_planned_start_of_the_same_phase_stay_two_facts():
    # LLY-2020-06-08: the headline's start (done) and "will begin dosing ..." (to come)
    found = events("Acme Announces Start of a Phase 1 Study of Its Second Migraine Antibody",
                   "The first healthy volunteer has been dosed in a Phase 1 study of ACM-303 in Japan.",
                   "Acme will begin dosing patients in a Phase 1 study of ACM-303 in the U.S. next month.")
    assert facts(found, "asset", "phase", "milestone", "status") == {
        ("ACM-303", "Phase 1", "started", "occurred"), ("ACM-303", "Phase 1", "started", "expected")}


def test_the_partner_that_dosed_is_the_sponsor_not_the_announcer():
    # LLY-2020-06-08: "Eli Lilly and Company announced today its partner Junshi Biosciences has
    # dosed the first healthy volunteer in a study of ..."
    (e,) = events("Acme co-develops ACM-303 with Beta Biosciences, Inc. in China.",
                  "Acme Therapeutics announced today its partner Beta Biosciences has dosed the first healthy "
                  "volunteer in a Phase 1 study of ACM-303.")
    assert (e.fields["sponsor"], e.fields["milestone"], e.status) == ("Beta", "started", "occurred")


def test_a_company_that_informed_another_is_the_sponsor():
    # ABT-2012-10-18: "Reata Pharmaceuticals informed Abbott that it is discontinuing the Phase 3
    # clinical study known as BEACON"
    (e,) = events("On May 2, 2024 Beta Pharmaceuticals, Inc. informed Acme that it is discontinuing the Phase 3 "
                  "clinical study of ACM-101 in patients with advanced kidney disease.")
    assert (e.fields["sponsor"], e.fields["milestone"], e.date) == ("Beta", "discontinued", "2024-05-02")


def test_an_earlier_start_of_another_product_is_its_own_event():
    # LLY-2020-06-08: "following LY-CoV555 that recently entered Phase 1"
    found = events("Acme Announces Start of a Phase 1 Study of Its Second Migraine Antibody",
                   "The first participant has been dosed in a Phase 1 study of ACM-303.",
                   "It is the second antibody of Acme to start clinical trials, following ACM-101 that recently "
                   "entered Phase 1.")
    assert facts(found, "asset", "phase", "status") == {("ACM-303", "Phase 1", "occurred"),
                                                          ("ACM-101", "Phase 1", "historical")}


def test_now_enrolling_is_under_way_without_a_date():
    # SNGX 2025-04-24: "The company is now enrolling patients in its confirmatory Phase 3 FLASH2 trial"
    (e,) = events("ACM-101 has a favourable safety profile.",
                  "The company is now enrolling patients in its confirmatory Phase 3 PEAK trial.")
    assert (e.fields["asset"], e.fields["milestone"], e.status, e.date) == ("ACM-101", "started", "occurred", None)


# --- results told without a trial word -----------------------------------------------------


def test_a_product_showing_results_is_a_data_report():
    # SNGX 2025-04-24: "its flagship product candidate, HyBryte, is showing impressive results in
    # treating a rare form of skin cancer"
    (e,) = events("Acme recently shared an update. Its lead product candidate, ACM-101, is showing encouraging "
                  "results in treating a rare form of eczema.")
    assert (e.fields["asset"], e.fields["milestone"], e.status) == ("ACM-101", "data_reported", "historical")


def test_results_at_a_follow_up_time_are_the_news_of_a_results_release():
    # Triflo 2024-06-06: "At nine months of follow-up, consistent and marked improvements were sustained"
    head = ("Acme Therapeutics Announces Clinical Outcomes of the First Patients Treated with ACM-101\n\n" + HEAD)
    (e,) = events("The first patients treated with ACM-101 had no other option. The procedures were safe. At six "
                  "months of follow-up, marked improvements were maintained in heart function.", head=head)
    assert (e.fields["asset"], e.fields["milestone"], e.status, e.date) == ("ACM-101", "data_reported", "occurred", "2024-03-03")


def test_results_a_spokesman_praises_or_animals_show_are_not_a_trials():
    # LLY-2024-07-02: '"Kisunla demonstrated very meaningful results for people with ..."'
    assert not events('"ACM-101 demonstrated very meaningful results for people with eczema," said the CEO.')
    assert not events("ACM-101 has shown encouraging results in preclinical models of eczema.")


def test_a_phase_1_study_told_with_a_space_before_its_comma():
    # ALNY-2023-07-24 (text): "In a Phase 1 study , zilebesiran, compared to placebo, was associated with"
    (e,) = events("In a Phase 1 study , ACM-101, compared to placebo, was associated with lower blood pressure.")
    assert (e.fields["asset"], e.fields["phase"], e.fields["milestone"]) == ("ACM-101", "Phase 1", "data_reported")


# --- populations and indications --------------------------------------------------------------


def test_a_study_designed_for_a_population():
    # LLY-2024-04-30: "a Phase 3 study of lebrikizumab, specifically designed for people with skin of color"
    (e,) = events("Results from a Phase 3 study of ACM-101, specifically designed for people with darker skin "
                  "and eczema, showed improvement in itch.")
    assert e.fields["population"] == "people with darker skin and eczema"


def test_the_population_of_the_trial_the_sentence_before_describes():
    # LLY-2024-03-08: "TRAILBLAZER-ALZ 2 is a Phase 3 ... study to evaluate ... in participants ages
    # 60-85 years with ..." then "The trial enrolled 1,736 participants"
    (e,) = events("PEAK-2 is a Phase 3, double-blind study to evaluate the safety of ACM-101 in participants ages "
                  "18-65 years with moderate eczema. The trial enrolled 812 participants across five countries.")
    assert (e.fields["milestone"], e.fields["population"]) == ("enrolled", "participants ages 18-65 years with moderate eczema")


def test_the_indication_of_the_clause_that_tells_the_trial():
    # LLY-2024-04-30: "... tirzepatide for obstructive sleep apnea ... and initiation of lepodisiran
    # in a Phase 3 study for atherosclerotic cardiovascular disease"
    found = events("Progress included positive results from two Phase 3 trials of ACM-101 for sleep apnea; and "
                   "initiation of ACM-202 in a Phase 3 study for chronic kidney disease.")
    assert ("ACM-202", "chronic kidney disease") in facts(found, "asset", "indication")


# --- near misses ---------------------------------------------------------------------------


def test_what_starts_that_is_not_a_trial():
    # LLY-2019-03-12: "Global regulatory submissions to be initiated in 2019", "after starting treatment"
    assert not events("Regulatory submissions for ACM-101 in the U.S. and Europe are to be initiated in 2024.")
    assert not events("Patients on ACM-101 in the Phase 3 study lived longer after starting treatment.")


def test_an_ordinal_start_is_not_a_plan():
    # LLY-2020-06-08: "Lilly's second neutralizing antibody to start clinical trials"
    found = events("ACM-303 is the second antibody of Acme to start clinical trials this year.")
    assert all(e.status != "expected" for e in found)


def test_a_trial_acronym_is_not_the_sponsor():
    # LLY-2024-02-06: "positive results from SYNERGY-NASH, a Phase 2 study of tirzepatide"
    found = events("Progress included positive results from PEAK-ONE, a Phase 2 study of ACM-101 in adults with "
                   "eczema, which met its primary endpoint. Positive results from PEAK-ONE were shared by PEAK-ONE "
                   "investigators.")
    assert {e.fields["sponsor"] for e in found} == {"Acme"}


def test_a_sentence_found_at_its_first_word_starts_there():
    # DWTX 2026-05-14: "SP16 granted IND approval from the FDA. Study to begin enrolling in mid-2026"
    text = "ACM-101 was cleared by the FDA. Study to begin enrolling in mid-2024."
    start, end = sentence_at(text, text.index("Study"))
    assert text[start:end] == "Study to begin enrolling in mid-2024."


# --- presentations ---------------------------------------------------------------------------


def test_a_journal_that_has_published_with_its_link_text_dropped():
    # LLY-2020-12-11: "*The New England Journal of Medicine*hasfrom the Adaptive COVID-19 Treatment
    # Trial" (the link "published results" was lost when the page was flattened)
    (e,) = events("Acme announced today that*The New England Journal of Medicine*hasfrom the PEAK trial of "
                  "ACM-101 in adults with eczema.", type_="clinical_data_presentation")
    assert (e.fields["venue"], e.fields["asset"], e.status, e.date) == \
        ("New England Journal of Medicine", "ACM-101", "occurred", "2024-03-03")


def test_a_headline_that_says_published_in_a_journal():
    # LLY-2020-12-11: "Data from ACTT-2 Trial of Baricitinib ... Published in New England Journal of Medicine"
    found = events("Data from PEAK Trial of ACM-101 in Adults with Eczema Published in The Lancet",
                   type_="clinical_data_presentation")
    assert facts(found, "venue", "asset") == {("The Lancet", "ACM-101")}


def test_data_presented_at_a_meeting_under_way_on_the_release_date():
    # LLY-2019-05-06: "Detailed results will be presented ... at the Annual Meeting of the American
    # Academy of Neurology taking place in Philadelphia from May 4-10, 2019" (released May 6)
    (e,) = events("Detailed results for ACM-101 will be presented at the Annual Meeting of the American Academy "
                  "of Dermatology taking place in Boston from March 1-5, 2024.", type_="clinical_data_presentation")
    assert (e.fields["venue"], e.status, e.date) == \
        ("Annual Meeting of the American Academy of Dermatology", "occurred", "2024-03-03")


def test_a_meeting_named_with_its_year_dates_a_planned_presentation():
    # Triflo 2024-06-06: "The presentation will be at the 2024 New York Valves – The Structural Heart Summit"
    (e,) = events("Dr. Smith will present the outcomes of the first patients treated with ACM-101 at the 2024 "
                  "Boston Skin Summit.", type_="clinical_data_presentation")
    assert (e.status, e.fields["date"]) == ("expected", "2024")


def test_data_told_without_a_product_take_the_one_product_before():
    # LLY-2021-03-05: "The data in the publication include key findings previously presented at the
    # 2020 American Society of Hematology Annual Meeting" (the product is named sentences before)
    (e,) = events("The PEAK study of ACM-101 enrolled 300 adults with eczema and is ongoing.",
                  "The data include key findings previously presented at the 2023 European Skin Congress.",
                  type_="clinical_data_presentation")
    assert (e.fields["asset"], e.status, e.fields["date"]) == ("ACM-101", "historical", "2023")


# --- enrolment counts, responses, ongoing dosing -----------------------------------------------


def test_a_count_of_patients_randomized_is_the_enrolment_of_the_study_described_before():
    # LLY-2021-10-28: "A total of 5,637 patients were randomized"; LLY-2021-05-18: "ORIENT-11 is
    # a ... Phase 3 study ... A total of 397 patients were enrolled and randomized 2:1 to receive ..."
    (e,) = events("PEAK-3 is a randomized, double-blind Phase 3 study of ACM-101 in adults with eczema. A total "
                  "of 640 patients were randomized 1:1 to receive either ACM-101 or placebo.")
    assert (e.fields["asset"], e.fields["phase"], e.fields["milestone"], e.status) == \
        ("ACM-101", "Phase 3", "enrolled", "historical")


def test_a_count_to_enrol_is_an_enrolment_to_come():
    # LLY-2020-06-15: "Lilly expects to enroll 400 patients in the trial"
    found = events("Acme today announced the first patient has been dosed in a Phase 3 study of ACM-101.",
                   "Acme expects to enroll 300 patients in the trial.")
    assert ("ACM-101", "enrolled", "expected") in facts(found, "asset", "milestone", "status")


def test_a_design_that_plans_its_enrolment_is_not_an_event():
    # BeyondAir 2024-12-03: "The trial, which is expected to enroll up to 20 subjects, is designed
    # to assess the preliminary efficacy of LV UNO"
    assert not events("The trial, which is expected to enroll up to 30 subjects, is designed to assess the "
                      "efficacy of ACM-101.")


def test_a_primary_endpoint_met_with_an_adjective():
    # LLY-2020-08-18: "met the predefined primary endpoint in the Phase 3 ORIENT-12 study"
    (e,) = events("ACM-101 combined with chemotherapy met the predefined primary endpoint in the Phase 3 PEAK "
                  "study.")
    assert (e.fields["milestone"], e.fields["phase"]) == ("data_reported", "Phase 3")


def test_a_patient_who_achieved_a_response_is_a_data_report():
    # Pacylex 2025-05-05: "A Phase 2a patient with DLBCL achieved a partial response ... on zelenirstat"
    (e,) = events("A Phase 2 patient with lymphoma achieved a complete response on ACM-101.")
    assert (e.fields["asset"], e.fields["phase"], e.fields["milestone"]) == ("ACM-101", "Phase 2", "data_reported")


def test_patients_being_dosed_is_a_trial_under_way():
    # Pacylex 2025-05-05: "Acute myeloid leukemia patients are currently being dosed with oral
    # zelenirstat in another study"
    (e,) = events("Leukemia patients are currently being dosed with ACM-101 in another study.")
    assert (e.fields["asset"], e.fields["milestone"], e.status, e.date) == ("ACM-101", "started", "occurred", None)


def test_the_publication_of_results_is_a_presentation_not_a_data_release():
    # CNTB 2025-05-21: "In March, Connect announced the publication of positive results from its
    # global Phase 2 trial of rademikibart"
    text = "In January, Acme announced the publication of positive results from its Phase 2 trial of ACM-101."
    assert not events(text)
    (e,) = events(text, type_="clinical_data_presentation")
    assert (e.fields["asset"], e.fields["phase"], e.date) == ("ACM-101", "Phase 2", "2024-01")


def test_data_disclosed_in_annals():
    # LLY-2021-10-28: "Updated data from the Phase 3 monarchE study were recently disclosed in*Annals of Oncology*"
    (e,) = events("Updated data from the Phase 3 PEAK study of ACM-101 were recently disclosed in*Annals of "
                  "Dermatology*.", type_="clinical_data_presentation")
    assert (e.fields["venue"], e.fields["asset"]) == ("Annals of Dermatology", "ACM-101")


# --- one fact told several times ---------------------------------------------------------------


def test_one_meeting_by_its_acronym_its_name_and_a_headline_is_one_presentation():
    # LLY-2020-12-07: "... at the American Society of Hematology", "at the 2020 American Society of
    # Hematology Annual Meeting", "The data presented at ASH ..."
    found = events("Acme Announces Updated Data for ACM-101 at the European Academy of Dermatology",
                   "These data are being presented in an oral presentation at the 2024 European Academy of "
                   "Dermatology Annual Meeting.",
                   "The data presented at EAD show durable responses with ACM-101.",
                   type_="clinical_data_presentation")
    assert len(found) == 1 and found[0].status == "occurred"


def test_a_meeting_told_as_upcoming_and_in_a_headline_is_one_planned_presentation():
    # Pacylex 2025-05-05: headline "CEO presents ... at 2nd Annual ADC Payload Summit", body "will
    # present a session at the 2nd Annual ADC Payload Summit, which will be held from May 6-8, 2025"
    found = events("Acme CEO presents new data on ACM-101 at 3rd Annual Skin Summit",
                   "Acme's CEO will present data on ACM-101 at the 3rd Annual Skin Summit, which will be held "
                   "from March 10-12, 2024, in Boston.", type_="clinical_data_presentation")
    assert [(e.status, e.date) for e in found] == [("expected", "2024-03-10")]


def test_results_announced_today_for_a_product_presented_today_are_the_presentation():
    # LLY-2020-12-07: "today announced clinical data from the ... Phase 1/2 BRUIN clinical trial"
    # with "These data are being presented ... at the 2020 American Society of Hematology ..."
    text = ("Acme today announced clinical data from the Phase 2 PEAK clinical trial of ACM-101 in eczema. "
            "These data are being presented at the 2024 European Academy of Dermatology Annual Meeting.")
    assert not events(text)
    assert len(events(text, type_="clinical_data_presentation")) == 1


def test_two_sponsors_completing_a_phase_are_two_trials():
    # LLY-2021-01-27: "Lilly has successfully completed a Phase 1 study of etesevimab ... Junshi
    # Biosciences has completed a similar Phase 1 study in healthy volunteers in China"
    found = events("Acme licensed ACM-101 from Beta Biosciences, Inc. in 2022.",
                   "Acme has successfully completed a Phase 1 study of ACM-101 in healthy U.S. volunteers. "
                   "Beta Biosciences has completed a similar Phase 1 study in healthy volunteers in China.")
    assert facts(found, "sponsor", "milestone") == {("Acme", "completed"), ("Beta", "completed")}


def test_a_headline_that_earns_a_milestone_with_a_start_names_the_payee_not_the_sponsor():
    # seed: "ImmunoGen, Inc. Earns Milestone with Start of Trastuzumab-DM1 Phase II Testing"
    found = events("Acme Therapeutics, Inc. Earns Milestone with Start of ACM-101 Phase II Testing",
                   "Acme today announced that its partner Beta Biosciences has begun Phase II testing of ACM-101.",
                   "Acme licensed ACM-101 to Beta Biosciences, Inc. in 2022.")
    assert facts(found, "sponsor", "phase", "status") == {("Beta", "Phase 2", "occurred")}


def test_parallel_trials_in_both_diseases_are_two_trials():
    # CNTB 2025-05-21: "We have recently initiated parallel Phase 2 clinical trials in both asthma
    # and COPD", "top-line results from both asthma and COPD studies in the first half of next year"
    found = events("ACM-101 is our lead antibody. We have recently initiated parallel Phase 2 clinical trials in "
                   "both eczema and psoriasis. We anticipate reporting top-line results from both eczema and "
                   "psoriasis studies in the first half of next year.")
    assert facts(found, "milestone", "indication", "status") == {
        ("started", "eczema", "historical"), ("started", "psoriasis", "historical"),
        ("data_reported", "eczema", "expected"), ("data_reported", "psoriasis", "expected")}


def test_a_phase_belongs_to_the_milestone_it_stands_by():
    # CNTB 2025-05-21: "The Seabreeze STAT COPD Study was initiated following a successful post-hoc
    # analysis of ... the previously completed global Phase 2b asthma study"
    found = events("The PEAK-X study of ACM-101 was initiated following a post-hoc analysis of patients from the "
                   "previously completed global Phase 2b eczema study.")
    assert ("completed", "Phase 2b") in facts(found, "milestone", "phase")


def test_own_phases_skip_the_phase_of_a_nearer_milestone():
    from eightk.extract.events.clinical_milestones import MILESTONE_RE
    from eightk.extract.events.clinical_trials import _own_phases
    text = "The PEAK-X study was initiated after the previously completed Phase 2b study."
    started = next(m for m in MILESTONE_RE.finditer(text) if m.lastgroup == "started")
    assert _own_phases(text, (0, len(text)), started) == []


def test_data_expected_takes_the_trial_told_before():
    # LLY-2020-06-15: "Lilly expects to enroll 400 patients in the trial, with data expected in the
    # next few months"
    found = events("Acme today announced the first patient has been dosed in a Phase 3 study of ACM-101.",
                   "Acme expects to enroll 300 patients in the trial, with data expected in the next few months.")
    assert ("ACM-101", "data_reported", "expected") in facts(found, "asset", "milestone", "status")


def test_studies_completed_in_the_plural():
    # INTS 2025-08-04: "Intensity has completed two clinical studies and enrolled over 200 patients"
    found = events("Acme has completed two clinical studies of ACM-101 in patients with solid tumors.")
    assert ("ACM-101", "completed", "historical") in facts(found, "asset", "milestone", "status")


def test_a_completion_that_is_a_condition_is_not_an_event():
    # LLY-2020-06-01: "Patients may enroll into a long-term extension study after completion of
    # any of these registration studies"
    assert not events("Patients may join an extension study of ACM-101 after completion of any of these "
                      "registration studies.")


def test_a_phase_2_dose_is_not_a_phase_2_trial():
    # Pacylex 2025-05-05: "Phase 1 safety, PK, and drug exposure results with oral zelenirstat in 24
    # ... patients receiving the recommended Phase 2 dose (RP2D) or less showed no dose-limiting toxicities"
    (e,) = events("Phase 1 safety, PK, and exposure results with ACM-101 in 30 patients receiving the recommended "
                  "Phase 2 dose or less showed no dose-limiting toxicities.")
    assert (e.fields["phase"], e.fields["milestone"]) == ("Phase 1", "data_reported")


def test_a_product_demonstrating_responses_in_a_study():
    # SNGX 2025-02-21: "HyBryte ... was demonstrating strong responses in a "real-life" treatment study"
    (e,) = events("ACM-101 was demonstrating strong responses in a real-world treatment study at two centers.")
    assert (e.fields["asset"], e.fields["milestone"]) == ("ACM-101", "data_reported")


def test_post_marketing_research_launched():
    # KMDA 2025-06-11: "the launch of a new post-marketing research program aimed at generating new
    # data to support the benefits of CYTOGAM"
    found = events("Acme highlighted the launch of a new post-marketing research program of ACM-101 in transplant "
                   "patients.")
    assert ("ACM-101", "started") in facts(found, "asset", "milestone")


def test_patients_who_discontinued_treatment_did_not_stop_a_trial():
    # LLY-2022-06-13: "Few patients discontinued treatment due to adverse events"
    assert not events("The PEAK clinical program evaluated the safety of ACM-101. Few patients discontinued "
                      "treatment due to adverse events.")


def test_data_released_earlier_this_month_at_a_meeting():
    # LLY-2020-08-18: "Earlier this month, the two companies released encouraging interim analysis
    # data from ORIENT-11 at the IASLC World Conference on Lung Cancer 2020 ..."
    (e,) = events("Earlier this month, the two companies released encouraging interim data from PEAK at the "
                  "World Conference on Skin Disease 2024 Virtual Symposium.", type_="clinical_data_presentation")
    assert (e.status, e.date) == ("historical", "2024-03")


def test_a_publication_is_past_even_when_the_next_glued_sentence_says_may():
    # LLY-2021-01-27: "based on interim data from the Phase 2 BLAZE-1 trial, which was published in
    # the***.*These data show the therapy may help patients ..."
    (e,) = events("ACM-101 was cleared based on interim data from the Phase 2 PEAK trial, which was published in "
                  "the***.*These data show the therapy may help patients.", type_="clinical_data_presentation")
    assert e.status == "historical"


def test_the_study_told_right_after_its_publication_is_the_published_data():
    # CNTB 2025-05-21: "In March, Connect announced the publication of positive results from its
    # global Phase 2 trial of rademikibart ... The study demonstrated clinically meaningful ..."
    found = events("In January, Acme announced the publication of positive results from its Phase 2 trial of "
                   "ACM-101. The study demonstrated meaningful and statistically significant improvements in itch.")
    assert not [e for e in found if e.fields["milestone"] == "data_reported"]


def test_the_study_run_by_another_body_and_enrolled_last_month():
    # LLY-2020-06-15: "... the Adaptive COVID-19 Treatment Trial run by the National Institute of
    # Allergy and Infectious Diseases. This study -which enrolled its first patient last month- ..."
    found = events("Our data will complement the Skin Outcomes Trial run by the National Institute of Skin Health. "
                   "This study, which enrolled its first patient last month, assesses ACM-101 plus steroids.")
    assert facts(found, "sponsor", "milestone", "date") == {("National Institute of Skin Health", "started", "2024-02")}


def test_a_study_conducted_by_a_doctor_is_not_sponsored_by_dr():
    # SNGX 2025-02-21: "a "real-life" treatment study conducted by Dr. Ellen Kim"
    found = events("Acme said ACM-101 was demonstrating strong responses in a treatment study conducted by Dr. Jane "
                   "Roe at a university hospital.")
    assert all(e.fields["sponsor"] != "Dr" for e in found)


def test_a_completion_is_not_made_a_plan_by_the_results_expected_after_it():
    # ABVC 2025-01-02: "The treatment has already completed Phase IIa clinical trials, with Phase
    # IIb results expected soon."
    found = events("ACM-101 has already completed Phase IIa clinical trials, with Phase IIb results expected soon.")
    assert facts(found, "milestone", "phase", "status") == {("completed", "Phase 2a", "historical"),
                                                            ("data_reported", "Phase 2b", "expected")}


def test_the_phase_of_the_findings_the_next_sentence_tells():
    # LLY-2022-06-07: "today announced topline results from one-year analyses of ... lebrikizumab
    # ... The new findings from the Phase 3 clinical trials showed ..."
    found = events("Acme today announced topline results from one-year analyses of ACM-101 in adults with eczema. "
                   "The new findings from the Phase 3 clinical trials showed durable skin clearance.")
    assert ("ACM-101", "Phase 3", "data_reported") in facts(found, "asset", "phase", "milestone")


# --- common phrasings any release uses ------------------------------------------------------------


def test_common_milestone_phrasings():
    cases = [
        ("Acme dosed the first cohort in its Phase 1 study of ACM-101.", "started"),
        ("Acme randomized its first patient in the Phase 3 trial of ACM-101.", "started"),
        ("Enrollment in the Phase 2 study of ACM-101 is complete.", "enrolled"),
        ("The Phase 2 trial of ACM-101 reached full enrollment in January 2024.", "enrolled"),
        ("Last patient visit in the Phase 2 trial of ACM-101 occurred in January 2024.", "completed"),
        ("The Phase 3 trial of ACM-101 achieved statistical significance on its primary endpoint.", "data_reported"),
        ("ACM-101 demonstrated a 45% reduction in itch compared to placebo in the Phase 2 study.", "data_reported"),
        ("The monitoring committee recommended stopping the Phase 3 trial of ACM-101 early for futility.", "discontinued"),
    ]
    for sentence, milestone in cases:
        assert milestone in {e.fields["milestone"] for e in events(sentence)}, sentence


def test_the_month_may_is_not_a_maybe():
    # "completed enrollment ... in May 2025" is done, not a possibility
    (e,) = events("Acme completed enrollment in its Phase 3 trial of ACM-101 in May 2023.")
    assert (e.status, e.date) == ("historical", "2023-05")


def test_enrollment_underway_and_to_complete():
    (e,) = events("Enrollment is now underway in the Phase 2 PEAK trial of ACM-101.")
    assert (e.fields["milestone"], e.status, e.date) == ("started", "occurred", None)
    (e,) = events("Acme expects to complete enrollment in the Phase 3 trial of ACM-101 by the end of 2024.")
    assert (e.fields["milestone"], e.status, e.date) == ("enrolled", "expected", "2024")


def test_results_published_in_a_journal_are_a_presentation_only():
    found = events("Results from the Phase 1b trial of ACM-101 were published online in Nature Medicine.",
                   type_="clinical_trial")
    assert not found
    (e,) = events("Results from the Phase 1b trial of ACM-101 were published online in Nature Medicine.",
                  type_="clinical_data_presentation")
    assert e.fields["venue"] == "Nature Medicine"


def test_a_presentation_dated_after_the_release_is_to_come():
    (e,) = events("The abstract for ACM-101 has been accepted for an oral presentation at the Boston Skin Symposium "
                  "in December 2024.", type_="clinical_data_presentation")
    assert (e.status, e.fields["date"]) == ("expected", "2024-12")


def test_a_company_the_lexicon_missed_that_completed_a_study():
    # LLY-2021-01-27: "Junshi Biosciences has completed a similar Phase 1 study in healthy volunteers"
    found = events("Acme has completed a Phase 1 study of ACM-101 in healthy U.S. volunteers.",
                   "Gamma Biosciences has completed a similar Phase 1 study in healthy volunteers in Japan.")
    assert facts(found, "sponsor", "milestone") == {("Acme", "completed"), ("Gamma Biosciences", "completed")}


def test_launched_products_and_side_effects_are_not_trials():
    # LLY-2021-08-17: "responsible for Lilly's launched products and Phase 3 portfolio ...,
    # including the potential launch of donanemab"
    assert not events("She will be responsible for Acme's launched products and Phase 3 portfolio, including the "
                      "potential launch of ACM-101 for eczema.")
    assert not events("In clinical trials, patients receiving ACM-101 experienced nausea and diarrhea.")


def test_populations_with_abbreviations_and_places():
    # LLY-2021-01-27: "a Phase 1 study of etesevimab in healthy U.S. volunteers", "has initiated
    # Phase1b/2 trials in COVID-19 patients globally"
    (e,) = events("Acme has completed a Phase 1 study of ACM-101 in healthy U.S. volunteers to evaluate its safety.")
    assert e.fields["population"] == "healthy U.S. volunteers"
    (e,) = events("Acme has initiated Phase 2 trials of ACM-101 in eczema patients globally.")
    assert e.fields["population"] == "eczema patients globally"


def test_a_disease_told_before_the_patients_it_affects():
    # Pacylex 2025-05-05: "Acute myeloid leukemia patients are currently being dosed with oral zelenirstat"
    (e,) = events("Acute myeloid leukemia patients are currently being dosed with ACM-101 in another study.")
    assert e.fields["indication"] == "Acute myeloid leukemia"
    found = events("Acme has initiated Phase 2 trials of ACM-101 in COVID-19 patients globally.")
    assert all("trials" not in (e.fields["indication"] or "") for e in found)


def test_analysts_short_quarters_and_halves_are_years():
    # Analyst notes date catalysts "2H26", "1Q27", "Q4'25", "1H 2026"; not "the 2H2 antibody".
    from eightk.extract.dates import find_dates
    assert [[d.value for d in find_dates(t)] for t in ("data in 2H26", "in 1Q27", "Q4'25", "in 1H 2026", "the 2H2 antibody")] \
        == [["2026"], ["2027"], ["2025"], ["2026"], []]
