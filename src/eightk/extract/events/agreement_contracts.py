"""An agreement document itself (an EX-10 exhibit, a CUAD contract): its preamble ("This
License Agreement ... is entered into by and between A and B"), its grant ("A hereby grants to
B ..."), its recitals, and a 10-K style table of partners and payments."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from .common import Draft, dates_in, is_contract, span
from ..money import find_money
from ..parties import short_name
from .agreement_cues import _NAME, _ROW_SUFFIX_RE
from .agreement_terms import _ROLE_WORDS, _empty_fields, _same_party
from .common import clean

_PREAMBLE_RE = re.compile(r"\b(?:This|THIS)\s+(?P<kind>(?:[A-Z][\w\-]*,?\s+(?:and\s+)?){0,6}(?:Agreement|AGREEMENT))\b")
_ENTERED_RE = re.compile(r"\b(?:made|entered into|dated|effective)\b", re.I)
def _preamble(ctx: Context, c: Candidate, text: str) -> list[Draft]:
    """"This Development Agreement ... dated as of March 20, 2020 ... is entered into by and
    between A and B": the agreement document states its own signing (EX-10 exhibits)."""
    m = _PREAMBLE_RE.search(text, c.start, c.end)
    if not m or not _ENTERED_RE.search(text, m.end(), min(c.end, m.end() + 300)):
        return []
    words = m.group("kind").lower()
    if re.search(r"collaborat|development|research", words):
        kind = "collaboration_agreement"
    elif "licen" in words:
        kind = "license_agreement"
    else:
        return []
    dates = [d for d in dates_in(ctx, c.doc, m.end(), min(c.end, m.end() + 300)) if not d.relative and len(d.value) == 10]
    signed = dates[0].value if dates else None
    fields = _empty_fields(kind)
    fields["signed"] = signed
    names = list(dict.fromkeys(x.name for x in ctx.companies(c.doc, m.end(), c.end) if x.kind != "self"))
    _hereby_grants(ctx, c.doc, m.end(), fields)
    _role_aliases(ctx, text, m.end(), fields)
    _recitals(ctx, c.doc, m.end(), fields, names)
    status = "occurred" if not signed or not ctx.reference_date or signed[:4] >= ctx.reference_date[:4] else "historical"
    return [Draft(kind, status, signed, fields, [span(c.doc, m.start(), c.end)], 0.6,
                  key=(kind, signed[:4] if signed else None, "preamble"), order=(c.doc, c.start),
                  extra={"parties": names})]


#: A prior agreement a contract recites: "WHEREAS, Harwell and Trent University previously entered
#: into an Exclusive License Agreement dated March 1, 2019", "WHEREAS, Licensor and Licensee are
#: parties to that certain License Agreement dated as of January 10, 2022".
_RECITED_RE = re.compile(
    r"\b(?:previously\s+(?:entered\s+into|executed|signed)|(?:are|were)\s+(?:the\s+)?part(?:y|ies)\s+to)\s+"
    r"(?:that\s+certain\s+|an?\s+|the\s+)?(?P<kind>(?:[A-Z][\w\-]*,?\s+(?:and\s+)?){0,6}(?:Agreement|AGREEMENT))\b")
#: "under which Harwell obtained rights": the taker of a recited licence.
_RECITED_TAKER_RE = re.compile(r"\b(?:under|pursuant to)\s+which\s+(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+(?:obtained|received|was granted|acquired)\b")
_RECITED_PAIR_RE = re.compile(r"\bWHEREAS,?\s+(?P<a>[A-Z][^,;]{1,60}?)\s+and\s+(?P<b>[A-Z][^,;]{1,60}?)\s*$")
#: How far after the agreement's name its date may stand.
RECITED_DATE_REACH = 80


