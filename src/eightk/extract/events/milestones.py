"""milestone_payment events: a milestone earned, received, paid or (specifically) expected.

"the Company had earned a \\$5 million milestone payment from Genentech with the start of Phase II
clinical testing of trastuzumab-DM1" (seed): payee the registrant (subject of "earned"), payer
Genentech ("from"), trigger "start of Phase II ...". Totals a deal makes one eligible for ("up
to $3.75 billion in milestones") are not events: they are the agreement's ``milestones_total``.
"""

from __future__ import annotations

import re

from ..context import Context
from ..entities import NOT_COMPANIES
from ..money import find_money
from ..parties import short_name
from ..phases import normalize_phase
from ..scan import Candidate
from ..sentences import sentence_at
from .common import MODAL_RE, Draft, clean, dates_in, event_date, nearest, nearest_date, span, status_for, drop_contract_terms, settle_undated

_STATUS_RE = re.compile(
    r"(?P<earned>\bearn(?:ed|s|ing)?\b|\bachiev(?:ed|es|ement of)\b|\btrigger(?:ed|s|ing)?\b|\brecogni[sz]ed\b|\bbooked\b)"
    r"|(?P<received>\breceiv(?:ed|es|ing|e)\b|\bcollect(?:ed|s)\b|\breceipt of\b|\brecord(?:ed|s)\b)"
    r"|(?P<paid>\bpaid\b|\bpays?\b|\bpaying\b|\bmade (?:a|the)\b|\bcompleted (?:a|the|an)\b)"
    r"|(?P<eligible>\beligible\b|\bpotential\b|\bcould\b)",
    re.I,
)
_SKIP_RE = re.compile(r"up-?\s?front|\bshall\s+(?:pay|be\s+paid|make)\b|eligible|entitled|earn-?out|may receive|could receive|IPR&D|in-process research|per share|\bEPS\b|charges?\b|expense|guidance"
                      # income over a period is a total, not a payment: "Received Cash Milestone Incomes of
                      # $496,000 for the nine months ended September 30, 2024" (ABVC 2024-11-14)
                      r"|\bfor the (?:three|six|nine|twelve) months ended\b|\bfor the (?:fiscal )?(?:year|quarter) ended\b", re.I)
#: A running total beside the payment: "received US$100,000 from OncoX, bringing total payments
#: to US$695,950", "a cumulative total of $846,000 ... to date": the total is not an event.
_TOTAL_BEFORE_RE = re.compile(r"(?:total|cumulative|aggregate|sum|potential|up to|to date)\w*\b[^.;]{0,100}$|\bto\s*$", re.I)
_TOTAL_AFTER_RE = re.compile(r"^\s*(?:in (?:cumulative|total)|to date|in aggregate)", re.I)
_TRIGGER_RE = re.compile(
    r"\b(?:with|upon|on|for|following|after|triggered by|in connection with|related to|associated with|tied to|based on|as a result of)\s+"
    r"(?:the\s+)?(?P<trigger>(?:start|initiation|commencement|completion|achievement|dosing|approval|acceptance|submission|filing|"
    r"first|launch|enrol?l?ment|successful|clearance|receipt|grant|dose|treatment|commercial|sales|regulatory|the)\b[^,.;]{3,160})",
    re.I,
)
#: The prepositions that always introduce the event: "a $10 million milestone payment from Gamma
#: triggered by the initiation of a Phase 2 study" wins over "for the quarter included ...".
_STRONG_TRIGGER_RE = re.compile(_TRIGGER_RE.pattern.replace(
    r"(?:with|upon|on|for|following|after|triggered by|in connection with|related to|associated with|tied to|based on|as a result of)",
    r"(?:upon|following|triggered by|in connection with|tied to|as a result of|resulting from)"), re.I)
