"""The extractor against the constructed cases of `tests/gold/constructed_cases.py` and the
held-out sets `tests/gold/heldout_*.py` (each set scored on its own; tests/gold/README.md).

Scored as in `test_extract_gold.py`, as multisets within each case, over the expected rows that
are not optional (a found row overlapping an optional expected row is left out too):

- *quantity*: (value, unit, measure);
- *period*: (value, unit, measure, period_start, period_end), strict.

Modality, bound and comparison are compared on expected and found rows that overlap in the
text and have the same quantity, leaving out the fields marked doubtful; so are subjects, where
a set names them (`SUBJECT_FLOORS`: every set from `heldout_subjects` on). The assertion message
lists every disagreement, so a failure explains itself without `-s`.
"""

from __future__ import annotations

import functools
import importlib
from collections import Counter
from collections.abc import Callable

import pytest

from kaiju_research.extract import extract_indicators
from tests.gold.constructed_cases import Case

# Floors just under what the extractor reaches (2026-11-29, at the end of the fourth session),
# so that a rule that costs accuracy on any set fails here; first runs are in tests/gold/README.md.
QUANTITY_FLOOR = 0.99
FIELD_FLOOR = 0.99
FIELDS = {"mod": "modality", "bound": "bound", "cmp": "comparison"}
# One row per set: (name, module in tests/gold, period floor, subject floors or None where the
# set names no subjects). Subjects: exact is a match of one accepted reading (spaces ignored);
# acceptable contains the row's core and is at most 6 characters longer.
_SETS: list[tuple[str, str, float, tuple[float, float] | None]] = [
    ("constructed", "constructed_cases", 0.98, None),
    ("heldout", "heldout_cases", 0.98, None),
    ("bulletins", "heldout_bulletins", 0.96, None),
    ("reports", "heldout_reports", 0.93, None),
    ("mixed", "heldout_mixed", 0.93, None),
    ("subjects", "heldout_subjects", 0.95, (0.97, 0.99)),
    ("genres", "heldout_genres", 0.93, (0.95, 0.99)),
    ("execution", "heldout_execution", 0.95, (0.95, 0.99)),
    ("regions", "heldout_regions", 0.95, (0.95, 0.97)),
    ("sectors", "heldout_sectors", 0.96, (0.96, 0.99)),
    ("oversight", "heldout_oversight", 0.97, (0.87, 0.95)),
    ("counties", "heldout_counties", 0.96, (0.94, 0.99)),
    ("communiques", "heldout_communiques", 0.99, (0.95, 0.99)),
    ("briefings", "heldout_briefings", 0.95, (0.91, 0.98)),
    ("items", "heldout_items", 0.96, (0.94, 0.99)),
    ("plans", "heldout_plans", 0.98, (0.95, 0.99)),
    ("cities", "heldout_cities", 0.92, (0.98, 0.99)),
    ("campaigns", "heldout_campaigns", 0.94, (0.85, 0.96)),
    ("series", "heldout_series", 0.97, (0.88, 0.97)),
    ("paragraphs", "heldout_paragraphs", 0.96, (0.94, 0.99)),
    ("safety", "heldout_safety", 0.97, (0.86, 0.97)),
    ("social", "heldout_social", 0.95, (0.91, 0.96)),
    ("finance", "heldout_finance", 0.98, (0.9, 0.99)),
    ("industry", "heldout_industry", 0.86, (0.88, 0.98)),
    ("autonomous", "heldout_autonomous", 0.98, (0.91, 0.97)),
    ("economy", "heldout_economy", 0.97, (0.82, 0.97)),
    ("workitems", "heldout_workitems", 0.95, (0.9, 0.99)),
    ("hunan", "heldout_hunan", 0.98, (0.92, 0.98)),
    ("workreports", "heldout_workreports", 0.95, (0.91, 0.97)),
    ("releases", "heldout_releases", 0.97, (0.99, 0.99)),
    ("debris", "heldout_debris", 0.92, (0.95, 0.98)),
    ("townships", "heldout_townships", 0.91, (0.88, 0.96)),
    ("summaries", "heldout_summaries", 0.92, (0.89, 0.99)),
    ("broad", "heldout_broad", 0.9, (0.93, 0.99)),
    ("press", "heldout_press", 0.94, (0.87, 0.99)),
    ("hunan2", "heldout_hunan2", 0.95, (0.82, 0.96)),
]
SETS: dict[str, list[Case]] = {
    name: importlib.import_module(f"tests.gold.{module}").CASES for name, module, _, _ in _SETS
}
PERIOD_FLOORS = {name: floor for name, _, floor, _ in _SETS}
SUBJECT_FLOORS = {
    name: {"exact": floors[0], "acceptable": floors[1]}
    for name, _, _, floors in _SETS
    if floors is not None
}

