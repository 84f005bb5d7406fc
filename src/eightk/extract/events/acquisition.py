"""acquisition events (Item 2.01 and M&A news, any industry): "Lilly to Acquire Versanis",
"completed its acquisition of X", "The acquisition of JMP Group LLC closed in the quarter",
"is expected to close in early second quarter 2022", "agreement ... to divest BAQSIMI to
Amphastar". Acquisitions are read in every filing, not only biopharma ones (bank earnings
releases report theirs)."""

from __future__ import annotations

import datetime as dt
import re

from ..context import Context
from ..scan import Candidate
from .common import GENERIC_PARTIES, Draft, dates_in, is_title, span, settle_undated
from .acquisition_price import _consideration
from .acquisition_parties import _acquirer, _named_subject, _passive_target, _subsidiary, _target

_TARGET = r"(?P<target>(?:the\s+)?(?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[\w&.’'\-]*(?:\s+(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w&.’'\-]*|&|of|and|de)){0,6}(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|AG|N\.V|S\.A|L\.P)\.?)?)"
_BUYER = r"(?P<buyer>(?:the\s+)?[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,3})"
#: What a company sells: "its diagnostics business", "its manufacturing site in Ghent".
_THING = (r"(?:substantially\s+all\s+(?:of\s+)?|all\s+(?:or\s+substantially\s+all\s+)?(?:of\s+)?)?(?:its|their|our|the)\s+(?P<target>(?:[\w\-&’'®]+\s+){0,5}?(?:business(?:es)?|unit|division|subsidiary|segment|operations|portfolio|"
          r"franchise|assets|facility|site|plant|product line|brand|rights to [^.;,]{2,60}?))(?:\s+(?:in|at|located in)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?")
_TO_BUYER = r"\s+to\s+(?P<buyer>(?:the\s+)?[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,3})"
#: What a company buys when it is not named: a plant, a business, a platform.
_ASSET_NOUN = (r"(?P<target>(?:[\w®™\-]+\s+){0,4}?(?:facility|plant|site|business|platform|portfolio|campus|CDMO|CRO|CMO|manufacturer|"
               r"company|(?i:contract (?:development and )?(?:manufacturing|research) organi[sz]ation)(?:\s+\(C[DR]?MO\))?))\b")
#: A company named with its legal suffix ("Helio Therapeutics, Inc.", "Nordic Cell AB").
_SUFFIXED = (r"(?P<target>[A-Z][\w&.’'\-]*(?:\s+(?:[A-Z][\w&.’'\-]*|&|of|and|de)){0,5}?,?\s+"
             r"(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|AG|GmbH|AB|SE|N\.V|B\.V|S\.A|S\.p\.A|L\.P|Co)\b\.?)")
