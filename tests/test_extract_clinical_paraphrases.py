"""Paraphrase stress tests for clinical_trial and clinical_data_presentation: the same facts
told the many ways other writers tell them (wire releases, 8-K prose, analyst notes, interviews,
headlines, quarterly bullets), each a sentence of our own words run through
:func:`eightk.process` inside a mini-release. Positives state the expected (type, milestone or
venue, status, key field); negatives expect no event of the type."""

from __future__ import annotations

import pytest

from stress_helpers import matches, mini_release

HEADLINE = "Halvora Bio Provides Corporate Update\n\n"
DATELINE = ("BOSTON, March 10, 2026 -- Halvora Bio, Inc. (Nasdaq: HLVB), a clinical-stage "
            "biopharmaceutical company developing medicines for patients with inflammatory disease, today "
            "announced a corporate update.\n\n")


def release(*sentences: str, headline: str = HEADLINE) -> list:
    return mini_release(headline, DATELINE, *sentences)


def of_type(type_: str, *sentences: str, headline: str = HEADLINE) -> list:
    return [e for e in release(*sentences, headline=headline) if e.type == type_]


TRIAL = "clinical_trial"
PRESENTATION = "clinical_data_presentation"

# (sentences, headline or None, expected fields of one event of the type)
TRIAL_POSITIVE = [
    # starts, every voice
    ("Halvora today announced that it has initiated parallel Phase 2 trials of HLV-401 in asthma and COPD.", None,
     {"milestone": "started", "phase": "Phase 2", "asset": "HLV-401", "status": "occurred"}),
    ("We recently initiated a Phase 2 trial of HLV-401 in moderate asthma.", None,
     {"milestone": "started", "phase": "Phase 2", "asset": "HLV-401"}),
    ("Halvora today announced that the first patient has been dosed in its Phase 1b/2a trial of HLV-220.", None,
     {"milestone": "started", "phase": "Phase 1b/2a", "asset": "HLV-220", "status": "occurred"}),
    ("Halvora today announced it dosed the first patient in the Phase 1b/2a study of HLV-220.", None,
     {"milestone": "started", "phase": "Phase 1b/2a", "asset": "HLV-220"}),
    ("Halvora today announced that the trial of HLV-220 received IRB approval and began screening patients.", None,
     {"milestone": "started", "asset": "HLV-220", "status": "occurred"}),
    ("The company commenced its pivotal Phase 3 study of velorimab in January 2026.", None,
     {"milestone": "started", "phase": "Phase 3", "asset": "velorimab", "date": "2026-01"}),
    ("Halvora Doses First Patient in Phase 2a Trial of HLV-310 for Lupus", "headline",
     {"milestone": "started", "phase": "Phase 2a", "asset": "HLV-310", "status": "occurred"}),
    ("Halvora Initiates Phase IIb Study of Torvexin® in Ulcerative Colitis", "headline",
     {"milestone": "started", "phase": "Phase 2b", "asset": "Torvexin"}),
    ("Halvora today announced that the first participant was randomized in HALO-2, the Phase 3 trial of HLV-401.", None,
     {"milestone": "started", "phase": "Phase 3", "asset": "HLV-401"}),
    ("Halvora today announced that enrollment has begun in its Phase 2 trial of HLV-401 in atopic dermatitis.", None,
     {"milestone": "started", "phase": "Phase 2", "asset": "HLV-401"}),
    ("Halvora today announced that it has started a Phase 1 first-in-human study of HLV-500 in healthy volunteers.", None,
     {"milestone": "started", "phase": "Phase 1", "asset": "HLV-500", "population": "healthy volunteers"}),
    # planned starts
    ("A Phase 3 trial of HLV-401 is planned for 2026.", None,
     {"milestone": "started", "phase": "Phase 3", "asset": "HLV-401", "status": "expected"}),
    ("Halvora expects to initiate a Phase 2 study of HLV-310 in the second half of 2026.", None,
     {"milestone": "started", "phase": "Phase 2", "asset": "HLV-310", "status": "expected", "date": "2026"}),
    ("Halvora plans to start a registrational trial of HLV-401 by year-end 2026.", None,
     {"milestone": "started", "asset": "HLV-401", "status": "expected"}),
    # enrolment
    ("Halvora today announced that it has completed enrollment in its pivotal study of HLV-401.", None,
     {"milestone": "enrolled", "asset": "HLV-401", "status": "occurred"}),
    ("The company completed enrollment in its Phase 2b trial of velorimab in February 2026.", None,
     {"milestone": "enrolled", "phase": "Phase 2b", "asset": "velorimab", "date": "2026-02"}),
    ("Halvora today announced that the Phase 2 trial of HLV-310 is fully enrolled with 120 patients.", None,
     {"milestone": "enrolled", "phase": "Phase 2", "asset": "HLV-310"}),
    ("Halvora Completes Enrollment in Phase 3 HALO-2 Trial of HLV-401", "headline",
     {"milestone": "enrolled", "phase": "Phase 3", "asset": "HLV-401", "status": "occurred"}),
    ("Enrollment in the Phase 2 trial of HLV-310 is expected to be completed in the third quarter of 2026.", None,
     {"milestone": "enrolled", "phase": "Phase 2", "asset": "HLV-310", "status": "expected"}),
    # results
    ("Halvora today announced that the Phase 2 trial of HLV-401 met its primary endpoint.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401", "status": "occurred"}),
    ("Halvora today announced positive topline results from its Phase 2b study of velorimab in psoriasis.", None,
     {"milestone": "data_reported", "phase": "Phase 2b", "asset": "velorimab", "status": "occurred"}),
    ("Halvora today announced that interim results from the Phase 1b trial of HLV-220 showed a 40% response rate.", None,
     {"milestone": "data_reported", "phase": "Phase 1b", "asset": "HLV-220"}),
    ("Halvora Reports Positive Topline Data from Phase 2 Trial of HLV-401 in COPD", "headline",
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401", "status": "occurred"}),
    ("Halvora today announced that the Phase 3 study of velorimab achieved statistical significance on its primary endpoint.", None,
     {"milestone": "data_reported", "phase": "Phase 3", "asset": "velorimab"}),
    ("Halvora today announced that HLV-401 significantly reduced exacerbations in the Phase 2 trial.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401"}),
    # results to come
    ("Top-line data from the Phase 2 trial of HLV-401 are expected in 1H 2026.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401", "status": "expected"}),
    ("Halvora expects to report topline results from the Phase 2b trial of velorimab in mid-2026.", None,
     {"milestone": "data_reported", "phase": "Phase 2b", "asset": "velorimab", "status": "expected"}),
    ("We anticipate a data readout from our Phase 1 study of HLV-500 in the fourth quarter of 2026.", None,
     {"milestone": "data_reported", "phase": "Phase 1", "asset": "HLV-500", "status": "expected"}),
    # completion, discontinuation
    ("Halvora today announced that it has completed its Phase 1 study of HLV-500 in healthy volunteers.", None,
     {"milestone": "completed", "phase": "Phase 1", "asset": "HLV-500", "status": "occurred"}),
    ("Halvora today announced that it has discontinued the Phase 2 trial of HLV-310 following a portfolio review.", None,
     {"milestone": "discontinued", "phase": "Phase 2", "asset": "HLV-310"}),
    # acronym-only trials and unnamed products
    ("Halvora today announced that the first patient was dosed in the FLASH study of HLV-220.", None,
     {"milestone": "started", "asset": "HLV-220"}),
    ("The company's lead candidate, HLV-401, is being evaluated in HALO-2. Halvora today announced that HALO-2 "
     "completed enrollment.", None,
     {"milestone": "enrolled", "asset": "HLV-401"}),
    # analyst-note style
    ("In our view, the company has cleared a key hurdle: Halvora today announced it has dosed the first "
     "patient in its Phase 2 trial of HLV-401.", None,
     {"milestone": "started", "asset": "HLV-401", "phase": "Phase 2"}),
    # progress bullets
    ("- Initiated the Phase 2 HALO-2 trial of HLV-401 in COPD in January 2026", None,
     {"milestone": "started", "asset": "HLV-401", "phase": "Phase 2"}),
    ("- Completed enrollment in the Phase 1b trial of HLV-220 in February 2026", None,
     {"milestone": "enrolled", "asset": "HLV-220", "phase": "Phase 1b"}),
    ("- Reported positive topline data from the Phase 2 trial of velorimab in February 2026", None,
     {"milestone": "data_reported", "asset": "velorimab", "phase": "Phase 2"}),
    # unnamed products, spellings, interviews
    ("Halvora today announced that the first patient has been dosed in its Phase 2 trial of the therapy in lupus.", None,
     {"milestone": "started", "phase": "Phase 2", "status": "occurred"}),
    ("HLV-401 is our lead candidate. The Phase 2 study met its primary endpoint, the company announced today.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401"}),
    ("Halvora has completed the Phase 1 portion and today announced it moved HLV-220 into Phase 2.", None,
     {"milestone": "started", "phase": "Phase 2", "asset": "HLV-220"}),
    ("Halvora today announced that the first patient was dosed in a phase 2 clinical trial of tevocel, its cell "
     "therapy for lupus.", None, {"milestone": "started", "phase": "Phase 2", "asset": "tevocel"}),
    ("Halvora today announced that an investigator-initiated real-world study of HLV-401 has begun enrolling "
     "patients at three U.S. centers.", None, {"milestone": "started", "asset": "HLV-401", "population": None}),
    ("Halvora today announced that top-line data from the Phase IIb/III trial of HLV-401 showed a statistically "
     "significant reduction in flares.", None, {"milestone": "data_reported", "phase": "Phase 2b/3", "asset": "HLV-401"}),
    ("Halvora is on track to report Phase 2 data for HLV-310 in the first half of 2027.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-310", "status": "expected", "date": "2027"}),
    ("Halvora secured IRB approval and expects to enroll the first patient in the Phase 1 trial of HLV-500 in "
     "April 2026.", None, {"milestone": "started", "phase": "Phase 1", "asset": "HLV-500", "status": "expected"}),
    ("HLV-401 Meets Primary Endpoint in Phase 2 HALO Study", "headline",
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401", "status": "occurred"}),
    ("We completed enrollment in our Phase 2b trial of velorimab last month, and we expect data in the summer.", None,
     {"milestone": "enrolled", "phase": "Phase 2b", "asset": "velorimab", "date": "2026-02"}),
    ("Halvora Enrolls First Patient in Phase 1 Trial of HLV-500", "headline",
     {"milestone": "started", "phase": "Phase 1", "asset": "HLV-500", "status": "occurred"}),
    # indications and populations, sponsored-article verbs
    ("Halvora today announced positive topline results from its Phase 2 trial of HLV-401 in COPD.", None,
     {"milestone": "data_reported", "asset": "HLV-401", "indication": "COPD"}),
    ("Halvora today announced the initiation of a Phase 2a clinical study of HLV-310 in adults with ulcerative colitis.",
     None, {"milestone": "started", "asset": "HLV-310", "indication": "ulcerative colitis",
            "population": "adults with ulcerative colitis"}),
    ("The company managed to wrap up enrollment in its Phase 2 lupus study ahead of schedule.", None,
     {"milestone": "enrolled", "phase": "Phase 2", "indication": "lupus"}),
    ("The biotech has kicked off a Phase 2 study of HLV-401 in idiopathic pulmonary fibrosis (IPF).", None,
     {"milestone": "started", "asset": "HLV-401", "indication": "idiopathic pulmonary fibrosis"}),
    ("Halvora's lead candidate HLV-401 entered the clinic in January 2026 with a Phase 1 trial in healthy volunteers.",
     None, {"milestone": "started", "asset": "HLV-401", "phase": "Phase 1", "date": "2026-01"}),
    ("Halvora today announced that the Phase 2 study of HLV-401 in bronchiectasis is now open for enrollment.", None,
     {"milestone": "started", "asset": "HLV-401", "status": "occurred"}),
    ("Halvora today announced that the first participant has been dosed in the Phase 1 study of HLV-500, which will "
     "enroll up to 64 healthy volunteers.", None, {"milestone": "started", "asset": "HLV-500"}),
    ("Halvora today announced that the Phase 2 study of HLV-310 enrolling adults aged 18 to 65 with lupus nephritis "
     "has begun dosing.", None, {"milestone": "started", "asset": "HLV-310", "indication": "lupus nephritis",
                                 "population": "adults aged 18 to 65 with lupus nephritis"}),
    ("Halvora today announced the start of a Phase 1 trial of HLV-500 in pediatric patients with Dravet syndrome.", None,
     {"milestone": "started", "asset": "HLV-500", "indication": "Dravet syndrome",
      "population": "pediatric patients with Dravet syndrome"}),
    ("Halvora today reported positive results from a Phase 2 trial of HLV-401 in 240 adults with uncontrolled asthma.",
     None, {"milestone": "data_reported", "asset": "HLV-401", "indication": "uncontrolled asthma"}),
    # analyst notes: readouts, catalysts, nominal milestones, short quarters
    ("We expect the Phase 3 trial of HLV-401 to read out in 2H26.", None,
     {"milestone": "data_reported", "phase": "Phase 3", "asset": "HLV-401", "status": "expected", "date": "2026"}),
    ("The Phase 2 trial of HLV-401 read out positively in 2025.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401", "date": "2025"}),
    ("Phase 3 initiation for HLV-401 is expected in 2H26.", None,
     {"milestone": "started", "phase": "Phase 3", "asset": "HLV-401", "status": "expected"}),
    ("Key upcoming catalysts include Phase 2 topline data for HLV-310 in 1Q27.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-310", "status": "expected", "date": "2027"}),
    ("HLV-401 posted positive Phase 2 results last year.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401", "date": "2025"}),
    ("HLV-401 delivered a 35% reduction in exacerbations in the Phase 2 study.", None,
     {"milestone": "data_reported", "phase": "Phase 2", "asset": "HLV-401"}),
    ("Phase 1 data showed HLV-500 was well tolerated at all doses.", None,
     {"milestone": "data_reported", "phase": "Phase 1", "asset": "HLV-500"}),
    ("Top-line data from the Phase 2 trial of HLV-401 are expected in 1H 2026.", None,
     {"milestone": "data_reported", "asset": "HLV-401", "status": "expected", "date": "2026"}),
    pytest.param("In the Phase 2b trial, HLV-401 reduced flares by 45% versus placebo.", None,
                 {"milestone": "data_reported", "phase": "Phase 2b", "asset": "HLV-401"},
                 marks=pytest.mark.xfail(strict=True, reason="'reduced X by N%' also describes the data behind an "
                                                             "approval, which the gold does not count (LLY-2024-07-02)")),
]

