"""The bulletin's arithmetic: consistency audit and derived figures.

The core tests run on `fixtures/issue3_indicators_fixture.csv`: indicator rows of issue 3 written
by hand from the bulletin (each row's offsets and sentence are checked against the parsed text
below), so they do not depend on the extractor's exact output.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaiju_research.audit import (
    AUDIT_SCHEMA,
    DERIVED_SCHEMA,
    audit_indicators,
    derive_figures,
    half_unit,
    ratio_interval,
)
from kaiju_research.parse import parse_bulletin
from kaiju_research.tables import INDICATORS_SCHEMA

from .conftest import RAW_BULLETIN

FIXTURE = Path(__file__).parent / "fixtures" / "issue3_indicators_fixture.csv"
ISSUE = "hunan-kaiju-bahao-003"

INDICATOR_COLUMNS: dict[str, pl.DataType] = {
    name: dtype for name, dtype in INDICATORS_SCHEMA.items() if name != "subject_en"
}


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bulletin_items() -> pl.DataFrame:
    bulletin = parse_bulletin(RAW_BULLETIN.read_text(encoding="utf-8"))
    return pl.DataFrame(
        {
            "issue_id": [ISSUE] * len(bulletin.items),
            "seq": [item.seq for item in bulletin.items],
            "entity_code": [item.entity.code for item in bulletin.items],
            "text": [item.text for item in bulletin.items],
        },
        schema={
            "issue_id": pl.String(),
            "seq": pl.Int64(),
            "entity_code": pl.String(),
            "text": pl.String(),
        },
    )


@pytest.fixture(scope="module")
def rows() -> pl.DataFrame:
    # The fixture predates `is_stock`, which the audit does not read.
    schema = {k: v for k, v in INDICATOR_COLUMNS.items() if k != "is_stock"}
    return pl.read_csv(FIXTURE, schema=schema).with_columns(is_stock=pl.lit(None, pl.Boolean()))


@pytest.fixture(scope="module")
def audit(rows: pl.DataFrame, bulletin_items: pl.DataFrame) -> pl.DataFrame:
    return audit_indicators(rows, bulletin_items)


@pytest.fixture(scope="module")
def derived(rows: pl.DataFrame, bulletin_items: pl.DataFrame) -> pl.DataFrame:
    return derive_figures(rows, bulletin_items)


def _check(audit: pl.DataFrame, share_or_total_raw: str, seq: int) -> dict:
    found = audit.filter(
        (pl.col("seq") == seq) & pl.col("raws").list.contains(share_or_total_raw)
    ).to_dicts()
    assert len(found) == 1, found
    return found[0]


def _figure(derived: pl.DataFrame, kind: str, *inputs: str) -> dict:
    found = [
        row
        for row in derived.filter(pl.col("kind") == kind).to_dicts()
        if all(raw in row["inputs"] for raw in inputs)
    ]
    assert len(found) == 1, (kind, inputs, derived.select("kind", "inputs").to_dicts())
    return found[0]


def _variant(
    rows: pl.DataFrame, items: pl.DataFrame, *, seq: int, old: str, new: str, value: float
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Issue 3 with one number changed (same length, so offsets stay valid)."""
    assert len(old) == len(new)
    in_item = pl.col("seq") == seq
    rows = rows.with_columns(
        value=pl.when(in_item & (pl.col("raw") == old)).then(value).otherwise(pl.col("value")),
        raw=pl.when(in_item & (pl.col("raw") == old)).then(pl.lit(new)).otherwise(pl.col("raw")),
        sentence=pl.when(in_item)
        .then(pl.col("sentence").str.replace(old, new, literal=True))
        .otherwise(pl.col("sentence")),
    )
    items = items.with_columns(
        text=pl.when(pl.col("seq") == seq)
        .then(pl.col("text").str.replace(old, new, literal=True))
        .otherwise(pl.col("text"))
    )
    return rows, items


def _synthetic(text: str, specs: list[tuple], *, seq: int = 1) -> pl.DataFrame:
    """Indicator rows for a made-up text: specs are (raw, value, unit, measure[, comparison,
    bound]), located left to right; the sentence is the 。-sentence holding the raw."""
    records, cursor = [], 0
    for spec in specs:
        raw, value, unit, measure = spec[:4]
        comparison = spec[4] if len(spec) > 4 else None
        bound = spec[5] if len(spec) > 5 else "exact"
        start = text.index(raw, cursor)
        cursor = start + len(raw)
        lo = text.rfind("。", 0, start) + 1
        hi = text.find("。", cursor)
        records.append(
            {
                "issue_id": "synthetic",
                "seq": seq,
                "entity_code": "x",
                "raw": raw,
                "start": start,
                "end": start + len(raw),
                "value": float(value),
                "unit": unit,
                "measure": measure,
                "modality": "actual",
                "bound": bound,
                "comparison": comparison,
                "period_start": None,
                "period_end": None,
                "period_label": None,
                "subject": None,
                "sentence": text[lo : hi + 1 if hi >= 0 else len(text)],
            }
        )
    return pl.DataFrame(records, schema=INDICATOR_COLUMNS)


