"""Constructed test cases for `kaiju_research.extract.extract_indicators` (106 texts).

Provenance. These texts were CONSTRUCTED by a developer in the style of national and
provincial statistics releases, communiqués, government work reports, plan progress reports and
bulletins from provinces other than Hunan (national texts; 广东, 浙江, 四川 and 河南 by name;
many say only 全省 or 全市). They are not quotations, and their figures are not claims about the
world. The expected rows were written by hand, following `tests/gold/README.md`, before the
extractor was run on them (2026-11-28). Afterwards the failures were used to write general
rules, so the set is no longer held out: like the other gold sets, its score shows that those
rules are implemented, not how the extractor does on unseen text.

Each `case(id, style, reference_date, text, rows, p=..., mod=...)` is one text (a sentence, or
two or three sentences of one paragraph when the topic-period / 其中 rules are tested). Each
expected row is `R(raw, value, unit, measure, ...)`; `value` is in base units (`YI` = 亿,
`WAN` = 万, `WY` = 万亿). A row's `mod` and `p` (period as `(start, end)`) default to the
case's. Two kinds of hedging:

- `doubt={"field": "why"}`: the convention for that field is unclear; a reading is given but
  the field is not scored strictly. A doubtful `mod`, `bound` or `cmp` is left out of the
  accuracy of that field; a doubtful `p` still counts in the strict period score of
  `tests/test_extract_constructed.py` (a lenient score would count it as right); a doubtful
  `value` is a note only.
- `opt="why"`: the row is doubtful as a quantity (is it one at all? in which unit?). It is not
  scored: a found row overlapping its raw is neither a hit nor spurious.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

D = dt.date
YI = 1e8  # 亿
WAN = 1e4  # 万
WY = 1e12  # 万亿

Period = tuple[dt.date | None, dt.date | None]


def month(y: int, m: int) -> Period:
    return (D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1]))


def ytd(y: int, m: int) -> Period:
    return (D(y, 1, 1), D(y, m, calendar.monthrange(y, m)[1]))


def year(y: int) -> Period:
    return (D(y, 1, 1), D(y, 12, 31))


def quarter(y: int, q: int) -> Period:
    m = 3 * q
    return (D(y, m - 2, 1), D(y, m, calendar.monthrange(y, m)[1]))


def bal(d: dt.date) -> Period:
    """A balance / stock at a cut-off."""
    return (None, d)


NOP: Period = (None, None)


@dataclass
class R:
    """An expected row. `mod` and `p` left as None take the case's."""

    raw: str
    value: float
    unit: str
    measure: str
    mod: str | None = None
    bound: str = "exact"
    cmp: str | None = None
    p: Period | None = None
    doubt: dict[str, str] = field(default_factory=dict)
    opt: str | None = None
    # Accepted subjects, best first, and the part every acceptable subject contains (only the
    # set with subjects names them; see tests/test_extract_constructed.py).
    subject: tuple[str, ...] = ()
    core: str = ""


@dataclass
class Case:
    id: int
    style: str
    ref: dt.date
    text: str
    rows: list[R]
    p: Period = NOP
    mod: str = "actual"
    note: str = ""


INH = (
    "comparison inherited from the governing 同比/比上年 of the sentence"
    " (README: 'only when written'; known limit for 其中)"
)
TQK = "同口径增长: gold (hunan-2026) leaves comparison empty; a reader would say yoy"
STOCK = (
    "stock at a year/month end: (None, end) if treated as a balance;"
    " noun not in the README's balance list"
)
CHG_SIGN = "change of a count with 减少: README signs apply to growth/pp only"
DUR = "duration (连续N个月 / 前N个月), probably not a quantity"
FRAC = "fraction / 成 / 倍: no convention; read as % share or growth"

CASES: list[Case] = []


def case_collector(cases: list[Case]) -> Callable[..., None]:
    """A `case(cid, label, ref, text, rows, p=...)` that appends to `cases` (held-out sets)."""

    def add(
        cid: int, label: str, ref: dt.date, text: str, rows: list[R], *, p: Period = NOP
    ) -> None:
        cases.append(Case(cid, label, ref, text, rows, p=p))

    return add


def case(
    cid: int,
    style: str,
    ref: dt.date,
    text: str,
    rows: list[R],
    *,
    p: Period = NOP,
    mod: str = "actual",
    note: str = "",
) -> None:
    CASES.append(Case(cid, style, ref, text, rows, p=p, mod=mod, note=note))