Row = dict[str, object]


def _quantity(r: Row) -> tuple[object, ...]:
    return (float(f"{r['value']:.9g}"), r["unit"], r["measure"])


def _period(r: Row) -> tuple[object, ...]:
    return (*_quantity(r), r["period_start"], r["period_end"])


def _expected(c: Case) -> list[Row]:
    """The case's rows with its defaults filled in, each with its span (searched in order)."""
    out, pos = [], 0
    for r in c.rows:
        start = c.text.find(r.raw, pos)
        if start < 0:
            start = c.text.find(r.raw)
        pos = start + 1
        ps, pe = c.p if r.p is None else r.p
        out.append(
            {
                "raw": r.raw,
                "start": start,
                "end": start + len(r.raw),
                "value": r.value,
                "unit": r.unit,
                "measure": r.measure,
                "modality": c.mod if r.mod is None else r.mod,
                "bound": r.bound,
                "comparison": r.cmp,
                "period_start": ps,
                "period_end": pe,
                "doubt": r.doubt,
                "opt": r.opt,
                "subjects": r.subject,
                "core": r.core,
            }
        )
    return out


def _align(exp: list[Row], got: list[Row]) -> list[tuple[Row | None, Row | None]]:
    """Each expected row with the first unused found row overlapping it; then the rest."""
    pairs: list[tuple[Row | None, Row | None]] = []
    used: set[int] = set()
    for e in exp:
        overlapping = (
            j
            for j, g in enumerate(got)
            if j not in used and g["start"] < e["end"] and e["start"] < g["end"]
        )
        j = next(overlapping, None)
        if j is not None:
            used.add(j)
        pairs.append((e, None if j is None else got[j]))
    return pairs + [(None, g) for j, g in enumerate(got) if j not in used]


def _show(r: Row | None) -> str:
    if r is None:
        return "-"
    return (
        f"{r['raw']}: {r['value']:g} {r['unit']} {r['measure']}"
        f" {r['period_start']}..{r['period_end']}"
    )


@functools.cache
def _run(case_set: str) -> tuple[Counter[str], dict[str, list[str]]]:
    """Counts (true positives, found, expected, field hits and trials) and disagreements."""
    n: Counter[str] = Counter()
    misses: dict[str, list[str]] = {k: [] for k in ("quantity", "period", *FIELDS.values())}
    keys: dict[str, Callable[[Row], tuple[object, ...]]] = {
        "quantity": _quantity,
        "period": _period,
    }
    for c in SETS[case_set]:
        got = extract_indicators(c.text, reference_date=c.ref).to_dicts()
        pairs = [(e, g) for e, g in _align(_expected(c), got) if e is None or not e["opt"]]
        exp = [e for e, _ in pairs if e is not None]
        found = [g for _, g in pairs if g is not None]
        n["expected"] += len(exp)
        n["found"] += len(found)
        head = f"#{c.id} ({c.ref}) {c.text}"
        for name, key in keys.items():
            tp = sum((Counter(map(key, exp)) & Counter(map(key, found))).values())
            n[name] += tp
            if tp < max(len(exp), len(found)):
                misses[name].append(head)
                misses[name] += [
                    f"  expected {_show(e)}\n  got      {_show(g)}"
                    for e, g in pairs
                    if e is None or g is None or key(e) != key(g)
                ]
        for e, g in pairs:
            if e is None or g is None or _quantity(e) != _quantity(g):
                continue
            for field, col in FIELDS.items():
                if field in e["doubt"]:
                    continue
                n[f"{col} n"] += 1
                n[col] += e[col] == g[col]
                if e[col] != g[col]:
                    misses[col].append(f"{head}\n  {e['raw']}: expected {e[col]}, got {g[col]}")
    return n, misses


