"""No biopharma events from non-biopharma filings or boilerplate; odd inputs give fewer fields,
never a crash or a made-up value."""

from __future__ import annotations

import pytest

import eightk
from eightk.extract.registry import EXTRACTORS, FIELDS

from conftest import FILINGS, SEED

BIO_TYPES = set(FIELDS)
#: Acquisitions are reported by every industry (bank releases announce theirs; the dev gold
#: labels them), so only the drug-development types must stay away from bank filings.
DRUG_TYPES = BIO_TYPES - {"acquisition"}
#: Bank earnings releases and supplements (IMTorg), officer changes and other non-biopharma
#: 8-Ks (edgartools cassettes, sec-edgar downloads).
NON_BIO = sorted(
    p for folder in ("IMTorgOpenDataTools-sec-edgar-extractor", "dgunning-edgartools-cassettes",
                     "jadchaar-sec-edgar-downloader", "sec-edgar-sec-edgar")
    for p in (FILINGS / folder).rglob("*") if p.is_file()
)


@pytest.mark.skipif(not NON_BIO, reason="corpus not present")
def test_no_drug_development_events_on_non_biopharma_filings():
    found = {}
    for path in NON_BIO:
        record = eightk.process(path.read_bytes(), name=path.name)
        types = [e.type for e in record.events if e.type in DRUG_TYPES]
        if types:
            found[path.name] = types
    assert found == {}


def _events(text: str):
    return eightk.process(text.encode("utf-8"), name="test.txt").events


RELEASE = (
    "CAMBRIDGE, MA, July 31, 2007 -- Acme Therapeutics, Inc. (Nasdaq: ACME) today announced that "
    "it has initiated a Phase 2 clinical trial of ACM-101 in patients with advanced melanoma.\n\n"
)


def test_forward_looking_and_about_sections_yield_nothing():
    text = (RELEASE + "About Other Pharma\n\nOther Pharma, Inc. began a Phase 3 trial of OTH-202 in 2005 "
            "and received FDA approval of OTH-303.\n\nForward-Looking Statements\n\nThis press release "
            "contains forward-looking statements. Acme may receive a $10 million milestone payment if the "
            "FDA approves ACM-101.\n")
    events = _events(text)
    assert [(e.type, e.fields["asset"], e.fields["phase"]) for e in events] == [("clinical_trial", "ACM-101", "Phase 2")]


def test_share_price_facts_and_pipelines_are_not_events():
    text = ("Acme Therapeutics, Inc. (Nasdaq: ACME) shares rose 12% to $5.20. Acme's pipeline includes "
            "ACM-101, a Phase 2 antibody for oncology, and ACM-202, a preclinical drug candidate.\n")
    assert _events(text) == ()


def test_no_dateline_no_quotes():
    text = RELEASE.split("-- ", 1)[1]
    events = _events(text)
    assert [(e.type, e.date) for e in events] == [("clinical_trial", None)]


def test_all_caps_text_does_not_crash():
    events = _events(RELEASE.upper())
    for e in events:
        assert set(e.fields) == set(FIELDS[e.type])


def test_mojibake_and_numbers_in_words():
    text = ("Acme Therapeutics, Inc. (Nasdaq: ACME) today announced that it has earned a milestone payment "
            "of five million dollars from Genentech, Inc. with the start of a Phase 2 clinical trial of ACM-101. "
            "Acmeâ€™s partner Genentech, Inc. made the payment under the license agreement.\n")
    events = _events(text)
    milestone = next(e for e in events if e.type == "milestone_payment")
    assert milestone.fields["amount"].value == 5_000_000
    assert milestone.fields["payer"] == "Genentech"


def test_table_only_exhibit():
    text = "| Product | Phase | Indication |\n|---|---|---|\n| ACM-101 | Phase 2 | Melanoma |\n| ACM-202 | Phase 1 | NSCLC |\n"
    assert _events(text) == ()


def test_large_financial_supplement_is_fast_path():
    supplements = sorted((FILINGS / "IMTorgOpenDataTools-sec-edgar-extractor").glob("*supplement*"))
    if not supplements:
        pytest.skip("corpus not present")
    for path in supplements:
        assert not [e for e in eightk.process(path.read_bytes(), name=path.name).events if e.type in DRUG_TYPES]


def test_evidence_spans_point_into_their_documents():
    record = eightk.process(SEED.read_bytes(), name=SEED.name)
    for e in record.events:
        for span in e.evidence:
            text = record.filing.quote(span)
            assert text and text == text.strip() or text


def test_registry_is_declared():
    names = [x.name for x in EXTRACTORS]
    assert len(names) == len(set(names))
    produced = {t for x in EXTRACTORS for t in x.produces}
    assert produced == BIO_TYPES
    for x in EXTRACTORS:
        assert x.tag == f"{x.name}@{x.version}" and x.families
        assert x.reads("") and x.reads("EX-99.1") and not x.reads("GRAPHIC")
