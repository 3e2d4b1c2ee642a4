"""Policy vocabulary: quoted terms, document titles, governance instruments."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaiju_research.normalize import normalize
from kaiju_research.parse import parse_bulletin
from kaiju_research.terms import (
    KINDS,
    TERM_SPREAD_SCHEMA,
    TERMS_SCHEMA,
    TERMS_TABLE_SCHEMA,
    classify_quoted,
    extract_terms,
    instruments,
    term_spread,
    terms_table,
)

from .conftest import RAW_BULLETIN


@pytest.fixture(scope="module")
def items() -> dict[int, str]:
    bulletin = parse_bulletin(RAW_BULLETIN.read_text(encoding="utf-8"))
    return {item.seq: item.text for item in bulletin.items}


def _kinds(text: str) -> dict[str, set[str]]:
    """term → the kinds it was found as."""
    found: dict[str, set[str]] = {}
    for term, kind in extract_terms(text).select("term", "kind").iter_rows():
        found.setdefault(term, set()).add(kind)
    return found


def _item_with(items: dict[int, str], needle: str) -> str:
    return next(text for text in items.values() if needle in text)


# --- rules on real sentences of issue 3 ------------------------------------------------------


def test_formula_with_plus_signs(items: dict[int, str]) -> None:
    found = _kinds(_item_with(items, "1+1+X"))
    assert found["1+1+X"] == {"formula"}
    assert _kinds(_item_with(items, "“1+4”"))["1+4"] == {"formula"}


def test_numbered_formulas(items: dict[int, str]) -> None:
    found = _kinds(_item_with(items, "稳五进三布二"))
    assert found["稳五进三布二"] == {"formula"}
    assert _kinds(_item_with(items, "三个走一遍"))["三个走一遍"] == {"formula"}
    assert _kinds(_item_with(items, "“三个一批”"))["三个一批"] == {"formula"}
    assert _kinds(_item_with(items, "“两重”"))["两新"] == {"formula"}


def test_campaigns_by_suffix_and_following_word(items: dict[int, str]) -> None:
    text = _item_with(items, "经济运行攻坚月")
    assert _kinds(text)["经济运行攻坚月"] == {"campaign"}
    # “企业服务年”“走找想促”“送解优”等行动: the 行动 after the list names all three.
    found = _kinds(_item_with(items, "“送解优”等行动"))
    assert found["企业服务年"] == {"campaign"}
    assert found["走找想促"] == {"campaign"}
    assert found["送解优"] == {"campaign"}
    assert _kinds(_item_with(items, "春风行动"))["春风行动"] == {"campaign"}


def test_target_phrases(items: dict[int, str]) -> None:
    assert _kinds(_item_with(items, "顺利实现“开门稳”"))["开门稳"] == {"target_phrase"}
    assert _kinds(_item_with(items, "开门红"))["开门红"] == {"target_phrase"}


def test_slogans_and_plain_quotes(items: dict[int, str]) -> None:
    found = _kinds(_item_with(items, "政府搭台"))
    assert found["政府搭台、企业唱戏"] == {"slogan"}
    assert found["营销出圈、产品创新、入境便捷、服务暖心"] == {"slogan"}
    assert found["visitzhangjiajie"] == {"quoted"}
    found = _kinds(_item_with(items, "上门服务"))
    assert found["上门服务"] == {"quoted"}
    assert found["点对点"] == {"quoted"}
    assert _kinds(_item_with(items, "智汇潇湘"))["智汇潇湘 才聚湖南"] == {"slogan"}


def test_document_titles_keep_nested_quotes(items: dict[int, str]) -> None:
    text = _item_with(items, "工作清单》")
    frame = extract_terms(text)
    docs = frame.filter(pl.col("kind") == "document")
    title = "一季度“开门稳”经济运行“日调度”工作清单"
    assert title in docs["term"].to_list()
    row = docs.filter(pl.col("term") == title).row(0, named=True)
    assert text[row["start"] : row["end"]] == f"《{title}》"
    # The quotes inside the title count on their own as well.
    assert _kinds(text)["开门稳"] == {"target_phrase"}
    # A policy package named by its number of articles is a document.
    assert _kinds(_item_with(items, "十二条"))["促进入境游十二条"] == {"document"}


def test_instruments_in_running_text(items: dict[int, str]) -> None:
    found = _kinds(_item_with(items, "建立清单化管理"))
    assert found["清单化管理"] == {"instrument"}
    found = _kinds(_item_with(items, "旬调度"))
    assert {"旬调度", "周监测", "闭环管理", "清单化管理"} <= found.keys()
    assert found["旬调度"] == {"instrument"}
    found = _kinds(_item_with(items, "销号管理"))
    assert {"销号管理", "分片包干", "督导", "领导联系"} <= found.keys()
    assert "联络员机制" in _kinds(_item_with(items, "联络员机制"))
    assert "驻点联系" in _kinds(_item_with(items, "驻点联系"))


def test_aliases_map_to_the_canonical_term(items: dict[int, str]) -> None:
    text = _item_with(items, "“红黄灯”预警")
    frame = extract_terms(text).filter(pl.col("term") == "红黄灯预警")
    assert frame.height == 1
    row = frame.row(0, named=True)
    assert row["kind"] == "instrument"
    assert text[row["start"] : row["end"]] == "红黄灯"
    # 产业链链长企业 mentions the chain-chief system by its alias 链长.
    assert "链长制" in _kinds(_item_with(items, "链长企业"))


def test_quoted_instrument_is_one_row(items: dict[int, str]) -> None:
    text = _item_with(items, "“一企一策”帮扶")
    frame = extract_terms(text).filter(pl.col("term") == "一企一策")
    assert frame.height == 1
    row = frame.row(0, named=True)
    assert row["kind"] == "instrument"
    assert text[row["start"] : row["end"]] == "一企一策"
    assert text[row["start"] - 1] == "“"


def test_context_is_the_sentence(items: dict[int, str]) -> None:
    text = _item_with(items, "稳五进三布二")
    row = extract_terms(text).filter(pl.col("term") == "稳五进三布二").row(0, named=True)
    assert row["context"].startswith("聚焦加快构建“稳五进三布二”")
    assert row["context"].endswith("。")
    assert "。" not in row["context"][:-1]


def test_whole_issue_offsets_hold() -> None:
    text = normalize(RAW_BULLETIN.read_text(encoding="utf-8"))
    frame = extract_terms(text)
    assert frame.schema == pl.Schema(TERMS_SCHEMA)
    assert set(frame["kind"].unique()) <= set(KINDS)
    for row in frame.iter_rows(named=True):
        surface = text[row["start"] : row["end"]]
        if row["kind"] == "instrument":
            assert surface == row["term"] or surface in _forms(row["term"])
        else:
            assert surface[1:-1] == row["term"]
        assert surface in row["context"]


def _forms(term: str) -> set[str]:
    row = instruments().filter(pl.col("term") == term).row(0, named=True)
    return {term, *row["aliases"].split("|")}


# --- made-up sentences and negatives ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "following", "kind"),
    [
        ("2+3+N", "", "formula"),
        ("三个一律", "", "formula"),
        ("一人一策", "", "formula"),
        ("双过半", "", "target_phrase"),
        ("开局好", "", "target_phrase"),
        ("项目建设年", "", "campaign"),
        ("百日攻坚", "行动", "campaign"),
        ("稳经济二十条", "", "document"),
        ("营商环境", "", "quoted"),
        ("十五五", "", "quoted"),
        ("快审快批、即来即办", "", "slogan"),
        ("一企一策", "", "instrument"),
        ("", "", "quoted"),
    ],
)
def test_classify_quoted(phrase: str, following: str, kind: str) -> None:
    assert classify_quoted(phrase, following) == kind


def test_made_up_sentence() -> None:
    text = "某市开展“项目建设年”活动，推行“一企一策”和周调度，印发《关于“双过半”的通知》。"
    frame = extract_terms(text)
    got = set(frame.select("term", "kind").iter_rows())
    assert ("项目建设年", "campaign") in got
    assert ("一企一策", "instrument") in got
    assert ("周调度", "instrument") in got
    assert ("关于“双过半”的通知", "document") in got
    assert ("双过半", "target_phrase") in got


def test_corner_and_ascii_quotes() -> None:
    assert ("开门红", "target_phrase") in set(
        extract_terms("实现「开门红」。").select("term", "kind").iter_rows()
    )
    ascii_text = 'The "1+1+X" system and "open door" policy.'
    got = set(extract_terms(ascii_text).select("term", "kind").iter_rows())
    assert ("1+1+X", "formula") in got
    assert ("open door", "quoted") in got
    # With curly quotes present, straight quotes are not trusted.
    assert extract_terms('“开门稳” and "x"').height == 1


def test_no_terms() -> None:
    assert extract_terms("").height == 0
    assert extract_terms("全市规模工业增加值增长8.0%。").height == 0
    assert extract_terms(None).schema == pl.Schema(TERMS_SCHEMA)  # type: ignore[arg-type]
    # An unbalanced quote gives nothing rather than a span to the end of the text.
    assert extract_terms("实现“开门稳，增长8%。").height == 0


def test_instrument_list_is_curated_and_documented() -> None:
    frame = instruments()
    assert 30 <= frame.height <= 60
    assert frame.columns == ["term", "aliases", "category", "description_en", "notes"]
    assert frame["term"].is_unique().all()
    assert (frame["description_en"].str.len_chars() > 10).all()
    forms = [
        f for t, a in frame.select("term", "aliases").iter_rows() for f in [t, *a.split("|")] if f
    ]
    assert len(forms) == len(set(forms)), "an alias belongs to two instruments"


# --- tables ----------------------------------------------------------------------------------


def _items_frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "issue_id": ["a-001", "a-001", "a-001", "a-002", "a-002"],
            "seq": [1, 2, 3, 1, 2],
            "entity_code": ["430100", "430100", "430200", "430200", None],
            "text": [
                "实现“开门稳”，建立周调度。",
                "再次实现“开门稳”。",
                "株洲市实现“开门稳”。",
                "开展“企业服务年”行动，实现“开门稳”。",
                None,
            ],
        }
    )


def test_terms_table_counts_per_entity() -> None:
    table = terms_table(_items_frame())
    assert table.schema == pl.Schema(TERMS_TABLE_SCHEMA)
    row = table.filter(
        (pl.col("issue_id") == "a-001")
        & (pl.col("entity_code") == "430100")
        & (pl.col("term") == "开门稳")
    ).row(0, named=True)
    assert row["count"] == 2
    assert row["first_seq"] == 1
    assert table.filter(pl.col("term") == "开门稳")["count"].sum() == 4


def test_term_spread() -> None:
    issues = pl.DataFrame(
        {"issue_id": ["a-001", "a-002"], "date": [dt.date(2026, 3, 1), dt.date(2026, 4, 1)]}
    )
    spread = term_spread(terms_table(_items_frame()), issues)
    assert spread.schema == pl.Schema(TERM_SPREAD_SCHEMA)
    row = spread.filter(pl.col("term") == "开门稳").row(0, named=True)
    assert row == {
        "term": "开门稳",
        "kind": "target_phrase",
        "n_entities": 2,
        "n_issues": 2,
        "first_issue_id": "a-001",
        "first_date": dt.date(2026, 3, 1),
    }
    late = spread.filter(pl.col("term") == "企业服务年").row(0, named=True)
    assert late["first_issue_id"] == "a-002"
    assert spread.row(0, named=True)["term"] == "开门稳"  # the widest spread first


def test_empty_tables() -> None:
    empty = _items_frame().clear()
    assert terms_table(empty).schema == pl.Schema(TERMS_TABLE_SCHEMA)
    assert term_spread(terms_table(empty), pl.DataFrame({"issue_id": [], "date": []})).height == 0


# --- properties ------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list('开门稳红好行动年月一二三个企策1+X周调度清单化管理《》“”「」"，。、 \n长沙')
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.text(_ALPHABET, max_size=80)))
def test_extract_terms_never_raises_and_offsets_hold(text: str) -> None:
    frame = extract_terms(text)
    assert frame.schema == pl.Schema(TERMS_SCHEMA)
    for row in frame.iter_rows(named=True):
        assert 0 <= row["start"] < row["end"] <= len(text)
        surface = text[row["start"] : row["end"]]
        if row["kind"] == "instrument":
            assert surface in _forms(row["term"])
        else:
            assert surface[1:-1].strip() == row["term"]
            assert surface[0] in '“「《"'
            assert surface[-1] in '”」》"'
