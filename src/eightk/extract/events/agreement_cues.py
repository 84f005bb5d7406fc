"""Words and shapes shared by the agreement extractors: the announcement and grant verbs, the
nouns of a deal, a company name, and the masks and guards every sentence passes first."""

from __future__ import annotations

import re

from .common import MODAL_RE

_AGREEMENT_NOUN = r"(?:licen[cs]e|licensing|collaboration|co-development|co-commerciali[sz]ation|partnership|alliance|development|option|research|commercialization|strategic|definitive|global|exclusive|worldwide|\s|and|,)*(?:agreement|partnership|collaboration|alliance|deal|license|pact|joint venture|memorandum of understanding|(?-i:MOU|MoU))\b"
_ANNOUNCE_RE = re.compile(
    r"\b(?:entered into|enter(?:s|ed)? into|has entered|entered(?=\s+(?:an?|the)\s)|signed|sign(?:s|ing)?|execut(?:e|es|ed)|formed|establish(?:ed|es)|ink(?:s|ed)|struck|strikes|seal(?:s|ed)|land(?:ed|s)?|clinch(?:ed|es)|reach(?:ed|es)|conclud(?:e|ed|es)|finali[sz](?:e|ed|es)|announc(?:ed|es|e)|form(?:ed|s)?)\b"
    r"[^.;]{0,80}?\b(?:an?|the|new|its|their)\s+(?:[\w\-]+\s+){0,6}?" + _AGREEMENT_NOUN +
    # A headline names the deal without an article: "Lilly and Entos Pharmaceuticals Enter into
    # Research and Collaboration Agreement to Support ..." (LLY-2022-01-06).
    r"|\b(?:enter(?:s|ed|ing)?\s+into|sign(?:s|ed)?|execut(?:es|ed|e)|ink(?:s|ed)|strikes|seal(?:s|ed)|land(?:s|ed)|(?-i:Announces?))\s+(?:[\w\-$€£¥.]+\s+){0,6}?" + _AGREEMENT_NOUN,
    re.I,
)
_COLLABORATE_RE = re.compile(r"\b(?:(?:has|have) partnered with|partnered with|(?:has|have) teamed up with|teamed up with|"
                             r"partners with|teams? up with|join(?:s|ed)? forces with|"
                             # "Acme and Beta have agreed to jointly develop ACM-3 and share costs"
                             r"agreed to (?:jointly (?:develop|research|commerciali[sz]e)|co-develop|co-commerciali[sz]e))\b", re.I)
#: What a partnering verb must be for to be a drug deal: "Acme Teams Up With Beta to Develop ...",
#: not "partnered with patient groups to raise awareness".
_JOINT_AIM_RE = re.compile(r"\bto\s+(?:jointly\s+|co-)?(?:develop|discover|commerciali[sz]e|research|evaluate|study|manufacture|advance|identify)\b", re.I)
_GRANT_RE = re.compile(
    r"\b(?:grant(?:s|ed|ing)?|obtain(?:s|ed)?|acquir(?:es|ed)|receiv(?:es|ed)|gain(?:s|ed)?|secur(?:es|ed)|in-licens(?:ed|es))\s+(?P<who>(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?:,?\s+(?-i:Inc|Ltd|LLC|Corp|AG|plc|S\.A|N\.V|GmbH)\.?)?\s+)?"
    r"(?:an?\s+|the\s+)?(?P<excl>(?:non-)?exclusive\s+)?(?:(?:worldwide|global|royalty-bearing|sublicensable|and|,)\s+)*(?:right|rights|license|licence|option)\b(?:\s+(?:to|for|under|in)\s+(?P<scope>[^;]{5,200}?))?(?=,\s+as\s+amended|\s+from\s+(?:the\s+)?(?-i:[A-Z])|,\s+(?:and|which|while|in\s+exchange|for\s+which|under\s+which)\b|,\s+the\s+compan(?:y|ies)\s+(?:announced|said)\b|[.;]|$)",
    re.I,
)
_DATED_REF_RE = re.compile(r"(?:\b(?:the|its|our|their)|(?-i:\b[A-Z][\w\-]*)[’']s)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w\-]+\s+){0,3}?(?:agreement|collaboration|license|partnership|deal)\b", re.I)
_AMEND_CONTEXT_RE = re.compile(r"agreement|collaboration|partnership|licens|option|alliance|\bdeal\b", re.I)
_CHANGE_RE = re.compile(r"\bto\s+(?P<change>(?:enable|allow|include|add|provide|expand|extend|increase|cover|permit|grant)\b[^.;]*)", re.I)
_COLLAB_WORDS = re.compile(r"collaborat|co-develop|co-commerciali|partnership|alliance|jointly|joint development|joint venture|share (?:equally )?(?:in )?(?:the )?(?:development )?costs|profits and losses"
                           # "a strategic cooperation agreement", "a Cooperative Research and Development Agreement
                           # (CRADA)", "a development and commercialization agreement" between two companies
                           r"|\bcooperati(?:on|ve)\b|development and commerciali[sz]ation agreement", re.I)