_KINDS = (
    ("phase_start", r"\b(?:start|initiat|commence|dosing|dosed|first patient|enrol|began|begin)"),
    ("phase_completion", r"\bcomplet"),
    ("regulatory_filing", r"\b(?:submission|filing|filed|acceptance|accepted|IND|NDA|BLA|MAA)\b"),
    ("regulatory_approval", r"\b(?:approv|clearance|authori[sz]ation)"),
    ("first_sale", r"\b(?:first commercial sale|launch|first sale)"),
    ("sales_threshold", r"\b(?:net sales|sales threshold|annual sales|sales of)"),
    ("process_development", r"\b(?:process development|manufactur)"),
)
_KIND_RES = tuple((k, re.compile(p, re.I)) for k, p in _KINDS)
_AGREEMENT_RE = re.compile(r"\b(?:under|pursuant to|(?:as|is) part of) (?:the|its|our|their|this|that|an?)\s+(?P<label>(?:(?:19|20)\d\d\s+)?(?:[\w\-’']+\s+){0,5}?agreement(?:\s+with\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?)?)\b", re.I)
#: How far after a payment's sentence the agreement it is made under may be named ("The payment,
#: tied to ABVC's psychiatric disorder pipeline, ..., is part of a broader agreement with AiBtl
#: BioPharma", the next paragraph of ABVC 2024-10-22).
AGREEMENT_REACH = 600
#: The event named as the sentence's subject: "The initiation of the Phase 2 trial triggered a $15
#: million milestone payment to Acme".
_SUBJECT_TRIGGER_RE = re.compile(r"\s*(?:The\s+)?(?P<t>(?:start|initiation|commencement|completion|achievement|dosing|approval|acceptance|submission|filing|first|launch|enrol\w*|clearance|receipt|grant)\b[^,;.]{3,150}?)\s+(?:has\s+)?(?:triggered|triggers|resulted\s+in|results\s+in)\b", re.I)
_CORPORATE_WORDS = frozenset({"biopharma", "pharma", "pharmaceuticals", "therapeutics", "biosciences", "bio", "biotech",
                              "biologics", "oncology", "medicines"})
_AGREEMENT_WITH_RE = re.compile(r"\b(?:agreement|collaboration|partnership|license)\s+with\s+(?P<full>(?P<w>(?-i:[A-Z])\w*)(?:\s+(?-i:[A-Z])[\w\-]*){0,2})", re.I)
_PARTNER = r"(?P<p>(?-i:[A-Z])[\w\-&]*(?:\s+(?-i:[A-Z])[\w\-&]*){0,3})"
_FROM_PARTNER_RE = re.compile(r"\b(?:milestones?|payments?|fees?|revenues?)\s+from\s+(?:the\s+)?" + _PARTNER, re.I)
_TO_PARTNER_RE = re.compile(r"\b(?:milestones?|payments?|fees?)\s+to\s+(?:the\s+)?" + _PARTNER, re.I)
_PASSIVE_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
_PAID_PARTNER_RE = re.compile(r"\s+" + _PARTNER + r"\s+(?:an?|the)\s+(?:US)?[$€£¥]")


def _named(phrase: str | None) -> str | None:
    """A partner named by capitalised words the lexicon does not know: its short name."""
    if not phrase or phrase.split()[0] in NOT_COMPANIES or phrase.split()[0] in ("The", "Company", "Phase"):
        return None
    return short_name(phrase) or None
_NAMED_AGREEMENT_RE = re.compile(r"\b(?:19|20)\d\d\s+(?:[\w\-]+\s+){0,3}?(?:agreement|collaboration|license|licence|partnership|alliance)\b", re.I)
_THIS_EVENT_RE = re.compile(r"\b(?:this|the) (?:event|achievement|milestone|initiation|start|approval)\b", re.I)
_WINDOW = 160
#: A licensing payment or fee received under a license is a milestone payment in the gold
#: convention ("received a $150,000 cash licensing payment from AiBtl", ABVC 2025-07-10).
_PAYMENT_WORD_RE = re.compile(r"milestones?|licens\w* (?:payments?|fees?)|\bpayments? (?:to|from)\b(?=.{0,80}?\b(?:licens|agreement\s+with|collaboration\s+with))|\breceived\s+(?:US)?\$[\d,.]+(?:\s*(?:million|thousand))?\s+from\b(?=.{0,120}?\blicens)"
                             # "received $2 million under its license agreement with Beta"
                             r"|\breceived\s+(?:an?\s+)?(?:additional\s+)?(?:US)?\$[\d,.]+(?:\s*(?:million|thousand|[MK]\b))?\s+(?:payment\s+)?(?:under|pursuant\s+to)\s+(?:its|the|our|their|an?)\s+(?:[\w\-’']+\s+){0,3}?(?:licen[cs]\w*|collaboration)\b", re.I)  # chars between "milestone" and its amount; seed: "\$5 million milestone payment"