def _text_frame(text: str, seq: int = 1) -> pl.DataFrame:
    return pl.DataFrame({"issue_id": ["synthetic"], "seq": [seq], "text": [text]})


# --- the hand-written fixture is the bulletin -------------------------------------------------


def test_fixture_rows_are_the_bulletin(rows: pl.DataFrame, bulletin_items: pl.DataFrame) -> None:
    texts = {r["seq"]: r for r in bulletin_items.to_dicts()}
    assert rows.height >= 60
    for row in rows.to_dicts():
        item = texts[row["seq"]]
        assert item["text"][row["start"] : row["end"]] == row["raw"], row
        assert row["sentence"] in item["text"], row
        assert row["raw"] in row["sentence"]
        assert row["entity_code"] == item["entity_code"]


def test_schemas(audit: pl.DataFrame, derived: pl.DataFrame) -> None:
    assert audit.schema == pl.Schema(AUDIT_SCHEMA)
    assert derived.schema == pl.Schema(DERIVED_SCHEMA)
    empty = pl.DataFrame(schema=INDICATOR_COLUMNS)
    assert audit_indicators(empty).schema == pl.Schema(AUDIT_SCHEMA)
    assert derive_figures(empty).height == 0
    assert derive_figures(empty).schema == pl.Schema(DERIVED_SCHEMA)


# --- relations on the real issue 3 ------------------------------------------------------------


def test_part_of_whole_stated_inside_zhan_de(audit: pl.DataFrame) -> None:
    # 新增规上服务业企业140家，占全市新增规上企业（484家）的28.9%
    check = _check(audit, "28.9%", 1)
    assert check["relation"] == "part_of_whole"
    assert check["raws"] == ["140家", "484家", "28.9%"]
    assert check["status"] == "consistent"
    assert check["computed"] == pytest.approx(100 * 140 / 484)
    assert check["stated"] == 28.9
    assert check["formula"].startswith("140 / 484 = 28.93%")
    assert check["entity_code"] == "430100"
    assert "484家" in check["sentence"]


def test_part_of_whole_against_the_total_before_qizhong(audit: pl.DataFrame) -> None:
    # 地方收入完成988.4亿元 … 其中 … 非税收入416.4亿元，增长2.6%，非税占比42.1%
    check = _check(audit, "42.1%", 16)
    assert check["relation"] == "part_of_whole"
    assert check["raws"] == ["416.4亿元", "988.4亿元", "42.1%"]
    assert check["status"] == "consistent"
    assert check["computed"] == pytest.approx(42.128, abs=1e-3)
    assert check["formula"].startswith("416.4 / 988.4 = 42.13%")


def test_sum_of_the_qizhong_parts(audit: pl.DataFrame) -> None:
    check = next(c for c in audit.to_dicts() if c["relation"] == "sum" and c["seq"] == 16)
    assert check["raws"] == ["988.4亿元", "572亿元", "416.4亿元"]
    assert check["status"] == "consistent"
    assert check["computed"] == pytest.approx(988.4e8)
    assert check["stated"] == pytest.approx(988.4e8)
    # half a unit of 988.4 (0.05亿), of 572 (0.5亿) and of 416.4 (0.05亿)
    assert check["tolerance"] == pytest.approx(0.6e8)
    assert "572亿元 + 416.4亿元 = 988.4亿元" in check["formula"]


def test_progress_against_one_task_stated_once(audit: pl.DataFrame) -> None:
    # 89.7万亩早稻任务已完成育秧88.44万亩，进度98.6%；已翻耕大田51.58万亩，进度57.5%
    first = _check(audit, "98.6%", 13)
    second = _check(audit, "57.5%", 13)
    assert first["relation"] == second["relation"] == "progress"
    assert first["raws"] == ["88.44万亩", "89.7万亩", "98.6%"]
    assert second["raws"] == ["51.58万亩", "89.7万亩", "57.5%"]
    assert first["status"] == second["status"] == "consistent"
    assert first["computed"] == pytest.approx(100 * 88.44 / 89.7)
    assert second["computed"] == pytest.approx(100 * 51.58 / 89.7)


