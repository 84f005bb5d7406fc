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
    r"(?P<type>(?:[A-Z0-9][\w’'&\-.]*\s+|(?:and|of|for|to|the|on)\s+){0,10}" + _KIND + r"s?)\b"
)
_DATED = r"dated\s+(?:as\s+of\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|[^,]{4,30}),?\s*"
#: From the agreement's name to its parties: a defined term, a companion document ("and related
#: Confirmation (together, the "Repurchase Agreement")", Agilent 2006), a date, then "with".
_PARENS = r"(?:\((?:[^()]|\([^()]*\))*\)\s*)?,?\s*"
_WITH_RE = re.compile(r"(?:\s+and\s+related\s+[\w ]{2,40}?)?\s*" + _PARENS + r"(?:" + _DATED + r")?" + _PARENS
                      + r"(?:by\s+and\s+)?(?:with|between|among)\s+")
_PARTIES_END_RE = re.compile(r",\s+(?=(?:[A-Z][\w]*\s+(?:and\s+)?){1,4}(?:have|has|will|shall|agreed|is|are)\b)|\s*,\s+(?:as|a|an)\s+|\s+(?:providing|under)\s|\s+to\s+(?=[a-z])|,?\s+(?:who|which|that|effective|dated|as\s+(?:lender|agent|borrower|trustee)s?|pursuant\s+to\s+which|under\s+which|whereby|for\s+the|to\s+(?:provide|purchase|sell|acquire)|relating\s+to)\b|;")
_SUMMARY_RE = re.compile(r"\b(?:pursuant\s+to|under)\s+which\s+(?P<summary>[^;]{10,400}?)(?:\.(?:\s|$)|;|$)")
_PAREN_RE = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
_SUFFIX = r"(?:Inc|Ltd|LLC|L\.P|LP|N\.A|S\.A|plc|AG|Corp|Corporation|Co|Company|Limited|GmbH|B\.V|N\.V)\.?"
#: Parties split where one ends: after a company suffix or a dropped "(“Roche Basel”)"; a bare
#: "and" inside a name stays ("Flextronics Sales and Marketing (L-A) Ltd.", Agilent 2004).
_SPLIT_RE = re.compile(r"(?P<end>\x00(?!\s*,?\s*" + _SUFFIX + r")|\b" + _SUFFIX + r"(?![\w-]))\s*[,;]?\s*(?:and\s+)?(?=[A-Z])")
#: An agreement the item names with its date rather than "entered into": "Pursuant to the
#: Related Agreement, dated as of January 27, 2006 (...), among Merrill Lynch ..." (Agilent 2006).
DATED_RE = re.compile(r"\b(?:(?:[Pp]ursuant\s+to|[Uu]nder)\s+(?:the|that\s+certain|a|an)|the)\s+(?P<type>(?:[A-Z0-9][\w’'&\-.]*\s+|(?:and|of|for|to|the|on)\s+){0,10}"
                      + _KIND + r"s?)\b(?=(?:\s+of\s+[A-Z][^()]{0,60}?)?,?\s+(?:dated|entered\s+into\s+on)\b)")
#: "As previously disclosed ..., Agilent entered into an Asset Purchase Agreement" (Agilent 2005).
_PREVIOUSLY_RE = re.compile(r"\bpreviously\s+(?:disclosed|announced|reported)\b", re.I)
_SELF_RE = re.compile(r"^(?:the\s+)?(?:Company|Registrant|Borrower|Issuer)\b", re.I)
#: How far after an agreement's name its "dated as of" may sit.
DATED_WITHIN = 200
#: A counterparty list longer than this is a syndicate ("the lenders party thereto").
MAX_PARTIES = 6
CONFIDENCE = 0.75


def extract(filing: Filing, releases: tuple[PressRelease, ...] = ()) -> list[CorporateDraft]:
    out: list[CorporateDraft] = []
    for it in item_texts(filing, "1.01"):
        seen: set[str] = set()
        item_date = on_date(it.text, it.start, it.end) or filing.report_date
        for s, e in sentences(it.text, it.start, it.end):
            for m in list(ENTERED_RE.finditer(it.text, s, e)) + list(DATED_RE.finditer(it.text, s, e)):
                kind = collapse(m.group("type"))
                if kind.lower() in seen:
                    continue
                seen.add(kind.lower())
                out.append(_draft(it, s, e, m, kind, item_date, filing.report_date, _own_names(filing, it.body)))
        _inherit_parties(out)
    return out


