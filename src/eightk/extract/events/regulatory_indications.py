"""regulatory_event indications: the disease an action is for, from the sentence, its list
entry, a defined abbreviation, the next sentence or a nearby sentence naming the product;
:func:`indication` and :func:`disease_indication` are shared with the clinical extractor."""

from __future__ import annotations

import re

from ..context import Context
from ..entities import Mention
from ..scan import Candidate
from ..sentences import sentence_at
from .common import clean

_INDICATION_RE = re.compile(
    r"\b(?:for the (?:potential )?treatment of|to treat|for (?:use in )?(?:adults?|adolescents?|patients|people|children|pediatric patients)[^.;]{0,60}?\bwith|"
    r"in (?:adults?|patients|people|children)[^.;]{0,40}?\bwith|as (?:an? )?(?:treatment|therapy) for)\s+(?P<ind>[^.;()]{3,120}?)(?=\s+(?:who|that|whose|after|and (?:is|was|has))\b|[.;()]|,\s|$)",
    re.I,
)


def _own_indication(sent: str, at: int, assets: list[Mention]) -> str | None:
    """The disease of the list entry (between semicolons) that holds the action: "results of
    tirzepatide for obstructive sleep apnea; submission of mirikizumab for Crohn's disease"
    (LLY-2024-04-30). The whole sentence's only when it names one product."""
    lo, hi = sent.rfind(";", 0, at) + 1, sent.find(";", at)
    entry = sent[lo: hi if hi >= 0 else len(sent)]
    if len(entry) < len(sent):
        found = _indication(entry)
        if found or len({a.name.lower() for a in assets}) > 1:
            return found
    return _indication(sent)


#: "for both the type 2 diabetes and chronic weight management indications" (LLY-2024-04-30).
_NAMED_INDICATIONS_RE = re.compile(r"\bfor (?:both )?the (?P<ind>[^.;,()]{3,80}?) indications?\b")
#: A verb that ends the disease: "Olumiant for adults with severe alopecia areata received
#: approval in the U.S." (LLY-2022-08-04).
_GENERIC_DISEASE = frozenset({"disease", "disorder", "condition", "syndrome", "the disease", "this disease"})
_DANGLING_RE = re.compile(r"[\s,]+(?:and|or)$")
_VERB_TAIL_RE = re.compile(r"\s+(?:received|receives|was|were|is|are|has|have|had)\b.*$")


#: "for the topical treatment of primary axillary hyperhidrosis" (LLY-2020-01-10), "for the
#: adjuvant treatment of ...": the disease after a qualified treatment.
_QUALIFIED_TREATMENT_RE = re.compile(r"\bfor the (?:[\w\-]+ ){1,2}(?:treatment|prevention) of\s+(?P<ind>[^.;()]{3,120}?)(?=\s+(?:who|that|whose|after|in (?:adults|patients|children))\b|[.;()]|,\s|\s*$)", re.I)


#: "as first-line therapy in advanced or recurrent non-squamous non-small cell lung cancer"
#: (LLY-2020-08-18): the line of therapy is part of the indication.
_LINE_OF_THERAPY_RE = re.compile(r"\bas (?:a |an )?(?P<ind>(?:first|second|third|later)-line (?:therapy|treatment) (?:in|for) [^.;()]{3,120}?)(?=[.;()]|,\s|\s*$)", re.I)


def _indication(text: str) -> str | None:
    m = _NAMED_INDICATIONS_RE.search(text) or _LINE_OF_THERAPY_RE.search(text) or _FOR_DISEASE_IN_RE.search(text)
    if m:
        return clean(_WHERE_RE.sub("", m.group("ind")))
    m = _QUALIFIED_TREATMENT_RE.search(text)
    if m and not re.match(r"for the (?:potential )?treatment of", m.group(0), re.I):
        return clean(_WHERE_RE.sub("", m.group("ind")))
    found = indication(text)
    if found:
        found = clean(re.split(r"[\"“”]", found)[0])  # "ulcerative colitis," said ...
    if found and found.lower() in _GENERIC_DISEASE:
        return None  # "early in the disease course"
    return _DANGLING_RE.sub("", _VERB_TAIL_RE.sub("", found)) or None if found else None


#: How far after an action sentence the next one may stand to lend it a disease.
NEXT_SENTENCE_GAP = 3


