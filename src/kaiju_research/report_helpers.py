"""What the report notebook calls: load one issue, show its header and items as escaped HTML.

Bulletin text is data, not markup: every string taken from a bulletin passes through
`html.escape` before it reaches the report, so a headline containing `<script>` shows as text.
Chart data gets the same protection in `configure_altair` (see `SafeJSONEncoder`).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import polars as pl
from IPython.display import HTML

from kaiju_research import paths
from kaiju_research.errors import KaijuError

# Where Altair's loader would fetch vega/vega-lite/vega-embed if the inlined bundle were missing
# or had other versions. Not a network address on purpose: the chart then shows Altair's red
# "Error loading script: kaiju-offline-bundle-missing/..." instead of quietly using a CDN.
OFFLINE_BASE_URL: Final = "kaiju-offline-bundle-missing"

_LABELS: Final[dict[str, dict[str, str]]] = {
    "zh": {
        "number": "期号",
        "date": "日期",
        "issuer": "编发单位",
        "bao": "报",
        "song": "送",
        "fa": "发",
        "contact": "联系方式",
        "items": "条目",
        "prefectures": "市州",
        "departments": "厅局",
        "other": "其他",
        "seq": "序号",
        "section": "栏目",
        "entity": "主体",
        "headline": "标题（点击展开正文）",
        "issue": "第 {n} 期",
        "none": "（无）",
        "entities": "主体",
        "quantities": "数据",
    },
    "en": {
        "number": "Issue",
        "date": "Date",
        "issuer": "Issued by",
        "bao": "Reported to (报)",
        "song": "Copied to (送)",
        "fa": "Distributed to (发)",
        "contact": "Contact",
        "items": "Items",
        "prefectures": "Prefectures",
        "departments": "Departments",
        "other": "Other",
        "seq": "No.",
        "section": "Section",
        "entity": "Reported by",
        "headline": "Headline (click for the text)",
        "issue": "No. {n}",
        "none": "(none)",
        "entities": "Entities",
        "quantities": "Quantities",
    },
}


class SafeJSONEncoder(json.JSONEncoder):
    """JSON that is safe inside an HTML `<script>` element.

    Altair writes the chart spec (with the data, hence bulletin headlines) into a `<script>`;
    a headline containing `</script>` would end that element and inject markup. `<`, `>` and
    `&` only occur inside JSON strings, where `\\u003c` etc. decode to the same characters.
    """

    def encode(self, o: Any) -> str:
        text = super().encode(o)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def configure_altair(*, offline: bool) -> None:
    """Set Altair's default HTML renderer up for this report.

    Always: script-safe JSON. When `offline` (the render pipeline passes `offline=True`): point
    the loader away from the CDN; the exported page inlines the libraries and the `VEGA_DEBUG`
    versions that make Altair's loader skip loading them. Interactively (JupyterLab) keep the CDN
    so the notebook still draws charts while being edited.
    """
    import altair as alt

    options: dict[str, Any] = {"json_kwds": {"cls": SafeJSONEncoder}}
    if offline:
        options["base_url"] = OFFLINE_BASE_URL
    alt.renderers.enable("default", **options)


def load_report_tables(processed_dir: str | Path = "") -> dict[str, pl.DataFrame]:
    """The processed tables; an empty `processed_dir` means the project's default folder.

    A table whose Parquet file does not exist is left out (not replaced by an empty frame), so
    the report can tell "no indicators table yet" from "no figures in this issue".
    """
    folder = Path(processed_dir) if processed_dir else paths.PROCESSED_DIR
    tables = _load_tables(folder)
    return {name: frame for name, frame in tables.items() if (folder / f"{name}.parquet").is_file()}


def _load_tables(folder: Path) -> dict[str, pl.DataFrame]:
    from kaiju_research.tables import load_tables

    return load_tables(folder)


def load_prefectures() -> pl.DataFrame:
    """The 14 prefectures (reference data) for the coverage tile map."""
    from kaiju_research.entities import prefectures

    return prefectures()


def select_issue(
    tables: Mapping[str, pl.DataFrame], issue_id: str
) -> tuple[dict[str, Any], pl.DataFrame]:
    """One issue's header row (as a dict) and its items in bulletin order."""
    issues = tables["issues"].filter(pl.col("issue_id") == issue_id)
    if issues.height != 1:
        known = ", ".join(tables["issues"]["issue_id"].sort().to_list()) or "none"
        raise KaijuError(f"issue {issue_id!r}: {issues.height} rows in issues (known: {known})")
    items = tables["items"].filter(pl.col("issue_id") == issue_id).sort("seq")
    return issues.row(0, named=True), items


