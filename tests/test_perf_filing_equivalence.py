"""Speed rewrites of the filing layer give what the plain ``re.IGNORECASE`` forms gave.

Each fast form (letters spelled in every case, branches led by a literal, a label searched only
where its first word occurs) is held to its plain pattern on every corpus main document, in
random windows, and on generated text that holds the non-ASCII letters Python folds onto ASCII.
"""

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import eightk
from eightk.filing import cover as C
from eightk.filing import jurisdictions as J
from eightk.filing.anycase import finditer_at_keys, search_after_lead, trie
from eightk.filing import inferred as N
from eightk.filing import items as I
from eightk.filing import main_document

from conftest import CORPUS, FILINGS, SEED

SAMPLES = [SEED, *sorted(p for p in (CORPUS / "filings").rglob("*") if p.is_file() and p.suffix != ".tsv")[::6]]

#: fast pattern -> plain pattern (compiled with re.IGNORECASE as before).
PAIRS = [
    (C._FILE_LABEL, re.compile(C.PLAIN_FILE_LABEL, re.I)),
    (C._IRS_LABEL, re.compile(C.PLAIN_IRS_LABEL, re.I)),
    (C._PHONE_LABEL, re.compile(C.PLAIN_PHONE_LABEL, re.I)),
    (C._DATE_LABEL, re.compile(C.PLAIN_DATE_LABEL, re.I)),
    (C._COVER_TAIL, re.compile(C.PLAIN_COVER_TAIL, re.I)),
    (C._COMBINED_LABEL, re.compile(C.PLAIN_COMBINED_LABEL, re.I)),
    (C._SECURITIES_HEADER, re.compile(C.PLAIN_SECURITIES_HEADER, re.I)),
    (J.JURISDICTION, re.compile(J.PLAIN_JURISDICTION, re.I)),
    (C._STATE_WORD, re.compile(C.PLAIN_STATE_WORD, re.I)),
    (C._FILE_NUMBER, re.compile(C.PLAIN_FILE_NUMBER)),
    (C._IRS, re.compile(C.PLAIN_IRS)),
]
LEADS = [
    (C._NAME_LABEL, C._NAME_KEY),
    (C._STATE_LABEL, C._STATE_KEY),
    (C._ADDRESS_LABEL, C._ADDRESS_KEY),
    (C._ZIP_LABEL, C._ZIP_KEY),
]


def main_texts():
    for path in SAMPLES:
        try:
            record = eightk.process(path.read_bytes(), name=path.name, extract=False)
        except eightk.EightKError:
            continue
        main = main_document(record.filing.documents)
        if main is not None:
            yield main.text


def spans(pattern, text, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    return [(m.span(), m.groups()) for m in pattern.finditer(text, lo, hi)]


def test_fast_patterns_match_the_plain_ones_on_corpus_windows():
    rng = random.Random(11)
    for text in main_texts():
        for fast, plain in PAIRS:
            assert spans(fast, text) == spans(plain, text), plain.pattern
            for _ in range(5):
                lo = rng.randrange(len(text))
                hi = min(len(text), lo + rng.randrange(1, 4000))
                assert spans(fast, text, lo, hi) == spans(plain, text, lo, hi), plain.pattern


PLAIN_BOX_LABELS = {k: re.compile(v, re.I) for k, v in C._BOX_LABELS.items()}


def boxes_equal(text, hi):
    found = C.box_labels(text, hi)
    for name, plain in PLAIN_BOX_LABELS.items():
        a, b = found.get(name), plain.search(text, 0, hi)
        assert (a and a.span()) == (b and b.span()), name


def lead_equal(text, lo, hi):
    for label, key in LEADS:
        a, b = search_after_lead(label, key, text, lo, hi), label.search(text, lo, hi)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), label.pattern


def test_labels_searched_after_their_first_word_match_a_plain_search():
    rng = random.Random(12)
    for text in main_texts():
        lead_equal(text, 0, len(text))
        boxes_equal(text, len(text))
        for _ in range(10):
            boxes_equal(text, rng.randrange(len(text) + 1))
            lo = rng.randrange(len(text))
            lead_equal(text, lo, min(len(text), lo + rng.randrange(1, 4000)))


