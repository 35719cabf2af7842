"""`run_check`: find the claim files, run the configured checks, apply acceptances."""

from __future__ import annotations

import glob
from collections.abc import Sequence
from pathlib import Path

from claimdiff.check._baseline import DEFAULT_BASELINE, Acceptance, apply_acceptances, read_baseline
from claimdiff.check._checks import CHECKS, CheckContext, CheckedFile
from claimdiff.check._config import CHECK_NAMES, CheckConfig
from claimdiff.check._report import CheckReport, Finding
from claimdiff.errors import ConfigError
from claimdiff.load import expand_paths, parse_claimset


def shown_path(path: str | Path, root: str | Path) -> str:
    """`path` relative to `root` with `/` separators (absolute if outside `root`)."""
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()


def collect_files(config: CheckConfig, paths: Sequence[str] | None = None) -> list[str]:
    """The claim files to check: `paths` when given, else the configured globs.

    Globs are relative to the configuration file; `**` matches any depth.
    Raises `ConfigError` when nothing is configured or nothing matches.
    """
    if paths:
        found = [str(Path(p).resolve()) for p in expand_paths(list(paths))]
    else:
        if not config.claimsets:
            where = config.path or "no configuration file was found"
            raise ConfigError("no claim sets to check: set `claimsets` (glob patterns) in "
                              "[tool.claimdiff] or claimdiff.toml, or name files"
                              + ("" if config.path else f" ({where})"), path=config.path)
        found = []
        for pattern in config.claimsets:
            matches = glob.glob(pattern, root_dir=config.base, recursive=True)
            found.extend(str((Path(config.base) / m).resolve()) for m in matches
                         if (Path(config.base) / m).is_file())
        if not found:
            raise ConfigError(f"the claim sets {list(config.claimsets)} match no file "
                              f"(relative to {config.base})", path=config.path)
    excluded: set[str] = set()
    for pattern in config.exclude:
        excluded.update(str((Path(config.base) / m).resolve())
                        for m in glob.glob(pattern, root_dir=config.base, recursive=True))
    kept = sorted(dict.fromkeys(f for f in found if f not in excluded))
    if not kept:
        raise ConfigError(f"`exclude` {list(config.exclude)} leaves no claim file to check",
                          path=config.path)
    return kept


def run_check(config: CheckConfig | None = None, *, paths: Sequence[str] | None = None,
              baseline: str | None = None, use_baseline: bool = True) -> CheckReport:
    """Check a claim set and return the report (no output, no exit).

    `config` defaults to the configuration found upward from the working
    directory's defaults; `paths` overrides its `claimsets`; `baseline`
    overrides its baseline file; `use_baseline=False` ignores any baseline.
    Raises `ConfigError` / `InputError` for trouble (bad config, unreadable file).
    """
    if config is None:
        from claimdiff.check._config import load_config

        config = load_config()
    files: list[CheckedFile] = []
    for path in collect_files(config, paths):
        loaded, problems = parse_claimset(path)
        files.append(CheckedFile(path, shown_path(path, config.root), loaded, problems))
    ctx = CheckContext(config, files)
    findings: list[Finding] = []
    ran = tuple(name for name in CHECK_NAMES if name in config.checks)
    for name in ran:
        findings.extend(CHECKS[name][0](ctx))
    unique: dict[str, Finding] = {}
    for finding in findings:  # one finding per fingerprint: GitLab and SARIF need that
        unique.setdefault(finding.fingerprint, finding)

    acceptances = inline_acceptances(files)
    baseline_file = baseline if baseline is not None else config.baseline
    if baseline_file is None:
        # What `--write-baseline` writes by default is what a later run reads by default.
        default = Path(config.base) / DEFAULT_BASELINE
        baseline_file = str(default) if default.is_file() else None
    shown_baseline = None
    if use_baseline and baseline_file is not None:
        shown_baseline = shown_path(baseline_file, config.root)
        acceptances += read_baseline(baseline_file, shown_baseline)
    result = apply_acceptances(unique.values(), acceptances)
    return CheckReport(
        findings=tuple(sorted(result, key=Finding.sort_key)),
        files=tuple(f.shown for f in files), checks=ran,
        config=shown_path(config.path, config.root) if config.path else None,
        baseline=shown_baseline, root=config.root, notes=tuple(ctx.notes),
    )


def inline_acceptances(files: Sequence[CheckedFile]) -> list[Acceptance]:
    """`accepted:` entries written on claims, located at their claims."""
    out: list[Acceptance] = []
    for file in files:
        if file.loaded is None:
            continue
        for i, claim in enumerate(file.loaded.claimset.claims):
            for k, acc in enumerate(claim.accepted):
                line, col = file.loaded.positions.locate(("claims", i, "accepted", k))
                out.append(Acceptance(
                    fingerprint=acc.finding, reason=acc.reason, origin="claim", path=file.shown,
                    line=line, column=col, claim=f"{claim.source}/{claim.id}"))
    return out

