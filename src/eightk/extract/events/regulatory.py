"""regulatory_event: approvals, submissions, INDs, PDUFA dates, clinical holds, complete
response letters and designations, each with its agency, asset and indication."""

from __future__ import annotations

import re

from ..context import Context
from ..entities import Mention
from ..scan import Candidate
from ..sentences import clause_at, sentence_at
from ..dates import DateMatch
from .common import Draft, is_title, clean, dates_in, event_date, nearest, nearest_date, span, status_for

#: Where a place name ends: a word boundary, or the next word glued on by a flattened link
#: ("approved inEuropeinNovember 2018", LLY-2019-05-06).
_PLACE_END = r"(?:\b|(?=in[A-Z0-9]|for\b))"
_AGENCIES = (
    # Before the FDA: "The IND was then submitted to the Taiwan FDA" (ABVC 2024-11-14).
    ("TFDA", r"\bTFDA\b|Taiwan (?:FDA\b|Food and Drug)"),
    ("FDA", r"\bFDA\b|Food and Drug Administration"),
    ("European Commission", r"European Commission|\bEC\b"),
    ("CHMP", r"\bCHMP\b|Committee for Medicinal Products"),
    ("EMA", r"\bEMA\b|European Medicines Agency"),
    ("Health Canada", r"Health Canada"),
    ("PMDA", r"\bPMDA\b|Japan(?:ese|['’]s)? Ministry of Health|\bMHLW\b"),
    ("NMPA", r"\bNMPA\b|National Medical Products Administration"),
    ("MHRA", r"\bMHRA\b|Medicines and Healthcare [Pp]roducts Regulatory Agency"),
    ("TGA", r"\bTGA\b|Therapeutic Goods Administration"),
    ("Swissmedic", r"\bSwissmedic\b"),
    ("ANVISA", r"\bANVISA\b"),
    ("MFDS", r"\bMFDS\b|Ministry of Food and Drug Safety"),
    ("CDSCO", r"\bCDSCO\b|Central Drugs Standard Control Organi[sz]ation"),
    (None, r"(?:[A-Z][a-z]+\s)?Ministry of Health"),
    ("European Commission", r"\bin\s*(?:the\s*)?(?:EU|European Union|Europe)" + _PLACE_END),
    ("MHRA", r"\bUK approval|\bin\s*the\s*(?:UK|United Kingdom)" + _PLACE_END),
    # A place with no agency named is kept as printed (gold README: "Japan"), but only where the place is what was approved for: "approved ... in Japan", "as well as in
    # Japan"; not "The Science Park Administration in Taiwan approved a GMP facility".
    (None, r"(?:\b(?:approv|authori[sz])\w*[^.;]{0,120}?\s|\b(?:as well as|and|also)\s+)in\s*(?P<place>Japan|China|Canada|Australia|Brazil|Korea|Taiwan|Switzerland)" + _PLACE_END),
    # The place first: "In China, sintilimab has been approved for two indications" (LLY-2021-05-18).
    (None, r"\bIn\s+(?P<place>Japan|China|Canada|Australia|Brazil|Korea|Taiwan|Switzerland)\s*,(?=[^.;]{0,80}\bapprov)"),
)
_AGENCY_RES = tuple((n, re.compile(p)) for n, p in _AGENCIES)
_APPLICATION = (r"(?:s?NDA|s?BLA|MAA|CTAs?\b|New Drug Application|[Bb]iologics? [Ll]icense [Aa]pplication|"
                r"[Mm]arketing [Aa]uthori[sz]ation [Aa]pplication|regulatory (?:submission|application)|application)")
