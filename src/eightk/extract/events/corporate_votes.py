"""shareholder_vote events (Item 5.07): the meeting date and each proposal's tallies.

Vote tables arrive as cells, one per line or tab-separated in a line: a header of column names
("For", "Against"/"Withheld", "Abstain"/"Abstained", "Broker Non-Votes", the last sometimes split
over two cells, IFF 2025), then rows of an optional label (a nominee's name) and one number per
column. A labelled row is a director election (title: the nominee); an unlabelled row takes the
prose before its header as its title ("A shareholder proposal entitled “True Diversity Board
Policy” was not approved", Apple 2019). Say-on-frequency tables ("1 Year", "2 Years"...) have
no for/against and are left out. No proposal parsed, no event.
"""

from __future__ import annotations

import re

from ...records import Filing, PressRelease, Span
from .corporate_common import CorporateDraft, collapse, first_date, item_texts, sentences

COLUMNS = {
    "for": "for", "votes for": "for",
    "against": "against", "withheld": "against", "votes against": "against", "votes withheld": "against",
    "abstain": "abstain", "abstained": "abstain", "abstentions": "abstain", "abstention": "abstain",
    "broker non-votes": "broker_non_votes", "broker non-vote": "broker_non_votes",
    "broker non votes": "broker_non_votes",
}
_FREQUENCY_RE = re.compile(r"^(?:1|one)\s+years?$", re.I)
_NUMBER_RE = re.compile(r"^\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?$|^\d+$")
_DASH_RE = re.compile(r"^[-–—]+$|^n/?a$", re.I)
_MEETING_RE = re.compile(r"\b(?:annual|special)\s+meeting\b", re.I)
_NOT_APPROVED_RE = re.compile(r"\b(?:not\s+(?:approved|adopted|ratified|elected)|failed|did\s+not\s+(?:receive|pass))\b", re.I)
_TITLE_NOISE_RE = re.compile(r"^\s*(?:\d{1,2}|[A-Z]|[ivx]{1,4})[.)]\s*|^\s*(?:Proposal|Item)\s+(?:No\.\s*)?\d+\s*[.:–—-]?\s*", re.I)
CONFIDENCE = 0.8


def extract(filing: Filing, releases: tuple[PressRelease, ...] = ()) -> list[CorporateDraft]:
    out: list[CorporateDraft] = []
    for it in item_texts(filing, "5.07"):
        proposals = parse_proposals(it.text, it.start, it.end) or prose_proposals(it.text, it.start, it.end)
        if not proposals:
            continue
        meeting = _meeting(it)
        if meeting is None and not _MEETING_RE.search(it.body):
            continue
        date = meeting[0] if meeting else filing.report_date
        evidence = [Span(it.doc, meeting[1], meeting[2])] if meeting else []
        evidence.append(Span(it.doc, it.start, it.end))
        out.append(CorporateDraft("shareholder_vote", "occurred", date,
                                  {"meeting_date": meeting[0] if meeting else None, "proposals": proposals},
                                  evidence, CONFIDENCE))
    return out


_PROPOSAL_HEAD_RE = re.compile(r"(?m)^[ \t]*Proposal\s+No\.?\s*(?P<n>\d+)[ \t]*$")
_PROPOSAL_TEXT_RE = re.compile(r"\bThe\s+proposal\s+to\s+(?P<title>[^.]{5,300}?)(?:,\s+(?:as\s+described|was)\b|\.\s|\.$)", re.I)
_APPROVED_RE = re.compile(r"\b(?:was|were)\s+(?:approved|adopted|ratified|elected)\b", re.I)


def prose_proposals(text: str, start: int, end: int) -> list[dict]:
    """Proposals stated without their tallies: "Proposal No. 2 / The proposal to ratify ...
    was approved as set forth below." where the table did not survive (Lee-format Agilent 5.07s)."""
    heads = list(_PROPOSAL_HEAD_RE.finditer(text, start, end))
    out = []
    for i, h in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else end
        m = _PROPOSAL_TEXT_RE.search(text, h.end(), stop)
        if not m:
            continue
        said = text[h.end():stop]
        result = "approved" if _APPROVED_RE.search(said) else "not approved" if _NOT_APPROVED_RE.search(said) else None
        out.append({"title": collapse(m.group("title")), "for": None, "against": None, "abstain": None,
                    "broker_non_votes": None, "result": result})
    if out and all(p["result"] is None for p in out) and _APPROVED_RE.search(text, start, end):
        for p in out:
            p["result"] = "approved"  # "At the Annual Meeting, Proposals No. 1, 2 and 3 were approved"
    return out


