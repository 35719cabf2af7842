"""Entity aliases: every spelling of an entity mapped to one canonical phrase.

The claim files' `entities` list names and aliases ("Aliev", "Ilham Aliyev",
"Aliyev"). Entities of different files that share any spelling (after
`key` folding) are one entity. Before scoring, each alias in a subject,
predicate or object is replaced by the entity's canonical phrase, so aliases
match exactly. A name of two or more capitalized words is also known by its
initials, written in capitals ("IPCC members" for the International Petroleum
Coordination Council, "BoE" for the Bank of England): a desk shortens a name it
has spelled out once, and another desk's entity declared by its initials is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from claimdiff.align._fold import fold, key_tokens
from claimdiff.model import Entity


@dataclass(frozen=True, eq=False)
class AliasTable:
    """Alias phrases (as key-token tuples) → the canonical phrase of their entity."""

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    longest: int = 0
    kinds: dict[str, str] = field(default_factory=dict)
    """Canonical phrase → the entity's kind ("country", "person"), when declared."""
    memo: dict[str, str] = field(default_factory=dict, repr=False)
    """`canonical_text` of the texts seen (subjects and names recur across claims)."""
    initials: dict[str, str] = field(default_factory=dict)
    """An entity's initials as written ("IPCC", "BoE") → the entity's name, when no other
    entity has the same initials."""

    @classmethod
    def from_entities(cls, entities: Iterable[Entity]) -> AliasTable:
        """Build the table; entities sharing a spelling are merged (union-find).

        A table is a function of its entities' names and kinds: the same entities (none, in
        most diffs of drafts and synthetic sets) give back the table built before, so that
        its `canonical_text` memo and the caches keyed by the table (`compare_names`) serve
        every diff of a long-running process, not one."""
        listed = tuple(entities)
        content = tuple((e.names(), e.kind) for e in listed)
        table = _TABLES.get(content) if cls is AliasTable else None
        if table is None:
            table = cls._build(listed)
            if cls is AliasTable:
                if len(_TABLES) >= _TABLES_MAX:
                    del _TABLES[next(iter(_TABLES))]  # the oldest: sets of a finished run
                _TABLES[content] = table
        return table

    @classmethod
    def _build(cls, entities: Sequence[Entity]) -> AliasTable:
        spellings: list[tuple[str, list[tuple[str, ...]]]] = []
        declared: list[str | None] = []
        written: list[tuple[str, ...]] = []
        for entity in entities:
            keys = [tuple(key_tokens(fold(n))) for n in entity.names()]
            keys = [k for k in keys if k]
            if keys:
                spellings.append((" ".join(keys[0]), keys))
                declared.append(_kind(entity.kind))
                written.append(entity.names())
        parent = list(range(len(spellings)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ra, rb = find(i), find(j)
            parent[max(ra, rb)] = min(ra, rb)

        owner: dict[tuple[str, ...], int] = {}
        for i, (_, keys) in enumerate(spellings):
            for k in keys:
                if k in owner:
                    union(owner[k], i)
                else:
                    owner[k] = i
        initial_of: dict[str, int] = {}
        for i, names in enumerate(written):
            for short in {x for n in names for x in _initials(n)}:
                # two entities with the same initials: the initials name neither
                root = find(i)
                initial_of[short] = root if initial_of.get(short, root) == root else -1
        # an entity declared by its initials ("NHS") is the one spelled out ("National
        # Health Service") in the other file, unless it is also another's initials
        for i, names in enumerate(written):
            for n in names:
                j = initial_of.get(n.strip(), -1)
                if j >= 0:
                    union(i, j)
        initial_of = {short: find(i) if i >= 0 else -1 for short, i in initial_of.items()}
        canon: dict[int, str] = {}
        for i, (name, _) in enumerate(spellings):
            root = find(i)
            canon[root] = min(canon.get(root, name), name)
        phrases = {k: canon[find(i)] for k, i in owner.items()}
        kinds: dict[str, str] = {}
        for i, kind in enumerate(declared):
            if kind is not None:
                kinds.setdefault(canon[find(i)], kind)
        initials = {short: written[i][0] for short, i in initial_of.items() if i >= 0}
        return cls(phrases, max((len(k) for k in phrases), default=0), kinds,
                   initials=initials)

    def spelled_out(self, text: str) -> str:
        """`text` with every entity's initials ("IPCC", "IPCC's") written as its name."""
        if not self.initials or not _CAPS.search(text):
            return text
        return _CAPS.sub(lambda m: self.initials.get(m.group(1), m.group(1)), text)

    def canonical(self, tokens: Sequence[str]) -> list[str]:
        """Key tokens with every alias phrase (longest first) replaced by its canonical phrase."""
        if not self.phrases:
            return list(tokens)
        out: list[str] = []
        for hit, token in self._scan(tokens):
            out.extend(hit.split() if hit is not None else [token])
        return out

    def mentions(self, text: str) -> list[str]:
        """The canonical phrases of the known entities named anywhere in `text`."""
        if not self.phrases:
            return []
        return [hit for hit, _ in self._scan(key_tokens(fold(self.spelled_out(text))))
                if hit is not None]

    def _scan(self, tokens: Sequence[str]) -> Iterator[tuple[str | None, str]]:
        """Left to right, the longest alias phrase at each token as `(canonical, first token)`,
        or `(None, token)` where none starts."""
        i, n = 0, len(tokens)
        while i < n:
            for length in range(min(self.longest, n - i), 0, -1):
                hit = self.phrases.get(tuple(tokens[i : i + length]))
                if hit is not None:
                    yield hit, tokens[i]
                    i += length
                    break
            else:
                yield None, tokens[i]
                i += 1

    def entity_of(self, text: str) -> str | None:
        """The canonical phrase when the whole of `text` names a known entity."""
        return self.phrases.get(tuple(key_tokens(fold(self.spelled_out(text)))))

    def canonical_text(self, text: str) -> str:
        """`text` folded to key tokens, aliases replaced: the string that gets scored."""
        hit = self.memo.get(text)
        if hit is None:
            if len(self.memo) >= _MEMO_MAX:  # a table shared by many diffs stays bounded
                self.memo.clear()
            hit = self.memo[text] = " ".join(
                self.canonical(key_tokens(fold(self.spelled_out(text)))))
        return hit


_TABLES: dict[tuple[tuple[tuple[str, ...], str | None], ...], AliasTable] = {}
"""Tables by their entities' names and kinds (`AliasTable.from_entities`), oldest first."""
_TABLES_MAX = 64
_MEMO_MAX = 1 << 17
"""Texts a table's `canonical_text` memo holds before it starts again."""

_CAPS = re.compile(r"(?<![\w&])([A-Z][A-Za-z&]*[A-Z])(?=s\b|['’]s\b|\b)")
"""A word written in initials ("IPCC", "BoE", "IPCC's"): capitals at both ends."""
_MINOR = frozenset("of and for the on in at de du des la le el".split())
"""Small words of a name: no initial ("International Monetary Fund") or a small one
("Bank of England": BoE)."""


def _initials(name: str) -> tuple[str, ...]:
    """The initials a name may be written as: its capitalized words' first letters, and with
    the small words' in lower case ("Bank of England": BE, BoE); none for a name of fewer
    than two capitalized words or one already in initials."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if words and words[0].lower() == "the":
        words = words[1:]
    if sum(1 for w in words if w[0].isupper()) < 2 or any(
            len(w) > 1 and w.isupper() for w in words):
        return ()
    caps = "".join(w[0] for w in words if w[0].isupper())
    mixed = "".join(w[0] if w[0].isupper() else w[0].lower() if w.lower() in _MINOR else ""
                    for w in words)
    if any(not w[0].isupper() and w.lower() not in _MINOR for w in words):
        return ()  # a common word inside ("Port Halvard export terminal"): no initials
    return tuple(dict.fromkeys(x for x in (caps, mixed) if _CAPS.fullmatch(x)))


def _kind(kind: str | None) -> str | None:
    """The first word of a declared kind ("city; also a metonym ..." → "city")."""
    if not kind:
        return None
    words = fold(kind).split()
    return words[0] if words else None
