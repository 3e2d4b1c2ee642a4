"""Reports: time one report end to end, several in parallel, and a no-op `make reports`.

Everything runs in fresh processes (`kaiju report` through the venv's interpreter), as a user
would: the figures include interpreter start, imports, the kernel and the HTML export. The
peer, measured in the same run, is the stock toolchain the package replaces: the `papermill`
CLI followed by `jupyter nbconvert --to html --no-input` on the same notebook.

Usage: python benchmarks/reports.py [N]   (N synthetic issues for the parallel run, default 8)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kaiju_research import paths
from kaiju_research.ingest import ingest

BIN = Path(sys.executable).parent
SOURCE = paths.RAW_DIR / "hunan-kaiju-bahao-003.md"
NOTEBOOK = paths.NOTEBOOKS_DIR / "issue_report.ipynb"


def run(label: str, command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    status = "" if done.returncode == 0 else f"  FAILED ({done.returncode}): {done.stderr[-300:]}"
    print(f"{label:<52} {elapsed:7.2f} s{status}")
    return elapsed


def corpus(folder: Path, count: int) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    for number in range(1, count + 1):
        (folder / f"synthetic-{number:03d}.md").write_text(
            text.replace("第 3 期", f"第 {number} 期", 1), encoding="utf-8"
        )


def main(count: int) -> None:
    kaiju = str(BIN / "kaiju")
    print(f"kaiju_research report benchmark ({os.cpu_count()} cores, {sys.executable})")
    with tempfile.TemporaryDirectory(prefix="kaiju-bench-reports-") as tmp:
        root = Path(tmp)
        one_raw, one_out, one_reports = root / "raw1", root / "proc1", root / "rep1"
        many_raw, many_out, many_reports = root / "rawN", root / "procN", root / "repN"
        for folder in (one_raw, many_raw):
            folder.mkdir()
        shutil.copy(SOURCE, one_raw / SOURCE.name)
        corpus(many_raw, count)
        assert ingest([one_raw], one_out).ok
        assert ingest([many_raw], many_out).ok
        issue_id = "hunan-kaiju-bahao-003"

        report = [kaiju, "report", "--processed", str(one_out), "--reports", str(one_reports)]
        first = run("kaiju report, 1 issue, cold (builds the JS cache)", report)
        shutil.rmtree(one_reports / issue_id, ignore_errors=True)
        (one_reports / f"{issue_id}.html").unlink()
        (one_reports / ".manifest.json").unlink(missing_ok=True)
        warm = run("kaiju report, 1 issue (JS bundle cached)", report)
        noop = run("kaiju report, nothing changed (no-op)", report)
        ingest_noop = run(
            "kaiju ingest, nothing changed (no-op)",
            [kaiju, "ingest", str(one_raw), "--out", str(one_out)],
        )

        many = [kaiju, "report", "--processed", str(many_out), "--reports", str(many_reports)]
        serial = run(f"kaiju report, {count} issues, --jobs 1", [*many, "--jobs", "1"])
        shutil.rmtree(many_reports)
        parallel = run(f"kaiju report, {count} issues, --jobs 2", [*many, "--jobs", "2"])

        # The peer: the stock CLIs on the same notebook and tables.
        params = ["-p", "issue_id", issue_id, "-p", "processed_dir", str(one_out)]
        executed = root / "executed.ipynb"
        peer_pm = run(
            "peer: papermill CLI",
            [str(BIN / "papermill"), str(NOTEBOOK), str(executed), "-k", "python3", *params],
        )
        peer_nb = run(
            "peer: jupyter nbconvert --to html --no-input",
            [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)],
        )
        print()
        print(f"one report: {warm:.2f} s (cold {first:.2f} s) vs peer {peer_pm + peer_nb:.2f} s")
        print(f"{count} reports: {serial:.2f} s serial, {parallel:.2f} s with 2 workers")
        print(f"no-op: kaiju report {noop:.2f} s, kaiju ingest {ingest_noop:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
