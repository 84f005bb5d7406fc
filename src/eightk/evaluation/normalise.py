"""Normal forms for comparing cover fields across the body, ``dei:`` tags and the EDGAR header:
case, punctuation, ``042726691`` vs ``04-2726691``, state names vs codes, ZIP+4 vs ZIP."""

from __future__ import annotations

import re

from ..filing.jurisdictions import code_for

_NON_ALNUM = re.compile(r"[^A-Z0-9 ]+")
_SPACES = re.compile(r"\s+")
_EDGAR_STATE_SUFFIX = re.compile(r"\s*/[A-Z]{2,3}/?\s*$")
_WORD_FORMS = {
    "INCORPORATED": "INC", "CORPORATION": "CORP", "COMPANY": "CO", "LIMITED": "LTD",
    "STREET": "ST", "AVENUE": "AVE", "ROAD": "RD", "DRIVE": "DR", "BOULEVARD": "BLVD",
    "SUITE": "STE", "FLR": "FL", "PLACE": "PL", "PARKWAY": "PKWY", "HIGHWAY": "HWY", "LANE": "LN", "COURT": "CT",
    "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W", "FLOOR": "FL", "CENTER": "CTR",
    "ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4", "FIVE": "5", "SIX": "6", "SEVEN": "7",
    "EIGHT": "8", "NINE": "9", "TEN": "10", "AND": "&", "THE": "",
}


def words(value: str) -> str:
    value = _EDGAR_STATE_SUFFIX.sub("", value.upper().replace("&", " AND "))
    value = _NON_ALNUM.sub(" ", value.replace(".", "").replace("'", ""))
    return " ".join(_WORD_FORMS.get(w, w) for w in value.split() if _WORD_FORMS.get(w, w))


def name(value: str) -> str:
    """Spaces dropped too: EDGAR writes "AMAZON COM INC" for "AMAZON.COM, INC."."""
    return words(value).replace(" ", "")


def file_number(value: str) -> str:
    parts = re.findall(r"\d+", value)
    return "-".join(str(int(p)) for p in parts)


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def phone(value: str) -> str:
    return digits(value)[-10:]


def state(value: str) -> str:
    return code_for(value) or words(value)


def zip_code(value: str) -> str:
    return digits(value)[:5]


NORMALISERS = {
    "name": name,
    "state_of_incorporation": state,
    "file_number": file_number,
    "irs_employer_id": digits,
    "address.street": words,
    "address.city": words,
    "address.state": state,
    "address.zip": zip_code,
    "phone": phone,
}


def same(field: str, predicted: str, label: str) -> bool:
    """Whether two values of ``field`` agree after normalisation (a street also agrees when one
    is the other plus a suite or floor: the header keeps STREET 2 apart)."""
    norm = NORMALISERS.get(field, words)
    a, b = norm(predicted), norm(label)
    if a == b:
        return True
    if field == "address.street" and a and b:
        return a.startswith(b) or b.startswith(a)
    return False
