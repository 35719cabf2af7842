"""Entity aliases: every spelling of an entity mapped to one canonical phrase.

The claim files' `entities` list names and aliases ("Aliev", "Ilham Aliyev",
"Aliyev"). Entities of different files that share any spelling (after
`key` folding) are one entity. Before scoring, each alias in a subject,
predicate or object is replaced by the entity's canonical phrase, so aliases
match exactly.
"""

from __future__ import annotations

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

    @classmethod
    def from_entities(cls, entities: Iterable[Entity]) -> AliasTable:
        """Build the table; entities sharing a spelling are merged (union-find)."""
        spellings: list[tuple[str, list[tuple[str, ...]]]] = []
        declared: list[str | None] = []
        for entity in entities:
            keys = [tuple(key_tokens(fold(n))) for n in entity.names()]
            keys = [k for k in keys if k]
            if keys:
                spellings.append((" ".join(keys[0]), keys))
                declared.append(_kind(entity.kind))
        parent = list(range(len(spellings)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        owner: dict[tuple[str, ...], int] = {}
        for i, (_, keys) in enumerate(spellings):
            for k in keys:
                if k in owner:
                    ra, rb = find(owner[k]), find(i)
                    parent[max(ra, rb)] = min(ra, rb)
                else:
                    owner[k] = i
        canon: dict[int, str] = {}
        for i, (name, _) in enumerate(spellings):
            root = find(i)
            canon[root] = min(canon.get(root, name), name)
        phrases = {k: canon[find(i)] for k, i in owner.items()}
        kinds: dict[str, str] = {}
        for i, kind in enumerate(declared):
            if kind is not None:
                kinds.setdefault(canon[find(i)], kind)
        return cls(phrases, max((len(k) for k in phrases), default=0), kinds)

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
        return [hit for hit, _ in self._scan(key_tokens(fold(text))) if hit is not None]

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
        return self.phrases.get(tuple(key_tokens(fold(text))))

    def canonical_text(self, text: str) -> str:
        """`text` folded to key tokens, aliases replaced: the string that gets scored."""
        hit = self.memo.get(text)
        if hit is None:
            hit = self.memo[text] = " ".join(self.canonical(key_tokens(fold(text))))
        return hit


def _kind(kind: str | None) -> str | None:
    """The first word of a declared kind ("city; also a metonym ..." → "city")."""
    if not kind:
        return None
    words = fold(kind).split()
    return words[0] if words else None