def test_real_issue_has_no_inconsistency(audit: pl.DataFrame) -> None:
    assert set(audit["status"]) <= {"consistent", "unverifiable"}
    consistent = audit.filter(pl.col("status") == "consistent")
    assert sorted(consistent["relation"]) == [
        "part_of_whole",
        "part_of_whole",
        "progress",
        "progress",
        "sum",
    ]


def test_unverifiable_relations(audit: pl.DataFrame) -> None:
    # the whole is named but never stated: 占年计划的29.1%, 完成年度任务的14.1%
    plan = _check(audit, "29.1%", 6)
    assert plan["status"] == "unverifiable"
    assert plan["raws"] == ["114.28亿元", "29.1%"]
    assert "年计划" in plan["note"]
    task = _check(audit, "14.1%", 20)
    assert task["relation"] == "progress"
    assert task["status"] == "unverifiable"
    # 占比67.6% of a floor area whose total is not given
    share = _check(audit, "67.6%", 21)
    assert share["status"] == "unverifiable"
    assert share["computed"] is None
    # a target share listed after another target (、): no part
    target = _check(audit, "65%", 21)
    assert target["raws"] == ["65%"]
    assert target["status"] == "unverifiable"
    # 其中 with parts but no total in the same unit before it
    eco = next(c for c in audit.to_dicts() if c["relation"] == "sum" and c["seq"] == 24)
    assert eco["status"] == "unverifiable"
    assert eco["raws"] == ["8亿元", "10.46亿元"]
    # 同比去年增加1个 is a change, not a part of anything
    agri = next(c for c in audit.to_dicts() if c["relation"] == "sum" and c["seq"] == 23)
    assert agri["raws"] == ["11个"]


def test_rates_without_cue_and_ranks_are_not_checked(audit: pl.DataFrame) -> None:
    raws = {raw for row in audit["raws"] for raw in row}
    assert "5.5%" not in raws  # 城镇调查失业率平均5.5%
    assert "第2" not in raws
    assert "8.0%" not in raws


def test_without_item_texts_the_sentences_suffice(
    rows: pl.DataFrame, audit: pl.DataFrame, derived: pl.DataFrame
) -> None:
    assert audit_indicators(rows).equals(audit)
    assert derive_figures(rows).equals(derived)


def test_raws_that_include_their_cue_words(
    rows: pl.DataFrame,
    bulletin_items: pl.DataFrame,
    audit: pl.DataFrame,
    derived: pl.DataFrame,
) -> None:
    """An extractor may keep 增长/占比/进度/提升 in `raw` (`同比增长9.17%`): same results."""
    texts = dict(bulletin_items.select("seq", "text").iter_rows())
    cues = ("同比增长", "增长", "占比", "进度", "提升", "上升")
    records = []
    for row in rows.to_dicts():
        before = texts[row["seq"]][: row["start"]]
        cue = next((c for c in cues if before.endswith(c)), "")
        records.append({**row, "raw": cue + row["raw"], "start": row["start"] - len(cue)})
    wide = pl.DataFrame(records, schema=INDICATOR_COLUMNS)
    assert wide["raw"].str.starts_with("同比增长").sum() >= 5
    for items in (bulletin_items, None):
        result = audit_indicators(wide, items)
        assert result.select("seq", "relation", "status").equals(
            audit.select("seq", "relation", "status")
        )
        assert result["computed"].equals(audit["computed"])
        figures = derive_figures(wide, items)
        assert figures.select("seq", "kind", "value").equals(derived.select("seq", "kind", "value"))


# --- inconsistent variants --------------------------------------------------------------------


def test_changed_share_is_inconsistent(rows: pl.DataFrame, bulletin_items: pl.DataFrame) -> None:
    changed, texts = _variant(rows, bulletin_items, seq=1, old="28.9%", new="31.9%", value=31.9)
    for result in (audit_indicators(changed, texts), audit_indicators(changed)):
        check = _check(result, "31.9%", 1)
        assert check["status"] == "inconsistent"
        assert check["difference"] == pytest.approx(100 * 140 / 484 - 31.9)


def test_changed_part_breaks_the_sum(rows: pl.DataFrame, bulletin_items: pl.DataFrame) -> None:
    changed, texts = _variant(
        rows, bulletin_items, seq=16, old="572亿元", new="592亿元", value=592e8
    )
    result = audit_indicators(changed, texts)
    total = next(c for c in result.to_dicts() if c["relation"] == "sum" and c["seq"] == 16)
    assert total["status"] == "inconsistent"
    assert total["computed"] == pytest.approx(1008.4e8)
    # the share does not involve 地方税收 and stays consistent
    assert _check(result, "42.1%", 16)["status"] == "consistent"


