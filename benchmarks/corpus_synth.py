"""A synthetic news corpus: many outlets report many events, in their own words.

Each event (a flood, a fire, a storm ... in an invented place) has true
figures: people killed, people evacuated, damage in a currency. Each outlet
that covers it writes an article with its own phrasing of every sentence,
hedges ("at least", "some", "nearly"), number styles (4,200 / 4200 / 4.2
million) and filler without figures. A share of articles carry a planted
contradiction: one figure far outside what any hedge allows. `planted` lists
them as `(document id, fact, the number written)` so a run's recall can be
measured. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

_SYLLABLES = ("dra", "vo", "ni", "ka", "ler", "mo", "sa", "ter", "bu", "lin", "go", "ra", "vel",
              "tor", "an", "is", "mar", "que", "zel", "pol", "ur", "den", "ta", "riv")
_EVENTS = ("floods", "wildfire", "storm", "landslide", "earthquake", "cyclone", "blizzard")
_UNITS = ("euros", "dollars")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


@dataclass(frozen=True)
class Event:
    """One event and its true figures."""

    n: int
    place: str
    kind: str
    day: date
    killed: int
    evacuated: int
    damage_m: int
    currency: str


def _fmt(n: int, rng: random.Random) -> str:
    style = rng.random()
    if n >= 1_000_000 and style < 0.5:
        return f"{n / 1_000_000:g} million"
    if n >= 1000 and style < 0.8:
        return f"{n:,}"
    return str(n)


def _hedged(n: int, rng: random.Random) -> str:
    # hedges that stay true of the real figure
    hedge = rng.choice(("", "", "at least ", "some ", "about ", "nearly ", "more than "))
    shown = n
    if hedge in ("some ", "about "):
        shown = round(n, -1) if n >= 100 else n
    elif hedge == "nearly ":
        shown = n + (10 if n >= 100 else 1)
        shown = round(shown, -1) if n >= 100 else shown
    elif hedge == "more than ":
        shown = round(n - 5, -1) if n >= 100 else max(n - 1, 1)
    elif hedge == "at least ":
        shown = n
    return hedge + _fmt(shown, rng)


def _article(e: Event, outlet: str, rng: random.Random, wrong: str | None) -> tuple[str, str]:
    killed = e.killed * rng.choice((3, 4)) + 7 if wrong == "killed" else e.killed
    evacuated = e.evacuated * rng.choice((3, 5)) if wrong == "evacuated" else e.evacuated
    shown_killed = _hedged(killed, rng)
    shown_evac = _hedged(evacuated, rng)
    place = e.place
    lead = rng.choice((
        f"The {e.kind} in {place} killed {shown_killed} people, officials said.",
        f"{shown_killed.capitalize()} people were killed in the {e.kind} that struck {place}.",
        f"Rescuers in {place} said the {e.kind} killed {shown_killed} people.",
    ))
    evac = rng.choice((
        f"Authorities evacuated {shown_evac} residents from {place}.",
        f"{shown_evac.capitalize()} residents of {place} were evacuated.",
        f"In {place}, officials evacuated {shown_evac} residents as the waters rose.",
    ))
    money = _fmt(e.damage_m * 1_000_000, rng)
    damage = rng.choice((
        f"The government of {place} estimated the damage at {money} {e.currency}.",
        f"Damage in {place} was estimated at {money} {e.currency}.",
    ))
    filler = rng.sample((
        "Volunteers handed out blankets and water at the town hall.",
        "Schools stayed closed while engineers inspected the bridges.",
        "Forecasters warned that the weather could worsen over the weekend.",
        "Neighbours described scenes of chaos as roads turned into rivers.",
        f"Emergency teams from across the region travelled to {place}.",
        "The opposition criticised the slow response of the authorities.",
    ), k=3)
    sentences = [lead, filler[0], evac, filler[1], damage, filler[2]]
    return " ".join(sentences), (shown_killed if wrong == "killed" else
                                 shown_evac if wrong == "evacuated" else "")


def generate(documents: int, *, outlets: int = 40, per_event: int = 8, seed: int = 7,
             planted_share: float = 0.05) -> tuple[list[dict[str, object]],
                                                   list[tuple[str, str, str]]]:
    """`documents` article rows (`id`, `source`, `published`, `text`) and the planted
    contradictions `(id, fact, number as written)`."""
    rng = random.Random(seed)
    names = sorted({_name(rng) + " " + rng.choice(("Post", "Times", "Herald", "Wire", "News",
                                                     "Daily", "Courier", "Observer"))
                    for _ in range(outlets * 2)})[:outlets]
    rows: list[dict[str, object]] = []
    planted: list[tuple[str, str, str]] = []
    n = 0
    places: set[str] = set()
    while len(rows) < documents:
        month = date(2023, 1, 1) + timedelta(days=31 * (n % 24))
        day = date(month.year, month.month, rng.randint(2, 24))
        place = _name(rng)
        while place in places:
            place = _name(rng) + rng.choice(("a", "o", "ia", "ovo", "ard", "ek"))
        places.add(place)
        e = Event(n, place, rng.choice(_EVENTS), day, rng.randint(3, 400),
                  rng.randint(200, 90_000), rng.randint(2, 900), rng.choice(_UNITS))
        for outlet in rng.sample(names, k=min(per_event, len(names))):
            if len(rows) >= documents:
                break
            doc_id = f"e{e.n:05d}-{outlet.lower().replace(' ', '-')}"
            wrong = None
            if rng.random() < planted_share:
                wrong = rng.choice(("killed", "evacuated"))
            text, shown = _article(e, outlet, rng, wrong)
            published = e.day + timedelta(days=rng.randint(0, 3))
            rows.append({"id": doc_id, "source": outlet, "published": published.isoformat(),
                         "text": text})
            if wrong is not None:
                planted.append((doc_id, wrong, shown))
        n += 1
    return rows, planted


def write_jsonl(rows: list[dict[str, object]], path: Path) -> Path:
    """The rows as a JSON Lines file."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def recall(out_dir: Path, planted: list[tuple[str, str, str]]) -> tuple[float, int]:
    """Share of planted contradictions found in a conflicting comparison, and how many
    conflicting comparisons involve no planted document (false alarms)."""
    found: set[tuple[str, str]] = set()
    wrong_docs = {doc for doc, _, _ in planted}
    false_alarms = 0
    with open(out_dir / "comparisons.jsonl", encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            if c["verdict"] != "conflict":
                continue
            if c["a"]["doc"] not in wrong_docs and c["b"]["doc"] not in wrong_docs:
                false_alarms += 1
            for side in (c["a"], c["b"]):
                found.add((side["doc"], side["text"]))
    hits = sum(1 for doc, _, shown in planted
               if any(d == doc and shown.split()[-1] in t for d, t in found))
    return (hits / len(planted) if planted else 1.0), false_alarms