def recited(ctx: Context, c: Candidate, text: str, preamble: list[Draft]) -> list[Draft]:
    """A prior licence or collaboration a contract's recitals name: a historical event dated
    at that agreement's date, with the parties the recital or the preamble's roles give."""
    m = _RECITED_RE.search(text, c.start, c.end)
    if not m or not is_contract(ctx, c.doc):
        return []
    words = m.group("kind").lower()
    if "amend" in words:
        return []
    kind = ("collaboration_agreement" if re.search(r"collaborat|development|research", words)
            else "license_agreement" if "licen" in words else None)
    if kind is None:
        return []
    dates = [d for d in dates_in(ctx, c.doc, m.end(), min(c.end, m.end() + RECITED_DATE_REACH)) if not d.relative]
    date = dates[0].value if dates else None
    fields = _empty_fields(kind)
    fields["signed"] = date
    head = text[c.start:m.start()]
    if re.search(r"\bLicensor\b", head) and re.search(r"\bLicensee\b", head):
        if preamble:
            fields["licensor"], fields["licensee"] = preamble[0].fields.get("licensor"), preamble[0].fields.get("licensee")
        else:  # an amendment's opening defines the roles
            _role_aliases(ctx, text, max(0, text.find("between", 0, ALIAS_REACH * 4)), fields)
    else:
        pair = _RECITED_PAIR_RE.search(head)
        names = ([short_name(pair.group("a")) or pair.group("a"), short_name(pair.group("b")) or pair.group("b")] if pair
                 else [x.name for x in ctx.companies(c.doc, c.start, m.start())])
        taker = _RECITED_TAKER_RE.search(text, m.end(), c.end)
        if taker:
            who = taker.group("who")
            fields["licensee"] = next((n for n in names if n.split()[0] == who.split()[0]), who)
            fields["licensor"] = next((n for n in names if n != fields["licensee"]), None)
        elif len(names) == 2 and kind == "collaboration_agreement":
            fields["licensor"], fields["licensee"] = names
    return [Draft(kind, "historical", date, fields, [span(c.doc, m.start(), min(c.end, m.end() + RECITED_DATE_REACH))], 0.5,
                  key=(kind, date[:4] if date else None, "recited"), order=(c.doc, c.start))]


#: A party defined by its role: "by and between the Board of Regents of Westbridge University
#: ("Licensor") and Acme Therapeutics, Inc., a Delaware corporation ("Licensee")".
_ROLE_ALIAS_RE = re.compile(r"\(\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?)?[\"“](?P<role>Licensor|Licensee)[\"”]\s*\)")
_PARTY_START_RE = re.compile(r"\bby\s+and\s+between\b|\bbetween\b|\band\b(?=\s+(?:the\s+)?[A-Z])|\)")
_DESCRIPTOR_RE = re.compile(r",\s*(?:an?\s+|the\s+)[^,]*(?:corporation|company|organi[sz]ed|incorporated|university|institution|entity|partnership)[^,]*$", re.I)
#: How far into the opening the role aliases may be defined.
ALIAS_REACH = 800


def _role_aliases(ctx: Context, text: str, start: int, fields: dict) -> None:
    prev = start
    for m in _ROLE_ALIAS_RE.finditer(text, start, min(len(text), start + ALIAS_REACH)):
        chunk = _PARTY_START_RE.split(text[prev:m.start()])[-1].strip(" ,")
        prev = m.end()
        chunk = _DESCRIPTOR_RE.sub("", chunk).strip(" ,")
        role = m.group("role").lower()
        if chunk[:1].isupper() or chunk.startswith("the "):
            name = ctx.lexicon.canonical_company(chunk) or short_name(chunk)
            if name and not fields.get(role):
                fields[role] = name


#: The contract's own grant: "CytoDyn hereby grants to Vyera, and Vyera hereby accepts, an
#: exclusive royalty-bearing license" (CUAD CytoDyn-Vyera; Array-Ono, Harpoon-AbbVie alike).
#: The first grant in the text is the agreement's principal one.
_HEREBY_RE = re.compile(
    r"\b(?P<a>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?) hereby grants? to (?:the )?(?P<b>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)"
    r"[^.;]{0,120}?\b(?P<excl>non-exclusive|exclusive|license|licence|right)")


