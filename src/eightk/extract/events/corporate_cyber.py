"""cybersecurity_incident events (Item 1.05, since December 2023).

The item says when the incident was found ("On November 28, 2023, the Company detected
unauthorized access to ..."), what it was (the sentence that names it: ransomware,
unauthorized access, a threat actor), and its effect on the company ("has not had a material
impact", "is reasonably likely to materially impact"). ``detected`` is the date of the
detection sentence; ``nature`` and ``impact`` are those sentences, whitespace collapsed.
"""

from __future__ import annotations

import re

from ...records import Filing, PressRelease, Span
from .corporate_common import CorporateDraft, collapse, first_date, is_title, item_texts, sentences

_DETECTED_RE = re.compile(r"\b(?:detected|identified|discovered|became\s+aware|learned|experienced)\b", re.I)
_NATURE_RE = re.compile(r"\b(?:cyber(?:security)?\s*(?:incident|attack)|unauthori[sz]ed\s+(?:access|third\s+party|party|actor)|"
                        r"ransomware|threat\s+actor|malicious|data\s+breach|intrusion|encrypt\w*|exfiltrat\w*)", re.I)
_IMPACT_RE = re.compile(r"\b(?:material(?:ly)?\s+(?:impact|affect)\w*|impact\w*\s+on\s+(?:the\s+)?(?:Company|its|our)|"
                        r"disrupt\w*|operations\s+(?:were|have\s+been))\b", re.I)
CONFIDENCE = 0.7
#: Sentences read per item: the facts lead it; the rest is remediation and boilerplate.
MAX_SENTENCES = 12


def extract(filing: Filing, releases: tuple[PressRelease, ...] = ()) -> list[CorporateDraft]:
    out: list[CorporateDraft] = []
    for it in item_texts(filing, "1.05"):
        fields = {"detected": None, "nature": None, "impact": None}
        evidence: list[Span] = []
        for n, (s, e) in enumerate(sentences(it.text, it.start, it.end)):
            if n >= MAX_SENTENCES:
                break
            sent = it.text[s:e]
            if sent.lstrip().lower().startswith("item") or is_title(sent):
                continue
            if fields["nature"] is None and _NATURE_RE.search(sent):
                fields["nature"] = collapse(sent)
                if _DETECTED_RE.search(sent):
                    found = first_date(it.text, s, e)
                    fields["detected"] = found[0] if found else None
                evidence.append(Span(it.doc, s, e))
            elif fields["impact"] is None and _IMPACT_RE.search(sent):
                fields["impact"] = collapse(sent)
                evidence.append(Span(it.doc, s, e))
        if fields["nature"]:
            out.append(CorporateDraft("cybersecurity_incident", "occurred", fields["detected"] or filing.report_date,
                                      fields, evidence, CONFIDENCE))
    return out
