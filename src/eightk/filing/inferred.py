"""Items inferred from the body when the main document has lost its item headings.

Text extracted from HTML sometimes drops the headings with the tables or bold runs that held them
(151 of the 357 Lee-corpus files have none). Their body still names what it reports: "furnished
under Item 12", "incorporated by reference into this Item 2.03", "(d) Exhibits", "announcing its
financial results". Such items are marked ``sources=("inferred",)``, their span is the cue.
"""

from __future__ import annotations

import re

from ..records import Item, Span
from .anycase import finditer_at_keys, trie
from .catalog import LEGACY, MODERN_REGIME_START, modern_number, title_for

#: Item 12 (results of operations) existed from this date (SEC Release 33-8216) until 2004-08-23.
ITEM_12_START = "2003-03-28"

_NUM = r"(?P<number>\d{1,2}(?:\.\d{2})?)\b"
#: "furnished under Item 12", "into this Item 2.03", "in Item 2.02 of this Current Report",
#: "described in Item 1.01 above": a body names its own items even when their headings are lost.
_SELF_REFERENCE = re.compile(
    r"\b(?:this|under|pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|for\s+purposes\s+of)\s+"
    rf"Item\s*{_NUM}(?!\s*(?:of|\()\s*(?:Regulation|Form\s+10|Part))"
    rf"|\bItem\s*{_NUM.replace('number', 'number2')}\s+(?:of\s+this\s+(?:Current\s+)?Report|above|below|hereof|herein)",
    re.I,
)
#: "included in Items 2.05, 2.06, and 8.01 above" (AA-8K-20090107171617): a list of the
#: filing's own items whose headings were lost.
_ITEM_LIST_REFERENCE = re.compile(
    r"\bItems\s+(\d{1,2}\.\d{2}(?:\s*,\s*(?:and\s+)?\d{1,2}\.\d{2}|\s+and\s+\d{1,2}\.\d{2})+)\s*,?\s+"
    r"(?:of\s+this\s+(?:Current\s+)?Report|above|below|hereof|herein)",
    re.I,
)
_LISTED_NUMBER = re.compile(r"\d{1,2}\.\d{2}")
#: Cue -> modern item. Each was read off headingless Lee-corpus filings (A-8K-2003..., AA-8K-2007...).
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("9.01", re.compile(
        r"\([a-d]\)\s*Exhibits|\b(?:is|are)\s+(?:being\s+)?(?:furnished|filed)\s+(?:herewith\s+)?as\s+(?:an\s+)?exhibits?\b"
        r"|\bfollowing\s+exhibits?\b|\battached\s+(?:hereto\s+|herewith\s+)?as\s+Exhibits?\s+\d", re.I)),
    ("2.02", re.compile(
        r"\b(?:announc|report|releas)\w*\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:financial\s+results|earnings|results\s+for)"
        r"|\bearnings\s+(?:conference\s+call|release)|\bresults\s+of\s+operations\s+and\s+financial\s+condition", re.I)),
    ("7.01", re.compile(r"\bRegulation\s+FD\b|\bpresentation\b", re.I)),
    ("5.07", re.compile(
        r"\bbroker\s+non-votes\b|\bfollowing\s+votes\b|\bvotes\s+cast\b|\b(?:annual|special)\s+meeting\s+of\s+(?:share|stock)holders\b[^.]{0,200}?\b(?:vot\w+|elected|approved)\b", re.I)),
    ("5.02", re.compile(
        r"\b(?:elected|appointed|named|resign\w*|retire\w*|step\s+down|died)\b[^.]{0,120}\b(?:director|chief|president|officer|board|chairman)\b"
        # The head of a business unit is no officer of the registrant (AA-8K-20110518162743:
        # "named President of Alcoa's Global Primary Products (GPP) business" is Other Events).
        r"(?!s?\s+of\s+(?:[\w'&()-]+\s+){0,6}?(?:business|group|division|segment|unit)\b)"
        r"|\b(?:director|officer|board)\b[^.]{0,120}\b(?:elected|appointed|resign\w*|retire\w*|died)\b"
        # Paragraphs lettered as in Item 5.02 (b)-(f) about officers (AA-8K-20080128171714).
        r"|^[ \t]*\([b-f]\)[ \t]+(?!Exhibits)[^\n]{0,400}?\b(?:Directors?|Officers?|President|Chief|Chairman|Compensation|Incentive\s+Plan)\b", re.I | re.M)),
    ("5.03", re.compile(r"\bamend\w*\s+(?:[\w'-]+\s+){0,5}(?:By-?Laws|Articles\s+of\s+Incorporation)", re.I)),
    # Not an underwriting agreement: a shelf takedown is reported as Other Events (AA-8K-20080715100131).
    # Up to eight words of name: "approved an Amended and Restated Change of Control Severance
    # Agreement" (A-8K-20050321171033).
    ("1.01", re.compile(
        r"\b(?:entered\s+into|approved|executed)\s+(?:an?\s+|the\s+)?(?!Underwriting\b)(?:(?!Underwriting\b)[\w-]+\s+){0,8}?(?:agreement|amendment)s?\b"
        # Amendments to the by-laws or charter are Item 5.03 (AA-8K-20121003130127).
        r"(?!\s+to\s+(?:[\w'-]+\s+){0,3}(?:By-?Laws|Articles|Certificate|Charter))", re.I)),
    ("2.05", re.compile(r"\brestructuring(?:-related)?\s+(?:program|plan|charges?|actions?)\b|\bexit\s+or\s+disposal", re.I)),
    ("2.06", re.compile(r"\bimpairment\s+charges?\b|\basset\s+impairments?\b|\bimpairment\s+of\s+(?:goodwill|[\w-]+\s+assets)"
        # A write-down told without the word (AA-8K-20050105105019: "reduction in estimated fair values").
        r"|\breduction\s+in\s+(?:the\s+)?(?:estimated\s+)?fair\s+values?\b", re.I)),
    ("2.03", re.compile(r"\bdirect\s+financial\s+obligation|\bissued?\s+(?:[\w$.,%-]+\s+){0,8}?(?:notes|debentures)\b", re.I)),
    ("8.01", re.compile(r"\bdeclared\s+(?:a\s+)?(?:[\w-]+\s+){0,3}dividends?\b|\bpress\s+release\b", re.I)),
)
#: Other Events (8.01) cues that stand beside other items: XBRL financial data furnished as
#: Exhibit 100 (AA-8K-20080508170706), exhibits filed to be incorporated into a shelf
#: registration statement (AA-8K-20110124212151).
_SPECIFIC_OTHER_EVENTS = re.compile(
    r"\bExhibit\s+100\b|\bformatted\s+in\s+XBRL\b|\bregistration\s+statements?\s+on\s+Form\s+S-3",
    re.I,
)
#: Information "furnished" rather than filed is Item 2.02 or 7.01 (General Instruction B.2).
_FURNISHED = re.compile(r"\bGeneral\s+Instruction\s+B\.2\b|\bis\s+being\s+furnished\b|\bshall\s+not\s+be\s+deemed\s+(?:to\s+be\s+)?\W?filed", re.I)
#: In a document with headings, only these name an item of the filing itself.
_THIS_ITEM = re.compile(
    rf"\bthis\s+Item\s*{_NUM}|\b(?:above|below)\s+(?:in|under)\s+Item\s*{_NUM.replace('number', 'number3')}|\bItem\s*{_NUM.replace('number', 'number2')}\s+(?:of\s+this\s+(?:Current\s+)?Report|above|below)",
    re.I,
)
_THIS_ITEM_KEY = re.compile(trie(["this", "above", "below", "item"]))
_FIRST_SENTENCE = re.compile(r"[A-Z][^.\n]{20,}?\.")