_ACTIONS = (
    # "the timing of expected FDA action on X will be delayed beyond the first quarter": the
    # decision moves, no decision yet (LLY-2024-03-08). Named "<agency> action delayed".
    ("action delayed", r"\b(?:FDA|EMA|regulatory) (?:action|decision)\b[^.;]{0,60}?\b(?:delayed|extended|postponed|pushed)\b"
                       r"|\b(?:delay|extension)s? (?:of|in|to) the (?:expected |anticipated )?(?:FDA |EMA |regulatory )?(?:action|decision|review)\b"),
    # A decision awaited: "with expected regulatory action in the second half of 2024"; the
    # goal of a submission, told as its own expected approval (LLY-2024-04-30).
    ("expected action", r"\b(?:expected|anticipated) (?:regulatory|FDA|EMA) (?:action|decision)\s+(?:in|by|during|before)\s"
                        r"|\b(?:regulatory|FDA|EMA|European Commission|EC)(?:['’]s)? (?:action|decision)s? (?:is |are )?(?:expected|anticipated)\s+(?:in|by|during|before|within)\s"),
    # A meeting with the agency on a program: "positive feedback from our Type C meeting with the
    # FDA" (CNTB 2025-05-21); the action is the meeting's name as printed.
    ("meeting", r"\bType [ABC] meeting|\bEnd[- ]of[- ]Phase (?:[12]|I{1,2}) meeting|\bpre-(?:IND|NDA|BLA) meeting"),
    ("clinical hold lifted", r"\blift(?:ed|s|ing)?\s+(?:the\s+|its\s+|a\s+)?(?:partial\s+|full\s+)?clinical hold|clinical hold\s+(?:has been\s+|was\s+|had been\s+)?(?:lifted|removed|released)|\bremov(?:al of|ed) the (?:partial |full )?clinical hold"),
    ("clinical hold", r"clinical hold"),
    ("complete response letter", r"complete response letter|\bCRL\b"),
    ("PDUFA date", r"PDUFA|target action date|Prescription Drug User Fee Act|\bgoal date"),
    # Designations in every spelling: "Fast Track", "fast-track", "Orphan-Drug", "Breakthrough-Therapy".
    ("breakthrough therapy designation", r"breakthrough[- ]therapy designation|granted breakthrough(?![- ]device)"),
    ("fast track designation", r"fast[- ]track designation|granted fast[- ]track|fast[- ]track status"),
    # "Orphan Drug and Fast Track designations": each its own.
    ("orphan drug designation", r"orphan[- ]drug(?: designation| status|(?= (?:and|&) (?:[\w\-]+ ){1,3}designations))|granted orphan"),
    ("rare pediatric disease designation", r"rare pediatric disease designation"),
    ("breakthrough device designation", r"breakthrough[- ]device designation"),
    ("PRIME designation", r"\bPRIME\b(?: designation| eligibility| status| scheme)|PRIority MEdicines"),
    # Devices: "granted 510(k) clearance", "De Novo classification request".
    ("510(k) clearance", r"\b510\s*\(k\)"),
    ("De Novo classification", r"\bDe Novo\b (?:classification|request|authori[sz]ation|clearance|grant)"),
    # Advice without a named meeting: "FDA feedback supports an accelerated approval pathway".
    ("feedback", r"\b(?:FDA|EMA|agency|regulatory|regulators?)(?:['’]s)? (?:written |positive |constructive |recent )?feedback\b"
                 r"|\b(?:feedback|minutes) (?:from|received from) (?:the )?(?:U\.S\. )?(?:FDA|EMA)\b"),
    ("RMAT designation", r"\bRMAT\b(?: designation)?|regenerative medicine advanced therapy"),
    ("priority review", r"priority review"),
    ("CHMP positive opinion", r"positive opinion|\brecommend(?:s|ed|ing)?\s+(?:the\s+)?(?:conditional\s+)?(?:approval|marketing authori[sz]ation)"),
    ("advisory committee meeting", r"advisory committee"),
    ("emergency use authorization", r"emergency\s*use\s*authori[sz]ation|\bEUA\b"),
    # "accepted for review a Biologics License Application", "FDA Accepts Regulatory Submission"
    # (LLY-2021-05-18); a plain "accepted the sNDA" stays a submission (LLY-2020-08-18).
    ("NDA/BLA acceptance", r"\baccept(?:ed|s)\s+(?:for\s+(?:review|filing)|(?:the\s+|its\s+|a\s+)?regulatory\s+submission)"
                           r"|\bacceptance of (?:this|the|its) (?:application|submission)"),
    ("withdrawal", r"withdr(?:ew|awn|aw|awal of|awing)\b(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,60}?" + _APPLICATION),
    ("submission", r"(?:(?:re)?submi(?:tted|ssion of|ts|t|tting)|filed|fil(?:e|es|ing)\s+(?:an?|the|its|our|their)\b|filing of|accept(?:ed|s|ance of))(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,60}?\b" + _APPLICATION
                   + r"|\b(?:s?NDA|s?BLA|MAA|New Drug Application|Biologics License Application)\b[^.;]{0,40}(?:submi(?:tted|ssion)|filed|accepted)"
                   r"|\b(?:regulatory )?application (?:was|has been|had been) (?:submitted|filed)"
                   r"|\b(?:regulatory )?submissions? under review\b"
                   r"|\bsubmissions? (?:with|to) (?:the\s+)?(?:U\.S\.\s+)?(?:FDA|Food and Drug Administration|EMA|European Medicines Agency)"
                   r"|(?<!prior to )(?<!before )\b(?:re)?submission of (?=[A-Za-z])|\bresubmission\b|submi(?:t|tted) (?:data|results|these results)[^.;]{0,40}(?:FDA|EMA|European Medicines Agency|Food and Drug)"),
    # Not the adjective: "four IND-approved oncology assets", "IND-enabling studies".
    # Verbs in any case: a headline's "Secures FDA Clearance of IND Application"; the IND in
    # effect, a "study may proceed" letter, a "green light" from the agency.
    ("IND", r"\bINDs?\b(?![-‐])[^.;]{0,60}(?i:clear|accept|submi|fil|effective|allow|approv|into effect|in effect|green[- ]light)"
            r"|(?i:clear|accept|submi|fil|approv|green[- ]light)\w*[^.;]{0,40}\bINDs?\b(?![-‐])|Investigational New Drug|(?i:(?:study )?may proceed letter|study may proceed)"
            r"|\b(?i:clearance|cleared|allowed|permission|green[- ]light)\b[^.;]{0,40}\b(?i:to (?:proceed|begin|initiate|start|progress|advance|move|commence|dose))\b"),
    # A trial authorised abroad: "Clinical Trial Authorization from the UK MHRA", "approved the CTA".
    ("CTA approval", r"\bclinical trial authori[sz]ation\b|\bCTA (?:approval|authori[sz]ation|clearance)|\bapprov\w*\s+(?:of\s+)?(?:the\s+|its\s+|our\s+)?(?:CTA|clinical trial application)\b"
                     r"|\b(?:CTA|[Cc]linical [Tt]rial [Aa]pplication)\b[^.;]{0,40}\b(?:was|has been|were)\s+approved"),
    ("approval", r"\bapprov(?:ed|es|al of|al for|al)\b|\bgrant(?:ed|s)?\s+(?:a\s+|the\s+)?(?:conditional\s+)?marketing authori[sz]ation"
                 # A trial allowed: "issued a No Objection Letter", "authorized the company's Phase 1 trial".
                 r"|\bno[- ]objection letter|\bauthori[sz]ed\s+(?:the\s+|its\s+|a\s+|our\s+)?(?:company[’']s\s+)?(?:[\w\-]+\s+){0,3}?(?:trial|study)\b"),
)
_ACTION_RES = tuple((n, re.compile(p, re.I if n not in ("IND",) else 0)) for n, p in _ACTIONS)
_MAA_RE = re.compile(r"\bMAA\b|[Mm]arketing [Aa]uthori[sz]ation|European Medicines|\bEMA\b")
_BLA_RE = re.compile(r"\bs?BLA\b|[Bb]iologics? [Ll]icense")
_NDA_RE = re.compile(r"\bs?NDA\b|New Drug Application")
#: An announcement: what happened now. A regulatory fact in a sentence without one, told in
#: the perfect or past tense ("has been granted Breakthrough Therapy designation", "was
#: recently approved"), is background (LLY-2019-01-07).
_NOW_RE = re.compile(r"\btoday\b|\bannounc|\bthis week\b", re.I)
_HEADLINE_SPAN = 600
#: How far before the action a plan word counts: "the FDA expects to convene a meeting of the
#: Peripheral and Central Nervous System Drugs Advisory Committee" (LLY-2024-03-08), but not the
#: cover page's "is intended to" run into an unpunctuated 8-K (ABT-2011-01-14).
MODAL_WINDOW = 150
#: How far after an agency's name its own approval date may stand ("by the European Commission
#: in 2023, as well as in Japan in January 2024", LLY-2024-09-13).
PLACE_DATE_WINDOW = 40
#: How far back a submission sentence without a product name looks for it.
ASSET_LOOKBACK = 600
_ADJECTIVE_APPROVED_RE = re.compile(r"\b(?:FDA|EMA|EC)-approved\b|\bapproved (?:medicines?|treatments?|therap\w+|products?|drugs?|indications?|dose)\b|\bonly approved\b|\bpreviously approved\b", re.I)
_INDICATION_RE = re.compile(
    r"\b(?:for the (?:potential )?treatment of|to treat|for (?:use in )?(?:adults?|adolescents?|patients|people|children|pediatric patients)[^.;]{0,60}?\bwith|"
    r"in (?:adults?|patients|people|children)[^.;]{0,40}?\bwith|as (?:an? )?(?:treatment|therapy) for)\s+(?P<ind>[^.;()]{3,120}?)(?=\s+(?:who|that|whose|after|and (?:is|was|has))\b|[.;()]|,\s|$)",
    re.I,
)


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = []
    for c in candidates:
        if "regulatory" in c.families:
            c = _after_glued_item(ctx, c)
            found = _regulatory(ctx, c)
            out += found
            if found and ctx.text(c.doc)[c.end - 1: c.end] == ":":
                items = _list_items(ctx, c, found[-1])
                if items:
                    out.remove(found[-1])  # the intro sums up its items
                out += items
    return _fold_undated(out)