def _meeting(it) -> tuple[str, int, int] | None:
    for s, e in sentences(it.text, it.start, it.end):
        if _MEETING_RE.search(it.text, s, e):
            found = first_date(it.text, s, e)
            if found:
                return found[0], s, e
    return None


def _cells(text: str, start: int, end: int) -> list[str]:
    """Every cell of ``text[start:end]`` in order, with "" marking each line break."""
    out: list[str] = []
    for line in text[start:end].split("\n"):
        out.extend(c.strip() for c in line.split("\t") if c.strip())
        out.append("")
    return out


def parse_proposals(text: str, start: int, end: int) -> list[dict]:
    cells = _cells(text, start, end)
    proposals: list[dict] = []
    prose: list[str] = []  # the lines of prose since the last table
    i = 0
    while i < len(cells):
        columns, j = _header(cells, i)
        if not columns:
            if cells[i] and not _NUMBER_RE.match(cells[i]):
                prose.append(cells[i])
            i += 1
            continue
        rows, i = _rows(cells, j, len(columns))
        if "for" in columns:
            title = _title(prose)
            result_text = " ".join(prose[-2:])
            for label, numbers in rows:
                proposals.append(_proposal(label or title, columns, numbers, label is not None, result_text))
        prose = []
    return proposals


def _header(cells: list[str], i: int) -> tuple[list[str], int]:
    columns: list[str] = []
    j = i
    while j < len(cells):
        cell = cells[j]
        if not cell:
            j += 1
            continue
        low = collapse(cell).lower()
        if low == "broker" and j + 1 < len(cells):
            nxt = next((c for c in cells[j + 1:j + 3] if c), "")
            low = f"broker {nxt.lower()}"
            j = cells.index(nxt, j + 1) if nxt else j
        if low in COLUMNS or _FREQUENCY_RE.match(low) or re.match(r"^[23]\s+years$", low):
            columns.append(COLUMNS.get(low, "frequency"))
            j += 1
            continue
        break
    return (columns, j) if len(columns) >= 2 else ([], i)


def _rows(cells: list[str], j: int, width: int) -> tuple[list[tuple[str | None, list[str]]], int]:
    rows: list[tuple[str | None, list[str]]] = []
    while j < len(cells):
        k = j
        while k < len(cells) and not cells[k]:
            k += 1
        if k >= len(cells):
            return rows, k
        label = None
        if not _is_value(cells[k]):
            label, k = cells[k], k + 1
        values: list[str] = []
        while k < len(cells) and len(values) < width:
            if cells[k]:
                if not _is_value(cells[k]):
                    break
                values.append(cells[k])
            k += 1
        if len(values) != width:
            return rows, j
        rows.append((label, values))
        j = k
    return rows, j


def _is_value(cell: str) -> bool:
    return bool(_NUMBER_RE.match(cell) or _DASH_RE.match(cell))


def _count(cell: str) -> int | None:
    if _DASH_RE.match(cell):
        return None
    return int(float(cell.strip("()").replace(",", "")))


def _title(prose: list[str]) -> str | None:
    for line in reversed(prose):
        cleaned = _TITLE_NOISE_RE.sub("", line).strip()
        if len(cleaned) > 3:
            return cleaned[:300]
    return None


def _proposal(title: str | None, columns: list[str], numbers: list[str], nominee: bool, prose: str) -> dict:
    counts = {c: _count(n) for c, n in zip(columns, numbers)}
    out = {"title": title, "for": counts.get("for"), "against": counts.get("against"),
           "abstain": counts.get("abstain"), "broker_non_votes": counts.get("broker_non_votes")}
    if nominee:
        out["result"] = "elected" if not _NOT_APPROVED_RE.search(prose) else "not elected"
    elif _NOT_APPROVED_RE.search(prose):
        out["result"] = "not approved"
    else:
        out["result"] = "approved" if (out["for"] or 0) > (out["against"] or 0) else "not approved"
    return out
