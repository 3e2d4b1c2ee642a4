"""Structure of the real issue 3: header, sections, all 24 items, footer, lead entities."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaiju_research.normalize import normalize
from kaiju_research.parse import Bulletin, parse_bulletin

# Checked by hand against data/raw/hunan-kaiju-bahao-003.md: the bold span of each item, or its
# first sentence where the item has no bold (items 1, 9, 10, 15, 16), without ▲ and final 。.
HEADLINES = [
    "长沙市部署推进服务业扩能提质工作",
    "衡阳市多措并举抓动能培育",
    "株洲市实行市县领导联系服务市重点建设项目全覆盖",
    "湘潭市全力稳住建筑业发展基本盘",
    "邵阳市开展“经济运行攻坚月”行动",
    "岳阳市全力攻坚重大项目稳投资",
    "常德市推行“一项目一档”机制推动工业项目建设提速增效",
    "张家界市加快大张家界国际旅游区建设",
    "益阳市创新构建“1+8”工作体系",
    "郴州市构建项目“全周期”服务体系",
    "永州市以“四级三维”工作机制抓实一季度经济运行调度",
    "怀化市全力以赴促进工业经济平稳起步、工业企业稳产增效",
    "娄底市有序推进春耕备耕",
    "湘西州深化企业服务，精准破解发展难题",
    "省发改委全力推动一季度收官冲刺",
    "省财政厅推动一季度地方收入顺利实现“开门稳”",
    "省工信厅扎实推进“企业服务年”行动",
    "省交通运输厅全力推动2026年交通建设项目复工复产",
    "省水利厅“三个一批”推进水利建设投资跑出加速度",
    "省人社厅多措并举推动就业“开门稳”",
    "省住建厅全力推进装配式建筑产业倍增",
    "省科技厅“面对面”问需省生物医药及医疗器械产业链链长企业",
    "省农业农村厅积极争取国家资金支持",
    "省生态环境厅全力推进生态环境领域资争项与绿色转型攻坚",
]

PREFECTURE_CODES = [
    "430100", "430400", "430200", "430300", "430500", "430600", "430700",
    "430800", "430900", "431000", "431100", "431200", "431300", "433100",
]  # fmt: skip


@pytest.fixture(scope="module")
def bulletin(bulletin_text: str) -> Bulletin:
    return parse_bulletin(bulletin_text)


def test_header(bulletin: Bulletin) -> None:
    assert bulletin.series == "湖南省实施“开局八好”行动 工作专刊"
    assert bulletin.number == 3
    assert bulletin.issuer == "省实施“开局八好”行动综合协调组"
    assert bulletin.date == dt.date(2026, 4, 1)
    assert bulletin.problems() == []


def test_sections(bulletin: Bulletin) -> None:
    assert bulletin.sections == ["市州动态", "厅局动态"]
    assert [item.section for item in bulletin.items] == ["市州动态"] * 14 + ["厅局动态"] * 10


def test_all_24_headlines_exactly(bulletin: Bulletin) -> None:
    assert [item.headline for item in bulletin.items] == HEADLINES
    assert [item.seq for item in bulletin.items] == list(range(1, 25))


def test_bodies_start_and_end_where_the_source_does(bulletin: Bulletin) -> None:
    items = bulletin.items
    assert items[0].body.startswith("组织召开全市一季度服务业扩能提质工作推进会")
    assert items[0].body.endswith("占全市新增规上企业（484家）的28.9%。")
    assert items[20].body.startswith("3月31日，全省装配式建筑产业倍增工作推进会在长沙召开")
    assert items[22].body.startswith("今年以来，4次前往农业农村部汇报争取资金项目支持。")
    assert items[23].body.endswith("提供了可复制推广的实践范例。")


def test_no_markup_or_page_break_left(bulletin: Bulletin) -> None:
    for item in bulletin.items:
        for field in (item.headline, item.body, item.text):
            assert "**" not in field
            assert "▲" not in field
            assert not re.search(r"[#]|---", field)
            # A page break inside a sentence would leave a newline after a non-terminal char.
            assert not re.search(r"[^。！？\n]\n", field), field


def test_item_text_is_headline_then_body(bulletin: Bulletin) -> None:
    for item in bulletin.items:
        assert item.text.startswith(item.headline)
        assert item.text.endswith(item.body)
        middle = item.text[len(item.headline) : len(item.text) - len(item.body)]
        assert middle.strip() in {"。", ""}


def test_the_14_prefectures_in_order(bulletin: Bulletin) -> None:
    prefectures = [item.entity for item in bulletin.items if item.section == "市州动态"]
    assert [e.code for e in prefectures] == PREFECTURE_CODES
    assert all(e.kind == "prefecture" for e in prefectures)
    assert prefectures[-1].name == "湘西土家族苗族自治州"
    assert prefectures[-1].surface == "湘西州"


def test_departments_linked(bulletin: Bulletin) -> None:
    departments = [item.entity for item in bulletin.items if item.section == "厅局动态"]
    assert all(e.kind == "department" for e in departments)
    assert departments[0].name == "湖南省发展和改革委员会"
    assert len({e.code for e in departments}) == 10


def test_body_entities_do_not_replace_the_lead(bulletin: Bulletin) -> None:
    chenzhou = bulletin.items[9]
    assert "市发改委" in chenzhou.body
    assert chenzhou.entity.code == "431000"


def test_footer(bulletin: Bulletin) -> None:
    footer = bulletin.footer
    assert footer.recipients["报"] == ["省委书记", "省政府省长、副省长", "省政府秘书长、副秘书长"]
    assert footer.recipients["发"] == ["省实施“开局八好”行动各工作专班成员单位", "各市州人民政府"]
    assert "送" not in footer.recipients
    assert footer.contact_phone == "0731-81112152"
    assert footer.contact_email == "szhxtz2024@163.com"


def test_document_is_accounted_for(bulletin_text: str, bulletin: Bulletin) -> None:
    """Header, sections, items and footer together are the whole normalized document."""
    parts = [bulletin.header_text, *bulletin.sections, *(i.text for i in bulletin.items)]
    parts += [bulletin.footer.text, *bulletin.other_text]
    rebuilt = re.sub(r"[\s▲【】]", "", "".join(parts))
    assert sorted(rebuilt) == sorted(re.sub(r"[\s▲【】]", "", normalize(bulletin_text)))


def test_unknown_lead_entity_is_other() -> None:
    text = "# 某某简报\n\n第 1 期\n\n2026 年 1 月 5 日\n\n▲某某开发区管委会召开会议。会议部署。"
    item = parse_bulletin(text).items[0]
    assert item.entity.kind == "other"
    assert item.entity.code is None
    assert item.headline == "某某开发区管委会召开会议"


def test_missing_parts_are_reported_not_raised() -> None:
    bulletin = parse_bulletin("只是一段文字，没有期号，也没有条目。")
    assert bulletin.items == []
    problems = " ".join(bulletin.problems())
    assert "no items" in problems


@settings(max_examples=3000 if os.environ.get("CI") else 300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("▲【】*#-\n 报：第期年月日省市厅。，1２3")), max_size=120)
)
def test_parser_never_raises(text: str) -> None:
    bulletin = parse_bulletin(text)
    for item in bulletin.items:
        assert item.text.startswith(item.headline)


_PROSE_CHARS = st.sampled_from(
    list("规模工业增加值增长完成投资亿元万人家全省市第期，、；：“”（）0123456789.% ")
)


@settings(max_examples=300 if not os.environ.get("CI") else 2000, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(_PROSE_CHARS, min_size=1, max_size=20), st.text(_PROSE_CHARS, max_size=60)
        ),
        min_size=1,
        max_size=6,
    )
)
def test_nothing_is_lost_on_generated_bulletins(items: list[tuple[str, str]]) -> None:
    """Header, items and footer account for every visible character of the normalized text."""
    body = "\n\n".join(f"**▲{head}。**{rest}。" for head, rest in items)
    text = f"# 某某工作专刊\n\n第 7 期\n\n某某协调组\n\n2026 年 5 月 6 日\n\n## 【动态】\n\n{body}\n\n---\n\n**发：**各市州"
    bulletin = parse_bulletin(text)
    assert len(bulletin.items) == len(items)
    parts = [bulletin.header_text, *bulletin.sections, *(i.text for i in bulletin.items)]
    parts += [bulletin.footer.text, *bulletin.other_text]
    rebuilt = re.sub(r"[\s▲【】]", "", "".join(parts))
    assert sorted(rebuilt) == sorted(re.sub(r"[\s▲【】]", "", normalize(text)))
    for item in bulletin.items:
        assert item.text.startswith(item.headline)
        assert item.text.endswith(item.body)
