"""Duckling's English corpora: claimdiff's `normalize` against a peer's test suite.

Each phrase of Facebook Duckling's English example corpora (time, numbers,
ordinals, durations, distances, volumes, temperatures, quantities, money; read
from `$CLAIMDIFF_EXTERNAL/duckling-en`, default `<repo>/../shared/eval/external`,
never copied) is read whole by `normalize(phrase, reference=...)`. Per file:

* read: a value came back (not `NormalizationError`);
* core / support: the expected value lies in the core / the support (times:
  every expected instant, on local wall-clock time at the corpus's UTC-02:00
  offset; a reading at day precision covers its whole days);
* refused: `NormalizationError`;
* wrong: read, but the support misses the expected value (or a different
  dimension: a count where a length was expected). Negative phrases (must not
  be read) are counted apart as `neg read`.

Held-out split, frozen before any rule was tuned on this data: a group of
phrases (one `examples` call of the Haskell source, all paraphrases of one
value) is held out when `sha256("<file>:<line>")`'s first byte is divisible by
3, about a third of the groups. Rules are written looking at the `tune` misses
only; `--verbose` lists them, and refuses to list held-out misses unless
`--show-held-out` is given (for the final report, not for tuning). Run:

    python benchmarks/eval_duckling.py [--verbose] [--show-held-out] [--future] [--news] [FILE ...]

`--future` passes `context="future"` to every phrase: Duckling resolves toward
the future (an assistant's convention; "monday" is the next one), news toward
the past. Both figures are reported. `--news` judges the phrases where a news
reader's convention differs from Duckling's by the news reading (`_NEWS_RULES`:
"2m" is two metres, "3k" three thousand, "30 l" thirty litres, primes are feet
and inches, a scale word after a range is shared by both ends); each is a rule on
the phrase as written, applied to both splits alike.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from claimdiff.errors import NormalizationError
from claimdiff.normalization import Kind, Value, normalize
from claimdiff.normalization._interval import Interval

REPO = Path(__file__).resolve().parent.parent
FILES = ("time", "numeral", "ordinal", "duration", "distance", "volume", "temperature",
         "quantity", "amount-of-money")
SECOND = 1 / 86400
# Duckling's grains as lengths in days (months and years are calendar units in
# Duckling; its corpus collapses "a month and a half" to 45 days, so 30 / 365).
GRAIN_DAYS = {"second": SECOND, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
              "month": 30.0, "quarter": 90.0, "year": 365.0}
# Expected units -> (our canonical unit, factor).
UNITS: dict[str, tuple[str, float]] = {
    "centimetre": ("m", 0.01), "foot": ("m", 0.3048), "inch": ("m", 0.0254),
    "kilometre": ("m", 1000.0), "m": ("m", 1.0), "metre": ("m", 1.0), "mile": ("m", 1609.344),
    "millimetre": ("m", 0.001),
    "gallon": ("m³", 0.003785411784), "hectolitre": ("m³", 0.1), "litre": ("m³", 0.001),
    "millilitre": ("m³", 1e-6),
    "cup": ("m³", 0.0002365882365), "gram": ("kg", 0.001), "ounce": ("kg", 0.028349523125),
    "pound": ("kg", 0.45359237), "unnamed": ("", 1.0),
}
CURRENCIES = {"Dollar": "USD", "Pound": "GBP", "Cent": "USD", "Unnamed": ""}
GENERIC = {"Dinar", "Riyal", "Rial"}


def data_dir() -> Path:
    """Where the Duckling JSON corpora are."""
    base = Path(os.environ.get("CLAIMDIFF_EXTERNAL", REPO.parent / "shared" / "eval" / "external"))
    return base / "duckling-en"


def held_out(file: str, line: int) -> bool:
    """The frozen split: about a third of the groups, by a hash of file and line."""
    return hashlib.sha256(f"{file}:{line}".encode()).digest()[0] % 3 == 0


@dataclass
class Tally:
    """Counts for one file and one split."""

    phrases: int = 0
    read: int = 0
    core: int = 0
    support: int = 0
    refused: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)


def _ordinal(stamp: str) -> float:
    """A local ISO datetime as a fractional ordinal day (years before 1 are out of range)."""
    dt = datetime.fromisoformat(stamp)
    return dt.toordinal() + (dt.hour * 3600 + dt.minute * 60 + dt.second) / 86400


def _as_days(value: Value, interval: Interval) -> Interval:
    """A date interval with day-precision ends read as whole days (end-exclusive)."""
    if value.kind is not Kind.DATE:
        return interval
    return replace(value, core=interval, support=interval).on_timeline().core


def _time_points(expected: dict[str, Any]) -> tuple[list[float], str]:
    """The instants a time reading must hold, and the open side (`after`/`before`)."""
    kind, grain = expected["kind"], expected["grain"]
    # A day or longer must be covered inside, not only at its first instant; a
    # clock time ("3pm", grain hour) names its first instant.
    eps = 0.5 if GRAIN_DAYS[grain] >= 1 else 0.0
    if kind == "datetime":
        start = _ordinal(expected["value"])
        return [start, start + eps], ""
    if kind == "interval":
        return [_ordinal(expected["from"]), _ordinal(expected["to"]) - SECOND / 2], ""
    point = _ordinal(expected["value"])
    return [point], kind


def _holds(interval: Interval, points: list[float], open_side: str) -> bool:
    if not all(interval.contains_point(p) for p in points):
        return False
    if open_side == "after":
        return math.isinf(interval.hi)
    if open_side == "before":
        return math.isinf(interval.lo)
    return True


def _measure_target(file: str, expected: dict[str, Any]) -> tuple[str, list[float], str] | None:
    """The dimension test, the numbers to hold, and the open side, for a measure."""
    if file == "numeral":
        return "count", [float(expected["value"])], ""
    if file == "ordinal":
        return "ordinal", [float(expected["value"])], ""
    if file == "temperature":
        unit = expected["unit"]
        factor, shift = (5 / 9, -32 * 5 / 9) if unit == "fahrenheit" else (1.0, 0.0)
        dim = "temperature"
    elif file == "amount-of-money":
        cur = expected["currency"]
        code = CURRENCIES.get(cur, "" if cur in GENERIC else cur)
        factor, shift = (0.01 if cur == "Cent" else 1.0), 0.0
        dim = "count" if cur == "Unnamed" else (f"currency:{code}" if code else "currency:")
    else:
        canon, factor = UNITS[expected["unit"]]
        dim = {"m": "length", "m³": "volume", "kg": "mass", "": "count"}[canon]
        shift = 0.0
    kind = expected.get("kind", "value")
    if kind == "interval":
        return dim, [expected["from"] * factor + shift, expected["to"] * factor + shift], ""
    side = {"above": "after", "under": "before"}.get(kind, "")
    return dim, [expected["value"] * factor + shift], side


def _dimension_ok(value: Value, dim: str) -> bool:
    if dim == "ordinal":  # "3rd place" is ordinal:place
        return value.dimension.startswith("ordinal")
    if dim == "count":
        return value.kind is Kind.QUANTITY and value.unit in (None, "")
    if dim.endswith(":"):
        return value.dimension.startswith(dim)
    return value.dimension == dim


def _close(interval: Interval, points: list[float], open_side: str, rel: float) -> bool:
    widened = Interval(interval.lo - abs(interval.lo) * rel, interval.hi + abs(interval.hi) * rel,
                       interval.lo_open, interval.hi_open)
    if open_side == "before":
        # "under 6 pounds": our support of a bound may start at 0, not -inf.
        return widened.contains_point(points[0]) and widened.lo <= 0
    return _holds(widened, points, open_side)


def judge(file: str, expected: dict[str, Any], value: Value) -> tuple[bool, bool]:
    """Whether the core and the support hold the expected value."""
    if file == "time":
        if value.kind is not Kind.DATE:
            return False, False
        try:
            points, side = _time_points(expected)
        except ValueError:  # a year Python's datetime cannot hold
            return False, False
        return (_holds(_as_days(value, value.core), points, side),
                _holds(_as_days(value, value.support), points, side))
    if file == "duration":
        if value.kind is not Kind.DURATION:
            return False, False
        days = expected["value"] * GRAIN_DAYS[expected["unit"]]
        # Duckling's months and years are 30 and 365 days, ours their mean lengths.
        return (_close(value.core, [days], "", 0.015), _close(value.support, [days], "", 0.015))
    target = _measure_target(file, expected)
    assert target is not None
    dim, points, side = target
    if value.kind is not Kind.QUANTITY or not _dimension_ok(value, dim):
        return False, False
    return (_close(value.core, points, side, 1e-6), _close(value.support, points, side, 1e-6))


# Where a news reader differs from Duckling's conventions (docs/normalization.md,
# "Duckling's conventions and the news reading"). Each is a rule on the phrase as written,
# applied to both splits alike; `--news` scores those phrases against the news reading.
_SCALES = {"hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7,
           "billion": 1e9}
_NEWS_RULES: list[tuple[str, re.Pattern[str], str]] = [
    # "2m", "9 m": metres (Duckling: minutes in durations, metres or miles in distances).
    ("duration", re.compile(r"(?P<n>\d+(?:\.\d+)?)\s?m"), "metre"),
    # "3k": three thousand (Duckling: three kilometres).
    ("distance", re.compile(r"(?P<n>\d+(?:\.\d+)?)k"), "thousand"),
    # "30 l": thirty litres (Duckling: thirty lakh).
    ("numeral", re.compile(r"(?P<n>\d+(?:\.\d+)?)\s?l"), "litre"),
    # "2'", '1"': feet and inches (Duckling: minutes and seconds).
    ("duration", re.compile(r"(?P<n>\d+(?:\.\d+)?)\s?(?P<p>'|\")"), "prime"),
]


def news_reading(file: str, phrase: str, expected: dict[str, Any]
                 ) -> tuple[str, dict[str, Any]] | None:
    """The file and expected value a news reader gives `phrase` where it differs from
    Duckling's convention, or `None` where they agree."""
    for where, rule, reading in _NEWS_RULES:
        m = rule.fullmatch(phrase.strip())
        if where != file or m is None:
            continue
        n = float(m["n"])
        if reading == "metre":
            return "distance", {"kind": "value", "value": n, "unit": "metre"}
        if reading == "thousand":
            return "numeral", {"value": n * 1000}
        if reading == "litre":
            return "volume", {"kind": "value", "value": n, "unit": "litre"}
        unit = "foot" if m["p"] == "'" else "inch"
        return "distance", {"kind": "value", "value": n, "unit": unit}
    # "7-9 lakh rupees": the scale word after a range's second end is shared by the first
    # (Duckling expects 7 to 900,000).
    shared = re.search(r"(?P<a>\d+)\s*[-–]\s*(?P<b>\d+)\s+(?P<s>" + "|".join(_SCALES) + ")",
                       phrase)
    if shared and expected.get("kind") == "interval" and expected["from"] == float(shared["a"]) \
            and expected["to"] == float(shared["b"]) * _SCALES[shared["s"]]:
        return file, {**expected, "from": expected["from"] * _SCALES[shared["s"]]}
    return None


