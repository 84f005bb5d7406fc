import eightk


def test_public_api_is_small_and_pinned():
    assert sorted(eightk.__all__) == sorted([
        "EightKError", "Event", "FetchError", "Filing", "InputError", "NotFound", "ParseError",
        "Record", "Span", "__version__", "process", "to_dict",
    ])


def test_process_returns_a_record(seed_bytes):
    record = eightk.process(seed_bytes, name="seed.txt")
    assert isinstance(record, eightk.Record)
    assert record.filing.documents[0].text