#: A defined term in parentheses: "(the “Transaction”)".
_DEFINED = r"(?:\([^)]{0,40}\)\s*)?"
_PATTERNS = (
    ("completed", re.compile(r"\b(?:has\s+|have\s+)?(?:successfully\s+)?(?:complet(?:ed|es)|closed|closes|consummated|finali[sz]ed)\s+(?:on\s+)?(?:(?:its|the|their)\s+)?(?:successful\s+)?(?:previously[- ]announced\s+)?(?:(?:US)?\$[\d.,]+\s*(?:million|billion|[MB])\s+)?(?:acquisition of|purchase of|agreement to (?:acquire|purchase))\s+" + _TARGET)),
    # "closed its previously announced acquisition (the “Transaction”) of an aggregate of 56,375
    # ordinary shares ... in the capital of CliniQuantum Ltd." (NTLX 2026-06-03): a stake.
    ("completed", re.compile(r"\b(?:has\s+|have\s+)?(?:complet(?:ed|es)|closed|closes|consummated)\s+(?:(?:its|the|their)\s+)?(?:previously[- ]announced\s+)?acquisition\s*"
                             + _DEFINED + r"of\s+(?:an aggregate of\s+|approximately\s+|a\s+|an\s+)?[^.;]{0,60}?\b(?:shares|stake|interest|equity)\s*" + _DEFINED
                             + r"(?:[^.;]{0,40}?\b(?:in the (?:share )?capital of|of|in))\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:successful\s+)?completion of (?:its|the|their) (?:previously[- ]announced\s+)?acquisition of\s+" + _TARGET)),
    # "announced the closing of its acquisition of Helio"; not a cost's "as part of the closing of
    # the acquisition of Dermira" (LLY-2020-07-30's non-GAAP notes).
    ("completed", re.compile(r"(?<!part of the )(?<!connection with the )\b(?:closing|consummation) of (?:its|their) (?:previously[- ]announced\s+)?acquisition of\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:has|have)\s+acquired\s+" + _TARGET)),
    # A stake: "acquired a majority stake in Nordic Cell AB", "acquired 60% of the outstanding
    # shares of Nordic Cell AB".
    ("completed", re.compile(r"\b(?:has\s+|have\s+)?(?:acquired|purchased|bought)\s+(?:an?\s+)?(?:majority|controlling|(?:approximately\s+|about\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent))"
                             r"(?:\s+[\w\-]+){0,4}?\s+(?:of|in)\s+(?:the\s+)?" + _TARGET)),
    # A tender offer closed: "Rhenova AG completed its tender offer for all outstanding shares of X".
    ("completed", re.compile(r"\b(?:complet(?:ed|es|ion of)|closed|consummated|successful completion of)\s+(?:its|the|their)\s+(?:previously[- ]announced\s+)?(?:cash\s+)?tender offer\s+"
                             r"(?:to (?:acquire|purchase)|for)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:shares|stock|common stock|ordinary shares)(?:\s+of\s+common\s+stock)?\s+(?:of|in)\s+" + _TARGET)),
    ("announced", re.compile(r"\b(?:commence[ds]?|launch(?:ed|es)?|will commence|to commence)\s+(?:a|an|its)\s+(?:cash\s+)?tender offer\s+"
                             r"(?:to (?:acquire|purchase)|for)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:shares|stock|common stock|ordinary shares)(?:\s+of\s+common\s+stock)?\s+(?:of|in)\s+" + _TARGET)),
    # "Lumina Bio, Inc. has become a wholly owned subsidiary of Corvexa": the company before is the target.
    ("passive", re.compile(r"\b(?:became|has become|have become|is now|are now)\s+(?:a\s+)?wholly[- ]owned subsidiar(?:y|ies)\s+of\s+" + _BUYER)),
    # A company taken over, or rights gained by buying their owner: "took over Norland Pharma in
    # 2024", "gained KG-12 through the purchase of Pinnacle Oncology Ltd., a deal that closed".
    ("completed", re.compile(r"\btook\s+over\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:through|via|by way of|with)\s+(?:the|its|their)\s+(?:purchase|acquisition|takeover)\s+of\s+" + _TARGET
                             + r"(?=[^.;]{0,80}?\b(?:closed|completed|in (?:19|20)\d\d|last year)\b)")),
    # Past deals told in other words: "purchased the assets of Lumen Therapeutics in 2022", "The
    # purchase of Kettle Bio closed in the first quarter", "completed a reverse merger with Orion
    # Biosciences", "The merger with Salix Bio was completed", "by acquiring Delta Bio last year".
    ("completed", re.compile(r"\b(?:has\s+|have\s+)?purchased\s+(?:substantially\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:assets|business|outstanding shares)\s+of\s+" + _TARGET)),
    ("completed", re.compile(r"\b[Tt]he\s+(?:purchase|merger)\s+(?:of|with)\s+" + _TARGET + r"(?=\s+(?:was|has been)?\s*(?:closed|completed|consummated)\b)")),
    ("completed", re.compile(r"\b(?:complet(?:ed|es)|closed|consummated)\s+(?:a|an)\s+(?:reverse\s+)?merger\s+with\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:by|after|through)\s+acquiring\s+" + _TARGET + r"(?=[^.;]{0,30}?\b(?:in (?:19|20)\d\d|last year|earlier this year)\b)")),
    # A relative clause: "Acme, which acquired Fennimore Bio last year, now has three programs".
    ("completed", re.compile(r",\s+(?:which|who)\s+(?:has\s+|had\s+)?(?:acquired|bought)\s+" + _TARGET
                             + r"(?=[^.;]{0,30}?\b(?:in (?:19|20)\d\d|last year|earlier this year)\b)")),
    # Spoken: "We bought Helio Therapeutics last year".
    ("completed", re.compile(r"\bbought\s+" + _TARGET)),
    ("announced", re.compile(r"\b(?:to|will|agreed to|agreement to)\s+acquire\s+(?:full\s+|all\s+|a majority\s+|a controlling\s+|(?:an?\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent)\s+(?:of\s+)?)?(?:ownership|control|stake|interest|equity interest|the assets|(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:shares|stock|equity|common stock|assets|capital stock|membership interests))\s+(?:of|in)\s+(?:the\s+)?" + _TARGET)),
    # "agreed to be acquired by Vega Pharma Holdings": the speaker is the target.
    ("passive announced", re.compile(r"\b(?i:agreed|agreement|definitive agreement) (?i:to be acquired by)\s+" + _BUYER)),
    # A headline: "Corvexa Therapeutics to Be Acquired by Halcyon Pharma for $1.2 Billion".
    ("passive announced", re.compile(r"\b[Tt]o [Bb]e [Aa]cquired [Bb]y\s+" + _BUYER)),
    # "entered into an Agreement and Plan of Merger with Orion Cell Therapy, Inc."
    ("announced", re.compile(r"\b(?:entered into|signed|executed)\s+(?:an?\s+|the\s+)?(?:definitive\s+)?(?:Agreement and Plan of Merger|[Mm]erger [Aa]greement)\s+(?:\([^)]{0,40}\)\s+)?with\s+" + _TARGET)),
    ("announced", re.compile(r"\b(?:to|will|agreed to)\s+(?:acquire|purchase)\s+(?:a|an|the)\s+[a-z][^.;]{2,80}?\s+from\s+" + _TARGET)),
    ("completed", re.compile(r"\bacquired\s+(?:a\s+|an\s+)?" + _TARGET + r"(?=[^.;]{0,60}?\b(?:in (?:19|20)\d\d|for \$))")),
    # A company named with its legal suffix: "it acquired Helio Therapeutics, Inc. in an all-stock transaction".
    ("completed", re.compile(r"\b(?:acquired|bought)\s+" + _SUFFIXED)),
    # "Helio Therapeutics, which Corvexa acquired in 2024, ...": the company before is the target.
    ("relative", re.compile(r"(?P<target>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,4}),\s+(?:which|that)\s+" + _BUYER + r"\s+(?:acquired|bought|purchased)\b")),
    ("announced", re.compile(r"\b(?:to|will|has agreed to|agreed to|agreement (?:for \w+ )?to|agreement under which \w+ will|plans to|intends to)\s+(?:acquire|purchase|buy)\s+" + _TARGET)),
    ("announced", re.compile(r"\b(?:is|are)\s+(?:buying|acquiring)\s+" + _TARGET)),
    ("announced", re.compile(r"\b[Aa]cquires\s+" + _TARGET)),
    # Mergers told by the verb: "Corvexa to Merge with Lumina Bio", "agreed to merge with".
    ("announced", re.compile(r"\b(?:[Tt]o|[Ww]ill|agreed to|plans? to|intends? to)\s+[Mm]erge\s+[Ww]ith\s+" + _TARGET)),
    # Passive: "served as its CEO ... through its acquisition by AstraZeneca PLC in 2012" (CNTB
    # 2025-05-21), "Ardea was acquired by AstraZeneca": the company named before is the target.
    ("passive", re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?acquisition\s+by\s+" + _BUYER)),
    ("passive", re.compile(r"\b(?:was|were|has been|had been)\s+acquired\s+by\s+" + _BUYER)),
    # "played a key role in the acquisition of clinical assets by Eikon Therapeutics": what was
    # bought is named between "of" and "by" (repertoire 2025-06-04).
    ("bought by", re.compile(r"\b(?:the\s+)?acquisition of\s+(?:the\s+|its\s+|their\s+)?(?P<target>[A-Za-z][\w\-’' ]{2,60}?)\s+by\s+" + _BUYER)),
    # A business sold: "sold its diagnostics business to Quantia Labs", "agreed to sell its
    # manufacturing site in Ghent to Biofab NV", "completed the divestiture of its animal health
    # unit to Vetrix Holdings": the buyer is the acquirer, the business the target.
    ("sold", re.compile(r"\b(?:sold|(?:complet(?:ed|es|ion of)|closed|closing of|consummated)\s+(?:the\s+|its\s+)?(?:previously[- ]announced\s+)?(?:sale|divestiture|disposition)\s+of|divested)\s+" + _THING + _TO_BUYER)),
    ("divest", re.compile(r"\b(?:(?:agreed|agreement|plans?|intends?|will|to)\s+(?:to\s+)?(?:sell|divest)|(?:proposed\s+|pending\s+)?(?:sale|divestiture)\s+of)\s+" + _THING + _TO_BUYER)),
    ("divest", re.compile(r"\bdivest\s+" + _TARGET + r"(?:\s+\w+)?\s+to\s+(?P<buyer>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,3})")),
    # Headlines: "Acme to Acquire Delta Bio", "Acme Completes Acquisition of Delta Bio".
    ("announced", re.compile(r"\b(?:[Tt]o|[Ww]ill)\s+(?:Acquire|Purchase)\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?:Completes|Closes|Completed|Closed)\s+(?:the\s+|Its\s+)?Acquisition\s+[Oo]f\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?i:complet(?:ed|es|ion of)|closed|closing of|consummat(?:ed|ion of))\s+(?i:(?:its|the|their)\s+)?(?i:previously[- ]announced\s+)?(?i:(?:reverse\s+)?merger)\s+(?i:with)\s+" + _TARGET)),
    # A business asset with no name: "ABVC has acquired a pharmaceutical manufacturing facility",
    # "completed the acquisition of a CDMO", "agreed to acquire a fill-finish plant".
    ("completed", re.compile(r"\b(?:has\s+|have\s+)?(?:acquired|bought|(?:complet(?:ed|es)|closed)\s+(?:the|its)\s+(?:acquisition|purchase)\s+of)\s+(?:a|an)\s+" + _ASSET_NOUN)),
    ("announced", re.compile(r"\b(?:to|will|agreed to|agreement to)\s+(?:acquire|purchase|buy)\s+(?:a|an)\s+" + _ASSET_NOUN + r"(?![^.;]{0,80}\bfrom\s+[A-Z])")),
    # Mergers told in the past: "In 2023 Corvexa merged with Lumina Bio", "completed its business
    # combination with Orion Acquisition Corp.", takeovers, share exchanges.
    # "Merger Sub merged with and into Helio Therapeutics, with Helio surviving as a wholly owned
    # subsidiary of the Company" (an 8-K's Item 2.01): the registrant bought it.
    ("merged into", re.compile(r"\b[Mm]erger\s+(?:Sub|Subsidiary)\b[^.;]{0,80}?\bmerged\s+with\s+and\s+into\s+" + _TARGET)),
    ("completed", re.compile(r"\bmerged\s+with\s+" + _TARGET)),
    # "has acquired substantially all of the assets of Helio Therapeutics".
    ("completed", re.compile(r"\b(?:has\s+|have\s+)?acquired\s+(?:substantially\s+)?all\s+(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?"
                             r"(?:assets|shares|stock|equity(?: interests)?|capital stock|membership interests|common stock)\s+of\s+" + _TARGET)),
    ("announced", re.compile(r"\b(?:[Tt]o|[Ww]ill|agreed to|plans? to)\s+(?:[Cc]ombine|[Mm]erge)\s+[Ww]ith\s+" + _TARGET)),
    ("completed", re.compile(r"\b(?i:complet(?:ed|es|ion of)|closed|closing of|consummat(?:ed|ion of))\s+(?i:(?:its|the|their)\s+)?(?i:previously[- ]announced\s+)?"
                             r"(?i:business combination|takeover|share exchange)\s+(?i:with|of)\s+" + _TARGET)),
    ("announced", re.compile(r"\b(?:entered into|signed|executed)\s+(?:an?\s+|the\s+)?(?:definitive\s+)?(?i:business combination agreement|share exchange agreement|arrangement agreement)\s+(?:\([^)]{0,40}\)\s+)?with\s+" + _TARGET)),
    # A product or business sold by name: "sold BAQSIMI to Amphastar", "agreed to sell Zentrol to Medica".
    ("sold", re.compile(r"\b(?:sold|divested)\s+(?P<target>[A-Z][\w®™\-]*(?:\s+[A-Z][\w®™\-]*){0,3})\s+to\s+(?P<buyer>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,3})")),
    ("divest", re.compile(r"\b(?:agreed|agreement|plans?|intends?|will)\s+to\s+(?:sell|divest)\s+(?P<target>[A-Z][\w®™\-]*(?:\s+[A-Z][\w®™\-]*){0,3})\s+to\s+(?P<buyer>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,3})")),
    # A company acquired by a named subject: "Quantia acquired Helio Therapeutics to expand ...".
    ("named subject", re.compile(r"(?:\b(?:we|it|they|[Tt]he [Cc]ompany)|\b(?P<subj>[A-Z][\w&.\-]+)(?:\s+(?:Inc\.|Corp\.|Ltd\.))?)\s+acquired\s+(?!U\.S\.|(?:US|EU|Global|Worldwide|Exclusive|North American|European)\b)"
                             + _TARGET + r"(?!\s+(?:rights?|licen[cs]es?|patents?|assets?|shares?|stock|technology|IP)\b)")),
    # A stake named as the subject: "the acquisition of a 51% stake in Nordic Cell AB closed".
    ("subject", re.compile(r"\b(?:the\s+)?(?:previously[- ]announced\s+|pending\s+|proposed\s+)?acquisition\s+of\s+(?:a|an)\s+(?:majority|controlling|\d{1,3}(?:\.\d+)?\s*(?:%|percent))\s+(?:stake|interest|equity interest)\s+in\s+" + _TARGET)),
    ("subject", re.compile(r"\b(?:the\s+)?(?:previously[- ]announced\s+|recently[- ]announced\s+|pending\s+|proposed\s+)?acquisition\s*(?:\([^)]{0,40}\)\s*)?of\s+" + _TARGET)),
)
_DATED_AFTER_RE = re.compile(r"\s*,?\s*(?:in|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b")
_CLOSED_RE = re.compile(r"\b(?:closed|was completed|has been completed|were completed|completed)\b", re.I)
_PENDING_RE = re.compile(r"\b(?:is|are|remains?)\s+(?:expected|targeted|scheduled|anticipated|subject)\b|\bexpected to (?:close|be completed)|\bpending\b", re.I)
#: Rights gained by buying the company that held them: the company bought is the deal.
_BOUGHT_OWNER_RE = re.compile(r"\b(?:through|via|by way of)\s+(?:the|its|their)\s+(?:purchase|acquisition|takeover)\s+of\s+[A-Z]")
_SKIP_RE = re.compile(r"acquired (?:IPR&D|in-process)|IPR&D|acquired (?:the )?(?:rights|license|assets?|patents?|shares|land|platform)|acquire (?:the )?(?:exclusive |worldwide |global |commercial |development |and )*(?:rights|license)|newly acquired|acquire (?:customers|talent|data)|forward-looking", re.I)
#: Contract prose ("Vyera shall continue to purchase"): clauses, not events.
_LEGALESE_RE = re.compile(r"\b(?:shall|hereunder|hereof|hereto|herein|WHEREAS|Notwithstanding)\b")
_ANNOUNCED_RE = re.compile(r"\b(?:announc\w*|agreed|signed|entered into)\b[^.;]*$", re.I)
#: "the share purchase agreement dated March 9, 2026": a date of the contract, not of the deal's
#: closing (NTLX 2026-06-03).
_AGREEMENT_DATE_RE = re.compile(r"\bdated(?: as of)?\s*$", re.I)
#: The target's own history, not the deal's date: "a facility in California, originally
#: established in 2000" (ABVC 2025-03-05).
_FOUNDED_RE = re.compile(r"\b(?:established|founded|incorporated|formed|built|opened|since)\s+(?:in\s+)?$", re.I)
_QUARTER_RE = re.compile(r"\b(?:in|during) the (?:\w+ )?quarter\b", re.I)
_BARE_SUFFIXES = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "plc", "AG", "SA", "N.V.", "Co.", "L.P."})
_COUNTERFACTUAL_RE = re.compile(r"\b(?:would|could|might|may)\s+(?:not\s+)?have\s+(?:been\s+)?(?:acquir|purchas|bought|sold|merged|complet|clos)", re.I)


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = []
    for c in candidates:
        if "acquisition" not in c.families:
            continue
        d = _acquisition(ctx, c)
        if d:
            d.extra["title"] = is_title(ctx.text(c.doc)[c.start:c.end])
            out.append(d)
    return settle_undated(ctx, _fold_headlines(out))


