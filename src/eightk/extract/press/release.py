"""Find press releases in a filing's documents and read their anatomy.

A document holds a press release when it has a dateline, or, without one, at least two of the
other marks of a release ("today announced", an "About X" heading, a safe-harbor paragraph, a
contacts block). The release starts after the exhibit index when it is pasted into the 8-K body
(the seed filing), else at the top of its document.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from ...records import Dateline, Document, Filing, PressRelease, Span
from .dateline import find_dateline
from .people import EMAIL, PHONE, find_contacts, find_quotes
from .sections import find_about, find_forward_looking, find_tickers, find_trademarks
from .text import Line, clean, lines, strip_edges

_SIGNALS = (
    re.compile(r"\btoday\s+announced\b|\bannounced\s+today\b|\btoday\s+reported\b", re.IGNORECASE),
    re.compile(r"^[ \t#*]*About[ \t\xa0]+[A-Z]|\*\*\*?[ \t\xa0]*About[ \t\xa0]+[A-Z]", re.MULTILINE),
    re.compile(r"forward[- ]looking\s+statements", re.IGNORECASE),
    re.compile(r"\b(?:Media|Investors?)(?:\s+Contacts?)?\s*:|\bContacts?\s*:", re.IGNORECASE),
    re.compile(r"[”\"],?[ \t\xa0]+(?:said|added|commented|stated)[ \t\xa0]+(?:Dr\.[ \t\xa0]+)?[A-Z][a-z]+[ \t\xa0]+[A-Z]"),
)
#: Marks of a release needed when a document has no dateline.
MIN_SIGNALS_WITHOUT_DATELINE = 2
#: Signals are looked for in the first part of a document only: a 3 MB financial supplement
#: (IMTorgOpenDataTools ... supplement.htm) must not be scanned end to end for each.
SIGNAL_WINDOW = 200_000
#: A dateline this close to the top of its document marks a release by itself (a wire article
#: with no "today announced", About or safe harbor: the Soligenix HyBryte article).
DATELINE_ALONE_WITHIN = 3000
#: Lines read back from the dateline looking for the headline (the seed has 9 header lines).
MAX_HEADER_LINES = 25

# Where a release pasted into an 8-K body begins: just after the exhibit index.
_RELEASE_FLOOR = re.compile(
    r"[ \t*]*(?:EXHIBIT[ \t\xa0]+INDEX|Exhibit[ \t\xa0]+(?:No\.?|Number|Index)|Press[ \t\xa0]+Release[ \t\xa0]+(?:of|dated)|"
    r"EX-99|Exhibit[ \t\xa0]+99(?:\.\d+)?[ \t\xa0]*$|SIGNATURES?[ \t\xa0]*$|/s/)",
    re.IGNORECASE | re.MULTILINE,
)
_META = re.compile(r"^(?P<key>[A-Z][A-Z_]{1,20}(?:\([^)\n]{0,30}\))?):[ \t\xa0]*(?P<value>[^\n]*)$", re.MULTILINE)
_MD_HEADING = re.compile(r"^[ \t\xa0]*#{1,3}[ \t\xa0]+(?P<h>[^\n]+?)[ \t\xa0]*$", re.MULTILINE)
_JUNK_LINE = re.compile(
    r"^(?:for[ \t\xa0]+immediate[ \t\xa0]+release|news[ \t\xa0]+release|press[ \t\xa0]+release|news|contacts?|"
    r"(?:media|investors?|investor[ \t\xa0]+relations)(?:[ \t\xa0]+contacts?)?|ex-99|exhibit)\b|"
    r"^(?:TEL|FAX|Phone)\b|\b\d{5}(?:-\d{4})?$|^\d+[ \t\xa0]+\w+[ \t\xa0]+(?:Street|Avenue|Road|Drive|Boulevard|Way|Park)\b",
    re.IGNORECASE,
)
_COMPANY_LINE = re.compile(
    r"^[A-Za-z][\w&.,'’ \-]{0,50}(?:Inc|INC|Corp|CORP|Corporation|LLC|Ltd|plc|Company|COMPANY)\.?$"
)
_HANGING = re.compile(r"(?:\b(?:with|and|of|to|for|in|the|a|an|on|by|from|at|as|its|their)|,)$", re.IGNORECASE)
# A lead sentence, not a headline: "Alcoa announced today that its income ..." (2004).
_LEAD_SENTENCE = re.compile(r"\b(?:today|announced|reported)\b.{0,40}\b(?:announced|reported|today)\b", re.IGNORECASE)
_SENTENCE_WORD_END = re.compile(r"\b[a-z]{2,}[.!]$")
#: Most words in a headline line; longer lines are body text.
MAX_HEADLINE_WORDS = 45
_CONTACT_NEXT = re.compile(r"\s*(?:\+\s?\d|\(\d{3}\)|\d{3}[ .\-]\d{3}|[\w.+\-]+@)")
#: Lines read for a headline at the top of a release without a dateline.
NO_DATELINE_HEADER_LINES = 3
#: Fewest words in a headline; shorter lines before a dateline are names and labels.
MIN_HEADLINE_WORDS = 4


#: Exhibits that are never a press release (Regulation S-K Item 601 numbers: underwriting and
#: merger agreements, charters and by-laws, instruments, legal and tax opinions, material
#: contracts, codes of ethics, auditor letters, consents, powers of attorney, XBRL) are not read
#: for one: the 3 MB EX-1 underwriting agreements in ../shared/corpus/filings cost more than
#: every release of their filings. Releases come as the 8-K body, EX-99 or, in old filings, EX-20.
NOT_RELEASE_EXHIBITS = frozenset({1, 2, 3, 4, 5, 8, 10, 14, 16, 23, 24, 101, 104})
_EXHIBIT_NUMBER = re.compile(r"EX-(\d+)", re.IGNORECASE)


def find_press_releases(filing: Filing) -> tuple[PressRelease, ...]:
    """One :class:`PressRelease` for each document of ``filing`` that holds one."""
    out = []
    for doc in filing.documents:
        if doc.kind != "binary" and doc.text and not _never_a_release(doc.type):
            release = read_release(doc)
            if release is not None:
                out.append(release)
    return tuple(out)


def _never_a_release(doc_type: str | None) -> bool:
    m = _EXHIBIT_NUMBER.match(doc_type or "")
    return m is not None and int(m.group(1)) in NOT_RELEASE_EXHIBITS


def read_release(doc: Document) -> PressRelease | None:
    """The press release in ``doc``, or None when the document holds none."""
    text, seq = doc.text, doc.sequence
    located = _locate(text, seq)
    if located is None:
        return None
    dateline, start, anchor, meta = located
    end = len(text)
    headline, subheadline = _headlines(text, seq, start, anchor, meta)
    forward = find_forward_looking(text, seq, start, end)
    named = {"headline": headline and headline[1], "subheadline": subheadline and subheadline[1],
             "dateline": dateline and dateline.span, "forward_looking": forward}  # fmt: skip
    s, e = strip_edges(text, start, end, " \t\n")
    return PressRelease(
        document=seq,
        span=Span(seq, s, e),
        headline=headline[0] if headline else None,
        subheadline=subheadline[0] if subheadline else None,
        dateline=dateline,
        tickers=find_tickers(text, seq, start, end),
        contacts=find_contacts(text, seq, start, end),
        quotes=find_quotes(text, seq, start, end),
        about=find_about(text, seq, start, end),
        forward_looking=forward,
        trademarks=find_trademarks(text, seq, start, end),
        evidence={name: span for name, span in named.items() if span},
    )


def _locate(text: str, seq: int) -> tuple[Dateline | None, int, int, dict] | None:
    """Is there a release, and where: (dateline, start, anchor for the headline, metadata)."""
    window = min(len(text), SIGNAL_WINDOW)
    dateline = find_dateline(text, seq, 0, window)
    signals = _Signals(text, window)
    if dateline is None and not signals.at_least(MIN_SIGNALS_WITHOUT_DATELINE):
        return None
    if dateline is not None and dateline.span is not None:
        if dateline.span.start > DATELINE_ALONE_WITHIN and not signals.at_least(1):
            return None
        anchor = dateline.span.start
    else:
        anchor = _first_announcement(text, signals)
    meta = _metadata(text)
    start, marked = _release_start(text, anchor, meta)
    if dateline is None and not marked:  # no exhibit marker just above the announcement
        anchor = start = _exhibit_start(text, signals) or (meta["_end"][0] if meta else 0)
    return dateline, start, anchor, meta


#: Per signal of ``_SIGNALS``, the words that every match of it holds, so that the regex is
#: tried only where one occurs: most agreements, financial supplements and legal exhibits hold
#: few or none of them. How each is used (``_SIGNAL_MODES``): "start", a match starts at the
#: word (looked for in lower-cased text, the regex being IGNORECASE); "line", matches never cross
#: a line, so the lines holding the word are searched; "quote", the word is the verb of a
#: quotation's attribution and the match starts at the quotation mark just before it.
_SIGNAL_WORDS: tuple[tuple[str, ...], ...] = (
    ("today", "announced"), ("About",), ("forward",), ("media", "investor", "contact"),
    ("said", "added", "commented", "stated"),
)
_SIGNAL_MODES = ("start", "line", "start", "start", "quote")
#: Characters that an IGNORECASE "i" or "s" matches but ``str.lower`` does not produce from
#: them; a window holding one is searched the slow way.
_CASE_FOLD_ODD = ("\u0131", "\u017f")


class _Signals:
    """The marks of a release in the first ``window`` characters of a text, each looked for
    only when a question needs it, and only where one of its key words occurs."""

    __slots__ = ("_text", "_window", "_lowered", "_first")

    def __init__(self, text: str, window: int) -> None:
        self._text, self._window = text, window
        lowered = text[:window].lower()
        exact = len(lowered) == window and not any(c in lowered for c in _CASE_FOLD_ODD)
        self._lowered = lowered if exact else None
        self._first: dict[int, int | None] = {}

    def at_least(self, n: int) -> bool:
        seen = 0
        for i in range(len(_SIGNALS)):
            if self.first(i) is not None:
                seen += 1
                if seen >= n:
                    return True
        return False

    def first(self, i: int) -> int | None:
        """Where signal ``i`` first matches (as ``_SIGNALS[i].search(text, 0, window)``)."""
        if i not in self._first:
            self._first[i] = self._search(i)
        return self._first[i]

    def _search(self, i: int) -> int | None:
        pattern, words, mode = _SIGNALS[i], _SIGNAL_WORDS[i], _SIGNAL_MODES[i]
        text, window = self._text, self._window
        if mode == "start" and self._lowered is None:
            m = pattern.search(text, 0, window)
            return m.start() if m else None
        done = -1  # "line": the end of the last line searched
        for pos in _occurrences(self._lowered if mode == "start" else text, words, window):
            if mode == "start":
                if pattern.match(text, pos, window):
                    return pos
            elif mode == "quote":
                quote = _quote_before(text, pos)
                if quote >= 0 and pattern.match(text, quote, window):
                    return quote
            elif pos >= done:
                line = text.rfind("\n", 0, pos) + 1
                done = text.find("\n", pos, window)
                done = window if done < 0 else done
                if m := pattern.search(text, line, done):
                    return m.start()
        return None


def _quote_before(text: str, verb: int) -> int:
    """The closing quotation mark before ``verb`` across ``[ \t\xa0]+`` and an optional comma
    (``",  said``), or -1."""
    pos = verb
    while pos > 0 and text[pos - 1] in " \t\xa0":
        pos -= 1
    if pos == verb:
        return -1
    if pos > 0 and text[pos - 1] == ",":
        pos -= 1
    return pos - 1 if pos > 0 and text[pos - 1] in "”\"" else -1


def _occurrences(text: str, words: tuple[str, ...], window: int) -> Iterator[int]:
    """Every position in ``text[:window]`` where one of ``words`` starts, in order, found
    lazily (a signal usually matches at its first word)."""
    return heapq.merge(*(_find_all(text, word, window) for word in words))


def _find_all(text: str, word: str, window: int) -> Iterator[int]:
    i = text.find(word, 0, window)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, window)