# A. National monthly releases (国家统计局)
REF_NBS = D(2025, 11, 14)
case(
    1,
    "nbs-monthly",
    REF_NBS,
    "1—10月份，全国规模以上工业增加值同比增长6.1%。",
    [R("6.1%", 6.1, "%", "growth", cmp="yoy")],
    p=ytd(2025, 10),
)
case(
    2,
    "nbs-monthly",
    REF_NBS,
    "10月份，规模以上工业增加值同比增长4.9%，比上月回落1.6个百分点；从环比看，10月份规模以上工业增加值比上月增长0.17%。",
    [
        R("4.9%", 4.9, "%", "growth", cmp="yoy"),
        R("1.6个百分点", -1.6, "pp", "pp", cmp="mom"),
        R("0.17%", 0.17, "%", "growth", cmp="mom"),
    ],
    p=month(2025, 10),
)
case(
    3,
    "nbs-monthly",
    REF_NBS,
    "分三大门类看，10月份，采矿业增加值同比增长4.5%，制造业增长4.6%，电力、热力、燃气及水生产和供应业增长8.7%。",
    [
        R("4.5%", 4.5, "%", "growth", cmp="yoy"),
        R("4.6%", 4.6, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("8.7%", 8.7, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=month(2025, 10),
)
case(
    4,
    "nbs-monthly",
    REF_NBS,
    "1—10月份，全国固定资产投资（不含农户）408914亿元，同比下降1.7%；扣除房地产开发投资，全国固定资产投资增长1.7%。",
    [
        R("408914亿元", 408914 * YI, "元", "level"),
        R("1.7%", -1.7, "%", "growth", cmp="yoy"),
        R("1.7%", 1.7, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 10),
)
case(
    5,
    "nbs-monthly",
    REF_NBS,
    "1—10月份，社会消费品零售总额415325亿元，同比增长4.3%。其中，除汽车以外的消费品零售额373405亿元，增长4.6%。",
    [
        R("415325亿元", 415325 * YI, "元", "level"),
        R("4.3%", 4.3, "%", "growth", cmp="yoy"),
        R("373405亿元", 373405 * YI, "元", "level"),
        R("4.6%", 4.6, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 10),
)
case(
    6,
    "nbs-monthly",
    REF_NBS,
    "10月份，全国城镇调查失业率为5.1%，比上月下降0.1个百分点。",
    [R("5.1%", 5.1, "%", "share"), R("0.1个百分点", -0.1, "pp", "pp", cmp="mom")],
    p=month(2025, 10),
)
case(
    7,
    "nbs-monthly",
    REF_NBS,
    "10月份，全国居民消费价格同比上涨0.2%，环比上涨0.2%；扣除食品和能源价格的核心CPI同比上涨1.2%，涨幅连续6个月扩大。",
    [
        R("0.2%", 0.2, "%", "growth", cmp="yoy"),
        R("0.2%", 0.2, "%", "growth", cmp="mom"),
        R("1.2%", 1.2, "%", "growth", cmp="yoy"),
        R("6个月", 6, "个月", "level", opt=DUR),
    ],
    p=month(2025, 10),
)
case(
    8,
    "nbs-monthly",
    REF_NBS,
    "10月份，全国工业生产者出厂价格同比下降2.1%，环比持平；工业生产者购进价格同比下降2.5%，降幅比上月收窄0.6个百分点。",
    [
        R("2.1%", -2.1, "%", "growth", cmp="yoy"),
        R("2.5%", -2.5, "%", "growth", cmp="yoy"),
        R("0.6个百分点", 0.6, "pp", "pp", cmp="mom"),
    ],
    p=month(2025, 10),
)
case(
    9,
    "nbs-monthly",
    REF_NBS,
    "1—10月份，全国房地产开发投资73563亿元，同比下降14.7%；其中，住宅投资56445亿元，下降14.0%。",
    [
        R("73563亿元", 73563 * YI, "元", "level"),
        R("14.7%", -14.7, "%", "growth", cmp="yoy"),
        R("56445亿元", 56445 * YI, "元", "level"),
        R("14.0%", -14.0, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 10),
)
case(
    10,
    "pboc-monthly",
    REF_NBS,
    "10月末，广义货币(M2)余额335.13万亿元，同比增长8.2%。",
    [
        R("335.13万亿元", 335.13 * WY, "元", "level", p=bal(D(2025, 10, 31))),
        R(
            "8.2%",
            8.2,
            "%",
            "growth",
            cmp="yoy",
            p=bal(D(2025, 10, 31)),
            doubt={
                "p": (
                    "growth of a balance at a cut-off: (None, end) like the balance?"
                    " gold gives a year span for 各项贷款余额增长"
                )
            },
        ),
    ],
)
case(
    11,
    "nbs-quarterly",
    D(2025, 10, 20),
    "前三季度，全国居民人均可支配收入32509元，比上年同期名义增长5.2%，扣除价格因素实际增长5.2%。",
    [
        R("32509元", 32509, "元", "level"),
        R("5.2%", 5.2, "%", "growth", cmp="yoy"),
        R("5.2%", 5.2, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 9),
)
case(
    12,
    "nbs-quarterly",
    D(2025, 10, 20),
    "初步核算，前三季度国内生产总值1015036亿元，按不变价格计算，同比增长5.2%。分季度看，一季度国内生产总值同比增长5.4%，二季度增长5.2%，三季度增长4.8%。",
    [
        R("1015036亿元", 1015036 * YI, "元", "level", p=ytd(2025, 9)),
        R("5.2%", 5.2, "%", "growth", cmp="yoy", p=ytd(2025, 9)),
        R("5.4%", 5.4, "%", "growth", cmp="yoy", p=quarter(2025, 1)),
        R("5.2%", 5.2, "%", "growth", cmp="yoy", p=quarter(2025, 2), doubt={"cmp": INH}),
        R("4.8%", 4.8, "%", "growth", cmp="yoy", p=quarter(2025, 3), doubt={"cmp": INH}),
    ],
)
case(
    13,
    "nbs-monthly",
    REF_NBS,
    "10月份，全国规模以上工业原煤产量4.1亿吨，同比下降2.3%；日均产量1322万吨。",
    [
        R("4.1亿吨", 4.1 * YI, "吨", "level"),
        R("2.3%", -2.3, "%", "growth", cmp="yoy"),
        R("1322万吨", 1322 * WAN, "吨", "level"),
    ],
    p=month(2025, 10),
)
case(
    14,
    "nbs-monthly",
    REF_NBS,
    "10月份，规上工业发电量7549亿千瓦时，同比增长7.9%，增速比9月份加快6.3个百分点。",
    [
        R("7549亿千瓦时", 7549 * YI, "千瓦时", "level"),
        R("7.9%", 7.9, "%", "growth", cmp="yoy"),
        R(
            "6.3个百分点",
            6.3,
            "pp",
            "pp",
            cmp="mom",
            doubt={
                "cmp": "比9月份 is the previous month: mom; the README gives 较2月份 → prior_period"
            },
        ),
    ],
    p=month(2025, 10),
)
case(
    15,
    "nbs-monthly",
    REF_NBS,
    "10月份，全国70个大中城市中，新建商品住宅销售价格环比下降的城市有63个，比上月增加2个。",
    [
        R("70个", 70, "个", "level", opt="'70个大中城市' is the name of the sample, not a count"),
        R("63个", 63, "个", "level"),
        R("2个", 2, "个", "level"),
    ],
    p=month(2025, 10),
)
case(
    16,
    "nbs-monthly",
    D(2021, 6, 16),
    "5月份，规模以上工业增加值同比实际增长8.8%，两年平均增长6.6%。",
    [
        R("8.8%", 8.8, "%", "growth", cmp="yoy", p=month(2021, 5)),
        R(
            "6.6%",
            6.6,
            "%",
            "growth",
            p=(D(2020, 5, 1), D(2021, 5, 31)),
            doubt={
                "p": (
                    "README: 两年平均 starts one year earlier;"
                    " for one month the span reading is odd"
                )
            },
        ),
    ],
)
case(
    17,
    "nbs-monthly",
    D(2021, 6, 16),
    "1—5月份，全国固定资产投资193917亿元，同比增长15.4%；比2019年1—5月份增长8.5%，两年平均增长4.2%。",
    [
        R("193917亿元", 193917 * YI, "元", "level", p=ytd(2021, 5)),
        R("15.4%", 15.4, "%", "growth", cmp="yoy", p=ytd(2021, 5)),
        R(
            "8.5%",
            8.5,
            "%",
            "growth",
            cmp=None,
            p=ytd(2021, 5),
            doubt={"cmp": "vs the same period two years before: no category fits"},
        ),
        R("4.2%", 4.2, "%", "growth", p=(D(2020, 1, 1), D(2021, 5, 31))),
    ],
)
case(
    18,
    "nbs-monthly",
    D(2025, 10, 5),
    "9月份，全省制造业采购经理指数为49.8%，较上月回落0.3个百分点，连续两个月低于临界点。",
    [
        R("49.8%", 49.8, "%", "share", opt="an index printed in %: measure share? no convention"),
        R("0.3个百分点", -0.3, "pp", "pp", cmp="mom"),
        R("两个月", 2, "个月", "level", opt=DUR),
    ],
    p=month(2025, 9),
)

# B. Provincial monthly / quarterly releases
case(
    20,
    "prov-monthly",
    D(2025, 8, 20),
    "1—7月，广东省规模以上工业增加值同比增长3.5%，增速比上半年提高0.3个百分点。",
    [
        R("3.5%", 3.5, "%", "growth", cmp="yoy"),
        R("0.3个百分点", 0.3, "pp", "pp", cmp="prior_period"),
    ],
    p=ytd(2025, 7),
)
case(
    21,
    "prov-quarterly",
    D(2025, 7, 22),
    "上半年，浙江省地区生产总值45004亿元，按不变价格计算，同比增长5.8%，高于全国0.5个百分点。"
    "分产业看，第一产业增加值1002亿元，同比增长3.1%；第二产业增加值18305亿元，增长5.6%；第三产业增加值25697亿元，增长6.0%。",
    [
        R("45004亿元", 45004 * YI, "元", "level"),
        R("5.8%", 5.8, "%", "growth", cmp="yoy"),
        R("0.5个百分点", 0.5, "pp", "pp", cmp="national"),
        R("1002亿元", 1002 * YI, "元", "level"),
        R("3.1%", 3.1, "%", "growth", cmp="yoy"),
        R("18305亿元", 18305 * YI, "元", "level"),
        R("5.6%", 5.6, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("25697亿元", 25697 * YI, "元", "level"),
        R("6.0%", 6.0, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 6),
)
case(
    22,
    "prov-monthly",
    D(2025, 9, 20),
    "1—8月，四川省固定资产投资同比增长2.1%，其中，工业投资增长12.6%，民间投资下降3.8%。",
    [
        R("2.1%", 2.1, "%", "growth", cmp="yoy"),
        R("12.6%", 12.6, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("3.8%", -3.8, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 8),
)
case(
    23,
    "prov-monthly",
    D(2025, 9, 20),
    "8月份，河南省社会消费品零售总额2253.8亿元，同比增长5.9%，增速高于全国2.5个百分点，居全国第5位。",
    [
        R("2253.8亿元", 2253.8 * YI, "元", "level"),
        R("5.9%", 5.9, "%", "growth", cmp="yoy"),
        R("2.5个百分点", 2.5, "pp", "pp", cmp="national"),
        R("第5位", 5, "rank", "rank"),
    ],
    p=month(2025, 8),
)
case(
    24,
    "prov-monthly",
    D(2025, 10, 25),
    "前三季度，全省居民消费价格同比下降0.4%，其中，城市下降0.4%，农村下降0.3%。",
    [
        R("0.4%", -0.4, "%", "growth", cmp="yoy"),
        R("0.4%", -0.4, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("0.3%", -0.3, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 9),
)
case(
    25,
    "prov-monthly",
    D(2025, 10, 20),
    "9月末，广东省本外币存款余额35.12万亿元，同比增长6.4%；本外币贷款余额27.36万亿元，同比增长3.9%。",
    [
        R("35.12万亿元", 35.12 * WY, "元", "level"),
        R("6.4%", 6.4, "%", "growth", cmp="yoy", doubt={"p": "growth of a balance"}),
        R("27.36万亿元", 27.36 * WY, "元", "level"),
        R("3.9%", 3.9, "%", "growth", cmp="yoy", doubt={"p": "growth of a balance"}),
    ],
    p=bal(D(2025, 9, 30)),
)
case(
    26,
    "prov-fiscal",
    D(2025, 10, 20),
    "1—9月，全省一般公共预算收入2841.5亿元，同口径增长3.2%，其中税收收入1920.3亿元，增长1.5%，占一般公共预算收入的比重为67.6%。",
    [
        R("2841.5亿元", 2841.5 * YI, "元", "level"),
        R("3.2%", 3.2, "%", "growth", cmp=None, doubt={"cmp": TQK}),
        R("1920.3亿元", 1920.3 * YI, "元", "level"),
        R("1.5%", 1.5, "%", "growth", cmp=None, doubt={"cmp": TQK}),
        R("67.6%", 67.6, "%", "share"),
    ],
    p=ytd(2025, 9),
)
case(
    27,
    "prov-monthly",
    D(2025, 10, 25),
    "1—9月，南充市规上工业增加值增长9.1%，增速居全省第一。",
    [R("9.1%", 9.1, "%", "growth"), R("第一", 1, "rank", "rank")],
    p=ytd(2025, 9),
)
case(
    28,
    "prov-monthly",
    D(2025, 8, 28),
    "1—7月，全省规上工业企业实现利润总额2785.6亿元，同比增长12.8%，营业收入利润率为5.9%，比上年同期提高0.4个百分点。",
    [
        R("2785.6亿元", 2785.6 * YI, "元", "level"),
        R("12.8%", 12.8, "%", "growth", cmp="yoy"),
        R("5.9%", 5.9, "%", "share"),
        R("0.4个百分点", 0.4, "pp", "pp", cmp="yoy"),
    ],
    p=ytd(2025, 7),
)
case(
    29,
    "prov-monthly",
    D(2025, 9, 20),
    "1—8月，全省规上工业增加值、固定资产投资分别增长6.2%、下降1.5%。",
    [R("6.2%", 6.2, "%", "growth"), R("1.5%", -1.5, "%", "growth")],
    p=ytd(2025, 8),
    note="README known limit: 分别 with a verb per figure",
)
case(
    30,
    "prov-monthly",
    D(2025, 10, 15),
    "9月份，全省金融机构人民币贷款增加1352亿元，同比多增218亿元。",
    [R("1352亿元", 1352 * YI, "元", "level"), R("218亿元", 218 * YI, "元", "level")],
    p=month(2025, 9),
)
case(
    31,
    "prov-quarterly",
    D(2025, 10, 20),
    "三季度末，全省普惠小微贷款余额1.86万亿元，比年初增加2156亿元，增速13.2%，高于各项贷款增速5.4个百分点。",
    [
        R("1.86万亿元", 1.86 * WY, "元", "level", p=bal(D(2025, 9, 30))),
        R("2156亿元", 2156 * YI, "元", "level", p=ytd(2025, 9)),
        R("13.2%", 13.2, "%", "growth", p=bal(D(2025, 9, 30)), doubt={"p": "growth of a balance"}),
        R(
            "5.4个百分点",
            5.4,
            "pp",
            "pp",
            p=bal(D(2025, 9, 30)),
            doubt={"p": "growth of a balance"},
        ),
    ],
)

# C. Annual statistical communiqués
REF_GB = D(2025, 2, 28)
YEAR_GAP = (
    "bare 全年 in a communiqué of 2025-02-28: the README rule (reference year unless the period"
    " starts after the reference date) gives 2025"
)
case(
    40,
    "communique",
    REF_GB,
    "初步核算，全年国内生产总值1349084亿元，比上年增长5.0%。",
    [R("1349084亿元", 1349084 * YI, "元", "level"), R("5.0%", 5.0, "%", "growth", cmp="yoy")],
    p=year(2024),
    note=YEAR_GAP,
)
case(
    41,
    "communique",
    D(2025, 3, 31),
    "2024年全年全省地区生产总值141633.8亿元，比上年增长3.5%。其中，第一产业增加值5744.3亿元，增长4.0%；第二产业增加值54602.1亿元，增长3.7%；第三产业增加值81287.4亿元，增长3.3%。",
    [
        R("141633.8亿元", 141633.8 * YI, "元", "level"),
        R("3.5%", 3.5, "%", "growth", cmp="yoy"),
        R("5744.3亿元", 5744.3 * YI, "元", "level"),
        R("4.0%", 4.0, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("54602.1亿元", 54602.1 * YI, "元", "level"),
        R("3.7%", 3.7, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("81287.4亿元", 81287.4 * YI, "元", "level"),
        R("3.3%", 3.3, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=year(2024),
)
case(
    42,
    "communique",
    D(2025, 3, 31),
    "2024年，全省三次产业结构为4.1:38.5:57.4，第三产业增加值占地区生产总值的比重为57.4%，比上年提高0.6个百分点。",
    [R("57.4%", 57.4, "%", "share"), R("0.6个百分点", 0.6, "pp", "pp", cmp="yoy")],
    p=year(2024),
)
case(
    43,
    "communique",
    REF_GB,
    "2024年末全国人口140828万人，比上年末减少139万人。",
    [
        R("140828万人", 140828 * WAN, "人", "level", p=bal(D(2024, 12, 31)), doubt={"p": STOCK}),
        R("139万人", 139 * WAN, "人", "level", p=year(2024), doubt={"value": CHG_SIGN}),
    ],
)
case(
    44,
    "communique",
    REF_GB,
    "全年城镇新增就业1256万人，比上年增加12万人。全年全国城镇调查失业率平均值为5.1%。",
    [
        R("1256万人", 1256 * WAN, "人", "level"),
        R("12万人", 12 * WAN, "人", "level"),
        R("5.1%", 5.1, "%", "share"),
    ],
    p=year(2024),
    note=YEAR_GAP,
)
case(
    45,
    "communique",
    REF_GB,
    "2024年全年粮食种植面积11932万公顷，比上年增加35万公顷；粮食总产量70650万吨，比上年增加1109万吨，增产1.6%。",
    [
        R("11932万公顷", 11932 * WAN, "公顷", "level"),
        R("35万公顷", 35 * WAN, "公顷", "level"),
        R("70650万吨", 70650 * WAN, "吨", "level"),
        R("1109万吨", 1109 * WAN, "吨", "level"),
        R("1.6%", 1.6, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=year(2024),
)
case(
    46,
    "communique",
    REF_GB,
    "2024年，货物进出口总额438468亿元，比上年增长5.0%。其中，出口254545亿元，增长7.1%；进口183923亿元，增长2.3%。",
    [
        R("438468亿元", 438468 * YI, "元", "level"),
        R("5.0%", 5.0, "%", "growth", cmp="yoy"),
        R("254545亿元", 254545 * YI, "元", "level"),
        R("7.1%", 7.1, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("183923亿元", 183923 * YI, "元", "level"),
        R("2.3%", 2.3, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=year(2024),
)
case(
    47,
    "communique",
    REF_GB,
    "2024年，对共建“一带一路”国家进出口220702亿元，比上年增长6.4%，占进出口总额的比重为50.3%。",
    [
        R("220702亿元", 220702 * YI, "元", "level"),
        R("6.4%", 6.4, "%", "growth", cmp="yoy"),
        R("50.3%", 50.3, "%", "share"),
    ],
    p=year(2024),
)
case(
    48,
    "communique",
    REF_GB,
    "2024年末全国发电装机容量334862万千瓦，比上年末增长14.6%。其中，火电装机容量144445万千瓦，增长3.8%；并网太阳能发电装机容量88666万千瓦，增长45.2%。",
    [
        R(
            "334862万千瓦",
            334862 * WAN,
            "千瓦",
            "level",
            p=bal(D(2024, 12, 31)),
            doubt={"p": STOCK},
        ),
        R(
            "14.6%",
            14.6,
            "%",
            "growth",
            cmp="prior_period",
            p=year(2024),
            doubt={
                "cmp": "比上年末: prior_period (like 较上月末) or yoy",
                "p": "growth of a stock",
            },
        ),
        R(
            "144445万千瓦",
            144445 * WAN,
            "千瓦",
            "level",
            p=bal(D(2024, 12, 31)),
            doubt={"p": STOCK},
        ),
        R(
            "3.8%",
            3.8,
            "%",
            "growth",
            cmp="prior_period",
            p=year(2024),
            doubt={"cmp": INH, "p": "growth of a stock"},
        ),
        R("88666万千瓦", 88666 * WAN, "千瓦", "level", p=bal(D(2024, 12, 31)), doubt={"p": STOCK}),
        R(
            "45.2%",
            45.2,
            "%",
            "growth",
            cmp="prior_period",
            p=year(2024),
            doubt={"cmp": INH, "p": "growth of a stock"},
        ),
    ],
)
case(
    49,
    "communique",
    REF_GB,
    "2024年，全国居民人均可支配收入41314元，比上年增长5.3%，扣除价格因素，实际增长5.1%。按常住地分，城镇居民人均可支配收入54188元，增长4.6%；农村居民人均可支配收入23119元，增长6.6%。",
    [
        R("41314元", 41314, "元", "level"),
        R("5.3%", 5.3, "%", "growth", cmp="yoy"),
        R("5.1%", 5.1, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("54188元", 54188, "元", "level"),
        R("4.6%", 4.6, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("23119元", 23119, "元", "level"),
        R("6.6%", 6.6, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=year(2024),
)
case(
    50,
    "communique",
    REF_GB,
    "2024年，全国规模以上工业增加值比上年增长5.8%。分经济类型看，国有控股企业增加值增长4.2%；股份制企业增长6.1%，外商及港澳台投资企业增长4.0%；私营企业增长5.3%。",
    [R("5.8%", 5.8, "%", "growth", cmp="yoy")]
    + [R(f"{v}%", v, "%", "growth", cmp="yoy", doubt={"cmp": INH}) for v in (4.2, 6.1, 4.0, 5.3)],
    p=year(2024),
)
case(
    51,
    "communique",
    REF_GB,
    "2024年全年社会物流总额360.6万亿元，按可比价格计算，比上年增长5.8%。",
    [R("360.6万亿元", 360.6 * WY, "元", "level"), R("5.8%", 5.8, "%", "growth", cmp="yoy")],
    p=year(2024),
)
case(
    52,
    "communique",
    REF_GB,
    "2024年末全国民用汽车保有量35268万辆（包括三轮汽车和低速货车720万辆），比上年末增加1650万辆，其中私人汽车保有量29907万辆，增加1454万辆。",
    [
        R("35268万辆", 35268 * WAN, "辆", "level", p=bal(D(2024, 12, 31))),
        R("720万辆", 720 * WAN, "辆", "level", p=bal(D(2024, 12, 31))),
        R("1650万辆", 1650 * WAN, "辆", "level", p=year(2024)),
        R("29907万辆", 29907 * WAN, "辆", "level", p=bal(D(2024, 12, 31))),
        R("1454万辆", 1454 * WAN, "辆", "level", p=year(2024)),
    ],
)
case(
    53,
    "communique",
    REF_GB,
    "2024年，全国港口完成货物吞吐量176亿吨，比上年增长3.7%，其中外贸货物吞吐量54亿吨，增长6.9%。港口集装箱吞吐量33200万标箱，增长7.0%。",
    [
        R("176亿吨", 176 * YI, "吨", "level"),
        R("3.7%", 3.7, "%", "growth", cmp="yoy"),
        R("54亿吨", 54 * YI, "吨", "level"),
        R("6.9%", 6.9, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("33200万标箱", 33200 * WAN, "标箱", "level"),
        R("7.0%", 7.0, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=year(2024),
)
case(
    54,
    "communique-env",
    REF_GB,
    "2024年，全国地级及以上城市细颗粒物（PM2.5）平均浓度29.3微克/立方米，比上年下降2.7%；空气质量优良天数比例为87.2%，比上年提高1.7个百分点；重污染天数比例为0.9%。",
    [
        R("29.3微克/立方米", 29.3, "微克/立方米", "level"),
        R("2.7%", -2.7, "%", "growth", cmp="yoy"),
        R("87.2%", 87.2, "%", "share"),
        R("1.7个百分点", 1.7, "pp", "pp", cmp="yoy"),
        R("0.9%", 0.9, "%", "share"),
    ],
    p=year(2024),
)
case(
    55,
    "city-env",
    D(2025, 1, 20),
    "2024年，成都市空气质量优良天数为305天，同比增加12天，PM2.5平均浓度为36微克/立方米，同比下降5.3%。",
    [
        R("305天", 305, "天", "level"),
        R("12天", 12, "天", "level"),
        R("36微克/立方米", 36, "微克/立方米", "level"),
        R("5.3%", -5.3, "%", "growth", cmp="yoy"),
    ],
    p=year(2024),
)
case(
    56,
    "communique-env",
    REF_GB,
    "2024年，全国地表水水质优良（Ⅰ—Ⅲ类）断面比例为90.4%，比上年上升1.0个百分点；劣Ⅴ类断面比例为0.6%，与上年持平。",
    [
        R("90.4%", 90.4, "%", "share"),
        R("1.0个百分点", 1.0, "pp", "pp", cmp="yoy"),
        R("0.6%", 0.6, "%", "share"),
    ],
    p=year(2024),
)
case(
    57,
    "communique",
    D(2025, 1, 25),
    "2024年，全省农村居民人均可支配收入增长6.5%，比城镇居民快2.1个百分点，城乡居民收入比缩小至1.9∶1。",
    [R("6.5%", 6.5, "%", "growth"), R("2.1个百分点", 2.1, "pp", "pp")],
    p=year(2024),
)
case(
    58,
    "communique",
    D(2025, 1, 25),
    "2024年，全省新增城镇就业96.3万人，其中失业人员再就业18.7万人，就业困难人员就业6.2万人。",
    [
        R("96.3万人", 96.3 * WAN, "人", "level"),
        R("18.7万人", 18.7 * WAN, "人", "level"),
        R("6.2万人", 6.2 * WAN, "人", "level"),
    ],
    p=year(2024),
)
case(
    59,
    "communique",
    REF_GB,
    "2024年，全国夏粮总产量14989万吨，比上年增加74.8万吨，增长0.5%。",
    [
        R("14989万吨", 14989 * WAN, "吨", "level"),
        R("74.8万吨", 74.8 * WAN, "吨", "level"),
        R("0.5%", 0.5, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=year(2024),
)

# D. Government work report targets
case(
    60,
    "work-report-target",
    D(2025, 3, 5),
    "2025年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%左右。",
    [
        R("5%", 5, "%", "growth", bound="approx"),
        R("5.5%", 5.5, "%", "share", bound="approx"),
        R("1200万人", 1200 * WAN, "人", "level", bound="at_least"),
        R("2%", 2, "%", "growth", bound="approx"),
        R("1.4万亿斤", 1.4 * WY, "斤", "level", bound="approx"),
        R("3%", -3, "%", "growth", bound="approx"),
    ],
    p=year(2025),
    mod="target",
)
case(
    61,
    "work-report-target",
    D(2025, 1, 15),
    "今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长3%，固定资产投资增长5%，社会消费品零售总额增长5.5%，城镇新增就业110万人以上，城镇调查失业率控制在5.5%以内，居民消费价格涨幅2%左右。",
    [
        R("5%", 5, "%", "growth", bound="approx"),
        R("3%", 3, "%", "growth"),
        R("5%", 5, "%", "growth"),
        R("5.5%", 5.5, "%", "growth"),
        R("110万人", 110 * WAN, "人", "level", bound="at_least"),
        R("5.5%", 5.5, "%", "share", bound="at_most"),
        R("2%", 2, "%", "growth", bound="approx"),
    ],
    p=year(2025),
    mod="target",
)
case(
    62,
    "work-report-target",
    D(2025, 2, 10),
    "力争全年地区生产总值增长5.5%以上，规模以上工业增加值增长6%以上，固定资产投资增长5%—6%。",
    [
        R("5.5%", 5.5, "%", "growth", bound="at_least"),
        R("6%", 6, "%", "growth", bound="at_least"),
        R("5%", 5, "%", "growth", bound="at_least"),
        R("6%", 6, "%", "growth", bound="at_most"),
    ],
    p=year(2025),
    mod="target",
)
case(
    63,
    "work-report-target",
    D(2025, 1, 20),
    "2025年预期目标：单位地区生产总值能耗、二氧化碳排放分别下降2.5%和3.5%左右。",
    [
        R(
            "2.5%",
            -2.5,
            "%",
            "growth",
            bound="approx",
            doubt={"bound": "does 左右 cover both figures of the 分别 list?"},
        ),
        R("3.5%", -3.5, "%", "growth", bound="approx"),
    ],
    p=year(2025),
    mod="target",
)
case(
    64,
    "work-report-target",
    D(2025, 3, 5),
    "今年赤字率拟按4%左右安排，赤字规模5.66万亿元，比上年增加1.6万亿元；拟安排超长期特别国债1.3万亿元，地方政府专项债券4.4万亿元。",
    [
        R("4%", 4, "%", "share", bound="approx"),
        R(
            "5.66万亿元",
            5.66 * WY,
            "元",
            "level",
            doubt={"mod": "budgeted amount after a 拟 clause"},
        ),
        R("1.6万亿元", 1.6 * WY, "元", "level", doubt={"mod": "budgeted amount after a 拟 clause"}),
        R("1.3万亿元", 1.3 * WY, "元", "level"),
        R("4.4万亿元", 4.4 * WY, "元", "level", doubt={"mod": "second item of the 拟安排 list"}),
    ],
    p=year(2025),
    mod="target",
)
case(
    65,
    "work-report-target",
    D(2025, 2, 15),
    "2025年，全市计划实施重点项目1200个，年度计划投资3500亿元以上，力争新开工项目400个。",
    [
        R("1200个", 1200, "个", "level"),
        R("3500亿元", 3500 * YI, "元", "level", bound="at_least"),
        R("400个", 400, "个", "level"),
    ],
    p=year(2025),
    mod="target",
)
case(
    66,
    "work-report-target",
    D(2025, 2, 10),
    "今年确保粮食播种面积稳定在1.6亿亩以上、产量稳定在1300亿斤以上。",
    [
        R("1.6亿亩", 1.6 * YI, "亩", "level", bound="at_least"),
        R("1300亿斤", 1300 * YI, "斤", "level", bound="at_least"),
    ],
    p=year(2025),
    mod="target",
)
case(
    67,
    "work-report-target",
    D(2026, 1, 20),
    "“十五五”时期，力争全省数字经济核心产业增加值占地区生产总值比重达到15%左右。",
    [
        R(
            "15%",
            15,
            "%",
            "share",
            bound="approx",
            mod="target",
            p=(D(2026, 1, 1), D(2030, 12, 31)),
            doubt={"p": "“十五五”时期 as a period: no convention"},
        )
    ],
)
case(
    68,
    "fiscal-budget",
    D(2025, 3, 5),
    "2025年，中央对地方转移支付安排10.34万亿元，同口径增长8.4%。",
    [
        R(
            "10.34万亿元",
            10.34 * WY,
            "元",
            "level",
            mod="target",
            doubt={"mod": "budget (安排): target?"},
        ),
        R(
            "8.4%",
            8.4,
            "%",
            "growth",
            mod="target",
            doubt={"mod": "budget (安排): target?", "cmp": TQK},
        ),
    ],
    p=year(2025),
)

# E. Plan progress reports
case(
    70,
    "plan-progress",
    D(2025, 11, 10),
    "截至10月底，全省省重点项目完成投资6215亿元，完成年度计划的103.6%。",
    [R("6215亿元", 6215 * YI, "元", "level"), R("103.6%", 103.6, "%", "share")],
    p=ytd(2025, 10),
)
case(
    71,
    "plan-progress",
    D(2025, 10, 15),
    "1—9月，全市380个市重点项目累计完成投资1526.3亿元，占年度计划的86.2%，超序时进度11.2个百分点。",
    [
        R("380个", 380, "个", "level"),
        R("1526.3亿元", 1526.3 * YI, "元", "level"),
        R("86.2%", 86.2, "%", "share"),
        R("11.2个百分点", 11.2, "pp", "pp"),
    ],
    p=ytd(2025, 9),
)
case(
    72,
    "plan-progress",
    D(2025, 10, 10),
    "截至9月底，今年计划新开工的150个项目已开工138个，开工率92%；累计竣工投产项目65个。",
    [
        R(
            "150个",
            150,
            "个",
            "level",
            mod="target",
            p=year(2025),
            doubt={"p": "the annual plan vs the cut-off"},
        ),
        R("138个", 138, "个", "level"),
        R("92%", 92, "%", "share"),
        R("65个", 65, "个", "level"),
    ],
    p=ytd(2025, 9),
)
case(
    73,
    "plan-progress",
    D(2025, 6, 30),
    "今年以来，全省共签约招商引资项目1268个，总投资8650亿元，其中，超百亿元项目12个。",
    [
        R("1268个", 1268, "个", "level"),
        R("8650亿元", 8650 * YI, "元", "level"),
        R("12个", 12, "个", "level"),
    ],
    p=(D(2025, 1, 1), D(2025, 6, 30)),
)
case(
    74,
    "plan-progress",
    D(2025, 1, 15),
    "2024年，全省共安排中央预算内投资项目326个，下达资金48.6亿元，项目开工率达到95%以上，资金支付率87.3%。",
    [
        R("326个", 326, "个", "level"),
        R("48.6亿元", 48.6 * YI, "元", "level"),
        R("95%", 95, "%", "share", bound="at_least"),
        R("87.3%", 87.3, "%", "share"),
    ],
    p=year(2024),
)
case(
    75,
    "plan-progress",
    D(2025, 7, 10),
    "截至6月底，河南省“7个一批”项目已开工417个，总投资3382亿元。",
    [R("417个", 417, "个", "level"), R("3382亿元", 3382 * YI, "元", "level")],
    p=ytd(2025, 6),
)
case(
    76,
    "plan-progress",
    D(2025, 12, 15),
    "1—11月，全省城镇新增就业完成68.2万人，为年度目标的108.3%，城镇调查失业率稳定在5.2%左右。",
    [
        R("68.2万人", 68.2 * WAN, "人", "level"),
        R("108.3%", 108.3, "%", "share"),
        R("5.2%", 5.2, "%", "share", bound="approx"),
    ],
    p=ytd(2025, 11),
)
case(
    77,
    "plan-progress",
    D(2025, 10, 20),
    "1—9月，全国城镇新增就业1057万人，完成全年目标任务的88%。",
    [R("1057万人", 1057 * WAN, "人", "level"), R("88%", 88, "%", "share")],
    p=ytd(2025, 9),
)

# F. City / department bulletins (广东, 浙江, 四川, 河南)
case(
    80,
    "bulletin",
    D(2025, 3, 25),
    "3月20日，深圳市召开全市稳增长工作推进会。会议指出，一季度全市规上工业增加值预计增长6%左右。",
    [R("6%", 6, "%", "growth", mod="estimate", bound="approx")],
    p=quarter(2025, 1),
)
case(
    81,
    "bulletin",
    D(2025, 4, 1),
    "杭州市商务局组织42家外贸企业赴德国参加展会，现场达成意向订单1.2亿美元。",
    [R("42家", 42, "家", "level"), R("1.2亿美元", 1.2 * YI, "美元", "level")],
)
case(
    82,
    "bulletin",
    D(2025, 5, 31),
    "今年以来，省人社厅累计发放稳岗返还资金23.6亿元，惠及企业36.8万户，涉及职工682万人。",
    [
        R("23.6亿元", 23.6 * YI, "元", "level"),
        R("36.8万户", 36.8 * WAN, "户", "level"),
        R("682万人", 682 * WAN, "人", "level"),
    ],
    p=(D(2025, 1, 1), D(2025, 5, 31)),
)
case(
    83,
    "bulletin",
    D(2025, 9, 30),
    "截至目前，宁波舟山港今年集装箱吞吐量已突破3000万标箱，同比增长10.8%。",
    [
        R("3000万标箱", 3000 * WAN, "标箱", "level", bound="at_least"),
        R("10.8%", 10.8, "%", "growth", cmp="yoy"),
    ],
    p=(D(2025, 1, 1), D(2025, 9, 30)),
)
case(
    84,
    "bulletin",
    D(2025, 4, 15),
    "佛山市一季度新增“四上”企业428家，其中规上工业企业216家，约占全省新增总数的三分之一。",
    [
        R("428家", 428, "家", "level"),
        R("216家", 216, "家", "level"),
        R("三分之一", 100 / 3, "%", "share", bound="approx", opt=FRAC),
    ],
    p=quarter(2025, 1),
)
case(
    85,
    "bulletin",
    D(2025, 1, 20),
    "2024年，成都市电子信息产业规模突破1.2万亿元，居全国城市第3位。",
    [R("1.2万亿元", 1.2 * WY, "元", "level", bound="at_least"), R("第3位", 3, "rank", "rank")],
    p=year(2024),
)
case(
    86,
    "bulletin",
    D(2025, 6, 20),
    "郑州航空港区今年1—5月完成进出口总值2186.5亿元，同比增长28.6%，占全省的比重超过六成。",
    [
        R("2186.5亿元", 2186.5 * YI, "元", "level"),
        R("28.6%", 28.6, "%", "growth", cmp="yoy"),
        R("六成", 60, "%", "share", bound="at_least", opt=FRAC),
    ],
    p=ytd(2025, 5),
)
case(
    87,
    "bulletin",
    D(2025, 5, 1),
    "省农业农村厅统筹资金2.3亿元，在全省建设高标准农田82.6万亩，带动亩均增产粮食100斤以上。",
    [
        R("2.3亿元", 2.3 * YI, "元", "level"),
        R("82.6万亩", 82.6 * WAN, "亩", "level"),
        R("100斤", 100, "斤", "level", bound="at_least"),
    ],
)
case(
    88,
    "bulletin",
    D(2025, 5, 1),
    "东莞市对全市1.2万家规上工业企业开展走访服务，协调解决问题3260个，问题解决率达96.5%。",
    [
        R("1.2万家", 1.2 * WAN, "家", "level"),
        R("3260个", 3260, "个", "level"),
        R("96.5%", 96.5, "%", "share"),
    ],
)
case(
    89,
    "bulletin",
    D(2025, 4, 25),
    "广州市黄埔区2025年第一季度实现地区生产总值1012.3亿元，增长6.2%，增速高于全市2.1个百分点。",
    [
        R("1012.3亿元", 1012.3 * YI, "元", "level"),
        R("6.2%", 6.2, "%", "growth"),
        R("2.1个百分点", 2.1, "pp", "pp"),
    ],
    p=quarter(2025, 1),
)
case(
    90,
    "bulletin",
    D(2025, 5, 1),
    "温州市新增签约项目15个，计划总投资96亿元。",
    [R("15个", 15, "个", "level"), R("96亿元", 96 * YI, "元", "level", mod="target")],
)
case(
    91,
    "bulletin",
    D(2025, 6, 30),
    "今年以来，全省累计开展线上线下招聘活动1.2万场次，提供就业岗位186万个，帮助4.3万名困难人员实现就业。",
    [
        R("1.2万场次", 1.2 * WAN, "场次", "level"),
        R("186万个", 186 * WAN, "个", "level"),
        R("4.3万名", 4.3 * WAN, "名", "level"),
    ],
    p=(D(2025, 1, 1), D(2025, 6, 30)),
)
case(
    92,
    "bulletin",
    D(2025, 1, 25),
    "截至2024年底，全省高速公路通车里程突破1万公里。",
    [
        R(
            "1万公里",
            1 * WAN,
            "公里",
            "level",
            bound="at_least",
            p=bal(D(2024, 12, 31)),
            doubt={"p": STOCK},
        )
    ],
)
case(
    93,
    "bulletin",
    D(2025, 1, 25),
    "近三年，全省累计新增高新技术企业1.8万家，年均增长15%。",
    [
        R(
            "1.8万家",
            1.8 * WAN,
            "家",
            "level",
            p=(D(2022, 1, 1), D(2024, 12, 31)),
            doubt={"p": "近三年 as a span: no convention"},
        ),
        R(
            "15%",
            15,
            "%",
            "growth",
            p=(D(2022, 1, 1), D(2024, 12, 31)),
            doubt={"p": "年均 over 近三年 (README known limit)"},
        ),
    ],
)

# G. Fiscal reports
case(
    100,
    "fiscal",
    D(2025, 11, 17),
    "1—10月，全国一般公共预算收入186490亿元，同比增长0.8%。其中，全国税收收入153338亿元，同比增长1.7%；非税收入33152亿元，同比下降3.3%。"
    "分中央和地方看，中央一般公共预算收入81263亿元，同比增长1.3%；地方一般公共预算本级收入105227亿元，同比增长0.4%。",
    [
        R("186490亿元", 186490 * YI, "元", "level"),
        R("0.8%", 0.8, "%", "growth", cmp="yoy"),
        R("153338亿元", 153338 * YI, "元", "level"),
        R("1.7%", 1.7, "%", "growth", cmp="yoy"),
        R("33152亿元", 33152 * YI, "元", "level"),
        R("3.3%", -3.3, "%", "growth", cmp="yoy"),
        R("81263亿元", 81263 * YI, "元", "level"),
        R("1.3%", 1.3, "%", "growth", cmp="yoy"),
        R("105227亿元", 105227 * YI, "元", "level"),
        R("0.4%", 0.4, "%", "growth", cmp="yoy"),
    ],
    p=ytd(2025, 10),
)
case(
    101,
    "fiscal",
    D(2025, 1, 25),
    "2024年，全省一般公共预算收入4136.3亿元，同口径增长2.1%，其中税收收入2710.8亿元，占比65.5%。",
    [
        R("4136.3亿元", 4136.3 * YI, "元", "level"),
        R("2.1%", 2.1, "%", "growth", cmp=None, doubt={"cmp": TQK}),
        R("2710.8亿元", 2710.8 * YI, "元", "level"),
        R("65.5%", 65.5, "%", "share"),
    ],
    p=year(2024),
)
case(
    102,
    "fiscal",
    D(2024, 12, 20),
    "1—11月，全省一般公共预算支出完成9658.7亿元，增长2.8%，其中民生支出占比保持在七成以上。",
    [
        R("9658.7亿元", 9658.7 * YI, "元", "level"),
        R("2.8%", 2.8, "%", "growth"),
        R("七成", 70, "%", "share", bound="at_least", opt=FRAC),
    ],
    p=ytd(2024, 11),
)
case(
    103,
    "fiscal",
    D(2025, 10, 25),
    "前三季度，全省新增减税降费及退税缓费1128亿元，惠及经营主体230余万户。",
    [
        R("1128亿元", 1128 * YI, "元", "level"),
        R("230余万户", 230 * WAN, "户", "level", bound="approx"),
    ],
    p=ytd(2025, 9),
)
case(
    104,
    "fiscal",
    D(2025, 12, 10),
    "截至11月末，全省新增地方政府专项债券发行2168亿元，已支出1954亿元，支出进度90.1%。",
    [
        R("2168亿元", 2168 * YI, "元", "level"),
        R("1954亿元", 1954 * YI, "元", "level"),
        R("90.1%", 90.1, "%", "share"),
    ],
    p=ytd(2025, 11),
)

# H. Foreign trade
case(
    110,
    "trade",
    D(2025, 11, 7),
    "据海关统计，前10个月，我国货物贸易进出口总值37.31万亿元，同比增长3.6%。其中，出口22.12万亿元，增长6.2%；进口15.19万亿元，下降0.1%。",
    [
        R("10个月", 10, "个月", "level", opt=DUR),
        R("37.31万亿元", 37.31 * WY, "元", "level"),
        R("3.6%", 3.6, "%", "growth", cmp="yoy"),
        R("22.12万亿元", 22.12 * WY, "元", "level"),
        R("6.2%", 6.2, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("15.19万亿元", 15.19 * WY, "元", "level"),
        R("0.1%", -0.1, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 10),
)
case(
    111,
    "trade",
    D(2025, 11, 7),
    "以美元计价，前10个月，我国进出口总值5.2万亿美元，增长3.1%。",
    [
        R("10个月", 10, "个月", "level", opt=DUR),
        R("5.2万亿美元", 5.2 * WY, "美元", "level"),
        R("3.1%", 3.1, "%", "growth"),
    ],
    p=ytd(2025, 10),
)
case(
    112,
    "trade",
    D(2025, 9, 25),
    "1—8月，浙江省进出口总值3.68万亿元，同比增长6.1%，占全国进出口总值的12.4%，其中出口2.73万亿元，增长8.9%，拉动全国出口增长1.1个百分点。",
    [
        R("3.68万亿元", 3.68 * WY, "元", "level"),
        R("6.1%", 6.1, "%", "growth", cmp="yoy"),
        R("12.4%", 12.4, "%", "share"),
        R("2.73万亿元", 2.73 * WY, "元", "level"),
        R("8.9%", 8.9, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R(
            "1.1个百分点",
            1.1,
            "pp",
            "pp",
            cmp=None,
            doubt={"cmp": "contribution (拉动) to national growth, not a difference from it"},
        ),
    ],
    p=ytd(2025, 8),
)
case(
    113,
    "trade",
    D(2025, 7, 20),
    "上半年，广东省对东盟进出口9562.4亿元，增长12.3%，东盟继续保持广东第一大贸易伙伴地位。",
    [
        R("9562.4亿元", 9562.4 * YI, "元", "level"),
        R("12.3%", 12.3, "%", "growth"),
        R("第一", 1, "rank", "rank", opt="'第一大贸易伙伴': rank without 排/居"),
    ],
    p=ytd(2025, 6),
)
case(
    114,
    "trade",
    D(2025, 4, 20),
    "一季度，全省实际使用外资28.6亿美元，同比增长15.2%；新设外商投资企业1562家，增长21.3%。",
    [
        R("28.6亿美元", 28.6 * YI, "美元", "level"),
        R("15.2%", 15.2, "%", "growth", cmp="yoy"),
        R("1562家", 1562, "家", "level"),
        R("21.3%", 21.3, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=quarter(2025, 1),
)
case(
    115,
    "trade",
    D(2025, 7, 10),
    "上半年，中欧班列（成渝）开行超2800列，同比增长6%，运输货值超过120亿美元。",
    [
        R("2800列", 2800, "列", "level", bound="at_least"),
        R("6%", 6, "%", "growth", cmp="yoy"),
        R("120亿美元", 120 * YI, "美元", "level", bound="at_least"),
    ],
    p=ytd(2025, 6),
)
case(
    116,
    "trade",
    D(2025, 1, 20),
    "2024年，全省跨境电商进出口2.63万亿元，增长10.8%，占外贸比重提升至6%。",
    [
        R("2.63万亿元", 2.63 * WY, "元", "level"),
        R("10.8%", 10.8, "%", "growth"),
        R("6%", 6, "%", "share"),
    ],
    p=year(2024),
)

# I. Agriculture, employment, energy
case(
    120,
    "agri",
    D(2025, 10, 20),
    "前三季度，全省生猪出栏3426.8万头，同比下降2.1%；猪肉产量268.5万吨，下降1.9%。",
    [
        R("3426.8万头", 3426.8 * WAN, "头", "level"),
        R("2.1%", -2.1, "%", "growth", cmp="yoy"),
        R("268.5万吨", 268.5 * WAN, "吨", "level"),
        R("1.9%", -1.9, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 9),
)
case(
    121,
    "employment",
    D(2025, 10, 20),
    "9月末，全国农村外出务工劳动力总量19014万人，同比增加135万人，增长0.7%。",
    [
        R("19014万人", 19014 * WAN, "人", "level", p=bal(D(2025, 9, 30)), doubt={"p": STOCK}),
        R("135万人", 135 * WAN, "人", "level", p=bal(D(2025, 9, 30)), doubt={"p": STOCK}),
        R(
            "0.7%",
            0.7,
            "%",
            "growth",
            cmp="yoy",
            p=bal(D(2025, 9, 30)),
            doubt={"p": STOCK, "cmp": INH},
        ),
    ],
)
case(
    122,
    "energy",
    D(2025, 1, 25),
    "截至2024年底，全省新能源装机容量达到8562万千瓦，占电力总装机的比重达45.3%，较上年末提高6.8个百分点。",
    [
        R("8562万千瓦", 8562 * WAN, "千瓦", "level", p=bal(D(2024, 12, 31)), doubt={"p": STOCK}),
        R("45.3%", 45.3, "%", "share", p=year(2024)),
        R(
            "6.8个百分点",
            6.8,
            "pp",
            "pp",
            cmp="prior_period",
            p=year(2024),
            doubt={"cmp": "较上年末: prior_period (like 较上月末) or yoy"},
        ),
    ],
)
case(
    123,
    "energy",
    D(2025, 7, 20),
    "上半年，全省全社会用电量3862亿千瓦时，同比增长6.3%，其中第三产业用电量增长11.5%，城乡居民生活用电量增长8.2%。",
    [
        R("3862亿千瓦时", 3862 * YI, "千瓦时", "level"),
        R("6.3%", 6.3, "%", "growth", cmp="yoy"),
        R("11.5%", 11.5, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
        R("8.2%", 8.2, "%", "growth", cmp="yoy", doubt={"cmp": INH}),
    ],
    p=ytd(2025, 6),
)
case(
    124,
    "industry",
    D(2025, 10, 20),
    "1—9月，全省新能源汽车产量达到125.6万辆，增长1.2倍，约占全国的十分之一。",
    [
        R("125.6万辆", 125.6 * WAN, "辆", "level"),
        R("1.2倍", 120, "%", "growth", opt=FRAC),
        R("十分之一", 10, "%", "share", bound="approx", opt=FRAC),
    ],
    p=ytd(2025, 9),
)
case(
    125,
    "tourism",
    D(2025, 1, 30),
    "2024年，全市接待游客1.26亿人次，实现旅游收入1580亿元，分别增长12.5%和15.1%。",
    [
        R("1.26亿人次", 1.26 * YI, "人次", "level"),
        R("1580亿元", 1580 * YI, "元", "level"),
        R("12.5%", 12.5, "%", "growth"),
        R("15.1%", 15.1, "%", "growth"),
    ],
    p=year(2024),
)
case(
    126,
    "agri",
    D(2025, 12, 20),
    "今年全省粮食总产量达到1357.6亿斤，比上年增加19.8亿斤，连续9年稳定在1300亿斤以上。",
    [
        R("1357.6亿斤", 1357.6 * YI, "斤", "level"),
        R("19.8亿斤", 19.8 * YI, "斤", "level"),
        R("9年", 9, "年", "level", opt=DUR),
        R(
            "1300亿斤",
            1300 * YI,
            "斤",
            "level",
            bound="at_least",
            doubt={"p": "a threshold held for 9 years: its period?"},
        ),
    ],
    p=year(2025),
)
case(
    127,
    "industry",
    D(2025, 10, 20),
    "1—9月，全省集成电路产量达到95.3亿块，是上年同期的1.6倍。",
    [R("95.3亿块", 95.3 * YI, "块", "level"), R("1.6倍", 60, "%", "growth", cmp="yoy", opt=FRAC)],
    p=ytd(2025, 9),
)

# J. Texts with no quantity
case(
    130,
    "negative",
    D(2025, 1, 1),
    "根据《国务院关于印发“十四五”数字经济发展规划的通知》（国发〔2021〕29号）精神，推动5G、千兆光网建设。",
    [],
)
case(
    131,
    "negative",
    D(2025, 11, 14),
    "2025年11月14日，国家统计局新闻发言人就2025年10月份国民经济运行情况回答记者提问。",
    [],
)
case(
    132,
    "negative",
    D(2025, 3, 5),
    "坚持稳中求进工作总基调，扎实推进“两重”“两新”工作，深入实施“人工智能+”行动。",
    [],
)
case(
    133,
    "negative",
    D(2025, 9, 1),
    "四川省人民政府办公厅关于印发《四川省推动大规模设备更新和消费品以旧换新实施方案》的通知（川办发〔2024〕12号）。",
    [],
)
case(
    134,
    "negative",
    D(2025, 5, 1),
    "对年营业收入2000万元以上的批发业企业实行“一企一策”包联服务。",
    [],
)
