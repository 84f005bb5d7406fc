"""regulatory_event folds: a mention that restates a fact told elsewhere in the document (an
undated background mention, a list item, an unnamed product) takes that fact's key, so the
merger folds them into one event."""

from __future__ import annotations

from .common import Draft
from .regulatory_indications import _HAS_DISEASE_RE

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
    _fold_unnamed(drafts)
    return drafts


def _fold_unnamed(drafts: list[Draft]) -> None:
    """An action told of an unnamed product ("its lead candidate received Fast Track
    designation") is the same action told of a named one in the same document, when there is
    exactly one: it takes that fact's key, so the merger folds it (and the name fills in)."""
    for d in drafts:
        if len(d.key) != 5 or d.key[1] is not None:
            continue
        named = {o.key for o in drafts if len(o.key) == 5 and o.key[1] is not None and o.key[2:4] == d.key[2:4]
                 and o.order[0] == d.order[0]}
        if len(named) == 1:
            d.key = named.pop()
