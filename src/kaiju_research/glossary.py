"""An English glossary of indicator subjects (`data/glossary.csv`).

Bulletins name an indicator with a phrase (规模工业增加值, 社会消费品零售总额) that the
indicators table keeps as `subject`. The curated glossary gives each common subject its
usual English name in official statistical releases, so tables and charts can carry both.

`subject_en` looks a subject up: exact match first, then the longest glossary subject that the
subject contains (全市规模工业增加值 → the 规模工业增加值 entry), else None.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import polars as pl

_DATA_DIR = Path(__file__).resolve().parent / "data"

GLOSSARY_SCHEMA: dict[str, pl.DataType] = {
    "subject": pl.String(),
    "subject_en": pl.String(),
    "source_note": pl.String(),
}


@cache
def glossary() -> pl.DataFrame:
    """The glossary (subject, subject_en, source_note), every column String."""
    return pl.read_csv(
        _DATA_DIR / "glossary.csv", schema=GLOSSARY_SCHEMA, empty_string_is_null=False
    )


@cache
def _index() -> dict[str, str]:
    """subject → subject_en. Raises ValueError on a subject listed twice with two meanings."""
    index: dict[str, str] = {}
    for subject, english in glossary().select("subject", "subject_en").iter_rows():
        if subject in index and index[subject] != english:
            msg = f"glossary subject {subject!r} has two translations"
            raise ValueError(msg)
        index[subject] = english
    return index


@cache
def _by_length() -> tuple[str, ...]:
    # Longest first, so the first contained subject is the most specific one; ties by text
    # for a deterministic choice.
    return tuple(sorted(_index(), key=lambda s: (-len(s), s)))


def subject_en(subject: str) -> str | None:
    """English name of an indicator subject, or None if the glossary has nothing for it.

    >>> subject_en("社会消费品零售总额")
    'total retail sales of consumer goods'
    >>> subject_en("全市规模工业增加值")
    'value added of industrial enterprises above designated size'
    """
    if not isinstance(subject, str):
        return None
    return _lookup(subject.strip())


@cache
def _lookup(text: str) -> str | None:
    if not text:
        return None
    index = _index()
    if text in index:
        return index[text]
    for candidate in _by_length():
        if candidate in text:
            return index[candidate]
    return None


def add_subject_en(indicators: pl.DataFrame, column: str = "subject") -> pl.DataFrame:
    """`indicators` with a String column `subject_en` translated from `column`.

    Each distinct subject is looked up once and the result joined back through a mapping,
    so the cost grows with the number of distinct subjects, not of rows.
    """
    subjects = indicators.get_column(column).cast(pl.String()).unique().drop_nulls().to_list()
    mapping = {s: subject_en(s) for s in subjects}
    return indicators.with_columns(
        pl.col(column)
        .cast(pl.String())
        .replace_strict(mapping, default=None, return_dtype=pl.String())
        .alias("subject_en")
    )
