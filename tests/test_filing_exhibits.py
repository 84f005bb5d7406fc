from __future__ import annotations

from eightk.filing.exhibits import parse_exhibits
from eightk.records import Document


def _exhibits(text: str, documents=()):
    return [(e.number, e.description, e.document) for e in parse_exhibits(text, 1, [(0, len(text))], tuple(documents))]


def test_flattened_table_of_the_seed() -> None:
    assert _exhibits("(d) The following exhibit is being filed herewith:\n\nExhibit No.Exhibit99.1Press Release of ImmunoGen, Inc. dated July 31, 2007") == [
        ("99.1", "Press Release of ImmunoGen, Inc. dated July 31, 2007", None)
    ]


def test_table_cells_and_join_to_attached_documents() -> None:
    text = "Exhibit No.\tDescription\n99.1\tPress release dated June 25, 2026\n104\tCover Page Interactive Data File\n"
    docs = [Document(1, "8-K", None, None, "html", text), Document(2, "EX-99.1", "ex991.htm", None, "html", "x")]
    assert _exhibits(text, docs) == [("99.1", "Press release dated June 25, 2026", 2), ("104", "Cover Page Interactive Data File", None)]


def test_number_alone_then_description_below() -> None:
    assert _exhibits("Exhibit No. 99.1\n\nExhibit\n\nPress Release of ImmunoGen") == [("99.1", "Press Release of ImmunoGen", None)]


def test_0000891020_98_001352_numbered_notes_and_percentages_are_not_exhibits() -> None:
    text = "1.    ORGANIZATION AND SIGNIFICANT ACCOUNTING POLICIES\n1.0%. The agreement requires\n23.1    Independent Auditors' Consent\n"
    assert _exhibits(text) == [("23.1", "Independent Auditors' Consent", None)]


def test_loose_join_by_file_name() -> None:
    text = "99.1 First release\n99.2 Second release\n"
    docs = [Document(2, "EX-99", "d8k-ex992.htm", None, "html", "x"), Document(3, "EX-99", "d8k-ex991.htm", None, "html", "y")]
    assert _exhibits(text, docs) == [("99.1", "First release", 3), ("99.2", "Second release", 2)]


def test_list_on_the_exhibits_line() -> None:
    assert _exhibits("(d) Exhibits. 99.1 Press release dated May 11, 2020") == [("99.1", "Press release dated May 11, 2020", None)]


def test_AA_8K_20100125163025_inline_exhibit_captions_after_the_signature() -> None:
    from eightk.filing.exhibits import inline_exhibits

    text = "Pursuant to the requirements...\nDate: January 25, 2010\nExhibit 99\nAlcoa Announces Dividend\nEXHIBIT 99.2\nMore.\nExhibit 99 continued\n"
    assert [(e.number, e.description) for e in inline_exhibits(text, 1, 0)] == [("99", None), ("99.2", None)]