def _hereby_grants(ctx: Context, doc: int, start: int, fields: dict) -> None:
    text = ctx.text(doc)
    m = _HEREBY_RE.search(text, start)
    if not m:
        return
    a, b = (ctx.lexicon.canonical_company(x) or x for x in (m.group("a"), m.group("b")))
    if a in _ROLE_WORDS or b in _ROLE_WORDS:
        return
    fields["licensor"], fields["licensee"] = a, b
    if m.group("excl").endswith("exclusive"):
        fields["exclusive"] = not m.group("excl").startswith("non")
    sc = _GRANT_SCOPE_RE.search(text, m.end(), min(len(text), m.end() + 400))
    if sc and not fields.get("scope"):
        fields["scope"] = clean(sc.group("scope"))


#: What the contract's grant is for: "... an exclusive royalty-bearing license ..., under the
#: CytoDyn Patents, ... solely to Commercialize, use, have used, offer for sale and sell Licensed
#: Products in the Field in the Territory" (CUAD CytoDyn-Vyera): the first "to" + verb.
_GRANT_SCOPE_RE = re.compile(
    r"\b(?:solely\s+)?to\s+(?P<scope>(?i:research|develop|commerciali[sz]e|manufacture|make|use|sell|import|conduct|perform|market|distribute)\b[^.;]{5,250})")
#: A contract's recitals: "WHEREAS, WPD is developing certain anti-viral indications pursuant to the
#: Sublicense Agreement; ... WHEREAS, CNS has agreed to fund a portion of the development of such
#: indications in exchange for certain economic rights" (CUAD CNS-WPD): what the deal is for, and
#: who funds it (the funder takes rights: the licensee).
_RECITAL_DEVELOPS_RE = re.compile(r"\bWHEREAS,?\s+(?P<who>" + _NAME + r")\s+(?:is|are)\s+(?:currently\s+)?developing\s+(?P<scope>[^;.]{5,200})")
_RECITAL_FUNDS_RE = re.compile(r"\bWHEREAS,?\s+(?P<who>" + _NAME + r")\s+(?:has|have)\s+agreed\s+to\s+(?:fund|finance|pay for)\s+[^;.]{5,250}")
#: The parties a contract's opening defines: "by and between CNS Pharmaceuticals, Inc. ("CNS"), a
#: Nevada corporation, ..., and WPD Pharmaceuticals, ("WPD"), a Polish corporation".
_PARTIES_RE = re.compile(r"\bby\s+and\s+between\s+[^;]{0,200}?\(\s*(?:the\s+)?[\"“](?P<a>[A-Z][\w\-&]*(?:\s[A-Z][\w\-&]*)?)[\"”]\s*\)"
                         r"[^;]{0,300}?\band\s+[^;]{0,200}?\(\s*(?:the\s+)?[\"“](?P<b>[A-Z][\w\-&]*(?:\s[A-Z][\w\-&]*)?)[\"”]\s*\)")
#: How much of a contract after its opening the recitals may take.
RECITALS_REACH = 2500


def _recitals(ctx: Context, doc: int, start: int, fields: dict, names: list[str]) -> None:
    text = ctx.text(doc)
    end = min(len(text), start + RECITALS_REACH)
    dev = _RECITAL_DEVELOPS_RE.search(text, start, end)
    if dev and not fields.get("scope"):
        fields["scope"] = clean(dev.group("scope"))
    funds = _RECITAL_FUNDS_RE.search(text, start, end)
    if not funds:
        return
    if "research_funding" in fields and not fields.get("research_funding"):
        fields["research_funding"] = clean(funds.group(0).split(None, 1)[1])
    funder = ctx.lexicon.canonical_company(funds.group("who")) or funds.group("who")
    if not fields.get("licensee") and not fields.get("licensor") and funder not in _ROLE_WORDS:
        parties = _PARTIES_RE.search(text, max(0, start - 200), end)
        aliases = [parties.group("a"), parties.group("b")] if parties else []
        others = [n for n in dict.fromkeys(aliases + names) if not _same_party(n, funder) and n not in _ROLE_WORDS]
        fields["licensee"] = funder
        fields["licensor"] = others[0] if len(others) == 1 else None