def self_referenced(text: str, doc: int, end: int, known: set[str], legacy: bool = False, date: str | None = None) -> tuple[Item, ...]:
    """Items a document with headings names as "this Item 2.03" without a heading of its own
    (A-8K-20100719170355: its 2.03 heading was lost, "...into this Item 2.03" remains)."""
    found: dict[str, Span] = {}
    last = None
    for m in finditer_at_keys(_THIS_ITEM, _THIS_ITEM_KEY, text, 0, end):
        number = modern_number(m.group("number") or m.group("number2") or m.group("number3"))
        if number and number not in known and number not in found:
            found[number] = Span(doc, m.start(), m.end())
            last = m
    if last is not None and "8.01" not in known | found.keys():
        _after_incorporation(text, doc, last, end, found)
    return tuple(_item(n, _paragraph(text, span), legacy, date) for n, span in found.items())


#: "...is hereby incorporated by reference into this Item 2.03." as a whole section.
_INCORPORATED_INTO = re.compile(r"\bincorporated\s+(?:herein\s+)?by\s+reference\s+(?:in|into)\s*$", re.I)


def _after_incorporation(text: str, doc: int, ref: re.Match[str], end: int, found: dict[str, Span]) -> None:
    """A section that only incorporates another ("...into this Item 2.03.") ends where the next
    dated paragraph begins; with no specific cue that paragraph is Other Events, whose heading
    was lost (A-8K-20100719170355: "On July 13, 2010, the Company entered into interest rate swaps")."""
    if not _INCORPORATED_INTO.search(text, max(0, ref.start() - 80), ref.start()):
        return
    line_end = text.find("\n", ref.end())
    if line_end < 0:
        return
    opening = _DATED_OPENING.search(text, line_end, end)
    if opening is None or opening.group("letter"):
        return
    stop = _EXHIBIT_LIST_LINE.search(text, opening.end(), end)
    stop_at = stop.start() if stop else end
    if not any(cue.search(text, opening.start(), stop_at) for cue in _SPECIFIC_CUES):
        found["8.01"] = Span(doc, opening.start(), opening.end())