def _e(value: Any) -> str:
    """Escape any value for HTML text and attribute context."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return html.escape(str(value), quote=True)


def _list(values: Iterable[str] | None, none: str) -> str:
    values = [v for v in (values or []) if v]
    return "、".join(_e(v) for v in values) if values else _e(none)


def _labels(lang: str) -> dict[str, str]:
    return _LABELS.get(lang, _LABELS["zh"])


def header_html(
    issue: Mapping[str, Any],
    items: pl.DataFrame,
    *,
    lang: str = "zh",
    indicators: pl.DataFrame | None = None,
) -> HTML:
    """The issue's masthead: series, number, date, issuer, recipients, counts (items, entities
    and, when `indicators` is given, quantities)."""
    t = _labels(lang)
    kinds = items["entity_kind"].value_counts()
    count = dict(zip(kinds["entity_kind"].to_list(), kinds["count"].to_list(), strict=True))
    contact = " · ".join(
        _e(v) for v in (issue.get("contact_phone"), issue.get("contact_email")) if v
    )
    rows = [
        (t["number"], _e(t["issue"].format(n=issue.get("number")))),
        (t["date"], _e(issue.get("date"))),
        (t["issuer"], _e(issue.get("issuer"))),
        (t["bao"], _list(issue.get("recipients_bao"), t["none"])),
        (t["song"], _list(issue.get("recipients_song"), t["none"])),
        (t["fa"], _list(issue.get("recipients_fa"), t["none"])),
        (t["contact"], contact or _e(t["none"])),
    ]
    counts = [
        (t["items"], items.height),
        (t["entities"], _n_entities(items)),
        (t["prefectures"], count.get("prefecture", 0)),
        (t["departments"], count.get("department", 0)),
        (t["other"], count.get("other", 0)),
    ]
    if indicators is not None:
        counts.append((t["quantities"], indicators.height))
    parts = [
        '<header class="kaiju-header">',
        f"<h1>{_e(issue.get('series'))}</h1>",
        '<dl class="kaiju-meta">',
        *(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in rows),
        "</dl>",
        '<ul class="kaiju-counts">',
        *(f"<li><strong>{n}</strong> {_e(k)}</li>" for k, n in counts),
        "</ul>",
        "</header>",
    ]
    return HTML("\n".join(parts))


def items_table_html(items: pl.DataFrame, *, lang: str = "zh") -> HTML:
    """Every item: number, section, reporting entity, headline with the body folded under it."""
    t = _labels(lang)
    head = "".join(f"<th>{_e(t[k])}</th>" for k in ("seq", "section", "entity", "headline"))
    rows = []
    for item in items.sort("seq").iter_rows(named=True):
        entity = _e(item.get("entity_name"))
        if item.get("entity_name_en"):
            entity += f'<br><span class="kaiju-en">{_e(item["entity_name_en"])}</span>'
        rows.append(
            "<tr>"
            f"<td>{_e(item.get('seq'))}</td>"
            f"<td>{_e(item.get('section'))}</td>"
            f"<td>{entity}</td>"
            f"<td><details><summary>{_e(item.get('headline'))}</summary>"
            f"<p>{_e(item.get('body'))}</p></details></td>"
            "</tr>"
        )
    return HTML(
        '<table class="kaiju-items">'
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody>"
        "</table>"
    )


# =========================================================================== analyst's brief
#
# One-line readings above each chart, computed from the same frames the charts draw
# (`charts.*_frame`), the indicators table as HTML, and how to cite the bulletin and the package.


def _n_entities(items: pl.DataFrame) -> int:
    """Distinct reporting entities (by code, else by name)."""
    if items.is_empty():
        return 0
    key = pl.coalesce(pl.col("entity_code").cast(pl.String), pl.col("entity_name").cast(pl.String))
    return items.select(key.n_unique()).item()


def indicators_missing(tables: Mapping[str, pl.DataFrame]) -> bool:
    """True when there is no indicators table at all (not yet ingested with `extract`)."""
    return "indicators" not in tables


def select_indicators(
    tables: Mapping[str, pl.DataFrame], issue_id: str | None = None
) -> pl.DataFrame:
    """The indicators (of one issue, or all), sorted by issue, item and offset; with every
    contract column, so an absent table is an empty frame the charts and readings accept."""
    from kaiju_research.charts import conform_indicators

    frame = conform_indicators(tables.get("indicators"))
    if issue_id is not None:
        frame = frame.filter(pl.col("issue_id") == issue_id)
    return frame.sort(["issue_id", "seq", "start"], nulls_last=True, maintain_order=True)


_R: Final[dict[str, dict[str, str]]] = {
    "zh": {
        "missing": "指标表（indicators.parquet）尚未生成，本节暂无内容；"
        "运行 kaiju ingest 后将显示{what}。",
        "growth_what": "每项增速",
        "rank_what": "文中的每项排名",
        "progress_what": "计划与任务的完成比例",
        "levels_what": "金额与数量",
        "table_what": "每项数据及其原句",
        "trend_what": "多主体、多期报送的指标走势",
        "growth_none": "本期没有增速数据。",
        "growth": "本期共 {n} 项增速，来自 {e} 个主体；最高为{top}，最低为{low}。",
        "growth_neg": "其中 {k} 项为下降。",
        "growth_bench": "文中给出 {k} 个全国/全省基准（图中短竖线）。",
        "rank_none": "本期没有排名数据。",
        "rank": "本期共 {n} 项排名，来自 {e} 个主体；最靠前的是{best}。",
        "progress_none": "本期没有计划或任务完成比例。",
        "progress": "本期共 {n} 项计划或任务完成比例，来自 {e} 个主体；"
        "截至 {d} 全年时间已过 {p:.1f}%，"
        "{ahead} 项快于时间进度，{behind} 项慢于时间进度{lowest}。",
        "progress_lowest": "（最慢：{x}）",
        "levels_none": "本期没有金额或数量数据。",
        "levels": "本期共 {n} 项总量，来自 {e} 个主体，{u} 种单位（{units}）；{largest}",
        "levels_largest": "金额最大的是{x}。",
        "levels_largest_any": "最大的是{x}。",
        "table_none": "本期没有提取到数据。",
        "table": "本期共 {n} 项数据，来自 {k} 个条目：实际 {a} 项、预计 {es} 项、目标 {t} 项。"
        "点击表头排序，在输入框中筛选。",
        "coverage": "14 个市州中 {p} 个报送{missing_p}；另有 {d} 个省直部门报送{other}。",
        "coverage_missing": "（未报送：{names}）",
        "coverage_other": "，{o} 条来自其他主体",
        "figure": "{entity}“{subject}”{raw}",
        "figure_ctx": "{entity}“{subject}”{raw}（{ctx}）",
        "sep": "、",
        "filter": "筛选…",
        "source": "资料来源",
        "cite": "引用本工具",
        "issue_no": "第{n}期",
        "source_file": "源文件",
        "series_one": "目前只有 1 期（{d}）。"
        "纳入更多期后，此处将显示发刊节奏、各期报送矩阵和指标走势。",
        "series_many": "共 {n} 期，{d0} 至 {d1}，期号 {n0}–{n1}{gaps}。",
        "series_gaps": "；缺期号：{g}",
        "series_none": "还没有任何一期：运行 kaiju ingest 后将显示各期。",
        "matrix": "{e} 个主体在 {n} 期中报送了 {k} 条；{every}",
        "matrix_every": "每期都报送的有 {m} 个主体。",
        "matrix_one": "纳入更多期后，可看出谁持续报送、谁时有时无。",
        "trend_none": "还没有由多个主体或多期报送的同一指标。",
        "trend_one": "只有 1 期：下图按主体比较同一指标（{n} 项，最多的是“{top}”，{e} 个主体）；"
        "纳入更多期后，每格将显示随时间的走势。",
        "trend_many": "{n} 项指标由多个主体或多期报送；最多的是“{top}”（{e} 个主体，{i} 期）。",
    },
    "en": {
        "missing": "The indicators table (indicators.parquet) is not available yet, so this "
        "section is empty; after `kaiju ingest` it shows {what}.",
        "growth_what": "every growth rate",
        "rank_what": "every rank the text states",
        "progress_what": "the shares of plans and tasks done",
        "levels_what": "amounts and volumes",
        "table_what": "every figure with its sentence",
        "trend_what": "indicators reported by several entities or issues",
        "growth_none": "No growth figures in this issue.",
        "growth": "{n} growth figures from {e} entities; the highest is {top}, the lowest {low}.",
        "growth_neg": " {k} of them are declines.",
        "growth_bench": " The text states {k} national/provincial benchmarks (ticks).",
        "rank_none": "No ranks in this issue.",
        "rank": "{n} ranks stated by {e} entities; the best placed: {best}.",
        "progress_none": "No shares of plans or tasks in this issue.",
        "progress": "{n} shares of plans or tasks from {e} entities; on {d}, {p:.1f}% of the year "
        "had elapsed: {ahead} ahead of time, {behind} behind{lowest}.",
        "progress_lowest": " (furthest behind: {x})",
        "levels_none": "No amounts or volumes in this issue.",
        "levels": "{n} amounts from {e} entities in {u} units ({units}); {largest}",
        "levels_largest": "the largest sum of money is {x}.",
        "levels_largest_any": "the largest is {x}.",
        "table_none": "No figures were extracted from this issue.",
        "table": "{n} figures from {k} items: {a} actual, {es} estimates, {t} targets. Click a "
        "column header to sort; type in the box to filter.",
        "coverage": "{p} of Hunan's 14 prefectures reported{missing_p}, and {d} provincial "
        "departments{other}.",
        "coverage_missing": " (not reported: {names})",
        "coverage_other": "; {o} items came from other bodies",
        "figure": "{entity}, {subject} {raw}",
        "figure_ctx": "{entity}, {subject} {raw} ({ctx})",
        "sep": "; ",
        "filter": "filter…",
        "source": "Source",
        "cite": "Cite this tool",
        "issue_no": "No. {n}",
        "source_file": "source file",
        "series_one": "One issue so far ({d}). Once more issues are ingested, this report shows "
        "the publishing rhythm, who reported in which issue and how indicators move.",
        "series_many": "{n} issues from {d0} to {d1}, numbers {n0}–{n1}{gaps}.",
        "series_gaps": "; missing numbers: {g}",
        "series_none": "No issues yet: run `kaiju ingest`.",
        "matrix": "{e} entities reported {k} items across {n} issues; {every}",
        "matrix_every": "{m} reported in every issue.",
        "matrix_one": "with more issues this shows who reports steadily and who now and then.",
        "trend_none": "No indicator is reported by several entities or in several issues yet.",
        "trend_one": "One issue only: the panels compare entities on the same indicator ({n}; "
        "the widest is “{top}”, {e} entities); with more issues each panel shows a trend.",
        "trend_many": "{n} indicators are reported by several entities or issues; the widest is "
        "“{top}” ({e} entities, {i} issues).",
    },
}


def _r(lang: str) -> dict[str, str]:
    return _R.get(lang, _R["zh"])


def _reading(text: str, *, kind: str = "reading") -> HTML:
    """One paragraph of prose (escaped) in the report's reading style."""
    style = (
        "font-size:1.02rem;color:#2d3748;border-left:3px solid #2b6cb0;"
        "padding:.2rem .7rem;margin:.4rem 0 .8rem;text-align:left"
    )
    if kind == "note":
        style = style.replace("#2b6cb0", "#a0aec0").replace("#2d3748", "#4a5568")
    return HTML(f'<p class="kaiju-{kind}" style="{style}">{_e(text)}</p>')