def _fold_headlines(drafts: list[Draft]) -> list[Draft]:
    """A headline restates the body's deal in its own words ("OncoX Acquires Patented
    Lycopenoid Platform" over "agreement to acquire full ownership of the Lycopenoid Lycogen
    platform", ABVC 2025-06-06): when the body tells one deal by the same buyer, the headline
    is that deal, told by the body's words."""
    out = []
    for d in drafts:
        same = [o for o in drafts if not o.extra.get("title") and o.order[0] == d.order[0]
                and o.fields["acquirer"] == d.fields["acquirer"]] if d.extra.get("title") else []
        if len({o.key for o in same}) != 1 or same[0].key == d.key:
            out.append(d)
    return out


def _find(sent: str) -> tuple[str, re.Match[str]] | None:
    for text in dict.fromkeys((_decapitalised(sent), sent)):
        for kind, rx in _PATTERNS:
            m = rx.search(text)
            if m:
                return kind, m
    return None


#: A bullet or label before a sentence that starts with its verb: "- **Corporate:** Completed
#: the acquisition of Helio Therapeutics, Inc.", "Acquired a majority stake in ...".
_VERB_START_RE = re.compile(r"^[\s*•\-]*(?:(?:[A-Z][\w\-/&’']*\s+(?:(?:and|of|&)\s+)?){0,4}[A-Z][\w\-/&’']*\s*(?::\*\*|\*\*:|:)\s*)?(?=[A-Z][a-z]+(?:ed|s)\s)")


