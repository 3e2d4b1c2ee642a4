"""Numerals, scales and measure words: the surface text of a number → a float in base units.

Everything here is a table or a compiled pattern; `indicators.py` decides what a number means.
"""

from __future__ import annotations

import re

from kaiju_research.numerals import parse_chinese

# Full-width digits, Latin letters, `％`, `．`, `＋`, `－` fold 1:1 to ASCII (and `*` to a space)
# so that one pattern covers both forms and every offset in the folded text is an offset in the
# original text.
FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "％": "%",
        "．": ".",
        "＋": "+",
        "－": "-",
        "−": "-",
        "／": "/",  # `微克／立方米`
        # bold markers left by PDF conversion (`**上半年，…**，增长5.2%`) are not words
        "*": " ",
        "＊": " ",
    }
)


# Latin unit symbols that may follow a number directly; any other letter after a number makes
# it a code or name (`5G`, `G4`), not a quantity.
LATIN_UNITS = (
    "TEU", "GWh", "MWh", "kWh", "GW", "MW", "kW", "km", "kg",
    "EFLOPS", "PFLOPS", "TFLOPS", "Gbps", "Mbps", "PB", "TB",
    "P",  # computing power in PFLOPS, as data-centre reports write it (`3.6万P`)
)  # fmt: skip

SCALES = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
}

# Measure word as written → base unit. Only the percentage-point forms are renamed (`pp`); a
# measure word is otherwise its own base unit. Longer words must win over their prefixes
# (人次 over 人, 个百分点 over 个, 平方公里 over 公里): the pattern is built longest first.
UNITS: dict[str, str] = {
    "%": "%",
    "‰": "‰",
    "个百分点": "pp",
    "百分点": "pp",
    "个基点": "pp",  # a basis point is a hundredth of a point (BASIS_POINT_UNITS)
    "基点": "pp",
    "倍": "倍",
    # money
    "元": "元",
    "美元": "美元",
    "欧元": "欧元",
    "港元": "港元",
    "日元": "日元",
    "元人民币": "元",
    # people and organisations
    "人": "人",
    "人次": "人次",
    "名": "名",
    "位": "位",
    "户": "户",
    "户次": "户次",
    "家": "家",
    "家次": "家次",
    # generic counts
    "个": "个",
    "项": "项",
    "条": "条",
    "场": "场",
    "场次": "场次",
    "次": "次",
    "笔": "笔",
    "类": "类",
    "种": "种",
    "批": "批",
    "批次": "批次",
    "件": "件",
    "通": "通",  # calls (`接听来电11.2万通`)
    "套": "套",
    "台": "台",
    "辆": "辆",
    "艘": "艘",
    "架": "架",
    "座": "座",
    "所": "所",
    "张": "张",
    "宗": "宗",
    "起": "起",
    "例": "例",
    "份": "份",
    "款": "款",
    "部": "部",
    "处": "处",
    "栋": "栋",
    "间": "间",
    "头": "头",
    "头只": "头只",  # livestock counted together (`386.2万头只`)
    "只": "只",
    "株": "株",
    "棵": "棵",
    "床": "床",
    "册": "册",
    "篇": "篇",
    "支": "支",
    "箱": "箱",
    "标箱": "标箱",
    "标准箱": "标准箱",
    "枝": "枝",
    "列": "列",
    "块": "块",
    "片": "片",  # wafers, panels (`集成电路圆片产量26.8万片`)
    "枚": "枚",
    "颗": "颗",
    "眼": "眼",
    "羽": "羽",
    "尾": "尾",
    "架次": "架次",
    "艘次": "艘次",
    "车次": "车次",
    "辆次": "辆次",
    "台套": "台套",
    "班次": "班次",
    "班": "班",  # flights, trains, buses (`每周46班`)
    "对": "对",  # couples (`结婚登记4.1万对`)
    "口": "口",  # wells, water cellars, ponds (`小水窖1260口`)
    "轮": "轮",  # rounds (`4轮强降雨过程`)
    "座次": "座次",  # seats taken (`接待游客1.86万座次`)
    # area, length, weight, volume, energy
    "亩": "亩",
    "公顷": "公顷",
    "平方米": "平方米",
    "平方公里": "平方公里",
    "平方千米": "平方千米",
    "立方米": "立方米",
    "公里": "公里",
    "千米": "千米",
    "米": "米",
    "毫米": "毫米",
    "厘米": "厘米",
    "吨": "吨",
    "吨标准煤": "吨标准煤",
    "吨标煤": "吨标煤",
    "千克": "千克",
    "公斤": "公斤",
    "斤": "斤",
    "克": "克",
    "毫克": "毫克",
    "微克": "微克",
    "升": "升",
    "千瓦": "千瓦",
    "千瓦时": "千瓦时",
    "兆瓦": "兆瓦",
    "度": "度",
    "℃": "℃",
    "摄氏度": "℃",
    # Latin symbols, as written after a number (`100MW`, `1.2万TEU`)
    **{symbol: symbol for symbol in LATIN_UNITS},
    # age and durations (years are left out on purpose: `5年` collides with calendar years)
    "岁": "岁",
    "个月": "个月",
    "天": "天",
    "个工作日": "工作日",  # 个 classifies the days; `3工作日` is the same unit
    "工作日": "工作日",
    "小时": "小时",
    "分钟": "分钟",
}

