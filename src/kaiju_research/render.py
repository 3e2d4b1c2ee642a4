"""Render one self-contained, offline HTML report per bulletin issue.

Pipeline per issue: papermill runs `notebooks/issue_report.ipynb` in the venv's `python3`
kernel with the issue's parameters; the parameters cells, papermill's timings and the kernel's
start times are stripped; nbconvert's `HTMLExporter` exports it with code hidden through the
`kaiju_offline` template (see templates/kaiju_offline/index.html.j2), which inlines the
Vega bundle once; the page is written atomically to `reports/<issue_id>.html`.

Reports are deterministic (same inputs, same bytes) and stamped with an input hash; the
manifest `reports/.manifest.json` records that hash so `render_reports` skips what is up to date.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

import polars as pl

from kaiju_research import __version__, paths
from kaiju_research.errors import RenderError

PACKAGE_DIR: Final = Path(__file__).resolve().parent
TEMPLATES_DIR: Final = PACKAGE_DIR / "templates"
TEMPLATE_NAME: Final = "kaiju_offline"
DEFAULT_NOTEBOOK: Final = paths.NOTEBOOKS_DIR / "issue_report.ipynb"
SERIES_NOTEBOOK: Final = paths.NOTEBOOKS_DIR / "series_report.ipynb"
SERIES_NAME: Final = "series"  # reports/series.html; never an issue id (see _render)
SERIES_TITLE: Final = "工作专刊系列报告 Series report"
DEFAULT_TIMEOUT: Final = 120  # seconds per cell: a hung kernel fails the issue, not the run
MANIFEST_NAME: Final = ".manifest.json"
CACHE_DIR_NAME: Final = ".cache"
INDEX_NAME: Final = "index.html"

# Tags of cells that never reach the report: the notebook's defaults and papermill's values.
_DROPPED_TAGS: Final = frozenset({"parameters", "injected-parameters"})
# Run in the report kernel before the first cell. jupyterlab's dependencies install
# `rfc3987_syntax`, which jsonschema imports eagerly for its "iri" format checkers and which
# builds a grammar at import time (~0.7-2.3 s of the ~1-3 s `import altair` costs). The
# Vega-Lite schema Altair validates against uses no iri formats, so blocking the module in the
# kernel changes no validation result: it is what a venv without jupyterlab does anyway.
_KERNEL_EXEC_LINES: Final = "import sys; sys.modules.setdefault('rfc3987_syntax', None)"
# Altair names each chart's <div> `altair-viz-<uuid4>`: renumbered in order, for stable bytes.
_ALTAIR_DIV: Final = re.compile(r"altair-viz-[0-9a-f]{32}")
_SAFE_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RenderFailure:
    """One issue that did not render, and why (the failing cell when a cell failed)."""

    issue_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.issue_id}: {self.message}"


@dataclass
class RenderSummary:
    """What `render_reports` did. `print(summary)` for people, `summary.exit_code` for shells."""

    rendered: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[RenderFailure] = field(default_factory=list)
    index: Path | None = None
    seconds: float = 0.0
    # The series report (reports/series.html): "rendered", "up to date", "failed" (its failure
    # is also in `failed`, under the name "series") or "" when it was not asked for.
    series: str = ""

    @property
    def ok(self) -> bool:
        """True when no issue failed."""
        return not self.failed

    @property
    def exit_code(self) -> int:
        """0 when every requested report is up to date, 1 when any failed."""
        return 0 if self.ok else 1

    def __str__(self) -> str:
        total = len(self.rendered) + len(self.skipped) + len(self.failed)
        if not self.rendered and not self.failed and self.series != "rendered":
            return f"nothing to render: all {total} reports up to date"
        lines = [
            f"rendered {len(self.rendered)}, up to date {len(self.skipped)}, "
            f"failed {len(self.failed)} of {total} reports in {self.seconds:.1f} s"
        ]
        if self.series == "rendered":
            lines.append(f"  series report rendered: {SERIES_NAME}.html")
        lines += [f"  failed {failure}" for failure in self.failed]
        if self.index is not None:
            lines.append(f"  index: {self.index}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- inputs


def _read_tables(processed_dir: Path) -> dict[str, pl.DataFrame]:
    """issues/items/indicators Parquet files that exist in `processed_dir`."""
    tables = {}
    for name in ("issues", "items", "indicators"):
        path = processed_dir / f"{name}.parquet"
        if path.is_file():
            tables[name] = pl.read_parquet(path)
    if "issues" not in tables:
        raise RenderError(f"{processed_dir / 'issues.parquet'}: missing; run `kaiju ingest` first")
    return tables


def _rows_json(frame: pl.DataFrame) -> str:
    """Canonical text of a frame's rows and schema (stable across polars versions, unlike
    `hash_rows`); str() covers dates and any other non-JSON type."""
    schema = [[name, str(dtype)] for name, dtype in frame.schema.items()]
    return json.dumps(
        {"schema": schema, "rows": frame.to_dicts()},
        default=str,
        ensure_ascii=False,
        sort_keys=True,
    )


@cache
def _code_digest() -> str:
    """Hash of every file of the installed package (code, reference CSVs, templates).

    Broader than "package version": during development the version stays 0.1.0 while charts,
    helpers and templates change, and a stale report is worse than an extra render.
    """
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _library_versions() -> dict[str, str]:
    """Versions that change the bytes of a report."""
    from importlib.metadata import version

    return {
        name: version(name)
        for name in ("altair", "vl-convert-python", "nbconvert", "papermill", "polars")
    }


def input_hash(
    issue_id: str, tables: Mapping[str, pl.DataFrame], notebook: Path = DEFAULT_NOTEBOOK
) -> str:
    """SHA-256 over everything a report is made from: the issue's rows in every table, the
    notebook, the package (version and files) and the rendering libraries' versions."""
    digest = hashlib.sha256()
    for name in sorted(tables):
        frame = tables[name]
        if "issue_id" in frame.columns:
            rows = frame.filter(pl.col("issue_id") == issue_id)
            sort_keys = [c for c in ("seq", "start") if c in rows.columns]
            rows = rows.sort(sort_keys) if sort_keys else rows
            digest.update(f"{name}\0{_rows_json(rows)}\0".encode())
    digest.update(notebook.read_bytes())
    digest.update(f"\0{__version__}\0{_code_digest()}\0".encode())
    digest.update(json.dumps(_library_versions(), sort_keys=True).encode())
    return digest.hexdigest()


