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


# =========================================================================== indicators
#
# Fixture: items of the real issue 3 (parsed from data/raw/), and indicator rows written by hand
# the way the indicators table states them, with offsets found in the item text.

import datetime as dt  # noqa: E402

from kaiju_research.parse import parse_bulletin  # noqa: E402
from kaiju_research.tables import items_frame  # noqa: E402
from tests.conftest import RAW_BULLETIN  # noqa: E402

ISSUE3 = "hunan-kaiju-bahao-003"
ISSUE3_DATE = dt.date(2026, 4, 1)
Q1 = (dt.date(2026, 1, 1), dt.date(2026, 3, 31), "一季度")
JAN_FEB = (dt.date(2026, 1, 1), dt.date(2026, 2, 28), "1—2月")
TO_MARCH = (None, dt.date(2026, 3, 31), "截至3月底")
NO_PERIOD = (None, None, None)

# (seq, raw, value, unit, measure, subject, comparison, modality, bound, period)
ISSUE3_FIGURES: list[tuple[Any, ...]] = [
    (
        1,
        "400家",
        400.0,
        "家",
        "level",
        "新增规上服务业单位",
        None,
        "target",
        "exact",
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31), "2026年"),
    ),
    (1, "140家", 140.0, "家", "level", "新增规上服务业企业", None, "actual", "exact", TO_MARCH),
    (1, "28.9%", 28.9, "%", "share", "占全市新增规上企业", None, "actual", "exact", TO_MARCH),
    (
        2,
        "42亿元",
        4.2e9,
        "元",
        "level",
        "营收",
        None,
        "estimate",
        "exact",
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31), "2026年"),
    ),
    (2, "8.0%", 8.0, "%", "growth", "规模工业增加值", "yoy", "actual", "exact", JAN_FEB),
    (2, "第2", 2.0, "rank", "rank", "规模工业增加值", None, "actual", "exact", JAN_FEB),
    (
        6,
        "114.28亿元",
        11428000000.0,
        "元",
        "level",
        "省重点项目投资",
        None,
        "estimate",
        "exact",
        TO_MARCH,
    ),
    (6, "29.1%", 29.1, "%", "share", "省重点项目投资", None, "estimate", "exact", TO_MARCH),
    (8, "18.44万人", 184400.0, "人", "level", "接待入境游客", None, "actual", "exact", Q1),
    (8, "9.17%", 9.17, "%", "growth", "接待入境游客", "yoy", "actual", "exact", Q1),
    (8, "1.03亿美元", 103000000.0, "美元", "level", "入境旅游总花费", None, "actual", "exact", Q1),
    (8, "11.05%", 11.05, "%", "growth", "入境旅游总花费", "yoy", "actual", "exact", Q1),
    (12, "6.5%", 6.5, "%", "growth", "规模以上工业增加值", "yoy", "actual", "exact", JAN_FEB),
    (12, "第5", 5.0, "rank", "rank", "规模以上工业增加值增速", None, "actual", "exact", JAN_FEB),
    (12, "0.2", 0.2, "pp", "pp", "规模以上工业增加值增速", "national", "actual", "exact", JAN_FEB),
    (
        12,
        "6.2个百分点",
        6.2,
        "pp",
        "pp",
        "规模以上工业增加值增速",
        "provincial",
        "actual",
        "exact",
        JAN_FEB,
    ),
    (13, "88.44万亩", 884400.0, "亩", "level", "早稻育秧", None, "actual", "exact", NO_PERIOD),
    (13, "98.6%", 98.6, "%", "share", "早稻育秧进度", None, "actual", "exact", NO_PERIOD),
    (13, "57.5%", 57.5, "%", "share", "翻耕大田进度", None, "actual", "exact", NO_PERIOD),
    (16, "988.4亿元", 98840000000.0, "元", "level", "全省地方收入", None, "actual", "exact", Q1),
    (16, "1.3%", 1.3, "%", "growth", "全省地方收入", None, "actual", "exact", Q1),
    (16, "1.8个百分点", 1.8, "pp", "pp", "地方税收增速", "prior_period", "actual", "exact", Q1),
    (16, "42.1%", 42.1, "%", "share", "非税占比", None, "actual", "exact", Q1),
    (18, "135.5亿元", 13550000000.0, "元", "level", "高速公路投资", None, "actual", "exact", Q1),
    (18, "18.2%", 18.2, "%", "growth", "高速公路投资", "yoy", "actual", "exact", Q1),
    (18, "19.6个百分点", 19.6, "pp", "pp", "高速公路投资增速", "national", "actual", "exact", Q1),
    (20, "第2", 2.0, "rank", "rank", "城镇调查失业率", None, "actual", "exact", JAN_FEB),
    (20, "9.84万人", 98400.0, "人", "level", "全省城镇新增就业", None, "actual", "exact", JAN_FEB),
    (20, "14.1%", 14.1, "%", "share", "年度任务", None, "actual", "exact", JAN_FEB),
    (
        21,
        "65%",
        65.0,
        "%",
        "share",
        "新开工装配式建筑面积占比",
        None,
        "target",
        "exact",
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31), "今年"),
    ),
    (21, "86.5%", 86.5, "%", "growth", "装配式建筑产值", "yoy", "actual", "exact", JAN_FEB),
    (
        21,
        "232.1万平方米",
        2321000.0,
        "平方米",
        "level",
        "全省城镇新开工装配式建筑面积",
        None,
        "actual",
        "exact",
        JAN_FEB,
    ),
]


