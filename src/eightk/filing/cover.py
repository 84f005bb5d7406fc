"""The cover page of the main 8-K document, read from its normalised text.

Each field is found next to its printed label ("(Exact name of registrant as specified in its
charter)", "(Commission File Number)"...), above or beside it, in whichever layout the filer chose:
one value per line, columns padded with spaces, table cells separated by " | " or tabs, or a
flattened run. Every value comes with the span of the words it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Checkboxes, Security, Span
from .anycase import ANY_LETTER, cases, compile_fast, explicit, search_after_lead, trie
from .dates import DATE, iso_date
from .jurisdictions import JURISDICTION, STATES

#: How far into the main document the cover page may reach when no item heading bounds it.
COVER_MAX_CHARS = 12_000
#: How far from its label a value may be (seed: "0-17999 (Commission File Number)").
NEAR = 160

#: "FORM 8-K" as a line of its own (a cover title): a press release that mentions "our Form 10-K"
#: is no 10-K (d299696dex993.htm).
_FORM = re.compile(
    r"^[ \t|*]*FORM[ \t]*((?:8-K|6-K|10-K|10-Q|20-F|40-F|S-\d|DEF\s?14A|11-K|8-A)(?:[ \t]?[/-][ \t]?A\b|12B|12G3|15D5)?)"
    r"(?![\w-])[ \t*]*(?:\(?Amendment\s+No\.?\s*\d+\)?)?[ \t|*]*$",
    re.I | re.M,
)
_NAME_LABEL = re.compile(
    r"\(?\s*Exact\s+name\s+of\s+(?:the\s+)?registrants?\b(?:\s+as\s*specified(?:\s+in\s+(?:its\s+|their\s+)?charters?)?)?\s*\)?\s*:?",
    re.I,
)
_STATE_LABEL = re.compile(r"\(?\s*(?:State|Jurisdiction)\s+(?:or\s+other\s+jurisdiction\s+)?of\s+(?:incorporation|organization)|\(\s*State\s+or\s+other\b", re.I)
#: The words the labels above start with, after ``\(?\s*``: the labels are searched only where
#: these occur (:func:`~.anycase.search_after_lead`), as the engine cannot skip to an optional "(".
_NAME_KEY = re.compile(trie(["exact"]))
_STATE_KEY = re.compile(trie(["state", "jurisdiction"]))
_ADDRESS_KEY = re.compile(trie(["address"]))
_ZIP_KEY = re.compile(trie(["zip"]))
PLAIN_FILE_LABEL = r"Commission\s+File\b|\(Commission\b|File\s+No\."
_FILE_LABEL = compile_fast(PLAIN_FILE_LABEL)
PLAIN_FILE_NUMBER = r"(?<![\d-])(\d{1,3}-\d{4,6}(?:-\d{2})?)(?![\d-])"
#: The same with the look-behind after the first digit, so the engine skips to digits.
_FILE_NUMBER = re.compile(r"(\d(?<![\d-]\d)\d{0,2}-\d{4,6}(?:-\d{2})?)(?![\d-])")
PLAIN_IRS_LABEL = r"\(I\.R\.S\.(?=\s)|I\.?\s?R\.?\s?S\.?\s+Employ|Employer\s+Identification|IRS\s+Employer|Tax\s*payer\s+Identification"
_IRS_LABEL = compile_fast(PLAIN_IRS_LABEL)
_IRS_LIKE = re.compile(r"\d{2}-\d{6,7}")
PLAIN_IRS = r"(?<![\d-])(\d{2}-\d{7}|\d{9})(?![\d-])"
_IRS = re.compile(r"(\d(?<![\d-]\d)(?:\d-\d{7}|\d{8}))(?![\d-])")
_ADDRESS_LABEL = re.compile(r"\(?\s*Address(?:es)?\s+(?:of|and\s+zip\s+code\s+of)\s+principal\s+executive\s+offices?", re.I)
_ZIP_LABEL = re.compile(r"\(?\s*Zip\s+Code\s*\)?", re.I)
_ZIP = re.compile(r"(?<![\d-])(\d{5}(?:-\d{4})?)(?![\d-])")
PLAIN_PHONE_LABEL = r"telephone\s+number(?:,?\s*(?:,\s*)?including\s+area\s+code)?"
_PHONE_LABEL = compile_fast(PLAIN_PHONE_LABEL)
_PHONE = re.compile(r"(?:\+?1[\s.-]*)?\(?\d{3}\)?[\s.\-]*\d{3}[\s.\-]+\d{4}(?!\d)")
PLAIN_DATE_LABEL = r"Date\s+of\s+(?:Report|earliest\s+event\s+reported)[^\n:]{0,60}?(?:\)|:|\n|$)"
_DATE_LABEL = compile_fast(PLAIN_DATE_LABEL)
_CELL_SPLIT = re.compile(r"\s*(?:\s\|\s|\t|\s{3,})\s*")
_MARKUP = re.compile(r"\*+|\\")
_SPACES = re.compile(r"\s+")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_ZIP_LINE = re.compile(r"\s*\d{5}(?:-\d{4})?\s*")
#: Lines of an address above its label: street, a second street line, city/state/zip.
ADDRESS_MAX_LINES = 3
_TRIM = " \t\u00a0|*,;:"

PLAIN_CHECKBOX_LABELS = {
    "written_communications": r"Written\s+communications?\s+pursuant\s+to\s+Rule\s+425",
    "soliciting_material": r"Soliciting\s+material\s+pursuant\s+to\s+Rule\s+14a-12",
    "pre_commencement_tender_offer": r"Pre-?\s*commencement\s+communications?\s+pursuant\s+to\s+Rule\s+14d-?2\s*\(b\)",
    "pre_commencement_issuer_tender_offer": r"Pre-?\s*commencement\s+communications?\s+pursuant\s+to\s+Rule\s+13e-?4\s*\(c\)",
}
PLAIN_EGC_LABEL = r"Emerging\s+growth\s+company"
_BOX_LABELS = {**PLAIN_CHECKBOX_LABELS, "emerging_growth_company": PLAIN_EGC_LABEL}


def _marked_branches(name: str, source: str) -> list[str]:
    """``source`` spelled in every case, one branch per case of its first letter, each with an
    empty group named for its label (``name_0``) that tells which label matched."""
    fast = explicit(source)
    head = re.match(r"\[(\w)[^\]]*\]", fast)
    assert head is not None, source
    return [re.escape(c) + f"(?P<{name}_{i}>)" + fast[head.end() :] for i, c in enumerate(cases(head[1]))]


#: All checkbox labels in one pass instead of one pass each: no label's words hold the first
#: word of another, so the first match of each label is its first occurrence.
_ANY_BOX_LABEL = re.compile("|".join(b for k, src in _BOX_LABELS.items() for b in _marked_branches(k, src)))
#: Box glyphs, as they survive HTML and Wingdings: unchecked o ¨ ☐ q □ [ ]; checked x þ ☒ ý ■ [X].
_UNCHECKED = "o¨☐q□❑"
_CHECKED = "xXþ☒☑ý■✓✔"
_GLYPH = re.compile(r"(?:(?<=[\s|(])|^)(\[\s*[xX✓]?\s*\]|[" + _UNCHECKED + _CHECKED + r"])(?=[\s|]|$)")
#: Characters that may sit between a box and its label.
GLYPH_GAP = 8


@dataclass
class Cover:
    form: str | None = None
    report_date: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, Span] = field(default_factory=dict)
    address: dict[str, str] = field(default_factory=dict)
    checkboxes: Checkboxes = field(default_factory=Checkboxes)
    emerging_growth_company: bool | None = None
    securities: tuple[Security, ...] = ()


def parse_cover(text: str, doc: int, end: int | None) -> Cover:
    """Read the cover page from ``text[:end]`` (``end``: the first item heading, if any)."""
    end = min(end if end is not None else COVER_MAX_CHARS, len(text))
    cover = Cover()
    form = _FORM.search(text, 0, min(end, 4000))
    if form:
        cover.form = _form(form.group(1))
    _report_date(text, end, doc, cover)
    if not _combined_table(text, end, doc, cover):
        _name(text, end, doc, cover)
        _labelled(text, end, doc, cover, "file_number", _FILE_LABEL, _FILE_NUMBER)
        _labelled(text, end, doc, cover, "irs_employer_id", _IRS_LABEL, _IRS)
        _state(text, end, doc, cover)
        _address(text, end, doc, cover)
        _labelled(text, end, doc, cover, "phone", _PHONE_LABEL, _PHONE, prefer_after=True)
    labels = box_labels(text, min(len(text), end + 2000))
    cover.checkboxes = Checkboxes(**{k: _box(text, labels.get(k)) for k in PLAIN_CHECKBOX_LABELS})
    cover.emerging_growth_company = _box(text, labels.get("emerging_growth_company"), after=True)
    cover.securities = parse_securities(text, end, doc)
    return cover


PLAIN_COVER_TAIL = (
    r"Rule\s+13e-?4\s*\(c\)[^\n]*|Emerging\s+growth\s+company[^\n]*|telephone\s+number,?\s+including\s+area\s+code[^\n]*"
    r"|Check\s+the\s+appropriate\s+box[^\n]*|\(?Former\s+name[^\n]*|extended\s+transition\s+period[^\n]*"
)
#: The same, with ``\(?Former`` as two branches so that every branch starts with a literal.
_COVER_TAIL = compile_fast(PLAIN_COVER_TAIL.replace(r"|\(?Former\s+name[^\n]*", r"|\(Former\s+name[^\n]*|Former\s+name[^\n]*"))


def cover_end(text: str, limit: int) -> int:
    """Where the cover page ends: after the last cover-page line before ``limit`` (0 if none)."""
    end = 0
    for m in _COVER_TAIL.finditer(text, 0, min(limit, COVER_MAX_CHARS)):
        end = m.end()
    return end


def report_date_of(text: str) -> str | None:
    """The cover page's date of report alone (cheap: read before the items)."""
    cover = Cover()
    _report_date(text, min(len(text), COVER_MAX_CHARS), 0, cover)
    return cover.report_date