@cache
def git_commit(root: Path = paths.PROJECT_ROOT) -> str:
    """`git describe --always --dirty` of the project, or "unknown" outside a checkout."""
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "describe", "--always", "--dirty", "--abbrev=12"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return result.stdout.strip() or "unknown"


# --------------------------------------------------------------------------- Vega bundle


def vega_debug() -> dict[str, str]:
    """The `VEGA_DEBUG` object Altair's loader checks before fetching each library.

    Altair's default HTML renderer runs `maybeLoadScript(lib, version)`, which skips loading when
    `VEGA_DEBUG[lib.replace("-", "") + "_version"] == version`, with the exact strings below.
    """
    import altair as alt

    return {
        "vega_version": alt.VEGA_VERSION,
        "vegalite_version": alt.VEGALITE_VERSION,
        "vegaembed_version": alt.VEGAEMBED_VERSION,
    }


def _same_release(bundled: str, wanted: str) -> bool:
    """True when `bundled` (e.g. 6.2.0) is in the release line Altair asks for (e.g. 6)."""
    want = wanted.lstrip("v").split(".")
    return bundled.lstrip("v").split(".")[: len(want)] == want


def vega_bundle(cache_dir: Path) -> str:
    """The Vega + Vega-Lite + Vega-Embed JavaScript bundle matching the installed Altair.

    Built by vl_convert from the installed versions and cached under `cache_dir`, keyed by those
    versions: an upgrade builds a new bundle instead of silently falling back to the CDN. Raises
    RenderError when vl_convert cannot provide the versions Altair's loader asks for (the charts
    would otherwise show a loading error).
    """
    import altair as alt
    import vl_convert as vlc
    from altair.utils._importers import vl_version_for_vl_convert

    vl_version = vl_version_for_vl_convert()  # what Altair itself passes for inline bundles
    wanted = vega_debug()
    bundled = {
        "vega_version": vlc.get_vega_version(),
        "vegalite_version": vl_version.lstrip("v").replace("_", "."),
        "vegaembed_version": vlc.get_vega_embed_version(),
    }
    mismatched = {
        key: (bundled[key], wanted[key])
        for key in wanted
        # vega-lite: vl_convert only names major.minor; compare what it names
        if not _same_release(wanted[key], bundled[key])
        and not _same_release(bundled[key], wanted[key])
    }
    if mismatched:
        raise RenderError(
            f"vl-convert-python {vlc.__version__} bundles {bundled}, but altair "
            f"{alt.__version__} asks for {wanted}: install matching versions"
        )
    key = f"vl-convert-{vlc.__version__}_vega-{bundled['vega_version']}_vl-{vl_version}"
    path = cache_dir / f"vega-bundle_{key}.js"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    bundle = vlc.javascript_bundle(vl_version=vl_version)
    # The bundle goes inside <script>…</script>: a literal "</script" would end it early.
    bundle = re.sub(r"</(script)", r"<\\/\1", bundle, flags=re.IGNORECASE)
    _write_atomic(path, bundle.encode("utf-8"))
    return bundle


