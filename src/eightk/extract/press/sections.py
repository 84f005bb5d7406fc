"""Tickers, "About X" sections, the safe-harbor paragraph and trademark notices."""

from __future__ import annotations

import re

from ...records import Section, Span, Ticker, Trademark
from .text import clean, strip_edges

# Exchanges as printed: (Nasdaq: IMGN), NYSE: MRK, (NASDAQ:ALNY), Nasdaq GM: IXHL, NYSE American.
TICKER = re.compile(
    r"(?P<exchange>NASDAQ|Nasdaq|NasdaqGS|NasdaqGM|NasdaqCM|NYSE(?:[ \t\xa0]+(?:American|Arca|MKT))?|"
    r"AMEX|OTCQX|OTCQB|OTC(?:[ \t\xa0]+Markets)?|TSX(?:-V)?|TSXV|LSE|ASX|SIX|Euronext(?:[ \t\xa0]+\w+)?)"
    r"(?:[ \t\xa0]+(?P<tier>GS|GM|CM|Global Select|Global Market|Capital Market))?"
    r"[ \t\xa0]*:[ \t\xa0]*(?P<symbol>[A-Z]{1,6}(?:\.[A-Z]{1,2})?)(?![A-Za-z])"
)

# A heading of its own line ("About ImmunoGen, Inc.") or a bold run ("**About Lilly**").
_ABOUT_LINE = re.compile(
    r"^[ \t\xa0]*(?:#{1,4}[ \t\xa0]*)?(?P<h>(?:About|ABOUT)[ \t\xa0]+[^\n]{2,90}?)[ \t\xa0]*$", re.MULTILINE
)
# Flat renderings also glue "About" to its name ("**AboutLung Cancer**") and split a name into bold
# runs ("**About Protomer****Technologies**"): the runs are one heading.
_ABOUT_BOLD = re.compile(r"\*\*\*?[ \t\xa0]*(?P<h>About(?:[ \t\xa0]+|(?=[A-Z]))[^*\n]{2,90}?(?:\*\*\*\*[^*\n]{1,60}?)*)[ \t\xa0]*(?=\*\*)")
# In flat text, a heading that runs into its paragraph: "**About Amphastar Amphastar's logo ...",
# "... for sale.  About Triflo Cardiovascular Based in Newport Beach": the heading ends where its
# name is said again, or where a capitalised word starts a lower-case sentence.
_ABOUT_RUN_ON = re.compile(
    r"(?:(?<=[.!?”\")])|(?<=[.!?”\")][ \t\xa0])|(?<=[.!?”\")][ \t\xa0]{2})|(?<=\*\*))(?P<h>About[ \t\xa0]+(?:the[ \t\xa0]+)?"
    r"(?P<words>[A-Z][\w\-’'&.]*(?:[ \t\xa0]+[A-Z][\w\-’'&.]*){0,6}))(?=[ \t\xa0]+[a-z])"
)
# A heading glued to the end of the previous paragraph's line (text renderings of HTML).
# (The look-behind follows "About", so that a search skips to each "About" at once.)
# Or glued with no space at all ("... commercial viability.About OncoX BioPharma", "...chatgpt.comAbout").
_ABOUT_LINE_END = re.compile(r"(?P<h>About(?:(?<=[.!?”\")][ \t\xa0]About)|(?<=[.!?”\")a-z]About))[ \t\xa0]+[A-Z][^\n.!?]{1,60}?)[ \t\xa0]*$", re.MULTILINE)
# A document code glued to a heading: "About Lilly PP-DN-US-0193 07/2024" (Lilly 2024-07-02).
_DOC_CODE = re.compile(r"\s+(?:[A-Z0-9]+-){2,}[A-Z0-9]+\b.*$")
_HEADING_BOLD = re.compile(r"\*\*\*?[^*\n]{3,120}?\*\*\*?")
# "About" headings end where another heading starts: a short line without a full stop.
_HEADING_LINE = re.compile(r"^[ \t\xa0]*(?:#{1,4}[ \t\xa0]*)?[A-Z][^\n.]{2,100}[ \t\xa0]*$", re.MULTILINE)