_BULLET_RE = re.compile(r"\s*\*\s+(?=\S)")
_NEXT_BULLET_RE = re.compile(r"\s\*\s")
#: Where a bullet glued to the next sentence ends: "... lung cancer Additionally, Innovent
#: currently has regulatory submissions under review in China for sintilimab:".
_ITEM_END_RE = re.compile(r"[.;]|\s(?=(?:Additionally|In addition|Furthermore|Moreover|Also|Currently|The [a-z]|This |In (?:"
                          r"January|February|March|April|May|June|July|August|September|October|November|December)\b))")
MAX_ITEMS = 8
MAX_ITEM = 300


def _list_items(ctx: Context, c: Candidate, intro: Draft) -> list[Draft]:
    """A list introduced by a regulatory sentence ("In China, sintilimab has been approved for two
    indications, including: * The treatment of relapsed or refractory classic Hodgkin's
    lymphoma ... * In combination with ..."): one event per item, its indication the item's."""
    text = ctx.text(c.doc)
    out, pos = [], c.end
    for _ in range(MAX_ITEMS):
        b = _BULLET_RE.match(text, pos)
        if not b:
            break
        start = b.end()
        nxt = _NEXT_BULLET_RE.search(text, start, start + MAX_ITEM)
        stop = _ITEM_END_RE.search(text, start, nxt.start() if nxt else min(len(text), start + MAX_ITEM))
        end = stop.start() if stop else (nxt.start() if nxt else None)
        if end is None or end - start < 10:
            break
        item = text[start:end]
        ind = _indication(item) or clean(_LEAD_RE.sub("", item))
        fields = dict(intro.fields, indication=ind)
        out.append(Draft("regulatory_event", intro.status, intro.date, fields, [span(c.doc, start, end)], 0.6,
                         key=intro.key + ("item", item.lower()[:60]), order=(c.doc, start)))
        if stop:
            break  # the list ran into the next sentence
        pos = end
    return out


_LEAD_RE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _after_glued_item(ctx: Context, c: Candidate) -> Candidate:
    """A list intro glued to the last item of the list before ("* ... lung cancer Additionally,
    Innovent currently has regulatory submissions under review in China for sintilimab:"):
    the intro alone."""
    text = ctx.text(c.doc)
    if text[c.end - 1: c.end] != ":" or not text[max(0, c.start - 3): c.start].strip().endswith("*"):
        return c
    cut = [m.end() for m in _ITEM_END_RE.finditer(text, c.start, c.end)]
    return Candidate(c.doc, cut[-1], c.end, c.families) if cut and c.end - cut[-1] > 10 else c


def _fold_items(drafts: list[Draft]) -> None:
    """A list item that restates a fact told elsewhere ("following the regimen's regulatory
    approval in China earlier this year", "* In combination with pemetrexed ... for the
    first-line treatment of nonsquamous non-small cell lung cancer") is that fact: same
    product, action and agency, and a disease word in common."""
    facts = [d for d in drafts if len(d.key) == 5]
    for d in drafts:
        if len(d.key) == 5:
            continue
        words = _disease_words(d.fields.get("indication"))
        same = [f for f in facts if f.key[:4] == d.key[:4] and words & _disease_words(f.fields.get("indication"))]
        if len(same) == 1:
            d.key = same[0].key


def _disease_words(text: str | None) -> set[str]:
    return set(_HAS_DISEASE_RE.findall(text.lower())) if text else set()


def _fold_undated(drafts: list[Draft]) -> list[Draft]:
    """A background mention without a date ("the recent approval by the FDA") is the dated
    fact the document states elsewhere ("On October 12, the FDA approved Verzenio",
    LLY-2021-10-28) when there is exactly one: it takes that fact's key, so the merger folds it."""
    dated: dict[tuple, list[tuple]] = {}
    today = set()
    for d in drafts:
        if len(d.key) != 5:
            continue  # a list item keeps its own key
        if d.key[4] is not None:
            dated.setdefault(d.key[:4], []).append(d.key)
        elif d.extra.get("now"):
            today.add(d.key[:4])  # then an undated mention may be today's fact
    for d in drafts:
        keys = set(dated.get(d.key[:4], ()))
        if (len(d.key) == 5 and d.key[4] is None and d.date is None and d.status == "historical"
                and not d.extra.get("now") and len(keys) == 1 and d.key[:4] not in today):
            d.key = keys.pop()
    _fold_items(drafts)
    return drafts


