"""A headless Chromium for the HTML report tests, or a skip saying why there is none.

The browser is the system's (Debian's `chromium` package; `CLAIMDIFF_CHROMIUM`
names another binary), driven by Playwright for Python; nothing is downloaded.
Screenshots go to `test-artifacts/browser/` (not committed).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """The Chromium binary to drive, if the machine has one."""
    named = os.environ.get("CLAIMDIFF_CHROMIUM")
    if named:
        return named if Path(named).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need Playwright for Python: pip install -e '.[browser]'")
    path = chromium_path()
    if path is None:
        pytest.skip("browser tests need Chromium (apt-get install chromium, "
                    "or set CLAIMDIFF_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def artifacts() -> Path:
    """Where screenshots go."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


class Tab:
    """A page with its console errors and every request it tried beyond `file:`."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.fetched: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def guard(route: Any) -> None:
            url = route.request.url
            if url.startswith(("file:", "data:", "about:")):
                route.continue_()
            else:
                self.fetched.append(url)
                route.abort()

        page.route("**/*", guard)

    def open(self, path: Path) -> Any:
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")
        return self.page


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    """A fresh desktop-sized page; fails the test on a console error or a network request."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    t = Tab(context.new_page())
    yield t
    context.close()
    assert not t.errors, f"console errors: {t.errors}"
    assert not t.fetched, f"the report tried the network: {t.fetched}"
