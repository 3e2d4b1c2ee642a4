"""The report pipeline: notebook hygiene, offline HTML, escaping, determinism, incrementality.

Tables are fixtures written by code into tmp folders (the ingest is not needed); the
end-to-end renders are marked `slow`, the headless-Chromium check `browser`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import altair as alt
import nbformat
import polars as pl
import pytest

from kaiju_research import paths, render, report_helpers

from .conftest import dump_dom

ISSUE = "test-kaiju-001"
EVIL = "<script>alert(1)</script>"


def make_tables(issue_ids: list[str]) -> dict[str, pl.DataFrame]:
    """issues/items frames with the tables schema; each issue's first headline carries EVIL."""
    issues = pl.DataFrame(
        {
            "issue_id": issue_ids,
            "series": ["湖南省实施“开局八好”行动 工作专刊"] * len(issue_ids),
            "number": list(range(1, len(issue_ids) + 1)),
            "date": [dt.date(2026, 4, i + 1) for i in range(len(issue_ids))],
            "issuer": ["省实施“开局八好”行动综合协调组"] * len(issue_ids),
            "recipients_bao": [["省委书记", "省政府省长"]] * len(issue_ids),
            "recipients_song": [[]] * len(issue_ids),
            "recipients_fa": [["各市州人民政府 & <b>others</b>"]] * len(issue_ids),
            "contact_phone": ["0731-81112152"] * len(issue_ids),
            "contact_email": ["someone@example.org"] * len(issue_ids),
            "source": [f"data/raw/{i}.md" for i in issue_ids],
            "source_sha256": ["0" * 64] * len(issue_ids),
            "n_items": [4] * len(issue_ids),
        },
        schema_overrides={"number": pl.Int64, "n_items": pl.Int64},
    )
    rows = [
        ("市州动态", "prefecture", "430100", "长沙市", "Changsha", f"长沙市部署{EVIL}"),
        ("市州动态", "prefecture", "433100", "湘西土家族苗族自治州", "Xiangxi", "湘西州</script>"),
        ("厅局动态", "department", "D-NDRC", "湖南省发展和改革委员会", "NDRC", "省发改委推动"),
        ("厅局动态", "department", "D-FIN", "湖南省财政厅", "Finance", "省财政厅推动"),
    ]
    items = pl.DataFrame(
        [
            {
                "issue_id": issue_id,
                "seq": seq,
                "section": r[0],
                "entity_kind": r[1],
                "entity_code": r[2],
                "entity_name": r[3],
                "entity_name_en": r[4],
                "headline": r[5],
                "body": f"正文 {seq} & more",
                "text": r[5] + f"正文 {seq}",
            }
            for issue_id in issue_ids
            for seq, r in enumerate(rows, 1)
        ],
        schema_overrides={"seq": pl.Int64},
    )
    return {"issues": issues, "items": items}