#: Cues still read when the body names its own items ("this Item 2.02"): those that rarely fire
#: by accident (AA-8K-20121010170205: "this Item 2.02" and "entered into a settlement agreement").
_WITH_SELF_REFERENCES = ("9.01", "1.01", "2.05", "2.06", "5.03")


def infer_items(text: str, doc: int, end: int, date: str | None, start: int = 0) -> tuple[Item, ...]:
    """Items whose cues occur in ``text[start:end]`` (the 8-K body after its cover page, before
    its signature)."""
    legacy_era = bool(date) and date < MODERN_REGIME_START
    found: dict[str, Span] = {}
    for m in _SELF_REFERENCE.finditer(text, start, end):
        number = modern_number(m.group("number") or m.group("number2"))
        if number and number not in found:
            found[number] = Span(doc, m.start(), m.end())
    for m in _ITEM_LIST_REFERENCE.finditer(text, start, end):
        for listed in _LISTED_NUMBER.findall(m.group(1)):
            number = modern_number(listed)
            if number and number not in found:
                found[number] = Span(doc, m.start(), m.end())
    other = _SPECIFIC_OTHER_EVENTS.search(text, start, end)
    if other and "8.01" not in found:
        found["8.01"] = Span(doc, other.start(), other.end())
    if found.keys() - {"9.01", "8.01"}:
        _add_cues(text, doc, start, end, found, only=_WITH_SELF_REFERENCES)
    else:
        _add_cues(text, doc, start, end, found, only=None)
        _drop_generic(text, found)
        _furnished_or_other(text, doc, start, end, found)
    if found.keys() - {"9.01", "8.01"} and "8.01" not in found:
        _uncued_event(text, doc, start, end, found)
    if legacy_era and found.keys() - {"9.01"} <= {"2.02", "7.01"}:
        # Items 9 and 12 furnished their exhibits without an Item 7 (A-8K-20031117161530).
        found.pop("9.01", None)
    ordered = sorted(found.items(), key=lambda kv: _key(kv[0]))
    return tuple(_item(n, _paragraph(text, span), legacy_era, date) for n, span in ordered)


