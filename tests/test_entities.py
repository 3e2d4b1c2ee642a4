"""Tests for the entity reference tables and the lead-entity linker."""

from __future__ import annotations

from collections import Counter

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kaiju_research import entities
from kaiju_research.entities import Entity, link_lead_entity, lookup

# GB/T 2260 codes of Hunan's 14 prefecture-level divisions, in code order.
GB_PREFECTURES = [
    ("430100", "长沙市"),
    ("430200", "株洲市"),
    ("430300", "湘潭市"),
    ("430400", "衡阳市"),
    ("430500", "邵阳市"),
    ("430600", "岳阳市"),
    ("430700", "常德市"),
    ("430800", "张家界市"),
    ("430900", "益阳市"),
    ("431000", "郴州市"),
    ("431100", "永州市"),
    ("431200", "怀化市"),
    ("431300", "娄底市"),
    ("433100", "湘西土家族苗族自治州"),
]

# The 24 headlines of issue 3 (data/raw/hunan-kaiju-bahao-003.md), as (headline, code, surface).
ISSUE_3 = [
    ("长沙市部署推进服务业扩能提质工作", "430100", "长沙市"),
    ("衡阳市多措并举抓动能培育", "430400", "衡阳市"),
    ("株洲市实行市县领导联系服务市重点建设项目全覆盖", "430200", "株洲市"),
    ("湘潭市全力稳住建筑业发展基本盘", "430300", "湘潭市"),
    ("邵阳市开展“经济运行攻坚月”行动", "430500", "邵阳市"),
    ("岳阳市全力攻坚重大项目稳投资", "430600", "岳阳市"),
    ("常德市推行“一项目一档”机制推动工业项目建设提速增效", "430700", "常德市"),
    ("张家界市加快大张家界国际旅游区建设", "430800", "张家界市"),
    ("益阳市创新构建“1+8”工作体系", "430900", "益阳市"),
    ("郴州市构建项目“全周期”服务体系", "431000", "郴州市"),
    ("永州市以“四级三维”工作机制抓实一季度经济运行调度", "431100", "永州市"),
    ("怀化市全力以赴促进工业经济平稳起步、工业企业稳产增效", "431200", "怀化市"),
    ("娄底市有序推进春耕备耕", "431300", "娄底市"),
    ("湘西州深化企业服务，精准破解发展难题", "433100", "湘西州"),
    ("省发改委全力推动一季度收官冲刺", "fgw", "省发改委"),
    ("省财政厅推动一季度地方收入顺利实现“开门稳”", "czt", "省财政厅"),
    ("省工信厅扎实推进“企业服务年”行动", "gxt", "省工信厅"),
    ("省交通运输厅全力推动 2026 年交通建设项目复工复产", "jtt", "省交通运输厅"),
    ("省水利厅“三个一批”推进水利建设投资跑出加速度", "slt", "省水利厅"),
    ("省人社厅多措并举推动就业“开门稳”", "rst", "省人社厅"),
    ("省住建厅全力推进装配式建筑产业倍增", "zjt", "省住建厅"),
    ("省科技厅“面对面”问需省生物医药及医疗器械产业链链长企业", "kjt", "省科技厅"),
    ("省农业农村厅积极争取国家资金支持", "agri", "省农业农村厅"),
    ("省生态环境厅全力推进生态环境领域资争项与绿色转型攻坚", "sthjt", "省生态环境厅"),
]


def test_prefectures_are_the_14_in_gb_order() -> None:
    frame = entities.prefectures()
    assert frame.schema["code"] == pl.String
    assert list(zip(frame["code"], frame["name"], strict=True)) == GB_PREFECTURES
    assert frame.filter(pl.col("name_en") == "").height == 0


def test_codes_are_unique_across_both_tables() -> None:
    codes = [*entities.prefectures()["code"], *entities.departments()["code"]]
    assert len(codes) == len(set(codes))
    assert all(code.isascii() and code for code in entities.departments()["code"])


def test_departments_cover_the_main_agencies() -> None:
    frame = entities.departments()
    assert frame.filter(pl.col("kind") == "组成部门").height >= 24
    for code in ("fgw", "gzw", "amr", "tjj", "sjj", "dfjrjgj", "swj", "txglj"):
        assert code in frame["code"], code
    assert frame.null_count().sum_horizontal().item() == 0


