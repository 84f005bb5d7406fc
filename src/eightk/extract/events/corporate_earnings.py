"""earnings_release events (Item 2.02; legacy Item 12).

The item says that results were released and for which period ("issued a press release
announcing financial results for its first quarter fiscal year 2023 ended March 3, 2023",
Adobe); ``period`` is that period's end date. Revenue, net income and diluted EPS come from the
release the item furnishes (its EX-99 document, or the release found in a one-document text),
first statement of each in prose: "posted record revenue of $26.74 billion and record net
quarterly profit of $6 billion, or $6.43 per diluted share" (Apple 2011). Year-ago comparisons
and guidance come later in a release and in sentences that say so, and are skipped.
"""

from __future__ import annotations

import re

from ...records import Filing, PressRelease, Span
from .corporate_common import CorporateDraft, first_date, item_texts, on_date, sentences

_RESULTS_RE = re.compile(r"\b(?:financial\s+results|results\s+of\s+operations|earnings|results)\b", re.I)
#: The sentence that announces results, not the item's title ("Results of Operations and ...").
_ANNOUNCED_RE = re.compile(r"\b(?:issued|announc\w*|released?|reported|reporting|publish\w*)\b", re.I)
_ENDED_RE = re.compile(r"\bended\s+", re.I)
#: How much of a release is read for its headline numbers: they lead it (Apple's first
#: paragraph, Adobe's "Financial Highlights" bullets); the tables below repeat them.
RELEASE_HEAD = 12000
_MONEY = r"(?P<neg>\()?\$\s*(?P<neg2>\()?(?P<num>\d[\d,]*(?:\.\d+)?)\)?\s*(?P<scale>thousand|million|billion)?"
_VERB = r"(?:\s+(?:was|were|of|totaled|totaling|reached|grew\s+to|increased\s+to|rose\s+to|came\s+in\s+at)|:)\s+(?:a\s+record\s+)?(?:approximately\s+|about\s+)?"
_CHANGE_FROM = r"\s+(?:narrowed|decreased|increased|grew|improved|widened|declined)\s+(?:significantly\s+)?from\s+\$?\(?[\d.,]+\)?\s*(?:thousand|million|billion)?(?:\s+in\s+(?:fiscal\s+)?\d{4})?\s+to\s+"
MEASURES = {
    "revenue": re.compile(r"\brevenues?" + r"(?:" + _VERB + r"|" + _CHANGE_FROM + r")" + _MONEY, re.I),
    "net_income": re.compile(r"\bnet\s+(?P<kind>income|earnings|(?:quarterly\s+)?profit|loss)(?:\s+attributable\s+to\s+[\w\s.,]{1,40}?)?"
                             + r"(?:" + _VERB + r"|" + _CHANGE_FROM + r")" + _MONEY, re.I),
    "eps": re.compile(r"(?:\bdiluted\s+(?P<kind>earnings|loss|net\s+income|EPS)(?:\s+per\s+(?:common\s+)?share)?"
                      + r"(?:" + _VERB + r"|" + _CHANGE_FROM + r")" + _MONEY
                      + r"|" + _MONEY.replace("(?P<", "(?P<b_") + r"\s+per\s+diluted\s+share)", re.I),
}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
#: Sentences about other periods or the future: "These results compare to revenue of $15.68
#: billion ... in the year-ago quarter", "we expect revenue of about $22 billion" (Apple 2011).
_NOT_ACTUAL_RE = re.compile(r"\b(?:year[- ]ago|prior[- ]year|expects?|expected|guidance|outlook|targets?|forecast|compare[sd]?\s+to)\b", re.I)
_LOSS_RE = re.compile(r"\bloss\b", re.I)
CONFIDENCE = 0.8


def extract(filing: Filing, releases: tuple[PressRelease, ...] = ()) -> list[CorporateDraft]:
    out: list[CorporateDraft] = []
    for it in item_texts(filing, "2.02"):
        if not _RESULTS_RE.search(it.body):
            continue
        s, e = _results_sentence(it)
        fields = {"period": _period(it.text, s, e), "revenue": None, "net_income": None, "eps": None}
        evidence = [Span(it.doc, s, e)]
        skip = _boilerplate(releases)
        for doc, start, end in _release_regions(filing, releases, it):
            _measures(filing.document(doc).text, start, end, doc, fields, evidence, skip.get(doc, []))
        date = on_date(it.text, it.start, it.end) or _release_date(releases) or filing.report_date
        out.append(CorporateDraft("earnings_release", "occurred", date, fields, evidence, CONFIDENCE))
        break  # one results announcement per filing
    return out


def _results_sentence(it) -> tuple[int, int]:
    for s, e in sentences(it.text, it.start, it.end):
        if _RESULTS_RE.search(it.text, s, e) and _ANNOUNCED_RE.search(it.text, s, e):
            return s, e
    return it.start, it.end


def _period(text: str, start: int, end: int) -> str | None:
    m = _ENDED_RE.search(text, start, end)
    found = first_date(text, m.end(), min(end, m.end() + 30)) if m else None
    return found[0] if found else None


def _release_regions(filing: Filing, releases: tuple[PressRelease, ...], it) -> list[tuple[int, int, int]]:
    """The earnings release: the press releases found (not the item's own text), else the
    EX-99 documents."""
    regions = [(pr.document, pr.span.start, pr.span.end) for pr in releases
               if not (pr.document == it.doc and pr.span.start < it.end and it.start < pr.span.end)]
    if not regions:
        regions = [(d.sequence, 0, len(d.text)) for d in filing.documents
                   if (d.type or "").upper().startswith("EX-99") and d.text]
    return regions


def _boilerplate(releases: tuple[PressRelease, ...]) -> dict[int, list[tuple[int, int]]]:
    """"About X" sections and the safe harbor: "Agilent had revenues of $6.9 billion in fiscal
    2012" in the About paragraph of Agilent's 2013 Q2 release is not the quarter's revenue."""
    out: dict[int, list[tuple[int, int]]] = {}
    for pr in releases:
        spans = [a.span for a in pr.about] + ([pr.forward_looking] if pr.forward_looking else [])
        out.setdefault(pr.document, []).extend((sp.start, sp.end) for sp in spans)
    return out


def _release_date(releases: tuple[PressRelease, ...]) -> str | None:
    for pr in releases:
        if pr.dateline and pr.dateline.date:
            return pr.dateline.date
    return None


def _measures(text: str, start: int, end: int, doc: int, fields: dict, evidence: list[Span],
              skip: list[tuple[int, int]] = ()) -> None:
    stop = min(end, start + RELEASE_HEAD)
    for s, e in sentences(text, start, stop):
        if "\t" in text[s:e] or any(a <= s < b for a, b in skip):
            continue
        for name, rx in MEASURES.items():
            if fields[name] is not None:
                continue
            m = rx.search(text, s, e)
            if m and not _NOT_ACTUAL_RE.search(text, s, m.end()):
                fields[name] = _money(m)
                if Span(doc, s, e) not in evidence:
                    evidence.append(Span(doc, s, e))
        if all(fields[k] is not None for k in MEASURES):
            return


def _money(m: re.Match[str]) -> dict:
    g = {k[2:] if k.startswith("b_") else k: v for k, v in m.groupdict().items() if v is not None}
    value = float(g["num"].replace(",", "")) * _SCALE.get((g.get("scale") or "").lower(), 1.0)
    if g.get("neg") or g.get("neg2") or _LOSS_RE.search(g.get("kind") or ""):
        value = -value
    return {"value": round(value, 4) if value != int(value) else int(value), "currency": "USD"}
