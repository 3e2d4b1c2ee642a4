"""The analyst's brief: readings, the indicators table, citations (fast), and end-to-end renders
of the issue report with indicators and of the series report (marked `slow`, `browser`).

Fixture tables are the real issue 3's items with hand-written indicator rows
(tests/test_charts.py) and a made-up issue 4; no ingest is needed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import polars as pl
import pytest

from kaiju_research import charts, paths, render
from kaiju_research import report_helpers as rh
from kaiju_research.entities import prefectures
from tests.conftest import PROJECT_ROOT
from tests.test_charts import (
    ISSUE3,
    ISSUE3_DATE,
    ISSUE3_FIGURES,
    issue3_items,
    make_indicators,
    series_tables,
)

from .conftest import dump_dom

EVIL = "<script>alert(1)</script>"
ISSUE4 = "hunan-kaiju-bahao-004"


@pytest.fixture(scope="module")
def items3() -> pl.DataFrame:
    return issue3_items()


@pytest.fixture(scope="module")
def ind3(items3: pl.DataFrame) -> pl.DataFrame:
    return make_indicators(items3, ISSUE3_FIGURES)


def full_tables(
    items3: pl.DataFrame, ind3: pl.DataFrame, *, n_issues: int
) -> dict[str, pl.DataFrame]:
    """issues/items/indicators as written by ingest, for 1 or 2 issues."""
    tables = series_tables(items3, ind3)
    n = tables["issues"].height
    lists = pl.List(pl.String)
    issues = tables["issues"].with_columns(
        pl.Series("recipients_bao", [["省委书记"]] * n, dtype=lists),
        pl.Series("recipients_song", [[]] * n, dtype=lists),
        pl.Series("recipients_fa", [["各市州人民政府"]] * n, dtype=lists),
        pl.lit("0731-81112152").alias("contact_phone"),
        pl.lit("szhxtz2024@163.com").alias("contact_email"),
        pl.format("{}.md", pl.col("issue_id")).alias("source"),
        pl.lit("ab" * 32).alias("source_sha256"),
    )
    if n_issues == 1:
        return {
            "issues": issues.head(1),
            "items": tables["items"].filter(pl.col("issue_id") == ISSUE3),
            "indicators": tables["indicators"].filter(pl.col("issue_id") == ISSUE3),
        }
    return {**tables, "issues": issues}


def write_tables(folder: Path, tables: dict[str, pl.DataFrame]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.write_parquet(folder / f"{name}.parquet")
    return folder


# =========================================================================== fast: helpers


def test_series_notebook_has_one_parameters_cell_of_literals() -> None:
    nb = nbformat.read(render.SERIES_NOTEBOOK, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    namespace: dict[str, object] = {}
    exec(tagged[0].source, namespace)  # literals only
    assert namespace["processed_dir"] == ""
    assert namespace["lang"] == "zh"
    assert namespace["offline"] is False
    assert "../data" not in "".join(c.source for c in nb.cells)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == []
            assert cell.execution_count is None


def test_indicators_table_escapes_subject_and_sentence(
    ind3: pl.DataFrame, items3: pl.DataFrame
) -> None:
    evil = ind3.with_columns(
        pl.when(pl.col("raw") == "29.1%").then(pl.lit(EVIL)).otherwise("subject").alias("subject"),
        pl.when(pl.col("raw") == "29.1%")
        .then(pl.lit(f"占年计划的29.1%{EVIL} & <b>x</b>"))
        .otherwise("sentence")
        .alias("sentence"),
    )
    page = rh.indicators_table_html(evil, items3).data
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert EVIL not in page
    assert "<b>x</b>" not in page
    assert "&amp; &lt;b&gt;x&lt;/b&gt;" in page
    assert "占年计划的<mark>29.1%</mark>" in page
    # only the table's own script, which cannot be closed early by data
    assert page.count("<script") == 1
    assert page.count("</script>") == 1
    assert "http" not in page
    assert page.count("<tr>") == ind3.height + 1
    # numeric sort keys: value in base units, as a float
    assert 'data-n="11428000000.0">114.28亿元</td>' in page


def test_indicators_table_in_english(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    page = rh.indicators_table_html(ind3, items3, lang="en").data
    assert "<th>Entity</th>" in page
    assert "<td>Yueyang</td>" in page
    assert "estimate" in page


def test_readings_are_computed_from_the_data(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    growth = rh.growth_reading(ind3, items3).data
    assert "7 项增速，来自 6 个主体" in growth
    assert "最高为湖南省住房和城乡建设厅“装配式建筑产值”86.5%" in growth
    assert "3 个全国/全省基准" in growth
    ranks = rh.rank_reading(ind3, items3).data
    assert "3 项排名" in ranks
    assert "衡阳市“规模工业增加值”排全省第2" in ranks
    progress = rh.progress_reading(ind3, items3, ISSUE3_DATE).data
    assert "全年时间已过 24.7%" in progress
    assert "3 项快于时间进度，1 项慢于时间进度" in progress
    assert "“年度任务”14.1%" in progress
    levels = rh.levels_reading(ind3, items3).data
    assert "湖南省财政厅“全省地方收入”988.4亿元" in levels
    table = rh.indicators_reading(ind3).data
    assert f"{ind3.height} 项数据" in table
    coverage = rh.coverage_reading(items3, prefectures()).data
    assert "14 个市州中 14 个报送" in coverage
    assert "10 个省直部门" in coverage
    en = rh.progress_reading(ind3, items3, ISSUE3_DATE, lang="en").data
    assert "24.7% of the year had elapsed: 3 ahead of time, 1 behind" in en


def test_readings_escape_bulletin_text(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    evil = ind3.with_columns(pl.lit(EVIL).alias("subject"))
    for reading in (
        rh.growth_reading(evil, items3),
        rh.rank_reading(evil, items3),
        rh.levels_reading(evil, items3),
    ):
        assert "&lt;script&gt;" in reading.data
        assert EVIL not in reading.data


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_readings_without_indicators_say_so(items3: pl.DataFrame, lang: str) -> None:
    empty = rh.select_indicators({"issues": pl.DataFrame(), "items": items3})
    assert empty.is_empty()
    assert set(charts.INDICATOR_COLUMNS) <= set(empty.columns)
    for missing in (True, False):
        texts = [
            rh.growth_reading(empty, items3, lang=lang, missing=missing).data,
            rh.rank_reading(empty, items3, lang=lang, missing=missing).data,
            rh.progress_reading(empty, items3, ISSUE3_DATE, lang=lang, missing=missing).data,
            rh.levels_reading(empty, items3, lang=lang, missing=missing).data,
            rh.indicators_reading(empty, lang=lang, missing=missing).data,
        ]
        for text in texts:
            assert 'class="kaiju-note"' in text
            if missing:
                assert "indicators.parquet" in text


def test_header_counts_items_entities_and_quantities(
    ind3: pl.DataFrame, items3: pl.DataFrame
) -> None:
    issue = {"series": "湖南省实施“开局八好”行动 工作专刊", "number": 3, "date": ISSUE3_DATE}
    page = rh.header_html(issue, items3, indicators=ind3).data
    assert "<li><strong>24</strong> 条目</li>" in page
    assert "<li><strong>24</strong> 主体</li>" in page
    assert f"<li><strong>{ind3.height}</strong> 数据</li>" in page
    assert "数据" not in rh.header_html(issue, items3).data  # no indicators table: no count


def test_citation_matches_citation_cff() -> None:
    cff = (PROJECT_ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert f'title: "{rh.CITATION_TITLE}"' in cff
    assert f"version: {rh.CITATION_VERSION}" in cff
    assert f'date-released: "{rh.CITATION_DATE}"' in cff
    assert f'name: "{rh.CITATION_AUTHORS}"' in cff
    assert f'message: "{rh.CITATION_MESSAGE}"' in cff
    assert f"license: {rh.CITATION_LICENSE}" in cff


def test_citation_html_names_the_bulletin_and_the_package() -> None:
    issue = {
        "series": "湖南省实施“开局八好”行动 工作专刊",
        "number": 3,
        "date": ISSUE3_DATE,
        "issuer": "省实施“开局八好”行动综合协调组",
        "source": "hunan-kaiju-bahao-003.md",
        "source_sha256": "0123456789abcdef" * 4,
    }
    page = rh.citation_html(issue).data
    assert (
        "省实施“开局八好”行动综合协调组. 湖南省实施“开局八好”行动 工作专刊. 第3期. 2026-04-01."
        in page
    )
    assert "0123456789abcdef…" in page
    assert "The kaiju_research developers (2026)" in page
    assert "(version 0.1.0)" in page
    evil = rh.citation_html({**issue, "issuer": EVIL}).data
    assert EVIL not in evil
    assert "&lt;script&gt;" in evil


def test_series_readings(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    two = full_tables(items3, ind3, n_issues=2)
    one = full_tables(items3, ind3, n_issues=1)
    assert "共 2 期，2026-04-01 至 2026-04-08，期号 3–4" in rh.issues_reading(two["issues"]).data
    gap = two["issues"].with_columns(pl.Series("number", [3, 6]))
    assert "缺期号：4, 5" in rh.issues_reading(gap).data
    single = rh.issues_reading(one["issues"]).data
    assert "目前只有 1 期" in single
    assert "纳入更多期后" in single
    assert "Once more issues are ingested" in rh.issues_reading(one["issues"], lang="en").data
    matrix = rh.matrix_reading(two["items"], two["issues"]).data
    assert "24 个主体在 2 期中报送了 26 条" in matrix
    assert "每期都报送的有 2 个主体" in matrix
    trend_one = rh.trend_reading(one["indicators"], one["items"], one["issues"]).data
    assert "只有 1 期" in trend_one
    trend_two = rh.trend_reading(two["indicators"], two["items"], two["issues"]).data
    assert "“规模工业增加值（增速，%）”（2 个主体，2 期）" in trend_two
    header = rh.series_header_html(two["issues"], two["items"], two["indicators"]).data
    assert "<li><strong>2</strong> 期</li>" in header


def test_index_links_the_series_report() -> None:
    issues = pl.DataFrame(
        {"issue_id": ["a-001"], "series": ["s"], "number": [1], "date": [dt.date(2026, 4, 1)]}
    )
    page = render.index_html(issues, None, available=["a-001", "series"])
    assert '<a href="series.html">' in page
    assert "series.html" not in render.index_html(issues, None, available=["a-001"])


def test_series_is_not_an_issue_id(tmp_path: Path) -> None:
    with pytest.raises(render.RenderError, match="reserved"):
        render.render_report("series", processed_dir=tmp_path, reports_dir=tmp_path)


def test_series_input_hash_tracks_every_issue(ind3: pl.DataFrame, items3: pl.DataFrame) -> None:
    tables = full_tables(items3, ind3, n_issues=2)
    before = render.series_input_hash(tables)
    assert render.series_input_hash(tables) == before
    shuffled = {name: frame.reverse() for name, frame in tables.items()}
    assert render.series_input_hash(shuffled) == before  # row order does not matter
    edited = {**tables, "indicators": tables["indicators"].with_columns(pl.col("value") + 1)}
    assert render.series_input_hash(edited) != before


# =========================================================================== end to end


@dataclass(frozen=True)
class Rendered:
    processed: Path
    reports: Path
    summary: render.RenderSummary
    seconds: float


@pytest.fixture(scope="module")
def rendered(
    tmp_path_factory: pytest.TempPathFactory, items3: pl.DataFrame, ind3: pl.DataFrame
) -> Rendered:
    """Two issues with indicators: both issue reports and the series report."""
    root = tmp_path_factory.mktemp("series-e2e")
    processed = write_tables(root / "processed", full_tables(items3, ind3, n_issues=2))
    reports = root / "reports"
    start = time.perf_counter()
    summary = render.render_reports(
        None, processed_dir=processed, reports_dir=reports, jobs=2, progress=False
    )
    return Rendered(processed, reports, summary, time.perf_counter() - start)


def chart_ids(page: str) -> set[str]:
    return set(re.findall(r'<div id="(altair-viz-\d+)"', page))


@pytest.mark.slow
def test_series_report_renders_offline(rendered: Rendered) -> None:
    assert rendered.summary.ok, str(rendered.summary)
    assert rendered.summary.series == "rendered"
    assert rendered.summary.rendered == [ISSUE3, ISSUE4]
    page = (rendered.reports / "series.html").read_text(encoding="utf-8")
    assert '<script src="http' not in page
    assert "cdn.jsdelivr" not in page
    assert page.count("window.vegaEmbed=") == 1
    assert len(chart_ids(page)) == 3  # timeline, matrix, trends
    assert "共 2 期" in page
    assert "processed_dir = " not in page  # parameters cell removed, code hidden
    manifest = json.loads((rendered.reports / ".manifest.json").read_text())["reports"]
    assert f'content="{manifest["series"]["input_hash"]}"' in page
    index = (rendered.reports / "index.html").read_text(encoding="utf-8")
    assert index.count('href="series.html"') == 1
    assert index.count(f'href="{ISSUE3}.html"') == 1


@pytest.mark.slow
def test_issue_report_is_an_analysts_brief(rendered: Rendered) -> None:
    page = (rendered.reports / f"{ISSUE3}.html").read_text(encoding="utf-8")
    # tile map, departments, growth, ranks, progress, levels
    assert len(chart_ids(page)) == 6
    assert "7 项增速，来自 6 个主体" in page
    assert "全年时间已过 24.7%" in page
    assert 'class="kaiju-items kaiju-indicators kaiju-sortable"' in page
    assert "The kaiju_research developers (2026)" in page
    assert '<script src="http' not in page


@pytest.mark.slow
def test_series_report_is_incremental_and_deterministic(rendered: Rendered) -> None:
    first = (rendered.reports / "series.html").read_bytes()
    again = render.render_reports(
        None, processed_dir=rendered.processed, reports_dir=rendered.reports, progress=False
    )
    assert again.series == "up to date"
    assert again.rendered == []
    assert str(again) == "nothing to render: all 2 reports up to date"
    render.render_series_report(processed_dir=rendered.processed, reports_dir=rendered.reports)
    assert (rendered.reports / "series.html").read_bytes() == first


@pytest.mark.slow
def test_series_report_with_one_issue_and_no_indicators(
    tmp_path: Path, items3: pl.DataFrame, ind3: pl.DataFrame
) -> None:
    tables = full_tables(items3, ind3, n_issues=1)
    del tables["indicators"]
    processed = write_tables(tmp_path / "processed", tables)
    start = time.perf_counter()
    path = render.render_series_report(processed_dir=processed, reports_dir=tmp_path / "reports")
    seconds = time.perf_counter() - start
    page = path.read_text(encoding="utf-8")
    assert "目前只有 1 期" in page
    assert "indicators.parquet" in page  # the trends section says the table is missing
    assert len(chart_ids(page)) == 2  # timeline and matrix; no trends without indicators
    assert '<script src="http' not in page
    assert seconds < 20, f"series report took {seconds:.1f} s"


# --------------------------------------------------------------------------- browser


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("name", ["series", ISSUE3])
def test_every_chart_draws_offline_in_chromium(
    rendered: Rendered, chromium: list[str], name: str
) -> None:
    html_path = rendered.reports / f"{name}.html"
    n_charts = len(chart_ids(html_path.read_text(encoding="utf-8")))
    dom = dump_dom(chromium, html_path)
    assert dom.count('class="marks"') == n_charts
    assert 'class="error"' not in dom.replace('class="error" style="color:red;">${', "")
    assert 'data-ready="1"' in dom or name == "series"  # the table's sort script ran


def test_notebooks_folder_is_the_projects() -> None:
    assert render.SERIES_NOTEBOOK.parent == paths.NOTEBOOKS_DIR
    assert render.SERIES_NOTEBOOK.is_file()
