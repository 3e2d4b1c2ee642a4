"""Bulletins → polars frames with declared schemas; atomic, deterministic Parquet I/O.

The schemas below are the data dictionary: README.md documents each column, and a test checks
that the README and these schemas name the same columns.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from kaiju_research import paths
from kaiju_research.audit import AUDIT_SCHEMA, DERIVED_SCHEMA, audit_indicators, derive_figures
from kaiju_research.extract import INDICATOR_SCHEMA, extract_indicators
from kaiju_research.glossary import add_subject_en
from kaiju_research.mentions import MENTIONS_TABLE_SCHEMA, mentions_table
from kaiju_research.parse import Bulletin
from kaiju_research.terms import TERMS_TABLE_SCHEMA, terms_table

ISSUES_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "series": pl.String(),
    "series_code": pl.String(),
    "number": pl.Int64(),
    "date": pl.Date(),
    "issuer": pl.String(),
    "recipients_bao": pl.List(pl.String()),
    "recipients_song": pl.List(pl.String()),
    "recipients_fa": pl.List(pl.String()),
    "contact_phone": pl.String(),
    "contact_email": pl.String(),
    "n_items": pl.Int64(),
    "source": pl.String(),
    "source_sha256": pl.String(),
}

ITEMS_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "seq": pl.Int64(),
    "section": pl.String(),
    "entity_kind": pl.String(),
    "entity_code": pl.String(),
    "entity_name": pl.String(),
    "entity_name_en": pl.String(),
    "entity_surface": pl.String(),
    "headline": pl.String(),
    "body": pl.String(),
    "text": pl.String(),
}

INDICATORS_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "seq": pl.Int64(),
    "entity_code": pl.String(),
    **INDICATOR_SCHEMA,
    "subject_en": pl.String(),
}

ERRORS_SCHEMA: dict[str, pl.DataType] = {
    "source": pl.String(),
    "error": pl.String(),
}

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "issues": ISSUES_SCHEMA,
    "items": ITEMS_SCHEMA,
    "indicators": INDICATORS_SCHEMA,
    "terms": TERMS_TABLE_SCHEMA,
    "mentions": MENTIONS_TABLE_SCHEMA,
    "audits": AUDIT_SCHEMA,
    "derived": DERIVED_SCHEMA,
}

# How each table is sorted: the same inputs give the same rows in the same order.
SORT_KEYS: dict[str, list[str]] = {
    "issues": ["issue_id"],
    "items": ["issue_id", "seq"],
    "indicators": ["issue_id", "seq", "start"],
    "terms": ["issue_id", "entity_code", "term", "kind"],
    "mentions": ["issue_id", "seq", "start"],
    "audits": ["issue_id", "seq", "starts", "relation"],
    "derived": ["issue_id", "seq", "input_starts", "kind"],
    "errors": ["source"],
}


@dataclass(frozen=True)
class IssueFrames:
    """The rows one bulletin contributes to each table."""

    issues: pl.DataFrame
    items: pl.DataFrame
    indicators: pl.DataFrame
    terms: pl.DataFrame
    mentions: pl.DataFrame
    audits: pl.DataFrame
    derived: pl.DataFrame


def issues_frame(
    bulletin: Bulletin, *, issue_id: str, series_code: str, source: str, source_sha256: str
) -> pl.DataFrame:
    recipients = bulletin.footer.recipients
    row = {
        "issue_id": issue_id,
        "series": bulletin.series,
        "series_code": series_code,
        "number": bulletin.number,
        "date": bulletin.date,
        "issuer": bulletin.issuer,
        "recipients_bao": recipients.get("报", []),
        "recipients_song": recipients.get("送", []),
        "recipients_fa": recipients.get("发", []),
        "contact_phone": bulletin.footer.contact_phone,
        "contact_email": bulletin.footer.contact_email,
        "n_items": len(bulletin.items),
        "source": source,
        "source_sha256": source_sha256,
    }
    return pl.DataFrame([row], schema=ISSUES_SCHEMA)


def items_frame(bulletin: Bulletin, *, issue_id: str) -> pl.DataFrame:
    rows = [
        {
            "issue_id": issue_id,
            "seq": item.seq,
            "section": item.section,
            "entity_kind": item.entity.kind,
            "entity_code": item.entity.code,
            "entity_name": item.entity.name,
            "entity_name_en": item.entity.name_en,
            "entity_surface": item.entity.surface,
            "headline": item.headline,
            "body": item.body,
            "text": item.text,
        }
        for item in bulletin.items
    ]
    return pl.DataFrame(rows, schema=ITEMS_SCHEMA)


def indicators_frame(bulletin: Bulletin, *, issue_id: str) -> pl.DataFrame:
    """Every quantity of every item, dated against the issue's date (offsets into item text)."""
    if bulletin.date is None:
        raise ValueError("an issue needs a date to resolve the periods of its figures")
    reference_date = bulletin.date
    frames, seqs, codes = [], [], []
    for item in bulletin.items:
        frame = extract_indicators(item.text, reference_date=reference_date)
        frames.append(frame)
        seqs += [item.seq] * frame.height
        codes += [item.entity.code] * frame.height
    if not frames:
        return empty_frame("indicators")
    # One concat and three whole columns: per-item `with_columns` cost more than extraction.
    keys = pl.DataFrame(
        {"issue_id": [issue_id] * len(seqs), "seq": seqs, "entity_code": codes},
        schema={"issue_id": pl.String(), "seq": pl.Int64(), "entity_code": pl.String()},
    )
    frames = [pl.concat([keys, pl.concat(frames, how="vertical")], how="horizontal")]
    indicators = add_subject_en(pl.concat(frames, how="vertical"))
    return indicators.select(list(INDICATORS_SCHEMA)).cast(INDICATORS_SCHEMA)  # type: ignore[arg-type]


