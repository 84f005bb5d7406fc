"""Cheap gates in front of costly readers: what they skip, and what they must not skip."""

import dataclasses

import eightk
from eightk.extract.press.release import find_press_releases

from conftest import SEED


def seed_with_types(*types: str):
    record = eightk.process(SEED.read_bytes(), name=SEED.name, extract=False)
    doc = record.filing.documents[0]
    docs = tuple(dataclasses.replace(doc, sequence=i + 1, type=t) for i, t in enumerate(types))
    return dataclasses.replace(record.filing, documents=docs)


def test_a_release_is_read_from_the_body_ex99_ex20_and_untyped_documents():
    filing = seed_with_types("8-K", "EX-99.1", "EX-20", "", "EX-99")
    assert [pr.document for pr in find_press_releases(filing)] == [1, 2, 3, 4, 5]


def test_agreements_opinions_and_xbrl_exhibits_are_not_read_for_a_release():
    filing = seed_with_types("EX-1.1", "EX-10.2", "EX-3", "EX-5.1", "EX-101.INS", "ex-4", "EX-104")
    assert find_press_releases(filing) == ()


def test_plain_text_release_is_still_found_whole_through_process():
    record = eightk.process(SEED.read_bytes(), name=SEED.name)
    assert len(record.press_releases) == 1 and record.press_releases[0].headline