def _figure(row: Mapping[str, Any], lang: str, ctx: str = "") -> str:
    r = _r(lang)
    key = "figure_ctx" if ctx else "figure"
    return r[key].format(
        entity=row.get("entity") or "",
        subject=row.get("subject_label") or "",
        raw=row.get("raw") or "",
        ctx=ctx,
    )


def _ctx(row: Mapping[str, Any], lang: str) -> str:
    sep = "，" if lang != "en" else ", "
    return sep.join(x for x in (row.get("period"), row.get("comparison_label")) if x)


def missing_note(what: str, *, lang: str = "zh") -> HTML:
    """Says the indicators table is missing and what the section will show."""
    r = _r(lang)
    return _reading(r["missing"].format(what=r[f"{what}_what"]), kind="note")


def growth_reading(
    indicators: pl.DataFrame, items: pl.DataFrame, *, lang: str = "zh", missing: bool = False
) -> HTML:
    """“12 growth figures from 7 entities; the highest is …, the lowest …”."""
    from kaiju_research import charts

    if missing:
        return missing_note("growth", lang=lang)
    r = _r(lang)
    data = charts.growth_frame(indicators, items, lang=lang)
    if data.is_empty():
        return _reading(r["growth_none"], kind="note")
    top, low = data.row(0, named=True), data.row(data.height - 1, named=True)
    text = r["growth"].format(
        n=data.height,
        e=data["entity"].n_unique(),
        top=_figure(top, lang, _ctx(top, lang)),
        low=_figure(low, lang, _ctx(low, lang)),
    )
    negative = int((data["value"] < 0).sum())
    if negative:
        text += r["growth_neg"].format(k=negative)
    benchmarks = charts.growth_benchmarks(indicators, items, lang=lang).height
    if benchmarks:
        text += r["growth_bench"].format(k=benchmarks)
    return _reading(text)