#: The multi-registrant table of utility holding companies: one header cell "Exact Name of
#: Registrant as Specified in Its Charter; State of Incorporation; Address ...; and Telephone
#: Number", then per registrant: file number, name, "(a Pennsylvania corporation)", address lines,
#: phone and IRS number (0000950137-05-004969, Exelon 2005).
#: Also "Registrant, State of Incorporation, Address, and Telephone Number" (LG&E and KU, 2003).
PLAIN_COMBINED_LABEL = (
    r"(?:Exact\s+Name\s+of\s+)?Registrants?(?:\s+as\s+Specified\s+in\s+(?:Its|their)\s+Charters?)?\s*[;,]\s*State\s+of\s+Incorporation[^\n]*"
)
_COMBINED_LABEL = compile_fast(
    r"Exact\s+Name\s+of\s+" + PLAIN_COMBINED_LABEL.split(")?", 1)[1] + "|" + PLAIN_COMBINED_LABEL.split(")?", 1)[1]
)
_CORPORATION_OF = re.compile(r"^\(?an?\s+(?P<state>[A-Z][A-Za-z ]+?)\s+(?:corporation|company|limited)", re.I)


def _combined_table(text: str, end: int, doc: int, cover: Cover) -> bool:
    label = _COMBINED_LABEL.search(text, 0, end)
    if not label:
        return False
    file_m = _FILE_NUMBER.search(text, label.end(), min(end, label.end() + 400))
    if not file_m:
        return False
    _set(cover, "file_number", file_m.group(1), Span(doc, file_m.start(1), file_m.end(1)))
    lines = [m for m in re.finditer(r"[^\n]+", text[file_m.end() : min(end, file_m.end() + 600)]) if m.group().strip()]
    base = file_m.end()
    street: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        s, e = base + line.start(), base + line.end()
        while s < e and text[s] in _TRIM:
            s += 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        value = text[s:e]
        if i == 0:
            _set(cover, "name", value, Span(doc, s, e))
        elif _IRS.fullmatch(value):
            _set(cover, "irs_employer_id", value, Span(doc, s, e))
        elif (state := _CORPORATION_OF.match(value)) is not None:
            _set(cover, "state_of_incorporation", state.group("state"), Span(doc, s + state.start("state"), s + state.end("state")))
        elif (phone := _PHONE.search(value)) is not None:
            _set(cover, "phone", phone.group(), Span(doc, s + phone.start(), s + phone.end()))
            irs = _IRS.search(value, phone.end())
            if irs and "irs_employer_id" not in cover.values:
                _set(cover, "irs_employer_id", irs.group(1), Span(doc, s + irs.start(1), s + irs.end(1)))
            break
        else:
            street.append((s, e))
    if street:
        raw = "\n".join(text[a:b] for a, b in street)
        zips = list(_ZIP.finditer(raw))
        cover.address = {k: v for k, v in _split_address(raw, zips[-1] if zips else None).items() if v}
        cover.evidence["address"] = Span(doc, street[0][0], street[-1][1])
    return True


