"""Reading a store: events, one filing, SQL, statistics and Parquet export.

Every method returns plain records (a list of dicts) or, with ``frame=True``, a pandas DataFrame.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

from ..errors import NotFound
from .db import DEFAULT_DB, connect, translate

#: Columns of an ``events`` answer. ``date`` is the event's own date as extracted (a day, a
#: month "2006-04" or a year "2000"); ``reported`` is the filing's date of report. Date filters
#: use the event's day, or the report date when the event's date is partial or unknown.
_EVENT_SELECT = """
SELECT e.accession, e.type, e.status, e.date_text AS date, coalesce(f.report_date, f.filed) AS reported,
       f.registrant_name AS company, f.form, e.payer, e.payee, e.amount_value, e.amount_currency,
       e.asset, e.phase, e.confidence, e.extractor,
       (SELECT v.text FROM evidence v WHERE v.accession = e.accession AND v.owner = 'event'
          AND v.owner_idx = e.idx ORDER BY v.idx LIMIT 1) AS evidence
FROM events e JOIN filings f USING (accession)
"""

#: An event linked to an entity of a kind whose name or an alias matches.
_LINKED = (
    "EXISTS (SELECT 1 FROM event_entities l JOIN entities n ON n.accession = l.accession "
    "AND n.kind = l.kind AND n.key = l.key WHERE l.accession = e.accession AND l.event_idx = e.idx "
    "AND l.kind = ? AND (n.name ILIKE ? OR array_to_string(n.aliases, '|') ILIKE ?))"
)

#: Tables exported per year (they all carry ``accession``); the rest are exported whole.
_SMALL_TABLES = ("runs", "failures", "inputs", "schema_version")


class Store:
    """Read access to a store. ``write=True`` allows :meth:`sql` to change it; ``sandbox=True``
    (what ``eightk sql`` uses without ``--write``) also refuses any file access beyond the store
    (``COPY``, ``ATTACH``, ``read_csv``...)."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, write: bool = False, sandbox: bool = False):
        self.path = str(path)
        self.con = connect(self.path, read_only=not write, sandbox=sandbox and not write)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def sql(self, query: str, params: list | None = None, *, frame: bool = False) -> Any:
        """Run one SQL statement; read-only unless the store was opened with ``write=True``."""
        with translate(self.path, "run the query"):
            result = self.con.execute(query, params or [])
            if result.description is None:
                return [] if not frame else None
            if frame:
                return result.df()
            columns = [d[0] for d in result.description]
            return [dict(zip(columns, row)) for row in result.fetchall()]

    def events(
        self,
        *,
        type: str | None = None,
        company: str | None = None,
        asset: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        min_amount: float | None = None,
        limit: int | None = None,
        frame: bool = False,
    ) -> Any:
        """Events matching every filter given (company and asset match names, aliases and
        linked entities, case-insensitively, as substrings)."""
        where, params = [], []
        if type:
            where.append("e.type = ?")
            params.append(type)
        if company:
            like = f"%{company}%"
            where.append(
                "(f.registrant_name ILIKE ? OR f.cik = ? OR e.payer ILIKE ? OR e.payee ILIKE ? OR " + _LINKED + ")"
            )
            params += [like, company, like, like, "company", like, like]
        if asset:
            like = f"%{asset}%"
            where.append("(e.asset ILIKE ? OR " + _LINKED + ")")
            params += [like, "asset", like, like]
        if since:
            where.append("coalesce(e.date, f.report_date, f.filed) >= CAST(? AS DATE)")
            params.append(str(since))
        if until:
            where.append("coalesce(e.date, f.report_date, f.filed) <= CAST(? AS DATE)")
            params.append(str(until))
        if min_amount is not None:
            where.append("e.amount_value >= ?")
            params.append(min_amount)
        query = _EVENT_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        query += " ORDER BY date NULLS LAST, e.accession, e.idx"
        if limit:
            query += f" LIMIT {int(limit)}"
        return self.sql(query, params, frame=frame)

    def filing(self, accession: str) -> dict[str, Any]:
        """The whole stored record of one filing (evidence quoted), with where it came from."""
        rows = self.sql(
            "SELECT accession, source, sha256, extractors, run_id, ingested, record FROM filings WHERE accession = ?",
            [accession],
        )
        if not rows:
            raise NotFound(f"{self.path}: no filing {accession!r} in the store")
        row = rows[0]
        record = json.loads(row.pop("record"))
        return {"store": row, **record}

    def stats(self) -> dict[str, list[dict[str, Any]]]:
        """Counts by form, year, item, event type and failure code, plus totals."""
        queries = {
            "totals": "SELECT (SELECT count(*) FROM filings) AS filings, (SELECT count(*) FROM events) AS events, "
            "(SELECT count(*) FROM failures) AS failures, (SELECT count(*) FROM runs) AS runs",
            "forms": "SELECT form, count(*) AS filings FROM filings GROUP BY ALL ORDER BY filings DESC, form",
            "years": "SELECT year, count(*) AS filings FROM filings GROUP BY ALL ORDER BY year NULLS LAST",
            "items": "SELECT number AS item, count(DISTINCT accession) AS filings FROM items GROUP BY ALL ORDER BY item",
            "event_types": "SELECT type, count(*) AS events FROM events GROUP BY ALL ORDER BY events DESC, type",
            "failures": "SELECT code, count(*) AS failures FROM failures GROUP BY ALL ORDER BY failures DESC, code",
        }
        return {name: self.sql(query) for name, query in queries.items()}

    def export_parquet(self, folder: str | Path) -> list[str]:
        """Write every table as Parquet under ``folder``: filing tables partitioned by year
        (``<table>/year=YYYY/*.parquet``), the others as ``<table>.parquet``. A table's earlier
        export in ``folder`` is replaced (its ``<table>/`` folder removed first). Returns the tables."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        con = self.con
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1"
        ).fetchall()]
        with translate(self.path, "export"):
            for table in tables:
                target = str(folder / table).replace("'", "''")
                if table in _SMALL_TABLES:
                    con.execute(f"COPY {table} TO '{target}.parquet' (FORMAT parquet)")
                    continue
                if (folder / table).is_dir():
                    shutil.rmtree(folder / table)
                select = f"SELECT * FROM {table}" if table == "filings" else (
                    f"SELECT t.*, f.year FROM {table} t LEFT JOIN filings f USING (accession)"
                )
                con.execute(f"COPY ({select}) TO '{target}' (FORMAT parquet, PARTITION_BY (year))")
        return tables
