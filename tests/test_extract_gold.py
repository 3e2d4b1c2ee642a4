"""Precision and recall of the extractor against the hand-annotated gold tables.

Two scores per gold set, each over multisets of rows matched within one item (issue 3) or
one file (dev excerpts):

- *quantity*: (value, unit, measure);
- *period*: (value, unit, measure, period_start, period_end) – a row counts only when both
  the quantity and its period are right.

Misses and spurious rows are listed in the assertion message, so a failure explains itself
without `-s`.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from kaiju_research.extract import extract_indicators

GOLD = Path(__file__).resolve().parent / "gold"
DEV = Path(__file__).resolve().parent / "fixtures" / "dev"
ISSUE3_DATE = dt.date(2026, 4, 1)
BAR = 0.97  # the issue's bar
# What the extractor reaches today on the real texts: a rule that costs any of it fails here,
# even while the score stays above the bar (raise these when the extractor improves).
REACHED = {"issue3": 1.0, "dev": 0.99}

Key = tuple[object, ...]


def _value(text: str) -> float:
    return round(float(text), 6)


def _date(text: str | None) -> str:
    return text or ""


def _gold_keys(row: dict[str, str]) -> tuple[Key, Key]:
    q = (_value(row["value"]), row["unit"], row["measure"])
    return q, (*q, _date(row["period_start"]), _date(row["period_end"]))


def _extracted_keys(text: str, reference_date: dt.date) -> list[tuple[Key, Key, str]]:
    df = extract_indicators(text, reference_date=reference_date)
    out = []
    for r in df.iter_rows(named=True):
        q = (round(r["value"], 6), r["unit"], r["measure"])
        ps = r["period_start"].isoformat() if r["period_start"] else ""
        pe = r["period_end"].isoformat() if r["period_end"] else ""
        out.append((q, (*q, ps, pe), r["raw"]))
    return out


def issue3_items() -> dict[str, str]:
    items = {}
    for line in (GOLD / "issue3_items.txt").read_text(encoding="utf-8").splitlines():
        seq, text = line.split("\t", 1)
        items[seq] = text
    return items


def dev_texts() -> dict[str, tuple[str, dt.date]]:
    dates = {
        r["file"]: dt.date.fromisoformat(r["reference_date"])
        for r in csv.DictReader((GOLD / "dev_sources.csv").read_text(encoding="utf-8").splitlines())
    }
    out = {}
    for name, ref in dates.items():
        text = (DEV / name).read_text(encoding="utf-8")
        out[name] = (text.split("\n", 1)[1], ref)  # the first line names the source
    return out


def _score(
    gold: dict[str, list[dict[str, str]]], texts: dict[str, tuple[str, dt.date]]
) -> tuple[dict[str, tuple[float, float]], list[str]]:
    counts = {"quantity": [0, 0, 0], "period": [0, 0, 0]}  # true pos, n extracted, n gold
    report: list[str] = []
    for doc, (text, ref) in texts.items():
        got = _extracted_keys(text, ref)
        want = [_gold_keys(r) for r in gold.get(doc, [])]
        for idx, name in enumerate(("quantity", "period")):
            g = Counter(k[idx] for k in want)
            e = Counter(k[idx] for k in got)
            tp = sum((g & e).values())
            counts[name][0] += tp
            counts[name][1] += sum(e.values())
            counts[name][2] += sum(g.values())
            for key, n in (g - e).items():
                report.append(f"{name} MISSED  {doc}: {key} x{n}")
            for key, n in (e - g).items():
                raw = next(r for q, p, r in got if (q, p)[idx] == key)
                report.append(f"{name} SPURIOUS {doc}: {key} x{n} raw={raw}")
    scores = {
        name: (tp / n_e if n_e else 1.0, tp / n_g if n_g else 1.0)
        for name, (tp, n_e, n_g) in counts.items()
    }
    return scores, report


def _gold_rows(path: Path, key: str) -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    for r in csv.DictReader(path.read_text(encoding="utf-8").splitlines()):
        rows.setdefault(r[key], []).append(r)
    return rows


def _check(scores: dict[str, tuple[float, float]], report: list[str], reached: float) -> None:
    summary = ", ".join(f"{k}: P={p:.3f} R={r:.3f}" for k, (p, r) in scores.items())
    print(summary, *report, sep="\n")  # shown by `pytest -rP` (or -s), and on failure
    floor = max(BAR, reached)
    ok = all(p >= floor and r >= floor for p, r in scores.values())
    assert ok, summary + "\n" + "\n".join(report)


def test_issue3_gold() -> None:
    gold = _gold_rows(GOLD / "issue3_indicators.csv", "seq")
    texts = {seq: (text, ISSUE3_DATE) for seq, text in issue3_items().items()}
    scores, report = _score(gold, texts)
    _check(scores, report, REACHED["issue3"])


def test_dev_gold() -> None:
    gold = _gold_rows(GOLD / "dev_indicators.csv", "file")
    scores, report = _score(gold, dev_texts())
    _check(scores, report, REACHED["dev"])


def test_gold_files_are_consistent() -> None:
    """Every gold raw occurs in its text, and there are 24 items, each with text."""
    items = issue3_items()
    assert sorted(items, key=int) == [str(i) for i in range(1, 25)]
    for seq, rows in _gold_rows(GOLD / "issue3_indicators.csv", "seq").items():
        for r in rows:
            assert r["raw"] in items[seq], (seq, r["raw"])
    dev = dev_texts()
    for name, rows in _gold_rows(GOLD / "dev_indicators.csv", "file").items():
        for r in rows:
            assert r["raw"] in dev[name][0], (name, r["raw"])


@pytest.mark.parametrize("text", list(issue3_items().values())[:3])
def test_items_are_normalized(text: str) -> None:
    assert "**" not in text
    assert "\n" not in text