def _decapitalised(sent: str) -> str:
    """The sentence with its opening verb in lower case (same length, same offsets)."""
    m = _VERB_START_RE.match(sent)
    if not m:
        return sent
    i = m.end()
    return sent[:i] + sent[i].lower() + sent[i + 1:]


def _acquisition(ctx: Context, c: Candidate) -> Draft | None:
    text = ctx.text(c.doc)
    sent = text[c.start:c.end]
    skip = _SKIP_RE.search(sent)
    if (skip and not _BOUGHT_OWNER_RE.search(sent, skip.end())) or _LEGALESE_RE.search(sent):
        return None
    found = _find(sent)
    if not found:
        return None
    kind, m = found
    if _COUNTERFACTUAL_RE.search(sent, max(0, m.start() - 30), m.start() + 20):
        return None  # "Under the terms of that MOU, Alcoa would have acquired a 26% stake in Alba"
    if kind == "subject" and _DATED_AFTER_RE.match(sent, m.end()) and not _PENDING_RE.search(sent, m.end()):
        kind = "completed"  # "following its acquisition of APIRx in August 2022": a dated past deal
    if kind == "subject" and not (_CLOSED_RE.search(sent, m.end()) or _PENDING_RE.search(sent, m.end())
                                  or _ANNOUNCED_RE.search(sent[max(0, m.start() - 40): m.start()])
                                  or "announced" in m.group(0).lower()):
        return None  # "the impact of the third quarter acquisition of Stratagene": a mention
    target = _passive_target(ctx, c, m) if kind.startswith("passive") else _target(ctx, m.group("target"))
    if not target or kind == "bought by" and re.search(r"\d|%|\b(?:shares|stock|securities|interests?|control|beneficial)\b", target, re.I):
        return None
    acquirer = _acquirer(ctx, c, m, kind)
    if acquirer in _BARE_SUFFIXES:  # "Bishop Management, Inc. has acquired": the finder kept only "Inc."
        acquirer = _named_subject(sent[:m.start()]) or None
    if acquirer == target:  # a headline glued to its sentence: "Acquires PFM ... U.S. Bank closed"
        others = [x.name for x in ctx.companies(c.doc, c.start, c.start + m.start()) if x.name != target]
        named = _named_subject(sent[:m.start()])
        acquirer = (_subsidiary(sent[:m.start()], ctx.registrant) or (others[-1] if others else None)
                    or (named if named not in _BARE_SUFFIXES else None) or (ctx.registrant if ctx.registrant != target else None))
    if acquirer in GENERIC_PARTIES:
        acquirer = None
    if not acquirer or acquirer == target:
        return None
    tail = sent[m.end():]
    status_field, status = _status(kind, sent, tail, m.group(0))
    money = _consideration(ctx, c, tail, target)
    dates = [d for d in dates_in(ctx, c.doc, c.start + m.end(), c.end) if not d.relative
             and not _AGREEMENT_DATE_RE.search(text, max(0, d.start - 16), d.start)
             and not _FOUNDED_RE.search(text, max(0, d.start - 30), d.start)]
    # The opening date of the deal's clause, also after a heading glued before it
    # ("ACQUISITION OF BBVA USA BANCSHARES, INC. On June 1, 2021, PNC acquired ...").
    opening = _LEAD_DATE_RE.match(sent)
    lead = opening or next(iter(_INNER_LEAD_DATE_RE.finditer(sent, 0, m.start())), None)
    if opening and status_field == "completed" and opening.end() <= m.start():
        # A closed deal's opening date wins over the agreement's later in the sentence: "In
        # December 2005, we completed the sale ... pursuant to an Asset Purchase Agreement ...".
        dates = [d for d in dates_in(ctx, c.doc, c.start, c.start + opening.end()) if not d.relative] or dates
    if not dates and lead:
        # "On April 30, 2024, Nimbus completed its previously announced acquisition of ..."
        dates = [d for d in dates_in(ctx, c.doc, c.start, c.start + lead.end()) if not d.relative]
    if not dates and kind != "relative" and status_field == "completed":
        # "In 2025 the Company acquired Helio Therapeutics": a closed deal's first date before the verb.
        dates = [d for d in dates_in(ctx, c.doc, c.start, c.start + m.start()) if not d.relative
                 and not _AGREEMENT_DATE_RE.search(text, max(0, d.start - 16), d.start)
                 and not re.search(r"[,;]", text[d.end: c.start + m.start()])][:1]  # same clause
    date = dates[0].value if dates else None
    if not date and status_field == "completed":
        # "closed in the quarter", "In the fourth quarter we closed on": the reported quarter's
        # year; a results release's deal told as closed, with no date: the period's (CFG, USB 4Q21).
        date = _quarter_year(sent, ctx.reference_date) or (
            _period_year(ctx.reference_date) if _is_results(ctx, c.doc) and not _TODAY_RE.search(sent) else None)
    if status == "occurred" and not date and _BACKGROUND_RE.search(sent) and not _TODAY_RE.search(sent):
        status = "historical"  # "As part of the investments completed to date, ABVC has acquired ..."
    elif status == "occurred" and date and not ctx.reference_date:
        status = "historical"  # no report date to tell it is today's: "through its acquisition by AstraZeneca PLC in 2012"
    elif status == "occurred" and date and len(date) == 10 and ctx.reference_date and 0 <= _days_before(date, ctx.reference_date) <= RECENT_DAYS:
        pass  # the 8-K's own news, dated
    elif status == "occurred":
        # Earlier in the report's month: the 8-K reports it ("closed on May 14, 2010" in a May 17
        # filing); an earlier month: background.
        date = date if date and ctx.reference_date and (date[:7] < ctx.reference_date[:7] or len(date) == 10 and date < ctx.reference_date) else ctx.reference_date
        if date and ctx.reference_date and date[:7] < ctx.reference_date[:7]:
            status = "historical"
    elif status == "historical":
        date = date or None
    fields = {"acquirer": acquirer, "target": target, "consideration": money, "status": status_field}
    return Draft("acquisition", status, date, fields, [span(c.doc, c.start, c.end)], 0.75,
                 key=("acquisition", target.lower()[:12]), order=(c.doc, c.start))