def bulletin_frames(
    bulletin: Bulletin, *, issue_id: str, series_code: str, source: str, source_sha256: str
) -> IssueFrames:
    items = items_frame(bulletin, issue_id=issue_id)
    indicators = indicators_frame(bulletin, issue_id=issue_id)
    return IssueFrames(
        issues=issues_frame(
            bulletin,
            issue_id=issue_id,
            series_code=series_code,
            source=source,
            source_sha256=source_sha256,
        ),
        items=items,
        indicators=indicators,
        terms=terms_table(items),
        mentions=mentions_table(items),
        audits=audit_indicators(indicators, items).cast(AUDIT_SCHEMA),  # type: ignore[arg-type]
        derived=derive_figures(indicators, items).cast(DERIVED_SCHEMA),  # type: ignore[arg-type]
    )


def empty_frame(table: str) -> pl.DataFrame:
    schema = ERRORS_SCHEMA if table == "errors" else SCHEMAS[table]
    return pl.DataFrame(schema=schema)


def combine(frames: Iterable[pl.DataFrame], table: str) -> pl.DataFrame:
    """Concatenate per-issue frames into one table, sorted by its key."""
    frames = list(frames)
    if not frames:
        return empty_frame(table)
    return pl.concat(frames, how="vertical").sort(SORT_KEYS[table], maintain_order=True)


def write_parquet_atomic(frame: pl.DataFrame, path: Path) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # Statistics and a fixed compression keep the bytes identical for identical frames.
        frame.write_parquet(tmp, compression="zstd", compression_level=3, statistics=True)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_tables(tables: Mapping[str, pl.DataFrame], folder: Path) -> dict[str, Path]:
    """Write each table to `<folder>/<name>.parquet` atomically; return the paths written."""
    written = {}
    for name, frame in tables.items():
        target = folder / f"{name}.parquet"
        write_parquet_atomic(frame, target)
        written[name] = target
    return written


def load_tables(folder: Path | str | None = None) -> dict[str, pl.DataFrame]:
    """The processed tables as polars frames, by name: issues, items, indicators, terms,
    mentions, audits, derived.

    Tables that have not been written yet come back empty with their schema, so a notebook
    runs before the first ingest and says there is nothing to show.
    """
    folder = Path(folder) if folder else paths.PROCESSED_DIR
    tables = {}
    for name in SCHEMAS:
        path = folder / f"{name}.parquet"
        tables[name] = pl.read_parquet(path) if path.is_file() else empty_frame(name)
    return tables