def _next_indication(ctx: Context, c: Candidate, asset: Mention) -> str | None:
    """The disease the next sentence names when it goes on about the same product without
    naming another: "SP16 granted IND approval from the FDA. Study to begin enrolling in
    mid-2026 for the treatment of chemotherapy-induced pain ..." (DWTX 2026-05-14)."""
    text = ctx.text(c.doc)
    start = c.end
    while start < len(text) and start - c.end <= NEXT_SENTENCE_GAP and not text[start].isalnum():
        start += 1
    if start - c.end > NEXT_SENTENCE_GAP or start >= len(text):
        return None
    s, e = sentence_at(text, start)
    if s < c.end or ctx.is_excluded(c.doc, s, e):
        return None
    if any(a.name.lower() != asset.name.lower() for a in ctx.assets(c.doc, s, e)):
        return None
    found = disease_indication(text[s:e], wide=True)
    return clean(re.split(r"[\"“”]", found)[0]) or None if found else None


#: How far from the action a sentence naming a product the lexicon does not know may give its
#: disease (the merger's reach for known products).
NAMED_NEARBY_REACH = 3000


def _named_nearby_indication(ctx: Context, c: Candidate, name: str) -> str | None:
    """The disease the closest sentence naming a coded or slot-found product gives it ("CVX-12
    is being developed for the treatment of myasthenia gravis"): those names are not in the
    lexicon the merger looks them up in."""
    text = ctx.text(c.doc)
    lo, hi = max(0, c.start - NAMED_NEARBY_REACH), min(len(text), c.end + NAMED_NEARBY_REACH)
    found = []
    at = text.find(name, lo, hi)
    while at >= 0:
        if not (c.start <= at < c.end):
            found.append(at)
        at = text.find(name, at + len(name), hi)
    for at in sorted(found, key=lambda a: abs(a - c.start)):
        s, e = sentence_at(text, at)
        if ctx.is_excluded(c.doc, s, e):
            continue
        ind = disease_indication(text[s:e], wide=True)
        if ind:
            return ind
    return None


#: A disease named by its abbreviation: "for lebrikizumab in AD" (LLY-2022-06-07).
_ACRONYM_USE_RE = re.compile(r"\b(?:in|for)\s+(?P<abbr>[A-Z][A-Z0-9]{1,5})\b")
#: How far before its use an abbreviation's definition may stand.
ACRONYM_LOOKBACK = 20000


def _acronym_indication(ctx: Context, doc: int, sent: str, at: int) -> str | None:
    """The disease an abbreviation in the sentence stands for, from where the document defined
    it: "... moderate-to-severe atopic dermatitis (AD)" before "in AD"."""
    text = ctx.text(doc)
    for m in _ACRONYM_USE_RE.finditer(sent):
        abbr = m.group("abbr")
        if abbr in ("FDA", "EMA", "EU", "US", "UK", "IND", "NDA", "BLA", "MAA"):
            continue
        defined = re.compile(r"([A-Za-z][\w\-’']*(?:\s+[\w\-’']+){0,6}?)\s*\(\s*[“\"]?" + re.escape(abbr) + r"[”\"]?\s*\)")
        lo = max(0, at - ACRONYM_LOOKBACK)
        for d in reversed(list(defined.finditer(text, lo, at + len(sent)))):
            found = disease_indication(d.group(1), wide=True)
            if found:
                return f"{found} ({abbr})"  # both spellings: gold keeps "AML" as printed, or spells out "AD"
        # Not defined in parentheses ("AD, or atopic eczema, is ..."): a disease the document
        # names whose initials are the abbreviation ("atopic dermatitis").
        if abbr.isalpha() and len(abbr) <= 4:
            initials = re.compile(r"\b" + r"[\s\-]+".join(f"(?i:{ch})[a-z’']+" for ch in abbr) + r"\b")
            for d in initials.finditer(text, lo, min(len(text), at + len(sent) + ACRONYM_LOOKBACK)):
                if _HAS_DISEASE_RE.fullmatch(d.group(0).split()[-1].lower()):
                    return f"{d.group(0).lower()} ({abbr})"
    return None


_INDICATION_RES = (
    re.compile(r"\bfor the (?:potential )?treatment of\s+(?P<ind>[^.;()]{3,120}?)(?=\s+(?:who|that|whose|after|in (?:adults|patients|children))\b|[.;()]|,\s|$)", re.I),
    re.compile(r"\b(?:adults?|adolescents?|patients|people|children)\b[^.;]{0,60}?\bwith\s+(?P<ind>[^.;()]{3,120}?)(?=\s+(?:who|that|whose|after|and (?:is|was|has)|based)\b|[.;()]|,\s|$)", re.I),
    re.compile(r"\b(?:to treat|as (?:an? )?(?:treatment|therapy) for|for the (?:potential )?(?:prevention|prophylaxis) of|for (?=COVID-19|[A-Z][a-z]+’s disease))\s*(?P<ind>[a-z][^.;()]{3,80}?)(?=\s+(?:who|that|whose|after|in)\b|[.;()]|,\s|$)"),
)
#: "... Crohn's disease in the U.S. and EU": where, not what.
_WHERE_RE = re.compile(r"\s+in\s*(?:the )?(?:U\.?S?\b|EU\b|United States|Europe|Japan|China).*$"
                       r"|\s*(?:\bin)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*\d.*$")