def rank_reading(
    indicators: pl.DataFrame, items: pl.DataFrame, *, lang: str = "zh", missing: bool = False
) -> HTML:
    """“3 ranks stated by 3 entities; the best placed: …”."""
    from kaiju_research import charts

    if missing:
        return missing_note("rank", lang=lang)
    r = _r(lang)
    data = charts.rank_frame(indicators, items, lang=lang)
    if data.is_empty():
        return _reading(r["rank_none"], kind="note")
    best_value = data["value"].min()
    best = [
        _figure({**row, "raw": row["clause"] or row["raw"]}, lang)
        for row in data.filter(pl.col("value") == best_value).iter_rows(named=True)
    ]
    text = r["rank"].format(n=data.height, e=data["entity"].n_unique(), best=r["sep"].join(best))
    return _reading(text)


def progress_reading(
    indicators: pl.DataFrame,
    items: pl.DataFrame,
    issue_date: dt.date | None,
    *,
    lang: str = "zh",
    missing: bool = False,
) -> HTML:
    """How many shares of plans are ahead of / behind the share of the year elapsed."""
    from kaiju_research import charts

    if missing:
        return missing_note("progress", lang=lang)
    r = _r(lang)
    data = charts.progress_frame(indicators, items, lang=lang)
    if data.is_empty() or issue_date is None:
        return _reading(r["progress_none"], kind="note")
    elapsed = charts.year_elapsed(issue_date)
    behind = data.filter(pl.col("value") < elapsed)
    lowest = ""
    if behind.height:
        lowest = r["progress_lowest"].format(x=_figure(behind.row(-1, named=True), lang))
    text = r["progress"].format(
        n=data.height,
        e=data["entity"].n_unique(),
        d=issue_date.isoformat(),
        p=elapsed,
        ahead=data.height - behind.height,
        behind=behind.height,
        lowest=lowest,
    )
    return _reading(text)


def levels_reading(
    indicators: pl.DataFrame, items: pl.DataFrame, *, lang: str = "zh", missing: bool = False
) -> HTML:
    """Counts of amounts by unit and the largest sum of money."""
    from kaiju_research import charts

    if missing:
        return missing_note("levels", lang=lang)
    r = _r(lang)
    data = charts.levels_frame(indicators, items, lang=lang)
    if data.is_empty():
        return _reading(r["levels_none"], kind="note")
    units = data["unit"].unique(maintain_order=True).to_list()
    # Actual figures and estimates first: a target (5000亿元的目标) is not an amount reached.
    reached = data.filter(pl.col("modality") != "target")
    money = (reached if reached.height else data).filter(pl.col("unit") == "元")
    money = money.sort("value", descending=True)
    if money.height:
        largest = r["levels_largest"].format(x=_figure(money.row(0, named=True), lang))
    else:
        first = data.filter(pl.col("unit") == units[0]).sort("value", descending=True)
        largest = r["levels_largest_any"].format(x=_figure(first.row(0, named=True), lang))
    text = r["levels"].format(
        n=data.height,
        e=data["entity"].n_unique(),
        u=len(units),
        units=r["sep"].join(charts.unit_label(u, lang) for u in units),
        largest=largest,
    )
    return _reading(text)


