"""The part of a record that the filing-layer golden files pin: cover, items, exhibits,
signature (no spans, no text). Regenerate one with::

    .venv/bin/python tests/filing_golden.py ../shared/corpus/filings/<path> > tests/golden/filing/<name>.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from eightk import process
from eightk.records import Record


def golden_view(record: Record) -> dict[str, Any]:
    f = record.filing
    reg = f.registrant
    return {
        "form": f.form,
        "report_date": f.report_date,
        "registrant": {
            "name": reg.name,
            "state_of_incorporation": reg.state_of_incorporation,
            "file_number": reg.file_number,
            "irs_employer_id": reg.irs_employer_id,
            "address": None if reg.address is None else {k: getattr(reg.address, k) for k in ("street", "city", "state", "zip")},
            "phone": reg.phone,
            "sources": dict(sorted(reg.sources.items())),
        },
        "checkboxes": {k: getattr(f.checkboxes, k) for k in ("written_communications", "soliciting_material", "pre_commencement_tender_offer", "pre_commencement_issuer_tender_offer")},
        "emerging_growth_company": f.emerging_growth_company,
        "securities": [[s.title, s.trading_symbol, s.exchange] for s in f.securities],
        "items": [
            {"number": i.number, "title": i.title, "regime": i.regime, "legacy_number": i.legacy_number, "sources": list(i.sources)}
            for i in f.items
        ],
        "exhibits": [{"number": e.number, "description": e.description, "document": e.document} for e in f.exhibits],
        "signature": None
        if f.signature is None
        else {k: getattr(f.signature, k) for k in ("registrant", "signer", "title", "date")},
    }


if __name__ == "__main__":
    path = Path(sys.argv[1])
    print(json.dumps(golden_view(process(path.read_bytes(), name=path.name)), indent=2, ensure_ascii=False))
