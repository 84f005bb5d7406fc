"""Score extracted events and press releases against hand-made gold (../shared/gold/README.md).

An extracted event matches a gold event of the same type when its evidence overlaps the gold
quote (located in the document text with whitespace collapsed), or, failing that, when its key
fields agree. Matched pairs are then compared field by field after normalisation (case,
punctuation, company suffixes, roman/arabic phases, money to units, dates with precision).
Precision, recall and F1 are reported per event type, per field and per press-release field,
with every miss listed as (file, type, field, expected, got).

Only the gold event types (:data:`GOLD_TYPES`) are scored: gold annotates every event of those
types, and nothing else, so an extracted ``officer_change`` is neither right nor wrong here.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from ..errors import EightKError, InputError
from ..records import Event, PressRelease, Record, Span
from .scoring import Rates

GOLD_TYPES = (
    "milestone_payment",
    "license_agreement",
    "collaboration_agreement",
    "agreement_amendment",
    "acquisition",
    "clinical_trial",
    "clinical_data_presentation",
    "regulatory_event",
)

#: The per-item corporate types (EVENTS.md §3), scored only when asked: ``types=CORPORATE_TYPES``
#: (their gold is tests/gold/corporate; the biopharma gold does not annotate them).
CORPORATE_TYPES = (
    "officer_change",
    "earnings_release",
    "auditor_change",
    "non_reliance",
    "shareholder_vote",
    "material_agreement",
    "cybersecurity_incident",
)

#: Fields that decide a match when evidence does not overlap the gold quote.
KEY_FIELDS: Mapping[str, tuple[str, ...]] = {
    "officer_change": ("person", "change"),
    "earnings_release": ("period",),
    "auditor_change": ("former_auditor",),
    "non_reliance": ("periods",),
    "shareholder_vote": ("meeting_date",),
    "material_agreement": ("agreement_type",),
    "cybersecurity_incident": ("nature",),
    "milestone_payment": ("payer", "amount"),
    "license_agreement": ("licensor", "licensee"),
    "collaboration_agreement": ("licensor", "licensee"),
    "agreement_amendment": ("agreement", "amended"),
    "acquisition": ("acquirer", "target"),
    "clinical_trial": ("asset", "phase", "milestone"),
    "clinical_data_presentation": ("asset", "venue"),
    "regulatory_event": ("asset", "action"),
}
#: Free-text fields: compared by word overlap, not equality.
TEXT_FIELDS = frozenset(
    {"trigger", "scope", "change", "population", "responsibilities", "indication", "venue",
     "royalty", "territory", "agreement", "consideration", "cost_sharing", "research_funding",
     "summary", "headline", "subheadline", "role", "reason", "nature", "impact", "agreement_type"}
)  # fmt: skip
#: Party fields: a short name matches the long one ("Lilly" ~ "Eli Lilly and Company").
PARTY_FIELDS = frozenset(
    {"payee", "payer", "licensor", "licensee", "acquirer", "target", "sponsor", "agency", "owner",
     "organization", "former_auditor", "new_auditor"}
)  # fmt: skip
#: List-of-parties fields: each gold party must agree with one extracted party, and no extra.
PARTY_LIST_FIELDS = frozenset({"counterparties"})
#: Vote tallies compared per proposal (a proposal's ``title`` is free text and not compared).
VOTE_COUNTS = ("for", "against", "abstain", "broker_non_votes")
#: Word overlap (of the shorter text) above which two free-text values agree.
TEXT_AGREEMENT = 0.6
#: Relative tolerance for money values (rounding in "$1.9 billion").
MONEY_TOLERANCE = 0.005


# --- scores ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counts(Rates):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class Miss:
    file: str
    type: str  # event type, or "press_release"
    field: str  # field name, or "event" for a whole missing/extra event
    expected: Any
    got: Any


@dataclass(frozen=True, slots=True)
class EventScores:
    documents: int
    by_type: Mapping[str, Counts]
    by_field: Mapping[str, Counts]  # "type.field"
    press_release: Mapping[str, Counts]  # "headline", "dateline.city", "tickers", ...
    misses: tuple[Miss, ...] = ()

    @property
    def events(self) -> Counts:
        return sum(self.by_type.values(), Counts())

    def __add__(self, other: EventScores) -> EventScores:
        return EventScores(
            self.documents + other.documents,
            _merge(self.by_type, other.by_type),
            _merge(self.by_field, other.by_field),
            _merge(self.press_release, other.press_release),
            self.misses + other.misses,
        )


def _merge(a: Mapping[str, Counts], b: Mapping[str, Counts]) -> dict[str, Counts]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, Counts()) + v
    return out


EMPTY = EventScores(0, {}, {}, {})


# --- entry points ----------------------------------------------------------------------------


def score_events(
    gold_paths: Iterable[str | Path],
    process: Callable[..., Record] | None = None,
    *,
    shared: str | Path | None = None,
    types: tuple[str, ...] = GOLD_TYPES,
) -> EventScores:
    """Run ``process`` on each gold file's ``source`` (relative to ``shared``) and score it.
    ``gold_paths`` may name gold JSON files or folders of them; ``types`` are the event types
    scored (the biopharma :data:`GOLD_TYPES` unless told, e.g. :data:`CORPORATE_TYPES`)."""
    if process is None:
        from .. import process as default_process

        process = default_process
    total = EMPTY
    for path in gold_files(gold_paths):
        gold = load_gold(path)
        source = resolve_source(path, gold["source"], shared)
        try:
            record = process(source.read_bytes(), name=source.name)
        except EightKError as exc:
            total = total + _failed(path.name, gold, str(exc), types)
            continue
        total = total + score_record(gold, record, file=path.name, types=types)
    return total


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Gold JSON files named by ``paths``, folders expanded, sorted."""
    out: list[Path] = []
    for p in (Path(x) for x in ([paths] if isinstance(paths, (str, Path)) else paths)):
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return sorted(out)


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"unreadable gold file: {exc}", name=str(path)) from exc
    if "source" not in gold:
        raise InputError("gold file has no 'source'", name=str(path))
    return gold