def issue3_items() -> pl.DataFrame:
    """The items table's rows for the real issue 3, built from the parser (no ingest needed)."""
    bulletin = parse_bulletin(RAW_BULLETIN.read_text(encoding="utf-8"))
    return items_frame(bulletin, issue_id=ISSUE3)


def make_indicators(
    items: pl.DataFrame, figures: list[tuple[Any, ...]], issue_id: str = ISSUE3
) -> pl.DataFrame:
    """Indicator rows (contract schema) for `figures`; `start` is the first occurrence of raw
    in the item's text after the previous figure of the same item, `sentence` its sentence."""
    texts = dict(zip(items["seq"].to_list(), items["text"].to_list(), strict=True))
    codes = dict(zip(items["seq"].to_list(), items["entity_code"].to_list(), strict=True))
    cursor: dict[int, int] = {}
    rows = []
    for seq, raw, value, unit, measure, subject, comparison, modality, bound, period in figures:
        text = texts[seq]
        start = text.find(raw, cursor.get(seq, 0))
        assert start >= 0, (seq, raw)
        end = start + len(raw)
        cursor[seq] = end
        left = max(text.rfind("。", 0, start), text.rfind("；", 0, start)) + 1
        right = text.find("。", end)
        rows.append(
            {
                "issue_id": issue_id,
                "seq": seq,
                "entity_code": codes[seq],
                "raw": raw,
                "start": start,
                "end": end,
                "value": value,
                "unit": unit,
                "measure": measure,
                "modality": modality,
                "bound": bound,
                "comparison": comparison,
                "period_start": period[0],
                "period_end": period[1],
                "period_label": period[2],
                "subject": subject,
                "sentence": text[left : right if right >= 0 else len(text)],
                "subject_en": None,
            }
        )
    return pl.DataFrame(rows, schema=charts.INDICATOR_COLUMNS)


@pytest.fixture(scope="module")
def items3() -> pl.DataFrame:
    return issue3_items()


@pytest.fixture(scope="module")
def ind3(items3: pl.DataFrame) -> pl.DataFrame:
    return make_indicators(items3, ISSUE3_FIGURES)


def layers_by_mark(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for layer in spec["layer"]:
        mark = layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]
        out.setdefault(mark, []).append(layer)
    return out


def layer_data(spec: dict[str, Any], layer: dict[str, Any]) -> list[dict[str, Any]]:
    return spec["datasets"][layer["data"]["name"]]


def tooltip_fields(encoding: dict[str, Any]) -> set[str]:
    return {t["field"] for t in encoding["tooltip"]}


def assert_no_data_chart(spec: dict[str, Any]) -> None:
    assert spec["mark"]["type"] == "text"
    (row,) = dataset(spec)
    assert "no data" in row["message"]
    assert spec["title"]["text"]
    assert_cjk_fonts(spec)