def cases(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Each (case, phrase, reference)."""
    for case in data["cases"]:
        for phrase in case["phrases"]:
            yield case, phrase, case.get("reference", data["reference"])


def evaluate(file: str, data: dict[str, Any], context: str | None = None, *,
             news: bool = False) -> tuple[dict[str, Tally], int, int]:
    """Tallies per split ("tune", "held-out"), and negatives read / total. With `news`,
    phrases where the news reading differs from Duckling's are judged by the former."""
    tallies = {"tune": Tally(), "held-out": Tally()}
    for case, phrase, reference in cases(data):
        tally = tallies["held-out" if held_out(file, case["line"]) else "tune"]
        tally.phrases += 1
        judged_as, expected = file, case["expected"]
        if news and (other := news_reading(file, phrase, expected)) is not None:
            judged_as, expected = other
        try:
            value = normalize(phrase, reference=reference, context=context)
        except NormalizationError as err:
            tally.refused += 1
            tally.misses.append(f"refused {phrase!r}: {err}")
            continue
        tally.read += 1
        core, support = judge(judged_as, expected, value)
        tally.core += core
        tally.support += support
        if not support:
            tally.wrong += 1
            tally.misses.append(f"wrong   {phrase!r}: {value.render(value.support)} "
                                f"[{value.kind}, {value.dimension}, {value.timex}] "
                                f"expected {expected}")
    neg_read = 0
    for phrase in data.get("negative", []):
        try:
            normalize(phrase, reference=data["reference"])
        except NormalizationError:
            continue
        neg_read += 1
    return tallies, neg_read, len(data.get("negative", []))


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}" if d else "    -"


