"""The same bulletin as text, PDF, Word or web page yields the same items and indicators.

The PDF, DOCX and HTML versions of the real issue 3 are built here by code (reportlab with its
built-in CJK font, python-docx, an article page template): no binaries are committed.
"""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

from kaiju_research.ingest import ingest
from kaiju_research.tables import load_tables

from . import docmaker
from .conftest import RAW_BULLETIN

INDICATOR_KEY = ["seq", "raw", "value", "unit", "measure", "period_start", "period_end"]


def _squeeze(frame: pl.DataFrame, *columns: str) -> pl.DataFrame:
    return frame.with_columns(pl.col(c).str.replace_all(r"\s", "") for c in columns)


@pytest.fixture(scope="module")
def markdown() -> str:
    return RAW_BULLETIN.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def text_tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    out = tmp_path_factory.mktemp("text")
    assert ingest([RAW_BULLETIN], out).ok
    return load_tables(out)


def _build(kind: str, markdown: str, folder: Path) -> Path:
    if kind == "pdf":
        return docmaker.build_pdf(folder / "bulletin.pdf", docmaker.plain_blocks(markdown))
    if kind == "pdf-justified":
        return docmaker.build_pdf(
            folder / "bulletin.pdf", docmaker.plain_blocks(markdown), justify=True
        )
    if kind == "docx":
        return docmaker.build_docx(folder / "bulletin.docx", markdown)
    page = docmaker.article_page(
        "湖南省实施“开局八好”行动 工作专刊", docmaker.markdown_blocks(markdown)
    )
    path = folder / "bulletin.html"
    path.write_text(page, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["pdf", "pdf-justified", "docx", "html"])
def test_same_items_and_indicators_in_every_format(
    kind: str, markdown: str, text_tables, tmp_path: Path
) -> None:
    source = _build(kind, markdown, tmp_path)
    result = ingest([source], tmp_path / "out")
    assert result.ok, result.errors
    tables = load_tables(tmp_path / "out")
    issue = tables["issues"].row(0, named=True)
    expected_issue = text_tables["issues"].row(0, named=True)
    for column in ("issue_id", "number", "date", "issuer", "recipients_fa", "contact_email"):
        assert issue[column] == expected_issue[column], column
    columns = ["seq", "section", "entity_code", "headline", "text"]
    got = _squeeze(tables["items"].select(columns), "headline", "text")
    expected = _squeeze(text_tables["items"].select(columns), "headline", "text")
    assert got.to_dicts() == expected.to_dicts()
    got_ind = tables["indicators"].select(INDICATOR_KEY)
    expected_ind = text_tables["indicators"].select(INDICATOR_KEY)
    if kind == "docx" or kind.startswith("pdf"):
        # Offsets may move by the blank line inside an item's text; values may not.
        got_ind, expected_ind = got_ind.drop("raw"), expected_ind.drop("raw")
    assert got_ind.to_dicts() == expected_ind.to_dicts()


def test_full_width_digits_give_the_same_indicators(markdown: str, text_tables, tmp_path) -> None:
    wide = re.sub(r"[0-9%.]", lambda m: chr(ord(m.group(0)) + 0xFEE0), markdown)
    path = tmp_path / "wide.md"
    path.write_text(wide, encoding="gb18030")
    assert ingest([path], tmp_path / "out").ok
    got = load_tables(tmp_path / "out")["indicators"].select(INDICATOR_KEY)
    assert got.to_dicts() == text_tables["indicators"].select(INDICATOR_KEY).to_dicts()