_LICENSE_WORDS = re.compile(r"licen[cs]", re.I)
_UPFRONT_RE = re.compile(r"up-?\s?front|initial payment|signing (?:fee|payment)|one-time payment", re.I)

_NAME = r"(?-i:[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*){0,3})"


#: Contract prose (a merger agreement filed as an exhibit): its clauses are not events.
_LEGALESE_RE = re.compile(r"\b(?:WHEREAS|hereunder|hereof|hereto|herein|shall|the Parties|this Agreement|written (?:instrument|consent))\b|\bSection \d", re.I)

#: Risk-factor prose: "we may need to enter into a costly or restrictive license agreement, which
#: might not be available under acceptable terms" (A-8K-20100713): a possibility, not a deal.
_HYPOTHETICAL_RE = re.compile(r"\b(?:might|may|could)\s+not\s+be\s+available\b|\b(?:we|it)\s+(?:may|might|could)\s+(?:need|be required|have)\s+to\b"
                              # "There can be no assurance that we will enter into a license agreement ..."
                              r"|\bno\s+assurance\b|\bcannot\s+(?:assure|guarantee)\b|\b(?:may|might)\s+not\s+be\s+able\s+to\s+(?:enter|find|secure|obtain)\b", re.I)


#: "Biologics License Application" is a filing with a regulator, not a licence (LLY-2021-08-17:
#: "announced ... its intention to submit a biologics license application"): masked, same length.
_LICENSE_APPLICATION_RE = re.compile(r"\blicen[cs]e(?=\s+applications?\b)|(?<=\bproduct\s)licen[cs]e\b", re.I)


def _mask(sent: str) -> str:
    return _LICENSE_APPLICATION_RE.sub("product", sent)


#: A deal hoped for, not made: "hopes to land a licensing agreement for ACM-12 by the end of 2026".
_INTENT_RE = re.compile(r"\b(?:expects?|expected|plans?|intends?|hopes?|aims?|seeks?|anticipates?|looks? forward)\s+to\s+(?:\w+\s+){0,2}?"
                        r"(?:enter(?:ing)?|sign(?:ing)?|land(?:ing)?|secur(?:e|ing)|finali[sz](?:e|ing)|execut(?:e|ing)|conclud(?:e|ing)|reach(?:ing)?|form(?:ing)?)\b", re.I)


def _status(clause: str, signed: str | None, reference: str | None, announced: bool) -> str:
    if MODAL_RE.search(clause) and re.search(r"\b(?:expects? to (?:enter|sign)|plans? to (?:enter|sign)|intends? to (?:enter|sign)|will (?:enter|sign)|may enter)\b", clause, re.I):
        return "expected"
    if _INTENT_RE.search(clause):
        return "expected"
    if signed and reference and signed[:4] < reference[:4]:
        return "historical"
    if re.search(r"\boriginally\b|\bpreviously\b", clause, re.I):
        return "historical"
    return "occurred"


_ROW_SUFFIX_RE = re.compile(r"\b(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|AG|GmbH|S\.A|N\.V|Co)\.?$")


def _is_title(text: str) -> bool:
    """A headline in Title Case ("Lilly and Asahi Kasei Pharma Announce License Agreement for Chronic
    Pain Drug Candidate"): most words capitalised."""
    words = re.findall(r"[A-Za-z][\w\-’']*", text)
    small = {"and", "or", "of", "for", "to", "in", "on", "with", "the", "a", "an", "by", "at", "from"}
    content = [w for w in words if w.lower() not in small]
    return len(content) >= 4 and sum(w[0].isupper() for w in content) >= TITLE_CAPITALS * len(content)


#: Share of capitalised content words above which a sentence reads as a Title Case headline (the
#: LLY newsroom headlines; a body sentence naming two companies and a product stays well below).
TITLE_CAPITALS = 0.8
