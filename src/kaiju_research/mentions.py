"""Places and organisations mentioned anywhere in a bulletin text.

`entities.link_lead_entity` names the one organisation an item *opens* with; this module
finds every prefecture, county-level division and organisation a text *mentions*:

- prefectures from `entities.prefectures()` (full name, short name, aliases; 湖南省长沙市);
- the 122 county-level divisions of `data/counties.csv` by full name (邵东市, 长沙县,
  芙蓉区, 城步苗族自治县) and, where the bare form is not a common word, by short name
  (邵东, 浏阳, 醴陵; 城步县 for an autonomous county). District short names (天心, 雨花,
  石峰, 君山 …) and short names that are everyday words (通道 "channel", 会同 "together
  with", 中方 "the Chinese side", 凤凰, 石门 …) are only matched with their suffix;
- provincial departments from `entities.departments()` written with 省 or 湖南省
  (省财政厅, 湖南省发展和改革委员会), linked to their department code;
- other organisations by suffix (集团, 公司, 学院, 大学, 银行, 医院, 中心, 研究院 …): the
  run of Chinese characters before the suffix, cut after the last verb or function word.

A prefecture wins over a same-named county (长沙 → 长沙市 430100; only 长沙县 is the county),
and overlapping candidates are resolved longest first (长沙银行 is an organisation, not 长沙).
Collective words (市州, 三市, 县市区, 园区) name no place and are never matched.

Limits of the organisation rule (kept simple on purpose): a name that contains a verb of the
cut list or a function word is cut short; an organisation with an unlisted suffix (湖南中烟,
湖南石化, 先赛生物) is missed; a generic head (合资公司, 企业中心) is skipped; prefecture- and
county-level departments (市发改委, 县住建局) are not linked.

Offsets: `text[start:end] == surface` for every row. Pure; never raises on text input.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import polars as pl

from kaiju_research import entities

_DATA_DIR = Path(__file__).resolve().parent / "data"

MENTIONS_SCHEMA: dict[str, pl.DataType] = {
    "surface": pl.String(),
    "kind": pl.String(),  # "prefecture" | "county" | "organisation"
    "code": pl.String(),  # GB/T 2260 code, department code, or null for other organisations
    "name": pl.String(),  # canonical full name; the surface for other organisations
    "start": pl.Int64(),
    "end": pl.Int64(),
}

MENTIONS_TABLE_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "seq": pl.Int64(),
    **MENTIONS_SCHEMA,
}

# County short names that are also everyday words or names of other things; these counties are
# matched only by their full name (通道侗族自治县) or short name plus 县 (通道县).
_AMBIGUOUS_SHORT = frozenset(
    {
        "通道",  # channel (绿色通道)
        "会同",  # together with (会同有关部门)
        "中方",  # the Chinese side
        "凤凰",  # phoenix; brand names
        "石门",  # common place and brand element
        "龙山",  # many places of the name outside Hunan
        "嘉禾",  # brand and company names
        "永兴",  # company names
        "华容",  # 华容道 (a puzzle and a road)
        "平江",  # many places of the name
        "桃源",  # 世外桃源
        "衡山",  # the mountain 南岳衡山
        "新化",  # 新化学 / 新化工 in running text
        "安化",
        "东安",
        "新宁",
        "宁远",
        "新田",
        "临武",
        "双峰",
        "安仁",
        "蓝山",
        "桂东",
        "古丈",
    }
)
# Regional terms that begin with a prefecture name but are not that prefecture.
_REGIONAL = ("湘西南", "湘西北", "湘西地区", "长株潭")
# A one-character county stem (南县, 道县, 攸县, 澧县) is inside another word unless it follows
# a non-CJK character or one of these (湖南县域 is not 南县; 永州市道县 is 道县).
_ONE_CHAR_STEM_OK_AFTER = set("市州省县区、，,和与及在到赴至对的（(“")
_CJK = re.compile(r"[\u3400-\u9fff]")

# --- organisations by suffix -----------------------------------------------------------------

_ORG_SUFFIXES = (
    "有限责任公司",
    "股份有限公司",
    "有限公司",
    "集团",
    "公司",
    "研究院",
    "研究所",
    "设计院",
    "科学院",
    "学院",
    "大学",
    "银行",
    "分行",
    "支行",
    "医院",
    "中心",
    "协会",
    "商会",
    "学会",
    "基金会",
    "合作社",
    "开发区",
    "高新区",
    "经开区",
    "园区",
)
# A suffix followed by one of these is part of another word: 大学生, 银行业, 公司制, 中心城区.
_ORG_SUFFIX = re.compile(
    "(?:" + "|".join(re.escape(s) for s in _ORG_SUFFIXES) + ")(?![生业制化型级类城镇区])"
)
# The name is what follows the last of these in the run before the suffix.
_CUT_WORDS = re.compile(
    "推动|推进|发挥|成立|组建|组织|依托|联合|支持|帮助|指导|召开|举办|通过|会同|对接|"
    "走访|引进|引导|落户|签约|牵头|协调|联动|前往|深入|围绕|聚焦|督促|推荐|依靠|设立|新建|"
    "[的为了是把被将在向从以让给使由于等至赴到]"
)
_LEADING_GLUE = re.compile(r"^(?:和|与|及|同|跟|暨|或)+")
# Inside the run, a list connective starts a new name unless the run opens with a name-like
# prefix (省智能建造与新型建筑工业化技术创新中心 is one name).
_LIST_CONNECTIVE = re.compile(r"[和与及]")
_NAME_OPENINGS = ("省", "市", "县", "湖南", "中国", "国家", "中央")
_MEASURE_WORDS = set("家个所名座条批户")
_GENERIC_HEADS = frozenset(
    {
        "合资",
        "合营",
        "独资",
        "子",
        "分",
        "该",
        "本",
        "各",
        "有关",
        "相关",
        "重点",
        "龙头",
        "民营",
        "国有",
        "上市",
        "平台",
        "企业",
        "城市",
        "市场",
        "产业",
        "经济",
        "数据",
        "服务",
        "政务服务",
        "指挥",
        "调度",
        "研发",
        "创新",
        "物流",
        "培训",
        "检测",
        "运营",
        "工业",
        "科技",
        "投资",
        "控股",
        "省级",
        "市级",
        "县级",
        "国家级",
    }
)
_MAX_ORG_HEAD = 20
# Suffixes whose two-character heads are usually generic (城市中心, 工业园区).
_LONG_HEAD_SUFFIXES = ("中心", "园区", "开发区")


@cache
def counties() -> pl.DataFrame:
    """The 122 county-level divisions of Hunan (`data/counties.csv`), every column String."""
    return pl.read_csv(_DATA_DIR / "counties.csv", infer_schema=False, empty_string_is_null=False)


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split("|") if a.strip()]


@cache
def _place_index() -> dict[str, tuple[str, str, str] | None]:
    """Surface form → (kind, code, canonical name); None marks a blocker (a non-place word).

    Prefectures are entered last so that a form claimed by both (none today) is a prefecture.
    """
    index: dict[str, tuple[str, str, str] | None] = {}
    for row in counties().iter_rows(named=True):
        value = ("county", row["code"], row["name"])
        index[row["name"]] = value
        short = row["short_name"]
        is_district = row["name"].endswith("区")
        if row["name"].endswith("自治县"):
            index[short + "县"] = value  # 城步县, 江华县: the usual everyday form
        if short == row["name"] or len(short) < 2:
            continue
        if is_district or short in _AMBIGUOUS_SHORT:
            # Not a mention on its own, but it must still stop a prefecture from matching
            # inside it (岳阳楼 is not 岳阳).
            index.setdefault(short, None)
            continue
        index[short] = value
    for form in _REGIONAL:
        index[form] = None
    for row in entities.prefectures().iter_rows(named=True):
        value = ("prefecture", row["code"], row["name"])
        for form in {row["name"], row["short_name"], *_split(row["aliases"])}:
            index[form] = value
            index["湖南省" + form] = value
            index["湖南" + form] = value
    return index


@cache
def _department_index() -> dict[str, tuple[str, str, str]]:
    """Provincial department forms that carry 省 or 湖南省 → (kind, code, name).

    Bare forms (财政厅, 发改委) are left out: in a body they often mean a city's own bureau
    (市发改委), which is not the provincial one.
    """
    index: dict[str, tuple[str, str, str]] = {}
    for row in entities.departments().iter_rows(named=True):
        value = ("organisation", row["code"], row["name"])
        for alias in (row["name"], row["short_name"], *_split(row["aliases"])):
            for prefix in ("湖南省", "省"):
                if alias.startswith(prefix) and len(alias) > len(prefix) + 1:
                    rest = alias.removeprefix(prefix)
                    index["省" + rest] = value
                    index["湖南省" + rest] = value
                    break
            else:
                if len(alias) >= 4:  # full names such as 中国人民银行湖南省分行
                    index[alias] = value
    return index


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    forms = _place_index() if kind == "place" else _department_index()
    # Longest first: at one position the alternation takes the first form that matches.
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return re.compile("|".join(re.escape(f) for f in ordered))


# A candidate: (start, end, surface, kind, code, name).
_Candidate = tuple[int, int, str, str, str | None, str]


def _place_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    index = _place_index()
    for match in _pattern("place").finditer(text):
        surface = match.group(0)
        value = index[surface]
        if value is None:
            continue
        if len(surface) == 2 and surface.endswith("县") and value[0] == "county":
            before = text[match.start() - 1] if match.start() else ""
            if before and _CJK.match(before) and before not in _ONE_CHAR_STEM_OK_AFTER:
                continue
        found.append((match.start(), match.end(), surface, *value))
    return found


def _department_candidates(text: str) -> list[_Candidate]:
    index = _department_index()
    return [
        (m.start(), m.end(), m.group(0), *index[m.group(0)])
        for m in _pattern("department").finditer(text)
    ]


def _org_head(text: str, left: int, right: int) -> int | None:
    """Where the name before a suffix at `right` starts, or None if there is no usable name."""
    start = right
    # The maximal run of CJK characters before the suffix, not crossing `left`.
    while start > left and _CJK.match(text[start - 1]) and right - start < _MAX_ORG_HEAD:
        start -= 1
    if start == right:
        return None
    run = text[start:right]
    # A run right after a number opens with its measure word: 130家园区.
    if start > 0 and text[start - 1].isdigit() and run[0] in _MEASURE_WORDS:
        start += 1
        run = run[1:]
    cuts = list(_CUT_WORDS.finditer(run))
    if cuts:
        start += cuts[-1].end()
        run = run[cuts[-1].end() :]
    if not run.startswith(_NAME_OPENINGS):
        connectives = list(_LIST_CONNECTIVE.finditer(run))
        if connectives:
            start += connectives[-1].end()
            run = run[connectives[-1].end() :]
    glue = _LEADING_GLUE.match(run)
    if glue:
        start += glue.end()
        run = run[glue.end() :]
    return start if run else None


def _org_candidates(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    found: list[_Candidate] = []
    left = 0
    for match in _ORG_SUFFIX.finditer(text):
        start = _org_head(text, left, match.start())
        left = match.end()  # the next name starts after this suffix (集团与…公司)
        if start is None:
            continue
        head = text[start : match.start()]
        suffix = match.group(0)
        min_head = 3 if suffix in _LONG_HEAD_SUFFIXES else 2
        if len(head) < min_head or head in _GENERIC_HEADS:
            continue
        # A known department or place that ends exactly here is a better reading.
        if any(c[0] <= start and c[1] == match.end() for c in taken):
            continue
        surface = text[start : match.end()]
        found.append((start, match.end(), surface, "organisation", None, surface))
    return found


def extract_mentions(text: str) -> pl.DataFrame:
    """Prefectures, counties and organisations mentioned in `text` (`MENTIONS_SCHEMA`).

    Rows are in order of `start` and never overlap: of overlapping candidates the longest
    wins (ties: the earlier one). Never raises; non-text input gives no rows.
    """
    chosen = _chosen(text) if isinstance(text, str) and text else []
    return pl.DataFrame(
        {
            "surface": [c[2] for c in chosen],
            "kind": [c[3] for c in chosen],
            "code": [c[4] for c in chosen],
            "name": [c[5] for c in chosen],
            "start": [c[0] for c in chosen],
            "end": [c[1] for c in chosen],
        },
        schema=MENTIONS_SCHEMA,
    )


def _chosen(text: str) -> list[_Candidate]:
    """The non-overlapping mentions in `text`, in order: `extract_mentions` without a frame."""
    known = _place_candidates(text) + _department_candidates(text)
    candidates = known + _org_candidates(text, known)
    chosen: list[_Candidate] = []
    occupied = [False] * len(text)
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if any(occupied[cand[0] : cand[1]]):
            continue
        for i in range(cand[0], cand[1]):
            occupied[i] = True
        chosen.append(cand)
    chosen.sort()
    return chosen


def mentions_table(items: pl.DataFrame) -> pl.DataFrame:
    """`extract_mentions` over an items table (columns issue_id, seq, text), with issue_id, seq.

    Result schema: `MENTIONS_TABLE_SCHEMA`, sorted by issue_id, seq, start.
    """
    # Rows straight from `_chosen`: one frame for the whole table, none per item.
    rows = [
        (row["issue_id"], row["seq"], c[2], c[3], c[4], c[5], c[0], c[1])
        for row in items.select("issue_id", "seq", "text").iter_rows(named=True)
        for c in _chosen(row["text"] or "")
    ]
    frames = [pl.DataFrame(rows, schema=MENTIONS_TABLE_SCHEMA, orient="row")] if rows else []
    if not frames:
        return pl.DataFrame(schema=MENTIONS_TABLE_SCHEMA)
    return pl.concat(frames).sort("issue_id", "seq", "start")