TRIAL_NEGATIVE = [
    # ongoing trials with no milestone
    ("HLV-401 is currently being evaluated in a Phase 2 trial in asthma.", None),
    ("The Phase 2 study is a randomized, double-blind, placebo-controlled trial designed to evaluate HLV-310.", None),
    # preclinical
    ("In preclinical models, HLV-600 showed a 60% reduction in tumor growth.", None),
    # risk language
    ("There can be no assurance that Halvora will complete enrollment in its clinical trials or that the "
     "trials will meet their primary endpoints.", None),
    ("Clinical trials may not demonstrate safety or efficacy, and results of earlier studies may not be "
     "predictive of future results.", None),
    # financials, stock
    ("Research and development expenses increased to $12.1 million, primarily due to clinical trial costs.", None),
    ("Halvora shares rose 40% after the company launched a $50 million public offering.", None),
    ("Phase 2b enrollment is ~70% complete.", None),
    ("The Phase 1 trial of HLV-500 is ongoing and continues to enroll patients.", None),
    ("If the Phase 3 trial of HLV-401 is successful, Halvora may file a BLA in 2027.", None),
    ("HLV-401 has the potential to be the first oral therapy for COPD.", None),
    ("Halvora today announced that 12 patients have been enrolled to date in the Phase 1 trial of HLV-500.", None),
    # an enrolling trial with no milestone ("now enrolling" is a start; "currently" is ongoing)
    ("The company is currently recruiting patients for its Phase 2 trial of HLV-310.", None),
]