def _first_announcement(text: str, signals: _Signals) -> int:
    """Without a dateline, the release is read back from its first "today announced" line."""
    pos = signals.first(0)
    if pos is None:
        return 0
    line_start = text.rfind("\n", 0, pos) + 1
    return line_start if line_start > 0 else 0


_EXHIBIT_LINE = re.compile(r"^[ \t\xa0*]*(?:Exhibit|EXHIBIT)[ \t\xa0]+99(?:\.\d+)?[ \t\xa0]*$|^[ \t\xa0]*EX-99", re.MULTILINE)


def _exhibit_start(text: str, signals: _Signals) -> int:
    """The end of the last "Exhibit 99" line before the release's first mark (an 8-K body
    followed by its exhibit, with no dateline: Alcoa's 2013 ratings release)."""
    found = [pos for i in range(len(_SIGNALS)) if (pos := signals.first(i)) is not None]
    first = min(found, default=0)
    last = 0
    for m in _EXHIBIT_LINE.finditer(text, 0, first):
        last = m.end()
    return last


def _metadata(text: str) -> dict[str, tuple[int, int]]:
    """``KEY: value`` lines heading a text rendering (TITLE:, COMPANY:, DATE:, SOURCE:)."""
    meta: dict[str, tuple[int, int]] = {}
    pos = 0
    for m in _META.finditer(text, 0, min(len(text), 4000)):
        if text[pos : m.start()].strip():
            break
        meta[m.group("key").split("(")[0]] = (m.start("value"), m.end("value"))
        pos = m.end()
    if meta:
        meta["_end"] = (pos, pos)
    return meta


