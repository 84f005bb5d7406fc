"""Media/investor contacts and attributed quotes."""

from __future__ import annotations

import re

from ...records import Contact, Quote, Span
from .text import clean, strip_edges

_TITLE_WORDS = (
    "Executive|Director|Manager|President|Vice|Officer|Chief|Head|Senior|Sr|Relations|"
    "Communications|Corporate|Associate|Specialist|Lead|Global|Investor|Investors|Media|Public|"
    "Affairs|Chairman|Chairwoman|Chair|CEO|CFO|COO|Partner|Principal|Founder|Treasurer|Secretary|"
    "General|Counsel|Consultant|Analyst|Coordinator|Strategy|Development|Business|Finance|Financial|"
    "Managing|Account|Supervisor|Representative|Advisor|Spokesperson|Editor"
)
_TITLE_WORD = re.compile(rf"\b(?:{_TITLE_WORDS})\b")
# "Dr. Uttam Patil", and "Dr.Alexander Stemer" glued (Lilly newsroom text).
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof)(?:\.[ \t\xa0]*|[ \t\xa0]+))?"
_DEGREES = r"(?:,?[ \t\xa0]+(?:Jr|Sr|II|III|(?:[A-Z][a-z]?\.){2,4}|MBChB|MBBS|MBA|MD|PhD|MPH|PharmD|DVM|FRCP|FACC|RN|CPA)\.?){0,3}"
_NAME_WORD = rf"(?!(?:{_TITLE_WORDS}|Email|Phone|Tel|Fax|Contact|Contacts|Inc|The|For|Immediate|Release|News|Press|Source|About|Exhibit|Conference|Call|Dial|Webcast|Time|Replay|Website)\b)[A-Z][a-z'’\-]+"
_PARTICLE = r"(?:[ \t\xa0]+(?:de|van|von|der|den|da|di|du|le|la|del|dos|bin|al))"
NAME = re.compile(
    rf"{_HONORIFIC}{_NAME_WORD}(?:[ \t\xa0]+[A-Z]\.)?(?:{_PARTICLE}{{0,2}}[ \t\xa0]+{_NAME_WORD}){{1,2}}{_DEGREES}"
)
#: "Dr. Patil": an honorific and a surname, resolved to the full name quoted earlier.
SHORT_NAME = re.compile(rf"(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t\xa0]+{_NAME_WORD}")

_ROLE = re.compile(
    r"(?P<role>(?:Investors?|Media|Press|Analysts?)(?:[ \t\xa0]+(?:and|&)[ \t\xa0]+(?:Investors?|Media))?)"
    r"(?:[ \t\xa0]+(?:[Rr]elations|[Cc]ontacts?|[Ii]nquiries))?[ \t\xa0]*:",
)
# Where a contacts block starts: a "Contacts:" label anywhere, or "Investors:"/"Media:" opening a
# line. The two are looked for apart (the label pattern starts with a literal letter, so a
# search skips ahead; the line form only on lines that hold its word), and never overlap.
_CONTACT_LABEL = re.compile(r"(?:C(?:ontacts?|ONTACTS?)|contacts?|Refer[ \t\xa0]+to)[ \t\xa0]*:?")
_CONTACT_ROLE_LINE = re.compile(r"^[ \t\xa0]*(?:Investors?|Media)[ \t\xa0]*:", re.MULTILINE)
_CONTACT_ROLE_WORDS = ("Investor", "Media")


