"""Files claimdiff writes are ordinary files: permissions follow the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from claimdiff.cli._common import write_atomic


def test_written_files_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "report.sarif"
        write_atomic(target, "{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_text() == "{}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.sarif"]