def test_changed_part_breaks_sum_and_share(
    rows: pl.DataFrame, bulletin_items: pl.DataFrame
) -> None:
    changed, texts = _variant(
        rows, bulletin_items, seq=16, old="416.4亿元", new="436.4亿元", value=436.4e8
    )
    result = audit_indicators(changed, texts)
    assert _check(result, "42.1%", 16)["status"] == "inconsistent"
    total = next(c for c in result.to_dicts() if c["relation"] == "sum" and c["seq"] == 16)
    assert total["status"] == "inconsistent"


def test_changed_progress_is_inconsistent(rows: pl.DataFrame, bulletin_items: pl.DataFrame) -> None:
    changed, texts = _variant(
        rows, bulletin_items, seq=13, old="88.44万亩", new="80.44万亩", value=804400.0
    )
    result = audit_indicators(changed, texts)
    assert _check(result, "98.6%", 13)["status"] == "inconsistent"
    assert _check(result, "57.5%", 13)["status"] == "consistent"


# --- general rules on other texts -------------------------------------------------------------


def test_units_that_do_not_match_are_unverifiable() -> None:
    text = "全市新增企业140家，占全市新增就业（484人）的28.9%。"
    frame = _synthetic(
        text,
        [
            ("140家", 140, "家", "level"),
            ("484人", 484, "人", "level"),
            ("28.9%", 28.9, "%", "share"),
        ],
    )
    check = audit_indicators(frame, _text_frame(text)).row(0, named=True)
    assert check["status"] == "unverifiable"
    assert "units" in check["note"]


def test_partial_qizhong_list_and_its_share() -> None:
    text = "全市完成投资500亿元。其中，工业投资200亿元，占比40.0%。"
    frame = _synthetic(
        text,
        [
            ("500亿元", 500e8, "元", "level"),
            ("200亿元", 200e8, "元", "level"),
            ("40.0%", 40.0, "%", "share"),
        ],
    )
    result = audit_indicators(frame, _text_frame(text))
    share = _check(result, "40.0%", 1)
    assert share["status"] == "consistent"
    assert share["raws"] == ["200亿元", "500亿元", "40.0%"]
    total = result.filter(pl.col("relation") == "sum").row(0, named=True)
    assert total["status"] == "unverifiable"  # 其中 lists need not be complete
    assert "partial" in total["note"]


def test_three_parts_summing_over_the_total() -> None:
    text = (
        "全年接待游客1000万人次。其中，国内游客700万人次、入境游客200万人次、港澳台游客150万人次。"
    )
    specs = [
        ("1000万人次", 1000e4, "人次", "level"),
        ("700万人次", 700e4, "人次", "level"),
        ("200万人次", 200e4, "人次", "level"),
        ("150万人次", 150e4, "人次", "level"),
    ]
    check = audit_indicators(_synthetic(text, specs)).row(0, named=True)
    assert check["relation"] == "sum"
    assert check["status"] == "inconsistent"
    assert check["computed"] == pytest.approx(1050e4)


def test_progress_against_a_named_plan_stated_earlier() -> None:
    text = "今年计划完成造林10万亩，截至目前已完成7.5万亩，完成计划的75%。"
    frame = _synthetic(
        text,
        [
            ("10万亩", 1e5, "亩", "level"),
            ("7.5万亩", 7.5e4, "亩", "level"),
            ("75%", 75, "%", "share"),
        ],
    )
    check = audit_indicators(frame, _text_frame(text)).row(0, named=True)
    assert check["relation"] == "progress"
    assert check["raws"] == ["7.5万亩", "10万亩", "75%"]
    assert check["status"] == "consistent"


def _with_modality(frame: pl.DataFrame, targets: set[str]) -> pl.DataFrame:
    return frame.with_columns(
        modality=pl.when(pl.col("raw").is_in(list(targets)))
        .then(pl.lit("target"))
        .otherwise(pl.col("modality"))
    )


