"""Entities the events point to (EVENTS.md §4): companies, assets, agreements."""

from __future__ import annotations

import re

from ..records import Agreement, Asset, Company, Entities, Event
from .context import Context
from .entities import TARGET_RE, TECHNOLOGY_RE

_PAYLOAD_RE = re.compile(r"^(?P<ab>.+?)-(?P<payload>DM[14]|MMAE|MMAF|SN-38|DXd|PBD)$")
_OWNED_RE = re.compile(r"wholly[- ]owned|proprietary|our own", re.I)
_BY_RE = re.compile(r"in development by\s+(?P<who>[A-Za-z][\w\-]+)")
_WINDOW = 160
_PHASE_ORDER = ("Phase 1", "Phase 1/2", "Phase 2", "Phase 2/3", "Phase 3", "Phase 4")


def build_entities(ctx: Context, events: tuple[Event, ...]) -> Entities:
    return Entities(companies=_companies(ctx), assets=_assets(ctx, events), agreements=_agreements(ctx, events))


def _companies(ctx: Context) -> tuple[Company, ...]:
    out = []
    for name, variants in ctx.lexicon.company_variants.items():
        out.append(Company(name, tuple(sorted(v for v in variants if v != name)), is_registrant=name == ctx.registrant))
    out.sort(key=lambda c: (not c.is_registrant, c.name))
    return tuple(out)


def _assets(ctx: Context, events: tuple[Event, ...]) -> tuple[Asset, ...]:
    if not ctx.biopharma:
        return ()
    referenced = {e.fields.get("asset") for e in events if e.fields.get("asset")}
    out = []
    for key, name in ctx.lexicon.asset_spelling.items():
        kind = ctx.lexicon.asset_kind.get(key)
        if kind == "brand" and name not in referenced:
            continue
        out.append(_asset(ctx, name, events))
    return tuple(out)


def _asset(ctx: Context, name: str, events: tuple[Event, ...]) -> Asset:
    antibody = payload = technology = target = owner = partner = None
    m = _PAYLOAD_RE.match(name)
    if m:
        antibody, payload = m.group("ab"), m.group("payload")
    for doc, text in ctx.texts.items():
        for pos in (x.start() for x in re.finditer(re.escape(name), text, re.I)):
            near = text[max(0, pos - _WINDOW): pos + len(name) + _WINDOW]
            t = TECHNOLOGY_RE.search(text, pos, pos + len(name) + 40)
            technology = technology or (t.group("tech") if t and t.group("tech").lower() != name.lower() else None)
            tg = TARGET_RE.search(near)
            target = target or (tg.group("t1") or tg.group("t2") or tg.group("t3") if tg else None)
            by = _BY_RE.search(text, pos, pos + len(name) + _WINDOW)
            if by and not owner:
                owner = ctx.lexicon.canonical_company(by.group("who")) or by.group("who")
                partner = ctx.registrant if owner != ctx.registrant else None
            if not owner and _OWNED_RE.search(text, max(0, pos - 40), pos):
                owner = ctx.registrant
    phases = [e.fields.get("phase") for e in events if e.fields.get("asset") == name and e.fields.get("phase")]
    phase = max(phases, key=lambda p: _PHASE_ORDER.index(p) if p in _PHASE_ORDER else 0) if phases else None
    indication = next((e.fields.get("indication") for e in events if e.fields.get("asset") == name and e.fields.get("indication")), None)
    return Asset(name, technology=technology, antibody=antibody, payload=payload, target=target,
                 indication=indication, owner=owner, partner=partner, phase=phase)


def _agreements(ctx: Context, events: tuple[Event, ...]) -> tuple[Agreement, ...]:
    out = []
    for e in events:
        if e.type not in ("license_agreement", "collaboration_agreement"):
            continue
        parties = tuple(p for p in (e.fields.get("licensor"), e.fields.get("licensee")) if p)
        signed = e.fields.get("signed")
        label = f"{signed[:4]} agreement" if signed else f"{e.type.split('_')[0]} agreement"
        out.append(Agreement(label, parties, signed, e.type.replace("_agreement", "")))
    return tuple(out)
