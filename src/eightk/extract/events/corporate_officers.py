"""officer_change events (Item 5.02; legacy Item 6 before 2004 has no such item and is not read).

One event per person and change: "the board ... elected Thomas J. Ridge to serve as a Class I
director, effective May 2, 2005" (Exelon) -> elected, "Class I director", effective 2005-05-02.
Departures ("has decided to retire", "will terminate effective", "resigned", "transitioned from
the role of") and arrivals ("appointed", "named", "became", "will become") are read sentence by
sentence; a departure's ``successor`` is the person appointed to a role sharing its title words.
Compensation-only 5.02s (Acorn's consulting agreement, 1895 Bancorp's extended terms) and the
"no arrangements or understandings ... pursuant to which X was appointed" boilerplate state no
change. The announcement is the event (``occurred``); ``effective`` says when it takes hold.
"""

from __future__ import annotations

import re

from ...records import Filing, PressRelease, Span
from .corporate_common import CorporateDraft, first_date, item_texts, on_date, sentences

#: A name word: "Ridge", "McCann", "O’Byrne", "Paláu-Hernández"; not "JPMorgan" or "CEO".
_NAME_WORD = r"[A-Z](?:[a-zà-ÿ]|[’'][A-Z])[a-zA-Zà-ÿ’'\-]*"
_PERSON = (rf"(?<![A-Za-z’'])(?:(?:Mr|Ms|Mrs|Dr)\.[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?|{_NAME_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]*){{1,3}}|[ \t]+)"
           rf"(?:{_NAME_WORD}[ \t]+)?{_NAME_WORD}(?:,?[ \t]+(?:Jr|Sr|III|II)\.?)?)(?!\s*&|\s+(?:Inc|Corp|LLC)\b)")
