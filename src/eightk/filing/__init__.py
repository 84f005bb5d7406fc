"""The filing layer: cover page, items, exhibits and signature from normalised documents."""

from __future__ import annotations

from ..containers import Container
from ..records import Checkboxes, Document, Filing, Registrant


def parse_filing(container: Container, documents: tuple[Document, ...]) -> Filing:
    header = container.header
    return Filing(
        accession=header.accession if header else None,
        form=header.form if header else None,
        report_date=None,
        filed=header.filed if header else None,
        registrant=Registrant(),
        checkboxes=Checkboxes(),
        emerging_growth_company=None,
        securities=(),
        items=(),
        exhibits=(),
        signature=None,
        documents=documents,
        header=header,
        source_format=container.format,
        name=container.name,
    )