def resolve_source(gold_path: Path, source: str, shared: str | Path | None = None) -> Path:
    """``source`` is relative to the shared folder; by default the ``shared`` folder beside the
    repository that holds ``gold_path``."""
    roots = [Path(shared)] if shared else [p / "shared" for p in gold_path.resolve().parents]
    for root in roots:
        if (root / source).is_file():
            return root / source
    raise InputError(f"gold source not found: {source}", name=str(gold_path))


def _failed(file: str, gold: Mapping[str, Any], error: str, types: tuple[str, ...] = GOLD_TYPES) -> EventScores:
    by_type: dict[str, Counts] = defaultdict(Counts)
    misses = [Miss(file, "*", "process", None, error)]
    for ev in gold.get("events", []):
        if ev["type"] in types:
            by_type[ev["type"]] += Counts(fn=1)
            misses.append(Miss(file, ev["type"], "event", ev.get("quote"), None))
    return EventScores(1, dict(by_type), {}, {}, tuple(misses))


def score_record(gold: Mapping[str, Any], record: Record, *, file: str = "",
                 types: tuple[str, ...] = GOLD_TYPES) -> EventScores:
    """Score one record against one gold dict (pure: no I/O)."""
    texts = {d.sequence: d.text for d in record.filing.documents}
    by_type, by_field, misses = _score_events(gold.get("events", []), record.events, texts, file, types)
    pr_counts: dict[str, Counts] = {}
    if "press_release" in gold:
        pr_counts["release"] = _release_found(gold["press_release"], record.press_releases, file, misses)
    if gold.get("press_release"):
        pr_counts.update(_score_press_release(gold["press_release"], record.press_releases, texts, file, misses))
    return EventScores(1, by_type, by_field, pr_counts, tuple(misses))