PERSON_RE = re.compile(_PERSON)
#: Honorific + surname ("Mr. Hetzel", "Ms. Lake"): a later mention of a person named before.
SHORT_RE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.\s+(?P<surname>[A-Z][a-zA-Z’'\-]+)")
#: Words that look like names but are not people.
_NOT_PERSON = frozenset("""Board Company Firm Directors Chief Executive Officer President Financial The
On Item Registrant Committee Annual Meeting Bank Corporation Inc Vice Chairman Commission Exchange
Securities Form Current Report Agreement Class Department Secretary Governor Director Treasurer
Section Proxy Statement United States Operating Compensation Development Management Consumer
Community Banking Commercial Investment Separation Effective Date Employment Consulting Certain Officers
Compensatory Arrangements Election Appointment Departure Directors Global Primary Products Group Services
Operations Human Resources Technologies Systems International Holdings Capital Partners Counsel Markets Corporate Controller General Senior Executive Group""".split())

_ROLE_STOP = (r"(?=\s*(?:,|\.(?:\s|$)|;|\(|\)|\s+effective\b|\s+of\s+(?:the\s+)?(?:Company|Firm|Registrant|Corporation|"
              r"Bank|Board|[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4},?\s+(?:Inc|Corp|LLC|Ltd|Co)\b)|\s+until\b|\s+on\s+(?=[A-Z][a-z]+\.?\s+\d)|"
              r"\s+to\b|\s+for\s+a\b|\s+following\b|\s+upon\b|\s+and\s+(?:the|will|has|a|as)\b|$))")
ROLE = r"(?:(?:a|an|the|its|our)\s+)?(?P<role>[A-Za-z][\w&’'\-]*(?:\s+(?!and\s+(?:the|will|has|a|as)\b)[\w&’'\-]+){0,8}?)" + _ROLE_STOP

#: (change, pattern): ``p`` is the person (or persons) whose role changes.
_ARRIVALS = (
    ("elected", re.compile(r"\belected\s+(?P<p>" + _PERSON + r")\s+(?:to\s+serve\s+)?(?:as|to)\s+" + ROLE)),
    ("appointed", re.compile(r"\b(?:appointed|named|promoted)\s+(?P<p>" + _PERSON + r")\s+(?:to\s+serve\s+)?(?:as|to)\s+" + ROLE)),
    ("elected", re.compile(r"(?P<p>" + _PERSON + r"(?:[^;]{0,160}?\band\s+" + _PERSON + r")?)[^;]{0,120}?\b(?:has|have|was|were)\s+been\s+elected\s+(?:as\s+|to\s+)?" + ROLE)),
    ("elected", re.compile(r"(?P<p>" + _PERSON + r")[^;]{0,120}?\b(?:was|were)\s+elected\s+(?:as\s+|to\s+(?:serve\s+as\s+)?)?" + ROLE)),
    ("appointed", re.compile(r"(?P<p>" + _PERSON + r")[^;]{0,120}?\b(?:has|have|was|were)\s+(?:been\s+)?(?:appointed|named|promoted)\s+(?:as\s+|to\s+(?:serve\s+as\s+|the\s+position\s+of\s+)?)?" + ROLE)),
    ("appointed", re.compile(r"(?P<p>" + _PERSON + r")\s+(?:became|will\s+become|will\s+succeed\s+[^;]{0,60}?\s+as)\s+" + ROLE)),
    ("appointed", re.compile(r"(?P<p>" + _PERSON + r"),\s+who\s+(?:[^;]{0,40}?\s+)?(?:will\s+become|became)\s+" + ROLE)),
    ("appointed", re.compile(r"(?P<p>He|She)\s+will\s+(?:become|assume\s+the\s+(?:position|role|title)\s+of)\s+" + ROLE)),
    ("appointed", re.compile(r"(?P<p>" + _PERSON + r")[^;]{0,40}?\s+will\s+assume\s+the\s+(?:position|role|title|duties|responsibilities)\s+of\s+(?:the\s+)?" + ROLE)),
)
_DEPARTURES = (
    ("terminated", re.compile(r"(?P<p>" + _PERSON + r")[’']s\s+employment\s+as\s+" + ROLE + r"[^;]{0,120}?\b(?:will\s+)?terminat(?:e|ed)\b")),
    ("terminated", re.compile(r"\bterminated\s+(?:the\s+employment\s+of\s+)?(?P<p>" + _PERSON + r")\s+as\s+" + ROLE)),
    ("resigned", re.compile(r"(?P<p>" + _PERSON + r")\s+transitioned\s+from\s+(?:the\s+role\s+of\s+|(?:his|her|their)\s+(?:role|position)\s+as\s+)?" + ROLE)),
    ("retired", re.compile(r"(?P<p>" + _PERSON + r"(?:(?:,\s*|\s+and\s+)" + _PERSON + r")*)\s+retired\s+from\s+the\s+(?P<role>Board)\b")),
    ("resigned", re.compile(r"(?P<p>" + _PERSON + r")[^;]{0,160}?\b(?:resigned|will\s+resign|would\s+resign|is\s+resigning|has\s+decided\s+to\s+resign|(?:notified|informed)[^;]{0,80}?(?:intention|decision)\s+to\s+resign|stepped\s+down|will\s+step\s+down)\b")),
    ("retired", re.compile(r"(?P<p>" + _PERSON + r")[^;]{0,160}?\b(?:retired|will\s+retire|would\s+retire|is\s+retiring|has\s+decided\s+to\s+retire|decided\s+to\s+retire|(?:notified|informed)[^;]{0,80}?(?:intention|decision)\s+to\s+retire)\b")),
)
#: Sentences that restate an appointment without making one (Item 401/404 boilerplate).
_BOILERPLATE_RE = re.compile(r"\bno\s+(?:arrangements?|understandings?|family\s+relationships?)\b|\bItem\s+40[14]\b|"
                             r"\bthere\s+(?:are|is|were)\s+no\b|\bnot\s+(?:been\s+)?(?:appointed|named)\b", re.I)
_IMMEDIATE_RE = re.compile(r"\beffective\s+(?:immediately|as\s+of\s+(?:such|that|the\s+same)\s+date|on\s+such\s+date)", re.I)
#: Words between "effective" and its date: "Effective upon Mr. Cooper's departure on November 3,
#: 2006" (Agilent 2006).
EFFECTIVE_GAP = 45
_EFFECTIVE_RE = re.compile(r"\beffective(?:\s+as\s+of|\s+on)?\s+", re.I)
#: A role after a name in apposition ("Marianne Lake, current CEO of CCB, has decided to retire").
_APPOSITION_RE = re.compile(r"^,\s*(?:age\s+\d+,\s*)?(?:(?:the|our|its|current|then|current\s+and\s+former)\s+)*(?P<role>[A-Z][^,;]{1,140}),")
_POSITION_RE = re.compile(r"\b(?:as|position\s+(?:of|as))\s+(?:(?:the|its|our|a|an)\s+)?" + ROLE[ROLE.index("(?P<role>"):], re.S)
CONFIDENCE = 0.8
#: Background in a biography ("Mr. Joss was elected to the Board in July 2003 and has served
#: continuously since that time", Agilent 2009) is not the change being reported.
_BACKGROUND_RE = re.compile(r"\b(?:has|have)\s+served\b|\bsince\b|\bpreviously\s+served\b", re.I)
#: A change announced before and restated here: "who as previously announced will become
#: Alcoa's Chief Financial Officer" (Alcoa 2006).
_PREVIOUSLY_RE = re.compile(r"\bpreviously\s+(?:announced|disclosed|reported)\b", re.I)
_VACANCY_RE = re.compile(r"^(?:fill\s+)?(?:a|the)?\s*vacanc(?:y|ies)\b", re.I)
_PRONOUN_RE = re.compile(r"\b(?:He|She)\b")
_POSSESSIVE_RE = re.compile(r"^(?!Chairman|President|Board|Chief)[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2}[’']s\s+(?=[A-Z])")
_PLURAL_RE = re.compile(r"(?<=[a-zA-Z]{2})s$")


def extract(filing: Filing, releases: tuple[PressRelease, ...] = ()) -> list[CorporateDraft]:
    out: list[CorporateDraft] = []
    for it in item_texts(filing, "5.02"):
        out.extend(_item_events(filing, it))
    return out


def _item_events(filing: Filing, it) -> list[CorporateDraft]:
    text = it.text
    item_date = on_date(text, it.start, it.end) or filing.report_date
    names: dict[str, str] = {}  # surname -> full name
    found: dict[tuple[str, str], CorporateDraft] = {}  # one event per person and change
    last: list[str] = []  # the last person named, for "He will assume ..."
    for s, e in sentences(text, it.start, it.end):
        sent = text[s:e]
        if _BOILERPLATE_RE.search(sent):
            continue
        date = on_date(text, s, e) or item_date
        for change, m in _matches(sent):
            if change in ("appointed", "elected") and _BACKGROUND_RE.search(sent):
                continue
            for person in _persons(m.group("p"), names, last):
                role = _role(sent, m, person)
                if (person, change) in found or not role:
                    continue
                status = "historical" if _PREVIOUSLY_RE.search(m.group(0)) else "occurred"
                fields = {"person": person, "role": role, "change": change,
                          "effective": _effective(text, s, e, date), "successor": None}
                found[(person, change)] = CorporateDraft("officer_change", status, date, fields,
                                                               [Span(it.doc, s, e)], CONFIDENCE)
        for m in PERSON_RE.finditer(sent):
            _remember(names, m.group(0))
            if _remembered(m.group(0), names):
                last[:] = [_remembered(m.group(0), names)]
    events = list(found.values())
    _successors(events)
    return events


#: The verbs of ``_ARRIVALS`` and ``_DEPARTURES``, one of which each of their matches holds.
_CHANGE_VERB_RE = re.compile(r"elected|appointed|named|promoted|bec[oa]me|succeed|assume|terminat|transitioned|retir|resign|step")


def _matches(sent: str):
    """Each (change, match) in a sentence. Patterns that start with the person are tried at
    every name, so "On February 23, 2010, Alcoa ... announced that Bernt Reitan, ..., will
    retire" finds Reitan, not "On February"."""
    if not _CHANGE_VERB_RE.search(sent):
        return  # every pattern holds one of these verbs: most sentences of a 5.02 hold none
    starts = [m.start() for m in PERSON_RE.finditer(sent)] + [m.start() for m in _PRONOUN_RE.finditer(sent)]
    for change, rx in _ARRIVALS + _DEPARTURES:
        if rx.pattern.startswith("(?P<p>"):
            for pos in starts:
                m = rx.match(sent, pos)
                if m:
                    yield change, m
        else:
            yield from ((change, m) for m in rx.finditer(sent))


def _remembered(name: str, names: dict[str, str]) -> str | None:
    words = name.replace(",", " ").split()
    return names.get(words[-1]) if words else None


def _remember(names: dict[str, str], name: str) -> None:
    words = name.replace(",", " ").split()
    if len(words) < 2 or any(w.rstrip(".") in _NOT_PERSON for w in words) or words[0].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr"):
        return
    names.setdefault(words[-1], name)


def _persons(raw: str, names: dict[str, str], last: list[str] = ()) -> list[str]:
    if raw in ("He", "She"):
        return list(last[-1:])
    out = []
    for m in PERSON_RE.finditer(raw):
        name = m.group(0).strip()
        short = SHORT_RE.match(name)
        if short:
            name = names.get(short.group("surname"), name)
        words = name.split()
        if any(w.rstrip(".,") in _NOT_PERSON for w in words):
            continue
        out.append(name)
    return out


def _role(sent: str, m: re.Match[str], person: str) -> str | None:
    role = m.groupdict().get("role")
    if role and m.group("role") == "Board":
        return "director"
    if not role:
        pos = sent.find(person.split()[-1])
        app = _APPOSITION_RE.match(sent[pos + len(person.split()[-1]):]) if pos >= 0 else None
        if app:
            role = app.group("role")
        else:
            pm = _POSITION_RE.search(sent, m.start())
            role = pm.group("role") if pm else None
    if not role:
        return None
    role = _extend(sent, role)
    role = _POSSESSIVE_RE.sub("", role.strip(" ,."))
    if _VACANCY_RE.match(role):
        return "director"  # "appointed James W. Owens to fill a vacancy on the Board" (Alcoa 2005)
    if len(PERSON_RE.findall(m.group("p"))) > 1:
        role = _PLURAL_RE.sub("", role)  # "elected Co-Presidents" -> each a Co-President
    return role or None


#: A title continued after a comma: "Executive Vice President, Finance and Administration, Chief
#: Financial Officer, effective April 1, 2010" (Agilent 2010).
_MORE_TITLE_RE = re.compile(r",\s+((?:[A-Z][\w&’'\-]*)(?:\s+(?:[A-Z][\w&’'\-]*|and|of|&)){0,6})(?=,|\s+effective\b|\.|$)")
_TITLE_KEY_RE = re.compile(r"\b(?:Officer|President|Treasurer|Secretary|Controller|Counsel|Director|Chair\w*|Administration|"
                           r"Finance|Operations|Products|Group)\b")


def _extend(sent: str, role: str) -> str:
    end = sent.find(role)
    if end < 0:
        return role
    end += len(role)
    while (m := _MORE_TITLE_RE.match(sent, end)) and _TITLE_KEY_RE.search(m.group(1)):
        role, end = f"{role}, {m.group(1)}", m.end()
    return role


def _effective(text: str, start: int, end: int, date: str | None) -> str | None:
    if _IMMEDIATE_RE.search(text, start, end):
        return date
    m = _EFFECTIVE_RE.search(text, start, end)
    if not m:
        return None
    found = first_date(text, m.end(), min(end, m.end() + EFFECTIVE_GAP + 20))
    return found[0] if found and found[1] - m.end() < EFFECTIVE_GAP else None


_TITLE_WORD_RE = re.compile(r"[A-Za-z&]+")
_MINOR = frozenset("of the and a an for to in sole current".split())


_CAPS_RE = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][a-z]+\s*(?:&|and)?\s*){2,5})")