def _regulatory(ctx: Context, c: Candidate) -> list[Draft]:
    """One event per action; "withdrew its BLA and MAA" is two (one per agency)."""
    found = _action(ctx, c)
    if not found:
        return []
    out = []
    for i, (action, am) in enumerate(found):
        near = ctx.text(c.doc)[c.start + max(0, am.start() - 80): c.start + am.end() + 80]
        # Of two actions in one sentence, each owns the words up to the next ("Resubmission of X
        # ... with expected regulatory action in the second half of 2024": the date is the
        # decision's, not the resubmission's).
        seg = (c.start + (found[i - 1][1].end() if i else 0),
               c.start + found[i + 1][1].start() if i + 1 < len(found) else c.end)
        clause = ctx.text(c.doc)[c.start + am.start(): seg[1]].split(";")[0]
        for variant in _application_actions(action, near, clause):
            places = _agencies(ctx.text(c.doc)[c.start:c.end]) if variant == "approval" else []
            products = _approved_products(ctx, c, am) if variant in ("approval", "IND") and len(places) < 2 else []
            if len(places) == 1:
                # The one place an approval is said of: "working closely with the FDA ... following
                # the regimen's regulatory approval in China earlier this year" (LLY-2021-05-18).
                places = [(places[0][0], None)]
            elif len(places) < 2:
                places = [(None, None)]
            for agency, at in places:
                for product in products or [None]:
                    d = _event(ctx, c, variant, am, agency, at, product, seg)
                    if d:
                        out.append(d)
    return out


#: "FDA approval of Zepbound for adults with obesity ... and Jaypirca for chronic lymphocytic
#: leukemia" (LLY-2024-02-06): each product named with its own "for" is its own approval.
_FOR_RE = re.compile(r"\s*(?:®|™|\*)*\s*(?:\([^)]{1,40}\)\s*)?for\b")


def _approved_products(ctx: Context, c: Candidate, am: re.Match[str]) -> list:
    text = ctx.text(c.doc)
    start = c.start + am.end()
    semi = text.find(";", start, c.end)
    end = semi if semi >= 0 else c.end
    found, seen = [], set()
    for a in ctx.assets(c.doc, start, end):
        if a.name not in seen and _FOR_RE.match(text, a.end):
            seen.add(a.name)
            found.append(a)
    return found if len(found) >= 2 else []


def _action(ctx: Context, c: Candidate) -> list[tuple[str, re.Match[str]]]:
    """Every action a sentence states ("accepted its NDA and assigned a PDUFA date" is two); an
    approval named beside another action is that action's goal, not a second event."""
    sent = ctx.text(c.doc)[c.start:c.end]
    if _RISK_RE.search(sent):
        return []  # "There can be no assurance that X will receive approval": risk language
    found = []
    for name, rx in _ACTION_RES:
        m = rx.search(sent)
        if m and not any(m.start() < o.end() and o.start() < m.end() for _, o in found):
            found.append((name, m))  # "FDA Accepts Regulatory Submission": one acceptance, not a submission too
    label = _LABEL_RE.match(sent)
    if label:
        # "NDA Submission and FDA Approval Pathway: Cingulate is on track to submit a New Drug
        # Application ...": a bullet's label names the topic; the sentence after it, the fact.
        moved = [(name, _after_label(name, m, sent, label.end())) for name, m in found]
        found = [(name, m) for name, m in moved if m is not None] or found
    if any(name == "action delayed" for name, _ in found):
        found = [(name, m) for name, m in found if name != "expected action"]  # the same decision
    if sum(name != "expected action" for name, _ in found) > 1:
        # ... unless told as a done fact of its own: "was approved by the FDA and received a
        # positive opinion from the European Medicines Agency's CHMP" (LLY-2022-08-04).
        found = [(name, m) for name, m in found if name != "approval" or _APPROVED_BY_RE.match(sent, m.start())][:3]
    found = [(_trial_application(name, m), m) for name, m in found]
    return sorted(((name, m) for name, m in found if _real(sent, name)), key=lambda f: f[1].start())


#: Applications to run a trial, not to market a drug: "submitted an IND application",
#: "accepted the Investigational New Drug application", "filed a Clinical Trial Application (CTA)".
_IND_APPLICATION_RE = re.compile(r"\bINDs?\b(?![-‐])|Investigational New Drug")
_CTA_RE = re.compile(r"\bCTAs?\b|[Cc]linical [Tt]rial [Aa]pplication")


def _trial_application(name: str, m: re.Match[str]) -> str:
    if name != "submission":
        return name
    if _IND_APPLICATION_RE.search(m.group(0)):
        return "IND"
    return "CTA submission" if _CTA_RE.search(m.group(0)) else name


_APPROVED_BY_RE = re.compile(r"approved\s+by\s+(?:the\s+)?(?:U\.S\.\s+|Australian\s+|Taiwan\s+)?(?:FDA|Food and Drug|EMA|European Commission|NMPA|PMDA|MHRA|Health Canada|TGA|Therapeutic Goods|Swissmedic|ANVISA|MFDS|TFDA)")


#: A bullet's label before its sentence: "IND Clearance: The company received ...".
_LABEL_RE = re.compile(r"\s*(?:[*•\-]\s*)?(?:\*\*)?(?:[A-Z][\w\-/&’']*\s+(?:(?:and|of|for|the|to|in|&)\s+)?){0,7}[A-Z][\w\-/&’']*\s*(?::\*\*|\*\*:|:)\s+(?=[A-Z])")


def _is_headline(sent: str) -> bool:
    """A Title Case line, not a bullet's label and its sentence ("Designations: CVX-12 has
    received Orphan Drug ... designations from the FDA")."""
    label = _LABEL_RE.match(sent)
    body = sent[label.end():] if label else sent
    return is_title(body) and not _PERFECT_RE.search(body)


#: A sentence's tense, which headlines do not use: "has received", "have been granted".
_PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b")


def _after_label(name: str, m: re.Match[str], sent: str, start: int) -> re.Match[str] | None:
    if m.start() >= start:
        return m
    rx = dict(_ACTION_RES)[name]
    return rx.search(sent, start)


#: Risk-factor wording: what might not happen is no event.
_RISK_RE = re.compile(r"\bno assurance\b|\bcan(?:not|['’]t) (?:assure|guarantee|be certain)\b|\bno guarantee\b|\bmay (?:not|never)\b|\bmight (?:not|never)\b"
                      r"|\b(?:fail(?:s|ure)?|unable|inability) to (?:obtain|receive|secure|maintain)\b|\bthe risk that\b", re.I)


def _real(sent: str, action: str) -> bool:
    """False for approvals that are conditions, negations or adjectives."""
    if action == "approval" and not _ACTION_RES[-1][1].search(_CONDITIONAL_RE.sub("", sent)):
        return False  # "could capture market share if approved"
    if action == "approval" and (_ADJECTIVE_APPROVED_RE.search(sent) and not re.search(r"\bapprov(?:ed|es|al)\b(?![- ](?:medicine|treatment|therap|product|drug))", sent.replace("FDA-approved", ""), re.I)):
        return False
    return True