def trigger_kind(trigger: str) -> str:
    for kind, rx in _KIND_RES:
        if rx.search(trigger):
            return kind
    return "other"


def extract(ctx: Context, candidates: list[Candidate]) -> list[Draft]:
    out = []
    for c in candidates:
        if "milestone" in c.families:
            d = _milestone(ctx, c)
            if d:
                out.append(d)
    return drop_contract_terms(ctx, settle_undated(ctx, out))


def _milestone(ctx: Context, c: Candidate) -> Draft | None:
    text = ctx.text(c.doc)
    sent = text[c.start:c.end]
    shares = _in_shares(ctx, c, sent)
    if shares:
        return shares
    if _SKIP_RE.search(sent):
        return None
    expected = _expected_income(ctx, c, text, sent)
    if expected:
        return expected
    word = _PAYMENT_WORD_RE.search(sent)
    if not word:
        return None
    if not find_money(sent):
        return _no_amount(ctx, c, text, sent)
    amounts = [m for m in find_money(sent) if abs(m.start - word.start()) <= _WINDOW
               and not _TOTAL_BEFORE_RE.search(sent[max(0, m.start - 110):m.start])
               and not _TOTAL_AFTER_RE.match(sent[m.end:m.end + 30])]
    if not amounts:
        return None
    amount = min(amounts, key=lambda m: abs(m.start - word.start()))
    if amount.money.qualifier in ("up to", "potential", "a potential", "an aggregate of", "aggregate of", "a total of", "total of"):
        return None
    st = _STATUS_RE.search(sent)
    payment_status = st.lastgroup if st else None
    if payment_status in (None, "eligible"):
        return None
    fields = {"payee": None, "payer": None, "amount": amount.money, "payment_status": payment_status,
              "trigger": None, "trigger_kind": None, "phase": None, "asset": None, "agreement": None}
    _parties(ctx, c, sent, st, fields)
    if payment_status == "paid" and fields["payee"] == ctx.registrant and fields["payer"] != ctx.registrant:
        fields["payment_status"] = "received"  # told from the registrant's side
    _trigger(ctx, c, sent, fields)
    agreement = _AGREEMENT_RE.search(sent) or _AGREEMENT_RE.search(text, c.end, min(len(text), c.end + AGREEMENT_REACH))
    if agreement:
        fields["agreement"] = clean(agreement.group("label"))
    # "under the companies' 2021 license agreement": that year names the agreement, not the payment.
    named = [(c.start + r.start(), c.start + r.end()) for r in _NAMED_AGREEMENT_RE.finditer(sent)]
    dates = [d for d in dates_in(ctx, c.doc, c.start, c.end) if not any(s <= d.start < e for s, e in named)]
    d = nearest_date(dates, c.start + (st.start() if st else 0), window=150)
    status = status_for(sent, d.value if d else None, ctx.reference_date)
    if status == "expected" and payment_status in ("earned", "received", "paid") and not re.search(r"\bwill\b|expect", sent, re.I):
        status = "occurred"
    if status == "expected" and st and st.lastgroup == "earned" and not MODAL_RE.search(sent, 0, st.start()):
        status = "occurred"  # "has achieved a milestone ..., for which it will receive a payment of $6 million"
    if status == "expected" and fields["payment_status"] == "received":
        fields["payment_status"] = "eligible"  # "will receive a $25 million milestone payment ... upon ..."
    return Draft("milestone_payment", status, event_date(status, d.value if d else None, ctx.reference_date),
                 fields, [span(c.doc, c.start, c.end)], 0.85 if fields["payer"] and fields["payee"] else 0.65,
                 key=("milestone_payment", amount.money.value, amount.money.currency), order=(c.doc, c.start))


