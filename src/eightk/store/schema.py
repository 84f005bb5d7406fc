"""The DuckDB schema, versioned, with its migration path.

A store records its version in ``schema_version``. Opening a store runs every migration step whose
version is above the stored one, in order, inside one transaction; a store from a NEWER eightk
(version above :data:`SCHEMA_VERSION`) is refused with a clear error instead of being misread.

To change the schema: append a step to :data:`MIGRATIONS` keyed by the next version (``ALTER TABLE``
/ ``CREATE TABLE`` statements that take a version-N store to N+1) and bump nothing else:
:data:`SCHEMA_VERSION` is the highest key. Never edit a released step.

Every table that holds part of a filing carries ``accession`` (the filing key: the EDGAR accession
number, else ``sha256:<hex>`` of the input bytes), so that re-ingesting a filing deletes and
rewrites exactly its rows.
"""

from __future__ import annotations

from typing import Any

from .errors import StoreError

_V1 = [
    """CREATE TABLE schema_version (
        version INTEGER NOT NULL,
        applied TIMESTAMP NOT NULL DEFAULT current_timestamp
    )""",
    """CREATE TABLE runs (
        run_id INTEGER PRIMARY KEY,
        started TIMESTAMP NOT NULL,
        finished TIMESTAMP,
        status VARCHAR NOT NULL,          -- running, done, failed (a killed run stays running)
        args JSON,                        -- what was asked
        eightk_version VARCHAR,
        filings INTEGER DEFAULT 0,        -- how far it got: filings written
        failures INTEGER DEFAULT 0,
        skipped INTEGER DEFAULT 0,        -- already in the store, unchanged
        bytes BIGINT DEFAULT 0
    )""",
    """CREATE TABLE filings (
        accession VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,          -- path (or archive!member) last ingested from
        source_size BIGINT,
        source_mtime DOUBLE,
        sha256 VARCHAR NOT NULL,
        form VARCHAR,
        report_date DATE,
        filed DATE,
        year INTEGER,                     -- of report_date, else filed
        registrant_name VARCHAR,
        cik VARCHAR,
        source_format VARCHAR,
        name VARCHAR,
        items VARCHAR[],                  -- item numbers, for quick filters
        extractors VARCHAR[],             -- name@version of every extractor run on it
        warnings VARCHAR[],
        registrant JSON,
        checkboxes JSON,
        header JSON,
        record JSON,                      -- the whole record (eightk.to_dict), evidence quoted
        run_id INTEGER,
        ingested TIMESTAMP NOT NULL DEFAULT current_timestamp
    )""",
    "CREATE INDEX filings_sha256 ON filings (sha256)",
    "CREATE INDEX filings_source ON filings (source)",
    """CREATE TABLE documents (
        accession VARCHAR NOT NULL, sequence INTEGER, type VARCHAR, filename VARCHAR,
        description VARCHAR, kind VARCHAR, text_length INTEGER
    )""",
    """CREATE TABLE items (
        accession VARCHAR NOT NULL, idx INTEGER, number VARCHAR, title VARCHAR, regime VARCHAR,
        legacy_number VARCHAR, sources VARCHAR[], span_doc INTEGER, span_start INTEGER,
        span_end INTEGER
    )""",
    """CREATE TABLE exhibits (
        accession VARCHAR NOT NULL, idx INTEGER, number VARCHAR, description VARCHAR,
        document INTEGER, span_doc INTEGER, span_start INTEGER, span_end INTEGER
    )""",
    """CREATE TABLE signatures (
        accession VARCHAR NOT NULL, registrant VARCHAR, signer VARCHAR, title VARCHAR,
        date VARCHAR, span_doc INTEGER, span_start INTEGER, span_end INTEGER
    )""",
    """CREATE TABLE press_releases (
        accession VARCHAR NOT NULL, idx INTEGER, document INTEGER, headline VARCHAR,
        subheadline VARCHAR, dateline_city VARCHAR, dateline_region VARCHAR,
        dateline_date VARCHAR, span_doc INTEGER, span_start INTEGER, span_end INTEGER,
        data JSON                         -- the rest (about, forward_looking, trademarks...)
    )""",
    """CREATE TABLE press_release_contacts (
        accession VARCHAR NOT NULL, press_release INTEGER, idx INTEGER, role VARCHAR,
        name VARCHAR, title VARCHAR, organization VARCHAR, phone VARCHAR, email VARCHAR
    )""",
    """CREATE TABLE press_release_quotes (
        accession VARCHAR NOT NULL, press_release INTEGER, idx INTEGER, speaker VARCHAR,
        speaker_title VARCHAR, text VARCHAR
    )""",
    """CREATE TABLE press_release_tickers (
        accession VARCHAR NOT NULL, press_release INTEGER, idx INTEGER, exchange VARCHAR,
        symbol VARCHAR
    )""",
    """CREATE TABLE events (
        accession VARCHAR NOT NULL, idx INTEGER, type VARCHAR, status VARCHAR, date DATE,
        date_text VARCHAR, payer VARCHAR, payee VARCHAR, amount_value DOUBLE,
        amount_currency VARCHAR, asset VARCHAR, phase VARCHAR, confidence DOUBLE,
        extractor VARCHAR,                -- name@version
        fields JSON                       -- every per-type field (EVENTS.md section 3)
    )""",
    "CREATE INDEX events_type ON events (type)",
    """CREATE TABLE evidence (
        accession VARCHAR NOT NULL,
        owner VARCHAR,                    -- event, press_release, registrant
        owner_idx INTEGER, idx INTEGER, field VARCHAR, doc INTEGER, start INTEGER,
        "end" INTEGER, text VARCHAR       -- the quoted words
    )""",
    """CREATE TABLE entities (
        accession VARCHAR NOT NULL, kind VARCHAR, idx INTEGER, name VARCHAR,
        key VARCHAR,                      -- casefolded name: the same entity across filings
        aliases VARCHAR[], data JSON
    )""",
    """CREATE TABLE event_entities (
        accession VARCHAR NOT NULL, event_idx INTEGER, role VARCHAR, kind VARCHAR, key VARCHAR
    )""",
    """CREATE TABLE inputs (
        source VARCHAR PRIMARY KEY,       -- every input seen: how a killed run resumes
        source_size BIGINT, source_mtime DOUBLE,
        sha256 VARCHAR, accession VARCHAR, -- accession is NULL for a failed input
        run_id INTEGER
    )""",
    """CREATE TABLE failures (
        source VARCHAR PRIMARY KEY,       -- one row per input: the latest failure
        source_size BIGINT, source_mtime DOUBLE,
        code VARCHAR NOT NULL, message VARCHAR NOT NULL, run_id INTEGER,
        failed TIMESTAMP NOT NULL DEFAULT current_timestamp
    )""",
]

#: Migration steps keyed by the version they produce. Version 1 creates the schema.
MIGRATIONS: dict[int, list[str]] = {1: _V1}

#: The version this eightk writes and reads.
SCHEMA_VERSION = max(MIGRATIONS)

#: Tables holding parts of a filing (deleted and rewritten together, keyed by accession).
FILING_TABLES = (
    "filings", "documents", "items", "exhibits", "signatures", "press_releases",
    "press_release_contacts", "press_release_quotes", "press_release_tickers", "events",
    "evidence", "entities", "event_entities",
)


def stored_version(con: Any) -> int:
    """The schema version of an open store; 0 for an empty database."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def check_version(version: int, path: str) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database schema version {version} is newer than this eightk "
            f"(schema {SCHEMA_VERSION}); upgrade eightk to read it"
        )


def migrate(con: Any, path: str) -> int:
    """Bring the store at ``con`` to :data:`SCHEMA_VERSION`; return the version it had."""
    version = stored_version(con)
    check_version(version, path)
    if version == SCHEMA_VERSION:
        return version
    con.execute("BEGIN TRANSACTION")
    try:
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[step]:
                con.execute(statement)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [step])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return version