def indicators_reading(
    indicators: pl.DataFrame, *, lang: str = "zh", missing: bool = False
) -> HTML:
    """How many figures, from how many items, by modality."""
    if missing:
        return missing_note("table", lang=lang)
    r = _r(lang)
    if indicators.is_empty():
        return _reading(r["table_none"], kind="note")
    modality = indicators["modality"].value_counts()
    count = dict(zip(modality["modality"].to_list(), modality["count"].to_list(), strict=True))
    text = r["table"].format(
        n=indicators.height,
        k=indicators.select(pl.struct("issue_id", "seq").n_unique()).item(),
        a=count.get("actual", 0),
        es=count.get("estimate", 0),
        t=count.get("target", 0),
    )
    return _reading(text)


def coverage_reading(items: pl.DataFrame, prefectures: pl.DataFrame, *, lang: str = "zh") -> HTML:
    """Which prefectures reported, how many departments, and who did not report."""
    r = _r(lang)
    reported = set(items.filter(pl.col("entity_kind") == "prefecture")["entity_code"].to_list())
    name_col = "name_en" if lang == "en" else "short_name"
    absent = [
        name
        for code, name in prefectures.sort("code").select("code", name_col).iter_rows()
        if code not in reported
    ]
    departments = items.filter(pl.col("entity_kind") == "department")["entity_code"].n_unique()
    others = items.filter(pl.col("entity_kind") == "other").height
    text = r["coverage"].format(
        p=len(reported & set(prefectures["code"].to_list())),
        missing_p=r["coverage_missing"].format(names=r["sep"].join(absent)) if absent else "",
        d=departments,
        other=r["coverage_other"].format(o=others) if others else "",
    )
    return _reading(text)


# --------------------------------------------------------------------------- indicators table

_TABLE_HEAD: Final[dict[str, list[str]]] = {
    "zh": ["序号", "主体", "指标", "原文", "类型", "时期", "性质", "原句"],
    "en": ["No.", "Entity", "Indicator", "As written", "Kind", "Period", "Modality", "Sentence"],
}
_MEASURE_LABELS: Final[dict[str, dict[str, str]]] = {
    "zh": {"level": "总量", "growth": "增速", "share": "占比", "pp": "百分点", "rank": "排名"},
    "en": {
        "level": "level",
        "growth": "growth",
        "share": "share",
        "pp": "pp difference",
        "rank": "rank",
    },
}

# Sorting and filtering without any library: click a header to sort by that column (numbers by
# `data-n`, else `data-v`, else the cell's text), type in the box to hide rows that do not
# contain the text. Runs once per table (data-ready), contains no "</".
_TABLE_SCRIPT: Final = """<script type="text/javascript">
(function () {
  var tables = document.querySelectorAll("table.kaiju-sortable:not([data-ready])");
  Array.prototype.forEach.call(tables, function (table) {
    table.setAttribute("data-ready", "1");
    var body = table.tBodies[0];
    var key = function (row, col) {
      var cell = row.cells[col];
      var n = cell.getAttribute("data-n");
      if (n !== null && n !== "") { return parseFloat(n); }
      return cell.getAttribute("data-v") || cell.textContent;
    };
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.style.cursor = "pointer";
      th.title = "sort";
      th.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) {
          h.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a, col), y = key(b, col);
          var c = (typeof x === "number" && typeof y === "number") ? x - y
            : String(x).localeCompare(String(y), "zh");
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var box = table.parentNode.querySelector("input.kaiju-filter");
    if (box) {
      box.addEventListener("input", function () {
        var q = box.value.trim().toLowerCase();
        Array.prototype.forEach.call(body.rows, function (r) {
          r.style.display = !q || r.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
        });
      });
    }
  });
})();
</script>"""

_TABLE_STYLE: Final = """<style>
.jp-RenderedHTMLCommon table.kaiju-indicators td.n { text-align: right;
  font-variant-numeric: tabular-nums; white-space: nowrap; }
.jp-RenderedHTMLCommon table.kaiju-indicators td.s { font-size: .85em; color: #4a5568;
  min-width: 16em; }
.jp-RenderedHTMLCommon table.kaiju-indicators td.t,
.jp-RenderedHTMLCommon table.kaiju-indicators th { white-space: nowrap; }
.jp-RenderedHTMLCommon table.kaiju-indicators td:nth-child(3) { min-width: 6em; }
.jp-RenderedHTMLCommon table.kaiju-indicators mark { background: #fefcbf; padding: 0 .1em; }
.jp-RenderedHTMLCommon table.kaiju-indicators th[aria-sort=ascending]::after { content: " ▲"; }
.jp-RenderedHTMLCommon table.kaiju-indicators th[aria-sort=descending]::after { content: " ▼"; }
.jp-RenderedHTMLCommon input.kaiju-filter { margin: .3rem 0 .5rem; padding: .25rem .5rem;
  width: 18rem; border: 1px solid #cbd5e0; border-radius: 4px; }
</style>"""


