"""Independent labels of the corpus: the MANIFEST rows, the EDGAR header of each SGML filing
(ITEM INFORMATION lines and the filer's cover fields) and the Lee corpus EVENTS line.

Labels are read here from the raw files, apart from the parser, so that a parser bug cannot
also hide in its own answer key.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

#: items_source values that are labels; ``body-regex`` is a guess and is never scored.
LABEL_SOURCES = ("header", "lee2014-EVENTS-label")

_HEADER_END = re.compile(r"</SEC-HEADER>|<DOCUMENT>", re.I)
#: Blank values stay (EDGAR had no wording for Item 12 in 2003-2004): a label of unknown number.
_ITEM_INFO = re.compile(r"^[ \t]*ITEM INFORMATION:[ \t]*(.*?)[ \t]*$", re.M)
_NC_ITEM = re.compile(r"<ITEMS>\s*([^<\n]+)")
_EVENTS = re.compile(r"^EVENTS:(.*)$", re.M)
_FIELD = re.compile(r"^\s*([A-Z][A-Z0-9 ]+?):\s*(.*?)\s*$", re.M)
_NC_FIELD = re.compile(r"<([A-Z0-9-]+)>([^<\n]+)")
_SECTION = re.compile(r"^\s*(FILER|SUBJECT COMPANY|FILED BY|BUSINESS ADDRESS|MAIL ADDRESS|COMPANY DATA|FILING VALUES|FORMER COMPANY):\s*$", re.M)

_COVER_KEYS = {
    "COMPANY CONFORMED NAME": "name",
    "CONFORMED-NAME": "name",
    "STATE OF INCORPORATION": "state_of_incorporation",
    "STATE-OF-INCORPORATION": "state_of_incorporation",
    "SEC FILE NUMBER": "file_number",
    "FILE-NUMBER": "file_number",
    "IRS NUMBER": "irs_employer_id",
    "IRS-NUMBER": "irs_employer_id",
    "STREET 1": "address.street",
    "STREET1": "address.street",
    "CITY": "address.city",
    "STATE": "address.state",
    "ZIP": "address.zip",
    "BUSINESS PHONE": "phone",
    "PHONE": "phone",
}


@dataclass(frozen=True, slots=True)
class Case:
    """One corpus file and what its labels say."""

    path: Path
    name: str  # path under filings/
    format: str  # manifest format; sgml-full split into sgml-full / sgml-nc
    items_source: str
    item_labels: tuple[str, ...] = ()  # EDGAR descriptions (or .nc numbers)
    cover_labels: dict[str, str] = field(default_factory=dict)


def read_manifest(corpus: Path) -> list[dict[str, str]]:
    with open(corpus / "MANIFEST.tsv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def load_cases(corpus: Path) -> list[Case]:
    cases = []
    for row in read_manifest(corpus):
        path = corpus / "filings" / row["file"]
        if not path.is_file():
            continue
        fmt = row["format"]
        if fmt == "sgml-full" and path.suffix == ".nc":
            fmt = "sgml-nc"
        head = path.read_bytes()[:200_000].decode("utf-8", errors="replace")
        items: tuple[str, ...] = ()
        if row["items_source"] in LABEL_SOURCES:
            items = lee_events(head) if fmt == "txt-extracted" else header_items(head)
        cover = header_cover(head) if fmt.startswith("sgml") else {}
        cases.append(Case(path, row["file"], fmt, row["items_source"], items, cover))
    return cases


def _header_block(text: str) -> str:
    end = _HEADER_END.search(text)
    return text[: end.start()] if end else text[:20_000]


def header_items(text: str) -> tuple[str, ...]:
    block = _header_block(text)
    found = _ITEM_INFO.findall(block) or [m.strip() for m in _NC_ITEM.findall(block)]
    return tuple(found)


def lee_events(text: str) -> tuple[str, ...]:
    m = _EVENTS.search(text[:3000])
    if not m:
        return ()
    return tuple(part.strip() for part in m.group(1).split("\t"))[1:] if m.group(1).startswith("\t") else tuple(
        part.strip() for part in m.group(1).split("\t")
    )


def header_cover(text: str) -> dict[str, str]:
    """The filer's cover fields from the header (first company; business address only)."""
    block = _header_block(text)
    if "<SEC-HEADER>" not in block.upper() and "<SUBMISSION>" not in block.upper():
        return {}
    out: dict[str, str] = {}
    if "<SUBMISSION>" in block.upper():
        in_mail = False
        for m in _NC_FIELD.finditer(block):
            tag = m.group(1)
            in_mail = in_mail or tag in ("MAIL-ADDRESS", "FORMER-COMPANY")
            key = _COVER_KEYS.get(tag)
            if key and key not in out and not (in_mail and key.startswith("address.")):
                out[key] = m.group(2).strip()
        return out
    section = None
    companies = 0
    for m in re.finditer(r"^.*$", block, re.M):
        line = m.group()
        s = _SECTION.match(line)
        if s:
            section = s.group(1)
            if section in ("FILER", "SUBJECT COMPANY", "FILED BY"):
                companies += 1
            continue
        if companies != 1:
            continue
        f = _FIELD.match(line)
        if not f:
            continue
        key = _COVER_KEYS.get(f.group(1).strip())
        if key is None or key in out or not f.group(2):
            continue
        if key.startswith("address.") and section != "BUSINESS ADDRESS":
            continue
        out[key] = f.group(2)
    return out