def test_a_share_of_the_plan_is_checked_against_the_planned_level() -> None:
    # from a Changde project report (dev fixture): the plan is stated as 年度目标任务
    text = (
        "9个省单独考核项目，年度目标任务80.5亿元，累计完成投资48.7亿元，占年计划的60.6%。"
        "其中6个百大产业项目，年度目标任务74亿元，累计完成投资45.7亿元，占年计划的61.8%。"
    )
    specs = [
        ("9个", 9, "个", "level"),
        ("80.5亿元", 80.5e8, "元", "level"),
        ("48.7亿元", 48.7e8, "元", "level"),
        ("60.6%", 60.6, "%", "share"),
        ("6个", 6, "个", "level"),
        ("74亿元", 74e8, "元", "level"),
        ("45.7亿元", 45.7e8, "元", "level"),
        ("61.8%", 61.8, "%", "share"),
    ]
    frame = _with_modality(_synthetic(text, specs), {"80.5亿元", "74亿元"})
    result = audit_indicators(frame, _text_frame(text))
    first, second = _check(result, "60.6%", 1), _check(result, "61.8%", 1)
    assert first["raws"] == ["48.7亿元", "80.5亿元", "60.6%"]
    assert first["status"] == "consistent"
    # a plan share is never taken against the actual total before 其中
    assert second["raws"] == ["45.7亿元", "74亿元", "61.8%"]
    assert second["status"] == "consistent"
    # the target 74亿元 is not a part of the actual 48.7亿元
    total = result.filter(pl.col("relation") == "sum").row(0, named=True)
    assert total["raws"] == ["48.7亿元", "45.7亿元"]
    assert total["status"] == "unverifiable"


def test_plan_shares_in_one_sentence_do_not_borrow_each_other() -> None:
    text = (
        "竣工项目完成投资189.2亿元，占年计划的86.5%，续建项目完成投资300.4亿元，占年计划的64.3%。"
    )
    specs = [
        ("189.2亿元", 189.2e8, "元", "level"),
        ("86.5%", 86.5, "%", "share"),
        ("300.4亿元", 300.4e8, "元", "level"),
        ("64.3%", 64.3, "%", "share"),
    ]
    result = audit_indicators(_synthetic(text, specs), _text_frame(text))
    assert result["status"].to_list() == ["unverifiable", "unverifiable"]
    assert result["raws"].to_list() == [["189.2亿元", "86.5%"], ["300.4亿元", "64.3%"]]


def test_a_share_of_another_subject_is_not_linked() -> None:
    # 13家 is not the part of 工业增加值占比 — the words in between name another subject
    text = "全市新增企业13家，工业增加值占比30.5%。"
    frame = _synthetic(text, [("13家", 13, "家", "level"), ("30.5%", 30.5, "%", "share")])
    check = audit_indicators(frame, _text_frame(text)).row(0, named=True)
    assert check["raws"] == ["30.5%"]
    assert check["status"] == "unverifiable"
    assert derive_figures(frame, _text_frame(text)).height == 0


# --- tolerance --------------------------------------------------------------------------------


def test_half_unit_of_the_last_stated_digit() -> None:
    assert half_unit("28.9%", 28.9) == pytest.approx(0.05)
    assert half_unit("8.0%", 8.0) == pytest.approx(0.05)
    assert half_unit("下降5.3%", -5.3) == pytest.approx(0.05)
    assert half_unit("572亿元", 572e8) == pytest.approx(0.5e8)
    assert half_unit("114.28亿元", 114.28e8) == pytest.approx(0.005e8)
    assert half_unit("88.44万亩", 884400.0) == pytest.approx(50.0)
    assert half_unit("140家", 140.0) == pytest.approx(0.5)
    assert half_unit("0万元", 0.0) == pytest.approx(5000.0)
    assert half_unit("三十个", 30.0) == 0.0  # Chinese numerals count as exact


def test_ratio_interval() -> None:
    lo, hi = ratio_interval(140, 0.5, 484, 0.5)
    assert lo == pytest.approx(100 * 139.5 / 484.5)
    assert hi == pytest.approx(100 * 140.5 / 483.5)
    assert ratio_interval(1, 0.5, 0.4, 0.5) == (-math.inf, math.inf)


def test_share_tolerance_is_propagated(audit: pl.DataFrame) -> None:
    check = _check(audit, "28.9%", 1)
    computed = 100 * 140 / 484
    spread = max(100 * 140.5 / 483.5 - computed, computed - 100 * 139.5 / 484.5)
    assert check["tolerance"] == pytest.approx(0.05 + spread)