_FLS = re.compile(r"forward[- ]looking[ \t\n]+statement", re.IGNORECASE)
# A safe-harbor heading: a short line that starts (after up to four capitalised words, such as
# the company name) with Forward-Looking / Cautionary / Safe Harbor.
_FLS_HEADING = re.compile(
    r"^[ \t#*]*(?:[A-Z][\w'’]*[ \t\xa0]+){0,4}(?:Forward|FORWARD|Cautionary|CAUTIONARY|Safe|SAFE|Special|SPECIAL|"
    r"Note|NOTE|Important|IMPORTANT)\b[^\n]{0,90}$",
    re.MULTILINE,
)
_INLINE_HEADING = re.compile(
    r"[ \t\xa0]*(?:[A-Z][\w'’]*[ \t\xa0]+){0,3}(?:Forward|FORWARD)[- ](?:Looking|LOOKING)[ \t\xa0]+"
    r"(?:Statements?|STATEMENTS?)[ \t\xa0]+(?=[A-Z])"
)
#: A bold heading with nothing under it is shorter than this (Lilly-ProQR 2022: "Forward
#: Looking Statements for Lilly "); at most this many are stacked.
MAX_EMPTY_HEADING = 80
MAX_STACKED_HEADINGS = 3
_EMPTY_HEADING = re.compile(
    r"[ \t\xa0]*(?:[A-Z][\w'’]*[ \t\xa0]+){0,4}(?:Forward|FORWARD|Cautionary|CAUTIONARY|Safe|SAFE)[^*]*$"
)
# A document code before the paragraph in flat text: "P-LLY This press release contains".
_CODE_TOKEN = re.compile(r"[ \t\xa0]*[A-Z0-9]+-[A-Z0-9\-]+[ \t\xa0]+(?=[A-Z][a-z])")
_FLS_WORDS = re.compile(r"looking|harbor|cautionary", re.IGNORECASE)
#: A line no longer than this after a safe-harbor heading is a sub-heading (U.S. Bancorp 4Q21:
#: "“Safe Harbor” Statement under the Private Securities Litigation Reform Act of 1995:").
MAX_SUBHEADING = 120
#: Longest safe-harbor text read when a document has no paragraph breaks (Lilly newsroom text
#: is one line; its cautionary paragraph runs about 2,500 characters).
MAX_FLAT_SECTION = 4000

TRADEMARK = re.compile(
    r"(?P<mark>[A-Z][\w\-]*(?:[ \t\xa0][A-Z][\w\-]*){0,3})[ \t\xa0]*(?:®|™|\(R\)|\(TM\))?"
    r"(?:[ \t\xa0]+and[ \t\xa0]+its[ \t\xa0]+[\w ]{0,40}?)?,?[ \t\xa0]+(?:is|are)[ \t\xa0]+(?:a[ \t\xa0]+)?"
    r"(?:registered[ \t\xa0]+)?(?:trademarks?|trade[ \t\xa0]+marks?)[ \t\xa0]+"
    r"(?:(?:owned[ \t\xa0]+or[ \t\xa0]+licensed|owned|licensed)[ \t\xa0]+by|of)[ \t\xa0]+(?P<owner>[^.\n;,]{2,80})"
)


def find_tickers(text: str, doc: int, start: int, end: int) -> tuple[Ticker, ...]:
    seen: dict[tuple[str, str], Ticker] = {}
    for m in TICKER.finditer(text, start, end):
        exchange = m.group("exchange") + (f" {m.group('tier')}" if m.group("tier") else "")
        key = (exchange.lower(), m.group("symbol"))
        if key not in seen:
            seen[key] = Ticker(exchange, m.group("symbol"), Span(doc, m.start(), m.end()))
    return tuple(seen.values())


def find_about(text: str, doc: int, start: int, end: int) -> tuple[Section, ...]:
    heads = [(m.start("h"), m.end("h"), m.start()) for m in _ABOUT_LINE.finditer(text, start, end)]
    heads += [(m.start("h"), m.end("h"), m.start()) for m in _ABOUT_LINE_END.finditer(text, start, end)]
    heads.sort()
    if not heads:
        heads = [(m.start("h"), m.end("h"), m.start()) for m in _ABOUT_BOLD.finditer(text, start, end)]
        taken = {h[0] for h in heads}
        heads += [h for h in _run_on_headings(text, start, end) if h[0] not in taken]
        heads.sort()
    out = []
    for hs, he, _ in heads:
        stop = _next_heading(text, he, end)
        s, e = strip_edges(text, hs, stop)
        out.append(Section(_DOC_CODE.sub("", clean(text[hs:he].replace("****", ""))), Span(doc, s, e)))
    return tuple(out)