@pytest.mark.parametrize("case_set", SETS)
@pytest.mark.parametrize("name", ["quantity", "period"])
def test_precision_and_recall(case_set: str, name: str) -> None:
    n, misses = _run(case_set)
    floor = QUANTITY_FLOOR if name == "quantity" else PERIOD_FLOORS[case_set]
    precision, recall = n[name] / n["found"], n[name] / n["expected"]
    summary = f"{name}: P={precision:.3f} R={recall:.3f} (floor {floor})"
    print(summary, *misses[name], sep="\n")  # shown by `pytest -rP` (or -s)
    assert min(precision, recall) >= floor, "\n".join([summary, *misses[name]])


@pytest.mark.parametrize("case_set", SETS)
@pytest.mark.parametrize("col", FIELDS.values())
def test_field_accuracy_on_undoubted_fields(case_set: str, col: str) -> None:
    n, misses = _run(case_set)
    accuracy = n[col] / n[f"{col} n"]
    summary = f"{col}: {n[col]}/{n[f'{col} n']} = {accuracy:.3f} (floor {FIELD_FLOOR})"
    print(summary, *misses[col], sep="\n")
    assert accuracy >= FIELD_FLOOR, "\n".join([summary, *misses[col]])


@pytest.mark.parametrize("case_set", SETS)
def test_expected_raws_occur_in_their_text(case_set: str) -> None:
    cases = SETS[case_set]
    assert len({c.id for c in cases}) == len(cases)
    for c in cases:
        for r in c.rows:
            assert r.raw in c.text, (c.id, r.raw)


def _subject_fits(readings: tuple[str, ...], core: str, found: object) -> tuple[bool, bool]:
    """(exact, acceptable) for a found subject against the accepted readings of a row."""
    accepted = [a.replace(" ", "") for a in readings]
    got = str(found or "").replace(" ", "")
    exact = got in accepted
    acceptable = exact or (core in got and len(got) <= max(map(len, accepted)) + 6)
    return exact, acceptable


@pytest.mark.parametrize("case_set", SUBJECT_FLOORS)
def test_subjects(case_set: str) -> None:
    n: Counter[str] = Counter()
    misses: list[str] = []
    for c in SETS[case_set]:
        got = extract_indicators(c.text, reference_date=c.ref).to_dicts()
        for e, g in _align(_expected(c), got):
            if e is None or g is None or e["opt"] or not e["subjects"]:
                continue
            if _quantity(e) != _quantity(g):
                continue
            readings = tuple(map(str, e["subjects"]))  # type: ignore[call-overload]
            exact, acceptable = _subject_fits(readings, str(e["core"]), g["subject"])
            n["rows"] += 1
            n["exact"] += exact
            n["acceptable"] += acceptable
            if not exact:
                misses.append(f"#{c.id} {e['raw']}: expected {readings[0]}, got {g['subject']}")
    floors = SUBJECT_FLOORS[case_set]
    summary = ", ".join(f"{k} {n[k]}/{n['rows']} = {n[k] / n['rows']:.3f}" for k in floors)
    print(summary, *misses, sep="\n")
    for k, floor in floors.items():
        assert n[k] / n["rows"] >= floor, "\n".join([summary, *misses])