WORDS = ["(", " ", "\n", "\t", "State", "sTATE", "ſtate", "Jurisdiction", "JURİSDİCTİON", "of", "or other",
         "incorporation", "organization", "Exact", "name", "registrant", "Address", "zip", "Code", ")", ":",
         "Delaware", "West Virginia", "Kansas", "England", "and", "Wales", "ınc", "Emerging growth company",
         "Former", "Commission File", "Written communications pursuant to Rule 425", "Soliciting material pursuant to",
         "Rule 14a-12", "Pre-commencement communications pursuant to", "Pre- commencement", "Rule 14d-2(b)", "13e-4 (c)",
         "EMERGING GROWTH COMPANY", "Written", "communication", "Soliciting", "pre", "I.R.S.", "Employer", "telephone", "number", "Rule 13e-4(c)", "x",
         "0", "12", "345", "-", "6789", "0-17999", "04-2726691", "123456789", "New York", "New  York", "Ky.", "MA", "ſc."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.integers(0, 40))
def test_fast_forms_match_on_generated_text(parts, lo):
    text = "".join(p if i % 3 else p + " " for i, p in enumerate(parts))
    lo = min(lo, len(text))
    for fast, plain in PAIRS:
        assert spans(fast, text, lo) == spans(plain, text, lo), plain.pattern
    lead_equal(text, lo, len(text))
    boxes_equal(text, len(text) - lo)


def html_bodies():
    from eightk.containers import read_container

    for path in SAMPLES:
        container = read_container(path.read_bytes(), name=path.name)
        yield from (d.body for d in container.documents if d.markup in ("html", "ixbrl"))


def test_hidden_pass_matches_the_ignorecase_pattern_on_corpus_html():
    from eightk.text import html as H

    for body in html_bodies():
        assert H._hidden_pass(body) == H._HIDDEN.sub("", body)


TAGS = ["<script>", "</script >", "<SCRIPT type=x>", "</Script>", "<style>", "</STYLE>", "<head>", "</head>",
        "<ix:header>", "</IX:HEADER>", "<xbrl:header>", "</xbrl:Header>", "<!-- c -->", "<!--", "-->", "<!DOCTYPE>",
        "<?xml?>", "<headx>", "a", " ", ">", "<", "ſcript", "<ſcript>", "</ſcript>", "İ", "K"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TAGS), max_size=20))
def test_hidden_pass_matches_the_ignorecase_pattern_on_generated_html(parts):
    from eightk.text import html as H

    body = "".join(parts)
    assert H._hidden_pass(body) == H._HIDDEN.sub("", body)


#: Patterns of items.py / inferred.py whose matches all start at a key word, with the keys
#: :func:`finditer_at_keys` runs them at (the first two as the modules use them).
KEYED = [
    (I._HEADING, I._HEADING_KEY),
    (N._THIS_ITEM, N._THIS_ITEM_KEY),
    (N._SELF_REFERENCE, re.compile(trie(["this", "under", "pursuant", "in", "for", "item"]))),
]


def keyed_equal(text, lo, hi):
    for pattern, key in KEYED:
        assert [m.span() for m in finditer_at_keys(pattern, key, text, lo, hi)] == [m.span() for m in pattern.finditer(text, lo, hi)]


def test_keyed_iteration_matches_finditer_on_corpus_windows():
    rng = random.Random(13)
    for text in main_texts():
        keyed_equal(text, 0, len(text))
        for _ in range(10):
            lo = rng.randrange(len(text))
            keyed_equal(text, lo, min(len(text), lo + rng.randrange(1, 4000)))


ITEM_WORDS = ["Item", "ITEMS", "ıtem", "İTEM", "this", "above", "below", "under", "in", "for", "pursuant to", " ", "\n",
              "2.03", "9.01", "12", "7(c)", ",", "and", "of this Report", "of Regulation", "accordance with", "response to"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ITEM_WORDS), max_size=20), st.integers(0, 30))
def test_keyed_iteration_matches_finditer_on_generated_text(parts, lo):
    text = " ".join(parts)
    keyed_equal(text, min(lo, len(text)), len(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u3000ab1<>&;", max_size=40))
def test_fact_text_fast_path_matches_the_substitutions(value):
    from eightk.filing import ixbrl as X

    assert X._text(value) == X._SPACES.sub(" ", X.html.unescape(X._TAG.sub(" ", value))).strip()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["<ix:", "header", "nonNumeric", "<ix:header", "<ix:nonNumeric", "<IX:header", "a", "<"]), max_size=12),
       st.integers(0, 20), st.integers(0, 80))
def test_ix_tag_scan_matches_two_finds(parts, first, last):
    from eightk.containers.markup import _has_ix_tag

    text = "".join(parts)
    plain = text.find("<ix:header", first, last) >= 0 or text.find("<ix:nonNumeric", first, last) >= 0
    assert _has_ix_tag(text, first, last) == plain