def test_fixture_offsets_point_at_raw(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    texts = dict(zip(items3["seq"].to_list(), items3["text"].to_list(), strict=True))
    for row in ind3.iter_rows(named=True):
        assert texts[row["seq"]][row["start"] : row["end"]] == row["raw"]


def test_indicator_rows_join_entities_and_clauses(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    rows = charts.indicator_rows(ind3, items3)
    assert rows.height == ind3.height
    yueyang = rows.filter(pl.col("raw") == "29.1%").row(0, named=True)
    assert yueyang["entity"] == "岳阳市"
    assert yueyang["clause"] == "占年计划的29.1%"
    assert yueyang["period"] == "截至3月底"
    assert yueyang["modality_label"] == "预计"
    en = charts.indicator_rows(ind3, items3, lang="en").filter(pl.col("raw") == "29.1%")
    assert en["entity"].item() == "Yueyang"
    assert en["modality_label"].item() == "estimate"


def test_growth_chart_spec(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    spec = charts.growth_chart(ind3, items3).to_dict()
    marks = layers_by_mark(spec)
    (bars,) = marks["bar"]
    enc = bars["encoding"]
    assert enc["x"]["field"] == "value"
    assert "%" in enc["x"]["title"]
    assert enc["y"]["field"] == "row"
    assert enc["y"]["title"]
    assert tooltip_fields(enc) >= {
        "entity",
        "subject_label",
        "period",
        "comparison_label",
        "sentence",
    }
    rows = layer_data(spec, bars)
    values = [r["value"] for r in rows]
    assert values == sorted(values, reverse=True)
    assert len(rows) == 7
    assert enc["y"]["sort"] == [r["row"] for r in rows]
    assert rows[0]["row"] == "湖南省住房和城乡建设厅 · 装配式建筑产值"
    assert "7 项, 6 个主体" in spec["title"]["text"]
    assert_cjk_fonts(spec)


def test_growth_benchmarks_are_growth_minus_pp(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    marks = charts.growth_benchmarks(ind3, items3)
    by_scope = {(r["row"], r["scope"]): r for r in marks.iter_rows(named=True)}
    assert set(by_scope) == {
        ("怀化市 · 规模以上工业增加值", "national"),
        ("怀化市 · 规模以上工业增加值", "provincial"),
        ("湖南省交通运输厅 · 高速公路投资", "national"),
    }
    assert by_scope["怀化市 · 规模以上工业增加值", "national"]["benchmark"] == pytest.approx(6.3)
    assert by_scope["怀化市 · 规模以上工业增加值", "provincial"]["benchmark"] == pytest.approx(0.3)
    assert by_scope["湖南省交通运输厅 · 高速公路投资", "national"]["benchmark"] == pytest.approx(
        -1.4
    )
    assert by_scope["湖南省交通运输厅 · 高速公路投资", "national"]["label"] == "全国 -1.4%"
    # prior_period pp (较2月份上升1.8个百分点) is not a benchmark
    assert "省财政厅" not in " ".join(marks["row"].to_list())
    spec = charts.growth_chart(ind3, items3).to_dict()
    (tick,) = layers_by_mark(spec)["tick"]
    assert tick["encoding"]["x"]["field"] == "benchmark"
    assert {r["label"] for r in layer_data(spec, tick)} == {"全国 6.3%", "全省 0.3%", "全国 -1.4%"}
    (text,) = layers_by_mark(spec)["text"]
    assert text["encoding"]["text"]["field"] == "value_label"
    labels = {r["row"]: r["value_label"] for r in layer_data(spec, text)}
    assert labels["怀化市 · 规模以上工业增加值"] == "6.5  (全国 6.3% · 全省 0.3%)"
    assert labels["湖南省交通运输厅 · 高速公路投资"] == "18.2  (全国 -1.4%)"
    assert labels["衡阳市 · 规模工业增加值"] == "8.0"


def test_growth_chart_english(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    spec = charts.growth_chart(ind3, items3, lang="en").to_dict()
    assert spec["title"]["text"].startswith("Growth rates: 7 figures from 6 entities")
    (bars,) = layers_by_mark(spec)["bar"]
    rows = layer_data(spec, bars)
    assert rows[0]["entity"] == "Hunan Provincial Department of Housing and Urban-Rural Development"
    assert {r["comparison_label"] for r in rows} == {"year on year", "not stated"}
    assert bars["encoding"]["color"]["scale"]["domain"] == ["year on year", "not stated"]
    assert "国" not in bars["encoding"]["x"]["title"]


def test_rank_chart_spec(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    spec = charts.rank_chart(ind3, items3).to_dict()
    marks = layers_by_mark(spec)
    (dot,) = marks["circle"]
    (stem,) = marks["rule"]
    enc = dot["encoding"]
    assert enc["x"]["field"] == "value"
    assert enc["x"]["scale"]["domain"][0] == 1  # rank 1 at the left
    assert stem["encoding"]["x2"]["field"] == "first"
    assert enc["x"]["title"]
    assert enc["y"]["title"]
    assert tooltip_fields(enc) >= {"entity", "sentence", "rank_text", "scope"}
    rows = dataset(spec)
    assert [r["value"] for r in rows] == [2.0, 2.0, 5.0]  # best first = top
    assert enc["y"]["sort"] == [r["row"] for r in rows]
    assert [r["scope"] for r in rows] == ["全省", "中部省份", "全省"]
    assert rows[0]["rank_text"] == "第2"
    assert rows[0]["rank_label"] == "第2（全省）"
    assert rows[0]["row"] == "衡阳市 · 规模工业增加值"
    assert "3 项" in spec["title"]["text"]
    assert_cjk_fonts(spec)


def test_rank_from_the_bottom_is_left_out_of_the_rank_chart(
    ind3: pl.DataFrame, items3: pl.DataFrame
) -> None:
    # `倒数第2` (value -2) cannot be drawn from first place: the size of the field is unknown
    bottom = (
        ind3.filter(pl.col("measure") == "rank").head(1).with_columns(pl.lit(-2.0).alias("value"))
    )
    spec = charts.rank_chart(pl.concat([ind3, bottom]), items3).to_dict()
    assert [r["value"] for r in dataset(spec)] == [2.0, 2.0, 5.0]


def test_progress_chart_spec_and_reference_line(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    spec = charts.progress_chart(ind3, items3, ISSUE3_DATE).to_dict()
    marks = layers_by_mark(spec)
    track, bar = marks["bar"]
    assert track["encoding"]["x2"]["field"] == "full"
    assert bar["encoding"]["x"]["field"] == "value"
    assert bar["encoding"]["x"]["scale"]["domain"] == [0, 100.0]
    assert "%" in bar["encoding"]["x"]["title"]
    assert tooltip_fields(bar["encoding"]) >= {"entity", "subject_label", "clause", "sentence"}
    rows = layer_data(spec, bar)
    # plan shares only: not 占全市新增规上企业的28.9%, not 非税占比, not the 65% target
    assert sorted(r["raw"] for r in rows) == ["14.1%", "29.1%", "57.5%", "98.6%"]
    (rule,) = marks["rule"]
    (ref,) = layer_data(spec, rule)
    assert ref["elapsed"] == pytest.approx(100 * 90 / 365)  # 2026-04-01: 90 days of 365 gone
    assert round(ref["elapsed"], 1) == 24.7
    assert "24.7%" in spec["title"]["subtitle"]
    assert_cjk_fonts(spec)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(2026, 1, 1), 0.0),
        (dt.date(2026, 4, 1), 100 * 90 / 365),
        (dt.date(2024, 12, 31), 100 * 365 / 366),  # leap year
        (dt.date(2026, 7, 2), 100 * 182 / 365),
    ],
)
def test_year_elapsed(date: dt.date, expected: float) -> None:
    assert charts.year_elapsed(date) == pytest.approx(expected)


def test_levels_chart_spec(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    spec = charts.levels_chart(ind3, items3).to_dict()
    panels = spec["vconcat"]
    data = charts.levels_frame(ind3, items3)
    units = data["unit"].unique(maintain_order=True).to_list()
    assert units[0] == "元"  # most figures first
    assert set(units) == {"元", "家", "人", "美元", "亩", "平方米"}
    assert len(panels) == len(units)
    for unit, panel in zip(units, panels, strict=True):
        assert panel["mark"]["type"] == "circle"
        enc = panel["encoding"]
        assert enc["x"]["scale"]["type"] == "log"
        assert unit in enc["x"]["title"]  # the unit is in the axis title
        assert enc["y"]["field"] == "entity"
        assert tooltip_fields(enc) >= {"entity", "subject_label", "raw", "period", "sentence"}
        assert {r["unit"] for r in spec["datasets"][panel["data"]["name"]]} == {unit}
    assert "亿" in panels[0]["encoding"]["x"]["axis"]["labelExpr"]
    yuan = spec["datasets"][panels[0]["data"]["name"]]
    assert yuan[0]["raw"] == "988.4亿元"
    assert yuan[0]["value"] == 98840000000.0
    assert_cjk_fonts(spec)
    en = charts.levels_chart(ind3, items3, lang="en").to_dict()
    assert "yuan" in en["vconcat"][0]["encoding"]["x"]["title"]
    assert "bn" in en["vconcat"][0]["encoding"]["x"]["axis"]["labelExpr"]


@pytest.mark.parametrize("name", ["growth", "rank", "progress", "levels"])
@pytest.mark.parametrize("frame", ["empty", "none", "other-measures"])
def test_indicator_charts_without_data_say_so(
    name: str, frame: str, ind3: pl.DataFrame, items3: pl.DataFrame
) -> None:
    indicators = {
        "empty": ind3.clear(),
        "none": None,
        "other-measures": ind3.filter(pl.col("measure") == "bound-to-match-nothing"),
    }[frame]
    build = {
        "growth": lambda: charts.growth_chart(indicators, items3),
        "rank": lambda: charts.rank_chart(indicators, items3),
        "progress": lambda: charts.progress_chart(indicators, items3, ISSUE3_DATE),
        "levels": lambda: charts.levels_chart(indicators, items3),
    }[name]
    assert_no_data_chart(build().to_dict())


def test_indicator_charts_accept_a_frame_without_optional_columns(
    ind3: pl.DataFrame, items3: pl.DataFrame
) -> None:
    slim = ind3.drop("subject_en", "period_label")
    spec = charts.growth_chart(slim, items3, lang="en").to_dict()
    (bars,) = layers_by_mark(spec)["bar"]
    assert len(layer_data(spec, bars)) == 7


def test_chart_data_keeps_markup_as_text(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    evil = ind3.with_columns(
        pl.lit("<script>alert(1)</script>").alias("subject"),
        pl.lit("<b>sentence</b>").alias("sentence"),
    )
    spec = charts.growth_chart(evil, items3).to_dict()
    (bars,) = layers_by_mark(spec)["bar"]
    rows = layer_data(spec, bars)
    assert rows[0]["subject_label"] == "<script>alert(1)</script>"  # data; escaped by the renderer


# =========================================================================== series


def series_tables(items3: pl.DataFrame, ind3: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Issue 3 and a made-up issue 4 (a week later) with some of the same figures."""
    issues = pl.DataFrame(
        {
            "issue_id": [ISSUE3, "hunan-kaiju-bahao-004"],
            "series": ["湖南省实施“开局八好”行动 工作专刊"] * 2,
            "number": [3, 4],
            "date": [ISSUE3_DATE, dt.date(2026, 4, 8)],
            "issuer": ["省实施“开局八好”行动综合协调组"] * 2,
            "n_items": [24, 2],
        },
        schema_overrides={"number": pl.Int64, "n_items": pl.Int64},
    )
    items4 = items3.filter(pl.col("seq").is_in([2, 12])).with_columns(
        pl.lit("hunan-kaiju-bahao-004").alias("issue_id"),
        pl.int_range(1, 3, dtype=pl.Int64).alias("seq"),
    )
    ind4 = ind3.filter(pl.col("seq").is_in([2, 12]) & (pl.col("measure") == "growth")).with_columns(
        pl.lit("hunan-kaiju-bahao-004").alias("issue_id"),
        pl.when(pl.col("seq") == 2).then(1).otherwise(2).cast(pl.Int64).alias("seq"),
        (pl.col("value") + 0.5).alias("value"),
        pl.lit(dt.date(2026, 3, 31)).alias("period_end"),
        pl.lit("一季度").alias("period_label"),
    )
    return {
        "issues": issues,
        "items": pl.concat([items3, items4]),
        "indicators": pl.concat([ind3, ind4]),
    }


def test_issues_timeline_spec(items3: pl.DataFrame, ind3: pl.DataFrame) -> None:
    tables = series_tables(items3, ind3)
    spec = charts.issues_timeline(tables["issues"]).to_dict()
    line, point = spec["layer"]
    assert line["mark"]["type"] == "line"
    assert point["mark"]["type"] == "point"
    enc = spec["encoding"] if "encoding" in spec else line["encoding"]
    assert (enc["x"]["field"], enc["x"]["type"]) == ("date", "temporal")
    assert enc["y"]["field"] == "number"
    assert enc["x"]["title"]
    assert enc["y"]["title"]
    assert tooltip_fields(enc) >= {"series", "number", "date", "n_items"}
    assert [r["date"] for r in dataset(spec)] == ["2026-04-01", "2026-04-08"]
    assert "2 期" in spec["title"]
    assert_cjk_fonts(spec)
    assert_no_data_chart(charts.issues_timeline(tables["issues"].clear()).to_dict())


def test_coverage_matrix_spec(items3: pl.DataFrame, ind3: pl.DataFrame) -> None:
    tables = series_tables(items3, ind3)
    spec = charts.coverage_matrix(tables["items"], tables["issues"]).to_dict()
    assert spec["mark"]["type"] == "rect"
    enc = spec["encoding"]
    assert enc["x"]["field"] == "issue"
    assert enc["x"]["sort"] == ["第3期 2026-04-01", "第4期 2026-04-08"]
    assert enc["y"]["field"] == "entity"
    assert enc["y"]["sort"][0] == "长沙市"  # prefectures by code, then departments
    assert enc["color"]["field"] == "n_items"
    assert tooltip_fields(enc) >= {"entity", "issue", "n_items", "headlines"}
    rows = dataset(spec)
    assert len(rows) == 24 + 2
    assert "24 个主体 × 2 期" in spec["title"]
    assert_cjk_fonts(spec)
    assert_no_data_chart(
        charts.coverage_matrix(tables["items"].clear(), tables["issues"].clear()).to_dict()
    )


def test_subject_trends_spec(items3: pl.DataFrame, ind3: pl.DataFrame) -> None:
    tables = series_tables(items3, ind3)
    spec = charts.subject_trends(tables["indicators"], tables["items"], tables["issues"]).to_dict()
    assert spec["facet"]["field"] == "indicator"
    line, point = spec["spec"]["layer"]
    assert line["mark"]["type"] == "line"
    assert point["mark"]["type"] == "point"
    enc = spec["spec"]["encoding"] if "encoding" in spec["spec"] else line["encoding"]
    assert enc["x"]["field"] == "x"
    assert enc["y"]["field"] == "value"
    assert enc["color"]["field"] == "entity"
    assert tooltip_fields(enc) >= {"entity", "period", "issue", "sentence"}
    rows = dataset(spec)
    panels = list(dict.fromkeys(r["indicator"] for r in rows))
    # 规模工业增加值 (衡阳) and 规模以上工业增加值 (怀化) are one indicator, in both issues
    assert panels[0] == "规模工业增加值（增速，%）"
    first = [r for r in rows if r["indicator"] == panels[0]]
    assert {(r["entity"], r["x"]) for r in first} == {
        ("衡阳市", "2026-02-28"),
        ("怀化市", "2026-02-28"),
        ("衡阳市", "2026-03-31"),
        ("怀化市", "2026-03-31"),
    }
    assert_cjk_fonts(spec)


def test_subject_trends_with_one_issue_compares_entities(
    items3: pl.DataFrame, ind3: pl.DataFrame
) -> None:
    tables = series_tables(items3, ind3)
    issues = tables["issues"].head(1)
    data = charts.trend_frame(ind3, items3, issues)
    assert data["indicator"].unique().to_list() == ["规模工业增加值（增速，%）"]
    assert_no_data_chart(charts.subject_trends(None, items3, issues).to_dict())


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("全市规模以上工业增加值", "规模工业增加值"),
        ("规模工业增加值", "规模工业增加值"),
        ("全省城镇新增就业", "城镇新增就业"),
        ("新增规上服务业企业", "新增规模服务业企业"),
        (None, ""),
    ],
)
def test_subject_key(subject: str | None, key: str) -> None:
    assert charts.subject_key(subject) == key
