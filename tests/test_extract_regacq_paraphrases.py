"""Paraphrase stress tests for regulatory_event and acquisition: the same facts told the many
ways other writers tell them (wire releases, 8-K prose, sponsored articles, interviews,
headlines, bullets), each a sentence of our own words run through :func:`eightk.process` inside
a mini-release. Positives state the expected (type, action or deal status, key field); negatives
expect no event of the type."""

from __future__ import annotations

import pytest

import eightk
from stress_helpers import matches, mini_release

HEADLINE = "Corvexa Therapeutics Provides Business Update\n\n"
DATELINE = ("SAN DIEGO, March 10, 2026 -- Corvexa Therapeutics, Inc. (Nasdaq: CRVX), a clinical-stage "
            "biopharmaceutical company developing treatments for patients with rare disease, today "
            "announced a business update.\n\n")
REFERENCE = "2026-03-10"


def release(*sentences: str, headline: str = HEADLINE) -> list:
    return mini_release(headline, DATELINE, *sentences)


def of_type(type_: str, *sentences: str, headline: str = HEADLINE) -> list:
    return [e for e in release(*sentences, headline=headline) if e.type == type_]


# --- regulatory_event: positives -----------------------------------------------------------
# (sentences, headline or None, expected fields); "action" may be a tuple of accepted names.

