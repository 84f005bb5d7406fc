"""What the extractors may read: boilerplate regions, and the facts an "About" section may still
state. Releases written for these tests."""

from __future__ import annotations

import eightk

GLUED = (
    b"Noventa Bio Reports Progress\n\n"
    b"SEATTLE, June 2, 2025 -- Noventa Bio, Inc., a clinical-stage biotechnology company developing drugs for "
    b"patients with rare disease, today reported progress. Contact: Ana Ruiz, Noventa Bio, ana@noventa.example"
    b"About Noventa BioNoventa Bio develops oral medicines for patients with rare kidney disease. The FDA has "
    b"granted velimostat Orphan Drug Designation for IgA nephropathy. Noventa Bio has a broad pipeline of "
    b"medicines that may one day be approved in many countries. For more information, visit www.noventa.example."
    b"Forward-Looking StatementsThis press release contains forward-looking statements about Noventa Bio's plans."
)


def test_a_safe_harbor_heading_glued_to_the_previous_sentence_starts_the_paragraph() -> None:
    record = eightk.process(GLUED, name="noventa.txt")
    release = record.press_releases[0]
    text = record.filing.documents[0].text
    start = release.forward_looking.start
    assert text[start:].startswith("This press release contains forward-looking statements")


def test_a_company_about_section_still_states_a_specific_regulatory_fact() -> None:
    record = eightk.process(GLUED, name="noventa.txt")
    events = [(e.type, e.fields.get("asset"), e.fields.get("action")) for e in record.events]
    assert ("regulatory_event", "velimostat", "orphan drug designation") in events
    # "may one day be approved in many countries": boilerplate, not an approval
    assert all(action != "approval" for _t, _a, action in events)
