"""Charts through their Vega-Lite specs (`chart.to_dict()`): marks, encodings, data, config."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from kaiju_research import charts
from kaiju_research.entities import prefectures


def make_items(rows: list[tuple[str, str, str, str, str]]) -> pl.DataFrame:
    """Items with the tables schema's columns; rows are (kind, code, name, name_en, headline)."""
    n = len(rows)
    return pl.DataFrame(
        {
            "issue_id": ["test-001"] * n,
            "seq": list(range(1, n + 1)),
            "section": ["市州动态" if r[0] == "prefecture" else "厅局动态" for r in rows],
            "entity_kind": [r[0] for r in rows],
            "entity_code": [r[1] for r in rows],
            "entity_name": [r[2] for r in rows],
            "entity_name_en": [r[3] for r in rows],
            "headline": [r[4] for r in rows],
            "body": ["正文。" * (i + 1) for i in range(n)],
            "text": [r[4] + "正文。" * (i + 1) for i, r in enumerate(rows)],
        },
        schema_overrides={"seq": pl.Int64},
    )


ITEMS = make_items(
    [
        ("prefecture", "430100", "长沙市", "Changsha", "长沙市部署<script>x</script>"),
        ("prefecture", "433100", "湘西土家族苗族自治州", "Xiangxi", "湘西州深化企业服务"),
        ("prefecture", "430100", "长沙市", "Changsha", "长沙市又一条"),
        ("department", "D-FIN", "湖南省财政厅", "Department of Finance", "省财政厅推动"),
        ("department", "D-NDRC", "湖南省发展和改革委员会", "Development and Reform", "省发改委"),
        ("other", "", "某公司", "", "某公司"),
    ]
)


def dataset(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The single inline dataset of a spec."""
    (values,) = spec["datasets"].values()
    return values


def assert_cjk_fonts(spec: dict[str, Any]) -> None:
    assert spec["config"]["font"].startswith('"Noto Sans CJK SC", "Microsoft YaHei"')
    assert "PingFang SC" in spec["config"]["font"]
    assert spec["config"]["font"].endswith("sans-serif")


def test_tile_positions_cover_the_14_prefectures_once() -> None:
    codes = set(prefectures()["code"].to_list())
    assert set(charts.TILE_POSITIONS) == codes
    assert len(codes) == 14
    cells = list(charts.TILE_POSITIONS.values())
    assert len(set(cells)) == len(cells), "two prefectures share a tile"


@pytest.mark.parametrize(
    ("code", "row", "col"),
    [
        ("430600", 0, 3),  # 岳阳 north-east: top row, east column
        ("433100", 1, 0),  # 湘西 west column
        ("431000", 4, 3),  # 郴州 south-east: bottom row, east column
    ],
)
def test_tile_positions_follow_geography(code: str, row: int, col: int) -> None:
    assert charts.TILE_POSITIONS[code] == (row, col)


def test_coverage_tile_map_spec() -> None:
    spec = charts.coverage_tile_map(ITEMS, prefectures()).to_dict()
    tiles, labels = spec["layer"]
    assert tiles["mark"]["type"] == "rect"
    assert labels["mark"]["type"] == "text"
    for layer in (tiles, labels):  # both layers: same grid, same tooltips
        enc = layer["encoding"]
        assert (enc["x"]["field"], enc["y"]["field"]) == ("col", "row")
        assert enc["x"]["title"]
        assert enc["y"]["title"]
        fields = {t["field"] for t in enc["tooltip"]}
        assert fields == {"name", "name_en", "status", "headlines"}
    assert tiles["encoding"]["color"]["field"] == "status"
    assert labels["encoding"]["text"]["field"] == "short_name"
    assert "2 / 14" in spec["title"]["text"]
    assert_cjk_fonts(spec)


def test_coverage_tile_map_has_14_tiles_with_the_right_flags() -> None:
    rows = dataset(charts.coverage_tile_map(ITEMS, prefectures()).to_dict())
    assert len(rows) == 14
    by_code = {r["code"]: r for r in rows}
    reported = {code for code, r in by_code.items() if r["status"] == charts.REPORTED}
    assert reported == {"430100", "433100"}
    assert by_code["430100"]["n_items"] == 2
    assert by_code["430100"]["headlines"] == "长沙市部署<script>x</script>；长沙市又一条"
    assert by_code["430100"]["name_en"] == "Changsha"
    assert by_code["431300"]["status"] == charts.NOT_REPORTED
    assert (by_code["430600"]["row"], by_code["430600"]["col"]) == (0, 3)


def test_coverage_tile_map_with_no_items_reports_nobody() -> None:
    rows = dataset(charts.coverage_tile_map(ITEMS.clear(), prefectures()).to_dict())
    assert len(rows) == 14
    assert {r["status"] for r in rows} == {charts.NOT_REPORTED}


def test_department_coverage_spec() -> None:
    spec = charts.department_coverage(ITEMS).to_dict()
    assert spec["mark"]["type"] == "bar"
    enc = spec["encoding"]
    assert enc["x"]["field"] == "n_chars"
    assert enc["y"]["field"] == "entity_name"
    # bulletin order, not alphabetical
    assert enc["y"]["sort"] == ["湖南省财政厅", "湖南省发展和改革委员会"]
    assert enc["x"]["title"]
    assert enc["y"]["title"]
    assert {t["field"] for t in enc["tooltip"]} >= {"entity_name", "entity_name_en", "headlines"}
    assert "2 个部门" in spec["title"]["text"]
    rows = dataset(spec)
    assert [r["entity_code"] for r in rows] == ["D-FIN", "D-NDRC"]
    assert all(r["n_items"] == 1 for r in rows)
    assert_cjk_fonts(spec)


def test_department_coverage_without_departments_is_an_empty_valid_chart() -> None:
    spec = charts.department_coverage(ITEMS.filter(pl.col("entity_kind") != "department"))
    assert dataset(spec.to_dict()) == []