#: A table of licensing partners: "Partner | Program | Cash Collected | Remaining Milestone
#: Potential" (ABVC's FY2024 8-K, as HTML cells or as lines of text). Each row names one
#: licensee and the program licensed to it: one background licence each.
_PARTNER_HEADER_RE = re.compile(r"\b(?P<role>Partner|Licensee|Licensor|Collaborator|Counterparty)[ ]*(?=[\t\n])")
_PARTNER_WORDS = ("Partner\t", "Partner \n", "Partner\n", "Licensee\t", "Licensee \n", "Licensee\n", "Licensor\t",
                  "Licensor \n", "Licensor\n", "Collaborator\t", "Collaborator\n", "Counterparty\t", "Counterparty\n")
_MONEY_HEADER_RE = re.compile(r"collected|milestone|upfront|up-front|payments?|received|potential|royalt", re.I)
_CELL_SPLIT_RE = re.compile(r"\s*[\t\n]\s*")
#: A header cell is short and holds no figure ("Cash Collected", "Remaining Milestone Potential").
HEADER_CELL_MAX = 40
#: Rows read after a partner header before the table is taken to have ended.
MAX_PARTNER_ROWS = 12


def partner_tables(ctx: Context) -> list[Draft]:
    out: list[Draft] = []
    for doc in sorted(ctx.biopharma):
        text = ctx.text(doc)
        if not any(word in text for word in _PARTNER_WORDS):
            continue  # substring tests: a tenth of the regex pass they spare
        for h in _PARTNER_HEADER_RE.finditer(text):
            out += _partner_rows(ctx, doc, text, h)
    return out


def _cells(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    cells, pos = [], start
    for m in _CELL_SPLIT_RE.finditer(text, start, min(len(text), limit)):
        if m.start() > pos:
            cells.append((pos, m.start()))
        pos = m.end()
    return cells


def _partner_rows(ctx: Context, doc: int, text: str, header: re.Match[str]) -> list[Draft]:
    cells = _cells(text, header.end(), header.end() + 200 * MAX_PARTNER_ROWS)
    width = 1
    while width <= len(cells):
        s, e = cells[width - 1]
        cell = text[s:e]
        if len(cell) > HEADER_CELL_MAX or re.search(r"\d", cell) or ctx.companies(doc, s, e):
            break
        width += 1
    header_text = text[header.start(): cells[width - 2][1]] if width > 1 else ""
    if width < 3 or not _MONEY_HEADER_RE.search(header_text):
        return []
    cells = cells[width - 1:]
    rows = []
    for i in range(0, min(len(cells), width * MAX_PARTNER_ROWS), width):
        first = text[cells[i][0]:cells[i][1]]
        if len(first) > 80 or first.lower().startswith("total"):
            break
        rows.append(cells[i: i + width])
    out = []
    for row in rows:
        if len(row) < 2 or not any(find_money(text[s:e]) for s, e in row[1:]):
            continue
        partner = _row_company(ctx, doc, text, row[0])
        if not partner or partner == ctx.registrant:
            continue
        fields = _empty_fields("license_agreement")
        other = ctx.registrant
        fields["licensee"], fields["licensor"] = (partner, other) if header.group("role") != "Licensor" else (other, partner)
        program = clean(text[row[1][0]:row[1][1]])
        fields["scope"] = program if not find_money(program) else None
        out.append(Draft("license_agreement", "historical", None, fields, [span(doc, row[0][0], row[-1][1])], 0.6,
                         key=("license_agreement", None, (partner,)), order=(doc, row[0][0]),
                         extra={"parties": [other, partner]}))
    return out




def _row_company(ctx: Context, doc: int, text: str, cell: tuple[int, int]) -> str | None:
    """The company a table row names in its first cell: "ForSeeCon Eye Corporation"."""
    name = clean(text[cell[0]:cell[1]])
    if _ROW_SUFFIX_RE.search(name):
        short = short_name(name)
        return ctx.lexicon.canonical_company(short) or short
    names = [m.name for m in ctx.companies(doc, cell[0], cell[1]) if len(m.name) > 3]
    return names[-1] if names else None