# --- events ----------------------------------------------------------------------------------


def _score_events(
    gold_events: list[Mapping[str, Any]], events: Iterable[Event], texts: Mapping[int, str], file: str,
    types: tuple[str, ...] = GOLD_TYPES,
) -> tuple[dict[str, Counts], dict[str, Counts], list[Miss]]:
    by_type: dict[str, Counts] = defaultdict(Counts)
    by_field: dict[str, Counts] = defaultdict(Counts)
    misses: list[Miss] = []
    system = [e for e in events if e.type in types]
    index = _TextIndex(texts)
    used: set[int] = set()
    for g in (g for g in gold_events if g["type"] in types):
        i = _best_match(g, system, used, index)
        if i is None:
            by_type[g["type"]] += Counts(fn=1)
            misses.append(Miss(file, g["type"], "event", g.get("quote"), None))
            continue
        used.add(i)
        by_type[g["type"]] += Counts(tp=1)
        for name, counts, miss in _compare_fields(g, system[i]):
            by_field[f"{g['type']}.{name}"] += counts
            if miss is not None:
                misses.append(Miss(file, g["type"], name, *miss))
    for i, e in enumerate(system):
        if i not in used:
            by_type[e.type] += Counts(fp=1)
            misses.append(Miss(file, e.type, "event", None, _evidence_text(e, texts)))
    return dict(by_type), dict(by_field), misses


def _best_match(gold: Mapping[str, Any], system: list[Event], used: set[int], index: _TextIndex) -> int | None:
    quote_at = index.locate(gold.get("quote") or "")
    overlapping, keyed = [], []
    for i, e in enumerate(system):
        if i in used or e.type != gold["type"]:
            continue
        agree = sum(1 for _, c, _ in _compare_fields(gold, e) if c.tp)
        if _overlaps(e.evidence, quote_at, gold.get("quote") or "", index):
            overlapping.append((agree, -i))
        elif _keys_agree(gold, e):
            keyed.append((agree, -i))
    best = max(overlapping or keyed, default=None)
    return -best[1] if best else None


def _overlaps(evidence: Iterable[Span], quote_at: list[tuple[int, int, int]], quote: str, index: _TextIndex) -> bool:
    for span in evidence:
        if any(doc == span.doc and span.start < e and s < span.end for doc, s, e in quote_at):
            return True
        if not quote_at and _words_overlap(index.quote(span), quote):
            return True
    return False


def _keys_agree(gold: Mapping[str, Any], event: Event) -> bool:
    keys = [k for k in KEY_FIELDS.get(gold["type"], ()) if gold["fields"].get(k) is not None]
    return bool(keys) and all(values_agree(k, gold["fields"][k], event.fields.get(k)) for k in keys)


def _compare_fields(gold: Mapping[str, Any], event: Event) -> list[tuple[str, Counts, tuple[Any, Any] | None]]:
    """(field, counts, (expected, got) when wrong) for each field the gold states, plus the
    event's own ``event.status`` and ``event.date``. Fields gold leaves out are not scored."""
    out = []
    wanted = dict(gold.get("fields", {}))
    wanted["event.status"], wanted["event.date"] = gold.get("status"), gold.get("date")
    got_all = dict(event.fields)
    got_all["event.status"], got_all["event.date"] = event.status, event.date
    for name, want in wanted.items():
        got = _plain(got_all.get(name))
        if want is None and got in (None, "", [], {}):
            continue
        if want is not None and values_agree(name, want, got):
            out.append((name, Counts(tp=1), None))
        else:
            counts = Counts(fn=int(want is not None), fp=int(got not in (None, "", [], {})))
            out.append((name, counts, (want, got)))
    return out


def _evidence_text(event: Event, texts: Mapping[int, str]) -> str:
    return " … ".join(texts.get(s.doc, "")[s.start : s.end] for s in event.evidence)[:300]


