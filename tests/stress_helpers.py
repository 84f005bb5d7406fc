"""What the paraphrase and genre stress tests (``tests/test_extract_*_paraphrases.py``,
``tests/test_extract_genres.py``) share: a mini-release run through :func:`eightk.process`, and
an event matched against wanted values as the scorer compares them."""

from __future__ import annotations

from typing import Any, Mapping

import eightk
from eightk.evaluation.events import values_agree
from eightk.records import Event


def mini_release(headline: str, dateline: str, *sentences: str) -> list[Event]:
    """The events of a release made of a headline, a dateline paragraph and one paragraph per
    sentence."""
    text = headline + dateline + "\n\n".join(sentences) + "\n"
    return list(eightk.process(text.encode("utf-8"), name="stress.txt").events)


def matches(event: Event, want: Mapping[str, Any]) -> bool:
    """Every wanted value agrees as the scorer compares it: ``status`` and ``date`` are the
    event's, ``deal`` an acquisition's own status field, other keys its fields; a tuple lists
    accepted values."""
    for key, value in want.items():
        got = {"status": event.status, "date": event.date, "deal": event.fields.get("status")}.get(key, event.fields.get(key))
        name = "status" if key == "deal" else key
        if not any(values_agree(name, v, got) for v in (value if isinstance(value, tuple) else (value,))):
            return False
    return True
