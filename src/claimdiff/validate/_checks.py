"""Semantic checks a schema cannot express: ids, references, quotes and spans."""

from __future__ import annotations

from collections.abc import Iterable

from claimdiff.load import LoadedClaimSet, Problem, expand_paths, parse_claimset
from claimdiff.validate._checks_v2 import check_v2
from claimdiff.validate._quoted import check_quoted_values


def validate_paths(paths: Iterable[str]) -> list[Problem]:
    """Every problem in the claim files named (directories expand to their claim files).

    Raises `InputError` for a path that cannot be read at all.
    """
    problems: list[Problem] = []
    for path in expand_paths(list(paths)):
        loaded, found = parse_claimset(path)
        problems.extend(found)
        if loaded is not None:
            problems.extend(check_claimset(loaded))
    return sorted(problems, key=lambda p: (p.path, p.line, p.column, p.code))


def check_claimset(loaded: LoadedClaimSet) -> list[Problem]:
    """Unique ids, declared sources, existing anchors, and provenance (quotes at spans)."""
    cs = loaded.claimset
    out: list[Problem] = []

    def at(path: tuple[object, ...], message: str, code: str, *, key: bool = False) -> None:
        line, col = loaded.positions.locate(path, key=key)
        out.append(Problem(loaded.path, line, col, message, code))

    for section, items in (
        ("sources", cs.sources),
        ("entities", cs.entities),
        ("claims", cs.claims),
    ):
        first: dict[str, int] = {}
        for i, item_id in enumerate(x.id for x in items):
            if item_id in first:
                line = loaded.positions.locate((section, first[item_id], "id"))[0]
                at(
                    (section, i, "id"),
                    f"duplicate id '{item_id}' in {section} (first at line {line})",
                    "duplicate-id",
                )
            else:
                first[item_id] = i
    source_ids = {s.id for s in cs.sources}
    claim_ids = {c.id for c in cs.claims}
    for i, claim in enumerate(cs.claims):
        if claim.source not in source_ids:
            at(
                ("claims", i, "source"),
                f"claim '{claim.id}' names source '{claim.source}', "
                "which this file does not declare",
                "unknown-source",
            )
        for name, spec in claim.values().items():
            if spec.anchor is not None and spec.anchor not in claim_ids:
                at(
                    ("claims", i, name, "anchor"),
                    f"anchor '{spec.anchor}' names no claim of this file",
                    "unknown-anchor",
                )
            elif spec.anchor == claim.id:
                at(
                    ("claims", i, name, "anchor"),
                    "a value cannot be anchored to its own claim",
                    "unknown-anchor",
                )
    out.extend(_anchor_cycles(loaded))
    out.extend(check_v2(loaded))
    out.extend(check_provenance(loaded))
    return out


def _anchor_cycles(loaded: LoadedClaimSet) -> list[Problem]:
    """Claims whose anchors lead back to themselves: their times can never be read."""
    claims = loaded.claimset.claims
    index = {c.id: i for i, c in enumerate(claims)}
    anchors = {c.id: [s.anchor for s in c.values().values() if s.anchor in index] for c in claims}
    out: list[Problem] = []
    reported: set[frozenset[str]] = set()
    for start in anchors:
        path, seen = [start], {start}
        stack = [(start, iter(anchors[start]))]
        while stack:  # depth-first, iterative: a long chain cannot exhaust the stack
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                seen.discard(path.pop())
                continue
            if child == start and len(path) > 1 and frozenset(path) not in reported:
                # (a claim anchored to itself is reported above)
                reported.add(frozenset(path))
                i = index[start]
                field = next(n for n, s in claims[i].values().items() if s.anchor == path[1])
                line, col = loaded.positions.locate(("claims", i, field, "anchor"))
                cycle = " → ".join([*path, start])
                out.append(Problem(loaded.path, line, col, f"anchor cycle: {cycle}",
                                   "anchor-cycle"))
            elif child not in seen and child != start:
                seen.add(child)
                path.append(child)
                stack.append((child, iter(anchors[child])))
    return out


def check_provenance(loaded: LoadedClaimSet) -> list[Problem]:
    """Each quote equals its source text at its span (or is found in it when no span), and
    holds its claim's values (`check_quoted_values`)."""
    out: list[Problem] = check_quoted_values(loaded)
    cs = loaded.claimset
    for j, source in enumerate(cs.sources):
        if source.text_file is not None and loaded.source_texts.get(source.id) is None:
            line, col = loaded.positions.locate(("sources", j, "text_file"))
            out.append(
                Problem(
                    loaded.path,
                    line,
                    col,
                    f"source text '{source.text_file}' cannot be read: "
                    + loaded.source_text_errors.get(source.id, "unknown reason"),
                    "missing-text",
                )
            )
    for i, claim in enumerate(cs.claims):
        text = loaded.source_texts.get(claim.source)
        if text is None:
            continue
        if claim.span is not None:
            start, end = claim.span
            if end > len(text):
                line, col = loaded.positions.locate(("claims", i, "span"))
                out.append(
                    Problem(
                        loaded.path,
                        line,
                        col,
                        f"span [{start}, {end}] runs past the end of the source text "
                        f"({len(text)} characters)",
                        "span-out-of-range",
                    )
                )
                continue
            if claim.quote is not None and text[start:end] != claim.quote:
                line, col = loaded.positions.locate(("claims", i, "quote"))
                found = text.find(claim.quote)
                hint = (
                    f"; the quote is found at [{found}, {found + len(claim.quote)}]"
                    if found >= 0
                    else ""
                )
                out.append(
                    Problem(
                        loaded.path,
                        line,
                        col,
                        f"quote of claim '{claim.id}' differs from the source text at "
                        f"[{start}, {end}]: {_clip(text[start:end])!r}{hint}",
                        "quote-mismatch",
                    )
                )
        elif claim.quote is not None and claim.quote not in text:
            line, col = loaded.positions.locate(("claims", i, "quote"))
            out.append(
                Problem(
                    loaded.path,
                    line,
                    col,
                    f"quote of claim '{claim.id}' is not found in the source text",
                    "quote-mismatch",
                )
            )
    return out


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
