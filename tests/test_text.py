"""Normalised text: block structure kept, hidden iXBRL content dropped, offsets map back."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import eightk
from eightk.containers import read_container
from eightk.text import build_document
from eightk.text.html import fold, pad_markup

from conftest import FILINGS, SEED

NEXPOINT = FILINGS / "dgunning-edgartools" / "NextPoint.8K.html"
EXELON = FILINGS / "dgunning-edgartools-cassettes" / "0000950137-05-004969.txt"


def documents(raw: bytes):
    container = read_container(raw, name="t")
    return container, [build_document(d, container) for d in container.documents]


def text_of(html: str) -> str:
    return documents(html.encode())[1][0].text


def test_blocks_become_lines_and_cells_are_separated():
    html = "<html><body><p>Item 8.01 <b>Other</b> Events</p><table><tr><td>99.1</td><td>Press release</td></tr></table></body></html>"
    assert text_of(html) == "Item 8.01 Other Events\n99.1\tPress release"


def test_entities_are_decoded():
    assert text_of("<html><body><p>AT&amp;T&nbsp;Inc. &#8220;quoted&#8221; &#x2014; ok</p></body></html>") == \
        "AT&T Inc. \u201cquoted\u201d \u2014 ok"


def test_hidden_ixbrl_header_does_not_leak_and_inline_divs_stay_inline():
    text = documents(NEXPOINT.read_bytes())[1][0].text
    assert "AmendmentFlag" not in text and "false" not in text.split("\n")[0]
    assert "at $5.22 per share" in text
    assert "Registrant\u2019s telephone number, including area code: (972) 934-4700" in text


def test_pre_blocks_keep_their_line_breaks():
    assert text_of("<html><body><pre>ITEM 5. OTHER EVENTS\n   Text here.</pre></body></html>") == \
        "ITEM 5. OTHER EVENTS\nText here."


def test_text_documents_keep_layout_and_markdown():
    text = documents(SEED.read_bytes())[1][0].text
    assert "earned a \\$5 million milestone" in text
    assert "**04-2726691**" in text


def test_offsets_map_every_character_back_to_its_source_byte():
    for path in (NEXPOINT, EXELON, SEED):
        raw = path.read_bytes()
        container, docs = documents(raw)
        rng = random.Random(path.name)
        for doc in docs:
            for i in rng.sample(range(len(doc.text)), min(300, len(doc.text))):
                char = doc.text[i]
                if char.isspace():
                    continue
                at = doc.source_offsets.to_source(i)
                source = raw[at:at + 8].decode("utf-8", errors="ignore")
                assert source.startswith(char) or source.startswith("&"), (path.name, i, char, source)


_words = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="<>&\x00"), min_size=1, max_size=12)
_tags = st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<td>", "<tr>", "<br/>", "<div style='display:inline'>",
                         "</div>", "<!-- c -->", "&amp;", "&nbsp;", " ", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_words, _tags), min_size=1, max_size=40))
def test_offset_map_property(parts):
    raw = ("<html><body>" + "".join(parts) + "</body></html>").encode("utf-8")
    record = eightk.process(raw, name="gen.html")
    doc = record.filing.documents[0]
    assert doc.text == fold(pad_markup(raw.decode()))
    for i, char in enumerate(doc.text):
        if char.isspace():
            continue
        at = doc.source_offsets.to_source(i)
        source = raw[at:].decode("utf-8", errors="ignore")
        assert source.startswith(char) or source.startswith("&")


def test_fast_and_padded_html_paths_give_the_same_text():
    """html_to_text must equal fold(pad_markup(...)), or offsets would drift from the text."""
    from eightk.text.html import html_to_text

    for path in sorted(p for p in FILINGS.glob("*/*") if "lee2014" not in p.parent.name):
        container = read_container(path.read_bytes(), name=path.name)
        for doc in container.documents:
            if doc.markup in ("html", "ixbrl"):
                assert html_to_text(doc.body) == fold(pad_markup(doc.body)), (path.name, doc.sequence)