PRESENTATION_POSITIVE = [
    ("Halvora will present data from the Phase 2 trial of HLV-401 at ASCO 2026.", None,
     {"venue": "ASCO", "asset": "HLV-401", "status": "expected"}),
    ("Data from the Phase 2 trial of HLV-401 were published in The Lancet.", None,
     {"venue": "The Lancet", "asset": "HLV-401"}),
    ("Halvora today announced that new data from its Phase 1b trial of HLV-220 will be presented in a poster "
     "at the American Thoracic Society 2026 International Conference.", None,
     {"asset": "HLV-220", "status": "expected"}),
    ("Halvora today announced that results from the Phase 2 trial of velorimab were presented in an oral "
     "session at the European Academy of Dermatology and Venereology Congress.", None,
     {"asset": "velorimab", "status": "occurred"}),
    ("Halvora Presents Positive Phase 2 Data for HLV-401 at the ERS International Congress 2026", "headline",
     {"asset": "HLV-401"}),
    ("Halvora today announced that an abstract describing the Phase 1 study of HLV-500 has been accepted for "
     "presentation at the ACR Convergence 2026 meeting.", None,
     {"asset": "HLV-500", "status": "expected"}),
    ("Halvora today announced that it has presented new Phase 2 data for HLV-401 at the 2026 American Academy "
     "of Dermatology Annual Meeting.", None, {"asset": "HLV-401", "status": "occurred"}),
    ("Halvora today announced that data from its Phase 1 trial of HLV-500 will be featured in an oral "
     "presentation at ESMO 2026.", None, {"asset": "HLV-500", "venue": "ESMO 2026", "status": "expected"}),
    ("Results from the Phase 2 HALO study of HLV-401 have been published in the New England Journal of Medicine, "
     "Halvora announced today.", None, {"asset": "HLV-401", "venue": "New England Journal of Medicine"}),
    ("Halvora to Present Phase 2 Data for HLV-401 at ATS 2026", "headline",
     {"asset": "HLV-401", "venue": "ATS 2026", "status": "expected", "date": "2026"}),
    ("Halvora today announced the publication of Phase 2 results for HLV-401 in the Journal of Clinical Oncology.",
     None, {"asset": "HLV-401", "venue": "Journal of Clinical Oncology", "status": "occurred"}),
    ("A late-breaking abstract featuring the Phase 2 results of HLV-401 will be presented at the ERS Congress in "
     "September 2026.", None, {"asset": "HLV-401", "venue": "ERS Congress", "status": "expected", "date": "2026-09"}),
    ("Dr. Jane Smith presented updated Phase 1b data for HLV-220 in an oral session at the 2026 ASCO Annual Meeting.",
     None, {"asset": "HLV-220", "phase": "Phase 1b"}),
]

