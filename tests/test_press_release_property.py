"""Property test: whatever fragments a document is made of, reading it never fails, every span
lies inside its document, and the headline is the cleaned text of its evidence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eightk.extract.press.text import clean
from eightk.extract.press_release import find_press_releases
from eightk.records import Checkboxes, Document, Filing, Registrant

FRAGMENTS = [
    "ImmunoGen, Inc. Earns Milestone with Start of Phase II Testing\n",
    "- Event Triggers \\$5 Million Payment -\n",
    "CAMBRIDGE, MA, July 31, 2007 — ImmunoGen, Inc. (Nasdaq: IMGN) today announced news.\n",
    "INDIANAPOLISandSTAMFORD, Conn.,Jan. 7, 2019// -- ",
    '"We are delighted with the progress of the program," said Jane Doe, chief executive officer.\n',
    "Mitchel Sayare, Chairman and CEO, commented, \u201cWe anticipate sustained growth over time.\u201d\n",
    "Contacts:\nInvestors: Carol Hausner Director ImmunoGen, Inc. (617) 995-2500 info@immunogen.com\n",
    "Media contact: Jeff Shelman, 612.303.9933 | ",
    "About ImmunoGen, Inc.\n",
    "**About Lilly **Lilly is a company. ",
    "Forward-Looking Statements\nThis press release includes forward-looking statements.\n",
    "Herceptin\u00ae is a registered trademark of Genentech.\n",
    "| 2024 | 2023 |\n| --- | --- |\n",
    "\u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201c mojibake \u201c\u201d\"\" ",
    "EXHIBIT INDEX\nExhibit 99.1\n",
    "\n\n",
    "ALL CAPS LINE WITH NO SENTENCE AT ALL\n",
]


def _filing(text: str) -> Filing:
    doc = Document(1, "EX-99.1", None, None, "text", text)
    return Filing(None, None, None, None, Registrant(), Checkboxes(), None, (), (), (), None, (doc,))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25), st.text(max_size=40))
def test_spans_are_inside_and_headline_is_its_evidence(parts, noise):
    text = noise.join(parts)
    for pr in find_press_releases(_filing(text)):
        spans = [pr.span, *pr.evidence.values()]
        spans += [x.span for x in (*pr.tickers, *pr.contacts, *pr.quotes, *pr.about, *pr.trademarks) if x.span]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
        if pr.headline is not None:
            head = pr.evidence["headline"]
            assert clean(text[head.start : head.end]).strip(" -–—•*") == pr.headline
        if pr.dateline is not None:
            assert pr.dateline.date is not None and len(pr.dateline.date) == 10