@pytest.mark.parametrize(
    ("stated", "status"),
    [("33.3%", "consistent"), ("33.4%", "consistent"), ("33.5%", "inconsistent")],
)
def test_share_at_the_edge_of_its_tolerance(stated: str, status: str) -> None:
    # 1000/3000 = 33.33%; tolerance 0.05 (stated) + 0.022 (operands) = 0.072
    text = f"全市企业3000家，其中新增1000家，占比{stated}。"
    frame = _synthetic(
        text,
        [
            ("3000家", 3000, "家", "level"),
            ("1000家", 1000, "家", "level"),
            (stated, float(stated[:-1]), "%", "share"),
        ],
    )
    check = _check(audit_indicators(frame, _text_frame(text)), stated, 1)
    assert check["tolerance"] == pytest.approx(0.05 + 100 * 1000.5 / 2999.5 - 100 / 3)
    assert check["status"] == status


@pytest.mark.parametrize(("bound", "stated", "status"), [
    ("at_least", "30%", "consistent"),
    ("at_least", "40%", "inconsistent"),
    ("at_most", "30%", "inconsistent"),
    ("approx", "33%", "unverifiable"),
])  # fmt: skip
def test_bounded_shares(bound: str, stated: str, status: str) -> None:
    text = f"全市企业3000家，其中新增1000家，占比{stated}。"
    frame = _synthetic(
        text,
        [
            ("3000家", 3000, "家", "level"),
            ("1000家", 1000, "家", "level"),
            (stated, float(stated[:-1]), "%", "share", None, bound),
        ],
    )
    assert _check(audit_indicators(frame, _text_frame(text)), stated, 1)["status"] == status


# --- derived figures --------------------------------------------------------------------------


def test_national_growth_from_a_gap(derived: pl.DataFrame) -> None:
    # 同比增长18.2%，高于全国19.6个百分点
    figure = _figure(derived, "national_growth", "18.2%", "19.6个百分点")
    assert figure["value"] == pytest.approx(-1.4)
    assert figure["unit"] == "%"
    assert figure["low"] <= figure["value"] <= figure["high"]
    assert figure["formula"] == "18.2% − 19.6pp = -1.4%"


def test_national_and_provincial_growth_from_a_list(derived: pl.DataFrame) -> None:
    # 增长6.5% … 分别高于全国、全省0.2、6.2个百分点
    assert _figure(derived, "national_growth", "6.5%", "0.2")["value"] == pytest.approx(6.3)
    assert _figure(derived, "provincial_growth", "6.5%", "6.2个百分点")["value"] == pytest.approx(
        0.3
    )


def test_annual_plan_from_a_share_of_the_plan(derived: pl.DataFrame) -> None:
    plan = _figure(derived, "annual_plan", "114.28亿元", "29.1%")
    assert plan["value"] == pytest.approx(392.7e8, rel=1e-3)
    assert plan["unit"] == "元"
    assert plan["low"] < plan["value"] < plan["high"]
    task = _figure(derived, "annual_plan", "9.84万人", "14.1%")
    assert task["value"] == pytest.approx(69.8e4, rel=1e-3)
    assert task["unit"] == "人"
    assert "69.79万人" in task["formula"]


def test_base_period_level_and_share(derived: pl.DataFrame) -> None:
    spend = _figure(derived, "base_period_level", "1.03亿美元", "11.05%")
    assert spend["value"] == pytest.approx(0.93e8, rel=5e-3)
    assert spend["unit"] == "美元"
    assert "0.93亿美元" in spend["formula"]
    share = _figure(derived, "base_period_share", "67.6%", "5.9个百分点")
    assert share["value"] == pytest.approx(61.7)
    # a list of levels with a list of growths pairs in order
    assert _figure(derived, "base_period_level", "40.93亿元", "131.8%")["value"] == pytest.approx(
        40.93e8 / 2.318
    )


def test_other_derived_figures(derived: pl.DataFrame) -> None:
    # 地方税收增长0.3%，较2月份上升1.8个百分点 → −1.5% through February
    assert _figure(derived, "prior_period_growth", "0.3%", "1.8个百分点")["value"] == pytest.approx(
        -1.5
    )
    floor = _figure(derived, "implied_whole", "232.1万平方米", "67.6%")
    assert floor["value"] == pytest.approx(232.1e4 / 0.676)
    # stated wholes are not derived again
    assert not derived.filter(pl.col("inputs").list.contains("28.9%")).height
    assert not derived.filter(pl.col("inputs").list.contains("42.1%")).height


def test_no_base_level_across_subjects(derived: pl.DataFrame) -> None:
    # 新增规模以上工业企业13家，规模以上工业增加值同比增长6.5%: two subjects
    assert not derived.filter(pl.col("inputs").list.contains("13家")).height
    # 规模工业增加值增长8.0% has no level
    assert not derived.filter(pl.col("inputs").list.contains("8.0%")).height
    for row in derived.to_dicts():
        assert row["low"] <= row["value"] <= row["high"], row