def _release_start(text: str, anchor: int, meta: dict[str, tuple[int, int]]) -> tuple[int, bool]:
    """Where the release begins, and whether an exhibit marker (the exhibit index, "Exhibit
    99.1", a signature) says so; else a bounded number of lines above the anchor."""
    floor = meta["_end"][0] if meta else 0
    line_start = text.rfind("\n", floor, anchor) + 1 or floor
    before = lines(text, floor, line_start)
    for line in reversed(before[-MAX_HEADER_LINES:]):
        if _RELEASE_FLOOR.match(text, line.start, line.end):
            return line.end, True
    return (before[-MAX_HEADER_LINES].start if len(before) > MAX_HEADER_LINES else floor), False


Value = tuple[str, Span]


def _headlines(text: str, seq: int, start: int, anchor: int, meta: dict) -> tuple[Value | None, Value | None]:
    kept = [ln for ln in _header_lines(text, start, anchor) if _is_title_line(text, ln)]
    kept = _join_wrapped(text, kept)
    if "TITLE" in meta and meta["TITLE"][0] < meta["TITLE"][1] and (start <= meta["_end"][0] or not kept):
        head = _value(text, seq, *meta["TITLE"])
        subs = [ln for ln in kept if clean(text[ln.start : ln.end])[:20] not in head[0]]
        sub = _value(text, seq, subs[0].start, subs[0].end) if subs and anchor else None
        return head, sub if sub and sub[0] != head[0] else None
    md = _MD_HEADING.search(text, start, anchor) if anchor else _MD_HEADING.search(text, start, start + 2000)
    if md is not None:
        head = _value(text, seq, md.start("h"), md.end("h"))
        subs = [ln for ln in kept if ln.start > md.end()]
        return head, _value(text, seq, subs[0].start, subs[0].end) if subs else None
    if not kept:
        return None, None
    head = _value(text, seq, kept[0].start, kept[0].end)
    sub = _value(text, seq, kept[1].start, kept[1].end) if len(kept) > 1 else None
    return head, sub