# Measure words whose figure is a fraction of the base unit (`35个基点` → 0.35 pp).
BASIS_POINT_UNITS = frozenset({"个基点", "基点"})
# Percent-like units: the value is a rate, the measure is growth / share / pp.
RATE_UNITS = frozenset({"%", "‰", "pp", "倍"})
# Measure words that count things; the counted noun usually follows (`297家负增长企业`).
CLASSIFIERS = frozenset(
    u
    for u in UNITS.values()
    if u not in RATE_UNITS
    and u
    not in {
        "元",
        "美元",
        "欧元",
        "港元",
        "日元",
        "亩",
        "公顷",
        "平方米",
        "平方公里",
        "平方千米",
        "立方米",
        "公里",
        "千米",
        "米",
        "毫米",
        "厘米",
        "吨",
        "吨标准煤",
        "吨标煤",
        "千克",
        "公斤",
        "斤",
        "克",
        "毫克",
        "微克",
        "升",
        "千瓦",
        "千瓦时",
        "兆瓦",
        "度",
        "℃",
        *LATIN_UNITS,
        "岁",
        "个月",
        "天",
        "工作日",
        "小时",
        "分钟",
    }
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NUM_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A Chinese numeral must start with a digit or 十: a leading 千/万/百 is an adjective in names
# (`千名农技人员`, `万企`, `百大项目`), not a count. Twenty characters are more than any written
# numeral needs (`三千二百五十六万七千八百九十`: 14); the bound keeps a long run of numeral
# characters from being rescanned at each of its positions (quadratic time).
NUM_CHINESE = r"[一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿]{0,19}"
UNIT = _alternation(list(UNITS))


# A scale word that begins a measure word is the measure word (`千瓦时`, `千克`, `百分点`):
# `7549亿千瓦时` is 亿 + 千瓦时, not 亿千 + 瓦时.
def _scale_pattern(gap: str) -> str:
    return "|".join(
        re.escape(scale)
        + (
            f"(?!{'|'.join(gap + gap.join(map(re.escape, u[len(scale) :])) for u in longer)})"
            if longer
            else ""
        )
        for scale in sorted(SCALES, key=len, reverse=True)
        for longer in [[u for u in UNITS if u.startswith(scale) and u != scale]]
    )


SCALE = _scale_pattern("")
# A rate unit (`微克/立方米`, `元/吨`) is two measure words; its base unit keeps the slash.
COMPOUND_UNIT = rf"(?:{UNIT})(?:/(?:{UNIT}|年|月|日))?"  # `元/吨`, `7亿吨/年`

# Spaces, or one line break where a PDF wrapped the line (`156.8 亿\n元`), inside a quantity.
_GAP = r"[ \t]*(?:\n[ \t]*)?"

# One number, then an optional scale, 余/多 (approximate) and measure word. The look-arounds keep
# codes and names out: `G4`, `5G`, `1+4`, e-mail addresses. A Chinese numeral matches only with
# a measure word (and never as a lone 一: an article or part of an idiom: 一企一策, 一线, 一批),
# so the many numeral characters of ordinary prose cost nothing.


def _token_pattern(unit: str, compound_unit: str, scale: str = SCALE) -> re.Pattern[str]:
    return re.compile(
        rf"(?=[\d一二两三四五六七八九十])(?:"
        rf"(?<![\dA-Za-z._@#/+])(?P<num>{NUM_ARABIC})"
        rf"(?:(?=(?:{'|'.join(LATIN_UNITS)})(?![A-Za-z]))|(?![\dA-Za-z@_+]))"
        rf"(?:{_GAP}(?P<scale>{scale}))?(?:[ \t]*(?P<mid>余|多))?(?:(?P<scale2>{scale}))?"
        rf"(?:{_GAP}(?P<unit>{compound_unit}))?"
        rf"|(?!一(?![〇零一二两三四五六七八九十百千万亿]))(?P<cnum>{NUM_CHINESE})"
        rf"(?P<cmid>余|多)?(?P<cscale>万亿|亿|万)?(?P<cunit>{unit}))"  # 三百余万个
    )


TOKEN = _token_pattern(UNIT, COMPOUND_UNIT)
# For text with line breaks: a PDF may also wrap the line inside a measure word (`亿千瓦\n时`,
# `万标准\n箱`). A separate pattern, so that text without breaks pays nothing for it.
_UNIT_WRAPPED = "|".join(
    _GAP.join(re.escape(c) for c in w) for w in sorted(UNITS, key=len, reverse=True)
)
TOKEN_WRAPPED = _token_pattern(
    _UNIT_WRAPPED,
    rf"(?:{_UNIT_WRAPPED})(?:/(?:{_UNIT_WRAPPED}|年|月|日))?",
    _scale_pattern(_GAP),  # `亿千\n瓦时` is 亿 + 千瓦时, also across the break
)


def base_unit(word: str) -> str:
    """The base unit of a measure word as matched by TOKEN (`个百分点` → `pp`, `元/吨` stays)."""
    if "\n" in word or " " in word or "\t" in word:  # wrapped inside the word (TOKEN_WRAPPED)
        word = "".join(word.split())
    if "/" in word:
        return "/".join(UNITS.get(part, part) for part in word.split("/"))  # (`吨/年`)
    return UNITS[word]


def parse_number(numeral: str) -> float:
    """Value of an Arabic (`1,234.5`) or Chinese (`三千`) numeral."""
    if numeral[0].isdigit():
        return float(numeral.replace(",", ""))
    return parse_chinese(numeral)


def is_chinese(numeral: str) -> bool:
    return not numeral[0].isdigit()
