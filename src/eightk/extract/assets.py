"""Asset entities (EVENTS.md §4): one per drug or product, with its aliases and profile.

The filing's lexicon (:mod:`eightk.extract.entities`) knows every asset spelling; here spellings
that name one product are grouped ("Kisunla™ (donanemab-azbt)", "pirtobrutinib (LOXO-305)",
"donanemab-azbt" = "donanemab"), and each group gets its modality, target, owner, partner,
indication and latest phase from the sentences that name it and the events that point to it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ..records import Asset, Event
from .context import Context
from .entities import PAYLOADS, TARGET_RE, TECHNOLOGY_RE

_PAYLOAD_RE = re.compile(r"^(?P<ab>.+?)-(?P<payload>" + PAYLOADS + ")$")
#: What stands between two names of one product: "Kisunla™ (donanemab-azbt)", "LY3298176,
#: also known as tirzepatide", "vutrisiran (formerly ALN-TTRsc02)".
_GLOSS_RE = re.compile(r"\s*(?:®|™|\(R\))?\s*(?:\(\s*(?:formerly(?: known as)?\s+|also known as\s+)?|,\s*(?:also known as|formerly(?: known as)?)\s+)")
_GLOSS_CLOSE_RE = re.compile(r"\s*(?:®|™|\(R\))?\s*[),]")
#: A USAN suffix on a biologic's name: "donanemab-azbt", "lebrikizumab-lbkz".
_BIOLOGIC_SUFFIX_RE = re.compile(r"-[a-z]{4}$")
#: The words that say what a product is, in its own describing sentence.
_MODALITY_WORDS = (
    ("antibody-drug conjugate", "antibody-drug conjugate"), ("antibody drug conjugate", "antibody-drug conjugate"),
    ("bispecific", "bispecific antibody"), ("monoclonal antibody", "monoclonal antibody"),
    ("sirna", "siRNA"), ("rnai therapeutic", "siRNA"), ("antisense", "antisense oligonucleotide"),
    ("gene therapy", "gene therapy"), ("gene editing", "gene editing"), ("cell therapy", "cell therapy"),
    ("car-t", "cell therapy"), ("vaccine", "vaccine"), ("fusion protein", "fusion protein"),
    ("small molecule", "small molecule"), ("peptide", "peptide"), ("insulin", "insulin"),
    ("radioligand", "radiopharmaceutical"), ("radioactive diagnostic", "diagnostic"),
    ("antibody", "antibody"), ("device", "device"),
)
#: USAN/INN stems and the modality each names (the stem lists of the USAN Council).
_STEM_MODALITY = (
    ("vedotin", "antibody-drug conjugate"), ("deruxtecan", "antibody-drug conjugate"), ("mab", "monoclonal antibody"),
    ("siran", "siRNA"), ("rsen", "antisense oligonucleotide"), ("gene", "gene therapy"), ("leucel", "cell therapy"),
    ("cept", "fusion protein"), ("glutide", "peptide"), ("patide", "peptide"), ("tide", "peptide"),
    ("tinib", "small molecule"), ("ciclib", "small molecule"), ("parib", "small molecule"), ("lisib", "small molecule"),
    ("rafenib", "small molecule"), ("sertib", "small molecule"), ("degib", "small molecule"),
    ("gliflozin", "small molecule"), ("sartan", "small molecule"), ("prazole", "small molecule"),
    ("previr", "small molecule"), ("buvir", "small molecule"), ("tegravir", "small molecule"), ("lukast", "small molecule"),
)
_KIND_MODALITY = {"conj": "antibody-drug conjugate", "device": "device"}
#: Enzymes and transporters named in drug-interaction warnings ("strong CYP3A inhibitors"):
#: never a product's target.
_NOT_TARGETS = re.compile(r"CYP\w*|P-GP|PGP|OATP\w*|BCRP|UGT\w*|MATE\d*|OCT\d*|FDA|US|EU|TAP|ADC|COVID\S*|SARS\S*|HIV\S*")
_DESCRIBES_RE = re.compile(r"\s*(?:®|™)?\s*(?:\([^)]{1,60}\)\s*)?,?\s+(?:is|was|are)\s+(?:an?|the)\b")
_CLINICAL_RE = re.compile(r"\bin clinical (?:testing|trials?|development|studies)|\bclinical[- ]stage\b", re.I)
_OWNED_BY_RE = re.compile(r"\b(?:wholly[- ]owned by|in development by|being developed by|developed by)\s+(?P<who>[A-Za-z][\w\-]+(?:\s[A-Z][\w\-]+)?)")
_OWNED_SELF_RE = re.compile(r"wholly[- ]owned|proprietary|our own", re.I)
_TECH_COMPOUND_RE = re.compile(r"\b(?P<tech>[A-Z][A-Za-z\-]{1,15}) (?:compounds?|conjugates?)\b")
_PHASE_ORDER = ("clinical", "Phase 1", "Phase 1/2", "Phase 2", "Phase 2/3", "Phase 3", "Phase 4")
_APPROVALS = frozenset({"approval", "accelerated approval", "conditional approval", "emergency use authorization"})
_SENTENCE_REACH = 300


def build_assets(ctx: Context, events: tuple[Event, ...]) -> tuple[Asset, ...]:
    if not ctx.biopharma:
        return ()
    lex = ctx.lexicon
    referenced = Counter(e.fields.get("asset") for e in events if e.fields.get("asset"))
    mentions = _mentions(ctx)
    groups = _groups(ctx, mentions)
    glossed = _glossed_words(ctx, mentions)
    out = []
    for members in groups:
        members += [w for m in list(members) for w in glossed.get(m, ()) if w not in members]
        kinds = {lex.asset_kind.get(m.lower(), "") for m in members}
        if kinds == {"brand"} and not any(referenced[m] for m in members):
            continue  # a ® word nothing points to: a trademark, not a product of this filing
        name = max(members, key=lambda m: (referenced[m], lex.asset_kind.get(m.lower()) != "brand", -members.index(m)))
        aliases = tuple(m for m in members if m != name)
        out.append(_profile(ctx, name, aliases, events, mentions))
    return tuple(out)


#: ``(text, mentions)`` per document: every asset name the lexicon knows, found in one pass.
Mentions = list[tuple[str, list[re.Match[str]]]]


def _mentions(ctx: Context) -> Mentions:
    if ctx.lexicon.asset_re is None:
        return []
    return [(text, list(ctx.lexicon.asset_re.finditer(text))) for text in ctx.texts.values()]


def _groups(ctx: Context, mentions: Mentions) -> list[list[str]]:
    """Asset spellings grouped into products, in order of first mention."""
    lex = ctx.lexicon
    names = list(lex.asset_spelling.values())
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra

    by_key = {n.lower(): n for n in names}
    for n in names:
        base = _BIOLOGIC_SUFFIX_RE.sub("", n)
        if base != n and base.lower() in by_key:
            join(by_key[base.lower()], n)
    components = {m.group("ab").lower() for n in names if (m := _PAYLOAD_RE.match(n))}
    for text, found in mentions:
        for first, second in zip(found, found[1:]):
            between = text[first.end(): second.start()]
            if len(between) <= 40 and _GLOSS_RE.fullmatch(between) and _GLOSS_CLOSE_RE.match(text, second.end()):
                a, b = by_key.get(first.group(0).lower()), by_key.get(second.group(0).lower())
                if a and b and a.lower() not in components and b.lower() not in components:
                    join(a, b)
    grouped: dict[str, list[str]] = {}
    for n in names:
        if n.lower() in components:
            continue  # "trastuzumab" of "trastuzumab-DM1" is a part, not a product of its own
        grouped.setdefault(root(n), []).append(n)
    return list(grouped.values())


#: A product glossed by a lower-case name the lexicon does not know: "REYVOW™ (lasmiditan)".
_GLOSSED_WORD_RE = re.compile(r"\s*(?:®|™|\(R\))?\s*\(\s*(?P<word>[a-z][a-z\-]{5,30})\s*\)")


def _glossed_words(ctx: Context, mentions: Mentions) -> dict[str, list[str]]:
    lex = ctx.lexicon
    out: dict[str, list[str]] = {}
    for text, found in mentions:
        for m in found:
            g = _GLOSSED_WORD_RE.match(text, m.end())
            name = lex.asset_spelling.get(m.group(0).lower())
            if g and name and g.group("word").lower() not in lex.asset_spelling:
                words = out.setdefault(name, [])
                if g.group("word") not in words:
                    words.append(g.group("word"))
    return out


def _profile(ctx: Context, name: str, aliases: tuple[str, ...], events: tuple[Event, ...], mentions: Mentions) -> Asset:
    names = (name,) + aliases
    mine = [e for e in events if e.fields.get("asset") in names]
    sentences = list(_sentences_naming(mentions, names))
    antibody = payload = None
    for n in names:
        if m := _PAYLOAD_RE.match(n):
            antibody, payload = m.group("ab"), m.group("payload")
    owner, partner = _owner(ctx, names, mine, sentences)
    modality = _modality(ctx, names, sentences)
    return Asset(
        name, aliases, modality=modality, technology=_technology(names, sentences, conjugate=payload is not None),
        antibody=antibody, payload=payload, target=_target(names, sentences),
        indication=next((e.fields["indication"] for e in mine if e.fields.get("indication")), None),
        owner=owner, partner=partner, phase=_phase(mine, sentences),
    )


def _sentences_naming(mentions: Mentions, names: Iterable[str]) -> Iterable[tuple[str, int, int, int, int]]:
    """``(text, start, end, lo, hi)`` for each mention ``text[start:end]``: ``text[lo:hi]`` is
    the sentence it stands in, cut at ``_SENTENCE_REACH`` on either side."""
    wanted = {n.lower() for n in names}
    for text, found in mentions:
        for m in (m for m in found if m.group(0).lower() in wanted):
            reach = max(0, m.start() - _SENTENCE_REACH)
            stop = text.rfind(". ", reach, m.start())
            hi = text.find(". ", m.end(), m.end() + _SENTENCE_REACH)
            yield (text, m.start(), m.end(), stop + 2 if stop >= 0 else reach,
                   hi if hi >= 0 else min(len(text), m.end() + _SENTENCE_REACH))


def _modality(ctx: Context, names: tuple[str, ...], sentences: list) -> str | None:
    for n in names:
        if kind := _KIND_MODALITY.get(ctx.lexicon.asset_kind.get(n.lower(), "")):
            return kind
    for text, start, end, _lo, hi in sentences:
        if _DESCRIBES_RE.match(text, end):
            described = text[end:hi].lower()
            for word, modality in _MODALITY_WORDS:
                if word in described:
                    return modality
    for n in names:
        low = _BIOLOGIC_SUFFIX_RE.sub("", n).lower()
        if low.isalpha() and len(low) > 6:
            for stem, modality in _STEM_MODALITY:
                if low.endswith(stem):
                    return modality
    return None


def _target(names: tuple[str, ...], sentences: list) -> str | None:
    """The target named in a sentence describing the product ("a selective RET kinase
    inhibitor", "anti-HER2"), else in any sentence naming it."""
    describing = [s for s in sentences if _DESCRIBES_RE.match(s[0], s[2])]
    for text, _start, _end, lo, hi in describing + sentences:
        for m in TARGET_RE.finditer(text, lo, hi):
            t = m.group("t1") or m.group("t2") or m.group("t3")
            if t and not _NOT_TARGETS.fullmatch(t.upper()) and t.lower() not in {n.lower() for n in names}:
                return t
    return None


def _technology(names: tuple[str, ...], sentences: list, conjugate: bool) -> str | None:
    """"X technology" right after the name; for a conjugate, also "TAP compounds" before it in
    its sentence (seed: "Two TAP compounds ... are in clinical testing — huN901-DM1 and ...")."""
    lowered = {n.lower() for n in names}
    for text, start, end, lo, hi in sentences:
        t = TECHNOLOGY_RE.search(text, start, end + 40) or (_TECH_COMPOUND_RE.search(text, lo, start) if conjugate else None)
        if t and t.group("tech").lower() not in lowered:
            return t.group("tech")
    return None


def _owner(ctx: Context, names: tuple[str, ...], events: list[Event], sentences: list) -> tuple[str | None, str | None]:
    """Who develops the product, and with whom: the payer of its milestones, the licensee of
    its licence, the sponsor of its trials, or the company the text says develops it."""
    for e in events:
        f = e.fields
        if e.type == "milestone_payment" and f.get("payer"):
            return f["payer"], f.get("payee")
        if e.type in ("license_agreement", "collaboration_agreement") and f.get("licensee"):
            return f["licensee"], f.get("licensor")
    for text, start, end, lo, hi in sentences:
        if by := _OWNED_BY_RE.search(text, lo, hi):
            who = ctx.lexicon.canonical_company(by.group("who")) or by.group("who")
            return who, (ctx.registrant if who != ctx.registrant else None)
        if _OWNED_SELF_RE.search(text, max(lo, start - 40), start):
            return ctx.registrant, None
        possessive = re.search(r"(?P<who>[A-Z][\w\-]+)[’']s\s+(?:\w+\s+){0,3}$", text[max(lo, start - 60): start])
        if possessive and (who := ctx.lexicon.canonical_company(possessive.group("who"))):
            return who, None
    sponsor = next((e.fields["sponsor"] for e in events if e.type == "clinical_trial" and e.fields.get("sponsor")), None)
    return sponsor, None


def _phase(events: list[Event], sentences: list) -> str | None:
    if any(e.type == "regulatory_event" and e.fields.get("action") in _APPROVALS and e.status != "expected" for e in events):
        return "approved"
    phases = [p for e in events if (p := e.fields.get("phase")) in _PHASE_ORDER]
    if phases:
        return max(phases, key=_PHASE_ORDER.index)
    if any(_CLINICAL_RE.search(text, lo, hi) for text, _s, _e, lo, hi in sentences):
        return "clinical"
    return None