def _marked(sentence: str, raw: str, at: int | None = None) -> str:
    """The sentence escaped, with the figure highlighted: at offset `at` when it is given and
    holds `raw`, else the first occurrence of `raw`."""
    if at is None or sentence[at : at + len(raw)] != raw:
        at = sentence.find(raw) if raw else -1
    if at < 0:
        return _e(sentence)
    return f"{_e(sentence[:at])}<mark>{_e(raw)}</mark>{_e(sentence[at + len(raw) :])}"


def indicators_table_html(
    indicators: pl.DataFrame, items: pl.DataFrame, *, lang: str = "zh"
) -> HTML:
    """Every figure: item number, entity, indicator, value as written, kind, period, modality
    and the source sentence with the figure highlighted. Escaped; sortable and filterable by a
    small inline script (no network)."""
    from kaiju_research import charts

    key = "en" if lang == "en" else "zh"
    rows = charts.indicator_rows(indicators, items, lang=lang)
    head = "".join(f"<th>{_e(h)}</th>" for h in _TABLE_HEAD[key])
    body = []
    for row in rows.iter_rows(named=True):
        kind = _MEASURE_LABELS[key].get(row["measure"] or "", row["measure"] or "")
        if row["comparison_label"]:
            kind += f" · {row['comparison_label']}"
        modality = row["modality_label"]
        if row["bound_label"]:
            modality += f" · {row['bound_label']}"
        entity = _e(row["entity"])
        if key == "zh" and row.get("entity_name_en"):
            entity += f'<br><span class="kaiju-en">{_e(row["entity_name_en"])}</span>'
        subject = _e(row["subject_label"])
        if key == "zh" and row.get("subject_en"):
            subject += f'<br><span class="kaiju-en">{_e(row["subject_en"])}</span>'
        value = "" if row["value"] is None else repr(float(row["value"]))
        period_key = _e(row["period_end"] or row["period_start"] or "")
        body.append(
            "<tr>"
            f'<td class="n" data-n="{_e(row["seq"])}.{int(row["start"] or 0):06d}">'
            f"{_e(row['seq'])}</td>"
            f"<td>{entity}</td>"
            f"<td>{subject}</td>"
            f'<td class="n" data-n="{_e(value)}">{_e(row["raw"])}</td>'
            f'<td class="t">{_e(kind)}</td>'
            f'<td class="t" data-v="{period_key}">{_e(row["period"])}</td>'
            f'<td class="t">{_e(modality)}</td>'
            f'<td class="s">'
            f"{_marked(row['sentence'] or '', row['raw'] or '', row['raw_in_sentence'])}</td>"
            "</tr>"
        )
    r = _r(lang)
    return HTML(
        _TABLE_STYLE
        + '<div class="kaiju-indicators-wrap">'
        + f'<input type="search" class="kaiju-filter" placeholder="{_e(r["filter"])}" '
        + f'aria-label="{_e(r["filter"])}">'
        + '<table class="kaiju-items kaiju-indicators kaiju-sortable">'
        + f"<thead><tr>{head}</tr></thead>"
        + f"<tbody>{''.join(body)}</tbody>"
        + "</table></div>"
        + _TABLE_SCRIPT
    )


# --------------------------------------------------------------------------- citation

# Mirrors CITATION.cff at the top of the repository (a test checks they agree); kept here so a
# report renders from an installed package, where that file is not shipped.
CITATION_MESSAGE: Final = (
    "If you use kaiju_research or its tables in your research, please cite it as below, "
    "and cite the bulletins themselves (series, number, date, issuer)."
)
CITATION_AUTHORS: Final = "The kaiju_research developers"
CITATION_TITLE: Final = (
    "kaiju_research: reproducible tables and reports from Chinese government work bulletins"
)
CITATION_VERSION: Final = "0.1.0"
CITATION_DATE: Final = "2026-11-28"
CITATION_LICENSE: Final = "MIT"


def package_citation() -> str:
    """How to cite the package, APA-like."""
    return (
        f"{CITATION_AUTHORS} ({CITATION_DATE[:4]}). {CITATION_TITLE} "
        f"(version {CITATION_VERSION}) [Computer software]. License: {CITATION_LICENSE}."
    )


def bulletin_citation(issue: Mapping[str, Any], *, lang: str = "zh") -> str:
    """How to cite one bulletin issue: issuer, series, number, date."""
    r = _r(lang)
    number = issue.get("number")
    parts = [
        issue.get("issuer") or "",
        issue.get("series") or "",
        r["issue_no"].format(n=number) if number is not None else "",
        _e(issue.get("date")) if issue.get("date") else "",
    ]
    return ". ".join(p for p in parts if p) + "."


