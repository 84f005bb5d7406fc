"""material_agreement events (Item 1.01): "On July 21, 2023 (the “Effective Date”), Alnylam ...
entered into a Collaboration and License Agreement (the “Agreement”) with F. Hoffmann-La Roche
Ltd. (“Roche Basel”) and Genentech, Inc. (...), pursuant to which the Company and Roche
established a worldwide, strategic collaboration ..." (Alnylam 2023): the agreement's name as
printed, the parties after "with" (defined terms dropped), the signing date and the clause after
"pursuant to which" (or what follows the parties) as ``summary``. An item that enters into no
agreement (a Lee-format 1.01 span holding another item's text) gives nothing.
"""

from __future__ import annotations

import re

from ...records import Filing, PressRelease, Span
from .corporate_common import CorporateDraft, collapse, first_date, item_texts, on_date, sentences

_KIND = r"(?:Agreement|Amendment|Plan|Note|Notes|Indenture|Contract|Lease|Letter|Arrangement|Facility|Guaranty|Guarantee)"
ENTERED_RE = re.compile(
    r"\b(?:entered|enters|will\s+enter)\s+into\s+(?:(?:a|an|the|that\s+certain|certain)\s+)?"
    r"(?P<type>(?:[A-Z0-9][\w’'&\-.]*\s+|(?:and|of|for|to|the|on)\s+){0,10}?" + _KIND + r"s?)\b"
)
_WITH_RE = re.compile(r"\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?,?\s*(?:dated\s+[^,]{4,30},\s*)?(?:by\s+and\s+)?(?:with|between|among)\s+")
_PARTIES_END_RE = re.compile(r",?\s+(?:who|which|that|effective|dated|as\s+(?:lender|agent|borrower|trustee)s?|pursuant\s+to\s+which|under\s+which|whereby|for\s+the|to\s+(?:provide|purchase|sell|acquire)|relating\s+to)\b|;")
_SUMMARY_RE = re.compile(r"\b(?:pursuant\s+to|under)\s+which\s+(?P<summary>[^;]{10,400}?)(?:\.(?:\s|$)|;|$)")
_PAREN_RE = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
_SUFFIX = r"(?:Inc|Ltd|LLC|L\.P|LP|N\.A|S\.A|plc|AG|Corp|Corporation|Co|Company|Limited|GmbH|B\.V|N\.V)\.?"
#: Parties split where one ends: after a company suffix or a dropped "(“Roche Basel”)"; a bare
#: "and" inside a name stays ("Flextronics Sales and Marketing (L-A) Ltd.", Agilent 2004).
_SPLIT_RE = re.compile(r"(?P<end>\x00(?!\s*,?\s*" + _SUFFIX + r")|\b" + _SUFFIX + r"(?![\w-]))\s*[,;]?\s*(?:and\s+)?(?=[A-Z])")
_SELF_RE = re.compile(r"^(?:the\s+)?(?:Company|Registrant|Borrower|Issuer)\b", re.I)
#: A counterparty list longer than this is a syndicate ("the lenders party thereto").
MAX_PARTIES = 6
CONFIDENCE = 0.75


def extract(filing: Filing, releases: tuple[PressRelease, ...] = ()) -> list[CorporateDraft]:
    out: list[CorporateDraft] = []
    for it in item_texts(filing, "1.01"):
        seen: set[str] = set()
        for s, e in sentences(it.text, it.start, it.end):
            m = ENTERED_RE.search(it.text, s, e)
            if not m:
                continue
            kind = collapse(m.group("type"))
            if kind.lower() in seen:
                continue
            seen.add(kind.lower())
            sent = it.text[s:e]
            fields = {"agreement_type": kind, "counterparties": _parties(it.text, m.end(), e),
                      "signed": on_date(it.text, s, e) or _dated(it.text, s, e), "summary": _summary(sent)}
            out.append(CorporateDraft("material_agreement", "occurred", fields["signed"] or filing.report_date,
                                      fields, [Span(it.doc, s, e)], CONFIDENCE))
    return out


def _dated(text: str, start: int, end: int) -> str | None:
    m = re.search(r"\bdated\s+(?:as\s+of\s+)?", text[start:end])
    found = first_date(text, start + m.end(), min(end, start + m.end() + 30)) if m else None
    return found[0] if found else None


def _parties(text: str, pos: int, end: int) -> list[str]:
    w = _WITH_RE.match(text, pos, end)
    if not w:
        return []
    stop = _PARTIES_END_RE.search(text, w.end(), end)
    raw = _PAREN_RE.sub("\x00", text[w.end():stop.start() if stop else end])
    pieces, prev = [], 0
    for m in _SPLIT_RE.finditer(raw):
        pieces.append(raw[prev:m.end("end")])
        prev = m.end()
    pieces.append(raw[prev:])
    parties = [collapse(p.replace("\x00", " ")).strip(" ,.") for p in pieces]
    parties = [p for p in parties if p and p[0].isupper() and not _SELF_RE.match(p)]
    return parties if len(parties) <= MAX_PARTIES else []


def _summary(sent: str) -> str | None:
    m = _SUMMARY_RE.search(sent)
    return collapse(m.group("summary")) if m else None
