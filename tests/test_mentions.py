"""Places and organisations mentioned in item texts; the county reference table."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaiju_research.entities import prefectures
from kaiju_research.mentions import (
    MENTIONS_SCHEMA,
    MENTIONS_TABLE_SCHEMA,
    counties,
    extract_mentions,
    mentions_table,
)
from kaiju_research.parse import parse_bulletin

from .conftest import RAW_BULLETIN


@pytest.fixture(scope="module")
def items() -> dict[int, str]:
    bulletin = parse_bulletin(RAW_BULLETIN.read_text(encoding="utf-8"))
    return {item.seq: item.text for item in bulletin.items}


def _item_with(items: dict[int, str], needle: str) -> str:
    return next(text for text in items.values() if needle in text)


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return list(extract_mentions(text).select("surface", "kind", "code").iter_rows())


# --- counties.csv ----------------------------------------------------------------------------


def test_hunan_has_122_county_level_divisions() -> None:
    frame = counties()
    assert frame.columns == ["code", "name", "name_en", "short_name", "prefecture_code"]
    assert frame.height == 122
    assert frame["code"].is_unique().all()
    assert frame["name"].is_unique().all()
    by_type = {
        "市辖区": frame.filter(pl.col("name").str.ends_with("区")).height,
        "县级市": frame.filter(pl.col("name").str.ends_with("市")).height,
        "自治县": frame.filter(pl.col("name").str.ends_with("自治县")).height,
    }
    by_type["县"] = frame.height - sum(by_type.values())
    assert by_type == {"市辖区": 36, "县级市": 19, "自治县": 7, "县": 60}


def test_county_codes_belong_to_their_prefecture() -> None:
    frame = counties()
    known = set(prefectures()["code"])
    for row in frame.iter_rows(named=True):
        assert row["code"].isdigit()
        assert len(row["code"]) == 6
        assert row["prefecture_code"] in known
        assert row["code"][:4] == row["prefecture_code"][:4]
        assert row["code"] != row["prefecture_code"]
        assert row["name_en"].isascii()
        assert row["short_name"]
    # Every prefecture has counties.
    assert set(frame["prefecture_code"]) == known


@pytest.mark.parametrize(
    ("name", "code", "short"),
    [
        ("邵东市", "430582", "邵东"),
        ("长沙县", "430121", "长沙县"),
        ("芙蓉区", "430102", "芙蓉"),
        ("祁阳市", "431181", "祁阳"),
        ("城步苗族自治县", "430529", "城步"),
        ("津市市", "430781", "津市"),
        ("吉首市", "433101", "吉首"),
        ("湘潭县", "430321", "湘潭县"),
    ],
)
def test_known_counties(name: str, code: str, short: str) -> None:
    row = counties().filter(pl.col("name") == name).row(0, named=True)
    assert (row["code"], row["short_name"]) == (code, short)


def test_no_short_name_equals_a_prefecture_short_name() -> None:
    pref_forms = set(prefectures()["short_name"]) | set(prefectures()["name"])
    assert not set(counties()["short_name"]) & pref_forms


# --- places in real sentences ----------------------------------------------------------------


def test_county_by_short_name(items: dict[int, str]) -> None:
    found = _found(_item_with(items, "邵东桐江"))
    assert ("邵东", "county", "430582") in found
    # 张家界等三市, 郴州等三市: the cities are places, 三市 is not.
    assert ("张家界", "prefecture", "430800") in found
    assert ("郴州", "prefecture", "431000") in found
    assert ("岳阳", "prefecture", "430600") in found
    assert not any("三市" in surface for surface, _, _ in found)


def test_prefecture_preferred_over_same_named_county(items: dict[int, str]) -> None:
    found = _found(_item_with(items, "在长沙召开"))
    assert ("长沙", "prefecture", "430100") in found
    assert _found("长沙县和浏阳市") == [
        ("长沙县", "county", "430121"),
        ("浏阳市", "county", "430181"),
    ]


def test_collective_words_are_not_places(items: dict[int, str]) -> None:
    text = _item_with(items, "深入8个县市区、园区")
    surfaces = {surface for surface, _, _ in _found(text)}
    assert surfaces == {"湘潭市"}
    assert _found("各市州、县市区、园区和三市") == []


def test_organisations_by_suffix(items: dict[int, str]) -> None:
    found = _found(_item_with(items, "湖南国贸集团"))
    assert ("湖南国贸集团", "organisation", None) in found
    assert ("衡钢资源公司", "organisation", None) in found
    assert ("衡阳", "prefecture", "430400") in found  # 衡阳绿色盐碱产业基地
    # 成立合资公司: a generic head is not an organisation.
    assert not any(surface.endswith("合资公司") for surface, _, _ in found)
    found = _found(_item_with(items, "湖南涉外经济学院"))
    assert ("湖南涉外经济学院", "organisation", None) in found
    assert ("湖南钢铁涟钢公司", "organisation", None) in found
    assert ("省财政厅", "organisation", "czt") in found
    found = _found(_item_with(items, "技术创新中心"))
    assert ("省智能建造与新型建筑工业化技术创新中心", "organisation", None) in found


def test_provincial_departments_are_linked(items: dict[int, str]) -> None:
    found = _found(_item_with(items, "湖南省工业和信息化厅"))
    assert ("湖南省工业和信息化厅", "organisation", "gxt") in found
    # A city's own bureau is not the provincial department.
    assert not any(code == "fgw" for _, _, code in _found(_item_with(items, "市发改委")))


def test_every_item_mentions_its_own_prefecture(items: dict[int, str]) -> None:
    bulletin = parse_bulletin(RAW_BULLETIN.read_text(encoding="utf-8"))
    for item in bulletin.items:
        if item.entity.kind == "prefecture":
            codes = set(extract_mentions(item.text)["code"].drop_nulls())
            assert item.entity.code in codes, item.headline


# --- made-up sentences and negatives ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市州", []),
        ("三市联动", []),
        ("县市区", []),
        ("湖南县域经济", []),  # not 南县
        ("湘西南地区", []),  # not 湘西州
        ("岳阳楼", []),  # the tower, neither 岳阳 nor the district without 区
        ("开辟绿色通道", []),  # 通道 is a word here
        ("会同有关部门", []),
        ("以企业为中心", []),
        ("大学生就业", []),
        ("永州市道县", [("永州市", "prefecture", "431100"), ("道县", "county", "431124")]),
        ("湖南省长沙市", [("湖南省长沙市", "prefecture", "430100")]),
        ("城步县", [("城步县", "county", "430529")]),
        ("通道侗族自治县", [("通道侗族自治县", "county", "431230")]),
        ("天心区", [("天心区", "county", "430103")]),
        ("长沙银行", [("长沙银行", "organisation", None)]),  # longest wins
        ("湘西州", [("湘西州", "prefecture", "433100")]),
    ],
)
def test_made_up(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_canonical_names() -> None:
    frame = extract_mentions("邵东和长沙")
    assert frame["name"].to_list() == ["邵东市", "长沙市"]


def test_mentions_table() -> None:
    items = pl.DataFrame(
        {
            "issue_id": ["x-001", "x-001", "x-002"],
            "seq": [2, 1, 1],
            "text": ["邵东和长沙", None, "湘西州"],
        }
    )
    table = mentions_table(items)
    assert table.schema == pl.Schema(MENTIONS_TABLE_SCHEMA)
    assert table.select("issue_id", "seq", "surface").rows() == [
        ("x-001", 2, "邵东"),
        ("x-001", 2, "长沙"),
        ("x-002", 1, "湘西州"),
    ]
    assert mentions_table(items.clear()).schema == pl.Schema(MENTIONS_TABLE_SCHEMA)


# --- properties ------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("长沙县市州湘西南道邵东岳阳楼区集团公司中心与和推动湖省财政厅1，。 ")
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.text(_ALPHABET, max_size=60)))
def test_extract_mentions_never_raises_offsets_hold_no_overlap(text: str) -> None:
    frame = extract_mentions(text)
    assert frame.schema == pl.Schema(MENTIONS_SCHEMA)
    last_end = 0
    for row in frame.iter_rows(named=True):
        assert text[row["start"] : row["end"]] == row["surface"]
        assert row["start"] >= last_end
        last_end = row["end"]
        assert row["kind"] in {"prefecture", "county", "organisation"}
