"""Bad input: a one-line error naming the file and what is wrong, or a record with warnings."""

import pytest

import eightk
from eightk.errors import InputError, ParseError

from conftest import FILINGS, SEED

EXELON = FILINGS / "dgunning-edgartools-cassettes" / "0000950137-05-004969.txt"


def one_line(exc: BaseException) -> str:
    message = str(exc)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("raw", [b"", b"   \n\t  "])
def test_empty_file(raw):
    with pytest.raises(InputError) as info:
        eightk.process(raw, name="empty.txt")
    assert one_line(info.value) == "empty.txt: empty file"


@pytest.mark.parametrize("raw, what", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"some text\x00\x01\x02 then binary", "NUL byte"),
])
def test_binary_file(raw, what):
    with pytest.raises(InputError) as info:
        eightk.process(raw, name="thing.bin")
    message = one_line(info.value)
    assert message.startswith("thing.bin: binary file") and what in message


def test_file_over_the_size_limit():
    with pytest.raises(InputError) as info:
        eightk.process(b"x" * 2000, name="big.txt", max_bytes=1000)
    assert "over the 1,000-byte limit" in one_line(info.value)


def test_truncated_sgml_keeps_what_could_be_read():
    raw = EXELON.read_bytes()
    cut = raw[: raw.index(b"</DOCUMENT>") - 200]
    record = eightk.process(cut, name="cut.txt")
    assert any("unterminated <DOCUMENT> at character" in w for w in record.warnings)
    assert "Thomas J. Ridge" in record.filing.documents[0].text


def test_unterminated_header_is_a_parse_error_with_position():
    raw = EXELON.read_bytes()
    cut = raw[: raw.index(b"</SEC-HEADER>")]
    with pytest.raises(ParseError) as info:
        eightk.process(cut, name="cut.txt")
    assert "unterminated <SEC-HEADER>" in one_line(info.value) and "at character" in str(info.value)


def test_cp1252_bytes_in_a_utf8_file_are_read_with_a_warning():
    raw = SEED.read_bytes().replace(b"ImmunoGen's", b"ImmunoGen\x92s", 1)
    record = eightk.process(raw, name="seed-cp1252.txt")
    assert any("not valid UTF-8 from byte" in w for w in record.warnings)
    assert "ImmunoGen\u2019s" in record.filing.documents[0].text


def test_a_10k_handed_over_by_mistake():
    raw = EXELON.read_bytes().replace(b"CONFORMED SUBMISSION TYPE:\t8-K", b"CONFORMED SUBMISSION TYPE:\t10-K")
    with pytest.raises(InputError) as info:
        eightk.process(raw, name="annual.txt")
    assert one_line(info.value) == "annual.txt: this is a 10-K filing, not an 8-K"


def test_html_page_with_no_items_gives_a_warning():
    record = eightk.process(b"<html><body><p>Hello, world.</p></body></html>", name="page.html")
    assert "no items found" in record.warnings or "form not recognised: read as an 8-K" in record.warnings
    assert record.filing.documents[0].text == "Hello, world."
