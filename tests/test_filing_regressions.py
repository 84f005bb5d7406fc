

def test_exhibit_table_entries_marked_not_applicable_are_not_exhibits():
    """0000703901-98-000003 (Food Concepts, 1998) prints the whole Regulation S-K exhibit table,
    every entry followed by "Not Applicable." or "None.": no exhibit is filed."""
    import eightk
    from conftest import FILINGS

    path = FILINGS / "ryankfrench-sec_cover_page_parser" / "0000703901-98-000003.txt"
    assert eightk.process(path.read_bytes(), name=path.name).filing.exhibits == ()