def citation_html(issues: Mapping[str, Any] | pl.DataFrame, *, lang: str = "zh") -> HTML:
    """The source bulletin(s) — series, number, date, issuer, source file and its SHA-256 — and
    how to cite this package. `issues` is one issue row (a mapping) or the issues frame."""
    r = _r(lang)
    rows = (
        issues.sort(["date", "number", "issue_id"], nulls_last=True).to_dicts()
        if isinstance(issues, pl.DataFrame)
        else [issues]
    )
    sources = []
    for issue in rows:
        line = _e(bulletin_citation(issue, lang=lang))
        if issue.get("source"):
            sha = issue.get("source_sha256") or ""
            line += (
                f' <span class="kaiju-en">{_e(r["source_file"])} <code>{_e(issue["source"])}'
                f"</code>{' SHA-256 ' + _e(sha[:16]) + '…' if sha else ''}</span>"
            )
        sources.append(f"<li>{line}</li>")
    return HTML(
        '<section class="kaiju-citation" style="text-align:left">'
        f"<h3>{_e(r['source'])}</h3>"
        f"<ul>{''.join(sources)}</ul>"
        f"<h3>{_e(r['cite'])}</h3>"
        f"<p>{_e(package_citation())}</p>"
        f'<p class="kaiju-en">{_e(CITATION_MESSAGE)}</p>'
        "</section>"
    )


# --------------------------------------------------------------------------- series report


def series_header_html(
    issues: pl.DataFrame,
    items: pl.DataFrame,
    indicators: pl.DataFrame,
    *,
    lang: str = "zh",
) -> HTML:
    """The series report's masthead: series titles, counts of issues, items, entities and
    quantities, and the date range."""
    t = _labels(lang)
    series = sorted({s for s in issues["series"].to_list() if s}) if issues.height else []
    title = "、".join(series) if series else ("工作专刊" if lang != "en" else "Bulletins")
    dates = issues["date"].drop_nulls().sort() if issues.height else pl.Series([], dtype=pl.Date)
    span = f"{dates[0]} – {dates[-1]}" if dates.len() else ""
    counts = [
        ("期" if lang != "en" else "Issues", issues.height),
        (t["items"], items.height),
        (t["entities"], _n_entities(items)),
        (t["quantities"], indicators.height),
    ]
    heading = "系列报告" if lang != "en" else "Series report"
    return HTML(
        "\n".join(
            [
                '<header class="kaiju-header">',
                f"<h1>{_e(title)}</h1>",
                f"<p>{_e(heading)} · {_e(span)}</p>",
                '<ul class="kaiju-counts">',
                *(f"<li><strong>{n}</strong> {_e(k)}</li>" for k, n in counts),
                "</ul>",
                "</header>",
            ]
        )
    )


def issues_reading(issues: pl.DataFrame, *, lang: str = "zh") -> HTML:
    """How many issues, over which dates, and which numbers are missing in between."""
    r = _r(lang)
    if issues.is_empty():
        return _reading(r["series_none"], kind="note")
    ordered = issues.sort(["date", "number"], nulls_last=True)
    dates = ordered["date"].drop_nulls()
    if issues.height == 1:
        return _reading(r["series_one"].format(d=_e(dates[0]) if dates.len() else "?"))
    numbers = sorted(n for n in issues["number"].to_list() if n is not None)
    gaps = []
    for _series, group in issues.group_by("series", maintain_order=True):
        present = sorted(n for n in group["number"].to_list() if n is not None)
        if present:
            gaps += [n for n in range(present[0], present[-1] + 1) if n not in present]
    gap_text = r["series_gaps"].format(g=", ".join(map(str, sorted(set(gaps))))) if gaps else ""
    text = r["series_many"].format(
        n=issues.height,
        d0=dates[0] if dates.len() else "?",
        d1=dates[-1] if dates.len() else "?",
        n0=numbers[0] if numbers else "?",
        n1=numbers[-1] if numbers else "?",
        gaps=gap_text,
    )
    return _reading(text)


def matrix_reading(items: pl.DataFrame, issues: pl.DataFrame, *, lang: str = "zh") -> HTML:
    """How many entities reported how often."""
    from kaiju_research import charts

    r = _r(lang)
    data = charts.coverage_matrix_frame(items, issues, lang=lang)
    if data.is_empty():
        return _reading(r["series_none"], kind="note")
    n_issues = issues.height
    per_entity = data.group_by("entity").agg(pl.col("issue_id").n_unique().alias("k"))
    every = (
        r["matrix_every"].format(m=int((per_entity["k"] == n_issues).sum()))
        if n_issues > 1
        else r["matrix_one"]
    )
    text = r["matrix"].format(
        e=per_entity.height, n=n_issues, k=int(data["n_items"].sum()), every=every
    )
    return _reading(text)


def trend_reading(
    indicators: pl.DataFrame,
    items: pl.DataFrame,
    issues: pl.DataFrame,
    *,
    lang: str = "zh",
    missing: bool = False,
) -> HTML:
    """Which indicators can be compared, and what the panels will show with more issues."""
    from kaiju_research import charts

    if missing:
        return missing_note("trend", lang=lang)
    r = _r(lang)
    data = charts.trend_frame(indicators, items, issues, lang=lang)
    if data.is_empty():
        return _reading(r["trend_none"], kind="note")
    panels = data["indicator"].unique(maintain_order=True).to_list()
    top = data.filter(pl.col("indicator") == panels[0])
    values = {
        "n": len(panels),
        "top": panels[0],
        "e": top["entity"].n_unique(),
        "i": top["issue_id"].n_unique(),
    }
    key = "trend_one" if issues.height <= 1 else "trend_many"
    return _reading(r[key].format(**values))


_STATUS_LABEL: Final[dict[str, dict[str, str]]] = {
    "zh": {"consistent": "相符", "inconsistent": "不符", "unverifiable": "无法核验"},
    "en": {
        "consistent": "consistent",
        "inconsistent": "inconsistent",
        "unverifiable": "unverifiable",
    },
}


