"""Entities the events point to (EVENTS.md §4): companies, assets, agreements."""

from __future__ import annotations

import re

from ..records import Agreement, Asset, Company, Entities, Event, PressRelease
from .assets import build_assets
from .context import Context
from .parties import name_key

#: A press contact's firm as a company name: capitalised, no address or markup characters.
_ORGANIZATION_RE = re.compile(r"[A-Z][\w&.,’'\- ]{1,60}")
#: Event fields that name a company.
_PARTY_FIELDS = ("payer", "payee", "licensor", "licensee", "acquirer", "target", "sponsor")


def build_entities(ctx: Context, events: tuple[Event, ...], press_releases: tuple[PressRelease, ...] = ()) -> Entities:
    assets = build_assets(ctx, events)
    return Entities(companies=_companies(ctx, events, assets, press_releases), assets=assets,
                    agreements=_agreements(ctx, events))


def _companies(ctx: Context, events: tuple[Event, ...], assets: tuple[Asset, ...],
               press_releases: tuple[PressRelease, ...]) -> tuple[Company, ...]:
    """The filing's companies: its lexicon's, plus any party, asset owner or press contact's
    firm the lexicon did not know ("in development by sanofi-aventis", "KMorrisPR")."""
    out = [Company(name, tuple(sorted(v for v in variants if v != name)), is_registrant=name == ctx.registrant)
           for name, variants in ctx.lexicon.company_variants.items()]
    known = {name_key(c.name) for c in out} | {name_key(a) for c in out for a in c.aliases}
    extra = [e.fields.get(f) for e in events for f in _PARTY_FIELDS]
    extra += [a.owner for a in assets] + [a.partner for a in assets]
    extra += [c.organization for pr in press_releases for c in pr.contacts
              if c.organization and _ORGANIZATION_RE.fullmatch(c.organization)]
    products = {n.lower() for n in ctx.lexicon.asset_spelling.values()} | {a.name.lower() for a in assets}
    for name in extra:
        if not isinstance(name, str) or name.lower() in products:
            continue  # a divestiture's target is a product (BAQSIMI), not a company
        if name.strip() and (key := name_key(name)) and key not in known:
            known.add(key)
            out.append(Company(name.strip()))
    out.sort(key=lambda c: not c.is_registrant)
    return tuple(out)


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