def _drop_own(party: str, own: frozenset[str]) -> str | None:
    """A party without the registrant: "Agilent, certain lenders party thereto" -> nothing
    named; "Agilent, World Trade and Lloyds TSB Bank plc" -> "Lloyds TSB Bank plc" when the
    item defined "World Trade" as the filer's subsidiary."""
    rest = party
    changed = True
    while changed:
        changed = False
        for name in own:
            low = rest.lower()
            if low.startswith(name) and (len(rest) == len(name) or not rest[len(name)].isalnum()):
                rest = re.sub(r"^[’'s]*\s*(?:,\s*|and\s+)*", "", rest[len(name):])
                changed = True
    return rest if rest and rest[0].isupper() else None


def _inherit_parties(drafts: list[CorporateDraft]) -> None:
    """"Amendment No. 1 to the Asset Purchase Agreement" names no party: it has those of the
    agreement it amends, named before in the item (Agilent 2005)."""
    for i, d in enumerate(drafts):
        if d.fields["counterparties"]:
            continue
        kind = d.fields["agreement_type"].lower()
        for earlier in drafts[:i]:
            other = earlier.fields["agreement_type"].lower()
            if other != kind and other in kind and earlier.fields["counterparties"]:
                d.fields["counterparties"] = list(earlier.fields["counterparties"])
                break


#: The first company an item defines is the filer: 'Alcoa Inc. ("Alcoa")', 'Agilent
#: Technologies, Inc. ("Agilent")' (Lee-format files carry no cover name).
_FIRST_DEFINED_RE = re.compile(r"(?P<name>[A-Z][\w.&\-]*)(?:\s+[A-Z][\w.&\-]*)*,?\s+(?:Inc|Corporation|Corp|Co|Ltd|plc|N\.V|AG|S\.A)\.?\s*"
                               r"\(\s*(?:the\s+)?[“\"](?P<term>[A-Z][^”\"]{0,40})")


def _own_names(filing: Filing, text: str = "") -> frozenset[str]:
    """The registrant's first name word ("Agilent"): a party list names it beside the others."""
    name = filing.registrant.name or (filing.header.filer.name if filing.header and filing.header.filer else None) or ""
    own = {w.lower() for w in name.split()[:1]}
    m = _FIRST_DEFINED_RE.search(text)
    if m:
        own |= {m.group("name").lower(), m.group("term").strip().lower()}
        sub = re.search(r"\(\s*[“\"](?P<term>[A-Z][^”\"]{0,40})[”\"]\s*\),?\s+a\s+wholly[- ]owned\s+subsidiary", text)
        if sub:  # 'Agilent Technologies World Trade, Inc. ("World Trade"), a wholly-owned subsidiary'
            own.add(sub.group("term").strip().lower())
    return frozenset(own - {"the", "company"})


def _draft(it, s: int, e: int, m: re.Match[str], kind: str, item_date: str | None, report: str | None,
           own: frozenset[str] = frozenset()) -> CorporateDraft:
    sent = it.text[s:e]
    signed = on_date(it.text, s, e) or _dated(it.text, m.end(), e)
    historical = bool(_PREVIOUSLY_RE.search(it.text, s, m.start())) or bool(signed and item_date and signed < item_date)
    parties = [q for q in (_drop_own(p, own) for p in _parties(it.text, m.end(), e)) if q]
    fields = {"agreement_type": kind, "counterparties": parties,
              "signed": signed, "summary": _summary(sent)}
    return CorporateDraft("material_agreement", "historical" if historical else "occurred", signed or report,
                          fields, [Span(it.doc, s, e)], CONFIDENCE)


def _dated(text: str, start: int, end: int) -> str | None:
    m = re.search(r"\b(?:dated|entered\s+into\s+on)\s+(?:as\s+of\s+)?", text[start:end])
    found = first_date(text, start + m.end(), min(end, start + m.end() + 30)) if m and m.start() < DATED_WITHIN else None
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