_CONDITIONAL_RE = re.compile(r"\b(?:if|once|upon|when|until|unless|pending|potential|seek(?:ing)?|obtain(?:ing)?|secur(?:e|ing)|achiev(?:e|ing)|toward(?:s)?|prior to|before)\s+(?:\w+\s+){0,2}?approv\w+"
                             r"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?approv\w+|\bunapproved\b"
                             r"|\bno\s+(?:[\w\-]+\s+){0,3}(?:have|has)\s+(?:yet\s+)?been\s+approv\w+", re.I)
_EU_AGENCY_RE = re.compile(r"European Commission|\bEMA\b|European Medicines Agency|\bCHMP\b")


def _event(ctx: Context, c: Candidate, action: str, am: re.Match[str],
           place: str | None = None, place_at: int | None = None, product=None,
           seg: tuple[int, int] | None = None) -> Draft | None:
    """``place``: one of several agencies an approval sentence names (its date follows it);
    ``seg``: the part of the sentence that is this action's (where its date may stand)."""
    text = ctx.text(c.doc)
    sent = text[c.start:c.end]
    awaited = action == "expected action"
    if awaited:
        action = "approval"  # the decision awaited
    if action in ("CHMP positive opinion", "PRIME designation"):
        agency = "EMA"  # the CHMP is the EMA's committee (gold: agency EMA)
    elif place:
        agency = place
    elif action in ("CTA approval", "CTA submission"):
        # The agency or place after it, not the IND's FDA: "IND clearance from the FDA and
        # Clinical Trial Authorization from the UK regulatory authorities".
        after_cta = text[c.start + am.start(): (seg or (c.start, c.end))[1]]
        place = _CTA_PLACE_RE.search(after_cta)
        agency = _agency(after_cta) or (_CTA_PLACES[place.group(0).lower()] if place else "")
    elif action.startswith("MAA"):
        eu = _EU_AGENCY_RE.search(sent)
        agency = eu.group(0) if eu else "EMA"
        agency = "EMA" if agency == "European Medicines Agency" else agency
    elif action == "NDA/BLA submission" and not re.search(r"\bFDA\b|Food and Drug|U\.S\.", sent) and (
            place_of := _submission_place(text[c.start + am.start(): (seg or (c.start, c.end))[1]])):
        agency = place_of  # "regulatory submissions under review in China for sintilimab"
    elif action.startswith(("NDA", "BLA")) and (re.search(r"\bFDA\b|Food and Drug|U\.S\.", sent) or not _agency(sent)):
        agency = "FDA"
    else:
        agency = None
    agency = agency if action.startswith("CTA") else agency or _agency(sent) or ("EMA" if action.startswith("MAA") else None) or (
        "FDA" if action.startswith(("NDA", "BLA")) or action in _FDA_BY_DEFAULT else None)
    if action == "meeting":
        action = am.group(0)[:1].upper() + am.group(0)[1:]  # "Type C meeting"
    if awaited:
        # The decision awaited is the one where the submission went: "a submission in Japan with
        # regulatory action expected by the end of 2020" (LLY-2020-05-29).
        agency = _awaited_agency(text[max(seg[0] if seg else c.start, c.start + am.start() - AWAITED_PLACE_REACH): c.start + am.end()]) or agency
        if not agency:
            # "Regulatory decisions are anticipated in additional markets around the world in
            # 2023" (LLY-2023-04-13): no one agency, a decision rather than an approval.
            action, agency = "regulatory decision", ""
    if not agency and action == "approval" and _COUNTRIES_RE.search(sent):
        agency = ""  # "is approved in 70 countries as a treatment for ..." (LLY-2020-06-15): no one agency
    if agency is None:
        return None
    agency = agency or None
    if action == "action delayed":
        action = f"{agency} action delayed"
    pos = c.start + am.start()
    cs, ce = clause_at(text, c.start, c.end, pos)
    assets = ctx.assets(c.doc, c.start, c.end) or _approved_use(sent, c.start) or coded_names(sent, c.start)
    lent = ""
    own = _OWN_PRODUCT_RE.search(sent)
    unnamed = not assets and own is not None  # lent or none: boilerplate when undated history
    if not assets and (action in _FOLLOW_UPS or awaited or own or re.search(
            r"\b(?:submit|submitted|submissions?|these results|the data|data from|(?:this|the) (?:application|submission|regimen|combination|medicine|drug|therapy"
            # "The study received approval from the Taiwan FDA", "further derisking the asset".
            r"|study|trial|protocol|asset|product|candidate|program|compound))\b", sent, re.I)):
        # "Almirall also plans to submit these results ... to the European Medicines Agency":
        # the product is the one the sentence before named (LLY-2022-06-07).
        assets, lent = _previous_subject(ctx, c)
    if not assets and not (own and action in _UNNAMED_ACTIONS):
        return None
    # "its lead candidate received Fast Track designation": the company's own product, unnamed.
    asset = nearest(assets, pos, prefer_after=True) if assets else None
    i = assets.index(asset) if asset in assets else -1
    if i > 0 and _ALIAS_RE.search(text, max(c.start, asset.start - 20), asset.start):
        asset = assets[i - 1]  # "Baricitinib, marketed as OLUMIANT®, is approved in 70 countries"
    elif i > 0 and asset.start < pos and _COMBINATION_RE.search(text, assets[0].end, asset.start):
        asset = assets[0]  # "ALIMTA in combination with pembrolizumab and carboplatin was first approved"
    ind = _own_indication(sent, pos - c.start, assets)
    if product is not None:
        asset = product
        seg_end = min([i for i in (sent.find(";", product.end - c.start),) if i >= 0] or [len(sent)])
        ind = _indication(sent[product.start - c.start: seg_end])
    ind = (ind or _acronym_indication(ctx, c.doc, sent, c.start) or (_next_indication(ctx, c, asset) if asset else None)
           or (disease_indication(lent, wide=True) if lent else None))
    if ind:
        ind = clean(re.split(r"[\"“”]", ind)[0]) or None  # "ulcerative colitis," said ...
    if ind and asset and ind.lower().startswith(asset.name.lower()) and len(ind) > len(asset.name) + 3:
        ind = ind[len(asset.name):].strip()  # glued words: "for the Olumiant®atopic dermatitis indication"
    if place_at is not None:
        # The approval's own product: the last one named before the agency in its list entry.
        seg_start = c.start + sent.rfind(";", 0, place_at) + 1
        mine = [a for a in assets if seg_start <= a.start < c.start + place_at]
        asset = mine[-1] if mine else asset
    # Relative dates count when they name a month ("in June": the reference year's June) or
    # say "this year" (LLY-2022-06-07).
    lo, hi = seg or (c.start, c.end)
    other = _OTHER_PREDICATE_RE.search(text, c.start + am.end(), hi)
    hi = other.start() if other else hi  # "... approval by the NMPA for X and was included in the 2019 Guidelines"
    dates = [d for d in dates_in(ctx, c.doc, lo, hi)
             if not d.relative or d.value == ctx.reference_date or len(d.value) == 7 or _THIS_RE.search(text, d.start, d.end)]
    if not dates and ctx.reference_date:
        dates = _month_day_dates(text, lo, hi, ctx.reference_date)
    if action != "PDUFA date" and "PDUFA" in sent:
        pdufa = c.start + sent.index("PDUFA")
        dates = [d for d in dates if d.end <= pdufa]  # the action date is not the PDUFA date
    if place_at is not None:
        d = nearest_date(dates, c.start + place_at, window=PLACE_DATE_WINDOW, after_only=True)
    else:
        d = nearest_date(dates, pos, window=len(sent)) if dates else None
    date = d.value if d else None
    # Modal words after the action ("... which may reduce risk") do not make it a plan, nor
    # those before a past fact it follows ("We look forward to ... following the regimen's
    # regulatory approval in China earlier this year", LLY-2021-05-18).
    lo_modal = max(cs, pos - MODAL_WINDOW)
    after = _FOLLOWING_RE.search(text, lo_modal, pos) or _APPOSITIVE_RE.search(text, lo_modal, pos)
    window = _AS_EXPECTED_RE.sub("", text[after.start() if after else lo_modal: min(ce, c.start + am.end() + 30)])
    status = status_for(window, date, ctx.reference_date)  # "As anticipated, Lilly received a CRL" is done
    now = bool(_NOW_RE.search(sent)) or _is_headline(sent) or (date is not None and date == ctx.reference_date)
    if status == "occurred" and not now:
        status, date = "historical", (date if date and date != ctx.reference_date else None)
    if action == "PDUFA date":
        status = "expected" if not date or not ctx.reference_date or date >= ctx.reference_date[: len(date)] else "historical"
    if status == "historical" and date and ctx.reference_date and date[:4] > ctx.reference_date[:4]:
        date = None  # "has been granted ... and could launch in 2020": the launch's year, not the grant's
    if _RECENT_RE.search(text, max(cs, pos - 40), pos):
        status, now = "historical", False  # "the recent approval by the FDA" in today's news
        date = None if date == ctx.reference_date else date
    if status != "expected" and _INTENTION_RE.search(text, max(cs, pos - MODAL_WINDOW), pos):
        status, now = "expected", False  # "its intention to submit a biologics license application"
    if unnamed and status == "historical" and not date:
        return None  # an unnamed product's undated past: company boilerplate ("received four INDs")
    if status == "occurred" and _is_headline(sent) and _HEADLINE_FUTURE_RE.match(sent):
        status = "expected"  # "U.S. Food and Drug Administration to Convene Advisory Committee ..."
    if status == "expected" and date == ctx.reference_date:
        date = None  # the release's own date, not the planned action's
    if awaited or action.endswith("action delayed"):
        status, now = "expected", False
        date = None if action.endswith("action delayed") else date  # "delayed beyond the first quarter"
        if awaited and not date and _NEXT_MONTHS_RE.search(sent) and ctx.reference_date:
            date = ctx.reference_date[:4]  # "is expected in the next one to two months" (LLY-2022-05-20)
    fields = {"asset": asset.name if asset else None, "agency": agency, "action": action,
              "indication": ind}
    return Draft("regulatory_event", status, event_date(status, date, ctx.reference_date), fields,
                 [span(c.doc, c.start, c.end)], 0.75,
                 # A dated past action ("following the FDA approval ... in November 2023") is a
                 # fact of its own, not today's approval again (LLY-2024-12-20).
                 key=("regulatory_event", asset.name.lower() if asset else None, action, agency,
                      date if date and ctx.reference_date and date < ctx.reference_date[:len(date)] else None),
                 order=(c.doc, c.start), extra={"now": now})