def test_benchmarks_read_from_the_text(rows: pl.DataFrame, bulletin_items: pl.DataFrame) -> None:
    # 增速排全省第5，分别高于全国、全省0.2、6.2个百分点 with no comparison on the pp rows
    unlabelled = rows.filter(pl.col("seq") == 12).with_columns(
        comparison=pl.when(pl.col("measure") == "pp").then(None).otherwise(pl.col("comparison"))
    )
    derived = derive_figures(unlabelled, bulletin_items)
    assert _figure(derived, "national_growth", "0.2")["value"] == pytest.approx(6.3)
    assert _figure(derived, "provincial_growth", "6.2个百分点")["value"] == pytest.approx(0.3)


def test_lower_than_and_narrowing() -> None:
    text = "全市出口增长3.0%，低于全国1.2个百分点。进口下降3.0%，降幅较上月收窄1.0个百分点。"
    frame = _synthetic(
        text,
        [
            ("3.0%", 3.0, "%", "growth", "yoy"),
            ("1.2个百分点", 1.2, "pp", "pp"),  # comparison left to the text
            ("下降3.0%", -3.0, "%", "growth", "yoy"),
            ("1.0个百分点", 1.0, "pp", "pp", "mom"),
        ],
    )
    derived = derive_figures(frame, _text_frame(text))
    assert _figure(derived, "national_growth", "1.2个百分点")["value"] == pytest.approx(4.2)
    assert _figure(derived, "prior_period_growth", "1.0个百分点")["value"] == pytest.approx(-4.0)


def test_a_gap_of_another_figure_gives_nothing() -> None:
    # the gap is the two-year average's, which the text does not state
    text = "全年地区生产总值总量5.3万亿元，增长4.6%，两年平均增速高于全国0.3个百分点。"
    frame = _synthetic(
        text,
        [
            ("5.3万亿元", 5.3e12, "元", "level"),
            ("4.6%", 4.6, "%", "growth", "yoy"),
            ("0.3个百分点", 0.3, "pp", "pp", "national"),
        ],
    )
    derived = derive_figures(frame, _text_frame(text))
    assert derived["kind"].to_list() == ["base_period_level"]


def test_bounds_give_no_derived_figures() -> None:
    text = "社会消费品零售总额突破2万亿元，增长6.1%。"
    frame = _synthetic(
        text, [("2万亿元", 2e12, "元", "level", None, "at_least"), ("6.1%", 6.1, "%", "growth")]
    )
    assert derive_figures(frame, _text_frame(text)).height == 0


# --- properties -------------------------------------------------------------------------------

_ALPHABET = "0123456789.%亿万元家个其中占比的进度，。；、（）增长高于全国个百分点完成计划年"

_ROW = st.fixed_dictionaries(
    {
        "issue_id": st.sampled_from(["a", "b", None]),
        "seq": st.one_of(st.none(), st.integers(-2, 3)),
        "entity_code": st.sampled_from(["430100", None]),
        "raw": st.one_of(st.none(), st.text(_ALPHABET, max_size=8)),
        "start": st.one_of(st.none(), st.integers(-5, 80), st.just(2**62)),
        "end": st.one_of(st.none(), st.integers(-5, 90)),
        "value": st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
        "unit": st.sampled_from(["元", "家", "亩", "%", "pp", "rank", "", None]),
        "measure": st.sampled_from(["level", "growth", "share", "pp", "rank", "", None]),
        "modality": st.sampled_from(["actual", "estimate", "target", None]),
        "bound": st.sampled_from(["exact", "approx", "at_least", "at_most", None]),
        "comparison": st.sampled_from(["yoy", "mom", "national", "provincial", None]),
        "period_start": st.one_of(st.none(), st.dates()),
        "period_end": st.one_of(st.none(), st.dates()),
        "period_label": st.one_of(st.none(), st.text(max_size=4)),
        "subject": st.one_of(st.none(), st.text(_ALPHABET, max_size=6)),
        "sentence": st.one_of(st.none(), st.text(_ALPHABET, max_size=40)),
    }
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    records=st.lists(_ROW, max_size=12),
    text=st.one_of(st.none(), st.text(_ALPHABET, max_size=60)),
)
def test_never_raises_on_frames_with_the_schema(records: list[dict], text: str | None) -> None:
    frame = pl.DataFrame(records, schema=INDICATOR_COLUMNS)
    items = None
    if text is not None:
        items = pl.DataFrame(
            {"issue_id": ["a", "b"], "seq": [1, 2], "text": [text, text[::-1]]},
            schema={"issue_id": pl.String(), "seq": pl.Int64(), "text": pl.String()},
        )
    audit = audit_indicators(frame, items)
    derived = derive_figures(frame, items)
    assert audit.schema == pl.Schema(AUDIT_SCHEMA)
    assert derived.schema == pl.Schema(DERIVED_SCHEMA)
    assert set(audit["status"]) <= {"consistent", "inconsistent", "unverifiable"}


