"""Chinese numerals, read once for the parser (dates, issue numbers) and the extractor."""

from __future__ import annotations

import datetime as dt

import pytest

from kaiju_research.numerals import parse_chinese
from kaiju_research.parse import parse_bulletin


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("三", 3), ("十", 10), ("十二", 12), ("二十一", 21), ("一百零五", 105), ("三千", 3000),
     ("二〇二六", 2026), ("两万五千", 25000), ("三亿", 3e8), ("二点五", 2.5), ("七点零五", 7.05)],
)  # fmt: skip
def test_parse_chinese(numeral: str, value: float) -> None:
    assert parse_chinese(numeral) == value


def test_header_with_chinese_numerals() -> None:
    text = "某某工作简报\n\n第十二期\n\n某某办公室\n\n二〇二六年四月一日\n\n▲长沙市召开会议。会议部署。"
    bulletin = parse_bulletin(text)
    assert bulletin.number == 12
    assert bulletin.date == dt.date(2026, 4, 1)