#: Actions that are the FDA's when no agency is named ("was granted Orphan Drug Designation").
_FDA_BY_DEFAULT = frozenset({
    "IND", "PDUFA date", "NDA/BLA submission", "BLA withdrawal", "NDA withdrawal", "complete response letter",
    "clinical hold", "clinical hold lifted", "breakthrough therapy designation", "fast track designation",
    "rare pediatric disease designation", "RMAT designation", "NDA/BLA acceptance", "advisory committee meeting",
    "meeting", "orphan drug designation", "priority review", "breakthrough device designation", "510(k) clearance",
    "De Novo classification", "feedback"})
_CTA_PLACE_RE = re.compile(r"\b(?:UK|United Kingdom|British|Australia|Australian|Canada|Canadian|EU|European Union|Europe|Korea|Korean)\b", re.I)
_CTA_PLACES = {"uk": "MHRA", "united kingdom": "MHRA", "british": "MHRA", "australia": "TGA", "australian": "TGA",
               "canada": "Health Canada", "canadian": "Health Canada", "eu": "EMA", "european union": "EMA", "europe": "EMA",
               "korea": "MFDS", "korean": "MFDS"}
#: The company's own product told without its name: "its lead candidate", "our investigational
#: gene therapy", "the Company's product candidate".
_OWN_PRODUCT_RE = re.compile(r"\b(?:its|our|[Tt]he [Cc]ompany[’']s)\s+(?:[\w\-]+\s+){0,3}?(?:candidate|product|therapy|therapeutic|drug|"
                             r"compound|vaccine|program|programme|asset|antibody|molecule|treatment|system|device|monitor|implant)\b")