def _simple_table(header: list[str], rows: Iterable[list[str]]) -> str:
    """An escaped HTML table: every cell passes through `html.escape`."""
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="kaiju-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _entity_names(items: pl.DataFrame, lang: str) -> dict[int, str]:
    column = "entity_name_en" if lang == "en" else "entity_name"
    return {
        row["seq"]: row[column] or row["entity_name"] or ""
        for row in items.select("seq", "entity_name", "entity_name_en").iter_rows(named=True)
    }


def audit_html(
    audits: pl.DataFrame | None, items: pl.DataFrame, *, issue_id: str, lang: str = "zh"
) -> HTML:
    """Do the numbers add up? Each relation checked, with its verdict and formula."""
    if audits is not None:
        audits = audits.filter(pl.col("issue_id") == issue_id)
    if audits is None or audits.is_empty():
        text = "本期未发现可核验的数量关系。" if lang == "zh" else "No checkable relation found."
        return _reading(text)
    counts = audits["status"].value_counts().sort("status")
    by_status = dict(zip(counts["status"].to_list(), counts["count"].to_list(), strict=True))
    labels = _STATUS_LABEL.get(lang, _STATUS_LABEL["zh"])
    summary = "，".join(f"{labels.get(k, k)} {v}" for k, v in by_status.items())
    if lang == "en":
        reading = f"{audits.height} relations between stated figures were checked: {summary}."
        header = ["Entity", "Relation", "Check", "Tolerance", "Verdict", "Sentence"]
    else:
        reading = f"共核验 {audits.height} 处数字关系：{summary}。"
        header = ["主体", "关系", "核算", "容差", "结论", "原文"]
    names = _entity_names(items, lang)
    rows = [
        [
            names.get(row["seq"], ""),
            row["relation"],
            row["formula"] or "",
            "" if row["tolerance"] is None else f"±{row['tolerance']:.3g}",
            labels.get(row["status"], row["status"]),
            row["sentence"] or "",
        ]
        for row in audits.sort("seq").iter_rows(named=True)
    ]
    return HTML(_reading(reading).data + _simple_table(header, rows))


def terms_html(
    terms: pl.DataFrame | None, items: pl.DataFrame, *, issue_id: str, lang: str = "zh"
) -> HTML:
    """Policy vocabulary: campaigns, formulas, slogans, documents and instruments, by entity."""
    if terms is not None:
        terms = terms.filter(pl.col("issue_id") == issue_id)
    if terms is None or terms.is_empty():
        return _reading("本期未发现政策术语。" if lang == "zh" else "No policy terms found.")
    names = {
        row["entity_code"]: row["entity_name"]
        for row in items.select("entity_code", "entity_name").iter_rows(named=True)
    }
    if lang == "en":
        names = {
            row["entity_code"]: row["entity_name_en"] or row["entity_name"]
            for row in items.select("entity_code", "entity_name", "entity_name_en").iter_rows(
                named=True
            )
        }
    spread = (
        terms.group_by("term", "kind")
        .agg(pl.col("entity_code").n_unique().alias("n"), pl.col("entity_code").alias("codes"))
        .sort(["n", "term"], descending=[True, False])
    )
    shared = spread.filter(pl.col("n") > 1).height
    if lang == "en":
        reading = f"{spread.height} distinct terms; {shared} are used by more than one entity."
        header = ["Term", "Kind", "Entities", "Used by"]
    else:
        reading = f"共 {spread.height} 个政策术语，其中 {shared} 个被多个主体使用。"
        header = ["术语", "类型", "主体数", "使用主体"]
    rows = [
        [row["term"], row["kind"], str(row["n"]),
         "、".join(sorted({names.get(c, c or "") or "" for c in row["codes"]}))]
        for row in spread.iter_rows(named=True)
    ]  # fmt: skip
    return HTML(_reading(reading).data + _simple_table(header, rows))


def term_spread_html(
    terms: pl.DataFrame | None, issues: pl.DataFrame, *, lang: str = "zh", top: int = 30
) -> HTML:
    """Which policy terms travel: the number of entities and issues using each, first seen."""
    from kaiju_research.terms import term_spread

    if terms is None or terms.is_empty():
        return _reading("尚无政策术语。" if lang == "zh" else "No policy terms yet.")
    spread = term_spread(terms, issues)
    travelling = spread.filter(pl.col("n_entities") > 1).height
    if lang == "en":
        reading = (
            f"{spread.height} distinct terms; {travelling} are used by more than one entity. "
            f"The {min(top, spread.height)} most widely used:"
        )
        header = ["Term", "Kind", "Entities", "Issues", "First issue", "First date"]
    else:
        reading = (
            f"共 {spread.height} 个政策术语，{travelling} 个被多个主体使用；"
            f"以下为使用最广的 {min(top, spread.height)} 个："
        )
        header = ["术语", "类型", "主体数", "期数", "首见期", "首见日期"]
    rows = [
        [row["term"], row["kind"], str(row["n_entities"]), str(row["n_issues"]),
         row["first_issue_id"] or "", str(row["first_date"] or "")]
        for row in spread.head(top).iter_rows(named=True)
    ]  # fmt: skip
    return HTML(_reading(reading).data + _simple_table(header, rows))
