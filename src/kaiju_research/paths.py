"""Project folders: the one place that knows where data, notebooks and reports live.

Every command takes its paths as arguments and defaults to these. The root is the checkout
that holds `pyproject.toml` (this package is installed editable from it); `KAIJU_ROOT`
overrides it, for instance to run the pipeline on another folder of bulletins.
"""

from __future__ import annotations

import os
from pathlib import Path


def _find_root() -> Path:
    override = os.environ.get("KAIJU_ROOT")
    if override:
        return Path(override).resolve()
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "src" / "kaiju_research").is_dir():
            return parent
    return Path.cwd().resolve()


PROJECT_ROOT = _find_root()
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
PACKAGE_DATA_DIR = Path(__file__).resolve().parent / "data"
