"""`kaiju ingest` end to end into a temporary folder: tables, determinism, bad files."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import polars as pl
import pytest

from kaiju_research.cli import main
from kaiju_research.ingest import ingest, make_issue_id
from kaiju_research.tables import INDICATORS_SCHEMA, ISSUES_SCHEMA, ITEMS_SCHEMA, load_tables

from .conftest import RAW_BULLETIN


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(RAW_BULLETIN, folder / RAW_BULLETIN.name)
    return folder


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.parquet"))
    }


def test_cli_ingest_writes_the_tables(raw_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "processed"
    assert main(["ingest", str(raw_dir), "--out", str(out)]) == 0
    assert "1 of 1 files" in capsys.readouterr().out
    tables = load_tables(out)
    issues, items = tables["issues"], tables["items"]
    assert dict(issues.schema) == ISSUES_SCHEMA
    assert dict(items.schema) == ITEMS_SCHEMA
    assert dict(tables["indicators"].schema) == INDICATORS_SCHEMA
    issue = issues.row(0, named=True)
    assert issue["issue_id"] == "hunan-kaiju-bahao-003"
    assert issue["number"] == 3
    assert issue["date"] == dt.date(2026, 4, 1)
    assert issue["source"] == RAW_BULLETIN.name
    assert issue["source_sha256"] == hashlib.sha256(RAW_BULLETIN.read_bytes()).hexdigest()
    assert issue["recipients_fa"] == ["省实施“开局八好”行动各工作专班成员单位", "各市州人民政府"]
    assert issue["n_items"] == 24
    assert items.height == 24
    assert items["seq"].to_list() == list(range(1, 25))
    assert items.filter(pl.col("entity_kind") == "prefecture").height == 14
    assert items.filter(pl.col("entity_kind") == "department").height == 10
    xiangxi = items.filter(pl.col("entity_code") == "433100").row(0, named=True)
    assert xiangxi["entity_name"] == "湘西土家族苗族自治州"
    assert tables["indicators"].height > 100
    assert "清单化管理" in tables["terms"]["term"].to_list()
    assert "430582" in tables["mentions"]["code"].to_list()  # 邵东 in the 生态环境厅 item
    assert pl.read_parquet(out / "errors.parquet").is_empty()


def test_ingest_is_deterministic(raw_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    ingest([raw_dir], first)
    ingest([raw_dir], second)
    assert _digests(first) == _digests(second)
    ingest([raw_dir], first)  # and re-running over existing output
    assert _digests(first) == _digests(second)


def test_a_bad_file_is_named_and_the_rest_is_ingested(raw_dir: Path, tmp_path: Path) -> None:
    (raw_dir / "empty.md").write_bytes(b"")
    (raw_dir / "notes.txt").write_text("会议纪要，没有期号，也没有条目。", encoding="utf-8")
    out = tmp_path / "processed"
    result = ingest([raw_dir], out)
    assert not result.ok
    messages = sorted(str(e) for e in result.errors)
    assert any("empty.md" in m and "empty" in m for m in messages)
    assert any("notes.txt" in m and "no items" in m for m in messages)
    assert result.issues == 1
    errors = pl.read_parquet(out / "errors.parquet")
    assert errors["source"].to_list() == ["empty.md", "notes.txt"]
    assert main(["ingest", str(raw_dir), "--out", str(out)]) == 1


def test_rows_of_a_file_that_breaks_later_are_kept(raw_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "processed"
    ingest([raw_dir], out)
    (raw_dir / RAW_BULLETIN.name).write_bytes(b"\x00\xff\x00binary")
    result = ingest([raw_dir], out)
    assert not result.ok
    assert load_tables(out)["items"].height == 24
    assert "kept the rows" in pl.read_parquet(out / "errors.parquet")["error"][0]


def test_two_files_claiming_one_issue_with_different_content(raw_dir: Path, tmp_path: Path) -> None:
    text = RAW_BULLETIN.read_text(encoding="utf-8")
    (raw_dir / "copy.md").write_text(text, encoding="utf-8")  # an identical copy is fine
    (raw_dir / "zz-changed.md").write_text(text.replace("8.0%", "9.0%"), encoding="utf-8")
    result = ingest([raw_dir], tmp_path / "out")
    assert [e.path for e in result.errors] == [str(raw_dir / "zz-changed.md")]
    assert "hunan-kaiju-bahao-003" in result.errors[0].reason
    assert result.issues == 1


def test_header_less_bulletin_with_number_and_date_given(tmp_path: Path) -> None:
    text = RAW_BULLETIN.read_text(encoding="utf-8")
    body = text[text.index("## 【市州动态】") :]
    (tmp_path / "kaiju.md").write_text(body, encoding="utf-8")
    assert not ingest([tmp_path / "kaiju.md"], tmp_path / "a").ok
    result = ingest(
        [tmp_path / "kaiju.md"], tmp_path / "b", issue_number=4, date=dt.date(2026, 4, 8)
    )
    assert result.ok, result.errors
    issue = load_tables(tmp_path / "b")["issues"].row(0, named=True)
    assert issue["number"] == 4
    assert issue["date"] == dt.date(2026, 4, 8)


def test_number_and_date_from_the_file_name(tmp_path: Path) -> None:
    text = RAW_BULLETIN.read_text(encoding="utf-8")
    body = text[text.index("## 【市州动态】") :]
    path = tmp_path / "kaiju-2026-04-08-004.md"
    path.write_text(body, encoding="utf-8")
    result = ingest([path], tmp_path / "out")
    assert result.ok, result.errors
    issue = load_tables(tmp_path / "out")["issues"].row(0, named=True)
    assert (issue["number"], issue["date"]) == (4, dt.date(2026, 4, 8))


@pytest.mark.parametrize("number", [0, 3, 999, 1234])
def test_issue_ids_are_safe_file_names(number: int) -> None:
    issue_id = make_issue_id("hunan-kaiju-bahao", number)
    assert "/" not in issue_id
    assert ".." not in issue_id


def test_unsafe_issue_id_is_refused() -> None:
    with pytest.raises(ValueError, match="unsafe"):
        make_issue_id("../../etc", 1)


def test_load_tables_before_any_ingest(tmp_path: Path) -> None:
    tables = load_tables(tmp_path)
    assert set(tables) == {
        "issues",
        "items",
        "indicators",
        "terms",
        "mentions",
        "audits",
        "derived",
    }
    assert all(frame.is_empty() for frame in tables.values())


def _variant(number: int) -> str:
    """The real issue under another number: a second bulletin of the same series."""
    text = RAW_BULLETIN.read_text(encoding="utf-8")
    return text.replace("第 3 期", f"第 {number} 期", 1)


def test_unchanged_files_are_not_read_again(raw_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "processed"
    first = ingest([raw_dir], out)
    before = _digests(out)
    second = ingest([raw_dir], out)
    assert (first.reused, second.reused) == (0, 1)
    assert _digests(out) == before


def test_one_file_is_added_without_touching_the_others(raw_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "processed"
    ingest([raw_dir], out)
    extra = tmp_path / "kaiju-004.md"
    extra.write_text(_variant(4), encoding="utf-8")
    result = ingest([extra], out)
    assert result.ok, result.errors
    assert load_tables(out)["issues"]["number"].to_list() == [3, 4]


def test_a_file_removed_from_the_folder_leaves_the_tables(raw_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "processed"
    (raw_dir / "kaiju-004.md").write_text(_variant(4), encoding="utf-8")
    ingest([raw_dir], out)
    assert load_tables(out)["issues"].height == 2
    (raw_dir / "kaiju-004.md").unlink()
    ingest([raw_dir], out)
    assert load_tables(out)["issues"]["number"].to_list() == [3]


def test_a_changed_file_is_read_again(raw_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "processed"
    ingest([raw_dir], out)
    path = raw_dir / RAW_BULLETIN.name
    path.write_text(_variant(5), encoding="utf-8")
    result = ingest([raw_dir], out)
    assert result.reused == 0
    assert load_tables(out)["issues"]["number"].to_list() == [5]


def test_parallel_ingest_matches_serial(tmp_path: Path) -> None:
    """Enough files to use worker processes (spawned: forked polars children can deadlock)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for number in range(1, 21):
        (raw / f"kaiju-{number:03d}.md").write_text(_variant(number), encoding="utf-8")
    parallel = ingest([raw], tmp_path / "parallel", workers=2)
    serial = ingest([raw], tmp_path / "serial", workers=1)
    assert parallel.ok
    assert parallel.issues == serial.issues == 20
    assert _digests(tmp_path / "parallel") == _digests(tmp_path / "serial")


def test_hostile_names_cannot_write_outside_the_output_folder(tmp_path: Path) -> None:
    text = RAW_BULLETIN.read_text(encoding="utf-8")
    hostile = text.replace("湖南省实施“开局八好”行动 工作专刊", "../../../evil/工作专刊", 1)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "evil-003.md").write_text(hostile, encoding="utf-8")
    out = tmp_path / "out"
    result = ingest([raw], out)
    assert result.ok, result.errors
    issue_id = load_tables(out)["issues"]["issue_id"][0]
    assert "/" not in issue_id
    assert ".." not in issue_id
    assert all(out in path.parents for path in result.written.values())
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*") if p.is_file()}
    assert written == {"raw", "out"}
