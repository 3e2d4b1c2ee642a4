"""Charts: pure functions from polars frames to Altair charts, one function per chart.

Nothing here reads files: the report notebook loads the tables and the reference data and
passes them in, so every chart can be tested through `chart.to_dict()` on tiny fixture frames.

Every chart carries a title, axis titles, tooltips and a font list that can show Chinese text
(Vega draws text on a canvas/SVG with the browser's fonts; without a CJK family first in the list
some systems fall back to a font without Han glyphs and draw boxes).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, Final

import altair as alt
import polars as pl

from kaiju_research.extract import INDICATOR_SCHEMA

# CSS-style font list: Noto (Linux, and the headless Chromium used in tests), YaHei (Windows),
# PingFang (macOS), then whatever the browser has.
CJK_FONT: Final = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif'

REPORTED: Final = "已报送 reported"
NOT_REPORTED: Final = "未报送 not reported"
_COLOR_REPORTED: Final = "#2b6cb0"
_COLOR_NOT_REPORTED: Final = "#e2e8f0"

# Hand-set tile grid of Hunan's 14 prefecture-level divisions: GB/T 2260 code -> (row, col),
# row 0 = north, col 0 = west. Placed from the approximate longitude/latitude of each seat
# (e.g. 岳阳 113.1°E 29.4°N north-east, 湘西/吉首 109.7°E west, 郴州 113.0°E 25.8°N south-east),
# then nudged so that no two tiles share a cell. It lives in code, not in a CSV beside the
# reference tables, because it is presentation (it only means something to this chart) and is
# small enough to review at a glance; names come from `entities.prefectures()` so they are
# never duplicated here. A test checks it covers exactly the 14 reference codes.
TILE_POSITIONS: Final[dict[str, tuple[int, int]]] = {
    "430800": (0, 1),  # 张家界 north-west
    "430700": (0, 2),  # 常德 north
    "430600": (0, 3),  # 岳阳 north-east
    "433100": (1, 0),  # 湘西 west
    "430900": (1, 2),  # 益阳 centre-north
    "430100": (1, 3),  # 长沙 east-centre
    "431200": (2, 0),  # 怀化 south-west (the long western strip)
    "430500": (2, 1),  # 邵阳 centre-west
    "431300": (2, 2),  # 娄底 centre
    "430300": (2, 3),  # 湘潭 east-centre, south of 长沙
    "431100": (3, 1),  # 永州 south-west
    "430400": (3, 2),  # 衡阳 south-centre
    "430200": (3, 3),  # 株洲 east
    "431000": (4, 3),  # 郴州 south-east
}

_TILE = 64  # pixels per grid cell


def _configure(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Apply the report-wide config: CJK-capable fonts everywhere, no chart border."""
    return (
        chart.configure(font=CJK_FONT)
        .configure_view(stroke=None)
        .configure_title(font=CJK_FONT, fontSize=15, anchor="start")
        .configure_axis(labelFont=CJK_FONT, titleFont=CJK_FONT)
        .configure_legend(labelFont=CJK_FONT, titleFont=CJK_FONT)
    )


def _headlines_by_entity(items: pl.DataFrame, kind: str) -> pl.DataFrame:
    """One row per entity of `kind` that reported: item count, joined headlines, text length.

    Rows keep the bulletin's order (first `seq`), so charts list entities as the issue does.
    """
    return (
        items.filter(pl.col("entity_kind") == kind)
        .sort("seq")
        .group_by("entity_code", maintain_order=True)
        .agg(
            pl.col("entity_name").first(),
            pl.col("entity_name_en").first(),
            pl.len().cast(pl.Int64).alias("n_items"),
            pl.col("headline").str.join("；").alias("headlines"),
            pl.col("text").str.len_chars().sum().cast(pl.Int64).alias("n_chars"),
            pl.col("seq").min().alias("first_seq"),
        )
    )


def tile_frame(items: pl.DataFrame, prefectures: pl.DataFrame) -> pl.DataFrame:
    """The data behind `coverage_tile_map`: one row per prefecture with its tile and status.

    `prefectures` needs code, name, name_en, short_name (the frame `entities.prefectures()`
    returns); `items` needs entity_kind, entity_code, seq, headline, text.
    """
    positions = pl.DataFrame(
        {
            "code": list(TILE_POSITIONS),
            "row": [rc[0] for rc in TILE_POSITIONS.values()],
            "col": [rc[1] for rc in TILE_POSITIONS.values()],
        },
        schema={"code": pl.String, "row": pl.Int64, "col": pl.Int64},
    )
    reported = _headlines_by_entity(items, "prefecture").select(
        pl.col("entity_code").alias("code"), "n_items", "headlines"
    )
    return (
        prefectures.select("code", "name", "name_en", "short_name")
        .join(positions, on="code", how="inner")
        .join(reported, on="code", how="left")
        .with_columns(
            pl.col("n_items").fill_null(0),
            pl.col("headlines").fill_null("（本期未报送 nothing in this issue）"),
            pl.when(pl.col("n_items").fill_null(0) > 0)
            .then(pl.lit(REPORTED))
            .otherwise(pl.lit(NOT_REPORTED))
            .alias("status"),
        )
        .sort("code")
    )


def coverage_tile_map(items: pl.DataFrame, prefectures: pl.DataFrame) -> alt.Chart:
    """Tile grid of Hunan's 14 prefectures, coloured by whether each reported in the issue.

    Tiles sit roughly where the prefecture is on a map (see `TILE_POSITIONS`); hover for the
    full name, English name and headline(s).
    """
    data = tile_frame(items, prefectures)
    n_reported = int((data["status"] == REPORTED).sum())
    x = alt.X(
        "col:O",
        title="西 west → 东 east",
        axis=alt.Axis(labels=False, ticks=False, domain=False),
        scale=alt.Scale(domain=list(range(4))),
    )
    y = alt.Y(
        "row:O",
        title="北 north → 南 south",
        axis=alt.Axis(labels=False, ticks=False, domain=False),
        scale=alt.Scale(domain=list(range(5))),
    )
    tooltip = [
        alt.Tooltip("name:N", title="名称"),
        alt.Tooltip("name_en:N", title="English"),
        alt.Tooltip("status:N", title="状态"),
        alt.Tooltip("headlines:N", title="标题 headline"),
    ]
    base = alt.Chart(data).encode(x=x, y=y, tooltip=tooltip)
    tiles = base.mark_rect(cornerRadius=4, stroke="white", strokeWidth=3).encode(
        color=alt.Color(
            "status:N",
            title="本期 this issue",
            scale=alt.Scale(
                domain=[REPORTED, NOT_REPORTED],
                range=[_COLOR_REPORTED, _COLOR_NOT_REPORTED],
            ),
        )
    )
    labels = base.mark_text(fontSize=13, fontWeight="bold").encode(
        text="short_name:N",
        color=alt.condition(alt.datum.status == REPORTED, alt.value("white"), alt.value("#4a5568")),
    )
    chart = alt.layer(tiles, labels).properties(
        title=alt.Title(
            f"市州报送情况 Prefectures reporting: {n_reported} / {data.height}",
            subtitle="方格按地理位置大致排列 tiles placed roughly by geography",
        ),
        width=4 * _TILE,
        height=5 * _TILE,
    )
    return _configure(chart)


