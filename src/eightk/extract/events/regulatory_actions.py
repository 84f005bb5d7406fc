"""regulatory_event actions: the action vocabulary (approvals, submissions, INDs, designations,
holds, meetings ...), the applications they name, and the reading of which actions a sentence
states (not risk language, conditions or adjectives)."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate

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
    ("breakthrough therapy designation", r"breakthrough[- ]therapy designation|breakthrough[- ]therapy(?=,? (?:and|&) (?:[\w\-]+ ){1,4}designations|, (?:[\w\-]+ ){1,3}(?:and|&) (?:[\w\-]+ ){1,4}designations)|granted breakthrough(?![- ]device)|\bdesignated\b[^.;]{0,40}?\bas an? breakthrough therapy"),
    ("fast track designation", r"fast[- ]track designation|granted fast[- ]track|fast[- ]track status|fast[- ]track(?=,? (?:and|&) (?:[\w\-]+ ){1,4}designations|, (?:[\w\-]+ ){1,3}(?:and|&) (?:[\w\-]+ ){1,4}designations)"),
    # "Orphan Drug and Fast Track designations": each its own.
    ("orphan drug designation", r"orphan[- ]drug(?: designation| status|(?= (?:and|&) (?:[\w\-]+ ){1,3}designations))|granted orphan|\borphan (?:medicinal product )?designation|\bdesignated\b[^.;]{0,40}?\b(?:as )?an orphan (?:drug|medicinal product)"),
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
    ("priority review", r"priority review(?! vouchers?)"),
    # Devices: "obtained Investigational Device Exemption (IDE) approval".
    ("IDE approval", r"Investigational Device Exemption|\bIDE\b(?= approval| application| clearance| submission)"),
    ("CHMP positive opinion", r"positive opinion|\brecommend(?:s|ed|ing)?\s+(?:the\s+)?(?:conditional\s+)?(?:approval|marketing authori[sz]ation)"),
    ("advisory committee meeting", r"advisory committee"),
    ("emergency use authorization", r"emergency\s*use\s*authori[sz]ation|\bEUA\b"),
    # "accepted for review a Biologics License Application", "FDA Accepts Regulatory Submission"
    # (LLY-2021-05-18); a plain "accepted the sNDA" stays a submission (LLY-2020-08-18).
    ("NDA/BLA acceptance", r"\baccept(?:ed|s)\s+(?:by\s+(?:the\s+)?(?:U\.S\.\s+)?(?:FDA|EMA|NMPA|PMDA)\s+)?(?:for\s+(?:substantive\s+)?(?:review|filing)|(?:the\s+|its\s+|a\s+)?regulatory\s+submission)"
                           r"|\bacceptance of (?:this|the|its) (?:application|submission)"),
    ("withdrawal", r"withdr(?:ew|awn|aw|awal of|awing)\b(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,60}?" + _APPLICATION),
    ("submission", r"(?:(?:re)?submi(?:tted|ssion of|ts|t|tting)|filed|fil(?:e|es|ing)\s+(?:an?|the|its|our|their)\b|filing of|accept(?:ed|s|ance of))(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,60}?\b" + _APPLICATION
                   + r"|\b(?:s?NDA|s?BLA|MAA|New Drug Application|Biologics License Application)\b[^.;]{0,40}(?:submi(?:tted|ssion)|filed|filing|accepted)"
                   r"|\b(?:regulatory )?application (?:was|has been|had been) (?:submitted|filed)"
                   r"|\b(?:regulatory )?submissions? under review\b"
                   r"|\bsubmissions? (?:with|to) (?:the\s+)?(?:U\.S\.\s+)?(?:FDA|Food and Drug Administration|EMA|European Medicines Agency)"
                   r"|(?<!prior to )(?<!before )\b(?:re)?submission of (?=[A-Za-z])|\bresubmission\b|submi(?:t|tted) (?:data|results|these results)[^.;]{0,40}(?:FDA|EMA|European Medicines Agency|Food and Drug)"),
    # Not the adjective: "four IND-approved oncology assets", "IND-enabling studies".
    # Verbs in any case: a headline's "Secures FDA Clearance of IND Application"; the IND in
    # effect, a "study may proceed" letter, a "green light" from the agency.
    ("IND", r"\bINDs?\b(?![-‐])[^.;]{0,60}(?i:clear|accept|submi|fil|effective|allow|approv|into effect|in effect|green[- ]light|now active|became active|is active)"
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
_ADJECTIVE_APPROVED_RE = re.compile(r"\b(?:FDA|EMA|EC)-approved\b|\bapproved (?:medicines?|treatments?|therap\w+|products?|drugs?|indications?|dose)\b|\bonly approved\b|\bpreviously approved\b", re.I)


def _action(ctx: Context, c: Candidate) -> list[tuple[str, re.Match[str]]]:
    """Every action a sentence states ("accepted its NDA and assigned a PDUFA date" is two); an
    approval named beside another action is that action's goal, not a second event."""
    sent = ctx.text(c.doc)[c.start:c.end]
    if _RISK_RE.search(sent) or _RIVAL_RE.search(sent):
        return []  # "There can be no assurance that X will receive approval": risk language; a competitor's news
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


def _after_label(name: str, m: re.Match[str], sent: str, start: int) -> re.Match[str] | None:
    if m.start() >= start:
        return m
    rx = dict(_ACTION_RES)[name]
    return rx.search(sent, start)


_RIVAL_RE = re.compile(r"\b(?:competitors?|competing|rival)\b", re.I)
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
#: Actions an unnamed product may take: facts about the company's own program.
_UNNAMED_ACTIONS = frozenset({"IND", "CTA submission", "CTA approval", "approval", "fast track designation", "orphan drug designation",
                              "breakthrough therapy designation", "rare pediatric disease designation", "RMAT designation",
                              "clinical hold", "clinical hold lifted", "NDA/BLA submission", "MAA submission", "priority review",
                              "breakthrough device designation", "510(k) clearance", "De Novo classification", "PRIME designation"})


#: Actions told of a product the sentence before named: "The European Commission's decision is
#: expected in the next one to two months" (LLY-2022-05-20).
_FOLLOW_UPS = frozenset({"PDUFA date", "advisory committee meeting", "NDA/BLA acceptance", "action delayed", "meeting"})


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
