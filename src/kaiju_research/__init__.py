"""kaiju_research: Chinese government work bulletins → tables → offline reports.

The public API::

    from kaiju_research import parse_bulletin, extract_indicators, load_tables

Attributes are imported on first use, so `import kaiju_research.charts` in a report kernel does
not pay for the parser and `import kaiju_research` stays cheap.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("kaiju_research")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

_LAZY = {
    "extract_indicators": "kaiju_research.extract",
    "normalize": "kaiju_research.normalize",
    "repair_layout": "kaiju_research.normalize",
    "Bulletin": "kaiju_research.parse",
    "Item": "kaiju_research.parse",
    "parse_bulletin": "kaiju_research.parse",
    "load_tables": "kaiju_research.tables",
}

__all__ = [
    "Bulletin",
    "Item",
    "__version__",
    "extract_indicators",
    "load_tables",
    "normalize",
    "parse_bulletin",
    "repair_layout",
]

if TYPE_CHECKING:
    from kaiju_research.extract import extract_indicators
    from kaiju_research.normalize import normalize, repair_layout
    from kaiju_research.parse import Bulletin, Item, parse_bulletin
    from kaiju_research.tables import load_tables


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kaiju_research' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