# --- normalisation ---------------------------------------------------------------------------

_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_PHASE = re.compile(r"\bphase\s*([ivx]+|\d)([ab]?)\b(?:\s*/\s*([ivx]+|\d)([ab]?)\b)?", re.IGNORECASE)
_SUFFIX = re.compile(
    r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|nv|n\.v|"
    r"gmbh|lp|l\.p|holdings|group|& co|and company|and co)\.?)+\s*$",
    re.IGNORECASE,
)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mm": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9}
_MONEY = re.compile(r"(?P<cur>US\$|\$|€|£|USD|EUR|GBP)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|bn|mm|[kmb])?\b", re.IGNORECASE)
_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP"}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_STATES = {
    "ala": "al", "ariz": "az", "ark": "ar", "calif": "ca", "cal": "ca", "colo": "co", "conn": "ct",
    "del": "de", "fla": "fl", "ga": "ga", "ill": "il", "ind": "in", "kan": "ks", "kans": "ks",
    "ky": "ky", "la": "la", "md": "md", "mass": "ma", "mich": "mi", "minn": "mn", "miss": "ms",
    "mo": "mo", "mont": "mt", "neb": "ne", "nev": "nv", "nh": "nh", "nj": "nj", "nm": "nm",
    "ny": "ny", "nc": "nc", "nd": "nd", "okla": "ok", "ore": "or", "pa": "pa", "ri": "ri",
    "sc": "sc", "sd": "sd", "tenn": "tn", "tex": "tx", "vt": "vt", "va": "va", "wash": "wa",
    "wva": "wv", "wis": "wi", "wyo": "wy", "california": "ca", "massachusetts": "ma",
    "connecticut": "ct", "newjersey": "nj", "newyork": "ny", "pennsylvania": "pa", "texas": "tx",
    "illinois": "il", "maryland": "md", "northcarolina": "nc", "indiana": "in", "florida": "fl",
}  # fmt: skip
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|prof)\.?\s+", re.IGNORECASE)
_DEGREES = re.compile(r"(?:,?\s+(?:jr|sr|ii|iii|(?:[a-z][a-z]?\.){2,4}|mbchb|mbbs|mba|md|phd|mph|pharmd))+\.?$", re.IGNORECASE)


def norm_text(value: Any) -> str:
    """Lower case, phases in arabic numerals, punctuation and markdown dropped, spaces collapsed."""
    s = str(value).replace("\\", "").replace("’", "'")
    s = _PHASE.sub(_arabic_phase, s)
    s = re.sub(r"[®™©]", "", s.lower())
    s = re.sub(r"[^\w/]+", " ", s)
    return " ".join(s.split())


def _arabic_phase(m: re.Match[str]) -> str:
    def num(x: str) -> str:
        return _ROMAN.get(x.lower(), x)

    out = f"phase {num(m.group(1))}{m.group(2).lower()}"
    if m.group(3):
        out += f"/{num(m.group(3))}{m.group(4).lower()}"
    return out


def norm_company(value: Any) -> str:
    s = str(value).strip()
    for _ in range(2):
        s = _SUFFIX.sub("", s).strip(" ,.")
    s = re.sub(r"^(?:eli\s+)?", "", s, flags=re.IGNORECASE) if s.lower().startswith("eli lilly") else s
    return norm_text(s)


def norm_person(value: Any) -> str:
    return norm_text(_DEGREES.sub("", _HONORIFIC.sub("", str(value).strip())))


def norm_region(value: Any) -> str:
    s = re.sub(r"[^a-z]", "", str(value).lower())
    return _STATES.get(s, s)


def money(value: Any) -> tuple[float, str] | None:
    """``{"value": 5000000, "currency": "USD"}``, a Money record or ``"$5 million"`` -> units."""
    if isinstance(value, Mapping) and "value" in value:
        try:
            return float(value["value"]), str(value.get("currency") or "USD").upper()
        except (TypeError, ValueError):
            return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), "USD"
    if isinstance(value, str):
        m = _MONEY.search(value.replace("\\", ""))
        if m is None:
            return None
        scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
        cur = _CURRENCY.get((m.group("cur") or "$").lower(), "USD")
        return float(m.group("num").replace(",", "")) * scale, cur
    return None


