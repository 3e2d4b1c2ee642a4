"""Speed of `extract_indicators` on the real bulletin, and of JioNLP on the same paragraphs.

Run: `.venv/bin/python benchmarks/extract.py` (prints figures; asserts nothing).

The bulletin's paragraphs are repeated until they hold about 50,000 characters; each timing is
the best of several runs. If `jionlp` is importable, its `extract_money` and `extract_time` run
over the same paragraphs and the ratios are printed. JioNLP is not a project dependency: to
compare, install it in a throwaway environment, e.g.

    python3 -m venv /tmp/jio-venv
    /tmp/jio-venv/bin/pip install jionlp polars
    /tmp/jio-venv/bin/pip install --no-deps -e .
    /tmp/jio-venv/bin/python benchmarks/extract.py
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

from kaiju_research.extract import extract_indicators

ROOT = Path(__file__).resolve().parent.parent
BULLETIN = ROOT / "data" / "raw" / "hunan-kaiju-bahao-003.md"
REFERENCE_DATE = dt.date(2026, 4, 1)
TARGET_CHARS = 50_000
RUNS = 5


def _text() -> str:
    raw = BULLETIN.read_text(encoding="utf-8")
    try:  # the normalized text is what the pipeline feeds the extractor
        from kaiju_research.normalize import normalize

        return normalize(raw)
    except ImportError:  # pragma: no cover - normalize is part of the package
        return raw


def _paragraphs(text: str) -> list[str]:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    out: list[str] = []
    while sum(map(len, out)) < TARGET_CHARS:
        out.extend(paragraphs)
    return out


def _best(fn: Callable[[str], object], paragraphs: list[str], runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        for p in paragraphs:
            fn(p)
        best = min(best, time.perf_counter() - t0)
    return best


def _floor(paragraphs: list[str], frames: list[pl.DataFrame]) -> float:
    """Time of what no implementation of the contract in Python can skip: one pass of each
    pattern the extractor runs over a whole paragraph (names, times, numbers, clause marks,
    modality cues), and building each result frame from its columns. Everything else the
    extractor does is per quantity."""
    from kaiju_research.extract import cues, indicators, numbers, periods

    scans = (indicators._NAMES, periods.TIME, numbers.TOKEN, indicators._BOUNDARY, cues.MODALITY)

    def scan(p: str) -> None:
        for pattern in scans:
            for _ in pattern.finditer(p):
                pass

    columns = [[f[c].to_list() for c in f.columns] for f in frames if f.height]
    t_scan = _best(scan, paragraphs)
    t_frame = _best(indicators._build_frame, columns)
    return t_scan + t_frame


def main() -> None:
    text = _text()
    paragraphs = _paragraphs(text)
    n_chars = sum(map(len, paragraphs))

    def ours(p: str) -> object:
        return extract_indicators(p, reference_date=REFERENCE_DATE)

    ours(paragraphs[0])  # warm up (regex compilation happens at import)
    t_ours = _best(ours, paragraphs)
    n_rows = sum(ours(p).height for p in paragraphs)
    print(f"paragraphs: {len(paragraphs)}, characters: {n_chars:,}, rows: {n_rows:,}")
    print(f"extract_indicators: {t_ours * 1e3:8.1f} ms  {n_chars / t_ours / 1e6:6.2f} M chars/s")

    t_floor = _floor(paragraphs, [ours(p) for p in paragraphs])
    print(
        f"floor (the pattern passes every paragraph needs + building its frame): "
        f"{t_floor * 1e3:.1f} ms, {t_floor / t_ours:.0%} of the extraction"
    )

    items = [i.strip() for i in re.split(r"▲", text)[1:]]
    t_issue = _best(lambda _: [ours(i) for i in items], ["x"], runs=20)
    print(f"whole issue ({len(items)} items, one call each): {t_issue * 1e3:.2f} ms")

    try:
        from jionlp import ner
    except ImportError:
        print("jionlp: skipped (not importable). To compare, in a throwaway venv:")
        print("  python3 -m venv /tmp/jio-venv && /tmp/jio-venv/bin/pip install jionlp polars")
        print(
            "  /tmp/jio-venv/bin/pip install --no-deps -e . && /tmp/jio-venv/bin/python", __file__
        )
        return
    base = time.mktime(REFERENCE_DATE.timetuple())
    ner.extract_money(paragraphs[0])  # warm up: JioNLP loads its dictionaries lazily
    ner.extract_time(paragraphs[0], time_base=base)
    peer_times = []
    for name, fn in (
        ("jionlp extract_money", ner.extract_money),
        ("jionlp extract_time", lambda p: ner.extract_time(p, time_base=base)),
    ):
        t = _best(fn, paragraphs, runs=2)
        peer_times.append(t)
        print(
            f"{name:20s}: {t * 1e3:8.1f} ms  {n_chars / t / 1e6:6.2f} M chars/s"
            f"  (extract_indicators / this: {t / t_ours:.2f}x the speed)"
        )
    t = sum(peer_times)
    print(
        f"{'jionlp money+time':20s}: {t * 1e3:8.1f} ms  {n_chars / t / 1e6:6.2f} M chars/s"
        f"  (extract_indicators / this: {t / t_ours:.2f}x the speed)"
    )


if __name__ == "__main__":
    main()
