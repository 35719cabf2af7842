"""The public API: every name in `__all__` resolves, documented, and works end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import claimdiff

ROOT = Path(__file__).resolve().parents[1]


def test_every_public_name_resolves_and_has_a_docstring() -> None:
    for name in claimdiff.__all__:
        value = getattr(claimdiff, name)
        if name in ("__version__", "REPORTERS"):
            continue
        assert (value.__doc__ or "").strip(), f"{name} has no docstring"


def test_import_is_light() -> None:
    code = (
        "import sys, claimdiff; "
        "print(sorted(m for m in ('pydantic', 'rapidfuzz', 'yaml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_library_round_trip_on_the_seed() -> None:
    seed = claimdiff.load_claimset(str(ROOT / "seeds" / "000_6396fc36ecca3174.claims.yaml"))
    herald = claimdiff.load_claimset(
        str(ROOT / "examples" / "karabakh" / "south_caucasus_herald_2024-06-15.claims.yaml")
    )
    report = claimdiff.diff(seed, herald)
    verdicts = {p.verdict for p in report.pairs}
    assert claimdiff.Verdict.CONFLICT in verdicts and claimdiff.Verdict.AGREE in verdicts
    same = claimdiff.compare_values("2,000 soldiers", "1,960 servicemen")
    assert same.verdict is claimdiff.Verdict.AGREE
    # After the pipeline ran, `claimdiff.normalize` is still the function.
    value = claimdiff.normalize("in the fall of 2020")
    assert value.kind is claimdiff.Kind.DATE and value.timex == "2020-FA"