def _add_cues(text: str, doc: int, start: int, end: int, found: dict[str, Span], only: tuple[str, ...] | None) -> None:
    for number, cue in _CUES:
        if (only is None or number in only) and number not in found:
            m = next((m for m in cue.finditer(text, start, end) if not _told_before(text, m.start(), m.end())), None)
            if m:
                found[number] = Span(doc, m.start(), m.end())


#: Longest look-back, in characters, for the start of a cue's sentence (A-8K-20051102062316:
#: "As previously disclosed in its Current Report on Form 8-K filed on August 15, 2005, on
#: August 14, 2005, Agilent Technologies, Inc. ("Agilent") entered into an Asset Purchase...").
#: AA-8K-20050408145335: "(2) ... savings from the restructuring plan" ends a 420-character
#: sentence that began "...previously announced restructuring plan".
SENTENCE_LOOKBACK_CHARS = 600
#: A sentence end: a full stop before a capital, unless the stop ends a company abbreviation.
_SENTENCE_END = re.compile(r"(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bNo)(?<!\bMr)(?<!\bMs)\.\s+(?=[A-Z(])|\n")
#: An event reported before, only recalled here (AA-8K-20050408145335: "the company's
#: previously announced restructuring plan" in an earnings call 8-K).
_TOLD_BEFORE = re.compile(r"\bpreviously\s+(?:announced|disclosed|reported|filed)\b", re.I)


def _told_before(text: str, start: int, end: int) -> bool:
    """Whether the sentence that holds ``text[start:end]`` recalls an earlier report."""
    window = max(0, start - SENTENCE_LOOKBACK_CHARS)
    sentence = window
    for m in _SENTENCE_END.finditer(text, window, start):
        sentence = m.end()
    return _TOLD_BEFORE.search(text, sentence, end) is not None


#: Prose between the cover page and the first surviving heading long enough to be an item
#: section whose heading was lost (AA-8K-20070112171602: 2.02 text, then "Item 9.01.").
LOST_SECTION_MIN_CHARS = 150
_PROSE = re.compile(r"[A-Za-z][^\n]{40,}")


#: The exhibit list of an Item 9.01 whose heading was lost (AA-8K-20070507094722).
_EXHIBIT_LIST_LINE = re.compile(
    r"^[ \t]*(?:\([a-d]\)[ \t]*Exhibits\b|The\s+following\s+(?:is|are)\s+(?:being\s+)?(?:filed|furnished)\s+(?:herewith\s+)?as\s+(?:an\s+)?exhibits?\b)",
    re.I | re.M,
)


def lost_exhibit_item(text: str, doc: int, last_heading: int, end: int, legacy: bool = False) -> tuple[Item, ...]:
    """Item 9.01 when its exhibit list follows the last surviving heading without its own."""
    m = _EXHIBIT_LIST_LINE.search(text, last_heading, end)
    return (_item("9.01", _paragraph(text, Span(doc, m.start(), m.end())), legacy, None),) if m else ()


def lost_heading_items(
    text: str, doc: int, start: int, first_heading: int, known: set[str], legacy: bool = False, date: str | None = None
) -> tuple[Item, ...]:
    """Items cued in the prose before the first heading of a document that has headings."""
    prose = sum(len(m.group()) for m in _PROSE.finditer(text, start, first_heading))
    if prose < LOST_SECTION_MIN_CHARS:
        return ()
    found: dict[str, Span] = {}
    _add_cues(text, doc, start, first_heading, found, only=None)
    _drop_generic(text, found)
    found.pop("9.01", None)  # exhibits are listed after the items, never before the first
    return tuple(_item(n, _paragraph(text, span), legacy, date) for n, span in found.items() if n not in known)


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: A paragraph that opens a new event: "On October 1, 2012, Alcoa issued...". Lettered
#: paragraphs ("(e) On January 25, 2008, ...") are parts of one item (AA-8K-20080128171714).
#: "In addition to the organization changes described under Item 5.02, on November 14, 2005,"
#: opens a section of another item (AA-8K-20051116154353).
_DATED_OPENING = re.compile(rf"^[ \t]*(?:(?P<letter>\([a-z]\))[ \t]|(?:In\s+addition\s+to\s+[^,\n]{{0,120}},\s+)?[Oo]n\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}},)", re.M)
#: An officer's pay is Item 5.02(e) even where no appointment cue names it
#: (AA-8K-20070815145418: "approved the terms of his compensation for his position as President").
_OFFICER_PAY = re.compile(r"\bcompensation\b[^.]{0,120}\b(?:President|Chief|Officer|Chairman)\b", re.I)
#: Cues that make a dated section some specific item rather than Other Events.
_SPECIFIC_CUES = tuple(cue for number, cue in _CUES if number not in {"8.01", "9.01"}) + (_OFFICER_PAY,)


