"""US states and the usual foreign jurisdictions of incorporation, names and postal codes."""

from __future__ import annotations

import re

from .anycase import trie

STATES: dict[str, str] = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
    "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL",
    "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
    "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR",
    "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD",
    "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA",
    "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
    "Puerto Rico": "PR", "Guam": "GU", "Virgin Islands": "VI",
}
#: EDGAR's codes for common foreign jurisdictions (header STATE OF INCORPORATION).
FOREIGN: dict[str, str] = {
    "Alberta": "A0", "British Columbia": "A1", "Manitoba": "A2", "New Brunswick": "A3",
    "Nova Scotia": "A5", "Ontario": "A6", "Quebec": "A8", "Canada": "Z4", "Bermuda": "D0",
    "Cayman Islands": "E9", "British Virgin Islands": "D8", "Ireland": "L2", "Israel": "L3",
    "Netherlands": "P7", "Luxembourg": "N4", "Marshall Islands": "1T", "Switzerland": "V8",
    "United Kingdom": "X0", "England and Wales": "X0", "England": "X0", "Jersey": "Y9",
    "Panama": "R1", "Bahamas": "C5", "Liberia": "M0", "Singapore": "U0", "Australia": "C3",
}
#: AP-style abbreviations, as some covers print them ("Louisville, Ky. 40232").
AP_STYLE: dict[str, str] = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS",
    "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
    "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "n.h": "NH", "n.j": "NJ",
    "n.m": "NM", "n.y": "NY", "n.c": "NC", "n.d": "ND", "okla": "OK", "ore": "OR", "pa": "PA",
    "r.i": "RI", "s.c": "SC", "s.d": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA",
    "wash": "WA", "w.va": "WV", "wis": "WI", "wyo": "WY", "d.c": "DC",
}
CODES = {**{v: k for k, v in STATES.items()}}
_ALL = {**STATES, **FOREIGN}
#: Longest names first so "West Virginia" wins over "Virginia". The plain form, kept to define
#: what :data:`JURISDICTION` matches (tests hold the two equal).
PLAIN_JURISDICTION = (
    r"\b(" + "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _ALL), key=len, reverse=True)) + r")\b"
)
#: The same names as a prefix tree in any case (see :mod:`.anycase`): five times faster than the
#: flat ``re.IGNORECASE`` alternation, which tried 80 names at every word.
JURISDICTION = re.compile(r"\b(" + trie(list(_ALL)) + r")\b")
_SPACE = re.compile(r"\s+")


def code_for(name: str) -> str | None:
    """``"Massachusetts"`` -> ``"MA"``; a two-letter code is returned upper-cased; unknown -> None."""
    cleaned = _SPACE.sub(" ", name.strip().strip(".,")).lower()
    for known, code in _ALL.items():
        if known.lower() == cleaned:
            return code
    if re.fullmatch(r"[a-z0-9]{2}", cleaned):
        return cleaned.upper()
    return AP_STYLE.get(cleaned.rstrip("."))
