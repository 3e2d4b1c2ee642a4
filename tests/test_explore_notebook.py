"""The exploration notebook runs top to bottom on freshly ingested tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kaiju_research import paths
from kaiju_research.ingest import ingest

from .conftest import RAW_BULLETIN


@pytest.mark.slow
def test_explore_notebook_runs(tmp_path: Path) -> None:
    import papermill as pm

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW_BULLETIN, raw / RAW_BULLETIN.name)
    assert ingest([raw], tmp_path / "processed").ok
    executed = pm.execute_notebook(
        paths.NOTEBOOKS_DIR / "explore.ipynb",
        None,
        parameters={"processed_dir": str(tmp_path / "processed")},
        kernel_name="python3",
        execution_timeout=120,
        start_timeout=300,
        progress_bar=False,
        cwd=str(tmp_path),
    )
    code_cells = [c for c in executed.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code_cells)
    text = "\n".join(
        str(o.get("data", {}).get("text/plain", "")) for c in code_cells for o in c.outputs
    )
    assert "2026-04-01" in text  # the issues table
    assert "规模" in text  # growth by prefecture shows 规模(以上)工业增加值