IND = "IND"
REG_POSITIVE = [
    # wire-release "today announced" sentences
    ("Corvexa Therapeutics today announced that it has received IND clearance from the FDA for CVX-201, "
     "its lead candidate for amyotrophic lateral sclerosis.", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-201", "status": "occurred"}),
    ("Corvexa today announced that the U.S. Food and Drug Administration has accepted the Investigational "
     "New Drug application for KRX-7, a small molecule for Fabry disease.", None,
     {"action": IND, "agency": "FDA", "asset": "KRX-7"}),
    ("Corvexa today announced that the FDA cleared its IND application for cb-210, an allogeneic CAR-T "
     "cell therapy.", None, {"action": IND, "agency": "FDA", "asset": "cb-210"}),
    ("Corvexa today announced that the FDA has granted Breakthrough Therapy Designation (BTD) to "
     "obrelatinib for patients with KRAS G12C-mutant colorectal cancer.", None,
     {"action": "breakthrough therapy designation", "agency": "FDA", "asset": "obrelatinib",
      "indication": "colorectal cancer", "status": "occurred"}),
    ("Corvexa today announced that it has obtained Orphan Drug Designation (ODD) from the FDA for TLX-9 "
     "for the treatment of Duchenne muscular dystrophy.", None,
     {"action": "orphan drug designation", "agency": "FDA", "asset": "TLX-9",
      "indication": "Duchenne muscular dystrophy"}),
    ("Corvexa today announced that TLX-9 was granted Rare Pediatric Disease designation by the FDA.", None,
     {"action": "rare pediatric disease designation", "agency": "FDA", "asset": "TLX-9"}),
    ("Corvexa today announced that it has submitted a New Drug Application to the FDA seeking approval "
     "of KLV-8 for moderate to severe plaque psoriasis.", None,
     {"action": "NDA/BLA submission", "agency": "FDA", "asset": "KLV-8", "status": "occurred"}),
    ("Corvexa today announced that it received approval from Health Canada to begin a Phase 2 trial of "
     "MBX-3 in adults with Sjogren's disease.", None,
     {"action": "approval", "agency": "Health Canada", "asset": "MBX-3"}),
    ("Corvexa today announced that the MHRA has approved its application to start a first-in-human "
     "study of QX-11.", None, {"action": "approval", "agency": "MHRA", "asset": "QX-11"}),
    ("Corvexa today announced that Israel's Ministry of Health approved a Phase 1b trial of PNX-4 "
     "in patients with Parkinson's disease.", None, {"action": "approval", "asset": "PNX-4"}),
    ("Corvexa today announced that the Taiwan FDA approved its application to begin a Phase 2 trial "
     "of ABV-1504 in major depressive disorder.", None,
     {"action": "approval", "agency": "TFDA", "asset": "ABV-1504"}),
    ("Corvexa today announced that it has submitted a Clinical Trial Application (CTA) to Health Canada "
     "for RNV-101.", None, {"action": ("CTA submission", "CTA"), "asset": "RNV-101"}),
    ("Corvexa today announced the completion of an End-of-Phase 2 meeting with the FDA for CVX-45.", None,
     {"action": "End-of-Phase 2 meeting", "agency": "FDA", "asset": "CVX-45"}),
    ("Corvexa today announced that it held a pre-NDA meeting with the FDA to discuss the submission "
     "plan for LUMA-2.", None, {"action": "pre-NDA meeting", "agency": "FDA", "asset": "LUMA-2"}),
    ("Corvexa today announced that the European Commission granted marketing authorization for "
     "Dermavia (tolerimab) for chronic hand eczema.", None,
     {"action": "approval", "agency": "European Commission", "asset": ("Dermavia", "tolerimab")}),
    ("Corvexa today announced that the FDA accepted its Biologics License Application for VT-77 for "
     "review and granted Priority Review.", None,
     {"action": ("NDA/BLA acceptance", "Priority Review"), "agency": "FDA", "asset": "VT-77"}),
    ("Corvexa today announced that the FDA placed a clinical hold on the Phase 1 trial of GTX-102.", None,
     {"action": "clinical hold", "agency": "FDA", "asset": "GTX-102"}),
    ("Corvexa today announced that the FDA has lifted the partial clinical hold on GTX-102.", None,
     {"action": "clinical hold lifted", "agency": "FDA", "asset": "GTX-102"}),
    ("Corvexa today announced that it received a Complete Response Letter (CRL) from the FDA regarding "
     "its NDA for KLV-8.", None, {"action": "complete response letter", "agency": "FDA", "asset": "KLV-8"}),
    ("Corvexa today announced that the FDA granted Regenerative Medicine Advanced Therapy (RMAT) "
     "designation to CVX-CAR19.", None, {"action": "RMAT designation", "agency": "FDA", "asset": "CVX-CAR19"}),
    ("Corvexa today announced that the FDA approved Nexlora® (vosetinib) as the first treatment for "
     "adults with desmoid tumors.", None,
     {"action": "approval", "agency": "FDA", "asset": ("Nexlora", "vosetinib"), "status": "occurred"}),
    # headlines in Title Case
    ("Corvexa details below.", "Corvexa Secures FDA Clearance of IND Application for OB-14 in Recurrent Glioblastoma\n\n",
     {"action": IND, "agency": "FDA", "asset": "OB-14"}),
    ("Corvexa details below.", "FDA Grants Fast Track Designation to Corvexa's ZN-3 for Sickle Cell Disease\n\n",
     {"action": "fast track designation", "agency": "FDA", "asset": "ZN-3"}),
    ("Corvexa details below.", "Corvexa Receives FDA Orphan Drug Designation for HLX-4 in Acute Myeloid Leukemia\n\n",
     {"action": "orphan drug designation", "agency": "FDA", "asset": "HLX-4"}),
    ("Corvexa details below.", "Corvexa Submits Marketing Authorization Application to EMA for Velitra\n\n",
     {"action": "MAA submission", "agency": "EMA", "asset": "Velitra"}),
    # sponsored articles, analyst notes: past tense, dated, no "today"
    ("In January 2026, Corvexa secured FDA clearance to proceed with its Phase 2a study of RX-5.", None,
     {"action": IND, "agency": "FDA", "asset": "RX-5", "date": "2026-01"}),
    ("Earlier this year the company managed to get the green light from the FDA for its IND for RX-5.", None,
     {"action": IND, "agency": "FDA", "asset": "RX-5"}),
    ("CVX-12 has been granted fast-track status by the FDA for idiopathic pulmonary fibrosis.", None,
     {"action": "fast track designation", "agency": "FDA", "asset": "CVX-12"}),
    ("The FDA cleared the company's IND for zelpavimab in November 2025.", None,
     {"action": IND, "agency": "FDA", "asset": "zelpavimab", "status": "historical", "date": "2025-11"}),
    ("Akrivo received a study may proceed letter from the FDA for AK-9 in December 2025.", None,
     {"action": IND, "agency": "FDA", "asset": "AK-9"}),
    ("The IND for TRX-12 went into effect in February 2026, and dosing is planned for the second quarter.", None,
     {"action": IND, "agency": "FDA", "asset": "TRX-12"}),
    ("In February 2026 the company also obtained orphan drug status from the European Medicines Agency "
     "for CVX-12.", None, {"action": "orphan drug designation", "agency": "EMA", "asset": "CVX-12"}),
    # first person, interviews
    ("\u201cWe received IND clearance for CVX-88 in February, which lets us start dosing this spring,\u201d "
     "said the Chief Executive Officer.", None, {"action": IND, "agency": "FDA", "asset": "CVX-88"}),
    ("\u201cOur lead candidate, CVX-88, recently received Fast Track designation,\u201d said the Chief "
     "Medical Officer.", None, {"action": "fast track designation", "agency": "FDA", "asset": "CVX-88"}),
    # plans
    ("Corvexa plans to file a BLA for VT-77 in the second half of 2026.", None,
     {"action": "NDA/BLA submission", "agency": "FDA", "asset": "VT-77", "status": "expected", "date": "2026"}),
    ("The company intends to submit an IND to the FDA for ABC-55 in mid-2026.", None,
     {"action": IND, "agency": "FDA", "asset": "ABC-55", "status": "expected"}),
    ("Corvexa expects to submit an NDA for KLV-8 by year-end 2026.", None,
     {"action": "NDA/BLA submission", "asset": "KLV-8", "status": "expected"}),
    # bullets in quarterly results
    ("Recent highlights:\n\n* Received FDA clearance of the IND for CVX-310 in systemic sclerosis\n\n"
     "* Completed enrollment in the Phase 2 trial of CVX-12", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-310"}),
    ("Recent highlights:\n\n* Granted Orphan Drug Designation by the FDA for CVX-310\n\n"
     "* Appointed a new Chief Financial Officer", None,
     {"action": "orphan drug designation", "agency": "FDA", "asset": "CVX-310"}),
    # no named product
    ("Corvexa today announced that its lead candidate received Fast Track designation from the FDA for "
     "the treatment of idiopathic pulmonary fibrosis.", None,
     {"action": "fast track designation", "agency": "FDA", "indication": "idiopathic pulmonary fibrosis"}),
    ("Corvexa today announced that the FDA has cleared its Investigational New Drug application for its "
     "gene therapy for hemophilia B.", None, {"action": IND, "agency": "FDA"}),
    # other agencies
    ("Corvexa today announced that China's NMPA approved the IND application for CVX-201.", None,
     {"action": IND, "agency": "NMPA", "asset": "CVX-201"}),
    ("Corvexa today announced that the FDA set a PDUFA target action date of September 14, 2026 for KLV-8.", None,
     {"action": "PDUFA date", "agency": "FDA", "asset": "KLV-8", "status": "expected"}),
]

REG_NEGATIVE = [
    "There can be no assurance that KRX-7 will receive regulatory approval from the FDA.",
    "If approved, TLX-9 could become the first therapy for patients with this rare disease.",
    "The Company's product candidates may not obtain Orphan Drug Designation or Fast Track designation.",
    "The FDA-approved drugs currently available for ALS provide limited benefit to patients.",
    "Shares of Corvexa rose 12% on Tuesday after investors reacted to the FDA news.",
    "Our pipeline includes CVX-201, CVX-305 and CVX-410, each in preclinical development.",
    "Obtaining approval from the FDA for a new drug is a lengthy and uncertain process.",
    "The board of directors approved a share repurchase program of up to $10 million.",
    "Corvexa's stockholders approved all proposals at the annual meeting, including the reverse stock split.",
]

# Round 2: harder styles (headlines with verbs in capitals, labels, spelled-out agencies,
# designations in pairs, device clearances, feedback, first person).
REG_POSITIVE += [
    ("The FDA has accepted the IND for CVX-310, clearing the way for a Phase 1 trial.", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-310"}),
    ("Corvexa details below.", "Corvexa Announces FDA Clearance of Investigational New Drug Application for CVX-310\n\n",
     {"action": IND, "agency": "FDA", "asset": "CVX-310", "status": "occurred"}),
    ("Corvexa details below.", "FDA Clears Corvexa's IND for CVX-310 in Solid Tumors\n\n",
     {"action": IND, "agency": "FDA", "asset": "CVX-310"}),
    ("\u201cWe now have the IND cleared for CVX-310, so we can start enrolling,\u201d said the Chief Executive Officer.", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-310"}),
    ("Corvexa announced it had received a may proceed letter from the FDA for CVX-310.", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-310"}),
    ("The company's IND application for CVX-310 was cleared by the FDA within 30 days.", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-310"}),
    ("Health Canada issued a No Objection Letter for the company's Clinical Trial Application for CVX-310.", None,
     {"action": ("approval", "No Objection Letter", "CTA approval"), "agency": "Health Canada", "asset": "CVX-310"}),
    ("The UK Medicines and Healthcare products Regulatory Agency authorized the company's Phase 1 trial of CVX-310.", None,
     {"action": "approval", "agency": "MHRA", "asset": "CVX-310"}),
    ("Corvexa was granted Orphan Drug Designation for CVX-12 in the treatment of myasthenia gravis.", None,
     {"action": "orphan drug designation", "agency": "FDA", "asset": "CVX-12"}),
    ("CVX-12 holds Orphan Drug and Fast Track designations from the FDA.", None,
     {"action": "orphan drug designation", "agency": "FDA", "asset": "CVX-12"}),
    ("CVX-12 holds Orphan Drug and Fast Track designations from the FDA.", None,
     {"action": "fast track designation", "agency": "FDA", "asset": "CVX-12"}),
    ("The European Medicines Agency granted PRIME eligibility to CVX-12.", None,
     {"action": "PRIME designation", "agency": "EMA", "asset": "CVX-12"}),
    ("In a Type B meeting, the FDA agreed that a single Phase 3 trial could support a BLA for CVX-12.", None,
     {"action": "Type B meeting", "agency": "FDA", "asset": "CVX-12"}),
    ("Corvexa today announced that FDA feedback supports an accelerated approval pathway for CVX-45.", None,
     {"action": "feedback", "agency": "FDA", "asset": "CVX-45"}),
    ("Corvexa plans to request a pre-IND meeting with the FDA for CVX-45 in the first quarter of 2026.", None,
     {"action": "pre-IND meeting", "agency": "FDA", "asset": "CVX-45", "status": "expected"}),
    ("The NDA for KLV-8 was submitted in December 2025 and accepted for filing in February 2026.", None,
     {"action": ("NDA/BLA submission", "NDA/BLA acceptance"), "agency": "FDA", "asset": "KLV-8"}),
    ("Corvexa details below.", "Corvexa Receives Complete Response Letter from FDA for KLV-8 New Drug Application\n\n",
     {"action": "complete response letter", "agency": "FDA", "asset": "KLV-8", "status": "occurred"}),
    ("Corvexa today announced that the FDA approved KLV-8 tablets for adults with plaque psoriasis.", None,
     {"action": "approval", "agency": "FDA", "asset": "KLV-8", "indication": "plaque psoriasis", "status": "occurred"}),
    ("Corvexa won FDA approval for Nexlora\u00ae in February 2026.", None,
     {"action": "approval", "agency": "FDA", "asset": "Nexlora", "date": "2026-02"}),
    ("Japan's Ministry of Health, Labour and Welfare approved Nexlora\u00ae for desmoid tumors in January 2026.", None,
     {"action": "approval", "agency": ("PMDA", "MHLW", "Japan"), "asset": "Nexlora"}),
    ("Corvexa today announced that China's National Medical Products Administration accepted the BLA for CVX-12 "
     "for priority review.", None, {"agency": "NMPA", "asset": "CVX-12"}),
    ("Recent highlights:\n\n* IND clearance for CVX-77 received in January 2026\n\n* Cash of $40 million", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-77"}),
    ("Recent highlights:\n\n* Fast Track designation granted for CVX-77 in glioblastoma (February 2026)\n\n* Cash of $40 million", None,
     {"action": "fast track designation", "agency": "FDA", "asset": "CVX-77"}),
    ("Corvexa details below.", "Fast-Track Designation Granted to CVX-77 by U.S. FDA\n\n",
     {"action": "fast track designation", "agency": "FDA", "asset": "CVX-77"}),
    ("Corvexa today announced that it has secured Rare Pediatric Disease Designation from the US FDA for CVX-77 in neuroblastoma.", None,
     {"action": "rare pediatric disease designation", "agency": "FDA", "asset": "CVX-77", "indication": "neuroblastoma"}),
    ("Corvexa today announced that the U.S. FDA granted Breakthrough Device Designation to its CVX-NS1 neurostimulation system.", None,
     {"action": "breakthrough device designation", "agency": "FDA"}),
    ("Corvexa today announced that the FDA granted 510(k) clearance for its CVX-M2 heart monitor.", None,
     {"action": "510(k) clearance", "agency": "FDA"}),
    ("The FDA has set a Prescription Drug User Fee Act (PDUFA) goal date of June 30, 2026 for KLV-8.", None,
     {"action": "PDUFA date", "agency": "FDA", "asset": "KLV-8", "status": "expected", "date": "2026-06-30"}),
    ("Corvexa today announced that an FDA advisory committee voted 10 to 2 in favor of approving KLV-8.", None,
     {"action": "advisory committee meeting", "agency": "FDA", "asset": "KLV-8"}),
    ("\u201cWe also got orphan drug designation from FDA for CVX-12 last year,\u201d said the Chief Executive Officer.", None,
     {"action": "orphan drug designation", "agency": "FDA", "asset": "CVX-12"}),
    ("Corvexa announced that the FDA lifted the clinical hold placed on its CVX-9 program.", None,
     {"action": "clinical hold lifted", "agency": "FDA", "asset": "CVX-9"}),
    ("Corvexa's CTA for CVX-310 was approved by the Medicines and Healthcare products Regulatory Agency.", None,
     {"action": ("approval", "CTA approval"), "agency": "MHRA", "asset": "CVX-310"}),
    ("Earlier this month the Company filed an IND with the FDA for CVX-310, its lead oncology asset.", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-310"}),
    ("Corvexa expects IND clearance for CVX-310 in the first half of 2026.", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-310", "status": "expected"}),
    ("Corvexa is preparing to submit an IND for CVX-310 by mid-2026.", None,
     {"action": IND, "agency": "FDA", "asset": "CVX-310", "status": "expected"}),
]

REG_NEGATIVE += [
    "The FDA approval process can take many years and is subject to substantial uncertainty.",
    "CVX-310 is investigational and has not been approved by the FDA or any other regulatory agency.",
    "Orphan drug designation provides seven years of market exclusivity upon approval.",
    "Fast Track is an FDA process designed to facilitate the development of drugs that treat serious conditions.",
    "The company's pipeline table lists CVX-12 (Phase 2), CVX-45 (Phase 1) and CVX-310 (IND-enabling).",
    "The Company may seek orphan drug designation for other indications in the future.",
    "The Board approved the grant of stock options to the new Chief Executive Officer.",
    "Corvexa has not received any warning letters from the FDA.",
]


@pytest.mark.parametrize("sentences, headline, want", REG_POSITIVE,
                         ids=[f"reg{i:02d}" for i in range(len(REG_POSITIVE))])
def test_regulatory_paraphrase(sentences, headline, want):
    found = of_type("regulatory_event", sentences, headline=headline or HEADLINE)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("sentence", REG_NEGATIVE, ids=[f"regneg{i:02d}" for i in range(len(REG_NEGATIVE))])
def test_regulatory_negative(sentence):
    found = of_type("regulatory_event", sentence)
    assert not found, [(e.status, e.date, e.fields) for e in found]


# --- acquisition: positives ----------------------------------------------------------------

ACQ_POSITIVE = [
    ("Corvexa today announced that it has completed its acquisition of Lumina Bio, Inc.", None,
     {"acquirer": "Corvexa Therapeutics, Inc.", "target": "Lumina Bio, Inc.", "deal": "completed"}),
    ("Corvexa today announced that it closed the purchase of Helio Therapeutics for $45 million in cash.", None,
     {"target": "Helio Therapeutics", "deal": "completed"}),
    ("Corvexa today announced that it has entered into a definitive agreement to be acquired by Rhenova AG "
     "for $12.50 per share in cash.", None,
     {"acquirer": "Rhenova AG", "target": "Corvexa Therapeutics, Inc.", "deal": "announced"}),
    ("Corvexa today announced that it has entered into a definitive merger agreement with Lumina Bio, Inc.", None,
     {"target": "Lumina Bio, Inc.", "deal": "announced"}),
    ("Corvexa today announced that it has acquired a majority stake in Nordic Cell AB.", None,
     {"target": "Nordic Cell AB", "deal": "completed"}),
    ("Corvexa today announced that it sold its diagnostics business to Quantia Labs for $30 million.", None,
     {"acquirer": "Quantia Labs", "deal": "completed"}),
    ("Corvexa today announced that it has entered into an asset purchase agreement with Helio Therapeutics "
     "to acquire HT-77 and related intellectual property.", None,
     {"deal": ("announced", "completed")}),
    ("Corvexa today announced that it has signed a definitive agreement to acquire Helio Therapeutics "
     "for up to $200 million.", None, {"target": "Helio Therapeutics", "deal": "announced"}),
    ("The acquisition of Helio Therapeutics is expected to close in the third quarter of 2026, subject to "
     "customary closing conditions.", None, {"target": "Helio Therapeutics", "deal": "pending"}),
    ("Corvexa today announced that it has completed the divestiture of its animal health unit to Vetrix Holdings.", None,
     {"acquirer": "Vetrix Holdings", "deal": "completed"}),
    ("Corvexa today announced that it has agreed to sell its manufacturing site in Ghent to Biofab NV.", None,
     {"acquirer": "Biofab NV", "deal": "announced"}),
    ("Corvexa today announced that Rhenova AG will acquire Corvexa in a deal valued at approximately $1.1 billion.", None,
     {"acquirer": "Rhenova AG", "deal": "announced"}),
    ("Corvexa today announced that it has acquired 60% of the outstanding shares of Nordic Cell AB.", None,
     {"target": "Nordic Cell AB", "deal": "completed"}),
    ("Corvexa today announced that it has completed its merger with Lumina Bio, Inc.", None,
     {"target": "Lumina Bio, Inc.", "deal": "completed"}),
    ("Corvexa today announced that it closed its previously announced acquisition of Helio Therapeutics.", None,
     {"target": "Helio Therapeutics", "deal": "completed"}),
    ("Corvexa details below.", "Corvexa Therapeutics Acquires Helio Therapeutics\n\n",
     {"target": "Helio Therapeutics"}),
    ("Corvexa details below.", "Corvexa Therapeutics to Merge with Lumina Bio in All-Stock Transaction\n\n",
     {"target": "Lumina Bio", "deal": "announced"}),
    ("Corvexa details below.", "Corvexa Therapeutics Completes Acquisition of Helio Therapeutics\n\n",
     {"target": "Helio Therapeutics", "deal": "completed"}),
    ("Corvexa details below.", "Corvexa Therapeutics Enters into Definitive Agreement to Be Acquired by Rhenova AG\n\n",
     {"acquirer": "Rhenova AG", "deal": "announced"}),
    ("\u201cWe bought Helio Therapeutics last year to expand our pipeline,\u201d said the Chief Executive Officer.", None,
     {"target": "Helio Therapeutics", "deal": "completed"}),
    ("Rhenova AG completed its tender offer for all outstanding shares of Corvexa Therapeutics, Inc.", None,
     {"acquirer": "Rhenova AG", "deal": "completed"}),
    ("Corvexa today announced that Lumina Bio, Inc. has become a wholly owned subsidiary of Corvexa following "
     "the closing of the merger.", None, {"target": "Lumina Bio, Inc.", "deal": "completed"}),
]

ACQ_NEGATIVE = [
    "Acquisition-related costs increased to $3.1 million in the quarter.",
    "Corvexa may pursue acquisitions of complementary businesses, products or technologies.",
    "The company purchased $2 million of laboratory equipment during the year.",
    "Corvexa repurchased 1,000,000 shares of its common stock under its buyback program.",
    "Patients who acquired the infection in a hospital were excluded from the study.",
    "We evaluate potential acquisitions in the ordinary course of business.",
]

ACQ_POSITIVE += [
    ("Corvexa details below.", "Corvexa Therapeutics Closes Acquisition of Helio Therapeutics\n\n",
     {"target": "Helio Therapeutics", "deal": "completed"}),
    ("Corvexa today announced that it completed the previously announced merger with Lumina Bio, Inc. on March 9, 2026.", None,
     {"target": "Lumina Bio, Inc.", "deal": "completed"}),
    ("Under the terms of the merger agreement, Rhenova AG will acquire all outstanding shares of Corvexa for $9.00 per share in cash.", None,
     {"acquirer": "Rhenova AG", "deal": "announced"}),
    ("Helio Therapeutics, which Corvexa acquired in 2024, contributed $3 million in revenue.", None,
     {"acquirer": "Corvexa", "target": "Helio Therapeutics", "deal": "completed", "status": "historical"}),
    ("Corvexa today announced that it signed a binding term sheet to acquire Helio Therapeutics.", None,
     {"target": "Helio Therapeutics", "deal": "announced"}),
    ("Corvexa today announced that it has agreed to buy Helio Therapeutics for $80 million in stock.", None,
     {"target": "Helio Therapeutics", "deal": "announced"}),
    ("Corvexa is buying Helio Therapeutics in an all-stock deal, the company said today.", None,
     {"target": "Helio Therapeutics", "deal": "announced"}),
    ("Corvexa today announced that it acquired Helio Therapeutics, Inc. in an all-stock transaction valued at $80 million.", None,
     {"target": "Helio Therapeutics", "deal": "completed"}),
    ("The acquisition of Helio Therapeutics closed on February 27, 2026.", None,
     {"target": "Helio Therapeutics", "deal": "completed"}),
    ("Rhenova AG announced it will acquire Corvexa Therapeutics for approximately $450 million.", None,
     {"acquirer": "Rhenova AG", "deal": "announced"}),
    ("Corvexa today announced that it entered into a share purchase agreement to acquire 100% of the shares of Nordic Cell AB.", None,
     {"target": "Nordic Cell AB", "deal": "announced"}),
    ("Corvexa today announced that it completed the sale of its rights to CVX-77 to Pharmaxa GmbH.", None,
     {"acquirer": "Pharmaxa GmbH", "deal": "completed"}),
    ("Corvexa divested its consumer health business to Medica Holdings in 2024.", None,
     {"acquirer": "Medica Holdings", "deal": "completed"}),
    ("Corvexa details below.", "Corvexa Therapeutics Announces Closing of Merger with Lumina Bio\n\n",
     {"target": "Lumina Bio", "deal": "completed"}),
    ("Corvexa today announced that it acquired a 51% interest in Helio Therapeutics.", None,
     {"target": "Helio Therapeutics", "deal": "completed"}),
]

ACQ_NEGATIVE += [
    "Corvexa did not make any acquisitions during the year.",
    "The company sold 2,000,000 shares of common stock in a registered direct offering.",
    "Proceeds from the sale of marketable securities were $4 million.",
    "We have acquired extensive expertise in antibody engineering over the past decade.",
    "Net product sales of Nexlora were $12 million in the quarter.",
]


@pytest.mark.parametrize("sentences, headline, want", ACQ_POSITIVE,
                         ids=[f"acq{i:02d}" for i in range(len(ACQ_POSITIVE))])
def test_acquisition_paraphrase(sentences, headline, want):
    found = of_type("acquisition", sentences, headline=headline or HEADLINE)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("sentence", ACQ_NEGATIVE, ids=[f"acqneg{i:02d}" for i in range(len(ACQ_NEGATIVE))])
def test_acquisition_negative(sentence):
    found = of_type("acquisition", sentence)
    assert not found, [(e.status, e.date, e.fields) for e in found]


# --- Round 3: whole documents in the layouts other writers use ------------------------------

ANALYST_NOTE = """# Stonebridge Initiates Coverage on Corvexa Therapeutics (NASDAQ:CRVX)

DALLAS, TX -- March 10, 2026 -- Corvexa Therapeutics, Inc. (NASDAQ:CRVX): Stonebridge Capital initiates coverage of Corvexa Therapeutics, a clinical-stage biotechnology company developing drugs for patients with rare neuromuscular disease.

Company Summary:

Regulatory Update: In January 2026 the FDA cleared the Company's IND for CVX-12, allowing the Phase 2 trial to begin.

Designations: CVX-12 has received Orphan Drug and Rare Pediatric Disease designations from the FDA.

M&A: In 2025 the Company acquired Helio Therapeutics, Inc. in an all-stock deal.
"""

INTERVIEW = """# Q&A with the CEO of Corvexa Therapeutics

NEW YORK, March 10, 2026 -- Corvexa Therapeutics, Inc. (Nasdaq: CRVX), a clinical-stage biopharmaceutical company developing treatments for patients with rare disease, spoke with us about its drug pipeline.

**Q: What were the key milestones last year?**

A: We got the IND for CVX-12 cleared in May, and the FDA gave us Fast Track designation for CVX-12 in the fall. We also closed the acquisition of Helio Therapeutics.

**Q: What comes next?**

A: We plan to submit a BLA for CVX-12 in the second half of 2026.
"""

RESULTS = """**Corvexa Reports Fourth Quarter and Full Year 2025 Financial Results**

SAN DIEGO, March 10, 2026 -- Corvexa Therapeutics, Inc. (Nasdaq: CRVX), a clinical-stage biopharmaceutical company developing treatments for patients with rare disease, today reported financial results for the fourth quarter of 2025.

**Recent Highlights**

- **Regulatory:** Received Breakthrough Therapy Designation from the U.S. FDA for CVX-12 in myasthenia gravis.
- **Clinical:** Completed enrollment in the Phase 2 trial of CVX-12.
- **Corporate:** Completed the acquisition of Helio Therapeutics, Inc. for $25 million.
"""

DOCUMENTS = [
    (ANALYST_NOTE, [("regulatory_event", {"action": IND, "agency": "FDA", "asset": "CVX-12", "date": "2026-01"}),
                    ("regulatory_event", {"action": "orphan drug designation", "asset": "CVX-12"}),
                    ("regulatory_event", {"action": "rare pediatric disease designation", "asset": "CVX-12"}),
                    ("acquisition", {"target": "Helio Therapeutics, Inc.", "deal": "completed"})]),
    (INTERVIEW, [("regulatory_event", {"action": IND, "agency": "FDA", "asset": "CVX-12"}),
                 ("regulatory_event", {"action": "fast track designation", "agency": "FDA", "asset": "CVX-12"}),
                 ("regulatory_event", {"action": "NDA/BLA submission", "asset": "CVX-12", "status": "expected"}),
                 ("acquisition", {"target": "Helio Therapeutics", "deal": "completed"})]),
    (RESULTS, [("regulatory_event", {"action": "breakthrough therapy designation", "agency": "FDA", "asset": "CVX-12"}),
               ("acquisition", {"target": "Helio Therapeutics, Inc.", "deal": "completed"})]),
]
DOCUMENT_CASES = [(doc, type_, want) for doc, wants in DOCUMENTS for type_, want in wants]


@pytest.mark.parametrize("doc, type_, want", DOCUMENT_CASES, ids=[f"doc{i:02d}" for i in range(len(DOCUMENT_CASES))])
def test_document_layouts(doc, type_, want):
    found = [e for e in eightk.process(doc.encode("utf-8"), name="doc.md").events if e.type == type_]
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


# --- Round 4: agencies abroad, trials approved, products named the sentence before ----------

ROUND4 = [
    ("Vitrasil\u00ae completed a feasibility study and was approved by the Australian Therapeutic Goods "
     "Administration (TGA) to begin the next trial phase.", {"action": "approval", "agency": "TGA", "asset": "Vitrasil"}),
    ("Corvexa is testing CVX-12 in adults with myasthenia gravis. The study received approval from Swissmedic.",
     {"action": "approval", "agency": "Swissmedic", "asset": "CVX-12"}),
    ("CVX-12 is our lead asset. Corvexa has received IND clearance from the FDA and Clinical Trial Authorization "
     "from the UK regulators, further derisking the asset.", {"action": "CTA approval", "agency": "MHRA", "asset": "CVX-12"}),
    ("CVX-12 is our lead asset. Corvexa has received IND clearance from the FDA and Clinical Trial Authorization "
     "from the UK regulators, further derisking the asset.", {"action": IND, "agency": "FDA", "asset": "CVX-12"}),
    ("Corvexa today announced that this is the second IND cleared by the US FDA for BLX 404.",
     {"action": IND, "agency": "FDA", "asset": "BLX 404"}),
    ("Corvexa today announced that Korea's Ministry of Food and Drug Safety approved the Phase 2 trial of CVX-12.",
     {"action": "approval", "agency": "MFDS", "asset": "CVX-12"}),
]


@pytest.mark.parametrize("text, want", ROUND4, ids=[f"r4_{i:02d}" for i in range(len(ROUND4))])
def test_agencies_abroad_and_lent_products(text, want):
    found = of_type("regulatory_event", text)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


def test_a_rule_number_is_not_a_product():
    assert of_type("regulatory_event", "The FDA cleared the filing under Rule 144 for Section 16 officers.") == []


UNNAMED_DEALS = [
    ("Corvexa has acquired a pharmaceutical manufacturing facility in Ohio with a transaction value of $60 million.",
     {"target": "pharmaceutical manufacturing facility", "deal": "completed"}),
    ("Corvexa today announced that it completed the acquisition of a contract development and manufacturing "
     "organization for $12 million.", {"deal": "completed"}),
    ("Corvexa today announced that it has agreed to acquire a biologics fill-finish plant in Ireland.",
     {"target": "biologics fill-finish plant", "deal": "announced"}),
]


@pytest.mark.parametrize("text, want", UNNAMED_DEALS, ids=[f"unnamed{i}" for i in range(len(UNNAMED_DEALS))])
def test_unnamed_business_assets(text, want):
    found = of_type("acquisition", text)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


def test_what_was_bought_between_of_and_by():
    found = of_type("acquisition", "Before joining Corvexa, Dr. Lee served as Chief Medical Officer of Nordwind Bio, where she "
                    "led the acquisition of two antibody programs by Halvard Pharma.")
    assert any(matches(e, {"acquirer": "Halvard Pharma", "deal": "completed", "status": "historical"}) for e in found), found


def test_shares_bought_by_a_contract_role_are_not_a_deal():
    assert of_type("acquisition", "The acquisition of 5% of the outstanding shares by the Purchaser requires consent.") == []


MORE_DEALS = [
    ("In 2023 Corvexa merged with Lumina Bio, Inc. to form a combined neurology company.",
     {"target": "Lumina Bio, Inc.", "deal": "completed"}),
    ("Corvexa today announced that it completed its business combination with Orion Acquisition Corp.",
     {"target": "Orion Acquisition Corp.", "deal": "completed"}),
    ("Corvexa today announced that it entered into a share exchange agreement with Nordic Cell AB.",
     {"target": "Nordic Cell AB", "deal": "announced"}),
    ("Corvexa sold Zentrol to Medica Holdings in 2024.", {"acquirer": "Medica Holdings", "target": "Zentrol", "deal": "completed"}),
    ("Quantia acquired Helio Therapeutics to expand its oncology pipeline.", {"acquirer": "Quantia", "target": "Helio Therapeutics"}),
    ("Following its acquisition of Helio Therapeutics in August 2022, Corvexa expanded into oncology.",
     {"target": "Helio Therapeutics", "deal": "completed", "status": "historical", "date": "2022-08"}),
    ("The acquisition of a 51% stake in Nordic Cell AB closed on March 2, 2026.", {"target": "Nordic Cell AB", "deal": "completed"}),
]
MORE_NON_DEALS = [
    "Corvexa acquired U.S. rights to the compound from its partner.",
    "The company acquired Exclusive rights to CVX-77 under the licence.",
    "Net income was affected by the acquisition of Helio Therapeutics.",
]


@pytest.mark.parametrize("text, want", MORE_DEALS, ids=[f"deal{i}" for i in range(len(MORE_DEALS))])
def test_more_deal_phrasings(text, want):
    found = of_type("acquisition", text)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("text", MORE_NON_DEALS, ids=[f"nondeal{i}" for i in range(len(MORE_NON_DEALS))])
def test_more_non_deals(text):
    assert of_type("acquisition", text) == []


ITEM_201 = [
    ("On March 1, 2026, the Company completed the previously announced sale of substantially all of its assets to "
     "Medica Holdings pursuant to the Asset Purchase Agreement.", {"acquirer": "Medica Holdings", "deal": "completed"}),
    ("On March 9, 2026, Merger Sub merged with and into Helio Therapeutics, Inc., with Helio Therapeutics, Inc. surviving "
     "as a wholly owned subsidiary of the Company.", {"target": "Helio Therapeutics, Inc.", "deal": "completed"}),
]


@pytest.mark.parametrize("text, want", ITEM_201, ids=[f"item201_{i}" for i in range(len(ITEM_201))])
def test_item_201_wording(text, want):
    found = of_type("acquisition", text)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


def test_a_bank_merger_in_a_non_biopharma_release():
    text = ("Harbor Bancorp Reports Earnings\n\nBOSTON, March 10, 2026 -- Harbor Bancorp, Inc. (NYSE: HRB) today "
            "reported earnings for the quarter.\n\nDuring the quarter, Harbor Bancorp merged with Lakeside Savings Bank.\n")
    found = [e for e in eightk.process(text.encode(), name="bank.txt").events if e.type == "acquisition"]
    assert any(matches(e, {"target": "Lakeside Savings Bank", "deal": "completed"}) for e in found), found


@pytest.mark.parametrize("sentence, want", [
    ("Harbor Bancorp Acquires Lakeside Payments LLC to expand its treasury services.", {"target": "Lakeside Payments LLC"}),
    ("Harbor Bancorp acquired 60% of the outstanding shares of Lakeside Payments LLC.", {"target": "Lakeside Payments LLC", "deal": "completed"}),
    ("Harbor Bancorp sold its trust business to Keystone Advisors for $40 million.", {"acquirer": "Keystone Advisors", "deal": "completed"}),
], ids=["acquires", "stake", "sold"])
def test_deals_in_a_non_biopharma_release(sentence, want):
    text = ("Harbor Bancorp Reports Earnings\n\nBOSTON, March 10, 2026 -- Harbor Bancorp, Inc. (NYSE: HRB) today "
            "reported earnings for the quarter.\n\n" + sentence + "\n")
    found = [e for e in eightk.process(text.encode(), name="bank.txt").events if e.type == "acquisition"]
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("sentence, want", [
    ("Corvexa today announced that it has acquired substantially all of the assets of Helio Therapeutics, Inc.",
     {"target": "Helio Therapeutics, Inc.", "deal": "completed"}),
    ("Corvexa today announced that it completed the acquisition of eNovia Bio, Inc.", {"target": "eNovia Bio, Inc.", "deal": "completed"}),
    ("Corvexa today announced that it completed its reverse merger with Lumina Bio, Inc.", {"target": "Lumina Bio, Inc.", "deal": "completed"}),
    ("Corvexa today announced that it agreed to combine with Lumina Bio in an all-stock transaction.", {"target": "Lumina Bio", "deal": "announced"}),
], ids=["all-assets", "camel", "reverse", "combine"])
def test_deal_objects(sentence, want):
    found = of_type("acquisition", sentence)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("sentence, want", [
    ("Corvexa today announced that the FDA granted Fast Track designation to Velitra for sickle cell disease.",
     {"action": "fast track designation", "asset": "Velitra"}),
    ("Halvex was granted Orphan Drug Designation by the FDA in January 2026.", {"action": "orphan drug designation", "asset": "Halvex"}),
    ("Corvexa today announced that its lead candidate received Fast Track designation. The FDA granted Fast Track "
     "designation to CVX-12 for myasthenia gravis.", {"action": "fast track designation", "asset": "CVX-12"}),
], ids=["slot-to", "subject", "unnamed-folds"])
def test_names_in_a_products_place(sentence, want):
    found = of_type("regulatory_event", sentence)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]
    if "lead candidate" in sentence:
        assert len(found) == 1  # the unnamed mention is the named fact


@pytest.mark.parametrize("sentence", [
    "Last year, Corvexa made a regulatory submission and FDA action is expected in the first half of 2026.",
    "U.S. FDA Accepts New Drug Application for Triple Combination Tablet for Adults with Type 2 Diabetes",
], ids=["sentence-start", "title-run"])
def test_words_that_only_stand_in_a_products_place(sentence):
    assert all(e.fields["asset"] not in ("Last", "Triple") for e in of_type("regulatory_event", sentence))


def test_a_coded_products_disease_from_a_sentence_nearby():
    found = of_type("regulatory_event", "Corvexa today announced that the FDA granted Fast Track designation to KRX-7.",
                    "KRX-7 is an oral small molecule being developed for the treatment of Fabry disease.")
    assert any(matches(e, {"asset": "KRX-7", "indication": "Fabry disease"}) for e in found), found


# --- Round 5: a fresh set written after the rules above, to measure how they carry over -------

ROUND5_REG = [
    ("The U.S. Food and Drug Administration (FDA) has granted clearance of the Company's Investigational New Drug "
     "application for ZT-401 in metastatic melanoma.", {"action": IND, "agency": "FDA", "asset": "ZT-401"}),
    ("Corvexa received notification from the FDA that its IND for ZT-401 is now active.", {"action": IND, "asset": "ZT-401"}),
    ("The FDA granted the company's request for Orphan Drug Designation for ZT-401.",
     {"action": "orphan drug designation", "agency": "FDA", "asset": "ZT-401"}),
    ("ZT-401 now holds Fast Track designation from the U.S. FDA.", {"action": "fast track designation", "asset": "ZT-401"}),
    ("Corvexa today announced FDA approval of its supplemental Biologics License Application for Zentrab\u00ae in pediatric patients.",
     {"action": "approval", "agency": "FDA", "asset": "Zentrab"}),
    ("The Committee for Medicinal Products for Human Use adopted a positive opinion recommending marketing authorization for Zentrab\u00ae.",
     {"action": "CHMP positive opinion", "agency": "EMA", "asset": "Zentrab"}),
    ("Corvexa has filed its NDA for ZT-220 with the FDA.", {"action": "NDA/BLA submission", "agency": "FDA", "asset": "ZT-220"}),
    ("The FDA accepted Corvexa's NDA for ZT-220 and set a target action date of November 3, 2026.",
     {"action": "PDUFA date", "agency": "FDA", "asset": "ZT-220", "date": "2026-11-03"}),
    ("Corvexa today announced that it completed a rolling BLA submission for ZT-220.",
     {"action": "NDA/BLA submission", "asset": "ZT-220"}),
    ("ZT-220 received EU orphan designation from the European Commission.",
     {"action": "orphan drug designation", "asset": "ZT-220"}),
    ("The FDA issued a complete response letter for the ZT-220 NDA.", {"action": "complete response letter", "asset": "ZT-220"}),
    ("ZT-220 was approved in China by the NMPA in December 2025.", {"action": "approval", "agency": "NMPA", "asset": "ZT-220"}),
    ("The FDA placed the ZT-401 program on partial clinical hold.", {"action": "clinical hold", "asset": "ZT-401"}),
    ("Corvexa today announced that it obtained Investigational Device Exemption (IDE) approval from the FDA for its ZP-2 pump.",
     {"action": ("IDE", "IDE approval"), "agency": "FDA", "asset": "ZP-2"}),
]
ROUND5_REG_NEG = [
    "Corvexa intends to seek Breakthrough Therapy designation for ZT-401, although there is no guarantee it will be granted.",
    "The FDA has approved more than 20 drugs for multiple sclerosis.",
    "Obtaining Fast Track designation does not change the standards for approval.",
    "Corvexa may be eligible to receive a priority review voucher upon approval of ZT-401.",
]
ROUND5_ACQ = [
    ("Corvexa Therapeutics, Inc. announced today that it has completed the previously announced acquisition of Oriel Biosciences.",
     {"target": "Oriel Biosciences", "deal": "completed"}),
    ("Corvexa today announced that it closed its $45 million acquisition of Oriel Biosciences.", {"target": "Oriel Biosciences", "deal": "completed"}),
    ("The deal to acquire Oriel Biosciences closed on January 5, 2026.", {"target": "Oriel Biosciences", "deal": "completed"}),
    ("Corvexa details below.", {"acquirer": "Halcyon Pharma", "deal": "announced"}),
    ("Corvexa today announced that it entered into a definitive agreement under which Halcyon Pharma will acquire Corvexa.",
     {"acquirer": "Halcyon Pharma", "deal": "announced"}),
]
ROUND5_HEADLINES = {3: "Corvexa Therapeutics to Be Acquired by Halcyon Pharma for $1.2 Billion\n\n"}
ROUND5_ACQ_NEG = [
    "Corvexa acquired significant know-how in gene editing over the past decade.",
    "The Company may be acquired by a third party in the future.",
]


@pytest.mark.parametrize("text, want", ROUND5_REG, ids=[f"r5reg{i:02d}" for i in range(len(ROUND5_REG))])
def test_round5_regulatory(text, want):
    found = of_type("regulatory_event", text)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("text", ROUND5_REG_NEG, ids=[f"r5regneg{i}" for i in range(len(ROUND5_REG_NEG))])
def test_round5_regulatory_negative(text):
    found = of_type("regulatory_event", text)
    assert not found, [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("i", range(len(ROUND5_ACQ)), ids=[f"r5acq{i}" for i in range(len(ROUND5_ACQ))])
def test_round5_acquisition(i):
    text, want = ROUND5_ACQ[i]
    found = of_type("acquisition", text, headline=ROUND5_HEADLINES.get(i, HEADLINE))
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("text", ROUND5_ACQ_NEG, ids=[f"r5acqneg{i}" for i in range(len(ROUND5_ACQ_NEG))])
def test_round5_acquisition_negative(text):
    assert of_type("acquisition", text) == []


# --- Round 6: another fresh set (formal 8-K prose, numbered lists, non-native wire English) -----

ROUND6_REG = [
    ("On March 2, 2026, the Company received a letter from the FDA granting Orphan Drug Designation to CVX-12 for the "
     "treatment of Duchenne muscular dystrophy.", {"action": "orphan drug designation", "asset": "CVX-12", "date": "2026-03-02"}),
    ("The Company announced that the FDA has completed its 30-day review of the IND for CVX-12 and that the study may proceed.",
     {"action": IND, "asset": "CVX-12"}),
    ("Key 2026 events:\n\n1. FDA clearance of the IND for CVX-12 (January 2026)\n\n2. Cash runway into 2028", {"action": IND, "asset": "CVX-12"}),
    ("Corvexa has got green light from US FDA to start Phase 2 trial of CVX-12.", {"action": IND, "asset": "CVX-12"}),
    ("Approval from the Israeli Ministry of Health has been obtained for the CVX-12 Phase 1 study.", {"action": "approval", "asset": "CVX-12"}),
    ("CVX-12 is under review by the FDA, with a PDUFA date of August 1, 2026.", {"action": "PDUFA date", "asset": "CVX-12", "status": "expected"}),
    ("Corvexa's NDA for CVX-12 has been accepted by the FDA for substantive review.", {"action": "NDA/BLA acceptance", "asset": "CVX-12"}),
    ("The European Commission has granted conditional marketing authorisation to CVX-12.",
     {"action": "approval", "agency": "European Commission", "asset": "CVX-12"}),
    ("CVX-12 obtained marketing approval in Japan in February 2026.", {"action": "approval", "agency": "Japan", "asset": "CVX-12"}),
    ("CVX-12 was designated an orphan drug by the FDA in 2025.", {"action": "orphan drug designation", "asset": "CVX-12"}),
    ("The FDA designated CVX-12 as a Breakthrough Therapy for myasthenia gravis.", {"action": "breakthrough therapy designation", "asset": "CVX-12"}),
    ("Corvexa today announced that it has submitted the final module of its rolling NDA for CVX-12.",
     {"action": "NDA/BLA submission", "asset": "CVX-12"}),
]
ROUND6_REG_NEG = [
    "The FDA has issued draft guidance on rare disease drug development.",
    "Shares rose after competitor Medexa announced FDA approval of its rival drug MX-4.",
]
ROUND6_ACQ = [
    ("On February 27, 2026, Corvexa Therapeutics, Inc. (the \u201cCompany\u201d) completed its previously announced acquisition of "
     "Helio Therapeutics, Inc. (\u201cHelio\u201d) pursuant to the Agreement and Plan of Merger, dated as of January 5, 2026.",
     {"target": "Helio Therapeutics, Inc.", "deal": "completed", "date": "2026-02-27"}),
    ("Helio Therapeutics, Inc. is now a wholly owned subsidiary of the Company.", {"target": "Helio Therapeutics, Inc.", "deal": "completed"}),
    ("The Company acquired all of the outstanding equity interests of Helio Therapeutics, Inc. for aggregate consideration of $30 million.",
     {"target": "Helio Therapeutics, Inc.", "deal": "completed"}),
    ("Corvexa agreed to sell its dermatology portfolio to Medica AG for 50 million euros.", {"acquirer": "Medica AG", "deal": "announced"}),
    ("Corvexa today announced the closing of its acquisition of Helio Therapeutics.", {"target": "Helio Therapeutics", "deal": "completed"}),
]
ROUND6_ACQ_NEG = [
    "The Company has no current plans to acquire any business.",
    "Corvexa may seek to acquire complementary technologies.",
]


@pytest.mark.parametrize("text, want", ROUND6_REG, ids=[f"r6reg{i:02d}" for i in range(len(ROUND6_REG))])
def test_round6_regulatory(text, want):
    found = of_type("regulatory_event", text)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("text", ROUND6_REG_NEG, ids=[f"r6regneg{i}" for i in range(len(ROUND6_REG_NEG))])
def test_round6_regulatory_negative(text):
    found = of_type("regulatory_event", text)
    assert not found, [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("text, want", ROUND6_ACQ, ids=[f"r6acq{i}" for i in range(len(ROUND6_ACQ))])
def test_round6_acquisition(text, want):
    found = of_type("acquisition", text)
    assert any(matches(e, want) for e in found), [(e.status, e.date, e.fields) for e in found]


@pytest.mark.parametrize("text", ROUND6_ACQ_NEG, ids=[f"r6acqneg{i}" for i in range(len(ROUND6_ACQ_NEG))])
def test_round6_acquisition_negative(text):
    assert of_type("acquisition", text) == []