#: "...(pacylex)About zelenirstat (aka PCLX-001)Zelenirstat (formerly ...": a heading whose
#: parenthesis is glued to the paragraph's first word.
_ABOUT_GLUED_PAREN = re.compile(r"(?<=[.!?”\")a-z])(?P<h>About[ \t\xa0]+[\w\-]+(?:[ \t\xa0]+[\w\-]+){0,4}[ \t\xa0]*\([^()\n]{1,60}\))(?=[A-Z])")


def _run_on_headings(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    out = [(m.start("h"), m.end("h"), m.start()) for m in _ABOUT_GLUED_PAREN.finditer(text, start, end)]
    for m in _ABOUT_RUN_ON.finditer(text, start, end):
        words = m.group("words").split()
        first = words[0].removesuffix("’s").removesuffix("'s")
        again = next((i for i, w in enumerate(words[1:], 1) if w.removesuffix("’s").removesuffix("'s") == first), None)
        # Else the paragraph's subject is a name the text uses elsewhere ("... Optimizer Triflo
        # Cardiovascular designed"), else its last word alone ("... Cardiovascular Based in").
        named = next((k for k in range(1, len(words) - 1) if text.count(" ".join(words[k:])) > 1), None)
        keep = again if again is not None else named if named is not None else len(words) - 1
        if keep < 1:
            continue
        cut = m.start("words") + len(" ".join(words[:keep]))  # words are single-spaced in such text
        if text[m.start("words"):cut].split() == words[:keep]:
            out.append((m.start("h"), cut, m.start()))
    return out


def _next_heading(text: str, pos: int, end: int) -> int:
    nl = text.find("\n", pos, end)
    if nl == -1:  # flat text: the next bold heading
        m = _HEADING_BOLD.search(text, pos, min(end, pos + MAX_FLAT_SECTION))
        return m.start() if m else min(end, pos + MAX_FLAT_SECTION)
    m = _HEADING_LINE.search(text, nl + 1, end)
    while m is not None and len(text[m.start() : m.end()].split()) > 12:
        m = _HEADING_LINE.search(text, m.end(), end)
    return m.start() if m else end


_FLS_BOLD = re.compile(r"\*\*\*?[^*\n]{0,80}forward[- ]looking[^*\n]{0,40}\*\*\*?", re.IGNORECASE)


#: A safe-harbor heading glued between the previous sentence and its paragraph (flattened text).
_GLUED_FLS_HEADING = re.compile(r"(?:Cautionary (?:Note|Statement)s? (?:Regarding|Concerning) )?Forward[- ][Ll]ooking [Ss]tatements?:?\s*(?=[A-Z])")
_GLUED_AFTER = ".)!?\"”’"


def find_forward_looking(text: str, doc: int, start: int, end: int) -> Span | None:
    """The safe-harbor paragraph: the one after a safe-harbor heading, else the first paragraph
    naming forward-looking statements."""
    m = _FLS.search(text, start, end)
    if m is None:
        return None
    bold = _FLS_BOLD.search(text, max(start, m.start() - 100), min(end, m.end() + 60))
    if bold is not None:  # a flat rendering: the section runs from its bold heading
        body = _past_empty_headings(text, bold.end(), end)
        s, e = strip_edges(text, body, _para_end(text, body, end), " \t\n*")
        return Span(doc, s, e) if s < e else None
    para_start = _after_heading(text, m.start(), start, end)
    glued = _GLUED_FLS_HEADING.match(text, m.start()) if m.start() > start and text[m.start() - 1] in _GLUED_AFTER else None
    if para_start is None and glued is not None:
        para_start = glued.end()  # "...www.pacylex.com.Forward-Looking StatementsThis press release ..."
    if para_start is None:
        para_start = _para_start(text, m.start(), start)
    para_end = _para_end(text, max(para_start, m.end()) if para_start <= m.start() else para_start, end)
    inline = _INLINE_HEADING.match(text, para_start, para_end) or _CODE_TOKEN.match(text, para_start, para_end)
    if inline is not None:  # "Forward Looking Statements This press release contains ..."
        para_start = inline.end()
    s, e = strip_edges(text, para_start, para_end, " \t\n*")
    return Span(doc, s, e) if s < e else None


def _past_empty_headings(text: str, pos: int, end: int) -> int:
    """Skip bold headings with nothing under them: "**Rigel Forward Looking Statements
    **Lilly Forward-Looking Statement **This press release contains..." (Lilly-Rigel 2021)."""
    for _ in range(MAX_STACKED_HEADINGS):
        nxt = text.find("**", pos, min(end, pos + MAX_EMPTY_HEADING))
        if nxt == -1 or "." in text[pos:nxt] or not _EMPTY_HEADING.match(text, pos, nxt):
            return pos
        pos = nxt + 2
    return pos


def _after_heading(text: str, pos: int, floor: int, end: int) -> int | None:
    """Start of the first paragraph below a safe-harbor heading at or just before ``pos``."""
    for head in _FLS_HEADING.finditer(text, max(floor, pos - 300), min(end, pos + 200)):
        line = text[head.start() : head.end()]
        if not _FLS_WORDS.search(line) or len(line.strip()) > 100 or line.rstrip().endswith("."):
            continue
        nxt = head.end() + 1
        while nxt < end:
            line_end = text.find("\n", nxt, end)
            line_end = end if line_end == -1 else line_end
            body = text[nxt:line_end].strip()
            if body and (len(body) > MAX_SUBHEADING or not body.endswith(":")):
                return nxt + len(text[nxt:line_end]) - len(text[nxt:line_end].lstrip())
            nxt = line_end + 1
        return None
    return None


def _para_start(text: str, pos: int, floor: int) -> int:
    brk = text.rfind("\n", floor, pos)
    if brk != -1 and pos - brk < MAX_FLAT_SECTION:
        return brk + 1
    # flat text: back to the closing bold heading or sentence start
    bold = text.rfind("**", max(floor, pos - 600), pos)
    if bold != -1:
        return bold + 2
    stop = text.rfind(". ", max(floor, pos - 600), pos)
    return stop + 2 if stop != -1 else max(floor, pos - 600)


_PARA_BREAK = re.compile(r"(?<=[.!?:;”\")])[ \t\xa0]*\n|\n[ \t\xa0]*\n")


def _para_end(text: str, pos: int, end: int) -> int:
    """A paragraph ends at a blank line or at a line break after a sentence: hard-wrapped
    text (ABVC's 8-K text) breaks lines mid-sentence."""
    brk = _PARA_BREAK.search(text, pos, min(end, pos + MAX_FLAT_SECTION))
    if brk is not None:
        return brk.start()
    bold = text.find("**", pos, min(end, pos + MAX_FLAT_SECTION))
    return bold if bold != -1 else min(end, pos + MAX_FLAT_SECTION)


_TRADEMARK_WORD = re.compile(r"trade[ \t\xa0]?marks?", re.IGNORECASE)
#: How far before the word "trademark" a notice's mark may start ("Zepbound™ and its delivery
#: device base are registered trademarks": 60 characters).
TRADEMARK_LOOKBACK = 160


def find_trademarks(text: str, doc: int, start: int, end: int) -> tuple[Trademark, ...]:
    """``Herceptin® is a registered trademark of Genentech``: read back from each occurrence of
    the word, never the whole text with the notice pattern."""
    out: dict[str, Trademark] = {}
    seen_end = start
    for word in _TRADEMARK_WORD.finditer(text, start, end):
        m = _notice_before(text, max(seen_end, word.start() - TRADEMARK_LOOKBACK), word, end)
        if m is None:
            continue
        seen_end = m.end()
        mark = clean(m.group("mark"))
        if mark.lower() in {"this", "it", "the", "all", "other"} or mark in out:
            continue
        owner = re.sub(r"\s+(?:and|its)$", "", clean(m.group("owner"))).strip() or None
        out[mark] = Trademark(mark, owner, Span(doc, m.start(), m.end()))
    return tuple(out.values())


def _notice_before(text: str, lo: int, word: re.Match[str], end: int) -> re.Match[str] | None:
    """The notice whose trademark word is ``word``, searched in a small window around it."""
    for m in TRADEMARK.finditer(text, lo, min(end, word.end() + 120)):
        if m.start() <= word.start() < m.end():
            return m
    return None
