"""Normalization of the real bulletin: every page-break repair, spacing, widths, idempotence."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kaiju_research.normalize import fold_width, normalize, repair_layout

# Every page break in the real issue 3 that splits a sentence, as (raw, repaired). Found by
# reading the file: the paragraph before each break ends without sentence punctuation.
PAGE_BREAKS = [
    ("建立清\n\n单化管理", "建立清单化管理"),
    ("资金支付率3\n\n月当月分别提升 6.7", "资金支付率3月当月分别提升6.7"),
    ("紧盯\n\n乙烯炼化一体化", "紧盯乙烯炼化一体化"),
    ("打造国\n\n际文旅 IP", "打造国际文旅IP"),
    ("担任项目\n\n服务专员", "担任项目服务专员"),
    ("规模以\n\n上工业增加值", "规模以上工业增加值"),
    ("其中，地方税收\n\n572 亿元", "其中，地方税收572亿元"),
    ("高于全国\n\n19.6 个百分点", "高于全国19.6个百分点"),
    ("全力推进装配式建筑产业倍增。", "全力推进装配式建筑产业倍增。"),
]


def test_every_page_break_of_issue_3_is_joined(bulletin_text: str) -> None:
    text = normalize(bulletin_text)
    for _, repaired in PAGE_BREAKS:
        assert repaired in text


def test_no_page_break_is_left_inside_a_sentence(bulletin_text: str) -> None:
    text = normalize(bulletin_text)
    item_paragraphs = [p for p in text.split("\n\n") if p.startswith("▲")]
    assert len(item_paragraphs) == 24
    # Every item paragraph ends a sentence; the one paragraph that is a headline alone is
    # the 农业农村厅 item whose body is its own paragraph in the source.
    for paragraph in text.split("\n\n")[5:]:
        if paragraph.startswith(("【", "报：", "发：", "联系电话", "邮箱")):
            continue
        assert paragraph[-1] in "。！？", paragraph[-30:]


def test_bold_headline_split_by_a_page_break_is_kept_whole(bulletin_text: str) -> None:
    repaired = repair_layout(bulletin_text)
    assert "**▲省住建厅全力推进装配式建筑产业倍增。**3月31日" in repaired


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("增长 9.17%", "增长9.17%"),
        ("全力推动 2026 年", "全力推动2026年"),
        ("第 3 期", "第3期"),
        ("分别提升 6.7、4.2、19.5 个百分点", "分别提升6.7、4.2、19.5个百分点"),
        ("增长８．０％", "增长8.0%"),
        ("ＧＤＰ增长", "GDP增长"),
        (
            "“智汇潇湘 才聚湖南”",
            "“智汇潇湘 才聚湖南”",
        ),  # a space between two Chinese phrases is content
        ("运营 Facebook、Instagram 等", "运营Facebook、Instagram等"),
        ("visit zhangjiajie", "visit zhangjiajie"),
        ("a\r\nb\rc", "a\n\nb\n\nc"),
        ("\ufeff标题", "标题"),
        ("增长 19.5 %", "增长19.5%"),
    ],
)
def test_spacing_width_and_line_ends(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("page_number", ["— 2 —", "-3-", "－ 12 －", "第 4 页"])
def test_page_numbers_between_two_halves_of_a_sentence_go(page_number: str) -> None:
    text = f"全市规模以上工业增加值同比增长6.5%，增速\n\n{page_number}\n\n排全省第5。"
    assert normalize(text) == "全市规模以上工业增加值同比增长6.5%，增速排全省第5。"


def test_a_number_in_prose_is_not_a_page_number() -> None:
    assert normalize("完成投资。\n\n2026\n\n年度计划。") == "完成投资。\n\n2026\n\n年度计划。"


def test_chinese_punctuation_stays() -> None:
    assert normalize("（484家）的28.9%；“开门稳”：") == "（484家）的28.9%；“开门稳”："


def test_markup_is_layout_not_text(bulletin_text: str) -> None:
    text = normalize(bulletin_text)
    assert "**" not in text
    assert not re.search(r"^#", text, re.MULTILINE)
    assert "---" not in text


def test_header_lines_are_not_joined(bulletin_text: str) -> None:
    assert normalize(bulletin_text).startswith(
        "湖南省实施“开局八好”行动 工作专刊\n\n第3期\n\n省实施“开局八好”行动综合协调组\n\n2026年4月1日"
    )


def test_real_bulletin_is_idempotent(bulletin_text: str) -> None:
    once = normalize(bulletin_text)
    assert normalize(once) == once
    repaired = repair_layout(bulletin_text)
    assert repair_layout(repaired) == repaired


def _visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


_PROSE = st.text(
    alphabet=st.sampled_from(
        list(
            "增长亿元万人第期年月日全省市州规模工业。，；：、“”（）▲【】0123456789.%０１９％．ＡＢ a\n\r\t"
        )
    ),
    max_size=200,
)


@given(_PROSE)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(_PROSE)
def test_normalize_loses_no_visible_character(text: str) -> None:
    # Without markup characters in the input, normalization only removes whitespace and
    # folds widths: the visible characters survive in order.
    assert _visible(normalize(text)) == _visible(fold_width(text).replace("\ufeff", ""))


@given(st.text(max_size=300))
def test_normalize_never_raises_and_is_idempotent_on_any_text(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
