"""Shared fixtures: the real bulletin, copied into the repository from the shared corpus."""

from __future__ import annotations

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