def _uncued_event(text: str, doc: int, start: int, end: int, found: dict[str, Span]) -> None:
    """A later section that opens with its own date and names no specific item is Other Events,
    the catch-all, beside the specific items of the same body (AA-8K-20121003130127: by-law
    amendments, then "On October 1, 2012, Alcoa issued a press release confirming that the
    EPA..."). A section runs to the next dated opening; the first is the body's lead event."""
    openings = list(_DATED_OPENING.finditer(text, start, end))
    for i, opening in enumerate(openings[1:], 1):
        at = opening.start()
        stop = openings[i + 1].start() if i + 1 < len(openings) else end
        if opening.group("letter"):
            continue
        if not any(cue.search(text, at, stop) for cue in _SPECIFIC_CUES) and not _FURNISHED.search(text, at, stop):
            found["8.01"] = _paragraph(text, Span(doc, at, at + 1))
            return


def _drop_generic(text: str, found: dict[str, Span]) -> None:
    """"Press release" is evidence of Other Events only when nothing more specific was found;
    directors "elected" at a shareholder meeting are its vote (5.07), not an appointment (5.02)."""
    if "5.07" in found and "5.02" in found and re.search(r"elect", text[found["5.02"].start : found["5.02"].end], re.I):
        del found["5.02"]
    if "8.01" in found and found.keys() - {"8.01", "9.01"} and _GENERIC_OTHER_EVENTS.match(text, found["8.01"].start):
        del found["8.01"]


_GENERIC_OTHER_EVENTS = _CUES[-1][1]


def _furnished_or_other(text: str, doc: int, start: int, end: int, found: dict[str, Span]) -> None:
    """Furnished information with no earnings cue is Regulation FD (7.01); a body with no
    specific cue at all reports Other Events (8.01), the catch-all item."""
    furnished = _FURNISHED.search(text, start, end)
    if furnished and not found.keys() & {"2.02", "7.01", "8.01"}:
        found["7.01"] = Span(doc, furnished.start(), furnished.end())
    if not found.keys() - {"9.01"}:
        sentence = _FIRST_SENTENCE.search(text, start, end)
        if sentence:
            found["8.01"] = Span(doc, sentence.start(), sentence.end())


def _paragraph(text: str, span: Span) -> Span:
    """The paragraph (line) that holds a cue: what an extractor reading the item should see."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1] in " \t\u00a0":
        end -= 1
    while start < end and text[start] in " \t\u00a0":
        start += 1
    return Span(span.doc, start, end)


def _item(number: str, span: Span, legacy_era: bool, date: str | None) -> Item:
    if legacy_era:
        legacy = _legacy_for(number, date)
        if legacy is not None:
            return Item(number, LEGACY[legacy][0], "legacy", legacy, span, ("inferred",))
    return Item(number, title_for(number), "2004", None, span, ("inferred",))


def _legacy_for(number: str, date: str | None) -> str | None:
    if number == "2.02" and (date or "") < ITEM_12_START:
        return None
    return next((k for k, (_, modern) in LEGACY.items() if modern == number), None)


def _key(number: str) -> tuple[int, int]:
    major, _, minor = number.partition(".")
    return int(major), int(minor or 0)
