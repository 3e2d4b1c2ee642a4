"""Tables for colleagues who work in Excel, Stata or R: CSV (UTF-8 with BOM) or one workbook.

Excel opens UTF-8 CSV as the local code page unless the file starts with a byte-order mark,
which garbles Chinese; Stata and R read the BOM fine. List columns (recipients) become one
string joined with `；`, dates stay ISO 8601.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import polars as pl

from kaiju_research import paths

FORMATS = ("csv", "xlsx")
LIST_SEPARATOR = "；"


def data_dictionary() -> pl.DataFrame:
    """Every column of every table: table, column, type, meaning (the README's dictionary)."""
    with (paths.PACKAGE_DATA_DIR / "dictionary.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return pl.DataFrame(
        rows, schema={c: pl.String() for c in ("table", "column", "type", "meaning")}
    )


def flatten(frame: pl.DataFrame) -> pl.DataFrame:
    """Turn list columns into strings so that every format can hold them."""
    return frame.with_columns(
        pl.col(name).list.join(LIST_SEPARATOR)
        for name, dtype in frame.schema.items()
        if isinstance(dtype, pl.List)
    )


def _atomic_target(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    return Path(name)


def export_tables(tables: Mapping[str, pl.DataFrame], out: Path, *, fmt: str = "csv") -> list[Path]:
    """Write each table (and the data dictionary) to `out`; return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    sheets = {name: flatten(frame) for name, frame in tables.items()}
    sheets["data_dictionary"] = data_dictionary()
    written = []
    if fmt == "csv":
        for name, frame in sheets.items():
            target = out / f"{name}.csv"
            tmp = _atomic_target(target)
            frame.write_csv(tmp, include_bom=True)
            os.replace(tmp, target)
            written.append(target)
    else:
        target = out / "kaiju_tables.xlsx"
        tmp = _atomic_target(target)
        try:
            import xlsxwriter

            with xlsxwriter.Workbook(tmp) as workbook:
                for name, frame in sheets.items():
                    frame.write_excel(workbook, worksheet=name[:31], autofit=True)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        written.append(target)
    return written