# --------------------------------------------------------------------------- one report


def _write_atomic(path: Path, data: bytes) -> None:
    """Write beside `path` then rename: a reader never sees a half-written report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp_name, 0o644)  # mkstemp makes 0600; reports are meant to be shared
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def _describe_failure(exc: BaseException, notebook: Path | None = None) -> str:
    """Name the failing cell when papermill says which one it was.

    papermill counts cells in the executed notebook, which has its injected-parameters cell
    too; the cell id and position in the source notebook are what a reader can find, so the
    failing source is looked up there.
    """
    from papermill.exceptions import PapermillExecutionError

    if not isinstance(exc, PapermillExecutionError):
        text = str(exc).strip().splitlines()
        return f"{type(exc).__name__}: {text[0] if text else ''}"
    where = f"cell {exc.cell_index} of the executed notebook"
    if notebook is not None:
        import nbformat

        with contextlib.suppress(OSError, ValueError):
            cells = nbformat.read(notebook, as_version=4).cells
            for index, cell in enumerate(cells):
                if cell.cell_type == "code" and cell.source == exc.source:
                    where = f"cell {index} (id {cell.get('id', '?')!r}) of {notebook.name}"
                    break
    first = next((ln.strip() for ln in exc.source.splitlines() if ln.strip()), "")
    return f"{where}, {first[:80]!r}: {exc.ename}: {exc.evalue}"


def _clean_notebook(nb: Any) -> Any:
    """Drop the parameters cells and everything that varies between runs of the same inputs
    (papermill's timings and paths, nbclient's per-cell execution timestamps)."""
    nb.cells = [
        cell
        for cell in nb.cells
        if not _DROPPED_TAGS & set(cell.get("metadata", {}).get("tags", []))
    ]
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    nb.metadata.pop("papermill", None)
    return nb


def _issue_title(issue: Mapping[str, Any]) -> str:
    parts = [
        issue.get("series") or issue.get("issue_id") or "",
        f"第 {issue['number']} 期" if issue.get("number") is not None else "",
        str(issue.get("date") or ""),
    ]
    return " · ".join(p for p in parts if p)


def _execute(notebook: Path, parameters: Mapping[str, Any], *, timeout: int, label: str) -> Any:
    """Run `notebook` with papermill in the venv's kernel, in a temporary working directory;
    return the executed notebook (in memory). Raises RenderError naming the failing cell."""
    import papermill as pm

    attempt = 1
    while True:
        try:
            return _execute_once(pm, notebook, parameters, timeout=timeout)
        except Exception as exc:
            if attempt < _KERNEL_START_ATTEMPTS and _kernel_did_not_start(exc):
                attempt += 1  # no cell ran: starting again is safe
                continue
            raise RenderError(f"{label}: {_describe_failure(exc, notebook)}") from exc


# jupyter_client picks the kernel's ports by binding to port 0 and releasing them; another
# process may take one before the kernel binds it ("Address already in use", then "Kernel died
# before replying to kernel_info"). That is a failure to start, not of the report: try again.
_KERNEL_START_ATTEMPTS: Final = 3
_KERNEL_START_FAILURES: Final = (
    "Kernel died before replying to kernel_info",
    "Address already in use",
)


def _kernel_did_not_start(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if any(text in str(seen) for text in _KERNEL_START_FAILURES):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _execute_once(pm: Any, notebook: Path, parameters: Mapping[str, Any], *, timeout: int) -> Any:
    """One papermill run in a temporary working directory (see `_execute`)."""
    with tempfile.TemporaryDirectory(prefix="kaiju-render-") as workdir:
        return pm.execute_notebook(
            notebook,
            None,  # keep the executed notebook in memory: it is an artifact, not a source
            parameters=dict(parameters),
            kernel_name="python3",
            execution_timeout=timeout,
            # A cold kernel on a loaded 2-core machine (CI, two render workers) can take
            # longer than papermill's 60 s default to answer; a slow start is not a failure.
            start_timeout=300,
            progress_bar=False,
            log_output=False,
            cwd=workdir,  # notebook code must not depend on (or litter) the cwd
            extra_arguments=[
                f"--IPKernelApp.exec_lines={[_KERNEL_EXEC_LINES]!r}",
                # The kernel logs to our stderr, and with ipykernel 7.4 / jupyter_client
                # 8.10 every report adds a WARNING (loopback TCP is unencrypted) and an
                # ERROR ("KeyboardInterrupt caught in kernel": jupyter_client interrupts
                # before each shutdown). Cell errors still reach us through papermill.
                "--IPKernelApp.log_level=CRITICAL",
            ],
        )


def _export(nb: Any, *, title: str, digest: str, bundle: str, target: Path) -> Path:
    """Export an executed notebook to `target` through the offline template, code hidden, with
    stable chart ids; written atomically."""
    from nbconvert import HTMLExporter

    nb = _clean_notebook(nb)
    nb.metadata["title"] = title
    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        language_code="zh",
    )
    import altair as alt

    resources = {
        "kaiju": {
            "version": __version__,
            "git_commit": git_commit(),
            "input_hash": digest,
            "vega_bundle": bundle,
            "vega_debug_json": json.dumps(vega_debug(), sort_keys=True),
            "vega_versions": f"{alt.VEGA_VERSION} / Vega-Lite {alt.VEGALITE_VERSION} / "
            f"Vega-Embed {alt.VEGAEMBED_VERSION}",
        }
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    numbers: dict[str, str] = {}
    body = _ALTAIR_DIV.sub(
        lambda m: numbers.setdefault(m.group(0), f"altair-viz-{len(numbers) + 1}"), body
    )
    _write_atomic(target, body.encode("utf-8"))
    return target


def _render(
    issue_id: str,
    *,
    processed_dir: Path,
    reports_dir: Path,
    notebook: Path,
    timeout: int,
    digest: str | None = None,
) -> tuple[Path, str]:
    """Render one report; return its path and input hash. Raises RenderError naming the cell."""
    if not _SAFE_ID.fullmatch(issue_id):  # it becomes a file name: no "/", no ".."
        raise RenderError(f"{issue_id!r}: not a usable issue id (letters, digits, . _ -)")
    if issue_id == SERIES_NAME:  # reports/series.html is the series report
        raise RenderError(f"{issue_id!r}: reserved for the series report")
    # Absolute: the kernel runs in a temporary working directory.
    processed_dir, reports_dir = processed_dir.resolve(), reports_dir.resolve()
    tables = _read_tables(processed_dir)
    issue_rows = tables["issues"].filter(pl.col("issue_id") == issue_id)
    if issue_rows.height != 1:
        raise RenderError(f"{issue_id}: not in {processed_dir / 'issues.parquet'}")
    digest = digest or input_hash(issue_id, tables, notebook)
    bundle = vega_bundle(reports_dir / CACHE_DIR_NAME)
    nb = _execute(
        notebook,
        {"issue_id": issue_id, "processed_dir": str(processed_dir), "offline": True},
        timeout=timeout,
        label=issue_id,
    )
    target = reports_dir / f"{issue_id}.html"
    _export(
        nb,
        title=_issue_title(issue_rows.row(0, named=True)),
        digest=digest,
        bundle=bundle,
        target=target,
    )
    return target, digest


def series_input_hash(tables: Mapping[str, pl.DataFrame], notebook: Path = SERIES_NOTEBOOK) -> str:
    """SHA-256 over everything the series report is made from: every row of every table (in
    key order), the notebook, the package and the rendering libraries' versions."""
    digest = hashlib.sha256()
    for name in sorted(tables):
        frame = tables[name]
        keys = [c for c in ("issue_id", "seq", "start") if c in frame.columns]
        rows = frame.sort(keys, nulls_last=True) if keys else frame
        digest.update(f"{name}\0{_rows_json(rows)}\0".encode())
    digest.update(notebook.read_bytes())
    digest.update(f"\0{__version__}\0{_code_digest()}\0".encode())
    digest.update(json.dumps(_library_versions(), sort_keys=True).encode())
    return digest.hexdigest()