def _fields(**given) -> dict:
    fields = dict.fromkeys(("payee", "payer", "amount", "payment_status", "trigger", "trigger_kind", "phase", "asset", "agreement"))
    fields.update(given)
    return fields


#: A milestone paid in stock: "ABVC has received 23M AiBtl shares as part of the first milestone of
#: the licensing fees" (ABVC 2024-10-22). Shares are not money: the event has no amount.
_SHARES_RE = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?P<verb>received|receives|earned|obtained|was issued|were issued)\s+(?:an?\s+)?(?:additional\s+)?"
    r"(?P<n>\d[\d.,]*\s*(?:M|million|K|thousand)?)\s+(?:(?P<co>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+)?(?:ordinary\s+|common\s+)?shares\b[^.;]{0,40}?\b"
    r"(?:as|in)\s+(?:(?:part|payment|satisfaction)\s+of\s+)?(?:the|a|its|their)\s+"
    r"(?P<trigger>(?:[\w\-]+\s+){0,3}?milestone\b(?:\s+(?:of|under|for)\s+[^,.;]{3,80}?)?)(?=\s+and\s+(?:will|is|are|has|have)\b|[,.;]|$)")
_TODAY_RE = re.compile(r"\btoday\b|\bannounc", re.I)


def _in_shares(ctx: Context, c: Candidate, sent: str) -> Draft | None:
    m = _SHARES_RE.search(sent)
    if not m:
        return None
    payer = (ctx.lexicon.canonical_company(m.group("co")) or short_name(m.group("co"))) if m.group("co") else None
    before = [x.name for x in ctx.companies(c.doc, c.start, c.start + m.start()) if x.name != payer]
    payee = before[-1] if before else ctx.registrant
    trigger = clean(m.group("trigger"))
    fields = _fields(payee=payee, payer=payer, payment_status="earned" if m.group("verb") == "earned" else "received",
                     trigger=trigger, trigger_kind=trigger_kind(trigger), phase=normalize_phase(trigger))
    status = "occurred" if _TODAY_RE.search(sent) else "historical"
    return Draft("milestone_payment", status, event_date(status, None, ctx.reference_date), fields,
                 [span(c.doc, c.start, c.end)], 0.65,
                 key=("milestone_payment", "shares", m.group("n").replace(" ", ""), payer), order=(c.doc, c.start))


#: Licensing income a company expects in a given year: "today announced its expectation to
#: receive $7M in cash licensing income in 2025" (ABVC 2025-02-20), "These agreements are
#: expected to contribute an aggregate of approximately $19 million in cash revenue in 2025"
#: (ABVC 2025-03-19). A specific expected payment, not a deal's eligibility ("eligible to receive
#: up to $X in milestones") nor guidance: the sentence names a year and licensing or agreements.
_EXPECT_RE = re.compile(r"\b(?:expect\w*|anticipat\w*|project(?:s|ed)?|forecasts?)\b[^.;$]{0,30}?\b(?:to\s+)?(?:receive|receiving|contribute|contributing|generate|generating|bring in)\b", re.I)
_INCOME_AFTER_RE = re.compile(r"\s+(?:in|of)\s+(?:[\w\-]+\s+){0,3}?(?:income|revenues?|payments?|fees)\b[^.;]{0,80}?\bin\s+(?:fiscal\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\b", re.I)
_LICENSING_CUE_RE = re.compile(r"licens|milestone|\bagreements?\b|partner", re.I)
_FROM_AGREEMENT_RE = re.compile(r"\b(?:stemming from|from|under|pursuant to|outlined in)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?P<label>(?:[\w\-]+\s+){0,4}?agreements?\b(?:\s+(?:the Company|signed|executed|entered)[^.;,]{0,60})?)", re.I)
_AS_PART_OF_RE = re.compile(r"\bas part of\s+(?P<t>[^.;,]{5,160})", re.I)
_THESE_AGREEMENTS_RE = re.compile(r"^\s*(?:These|The|Such|Those)\s+(?:[\w\-]+\s+){0,2}?agreements\b")
_NOUN_AGREEMENTS_RE = re.compile(r"\b(?:(?:[\w\-]+\s+){0,3}(?:licen[cs]ing|license|collaboration|partnership)\s+agreements)\b", re.I)


