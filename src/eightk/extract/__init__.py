"""Extractors: press releases, events and entities, run over a parsed filing.

:func:`extract` is the second half of :func:`eightk.process`: it finds press releases, builds a
per-filing :class:`~eightk.extract.context.Context` (only for documents that read as
biopharma), runs each declared extractor of :mod:`eightk.extract.registry` over the candidate
sentences of the scan, merges what several documents or sections say about one fact, and
gathers the entities the events point to.
"""

from __future__ import annotations

import re

from ..records import Filing, Record
from .context import Context, build_context
from .events.agreements import attach_terms
from .events.common import Draft
from .events.corporate_common import to_event
from .merge import finalize, merge
from .press_release import find_press_releases
from .registry import CORPORATE_EXTRACTORS, EXTRACTORS
from .summarize import build_entities

__all__ = ["extract"]


def extract(filing: Filing) -> Record:
    press_releases = tuple(find_press_releases(filing))
    corporate = run_corporate(filing, press_releases)
    ctx = build_context(filing, press_releases)
    if ctx is None:
        return Record(filing=filing, press_releases=press_releases, events=corporate)
    drafts = run_extractors(ctx)
    events = finalize(ctx, drafts) + corporate
    return Record(filing=filing, press_releases=press_releases, events=events,
                  entities=build_entities(ctx, events, press_releases))


#: Cells a candidate may span before it reads as a table row rather than prose (ABVC's 8-K
#: licensing table: "Partner\tProgram\tCash Collected\tRemaining Milestone").
MAX_CELLS = 3


_SECTION_NUMBER_RE = re.compile(r"(?<![\d$.,])\d{1,2}\.\d{1,3}(?![\d%])")


def _is_table(ctx: Context, c) -> bool:
    """Table rows and tables of contents ("1.38 "IND" 5 1.39 "Indemnitee" 5", FibroGen's
    collaboration agreement) are not prose."""
    text = ctx.text(c.doc)
    if text.count("\t", c.start, c.end) >= MAX_CELLS:
        return True
    return len(_SECTION_NUMBER_RE.findall(text, c.start, c.end)) >= MAX_CELLS


def run_extractors(ctx: Context) -> list[Draft]:
    candidates = [c for c in ctx.candidates if not ctx.is_excluded(c.doc, c.start, c.end, c.families) and not _is_table(ctx, c)]
    drafts: list[Draft] = []
    types = {d.sequence: (d.type or "").upper() for d in ctx.filing.documents}
    for extractor in EXTRACTORS:
        mine = [c for c in candidates if c.families & extractor.families and extractor.reads(types.get(c.doc, ""))]
        for d in extractor.run(ctx, mine):
            d.extractor = extractor.tag
            drafts.append(d)
    drafts = merge(drafts)
    attach_terms(ctx, drafts, candidates)
    return drafts


def run_corporate(filing: Filing, press_releases: tuple) -> tuple:
    """The per-item corporate events (officer changes, earnings, votes...): each extractor
    reads only the items it declares, so this costs nothing on filings without them."""
    numbers = {item.number for item in filing.items}
    return tuple(to_event(d, x.tag) for x in CORPORATE_EXTRACTORS if numbers.intersection(x.items)
                 for d in x.run(filing, press_releases))