def _render_series(
    *,
    processed_dir: Path,
    reports_dir: Path,
    notebook: Path,
    timeout: int,
    digest: str | None = None,
) -> tuple[Path, str]:
    """Render `reports_dir/series.html`; return its path and input hash."""
    processed_dir, reports_dir = processed_dir.resolve(), reports_dir.resolve()
    tables = _read_tables(processed_dir)
    digest = digest or series_input_hash(tables, notebook)
    bundle = vega_bundle(reports_dir / CACHE_DIR_NAME)
    nb = _execute(
        notebook,
        {"processed_dir": str(processed_dir), "offline": True},
        timeout=timeout,
        label=SERIES_NAME,
    )
    target = reports_dir / f"{SERIES_NAME}.html"
    _export(nb, title=SERIES_TITLE, digest=digest, bundle=bundle, target=target)
    return target, digest


# --------------------------------------------------------------------------- manifest


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _load_manifest(reports_dir: Path) -> dict[str, dict[str, str]]:
    path = reports_dir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or unreadable: everything is out of date, nothing is lost
    reports = data.get("reports", {}) if isinstance(data, dict) else {}
    return reports if isinstance(reports, dict) else {}


def _save_manifest(reports_dir: Path, reports: Mapping[str, Mapping[str, str]]) -> None:
    text = json.dumps({"version": 1, "reports": reports}, indent=1, sort_keys=True)
    _write_atomic(reports_dir / MANIFEST_NAME, (text + "\n").encode("utf-8"))


