"""What the HTML report shows, read from a report's JSON form (`to_dict()`).

Fields are read defensively (`.get` with defaults): a report from a newer
claimdiff, or one read back from a file, still renders. Groups are the
clusters of a `compare-all` report or the aligned pairs of a `diff`, most
severe first; single-source claims come last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

VERDICTS = ("conflict", "compatible", "agree", "incomparable")
SINGLE = "single"
"""The pseudo-verdict of a claim no other source makes."""
LABELS = {"conflict": "conflict", "compatible": "compatible", "agree": "agree",
          "incomparable": "incomparable", SINGLE: "one source only"}
SYMBOLS = {"conflict": "✕", "compatible": "≈", "agree": "✓", "incomparable": "?", SINGLE: "•"}

Key = tuple[str, str]


@dataclass
class ClaimView:
    """One claim: its words, readings and where it comes from."""

    index: int
    source: str
    claim: str
    subject: str = ""
    predicate: str = ""
    object: str | None = None
    polarity: str = "asserted"
    quote: str | None = None
    span: list[int] | None = None
    readings: dict[str, dict[str, Any]] = field(default_factory=dict)
    verdict: str = SINGLE
    group: str | None = None

    @property
    def key(self) -> str:
        """`source#claim`, the mark's id in the page."""
        return f"{self.source}#{self.claim}"

    @property
    def title(self) -> str:
        """`subject — predicate — object`, `(denied)` when denied."""
        parts = [self.subject, self.predicate] + ([self.object] if self.object else [])
        return " — ".join(p for p in parts if p) + (" (denied)" if self.polarity == "denied"
                                                    else "")


@dataclass
class Comparison:
    """One verdict between two claims of a group, on one aspect."""

    verdict: str
    a: str
    b: str
    aspect: str
    explanation: str


@dataclass
class GroupView:
    """Claims about one thing: a cluster, or an aligned pair."""

    id: str
    verdict: str
    members: list[ClaimView]
    comparisons: list[Comparison]
    notes: list[str] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """The members' sources, sorted, once each."""
        return sorted({m.source for m in self.members})


@dataclass
class View:
    """Everything the page draws."""

    kind: str
    title: str
    inputs: list[str]
    summary: dict[str, int]
    sources: list[dict[str, Any]]
    claims: list[ClaimView]
    groups: list[GroupView]
    singles: list[ClaimView]
    warnings: list[str]
    echoes: list[str]


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _verdict(value: Any) -> str:
    return value if value in VERDICTS else "incomparable"


class _Claims:
    """Claims by key, created on first sight, filled from sides and the claim table."""

    def __init__(self) -> None:
        self.by_key: dict[Key, ClaimView] = {}

    def get(self, source: str, claim: str) -> ClaimView:
        key = (source, claim)
        if key not in self.by_key:
            self.by_key[key] = ClaimView(len(self.by_key), source, claim)
        return self.by_key[key]

    def side(self, data: Any) -> ClaimView:
        data = data if isinstance(data, dict) else {}
        c = self.get(_str(data.get("source")), _str(data.get("claim")))
        c.subject = c.subject or _str(data.get("subject"))
        c.predicate = c.predicate or _str(data.get("predicate"))
        c.object = c.object or (data.get("object") if isinstance(data.get("object"), str)
                                else None)
        c.polarity = _str(data.get("polarity")) or c.polarity
        c.quote = c.quote or (data.get("quote") if isinstance(data.get("quote"), str) else None)
        return c

    def info(self, data: Any) -> None:
        if not isinstance(data, dict):
            return
        c = self.get(_str(data.get("source")), _str(data.get("claim")))
        span = data.get("span")
        if isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span):
            c.span = span
        for slot in ("when", "value"):
            if isinstance(data.get(slot), dict):
                c.readings[slot] = data[slot]


def _comparisons(pair: dict[str, Any], claims: _Claims) -> list[Comparison]:
    a, b = claims.side(pair.get("a")), claims.side(pair.get("b"))
    values = [v for v in pair.get("values") or [] if isinstance(v, dict)]
    if not values:
        return [Comparison(_verdict(pair.get("verdict")), a.key, b.key, "",
                           _str(pair.get("explanation")))]
    return [Comparison(_verdict(v.get("verdict")), a.key, b.key, _str(v.get("aspect")),
                       _str(v.get("explanation"))) for v in values]


