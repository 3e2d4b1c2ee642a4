"""Held-out report cases, written 2026-11-29 before the extractor was run on them (README.md).

97 passages: annual statistical communiqués of cities and counties, city and county work
reports, budget execution reports (ids 3001-3047); rural revitalisation, ecology, social
security, employment, health, education and provincial departments' press releases (ids
3048-3097). 443 expected rows; `opt` rows (doubtful as quantities, or with two readings of
value, unit or measure) are not scored; `doubt` names another accepted reading. The expected
reading of a plain 增长 is no comparison (year on year accepted as well).
"""

from __future__ import annotations

from tests.gold.constructed_cases import Case, D, R, case_collector

CASES: list[Case] = []
case = case_collector(CASES)


case(
    3001,
    "c01-zhejiang-gdp",
    D(2025, 3, 18),
    "2024年，全市实现地区生产总值1856.32亿元，按不变价格计算，比上年增长5.8%。其中，第一产业增加值56.71亿元，增长2.9%；第二产业增加值812.45亿元，增长6.7%；第三产业增加值987.16亿元，增长5.3%。三次产业结构为3.1:43.8:53.1。",
    [
        R("1856.32亿元", 185632000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("5.8%", 5.8, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "56.71亿元",
            5671000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "2.9%",
            2.9,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "812.45亿元",
            81245000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "6.7%",
            6.7,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "987.16亿元",
            98716000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "5.3%",
            5.3,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3002,
    "c02-henan-pop",
    D(2025, 4, 2),
    "2024年末全县户籍人口112.6万人，常住人口86.3万人，常住人口城镇化率为48.7%，比上年末提高1.2个百分点。全年出生人口7826人，死亡人口6913人。",
    [
        R(
            "112.6万人",
            1126000.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "86.3万人",
            863000.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "48.7%",
            48.7,
            "%",
            "share",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "1.2个百分点",
            1.2,
            "pp",
            "pp",
            cmp="yoy",
            p=(None, D(2024, 12, 31)),
            doubt={
                "cmp": "also accepted: prior_period",
                "p": "also accepted: 2024-01-01..2024-12-31",
            },
        ),
        R(
            "7826人",
            7826.0,
            "人",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "6913人",
            6913.0,
            "人",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3003,
    "c03-guangdong-industry",
    D(2025, 3, 25),
    "全年全市规模以上工业增加值比上年增长7.2%。分经济类型看，国有控股企业增加值增长3.5%，股份制企业增长8.1%，外商及港澳台商投资企业增长4.6%。年末全市共有规模以上工业企业3125家，比上年末增加186家。",
    [
        R(
            "7.2%",
            7.2,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "3.5%",
            3.5,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "8.1%",
            8.1,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "4.6%",
            4.6,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "3125家",
            3125.0,
            "家",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31, open..open"},
        ),
        R(
            "186家",
            186.0,
            "家",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={
                "cmp": "also accepted: yoy, prior_period",
                "p": "also accepted: 2024-01-01..2024-12-31, open..open",
            },
        ),
    ],
)

case(
    3004,
    "c04-sichuan-agri",
    D(2025, 3, 28),
    "2024年全市粮食播种面积189.3万亩，比上年增加0.8万亩；粮食总产量72.56万吨，增长1.9%。其中，小春粮食产量18.2万吨，大春粮食产量54.36万吨。生猪出栏215.7万头，下降3.2%。",
    [
        R("189.3万亩", 1893000.0, "亩", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "0.8万亩",
            8000.0,
            "亩",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("72.56万吨", 725600.0, "吨", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "1.9%",
            1.9,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "18.2万吨",
            182000.0,
            "吨",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "54.36万吨",
            543600.0,
            "吨",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "215.7万头",
            2157000.0,
            "头",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "3.2%",
            -3.2,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3005,
    "c05-shandong-income",
    D(2025, 3, 20),
    "2024年全县全体居民人均可支配收入32586元，比上年增长5.6%。按常住地分，城镇居民人均可支配收入43127元，增长4.8%；农村居民人均可支配收入22815元，增长6.7%。",
    [
        R("32586元", 32586.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("5.6%", 5.6, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "43127元",
            43127.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "4.8%",
            4.8,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "22815元",
            22815.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "6.7%",
            6.7,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3006,
    "c06-jiangsu-finance",
    D(2025, 3, 22),
    "2024年末全市金融机构人民币各项存款余额12586.4亿元，比年初增长7.9%；各项贷款余额11238.7亿元，比年初增长9.2%。全年新增境内外上市公司6家，累计达58家。",
    [
        R(
            "12586.4亿元",
            1258640000000.0,
            "元",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "7.9%",
            7.9,
            "%",
            "growth",
            cmp="prior_period",
            p=(None, D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "11238.7亿元",
            1123870000000.0,
            "元",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "9.2%",
            9.2,
            "%",
            "growth",
            cmp="prior_period",
            p=(None, D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "6家",
            6.0,
            "家",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "58家",
            58.0,
            "家",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31, open..open"},
        ),
    ],
)

case(
    3007,
    "c07-hubei-investment",
    D(2025, 3, 30),
    "2024年全市固定资产投资比上年增长6.3%。其中，第一产业投资下降12.4%，第二产业投资增长15.8%，第三产业投资增长1.7%。工业投资增长16.2%，占全部投资的比重为38.5%，比上年提高3.1个百分点。",
    [
        R("6.3%", 6.3, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "12.4%",
            -12.4,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "15.8%",
            15.8,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "1.7%",
            1.7,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "16.2%",
            16.2,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "38.5%",
            38.5,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "3.1个百分点",
            3.1,
            "pp",
            "pp",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3008,
    "c08-guizhou-tourism",
    D(2025, 4, 10),
    "2024年，全县接待游客1268.5万人次，实现旅游综合收入128.9亿元，分别比上年增长12.3%和15.6%。年末全县共有A级旅游景区18个，其中4A级景区5个。",
    [
        R("1268.5万人次", 12685000.0, "人次", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("128.9亿元", 12890000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("12.3%", 12.3, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("15.6%", 15.6, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "18个",
            18.0,
            "个",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31, open..open"},
        ),
        R(
            "5个",
            5.0,
            "个",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31, open..open"},
        ),
    ],
)

case(
    3009,
    "c09-hebei-environment",
    D(2025, 3, 15),
    "2024年全市空气质量优良天数为268天，优良天数比率为73.2%，比上年提高4.5个百分点；细颗粒物（PM2.5）年均浓度为38微克/立方米，下降7.3%。全年完成造林绿化面积12.6万亩，森林覆盖率达到35.8%。",
    [
        R("268天", 268.0, "天", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("73.2%", 73.2, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("4.5个百分点", 4.5, "pp", "pp", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "38微克/立方米",
            38.0,
            "微克/立方米",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            opt="value, unit or measure has two readings",
        ),
        R(
            "7.3%",
            -7.3,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "12.6万亩",
            126000.0,
            "亩",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "35.8%",
            35.8,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31, open..open"},
        ),
    ],
)

case(
    3010,
    "c10-shaanxi-trade",
    D(2025, 3, 26),
    "2024年全市货物进出口总额468.3亿元，比上年增长8.7%。其中，出口总额312.5亿元，增长11.2%；进口总额155.8亿元，增长4.1%。全年实际使用外资2.36亿美元，新设外商投资企业47家。",
    [
        R("468.3亿元", 46830000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("8.7%", 8.7, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "312.5亿元",
            31250000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "11.2%",
            11.2,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "155.8亿元",
            15580000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "4.1%",
            4.1,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "2.36亿美元",
            236000000.0,
            "美元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "47家",
            47.0,
            "家",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3011,
    "w01-anhui-fiveyears",
    D(2025, 1, 15),
    "过去五年，全市地区生产总值由2019年的1860亿元增加到2024年的2750亿元左右，年均增长6.2%；一般公共预算收入突破200亿元，年均增长7.5%。",
    [
        R(
            "1860亿元",
            186000000000.0,
            "元",
            "level",
            p=(D(2019, 1, 1), D(2019, 12, 31)),
            doubt={"p": "also accepted: 2020-01-01..2024-12-31"},
        ),
        R(
            "2750亿元",
            275000000000.0,
            "元",
            "level",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"mod": "also accepted: estimate", "p": "also accepted: 2020-01-01..2024-12-31"},
        ),
        R(
            "6.2%",
            6.2,
            "%",
            "growth",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "200亿元",
            20000000000.0,
            "元",
            "level",
            bound="at_least",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={
                "bound": "also accepted: exact",
                "p": "also accepted: 2024-01-01..2024-12-31, open..open",
            },
        ),
        R(
            "7.5%",
            7.5,
            "%",
            "growth",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3012,
    "w02-gansu-fiveyears",
    D(2025, 1, 20),
    "五年来，我们累计实施重点项目486个，完成投资1260亿元；新建改扩建学校35所，新增学位2.1万个；建成高标准农田42.6万亩，新增耕地1.8万亩。",
    [
        R(
            "486个",
            486.0,
            "个",
            "level",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "1260亿元",
            126000000000.0,
            "元",
            "level",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "35所",
            35.0,
            "所",
            "level",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "2.1万个",
            21000.0,
            "个",
            "level",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "42.6万亩",
            426000.0,
            "亩",
            "level",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "1.8万亩",
            18000.0,
            "亩",
            "level",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3013,
    "w03-guangxi-pastyear",
    D(2025, 2, 10),
    "过去一年，全市地区生产总值增长5.6%，增速居全区第4位；规模以上工业增加值增长9.1%，高于全区3.0个百分点；社会消费品零售总额突破千亿元大关，达到1012.6亿元。",
    [
        R(
            "5.6%",
            5.6,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "第4",
            4.0,
            "rank",
            "rank",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: provincial"},
        ),
        R(
            "9.1%",
            9.1,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("3.0个百分点", 3.0, "pp", "pp", cmp="provincial", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "千亿元",
            100000000000.0,
            "元",
            "level",
            bound="at_least",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"bound": "also accepted: exact"},
            opt="doubtful as a quantity",
        ),
        R("1012.6亿元", 101260000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3014,
    "w04-heilongjiang-livelihood",
    D(2025, 1, 22),
    "过去一年，我们新增城镇就业3.8万人，城镇登记失业率控制在3.6%以内；完成老旧小区改造一百二十六个，惠及居民两万余户；发放创业担保贷款5.2亿元，带动就业三千余人。",
    [
        R("3.8万人", 38000.0, "人", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("3.6%", 3.6, "%", "share", bound="at_most", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("一百二十六个", 126.0, "个", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("两万余户", 20000.0, "户", "level", bound="approx", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("5.2亿元", 520000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("三千余人", 3000.0, "人", "level", bound="approx", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3015,
    "w05-jiangxi-county2024",
    D(2025, 1, 18),
    "2024年，全县地区生产总值预计完成318.5亿元，增长5.9%；固定资产投资增长8.2%，增速排全市第二；一般公共预算收入完成21.36亿元，其中税收收入15.02亿元，税收占比70.3%。",
    [
        R(
            "318.5亿元",
            31850000000.0,
            "元",
            "level",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
        ),
        R(
            "5.9%",
            5.9,
            "%",
            "growth",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"mod": "also accepted: actual", "cmp": "also accepted: yoy"},
        ),
        R(
            "8.2%",
            8.2,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("第二", 2.0, "rank", "rank", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("21.36亿元", 2136000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("15.02亿元", 1502000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("70.3%", 70.3, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3016,
    "w06-fujian-projects",
    D(2025, 2, 12),
    "一年来，全市新开工省市重点项目156个（其中亿元以上项目98个），完成投资865亿元，完成年度计划的112.3%；新增规上工业企业128家、“专精特新”中小企业45家。",
    [
        R(
            "156个",
            156.0,
            "个",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "98个",
            98.0,
            "个",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "865亿元",
            86500000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "112.3%",
            112.3,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "128家",
            128.0,
            "家",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "45家",
            45.0,
            "家",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3017,
    "w07-yunnan-roads",
    D(2025, 2, 5),
    "五年来，全州新增高速公路通车里程326公里，总里程达到612公里；新建改建农村公路5600余公里，建制村通硬化路率达100%。",
    [
        R(
            "326公里",
            326.0,
            "公里",
            "level",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "612公里",
            612.0,
            "公里",
            "level",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31, open..open"},
        ),
        R(
            "5600余公里",
            5600.0,
            "公里",
            "level",
            bound="approx",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "100%",
            100.0,
            "%",
            "share",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31, open..open"},
        ),
    ],
)

case(
    3018,
    "w08-neimenggu-banner",
    D(2025, 1, 25),
    "过去一年，全旗完成防沙治沙任务26.8万亩，牛存栏达到42.5万头，羊存栏近三百万只；农牧民人均可支配收入达到2.3万元，增长7.1%，增速居全盟第一。",
    [
        R("26.8万亩", 268000.0, "亩", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "42.5万头",
            425000.0,
            "头",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31, open..open"},
        ),
        R(
            "三百万只",
            3000000.0,
            "只",
            "level",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31, open..open"},
        ),
        R("2.3万元", 23000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "7.1%",
            7.1,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("第一", 1.0, "rank", "rank", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3019,
    "w09-zhejiang-district2023",
    D(2024, 1, 16),
    "2023年，全区实现地区生产总值1352亿元、增长7.1%，数字经济核心产业增加值占GDP比重达到15.6%，研究与试验发展经费支出占比提高到3.45%。新增国家级高新技术企业212家，累计达到1186家。",
    [
        R("1352亿元", 135200000000.0, "元", "level", p=(D(2023, 1, 1), D(2023, 12, 31))),
        R(
            "7.1%",
            7.1,
            "%",
            "growth",
            p=(D(2023, 1, 1), D(2023, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("15.6%", 15.6, "%", "share", p=(D(2023, 1, 1), D(2023, 12, 31))),
        R("3.45%", 3.45, "%", "share", p=(D(2023, 1, 1), D(2023, 12, 31))),
        R(
            "212家",
            212.0,
            "家",
            "level",
            p=(D(2023, 1, 1), D(2023, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "1186家",
            1186.0,
            "家",
            "level",
            p=(None, D(2023, 12, 31)),
            doubt={"p": "also accepted: 2023-01-01..2023-12-31, open..open"},
        ),
    ],
)

case(
    3020,
    "w10-liaoning-income",
    D(2025, 1, 14),
    "过去一年，城乡居民人均可支配收入分别达到49860元和22310元，分别增长4.6%和6.8%；民生支出占一般公共预算支出的比重保持在75%以上。",
    [
        R("49860元", 49860.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("22310元", 22310.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "4.6%",
            4.6,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "6.8%",
            6.8,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("75%", 75.0, "%", "share", bound="at_least", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3021,
    "w11-hunan-fiveyears",
    D(2025, 1, 10),
    "五年来，全县地区生产总值从186亿元跃升到275亿元，规模工业企业从92家增加到168家，城镇居民人均可支配收入年均增长6.4%。",
    [
        R(
            "186亿元",
            18600000000.0,
            "元",
            "level",
            p=(D(2019, 1, 1), D(2019, 12, 31)),
            doubt={"p": "also accepted: 2020-01-01..2024-12-31, open..open, open..2019-12-31"},
        ),
        R(
            "275亿元",
            27500000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: 2020-01-01..2024-12-31, open..open, open..2024-12-31"},
        ),
        R(
            "92家",
            92.0,
            "家",
            "level",
            p=(D(2019, 1, 1), D(2019, 12, 31)),
            doubt={"p": "also accepted: 2020-01-01..2024-12-31, open..open, open..2019-12-31"},
        ),
        R(
            "168家",
            168.0,
            "家",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: 2020-01-01..2024-12-31, open..open, open..2024-12-31"},
        ),
        R(
            "6.4%",
            6.4,
            "%",
            "growth",
            p=(D(2020, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3022,
    "t01-anhui-targets",
    D(2025, 1, 15),
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；规模以上工业增加值增长8%以上；城镇调查失业率控制在5.5%以内；居民人均可支配收入增长与经济增长同步。",
    [
        R(
            "6%",
            6.0,
            "%",
            "growth",
            mod="target",
            bound="approx",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "5%",
            5.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "8%",
            8.0,
            "%",
            "growth",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "5.5%",
            5.5,
            "%",
            "share",
            mod="target",
            bound="at_most",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
    ],
)

case(
    3023,
    "t02-sichuan-targets",
    D(2025, 2, 18),
    "2025年全市发展主要预期目标为：地区生产总值增长6.5%，固定资产投资增长8%，社会消费品零售总额增长7%，城镇新增就业4.5万人，粮食产量稳定在180万吨以上，单位地区生产总值能耗降低完成省下达任务。",
    [
        R(
            "6.5%",
            6.5,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "8%",
            8.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "7%",
            7.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("4.5万人", 45000.0, "人", "level", mod="target", p=(D(2025, 1, 1), D(2025, 12, 31))),
        R(
            "180万吨",
            1800000.0,
            "吨",
            "level",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
    ],
)

case(
    3024,
    "t03-shanxi-anchor",
    D(2025, 1, 8),
    "今年，我们将锚定地区生产总值增长6.5%、力争7%的目标，确保一般公共预算收入增长6%，力争外贸进出口总额突破15亿元。",
    [
        R(
            "6.5%",
            6.5,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "7%",
            7.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "6%",
            6.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "15亿元",
            1500000000.0,
            "元",
            "level",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"bound": "also accepted: exact"},
        ),
    ],
)

case(
    3025,
    "t04-guangdong-projects",
    D(2025, 1, 20),
    "全年计划安排重点建设项目二百个，年度计划投资560亿元（其中产业项目投资320亿元），力争新增规上工业企业80家以上、新培育上市企业2家。",
    [
        R("二百个", 200.0, "个", "level", mod="target", p=(D(2025, 1, 1), D(2025, 12, 31))),
        R(
            "560亿元",
            56000000000.0,
            "元",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
        R(
            "320亿元",
            32000000000.0,
            "元",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
        R(
            "80家",
            80.0,
            "家",
            "level",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
        R("2家", 2.0, "家", "level", mod="target", p=(D(2025, 1, 1), D(2025, 12, 31))),
    ],
)

case(
    3026,
    "t05-guizhou-range",
    D(2025, 2, 8),
    "今年主要预期目标：地区生产总值增长5.5%—6%；居民消费价格涨幅控制在2%左右；城镇登记失业率控制在4%以内；单位地区生产总值能耗下降2.5%。",
    [
        R(
            "5.5%",
            5.5,
            "%",
            "growth",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"bound": "also accepted: exact, approx", "cmp": "also accepted: yoy"},
        ),
        R(
            "6%",
            6.0,
            "%",
            "growth",
            mod="target",
            bound="at_most",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"bound": "also accepted: exact, approx", "cmp": "also accepted: yoy"},
        ),
        R(
            "2%",
            2.0,
            "%",
            "growth",
            mod="target",
            bound="approx",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "4%",
            4.0,
            "%",
            "share",
            mod="target",
            bound="at_most",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
        R(
            "2.5%",
            -2.5,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
    ],
)

case(
    3027,
    "t06-hebei-renewal",
    D(2025, 2, 20),
    "实施城市更新行动，今年改造城镇老旧小区86个、涉及居民1.2万户，新建城市道路35公里，新增停车泊位5000个以上，新建改建公园游园20处。",
    [
        R(
            "86个",
            86.0,
            "个",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
        R(
            "1.2万户",
            12000.0,
            "户",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
        R(
            "35公里",
            35.0,
            "公里",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
        R(
            "5000个",
            5000.0,
            "个",
            "level",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
        R(
            "20处",
            20.0,
            "处",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
    ],
)

case(
    3028,
    "t07-hubei-estimate-then-target",
    D(2025, 1, 12),
    "预计2024年全县地区生产总值增长6.2%，一般公共预算收入完成12.8亿元。2025年，确保地区生产总值增长6.5%以上，一般公共预算收入增长6%，固定资产投资增长10%。",
    [
        R(
            "6.2%",
            6.2,
            "%",
            "growth",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "12.8亿元",
            1280000000.0,
            "元",
            "level",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
        ),
        R(
            "6.5%",
            6.5,
            "%",
            "growth",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "6%",
            6.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "10%",
            10.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
    ],
)

case(
    3029,
    "t08-chongqing-district",
    D(2025, 1, 18),
    "今年，全区将新开工重大项目100个以上，固定资产投资增长8%；力争社会消费品零售总额达到860亿元，接待游客3000万人次，旅游综合收入增长10%。",
    [
        R(
            "100个",
            100.0,
            "个",
            "level",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
        R(
            "8%",
            8.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual", "cmp": "also accepted: yoy"},
        ),
        R(
            "860亿元",
            86000000000.0,
            "元",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
        R(
            "3000万人次",
            30000000.0,
            "人次",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
        R(
            "10%",
            10.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
    ],
)

case(
    3030,
    "b01-shandong-budget2024",
    D(2025, 1, 10),
    "2024年，全市一般公共预算收入完成386.5亿元，为预算的100.8%，比上年增长4.2%，其中税收收入265.3亿元，增长3.1%，占一般公共预算收入的比重为68.6%。一般公共预算支出完成612.4亿元，为调整预算的96.5%，增长2.7%。",
    [
        R("386.5亿元", 38650000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("100.8%", 100.8, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("4.2%", 4.2, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("265.3亿元", 26530000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "3.1%",
            3.1,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("68.6%", 68.6, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "612.4亿元",
            61240000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "96.5%",
            96.5,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "2.7%",
            2.7,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3031,
    "b02-zhejiang-h1",
    D(2024, 7, 25),
    "1—6月，全县一般公共预算收入完成35.62亿元，同比增长6.8%，完成年度预算的58.3%，其中税收收入30.15亿元，同比增长5.2%。一般公共预算支出42.08亿元，同比下降1.4%。",
    [
        R("35.62亿元", 3562000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("6.8%", 6.8, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("58.3%", 58.3, "%", "share", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("30.15亿元", 3015000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("5.2%", 5.2, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R(
            "42.08亿元",
            4208000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 6, 30)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "1.4%",
            -1.4,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 6, 30)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3032,
    "b03-henan-draft2025",
    D(2025, 2, 15),
    "2025年全市一般公共预算收入预期增长5%，安排318亿元；一般公共预算支出安排586亿元，增长3.2%。",
    [
        R(
            "5%",
            5.0,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "318亿元",
            31800000000.0,
            "元",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: estimate"},
        ),
        R(
            "586亿元",
            58600000000.0,
            "元",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: estimate"},
        ),
        R(
            "3.2%",
            3.2,
            "%",
            "growth",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: estimate", "cmp": "also accepted: yoy"},
        ),
    ],
)

case(
    3033,
    "b04-hunan-fund",
    D(2025, 1, 12),
    "2024年全市政府性基金预算收入完成126.3亿元，为预算的85.2%，下降18.6%，主要是国有土地使用权出让收入减少。政府性基金预算支出148.7亿元，下降11.3%。",
    [
        R("126.3亿元", 12630000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("85.2%", 85.2, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "18.6%",
            -18.6,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "148.7亿元",
            14870000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "11.3%",
            -11.3,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3034,
    "b05-jiangsu-bracket",
    D(2025, 1, 8),
    "2024年全区一般公共预算收入完成45.26亿元，增长2.1%（剔除留抵退税因素后同口径增长6.3%）。其中，税收收入38.79亿元，税收占比85.7%，比上年提高1.2个百分点。",
    [
        R("45.26亿元", 4526000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "2.1%",
            2.1,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "6.3%",
            6.3,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "38.79亿元",
            3879000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "85.7%",
            85.7,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "1.2个百分点",
            1.2,
            "pp",
            "pp",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3035,
    "b06-guangxi-q3",
    D(2024, 10, 20),
    "截至9月底，全县一般公共预算收入累计完成7.86亿元，完成年度预算的76.2%，同比增长3.4%；民生支出14.2亿元，占一般公共预算支出的81.5%。",
    [
        R("7.86亿元", 786000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 9, 30))),
        R("76.2%", 76.2, "%", "share", p=(D(2024, 1, 1), D(2024, 9, 30))),
        R("3.4%", 3.4, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 9, 30))),
        R("14.2亿元", 1420000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 9, 30))),
        R("81.5%", 81.5, "%", "share", p=(D(2024, 1, 1), D(2024, 9, 30))),
    ],
)

case(
    3036,
    "b07-sichuan-debt",
    D(2025, 1, 15),
    "截至2024年末，全市政府债务余额1265.8亿元，控制在省核定的限额1380亿元以内。2024年发行新增政府债券156.3亿元（其中专项债券132.8亿元），争取中央预算内投资22.6亿元。",
    [
        R(
            "1265.8亿元",
            126580000000.0,
            "元",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "1380亿元",
            138000000000.0,
            "元",
            "level",
            bound="at_most",
            p=(None, D(2024, 12, 31)),
            doubt={
                "bound": "also accepted: exact",
                "p": "also accepted: 2024-01-01..2024-12-31, open..open",
            },
        ),
        R("156.3亿元", 15630000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("132.8亿元", 13280000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("22.6亿元", 2260000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3037,
    "b08-heilongjiang-estimate",
    D(2025, 1, 20),
    "预计2024年全县一般公共预算收入完成5.12亿元，完成预算的102.4%，增长8.5%；上级补助收入28.6亿元，增长4.3%。一般公共预算支出预计完成33.9亿元，增长3.8%。",
    [
        R(
            "5.12亿元",
            512000000.0,
            "元",
            "level",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
        ),
        R(
            "102.4%",
            102.4,
            "%",
            "share",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
        R(
            "8.5%",
            8.5,
            "%",
            "growth",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"mod": "also accepted: actual", "cmp": "also accepted: yoy"},
        ),
        R(
            "28.6亿元",
            2860000000.0,
            "元",
            "level",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
        R(
            "4.3%",
            4.3,
            "%",
            "growth",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"mod": "also accepted: actual", "cmp": "also accepted: yoy"},
        ),
        R(
            "33.9亿元",
            3390000000.0,
            "元",
            "level",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "3.8%",
            3.8,
            "%",
            "growth",
            mod="estimate",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={
                "mod": "also accepted: actual",
                "cmp": "also accepted: yoy",
                "p": "also accepted: open..open",
            },
        ),
    ],
)

case(
    3038,
    "b09-yunnan-livelihood",
    D(2025, 2, 10),
    "2024年全市民生支出达到356.8亿元，占一般公共预算支出的比重为78.2%。其中，教育支出82.3亿元，增长4.6%；社会保障和就业支出68.9亿元，增长7.2%；卫生健康支出41.5亿元，下降2.3%。",
    [
        R("356.8亿元", 35680000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("78.2%", 78.2, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "82.3亿元",
            8230000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "4.6%",
            4.6,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "68.9亿元",
            6890000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "7.2%",
            7.2,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "41.5亿元",
            4150000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "2.3%",
            -2.3,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3039,
    "b10-shaanxi-h1",
    D(2024, 7, 18),
    "上半年，全县一般公共预算收入、支出分别完成3.25亿元、11.68亿元，分别增长4.7%、2.9%，收入完成年度预算的52.1%。",
    [
        R("3.25亿元", 325000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("11.68亿元", 1168000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R(
            "4.7%",
            4.7,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 6, 30)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "2.9%",
            2.9,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 6, 30)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("52.1%", 52.1, "%", "share", p=(D(2024, 1, 1), D(2024, 6, 30))),
    ],
)

case(
    3040,
    "b11-jilin-2025",
    D(2025, 1, 16),
    "2025年全市一般公共预算收入预计完成152亿元，增长5%左右；“三保”支出安排98.6亿元，占可用财力的比重不低于60%。",
    [
        R(
            "152亿元",
            15200000000.0,
            "元",
            "level",
            mod="estimate",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: target"},
        ),
        R(
            "5%",
            5.0,
            "%",
            "growth",
            mod="estimate",
            bound="approx",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: target", "cmp": "also accepted: yoy"},
        ),
        R(
            "98.6亿元",
            9860000000.0,
            "元",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: estimate, actual"},
        ),
        R(
            "60%",
            60.0,
            "%",
            "share",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: estimate, actual"},
        ),
    ],
)

case(
    3041,
    "m01-ascii-retail",
    D(2025, 3, 12),
    "2024年,全县社会消费品零售总额达到98.63亿元,比上年增长4.9%.按经营单位所在地分,城镇消费品零售额76.25亿元,增长4.5%;乡村消费品零售额22.38亿元,增长6.2%.",
    [
        R("98.63亿元", 9863000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("4.9%", 4.9, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "76.25亿元",
            7625000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "4.5%",
            4.5,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "22.38亿元",
            2238000000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "6.2%",
            6.2,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3042,
    "m02-notice-docno",
    D(2025, 3, 5),
    "根据《关于印发2025年民生实事项目的通知》（X政办发〔2025〕3号），今年将新增托育机构托位1200个，改造农村户厕5000户，咨询电话：0851-86812345。",
    [
        R(
            "1200个",
            1200.0,
            "个",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
        R(
            "5000户",
            5000.0,
            "户",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"mod": "also accepted: actual"},
        ),
    ],
)

case(
    3043,
    "m03-transport",
    D(2025, 3, 20),
    "2024年末全市公路通车里程18652公里，其中高速公路826公里。全年完成公路货运量1.36亿吨，比上年增长3.8%；港口货物吞吐量2.15亿吨，集装箱吞吐量365.2万标准箱，分别增长5.1%和9.6%。",
    [
        R(
            "18652公里",
            18652.0,
            "公里",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "826公里",
            826.0,
            "公里",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "1.36亿吨",
            136000000.0,
            "吨",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "3.8%",
            3.8,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "2.15亿吨",
            215000000.0,
            "吨",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "365.2万标准箱",
            3652000.0,
            "标准箱",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
            opt="value, unit or measure has two readings",
        ),
        R(
            "5.1%",
            5.1,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
        R(
            "9.6%",
            9.6,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3044,
    "m04-education-health",
    D(2025, 3, 28),
    "2024年末全县共有各级各类学校186所，在校学生12.36万人，专任教师8625人。全县共有医疗卫生机构512个，卫生技术人员6830人，医疗卫生机构床位5260张，每千人口拥有床位6.8张。",
    [
        R(
            "186所",
            186.0,
            "所",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "12.36万人",
            123600.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "8625人",
            8625.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "512个",
            512.0,
            "个",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31, open..open"},
        ),
        R(
            "6830人",
            6830.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31, open..open"},
        ),
        R(
            "5260张",
            5260.0,
            "张",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31, open..open"},
        ),
        R(
            "6.8张",
            6.8,
            "张",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31, open..open"},
        ),
    ],
)

case(
    3045,
    "m05-innovation-rank",
    D(2025, 1, 22),
    "过去一年，全市新增发明专利授权1865件，增长21.3%；技术合同成交额达到86.5亿元，居全省第3位；新认定省级以上创新平台二十七家。",
    [
        R("1865件", 1865.0, "件", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "21.3%",
            21.3,
            "%",
            "growth",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R("86.5亿元", 8650000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "第3",
            3.0,
            "rank",
            "rank",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: provincial"},
        ),
        R("二十七家", 27.0, "家", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3046,
    "m06-ascii-jan-nov",
    D(2024, 12, 20),
    "1-11月,全市一般公共预算收入完成210.4亿元,同比增长2.6%,其中税收收入152.8亿元,同比下降0.8%;非税收入57.6亿元,同比增长12.5%.",
    [
        R("210.4亿元", 21040000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 11, 30))),
        R("2.6%", 2.6, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 11, 30))),
        R("152.8亿元", 15280000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 11, 30))),
        R("0.8%", -0.8, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 11, 30))),
        R("57.6亿元", 5760000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 11, 30))),
        R("12.5%", 12.5, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 11, 30))),
    ],
)

case(
    3047,
    "m07-population-rank",
    D(2025, 3, 16),
    "2024年全市常住人口约为325万人，户籍人口近380万人。全市地区生产总值总量居全省第五位，人均地区生产总值达到7.8万元。",
    [
        R(
            "325万人",
            3250000.0,
            "人",
            "level",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "380万人",
            3800000.0,
            "人",
            "level",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "第五",
            5.0,
            "rank",
            "rank",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: provincial", "p": "also accepted: open..open"},
        ),
        R(
            "7.8万元",
            78000.0,
            "元",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3048,
    "r01",
    D(2025, 1, 20),
    "2024年，全省脱贫人口人均纯收入达到16812元，同比增长11.2%，增速高于全省农村居民人均可支配收入4.1个百分点。",
    [
        R("16812元", 16812.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("11.2%", 11.2, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "4.1个百分点",
            4.1,
            "pp",
            "pp",
            cmp="provincial",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: None"},
        ),
    ],
)

case(
    3049,
    "r02",
    D(2024, 7, 15),
    "上半年，甘肃省新建高标准农田213.6万亩，占年度任务的71.2%；累计建成高标准农田3028万亩。",
    [
        R("213.6万亩", 2136000.0, "亩", "level", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("71.2%", 71.2, "%", "share", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R(
            "3028万亩",
            30280000.0,
            "亩",
            "level",
            p=(None, D(2024, 6, 30)),
            doubt={"p": "also accepted: 2024-01-01..2024-06-30, open..open"},
        ),
    ],
)

case(
    3050,
    "r03",
    D(2024, 12, 10),
    "截至11月底，全区农村卫生户厕普及率达到78.5%，较上年末提高3.2个百分点，95%以上的行政村生活垃圾得到有效处理。",
    [
        R(
            "78.5%",
            78.5,
            "%",
            "share",
            p=(None, D(2024, 11, 30)),
            doubt={"p": "also accepted: 2024-01-01..2024-11-30"},
        ),
        R(
            "3.2个百分点",
            3.2,
            "pp",
            "pp",
            cmp="prior_period",
            p=(None, D(2024, 11, 30)),
            doubt={"cmp": "also accepted: yoy", "p": "also accepted: 2024-01-01..2024-11-30"},
        ),
        R(
            "95%",
            95.0,
            "%",
            "share",
            bound="at_least",
            p=(None, D(2024, 11, 30)),
            doubt={"p": "also accepted: 2024-01-01..2024-11-30, open..open"},
        ),
    ],
)

case(
    3051,
    "r04",
    D(2025, 2, 10),
    "2024年，四川省实施农村人居环境整治提升项目1.2万个，新改建农村公路8632公里，全省农村自来水普及率达到92%左右。",
    [
        R("1.2万个", 12000.0, "个", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("8632公里", 8632.0, "公里", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "92%",
            92.0,
            "%",
            "share",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
    ],
)

case(
    3052,
    "r05",
    D(2024, 10, 25),
    "前三季度，全省脱贫劳动力务工规模达到235.7万人，完成年度目标任务的103.6%；其中省外务工98.4万人。",
    [
        R(
            "235.7万人",
            2357000.0,
            "人",
            "level",
            p=(D(2024, 1, 1), D(2024, 9, 30)),
            doubt={"p": "also accepted: open..2024-09-30"},
        ),
        R("103.6%", 103.6, "%", "share", p=(D(2024, 1, 1), D(2024, 9, 30))),
        R(
            "98.4万人",
            984000.0,
            "人",
            "level",
            p=(D(2024, 1, 1), D(2024, 9, 30)),
            doubt={"p": "also accepted: open..2024-09-30"},
        ),
    ],
)

case(
    3053,
    "r06",
    D(2025, 3, 5),
    "2025年，全省计划新建和改造提升高标准农田150万亩，力争粮食总产量稳定在700亿斤以上。",
    [
        R("150万亩", 1500000.0, "亩", "level", mod="target", p=(D(2025, 1, 1), D(2025, 12, 31))),
        R(
            "700亿斤",
            70000000000.0,
            "斤",
            "level",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
    ],
)

case(
    3054,
    "r07",
    D(2024, 9, 18),
    "据统计，河南省已累计培育家庭农场26.4万家、农民合作社19.6万个，带动农户超过300万户。",
    [
        R(
            "26.4万家",
            264000.0,
            "家",
            "level",
            p=(None, None),
            doubt={"p": "also accepted: open..2024-09-18"},
        ),
        R(
            "19.6万个",
            196000.0,
            "个",
            "level",
            p=(None, None),
            doubt={"p": "also accepted: open..2024-09-18"},
        ),
        R(
            "300万户",
            3000000.0,
            "户",
            "level",
            bound="at_least",
            p=(None, None),
            doubt={"p": "also accepted: open..2024-09-18"},
        ),
    ],
)

case(
    3055,
    "r08",
    D(2024, 4, 20),
    "一季度，全省农村居民人均可支配收入5836元，同比增长7.3%，比城镇居民快2.5个百分点。",
    [
        R("5836元", 5836.0, "元", "level", p=(D(2024, 1, 1), D(2024, 3, 31))),
        R("7.3%", 7.3, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 3, 31))),
        R("2.5个百分点", 2.5, "pp", "pp", p=(D(2024, 1, 1), D(2024, 3, 31))),
    ],
)

case(
    3056,
    "r09",
    D(2024, 12, 28),
    "今年以来，全县累计发放脱贫人口小额信贷2.36亿元，惠及脱贫户5120户，户均贷款4.6万元。",
    [
        R("2.36亿元", 236000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 28))),
        R("5120户", 5120.0, "户", "level", p=(D(2024, 1, 1), D(2024, 12, 28))),
        R("4.6万元", 46000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 28))),
    ],
)

case(
    3057,
    "r10",
    D(2025, 1, 8),
    "去年，云南省易地扶贫搬迁安置点配套产业项目达到1800余个，搬迁群众实现就业约65万人，搬迁劳动力就业率保持在95%以上。",
    [
        R(
            "1800余个",
            1800.0,
            "个",
            "level",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "65万人",
            650000.0,
            "人",
            "level",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "95%",
            95.0,
            "%",
            "share",
            bound="at_least",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
    ],
)

case(
    3058,
    "e11",
    D(2025, 1, 15),
    "2024年，全省设区城市空气质量优良天数比例为87.6%，同比上升2.1个百分点；PM2.5平均浓度为31微克/立方米，同比下降6.1%。",
    [
        R("87.6%", 87.6, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("2.1个百分点", 2.1, "pp", "pp", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("31微克/立方米", 31.0, "微克/立方米", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("6.1%", -6.1, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3059,
    "e12",
    D(2024, 8, 20),
    "1—7月，全市地表水国控断面水质优良（Ⅰ—Ⅲ类）比例为93.3％，无劣Ⅴ类断面；重点河湖生态流量达标率100%。",
    [
        R("93.3％", 93.3, "%", "share", p=(D(2024, 1, 1), D(2024, 7, 31))),
        R("100%", 100.0, "%", "share", p=(D(2024, 1, 1), D(2024, 7, 31))),
    ],
)

case(
    3060,
    "e13",
    D(2025, 3, 12),
    "截至2024年底，全省森林覆盖率达到45.6%，森林蓄积量达到2.8亿立方米，草原综合植被盖度稳定在57%左右。",
    [
        R(
            "45.6%",
            45.6,
            "%",
            "share",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "2.8亿立方米",
            280000000.0,
            "立方米",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "57%",
            57.0,
            "%",
            "share",
            bound="approx",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
    ],
)

case(
    3061,
    "e14",
    D(2024, 6, 5),
    "十四五以来，全省单位地区生产总值二氧化碳排放累计下降14.2%，提前完成国家下达的下降13.5%的目标任务。",
    [
        R(
            "14.2%",
            -14.2,
            "%",
            "growth",
            p=(D(2021, 1, 1), D(2024, 6, 5)),
            doubt={"cmp": "also accepted: prior_period", "p": "also accepted: open..open"},
        ),
        R(
            "13.5%",
            -13.5,
            "%",
            "growth",
            mod="target",
            p=(D(2021, 1, 1), D(2025, 12, 31)),
            doubt={
                "cmp": "also accepted: prior_period",
                "p": "also accepted: open..open, 2021-01-01..2024-06-05",
            },
        ),
    ],
)

case(
    3062,
    "e15",
    D(2024, 11, 10),
    "前10个月，全省共受理生态环境信访举报1.08万件，办结率达到99.2%；立案查处环境违法案件2356起，罚没款金额1.47亿元。",
    [
        R("1.08万件", 10800.0, "件", "level", p=(D(2024, 1, 1), D(2024, 10, 31))),
        R("99.2%", 99.2, "%", "share", p=(D(2024, 1, 1), D(2024, 10, 31))),
        R("2356起", 2356.0, "起", "level", p=(D(2024, 1, 1), D(2024, 10, 31))),
        R("1.47亿元", 147000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 10, 31))),
    ],
)

case(
    3063,
    "e16",
    D(2025, 2, 20),
    "2024年全市PM10平均浓度降至52微克/立方米，重污染天数减少至三天，全年优良天数达到312天。",
    [
        R("52微克/立方米", 52.0, "微克/立方米", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("三天", 3.0, "天", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("312天", 312.0, "天", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3064,
    "e17",
    D(2024, 3, 28),
    "到2025年，全省地表水国控断面水质优良比例力争达到85%以上，城市黑臭水体基本消除，县级城市生活污水处理率达到95%。",
    [
        R(
            "85%",
            85.0,
            "%",
            "share",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"p": "also accepted: open..2025-12-31"},
        ),
        R(
            "95%",
            95.0,
            "%",
            "share",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"p": "also accepted: open..2025-12-31"},
        ),
    ],
)

case(
    3065,
    "e18",
    D(2024, 7, 30),
    "上半年，全省规模以上工业单位增加值能耗同比下降3.8%，非化石能源消费比重提高到22.5%，新增光伏装机容量586万千瓦。",
    [
        R("3.8%", -3.8, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("22.5%", 22.5, "%", "share", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("586万千瓦", 5860000.0, "千瓦", "level", p=(D(2024, 1, 1), D(2024, 6, 30))),
    ],
)

case(
    3066,
    "e19",
    D(2025, 1, 25),
    "2024年，全省完成营造林面积632万亩，其中人工造林178万亩；治理水土流失面积4150平方公里，完成年度计划的108%。",
    [
        R("632万亩", 6320000.0, "亩", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("178万亩", 1780000.0, "亩", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("4150平方公里", 4150.0, "平方公里", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("108%", 108.0, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3067,
    "e20",
    D(2024, 5, 10),
    "4月份，全省13个设区市平均空气质量优良天数比例为90.8%，环比下降2.4个百分点，同比上升1.7个百分点。",
    [
        R(
            "13个",
            13.0,
            "个",
            "level",
            p=(D(2024, 4, 1), D(2024, 4, 30)),
            doubt={"p": "also accepted: open..open"},
            opt="doubtful as a quantity",
        ),
        R("90.8%", 90.8, "%", "share", p=(D(2024, 4, 1), D(2024, 4, 30))),
        R("2.4个百分点", -2.4, "pp", "pp", cmp="mom", p=(D(2024, 4, 1), D(2024, 4, 30))),
        R("1.7个百分点", 1.7, "pp", "pp", cmp="yoy", p=(D(2024, 4, 1), D(2024, 4, 30))),
    ],
)

case(
    3068,
    "s21",
    D(2024, 10, 22),
    "前三季度，全省城镇新增就业58.3万人，完成年度目标的97.2%；城镇调查失业率平均为5.1%，低于5.5%左右的年度控制目标。",
    [
        R("58.3万人", 583000.0, "人", "level", p=(D(2024, 1, 1), D(2024, 9, 30))),
        R("97.2%", 97.2, "%", "share", p=(D(2024, 1, 1), D(2024, 9, 30))),
        R("5.1%", 5.1, "%", "share", p=(D(2024, 1, 1), D(2024, 9, 30))),
        R(
            "5.5%",
            5.5,
            "%",
            "share",
            mod="target",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-09-30, open..open"},
        ),
    ],
)

case(
    3069,
    "s22",
    D(2025, 2, 14),
    "截至2024年末，全省基本养老保险参保人数达到3821.5万人（含城乡居民养老保险2210.4万人），失业保险、工伤保险参保人数分别为705.3万人、892.6万人。",
    [
        R(
            "3821.5万人",
            38215000.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "2210.4万人",
            22104000.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "705.3万人",
            7053000.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R(
            "892.6万人",
            8926000.0,
            "人",
            "level",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
    ],
)

case(
    3070,
    "s23",
    D(2024, 6, 28),
    "经省政府同意，全省城乡居民基础养老金最低标准每人每月提高20元，调整后达到每人每月163元，惠及城乡老年居民1260万人。",
    [
        R("20元", 20.0, "元", "level", p=(None, None)),
        R("163元", 163.0, "元", "level", p=(None, None)),
        R("1260万人", 12600000.0, "人", "level", p=(None, None)),
    ],
)

case(
    3071,
    "s24",
    D(2024, 9, 12),
    "1—8月，全省基本医疗保险基金总收入412.36亿元，同比增长5.8%；总支出367.9亿元，同比增长8.3%，基金累计结存1025亿元。",
    [
        R("412.36亿元", 41236000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 8, 31))),
        R("5.8%", 5.8, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 8, 31))),
        R("367.9亿元", 36790000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 8, 31))),
        R("8.3%", 8.3, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 8, 31))),
        R(
            "1025亿元",
            102500000000.0,
            "元",
            "level",
            p=(None, D(2024, 8, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-08-31"},
        ),
    ],
)

case(
    3072,
    "s25",
    D(2025, 1, 30),
    "2024年全省医疗卫生机构总诊疗人次达3.12亿人次，比上年增长4.6%；每千人口执业(助理)医师数3.45人，每千人口医疗卫生机构床位数7.8张。",
    [
        R("3.12亿人次", 312000000.0, "人次", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("4.6%", 4.6, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "3.45人",
            3.45,
            "人",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "7.8张",
            7.8,
            "张",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
    ],
)

case(
    3073,
    "s26",
    D(2024, 11, 15),
    "截至10月底，全省电子社保卡签发人数突破5000万人，覆盖率达到62.3%；医保电子凭证激活人数约4180万人。",
    [
        R(
            "5000万人",
            50000000.0,
            "人",
            "level",
            bound="at_least",
            p=(None, D(2024, 10, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-10-31"},
        ),
        R(
            "62.3%",
            62.3,
            "%",
            "share",
            p=(None, D(2024, 10, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-10-31"},
        ),
        R(
            "4180万人",
            41800000.0,
            "人",
            "level",
            bound="approx",
            p=(None, D(2024, 10, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-10-31"},
        ),
    ],
)

case(
    3074,
    "s27",
    D(2024, 4, 18),
    "一季度，全省共组织各类招聘活动1356场，提供就业岗位86.4万个，帮助1.8万名失业人员实现再就业，其中就业困难人员3200余人。",
    [
        R("1356场", 1356.0, "场", "level", p=(D(2024, 1, 1), D(2024, 3, 31))),
        R("86.4万个", 864000.0, "个", "level", p=(D(2024, 1, 1), D(2024, 3, 31))),
        R(
            "1.8万名",
            18000.0,
            "名",
            "level",
            p=(D(2024, 1, 1), D(2024, 3, 31)),
            opt="value, unit or measure has two readings",
        ),
        R("3200余人", 3200.0, "人", "level", bound="approx", p=(D(2024, 1, 1), D(2024, 3, 31))),
    ],
)

case(
    3075,
    "s28",
    D(2025, 3, 20),
    "2025年，全省城镇新增就业目标为60万人以上，城镇调查失业率控制在5.5%以内，确保零就业家庭动态清零。",
    [
        R(
            "60万人",
            600000.0,
            "人",
            "level",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
        R(
            "5.5%",
            5.5,
            "%",
            "share",
            mod="target",
            bound="at_most",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
    ],
)

case(
    3076,
    "s29",
    D(2024, 12, 5),
    "全省现有各级各类医疗卫生机构8.6万个，其中三级医院142家；今年新增家庭医生签约服务团队1200余个。",
    [
        R(
            "8.6万个",
            86000.0,
            "个",
            "level",
            p=(None, None),
            doubt={"p": "also accepted: open..2024-12-05"},
        ),
        R(
            "142家",
            142.0,
            "家",
            "level",
            p=(None, None),
            doubt={"p": "also accepted: open..2024-12-05"},
        ),
        R(
            "1200余个",
            1200.0,
            "个",
            "level",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-05"},
        ),
    ],
)

case(
    3077,
    "s30",
    D(2024, 8, 8),
    "7月当月，全省发放失业保险金2.14亿元，环比增长3.5%，惠及领金人员近11.6万人次。",
    [
        R("2.14亿元", 214000000.0, "元", "level", p=(D(2024, 7, 1), D(2024, 7, 31))),
        R("3.5%", 3.5, "%", "growth", cmp="mom", p=(D(2024, 7, 1), D(2024, 7, 31))),
        R(
            "11.6万人次",
            116000.0,
            "人次",
            "level",
            bound="approx",
            p=(D(2024, 7, 1), D(2024, 7, 31)),
        ),
    ],
)

case(
    3078,
    "d31",
    D(2024, 5, 20),
    "据2023年教育统计公报，全省共有各级各类学校2.3万所，在校生1268.4万人，专任教师89.7万人。",
    [
        R(
            "2.3万所",
            23000.0,
            "所",
            "level",
            p=(D(2023, 1, 1), D(2023, 12, 31)),
            doubt={"p": "also accepted: open..2023-12-31, open..open"},
        ),
        R(
            "1268.4万人",
            12684000.0,
            "人",
            "level",
            p=(D(2023, 1, 1), D(2023, 12, 31)),
            doubt={"p": "also accepted: open..2023-12-31, open..open"},
        ),
        R(
            "89.7万人",
            897000.0,
            "人",
            "level",
            p=(D(2023, 1, 1), D(2023, 12, 31)),
            doubt={"p": "also accepted: open..2023-12-31, open..open"},
        ),
    ],
)

case(
    3079,
    "d32",
    D(2024, 7, 10),
    "2024年全省普通高考报名人数达到68.2万人，比上年增加3.1万人，本科录取率预计保持在45%左右。",
    [
        R("68.2万人", 682000.0, "人", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "3.1万人",
            31000.0,
            "人",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: yoy"},
        ),
        R(
            "45%",
            45.0,
            "%",
            "share",
            mod="estimate",
            bound="approx",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
        ),
    ],
)

case(
    3080,
    "d33",
    D(2025, 1, 12),
    "2024年，全省学前教育毛入园率达到92.1%，九年义务教育巩固率达到97.8%，高中阶段毛入学率达到95.6%，分别比上年提高1.3、0.4和0.9个百分点。",
    [
        R(
            "92.1%",
            92.1,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "97.8%",
            97.8,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "95.6%",
            95.6,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "1.3",
            1.3,
            "pp",
            "pp",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "0.4",
            0.4,
            "pp",
            "pp",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
        R(
            "0.9个百分点",
            0.9,
            "pp",
            "pp",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: open..2024-12-31"},
        ),
    ],
)

case(
    3081,
    "d34",
    D(2024, 3, 15),
    "2023年，全省义务教育阶段学校累计改造薄弱校舍120万平方米，新建、改扩建幼儿园356所，新增学位4.8万个。",
    [
        R("120万平方米", 1200000.0, "平方米", "level", p=(D(2023, 1, 1), D(2023, 12, 31))),
        R("356所", 356.0, "所", "level", p=(D(2023, 1, 1), D(2023, 12, 31))),
        R("4.8万个", 48000.0, "个", "level", p=(D(2023, 1, 1), D(2023, 12, 31))),
    ],
)

case(
    3082,
    "d35",
    D(2024, 12, 20),
    "今年以来，全省累计发放国家助学贷款36.8亿元，资助学生52.6万人，贷款金额和人数分别较去年同期增长12.4%和9.8%。",
    [
        R("36.8亿元", 3680000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 20))),
        R("52.6万人", 526000.0, "人", "level", p=(D(2024, 1, 1), D(2024, 12, 20))),
        R("12.4%", 12.4, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 20))),
        R("9.8%", 9.8, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 20))),
    ],
)

case(
    3083,
    "d36",
    D(2024, 10, 12),
    "江西省教育厅消息，全省今年共招聘特岗教师4500名，其中音体美等紧缺学科教师占比超过三成。",
    [
        R(
            "4500名",
            4500.0,
            "名",
            "level",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-10-12"},
            opt="value, unit or measure has two readings",
        ),
        R(
            "三成",
            30.0,
            "%",
            "share",
            bound="at_least",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-10-12, open..open"},
        ),
    ],
)

case(
    3084,
    "d37",
    D(2025, 2, 26),
    "2024年全省高校毕业生初次去向落实率为86.5%，高于全国平均水平1.2个百分点，居全国第八位。",
    [
        R("86.5%", 86.5, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("1.2个百分点", 1.2, "pp", "pp", cmp="national", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("第八", 8.0, "rank", "rank", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3085,
    "d38",
    D(2024, 5, 28),
    "今年，全省将新增公办学位2万个以上，新建改扩建中小学校50所，力争基本消除56人以上大班额。",
    [
        R(
            "2万个",
            20000.0,
            "个",
            "level",
            mod="target",
            bound="at_least",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-05-28"},
        ),
        R(
            "50所",
            50.0,
            "所",
            "level",
            mod="target",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-05-28"},
        ),
    ],
)

case(
    3086,
    "g39",
    D(2024, 8, 15),
    "省商务厅发布，1—7月全省社会消费品零售总额达1.52万亿元，同比增长5.2%，增速高于全国1.7个百分点，居全国第3位。",
    [
        R("1.52万亿元", 1520000000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 7, 31))),
        R("5.2%", 5.2, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 7, 31))),
        R("1.7个百分点", 1.7, "pp", "pp", cmp="national", p=(D(2024, 1, 1), D(2024, 7, 31))),
        R("第3", 3.0, "rank", "rank", p=(D(2024, 1, 1), D(2024, 7, 31))),
    ],
)

case(
    3087,
    "g40",
    D(2025, 1, 5),
    "2024年，全省完成交通固定资产投资1286亿元，为年度计划的112%；新增高速公路通车里程415公里（含改扩建126公里），全省高速公路总里程突破9000公里。",
    [
        R("1286亿元", 128600000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("112%", 112.0, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("415公里", 415.0, "公里", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R("126公里", 126.0, "公里", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "9000公里",
            9000.0,
            "公里",
            "level",
            bound="at_least",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
    ],
)

case(
    3088,
    "g41",
    D(2024, 11, 30),
    "截至11月底，全省水利建设完成投资658.3亿元，较去年同期增长8.6%，投资完成率达到94.2%；新增恢复灌溉面积126万亩。",
    [
        R("658.3亿元", 65830000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 11, 30))),
        R("8.6%", 8.6, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 11, 30))),
        R(
            "94.2%",
            94.2,
            "%",
            "share",
            p=(D(2024, 1, 1), D(2024, 11, 30)),
            doubt={"p": "also accepted: open..2024-11-30"},
        ),
        R("126万亩", 1260000.0, "亩", "level", p=(D(2024, 1, 1), D(2024, 11, 30))),
    ],
)

case(
    3089,
    "g42",
    D(2024, 10, 9),
    "国庆假期7天，全省共接待游客5863.2万人次，按可比口径同比增长9.1%；实现旅游收入432.7亿元，同比增长7.8%。",
    [
        R(
            "7天",
            7.0,
            "天",
            "level",
            p=(D(2024, 10, 1), D(2024, 10, 7)),
            doubt={"p": "also accepted: open..open"},
            opt="doubtful as a quantity",
        ),
        R(
            "5863.2万人次",
            58632000.0,
            "人次",
            "level",
            p=(D(2024, 10, 1), D(2024, 10, 7)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "9.1%",
            9.1,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 10, 1), D(2024, 10, 7)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "432.7亿元",
            43270000000.0,
            "元",
            "level",
            p=(D(2024, 10, 1), D(2024, 10, 7)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "7.8%",
            7.8,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 10, 1), D(2024, 10, 7)),
            doubt={"p": "also accepted: open..open"},
        ),
    ],
)

case(
    3090,
    "g43",
    D(2024, 7, 8),
    "上半年，全省新设立经营主体68.5万户，同比增长6.3%，其中新设企业17.2万户；截至6月末，全省实有经营主体总量达到892.4万户。",
    [
        R("68.5万户", 685000.0, "户", "level", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("6.3%", 6.3, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R("17.2万户", 172000.0, "户", "level", p=(D(2024, 1, 1), D(2024, 6, 30))),
        R(
            "892.4万户",
            8924000.0,
            "户",
            "level",
            p=(None, D(2024, 6, 30)),
            doubt={"p": "also accepted: 2024-01-01..2024-06-30"},
        ),
    ],
)

case(
    3091,
    "g44",
    D(2025, 2, 18),
    "省科技厅介绍，2024年全省技术合同成交额达到1650.8亿元，增长23.5%；高新技术企业数量突破1.6万家，全社会研发经费投入强度预计达到2.35%。",
    [
        R("1650.8亿元", 165080000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 31))),
        R(
            "23.5%",
            23.5,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 12, 31)),
            doubt={"cmp": "also accepted: None"},
        ),
        R(
            "1.6万家",
            16000.0,
            "家",
            "level",
            bound="at_least",
            p=(None, D(2024, 12, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-12-31"},
        ),
        R("2.35%", 2.35, "%", "share", mod="estimate", p=(D(2024, 1, 1), D(2024, 12, 31))),
    ],
)

case(
    3092,
    "g45",
    D(2024, 6, 20),
    "1-5月,全省实际使用外资12.8亿美元,同比下降18.6%;新设外商投资企业386家,同比增长11.2%。",
    [
        R("12.8亿美元", 1280000000.0, "美元", "level", p=(D(2024, 1, 1), D(2024, 5, 31))),
        R("18.6%", -18.6, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 5, 31))),
        R("386家", 386.0, "家", "level", p=(D(2024, 1, 1), D(2024, 5, 31))),
        R("11.2%", 11.2, "%", "growth", cmp="yoy", p=(D(2024, 1, 1), D(2024, 5, 31))),
    ],
)

case(
    3093,
    "g46",
    D(2024, 4, 25),
    "一季度全省港口完成货物吞吐量3.2亿吨、集装箱吞吐量612万标箱，分别增长4.8%和10.3%。",
    [
        R("3.2亿吨", 320000000.0, "吨", "level", p=(D(2024, 1, 1), D(2024, 3, 31))),
        R("612万标箱", 6120000.0, "标箱", "level", p=(D(2024, 1, 1), D(2024, 3, 31))),
        R(
            "4.8%",
            4.8,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 3, 31)),
            doubt={"cmp": "also accepted: None"},
        ),
        R(
            "10.3%",
            10.3,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 1, 1), D(2024, 3, 31)),
            doubt={"cmp": "also accepted: None"},
        ),
    ],
)

case(
    3094,
    "g47",
    D(2025, 3, 22),
    "2025年全省计划完成水利投资700亿元，确保新建改造农村供水工程1500处，农村自来水普及率达到93%以上。",
    [
        R(
            "700亿元",
            70000000000.0,
            "元",
            "level",
            mod="target",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
        ),
        R("1500处", 1500.0, "处", "level", mod="target", p=(D(2025, 1, 1), D(2025, 12, 31))),
        R(
            "93%",
            93.0,
            "%",
            "share",
            mod="target",
            bound="at_least",
            p=(D(2025, 1, 1), D(2025, 12, 31)),
            doubt={"p": "also accepted: open..2025-12-31"},
        ),
    ],
)

case(
    3095,
    "g48",
    D(2024, 2, 20),
    "春节假期8天，全省纳入监测的126家A级旅游景区累计接待游客1260.5万人次，同比增长32.7%，较2019年同期增长18.4%。",
    [
        R(
            "8天",
            8.0,
            "天",
            "level",
            p=(D(2024, 2, 10), D(2024, 2, 17)),
            doubt={"p": "also accepted: open..open"},
            opt="doubtful as a quantity",
        ),
        R(
            "126家",
            126.0,
            "家",
            "level",
            p=(D(2024, 2, 10), D(2024, 2, 17)),
            doubt={"p": "also accepted: open..open"},
            opt="doubtful as a quantity",
        ),
        R(
            "1260.5万人次",
            12605000.0,
            "人次",
            "level",
            p=(D(2024, 2, 10), D(2024, 2, 17)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "32.7%",
            32.7,
            "%",
            "growth",
            cmp="yoy",
            p=(D(2024, 2, 10), D(2024, 2, 17)),
            doubt={"p": "also accepted: open..open"},
        ),
        R(
            "18.4%",
            18.4,
            "%",
            "growth",
            p=(D(2024, 2, 10), D(2024, 2, 17)),
            doubt={"cmp": "also accepted: prior_period", "p": "also accepted: open..open"},
        ),
    ],
)

case(
    3096,
    "g49",
    D(2024, 12, 16),
    "今年以来，全省市场监管部门共抽检食品12.6万批次，总体不合格率为2.1%，较上年下降0.3个百分点；查办各类案件1.9万件，罚没金额3.4亿元。",
    [
        R("12.6万批次", 126000.0, "批次", "level", p=(D(2024, 1, 1), D(2024, 12, 16))),
        R("2.1%", 2.1, "%", "share", p=(D(2024, 1, 1), D(2024, 12, 16))),
        R("0.3个百分点", -0.3, "pp", "pp", cmp="yoy", p=(D(2024, 1, 1), D(2024, 12, 16))),
        R("1.9万件", 19000.0, "件", "level", p=(D(2024, 1, 1), D(2024, 12, 16))),
        R("3.4亿元", 340000000.0, "元", "level", p=(D(2024, 1, 1), D(2024, 12, 16))),
    ],
)

case(
    3097,
    "g50",
    D(2024, 9, 25),
    "截至8月底，我省拥有国家级科技企业孵化器62家、省级以上重点实验室436个，全省有效发明专利拥有量达到8.93万件，每万人口高价值发明专利拥有量11.6件。",
    [
        R(
            "62家",
            62.0,
            "家",
            "level",
            p=(None, D(2024, 8, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-08-31"},
        ),
        R(
            "436个",
            436.0,
            "个",
            "level",
            p=(None, D(2024, 8, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-08-31"},
        ),
        R(
            "8.93万件",
            89300.0,
            "件",
            "level",
            p=(None, D(2024, 8, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-08-31"},
        ),
        R(
            "11.6件",
            11.6,
            "件",
            "level",
            p=(None, D(2024, 8, 31)),
            doubt={"p": "also accepted: 2024-01-01..2024-08-31"},
        ),
    ],
)