def _decimal_text(n: int, decimals: int) -> str:
    return f"{n / 10**decimals:.{decimals}f}"


@st.composite
def _triples(draw: st.DrawFn) -> tuple[str, list[tuple], tuple[str, str, str], float]:
    """A text stating a part, a whole and the share between them, rounded as printed."""
    whole = draw(st.integers(1, 10**7))
    part = max(1, round(whole * draw(st.floats(0.001, 1.0))))
    decimals, share_decimals = draw(st.integers(0, 2)), draw(st.integers(0, 2))
    word, factor = draw(st.sampled_from([("", 1.0), ("万", 1e4), ("亿", 1e8)]))
    unit = draw(st.sampled_from(["元", "吨", "家"]))
    whole_raw = f"{_decimal_text(whole, decimals)}{word}{unit}"
    part_raw = f"{_decimal_text(part, decimals)}{word}{unit}"
    whole_value = whole / 10**decimals * factor
    part_value = part / 10**decimals * factor
    share = round(100 * part / whole, share_decimals)
    share_raw = f"{share:.{share_decimals}f}%"
    layout = draw(st.sampled_from(["zhan", "qizhong", "progress"]))
    whole_spec = (whole_raw, whole_value, unit, "level")
    part_spec = (part_raw, part_value, unit, "level")
    share_spec = (share_raw, share, "%", "share")
    if layout == "zhan":
        text = f"全市新增产能{part_raw}，占全部产能（{whole_raw}）的{share_raw}。"
        specs = [part_spec, whole_spec, share_spec]
    elif layout == "qizhong":
        text = f"全市产能{whole_raw}，同比增长5.0%。其中，新增产能{part_raw}，占比{share_raw}。"
        specs = [whole_spec, ("5.0%", 5.0, "%", "growth", "yoy"), part_spec, share_spec]
    else:
        text = f"今年{whole_raw}任务已完成{part_raw}，进度{share_raw}。"
        specs = [whole_spec, part_spec, share_spec]
    return text, specs, (part_raw, whole_raw, share_raw), 100 * part_value / whole_value


@settings(max_examples=200, deadline=None)
@given(triple=_triples(), with_text=st.booleans())
def test_a_consistent_triple_is_always_consistent(
    triple: tuple[str, list[tuple], tuple[str, str, str], float], with_text: bool
) -> None:
    text, specs, raws, ratio = triple
    frame = _synthetic(text, specs)
    result = audit_indicators(frame, _text_frame(text) if with_text else None)
    check = _check(result, raws[2], 1)
    assert check["raws"] == list(raws)
    assert check["status"] == "consistent", check
    assert check["computed"] == pytest.approx(ratio)


# --- the extractor's real output --------------------------------------------------------------


def test_on_the_extractors_output_for_issue_3(bulletin_items: pl.DataFrame) -> None:
    extract = pytest.importorskip("kaiju_research.extract", exc_type=ImportError)
    frames = []
    for item in bulletin_items.to_dicts():
        found = extract.extract_indicators(item["text"], reference_date=dt.date(2026, 4, 1))
        frames.append(
            found.with_columns(
                issue_id=pl.lit(ISSUE),
                seq=pl.lit(item["seq"], dtype=pl.Int64),
                entity_code=pl.lit(item["entity_code"], dtype=pl.String),
            )
        )
    indicators = pl.concat(frames, how="diagonal_relaxed")
    audit = audit_indicators(indicators, bulletin_items)
    derived = derive_figures(indicators, bulletin_items)
    assert audit.schema == pl.Schema(AUDIT_SCHEMA)
    assert derived.schema == pl.Schema(DERIVED_SCHEMA)
    # the bulletin adds up: whatever the extractor's subjects, nothing it yields is flagged
    assert "inconsistent" not in set(audit["status"]), audit.filter(
        pl.col("status") == "inconsistent"
    ).to_dicts()
    consistent = audit.filter(pl.col("status") == "consistent")
    stated = {round(v, 1) for v in consistent["stated"]}
    assert {28.9, 42.1, 98.6, 57.5} <= stated