def department_coverage(items: pl.DataFrame) -> alt.Chart:
    """Bar chart of the provincial departments that reported, in bulletin order.

    Bar length is the length of what each department reported (characters of item text),
    which says more than a column of equal item counts; the count is in the tooltip.
    """
    data = _headlines_by_entity(items, "department").sort("first_seq")
    order = data["entity_name"].to_list()
    chart = (
        alt.Chart(data)
        .mark_bar(color=_COLOR_REPORTED)
        .encode(
            x=alt.X("n_chars:Q", title="篇幅（字） length of item text (characters)"),
            y=alt.Y("entity_name:N", title="厅局 department", sort=order),
            tooltip=[
                alt.Tooltip("entity_name:N", title="名称"),
                alt.Tooltip("entity_name_en:N", title="English"),
                alt.Tooltip("n_items:Q", title="条数 items"),
                alt.Tooltip("n_chars:Q", title="字数 characters"),
                alt.Tooltip("headlines:N", title="标题 headline"),
            ],
        )
        .properties(
            title=alt.Title(
                f"厅局动态：{data.height} 个部门报送 Departments reporting",
                subtitle="条形长度为报送篇幅 bar length = characters reported",
            ),
            width=360,
            height=alt.Step(22),
        )
    )
    return _configure(chart)


# =========================================================================== indicators
#
# The charts below read the indicators table (one row per quantity, see README) joined with the
# items table (for the reporting entity's names and the item text). `indicator_rows` does the
# join once and adds the display columns every chart and reading uses; the `*_frame` functions
# select what each chart shows, so a report's one-line readings describe exactly the rows drawn.

INDICATOR_COLUMNS: Final[dict[str, pl.DataType]] = {
    "issue_id": pl.String(),
    "seq": pl.Int64(),
    "entity_code": pl.String(),
    **INDICATOR_SCHEMA,  # the extractor's columns, declared once there
    "subject_en": pl.String(),
}
"""The indicators contract (README, `indicators.parquet`); `subject_en` is optional."""

# Cues that a share is progress against a plan or task (占年计划的29.1%, 进度98.6%,
# 完成年度任务的14.1%, 完成目标的…), looked for in the subject and in the clause holding the number.
PLAN_CUES: Final = re.compile(r"计划|任务|进度|目标")
# Benchmarks: a `pp` row compared with the nation or the province states the gap between the
# item's growth and that benchmark (高于全国0.2个百分点 → benchmark = growth − 0.2).
BENCHMARK_COMPARISONS: Final = ("national", "provincial")
# Where a rank is held (排全省第2, 位列中部省份第2): the scope printed before 第.
_RANK_SCOPE: Final = re.compile(
    r"(全国|全省|全市|全州|中部(?:六省|省份|地区)?|西部(?:省份)?|东部(?:省份)?|长江经济带|同类城市)"
)
_CLAUSE_BREAKS: Final = "，。；：！？、,;:!?\n"
_SENTENCE_BREAKS: Final = "。！？!?\n"

_COLOR_BENCHMARK: Final = "#c05621"
_COLOR_TRACK: Final = "#edf2f7"
_COLOR_MUTED: Final = "#718096"

_T: Final[dict[str, dict[str, str]]] = {
    "zh": {
        "no_data": "本期无此类数据 no data in this issue",
        "growth_title": "增长率 Growth rates: {n} 项, {e} 个主体",
        "growth_sub": "按增速排序；短竖线为文中给出的全国/全省基准 ticks = stated benchmarks",
        "growth_x": "增长率（%） growth (%)",
        "unspecified": "未注明 not stated",
        "row_y": "主体 · 指标 entity · indicator",
        "entity": "主体 entity",
        "subject": "指标 indicator",
        "raw": "原文 as written",
        "value": "数值 value",
        "period": "时期 period",
        "comparison": "比较 compared with",
        "modality": "性质 modality",
        "bound": "界限 bound",
        "sentence": "原句 sentence",
        "clause": "分句 clause",
        "benchmark": "基准 benchmark",
        "gap": "差距 gap (pp)",
        "rank_title": "排名 Rankings: {n} 项",
        "rank_sub": "第1名在最左 rank 1 at the left",
        "rank_x": "名次（第 n 位） rank (1 = first)",
        "rank": "名次 rank",
        "scope": "范围 among",
        "progress_title": "计划完成进度 Progress against plans: {n} 项",
        "progress_sub": "竖线 = 截至 {d} 的时间进度 {p:.1f}% line = share of the year elapsed",
        "progress_x": "完成比例（%） share of plan or task done (%)",
        "elapsed": "时间进度 year elapsed",
        "levels_title": "总量 Amounts and volumes: {n} 项, {u} 种单位",
        "levels_sub": "对数刻度，每种单位一栏 log scale, one panel per unit",
        "levels_x": "{u}（对数刻度） {u_en}, log scale",
        "unit": "单位 unit",
        "issues_title": "各期 Issues over time: {n} 期",
        "issues_x": "日期 date",
        "issues_y": "期号 issue number",
        "series": "专刊 series",
        "number": "期号 number",
        "date": "日期 date",
        "n_items": "条目 items",
        "matrix_title": "报送矩阵 Who reported in which issue: {e} 个主体 × {n} 期",
        "matrix_x": "期 issue",
        "matrix_color": "条目数 items",
        "issue": "期 issue",
        "headlines": "标题 headline",
        "trend_title": "多主体/多期指标 Indicators reported by several entities or issues: {n} 项",
        "trend_sub": "每格一个指标；横轴为统计期末 one panel per indicator; x = end of period",
        "trend_x": "统计期末 period end",
        "trend_y": "数值 value",
    },
    "en": {
        "no_data": "no data in this issue",
        "growth_title": "Growth rates: {n} figures from {e} entities",
        "growth_sub": "sorted by rate; ticks = national/provincial benchmarks stated in the text",
        "growth_x": "growth (%)",
        "unspecified": "not stated",
        "row_y": "entity · indicator",
        "entity": "entity",
        "subject": "indicator",
        "raw": "as written",
        "value": "value",
        "period": "period",
        "comparison": "compared with",
        "modality": "modality",
        "bound": "bound",
        "sentence": "sentence",
        "clause": "clause",
        "benchmark": "benchmark",
        "gap": "gap (pp)",
        "rank_title": "Rankings: {n} stated",
        "rank_sub": "rank 1 at the left",
        "rank_x": "rank (1 = first)",
        "rank": "rank",
        "scope": "among",
        "progress_title": "Progress against plans and tasks: {n} figures",
        "progress_sub": "line = share of the year elapsed on {d}: {p:.1f}%",
        "progress_x": "share of plan or task done (%)",
        "elapsed": "year elapsed",
        "levels_title": "Amounts and volumes: {n} figures in {u} units",
        "levels_sub": "log scale, one panel per unit",
        "levels_x": "{u_en} ({u}), log scale",
        "unit": "unit",
        "issues_title": "Issues over time: {n}",
        "issues_x": "date",
        "issues_y": "issue number",
        "series": "series",
        "number": "number",
        "date": "date",
        "n_items": "items",
        "matrix_title": "Who reported in which issue: {e} entities × {n} issues",
        "matrix_x": "issue",
        "matrix_color": "items",
        "issue": "issue",
        "headlines": "headline",
        "trend_title": "Indicators reported by several entities or issues: {n}",
        "trend_sub": "one panel per indicator; x = end of the period",
        "trend_x": "period end",
        "trend_y": "value",
    },
}

