"""The README stays true: its data dictionary names every column, its make targets exist."""

from __future__ import annotations

import re

import pytest

from kaiju_research.tables import ERRORS_SCHEMA, SCHEMAS

from .conftest import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")


def _dictionary(table: str) -> list[str]:
    section = README.split(f"### `{table}.parquet`", 1)[1].split("\n### ", 1)[0]
    section = section.split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_0-9]+)` \|", section, re.MULTILINE)


@pytest.mark.parametrize("table", [*SCHEMAS, "errors"])
def test_data_dictionary_matches_the_schema(table: str) -> None:
    schema = ERRORS_SCHEMA if table == "errors" else SCHEMAS[table]
    assert _dictionary(table) == list(schema)


def test_readme_meanings_match_the_packaged_dictionary() -> None:
    """`kaiju export` ships dictionary.csv; it must say what the README says."""
    from kaiju_research.export import data_dictionary

    for row in data_dictionary().iter_rows(named=True):
        line = f"| `{row['column']}` | {row['type']} | {row['meaning']} |"
        assert line in README, line


def test_two_commands_come_first() -> None:
    first_block = README.split("```bash", 1)[1].split("```", 1)[0]
    assert "make reports" in first_block
    assert "make test" in first_block


def test_every_make_target_in_the_readme_exists() -> None:
    targets = set(re.findall(r"^([a-z-]+):", MAKEFILE, re.MULTILINE))
    for target in set(re.findall(r"`make ([a-z-]+)`", README)):
        assert target in targets, target


def test_ci_runs_make_test() -> None:
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
