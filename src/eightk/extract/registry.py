"""The declared list of event extractors: name, version, what they read, what they produce.

No import-time registration: this tuple is the whole list. Bump an extractor's ``version`` when
its output changes, so a store can re-extract what an older version produced.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .events import acquisition, agreements, clinical, milestones, regulatory
from .events import (corporate_agreements, corporate_auditors, corporate_cyber, corporate_earnings, corporate_officers,
                     corporate_votes)

#: Every field name EVENTS.md §3 lists per biopharma event type, in order.
FIELDS: dict[str, tuple[str, ...]] = {
    "milestone_payment": ("payee", "payer", "amount", "payment_status", "trigger", "trigger_kind", "phase", "asset", "agreement"),
    "license_agreement": ("licensor", "licensee", "signed", "exclusive", "scope", "targets", "territory", "upfront",
                          "milestones_total", "royalty", "responsibilities"),
    "collaboration_agreement": ("licensor", "licensee", "signed", "exclusive", "scope", "targets", "territory", "upfront",
                                "milestones_total", "royalty", "responsibilities", "cost_sharing", "research_funding"),
    "agreement_amendment": ("agreement", "amended", "change"),
    "acquisition": ("acquirer", "target", "consideration", "status"),
    "clinical_trial": ("asset", "phase", "milestone", "sponsor", "indication", "population"),
    "clinical_data_presentation": ("asset", "phase", "venue", "date"),
    "regulatory_event": ("asset", "agency", "action", "indication"),
}
#: Items an 8-K files these events under; plain-text inputs have no items and are read whole.
_DEAL_ITEMS = ("1.01", "2.01", "7.01", "8.01")
_NEWS_ITEMS = ("7.01", "8.01", "2.02")
_DOCS = ("8-K", "EX-99")


@dataclass(frozen=True, slots=True)
class Extractor:
    name: str
    version: str
    families: frozenset[str]  # scan families (see eightk.extract.scan) whose sentences it reads
    items: tuple[str, ...]
    documents: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"

    def reads(self, document_type: str) -> bool:
        """Whether this extractor reads a document of that EDGAR type. Untyped documents
        (plain-text and bare-HTML inputs) are read by every extractor. ``items`` is declared
        for the store and the docs; it does not filter, since item detection can miss."""
        return not document_type or document_type.upper().startswith(self.documents)


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("milestones", "5", frozenset({"milestone"}), _DEAL_ITEMS + ("2.02",), _DOCS,
              ("milestone_payment",), milestones.extract),
    Extractor("agreements", "5", frozenset({"agreement"}), _DEAL_ITEMS, _DOCS + ("EX-10",),
              ("license_agreement", "collaboration_agreement", "agreement_amendment"), agreements.extract),
    Extractor("acquisition", "6", frozenset({"acquisition"}), _DEAL_ITEMS, _DOCS,
              ("acquisition",), acquisition.extract),
    Extractor("clinical", "5", frozenset({"clinical", "presentation"}), _NEWS_ITEMS, _DOCS,
              ("clinical_trial", "clinical_data_presentation"), clinical.extract),
    Extractor("regulatory", "6", frozenset({"regulatory"}), _NEWS_ITEMS, _DOCS,
              ("regulatory_event",), regulatory.extract),
)


#: Every field name EVENTS.md §3 lists per corporate (per-item) event type, in order.
CORPORATE_FIELDS: dict[str, tuple[str, ...]] = {
    "officer_change": ("person", "role", "change", "effective", "successor"),
    "earnings_release": ("period", "revenue", "net_income", "eps"),
    "auditor_change": ("former_auditor", "new_auditor", "change", "disagreements"),
    "non_reliance": ("periods", "reason"),
    "shareholder_vote": ("meeting_date", "proposals"),
    "material_agreement": ("agreement_type", "counterparties", "signed", "summary"),
    "cybersecurity_incident": ("detected", "nature", "impact"),
}
#: Per-item extractors: each reads only its item's span (and 2.02 its earnings release), so a
#: filing without the item gets no event of its type. ``run(filing, press_releases)``.
CORPORATE_EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("officers", "1", frozenset(), ("5.02",), ("8-K",), ("officer_change",), corporate_officers.extract),
    Extractor("earnings", "1", frozenset(), ("2.02",), ("8-K", "EX-99"), ("earnings_release",), corporate_earnings.extract),
    Extractor("auditors", "1", frozenset(), ("4.01", "4.02"), ("8-K",), ("auditor_change", "non_reliance"),
              corporate_auditors.extract),
    Extractor("votes", "1", frozenset(), ("5.07",), ("8-K",), ("shareholder_vote",), corporate_votes.extract),
    Extractor("material_agreements", "1", frozenset(), ("1.01",), ("8-K",), ("material_agreement",),
              corporate_agreements.extract),
    Extractor("cybersecurity", "1", frozenset(), ("1.05",), ("8-K",), ("cybersecurity_incident",), corporate_cyber.extract),
)


def extractor_named(name: str) -> Extractor:
    """The declared extractor called ``name`` (for passes that run outside the candidate loop,
    such as the agreements' partner tables)."""
    for extractor in EXTRACTORS + CORPORATE_EXTRACTORS:
        if extractor.name == name:
            return extractor
    raise KeyError(name)
