"""Speed rewrites give what the plain forms gave.

Each fast form (a pattern restructured so the regex engine can skip ahead, a string method in
place of a substitution, a search run only around its key words) is held here to the plain
form it replaced, on corpus text and on generated text.
"""

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import eightk
from eightk.containers import read_container
from eightk.extract.press import dateline as D
from eightk.extract.press import release as R
from eightk.extract.sentences import _END_RE
from eightk.text import html as H

from conftest import CORPUS, FILINGS, SEED

#: The plain forms, as they were before the speed work.
PLAIN_END_RE = re.compile(
    r"(?<=[a-z]{2})\.(?=[A-Z][a-z]{2})|\s\*(?:\s\*){2,}\s|\s\*\s(?=[A-Z])|//\s*--\s|\s--\s|"
    r"\n(?=[A-Z][A-Za-z() ]{2,30}:\s)|[.!?][\"'”’)\]*]*\s+(?=[\"'“‘(*#\x80-\x9f]*[A-Z0-9•\-*\x97—])|\n[ \t]*\n(?=\s*[^a-z\s])|"
    r"\n(?=[ \t]*(?:[*•\-–]|\d+\.)\s)|\n(?=[ \t]*[•■▪●])|\n(?=[ \t]*#)|\|"
)
PLAIN_BLOCK_TAG = re.compile(r"</?(?:%s)\b[^>]*>" % "|".join(sorted(H.BLOCK_TAGS - {"div"})), re.I)
PLAIN_CELL_TAG = re.compile(r"<t[dh]\b[^>]*>", re.I)
PLAIN_DIV = re.compile(r"<(/?)div\b[^>]*>", re.I)
_SPACES = re.compile(r"[\s\u200b\ufeff]+")
_BLOCK_RUN = re.compile(r"[ \x02]*\x01[ \x01\x02]*")
_CELL_RUN = re.compile(r" ?\x02[ \x02]*")

SAMPLES = [
    SEED,
    FILINGS / "dgunning-edgartools" / "NextPoint.8K.html",
    FILINGS / "dgunning-edgartools-cassettes" / "0000950137-05-004969.txt",
    *sorted((CORPUS / "bio").glob("*"))[:40],
]


def plain_fold(padded: str) -> str:
    text = _SPACES.sub(" ", padded.replace(H.PAD, ""))
    text = _BLOCK_RUN.sub("\n", text)
    return _CELL_RUN.sub("\t", text).strip()


def texts():
    for path in SAMPLES:
        record = eightk.process(path.read_bytes(), name=path.name, extract=False)
        yield from (d.text for d in record.filing.documents if d.text)


def html_bodies():
    for path in SAMPLES:
        container = read_container(path.read_bytes(), name=path.name)
        yield from (d.body for d in container.documents if d.markup in ("html", "ixbrl"))


def test_sentence_boundaries_match_the_plain_pattern_on_corpus_windows():
    rng = random.Random(8)
    for text in texts():
        assert [m.span() for m in _END_RE.finditer(text)] == [m.span() for m in PLAIN_END_RE.finditer(text)]
        for _ in range(20):
            lo = rng.randrange(len(text))
            hi = min(len(text), lo + rng.randrange(1, 1800))
            assert [m.span() for m in _END_RE.finditer(text, lo, hi)] == [m.span() for m in PLAIN_END_RE.finditer(text, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ .!?/|-*\n\t\"”)(•#1:", max_size=80))
def test_sentence_boundaries_match_the_plain_pattern_on_generated_text(text):
    assert [m.span() for m in _END_RE.finditer(text)] == [m.span() for m in PLAIN_END_RE.finditer(text)]