def _header_lines(text: str, start: int, anchor: int) -> list[Line]:
    if anchor <= start:  # no dateline: the first lines of the document
        return lines(text, start, min(len(text), start + 2000))[:NO_DATELINE_HEADER_LINES]
    return [_after_contact(text, ln) for ln in lines(text, start, anchor)[-MAX_HEADER_LINES:]]


def _after_contact(text: str, line: Line) -> Line:
    """The words after a line's last phone number or e-mail address: flattened HTML glues the
    headline to the contacts block (Alnylam's 2023 EX-99.1 as text)."""
    last = None
    for last in PHONE.finditer(text, line.start, line.end):
        pass
    for m in EMAIL.finditer(text, last.end() if last else line.start, line.end):
        last = m
    if last is None:
        return line
    s, e = strip_edges(text, last.end(), line.end, " \t\xa0")
    return Line(s, e) if s < e else line


def _is_title_line(text: str, line: Line) -> bool:
    s = clean(text[line.start : line.end]).strip(" -–—•*")
    words = len(s.split())
    if words < MIN_HEADLINE_WORDS or words > MAX_HEADLINE_WORDS or len(s) > 400:
        return False
    if PHONE.search(s) or EMAIL.search(s) or _JUNK_LINE.search(s) or _COMPANY_LINE.match(s):
        return False
    if s[0] in "“\"'" or _SENTENCE_WORD_END.search(s):
        return False  # a quotation or a sentence ("... in life sciences markets.")
    if _LEAD_SENTENCE.search(s) or _CONTACT_NEXT.match(text, line.end):
        return False  # a lead sentence, or a contact's name line with the phone below it
    return any(c.islower() for c in s) or words >= 5


def _join_wrapped(text: str, kept: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in kept:
        if out and text.count("\n\n", out[-1].end, line.start) == 0 and (
            _HANGING.search(text, out[-1].start, out[-1].end) or text[line.start].islower()
        ):
            out[-1] = Line(out[-1].start, line.end)
        else:
            out.append(line)
    return out


def _value(text: str, seq: int, start: int, end: int) -> Value | None:
    s, e = strip_edges(text, start, end)
    value = clean(text[s:e]).strip(" -–—•*")
    return (value, Span(seq, s, e)) if value else None