def main(argv: list[str]) -> int:
    """Print the per-file table for both splits; exit 0 (also when the data is absent)."""
    folder = data_dir()
    if not (folder / "time.json").exists():
        print(f"Duckling corpora not found in {folder}; set CLAIMDIFF_EXTERNAL. Skipped.")
        return 0
    verbose = "--verbose" in argv or "-v" in argv
    show_held = "--show-held-out" in argv
    # Duckling reads for an assistant, forward ("monday" is the next one); news reads
    # back. `--future` reads every phrase as if its sentence were about the future.
    context = "future" if "--future" in argv else None
    news = "--news" in argv
    names = [a for a in argv if not a.startswith("-")] or list(FILES)
    print(f"{'file':<16} {'split':<8} {'phrases':>7} {'read%':>6} {'core%':>6} {'supp%':>6} "
          f"{'refused':>7} {'wrong':>5} {'neg read':>8}")
    totals: dict[tuple[str, str], list[int]] = {}
    for name in names:
        data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        tallies, neg, n_neg = evaluate(name, data, context, news=news)
        group = "time" if name == "time" else "other"
        for split, t in tallies.items():
            print(f"{name:<16} {split:<8} {t.phrases:>7} {_pct(t.read, t.phrases):>6} "
                  f"{_pct(t.core, t.phrases):>6} {_pct(t.support, t.phrases):>6} "
                  f"{t.refused:>7} {t.wrong:>5} {f'{neg}/{n_neg}' if split == 'tune' else '':>8}")
            acc = totals.setdefault((group, split), [0, 0, 0, 0])
            for i, n in enumerate((t.phrases, t.read, t.core, t.support)):
                acc[i] += n
            if verbose and (split == "tune" or show_held):
                for miss in t.misses:
                    print(f"    {split}: {miss}", file=sys.stderr)
    for (group, split), (n, read, core, support) in sorted(totals.items()):
        print(f"{'ALL ' + group:<16} {split:<8} {n:>7} {_pct(read, n):>6} {_pct(core, n):>6} "
              f"{_pct(support, n):>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