def _form(raw: str) -> str:
    """"8-K / A", "8-K-A" -> "8-K/A"; "8-k" -> "8-K"."""
    form = _SPACES.sub("", raw.upper())
    return form[:-2] + "/A" if form.endswith("-A") and form.count("-") > 1 else form


def _set(cover: Cover, name: str, value: str, span: Span) -> None:
    cover.values[name] = value
    cover.evidence[name] = span


def _report_date(text: str, end: int, doc: int, cover: Cover) -> None:
    label = _DATE_LABEL.search(text, 0, end)
    if not label:
        return
    for m in DATE.finditer(text, label.end(), min(label.end() + NEAR, end)):
        if iso := iso_date(m):
            cover.report_date = iso
            cover.evidence["report_date"] = Span(doc, m.start(), m.end())
            return
    before = list(DATE.finditer(text, max(0, label.start() - NEAR), label.start()))
    if before and (iso := iso_date(before[-1])):
        cover.report_date = iso
        cover.evidence["report_date"] = Span(doc, before[-1].start(), before[-1].end())


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    return start, len(text) if stop < 0 else stop


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _TRIM or text[start] == "("):
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _previous_value(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The nearest non-empty text before ``pos`` on its line, else on an earlier line; the last
    cell of a padded or separated row."""
    start, _ = _line_bounds(text, pos)
    closed = text.rfind(")", start, pos)
    s, e = _clean_span(text, closed + 1 if closed >= 0 else start, pos)
    if "(" in text[closed + 1 if closed >= 0 else start : pos]:
        s = e  # other labels on the label's row: the value is on a row above (column layout)
    while (s >= e or not _ALNUM.search(text, s, e) or _parenthetical(text, start, e)) and start > floor:
        start, stop = _line_bounds(text, start - 1)
        s, e = _clean_span(text, start, stop)
    if s >= e or not _ALNUM.search(text, s, e):
        return None
    cells = [m for m in _CELL.finditer(text, s, e) if m.group().strip(_TRIM)]
    if len(cells) > 1:
        return _clean_span(text, *_column_cell(text, cells, pos).span())
    return s, e


_CELL = re.compile(r"[^\s|](?:[^\t|\n]*?[^\s|])?(?=\s*(?:\t|\s\|\s|\s{3,}|\n|$))")


def _column_cell(text: str, cells: list[re.Match[str]], label_pos: int) -> re.Match[str]:
    """In a padded row ("Nevada   Food Concepts, Inc.   13-3124057"), the cell above the label's
    column (0000703901-98-000003); else the longest cell."""
    label_col = label_pos - (text.rfind("\n", 0, label_pos) + 1)
    if label_col > 0:
        def overlap(cell: re.Match[str]) -> int:
            col = cell.start() - (text.rfind("\n", 0, cell.start()) + 1)
            return min(col + len(cell.group()), label_col + 30) - max(col, label_col)
        best = max(cells, key=overlap)
        if overlap(best) > 0:
            return best
    return max(cells, key=lambda c: len(c.group().strip()))


def _parenthetical(text: str, start: int, end: int) -> bool:
    """A whole line in parentheses: a label or a note ("(Formerly known as ...)"), not a value."""
    line = text[start:end].strip(" \t\u00a0|*")
    return line.startswith("(") and line.endswith(")")


#: A company-name line: short, ending in a corporate suffix (doc1.txt prints no name label).
_COMPANY_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z0-9][^\n]{1,70}?\b(?:INC|CORP|CORPORATION|COMPANY|CO|LTD|LIMITED|LLC|L\.P|PLC|N\.V|S\.A|TRUST|BANCORP|HOLDINGS)\b\.?)[ \t]*$",
    re.I | re.M,
)
#: How far into the cover page a name line without a label may be.
UNLABELLED_NAME_MAX_CHARS = 1500


def _unlabelled_name(text: str, end: int, doc: int, cover: Cover) -> None:
    m = _COMPANY_LINE.search(text, 0, min(end, UNLABELLED_NAME_MAX_CHARS))
    if m and "COMMISSION" not in m.group("name").upper() and _plausible_name(m.group("name")):
        _set(cover, "name", m.group("name"), Span(doc, m.start("name"), m.end("name")))


def _name(text: str, end: int, doc: int, cover: Cover) -> None:
    label = search_after_lead(_NAME_LABEL, _NAME_KEY, text, 0, end)
    if not label:
        _unlabelled_name(text, end, doc, cover)
        return
    found = _previous_value(text, label.start(), max(0, label.start() - 400))
    if found is None or _NAME_LABEL.search(text, *found):
        line_start, line_end = _line_bounds(text, label.end())
        found = _clean_span(text, label.end(), line_end)
        if found[0] >= found[1]:
            return
    s, e = found
    value = _SPACES.sub(" ", _MARKUP.sub("", text[s:e])).strip(_TRIM)
    if _plausible_name(value):
        _set(cover, "name", value, Span(doc, s, e))


#: A registrant name is short; longer text is a flattened cover page (Lee-corpus AA-8K-2002...).
NAME_MAX_CHARS = 120


def _plausible_name(value: str) -> bool:
    if not value or len(value) > NAME_MAX_CHARS or DATE.search(value) or "(" in value and ")" not in value:
        return False
    if re.match(r"(?:FORM\s*)?8-K|CURRENT REPORT|On\s|Item\s*\d", value, re.I):
        return False
    return sum(w[:1].islower() for w in value.split()) <= 2


def _labelled(
    text: str, end: int, doc: int, cover: Cover, name: str, label_re: re.Pattern[str], value_re: re.Pattern[str], prefer_after: bool = False
) -> None:
    """The value nearest its label (before or after it; ``prefer_after`` for the phone)."""
    label = label_re.search(text, 0, end)
    if not label:
        return
    best = None
    lo, hi = max(0, label.start() - NEAR * 2), min(end + NEAR, label.end() + NEAR, len(text))
    for m in value_re.finditer(text, lo, hi):
        distance = label.start() - m.end() if m.end() <= label.start() else m.start() - label.end()
        if name == "file_number" and _IRS_LIKE.fullmatch(m.group()):
            distance += NEAR  # "03-153200": a mistyped IRS number beside the file number (formacqui.htm)
        if prefer_after and m.start() >= label.end():
            distance -= NEAR
        if best is None or distance < best[0]:
            best = (distance, m)
    if best is not None:
        m = best[1]
        _set(cover, name, _SPACES.sub(" ", m.group().strip()), Span(doc, m.start(), m.end()))


def _state(text: str, end: int, doc: int, cover: Cover) -> None:
    label = search_after_lead(_STATE_LABEL, _STATE_KEY, text, 0, end)
    if not label:
        return
    name = search_after_lead(_NAME_LABEL, _NAME_KEY, text, 0, end)
    lo = name.end() if name and name.end() <= label.start() else max(0, label.start() - NEAR * 2)
    best = None
    for m in JURISDICTION.finditer(text, lo, min(label.end() + NEAR, end)):
        distance = label.start() - m.end() if m.end() <= label.start() else m.start() - label.end() + NEAR // 2
        if best is None or distance < best[0]:
            best = (distance, m)
    if best is not None:
        m = best[1]
        _set(cover, "state_of_incorporation", _SPACES.sub(" ", m.group()), Span(doc, m.start(), m.end()))


def _address(text: str, end: int, doc: int, cover: Cover) -> None:
    label = search_after_lead(_ADDRESS_LABEL, _ADDRESS_KEY, text, 0, end)
    if not label:
        return
    found = _previous_address(text, label.start(), max(0, label.start() - 400))
    if found is None:
        return
    s, e = found
    raw = text[s:e]
    zip_m = None
    for m in _ZIP.finditer(raw):
        zip_m = m
    zip_label = search_after_lead(_ZIP_LABEL, _ZIP_KEY, text, label.end(), min(label.end() + NEAR, len(text)))
    parts = _split_address(raw, zip_m)
    if zip_m is None:
        zip_m2 = _ZIP.search(text, label.end(), min(label.end() + NEAR * 2, len(text)))
        if zip_m2 is None:
            before = list(_ZIP.finditer(text, max(0, label.start() - 60), label.start()))
            zip_m2 = before[-1] if before else None
        if zip_m2 is not None and (zip_label or zip_m2.start() < label.start()):
            parts["zip"] = zip_m2.group(1)
            cover.evidence["address.zip"] = Span(doc, zip_m2.start(), zip_m2.end())
    cover.address = {k: v for k, v in parts.items() if v}
    cover.evidence["address"] = Span(doc, s, e)


_LABEL_CELL = re.compile(r"\s{2,}\([^()]*\)?\s*$|^\s*\([^()]*$")


def _without_label_cell(text: str, s: int, e: int) -> int:
    """End of ``text[s:e]`` without a trailing label cell ("Minneapolis, Minnesota   (Zip Code)")."""
    m = _LABEL_CELL.search(text[s:e])
    return s + m.start() if m else e


def _previous_address(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The address above its label: one line, or street and city lines, with a ZIP-only line
    (cells one per line) included; stops at another label. Of two addresses stacked above one
    label, the first is the principal one (IFF 2025: New York above Wilmington, as its dei says)."""
    start, _ = _line_bounds(text, pos)
    s, e = _clean_span(text, start, pos)
    lines: list[tuple[int, int]] = [(s, e)] if s < e else []
    zip_seen = bool(lines) and _ZIP_LINE.fullmatch(text, s, e) is not None
    earlier: list[tuple[int, int]] | None = None
    while start > floor and len(lines) < ADDRESS_MAX_LINES + zip_seen:
        start, stop = _line_bounds(text, start - 1)
        s, e = _clean_span(text, start, stop)
        if s >= e:
            if lines and not zip_seen:
                break
            continue
        e = _without_label_cell(text, s, e)
        segment = text[s:e]
        if s >= e or segment.endswith(")") or _IRS.search(segment) or _FILE_NUMBER.search(segment) or _NAME_LABEL.search(segment):
            break
        is_zip = _ZIP_LINE.fullmatch(segment) is not None
        if is_zip and len(lines) > zip_seen:
            if earlier is not None:
                break
            earlier, lines = lines, []  # the ZIP of another address above this one
        zip_seen = zip_seen or is_zip
        lines.append((s, e))
        if "," in segment and len(lines) == 1 + zip_seen and re.search(r"\d", segment[:12]):
            break  # "128 Sidney Street, Cambridge, MA": the whole address on one line
    if earlier is not None and len(lines) < 2:
        lines = earlier  # no street above that ZIP: it was no second address
    if not lines:
        return None
    return lines[-1][0], lines[0][1]


PLAIN_STATE_WORD = r"(?P<state>" + "|".join(sorted((re.escape(n) for n in STATES), key=len, reverse=True)) + r"|[A-Z]{2}|[A-Z][a-z]{1,3}\.)\s*$"
#: The same as a prefix tree in any case (one space between words, as ``re.escape`` gave).
_STATE_WORD = re.compile(rf"(?P<state>{trie(list(STATES), space=' ')}|{ANY_LETTER}{{2}}|{ANY_LETTER}{ANY_LETTER}{{1,3}}\.)\s*$")


_SUITE_THEN_CITY = re.compile(r"((?:Suite|Ste\.?|Floor|Room|Unit|#)\s*[\w-]+)\s+([A-Z][A-Za-z .'-]+)$")


def _split_address(raw: str, zip_m: re.Match[str] | None) -> dict[str, str]:
    body = raw[: zip_m.start()] + raw[zip_m.end() :] if zip_m else raw
    body = _SPACES.sub(" ", _MARKUP.sub("", re.sub(r"\s*\n\s*", ", ", body.strip()))).strip(_TRIM + " -")
    parts = {"zip": zip_m.group(1) if zip_m else ""}
    state = _STATE_WORD.search(body)
    if state and (state.start() == 0 or body[state.start() - 1] in ", "):
        parts["state"] = state.group("state").strip()
        body = body[: state.start()].strip(_TRIM + " ")
    chunks = [c.strip() for c in re.split(r",|\n", body) if c.strip()]
    if len(chunks) >= 2:
        suite = _SUITE_THEN_CITY.match(chunks[-1])
        if suite:  # "24843 Del Prado, Suite 326 Dana Point, California" (doc1.txt, 2002)
            chunks[-1:] = [suite.group(1), suite.group(2)]
        parts["city"] = chunks[-1]
        parts["street"] = ", ".join(chunks[:-1])
    elif chunks:
        parts["street"] = chunks[0]
    return parts


def box_labels(text: str, hi: int) -> dict[str, re.Match[str]]:
    """The first match of each checkbox label in ``text[:hi]`` (as a search per label gives)."""
    found: dict[str, re.Match[str]] = {}
    for m in _ANY_BOX_LABEL.finditer(text, 0, hi):
        found.setdefault(m.lastgroup.rpartition("_")[0], m)
        if len(found) == len(_BOX_LABELS):
            break
    return found


def _box(text: str, label: re.Match[str] | None, after: bool = False) -> bool | None:
    if not label:
        return None
    window = text[max(0, label.start() - GLYPH_GAP) : label.start()]
    glyphs = list(_GLYPH.finditer(window))
    if glyphs and not window[glyphs[-1].end() :].strip(" \t\n\u00a0|"):
        return _checked(glyphs[-1].group(1))
    if after:
        window = text[label.end() : label.end() + GLYPH_GAP + 4]
        glyph = _GLYPH.search(" " + window.lstrip(" \t\u00a0|:"))
        if glyph and glyph.start() <= 1:
            return _checked(glyph.group(1))
    return None


def _checked(glyph: str) -> bool:
    return glyph[0] in _CHECKED or (glyph.startswith("[") and glyph.strip("[] ") != "")


PLAIN_SECURITIES_HEADER = r"Name\s+of\s+each\s+exchange\s+on\s+which\s+registered"
_SECURITIES_HEADER = compile_fast(PLAIN_SECURITIES_HEADER)
_SECURITIES_END = re.compile(r"Indicate\s+by\s+check\s+mark|emerging\s+growth|Section\s+12\(g\)|\bItem\s*\d", re.I)
_EXCHANGE = re.compile(r"(?:The\s+)?(?:Nasdaq|New\s+York\s+Stock\s+Exchange|NYSE|Cboe|BATS|Chicago|Boston|Philadelphia|Pacific|American\s+Stock)[\w ,.&-]*", re.I)


def parse_securities(text: str, end: int, doc: int) -> tuple[Security, ...]:
    """Rows of the Section 12(b) table (2019+ covers), cells split by separators or lines."""
    header = _SECURITIES_HEADER.search(text, 0, min(len(text), end + 2000))
    if not header:
        return ()
    stop = _SECURITIES_END.search(text, header.end(), min(len(text), header.end() + 3000))
    region_end = stop.start() if stop else min(len(text), header.end() + 1500)
    cells = []
    for m in re.finditer(r"[^\n\t|]+", text[header.end() : region_end]):
        value = m.group().strip(_TRIM)
        if value and not re.fullmatch(r"\(?[a-z .']+\)?", value) and "N/A" != value.upper():
            cells.append((value, header.end() + m.start(), header.end() + m.end()))
    rows = []
    i = 0
    while i + 2 < len(cells):
        title, symbol, exchange = cells[i], cells[i + 1], cells[i + 2]
        if not _EXCHANGE.match(exchange[0]):
            i += 1
            continue
        rows.append(Security(title[0], symbol[0], exchange[0], Span(doc, title[1], exchange[2])))
        i += 3
    return tuple(rows)
