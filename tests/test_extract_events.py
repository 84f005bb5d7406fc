"""Event families on real phrasings (sentences as the corpus words them), one fact each."""

from __future__ import annotations

import pytest

import eightk
from eightk.extract.phases import normalize_phase

from conftest import CORPUS, FILINGS

HEAD = ("CAMBRIDGE, Mass., March 3, 2024 -- Acme Therapeutics, Inc. (Nasdaq: ACME), a clinical-stage "
        "biopharmaceutical company developing antibody drugs for patients, today reported news.\n\n")


def events(*sentences: str):
    text = HEAD + "\n\n".join(sentences) + "\n"
    return eightk.process(text.encode("utf-8"), name="test.txt").events


def one(type_: str, *sentences: str):
    found = [e for e in events(*sentences) if e.type == type_]
    assert len(found) == 1, found
    return found[0]


def test_licensing_payment_received_is_a_milestone():
    e = one("milestone_payment", "Acme today announced that it has received a $150,000 cash licensing payment "
            "from Beta Pharma Inc. under the global licensing agreement.")
    assert (e.fields["payee"], e.fields["payer"], e.fields["payment_status"]) == ("Acme", "Beta Pharma", "received")
    assert e.fields["amount"].value == 150_000 and e.status == "occurred" and e.date == "2024-03-03"


def test_deal_totals_are_agreement_fields_not_milestone_events():
    found = events("Acme today announced it has entered into an exclusive license agreement with Gamma "
                   "Biosciences, Inc. Under the terms of the agreement, Acme will receive an upfront payment of "
                   "$50 million and is eligible to receive up to $1.2 billion in development and sales milestones, "
                   "as well as tiered royalties ranging from high single digits to low double digits.")
    assert [e.type for e in found] == ["license_agreement"]
    f = found[0].fields
    assert f["upfront"].value == 50_000_000 and f["milestones_total"].value == 1_200_000_000
    assert f["royalty"].startswith("tiered royalties ranging from high single digits")
    assert f["exclusive"] is True and f["signed"] == "2024-03-03"


def test_dated_reference_is_historical():
    e = one("collaboration_agreement", "The collaboration, originally announced in September 2021, applies "
            "Acme's antibody platform to liver disease.")
    assert (e.status, e.date, e.fields["signed"]) == ("historical", "2021-09", "2021-09")


def test_amendment():
    e = one("agreement_amendment", "Acme and Gamma Biosciences, Inc. today announced the expansion of their "
            "license agreement to include two additional targets.")
    assert e.fields["change"] and e.status == "occurred"


@pytest.mark.parametrize("sentence, milestone, phase, status", [
    ("Acme today announced that the first patient has been dosed in its Phase 1b/2 trial of ACM-101.", "started", "Phase 1b/2", "occurred"),
    ("Acme today announced it has completed enrollment in the pivotal Phase III trial of ACM-101.", "enrolled", "Phase 3", "occurred"),
    ("ACM-101 has completed Phase 1 clinical trials.", "completed", "Phase 1", "historical"),
    ("Acme expects to initiate a Phase 2 study of ACM-101 later this year.", "started", "Phase 2", "expected"),
    ("Acme began a Phase I trial of ACM-101 in April 2019.", "started", "Phase 1", "historical"),
    ("Acme today announced positive topline results from its Phase 3 trial of ACM-101.", "data_reported", "Phase 3", "occurred"),
    ("Acme today announced it is discontinuing the Phase 2 study of ACM-101.", "discontinued", "Phase 2", "occurred"),
])
def test_trial_milestones(sentence, milestone, phase, status):
    e = one("clinical_trial", sentence)
    assert (e.fields["asset"], e.fields["milestone"], normalize_phase(e.fields["phase"]), e.status) == (
        "ACM-101", milestone, phase, status)


def test_presentation_at_a_meeting():
    e = one("clinical_data_presentation", "Acme presented Phase 2 data for ACM-101 at the 2023 American "
            "Society of Hematology Annual Meeting in December 2023.")
    assert e.fields["venue"].startswith("2023 American Society of Hematology Annual Meeting")
    assert (e.status, e.date) == ("historical", "2023-12")


