"""Charts: pure functions from polars frames to Altair charts, one function per chart.

Nothing here reads files: the report notebook loads the tables and the reference data and
passes them in, so every chart can be tested through `chart.to_dict()` on tiny fixture frames.

Every chart carries a title, axis titles, tooltips and a font list that can show Chinese text
(Vega draws text on a canvas/SVG with the browser's fonts; without a CJK family first in the list
some systems fall back to a font without Han glyphs and draw boxes).
"""

from __future__ import annotations

from typing import Final

import altair as alt
import polars as pl

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
