"""Articles to draft claim sets: metadata, sentences, values, one claim per value."""

from __future__ import annotations

import math
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from claimdiff.errors import InputError
from claimdiff.extract._claims import Draft, Memory, draft_claims
from claimdiff.extract._dump import dump_claimset
from claimdiff.extract._found import Found
from claimdiff.extract._frontmatter import Header, field_offset, read_header
from claimdiff.extract._ids import DEFAULT_SOURCE_ID, source_id_for
from claimdiff.extract._language import NAMED_LANGUAGES, detect_language, language_name
from claimdiff.extract._reftime import ReferenceTime
from claimdiff.extract._sentences import split_sentences
from claimdiff.extract._values import find_values, relative_tail
from claimdiff.load import LoadedClaimSet, gc_paused, read_text
from claimdiff.load._errors import one_line
from claimdiff.model import Claim, ClaimSet, Polarity, Source, Status, ValueSpec
from claimdiff.normalization import Kind, parse_date
from claimdiff.normalization._tense import reads_forward

_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
"""A BCP 47 language tag, as the claim-file schema takes it."""


def _as_date(published: date | str | None, path: str | Path | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    text = published.strip()
    if len(text) > 10 and text[10] in "T ":  # a timestamp: its day is the date
        text = text[:10]
    try:
        return parse_date(text)
    except ValueError as err:
        raise InputError(f"the publication date {err}", path=path) from None


def _error_at(message: str, text: str, offset: int, path: str | Path | None) -> InputError:
    """An `InputError` at character `offset` of the article at `path`."""
    if path is None:
        return InputError(message)
    line = text.count("\n", 0, offset) + 1
    return InputError(message, path=path, line=line,
                      column=offset - (text.rfind("\n", 0, offset) + 1) + 1)


def _language(text: str, header: Header, path: str | Path | None) -> str:
    """The article's language tag; `InputError` for an article that is not in English."""
    declared = header.meta.get("language")
    if declared is None:
        found = detect_language(text[header.body_start:])
        if found.english:
            return "en"
        raise InputError(f"the article seems to be written {found.description}: claimdiff "
                         "drafts claims from English text only (if it is English, put "
                         "`language: en` in its front matter)", path=path)
    at = field_offset(text, "language")
    tag = NAMED_LANGUAGES.get(declared.casefold(), declared)
    if not _TAG.fullmatch(tag):
        raise _error_at(f"language {declared!r} is not a language tag such as en, fr or ru",
                        text, at, path)
    if tag.split("-")[0].lower() != "en":
        raise _error_at(f"the article is in {language_name(tag)} (language: {declared}): "
                        "claimdiff drafts claims from English text only", text, at, path)
    return tag


def extract_text(
    text: str,
    *,
    published: date | str | None = None,
    source_id: str = DEFAULT_SOURCE_ID,
    path: str | Path | None = None,
    text_file: str | None = None,
    parts_of_totals: bool = False,
) -> ClaimSet:
    """Draft claims of a plain-text or Markdown article.

    `published` (a `date` or ISO string) overrides the front matter's or the
    dateline's date; relative dates are read against it, and without one they
    stay unanchored. Spans are offsets into `text` as given. The source carries
    `text_file` when given, else the text inline. With `parts_of_totals` a part
    and its total ("9 of the 14 workers") are one value, as `claimdiff extract`
    drafts them for curators; `diff` pairs the two figures apart (its pairing is
    calibrated on them).
    """
    header = read_header(text)
    reference = _as_date(published, path)
    if reference is None and header.bad_date is not None:
        offset, why = header.bad_date
        raise _error_at(f"{why}; correct it, or give the publication date explicitly",
                        text, offset, path)
    reference = reference or header.published
    language = _language(text, header, path)
    memory = Memory()
    drafts: list[Draft] = []
    tracker = ReferenceTime(reference)
    # Many short-lived objects and no cycles to speak of: the cyclic collector would
    # rescan everything alive again and again as a long article accumulates drafts.
    with gc_paused():
        for start, end in split_sentences(text, header.body_start):
            values = find_values(text, start, end, reference=reference,
                                 parts_of_totals=parts_of_totals)
            values = [_in_context(text, start, end, f, tracker) for f in values]
            drafts.extend(draft_claims(text, start, end, values, memory))
    meta = header.meta
    try:
        source = _source(meta, source_id, reference, text, text_file, language)
    except ValidationError as err:
        raise InputError(one_line(err, {"id": "source id", "language": "front matter language"}),
                         path=path) from None
    claims: list[Claim] = []
    ids: dict[tuple[int, int], str] = {}  # the claim of each date: what a later one counts from
    for n, d in enumerate(drafts, start=1):
        anchor = ids.get(d.found.anchor) if d.found.anchor is not None else None
        claims.append(_claim(text, source_id, n, d, reference, anchor))
        ids.setdefault((d.found.start, d.found.end), claims[-1].id)
    return ClaimSet(schema_version=1, sources=(source,), claims=tuple(claims))


def _in_context(text: str, start: int, end: int, f: Found, tracker: ReferenceTime) -> Found:
    """A date found in the sentence `text[start:end]` read in its article's context: from
    the reference time the text set before it ("the following day"), then setting it."""
    if f.kind not in (Kind.DATE, None) or f.problem is not None:
        return f
    forward = reads_forward(text[start:end], f.start - start)
    value, origin = tracker.read(text, f.start, f.end, f.value, sentence=(start, end),
                                 forward=forward, key=(f.start, f.end))
    if value is f.value and origin is None:
        return f
    return replace(f, value=value, kind=Kind.DATE if value is not None else f.kind,
                   in_context=value is not None, anchor=origin)  # type: ignore[arg-type]


def _source(meta: dict[str, str], source_id: str, reference: date | None, text: str,
            text_file: str | None, language: str) -> Source:
    return Source.model_validate({
        "id": source_id,
        "title": meta.get("title"),
        "publisher": meta.get("publisher"),
        "author": meta.get("author"),
        "url": meta.get("url"),
        "published": reference,
        "language": language,
        "text_file": text_file,
        "text": None if text_file is not None else text,
    })


_OVER = re.compile(r"over\s+", re.IGNORECASE)
_LASTED = re.compile(r"\b(?:last(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking)|spen[dt]s?|"
                     r"spending|serv(?:e|es|ed|ing)|wait(?:s|ed|ing)?|for|run|ran|runs|"
                     r"running|been|be|is|was|were|are|aged?|old)\s+$", re.IGNORECASE)


def _over_a_span(text: str, f: Found) -> int | None:
    """Where a duration "over" which something happens starts ("cut to 5% over five years",
    "phased in over seven years": that long, not more than that long as in "lasted over
    five years"); `None` for any other value."""
    if f.kind is not Kind.DURATION:
        return None
    m = _OVER.match(text, f.start)
    if m is None or _LASTED.search(text, max(0, f.start - 20), f.start) is not None:
        return None
    return m.end()


def _stated(f: Found, start: int, end: int) -> dict[str, object] | None:
    """The reading a draft states, when its phrase alone reads otherwise ("nearly a
    quarter" of "nearly a quarter less" is a share, not three months)."""
    v = f.value
    if not f.in_context or v is None or ((start, end) != (f.start, f.end)
                                         and v.kind is not Kind.DATE) \
            or not (v.core.bounded and v.support.bounded):
        return None
    if v.kind is Kind.DATE:  # a claim file states days: a time of day states its day
        sub = v.sub_day
        return {"kind": "date", "core": [_day(v.core.lo, False, sub),
                                         _day(v.core.hi, v.core.hi_open, sub)],
                "support": [_day(v.support.lo, False, sub),
                            _day(v.support.hi, v.support.hi_open, sub)]}
    if v.kind is Kind.DURATION:  # a claim file states a span as an ISO 8601 duration in days
        return {"kind": "duration", "core": [_days(v.core.lo), _days(v.core.hi)],
                "support": [_days(v.support.lo), _days(v.support.hi)]}
    return {"kind": v.kind.value, "core": [f"{v.core.lo:.10g}", f"{v.core.hi:.10g}"],
            "support": [f"{v.support.lo:.10g}", f"{v.support.hi:.10g}"], "unit": v.unit}


def _days(x: float) -> str:
    return "P" + (f"{x:.12f}".rstrip("0").rstrip(".") or "0") + "D"


def _day(ordinal: float, open_end: bool, sub_day: bool) -> str:
    """The ISO day an interval's end falls on: a day is its ordinal (a count of days may
    end a fraction off it), a time of day lies in its day (an open end on midnight: the
    day before)."""
    day = math.floor(ordinal) if sub_day else round(ordinal)
    return date.fromordinal(day - 1 if open_end and day == ordinal else day).isoformat()


def _claim(text: str, source_id: str, n: int, d: Draft, reference: date | None,
           anchor: str | None = None) -> Claim:
    """The claim of one draft; `anchor`, the claim dated to the day a phrase such as "the
    following day" counts from."""
    f = d.found
    # "on Wednesday", "for three decades" keep their preposition (it says how a time is
    # meant); "by 87%", "at 2,700 metres" do not: a quantity is read without it.
    start = f.start if f.kind is Kind.QUANTITY else _over_a_span(text, f) or f.prep_start
    end = f.end
    note = None
    tail = relative_tail(text, f, d.quote[1] + 80)
    slot = f.slot
    if f.problem is not None:
        note = f"{f.text!r} names no day: {f.problem}"
    elif tail is not None:
        end, slot = tail, "when"
        note = f"relative to {text[f.end:tail].strip()!r}: unanchored, set `anchor` to a claim id"
    elif anchor is not None:
        note = f"read from the date of {anchor}, the last date named before it: check"
    elif f.value is None:
        note = ("unanchored: no publication date to read it against (set the source's `published`)"
                if reference is None else "could not be placed")
    if d.mood is not None:
        note = d.mood if note is None else f"{d.mood}; {note}"
    qlo, qhi = min(d.quote[0], start), max(d.quote[1], end)
    spec = ValueSpec.model_validate({"text": text[start:end], "anchor": anchor,
                                     "normalized": _stated(f, start, end)})
    slug = re.sub(r"[^a-z0-9]+", "-", d.predicate.lower()).strip("-")[:40] or "claim"
    fields: dict[str, object] = {slot: spec}
    return Claim(
        id=f"c{n:03d}-{slug}", source=source_id, subject=d.subject, predicate=d.predicate,
        object=d.object, attribution=d.attribution, quote=text[qlo:qhi], span=(qlo, qhi),
        status=Status.DRAFT, note=note,
        polarity=Polarity.DENIED if d.denied else Polarity.ASSERTED,
        **fields,  # type: ignore[arg-type]
    )


def extract_file(
    path: str | Path,
    *,
    published: date | str | None = None,
    source_id: str | None = None,
    relative_to: str | Path | None = None,
    parts_of_totals: bool = False,
) -> LoadedClaimSet:
    """Draft claims of the article at `path` (`.txt`, `.md`, `.markdown`).

    The source's `text_file` points at the article relative to the folder
    `relative_to` (the folder of the claim file to be written; default: the
    article's own folder), so `LoadedClaimSet.source_texts` finds it.
    """
    p = Path(path)
    text = read_text(p)
    if not text[read_header(text).body_start:].strip():
        raise InputError("the article is empty: no text to draft claims from", path=p)
    base = Path(relative_to) if relative_to is not None else p.parent
    rel = os.path.relpath(p.resolve(), base.resolve()).replace(os.sep, "/")
    claimset = extract_text(text, published=published, source_id=source_id or source_id_for(p),
                            path=p, text_file=rel, parts_of_totals=parts_of_totals)
    # The claim file as it would be written next to `relative_to`, in JSON so that
    # positions can be computed from it.
    return LoadedClaimSet(str(base / f"{p.name}.claims.json"), claimset,
                          dump_claimset(claimset, "json"), False, origin=str(path))
