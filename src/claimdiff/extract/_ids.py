"""Source ids for articles, from their file names: readable, deterministic, never shared.

`доклад.txt` becomes `doklad` (transliterated, as names are folded for
alignment), a name with nothing to transliterate becomes `text-` and a short
hash of the name, and two articles with one file name in different folders
(`d1/report.txt`, `d2/report.txt`) take their folders in front: `d1-report`,
`d2-report`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from anyascii import anyascii

DEFAULT_SOURCE_ID = "text"


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", anyascii(name)).strip("-._")


def source_id_for(path: str | Path) -> str:
    """A source id from a file name: `article-a.txt` -> `article-a`, `доклад.txt` -> `doklad`."""
    name = Path(path).name
    stem = name.split(".")[0] or name
    slug = _slug(stem)
    if slug:
        return slug
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
    return f"{DEFAULT_SOURCE_ID}-{digest}" if stem else DEFAULT_SOURCE_ID


def unique_source_ids(paths: Sequence[str | Path], taken: Iterable[str] = ()) -> list[str]:
    """One id per path, as `source_id_for` gives it, made unique among `paths` and `taken`.

    Clashing ids take their folders in front, nearest first, until they differ;
    what still clashes (the same file twice) gets `-2`, `-3` in input order.
    """
    parents = [[_slug(p) or "x" for p in reversed(Path(path).parent.parts) if p not in ("", ".")]
               for path in paths]
    ids = [source_id_for(path) for path in paths]
    used = set(taken)
    depth = [0] * len(ids)
    for _ in range(max((len(p) for p in parents), default=0) + 1):
        counts: dict[str, int] = {}
        for i in ids:
            counts[i] = counts.get(i, 0) + 1
        clashing = [n for n, i in enumerate(ids)
                    if (counts[i] > 1 or i in used) and depth[n] < len(parents[n])]
        if not clashing:
            break
        for n in clashing:
            ids[n] = f"{parents[n][depth[n]]}-{ids[n]}"
            depth[n] += 1
    out: list[str] = []
    for i in ids:
        candidate, k = i, 1
        while candidate in used:
            k += 1
            candidate = f"{i}-{k}"
        used.add(candidate)
        out.append(candidate)
    return out


__all__ = ["DEFAULT_SOURCE_ID", "source_id_for", "unique_source_ids"]
