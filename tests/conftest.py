"""Shared fixtures: the real bulletin, copied into the repository from the shared corpus."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = TESTS_DIR.parent
RAW_BULLETIN = PROJECT_ROOT / "data" / "raw" / "hunan-kaiju-bahao-003.md"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite golden files from the current output (review the diff by hand!)",
    )


@pytest.fixture(scope="session")
def bulletin_text() -> str:
    return RAW_BULLETIN.read_text(encoding="utf-8")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def chromium(tmp_path: Path) -> list[str]:
    """Headless Chromium with DNS blocked (anything fetched from a CDN fails); skips if absent."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium not on PATH (apt-get install chromium fonts-noto-cjk)")
    return [
        exe,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--virtual-time-budget=8000",
        "--dump-dom",
    ]


def dump_dom(chromium: list[str], page: Path) -> str:
    """The DOM of `page` after its scripts ran, as Chromium serialises it."""
    result = subprocess.run(
        [*chromium, page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    )
    return result.stdout
