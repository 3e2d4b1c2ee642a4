"""The report's audit and vocabulary sections: one issue's rows, escaped, with a reading."""

from __future__ import annotations

import datetime as dt

import polars as pl

from kaiju_research import report_helpers as rh
from kaiju_research.audit import AUDIT_SCHEMA
from kaiju_research.terms import TERMS_TABLE_SCHEMA

ITEMS = pl.DataFrame(
    {
        "seq": [1, 2],
        "entity_code": ["430100", "fgw"],
        "entity_name": ["长沙市", "湖南省发展和改革委员会"],
        "entity_name_en": ["Changsha", "Hunan Provincial Development and Reform Commission"],
    }
)


def _audits() -> pl.DataFrame:
    row = dict.fromkeys(AUDIT_SCHEMA)
    row |= {"issue_id": "a-001", "seq": 1, "relation": "part_of_whole", "status": "consistent",
            "formula": "140 / 484 = 28.93%", "tolerance": 0.05, "sentence": "<script>x</script>"}  # fmt: skip
    other = row | {"issue_id": "b-001", "status": "inconsistent"}
    return pl.DataFrame([row, other], schema=AUDIT_SCHEMA)


def test_audit_section_shows_only_its_issue_escaped() -> None:
    html = rh.audit_html(_audits(), ITEMS, issue_id="a-001").data
    assert "共核验 1 处数字关系：相符 1。" in html
    assert "不符" not in html
    assert "&lt;script&gt;" in html
    assert "<script>x" not in html
    assert "140 / 484 = 28.93%" in html


def test_audit_section_in_english_and_empty() -> None:
    assert "consistent 1" in rh.audit_html(_audits(), ITEMS, issue_id="a-001", lang="en").data
    assert "No checkable" in rh.audit_html(None, ITEMS, issue_id="a-001", lang="en").data


def test_terms_section_counts_shared_terms() -> None:
    terms = pl.DataFrame(
        {
            "issue_id": ["a-001", "a-001", "a-001", "b-001"],
            "entity_code": ["430100", "fgw", "fgw", "430100"],
            "term": ["开门稳", "开门稳", "企业服务年", "别的"],
            "kind": ["target_phrase", "target_phrase", "campaign", "quoted"],
            "count": [1, 2, 1, 1],
            "first_seq": [1, 2, 2, 1],
        },
        schema=TERMS_TABLE_SCHEMA,
    )
    html = rh.terms_html(terms, ITEMS, issue_id="a-001").data
    assert "共 2 个政策术语，其中 1 个被多个主体使用。" in html
    assert "湖南省发展和改革委员会、长沙市" in html
    assert "别的" not in html


def test_term_spread_section() -> None:
    terms = pl.DataFrame(
        {
            "issue_id": ["a-001", "a-001", "b-002"],
            "entity_code": ["430100", "fgw", "430100"],
            "term": ["开门稳", "开门稳", "<b>x</b>"],
            "kind": ["target_phrase", "target_phrase", "quoted"],
            "count": [1, 2, 1],
            "first_seq": [1, 2, 1],
        },
        schema=TERMS_TABLE_SCHEMA,
    )
    issues = pl.DataFrame(
        {"issue_id": ["a-001", "b-002"], "date": [dt.date(2026, 4, 1), dt.date(2026, 4, 8)]}
    )
    html = rh.term_spread_html(terms, issues).data
    assert "共 2 个政策术语，1 个被多个主体使用" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert html.index("开门稳") < html.index("&lt;b&gt;")
