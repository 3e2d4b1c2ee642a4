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
    """The processed tables; an empty `processed_dir` means the project's default folder."""
    folder = Path(processed_dir) if processed_dir else paths.PROCESSED_DIR
    try:
        from kaiju_research.tables import load_tables
    except ImportError:  # pragma: no cover - only while tables.py's own imports are incomplete
        # Same files load_tables reads; kept so the report pipeline runs during development.
        return {
            name: pl.read_parquet(folder / f"{name}.parquet")
            for name in ("issues", "items", "indicators")
            if (folder / f"{name}.parquet").is_file()
        }
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


def header_html(issue: Mapping[str, Any], items: pl.DataFrame, *, lang: str = "zh") -> HTML:
    """The issue's masthead: series, number, date, issuer, recipients, counts."""
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
        (t["prefectures"], count.get("prefecture", 0)),
        (t["departments"], count.get("department", 0)),
        (t["other"], count.get("other", 0)),
    ]
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
