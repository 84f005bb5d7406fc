"""Every event names the declared extractor (``name@version``) that produced it, so a store can
re-extract what an improved extractor would change."""

import eightk
from eightk.extract.registry import CORPORATE_EXTRACTORS, EXTRACTORS

from conftest import CORPUS, FILINGS


def test_every_event_carries_a_declared_extractor_tag():
    declared = {e.tag for e in EXTRACTORS + CORPORATE_EXTRACTORS}
    paths = sorted((CORPUS / "bio").glob("*.txt"))[:60] + sorted(FILINGS.glob("dgunning-edgartools*/*"))
    seen = 0
    for path in paths:
        for event in eightk.process(path.read_bytes(), name=path.name).events:
            assert event.extractor in declared, (path.name, event.type, event.extractor)
            seen += 1
    assert seen > 50


def test_extractor_names_are_unique():
    names = [e.name for e in EXTRACTORS + CORPORATE_EXTRACTORS]
    assert len(names) == len(set(names))