#: Actions an unnamed product may take: facts about the company's own program.
_UNNAMED_ACTIONS = frozenset({"IND", "CTA submission", "CTA approval", "approval", "fast track designation", "orphan drug designation",
                              "breakthrough therapy designation", "rare pediatric disease designation", "RMAT designation",
                              "clinical hold", "clinical hold lifted", "NDA/BLA submission", "MAA submission", "priority review",
                              "breakthrough device designation", "510(k) clearance", "De Novo classification", "PRIME designation"})
#: Code names a lexicon leaves out because they look like targets when read anywhere ("KRX-7",
#: "cb-210", "LUMA-2"), read only in a regulatory sentence. Not genes, targets or labels.
#: Not a trial's name ("the Phase 3 ORIENT-11 trial", "SURMOUNT-1 study") nor an exhibit's ("EX-99.1").
_CODED_RE = re.compile(r"(?<![\w\-/.])(?P<name>(?:[A-Z][A-Za-z]{0,3}|[a-z]{2,4})-\d{1,5}[a-z]?|(?<=\bfor )[A-Z]{2,5} \d{2,4})"
                       r"(?![\w\-/]|\.\d|\s+(?:[A-Z]\w*\s+)?(?i:trials?|study|studies)\b)")
_NOT_CODED = frozenset("""PD GLP IL CD HER BCL JAK CDK COVID HIV HPV HSV FGF VEGF TNF IGF TGF MMP SGLT DPP PCSK ANGPTL
    TLR STING MEK ERK BTK FLT TYK KRAS EGFR ALK ROS TROP CLDN PSMA FAP CCR CXCR NK GIP Type Phase Class Grade Stage
    Item Form Rule Section Schedule Part Tier Level FY Q H Nasdaq NYSE Exhibit EX Note Annex Article Covid SARS APOE MTHFR
    ApoE Factor FXI FXII LPA Lp NRF KIT RET MET FGFR HLA IgG IgE IgA IgM Grade GBA LRRK SMN DMD CFTR SOD TDP PINK
    Cohort Part Arm Study Trial Protocol Days Day Week Weeks Year Month ISO CFR USC GMP GLP GCP FDA EMA SEC USD EUR
    NDA BLA IND MAA CTA ANDA NCT""".split())

_NOT_CODED_WORDS = frozenset("mid early late end pre post non over under top year half type phase day week month covid".split())


def coded_names(sent: str, offset: int) -> list[Mention]:
    out = []
    for m in _CODED_RE.finditer(sent):
        name = m.group("name")
        head, _, number = name.replace(" ", "-").partition("-")
        if head in _NOT_CODED or head.upper() in _NOT_CODED or head.islower() and (head in _NOT_CODED_WORDS or re.fullmatch(r"(?:19|20)\d\d", number)):
            continue  # "mid-2019", "non-12"
        out.append(Mention(name, offset + m.start(), offset + m.end(), "code"))
    return out


#: A headline whose subject is followed by "to"/"will" and a verb tells what will happen: "U.S.
#: Food and Drug Administration to Convene Advisory Committee Meeting" (LLY-2024-03-08); not
#: "Taltz is the First IL-17A Antagonist to Receive FDA Approval" (a lower-case verb first).
_HEADLINE_FUTURE_RE = re.compile(r"(?:(?:[A-Z][\w.’'&\-]*|and|of|the|for|&)\s+){1,8}(?:to|[Ww]ill)\s+[A-Z][a-z]")
#: How far before "regulatory action expected" the place of the submission may stand.
AWAITED_PLACE_REACH = 120
_AWAITED_PLACE_RE = re.compile(r"\b(?:(?P<agency>FDA|EMA|European Medicines Agency|European Commission|PMDA|NMPA|MHRA|Health Canada)\b"
                               r"|in\s*(?:the\s+)?(?P<place>U\.S\.|United States|EU\b|European Union|Europe|Japan|China|Canada|the UK|United Kingdom))")
_PLACE_AGENCY = {"U.S.": "FDA", "United States": "FDA", "EU": "European Commission", "European Union": "European Commission",
                 "Europe": "European Commission", "the UK": "MHRA", "United Kingdom": "MHRA", "European Medicines Agency": "EMA"}


_SUBMISSION_PLACE_RE = re.compile(r"\bin\s*(?P<place>Japan|China|Canada|Australia|Brazil|Korea|Taiwan|Switzerland)" + _PLACE_END)


def _submission_place(after: str) -> str | None:
    """Where a submission went when no agency is named: "regulatory submissions under review in
    China for sintilimab" (LLY-2021-05-18)."""
    m = _SUBMISSION_PLACE_RE.search(after)
    return m.group("place") if m else None


def _awaited_agency(before: str) -> str | None:
    found = list(_AWAITED_PLACE_RE.finditer(before))
    if not found:
        return None
    name = found[-1].group("agency") or found[-1].group("place")
    return _PLACE_AGENCY.get(name, name)


#: Actions told of a product the sentence before named: "The European Commission's decision is
#: expected in the next one to two months" (LLY-2022-05-20).
_FOLLOW_UPS = frozenset({"PDUFA date", "advisory committee meeting", "NDA/BLA acceptance", "action delayed", "meeting"})
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
#: A day named without its year: "OnOctober 12, the FDA approved Verzenio" (LLY-2021-10-28).
_MONTH_DAY_RE = re.compile(r"(?:\b[Oo]n\s*|\b)(?P<month>" + "|".join(_MONTHS) + r")\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)(?!\d)")


def _month_day_dates(text: str, start: int, end: int, reference: str) -> list[DateMatch]:
    """Days without a year: the last such day on or before the report date."""
    out = []
    for m in _MONTH_DAY_RE.finditer(text, start, end):
        year = int(reference[:4])
        value = f"{year:04d}-{_MONTHS.index(m.group('month')) + 1:02d}-{int(m.group('day')):02d}"
        if value > reference:
            value = f"{year - 1:04d}{value[4:]}"
        out.append(DateMatch(value, m.start("month"), m.end(), True))
    return out