def contact_blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans in ``text[start:end]`` that open a contacts block, in order: what the one
    multi-line pattern ``(?:[Cc]ontacts?|CONTACTS?|Refer[ \t\xa0]+to)[ \t\xa0]*:?|^[ \t\xa0]*(?:Investors?|Media)[ \t\xa0]*:``
    finds."""
    found = {m.span() for m in _CONTACT_LABEL.finditer(text, start, end)}
    for word in _CONTACT_ROLE_WORDS:
        pos = text.find(word, start, end)
        while pos >= 0:
            line = text.rfind("\n", 0, pos) + 1
            if line >= start and (m := _CONTACT_ROLE_LINE.match(text, line, end)):
                found.add(m.span())
            pos = text.find(word, pos + 1, end)
    return sorted(found)


def _contact_label_end(text: str, pos: int) -> int | None:
    m = _CONTACT_LABEL.match(text, pos) or _CONTACT_ROLE_LINE.match(text, pos)
    return m.end() if m else None


PHONE = re.compile(
    r"(?:\+?1[ \t.\-])?(?:\(\d{3}\)[ \t\xa0]?|\d{3}[ \t.\-])?\d{3}[ \t.\-]\d{4}(?!\d)"
    r"|\+\d{1,3}(?:[ \t.\-]\d{1,4}){1,3}[ \t.\-]\d{3,8}(?!\d)"  # international: +972-3-7617108 (NeuroThera 2026)
)
#: An address; markdown renderings escape its underscores ("hern\_kevin\_r@lilly.com", LLY 2020-07-30).
EMAIL = re.compile(r"(?:[\w.+\-]|\\_)+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE_OR_EMAIL = re.compile(rf"{PHONE.pattern}|{EMAIL.pattern}")
_ORG_SUFFIX = re.compile(
    r"(?P<org>(?:[A-Z][\w&’'\-]*[ \t\xa0]+){0,3}?[A-Z][\w&’'\-]*),?[ \t\xa0]+"
    r"(?:Inc|Corp|Corporation|LLC|Ltd|plc|PLC|Co|Company|Group|AG|SA|N\.V|Partners)\.?[ \t\xa0]*$"
)
_LEAD_ORG = re.compile(
    r"^\s*(?P<org>(?:[A-Z][\w&’'\-]*\s+){0,3}[A-Z][\w&’'\-]*,?\s+(?:Inc|Corp|LLC|Ltd|plc|Co)\b\.?)[ \t\xa0]*(?=\n)"
)
# "Investor contact:": the role word before a lower-case "contact" label (U.S. Bancorp 4Q21).
_ROLE_WORD_BEFORE = re.compile(r"(?:Investors?|Media|Press)[ \t\xa0]+$")
_COMPANY_AFTER = re.compile(r"\s*(?:and\s+Company|&\s+Co|,?\s*(?:Inc|Corp|LLC|Ltd)\b)")
_PAREN_ROLE = re.compile(r"\((?P<role>(?:Investors?|Media)(?:\s+(?:and|&)\s+(?:Investors?|Media))?)\)")
#: A contact block never runs longer than this (ImmunoGen's two-contact block is ~300 chars).
MAX_CONTACT_BLOCK = 700


def find_contacts(text: str, doc: int, start: int, end: int) -> tuple[Contact, ...]:
    out: list[Contact] = []
    for b_start, b_end in contact_blocks(text, start, end):
        if out and b_start < out[-1].span.end:  # type: ignore[union-attr]
            continue
        lead = _ROLE_WORD_BEFORE.search(text, max(start, b_start - 12), b_start)
        block_start = lead.start() if lead else b_start
        for contact in _contacts_in(text, doc, block_start, min(end, b_end + MAX_CONTACT_BLOCK)):
            if all(c.name != contact.name for c in out):
                out.append(contact)
    return tuple(out)


def _contacts_in(text: str, doc: int, start: int, end: int) -> list[Contact]:
    """Split a block at role labels or after each phone/email, then read one person per part."""
    label_end = _contact_label_end(text, start)
    pos = label_end if label_end is not None and not _ROLE.match(text, start) else start
    out: list[Contact] = []
    block_org = None  # "Contacts: Alnylam Pharmaceuticals, Inc." heads every person below it
    while pos < end:
        role_m = _ROLE.match(text, pos + len(text[pos:end]) - len(text[pos:end].lstrip()))
        role = None
        if role_m:
            role, pos = role_m.group("role"), role_m.end()
        part_end = _part_end(text, pos, end)
        read = _read_contact(text, doc, pos, part_end, role, block_org)
        if read is None:
            break
        contact, block_org = read
        out.append(contact)
        pos = part_end
    return out


def _part_end(text: str, pos: int, end: int) -> int:
    """A part ends at the next role label, or after its last phone/email before another name."""
    nxt = _ROLE.search(text, pos, end)
    stop = nxt.start() if nxt else end
    last = 0
    for m in _PHONE_OR_EMAIL.finditer(text, pos, stop):
        if last and _gap_has_name(text, last, m.start()):
            return last
        last = m.end()
    blank = text.find("\n\n", last or pos, stop)
    return blank if (blank != -1 and last) else stop


def _gap_has_name(text: str, start: int, end: int) -> bool:
    return bool(NAME.search(text[start:end].strip(" \t\n|;,")))


def _read_contact(
    text: str, doc: int, start: int, end: int, role: str | None, block_org: str | None
) -> tuple[Contact, str | None] | None:
    """One person of a contacts block, and the block's organisation for the people below."""
    s, e = strip_edges(text, start, end, " \t\n|;,:*")
    part = text[s:e]
    lead = _LEAD_ORG.match(part)
    lead_org = clean(lead.group("org")) if lead else block_org
    if lead:
        part, s = part[lead.end() :], s + lead.end()
    paren = _PAREN_ROLE.search(part[:160])
    if paren and role is None:
        role = paren.group("role")
        part = part[: paren.start()] + " " * (paren.end() - paren.start()) + part[paren.end() :]
    name_m = NAME.search(part[:80])
    phone = PHONE.search(part)
    email = EMAIL.search(part)
    if name_m is None or (phone is None and email is None) or _COMPANY_AFTER.match(part, name_m.end()):
        return None
    rest_end = min(m.start() for m in (phone, email) if m is not None)
    rest = part[name_m.end() : max(rest_end, name_m.end())]
    title, org = _title_and_org(rest)
    org = org or lead_org
    contact = Contact(
        role=role,
        name=_bare_name(name_m.group()),
        title=title,
        organization=org,
        phone=phone.group().strip() if phone else None,
        email=email.group().replace("\\_", "_") if email else None,
        span=Span(doc, s + name_m.start(), e),
    )
    return contact, lead_org