def values_agree(name: str, want: Any, got: Any) -> bool:
    """Do a gold value and an extracted value say the same thing, after normalisation?"""
    got = _plain(got)
    if got is None or got == "":
        return want is None
    if isinstance(want, bool) or isinstance(got, bool):
        return want == got
    if isinstance(want, Mapping) and "value" in want or name in {"amount", "upfront", "milestones_total"}:
        a, b = money(want), money(got)
        return a is not None and b is not None and a[1] == b[1] and abs(a[0] - b[0]) <= MONEY_TOLERANCE * max(abs(a[0]), 1)
    if name == "proposals":
        return _proposals_agree(want, got)
    if name in PARTY_LIST_FIELDS and isinstance(want, list):
        got_list = got if isinstance(got, list) else [got]
        return len(want) == len(got_list) and all(
            any(_party_agree(norm_company(w), norm_company(g)) for g in got_list) for w in want)
    if isinstance(want, list):
        got_list = got if isinstance(got, list) else [got]
        return {norm_text(x) for x in want} == {norm_text(x) for x in got_list}
    if isinstance(want, str) and _DATE.match(want) and isinstance(got, str):
        return got == want or got.startswith(want + "-")
    if name in PARTY_FIELDS:
        return _party_agree(norm_company(want), norm_company(got))
    if name in {"speaker", "name", "person", "successor"}:
        return norm_person(want) == norm_person(got)
    if name == "region":
        return norm_region(want) == norm_region(got)
    if name == "city":
        return norm_text(want).replace(" ", "") == norm_text(got).replace(" ", "")
    if name in TEXT_FIELDS:
        return _words_overlap(str(got), str(want))
    return norm_text(want) == norm_text(got)


def _proposals_agree(want: Any, got: Any) -> bool:
    """Vote results agree when both list the same number of proposals and each gold proposal's
    tallies (for, against, abstain, broker non-votes) are those of one extracted proposal."""
    if not isinstance(want, list) or not isinstance(got, list) or len(want) != len(got):
        return False
    tallies = [tuple(_plain(p).get(k) for k in VOTE_COUNTS) for p in got if isinstance(_plain(p), Mapping)]
    return all(tuple(w.get(k) for k in VOTE_COUNTS) in tallies for w in want)


def _party_agree(a: str, b: str) -> bool:
    if not a or not b:
        return a == b
    return a == b or f" {a} ".find(f" {b} ") >= 0 or f" {b} ".find(f" {a} ") >= 0


def _words_overlap(got: str, want: str) -> bool:
    g, w = set(norm_text(got).split()), set(norm_text(want).split())
    if not g or not w:
        return False
    return len(g & w) / min(len(g), len(w)) >= TEXT_AGREEMENT


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


# --- locating gold quotes --------------------------------------------------------------------

_TOKEN = re.compile(r"\S+")


class _TextIndex:
    """Each document's words, normalised, so a gold quote is found with whitespace collapsed."""

    def __init__(self, texts: Mapping[int, str]):
        self.texts = texts
        self._docs: dict[int, tuple[str, list[int], list[tuple[int, int]]]] = {}

    def _doc(self, seq: int) -> tuple[str, list[int], list[tuple[int, int]]]:
        if seq not in self._docs:
            words, starts, spans, pos = [], [], [], 0
            for m in _TOKEN.finditer(self.texts[seq]):
                w = _norm_token(m.group())
                if not w:
                    continue
                words.append(w)
                starts.append(pos)
                spans.append((m.start(), m.end()))
                pos += len(w) + 1
            self._docs[seq] = (" ".join(words), starts, spans)
        return self._docs[seq]

    def locate(self, quote: str) -> list[tuple[int, int, int]]:
        """(doc, start, end) of every place the quote occurs."""
        needle = " ".join(w for w in (_norm_token(t) for t in quote.split()) if w)
        if not needle:
            return []
        out = []
        for seq in self.texts:
            joined, starts, spans = self._doc(seq)
            at = joined.find(needle)
            while at != -1:
                first = bisect.bisect_right(starts, at) - 1
                last = bisect.bisect_right(starts, at + len(needle) - 1) - 1
                out.append((seq, spans[first][0], spans[last][1]))
                at = joined.find(needle, at + 1)
        return out

    def quote(self, span: Span) -> str:
        return self.texts.get(span.doc, "")[span.start : span.end]