def _expected_income(ctx: Context, c: Candidate, text: str, sent: str) -> Draft | None:
    e = _EXPECT_RE.search(sent)
    if not e or not _LICENSING_CUE_RE.search(sent):
        return None
    amount, year = None, None
    for m in find_money(sent[e.end(): e.end() + 80]):
        after = _INCOME_AFTER_RE.match(sent, e.end() + m.end)
        if after:
            amount, year = m, after.group("year")
            break
    if amount is None:
        return None
    fields = _fields(payee=ctx.registrant, amount=amount.money, payment_status="eligible")
    label = _FROM_AGREEMENT_RE.search(sent)
    if _THESE_AGREEMENTS_RE.match(sent):
        ps, pe = sentence_at(text, max(0, c.start - 2))
        prior = _NOUN_AGREEMENTS_RE.search(text, ps, pe) if pe <= c.start else None
        fields["agreement"] = clean(prior.group(0)) if prior else None
    elif label:
        fields["agreement"] = clean(label.group("label"))
    part = _AS_PART_OF_RE.search(sent, e.end())
    if part and re.search(r"milestone|payment|licens", part.group("t"), re.I):
        fields["trigger"] = clean(part.group("t"))
    return Draft("milestone_payment", "expected", year, fields, [span(c.doc, c.start, c.end)], 0.6,
                 key=("milestone_payment", amount.money.value, amount.money.currency), order=(c.doc, c.start))


#: A payment told without its amount: "Its recent funding efforts have led to the fulfillment of an
#: additional milestone payment" (ABVC 2025-08-01 about OncoX).
_NO_AMOUNT_RE = re.compile(
    r"\b(?P<verb>fulfil+(?:ment|led|s)?|received|receipt|made|paid|earned|achieved|triggered|completed)\b(?:\s+of)?\s+"
    r"(?:an?|the|its|their)\s+(?:additional\s+|second\s+|first\s+|third\s+|fourth\s+|fifth\s+|next\s+|latest\s+|further\s+)?milestone\s+payment\b", re.I)
#: How far back a pronoun ("Its recent funding efforts ...") may find the company it stands for.
PRONOUN_REACH = 400


def _no_amount(ctx: Context, c: Candidate, text: str, sent: str) -> Draft | None:
    m = _NO_AMOUNT_RE.search(sent)
    if not m or MODAL_RE.search(sent[:m.start()]):
        return None
    names = [x.name for x in ctx.companies(c.doc, c.start, c.start + m.start())]
    if not names and re.match(r"\s*(?:Its|Their)\b", sent):
        prior = [x.name for x in ctx.companies(c.doc, max(0, c.start - PRONOUN_REACH), c.start) if x.name != ctx.registrant]
        names = prior[-1:]
    verb = m.group("verb").lower()
    paid = verb.startswith(("fulfil", "made", "paid", "complet"))
    subject = names[-1] if names else None
    payer, payee = (subject, None) if paid else (None, subject)
    if paid and payer and payer != ctx.registrant:
        payee = ctx.registrant
    if not paid and payee and payee != ctx.registrant:
        payer = None
    fields = _fields(payee=payee, payer=payer, payment_status="received" if payee == ctx.registrant else ("paid" if paid else "earned"))
    status = status_for(sent, None, ctx.reference_date)
    return Draft("milestone_payment", status, event_date(status, None, ctx.reference_date), fields,
                 [span(c.doc, c.start, c.end)], 0.55, key=("milestone_payment", None, "no amount", c.start), order=(c.doc, c.start))