def _up_to_date(reports_dir: Path, entry: Mapping[str, str] | None, digest: str) -> bool:
    """Recorded with the same input hash, and the file is still the one that was written."""
    if not entry or entry.get("input_hash") != digest:
        return False
    target = reports_dir / entry.get("file", "")
    return target.is_file() and _sha256_file(target) == entry.get("html_sha256")


def _record(manifest: dict[str, dict[str, str]], path: Path, digest: str) -> None:
    manifest[path.stem] = {
        "file": path.name,
        "input_hash": digest,
        "html_sha256": _sha256_file(path),
    }


# --------------------------------------------------------------------------- public API


def render_report(
    issue_id: str,
    *,
    processed_dir: Path = paths.PROCESSED_DIR,
    reports_dir: Path = paths.REPORTS_DIR,
    notebook: Path = DEFAULT_NOTEBOOK,
    timeout: int = DEFAULT_TIMEOUT,
) -> Path:
    """Render `reports_dir/<issue_id>.html` now (no up-to-date check) and record it.

    Raises RenderError naming the issue and, when a cell failed, the cell.
    """
    reports_dir = Path(reports_dir)
    rendered = _render(
        issue_id,
        processed_dir=Path(processed_dir),
        reports_dir=reports_dir,
        notebook=Path(notebook),
        timeout=timeout,
    )
    return _record_one(reports_dir, *rendered)