_POPULATION_START_RE = re.compile(r"^(?:adults?|adolescents?|patients|people|children|pediatric)\b[^.;]*?\bwith\s+", re.I)


#: Words a disease name ends with: the fallback finds "metastatic hormone-sensitive prostate
#: cancer" or "early symptomatic Alzheimer's disease" after for/in/with/of.
_DISEASE_WORDS = (r"disease|disorder|cancer|carcinoma|syndrome|apnea|diabetes|obesity|infection|pain|dermatitis|"
                  r"eczema|psoriasis|arthritis|colitis|lymphoma|leukemia|myeloma|tumou?rs?|hypertension|failure|"
                  r"migraine|headache|COVID-19|neuropathy|hepatitis|fibrosis|sclerosis|depression|ADHD|schizophrenia")
#: More, for regulatory events only (the clinical extractor reads the words above through
#: :func:`disease_indication`): families by their ending ("neuroblastoma", "mucositis",
#: "neutropenia", "hemophilia") and diseases a small-cap release names.
_MORE_DISEASE_WORDS = (_DISEASE_WORDS + r"|"
                  r"\w*(?:blastoma|glioma|sarcoma|melanoma|mesothelioma|carcinoma|lymphoma|leuka?emia|myeloma|opathy|dystrophy|atrophy|"
                  r"itis|a?emia|penia|philia|amyloidosis|thrombosis|stenosis|cirrhosis)|gravis|ataxia|epilepsy|seizures|asthma|COPD|lupus|"
                  r"deficiency|injury")
_DISEASE_HEAD = r"\b(?:for|in|with|treat(?:ing)?|of)\s+(?P<ind>(?:(?!(?:in|of|for|with|to|at)\b)[A-Za-z][\w\-’']*\s+){0,5}?(?:"
_NARROW_DISEASE_RE = re.compile(_DISEASE_HEAD + _DISEASE_WORDS + r"))\b")
_NARROW_HAS_DISEASE_RE = re.compile(r"\b(?:" + _DISEASE_WORDS + r")\b")
_DISEASE_RE = re.compile(_DISEASE_HEAD + _MORE_DISEASE_WORDS + r"))\b")
_HAS_DISEASE_RE = re.compile(r"\b(?:" + _MORE_DISEASE_WORDS + r")\b")
_DETERMINER_RE = re.compile(r"^(?:the|a|an|patients|people|adults|participants)\s+(?:with\s+)?", re.I)


#: "medicine for moderate-to-severe obstructive sleep apnea in adults with obesity"
#: (LLY-2024-12-20): the disease, not the population's other condition.
_FOR_DISEASE_IN_RE = re.compile(r"\bfor (?P<ind>(?:(?!(?:the|a|an|use|treatment|people|patients|adults)\b)[\w\-’']+\s+){0,6}?(?:" + _DISEASE_WORDS
                                + r"))\s+in\s+(?:adults?|adolescents?|patients|people|children)\b", re.I)


def indication(sent: str, wide: bool = True) -> str | None:
    """The disease a sentence names: "for the treatment of X", "adults with X", "to treat X";
    failing those, a phrase that ends with a disease word ("in metastatic prostate cancer").
    ``wide``: with the regulatory extractor's longer list of disease words."""
    has_disease, disease_re = (_HAS_DISEASE_RE, _DISEASE_RE) if wide else (_NARROW_HAS_DISEASE_RE, _NARROW_DISEASE_RE)
    found = None
    for rx in _INDICATION_RES:
        m = rx.search(sent)
        if m:
            ind = m.group("ind")
            # "for the treatment of adults and children 12 years ... with moderate-to-severe AD"
            ind = _POPULATION_START_RE.sub("", ind)
            found = clean(_WHERE_RE.sub("", ind)) or None
            break
    if found and has_disease.search(found):
        return found
    d = disease_re.search(sent)
    if d:
        return clean(_DETERMINER_RE.sub("", d.group("ind")))
    return found


def disease_indication(sent: str, wide: bool = False) -> str | None:
    """:func:`indication`, only when what it finds names a disease (not "this immuno-oncology
    medicine across various tumor types", LLY-2021-05-18)."""
    found = indication(sent, wide)
    return (found if found and (_HAS_DISEASE_RE if wide else _NARROW_HAS_DISEASE_RE).search(found) and not _NOT_DISEASE_RE.search(found)
            and found.lower() not in _GENERIC_DISEASE else None)


_NOT_DISEASE_RE = re.compile(r"^(?:this|these|its|their|our|various)\b|\b(?:medicines?|drugs?|across)\b", re.I)
