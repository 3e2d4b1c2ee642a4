"""One small test per extraction rule, positive and negative, plus property tests."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaiju_research.extract import INDICATOR_SCHEMA, extract_indicators

REF = dt.date(2026, 4, 1)
D = dt.date


def rows(text: str, ref: dt.date = REF) -> list[dict[str, object]]:
    return extract_indicators(text, reference_date=ref).to_dicts()


def one(text: str, ref: dt.date = REF) -> dict[str, object]:
    found = rows(text, ref)
    assert len(found) == 1, found
    return found[0]


# --- contract ------------------------------------------------------------------------------------


def test_schema_and_column_order() -> None:
    df = extract_indicators("全市规模工业增加值增长8.0%。", reference_date=REF)
    assert list(df.columns) == list(INDICATOR_SCHEMA)
    assert df.schema == pl.Schema(INDICATOR_SCHEMA)
    empty = extract_indicators("", reference_date=REF)
    assert empty.height == 0
    assert empty.schema == pl.Schema(INDICATOR_SCHEMA)


# --- numbers, scales, units --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit"),
    [
        ("全省市场主体三百余万个。", "三百余万个", 3000000.0, "个"),
        ("全省能源消费总量2.1亿吨标准煤。", "2.1亿吨标准煤", 210000000.0, "吨标准煤"),
        ("打造10个以上千亿级产业集群。", "10个", 10.0, "个"),
        ("抽检食品12.6万批次。", "12.6万批次", 126000.0, "批次"),
        ("鲜切花产量105.6亿枝。", "105.6亿枝", 10560000000.0, "枝"),
        ("集装箱吞吐量816万标准箱。", "816万标准箱", 8160000.0, "标准箱"),
        ("算力规模超过46EFLOPS。", "46EFLOPS", 46.0, "EFLOPS"),
        # a PDF line break inside a quantity
        ("完成固定资产投资 156.8 亿\n元。", "156.8 亿\n元", 15680000000.0, "元"),
        ("新引进配套项目 17\n个。", "17\n个", 17.0, "个"),
        ("省重点项目完成投资114.28亿元。", "114.28亿元", 11428000000.0, "元"),
        ("全市89.7万亩早稻任务。", "89.7万亩", 897000.0, "亩"),
        ("实现入境旅游总花费1.03亿美元。", "1.03亿美元", 103000000.0, "美元"),
        ("城镇新开工装配式建筑面积232.1万平方米。", "232.1万平方米", 2321000.0, "平方米"),
        ("总量达5.3万亿元。", "5.3万亿元", 5.3e12, "元"),
        ("开展座谈103场次。", "103场次", 103.0, "场次"),
        ("累计服务企业1100余人次。", "1100余人次", 1100.0, "人次"),
        ("受理补贴申请11.58万笔。", "11.58万笔", 115800.0, "笔"),
        ("发放贷款1,234.5万元。", "1,234.5万元", 12345000.0, "元"),
        ("新增就业三千余人。", "三千余人", 3000.0, "人"),
        ("围绕六个方面压实责任。", "六个", 6.0, "个"),
        ("新建高速192.6公里。", "192.6公里", 192.6, "公里"),
        ("办理贷款8235户。", "8235户", 8235.0, "户"),
        ("粮食总产达615.6亿斤。", "615.6亿斤", 61560000000.0, "斤"),
        # a scale word that begins a measure word belongs to the measure word
        ("全社会用电量7549亿千瓦时。", "7549亿千瓦时", 754900000000.0, "千瓦时"),
        ("发电装机容量334862万千瓦。", "334862万千瓦", 3348620000.0, "千瓦"),
        ("新建管网120万千米。", "120万千米", 1200000.0, "千米"),
        ("人均消费470.5千克。", "470.5千克", 470.5, "千克"),
        # a rate unit keeps both measure words
        ("PM2.5平均浓度为36微克/立方米。", "36微克/立方米", 36.0, "微克/立方米"),
        ("均价3200元/吨。", "3200元/吨", 3200.0, "元/吨"),
        ("开行中欧班列2800列。", "2800列", 2800.0, "列"),
        ("集成电路产量95.3亿块。", "95.3亿块", 9530000000.0, "块"),
        ("人均预期寿命达到79.5岁。", "79.5岁", 79.5, "岁"),
        ("新打机井120眼。", "120眼", 120.0, "眼"),
        ("家禽出栏3000万羽。", "3000万羽", 30000000.0, "羽"),
        ("运输起降8.2万架次。", "8.2万架次", 82000.0, "架次"),
        # Latin symbols directly after a number are units, other letters make a code (5G)
        ("新增光伏装机100MW。", "100MW", 100.0, "MW"),
        ("集装箱吞吐量1.2万TEU。", "1.2万TEU", 12000.0, "TEU"),
        ("储能电站容量200MWh。", "200MWh", 200.0, "MWh"),
        # full-width slash; a line wrapped inside the measure word after a scale
        ("PM2.5平均浓度为５８微克／立方米。", "５８微克／立方米", 58.0, "微克/立方米"),
        ("其中水力发电量完成438.9亿千\n瓦时。", "438.9亿千\n瓦时", 43890000000.0, "千瓦时"),
        # 个 classifies the days: one unit with or without it
        ("企业开办时间压缩至1个工作日。", "1个工作日", 1.0, "工作日"),
        ("办理时限为3工作日。", "3工作日", 3.0, "工作日"),
        ("全省平均降雨量468毫米。", "468毫米", 468.0, "毫米"),
        ("全省牲畜存栏386.2万头只。", "386.2万头只", 3862000.0, "头只"),
        ("油气产量达到7亿吨/年。", "7亿吨/年", 700000000.0, "吨/年"),  # per year
        ("出入境车辆31.2万辆次。", "31.2万辆次", 312000.0, "辆次"),
        ("检修大中型农机具1.36万台套。", "1.36万台套", 13600.0, "台套"),
        ("算力规模达到3.6万P。", "3.6万P", 36000.0, "P"),  # PFLOPS, as data centres write it
        ("集成电路圆片产量26.8万片。", "26.8万片", 268000.0, "片"),
        ("新开通航线每周46班。", "46班", 46.0, "班"),
        ("全年办理结婚登记4.1万对。", "4.1万对", 41000.0, "对"),
        ("新建小水窖1260口。", "1260口", 1260.0, "口"),
        ("入汛以来发生4轮强降雨过程。", "4轮", 4.0, "轮"),
        ("接待游客1.86万座次。", "1.86万座次", 18600.0, "座次"),
        ("综合得分92.6 分。", "92.6 分", 92.6, "分"),  # a stray space before the score
        # a duration in years with a decimal (no calendar year has one)
        ("平均受教育年限提高到10.6年。", "10.6年", 10.6, "年"),
        # calls, degrees; a basis point is a hundredth of a percentage point
        ("12345热线接听来电11.2万通。", "11.2万通", 112000.0, "通"),
        ("年平均气温12.3℃。", "12.3℃", 12.3, "℃"),
        ("较常年偏高1.2摄氏度。", "1.2摄氏度", 1.2, "℃"),
    ],
)
def test_values_in_base_units(text: str, raw: str, value: float, unit: str) -> None:
    r = one(text)
    assert (r["raw"], r["value"], r["unit"], r["measure"]) == (raw, value, unit, "level")


@pytest.mark.parametrize(
    ("text", "value", "unit", "measure"),
    [
        ("规上工业企业增长面为76.3%。", 76.3, "%", "share"),
        ("1—10月，全省规模以上工业企业利润总额同比下\n降8.4%。", -8.4, "%", "growth"),
        ("全市规模工业增加值增长8.0%。", 8.0, "%", "growth"),
        ("出口下降5.3%。", -5.3, "%", "growth"),
        ("增速为6.1%。", 6.1, "%", "growth"),
        ("涨幅2.0%。", 2.0, "%", "growth"),
        ("入库税收降幅收窄至15%以内。", -15.0, "%", "growth"),
        ("非税占比42.1%。", 42.1, "%", "share"),
        ("服务业占GDP比重52.3%。", 52.3, "%", "share"),
        ("完成投资30亿元，占年计划的29.1%。", 29.1, "%", "share"),
        ("新增就业9万人，完成年度任务的14.1%。", 14.1, "%", "share"),
        ("已翻耕大田51万亩，进度57.5%。", 57.5, "%", "share"),
        ("项目开工率实现100%。", 100.0, "%", "share"),
        ("城镇调查失业率平均5.5%。", 5.5, "%", "share"),
        ("城镇化率提高0.9个百分点。", 0.9, "pp", "pp"),
        ("增速回落1.2个百分点。", -1.2, "pp", "pp"),
        ("增长8.0%、排全省第2。", 2.0, "rank", "rank"),
        # a change verb with 至/到 introduces the new level: the cue before it decides
        ("增速回落至5%。", 5.0, "%", "growth"),
        ("服务业比重提升至56%。", 56.0, "%", "share"),
        ("城镇调查失业率下降至5.1%。", 5.1, "%", "share"),
        # 收窄/扩大 change the rate named before them
        ("降幅比上月收窄0.6个百分点。", 0.6, "pp", "pp"),
        ("增速比上月收窄0.6个百分点。", -0.6, "pp", "pp"),
        ("降幅扩大1.2个百分点。", -1.2, "pp", "pp"),
        ("粮食增产1.6%。", 1.6, "%", "growth"),
        ("税收减收3.2%。", -3.2, "%", "growth"),
        # 不低于 is a bound, not a fall; 低/高 right before the figure compare with the base
        ("年均增长不低于15%。", 15.0, "%", "growth"),
        ("支出进度较序时进度低4.1个百分点。", -4.1, "pp", "pp"),
        ("增速比全国高1.2个百分点。", 1.2, "pp", "pp"),
        # a cut by a percentage is a fall (`压减至60个工作日` is the new level)
        ("审批时限平均压减58%。", -58.0, "%", "growth"),
        ("承诺时限较法定时限压缩82.6%。", -82.6, "%", "growth"),
        ("申请材料平均精简52.3%。", -52.3, "%", "growth"),
        ("中选药品平均降价53%。", -53.0, "%", "growth"),
        ("降雨量较多年同期偏多12%。", 12.0, "%", "growth"),
        ("降雨量较多年同期偏少8%。", -8.0, "%", "growth"),
        # a level that widens or shrinks by a percentage grows or falls
        ("贸易顺差5987.7亿元，扩大15.8%。", 15.8, "%", "growth"),
        ("贸易逆差缩小12%。", -12.0, "%", "growth"),
        ("降幅缩小0.5个百分点。", 0.5, "pp", "pp"),
        ("平均减材料62%、减时限71.5%。", -71.5, "%", "growth"),  # 减 before what was cut
        ("1年期LPR较上年末下降35个基点。", -0.35, "pp", "pp"),  # a hundredth of a point
    ],
)
def test_measure_and_sign(text: str, value: float, unit: str, measure: str) -> None:
    r = rows(text)[-1]
    assert (r["value"], r["unit"], r["measure"]) == (value, unit, measure)


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("规模工业增加值增长8.0%、排全省第2。", "第2", 2.0),
        ("居全省第五位。", "第五位", 5.0),
        ("居全省第3位。", "第3位", 3.0),
        ("城镇调查失业率5.5%，位列中部省份第2。", "第2", 2.0),
        ("增速排全省第5。", "第5", 5.0),
        # the size of the field is part of the rank, not a count of its own
        ("增速居全区12个盟市第3位。", "第3位", 3.0),
        ("人均GDP在全国15个副省级城市中排名第三。", "第三", 3.0),
        ("增速排全区 12 个盟市第 4 位。", "第 4 位", 4.0),
        ("接待游客居全区十四个设区市首位。", "首位", 1.0),
    ],
)
def test_rank(text: str, raw: str, value: float) -> None:
    r = rows(text)[-1]
    assert (r["raw"], r["value"], r["unit"], r["measure"]) == (raw, value, "rank", "rank")


@pytest.mark.parametrize(
    ("text", "raw", "value", "bound"),
    [
        ("民营经济贡献了全省三分之一的税收。", "三分之一", 100 / 3, "exact"),
        ("占全国的五分之二。", "五分之二", 40.0, "exact"),
        ("全省六成以上企业实现增长。", "六成", 60.0, "at_least"),
        ("近八成企业订单增加。", "八成", 80.0, "approx"),
        ("两成多企业减产。", "两成多", 20.0, "approx"),
        ("覆盖率达到百分之三十。", "百分之三十", 30.0, "exact"),
        ("占比约为百分之七点三。", "百分之七点三", 7.3, "approx"),
    ],
)
def test_proportions_in_words_are_percent_shares(
    text: str, raw: str, value: float, bound: str
) -> None:
    r = one(text)
    assert (r["raw"], r["value"], r["unit"], r["measure"], r["bound"]) == (
        raw,
        pytest.approx(value),
        "%",
        "share",
        bound,
    )


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("居民消费价格指数（以上年同月为100）为99.8。", "99.8", 99.8),
        ("城乡居民收入比为2.26。", "2.26", 2.26),
        ("基尼系数0.46。", "0.46", 0.46),
        ("城乡居民收入比缩小到1.72。", "1.72", 1.72),
    ],
)
def test_index_or_ratio_without_measure_word(text: str, raw: str, value: float) -> None:
    r = one(text)
    assert (r["raw"], r["value"], r["unit"], r["measure"]) == (raw, value, "", "level")


def test_a_ratio_from_one_value_to_another() -> None:
    got = rows("城乡居民收入比由2.31缩小至2.26。")
    assert [(r["value"], r["unit"], r["subject"]) for r in got] == [
        (2.31, "", "城乡居民收入比"),
        (2.26, "", "城乡居民收入比"),
    ]


@pytest.mark.parametrize("text", ["项目建成投产，形成产能。", "政策一成不变。", "成为全省第一。"])
def test_cheng_as_a_verb_is_no_proportion(text: str) -> None:
    assert all(r["unit"] != "%" for r in rows(text))


def test_ranks_listed_after_one_verb() -> None:
    found = rows("社会消费品零售总额增长6.1%，居全国第5位、中部第2位。")
    assert [(r["raw"], r["value"]) for r in found if r["unit"] == "rank"] == [
        ("第5位", 5.0),
        ("第2位", 2.0),
    ]


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("出口、进口增速居全省第1位、第2位。", ["第1位", "第2位"]),
        ("出口、进口增速分别居全省第2和第4。", ["第2", "第4"]),
    ],
)
def test_ranks_listed_without_a_scope_of_their_own(text: str, raws: list[str]) -> None:
    found = rows(text)
    assert [(r["raw"], r["measure"]) for r in found] == [(raw, "rank") for raw in raws]
    assert all(r["subject"] != "和第" for r in found)


def test_first_place_in_words_is_rank_one() -> None:
    r = one("2025年，全区发电量居全国首位。")
    assert (r["raw"], r["value"], r["measure"], r["subject"]) == ("首位", 1.0, "rank", "发电量")


def test_a_percentage_over_a_group_is_a_share_but_a_growth_threshold_names_one() -> None:
    got = rows("全省95%以上的行政村实现通客车，增速10%以上的企业有120家。")
    assert [(r["raw"], r["measure"], r["bound"]) for r in got] == [
        ("95%", "share", "at_least"),
        ("120家", "level", "exact"),
    ]


def test_a_rate_after_a_list_mark_keeps_the_measure_before() -> None:
    got = rows("今年，地区生产总值增长6.5%、力争7%。")
    assert [(r["measure"], r["modality"]) for r in got] == [
        ("growth", "actual"),
        ("growth", "target"),
    ]


def test_a_bracketed_rate_beside_a_growth_rate_is_one_too() -> None:
    got = rows("全市地区生产总值增长6.3%（全省4.1%）。")
    assert [(r["value"], r["measure"]) for r in got] == [(6.3, "growth"), (4.1, "growth")]


def test_an_age_that_names_a_group_is_no_quantity() -> None:
    got = rows("16—24岁劳动力调查失业率为14.8%，60岁及以上人口100万人，平均寿命79.5岁。")
    assert [r["raw"] for r in got] == ["14.8%", "100万人", "79.5岁"]


def test_rank_kept_and_rank_in_brackets() -> None:
    assert one("经济总量继续保持全省第 1 位。")["value"] == 1.0
    got = rows("前三季度，全市GDP增长7.2%，增速排全省第2位（上半年第4位），比全省高1.4个百分点。")
    assert [(r["raw"], r["period_end"]) for r in got] == [
        ("7.2%", D(2026, 9, 30)),
        ("第2位", D(2026, 9, 30)),
        ("第4位", D(2026, 6, 30)),  # a time in brackets governs its bracket only
        ("1.4个百分点", D(2026, 9, 30)),
    ]


def test_top_n_rank_is_at_most() -> None:
    r = one("地区生产总值稳居全国前十强。")
    assert (r["raw"], r["value"], r["measure"], r["bound"]) == ("前十强", 10.0, "rank", "at_most")


def test_scores_in_points() -> None:
    found = rows("我区综合得分92.6分，排全市第一。")
    assert [(r["raw"], r["value"], r["unit"]) for r in found] == [
        ("92.6分", 92.6, "分"),
        ("第一", 1.0, "rank"),
    ]
    assert [r["subject"] for r in found] == ["综合得分", "综合得分"]
    # 分 as a minute, a fraction, an adverb, a category threshold: no score
    assert [r["raw"] for r in rows("十分重要，三分之一，用时5分钟，计划8时30分开始。")] == [
        "三分之一",
        "5分钟",
    ]
    assert [r["raw"] for r in rows("考核得分95分以上的单位12家。")] == ["12家"]
    assert rows("考核评价覆盖12分局。") == []


def test_a_rank_from_the_bottom_is_negative() -> None:
    found = rows(
        "江汉区排名第一；蔡甸区、新洲区分别排名倒数第一、倒数第二。两市综合得分排名后两位，"
        "三市处于全市后3位，该区位列末位。"
    )
    assert [(r["raw"], r["value"], r["bound"]) for r in found] == [
        ("第一", 1.0, "exact"),
        ("倒数第一", -1.0, "exact"),
        ("倒数第二", -2.0, "exact"),
        ("后两位", -2.0, "at_most"),  # among the last two, as 前3位 is among the first three
        ("后3位", -3.0, "at_most"),
        ("末位", -1.0, "exact"),
    ]
    assert all(r["unit"] == "rank" for r in found)
    # 后 with no place word (位, 名) ranks nothing: `后3年`, `排在后面`
    assert rows("排在后面，后3年内完成。") == []


def test_ranks_listed_with_fenbie_rank_the_words_before_them_one_each() -> None:
    got = rows("出口、进口分别居全国第3位、第5位。全县总量和增速分别居全区第1位和第2位。")
    assert [r["subject"] for r in got] == ["出口", "进口", "总量", "增速"]
    # a list of places says who ranks, not what is ranked
    got = rows("青山湖区、南昌县签约金额分别居全市第一、第二。")
    assert [r["subject"] for r in got] == ["签约金额", "签约金额"]


def test_a_rank_from_the_bottom_carries_down_its_list() -> None:
    assert [r["value"] for r in rows("两区分别排名倒数第1、第2位。")] == [-1.0, -2.0]


def test_a_page_number_line_after_a_semicolon_continues_the_sentence() -> None:
    got = rows("全市出口同比增长7.8%；\n— 5 —\n进口增长16.2%。")
    assert [r["comparison"] for r in got] == ["yoy", "yoy"]


def test_a_listed_rank_with_a_verb_of_its_own_is_one_row() -> None:
    found = rows("规上工业总量居全市第2位、增幅居第4位。")
    assert [(r["raw"], r["value"]) for r in found] == [("第2位", 2.0), ("第4位", 4.0)]


def test_a_page_number_line_between_rank_cue_and_place() -> None:
    r = one("地方一般公共预算收入增幅居全省\n— 2 —\n第3位。")
    assert (r["raw"], r["value"], r["unit"]) == ("第3位", 3.0, "rank")


def test_the_next_scores_of_a_list_are_scores() -> None:
    found = rows("综合得分位列前三，分别为96.81分、96.55分、96.20分。")
    assert [r["raw"] for r in found] == ["前三", "96.81分", "96.55分", "96.20分"]
    assert [r["raw"] for r in rows("部分学生3分、5分。")] == []  # no score named


def test_a_rank_in_words_alone_is_found() -> None:
    assert one("粮食产量居全国首位。")["value"] == 1.0
    assert one("该区位列末位。")["value"] == -1.0
    assert one("排名倒数3位。")["value"] == -3.0


def test_rank_named_by_the_evaluation_frame() -> None:
    r = one("在2024年度全省县域经济高质量发展综合评价中，我县位列全省第8位。")
    assert r["subject"] == "县域经济高质量发展综合评价"
    assert r["period_label"] == "2024年度"
    assert one("在全省一季度重点项目观摩评比中，我市排名第2。")["subject"] == "重点项目观摩评比"


# --- bounds ----------------------------------------------------------------------------------


def test_trailing_bound_qualifies_the_whole_list() -> None:
    found = rows("能耗、排放分别下降2.5%和3.5%左右。")
    assert [(r["value"], r["bound"]) for r in found] == [(-2.5, "approx"), (-3.5, "approx")]
    # and so does a bound word before the first figure
    found = rows("营业收入、利润分别突破1000亿元、100亿元。")
    assert [r["bound"] for r in found] == ["at_least", "at_least"]


def test_bound_across_a_page_line_and_on_a_multiple_of_a_base() -> None:
    assert rows("1—2月，全市新签约项目投资额超\n— 5 —\n600亿元，同比增长10%。")[0]["bound"] == (
        "at_least"
    )
    r = rows("标准按不低于当地低保标准的1.3倍确定，即每人每月1014元。")
    assert [(x["bound"], x["subject"]) for x in r] == [("at_least", "标准"), ("exact", "标准")]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("新能源汽车产量约占全国的十分之一。", "approx"),
        ("力争增长5.5%以\n上。", "at_least"),  # wrapped inside 以上
        ("平均服务半径小于0.9公里。", "at_most"),
        ("投资完成率低于70%。", "at_most"),
        ("其中省外就业约占45%。", "approx"),
        ("全年至少完成投资100亿元。", "at_least"),
        ("债务率最多控制在120%。", "at_most"),
        ("地区生产总值增长5.5%左右。", "approx"),
        ("投资约3亿元。", "approx"),
        ("投资规模近3亿元。", "approx"),
        ("达成就业意向6000余人。", "approx"),
        ("举办招聘70多场。", "approx"),
        ("规模工业增加值增长6.5%以上。", "at_least"),
        ("争取中央转移支付超5300亿元。", "at_least"),
        ("总量突破5万亿元。", "at_least"),
        ("增长不低于6%。", "at_least"),
        ("降幅收窄至15%以内。", "at_most"),
        ("失业率控制在5.5%以下。", "at_most"),
        ("赤字率不超过3%。", "at_most"),
        ("全市规模工业增加值增长8.0%。", "exact"),
    ],
)
def test_bound(text: str, bound: str) -> None:
    assert one(text)["bound"] == bound


# --- comparison --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("全年增速较前三季度提高0.6个百分点。", "prior_period"),
        ("投资完成率高于去年同期4.3个百分点。", "yoy"),
        ("降幅较 1—7 月收窄 0.8 个百分点。", "prior_period"),
        ("入境游客同比增长9.17%。", "yoy"),
        ("收入比上年增长2.6%。", "yoy"),
        ("面积较去年同期提升5.9个百分点。", "yoy"),
        ("工业增加值环比增长1.2%。", "mom"),
        ("存款较上月增长0.5%。", "mom"),
        ("高速公路投资高于全国19.6个百分点。", "national"),
        ("增速高于全省1.1个百分点。", "provincial"),
        ("增速高于全区1.4个百分点。", "provincial"),  # the region is the province
        ("贷款余额较上月末增长1.1%。", "prior_period"),
        ("增速较一季度提高0.3个百分点。", "prior_period"),
        ("地方税收较2月份上升1.8个百分点。", "prior_period"),
        ("地方收入增长1.3%。", None),
    ],
)
def test_comparison(text: str, comparison: str | None) -> None:
    assert one(text)["comparison"] == comparison


def comparisons(text: str) -> list[object]:
    return [r["comparison"] for r in rows(text) if r["measure"] in ("growth", "pp")]


def test_a_comparison_in_a_clause_of_its_own_governs_the_changes_after_it() -> None:
    text = "与去年同期相比，火灾起数、亡人数分别下降12.4%、22.2%。"
    assert comparisons(text) == ["yoy", "yoy"]
    text = "居民消费价格环比上涨0.3%。从八大类看，同比“五涨二降一平”，其中衣着价格上涨0.7%。"
    assert comparisons(text) == ["mom", "yoy"]


def test_a_month_on_month_rate_does_not_carry_into_a_clause_with_its_own_period() -> None:
    assert comparisons("3月份，社零额环比增长0.5%，一季度增长4.7%。") == ["mom", None]
    # a year-on-year rate does (cumulative growth in a statistics release is year on year)
    assert comparisons("10月份，工业增加值同比增长5.3%，1—10月增长5.8%。") == ["yoy", "yoy"]


def test_a_breakdown_by_a_category_goes_on_from_the_sentence_before() -> None:
    text = "7月份，居民消费价格同比上涨0.5%。食品中，猪肉价格下降8.2%，鲜菜价格上涨3.1%。"
    assert comparisons(text) == ["yoy", "yoy", "yoy"]
    text = "1—7月，规上工业增加值同比增长6.2%，两年平均增长5.1%。分季度看，一季度增长5.8%。"
    assert [r["subject"] for r in rows(text, D(2025, 8, 15))] == ["规上工业增加值"] * 3
    # also behind a page-number line, or with a wrapped line inside the opener
    text = "7月份，居民消费价格同比上涨0.5%。\n— 3 —\n分类别看，食品烟酒价格上涨1.2%。"
    assert comparisons(text) == ["yoy", "yoy"]
    text = "1—8月，全省进出口同比增长5.2%。从\n贸易方式看，一般贸易增长6.1%。"
    assert comparisons(text) == ["yoy", "yoy"]


def test_a_yardstick_of_its_own_takes_no_comparison_from_before() -> None:
    text = "投资增长9.6%，高于全省3.8个百分点；完成投资占年计划的31.2%，超时序进度6.2个百分点。"
    assert comparisons(text) == [None, "provincial", None]


def test_a_change_since_the_end_of_last_year_stays_with_its_stock() -> None:
    text = "肉牛存栏达到412.6万头，比上年末增长6.8%，出栏151.3万头，增长8.2%。"
    assert comparisons(text) == ["prior_period", None]
    # another balance, or a part of the stock, is measured the same way
    text = "存款余额5862亿元，比上年末增长7.1%；贷款余额6935亿元，增长6.4%。"
    assert comparisons(text) == ["prior_period", "prior_period"]


def test_comparison_written_once_governs_its_sentence() -> None:
    text = "居民消费价格同比下降0.3%，其中城市下降0.2%、农村下降0.5%。"
    assert comparisons(text) == ["yoy", "yoy", "yoy"]


def test_comparison_carries_into_an_of_which_sentence_only() -> None:
    text = "生产总值比上年增长5.2%。其中，第一产业增长4.1%；第二产业增长4.7%。进口增长3%。"
    assert comparisons(text) == ["yoy", "yoy", "yoy", None]


def test_comparison_carries_into_a_breakdown_sentence() -> None:
    text = "工业增加值比上年增长5.8%。分经济类型看，国有控股企业增长4.2%；私营企业增长5.3%。"
    assert comparisons(text) == ["yoy", "yoy", "yoy"]


def test_year_on_year_of_a_level_change_carries_to_the_growth_rate() -> None:
    assert comparisons("夏粮总产量14989万吨，比上年增加74.8万吨，增长0.5%。") == ["yoy"]


def test_comparison_does_not_carry_into_a_part_with_its_own_period() -> None:
    assert comparisons("10月份，社零额环比增长1.2%；1—10月累计增长5%。") == ["mom", None]
    assert comparisons("1—10月，出口同比增长5%；进口增长3%。") == ["yoy", "yoy"]


def test_a_base_year_further_back_is_no_year_on_year() -> None:
    text = "主要目标是：到2025年，单位地区生产总值能耗比2020年下降14%。"
    assert comparisons(text) == [None]
    assert comparisons("2025年，全市出口比2024年增长5%，进口增长3%。") == ["yoy", "yoy"]


def test_last_years_whole_year_is_a_prior_period_and_no_period() -> None:
    r = rows("1—2月，全省房地产开发投资同比增长-8.3%，降幅比上年全年收窄2.1个百分点。")[1]
    assert (r["comparison"], r["period_start"], r["period_end"]) == (
        "prior_period",
        D(2026, 1, 1),
        D(2026, 2, 28),
    )


def test_a_yardstick_named_in_a_list_item() -> None:
    text = "增速高于全国 0.6 个百分点、全省 0.1 个百分点。"
    assert comparisons(text) == ["national", "provincial"]


def test_a_bracketed_figure_after_a_base_is_the_bases_own() -> None:
    got = rows("前三季度，全市投资同比下降3.4%，降幅比上半年（-5.0%）收窄1.6个百分点。")
    assert [(r["value"], r["comparison"], r["period_end"]) for r in got] == [
        (-3.4, "yoy", D(2026, 9, 30)),
        (-5.0, "yoy", D(2026, 6, 30)),
        (1.6, "prior_period", D(2026, 9, 30)),
    ]


def test_two_year_average_does_not_inherit_year_on_year() -> None:
    assert comparisons("5月份，工业增加值同比增长8.8%，两年平均增长6.6%。") == ["yoy", None]


def test_comparison_with_a_range_of_months() -> None:
    assert comparisons("投资增速比1—9月份回落0.3个百分点。") == ["prior_period"]


def test_comparison_is_not_inherited_across_measures_or_by_a_named_yardstick() -> None:
    text = "工业增加值增长6.2%、高于全国0.3个百分点，居民收入增长5.8%、快于经济增速1个百分点。"
    assert comparisons(text) == [None, "national", None, None]


# --- modality -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("今年将新增学位2万个以上，新建改扩建中小学校50所。", "target"),
        ("其中6项已提前完成全年任务。", "actual"),
        ("预计一季度新开工项目26个，新投产项目23个。", "estimate"),
        ("2025年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业70万人。", "target"),
        ("力争全年增长6%。", "target"),
        ("明确今年将锚定产业产值5000亿元的目标。", "target"),
        ("围绕新增400家规上服务业单位的目标，建立清单。", "target"),
        ("我市计划4月限时开工项目共49个。", "target"),
        ("主要预期目标是：生产总值增长5%左右；城镇新增就业1200万人以上。", "target"),
        ("目标：新增就业5万人；引进企业10家。", "target"),
        ("城镇新增就业68.2万人，为年度目标的108.3%。", "actual"),
        ("全年将新开工项目100个。", "target"),
        ("将3个项目纳入省重点项目库。", "actual"),
        ("将近500人参加培训。", "actual"),
        ("人均预期寿命达到79.5岁。", "actual"),
        ("12月底前完成老旧小区改造500户。", "target"),
        ("3月31日前已完成投资20亿元。", "actual"),
        ("新增就业1057万人，完成全年目标任务的88%。", "actual"),
        ("全市规模工业增加值增长8.0%。", "actual"),
        ("锚定“三高四新”美好蓝图，地区生产总值增长4.8%。", "actual"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    assert {r["modality"] for r in rows(text)} == {modality}


def test_what_is_done_after_a_part_wide_target_cue_stays_actual() -> None:
    got = rows("力争全年完成投资100亿元，目前已完成60亿元。")
    assert [r["modality"] for r in got] == ["target", "actual"]


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        ("计划完成投资500亿元，其中产业投资300亿元、基础设施投资200亿元。", ["target"] * 3),
        ("预计全年完成投资500亿元。其中，产业投资300亿元，交通投资200亿元。", ["estimate"] * 3),
        # what is done stays done, and only a breakdown (其中) inherits
        ("计划投资500亿元，已完成300亿元，其中产业投资200亿元。", ["target", "actual", "actual"]),
        ("全年目标500亿元，其中已完成产业投资200亿元。", ["target", "actual"]),
        ("计划投资500亿元。产业投资完成300亿元。", ["target", "actual"]),
    ],
)
def test_breakdown_of_a_planned_total_is_planned(text: str, modalities: list[str]) -> None:
    assert [r["modality"] for r in rows(text)] == modalities


def test_plan_stated_with_its_verb_covers_the_part() -> None:
    found = rows("计划实施重点项目120个以上，总投资不低于300亿元；已开工98个。")
    assert [r["modality"] for r in found] == ["target", "target", "actual"]
    assert found[1]["subject"] == "重点项目 总投资"
    # a clause saying what was done is not the plan
    found = rows("计划完成投资500亿元，累计完成投资320亿元。")
    assert [r["modality"] for r in found] == ["target", "actual"]
    found = rows("计划新开工的150个项目已开工138个，开工率92%。")
    assert [r["modality"] for r in found] == ["target", "actual", "actual"]
    # the noun 计划投资 governs its own clause only
    found = rows("年计划投资66.01亿元，完成投资50亿元。")
    assert [r["modality"] for r in found] == ["target", "actual"]


def test_subject_drops_bound_words() -> None:
    assert one("全省森林覆盖率不低于44%。")["subject"] == "森林覆盖率"
    assert one("单户贴息额度最高不超过50万元。")["subject"] == "单户贴息额度"


def test_plan_as_a_yardstick_and_plans_announced_with_a_colon() -> None:
    text = "固定资产投资预计增长4.2%，低于年度计划目标1.8个百分点。"
    assert [r["modality"] for r in rows(text)] == ["estimate", "estimate"]
    assert one("上半年，工业增加值比年度目标高0.6个百分点。")["modality"] == "actual"
    text = "2025年全省计划主要指标安排如下：全省生产总值增长5%左右；城镇新增就业88万人以上。"
    assert [r["modality"] for r in rows(text, D(2025, 1, 15))] == ["target", "target"]
    text = "2025年，全市重点项目完成投资486亿元，超年度计划12.6个百分点。"
    got = rows(text, D(2026, 1, 20))
    assert [(r["modality"], r["subject"]) for r in got][1] == ("actual", "重点项目完成投资")
    # 预计…将 is a forecast
    assert [r["modality"] for r in rows("预计全市将有4.2万家企业受益。")] == ["estimate"]


def test_a_page_number_line_is_no_range() -> None:
    text = "1—5月，全省金融机构各项贷款余额达到\n— 3 —\n5.38万亿元，同比增长8.2%。"
    got = rows(text, D(2025, 6, 10))
    assert [(r["raw"], r["bound"]) for r in got] == [("5.38万亿元", "exact"), ("8.2%", "exact")]
    assert got[0]["subject"] == "金融机构各项贷款余额"


def test_anchoring_reaches_no_further_than_a_goal_stated_with_its_figure() -> None:
    text = "锚定全年完成水利投资1000亿元的目标，一季度全省完成投资215.8亿元，完成率21.6%。"
    assert [r["modality"] for r in rows(text)] == ["target", "actual", "actual"]
    text = "锚定“十五五”目标，全省煤炭产量稳定在13亿吨左右。"
    assert one(text)["modality"] == "target"


def test_projects_being_prepared_for_are_planned_but_a_pipeline_built_up_is_not() -> None:
    text = "围绕全年投资增长8%的目标，谋划实施重点项目420个、总投资2860亿元。"
    assert [r["modality"] for r in rows(text, D(2025, 2, 10))] == ["target"] * 3
    assert one("累计谋划55个重大水利项目。")["modality"] == "actual"
    assert one("围绕“十五五”规划谋划储备重大项目860个。")["modality"] == "actual"


def test_the_figure_of_a_plan_named_in_a_denominator_is_its_target() -> None:
    got = rows("一季度，全县城镇新增就业1862人，完成年度目标任务5200人的35.8%。", D(2026, 4, 20))
    assert [(r["modality"], r["period_end"]) for r in got] == [
        ("actual", D(2026, 3, 31)),
        ("target", D(2026, 12, 31)),
        ("actual", D(2026, 3, 31)),
    ]


def test_a_plan_with_its_verb_covers_what_it_will_complete() -> None:
    text = "全年计划实施亿元以上项目1500个，完成投资3000亿元以上。"
    assert [r["modality"] for r in rows(text)] == ["target", "target"]
    # what was done says so (已, 累计, a rate of change)
    text = "计划实施重点项目120个，已完成投资300亿元。"
    assert [r["modality"] for r in rows(text)] == ["target", "actual"]


def test_a_task_list_announced_with_a_colon_is_planned_throughout() -> None:
    text = "2026年，我们将扎实办好15件重点民生实事：新建幼儿园40所；改造老旧小区1500个；新增泊位5万个。"
    got = [(r["raw"], r["modality"]) for r in rows(text, D(2026, 1, 26))]
    assert [m for raw, m in got if raw != "15件"] == ["target"] * 3


def test_the_change_of_a_planned_figure_is_planned_and_an_estimated_base_is_no_cue() -> None:
    got = rows("年初计划完成投资300亿元，同比增长10%以上。")
    assert [r["modality"] for r in got] == ["target", "target"]
    got = rows("安排支出6080亿元，比上年预计数下降2.2%，民生支出占比保持在八成左右。")
    assert [r["modality"] for r in got] == ["actual", "actual", "actual"]


def test_plan_word_in_a_denominator_is_no_target() -> None:
    text = "一季度，重点项目预计完成投资398.6亿元，占年度计划投资的26.8%，超时序进度1.8个百分点。"
    assert [r["modality"] for r in rows(text)] == ["estimate"] * 3


def test_target_task_with_a_colon_and_the_term_actually_used() -> None:
    text = "2025年，市政府确定十件民生实事，目标任务是：改造城镇老旧小区300个，新增托位2000个。"
    assert [r["modality"] for r in rows(text, D(2025, 2, 10))][1:] == ["target", "target"]
    # 实际使用外资 is a term, not the mark of what is done
    text = "主要预期目标为：地区生产总值增长5.5%左右，实际使用外资70亿美元。"
    assert [r["modality"] for r in rows(text)] == ["target", "target"]
    assert one("全年实际使用外资65亿美元。")["modality"] == "actual"


def test_a_goal_met_or_missed_and_a_programme_named_plan_are_no_targets() -> None:
    assert one("审计发现，68个项目未按期完成绩效目标。")["modality"] == "actual"
    assert one("2025年，全省20项民生工程全面完成年度任务。", D(2026, 1, 20))["modality"] == "actual"
    r = one("落实雨露计划补助资金628.5万元。")
    assert (r["modality"], r["subject"]) == ("actual", "落实雨露计划补助资金")
    # a goal still to be met is one
    assert one("全市89.7万亩早稻任务。")["modality"] == "target"
    assert one("确保完成年度目标任务，增长6%。")["modality"] == "target"


# --- periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ref", "start", "end"),
    [
        ("1—2月，规模工业增加值增长8.0%。", REF, D(2026, 1, 1), D(2026, 2, 28)),
        ("1-2月，规模工业增加值增长8.0%。", D(2024, 4, 1), D(2024, 1, 1), D(2024, 2, 29)),
        ("1～2月，工业增长8.0%。", REF, D(2026, 1, 1), D(2026, 2, 28)),
        ("1至2月，工业增长8.0%。", REF, D(2026, 1, 1), D(2026, 2, 28)),
        ("一季度全省地方收入完成988.4亿元。", REF, D(2026, 1, 1), D(2026, 3, 31)),
        ("1-3月，全省地方收入完成988.4亿元。", REF, D(2026, 1, 1), D(2026, 3, 31)),
        ("支付率3月当月提升6.7个百分点。", REF, D(2026, 3, 1), D(2026, 3, 31)),
        ("8月份，工业增长5%。", REF, D(2025, 8, 1), D(2025, 8, 31)),
        ("截至3月底，全市新增规上企业140家。", REF, D(2026, 1, 1), D(2026, 3, 31)),
        ("截至目前，全市共召开座谈会42场。", REF, D(2026, 1, 1), REF),
        ("今年以来，全市接待入境游客18.44万人。", REF, D(2026, 1, 1), REF),
        ("2025年全年，全省地区生产总值增长5.4%。", REF, D(2025, 1, 1), D(2025, 12, 31)),
        ("2025\n年1-4月，全省工业增长6%。", REF, D(2025, 1, 1), D(2025, 4, 30)),
        ("2024年1—2月，全省工业增长6%。", REF, D(2024, 1, 1), D(2024, 2, 29)),
        ("3月30日，与6家企业负责人座谈。", REF, D(2026, 3, 30), D(2026, 3, 30)),
        ("4月1日—8日，抽调14名业务骨干。", REF, D(2026, 4, 1), D(2026, 4, 8)),
        ("上半年，全省工业增长6%。", D(2025, 8, 1), D(2025, 1, 1), D(2025, 6, 30)),
        ("前10个月，进出口总值增长3.6%。", D(2025, 11, 7), D(2025, 1, 1), D(2025, 10, 31)),
        ("2025年前三个月，出口增长5%。", REF, D(2025, 1, 1), D(2025, 3, 31)),
        ("三季度末，各项贷款增长8.4%。", D(2025, 10, 20), D(2025, 1, 1), D(2025, 9, 30)),
        ("四季度全面回升，当季增长6%。", D(2024, 1, 24), D(2023, 10, 1), D(2023, 12, 31)),
    ],
)
def test_period(text: str, ref: dt.date, start: dt.date, end: dt.date) -> None:
    r = rows(text, ref)[0]
    assert (r["period_start"], r["period_end"]) == (start, end)


def test_a_cutoff_beats_a_year_that_qualifies_a_noun_but_not_a_whole_year() -> None:
    r = one("截至2月底，已下达2025年中央补助资金186.5亿元。")
    assert (r["period_start"], r["period_end"]) == (D(2026, 1, 1), D(2026, 2, 28))
    got = rows(
        "截至2025年底，全省新能源装机5000万千瓦，全年新能源发电量675亿千瓦时。", D(2026, 2, 1)
    )
    assert [(r["period_start"], r["period_end"]) for r in got] == [
        (None, D(2025, 12, 31)),
        (D(2025, 1, 1), D(2025, 12, 31)),
    ]


def test_a_colon_announced_target_survives_a_part_with_another_cue() -> None:
    text = "主要预期目标是：地区生产总值增长6%左右，在实际工作中力争更好结果；工业增加值增长7%。"
    assert [r["modality"] for r in rows(text)] == ["target", "target"]


def test_a_deadline_already_past_reports_what_was_done() -> None:
    got = rows("5月底前完成开工项目67个，开工率达91.8%。", D(2026, 6, 18))
    assert [(r["modality"], r["period_end"]) for r in got] == [("actual", D(2026, 5, 31))] * 2
    assert one("6月底前完成开工项目67个。", D(2026, 6, 18))["modality"] == "target"


def test_a_day_written_with_spaces() -> None:
    assert one("截至 10 月 15 日，全区落实面积 1380 万亩。")["period_end"] == D(2025, 10, 15)


def test_done_by_a_date_counts_up_to_it() -> None:
    r = one("3月31日前已完成投资20亿元。", D(2025, 10, 10))
    assert (r["modality"], r["period_start"], r["period_end"]) == (
        "actual",
        D(2025, 1, 1),
        D(2025, 3, 31),
    )


def test_jiang_you_from_to_starting_level_is_actual() -> None:
    found = rows("项目年产能将由280万吨扩至500万吨。")
    assert [r["modality"] for r in found] == ["actual", "target"]


def test_cut_off_wins_over_this_year_for_what_is_done() -> None:
    found = rows("截至9月底，今年计划新开工的150个项目已开工138个。", D(2025, 10, 10))
    assert [(r["modality"], r["period_end"]) for r in found] == [
        ("target", D(2025, 12, 31)),
        ("actual", D(2025, 9, 30)),
    ]


def test_whole_year_actual_in_the_first_half_is_last_year() -> None:
    r = one("全年国内生产总值1349084亿元。", D(2025, 2, 28))
    assert (r["period_start"], r["period_end"]) == (D(2024, 1, 1), D(2024, 12, 31))
    target = one("全年新增就业目标110万人。", D(2025, 2, 28))
    assert target["period_end"] == D(2025, 12, 31)


def test_time_inside_a_denominator_is_not_the_period() -> None:
    found = rows("1—9月，城镇新增就业1057万人，完成全年目标任务的88%。", D(2025, 10, 20))
    assert [(r["modality"], r["period_end"]) for r in found] == [
        ("actual", D(2025, 9, 30)),
        ("actual", D(2025, 9, 30)),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("近三年，全省新增高新技术企业1.8万家。", D(2022, 1, 1), D(2024, 12, 31)),
        ("过去五年，地区生产总值年均增长6%。", D(2020, 1, 1), D(2024, 12, 31)),
        ("十年来，累计投资100亿元。", D(2015, 1, 1), D(2024, 12, 31)),
    ],
)
def test_span_of_years_before_the_reference_year(text: str, start: dt.date, end: dt.date) -> None:
    r = one(text, D(2025, 1, 25))
    assert (r["period_start"], r["period_end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("“十五五”时期，数字经济核心产业增加值比重达到15%左右。", D(2026, 1, 1), D(2030, 12, 31)),
        ("“十四五”以来，全省累计完成交通投资5000亿元。", D(2021, 1, 1), D(2026, 1, 20)),
        ("“十三五”期间，全省减贫100万人。", D(2016, 1, 1), D(2020, 12, 31)),
    ],
)
def test_five_year_plan_periods(text: str, start: dt.date, end: dt.date) -> None:
    r = one(text, D(2026, 1, 20))
    assert (r["period_start"], r["period_end"]) == (start, end)


def test_a_five_year_plan_named_as_a_document_is_no_period() -> None:
    assert one("“十四五”规划纲要提出20项指标。")["period_label"] is None


def test_span_of_years_inside_a_clause_is_no_period() -> None:
    found = rows("2024年，粮食总产达615.6亿斤、创近5年新高，工业增长7.3%。", D(2025, 1, 25))
    assert {(r["period_start"], r["period_end"]) for r in found} == {
        (D(2024, 1, 1), D(2024, 12, 31))
    }


@pytest.mark.parametrize(
    "text", ["到2027年，数字经济规模突破1万亿元。", "明年地区生产总值增长5%左右。"]
)
def test_a_figure_for_a_future_year_is_a_target(text: str) -> None:
    assert one(text, D(2025, 1, 25))["modality"] == "target"


def test_one_year_since_reads_like_the_whole_year() -> None:
    assert (one("一年来，全市新增就业5万人。", D(2026, 12, 20))["period_start"]) == D(2026, 1, 1)
    # a January review looks back at the year before
    assert (one("一年来，全市新增就业5万人。", D(2027, 1, 20))["period_end"]) == D(2026, 12, 31)


def test_months_so_far_are_a_period_not_a_duration() -> None:
    found = rows("前10个月，全国进出口总值36.02万亿元。", D(2025, 11, 7))
    assert [(r["raw"], r["period_label"]) for r in found] == [("36.02万亿元", "前10个月")]


def test_balance_at_a_cutoff_has_no_start() -> None:
    r = one("截至3月末，全省本外币贷款余额6.8万亿元。")
    assert (r["period_start"], r["period_end"]) == (None, D(2026, 3, 31))


def test_stocks_at_a_cutoff_have_no_start_but_additions_do() -> None:
    got = rows("截至3月底，全省生猪存栏3000万头，新增装机容量100万千瓦，电力装机容量5000万千瓦。")
    assert [r["period_start"] for r in got] == [None, D(2026, 1, 1), None]
    assert {r["period_end"] for r in got} == {D(2026, 3, 31)}


def test_growth_of_a_stock_at_a_cutoff_has_no_start() -> None:
    text = "9月末，本外币存款余额35.12万亿元，同比增长6.4%，高于各项贷款增速5.4个百分点。"
    assert [r["period_start"] for r in rows(text, D(2025, 10, 20))] == [None, None, None]
    # …but a change since the end of last year is this year's flow, also in a breakdown
    text = "2024年末发电装机容量33亿千瓦，比上年末增长14.6%。其中，火电装机容量14亿千瓦，增长3.8%。"
    got = rows(text, D(2025, 2, 28))
    assert [r["period_start"] for r in got] == [None, D(2024, 1, 1), None, D(2024, 1, 1)]
    # and a figure with a subject of its own is not the stock's
    text = "截至9月末，存款余额100亿元，规上工业增加值增长7%。"
    assert [r["period_start"] for r in rows(text, D(2025, 10, 20))] == [None, D(2025, 1, 1)]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # what exists at a date: 共有/总数/拥有, a count reached, and the list that follows
        ("截至3月底，全省共有医疗卫生机构8.3万个，床位46.2万张。", [None, None]),
        ("截至3月底，全省5G基站总数达到18.6万个，每万人拥有5G基站31.5个。", [None, None]),
        ("截至3月末，全省规模以上工业企业达到2.1万家。", [None]),
        ("3月末，全省规模以上工业企业资产负债率为57.6%，同比下降0.4个百分点。", [None, None]),
        # …but what is added or done by then is this year's flow
        ("截至3月底，全省共有120个项目开工，新增企业140家。", [D(2026, 1, 1)] * 2),
        ("截至3月底，省重点项目完成投资114.28亿元。", [D(2026, 1, 1)]),
    ],
)
def test_what_exists_at_a_cutoff_is_a_stock(text: str, starts: list[object]) -> None:
    assert [r["period_start"] for r in rows(text)] == starts


def test_an_average_per_year_is_over_the_span() -> None:
    text = "过去五年，地区生产总值由2020年的1860亿元增加到2025年的2750亿元，年均增长6.2%。"
    got = rows(text, D(2026, 1, 20))
    assert [(r["period_start"], r["period_end"]) for r in got] == [
        (D(2020, 1, 1), D(2020, 12, 31)),
        (D(2025, 1, 1), D(2025, 12, 31)),
        (D(2021, 1, 1), D(2025, 12, 31)),
    ]


def test_births_are_a_flow_and_an_annual_target_covers_the_year() -> None:
    got = rows("2025年全县出生人口7826人，户籍人口112.6万人。", D(2026, 3, 1))
    assert [r["period_start"] for r in got] == [D(2025, 1, 1), None]
    text = "前三季度，城镇调查失业率平均为5.1%，低于5.5%左右的年度控制目标。"
    got = rows(text, D(2026, 10, 22))
    assert [(r["modality"], r["period_start"], r["period_end"]) for r in got] == [
        ("actual", D(2026, 1, 1), D(2026, 9, 30)),
        ("target", D(2026, 1, 1), D(2026, 12, 31)),
    ]


def test_since_an_unwritten_date_has_no_start() -> None:
    r = one("入汛以来，全省累计转移避险群众12.6万人次。", D(2026, 7, 10))
    assert (r["period_start"], r["period_end"], r["period_label"]) == (
        None,
        D(2026, 7, 10),
        "入汛以来",
    )


def test_a_stock_in_a_periods_account_is_its_value_at_the_end() -> None:
    got = rows("1—3月，新增规上工业企业286家，总数突破4000家。")
    assert [(r["period_start"], r["period_end"]) for r in got] == [
        (D(2026, 1, 1), D(2026, 3, 31)),
        (None, D(2026, 3, 31)),
    ]


def test_the_growth_of_what_was_added_is_no_stock() -> None:
    got = rows("截至9月底，新增装机容量同比增长20%，装机容量同比增长8%。")
    assert [r["period_start"] for r in got] == [D(2025, 1, 1), None]


def test_is_stock_says_why_a_start_is_null() -> None:
    got = rows("截至3月底，存款余额100亿元，新增贷款50亿元。入汛以来，转移群众1.2万人。")
    assert [(r["period_start"], r["is_stock"]) for r in got] == [
        (None, True),
        (D(2026, 1, 1), False),
        (None, False),  # since a date not written: unknown start, no stock
    ]


def test_a_stock_in_a_years_account_is_its_year_end_value() -> None:
    text = "2025年，全省普通高校招收本专科学生62.8万人，在校生215.4万人，毕业生55.1万人。"
    got = rows(text, D(2026, 3, 1))
    assert [r["period_start"] for r in got] == [D(2025, 1, 1), None, D(2025, 1, 1)]
    assert {r["period_end"] for r in got} == {D(2025, 12, 31)}
    text = "截至目前，全省共有在建项目500个。"
    assert one(text)["period_start"] is None


def test_comparison_base_is_not_the_period() -> None:
    r = rows("一季度全省地方收入完成988.4亿元，较2月份上升1.8个百分点。")[-1]
    assert (r["period_start"], r["period_end"]) == (D(2026, 1, 1), D(2026, 3, 31))
    assert r["comparison"] == "prior_period"


def test_topic_period_carries_to_next_sentence_and_of_which() -> None:
    text = "一季度全省地方收入完成988.4亿元，增长1.3%。其中，地方税收572亿元，增长0.3%。"
    assert {(r["period_start"], r["period_end"]) for r in rows(text)} == {
        (D(2026, 1, 1), D(2026, 3, 31))
    }
    text = "2023年是开局之年。全年地区生产总值增长4.6%。地方收入增长8.3%。"
    assert [r["period_end"] for r in rows(text, D(2024, 1, 24))] == [D(2023, 12, 31)] * 2


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("今年1—2月，全市完成投资100亿元；工业投资增长5%。", D(2026, 1, 1), D(2026, 2, 28)),
        ("去年四季度，全市完成投资100亿元；工业投资增长5%。", D(2025, 10, 1), D(2025, 12, 31)),
        ("全省1—2月，全市完成投资100亿元；工业投资增长5%。", D(2026, 1, 1), D(2026, 2, 28)),
    ],
)
def test_a_leading_period_with_a_year_word_or_an_area_governs_the_sentence(
    text: str, start: dt.date, end: dt.date
) -> None:
    assert [(r["period_start"], r["period_end"]) for r in rows(text)] == [(start, end)] * 2


def test_a_wrapped_line_does_not_end_the_sentence() -> None:
    text = "1—2月，全省规模以上工业增加值同比增长6.1%，其中制造业增加\n值增长7.2%。"
    got = rows(text)
    assert [r["period_end"] for r in got] == [D(2026, 2, 28)] * 2
    assert got[1]["subject"] == "制造业增加值"
    # A heading on its own line is not prose: the period after it still leads its sentence.
    got = rows("一、工业生产\n1—2月，全省规模以上工业增加值同比增长6.1%。")
    assert (got[0]["period_end"], got[0]["subject"]) == (D(2026, 2, 28), "规模以上工业增加值")
    # A line that ends a sentence ends it.
    got = rows("全市出口增长5%。\n进口增长3%。")
    assert [r["sentence"] for r in got] == ["全市出口增长5%。", "进口增长3%。"]


def test_a_wrapped_line_inside_a_measure_word_or_before_a_rank() -> None:
    text = "4月份，规模以上工业发电量618.2亿千瓦时，增长9.5%，其中风力发电量162.4亿千瓦\n时，增长21.3%。"
    got = rows(text)
    assert [(r["raw"], r["unit"]) for r in got][2] == ("162.4亿千瓦\n时", "千瓦时")
    assert got[2]["value"] == 16240000000.0
    text = "上半年全市GDP增速为5.8%，比全省高0.4个百分点，居全省\n第3位；规上工业增加值增长8.9%。"
    assert [r["raw"] for r in rows(text)] == ["5.8%", "0.4个百分点", "第3位", "8.9%"]
    # a paragraph break is no wrapped line
    assert [r["unit"] for r in rows("全市风力发电量162.4亿千瓦\n\n时间过半。")] == ["千瓦"]


def test_a_whole_year_opening_a_sentence_carries_as_communiques_write() -> None:
    text = "2025年全市政府性基金预算收入完成126.3亿元，下降18.6%。政府性基金预算支出148.7亿元，下降11.3%。"
    got = rows(text, D(2026, 1, 12))
    assert {(r["period_start"], r["period_end"]) for r in got} == {(D(2025, 1, 1), D(2025, 12, 31))}
    # …and a breakdown sentence (按…分, 分…看) continues the period of the one before
    text = "一季度，全体居民人均可支配收入12586元。按常住地分，城镇居民人均可支配收入15127元。"
    assert [r["period_end"] for r in rows(text)] == [D(2026, 3, 31)] * 2
    # a part of a year opening a sentence without a comma does not carry (issue 3, item 18)
    text = "一季度公路投资预计完成199亿元。新建高速192.6公里于1月底建成通车。"
    assert [r["period_end"] for r in rows(text)] == [D(2026, 3, 31), None]


def test_a_campaign_dated_by_a_bracket_across_the_turn_of_the_year() -> None:
    text = "冬春火灾防控工作开展以来（2024年11月1日至2025年2月28日），全省共检查单位8.62万家。"
    r = one(text, D(2025, 3, 5))
    assert (r["period_start"], r["period_end"]) == (D(2024, 11, 1), D(2025, 2, 28))


def test_all_year_round_and_a_year_inside_a_base_are_no_periods() -> None:
    assert one("长者服务热线12349全年无休，受理求助2.3万件。")["period_label"] is None
    r = one("月人均基本养老金按2024年退休人员月人均基本养老金的2%确定。")
    assert (r["period_label"], r["subject"]) == (None, "月人均基本养老金")


def test_since_an_event_of_a_year() -> None:
    text = "自2014年实施地下水超采综合治理以来，全省累计压减地下水超采量58.6亿立方米。"
    r = one(text, D(2024, 7, 18))
    assert (r["period_start"], r["period_end"]) == (D(2014, 1, 1), D(2024, 7, 18))


def test_who_is_listed_before_fenbie_and_what_they_did_after_it() -> None:
    text = "“五一”假期，凤凰古城、长沙、张家界分别接待游客56.2万人次、328.6万人次、86.4万人次。"
    assert [r["subject"] for r in rows(text)] == ["接待游客"] * 3
    # kinds of what was done (a shared head word), and changes, stay the list's own
    text = "交通、水利、能源项目分别完成投资86.4亿元、41.2亿元、128.7亿元。"
    assert [r["subject"] for r in rows(text)] == ["交通项目", "水利项目", "能源项目"]
    assert [r["subject"] for r in rows("出口、进口分别增长5.2%和3.1%。")] == ["出口", "进口"]


def test_indices_listed_after_an_index_word() -> None:
    got = rows("全市环境空气质量综合指数分别为3.12和3.28。")
    assert [(r["value"], r["unit"], r["subject"]) for r in got] == [
        (3.12, "", "环境空气质量综合指数"),
        (3.28, "", "环境空气质量综合指数"),
    ]


def test_since_a_third_of_a_month_and_a_summer_dated_by_its_bracket() -> None:
    r = one("6月下旬以来，全市平均降雨量286毫米。", D(2024, 7, 10))
    assert (r["period_start"], r["period_end"]) == (D(2024, 6, 21), D(2024, 7, 10))
    r = one("暑期（7月1日至8月31日），全省接待游客1.2亿人次。", D(2025, 9, 10))
    assert (r["period_start"], r["period_end"]) == (D(2025, 7, 1), D(2025, 8, 31))
    assert one("查处交通违法行为1.2万起。")["subject"] == "查处交通违法行为"  # (为 of 行为 stays)


def test_a_holiday_dated_by_its_bracket_is_the_latest_before_the_document() -> None:
    text = "2025年，全市实际使用外资56.3亿美元。春节期间（2月15日至23日），全市零售额12.8亿元。"
    got = rows(text, D(2026, 2, 26))
    assert (got[1]["period_start"], got[1]["period_end"]) == (D(2026, 2, 15), D(2026, 2, 23))


def test_a_forecast_does_not_end_the_topic_before_it() -> None:
    text = "截至10月8日，全县秋粮已收获62.8万亩。预计全年粮食总产量32.6万吨。全县投入收割机1260台。"
    got = [(r["raw"], r["period_end"]) for r in rows(text, D(2024, 10, 12))]
    assert got == [
        ("62.8万亩", D(2024, 10, 8)),
        ("32.6万吨", D(2024, 12, 31)),
        ("1260台", D(2024, 10, 8)),
    ]
    # with no topic before it, the forecast's year is the topic (a budget report's estimates)
    text = "预计2024年全县一般公共预算收入完成5.12亿元。一般公共预算支出预计完成33.9亿元。"
    assert [r["period_end"] for r in rows(text, D(2025, 1, 20))] == [D(2024, 12, 31)] * 2


def test_the_change_of_a_stock_in_a_periods_account_is_at_its_end() -> None:
    text = "今年，全乡牛存栏2.36万头、羊存栏8.5万只，分别较上年增长7.8%、5.6%。"
    got = rows(text, D(2024, 12, 5))
    assert [(r["subject"], r["period_start"]) for r in got] == [
        ("牛存栏", None),
        ("羊存栏", None),
        ("牛存栏", None),
        ("羊存栏", None),
    ]


def test_a_tag_before_a_leading_period_does_not_hide_it() -> None:
    text = "【春耕生产】截至4月15日，全县完成春播12.6万亩。全县已翻耕8万亩。"
    assert [r["period_label"] for r in rows(text, D(2025, 4, 20))] == ["截至4月15日"] * 2


def test_event_date_does_not_carry() -> None:
    text = "3月27日，厅主要领导召开专题会议。在协调下，契税共计1.87亿元成功入库。"
    assert one(text)["period_start"] is None


def test_a_running_total_of_a_count_is_what_exists() -> None:
    text = "2024年，全省累计建成5G基站12.6万个，新增上云企业2860家。"
    got = rows(text, D(2025, 3, 28))
    assert [(r["period_start"], r["period_end"]) for r in got] == [
        (None, D(2024, 12, 31)),
        (D(2024, 1, 1), D(2024, 12, 31)),
    ]
    # at a cut-off, with the rank of what exists; the rank of a growth rate is the period's
    text = "截至2023年底，全省累计培育“小巨人”企业613家，居全国第6位。"
    assert [r["period_start"] for r in rows(text, D(2024, 3, 15))] == [None, None]
    text = "截至3月底，全市有效发明专利拥有量达到9.87万件，增速居全国第8位。"
    assert [r["period_start"] for r in rows(text, D(2026, 4, 12))] == [None, D(2026, 1, 1)]
    # what was added, or built up since a start, is a flow
    text = "“十四五”以来，全省累计建成特高压外送通道1条。"
    assert one(text, D(2024, 6, 18))["period_start"] == D(2021, 1, 1)
    text = "截至5月底，全市累计新开工项目120个。"
    assert one(text, D(2025, 6, 18))["period_start"] == D(2025, 1, 1)
    # 截至目前 is a cut-off, not a span since a start
    assert one("截至目前，累计培育企业120余家。", D(2025, 10, 20))["period_start"] is None


def test_state_rates_reached_and_assets_are_states_at_the_period_end() -> None:
    got = rows("上半年，城乡居民基本养老保险参保率达到97.6%。", D(2025, 8, 8))
    assert (got[0]["period_start"], got[0]["period_end"]) == (None, D(2025, 6, 30))
    got = rows("2024年，省属企业资产总额突破2.6万亿元。", D(2025, 2, 18))
    assert (got[0]["period_start"], got[0]["period_end"]) == (None, D(2024, 12, 31))
    # an average over the period and a monthly survey stay the period's
    got = rows("1—6月，全市城镇调查失业率平均5.2%。", D(2025, 7, 15))
    assert got[0]["period_start"] == D(2025, 1, 1)
    got = rows("10月份，全省城镇调查失业率为5.1%。", D(2025, 11, 15))
    assert got[0]["period_start"] == D(2025, 10, 1)


def test_by_now_with_what_is_done_is_the_document_date() -> None:
    got = rows("今年计划筹集保障性租赁住房1.2万套，目前已开工9860套。", D(2024, 6, 10))
    assert [(r["period_end"], r["period_label"]) for r in got] == [
        (D(2024, 12, 31), "今年"),
        (D(2024, 6, 10), "目前"),
    ]


def test_what_a_span_produced_after_a_stock_is_a_flow() -> None:
    text = "截至9月末奶牛存栏38.6万头，同比增长3.2%；生鲜乳产量126万吨，增长5.7%。"
    got = rows(text, D(2025, 10, 28))
    assert [r["period_start"] for r in got] == [None, None, D(2025, 1, 1), D(2025, 1, 1)]


def test_a_part_of_a_stock_is_counted_at_its_date() -> None:
    text = "截至4月底，全省实有经营主体338.6万户，其中企业占比达到82.5%。"
    assert [r["period_start"] for r in rows(text, D(2025, 5, 15))] == [None, None]


def test_a_time_heading_a_list_after_a_colon_governs_the_list() -> None:
    text = "会议明确2026年主要目标：规上工业增加值增长5%左右；工业投资增长8%以上；新建5G工厂300个。"
    got = rows(text, D(2026, 2, 20))
    assert {(r["period_start"], r["period_end"]) for r in got} == {(D(2026, 1, 1), D(2026, 12, 31))}


def test_a_list_after_one_verb_is_one_stock_or_flow_reading() -> None:
    text = "年末参保人数分别达到1986.4万人、312.5万人，分别比上年末增加18.2万人、6.1万人。"
    stocks = [(r["raw"], r["period_start"]) for r in rows(text, D(2026, 1, 20))]
    assert stocks == [
        ("1986.4万人", None),
        ("312.5万人", None),
        ("18.2万人", D(2025, 1, 1)),
        ("6.1万人", D(2025, 1, 1)),
    ]


def test_a_vague_span_or_what_comes_next_ends_the_topic_period() -> None:
    text = "今年以来，全市新增就业2.1万人。近年来，全市累计引进企业320家。"
    assert [r["period_label"] for r in rows(text)] == ["今年以来", None]
    text = "截至5月底，已开工项目153个。下一步，将新增企业100家，力争全年增长6%。"
    periods = [(r["period_start"], r["period_end"]) for r in rows(text, D(2026, 6, 15))]
    assert periods == [
        (D(2026, 1, 1), D(2026, 5, 31)),
        (None, None),
        (D(2026, 1, 1), D(2026, 12, 31)),
    ]


def test_no_time_no_period() -> None:
    r = one("组织11个省直部门。")
    assert (r["period_start"], r["period_end"], r["period_label"]) == (None, None, None)


def test_period_label_is_as_written() -> None:
    assert one("截至3月底，全市新增企业140家。")["period_label"] == "截至3月底"


def test_annual_target_is_for_the_whole_year() -> None:
    text = "1-8月，9个项目年度目标任务80.5亿元，累计完成投资48.7亿元。"
    got = {r["raw"]: (r["period_start"], r["period_end"]) for r in rows(text, D(2018, 10, 6))}
    assert got["80.5亿元"] == (D(2018, 1, 1), D(2018, 12, 31))
    assert got["48.7亿元"] == (D(2018, 1, 1), D(2018, 8, 31))


def test_same_month_refers_to_the_month_before() -> None:
    found = rows("7月末，全市贷款余额1865.4亿元。当月新发放贷款加权平均利率为4.12%。")
    assert (found[0]["period_start"], found[0]["period_end"]) == (None, D(2025, 7, 31))
    assert (found[1]["period_start"], found[1]["period_end"]) == (D(2025, 7, 1), D(2025, 7, 31))
    assert found[1]["period_label"] == "当月"
    # with no month before it, 当月 gives no period
    assert one("当月新发放贷款120亿元。")["period_end"] is None


def test_event_date_inside_a_sentence_does_not_date_a_forecast() -> None:
    found = rows("项目于3月28日正式投产，预计年产值可达30亿元以上，带动就业800个左右。")
    assert [(r["modality"], r["period_end"]) for r in found] == [("estimate", None)] * 2
    assert found[0]["subject"] == "年产值"
    # an event date leading the sentence still dates what was done that day
    r = one("3月30日，全市集中签约项目56个。")
    assert (r["period_start"], r["period_end"]) == (D(2026, 3, 30), D(2026, 3, 30))


def test_state_rate_at_a_date_is_a_stock() -> None:
    r = one("3月末，城镇调查失业率为5.2%。")
    assert (r["period_start"], r["period_end"], r["is_stock"]) == (None, D(2026, 3, 31), True)
    # a progress rate at a cut-off adds up from January 1
    r = one("截至3月底，专项债券资金支付率为45%。")
    assert (r["period_start"], r["period_end"]) == (D(2026, 1, 1), D(2026, 3, 31))
    # a goal for a state rate, and its average over a period, keep the period
    r = one("到2027年，森林覆盖率达到45%以上。")
    assert (r["period_start"], r["modality"]) == (D(2027, 1, 1), "target")
    r = one("1—3月，城镇调查失业率平均为5.3%。")
    assert r["period_start"] == D(2026, 1, 1)


def test_since_a_month_or_a_year() -> None:
    ref = D(2025, 8, 10)
    r = one("自5月以来，全市发放消费券1.2亿元。", ref)
    assert (r["period_start"], r["period_end"], r["period_label"]) == (
        D(2025, 5, 1),
        ref,
        "5月以来",
    )
    r = one("去年10月以来，全市新增就业3万人。", ref)
    assert (r["period_start"], r["period_end"]) == (D(2024, 10, 1), ref)
    r = one("2024年以来，全市累计发放贷款120亿元。", ref)
    assert (r["period_start"], r["period_end"]) == (D(2024, 1, 1), ref)


def test_change_of_a_state_rate_at_a_date_follows_it() -> None:
    found = rows("9月末，全省城镇调查失业率为5.0%，比上年同期下降0.2个百分点。", D(2025, 10, 20))
    assert [(r["period_start"], r["period_end"]) for r in found] == [(None, D(2025, 9, 30))] * 2


def test_cut_off_and_plan_years() -> None:
    ref = D(2025, 10, 15)
    text = (
        "截至9月底，全市2025年老旧小区改造计划开工的326个小区已全部开工，开工率100%；已完工218个。"
    )
    got = rows(text, ref)
    assert [(r["modality"], r["period_end"]) for r in got] == [
        ("target", D(2025, 12, 31)),
        ("actual", D(2025, 9, 30)),
        ("actual", D(2025, 9, 30)),
    ]
    # a plan after a cut-off in another part is for the year
    text = "今年全省计划开工项目2800个，截至7月末已开工2516个；计划完成投资3200亿元，已完成2035.6亿元。"
    got = rows(text, D(2025, 8, 12))
    assert [r["period_end"] for r in got] == [
        D(2025, 12, 31),
        D(2025, 7, 31),
        D(2025, 12, 31),
        D(2025, 7, 31),
    ]
    # a year with its verb (not naming a plan) is still the period
    text = "“十四五”以来，全省地区生产总值年均增长5.8%，2024年达到5.06万亿元。"
    assert rows(text, ref)[1]["period_end"] == D(2024, 12, 31)


def test_change_since_the_end_of_last_month() -> None:
    text = "10月末，人民币各项贷款余额5.47万亿元，同比增长7.6%，比上月末增加123.8亿元。"
    got = rows(text, D(2025, 11, 14))
    assert (got[2]["period_start"], got[2]["period_end"]) == (D(2025, 10, 1), D(2025, 10, 31))
    got = rows("5月末，全市商品房待售面积4125.6万平方米，比4月末减少36.2万平方米。", D(2025, 6, 14))
    assert [(r["period_start"], r["period_end"]) for r in got] == [
        (None, D(2025, 5, 31)),
        (D(2025, 5, 1), D(2025, 5, 31)),
    ]
    # a rate compared with last month's rate keeps its own period
    text = "5月末，社会融资规模存量为12.6万亿元，增速较上月末提高0.2个百分点。"
    assert rows(text, D(2025, 6, 14))[1]["period_start"] is None


def test_breakdown_of_a_stock_after_other_figures() -> None:
    text = "截至10月底，全区经营主体总量达到12.6万户，较年初净增8652户，增长7.4%；其中企业3.1万户，占比24.6%。"
    got = rows(text, D(2025, 11, 20))
    assert [r["is_stock"] for r in got] == [True, False, False, True, True]
    # what is newly set up is a flow, even after a stock
    text = "截至5月底，全省民营经营主体达到772.6万户；今年新设立民营企业14.2万户。"
    assert [r["is_stock"] for r in rows(text, D(2025, 6, 14))] == [True, False]


def test_breakdown_sentence_takes_the_leading_period() -> None:
    text = "1—11月，规模以上工业增加值增长5.1%，其中11月当月增长6.3%。分行业看，38个行业大类中有29个行业增加值实现增长。"
    got = rows(text, D(2024, 12, 16))
    assert [r["period_start"] for r in got] == [
        D(2024, 1, 1),
        D(2024, 11, 1),
        D(2024, 1, 1),
        D(2024, 1, 1),
    ]


def test_count_of_what_there_is_in_a_years_account() -> None:
    text = "2024年，全省高新技术企业数量达到2.1万家，较上年增长19.1%。"
    got = rows(text, D(2025, 2, 18))
    assert [(r["period_start"], r["is_stock"]) for r in got] == [
        (None, True),
        (D(2024, 1, 1), False),
    ]
    # a forecast of a cohort is not a stock
    r = rows("预计今年高校毕业生总量达到45.6万人。", D(2025, 3, 1))[0]
    assert (r["period_start"], r["is_stock"]) == (D(2025, 1, 1), False)


def test_running_total_after_a_month() -> None:
    text = "9月，全省发放创业担保贷款2.36亿元；累计为企业减免失业保险费4.8亿元，惠及企业1.5万户。"
    got = rows(text, D(2024, 10, 21))
    assert [r["period_start"] for r in got] == [D(2024, 9, 1), D(2024, 1, 1), D(2024, 1, 1)]


def test_breakdown_sentence_of_a_stock() -> None:
    text = "截至4月末，全省实有经营主体852.3万户。其中，企业206.7万户，个体工商户637.4万户。"
    got = rows(text, D(2024, 5, 10))
    assert [r["period_start"] for r in got] == [None, None, None]


def test_leading_period_after_a_bulletin_mark_or_a_place() -> None:
    text = "▲江宁区一季度实现地区生产总值486.5亿元；规上工业总产值增长11.2%，居全市各区第2位。"
    got = rows(text, D(2025, 4, 20))
    assert [r["period_end"] for r in got] == [D(2025, 3, 31)] * 3
    text = "▲省税务局：今年以来，全省新增减税降费126亿元；“非接触式”办税比例提高到96%以上。"
    assert [r["period_start"] for r in rows(text, D(2025, 4, 20))] == [D(2025, 1, 1)] * 2


def test_cut_off_of_the_sentence_before_a_breakdown() -> None:
    text = "截至5月底，全省重点项目完成投资1260亿元。其中，今年计划新开工的182个项目已开工151个。"
    got = rows(text, D(2025, 6, 10))
    assert [r["period_end"] for r in got] == [D(2025, 5, 31), D(2025, 12, 31), D(2025, 5, 31)]


def test_counts_reached_by_a_date_are_stocks() -> None:
    got = rows("截至6月底，全市国际航线增至28条，市场经营主体突破130万户。", D(2025, 7, 10))
    assert [(r["period_start"], r["is_stock"]) for r in got] == [(None, True), (None, True)]
    # a goal to reach is not (到2027年 …突破)
    r = one("到2027年，规模以上工业企业数量突破2万家。", D(2025, 7, 10))
    assert (r["period_start"], r["modality"]) == (D(2027, 1, 1), "target")
    # nor is a flow that passes a mark
    r = one("截至目前，宁波舟山港今年集装箱吞吐量已突破3000万标箱。", D(2025, 7, 10))
    assert r["period_start"] == D(2025, 1, 1)


def test_a_page_number_between_the_halves_of_a_sentence() -> None:
    text = "1—7月，全省原油产量1286.5万吨，天然\n— 3 —\n气产量236.8亿立方米，分别增长3.2%和2.8%。"
    got = rows(text, D(2025, 8, 20))
    assert [r["subject"] for r in got] == ["原油产量", "天然气产量", "原油产量", "天然气产量"]
    assert {r["period_end"] for r in got} == {D(2025, 7, 31)}


def test_a_span_dated_by_a_bracket() -> None:
    text = "春节期间（1月28日至2月4日），全市重点商圈客流量达到1865.3万人次，同比增长12.3%。"
    got = rows(text, D(2025, 2, 5))
    assert {(r["period_start"], r["period_end"]) for r in got} == {(D(2025, 1, 28), D(2025, 2, 4))}


def test_a_holiday_or_travel_season_dated_by_its_bracket_governs_what_follows() -> None:
    text = (
        "“五一”假期（5月1日至5日），全省接待游客1298.6万人次。其中，过夜游客487.3万人次。"
        "全省A级旅游景区接待游客512.8万人次。"
    )
    got = rows(text, D(2025, 5, 6))
    assert {(r["period_start"], r["period_end"]) for r in got} == {(D(2025, 5, 1), D(2025, 5, 5))}
    # a year written before the season does not win over the bracket, also after ；
    text = "2025年春运40天（1月14日至2月22日），发送旅客386.2万人次；开行旅客列车1.63万列。"
    got = rows(text, D(2025, 2, 24))
    assert [(r["raw"], r["period_start"], r["period_end"]) for r in got][1:] == [
        ("386.2万人次", D(2025, 1, 14), D(2025, 2, 22)),
        ("1.63万列", D(2025, 1, 14), D(2025, 2, 22)),
    ]
    # an event date still does not carry to the next sentence
    got = rows("4月8日，集中开工项目426个。项目总投资500亿元。", D(2025, 4, 9))
    assert got[1]["period_start"] is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024年7月至2025年6月，全省审计单位3126个。", D(2024, 7, 1), D(2025, 6, 30)),
        ("2024年11月—2025年2月，发放贷款120亿元。", D(2024, 11, 1), D(2025, 2, 28)),
        (
            "审计抽查了2023年至2024年乡村振兴资金，涉及资金318.5亿元。",
            D(2023, 1, 1),
            D(2024, 12, 31),
        ),
        ("2025—2027年，全市新能源汽车产量年均增长15%。", D(2025, 1, 1), D(2027, 12, 31)),
        ("2020年至今，累计投资50亿元。", D(2020, 1, 1), D(2025, 7, 28)),
    ],
)
def test_a_span_written_with_both_years(text: str, start: dt.date, end: dt.date) -> None:
    r = rows(text, D(2025, 7, 28))[-1]
    assert (r["period_start"], r["period_end"]) == (start, end)


def test_a_goal_by_a_future_year_is_that_years_and_governs_later_parts() -> None:
    text = "到2027年产量达到80万辆、产值突破3000亿元；累计建成公共充电桩5万个。"
    got = rows(text, D(2025, 6, 12))
    assert {(r["period_start"], r["period_end"], r["is_stock"]) for r in got} == {
        (D(2027, 1, 1), D(2027, 12, 31), False)
    }
    assert {r["modality"] for r in got} == {"target"}
    # a goal for a state rate too, with a stock word in its name; a later part keeps the horizon
    text = "“十五五”时期，地区生产总值年均增长5.5%，到2030年经济总量突破1.8万亿元；常住人口城镇化率达到83%。"
    r = rows(text, D(2026, 2, 10))[-1]
    assert (r["period_start"], r["period_end"], r["is_stock"]) == (
        D(2030, 1, 1),
        D(2030, 12, 31),
        False,
    )
    # what is reported at a cut-off is still counted there
    r = one("截至9月底，全市充电桩达到5万个。", D(2025, 10, 10))
    assert (r["period_start"], r["is_stock"]) == (None, True)


def test_cut_offs_and_topics_as_bulletins_write_them() -> None:
    # a cut-off at a part of a month or at an hour; it carries like any cut-off
    got = rows(
        "截至6月中旬，已开工项目141个。截至6月11日17时，收获小麦5000万亩。机收率98%。",
        D(2025, 6, 30),
    )
    assert [(r["period_start"], r["period_end"]) for r in got] == [
        (D(2025, 1, 1), D(2025, 6, 20)),
        (D(2025, 1, 1), D(2025, 6, 11)),
        (D(2025, 1, 1), D(2025, 6, 11)),
    ]
    # `目前，` opens a sentence as 截至目前 does: a stock is counted at the document date
    text = "今年以来，完成投资812.6亿元。目前，全市高速公路通车里程达到4132公里。"
    r = rows(text, D(2024, 9, 26))[-1]
    assert (r["period_start"], r["period_end"]) == (None, D(2024, 9, 26))
    # a leading period followed by a scope word, with no comma, is the topic too
    got = rows("6月份全省热线按时办结率99.5%。全省工单平均办理时长3.2天。", D(2025, 7, 10))
    assert {(r["period_start"], r["period_end"]) for r in got} == {(D(2025, 6, 1), D(2025, 6, 30))}
    # a year named by the evaluation it leads (`根据2024年度…结果，`, `在2025年度…考核中`)
    r = rows("根据2024年度全省营商环境评价结果，德州排名后3位。", D(2025, 3, 28))[-1]
    assert (r["period_start"], r["period_end"]) == (D(2024, 1, 1), D(2024, 12, 31))
    # a rate at a date is a state; a day something is in force from is no period
    r = rows("3月末，小微企业贷款加权平均利率为4.35%。", D(2025, 4, 25))[-1]
    assert (r["period_start"], r["is_stock"]) == (None, True)
    got = rows("今年7月1日起，养老金最低标准由每人每月188元提高到208元。", D(2024, 8, 8))
    assert {(r["period_start"], r["period_end"]) for r in got} == {(None, None)}
    # a goal announced with 目标是 before its horizon
    r = rows("目标是到2026年底，全市累计建成充电桩70万个；服务半径小于0.9公里。", D(2024, 4, 10))[
        -1
    ]
    assert (r["period_end"], r["modality"], r["bound"]) == (D(2026, 12, 31), "target", "at_most")


def test_the_running_total_beside_what_was_added_is_a_stock() -> None:
    got = rows("▲经开区：1—10月，新增上市企业6家，累计达到87家。", D(2025, 11, 18))
    assert [(r["raw"], r["is_stock"], r["period_start"]) for r in got] == [
        ("6家", False, D(2025, 1, 1)),
        ("87家", True, None),
    ]
    assert [r["subject"] for r in got] == ["新增上市企业", "上市企业"]
    got = rows("上半年，跨国公司地区总部累计达到426家，新增认定19家。", D(2025, 7, 22))
    assert [r["is_stock"] for r in got] == [True, False]
    assert got[1]["subject"] == "跨国公司地区总部 新增认定"
    # without an addition beside it, a running total in a period's account stays the period's
    r = one("1—10月，累计达到87家。", D(2025, 11, 18))
    assert (r["is_stock"], r["period_start"]) == (False, D(2025, 1, 1))


def test_a_goal_word_after_a_part_wide_cue_keeps_the_part_a_target() -> None:
    text = "锚定“十五五”目标，全省煤炭产量稳定在13亿吨左右，到2030年新能源装机占比达到60%以上。"
    got = rows(text, D(2026, 1, 20))
    assert [r["modality"] for r in got] == ["target", "target"]
    # a goal with a stock word in its name is still the goal's year
    assert (got[1]["period_start"], got[1]["is_stock"]) == (D(2030, 1, 1), False)


def test_a_goal_word_closing_an_enumeration_makes_every_item_a_target() -> None:
    got = rows("明确全年改造城镇老旧小区2100个、新建保障性住房3.2万套的目标。", D(2025, 3, 10))
    assert [r["modality"] for r in got] == ["target", "target"]
    # an enumeration of what was done stays actual (任务的 is a denominator)
    got = rows("全市完成投资12亿元、新开工项目30个，完成年度任务的20%。", D(2025, 3, 10))
    assert [r["modality"] for r in got] == ["actual", "actual", "actual"]
    # a plan with its verb covers the clause after it, also with 再
    got = rows("二季度计划再开工重大项目480个，总投资2500亿元以上。", D(2025, 3, 10))
    assert [r["modality"] for r in got] == ["target", "target"]


def test_the_years_ahead_and_a_base_year_inside_a_denominator() -> None:
    r = one("今后五年，全市地区生产总值年均增长5%左右。", D(2026, 2, 10))
    assert (r["period_start"], r["period_end"]) == (D(2026, 1, 1), D(2030, 12, 31))
    r = one("2023年，入境游客恢复到2019年的130.8%。", D(2024, 3, 1))
    assert (r["period_start"], r["period_end"]) == (D(2023, 1, 1), D(2023, 12, 31))


def test_since_a_day_with_an_event_between() -> None:
    r = one("自10月10日启动以来，全市发放消费券1286万元。", D(2024, 11, 8))
    assert (r["period_start"], r["period_end"]) == (D(2024, 10, 10), D(2024, 11, 8))


def test_since_a_month_or_a_campaign_began() -> None:
    r = one("自3月启动以来，全市累计走访企业1286家。", D(2025, 6, 20))
    assert (r["period_start"], r["period_end"]) == (D(2025, 3, 1), D(2025, 6, 20))
    # a campaign's start is a day the text does not give: up to the document date, no start
    text = "“招商引资百日攻坚”行动开展以来，全市新签约项目86个。全年完成投资50亿元。"
    got = rows(text, D(2025, 6, 20))
    assert [(r["period_start"], r["period_end"]) for r in got] == [
        (None, D(2025, 6, 20)),
        (D(2025, 1, 1), D(2025, 12, 31)),
    ]


def test_a_running_total_of_any_amount_beside_an_addition() -> None:
    got = rows("上半年，新能源装机新增320万千瓦，累计达到2860万千瓦。", D(2025, 7, 20))
    assert [(r["is_stock"], r["subject"]) for r in got] == [
        (False, "新能源装机新增"),
        (True, "新能源装机"),
    ]


def test_a_stock_since_a_date_and_a_plan_after_a_cut_off() -> None:
    got = rows("今年以来，平台新增接入服务事项126项，累计达到3895项。", D(2025, 12, 3))
    assert [(r["period_start"], r["period_end"]) for r in got] == [
        (D(2025, 1, 1), D(2025, 12, 3)),
        (None, D(2025, 12, 3)),
    ]
    # the poverty-alleviated population's migrant work is a flow, not a population
    r = one("今年以来，带动脱贫人口务工就业1.86万人。", D(2025, 12, 2))
    assert (r["period_start"], r["is_stock"]) == (D(2025, 1, 1), False)
    # a plan in a later sentence is not counted at the cut-off that opened the item
    got = rows("截至5月底，发放补贴资金6.18亿元。下阶段将再投放消费券1.5亿元。", D(2025, 6, 12))
    assert (got[1]["modality"], got[1]["period_start"], got[1]["period_end"]) == (
        "target",
        None,
        None,
    )


def test_a_count_at_the_years_end_is_what_exists() -> None:
    got = rows("年末全市规模以上工业企业1136户，比上年末增加58户。", D(2025, 3, 31))
    assert [(r["is_stock"], r["period_start"]) for r in got] == [
        (True, None),
        (False, D(2024, 1, 1)),  # the change since the end of last year is the year's
    ]
    # at a cut-off written with 截至, a count stays the flow up to it unless a stock word says so
    r = one("截至6月底，已开工项目141个。", D(2025, 7, 10))
    assert (r["is_stock"], r["period_start"]) == (False, D(2025, 1, 1))


def test_water_stored_at_a_date_is_a_stock() -> None:
    r = one("截至6月18日，全省大中型水库蓄水总量64.3亿立方米。", D(2025, 6, 20))
    assert (r["period_start"], r["is_stock"]) == (None, True)


def test_an_insurance_coverage_rate_at_a_date_is_a_state() -> None:
    got = rows("截至9月末，全省参保人数达到4562.3万人，参保率稳定在95%以上。", D(2025, 10, 20))
    assert [(r["is_stock"], r["period_start"]) for r in got] == [(True, None), (True, None)]


def test_a_time_after_a_named_source_leads_and_carries() -> None:
    text = "国家统计局公告显示，2024年粮食总产量达到1601.8亿斤。全省粮食播种面积2.2亿亩。"
    got = rows(text, D(2024, 12, 13))
    assert {(r["period_start"], r["period_end"]) for r in got} == {(D(2024, 1, 1), D(2024, 12, 31))}


def test_a_topic_year_opening_the_sentence_is_the_year_of_its_whole_year() -> None:
    text = (
        "▲市发改委：2024年全市完成投资1865亿元。2025年，谋划项目860个；计划全年完成投资2000亿元。"
    )
    r = rows(text, D(2025, 2, 20))[-1]
    assert (r["period_start"], r["period_end"]) == (D(2025, 1, 1), D(2025, 12, 31))


def test_what_is_left_takes_the_cue_after_it() -> None:
    got = rows("截至8月15日，已完工3.9万亩，剩余1.3万亩确保10月底前完工。", D(2025, 8, 20))
    assert [r["modality"] for r in got] == ["actual", "target"]
    assert rows("已完成11项，剩余1项预计春节前完工。")[1]["modality"] == "estimate"
    # applications passing a mark are a flow, not a stock
    r = one("截至5月25日，全省汽车以旧换新补贴申请突破12万份。", D(2025, 5, 26))
    assert (r["period_start"], r["is_stock"]) == (D(2025, 1, 1), False)


def test_span_across_the_turn_of_the_year_and_nonsense_since() -> None:
    r = one("11—2月，全市供暖用煤120万吨。", D(2025, 3, 10))
    assert (r["period_start"], r["period_end"]) == (D(2024, 11, 1), D(2025, 2, 28))
    # a `since` after the document date cannot be a span it reports on
    r = one("2027年以来，全区森林覆盖率达到11.5%。", D(2025, 7, 8))
    assert (r["period_start"], r["period_end"]) == (None, D(2025, 7, 8))


# --- 分别 and lists --------------------------------------------------------------------------------


def test_fenbie_distributes_subjects() -> None:
    got = rows("出口、进口同比分别增长5.2%和3.1%。")
    assert [(r["value"], r["measure"], r["subject"], r["comparison"]) for r in got] == [
        (5.2, "growth", "出口", "yoy"),
        (3.1, "growth", "进口", "yoy"),
    ]


def test_fenbie_with_a_verb_per_figure() -> None:
    found = rows("全省规上工业增加值、固定资产投资分别增长6.2%、下降1.5%。")
    assert [(r["subject"], r["value"]) for r in found] == [
        ("规上工业增加值", 6.2),
        ("固定资产投资", -1.5),
    ]


def test_fenbie_distributes_comparisons() -> None:
    got = rows("1—2月，增加值同比增长6.5%，分别高于全国、全省0.2、6.2个百分点。")
    pp = [(r["raw"], r["value"], r["comparison"]) for r in got if r["measure"] == "pp"]
    assert pp == [("0.2", 0.2, "national"), ("6.2个百分点", 6.2, "provincial")]


def test_fenbie_without_subjects_refers_to_the_quantities_before() -> None:
    got = rows("全省粮食播种面积7130万亩、总产量617.4亿斤，分别增长0.2%和0.4%。")
    assert [(r["value"], r["subject"]) for r in got[2:]] == [
        (0.2, got[0]["subject"]),
        (0.4, got[1]["subject"]),
    ]


def test_list_shares_one_unit() -> None:
    got = rows("增速分别提高1.2和0.8个百分点。")
    assert [(r["raw"], r["value"], r["unit"]) for r in got] == [
        ("1.2", 1.2, "pp"),
        ("0.8个百分点", 0.8, "pp"),
    ]
    got = rows("资金支付率3月当月分别提升 6.7、4.2、19.5 个百分点。")
    assert [r["value"] for r in got] == [6.7, 4.2, 19.5]
    assert {r["measure"] for r in got} == {"pp"}


def test_a_count_word_before_percentage_points_is_short_for_them() -> None:
    got = rows("增速分别高于全国、全省1.6个和0.9个百分点。")
    assert [(r["raw"], r["value"], r["unit"], r["measure"], r["comparison"]) for r in got] == [
        ("1.6个", 1.6, "pp", "pp", "national"),
        ("0.9个百分点", 0.9, "pp", "pp", "provincial"),
    ]


def test_lists_pair_in_order_without_fenbie() -> None:
    got = rows(
        "一季度，全省已累计落实和完成水利建设投资145.51亿元、40.93亿元，同比增长49.8%、131.8%。"
    )
    assert [(r["value"], r["measure"]) for r in got] == [
        (14551000000.0, "level"),
        (4093000000.0, "level"),
        (49.8, "growth"),
        (131.8, "growth"),
    ]
    assert got[2]["subject"] == got[0]["subject"]
    assert got[3]["subject"] == got[1]["subject"]


def test_range_gives_two_bounds() -> None:
    got = rows("增长5%—6%。")
    assert [(r["value"], r["bound"]) for r in got] == [(5.0, "at_least"), (6.0, "at_most")]
    # a hyphen between two figures is a range, not a minus sign
    got = rows("预计增长5%-6%。")
    assert [(r["value"], r["bound"]) for r in got] == [(5.0, "at_least"), (6.0, "at_most")]
    # a change and the level it reached, in two units, are no range
    got = rows("机电产品出口占比提升1.8个百分点至59.2%。")
    assert [(r["value"], r["measure"], r["bound"]) for r in got] == [
        (1.8, "pp", "exact"),
        (59.2, "share", "exact"),
    ]


def test_bold_markers_are_no_words() -> None:
    text = "**上半年，全市一般公共预算收入完成412.3亿元**，增长5.2%；其中非税收入98.7亿元。"
    got = rows(text, D(2025, 7, 28))
    assert {r["period_label"] for r in got} == {"上半年"}
    text = "全省外贸进出口总值**563.2亿元**。"
    assert one(text)["subject"] == "外贸进出口总值"


def test_since_the_end_of_last_year_is_the_prior_period() -> None:
    assert rows("实有经营主体236.8万户，比上年末增长7.3%。")[1]["comparison"] == "prior_period"
    assert one("存款余额比2024年末增长5.2%。")["comparison"] == "prior_period"
    assert one("存款余额比上年同期增长5.2%。")["comparison"] == "yoy"


def test_bracketed_figure_is_its_own_row() -> None:
    got = rows("增速比上年同期（-2.3%）回升4.0个百分点。")
    assert [(r["raw"], r["value"], r["measure"], r["comparison"]) for r in got] == [
        ("-2.3%", -2.3, "growth", "yoy"),
        ("4.0个百分点", 4.0, "pp", "yoy"),
    ]
    got = rows("占全市新增规上企业（484家）的28.9%。")
    assert [(r["value"], r["measure"]) for r in got] == [(484.0, "level"), (28.9, "share")]


# --- subjects -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "过去五年，地区生产总值由2019年的1860亿元增加到2024年的2750亿元，年均增长6.2%。",
            "地区生产总值",
        ),
        ("出口增长1.2倍，是上年同期的2.2倍。", "出口"),
        # one subject counted two ways is no list of two subjects; 惠及 is one word
        ("截至3月底，全市惠及群众2.1万户、5.6万人。", "惠及群众"),
        # a comparison with a period ends the subject; 稳定在 is a verb
        ("1—11月，出口增长12.3%，增速比1—10月加快0.5个百分点。", "出口"),
        ("全年粮食产量稳定在600亿斤以上。", "粮食产量"),
        ("1—2月，全市规模工业增加值增长8.0%。", "规模工业增加值"),
        ("截至3月底，省重点项目预计完成投资114.28亿元。", "省重点项目 完成投资"),
        ("今年以来，实现入境旅游总花费1.03亿美元，同比增长11.05%。", "入境旅游总花费"),
        ("对297家负增长规工企业实施帮扶。", "负增长规工企业"),
        ("全市共有各级各类学校1256所。", "各级各类学校"),
    ],
)
def test_subject(text: str, subject: str) -> None:
    assert {r["subject"] for r in rows(text)} == {subject}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "城镇、农村居民人均可支配收入分别增长4.5%、6.6%。",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
        (
            "农业、工业、服务业增加值分别增长3.5%、5.8%、6.1%。",
            ["农业增加值", "工业增加值", "服务业增加值"],
        ),
        (
            "第一、二、三产业增加值分别增长3.5%、5.8%、6.1%。",
            ["第一产业增加值", "第二产业增加值", "第三产业增加值"],
        ),
        ("全省开工和竣工项目分别为320个、150个。", ["开工项目", "竣工项目"]),
        (
            "已累计落实和完成水利建设投资145.51亿元、40.93亿元。",
            ["落实水利建设投资", "完成水利建设投资"],
        ),
        # words with a head of their own keep their own words
        ("一般债券、专项债券分别发行120亿元、560亿元。", ["一般债券", "专项债券"]),
        ("出口、进口分别增长5.2%和3.1%。", ["出口", "进口"]),
        ("煤制油、煤制气产能分别达到150万吨和20亿立方米。", ["煤制油产能", "煤制气产能"]),
        # the first part ends with a word of the last (保险); modifiers of one width (城市、农村)
        (
            "失业保险、工伤保险参保人数分别为712.6万人、856.4万人。",
            ["失业保险参保人数", "工伤保险参保人数"],
        ),
        # 和 inside an item of a list marked by 、
        (
            "教育、社会保障和就业、卫生健康支出分别增长6.2%、7.5%和3.9%。",
            ["教育支出", "社会保障和就业支出", "卫生健康支出"],
        ),
        (
            "城市、农村低保平均保障标准分别达到每人每月756元和每人每年6230元。",
            ["城市低保平均保障标准", "农村低保平均保障标准"],
        ),
        # 保险 heads the insurances, whatever the width of the words before it
        (
            "年末基本养老、失业、工伤保险参保人数分别达到1986.4万人、312.5万人和402.8万人。",
            ["基本养老保险参保人数", "失业保险参保人数", "工伤保险参保人数"],
        ),
        # places listed before what they report are not modifiers of it
        ("兰陵县、费县综合得分分别为86.4分、85.2分。", ["综合得分", "综合得分"]),
        # one subject counted two ways
        ("惠及群众2.1万户、5.6万人。", ["惠及群众", "惠及群众"]),
    ],
)
def test_coordinated_words_share_the_head(text: str, subjects: list[str]) -> None:
    assert [r["subject"] for r in rows(text)] == subjects


def test_counted_noun_after_coordinated_words() -> None:
    assert one("对318家营收、税收异常企业实行核查。")["subject"] == "营收、税收异常企业"
    # a list of counts is not one noun
    assert [r["subject"] for r in rows("新建5G基站2万个、充电桩3000个。")] == [
        "新建5G基站",
        "充电桩",
    ]


def test_places_ranked_take_what_they_are_ranked_by() -> None:
    text = "按环境空气质量综合指数排名，甘孜州、阿坝州、凉山州位列前3位，自贡市、内江市位列后2位。"
    assert [r["subject"] for r in rows(text)] == ["环境空气质量综合指数"] * 2
    text = "哈尔滨市综合得分93.6分，居全省第1位；大庆市、齐齐哈尔市分列第2位、第3位。"
    assert [r["subject"] for r in rows(text)] == ["综合得分"] * 4


def test_a_figure_whose_clause_names_nothing_takes_the_clause_before() -> None:
    text = "7月份，全省用电负荷创历史新高，达到4826万千瓦。"
    assert one(text)["subject"] == "用电负荷"
    text = "4月份，全省居民消费价格同比持平，环比下降0.2%。"
    assert one(text)["subject"] == "居民消费价格"
    assert one("出口额翻了一番，达到200亿元。")["subject"] == "出口额"
    # a bound on an amount is not the rate's after it
    assert [r["bound"] for r in rows("地区生产总值突破14万亿元、增长5.3%。")] == [
        "at_least",
        "exact",
    ]


def test_subject_words_of_a_count_after_a_conjunction() -> None:
    assert rows("但仍有3个县区“一件事”网办率低于80%。")[0]["subject"] == "县区"


def test_ranks_after_fenbie_with_no_words_of_their_own() -> None:
    text = "港口货物吞吐量7.1亿吨，集装箱吞吐量3087万标箱、增长7%，分别居全球港口第5位、第6位。"
    assert [r["subject"] for r in rows(text) if r["unit"] == "rank"] == [
        "港口货物吞吐量",
        "集装箱吞吐量",
    ]
    # aspects of one indicator: its size and its growth
    text = "进出口总额达到5.6万亿元、增长6.1%，规模和增速分别居全国第2位和第5位。"
    assert [r["subject"] for r in rows(text) if r["unit"] == "rank"] == [
        "进出口总额 规模",
        "进出口总额 增速",
    ]


def test_a_rate_word_with_fenbie_is_the_rate_of_each_figure_before() -> None:
    text = "落实水利建设投资286.4亿元、完成投资215.8亿元，完成率分别为28.6%和21.6%。"
    assert [r["subject"] for r in rows(text)][2:] == ["落实水利建设投资", "完成投资"]


def test_a_verb_alone_names_what_the_figure_before_named() -> None:
    got = rows("新建高标准农田758万亩，累计建成8585万亩。")
    assert [r["subject"] for r in got] == ["新建高标准农田", "高标准农田 建成"]
    assert rows("棉花产量568.6万吨，连续多年居全国首位。")[1]["subject"] == "棉花产量"


def test_ranks_after_n_indicators_rank_the_indicators_named_before() -> None:
    text = (
        "一季度，全市地区生产总值同比增长5.8%，规上工业增加值增长9.1%，固定资产投资增长10.3%，"
        "三项指标增速分别居全省第4、第2和第3位。"
    )
    ranks = [r["subject"] for r in rows(text) if r["unit"] == "rank"]
    assert ranks == ["地区生产总值", "规上工业增加值", "固定资产投资"]
    # an indicator named with its amount and its growth is named once
    text = (
        "外贸进出口1286.5亿元、增长14.2%，实际使用外资3.2亿美元，两项指标分别居全市第1位和第2位。"
    )
    ranks = [r["subject"] for r in rows(text) if r["unit"] == "rank"]
    assert ranks == ["外贸进出口", "实际使用外资"]


def test_a_list_of_denominators_pairs_with_the_figures_before() -> None:
    text = "全省接待游客10.42亿人次，实现旅游总花费1.44万亿元，分别恢复到2019年的130.8%和131.2%。"
    shares = [r["subject"] for r in rows(text) if r["measure"] == "share"]
    assert shares == ["接待游客", "旅游总花费"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("今年以来，全省城镇新增就业98.6万人，完成全年目标任务的89.6%。", "城镇新增就业"),
        ("培育国家级专精特新“小巨人”企业35家。", "培育国家级专精特新小巨人企业"),
        ("为民办实事项目20项。", "为民办实事项目"),
        ("年度计划投资420亿元。", "年度计划投资"),
        ("社会消费品零售总额按可比口径同比增长7.6%。", "社会消费品零售总额"),
        ("粮食产量连续9年稳定在700亿斤以上。", "粮食产量"),
        ("对共建“一带一路”国家进出口2.2万亿元。", "共建一带一路国家进出口"),
        ("全年完成交通固定资产投资1286亿元。", "交通固定资产投资"),
        ("全市实施技改项目1026个。", "技改项目"),
        ("全县一般公共预算收入完成15678万元，完成年初预算的101.3%。", "一般公共预算收入"),
        ("数字经济核心产业增加值占GDP比重达到15.6%。", "数字经济核心产业增加值"),
        ("全省规上工业企业实现利润总额2785.6亿元。", "规上工业企业 利润总额"),
        ("力争全年可实现营收42亿元。", "营收"),
        ("1—7月，湛江市港口货物吞吐量2.86亿吨。", "港口货物吞吐量"),
        ("上半年，成都高新区实现外贸进出口1286.5亿元。", "外贸进出口"),
        # not a place: a level of government, a generic area, a word ending like one
        ("全省省市县三级重点项目开工率达到96.8%。", "省市县三级重点项目开工率"),
        ("今年全省计划实施省重点项目1500个。", "省重点项目"),
        ("工业园区产值1200亿元。", "工业园区产值"),
        ("全区经济总量迈上2500亿元台阶。", "经济总量"),
        ("今年，我们要确保地区生产总值增长7%左右。", "地区生产总值"),
        ("目前已开工项目128个。", "开工项目"),
        ("全市一般公共预算收入完成386.5亿元，为预算的100.8%。", "一般公共预算收入"),
        ("1—9月，发行新增专项债券312亿元，完成全年发行计划的95.3%。", "发行新增专项债券"),
        ("35个工业大类行业中有24个行业保持增长。", "行业"),
        ("工业用地占地面积120万平方米。", "工业用地占地面积"),
        ("全省完成交通固定资产投资1286亿元，为年度计划的112%。", "交通固定资产投资"),
        ("年度目标任务80.5亿元。", "年度目标任务"),
        ("8月份，非食品价格上涨0.4%。", "非食品价格"),
        ("网办率达到98.6%，在全省14个市州中排名第一。", "网办率"),
        ("铁路、民航累计发送旅客612.8万人次，日均76.6万人次。", "铁路、民航累计发送旅客 日均"),
        # a short rest keeps its verb
        ("省重点项目完成投资114.28亿元。", "省重点项目完成投资"),
        # a list of places opening the phrase; what was done to the figure; a scope word
        ("西城区、东城区、延庆区综合得分位列前三。", "综合得分"),
        ("南宁、柳州、钦州3市投资完成率均超过85%。", "投资完成率"),
        ("工程建设项目审批时限平均压减58%。", "工程建设项目审批时限"),
        ("全省今年安排的1126个专项债券项目中，已开工项目1078个。", "开工项目"),
        ("辖内银行业金融机构资产总额16.84万亿元。", "银行业金融机构资产总额"),
        ("全镇农村居民人均可支配收入达到2.1万元。", "农村居民人均可支配收入"),
        ("普通高中在校生12.3万人。", "普通高中在校生"),
        # the noun a count counts stops where what it did starts; an amount after it is its own
        ("向1.86万户企业返还失业保险费3.2亿元。", "返还失业保险费"),
        ("带动326户农户户均增收4500元。", "户均增收"),
        ("68个项目未按期完成绩效目标。", "项目"),
        ("重点事项38项全部落地。", "重点事项"),
        # an actor doing the count; a comparison with a yardstick; a qualifier; a denominator
        ("12345热线共受理群众诉求41.2万件。", "群众诉求"),
        ("审计机关共完成经济责任审计项目1124个。", "经济责任审计项目"),
        ("城乡公共服务设施120个。", "城乡公共服务设施"),
        ("普惠小微贷款余额5862亿元，增速比各项贷款高8.6个百分点。", "普惠小微贷款余额"),
        ("一般公共预算收入120亿元，扣除留抵退税因素后，同口径增长1.8%。", "一般公共预算收入"),
        ("能繁母猪存栏398.2万头，为正常保有量的104.8%。", "能繁母猪存栏"),
        ("追回被挤占挪用资金1.92亿元。", "追回被挤占挪用资金"),
        ("全年中央财政下达资金12亿元。", "中央财政下达资金"),  # 下达 is no 达
        ("其中，制造业投资增长15.2%，拉动全部投资增长4.6个百分点。", "制造业投资"),
        # the field of a rank is no subject; what stands before it is
        ("全县高标准农田建设进度在全市9个县（市、区）中排名第4。", "高标准农田建设进度"),
        # places counted name themselves, unless a noun goes on after them
        ("4个州市进度低于全省平均水平。", "州市"),
        ("全市122个县（市、区）中。", "县（市、区）"),
        ("紧盯214个市重点项目建设。", "市重点项目建设"),
        # words that begin like a preposition or an adverb: 向海经济, 同期, 均价
        ("向海经济增加值增长6%。", "向海经济增加值"),
        ("同期进口农产品120亿元。", "同期进口农产品"),
        ("均价3200元/吨。", "均价"),
        ("全市地表水省控断面水质比例达到97.3%。", "地表水省控断面水质比例"),  # 省控 is no place
        ("3个市州清偿进度不足60%。", "清偿进度"),
        ("对42个进度滞后项目逐一督导。", "进度滞后项目"),
        ("今年省定20项民生工程涉及我市的18项。", "民生工程涉及我市"),
        ("与上年同期相比火情下降41.7%。", "火情"),
        ("全年对俄贸易额增长12%。", "对俄贸易额"),  # 俄 is a country, not what 对 introduces
        # a rate word alone names the indicator before it; 的目标 and scope words are no subject
        ("社会消费品零售总额下降1.2%，降幅较上月收窄2.1个百分点。", "社会消费品零售总额"),
        ("围绕全年城镇新增就业10万人的目标。", "城镇新增就业"),
        ("年末现有A级旅游景区62家。", "A级旅游景区"),
        ("全地区牲畜存栏120万头。", "牲畜存栏"),
        ("对企业发放补贴5亿元。", "企业发放补贴"),
        ("省级行政许可事项由386项精简至241项，精简37.6%。", "省级行政许可事项"),
        ("全年新建和改造提升高标准农田每年不低于200万亩。", "新建和改造提升高标准农田"),
        ("以旧换新拉动销售额62.3亿元。", "以旧换新拉动销售额"),
        ("碳排放累计下降19.8%，超额完成国家下达的18%目标任务。", "碳排放"),
        ("全省安排的1126个专项债券项目中，12个已开工。", "专项债券项目"),
        # a comparison with the month before, a price qualifier, a conjunction are no subject
        ("居民消费价格同比上涨0.4%，涨幅比上月扩大0.2个百分点。", "居民消费价格"),
        ("居民人均可支配收入名义增长4.6%，扣除价格因素实际增长4.9%。", "居民人均可支配收入"),
        ("支出进度54.6%，但低于全国平均水平3.2个百分点。", "支出进度"),
        # recovery to a base year's level names its denominator; a fixed pair is one noun
        ("旅客吞吐量4863万人次，恢复至2019年同期的103%。", "旅客吞吐量"),
        ("外资来源地达到166个国家和地区。", "国家和地区"),
        # terms that end in 比 (a ratio of two figures), a banner that is no banner (旗),
        # 较 as an adjective, 外省市 as no place, an actor with 共 before what it did
        ("全省结收比为90.2%。", "结收比"),
        ("全镇村集体经济收入村均达到28.6万元。", "村集体经济收入"),  # per village
        ("存贷比为82.3%。", "存贷比"),
        ("红旗品牌销量38万辆。", "红旗品牌销量"),
        ("全年发生较大事故3起。", "发生较大事故"),
        ("其中流向外省市技术合同成交额5011.3亿元。", "流向外省市技术合同成交额"),
        ("各级人民调解组织共排查矛盾纠纷41.6万次。", "矛盾纠纷"),
        ("公共图书馆、文化馆共举办培训活动3.8万场次。", "培训活动"),
        # a contribution names the contributor; an addition alone the stock before it
        ("猪肉价格同比下降14.6%，影响CPI下降约0.21个百分点。", "猪肉价格"),
        ("各项贷款余额12.6万亿元，全年新增1.76万亿元。", "各项贷款余额 新增"),
        ("截至5月15日，全省已有4216家企业通过评价入库。", "企业"),
        # 和 inside one counted noun with a generic head; a count's noun never starts with 和
        ("带动286家零售和餐饮企业参与。", "零售和餐饮企业"),
        ("新建学校3所和幼儿园5所。", "幼儿园"),
    ],
)
def test_subject_words(text: str, subject: str) -> None:
    assert rows(text)[-1]["subject"] == subject


# --- what is not a quantity ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "群众可拨打12333人社服务热线咨询。",
        "区域创新能力居全国第一方阵。",
        "围绕2026年目标，建立清单。",
        "3月27日，厅主要领导召开专题会议。",
        "并于3月28日至4月8日期间实行“日调度”。",
        "新新高速于1月底建成通车。",
        "湖南省实施“开局八好”行动工作专刊第3期。",
        "湘政发〔2025〕3号。",
        "联系电话：0731-81112152",
        "邮箱：szhxtz2024@163.com",
        "紧盯G4京港澳高速扩容。",
        "推进5G基站建设。",
        "我省“十五五”首个重大水利项目。",
        "省水利厅“三个一批”推进水利建设。",
        "加快打造“1+1+X”政策支持体系。",
        "创新“1+4”产业链专班服务体系。",
        "益阳市创新构建“1+8”工作体系。",
        "开展用工“五大行动”。",
        "以“四级三维”工作机制抓实调度。",
        "一、过去一年工作回顾",
        "（一）产业投资进度加快。",
        "按1:1比例配套资金。",
        "预计一季度新开工亿元以上工业项目。",
        "新签约10亿元以\n上项目。",  # a threshold wrapped inside 以上
        "七台河市、五家渠市、九台区、五台县、六枝特区。",  # places, not 7台 or 5家
        "全市新增规模以上工业企业。",
        "对30亩以上规模种粮主体实行包联服务。",
        "对投资5000万元以上的项目实行包联。",
        "省委十二届八次全会暨省委经济工作会议。",
        "全省三次产业结构为4.1:38.5:57.4。",
        "建立“一企一策”帮扶机制，深入一线。",
        "持续开展千名农技人员“三进三送”活动。",
        "创近5年新高。",
        "落实“促进入境游十二条”及《2025年旅游发展奖励办法》。",
        "外贸进出口保持两位数增长，个位数。",  # an idiom, not 2 位
        "开展1对1帮扶，推行一对一服务。",  # a pairing, not 1 对
        "推广三轮汽车。",  # a tricycle, not three rounds
    ],
)
def test_not_quantities(text: str) -> None:
    assert rows(text) == []


# --- raw text: spaces, full width, punctuation ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("入境游客同比增长 9.17%。", "9.17%", 9.17),
        ("规模工业增加值增长８．０％。", "８．０％", 8.0),
        ("地方税收 572 亿元，增长 0.3%。", "572 亿元", 57200000000.0),
        ("全市新增企业140家,占比28.9%.", "140家", 140.0),
    ],
)
def test_raw_text_forms(text: str, raw: str, value: float) -> None:
    r = rows(text)[0]
    assert (r["raw"], r["value"]) == (raw, value)
    assert text[r["start"] : r["end"]] == raw


def test_full_width_growth_measure() -> None:
    r = one("规模工业增加值增长８．０％。")
    assert (r["measure"], r["unit"]) == ("growth", "%")


def test_an_ascii_full_stop_ends_a_sentence_but_not_a_number() -> None:
    got = rows("2024年,全省新增企业1.2万家,同比增长5%. 数字经济规模突破3.2万亿元.")
    assert [r["sentence"] for r in got] == [
        "2024年,全省新增企业1.2万家,同比增长5%.",
        "2024年,全省新增企业1.2万家,同比增长5%.",
        "数字经济规模突破3.2万亿元.",
    ]
    assert got[2]["subject"] == "数字经济规模"


def test_sentence_column() -> None:
    r = rows("组织会议。1—2月，全市增长8.0%、排全省第2；其他。")[0]
    assert r["sentence"] == "1—2月，全市增长8.0%、排全省第2；其他。"


def test_an_email_address_is_no_quantity_and_long_runs_are_scanned_once() -> None:
    assert rows("联系邮箱：tjj2025@hunan.gov.cn，电话0731-88888888。") == []
    # The e-mail pattern starts only where a run of its characters starts: tried at every
    # digit of a 100,000-digit run it took seconds (quadratic); now it is one pass.
    assert rows("1" * 100_000) == []
    # The same for a run of numeral characters (a Chinese numeral, a session's 十二届八次).
    assert rows("一" * 20_000) == []
    assert rows("十二届" * 5_000) == []
    assert rows("增长5%，" + "a" * 100_000)[0]["value"] == 5.0


# --- properties -----------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("0123456789０１２.．,，、。；：%％-—～至和及分别第排居全省国同比增长下降占万亿元个人家亩")
    + list("年月日季度截至以来预计目标左右余以上以内（）()“”《》 \n\t一二三四五六七八九十百千两")
    + ["个百分点", "亿元", "万人", "同比增长", "1—2月", "一季度", "截至3月底"]
    # PDF debris and the words of later rules (page lines, wrapped units, 以来, 当月, 剩余)
    + ["\n— 3 —\n", "亿\n元", "个百\n分点", "以来", "当月", "剩余", "期间", "得分", "计划", "在"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_raises_and_offsets_hold(text: str) -> None:
    df = extract_indicators(text, reference_date=REF)
    assert df.schema == pl.Schema(INDICATOR_SCHEMA)
    starts = df["start"].to_list()
    assert starts == sorted(starts)
    for raw, s, e in zip(df["raw"], df["start"], df["end"], strict=True):
        assert text[s:e] == raw
    for start, end in zip(df["period_start"], df["period_end"], strict=True):
        assert start is None or end is None or start <= end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_any_text(text: str) -> None:
    df = extract_indicators(text, reference_date=REF)
    for raw, s, e in zip(df["raw"], df["start"], df["end"], strict=True):
        assert text[s:e] == raw