PRESENTATION_NEGATIVE = [
    ("Halvora will participate in a fireside chat at the Guggenheim Biotechnology Conference on May 2, 2026.", None),
    ("Management will present at the Jefferies Healthcare Conference on June 5, 2026.", None),
    ("Halvora will host a conference call and webcast today at 8:00 a.m. ET.", None),
]


def _doc(sentence: str, headline: str | None) -> tuple[tuple[str, ...], str]:
    if headline:
        return (), sentence + "\n\n"
    return (sentence,), HEADLINE


@pytest.mark.parametrize(("sentence", "headline", "want"), TRIAL_POSITIVE, ids=[(p.values[0] if hasattr(p, "values") else p[0])[:50] for p in TRIAL_POSITIVE])
def test_trial_told_any_way_is_found(sentence, headline, want):
    sentences, head = _doc(sentence, headline)
    found = of_type(TRIAL, *sentences, headline=head)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize(("sentence", "headline"), TRIAL_NEGATIVE, ids=[s[:50] for s, _ in TRIAL_NEGATIVE])
def test_no_trial_event_from_non_events(sentence, headline):
    sentences, head = _doc(sentence, headline)
    assert of_type(TRIAL, *sentences, headline=head) == []


@pytest.mark.parametrize(("sentence", "headline", "want"), PRESENTATION_POSITIVE,
                         ids=[s[:50] for s, _, _ in PRESENTATION_POSITIVE])
def test_presentation_told_any_way_is_found(sentence, headline, want):
    sentences, head = _doc(sentence, headline)
    found = of_type(PRESENTATION, *sentences, headline=head)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize(("sentence", "headline"), PRESENTATION_NEGATIVE, ids=[s[:50] for s, _ in PRESENTATION_NEGATIVE])
def test_no_presentation_event_from_non_events(sentence, headline):
    sentences, head = _doc(sentence, headline)
    assert of_type(PRESENTATION, *sentences, headline=head) == []