@pytest.mark.parametrize("sentence, action, agency, status", [
    ("Acme today announced that the U.S. Food and Drug Administration approved ACM-101 for the treatment of "
     "adults with plaque psoriasis.", "approval", "FDA", "occurred"),
    ("Acme plans to submit a Biologics License Application for ACM-101 to the FDA in the second half of 2024.",
     "NDA/BLA submission", "FDA", "expected"),
    ("Acme today announced that the FDA has placed a clinical hold on the ACM-101 program.", "clinical hold", "FDA", "occurred"),
])
def test_regulatory_actions(sentence, action, agency, status):
    e = one("regulatory_event", sentence)
    assert (e.fields["asset"], e.fields["action"], e.fields["agency"], e.status) == ("ACM-101", action, agency, status)


def test_acceptance_and_pdufa_date_are_two_events():
    found = [e for e in events("Acme today announced that the FDA accepted its New Drug Application for ACM-101 and "
                               "assigned a PDUFA target action date of June 30, 2025.") if e.type == "regulatory_event"]
    got = sorted((e.fields["action"], e.status, e.date) for e in found)
    assert got == [("NDA/BLA submission", "occurred", "2024-03-03"), ("PDUFA date", "expected", "2025-06-30")]


@pytest.mark.parametrize("sentence, action", [
    ("Acme today announced that the FDA has cleared its Investigational New Drug (IND) application for ACM-101.", "IND"),
    ("Acme today announced that ACM-101 received Orphan Drug Designation from the FDA for glioblastoma.", "orphan drug designation"),
    ("Acme today announced that the FDA granted Fast Track designation to ACM-101.", "fast track designation"),
])
def test_designations_and_ind(sentence, action):
    assert one("regulatory_event", sentence).fields["action"] == action


def test_withdrawal_of_two_applications_is_two_events():
    found = [e for e in events("On March 3, 2024 Acme withdrew its U.S. biologics license application (BLA) and "
                               "European marketing authorization application (MAA) for ACM-101.") if e.type == "regulatory_event"]
    assert sorted((e.fields["action"], e.fields["agency"]) for e in found) == [("BLA withdrawal", "FDA"), ("MAA withdrawal", "EMA")]


def test_conditional_approval_is_not_an_event():
    assert not [e for e in events("ACM-101 could capture substantial market share if approved.") if e.type == "regulatory_event"]


def test_acquisition_announced():
    e = one("acquisition", "Acme today announced a definitive agreement for Acme to acquire Delta Bio, Inc. for "
            "approximately $1.1 billion in cash.")
    assert (e.fields["acquirer"], e.fields["target"], e.fields["status"]) == ("Acme", "Delta", "announced")  # short name: no "Bio" suffix
    assert e.fields["consideration"].value == 1_100_000_000


BANK = FILINGS / "IMTorgOpenDataTools-sec-edgar-extractor" / "a4q21earningsrelease.htm"


@pytest.mark.skipif(not BANK.exists(), reason="corpus not present")
def test_bank_release_acquisitions():
    found = [e for e in eightk.process(BANK.read_bytes(), name=BANK.name).events]
    assert {e.type for e in found} == {"acquisition"}
    statuses = {e.fields["target"].split()[0]: (e.status, e.fields["status"]) for e in found}
    assert statuses["JMP"] == ("historical", "completed")
    assert statuses["Investors"] == ("expected", "pending")


CONTRACT = CORPUS / "bio" / "maastrichtlawtech-law3027-CUAD__data__CUAD_v1__full_contract_txt__CytodynInc_20200109_10-Q_EX-10.5_11941634_EX-10.5_License_Agreement.txt"


@pytest.mark.skipif(not CONTRACT.exists(), reason="corpus not present")
def test_license_agreement_document_states_its_own_signing_only():
    found = eightk.process(CONTRACT.read_bytes(), name=CONTRACT.name).events
    assert [(e.type, e.fields["signed"]) for e in found] == [("license_agreement", "2019-12-17")]


CONTRACTS = sorted((CORPUS / "bio").glob("*CUAD*"))


@pytest.mark.parametrize("path", CONTRACTS, ids=lambda p: p.name[-40:])
def test_contracts_state_at_most_their_own_signing(path):
    """Definitions ("'Phase II' means ...") and obligations ("shall Initiate Phase II clinical
    trials within ...") of an agreement are not events; its opening sentence is, and so is a prior
    licence its recitals state ("WHEREAS, WPD is party to a sublicense agreement dated ...", a
    historical event by the gold convention)."""
    found = eightk.process(path.read_bytes(), name=path.name).events
    assert all(e.type in ("license_agreement", "collaboration_agreement") for e in found)
    assert len([e for e in found if e.status != "historical"]) <= 1