_INNER_LEAD_DATE_RE = re.compile(r"(?<=[\n.:]\s)(?:On|Effective|As of|In)\s+(?:[A-Z][a-z]+\.?\s*\d{1,2},?\s*\d{4}|[A-Z][a-z]+\s+(?:of\s+)?\d{4}),")
_LEAD_DATE_RE = re.compile(r"(?:On|Effective|As of|In)\s+(?:[A-Z][a-z]+\.?\s*\d{1,2},?\s*\d{4}|[^,.;]{4,30}),")
#: How many days before the report an 8-K's dated deal still counts as its news ("On April 30,
#: 2024, Nimbus completed ..." in a May 2 filing: Item 2.01 is due within four business days).
RECENT_DAYS = 10
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: A past quarter named without its year ("closed in the quarter", "In the fourth quarter we
#: closed on the acquisition of TravelBank").
_PAST_QUARTER_RE = re.compile(r"\b(?:in|during) the (?:(?P<q>first|second|third|fourth) )?quarter\b(?!,?\s*(?:of\s*)?(?:19|20)\d\d)", re.I)
#: A results release's headline ("Fourth Quarter and Full Year 2021 Results"): the same cue as
#: :func:`eightk.extract.merge.results_are_history`.
_RESULTS_RE = re.compile(r"\b(?:Quarter|Fiscal Year|Full[- ]Year|Year[- ]End|Annual|Q[1-4])\b[^\n]{0,60}\b(?:Results|Financial)\b|\bFinancial Results\b", re.I)
RESULTS_HEAD = 600
_DEAL_CLOSED_RE = re.compile(r"^[^.;]{0,60}?\b(?:closed|was completed|has been completed|has closed)\b(?!\s+(?:at|above|below|up|down)\b)", re.I)
_AGREED_RE = re.compile(r"\bagreement\b|\bprovides? for\b|\b(?:will|would|proposed|pending|expected)\b", re.I)
#: Words that tell a deal without a date as background.
_BACKGROUND_RE = re.compile(r"\bto date\b|\btenure\b|\b(?:have|has)\s+(?:divested|sold)\b|\blast year\b|\bprior to (?:that|this|joining)\b|\b(?:he|she) (?:served|led|was)\b|\bpreviously\b(?![- ]announced)|\bearlier\b|\bin the past\b|\bpast (?:year|years|decade)\b", re.I)
_TODAY_RE = re.compile(r"\btoday\b|\bthis morning\b", re.I)


def _days_before(date: str, reference: str) -> int:
    try:
        return (dt.date.fromisoformat(reference[:10]) - dt.date.fromisoformat(date)).days
    except ValueError:
        return 1 << 30


def _quarter_year(sent: str, reference: str | None) -> str | None:
    """The year of the last quarter of that name to have begun by the report date."""
    m = _PAST_QUARTER_RE.search(sent)
    if not m or not reference or len(reference) < 7:
        return None
    year, month = int(reference[:4]), int(reference[5:7])
    if m.group("q"):
        first_month = 3 * (_QUARTERS[m.group("q").lower()] - 1) + 1
        return str(year if first_month <= month else year - 1)
    return _period_year(reference)


def _period_year(reference: str | None) -> str | None:
    """The year of the last quarter to have ended by the report date (a January release reports
    the fourth quarter of the year before)."""
    if not reference or len(reference) < 7:
        return None
    year, month = int(reference[:4]), int(reference[5:7])
    return str(year - 1 if month <= 3 else year)


def _is_results(ctx: Context, doc: int) -> bool:
    return _RESULTS_RE.search(ctx.text(doc), 0, RESULTS_HEAD) is not None


_ANNOUNCED_DONE_RE = re.compile(r"\bannounced\s+(?:the|its)\s+(?:successful\s+)?acquisition\s+of\b", re.I)
#: A deal announced before this document and not told as closed.
_EARLIER_DEAL_RE = re.compile(r"\b(?:previously|recently)[- ]announced\s+(?:acquisition|merger)|\b(?:pending|proposed)\s+(?:acquisition|merger)\b", re.I)


def _status(kind: str, sent: str, tail: str, head: str = "") -> tuple[str, str]:
    if kind == "announced" and _DEAL_CLOSED_RE.search(tail):
        return "completed", "occurred"  # "The deal to acquire Oriel Biosciences closed on January 5, 2026."
    if kind == "bought by" and _AGREED_RE.search(sent):
        return "announced", "occurred"  # "The Merger Agreement provides for the acquisition of Varian by Agilent"
    if kind in ("completed", "passive", "sold", "relative", "bought by", "named subject", "merged into"):
        return "completed", "occurred"
    if kind == "passive announced":
        return "announced", "occurred"
    if kind == "subject":
        if _PENDING_RE.search(tail):
            return "pending", "expected"
        if _CLOSED_RE.search(tail):
            return "completed", "historical" if _QUARTER_RE.search(tail) else "occurred"
        if _ANNOUNCED_DONE_RE.search(sent, 0, sent.find(head) + len(head) if head in sent else len(sent)):
            # "Eli Lilly and Company today announced the acquisition of Protomer Technologies"
            # (LLY-2021-07-14): a deal announced as done, not an agreement to make one.
            return "completed", "occurred"
        if _EARLIER_DEAL_RE.search(head):
            # "due to its recently announced acquisition of MUFG Union Bank's core regional
            # banking franchise" (USB 4Q21): announced before, not closed: pending.
            return "pending", "expected"
        return "announced", "occurred"
    return "announced", "occurred"
