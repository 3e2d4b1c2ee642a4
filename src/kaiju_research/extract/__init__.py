"""Indicators (numbers with their meaning) from Chinese government prose.

`extract_indicators(text, reference_date=...)` returns one row per quantity with the columns of
`INDICATOR_SCHEMA`; see `indicators.py` for the steps and `cues.py` for the cue-word tables.
"""

from __future__ import annotations

from kaiju_research.extract.indicators import INDICATOR_SCHEMA, extract_indicators

__all__ = ["INDICATOR_SCHEMA", "extract_indicators"]
