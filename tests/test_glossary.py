"""English glossary of indicator subjects."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaiju_research.glossary import GLOSSARY_SCHEMA, add_subject_en, glossary, subject_en

# Indicator subjects of issue 3 (hunan-kaiju-bahao-003), as an extractor would name them.
ISSUE_3_SUBJECTS = [
    "规上服务业企业",
    "规模工业增加值",
    "省重点项目完成投资",
    "入境游客",
    "入境旅游总花费",
    "创业担保贷款",
    "以旧换新补贴申请",
    "地方收入",
    "地方税收",
    "非税收入",
    "非税占比",
    "公路水路固定资产投资",
    "高速公路完成投资",
    "水利建设投资",
    "城镇调查失业率",
    "城镇新增就业",
    "装配式建筑产值",
    "新开工装配式建筑面积",
    "规模以上工业增加值",
    "资金支付率",
    "中央农业转移支付",
    "新开工亿元以上工业项目",
    "营收",
    "早稻",
]


def test_glossary_table() -> None:
    frame = glossary()
    assert frame.schema == pl.Schema(GLOSSARY_SCHEMA)
    assert frame.height >= 60
    assert frame["subject"].is_unique().all()
    assert frame["subject_en"].str.len_chars().min() > 2  # type: ignore[operator]
    assert frame["subject_en"].map_elements(str.isascii, return_dtype=pl.Boolean).all()
    assert (frame["source_note"].str.len_chars() > 0).all()


@pytest.mark.parametrize("subject", ISSUE_3_SUBJECTS)
def test_issue_3_subjects_are_covered(subject: str) -> None:
    assert subject_en(subject) is not None


@pytest.mark.parametrize(
    ("subject", "english"),
    [
        ("规模工业增加值", "value added of industrial enterprises above designated size"),
        ("社会消费品零售总额", "total retail sales of consumer goods"),
        ("进出口总额", "total value of imports and exports"),  # exact beats contained 出口
        ("全市规模工业增加值", "value added of industrial enterprises above designated size"),
        ("全省城镇新增就业", "new urban jobs"),
        ("一季度高速公路完成投资", "investment completed in expressways"),  # not 完成投资
        ("GDP", "gross domestic product (GDP)"),
    ],
)
def test_subject_en(subject: str, english: str) -> None:
    assert subject_en(subject) == english


@pytest.mark.parametrize("subject", ["", "   ", "天气", "xyz", None, 3])
def test_subject_en_unknown(subject: object) -> None:
    assert subject_en(subject) is None  # type: ignore[arg-type]


def test_add_subject_en() -> None:
    frame = pl.DataFrame(
        {"subject": ["出口", None, "全省城镇新增就业", "天气", "出口"], "value": [1, 2, 3, 4, 5]}
    )
    out = add_subject_en(frame)
    assert out.columns == ["subject", "value", "subject_en"]
    assert out.schema["subject_en"] == pl.String()
    assert out["subject_en"].to_list() == ["exports", None, "new urban jobs", None, "exports"]
    empty = add_subject_en(frame.clear())
    assert empty.height == 0
    assert empty.schema["subject_en"] == pl.String()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_subject_en_never_raises_and_is_from_the_glossary(subject: str) -> None:
    english = subject_en(subject)
    assert english is None or english in set(glossary()["subject_en"])