def _group(gid: str, verdict: str, members: list[ClaimView],
           comparisons: list[Comparison], notes: list[str]) -> GroupView:
    order = {v: i for i, v in enumerate(VERDICTS)}
    comparisons.sort(key=lambda x: order[x.verdict])  # stable: conflicts first
    for m in members:
        m.verdict, m.group = verdict, gid
    return GroupView(gid, verdict, members, comparisons, notes)


def _clusters(data: dict[str, Any], claims: _Claims) -> tuple[list[GroupView], list[Any]]:
    groups = []
    for c in data.get("clusters") or []:
        if not isinstance(c, dict):
            continue
        members = [claims.side(m) for m in c.get("members") or []]
        comps = [x for p in c.get("pairs") or [] if isinstance(p, dict)
                 for x in _comparisons(p, claims)]
        notes = [f"consensus {k.get('slot')} ({k.get('basis')}): {k.get('rendered')}"
                 for k in c.get("consensus") or [] if isinstance(k, dict) and k.get("rendered")]
        origins = c.get("origins")
        if isinstance(origins, int) and 0 < origins < len({m.source for m in members}):
            notes.append(f"{origins} independent origins: sources that echo each other "
                         "count once")
        groups.append(_group(_str(c.get("id")), _verdict(c.get("verdict")), members, comps,
                             notes))
    return groups, list(data.get("singletons") or [])


def _pairs(data: dict[str, Any], claims: _Claims) -> tuple[list[GroupView], list[Any]]:
    groups = []
    for p in data.get("pairs") or []:
        if not isinstance(p, dict):
            continue
        comps = _comparisons(p, claims)
        members = [claims.side(p.get("a")), claims.side(p.get("b"))]
        groups.append(_group(_str(p.get("fingerprint")), _verdict(p.get("verdict")), members,
                             comps, []))
    return groups, [*(data.get("only_a") or []), *(data.get("only_b") or [])]


def build_view(data: dict[str, Any]) -> View:
    """The page's content from a diff or cluster report's JSON form."""
    claims = _Claims()
    kind = _str(data.get("report")) or "clusters"
    if kind == "diff":
        groups, singles_data = _pairs(data, claims)
        inputs = [_str(data.get("a")), _str(data.get("b"))]
        title = f"{inputs[0]} against {inputs[1]}"
    else:
        groups, singles_data = _clusters(data, claims)
        inputs = [_str(x) for x in data.get("inputs") or []]
        title = f"{len(inputs)} inputs compared"
    singles = [claims.side(s) for s in singles_data if isinstance(s, dict)]
    for info in data.get("claims") or []:
        claims.info(info)
    order = {v: i for i, v in enumerate(VERDICTS)}
    groups.sort(key=lambda g: order[g.verdict])  # stable: the report's order within a verdict
    sources: list[dict[str, Any]] = []
    for s in data.get("sources") or []:
        if isinstance(s, dict) and _str(s.get("id")) and s["id"] not in {x["id"] for x in sources}:
            sources.append({k: v for k, v in s.items() if v is None or isinstance(v, str)})
    known = {s["id"] for s in sources}
    sources += [{"id": s} for s in sorted({c.source for c in claims.by_key.values()} - known)]
    summary = {k: v for k, v in (data.get("summary") or {}).items() if isinstance(v, int)}
    echoes = [f"{e.get('a')} and {e.get('b')} repeat each other ({e.get('reason')}): one origin"
              for e in data.get("echoes") or [] if isinstance(e, dict)]
    return View(kind, title, inputs, summary, sources, list(claims.by_key.values()), groups,
                singles, [_str(w) for w in data.get("warnings") or []], echoes)


def split_quote(quote: str | None, phrases: list[str]) -> list[str] | None:
    """The quote cut so that odd items are the value phrases as quoted (found case-blind).

    `["in ", "mid-April", " the army left"]`; `[quote]` when no phrase is in it.
    """
    if not quote:
        return None
    folded = quote.lower()
    if len(folded) != len(quote):  # a case fold that changes lengths would shift offsets
        folded = quote
    hits: list[tuple[int, int]] = []
    for phrase in sorted({p for p in phrases if p}, key=len, reverse=True):
        at = folded.find(phrase.lower())
        if at >= 0 and all(at >= e or at + len(phrase) <= s for s, e in hits):
            hits.append((at, at + len(phrase)))
    out, pos = [], 0
    for s, e in sorted(hits):
        out += [quote[pos:s], quote[s:e]]
        pos = e
    return [*out, quote[pos:]]


__all__ = ["LABELS", "SINGLE", "SYMBOLS", "VERDICTS", "ClaimView", "Comparison", "GroupView",
           "View", "build_view", "split_quote"]
