"""Helpers for the store tests: a small corpus subset, table snapshots, constructed records."""

from __future__ import annotations

import duckdb

from conftest import FILINGS
from eightk.records import (
    Agreement, Asset, Checkboxes, Company, Contact, Document, Entities, Event, Exhibit, Filing,
    Item, PressRelease, Quote, Record, Registrant, Signature, Span, Ticker,
)
from eightk.store.schema import FILING_TABLES

#: Corpus folders used as a fast subset (SGML full submissions, HTML, iXBRL; 12 + 10 filings).
SUBSET = [str(FILINGS / "dgunning-edgartools"), str(FILINGS / "ryankfrench-sec_cover_page_parser")]


def snapshot(db: str) -> dict[str, list[tuple]]:
    """Every filing table's rows, sorted, minus run-dependent columns: equal for equal stores."""
    skip = {"run_id", "ingested", "source_mtime", "failed"}
    out = {}
    con = duckdb.connect(db, read_only=True)
    try:
        for table in (*FILING_TABLES, "failures", "inputs"):
            cols = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if r[0] not in skip]
            rows = con.execute(f"SELECT {', '.join(repr_col(c) for c in cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    finally:
        con.close()
    return out


def repr_col(column: str) -> str:
    return f'"{column}"'


TEXT = (
    "ImmunoGen, Inc. announced that Genentech paid a $5 million milestone payment for "
    "trastuzumab-DM1 under the 2000 HER2 agreement.\nContact: Jane Doe, Investors, (617) 555-0100"
)


def sample_record(accession: str | None = "0001193125-07-168562", amount: float = 5_000_000.0) -> Record:
    """A record with every part filled, as the extractors will fill it."""
    def span(word: str) -> Span:
        start = TEXT.index(word)
        return Span(1, start, start + len(word))

    doc = Document(1, "8-K", "d8k.htm", None, "text", TEXT)
    filing = Filing(
        accession=accession, form="8-K", report_date="2007-07-31", filed="2007-08-01",
        registrant=Registrant(name="ImmunoGen, Inc.", cik="0000855654", sources={"name": "body"},
                              evidence={"name": span("ImmunoGen, Inc.")}),
        checkboxes=Checkboxes(False, False, False, False), emerging_growth_company=None, securities=(),
        items=(Item("8.01", "Other Events", "2004", None, span("announced")),),
        exhibits=(Exhibit("99.1", "Press release", 1, None),),
        signature=Signature("ImmunoGen, Inc.", "Daniel M. Junius", "CFO", "2007-07-31"),
        documents=(doc,), source_format="text",
    )
    event = Event(
        type="milestone_payment", status="occurred", date="2007-07-30",
        fields={"payer": "Genentech", "payee": "ImmunoGen, Inc.", "amount": {"value": amount, "currency": "USD"},
                "asset": "trastuzumab-DM1", "phase": None, "agreement": "2000 HER2 agreement"},
        evidence=(span("$5 million milestone payment"),), confidence=0.9, extractor="milestones@1",
    )
    release = PressRelease(
        document=1, span=Span(1, 0, len(TEXT)), headline="ImmunoGen earns milestone",
        tickers=(Ticker("Nasdaq", "IMGN"),), contacts=(Contact("Investors", "Jane Doe", phone="(617) 555-0100", span=span("Jane Doe")),),
        quotes=(Quote("Daniel M. Junius", "CFO", "We are pleased"),),
    )
    entities = Entities(
        companies=(Company("ImmunoGen, Inc.", ("ImmunoGen",), True), Company("Genentech")),
        assets=(Asset("trastuzumab-DM1", ("T-DM1",), owner="Genentech"),),
        agreements=(Agreement("2000 HER2 agreement", ("Genentech", "ImmunoGen, Inc.")),),
    )
    return Record(filing=filing, press_releases=(release,), events=(event,), entities=entities)