def render_series_report(
    *,
    processed_dir: Path = paths.PROCESSED_DIR,
    reports_dir: Path = paths.REPORTS_DIR,
    notebook: Path = SERIES_NOTEBOOK,
    timeout: int = DEFAULT_TIMEOUT,
) -> Path:
    """Render `reports_dir/series.html` now (every issue in the tables, no up-to-date check) and
    record it in the manifest. Raises RenderError naming the failing cell."""
    reports_dir = Path(reports_dir)
    rendered = _render_series(
        processed_dir=Path(processed_dir),
        reports_dir=reports_dir,
        notebook=Path(notebook),
        timeout=timeout,
    )
    return _record_one(reports_dir, *rendered)


def _record_one(reports_dir: Path, path: Path, digest: str) -> Path:
    """Record one report rendered outside `render_reports` in the manifest."""
    manifest = _load_manifest(reports_dir)
    _record(manifest, path, digest)
    _save_manifest(reports_dir, manifest)
    return path


def _worker_init() -> None:
    """Run once in each spawned worker: the same rfc3987_syntax block as in the kernels (see
    `_KERNEL_EXEC_LINES`), here for the worker's own `import altair` (it asks Altair for the
    Vega versions). Only in processes this module starts, never in the caller's process."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]


def _render_job(job: dict[str, Any]) -> tuple[str, Path | None, str, str | None, float]:
    """Worker entry point (top level so the spawned process can import it). Never raises:
    exceptions do not always pickle, and one failure must not stop the others."""
    start = time.perf_counter()
    try:
        path, digest = _render(**job)
    except Exception as exc:
        message = str(exc) if isinstance(exc, RenderError) else _describe_failure(exc)
        message = message.removeprefix(f"{job['issue_id']}: ")
        return job["issue_id"], None, job["digest"], message, time.perf_counter() - start
    return job["issue_id"], path, digest, None, time.perf_counter() - start


def _render_series_job(job: dict[str, Any]) -> tuple[str, Path | None, str, str | None, float]:
    """Worker entry point for the series report; never raises (see `_render_job`)."""
    start = time.perf_counter()
    args = {k: v for k, v in job.items() if k not in ("issue_id", "kind")}
    try:
        path, digest = _render_series(**args)
    except Exception as exc:
        message = str(exc) if isinstance(exc, RenderError) else _describe_failure(exc)
        message = message.removeprefix(f"{SERIES_NAME}: ")
        return SERIES_NAME, None, job["digest"], message, time.perf_counter() - start
    return SERIES_NAME, path, digest, None, time.perf_counter() - start


def _run_job(job: dict[str, Any]) -> tuple[str, Path | None, str, str | None, float]:
    """One job of `render_reports`: an issue report or the series report."""
    if job.get("kind") == SERIES_NAME:
        return _render_series_job(job)
    return _render_job(job)


def render_reports(
    issue_ids: Sequence[str] | None = None,
    *,
    processed_dir: Path = paths.PROCESSED_DIR,
    reports_dir: Path = paths.REPORTS_DIR,
    jobs: int = 2,
    notebook: Path = DEFAULT_NOTEBOOK,
    timeout: int = DEFAULT_TIMEOUT,
    progress: bool = True,
    series: bool = True,
    series_notebook: Path = SERIES_NOTEBOOK,
) -> RenderSummary:
    """Render the reports whose inputs changed (all issues in issues.parquet, or `issue_ids`),
    and, when `series`, the series report `series.html` over all issues if its inputs changed,
    `jobs` at a time, then rewrite `reports_dir/index.html` (which links the series report).

    Failures are collected, not raised: the others still render. Progress goes to stderr.
    """
    start = time.perf_counter()
    processed_dir, reports_dir, notebook = Path(processed_dir), Path(reports_dir), Path(notebook)
    summary = RenderSummary()
    try:
        tables = _read_tables(processed_dir)
    except RenderError as exc:  # no tables yet: a failure to print, not a traceback
        summary.failed.append(RenderFailure("(tables)", str(exc)))
        return summary
    known = tables["issues"]["issue_id"].to_list()
    wanted = list(dict.fromkeys(issue_ids)) if issue_ids else sorted(known)

    manifest = _load_manifest(reports_dir)
    todo: list[dict[str, Any]] = []
    for issue_id in wanted:
        if issue_id not in known:
            summary.failed.append(
                RenderFailure(issue_id, f"not in {processed_dir / 'issues.parquet'}")
            )
            continue
        digest = input_hash(issue_id, tables, notebook)
        if _up_to_date(reports_dir, manifest.get(issue_id), digest):
            summary.skipped.append(issue_id)
            continue
        todo.append(
            {
                "issue_id": issue_id,
                "processed_dir": processed_dir,
                "reports_dir": reports_dir,
                "notebook": notebook,
                "timeout": timeout,
                "digest": digest,
            }
        )
    if series:
        series_notebook = Path(series_notebook)
        digest = series_input_hash(tables, series_notebook)
        if _up_to_date(reports_dir, manifest.get(SERIES_NAME), digest):
            summary.series = "up to date"
        else:
            todo.append(
                {
                    "kind": SERIES_NAME,
                    "issue_id": SERIES_NAME,
                    "processed_dir": processed_dir,
                    "reports_dir": reports_dir,
                    "notebook": series_notebook,
                    "timeout": timeout,
                    "digest": digest,
                }
            )

    def report(done: int, outcome: tuple[str, Path | None, str, str | None, float]) -> None:
        issue_id, path, digest, error, seconds = outcome
        if error is None and path is not None:
            if issue_id == SERIES_NAME:
                summary.series = "rendered"
            else:
                summary.rendered.append(issue_id)
            _record(manifest, path, digest)
            status = "rendered"
        else:
            if issue_id == SERIES_NAME:
                summary.series = "failed"
            summary.failed.append(RenderFailure(issue_id, error or "unknown error"))
            status = f"FAILED: {error}"
        if progress:
            print(f"[{done}/{len(todo)}] {issue_id} {status} ({seconds:.1f} s)", file=sys.stderr)

    if todo:
        vega_bundle(reports_dir / CACHE_DIR_NAME)  # build once here, workers read the cache
        if progress:
            print(
                f"rendering {len(todo)} report(s), {min(jobs, len(todo))} at a time",
                file=sys.stderr,
            )
        if jobs <= 1 or len(todo) == 1:
            for done, job in enumerate(todo, 1):  # no pool: saves a process start per run
                report(done, _run_job(job))
        else:
            # spawn, not fork: the parent already runs polars' thread pool, and forking a
            # threaded process can deadlock the child.
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(
                max_workers=jobs, mp_context=context, initializer=_worker_init
            ) as pool:
                futures = [pool.submit(_run_job, job) for job in todo]
                for done, future in enumerate(as_completed(futures), 1):
                    report(done, future.result())
        _save_manifest(reports_dir, manifest)

    summary.rendered.sort()
    summary.failed.sort(key=lambda f: f.issue_id)
    summary.index = write_index(tables, reports_dir)
    summary.seconds = time.perf_counter() - start
    return summary


# --------------------------------------------------------------------------- index page


def _counts(items: pl.DataFrame | None) -> dict[str, dict[str, int]]:
    """Per issue: items by entity kind."""
    if items is None or items.is_empty():
        return {}
    grouped = items.group_by("issue_id", "entity_kind").len()
    counts: dict[str, dict[str, int]] = {}
    for issue_id, kind, n in grouped.iter_rows():
        counts.setdefault(issue_id, {})[kind] = n
    return counts


def index_html(issues: pl.DataFrame, items: pl.DataFrame | None, available: Iterable[str]) -> str:
    """The gallery page: one row per issue, newest first, linking the reports that exist.

    Plain HTML and CSS, no script: works offline and from any folder.
    """
    available = set(available)
    counts = _counts(items)
    series_link = (
        f'<p><a href="{SERIES_NAME}.html">系列报告 Series report</a>: '
        "各期对比 every issue together</p>"
        if SERIES_NAME in available
        else ""
    )
    rows = []
    for issue in issues.sort(["date", "number", "issue_id"], descending=True).iter_rows(named=True):
        issue_id = issue["issue_id"]
        c = counts.get(issue_id, {})
        e = html.escape
        if issue_id in available:
            link = f'<a href="{e(quote(issue_id))}.html">{e(issue_id)}</a>'
        else:
            link = f"{e(issue_id)} <em>(未生成 not rendered)</em>"
        rows.append(
            "<tr>"
            f"<td>{e(str(issue.get('date') or ''))}</td>"
            f"<td>{e(str(issue.get('series') or ''))}</td>"
            f"<td class='n'>{e(str(issue.get('number') or ''))}</td>"
            f"<td class='n'>{e(str(issue.get('n_items') or sum(c.values())))}</td>"
            f"<td class='n'>{c.get('prefecture', 0)}</td>"
            f"<td class='n'>{c.get('department', 0)}</td>"
            f"<td>{link}</td>"
            "</tr>"
        )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="zh">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            f'<meta name="generator" content="kaiju_research {html.escape(__version__)}">',
            "<title>工作专刊报告 Bulletin reports</title>",
            "<style>",
            'body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", '
            "sans-serif; max-width: 1000px; margin: 2rem auto; padding: 0 1rem; }",
            "table { border-collapse: collapse; width: 100%; }",
            "th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #e2e8f0; }",
            "td.n { text-align: right; font-variant-numeric: tabular-nums; }",
            "</style>",
            "</head>",
            "<body>",
            "<h1>工作专刊报告 Bulletin reports</h1>",
            f"<p>{issues.height} 期 issues · kaiju_research {html.escape(__version__)}</p>",
            *([series_link] if series_link else []),
            "<table>",
            "<thead><tr><th>日期 date</th><th>专刊 series</th><th>期号 no.</th>"
            "<th>条目 items</th><th>市州 prefectures</th><th>厅局 departments</th>"
            "<th>报告 report</th></tr></thead>",
            "<tbody>",
            *rows,
            "</tbody>",
            "</table>",
            "</body>",
            "</html>",
            "",
        ]
    )


def write_index(tables: Mapping[str, pl.DataFrame], reports_dir: Path) -> Path:
    """Write `reports_dir/index.html` (only when its bytes change) and return its path."""
    available = [p.stem for p in reports_dir.glob("*.html") if p.name != INDEX_NAME]
    text = index_html(tables["issues"], tables.get("items"), available).encode("utf-8")
    target = reports_dir / INDEX_NAME
    if not (target.is_file() and target.read_bytes() == text):
        _write_atomic(target, text)
    return target