COMPARISON_LABELS: Final[dict[str, dict[str, str]]] = {
    "zh": {
        "yoy": "同比",
        "mom": "环比",
        "national": "比全国",
        "provincial": "比全省",
        "prior_period": "比上期",
    },
    "en": {
        "yoy": "year on year",
        "mom": "month on month",
        "national": "vs nation",
        "provincial": "vs province",
        "prior_period": "vs prior period",
    },
}
MODALITY_LABELS: Final[dict[str, dict[str, str]]] = {
    "zh": {"actual": "实际", "estimate": "预计", "target": "目标"},
    "en": {"actual": "actual", "estimate": "estimate", "target": "target"},
}
BOUND_LABELS: Final[dict[str, dict[str, str]]] = {
    "zh": {"exact": "", "approx": "约", "at_least": "以上", "at_most": "以内"},
    "en": {"exact": "", "approx": "about", "at_least": "at least", "at_most": "at most"},
}
BENCHMARK_LABELS: Final[dict[str, dict[str, str]]] = {
    "zh": {"national": "全国", "provincial": "全省"},
    "en": {"national": "nation", "provincial": "province"},
}
UNIT_EN: Final[dict[str, str]] = {
    "元": "yuan",
    "美元": "US dollars",
    "人": "persons",
    "人次": "person-visits",
    "家": "firms",
    "个": "units",
    "亩": "mu",
    "平方米": "square metres",
    "吨": "tonnes",
    "公里": "km",
    "千米": "km",
    "场": "events",
    "场次": "sessions",
    "笔": "transactions",
    "户": "households or firms",
    "项": "items",
    "条": "items",
    "次": "times",
    "名": "persons",
    "辆": "vehicles",
    "千瓦": "kW",
    "千瓦时": "kWh",
    "%": "percent",
    "pp": "percentage points",
    "rank": "rank",
}
_SCOPE_EN: Final[dict[str, str]] = {
    "全国": "nation",
    "全省": "province",
    "全市": "city",
    "全州": "prefecture",
    "中部": "central China",
    "中部六省": "six central provinces",
    "中部省份": "central provinces",
    "中部地区": "central China",
}


def _t(lang: str) -> dict[str, str]:
    return _T.get(lang, _T["zh"])


def _lang_key(lang: str) -> str:
    return lang if lang in _T else "zh"


def conform_indicators(indicators: pl.DataFrame | None) -> pl.DataFrame:
    """`indicators` with every contract column (missing ones null), or an empty contract frame."""
    if indicators is None:
        return pl.DataFrame(schema=INDICATOR_COLUMNS)
    missing = [
        pl.lit(None, dtype).alias(name)
        for name, dtype in INDICATOR_COLUMNS.items()
        if name not in indicators.columns
    ]
    return indicators.with_columns(missing) if missing else indicators


def _span(text: str | None, start: int | None, end: int | None, breaks: str) -> str | None:
    """The part of `text` around [start, end) delimited by any character of `breaks`."""
    if not text or start is None or end is None or not 0 <= start <= end <= len(text):
        return None
    left = max(text.rfind(ch, 0, start) for ch in breaks) + 1
    rights = [i for i in (text.find(ch, end) for ch in breaks) if i >= 0]
    right = min(rights) if rights else len(text)
    return text[left:right].strip() or None


def _offset_in(
    text: str | None, sentence: str | None, start: int | None, end: int | None
) -> int | None:
    """Where the figure [start, end) of the item text sits in `sentence`, when the sentence is
    found in the text around it (for highlighting the right one of two equal numbers)."""
    if not text or not sentence or start is None or end is None:
        return None
    at = text.rfind(sentence, 0, end)
    while at >= 0:
        if at <= start and end <= at + len(sentence):
            return start - at
        at = text.rfind(sentence, 0, at + len(sentence) - 1) if at > 0 else -1
    return None


def _sentence_no(text: str | None, start: int | None) -> int | None:
    if not text or start is None:
        return None
    return sum(text.count(ch, 0, start) for ch in _SENTENCE_BREAKS)


def year_elapsed(date: dt.date) -> float:
    """Share of the year elapsed when `date` begins, in percent (2026-04-01 → 90/365 = 24.7)."""
    first = dt.date(date.year, 1, 1)
    days = (dt.date(date.year + 1, 1, 1) - first).days
    return 100.0 * (date - first).days / days