_HONORIFIC_RE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof)(?:\.\s*|\s+)")
_DEGREE_RE = re.compile(_DEGREES + "$")


def _bare_name(name: str) -> str:
    """``Dr. Uttam Patil`` -> ``Uttam Patil``; ``Ruth Gimeno, Ph.D.`` -> ``Ruth Gimeno``."""
    return _DEGREE_RE.sub("", _HONORIFIC_RE.sub("", clean(name)))


def _title_and_org(rest: str) -> tuple[str | None, str | None]:
    rest = clean(rest).strip(" ,;|()")
    rest = re.sub(r"\b(?:Tel|Telephone|Phone|Email|E-mail|Office|Mobile|Cell|Direct)\.?:?\s*$", "", rest).strip(" ,;|")
    if not rest:
        return None, None
    org_m = _ORG_SUFFIX.search(rest)
    if org_m is not None:
        words = org_m.group("org").split()
        while len(words) > 1 and _TITLE_WORD.fullmatch(words[0]):
            words.pop(0)
        org_start = org_m.start() + org_m.group().find(words[0])
        title = rest[:org_start].strip(" ,;") or None
        return title, rest[org_start:].strip() or None
    if _TITLE_WORD.search(rest):
        return rest, None
    return None, rest


# --- quotes --------------------------------------------------------------------------------

_QUOTED = re.compile(r"[“\"](?P<q>[^“”\"]{20,3000}?)(?:[”\"]|(?=\n[ \t\xa0]*[“\"]))")
_VERB = r"(?:said|says|stated|states|commented|comments|added|adds|noted|notes|explained|remarked|continued|concluded)"
_VERB_RE = re.compile(_VERB)
_SPEAKER = rf"(?P<speaker>{NAME.pattern}|{SHORT_NAME.pattern})"
# A speaker's title may wrap once in hard-wrapped text ("chairman and chief executive officer of
# \nVarian").
_TITLE = r"(?P<title>(?:[^\n“”\"]|\n(?![ \t\xa0]*\n)){2,160}?)"
# Between the closing quote and the attribution: doubled quotes and footnote digits
# (Lilly newsroom text: ``bleed,"6saidKristin Belleson``).
_GAP = r"[”\"]*\d{0,3}[ \t\xa0]*,?[ \t\xa0]*"
_SENTENCE_END = r"(?:\.(?=[ \t\xa0]*(?:[“\"\n*]|$|[A-Z]))|$|\n[ \t\xa0]*(?:\n|(?=[“\"])))"
# After the quote:  ," said X, chief executive officer of Y.   /  ," X, CEO, said.
_AFTER_SAID = re.compile(rf"{_GAP}{_VERB}(?:[ \t\xa0]+|(?=[A-Z])){_SPEAKER}(?:[ \t\xa0]*,[ \t\xa0]*{_TITLE})?[ \t\xa0]*{_SENTENCE_END}")
#  ," said Chairman and CEO Bruce Van Saun.
_AFTER_SAID_TITLED = re.compile(
    rf"{_GAP}{_VERB}[ \t\xa0]+(?P<title>(?:(?:{_TITLE_WORDS}|and|of|the|&),?[ \t\xa0]+){{1,8}}){_SPEAKER}[ \t\xa0]*{_SENTENCE_END}"
)
_AFTER_NAME = re.compile(
    rf"{_GAP}{_SPEAKER}(?:[ \t\xa0]*,[ \t\xa0]*{_TITLE})?[ \t\xa0]*,?[ \t\xa0]*{_VERB}[ \t\xa0]*(?:\.|$)", re.MULTILINE
)
#  ”  — Uttam Patil, Ph.D., Chief Executive Officer of ABVC
_AFTER_DASH = re.compile(rf"[”\"]*\s*[—–][ \t\xa0]*{_SPEAKER}(?:[ \t\xa0]*,[ \t\xa0]*(?P<title>[^\n“”\"]{{2,160}}))?[ \t\xa0]*(?:\n|$)")
# Before the quote:  X, Chairman and CEO, commented, "   /   X, CBO, stated that "
_BEFORE = re.compile(
    rf"{_SPEAKER}(?:[ \t\xa0]*,[ \t\xa0]*{_TITLE})?[ \t\xa0]*,?[ \t\xa0]+{_VERB}(?:[ \t\xa0]+that)?[ \t\xa0]*[,:]?\s*$"
)
#: Longest gap between an attributed quotation and its unattributed continuation
#: (an attribution such as ``," said X, chief executive officer of Y. "``).
MAX_CONTINUATION_GAP = 200
#: Words a quotation needs to count as a quote, not a defined term ("the "Company"").
MIN_QUOTE_WORDS = 6