_OTHER_PREDICATE_RE = re.compile(r"\s+and\s+(?:was|is|were|are|has|have|had)\s+(?!been\s+(?:approv|grant|accept|submit))")
_COUNTRIES_RE = re.compile(r"\bapproved in (?:more than |over |nearly |about )?\d+ countries\b")
_FOLLOWING_RE = re.compile(r"\b(?:following|after|since)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'\-]+\s+){0,3}(?=\S*$)")
#: A product described in apposition: "... with the addition of QBREXZA cloth, a medicated cloth
#: approved by the FDA for ..." (LLY-2020-01-10): the main clause's "will" is not the approval's.
_AS_EXPECTED_RE = re.compile(r"\b[Aa]s (?:anticipated|expected|planned|previously (?:expected|anticipated))\b")
_APPOSITIVE_RE = re.compile(r",\s+(?:a|an)\s+[^,;.]{0,60}?$")
_NEXT_MONTHS_RE = re.compile(r"\bin the (?:next|coming) (?:[\w\-]+ ){0,4}(?:weeks|months)\b", re.I)
_THIS_RE = re.compile(r"\bthis year\b", re.I)
#: What a ministry or agency allowed when no product name is known: "has approved the use of
#: Low Volume UNO (LV UNO) in a Phase 1b clinical trial" (BeyondAir.html): the short name.
_APPROVED_USE_RE = re.compile(r"\bapprov(?:ed|es|al of)\s+(?:the\s+)?use\s+of\s+(?:[A-Z][\w\-]*\s+){1,5}\((?P<short>[A-Z][A-Za-z0-9\- ]{1,15})\)")


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


_INTENTION_RE = re.compile(r"\bintention to\b|\bintends? to\b|\bplans? to\b|\bprepar(?:ing|es?) (?:for|to)\b|\bin preparation for\b", re.I)
_COMBINATION_RE = re.compile(r"\bin combination with\b|\bcombined with\b|\bplus\b")
_ALIAS_RE = re.compile(r"\b(?:marketed|sold|known|branded|commercialized)\s+as\s+$")
_RECENT_RE = re.compile(r"\brecent\s+(?:[\w\-]+\s+)?$", re.I)
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


def _previous_subject(ctx: Context, c: Candidate) -> tuple[list[Mention], str]:
    """The product of the last sentence before that names one (its first, the subject: "the NMPA
    accepted the sNDA for TYVYT in combination with ALIMTA ..." names TYVYT), with that
    sentence's text (LLY-2020-08-18)."""
    text = ctx.text(c.doc)
    found = ctx.assets(c.doc, max(0, c.start - ASSET_LOOKBACK), c.start)
    if not found:
        return [], ""
    s, e = sentence_at(text, found[-1].start)
    own = [a for a in found if a.start >= s] or found[-1:]
    return own[:1], text[s:min(e, c.start)]


def _approved_use(sent: str, offset: int) -> list[Mention]:
    m = _APPROVED_USE_RE.search(sent)
    return [Mention(m.group("short"), offset + m.start("short"), offset + m.end("short"), "asset")] if m else []


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


def _agency(sent: str) -> str | None:
    for name, rx in _AGENCY_RES:
        m = rx.search(sent)
        if m:
            return name or (m.groupdict().get("place") or m.group(0)).strip()
    return None


def _agencies(sent: str) -> list[tuple[str, int]]:
    """Every distinct agency or place a sentence names, with where: "approved for use by the
    European Commission in 2023, as well as in Japan in January 2024" (LLY-2024-09-13)."""
    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for name, rx in _AGENCY_RES:
        for m in rx.finditer(sent):
            at = m.start("place") if m.groupdict().get("place") else m.start()
            if any(s < m.end() and at < e for s, e in taken):
                continue  # "Japanese Ministry of Health": one agency, whichever pattern names it
            taken.append((at, m.end()))
            if not _approved_there(sent, at, m.end()):
                continue
            label = name or (m.groupdict().get("place") or m.group(0)).strip()
            found.setdefault(label, at)
    return sorted(found.items(), key=lambda kv: kv[1])


#: How close an approval word must stand to an agency for the approval to be that agency's:
#: "FDA approval of ... Verzenio; approval of mirikizumab inJapan; and regulatory submissions
#: ... in the EU" (LLY-2023-04-27) is two approvals and a submission.
APPROVAL_REACH = 80
_APPROVAL_WORD_RE = re.compile(r"approv\w*|authori[sz]\w*", re.I)
_OTHER_ACTION_RE = re.compile(r"submi|review|applica|filing|filed|opinion|designation|letter|meeting|[;.]", re.I)


def _approved_there(sent: str, start: int, end: int) -> bool:
    after = _APPROVAL_WORD_RE.search(sent, end, min(len(sent), end + 30))
    if after and not _OTHER_ACTION_RE.search(sent, end, after.start()):
        return True
    before = list(_APPROVAL_WORD_RE.finditer(sent, max(0, start - APPROVAL_REACH), start))
    return bool(before) and not _OTHER_ACTION_RE.search(sent, before[-1].end(), start)


_US_PLACE_RE = re.compile(r"\bin\s+(?:the\s+)?(?:U\.S\.|US\b|United States)")
_EU_PLACE_RE = re.compile(r"\bin\s+(?:the\s+)?(?:U\.S\.\s+and\s+(?:the\s+)?)?(?:EU\b|European Union|Europe\b)")


def _application_actions(action: str, near: str, clause: str = "") -> list[str]:
    """"withdrawal"/"submission" named by the application: "BLA withdrawal", "MAA submission";
    a sentence naming a U.S. application and a European one gives both, and so does a
    submission "in the U.S. and EU" (LLY-2024-04-30's pipeline bullets)."""
    if action not in ("withdrawal", "submission"):
        return [action]
    if action == "submission" and not (_BLA_RE.search(near) or _NDA_RE.search(near) or _MAA_RE.search(near)):
        us, eu = _US_PLACE_RE.search(clause), _EU_PLACE_RE.search(clause)
        if eu:
            return ["NDA/BLA submission", "MAA submission"] if us else ["MAA submission"]
    out = []
    if _BLA_RE.search(near) or _NDA_RE.search(near) or not _MAA_RE.search(near):
        if action == "submission":
            out.append("NDA/BLA submission")
        else:
            out.append("BLA withdrawal" if _BLA_RE.search(near) else "NDA withdrawal" if _NDA_RE.search(near) else "NDA/BLA withdrawal")
    if _MAA_RE.search(near):
        out.append(f"MAA {action}")
    return out


def _meta_end(ctx: Context, doc: int) -> int:
    regions = ctx.excluded.get(doc) or [(0, 0)]
    return regions[0][1] if regions[0][0] == 0 else 0