def _format_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def indicator_rows(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> pl.DataFrame:
    """Indicators joined with their item, plus display columns, in table order.

    Added columns: entity_name, entity_name_en, entity_kind (from the item; the entity code when
    the item is unknown), `entity` (name in `lang`), `subject_label` (subject_en in English when
    known), `period` (label as written, else the dates), `comparison_label`, `modality_label`,
    `bound_label`, `clause` (the clause of the item text holding the number, else `sentence`),
    `sentence_no` (which full sentence of the item, for matching benchmarks with growth) and
    `raw_in_sentence` (offset of the figure in `sentence`, null when not found).
    """
    key = _lang_key(lang)
    data = conform_indicators(indicators)
    entity_cols = ["entity_name", "entity_name_en", "entity_kind", "text"]
    item_cols = items.select(
        "issue_id",
        "seq",
        *[
            pl.col(c) if c in items.columns else pl.lit(None, pl.String()).alias(c)
            for c in entity_cols
        ],
    ).unique(["issue_id", "seq"], keep="first", maintain_order=True)
    data = data.drop([c for c in entity_cols if c in data.columns]).join(
        item_cols, on=["issue_id", "seq"], how="left"
    )
    data = data.sort(["issue_id", "seq", "start"], nulls_last=True, maintain_order=True)
    clauses, sentence_nos, periods, offsets = [], [], [], []
    for text, start, end, sentence, label, p_start, p_end in data.select(
        "text", "start", "end", "sentence", "period_label", "period_start", "period_end"
    ).iter_rows():
        clauses.append(_span(text, start, end, _CLAUSE_BREAKS) or sentence or "")
        sentence_nos.append(_sentence_no(text, start))
        offsets.append(_offset_in(text, sentence, start, end))
        if label:
            periods.append(label)
        elif p_start or p_end:
            periods.append(f"{_format_date(p_start)}–{_format_date(p_end)}")
        else:
            periods.append("")
    name = pl.coalesce("entity_name", "entity_code", pl.lit("?"))
    entity = pl.coalesce("entity_name_en", name) if key == "en" else name
    subject = pl.col("subject").fill_null("").str.strip_chars()
    subject_label = (
        pl.coalesce(pl.col("subject_en"), subject) if key == "en" else subject
    ).fill_null("")
    return data.with_columns(
        name.alias("entity_name"),
        entity.alias("entity"),
        subject_label.alias("subject_label"),
        pl.Series("period", periods, dtype=pl.String()),
        pl.col("comparison")
        .replace_strict(COMPARISON_LABELS[key], default=pl.col("comparison"))
        .fill_null("")
        .alias("comparison_label"),
        pl.col("modality")
        .replace_strict(MODALITY_LABELS[key], default=pl.col("modality"))
        .fill_null("")
        .alias("modality_label"),
        pl.col("bound")
        .replace_strict(BOUND_LABELS[key], default=pl.col("bound"))
        .fill_null("")
        .alias("bound_label"),
        pl.Series("clause", clauses, dtype=pl.String()),
        pl.Series("sentence_no", sentence_nos, dtype=pl.Int64()),
        pl.Series("raw_in_sentence", offsets, dtype=pl.Int64()),
        pl.col("sentence").fill_null(""),
        pl.col("raw").fill_null(""),
    ).drop("text")


def _row_labels(data: pl.DataFrame, *parts: str) -> pl.DataFrame:
    """Add `row`: "entity · subject" made unique (period, then a counter, appended)."""
    base = [
        " · ".join(p for p in (row[0], row[1]) if p)
        for row in data.select(parts[0], parts[1]).iter_rows()
    ]
    extra = data["period"].to_list() if "period" in data.columns else [""] * data.height
    counts: dict[str, int] = {}
    for label in base:
        counts[label] = counts.get(label, 0) + 1
    labels, seen = [], set()
    for label, period in zip(base, extra, strict=True):
        candidate = f"{label}（{period}）" if counts[label] > 1 and period else label
        n = 1
        unique = candidate
        while unique in seen:
            n += 1
            unique = f"{candidate} #{n}"
        seen.add(unique)
        labels.append(unique)
    return data.with_columns(pl.Series("row", labels, dtype=pl.String()))


def _label_axis(labels: list[str], *, limit: int = 320, font_size: int = 10) -> alt.Axis:
    """A category axis whose title never overlaps its labels.

    Vega places the axis title from the labels' measured extent, which in some browsers comes
    out short for Han characters (the title then covers the longest label); `minExtent` from a
    conservative estimate (a Han character 1 em, anything else 0.62 em) keeps them apart. The
    same `minExtent` in every panel of a concatenation also lines the panels up.
    """
    widest = max(
        (sum(1.0 if ord(ch) > 0x2E7F else 0.62 for ch in label) for label in labels if label),
        default=0.0,
    )
    extent = min(limit, math.ceil(widest * font_size)) + 6
    return alt.Axis(labelLimit=limit, minExtent=extent, labelFontSize=font_size)


def _no_data(title: str, subtitle: str, message: str, *, width: int = 420) -> alt.Chart:
    """What an empty chart shows: its title and one line saying there is nothing to draw."""
    chart = (
        alt.Chart(pl.DataFrame({"message": [message]}))
        .mark_text(fontSize=14, color=_COLOR_MUTED, align="left", x=0, y=20)
        .encode(text="message:N")
        .properties(title=alt.Title(title, subtitle=subtitle), width=width, height=40)
    )
    return _configure(chart)


def _indicator_tooltip(t: dict[str, str], *extra: alt.Tooltip) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("entity:N", title=t["entity"]),
        alt.Tooltip("subject_label:N", title=t["subject"]),
        alt.Tooltip("raw:N", title=t["raw"]),
        *extra,
        alt.Tooltip("period:N", title=t["period"]),
        alt.Tooltip("modality_label:N", title=t["modality"]),
        alt.Tooltip("sentence:N", title=t["sentence"]),
    ]


# --------------------------------------------------------------------------- growth