def _title_words(role: str) -> set[str]:
    """Title words, plus the initials of a capitalised unit ("Consumer & Community Banking" ->
    "ccb"), so "CEO of CCB" meets "CEO of Consumer & Community Banking" (JPMorgan 2026)."""
    words = {w.lower() for w in _TITLE_WORD_RE.findall(role) if w.lower() not in _MINOR}
    for m in _CAPS_RE.finditer(role):
        words.add("".join(w[0] for w in m.group(1).split() if w[0].isupper()).lower())
    return words


def _successors(events: list[CorporateDraft]) -> None:
    """A departure's successor: the person appointed or elected to the role sharing most title
    words with the departing one, at least half of the shorter title's ("CEO of CCB" -> "CEO of Consumer & Community Banking")."""
    arrivals = [e for e in events if e.fields["change"] in ("appointed", "elected")]
    for ev in events:
        if ev.fields["change"] in ("appointed", "elected"):
            continue
        words = _title_words(ev.fields["role"])
        scored = sorted(((len(words & _title_words(a.fields["role"])), a.fields["person"]) for a in arrivals
                         if a.fields["person"] != ev.fields["person"]), reverse=True)
        best = scored[0] if scored else (0, "")
        others = [a for a in arrivals if a.fields["person"] == best[1]]
        need = min(len(words), len(_title_words(others[0].fields["role"]))) if others else 0
        if best[0] and best[0] * 2 >= need and (len(scored) == 1 or scored[1][0] < best[0]):
            ev.fields["successor"] = best[1]
