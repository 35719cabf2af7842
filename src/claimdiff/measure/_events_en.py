"""Words of one kind of event, read as one event when they date it ("the census was *held*
on 23 March", "*conducted* on 30 March"; "the mine *opened* in 1978", "in operation *since*
1964", which reads as a beginning).

Written from general English, not from any report: the classes keep a beginning apart from
an end, and what happens apart from its announcement (a date of saying is `_dated`'s). A
founding is no opening ("founded in 1890", "opened its new wing in 2020"), a reopening no
opening, an opinion poll no vote; "found" is left out, the past of "find" as often.
"""

from __future__ import annotations

from claimdiff.measure import _lexicon_en as lex

_EVENTS = """
start: start begin commence launch open opening inaugurate inauguration debut kick kick-off kickoff
end: end finish conclude conclusion close closure complete completion expire expiry lapse
end: cease stop halt terminate shut
hold: hold stage host conduct organise organize
vote: vote ballot election elect referendum
founding: establish establishment foundation
publish: publish publication issue
depart: depart departure
arrive: arrive arrival land landing
resign: resign resignation quit
appoint: appoint appointment hire recruit
marry: marry wed wedding marriage
""".strip().splitlines()


def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _EVENTS:
        name, words = line.split(":")
        for w in words.split():
            out.setdefault(lex.key(w), name.strip())
    return out


EVENT_OF: dict[str, str] = _table()
"""Each word's key to the kind of event it names."""


def event_class(k: str) -> str | None:
    """The kind of event a key names ("conduct" and "held" -> "hold"), by the key or its
    stem ("elections" -> "elect"); None for a word of no class here."""
    return EVENT_OF.get(k) or EVENT_OF.get(lex.stem(k))


__all__ = ["EVENT_OF", "event_class"]
