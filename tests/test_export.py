"""`kaiju export`: CSV with a BOM for Excel, one workbook sheet per table, the dictionary beside."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import polars as pl
import pytest

from kaiju_research.cli import main
from kaiju_research.export import data_dictionary, export_tables, flatten
from kaiju_research.tables import SCHEMAS


@pytest.fixture
def tables() -> dict[str, pl.DataFrame]:
    issues = pl.DataFrame(
        {
            "issue_id": ["x-001"],
            "date": [dt.date(2026, 4, 1)],
            "recipients_fa": [["省实施“开局八好”行动各工作专班成员单位", "各市州人民政府"]],
        }
    )
    items = pl.DataFrame({"issue_id": ["x-001"], "seq": [1], "headline": ["长沙市部署推进工作"]})
    return {"issues": issues, "items": items}


def test_csv_has_a_bom_and_keeps_chinese(tables, tmp_path: Path) -> None:
    written = export_tables(tables, tmp_path, fmt="csv")
    assert sorted(p.name for p in written) == ["data_dictionary.csv", "issues.csv", "items.csv"]
    data = (tmp_path / "items.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "长沙市部署推进工作" in data.decode("utf-8-sig")
    issues = (tmp_path / "issues.csv").read_text(encoding="utf-8-sig")
    assert "省实施“开局八好”行动各工作专班成员单位；各市州人民政府" in issues
    assert "2026-04-01" in issues


def test_xlsx_has_one_sheet_per_table(tables, tmp_path: Path) -> None:
    (workbook,) = export_tables(tables, tmp_path, fmt="xlsx")
    with zipfile.ZipFile(workbook) as archive:
        names = archive.read("xl/workbook.xml").decode("utf-8")
    for sheet in ("issues", "items", "data_dictionary"):
        assert f'name="{sheet}"' in names


def test_unknown_format_is_refused(tables, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        export_tables(tables, tmp_path, fmt="sav")


def test_dictionary_covers_every_table_column() -> None:
    dictionary = data_dictionary()
    for table, schema in SCHEMAS.items():
        documented = dictionary.filter(pl.col("table") == table)["column"].to_list()
        assert documented == list(schema), table


def test_flatten_leaves_no_list_column(tables) -> None:
    flat = flatten(tables["issues"])
    assert flat.schema["recipients_fa"] == pl.String


def test_export_before_ingest_says_what_to_do(tmp_path: Path, capsys) -> None:
    assert main(["export", "--processed", str(tmp_path)]) == 1
    assert "kaiju ingest" in capsys.readouterr().err