def test_no_alias_is_written_for_two_rows() -> None:
    # The index also refuses derived clashes; this checks the CSV text itself.
    written: Counter[str] = Counter()
    for frame in (entities.prefectures(), entities.departments()):
        for row in frame.iter_rows(named=True):
            forms = {row["name"], row["short_name"], *row["aliases"].split("|")} - {""}
            written.update(forms)
    assert [form for form, n in written.items() if n > 1] == []


def test_every_alias_maps_to_one_entity() -> None:
    index = entities._alias_index()  # raises ValueError on any clash
    assert len(index) > 200
    for alias, entity in index.items():
        assert lookup(alias) == Entity(entity.kind, entity.code, entity.name, entity.name_en, alias)


@pytest.mark.parametrize(("headline", "code", "surface"), ISSUE_3)
def test_issue_3_lead_entities(headline: str, code: str, surface: str) -> None:
    entity = link_lead_entity(headline)
    assert (entity.code, entity.surface) == (code, surface)
    assert entity.kind == ("prefecture" if code.isdigit() else "department")
    assert entity.name_en


@pytest.mark.parametrize(
    ("headline", "code", "surface"),
    [
        ("湘西自治州推进", "433100", "湘西自治州"),
        ("湘西土家族苗族自治州推进", "433100", "湘西土家族苗族自治州"),
        ("湘西推进", "433100", "湘西"),
        ("长沙推进", "430100", "长沙"),
        ("湖南省长沙市推进", "430100", "湖南省长沙市"),
        ("湖南省发展和改革委员会召开", "fgw", "湖南省发展和改革委员会"),
        ("湖南省发改委召开", "fgw", "湖南省发改委"),
        ("省发展改革委召开", "fgw", "省发展改革委"),
        ("发改委召开", "fgw", "发改委"),
        ("省交通厅推进", "jtt", "省交通厅"),
        ("省卫健委部署", "wjw", "省卫健委"),
        ("省市场监管局开展", "amr", "省市场监管局"),
        ("省金融办推动", "dfjrjgj", "省金融办"),
        ("省数据局推进", "sjj", "省数据局"),
        ("国家税务总局湖南省税务局推进", "swj", "国家税务总局湖南省税务局"),
        ("省税务局推进", "swj", "省税务局"),
        ("长沙海关助力外贸", "cshg", "长沙海关"),  # not 长沙市
    ],
)
def test_alias_forms(headline: str, code: str, surface: str) -> None:
    entity = link_lead_entity(headline)
    assert (entity.code, entity.surface) == (code, surface)


@pytest.mark.parametrize(
    ("headline", "surface"),
    [
        ("长沙县推进产业园建设", "长沙县"),  # a county of 长沙市, not the city
        ("岳阳楼区开展走访", "岳阳楼区"),
        ("湘潭县推进", "湘潭县"),
        ("省交通投资集团推进高速建设", "省交通投资集团"),
        ("省政府召开常务会议", "省政府"),
        ("市场监管总局湖南调研", "市场监管总局"),
        ("深入推进“企业服务年”行动", ""),
        ("", ""),
        ("▲长沙市部署", ""),  # callers strip the marker; nothing is guessed across it
    ],
)
def test_unknown_is_other(headline: str, surface: str) -> None:
    entity = link_lead_entity(headline)
    assert entity == Entity("other", None, surface, None, surface)


def test_only_the_start_is_linked() -> None:
    assert link_lead_entity("全力推动长沙市发展").kind == "other"
    assert link_lead_entity("联合省发改委开展调研").code is None
    assert link_lead_entity("省科技厅会同省发改委开展").code == "kjt"


def test_lookup_is_exact() -> None:
    assert lookup("湘西州").code == "433100"
    assert lookup("省住建厅").code == "zjt"
    assert lookup("省住建厅推进") is None
    assert lookup("") is None


@given(st.text(max_size=60))
def test_never_raises_and_surface_is_a_prefix(headline: str) -> None:
    entity = link_lead_entity(headline)
    assert headline.startswith(entity.surface)
    assert entity.kind in {"prefecture", "department", "other"}
    assert (entity.code is None) == (entity.kind == "other")


@given(st.sampled_from([h for h, _, _ in ISSUE_3]), st.text(max_size=10))
def test_suffix_noise_does_not_change_the_link(headline: str, tail: str) -> None:
    assert link_lead_entity(headline + tail) == link_lead_entity(headline)