def _parties(ctx: Context, c: Candidate, sent: str, st: re.Match[str] | None, fields: dict) -> None:
    companies = ctx.companies(c.doc, c.start, c.end)
    rel = [(m.name, m.start - c.start, m.kind) for m in companies]
    for name, pos, kind in rel:
        if kind == "self" and sent[pos:pos + 4].lower() == "our ":
            continue  # "from our partner Beta": the partner, not us
        before = sent[max(0, pos - 12):pos].lower()
        if before.rstrip().endswith("from") or (before.rstrip().endswith(" by") and _PASSIVE_RE.search(sent, 0, pos)):
            fields["payer"] = fields["payer"] or name
        elif before.rstrip().endswith("to") and "payment" in sent[max(0, pos - 40):pos].lower():
            fields["payee"] = fields["payee"] or name
    if st:
        subject = [n for n, p, _ in rel if p < st.start()]
        if subject:
            # "Acme was paid a $2.5 million milestone by Beta": the subject of a passive is paid
            passive = st.lastgroup == "paid" and _PASSIVE_RE.search(sent, 0, st.start())
            role = "payer" if st.lastgroup == "paid" and not passive else "payee"
            fields[role] = fields[role] or subject[-1]
    names = list(dict.fromkeys(n for n, _, _ in rel))
    if not fields["payer"]:
        # "under its license agreement with Beta Pharmaceuticals": the partner pays
        partner = _AGREEMENT_WITH_RE.search(sent)
        if partner:
            fields["payer"] = next((n for n, p, _ in rel if p == partner.start("w")), None) or _named(partner.group("full"))
    if not fields["payer"]:
        # "a $2 million milestone payment from Halvorsen Pharma": a partner the filing never suffixes
        source = _FROM_PARTNER_RE.search(sent)
        fields["payer"] = _named(source.group("p")) if source else None
    if not fields["payee"]:
        # "a $500,000 milestone payment to Westbridge University"
        to = _TO_PARTNER_RE.search(sent)
        fields["payee"] = _named(to.group("p")) if to else None
    if not fields["payee"] and st and st.lastgroup == "paid":
        # "Acme paid Beta Biologics a $1 million milestone"
        to = _PAID_PARTNER_RE.match(sent, st.end())
        fields["payee"] = _named(to.group("p")) if to else None
    if fields["payee"] and fields["payee"] == fields["payer"]:
        # "revenue included a $10 million milestone payment from Gamma triggered by ...": Gamma pays
        fields["payee"] = ctx.registrant if ctx.registrant != fields["payer"] else None
    if fields["payee"] and not fields["payer"]:
        others = [n for n in names if n != fields["payee"]]
        fields["payer"] = others[0] if len(others) == 1 else None
    if fields["payer"] and not fields["payee"]:
        others = [n for n in names if n != fields["payer"]]
        fields["payee"] = others[0] if len(others) == 1 else (ctx.registrant if fields["payer"] != ctx.registrant else None)


def _trigger(ctx: Context, c: Candidate, sent: str, fields: dict) -> None:
    text = ctx.text(c.doc)
    t = _STRONG_TRIGGER_RE.search(sent) or _TRIGGER_RE.search(sent)
    trigger = clean(t.group("trigger")) if t else None
    if not trigger:
        subject = _SUBJECT_TRIGGER_RE.match(sent)
        trigger = clean(subject.group("t")) if subject else None
    if not trigger and _THIS_EVENT_RE.search(sent) and c.start > 0:
        ps, pe = sentence_at(text, max(0, c.start - 2))
        prev = text[ps:pe]
        that = re.search(r"\b(?:announced|reported) (?:that\s+)?", prev)
        trigger = clean(prev[that.end():] if that else prev)[:200] or None
    fields["trigger"] = trigger
    if trigger:
        fields["trigger_kind"] = trigger_kind(trigger)
        fields["phase"] = normalize_phase(trigger)
    scope_start = c.start + (t.start() if t else 0)
    assets = ctx.assets(c.doc, scope_start, c.end) or ctx.assets(c.doc, c.start, c.end)
    if not assets and trigger:
        ps = max(0, c.start - 400)
        assets = ctx.assets(c.doc, ps, c.start)
    assets = [m for m in assets if m.name.lower() not in _CORPORATE_WORDS]  # "AiBtl BioPharma Inc.": a name, not a product
    firms = ctx.companies(c.doc, max(0, c.start - 400), c.end)
    assets = [m for m in assets if not any(f.start <= m.start < f.end for f in firms)]  # "Halvorsen" of "Halvorsen Pharma AG"
    a = nearest(assets, scope_start)
    fields["asset"] = a.name if a else None
