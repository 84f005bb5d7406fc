"""agreement_amendment: "amended and restated", "expanded their collaboration", "extended the
research term", "as amended by an amending agreement dated ...": what is amended, when, and the
change."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from .common import Draft, MODAL_RE, clean, dates_in, event_date, span
from .agreement_cues import _AMEND_CONTEXT_RE, _CHANGE_RE, _DATED_REF_RE, _LEGALESE_RE, _mask
from .agreement_terms import _AMEND_RE

def _amendment(ctx: Context, c: Candidate, text: str) -> Draft | None:
    sent = _mask(text[c.start:c.end])
    m = _AMEND_RE.search(sent)
    if not m or not _AMEND_CONTEXT_RE.search(sent) or _LEGALESE_RE.search(sent):
        return None
    if re.match(r"as amended\s*\(\s*[\"“]", m.group(0)) or re.match(r"as amended\s*\(\s*[\"“]", sent[m.start():m.start() + 20]):
        return None  # a statute "as amended (\"CERCLA\")", not an agreement (A-8K-20120907)
    if _MAY_AMEND_RE.search(sent, 0, m.start()):
        return None  # "with an option to extend the license" (LLY-2021-12-10): a term of the deal, not a change
    verb = m.group("verb").lower()
    if verb.startswith(("expan", "extend", "extension")) and not _PASSIVE_CHANGE_RE.search(sent, 0, m.start()) and not re.match(
            r"(?:expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|expansion of|extension of)\s+(?:the\s+|its\s+|their\s+|our\s+|this\s+)(?:[\w\-]+\s+){0,4}?(?:agreement|collaboration|partnership|license|alliance|term)", sent[m.start():].removeprefix("as ").lstrip(), re.I):
        return None
    if verb.startswith(_NAMED_ONLY):
        deal = _DEAL_AFTER_RE.match(sent, m.end("verb"))
        if not deal or _OTHER_CONTRACT_RE.search(deal.group(0)):
            return None  # "modified its dosing regimen", "modify the purchase agreement": no licence or collaboration
    if verb.startswith("amend") and not re.search(r"agreement|collaboration|license", sent, re.I):
        return None
    rest = m.group("rest")
    change = _CHANGE_RE.search(rest)
    # "an amendment to their 2019 license agreement": the year names the agreement, not the amendment.
    restated = re.match(r"(?:as\s+)?amended\s+and\s+restated\b", sent[m.start():], re.I) is not None
    named = [] if restated else [  # "the Amended and Restated ... Agreement dated as of ..." dates the restatement
        (c.start + r.start(), c.start + r.end()) for rx in (_DATED_REF_RE, _AGREEMENT_DATED_RE, _YEAR_AGREEMENT_RE) for r in rx.finditer(sent)
        if not re.search(r"amend\w*\s+$", sent[max(0, r.start() - 12):r.start()], re.I)]  # "an amending agreement dated ..." is the amendment
    # What the change says ("to extend the research term through December 31, 2026") dates nothing.
    stop = c.start + m.start("rest") + change.start() if change else c.start + m.end()
    opening = _OPENING_DATE_RE.match(sent)
    dates = [] if opening else [d for d in dates_in(ctx, c.doc, c.start + m.start(), stop)
                                if not any(s <= d.start < e for s, e in named)
                                and not _TERM_END_RE.search(text, max(0, d.start - 30), d.start)]
    if not dates:
        # "In October 2015, the two companies announced the extension of ..." (LLY-2021-05-18)
        dates = [d for d in dates_in(ctx, c.doc, c.start, c.start + m.start())
                 if not d.relative and not any(s <= d.start < e for s, e in named)][-1:]
    amended = dates[0].value if dates and not dates[0].relative else None
    ref = _DATED_REF_RE.search(sent)
    label = None
    if ref:
        label = clean(ref.group(0).split(None, 1)[1])
    else:
        # "the expansion of their strategic alliance for sintilimab": the deal named after the verb
        own = _AMENDED_NOUN_RE.match(sent, m.end("verb"))
        noun = own or re.search(r"(?:the|its|their|our)\s+((?:(?!(?:of|the|its|their|our)\s)[\w\-]+\s+){0,4}?(?:agreement|collaboration|partnership|license))", sent, re.I)
        label = clean(noun.group(1)) if noun else None
    reference = re.match(r"as\s+amended\b|amended\s+by\b", sent[m.start():], re.I) is not None
    if reference:
        # "a share purchase agreement dated March 9, 2026, as amended by an amending agreement dated
        # April 30, 2026" (NTLX 2026-06-03): the agreement named just before is the one amended.
        before = _AMENDED_LABEL_RE.search(sent, 0, m.start())
        label = clean(before.group("l")) if before else label
    status = "expected" if MODAL_RE.search(sent[: m.end()]) and re.search(r"\bwill (?:amend|expand|extend)|expects? to", sent, re.I) else None
    if status is None:
        past = amended and ctx.reference_date and (amended[:4] < ctx.reference_date[:4]
                                                   or (reference and len(amended) == 10 and amended < ctx.reference_date))
        status = "historical" if past else "occurred"
    amended = amended or (ctx.reference_date if status == "occurred" else None)
    fields = {"agreement": label, "amended": amended,
              "change": clean(change.group("change")) if change else clean(sent[m.start():m.end()])[:200]}
    names = list(dict.fromkeys(x.name for x in ctx.companies(c.doc, c.start, c.end)))
    return Draft("agreement_amendment", status, event_date(status, amended, ctx.reference_date), fields,
                 [span(c.doc, c.start + m.start(), c.start + m.end())], 0.7,
                 key=("agreement_amendment", amended[:4] if amended else None),
                 order=(c.doc, c.start + m.start()), extra={"change_told": change is not None, "parties": names,
                                                            "named": bool(ref) or reference})


#: Verbs that change a deal only when the deal follows: "modified the terms of their license
#: agreement", "renegotiated its licensing deal", "an addendum to its collaboration agreement".
_NAMED_ONLY = ("modif", "renegotiat", "restructur", "revis", "addendum", "supplement")
_DEAL_AFTER_RE = re.compile(r"\s+(?:to\s+)?(?:the\s+|its\s+|their\s+|our\s+|this\s+)(?:terms\s+of\s+(?:the\s+|its\s+|their\s+|our\s+))?(?:[\w\-]+\s+){0,4}?"
                            r"(?:agreement|collaboration|partnership|licen[cs]e|licensing\s+(?:deal|agreement)|deal|alliance)\b", re.I)
_OTHER_CONTRACT_RE = re.compile(r"\b(?:purchase|supply|credit|loan|lease|employment|merger|underwriting|sales)\b", re.I)
#: The deal named before a passive verb: "The agreement with Beta Pharma AG was expanded to cover ...".
_PASSIVE_CHANGE_RE = re.compile(r"\b(?:agreement|collaboration|license|licence|partnership|alliance)\b[^.;]{0,80}?\b(?:was|were|has been|have been|is being|will be)\s+$", re.I)
#: The end of a term, not the amendment's date: "extend the research term through 2028".
_TERM_END_RE = re.compile(r"\b(?:through|until|till|to|into)\s+(?:the\s+end\s+of\s+)?$", re.I)
#: "the Collaboration Agreement dated June 1, 2022": the agreement's date, not the amendment's.
_AGREEMENT_DATED_RE = re.compile(r"\b(?:agreement|license|collaboration)\s*(?:\([^)]{0,80}\)\s*)?,?\s+dated\s+(?:as\s+of\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|(?:19|20)\d\d)", re.I)
#: "On April 2, 2025, the Company and Beta entered into the First Amendment ...": the opening date.
_OPENING_DATE_RE = re.compile(r"\s*(?:On|In|As of|Effective)\s+(?:[A-Z][a-z]+\.?\s*\d{0,2},?\s*(?:19|20)\d\d|(?:19|20)\d\d)\s*[,，]")
#: "under the companies' 2022 option agreement": that year names the agreement.
_YEAR_AGREEMENT_RE = re.compile(r"\b(?:19|20)\d\d\s+(?:[\w\-]+\s+){0,3}?(?:agreement|collaboration|license|licence|partnership|alliance)\b", re.I)
_MAY_AMEND_RE = re.compile(r"\b(?:option|right|ability|opportunity)\s+to\s+(?:further\s+)?$", re.I)
_AMENDED_NOUN_RE = re.compile(
    r"(?:\s+(?:of|to))?\s+(?:the|its|their|our|this)\s+((?:(?!(?:of|the|its|their|our)\s)[\w\-]+\s+){0,3}?(?:agreement|(?:collaboration|partnership|license|alliance)(?:\s+agreement)?)"
    r"(?:\s+for\s+(?-i:[A-Z][\w\-]*|[a-z]+(?:mab|nib|ran|sen|tide|cept|stat|vir)\b))?)", re.I)
_AMENDED_LABEL_RE = re.compile(
    r"\b(?:an?|the|its|their|our)\s+(?P<l>(?:[\w\-]+\s+){0,4}?agreement(?:\s+dated\s+(?:as\s+of\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|(?:19|20)\d\d))?)"
    r"\s*(?:\([^)]{0,80}\)\s*)?,?\s*$")
