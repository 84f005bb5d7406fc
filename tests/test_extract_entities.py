"""Entities (EVENTS.md §4) on releases written for these tests: one asset per product with its
aliases and profile, and the companies a filing names."""

from __future__ import annotations

import eightk

RELEASE = b"""Vantor Therapeutics Announces FDA Approval of Zorvexa for Patients with Advanced Relapsed Mantle Cell Lymphoma

BOSTON, March 3, 2025 -- Vantor Therapeutics, Inc. (Nasdaq: VNTR), a clinical-stage biopharmaceutical company, today announced that the U.S. Food and Drug Administration (FDA) approved Vantor's Zorvexa\xe2\x84\xa2 (belrutinib) for the treatment of adults with relapsed mantle cell lymphoma.

Zorvexa is an oral, highly selective BTK inhibitor. Belrutinib (formerly VNT-2201) was studied in the Phase 2 HALO trial in patients with relapsed disease. Patients should avoid strong CYP3A inhibitors while taking Zorvexa.

Vantor also develops ortuzumab-DM4, an antibody-drug conjugate targeting CD37, which is in clinical testing. Vantor's RNAi program includes velasiran.

Media contact: Dana Reyes, Blue Heron Group, (617) 555-0142, dana@blueheron.example
"""


def _entities():
    record = eightk.process(RELEASE, name="vantor-release.txt")
    return record.entities


def test_one_asset_per_product_with_every_name_it_goes_by() -> None:
    assets = {a.name: a for a in _entities().assets}
    product = next(a for a in assets.values() if "Zorvexa" in (a.name,) + a.aliases)
    assert {"Zorvexa", "belrutinib", "VNT-2201"} <= set((product.name,) + product.aliases)
    assert product.modality == "small molecule" and product.target == "BTK"  # not CYP3A
    assert product.owner == "Vantor"


def test_a_conjugate_is_one_asset_and_its_antibody_is_not_another() -> None:
    assets = {a.name: a for a in _entities().assets}
    adc = assets["ortuzumab-DM4"]
    assert (adc.antibody, adc.payload, adc.modality, adc.target, adc.phase) == (
        "ortuzumab", "DM4", "antibody-drug conjugate", "CD37", "clinical")
    assert "ortuzumab" not in assets
    assert assets["velasiran"].modality == "siRNA"


def test_companies_come_from_contacts_and_not_from_headline_words() -> None:
    names = [c.name for c in _entities().companies]
    assert names[0] == "Vantor"
    assert "Blue Heron Group" in names
    assert not any(n.startswith(("Advanced", "Patients")) for n in names), names


def test_a_capitalised_surname_ending_like_a_drug_stem_is_no_product() -> None:
    from eightk.extract.entities import build_lexicon

    text = ("Vantor today announced a licence agreement with Halvorsen Pharma AG, under which Halvorsen will pay "
            "an upfront fee. Velasiran reduced the target protein. Patients received velasiran monthly.")
    assert set(build_lexicon([text], "Vantor Therapeutics, Inc.").asset_spelling) == {"velasiran"}