def _norm_token(token: str) -> str:
    return re.sub(r"[\\*_]+", "", token).replace("“", '"').replace("”", '"').replace("’", "'").lower()


# --- press releases --------------------------------------------------------------------------


def _score_press_release(
    gold: Mapping[str, Any], releases: tuple[PressRelease, ...], texts: Mapping[int, str], file: str, misses: list[Miss]
) -> dict[str, Counts]:
    release = _pick_release(gold, releases)
    out: dict[str, Counts] = {}

    def single(name: str, want: Any, got: Any, key: str | None = None) -> None:
        if want is None and got is None:
            return
        ok = want is not None and got is not None and values_agree(key or name, want, got)
        out[name] = Counts(tp=int(ok), fn=int(not ok and want is not None), fp=int(not ok and got is not None))
        if not ok:
            misses.append(Miss(file, "press_release", name, want, got))

    get = (lambda attr: getattr(release, attr)) if release else (lambda attr: None)
    for name in ("headline", "subheadline"):
        if name in gold:
            single(name, gold[name], get(name), "headline_exact")
    if "dateline" in gold:
        dateline = get("dateline")
        for part in ("city", "region", "date"):
            want = (gold["dateline"] or {}).get(part)
            single(f"dateline.{part}", want, getattr(dateline, part) if dateline else None, part)
    if "tickers" in gold:
        want = [f"{norm_text(t['exchange'])}:{t['symbol'].upper()}" for t in gold["tickers"]]
        got = [f"{norm_text(t.exchange)}:{t.symbol.upper()}" for t in get("tickers") or ()]
        out["tickers"] = _set_counts("tickers", want, got, file, misses)
    if "quotes" in gold:
        _score_quotes(gold["quotes"], get("quotes") or (), out, file, misses)
    if "contacts" in gold:
        want = [norm_person(c["name"]) for c in gold["contacts"] if c.get("name")]
        out["contacts"] = _set_counts("contacts", want, [norm_person(c.name) for c in get("contacts") or () if c.name], file, misses)
    if "about" in gold:
        out["about"] = _set_counts("about", [norm_text(a) for a in gold["about"]], [norm_text(a.heading) for a in get("about") or ()], file, misses)
    if "trademarks" in gold:
        want = [norm_text(t["mark"]) for t in gold["trademarks"]]
        out["trademarks"] = _set_counts("trademarks", want, [norm_text(t.mark) for t in get("trademarks") or ()], file, misses)
    if "forward_looking" in gold:
        span = get("forward_looking")
        got = texts.get(span.doc, "")[span.start : span.end] if span else None
        want = (gold["forward_looking"] or {}).get("starts_with")
        ok = want is not None and got is not None and norm_text(got).startswith(norm_text(want))
        out["forward_looking"] = Counts(tp=int(ok), fn=int(not ok and want is not None), fp=int(not ok and got is not None))
        if not ok:
            misses.append(Miss(file, "press_release", "forward_looking", want, got[:80] if got else None))
    return out


