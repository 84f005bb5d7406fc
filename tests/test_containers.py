"""Containers: recognised by content, split into documents, headers read in both dialects."""

from eightk.containers import read_container

from conftest import FILINGS, SEED

EXELON = FILINGS / "dgunning-edgartools-cassettes" / "0000950137-05-004969.txt"
ACORN_NC = FILINGS / "dgunning-edgartools" / "0001493152-25-001317.nc"
RESIDENTIAL_NC = FILINGS / "john-friedman-secsgml" / "archive.txt"
ABVC = FILINGS / "dgunning-edgartools" / "0001213900-25-032135.txt"
LEE = FILINGS / "nelson-yao-MIDS-W266-Final-MSY-lee2014" / "A-8K-20020517172705.txt"


def read(path):
    return read_container(path.read_bytes(), name=path.name)


def test_sec_header_dialect():
    container = read(EXELON)
    header = container.header
    assert container.format == "sgml"
    assert (header.accession, header.form, header.filed, header.period) == (
        "0000950137-05-004969", "8-K", "2005-04-27", "2005-04-26")
    assert header.items == ("Departure of Directors or Principal Officers; Election of Directors; "
                            "Appointment of Principal Officers",)
    filer = header.filer
    assert (filer.name, filer.cik, filer.irs_employer_id, filer.state_of_incorporation, filer.file_number) == (
        "EXELON CORP", "0001109357", "232990190", "PA", "001-16169")
    # The business address, not the mail address that follows it.
    assert (filer.address.city, filer.address.zip) == ("CHICAGO", "60690-3005")
    assert filer.phone == "3123947399"
    assert filer.sources["name"] == "header"


def test_submission_dialect_on_one_line():
    """The .nc feed dialect puts every tag of the header on one line."""
    container = read(ACORN_NC)
    assert container.format == "sgml-nc"
    assert container.header.items == ("5.02", "9.01")
    assert container.header.filer.name == "ACORN ENERGY, INC."
    assert container.header.filer.address.street == "1000 N WEST STREET, SUITE 1200"
    assert [d.type for d in container.documents[:3]] == ["8-K", "EX-10.1", "EX-101.SCH"]


def test_submission_dialect_one_tag_per_line():
    container = read(RESIDENTIAL_NC)
    assert container.format == "sgml-nc"
    assert container.header.filed == "2001-01-02"
    assert container.header.filer.cik == "0000774352"


def test_binary_documents_are_skipped_not_decoded():
    container = read(ABVC)
    kinds = {d.type: d.markup for d in container.documents}
    assert kinds["8-K"] == "ixbrl"
    assert kinds["EX-99.1"] == "html"
    assert kinds["GRAPHIC"] == "binary"
    assert all(d.body == "" for d in container.documents if d.markup == "binary")


def test_lee_format_keeps_its_labels_out_of_the_text():
    container = read(LEE)
    assert container.format == "lee"
    body = container.documents[0].body
    assert "EVENTS:" not in body and not body.startswith("ITEM:")
    assert body.startswith("Table of Contents")
    assert container.header.filed == "2002-05-17"
    assert container.header.items == ()


def test_text_rendering_is_one_text_document():
    container = read(SEED)
    assert container.format == "text"
    assert [d.markup for d in container.documents] == ["text"]