def test_tag_passes_match_the_ignorecase_patterns():
    for body in html_bodies():
        for fast, plain in ((H._BLOCK_TAG, PLAIN_BLOCK_TAG), (H._CELL_TAG, PLAIN_CELL_TAG), (H._DIV, PLAIN_DIV)):
            assert [m.span() for m in fast.finditer(body)] == [m.span() for m in plain.finditer(body)]
    odd = "<P>x</Li><tH x><TD><Br/><BLOCKQUOTE><h7><pre><PAGE><p-x><table\n>"
    assert [m.span() for m in H._BLOCK_TAG.finditer(odd)] == [m.span() for m in PLAIN_BLOCK_TAG.finditer(odd)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\x01\x02\x00\u200b\ufeffab\xa0\u2003", max_size=60))
def test_fold_matches_the_substitutions(padded):
    assert H.fold(padded) == plain_fold(padded)


def plain_signals(text: str) -> tuple[int, list[int | None]]:
    window = min(len(text), R.SIGNAL_WINDOW)
    found = [s.search(text, 0, window) for s in R._SIGNALS]
    return sum(1 for m in found if m), [m.start() if m else None for m in found]


def test_release_signals_match_a_search_of_the_whole_window():
    extra = ["x\n  **About Acme** is here. Media Contact: a", "TODAY  ANNOUNCED \u0131nvestors: y", "\u212aabout",
             'a "b", said John Smith.', '"x",said Ann Lee', '” \xa0 said Dr. Jane Doe', 'said Ann Lee', '"," stated Bo Li',
             '"x" \n said Ann Lee "y"  added Joe Bloggs']
    for text in [*texts(), *extra]:
        count, firsts = plain_signals(text)
        signals = R._Signals(text, min(len(text), R.SIGNAL_WINDOW))
        assert [signals.first(i) for i in range(len(R._SIGNALS))] == firsts
        assert signals.at_least(1) == (count >= 1) and signals.at_least(2) == (count >= 2)


def plain_dateline(text: str, start: int, end: int):
    plain = D._first_plain(text, 1, start, end)
    limit = plain.span.start if plain and plain.span else end
    for pattern, close in ((D.DATELINE_PAREN, 1), (D.DATELINE_TITLE, 0)):
        m = pattern.search(text, start, limit)
        iso = D.iso_date(m.group("date")) if m else None
        if m is not None and iso is not None:
            return (m.start("place"), m.end("date") + close, iso)
    return (plain.span.start, plain.span.end, plain.date) if plain else None


def test_datelines_match_a_search_of_the_whole_window():
    extra = ["Silicon Valley, CA (April 16, 2025) – ABVC", "x\nNew York, NY  March 19, 2009  Alcoa Inc.",
             "Boston, MA ( \n May 1, 2020 ) - x", "on May 1, 2020 (the Date)"]
    for text in [*texts(), *extra]:
        for start in (0, 7):
            end = min(len(text), R.SIGNAL_WINDOW)
            found = D.find_dateline(text, 1, start, end)
            assert (found and (found.span.start, found.span.end, found.date)) == plain_dateline(text, start, end)


def test_scan_by_first_letter_matches_the_plain_alternation():
    from eightk.extract import scan as S

    plain = re.compile(r"\b(?:" + "|".join(f"(?P<{n}>{p.lower()})" for n, p in S._FAMILIES.items()) + ")")
    assert "__" in S.SCAN_LOWER_RE.pattern  # the dispatched form is in use
    for text in [*texts(), "phase 2 licensing payments pivotal fda approval acquired"]:
        low = text.lower()
        fast = [(m.span(), m.lastgroup.partition("__")[0]) for m in S.SCAN_LOWER_RE.finditer(low)]
        assert fast == [(m.span(), m.lastgroup) for m in plain.finditer(low)]


def test_dateline_pattern_matches_its_plain_form():
    plain = re.compile(
        rf"(?<![A-Za-z])(?P<place>{D._PLACE_REGION}(?:{D._JOIN}{D._PLACE_REGION})*){D._SEP}{D._DATE}{D._END}", re.M
    )
    extra = ["BOSTON, MA, May 1, 2020 -", "xBOSTON, MA, May 1, 2020 -", "A.B. and ST. LOUIS, Mo. / PRNewswire / Jan. 7, 2019 /"]
    for text in [*texts(), *extra]:
        for d in D._DATE_ONLY.finditer(text, 0, min(len(text), R.SIGNAL_WINDOW)):
            lo, hi = max(0, d.start() - D.PLACE_LOOKBACK), min(len(text), d.end() + 40)
            fast, slow = D.DATELINE.search(text, lo, hi), plain.search(text, lo, hi)
            assert (fast and fast.span()) == (slow and slow.span())


def test_entity_patterns_match_their_plain_forms():
    from eightk.extract import entities as E

    conj = E._CONJUGATE.replace("[A-Za-z](?>[a-z]{7,})(?<=mab)", "[A-Za-z][a-z]{4,}mab")
    inn = E._INN.replace("[A-Za-z](?>[a-z]{2,})", "[A-Za-z][a-z]{2,}")
    assert conj != E._CONJUGATE and inn != E._INN
    assert all(p.startswith(E._WORD_START) for p in (E._CODE, E._INN, E._BRAND))
    plain_asset = re.compile(f"(?P<conj>{conj})|(?P<code>{E._CODE})|(?P<inn>{inn})|(?P<brand>{E._BRAND})")
    lookbehind_first = r"(?P<name>[A-Z](?<![\w\-][A-Z])"
    plain_described = re.compile(E._DESCRIBED_RE.pattern.replace(lookbehind_first, r"(?<![\w\-])(?P<name>[A-Z]"))
    plain_glossed = re.compile(E._GLOSSED_RE.pattern.replace(lookbehind_first, r"(?<![\w\-])(?P<name>[A-Z]").replace(E._INN, inn))
    extra = "trastuzumab-DM1 xtrastuzumab-DM1 abcdmabmab-DM4 cemiplimabs cemiplimab-abcd Zepbound (tirzepatide) Emgality is a drug"
    for text in [*texts(), extra]:
        for fast, plain in ((E.ASSET_RE, plain_asset), (E._DESCRIBED_RE, plain_described), (E._GLOSSED_RE, plain_glossed)):
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [(m.span(), m.lastgroup) for m in plain.finditer(text)]


def test_about_heading_at_line_end_matches_its_plain_form():
    from eightk.extract.press import sections

    plain = re.compile(r"(?<=[.!?”\"][ \t\xa0])(?P<h>About[ \t\xa0]+[A-Z][^\n.!?]{1,60}?)[ \t\xa0]*$", re.MULTILINE)
    for text in [*texts(), "x. About Acme Corp\nAbout Zed. About Q\n\"  About Bee Inc", "About Acme"]:
        for lo in (0, 3):
            fast = [m.span("h") for m in sections._ABOUT_LINE_END.finditer(text, lo)]
            assert fast == [m.span("h") for m in plain.finditer(text, lo)]


def test_contact_block_pattern_matches_its_plain_form():
    from eightk.extract.press import people

    plain = re.compile(r"(?:[Cc]ontacts?|CONTACTS?|Refer[ \t\xa0]+to)[ \t\xa0]*:?|^[ \t\xa0]*(?:Investors?|Media)[ \t\xa0]*:", re.M)
    extra = ["Investors: a\n  Media : b\nx Media: c\nCONTACT\nRefer  to: d\n\xa0Investor:", "Media:", " Investors:"]
    for text in [*texts(), *extra]:
        for lo in (0, 1, 5):
            for hi in (len(text), max(lo, len(text) - 7)):
                assert people.contact_blocks(text, lo, hi) == [m.span() for m in plain.finditer(text, lo, hi)]
            label = plain.match(text, lo)
            assert people._contact_label_end(text, lo) == (label.end() if label else None)


def test_line_searches_match_whole_text_searches():
    from eightk.extract import context as C

    extra = "**About Acme** and **About Bee**\n  ## About the Zed trial\n**Contacts\nMedia Contacts:\nx # y\nAbout"
    for text in [*texts(), extra]:
        for pattern, words in ((C._ABOUT_RE, ("About",)), (C._HEADING_RE, C._HEADING_WORDS)):
            assert [m.span() for m in C._line_finditer(pattern, text, words)] == [m.span() for m in pattern.finditer(text)]
        low = text.lower() + "\nforward-looking statements\n**the release x forward looking"
        assert [m.span() for m in C._line_finditer(C._FLS_RE, low, C._FLS_WORDS)] == [m.span() for m in C._FLS_RE.finditer(low)]


def test_registrant_word_count_matches_the_plain_pattern():
    for text in [*texts(), "Lilly Lilly's xLilly Lilly2 (Lilly) A.B. A.B.C"]:
        for cand in ("Lilly", "ImmunoGen", "A.B.", "Inc."):
            word = re.escape(cand)
            assert re.findall(rf"{word}(?<=\b{word})\b", text) == re.findall(rf"\b{word}\b", text)