def _release_found(gold: Any, releases: tuple[PressRelease, ...], file: str, misses: list[Miss]) -> Counts:
    """Is there a release at all? Gold ``null`` (a table, a contract, a bare 8-K body) against
    a found release is a false positive; a missed release is a false negative."""
    if gold and releases:
        return Counts(tp=1)
    if gold:
        misses.append(Miss(file, "press_release", "release", gold.get("headline"), None))
        return Counts(fn=1)
    if releases:
        misses.append(Miss(file, "press_release", "release", None, releases[0].headline))
        return Counts(fp=1)
    return Counts()


def _pick_release(gold: Mapping[str, Any], releases: tuple[PressRelease, ...]) -> PressRelease | None:
    if not releases:
        return None
    head = norm_text(gold.get("headline") or "")
    for r in releases:
        if r.headline and norm_text(r.headline) == head:
            return r
    return releases[0]


def _set_counts(name: str, want: list[str], got: list[str], file: str, misses: list[Miss]) -> Counts:
    w, g = set(want), set(got)
    for x in sorted(w - g):
        misses.append(Miss(file, "press_release", name, x, None))
    for x in sorted(g - w):
        misses.append(Miss(file, "press_release", name, None, x))
    return Counts(tp=len(w & g), fp=len(g - w), fn=len(w - g))


def _score_quotes(gold: list[Mapping[str, Any]], quotes: tuple, out: dict[str, Counts], file: str, misses: list[Miss]) -> None:
    items, speakers, used = Counts(), Counts(), set()
    for g in gold:
        start = norm_text(g.get("starts_with", ""))
        hit = next((i for i, q in enumerate(quotes) if i not in used and start and start in norm_text(q.text)), None)
        if hit is None:
            items += Counts(fn=1)
            speakers += Counts(fn=1)
            misses.append(Miss(file, "press_release", "quotes", g.get("starts_with"), None))
            continue
        used.add(hit)
        items += Counts(tp=1)
        if values_agree("speaker", g.get("speaker"), quotes[hit].speaker):
            speakers += Counts(tp=1)
        else:
            speakers += Counts(fn=1, fp=int(quotes[hit].speaker is not None))
            misses.append(Miss(file, "press_release", "quotes.speaker", g.get("speaker"), quotes[hit].speaker))
    for i, q in enumerate(quotes):
        if i not in used:
            items += Counts(fp=1)
            speakers += Counts(fp=1)
            misses.append(Miss(file, "press_release", "quotes", None, q.text[:60]))
    out["quotes"], out["quotes.speaker"] = items, speakers


# --- rendering -------------------------------------------------------------------------------


def render_table(scores: EventScores, *, misses: int = 20) -> str:
    """A plain-text table: events per type, fields, press-release fields, then misses."""
    lines = [f"documents: {scores.documents}", ""]
    for title, rows in (
        ("event type", sorted(scores.by_type.items())),
        ("event field", sorted(scores.by_field.items())),
        ("press release", sorted(scores.press_release.items())),
    ):
        if not rows:
            continue
        lines.append(f"{title:<44} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
        for name, c in rows:
            lines.append(f"{name:<44} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:>6.2f} {c.recall:>6.2f} {c.f1:>6.2f}")
        if title == "event type":
            c = scores.events
            lines.append(f"{'all events':<44} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:>6.2f} {c.recall:>6.2f} {c.f1:>6.2f}")
        lines.append("")
    if misses and scores.misses:
        lines.append(f"misses ({len(scores.misses)}, first {min(misses, len(scores.misses))}):")
        for m in scores.misses[:misses]:
            lines.append(f"  {m.file} {m.type}.{m.field}: expected {_short(m.expected)} got {_short(m.got)}")
    return "\n".join(lines)


def _short(value: Any) -> str:
    s = json.dumps(value, ensure_ascii=False, default=str)
    return s if len(s) <= 90 else s[:87] + "..."


__all__ = [
    "GOLD_TYPES",
    "Counts",
    "gold_files",
    "EventScores",
    "Miss",
    "render_table",
    "score_events",
    "score_record",
    "values_agree",
]
