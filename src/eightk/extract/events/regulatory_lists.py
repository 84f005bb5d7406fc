"""regulatory_event lists: a regulatory sentence that introduces a bullet list gives one event
per item, and a list intro glued to the item before it is read alone."""

from __future__ import annotations

import re

from ..context import Context
from ..scan import Candidate
from .common import Draft, clean, span
from .regulatory_indications import _indication

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