def find_quotes(text: str, doc: int, start: int, end: int) -> tuple[Quote, ...]:
    out: list[Quote] = []
    for m in _QUOTED.finditer(text, start, end):
        body = m.group("q")
        if len(body.split()) < MIN_QUOTE_WORDS:
            continue
        speaker, title = _attribution(text, m.start(), m.end(), start, end)
        speaker = _full_name(speaker, out, text, start, end)
        if speaker is None:
            if out and out[-1].span is not None and _near(text, out[-1].span.end, m.start()):
                prev = out[-1]
                out[-1] = Quote(prev.speaker, prev.speaker_title, prev.text + " " + clean(body),
                                Span(doc, prev.span.start, m.end()))  # type: ignore[union-attr]
            continue
        qs, qe = strip_edges(text, m.start("q"), m.end("q"), " \t\n")
        out.append(Quote(speaker, title, clean(text[qs:qe]), Span(doc, m.start(), m.end())))
    return tuple(out)


def _near(text: str, prev_end: int, start: int) -> bool:
    """A continuation: the next quotation within a short attribution or one paragraph break."""
    if start - prev_end >= MAX_CONTINUATION_GAP:
        return False
    return text.count("\n\n", prev_end, start) <= 1


def _attribution(text: str, qs: int, qe: int, floor: int, ceil: int) -> tuple[str | None, str | None]:
    after = text[qe : min(ceil, qe + 260)]
    for pattern in (_AFTER_SAID, _AFTER_SAID_TITLED, _AFTER_NAME, _AFTER_DASH):
        m = pattern.match(after)
        if m:
            return _speaker(m)
    line_start = text.rfind("\n", floor, qs) + 1
    if not text[max(line_start, floor) : qs].strip():  # the quote opens a line: read the line above
        above = len(text[floor:line_start].rstrip()) + floor
        line_start = text.rfind("\n", floor, above) + 1
    line_start = max(line_start, qs - 260, floor)
    if not _VERB_RE.search(text, line_start, qs):
        return None, None  # no "said"/"stated"...: the costly speaker pattern cannot match
    m = _BEFORE.search(text, line_start, qs)
    if m:
        return _speaker(m)
    return None, None


def _full_name(speaker: str | None, earlier: list[Quote], text: str, start: int, end: int) -> str | None:
    """``Patil`` (from "added Dr. Patil") -> ``Uttam Patil``: the name of an earlier speaker, or
    the first full name in the release that ends with the surname."""
    if speaker is None or " " in speaker:
        return speaker
    for q in reversed(earlier):
        if q.speaker and q.speaker.split()[-1] == speaker:
            return q.speaker
    m = re.compile(rf"\b([A-Z][a-z'’\-]+(?:[ \t\xa0]+[A-Z]\.)?)[ \t\xa0]+{re.escape(speaker)}\b").search(text, start, end)
    return f"{m.group(1)} {speaker}" if m else speaker


def _speaker(m: re.Match[str]) -> tuple[str, str | None]:
    name = _bare_name(m.group("speaker"))
    title = m.group("title")
    return name, (clean(title).strip(" ,.") or None) if title else None