def growth_frame(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> pl.DataFrame:
    """Every growth figure (measure == "growth"), highest first, with a unique `row` label."""
    rows = indicator_rows(indicators, items, lang=lang).filter(
        (pl.col("measure") == "growth") & pl.col("value").is_not_null()
    )
    rows = rows.sort(["value", "issue_id", "seq", "start"], descending=[True, False, False, False])
    return _row_labels(rows, "entity", "subject_label")


def growth_benchmarks(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> pl.DataFrame:
    """National/provincial benchmarks the text states, one row per `pp` figure compared with
    the nation or the province: benchmark = growth − pp, where growth is the nearest growth
    figure before it in the same sentence of the same item (高于全国、全省0.2、6.2个百分点 after
    增长6.5% → 6.3 and 0.3). Columns: row (the growth row it belongs to), growth, gap,
    benchmark, scope (national/provincial), scope_label, label, raw, sentence."""
    key = _lang_key(lang)
    growth = growth_frame(indicators, items, lang=lang)
    rows = indicator_rows(indicators, items, lang=lang)
    gaps = rows.filter(
        (pl.col("measure") == "pp")
        & pl.col("comparison").is_in(BENCHMARK_COMPARISONS)
        & pl.col("value").is_not_null()
    )
    out = []
    growth_rows = growth.sort(["issue_id", "seq", "start"], nulls_last=True).to_dicts()
    for gap in gaps.iter_rows(named=True):

        def same_sentence(g: dict[str, Any], gap: dict[str, Any] = gap) -> bool:
            if (g["issue_id"], g["seq"]) != (gap["issue_id"], gap["seq"]):
                return False
            if gap["sentence_no"] is not None and g["sentence_no"] is not None:
                return bool(g["sentence_no"] == gap["sentence_no"])
            return bool(g["sentence"] and g["sentence"] == gap["sentence"])

        before = [
            g for g in growth_rows if same_sentence(g) and (g["start"] or 0) <= (gap["start"] or 0)
        ]
        if not before:
            continue
        g = before[-1]
        benchmark = g["value"] - gap["value"]
        scope_label = BENCHMARK_LABELS[key][gap["comparison"]]
        out.append(
            {
                "row": g["row"],
                "growth": g["value"],
                "gap": gap["value"],
                "benchmark": benchmark,
                "scope": gap["comparison"],
                "scope_label": scope_label,
                "label": f"{scope_label} {benchmark:.1f}%",
                "raw": gap["raw"],
                "sentence": gap["sentence"],
            }
        )
    schema = {
        "row": pl.String(),
        "growth": pl.Float64(),
        "gap": pl.Float64(),
        "benchmark": pl.Float64(),
        "scope": pl.String(),
        "scope_label": pl.String(),
        "label": pl.String(),
        "raw": pl.String(),
        "sentence": pl.String(),
    }
    return pl.DataFrame(out, schema=schema)


def growth_chart(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> alt.TopLevelMixin:
    """Every growth figure as a bar, by entity and indicator, highest first; benchmarks stated
    in the text (全国/全省) as labelled ticks on the same row. Tooltips: period, comparison,
    modality and the source sentence."""
    t = _t(lang)
    data = growth_frame(indicators, items, lang=lang)
    n_entities = data["entity"].n_unique()
    title = t["growth_title"].format(n=data.height, e=n_entities)
    if data.is_empty():
        return _no_data(title, t["growth_sub"], t["no_data"])
    marks = growth_benchmarks(indicators, items, lang=lang)
    # The value at the end of each bar, followed by the benchmarks of that row (全国 6.3 …):
    # one label per row, so labels of nearby benchmarks never overlap.
    stated = {
        row: " · ".join(labels)
        for row, labels in marks.group_by("row", maintain_order=True)
        .agg(pl.col("label"))
        .iter_rows()
    }
    data = data.with_columns(
        pl.Series(
            "value_label",
            [
                f"{value:.1f}" + (f"  ({stated[row]})" if row in stated else "")
                for row, value in data.select("row", "value").iter_rows()
            ],
            dtype=pl.String(),
        ),
        pl.when(pl.col("comparison_label") == "")
        .then(pl.lit(t["unspecified"]))
        .otherwise(pl.col("comparison_label"))
        .alias("comparison_label"),
    )
    comparisons = data["comparison_label"].unique(maintain_order=True).to_list()
    comparisons = sorted(comparisons, key=lambda c: (c == t["unspecified"], c))
    palette = ["#2b6cb0", "#319795", "#805ad5", "#d69e2e", "#38a169"]
    colors = [
        "#a0aec0" if c == t["unspecified"] else palette[i % len(palette)]
        for i, c in enumerate(comparisons)
    ]
    order = data["row"].to_list()
    y = alt.Y("row:N", title=t["row_y"], sort=order, axis=_label_axis(order))
    bars = (
        alt.Chart(data)
        .mark_bar(height={"band": 0.7})
        .encode(
            x=alt.X("value:Q", title=t["growth_x"]),
            y=y,
            color=alt.Color(
                "comparison_label:N",
                title=t["comparison"],
                scale=alt.Scale(domain=comparisons, range=colors),
            ),
            tooltip=_indicator_tooltip(
                t,
                alt.Tooltip("value:Q", title=t["growth_x"], format=".1f"),
                alt.Tooltip("comparison_label:N", title=t["comparison"]),
            ),
        )
    )
    values = (
        alt.Chart(data)
        .mark_text(align="left", dx=4, fontSize=11, color="#2d3748")
        .transform_calculate(anchor="max(datum.value, 0)")  # right of 0 for declines
        .encode(
            x=alt.X("anchor:Q", title=t["growth_x"]),
            y=y,
            text=alt.Text("value_label:N"),
        )
    )
    layers: list[alt.Chart] = [bars, values]
    if marks.height:
        tip = [
            alt.Tooltip("scope_label:N", title=t["benchmark"]),
            alt.Tooltip("benchmark:Q", title=f"{t['benchmark']} (%)", format=".1f"),
            alt.Tooltip("gap:Q", title=t["gap"], format=".1f"),
            alt.Tooltip("sentence:N", title=t["sentence"]),
        ]
        layers.append(
            alt.Chart(marks)
            .mark_tick(color=_COLOR_BENCHMARK, thickness=3, size=20)
            .encode(x=alt.X("benchmark:Q", title=t["growth_x"]), y=y, tooltip=tip)
        )
    chart = alt.layer(*layers).properties(
        title=alt.Title(title, subtitle=t["growth_sub"]), width=460, height=alt.Step(24)
    )
    return _configure(chart)


# --------------------------------------------------------------------------- ranks


def rank_frame(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> pl.DataFrame:
    """Every rank stated from the top (measure == "rank"), best first, with the scope printed
    before 第. Ranks from the bottom (`倒数第2`, value -2) are left out: where they stand from the
    top depends on the size of the field, which the text rarely gives."""
    key = _lang_key(lang)
    rows = indicator_rows(indicators, items, lang=lang).filter(
        (pl.col("measure") == "rank") & (pl.col("value") >= 1)
    )
    scopes = []
    for clause_or_none, raw in rows.select("clause", "raw").iter_rows():
        clause = clause_or_none or ""
        at = clause.rfind(raw) if raw else -1
        found = _RANK_SCOPE.findall(clause[:at] if at >= 0 else clause)
        scope = found[-1] if found else ""  # the scope nearest before 第
        scopes.append(_SCOPE_EN.get(scope, scope) if key == "en" else scope)
    rows = rows.with_columns(
        pl.Series("scope", scopes, dtype=pl.String()),
        pl.lit(1.0).alias("first"),
        pl.col("value").cast(pl.Int64).cast(pl.String).alias("rank_text"),
    ).sort(["value", "issue_id", "seq", "start"])
    rows = rows.with_columns(
        (
            pl.lit("第") + pl.col("rank_text") if key == "zh" else pl.lit("#") + pl.col("rank_text")
        ).alias("rank_text"),
    )
    rows = rows.with_columns(
        pl.when(pl.col("scope") != "")
        .then(pl.col("rank_text") + pl.lit("（") + pl.col("scope") + pl.lit("）"))
        .otherwise(pl.col("rank_text"))
        .alias("rank_label"),
    )
    return _row_labels(rows, "entity", "subject_label")


def rank_chart(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> alt.TopLevelMixin:
    """Every rank stated, as a lollipop from first place: rank 1 at the left, best at the top."""
    t = _t(lang)
    data = rank_frame(indicators, items, lang=lang)
    title = t["rank_title"].format(n=data.height)
    if data.is_empty():
        return _no_data(title, t["rank_sub"], t["no_data"])
    top = max(5, int(data["value"].max() or 1))  # type: ignore[arg-type]
    order = data["row"].to_list()
    x = alt.X(
        "value:Q",
        title=t["rank_x"],
        scale=alt.Scale(domain=[1, top], nice=False),
        axis=alt.Axis(tickMinStep=1, format="d"),
    )
    y = alt.Y("row:N", title=t["row_y"], sort=order, axis=_label_axis(order))
    tooltip = _indicator_tooltip(
        t,
        alt.Tooltip("rank_text:N", title=t["rank"]),
        alt.Tooltip("scope:N", title=t["scope"]),
        alt.Tooltip("clause:N", title=t["clause"]),
    )
    base = alt.Chart(data).encode(y=y, tooltip=tooltip)
    stem = base.mark_rule(color=_COLOR_NOT_REPORTED, strokeWidth=3).encode(
        x=x, x2=alt.X2("first:Q")
    )
    dot = base.mark_circle(size=140, color=_COLOR_REPORTED, opacity=1).encode(x=x)
    label = base.mark_text(align="left", dx=10, fontSize=12).encode(x=x, text="rank_label:N")
    chart = alt.layer(stem, dot, label).properties(
        title=alt.Title(title, subtitle=t["rank_sub"]), width=360, height=alt.Step(28)
    )
    return _configure(chart)


# --------------------------------------------------------------------------- progress


def progress_frame(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> pl.DataFrame:
    """Shares of annual plans and tasks: measure == "share", unit "%", not itself a target, and
    a plan cue (计划|任务|进度|目标, `PLAN_CUES`) in the subject or in the clause holding the
    number (占年计划的29.1%, 进度98.6%, 完成年度任务的14.1%; not 占全市新增规上企业的28.9%)."""
    rows = indicator_rows(indicators, items, lang=lang).filter(
        (pl.col("measure") == "share")
        & (pl.col("unit").fill_null("%") == "%")
        & (pl.col("modality").fill_null("actual") != "target")
        & pl.col("value").is_not_null()
    )
    cue = [
        bool(PLAN_CUES.search(subject or "") or PLAN_CUES.search(clause or ""))
        for subject, clause in rows.select("subject", "clause").iter_rows()
    ]
    rows = rows.filter(pl.Series(cue, dtype=pl.Boolean())).with_columns(
        pl.lit(100.0).alias("full"), pl.lit(0.0).alias("zero")
    )
    rows = rows.sort(["value", "issue_id", "seq", "start"], descending=[True, False, False, False])
    return _row_labels(rows, "entity", "subject_label")


def progress_chart(
    indicators: pl.DataFrame | None,
    items: pl.DataFrame,
    issue_date: dt.date | None,
    *,
    lang: str = "zh",
) -> alt.TopLevelMixin:
    """Progress bars 0–100 % for each share of a plan or task, with the share of the year
    elapsed at `issue_date` as a reference line (2026-04-01 → 24.7 %)."""
    t = _t(lang)
    data = progress_frame(indicators, items, lang=lang)
    elapsed = year_elapsed(issue_date) if issue_date else None
    subtitle = (
        t["progress_sub"].format(d=issue_date.isoformat(), p=elapsed)
        if issue_date and elapsed is not None
        else ""
    )
    title = t["progress_title"].format(n=data.height)
    if data.is_empty():
        return _no_data(title, subtitle, t["no_data"])
    top = max(100.0, float(data["value"].max()))  # type: ignore[arg-type]
    x = alt.X("value:Q", title=t["progress_x"], scale=alt.Scale(domain=[0, top], nice=False))
    order = data["row"].to_list()
    y = alt.Y("row:N", title=t["row_y"], sort=order, axis=_label_axis(order))
    tooltip = _indicator_tooltip(t, alt.Tooltip("clause:N", title=t["clause"]))
    base = alt.Chart(data).encode(y=y, tooltip=tooltip)
    track = base.mark_bar(color=_COLOR_TRACK, height={"band": 0.8}).encode(
        x=alt.X("zero:Q", title=t["progress_x"], scale=alt.Scale(domain=[0, top], nice=False)),
        x2="full:Q",
    )
    bar = base.mark_bar(color=_COLOR_REPORTED, height={"band": 0.45}).encode(x=x)
    text = base.mark_text(align="left", dx=4, fontSize=11).encode(
        x=x, text=alt.Text("value:Q", format=".1f")
    )
    layers: list[alt.Chart] = [track, bar, text]
    if elapsed is not None:
        ref = pl.DataFrame(
            {"elapsed": [elapsed], "label": [f"{t['elapsed']} {elapsed:.1f}%"]},
        )
        rule_tip = [alt.Tooltip("elapsed:Q", title=t["elapsed"], format=".1f")]
        layers.append(
            alt.Chart(ref)
            .mark_rule(color=_COLOR_BENCHMARK, strokeWidth=2, strokeDash=[4, 3])
            .encode(x="elapsed:Q", tooltip=rule_tip)
        )
        layers.append(
            alt.Chart(ref)
            .mark_text(align="left", baseline="bottom", dx=3, y=-4, color=_COLOR_BENCHMARK)
            .encode(x="elapsed:Q", text="label:N")
        )
    chart = alt.layer(*layers).properties(
        title=alt.Title(title, subtitle=subtitle), width=420, height=alt.Step(28)
    )
    return _configure(chart)


# --------------------------------------------------------------------------- levels


def unit_label(unit: str | None, lang: str = "zh") -> str:
    """A unit for a title: as printed in Chinese, in English where known."""
    unit = unit or "?"
    if _lang_key(lang) == "en":
        return UNIT_EN.get(unit, unit)
    return unit


def levels_frame(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> pl.DataFrame:
    """Every positive amount (measure == "level"), units by frequency, largest first."""
    rows = indicator_rows(indicators, items, lang=lang).filter(
        (pl.col("measure") == "level") & (pl.col("value") > 0)
    )
    rows = rows.with_columns(pl.col("unit").fill_null("?"))
    counts = rows.group_by("unit").len().sort(["len", "unit"], descending=[True, False])
    rank = {u: i for i, u in enumerate(counts["unit"].to_list())}
    return rows.with_columns(
        pl.col("unit").replace_strict(rank, default=None, return_dtype=pl.Int64).alias("unit_rank")
    ).sort(["unit_rank", "value"], descending=[False, True])


def _log_ticks(low: float, high: float) -> list[float]:
    """Tick values 1-2-5 × 10^k (1 × 10^k only when the range spans more than 3 decades)."""
    low_exp, high_exp = math.floor(math.log10(low)), math.ceil(math.log10(high))
    steps = (1.0,) if high_exp - low_exp > 3 else (1.0, 2.0, 5.0)
    ticks = [m * 10.0**e for e in range(low_exp, high_exp + 1) for m in steps]
    inside = [v for v in ticks if low / 1.0001 <= v <= high * 1.0001]
    return inside or [low]


def _log_axis(lang: str, values: list[float] | None = None) -> alt.Axis:
    """Axis labels readable in each language: 亿/万 in Chinese, k/m/bn in English."""
    if _lang_key(lang) == "en":
        expr = (
            "datum.value >= 1e9 ? format(datum.value / 1e9, '~g') + 'bn' : "
            "datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + 'm' : "
            "datum.value >= 1e3 ? format(datum.value / 1e3, '~g') + 'k' : "
            "format(datum.value, '~g')"
        )
    else:
        expr = (
            "datum.value >= 1e8 ? format(datum.value / 1e8, '~g') + '亿' : "
            "datum.value >= 1e4 ? format(datum.value / 1e4, '~g') + '万' : "
            "format(datum.value, '~g')"
        )
    if values is None:
        return alt.Axis(labelExpr=expr, tickCount=6, grid=True)
    return alt.Axis(labelExpr=expr, values=values, grid=True, labelOverlap=True)


def levels_chart(
    indicators: pl.DataFrame | None, items: pl.DataFrame, *, lang: str = "zh"
) -> alt.TopLevelMixin:
    """Amounts and volumes on a log scale, one panel per unit (元, 美元, 人, 亩 …), a dot per
    figure, entities on the vertical axis; colour = actual / estimate / target."""
    t = _t(lang)
    data = levels_frame(indicators, items, lang=lang)
    units = data["unit"].unique(maintain_order=True).to_list()
    title = t["levels_title"].format(n=data.height, u=len(units))
    if data.is_empty():
        return _no_data(title, t["levels_sub"], t["no_data"])
    key = _lang_key(lang)
    modality_domain = list(MODALITY_LABELS[key].values())
    panels = []
    for unit in units:
        part = data.filter(pl.col("unit") == unit)
        entity_order = part["entity"].unique(maintain_order=True).to_list()
        # domain: whole decades around the data, so one dot is not pinned to an edge
        low = 10.0 ** math.floor(math.log10(float(part["value"].min())))  # type: ignore[arg-type]
        high = 10.0 ** math.ceil(math.log10(float(part["value"].max()) * 1.0001))  # type: ignore[arg-type]
        panels.append(
            alt.Chart(part)
            .mark_circle(size=80, opacity=0.8)
            .encode(
                x=alt.X(
                    "value:Q",
                    title=t["levels_x"].format(u=unit, u_en=unit_label(unit, "en")),
                    scale=alt.Scale(type="log", domain=[low, high], nice=False),
                    axis=_log_axis(lang, _log_ticks(low, high)),
                ),
                y=alt.Y(
                    "entity:N",
                    title=t["entity"],
                    sort=entity_order,
                    # same label width in every panel: the panels' plots line up
                    axis=_label_axis(data["entity"].unique().to_list(), limit=260),
                ),
                color=alt.Color(
                    "modality_label:N",
                    title=t["modality"],
                    scale=alt.Scale(
                        domain=modality_domain, range=[_COLOR_REPORTED, "#d69e2e", "#38a169"]
                    ),
                ),
                tooltip=_indicator_tooltip(
                    t,
                    alt.Tooltip("value:Q", title=t["value"], format=",.0f"),
                    alt.Tooltip("unit:N", title=t["unit"]),
                    alt.Tooltip("bound_label:N", title=t["bound"]),
                ),
            )
            .properties(width=460, height=alt.Step(20))
        )
    chart = alt.vconcat(*panels, spacing=18).properties(
        title=alt.Title(title, subtitle=t["levels_sub"])
    )
    return _configure(chart)


# =========================================================================== series


def issues_timeline(issues: pl.DataFrame, *, lang: str = "zh") -> alt.TopLevelMixin:
    """Issue number against date, one line per series: gaps and the publishing rhythm."""
    t = _t(lang)
    data = issues.select(
        pl.col("series").fill_null(""),
        pl.col("number"),
        pl.col("date").cast(pl.String).alias("date"),
        pl.col("n_items") if "n_items" in issues.columns else pl.lit(None).alias("n_items"),
        pl.col("issue_id"),
    ).sort(["date", "number", "issue_id"], nulls_last=True)
    title = t["issues_title"].format(n=data.height)
    if data.is_empty():
        return _no_data(title, "", t["no_data"])
    x = alt.X("date:T", title=t["issues_x"], axis=alt.Axis(format="%Y-%m-%d"))
    base = alt.Chart(data).encode(
        x=x,
        y=alt.Y(
            "number:Q",
            title=t["issues_y"],
            scale=alt.Scale(zero=False, padding=12),
            axis=alt.Axis(tickMinStep=1, format="d"),
        ),
        color=alt.Color("series:N", title=t["series"], legend=alt.Legend(orient="bottom")),
        tooltip=[
            alt.Tooltip("series:N", title=t["series"]),
            alt.Tooltip("number:Q", title=t["number"]),
            alt.Tooltip("date:N", title=t["date"]),
            alt.Tooltip("n_items:Q", title=t["n_items"]),
            alt.Tooltip("issue_id:N", title="issue_id"),
        ],
    )
    chart = alt.layer(base.mark_line(), base.mark_point(filled=True, size=80)).properties(
        title=title, width=560, height=220
    )
    return _configure(chart)


def _issue_labels(issues: pl.DataFrame, lang: str) -> pl.DataFrame:
    """issue_id → a short, sortable label (第3期 2026-04-01 / No. 3 2026-04-01), date order."""
    fmt = "第{n}期 {d}" if _lang_key(lang) == "zh" else "No. {n} {d}"
    rows = issues.sort(["date", "number", "issue_id"], nulls_last=True)
    labels = [
        fmt.format(n=n if n is not None else "?", d=_format_date(d))
        for n, d in rows.select("number", "date").iter_rows()
    ]
    return rows.select("issue_id", "date").with_columns(
        pl.Series("issue", labels, dtype=pl.String()),
        pl.col("date").cast(pl.String),
    )


def coverage_matrix_frame(
    items: pl.DataFrame, issues: pl.DataFrame, *, lang: str = "zh"
) -> pl.DataFrame:
    """One row per (entity, issue) with an item: n_items and headlines; `issue` label."""
    key = _lang_key(lang)
    labels = _issue_labels(issues, lang)
    name = pl.col("entity_name").fill_null("?")
    entity = pl.coalesce("entity_name_en", name) if key == "en" else name
    kind_order = {"prefecture": 0, "department": 1, "other": 2}
    return (
        items.with_columns(entity.alias("entity"))
        .sort(["issue_id", "seq"])
        .group_by("issue_id", "entity", maintain_order=True)
        .agg(
            pl.col("entity_kind").first(),
            pl.col("entity_code").first(),
            pl.len().cast(pl.Int64).alias("n_items"),
            pl.col("headline").str.join("；").alias("headlines"),
        )
        .join(labels, on="issue_id", how="inner")
        .with_columns(
            pl.col("entity_kind")
            .replace_strict(kind_order, default=3, return_dtype=pl.Int64)
            .alias("kind_order")
        )
        .sort(["kind_order", "entity_code", "entity", "date"], nulls_last=True)
    )


def coverage_matrix(
    items: pl.DataFrame, issues: pl.DataFrame, *, lang: str = "zh"
) -> alt.TopLevelMixin:
    """Entity × issue heatmap: which prefecture or department reported in which issue."""
    t = _t(lang)
    data = coverage_matrix_frame(items, issues, lang=lang)
    entities = data["entity"].unique(maintain_order=True).to_list()
    issue_order = _issue_labels(issues, lang)["issue"].to_list()
    title = t["matrix_title"].format(e=len(entities), n=len(issue_order))
    if data.is_empty():
        return _no_data(title, "", t["no_data"])
    chart = (
        alt.Chart(data)
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X(
                "issue:O", title=t["matrix_x"], sort=issue_order, axis=alt.Axis(labelAngle=-40)
            ),
            y=alt.Y("entity:N", title=t["entity"], sort=entities, axis=_label_axis(entities)),
            color=alt.Color(
                "n_items:O",  # few distinct small counts: one swatch each
                title=t["matrix_color"],
                scale=alt.Scale(scheme="blues"),
            ),
            tooltip=[
                alt.Tooltip("entity:N", title=t["entity"]),
                alt.Tooltip("issue:N", title=t["issue"]),
                alt.Tooltip("n_items:Q", title=t["n_items"]),
                alt.Tooltip("headlines:N", title=t["headlines"]),
            ],
        )
        .properties(title=title, width=alt.Step(56), height=alt.Step(16))
    )
    return _configure(chart)


_SCOPE_PREFIX: Final = re.compile(r"^(全省|全市|全州|全县|全区|全国|今年|当年|累计)+")


def subject_key(subject: str | None) -> str:
    """A subject as compared across entities and issues: leading scope words dropped
    (全市规模工业增加值 → 规模工业增加值) and 规模以上 written 规模 (规上 too)."""
    text = _SCOPE_PREFIX.sub("", (subject or "").strip())
    return text.replace("规模以上", "规模").replace("规上", "规模")


def trend_frame(
    indicators: pl.DataFrame | None,
    items: pl.DataFrame,
    issues: pl.DataFrame,
    *,
    lang: str = "zh",
    max_panels: int = 12,
) -> pl.DataFrame:
    """Figures whose (subject_key, measure, unit) is reported by several entities or in several
    issues; `x` = the period's end, else the issue date. At most `max_panels` indicators, those
    reported most widely first."""
    rows = indicator_rows(indicators, items, lang=lang).filter(
        pl.col("value").is_not_null() & (pl.col("subject").fill_null("") != "")
    )
    if rows.is_empty():
        return rows.with_columns(
            pl.lit("").alias("indicator"), pl.lit("").alias("x"), pl.lit("").alias("issue")
        )
    rows = rows.with_columns(
        pl.Series("key", [subject_key(s) for s in rows["subject"].to_list()], dtype=pl.String())
    ).filter(pl.col("key") != "")
    labels = _issue_labels(issues, lang).rename({"date": "issue_date"})
    rows = rows.join(labels, on="issue_id", how="left").with_columns(
        pl.coalesce(pl.col("period_end").cast(pl.String), pl.col("issue_date")).alias("x")
    )
    group = ["key", "measure", "unit"]
    wide = (
        rows.group_by(group)
        .agg(
            pl.col("entity").n_unique().alias("n_entities"),
            pl.col("issue_id").n_unique().alias("n_issues"),
            pl.len().alias("n"),
        )
        .filter((pl.col("n_entities") > 1) | (pl.col("n_issues") > 1))
        .sort(["n_entities", "n_issues", "n", "key"], descending=[True, True, True, False])
        .head(max_panels)
    )
    key = _lang_key(lang)
    unit_names = [
        unit_label(u, lang) for u in wide["unit"].to_list()
    ]  # (元) / (percent) in the panel title
    wide = wide.with_columns(
        pl.Series("unit_name", unit_names, dtype=pl.String()),
        pl.int_range(pl.len()).alias("panel"),
    )
    out = rows.join(wide, on=group, how="inner")
    measure = (
        pl.col("measure")
        if key == "en"
        else pl.col("measure").replace_strict(
            {"level": "总量", "growth": "增速", "share": "占比", "pp": "百分点", "rank": "排名"},
            default=pl.col("measure"),
        )
    )
    return out.with_columns(
        (
            pl.col("key")
            + pl.lit("（")
            + measure
            + pl.lit("，")
            + pl.col("unit_name")
            + pl.lit("）")
        ).alias("indicator")
    ).sort(["panel", "x", "entity"], nulls_last=True)


def subject_trends(
    indicators: pl.DataFrame | None,
    items: pl.DataFrame,
    issues: pl.DataFrame,
    *,
    lang: str = "zh",
) -> alt.TopLevelMixin:
    """Small multiples, one per indicator reported by several entities or issues: value over
    the period's end, one coloured line per entity (a single issue shows one dot per entity)."""
    t = _t(lang)
    data = trend_frame(indicators, items, issues, lang=lang)
    panels = data["indicator"].unique(maintain_order=True).to_list()
    title = t["trend_title"].format(n=len(panels))
    if data.is_empty():
        return _no_data(title, t["trend_sub"], t["no_data"])
    base = alt.Chart().encode(
        # ordinal: periods are few and irregular; each is labelled with its exact end date
        x=alt.X("x:O", title=t["trend_x"], sort="ascending", axis=alt.Axis(labelAngle=-40)),
        y=alt.Y("value:Q", title=t["trend_y"], scale=alt.Scale(zero=False)),
        color=alt.Color("entity:N", title=t["entity"], legend=alt.Legend(columns=2)),
        tooltip=_indicator_tooltip(
            t,
            alt.Tooltip("value:Q", title=t["value"], format=",.2~f"),
            alt.Tooltip("issue:N", title=t["issue"]),
        ),
    )
    chart = (
        alt.layer(base.mark_line(), base.mark_point(filled=True, size=60), data=data)
        .properties(width=200, height=140)
        .facet(
            facet=alt.Facet(
                "indicator:N", title=None, sort=panels, header=alt.Header(labelLimit=220)
            ),
            columns=3,
        )
        .resolve_scale(y="independent")
        .properties(title=alt.Title(title, subtitle=t["trend_sub"]))
    )
    return _configure(chart)