def write_tables(folder: Path, tables: dict[str, pl.DataFrame]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.write_parquet(folder / f"{name}.parquet")
    return folder


# --------------------------------------------------------------------------- fast


def test_committed_notebooks_have_no_outputs() -> None:
    notebooks = sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb"))
    assert notebooks, "no notebooks found"
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        assert "papermill" not in nb.metadata, f"{path.name}: executed by papermill"
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                assert cell.outputs == [], f"{path.name} cell {i} has outputs"
                assert cell.execution_count is None, f"{path.name} cell {i} was executed"


def test_issue_report_has_one_parameters_cell_of_literals() -> None:
    nb = nbformat.read(render.DEFAULT_NOTEBOOK, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    namespace: dict[str, object] = {}
    exec(tagged[0].source, namespace)  # literals only: no imports, no calls
    assert namespace["issue_id"] == "hunan-kaiju-bahao-003"
    assert namespace["processed_dir"] == ""
    assert namespace["lang"] == "zh"
    assert "../data" not in "".join(c.source for c in nb.cells)


def test_vega_debug_has_what_altairs_loader_checks() -> None:
    """Read Altair's own HTML: each library is skipped when VEGA_DEBUG[key] == version."""
    chart = alt.Chart(pl.DataFrame({"a": [1]})).mark_point().encode(x="a")
    page = chart._repr_mimebundle_()["text/html"]
    assert 'var key = `${lib.replace("-", "")}_version`;' in page
    assert "(VEGA_DEBUG[key] == version)" in page
    asked = dict(re.findall(r'maybeLoadScript\("([\w-]+)", "([^"]+)"\)', page))
    assert set(asked) == {"vega", "vega-lite", "vega-embed"}
    expected = {f"{lib.replace('-', '')}_version": version for lib, version in asked.items()}
    assert render.vega_debug() == expected


def test_vega_bundle_is_cached_by_version(tmp_path: Path) -> None:
    bundle = render.vega_bundle(tmp_path)
    (cached,) = tmp_path.glob("vega-bundle_*.js")
    assert "vl-convert-" in cached.name
    assert "window.vegaEmbed=" in bundle
    assert "</script" not in bundle.lower()
    assert render.vega_bundle(tmp_path) == bundle  # second call reads the cache


def test_chart_html_cannot_close_its_script_element() -> None:
    frame = pl.DataFrame({"a": [1], "t": [f"</script>{EVIL}&"]})
    chart = alt.Chart(frame).mark_point().encode(x="a", tooltip="t")
    try:
        report_helpers.configure_altair(offline=True)
        page = chart._repr_mimebundle_()["text/html"]
    finally:
        alt.renderers.enable("default")
    assert page.count("</script>") == 1  # only the renderer's own closing tag
    assert "\\u003c/script\\u003e" in page
    assert "cdn.jsdelivr" not in page
    assert report_helpers.OFFLINE_BASE_URL in page


def test_helpers_escape_bulletin_text() -> None:
    tables = make_tables([ISSUE])
    issue, items = report_helpers.select_issue(tables, ISSUE)
    header = report_helpers.header_html(issue, items).data
    table = report_helpers.items_table_html(items, lang="en").data
    assert "&lt;b&gt;others&lt;/b&gt;" in header
    assert "<b>" not in header
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in table
    assert EVIL not in table
    assert "正文 1 &amp; more" in table
    with pytest.raises(report_helpers.KaijuError, match="no-such-issue"):
        report_helpers.select_issue(tables, "no-such-issue")


def test_index_html_escapes_and_links() -> None:
    tables = make_tables(["a-001", "b<i>-002"])
    page = render.index_html(tables["issues"], tables["items"], available=["a-001"])
    assert '<a href="a-001.html">a-001</a>' in page
    assert "b&lt;i&gt;-002 <em>(未生成 not rendered)</em>" in page
    assert "<script" not in page
    assert "http" not in page
    assert page.index("b&lt;i&gt;-002") < page.index("a-001")  # newest first


def test_input_hash_tracks_the_issue_rows_only() -> None:
    tables = make_tables([ISSUE, "other-002"])
    before = render.input_hash(ISSUE, tables)
    assert render.input_hash(ISSUE, tables) == before
    edited = dict(tables)
    edited["items"] = tables["items"].with_columns(
        pl.when((pl.col("issue_id") == "other-002") & (pl.col("seq") == 1))
        .then(pl.lit("changed"))
        .otherwise(pl.col("headline"))
        .alias("headline")
    )
    assert render.input_hash(ISSUE, edited) == before
    assert render.input_hash("other-002", edited) != render.input_hash("other-002", tables)


def test_summary_text_and_exit_code() -> None:
    assert str(render.RenderSummary(skipped=["a", "b"])) == (
        "nothing to render: all 2 reports up to date"
    )
    failed = render.RenderSummary(
        rendered=["a"], failed=[render.RenderFailure("b", "cell 3 raised ValueError: boom")]
    )
    assert failed.exit_code == 1
    assert not failed.ok
    assert "failed b: cell 3 raised ValueError: boom" in str(failed)
    assert render.RenderSummary(rendered=["a"]).exit_code == 0


def test_a_kernel_that_did_not_start_is_started_again_and_a_cell_error_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def flaky(pm: object, notebook: Path, parameters: object, *, timeout: int) -> str:
        calls.append("run")
        if len(calls) == 1:  # jupyter_client's port race, as it reaches us
            raise RuntimeError("Kernel died before replying to kernel_info")
        return "executed"

    monkeypatch.setattr(render, "_execute_once", flaky)
    assert render._execute(Path("x.ipynb"), {}, timeout=1, label="x") == "executed"
    assert len(calls) == 2

    def broken(pm: object, notebook: Path, parameters: object, *, timeout: int) -> str:
        calls.append("cell")
        raise ValueError("a cell failed")

    calls.clear()
    monkeypatch.setattr(render, "_execute_once", broken)
    with pytest.raises(render.RenderError, match="x"):
        render._execute(Path("x.ipynb"), {}, timeout=1, label="x")
    assert calls == ["cell"]


def test_render_reports_without_tables_is_a_failure_not_a_traceback(tmp_path: Path) -> None:
    summary = render.render_reports(
        None, processed_dir=tmp_path / "nothing", reports_dir=tmp_path / "reports", progress=False
    )
    assert summary.exit_code == 1
    assert "issues.parquet: missing; run `kaiju ingest` first" in str(summary)


@pytest.mark.parametrize("bad", ["../escape", "a/b", "", ".hidden"])
def test_issue_ids_that_are_not_file_names_are_refused(bad: str, tmp_path: Path) -> None:
    with pytest.raises(render.RenderError, match="not a usable issue id"):
        render.render_report(bad, processed_dir=tmp_path, reports_dir=tmp_path)


# --------------------------------------------------------------------------- end to end


@dataclass(frozen=True)
class Rendered:
    processed: Path
    reports: Path
    html: Path
    first_bytes: bytes
    summary: render.RenderSummary


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    root = tmp_path_factory.mktemp("e2e")
    processed = write_tables(root / "processed", make_tables([ISSUE]))
    reports = root / "reports"
    summary = render.render_reports(
        None, processed_dir=processed, reports_dir=reports, jobs=2, progress=False
    )
    html_path = reports / f"{ISSUE}.html"
    return Rendered(processed, reports, html_path, html_path.read_bytes(), summary)


@pytest.mark.slow
def test_render_is_offline_escaped_and_stamped(rendered: Rendered) -> None:
    assert rendered.summary.rendered == [ISSUE], str(rendered.summary)
    page = rendered.first_bytes.decode("utf-8")
    assert '<script src="http' not in page
    assert "cdn.jsdelivr" not in page
    assert "require.js" not in page
    assert "mathjax" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert EVIL not in page
    assert page.count("window.vegaEmbed=") == 1  # the bundle, once
    assert re.search(r"var VEGA_DEBUG = \{[^}]*\"vegalite_version\"", page)
    assert "injected-parameters" not in page
    assert "offline = True" not in page
    assert "issue_id = " not in page  # parameters cell removed, code hidden
    digest = json.loads((rendered.reports / ".manifest.json").read_text())["reports"][ISSUE]
    assert f'content="{digest["input_hash"]}"' in page
    assert f"kaiju_research {render.__version__}" in page
    assert (rendered.reports / "index.html").read_text().count(f'href="{ISSUE}.html"') == 1


@pytest.mark.slow
def test_render_is_byte_identical_and_incremental(rendered: Rendered) -> None:
    render.render_report(ISSUE, processed_dir=rendered.processed, reports_dir=rendered.reports)
    assert rendered.html.read_bytes() == rendered.first_bytes
    again = render.render_reports(
        None, processed_dir=rendered.processed, reports_dir=rendered.reports, progress=False
    )
    assert again.rendered == []
    assert again.skipped == [ISSUE]
    assert again.exit_code == 0
    assert str(again) == "nothing to render: all 1 reports up to date"


@pytest.mark.slow
def test_failures_are_collected_and_name_the_cell(tmp_path: Path) -> None:
    processed = write_tables(tmp_path / "processed", make_tables(["good-001", "bad-002"]))
    nb = nbformat.read(render.DEFAULT_NOTEBOOK, as_version=4)
    setup = next(i for i, c in enumerate(nb.cells) if c.get("id") == "setup")
    nb.cells.insert(
        setup + 1,
        nbformat.v4.new_code_cell(
            'if issue_id == "bad-002":\n    raise ValueError("boom")', id="boom"
        ),
    )
    notebook = tmp_path / "report.ipynb"
    nbformat.write(nb, notebook)
    summary = render.render_reports(
        None,
        processed_dir=processed,
        reports_dir=tmp_path / "reports",
        notebook=notebook,
        jobs=2,
        progress=False,
    )
    assert summary.rendered == ["good-001"]
    assert [f.issue_id for f in summary.failed] == ["bad-002"]
    message = summary.failed[0].message
    assert f"cell {setup + 1} (id 'boom') of report.ipynb" in message, message
    assert "ValueError: boom" in message
    assert summary.exit_code == 1
    assert not (tmp_path / "reports" / "bad-002.html").exists()
    index = (tmp_path / "reports" / "index.html").read_text()
    assert 'href="good-001.html"' in index
    assert "bad-002 <em>" in index


# --------------------------------------------------------------------------- browser


# The error <div> Altair's loader writes into a chart it could not draw (the same text also
# sits in the page's script as a template literal, which starts with "${").
SHOWN_ERROR = re.compile(r'<div class="error" style="color:red;">([^$][^<]*)')


@pytest.mark.slow
@pytest.mark.browser
def test_every_chart_draws_offline_in_chromium(
    rendered: Rendered, chromium: list[str], tmp_path: Path
) -> None:
    page = rendered.first_bytes.decode("utf-8")
    n_charts = len(set(re.findall(r'<div id="(altair-viz-\d+)"', page)))
    assert n_charts == 2
    dom = dump_dom(chromium, rendered.html)
    assert dom.count('class="marks"') == n_charts
    assert not SHOWN_ERROR.search(dom), SHOWN_ERROR.search(dom)

    # Control: the same page without the inlined bundle draws nothing (the test can fail).
    stripped = re.sub(
        r"<script type=\"text/javascript\">\s*var VEGA_DEBUG.*?</script>\s*"
        r"<script type=\"text/javascript\">.*?</script>",
        "",
        page,
        count=1,
        flags=re.DOTALL,
    )
    assert len(stripped) < len(page) // 2
    control = tmp_path / "no-bundle.html"
    control.write_text(stripped, encoding="utf-8")
    dom = dump_dom(chromium, control)
    assert dom.count('class="marks"') == 0
    shown = SHOWN_ERROR.findall(dom)
    assert len(shown) == n_charts
    assert all(report_helpers.OFFLINE_BASE_URL in e for e in shown), shown  # never a CDN
