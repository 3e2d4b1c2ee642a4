"""Policy vocabulary in bulletin text: quoted slogans and campaigns, document titles, instruments.

Government work bulletins name their campaigns, formulas and targets in quotation marks
(“企业服务年”行动, “1+1+X”政策体系, 实现“开门稳”), their documents in title marks
(《旅游发展奖励办法》), and their working methods with a stock vocabulary (清单化管理, 周调度,
一企一策). `extract_terms` finds all three in one text; `terms_table` and `term_spread` turn
the hits of many items into the counts an analysis needs.

Offsets refer to the text given (use `normalize.normalize` output, as the items table does):

- every kind except `instrument` (found by quotation or title marks): `text[start:end]` is
  the term *with* its outer marks, so `text[start + 1 : end - 1].strip() == term`;
- `instrument`: `text[start:end]` is the surface form as written, without quote marks even
  when it was quoted (the term itself or one of its aliases from `data/instruments.csv`),
  and `term` is the canonical name.

Everything here is a pure function of its arguments and never raises on text input.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import polars as pl

_DATA_DIR = Path(__file__).resolve().parent / "data"

KINDS = ("campaign", "formula", "target_phrase", "slogan", "document", "instrument", "quoted")

TERMS_SCHEMA: dict[str, pl.DataType] = {
    "term": pl.String(),
    "kind": pl.String(),
    "start": pl.Int64(),
    "end": pl.Int64(),
    "context": pl.String(),
}

TERMS_TABLE_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "entity_code": pl.String(),
    "term": pl.String(),
    "kind": pl.String(),
    "count": pl.Int64(),
    "first_seq": pl.Int64(),
}

TERM_SPREAD_SCHEMA: dict[str, pl.DataType] = {
    "term": pl.String(),
    "kind": pl.String(),
    "n_entities": pl.Int64(),
    "n_issues": pl.Int64(),
    "first_issue_id": pl.String(),
    "first_date": pl.Date(),
}

# --- quotation and title marks ---------------------------------------------------------------

# A quoted term is short and stays within one paragraph; a longer span between two quote marks
# is almost always an unbalanced quote, not a term.
_MAX_QUOTED = 40
_MAX_TITLE = 100
_CURLY = re.compile(rf"“([^“”\n]{{1,{_MAX_QUOTED}}})”")
_CORNER = re.compile(rf"「([^「」\n]{{1,{_MAX_QUOTED}}})」")
_ASCII = re.compile(rf'"([^"\n]{{1,{_MAX_QUOTED}}})"')
_TITLE = re.compile(rf"《([^《》\n]{{1,{_MAX_TITLE}}})》")

# --- classification rules for a quoted term --------------------------------------------------

_CN_NUMERALS = "一二三四五六七八九十两百千万"
_COUNTING_NUMERALS = "一二三四五六七八九十两"
_TIME_UNITS = "年月日天周季旬"
# Policy packages named by their number of articles: “促进入境游十二条”, “稳经济20条”.
_ARTICLES = re.compile(rf"(?:[{_CN_NUMERALS}]+|[0-9]+)条$")
# "1+4", "1+1+X", "3+3+2": numbers and letters joined by plus signs.
_PLUS_FORMULA = re.compile(
    r"^[0-9A-Za-z一二三四五六七八九十]+(?:\s*\+\s*[0-9A-Za-z一二三四五六七八九十]+)+$"
)
_HAS_DIGIT = re.compile(r"[0-9]")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
# Parts of a multi-part phrase: “营销出圈、产品创新”, “智汇潇湘 才聚湖南”.
_SEPARATOR = re.compile(r"[、，,；;\s·]")
# Words that make the quoted phrase (or the phrase it ends) a campaign when they end it or
# follow the closing quote: “企业服务年”, “经济运行攻坚月”行动, “春风行动”.
_CAMPAIGN_SUFFIXES = ("行动", "活动", "工程", "专项", "攻坚战", "大会战", "年", "月", "季", "周")
_CAMPAIGN_FOLLOWERS = re.compile(
    r"^(?:等|系列|专项|主题|集中)?(?:行动|活动|工程|专项行动|攻坚行动|攻坚战|大会战|月|季)"
)
# Between two quoted phrases of one list: “企业服务年”“走找想促”“送解优”等行动.
_LIST_GLUE = re.compile(r"^(?:[、，,]|和|及|与|以及)?$")
# Outcome targets: short phrases that name a state to reach, ending in a verdict word:
# 开门稳, 开门红, 双过半, 开局好, 全年红, 满堂红.
_TARGET_ENDINGS = ("稳", "红", "好", "过半", "飘红", "见效", "达标", "翻番", "倍增")
_MAX_TARGET_LEN = 5
# Short phrases without separators of up to this length are emphasis, not slogans.
_MAX_PLAIN_QUOTED = 5


def _is_numbered_formula(phrase: str) -> bool:
    """A numbered formula: 三个一批, 五比五提, 稳五进三布二, 两重, 四级三维, 一人一技.

    Rule: at most 8 characters, no separators, at least one CJK character, and either it
    starts with one of 一…十/两 followed by a non-numeral that is not a unit of time (三个…,
    两新, 五大…; not 三年…, 一季度…, 百日…), or it holds
    Chinese numerals at two places at least (稳五进三布二). A phrase made only of numerals
    (十五五, the 15th Five-Year Plan) is a name, not a formula.
    """
    if len(phrase) > 8 or _SEPARATOR.search(phrase) or not _CJK_CHAR.search(phrase):
        return False
    is_numeral = [ch in _CN_NUMERALS for ch in phrase]
    if all(is_numeral):
        return False
    # 百日攻坚, 三年行动, 一季度: a numeral before a unit of time is a duration, and 百/千/万
    # open amounts (百亿, 千企), neither of which makes a formula.
    if (
        len(phrase) >= 2
        and phrase[0] in _COUNTING_NUMERALS
        and not is_numeral[1]
        and phrase[1] not in _TIME_UNITS
    ):
        return True
    # Count runs of numerals: 稳五进三布二 has three, 开局八好 one.
    runs = sum(1 for i, num in enumerate(is_numeral) if num and (i == 0 or not is_numeral[i - 1]))
    return runs >= 2


def classify_quoted(phrase: str, following: str = "") -> str:
    """The kind of a quoted phrase, by general rules applied in this order.

    1. `instrument`: the phrase is a governance instrument of `data/instruments.csv`.
    2. `document`: a policy package named by its number of articles (…十二条, …20条).
    3. `formula`: digits or Latin letters joined by `+` (1+4, 1+1+X) or with digits at all,
       or a numbered formula (see `_is_numbered_formula`).
    4. `campaign`: the phrase ends with 行动/活动/工程/专项/年/月/季/周…, or `following` (the
       text right after the closing quote) starts with such a word (“走找想促”活动).
    5. `target_phrase`: at most 5 characters ending in an outcome word
       (稳/红/好/过半/飘红/见效/达标/翻番/倍增): 开门稳, 开门红, 双过半.
    6. (a phrase with no CJK character left by now is a name: `quoted`)
    7. `slogan`: a multi-part phrase (separated by 、，; or a space) or longer than 5 chars.
    8. `quoted`: anything else: a word or short phrase quoted for emphasis (“上门服务”).
    """
    text = phrase.strip()
    if not text:
        return "quoted"
    if text in _instrument_index():
        return "instrument"
    if _ARTICLES.search(text):
        return "document"
    if _PLUS_FORMULA.match(text) or (
        _HAS_DIGIT.search(text) and len(text) <= 12 and not _SEPARATOR.search(text)
    ):
        return "formula"
    if _is_numbered_formula(text):
        return "formula"
    if not _CJK_CHAR.search(text):
        # Latin words without digits: an account name or brand (“visitzhangjiajie”).
        return "quoted"
    if text.endswith(_CAMPAIGN_SUFFIXES) or _CAMPAIGN_FOLLOWERS.match(following):
        return "campaign"
    if len(text) <= _MAX_TARGET_LEN and text.endswith(_TARGET_ENDINGS):
        return "target_phrase"
    if _SEPARATOR.search(text) or len(text) > _MAX_PLAIN_QUOTED:
        return "slogan"
    return "quoted"


# --- instruments -----------------------------------------------------------------------------


@cache
def instruments() -> pl.DataFrame:
    """The curated governance instruments (`data/instruments.csv`, every column String)."""
    return pl.read_csv(
        _DATA_DIR / "instruments.csv", infer_schema=False, empty_string_is_null=False
    )


def _split_aliases(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split("|") if a.strip()]


@cache
def _instrument_index() -> dict[str, str]:
    """Every surface form (term or alias) → canonical term.

    Raises ValueError when two rows claim one form: silently picking one would count a term
    under the wrong name.
    """
    index: dict[str, str] = {}
    for row in instruments().iter_rows(named=True):
        for form in (row["term"], *_split_aliases(row["aliases"])):
            if form in index and index[form] != row["term"]:
                msg = f"instrument form {form!r} belongs to {index[form]!r} and {row['term']!r}"
                raise ValueError(msg)
            index[form] = row["term"]
    return index


@cache
def _instrument_pattern() -> re.Pattern[str]:
    # Longest forms first: at one position the alternation takes the first that matches, so
    # 工作专班 wins over 专班 and 红黄灯预警 over 红黄灯.
    forms = sorted(_instrument_index(), key=lambda f: (-len(f), f))
    return re.compile("|".join(re.escape(f) for f in forms))


# --- sentences -------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], terminator included, stripped of whitespace.

    A sentence ends at 。！？； (or a line break); a term that spans a terminator (a long
    title with a ； in it) gets the text from the sentence of its start to that of its end.
    """
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, max(end, start))
    right = right_match.end() if right_match else len(text)
    return text[left:right].strip()


# --- extraction ------------------------------------------------------------------------------


def _quote_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of every quoted phrase, start/end including the marks."""
    patterns = [_CURLY, _CORNER]
    # ASCII quotes are direction-less; only trust them in texts that use no curly quotes.
    if "“" not in text and "”" not in text:
        patterns.append(_ASCII)
    spans = [(m.start(), m.end(), m.group(1)) for p in patterns for m in p.finditer(text)]
    return sorted(spans)


def _campaign_context(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """For each quoted span, the text that follows the *list* of quotes it belongs to.

    In “企业服务年”“走找想促”“送解优”等行动 the word 行动 after the last quote names all three
    as campaigns; adjacent quotes (or ones joined by 、/和/及/与) form one list.
    """
    following = [""] * len(spans)
    for i in range(len(spans) - 1, -1, -1):
        end = spans[i][1]
        after = text[end : end + 8]
        if i + 1 < len(spans):
            glue = text[end : spans[i + 1][0]]
            if _LIST_GLUE.match(glue):
                following[i] = following[i + 1]
                continue
        following[i] = after
    return following


def extract_terms(text: str) -> pl.DataFrame:
    """Policy vocabulary in `text` as a frame with `TERMS_SCHEMA`, in order of `start`.

    - every “…” / 「…」 phrase (and "…" in texts without curly quotes), `kind` by
      `classify_quoted`; offsets include the quote marks;
    - every 《…》 title as `document`, the term being the title without the outer 《》 but with
      any quotes inside it; the quotes inside a title are also reported on their own;
    - every governance instrument of `data/instruments.csv` written anywhere (term or alias),
      as `instrument` with its canonical name; offsets are those of the surface form. An
      instrument written in quotes (“一企一策”) gives one row, not two, spanning 一企一策.

    `context` is the sentence the term is in. Never raises; non-text input gives no rows.
    """
    rows = _term_rows(text) if isinstance(text, str) and text else []
    return pl.DataFrame(
        {
            "term": [r[0] for r in rows],
            "kind": [r[1] for r in rows],
            "start": [r[2] for r in rows],
            "end": [r[3] for r in rows],
            "context": [_sentence(text, r[2], r[3]) for r in rows],
        },
        schema=TERMS_SCHEMA,
    )


def _term_rows(text: str) -> list[tuple[str, str, int, int]]:
    """(term, kind, start, end) of every term in `text`, sorted: `extract_terms` without a frame."""
    rows: list[tuple[str, str, int, int]] = []
    spans = _quote_spans(text)
    quoted_instruments: set[tuple[int, int]] = set()
    for (start, end, content), following in zip(spans, _campaign_context(text, spans), strict=True):
        term = content.strip()
        if not term:
            continue
        kind = classify_quoted(term, following)
        if kind == "instrument":
            # Like every instrument row, the span is the surface form without the marks; the
            # instrument scan below must not count this occurrence a second time.
            inner = start + 1 + (len(content) - len(content.lstrip()))
            quoted_instruments.add((inner, inner + len(term)))
            rows.append((_instrument_index()[term], kind, inner, inner + len(term)))
        else:
            rows.append((term, kind, start, end))
    for match in _TITLE.finditer(text):
        title = match.group(1).strip()
        if title:
            rows.append((title, "document", match.start(), match.end()))
    if _instrument_index():
        for match in _instrument_pattern().finditer(text):
            if (match.start(), match.end()) in quoted_instruments:
                continue
            rows.append(
                (_instrument_index()[match.group(0)], "instrument", match.start(), match.end())
            )
    rows.sort(key=lambda r: (r[2], -r[3], r[1], r[0]))
    return rows


# --- tables over many items ------------------------------------------------------------------


def terms_table(items: pl.DataFrame) -> pl.DataFrame:
    """Term counts per (issue_id, entity_code, term, kind) over an items table.

    `items` needs the columns issue_id, seq, entity_code and text (the items table of
    `tables.ITEMS_SCHEMA` has them). `count` is the number of occurrences, `first_seq` the
    lowest item number the term occurs in. Items without an entity code are grouped under
    a null entity_code. Result schema: `TERMS_TABLE_SCHEMA`, sorted by issue, entity, term.
    """
    # Rows straight from `_term_rows`: one frame for the whole table, none per item.
    columns: dict[str, list] = {
        "issue_id": [],
        "entity_code": [],
        "seq": [],
        "term": [],
        "kind": [],
    }
    for row in items.select("issue_id", "seq", "entity_code", "text").iter_rows(named=True):
        for term, kind, _start, _end in _term_rows(row["text"] or ""):
            columns["issue_id"].append(row["issue_id"])
            columns["entity_code"].append(row["entity_code"])
            columns["seq"].append(row["seq"])
            columns["term"].append(term)
            columns["kind"].append(kind)
    schema = {"seq": pl.Int64()} | {
        k: pl.String() for k in ("issue_id", "entity_code", "term", "kind")
    }
    frames = [pl.DataFrame(columns, schema=schema)] if columns["term"] else []
    if not frames:
        return pl.DataFrame(schema=TERMS_TABLE_SCHEMA)
    return (
        pl.concat(frames)
        .group_by("issue_id", "entity_code", "term", "kind")
        .agg(pl.len().cast(pl.Int64()).alias("count"), pl.col("seq").min().alias("first_seq"))
        .select(list(TERMS_TABLE_SCHEMA))
        .cast(TERMS_TABLE_SCHEMA)  # type: ignore[arg-type]
        .sort("issue_id", "entity_code", "term", "kind", nulls_last=True)
    )


def term_spread(terms: pl.DataFrame, issues: pl.DataFrame) -> pl.DataFrame:
    """How widely each term travels: entities and issues using it, and where it first appeared.

    `terms` is `terms_table` output; `issues` needs issue_id and date. Per (term, kind):
    `n_entities` distinct non-null entity codes, `n_issues` distinct issues, and the
    `first_issue_id` / `first_date` of the earliest issue by date (ties and missing dates
    broken by issue_id). Result schema: `TERM_SPREAD_SCHEMA`, sorted by descending spread.
    """
    if terms.height == 0:
        return pl.DataFrame(schema=TERM_SPREAD_SCHEMA)
    dated = terms.join(issues.select("issue_id", "date"), on="issue_id", how="left")
    return (
        dated.sort("date", "issue_id", nulls_last=True)
        .group_by("term", "kind", maintain_order=True)
        .agg(
            pl.col("entity_code").drop_nulls().n_unique().cast(pl.Int64()).alias("n_entities"),
            pl.col("issue_id").n_unique().cast(pl.Int64()).alias("n_issues"),
            pl.col("issue_id").first().alias("first_issue_id"),
            pl.col("date").first().alias("first_date"),
        )
        .select(list(TERM_SPREAD_SCHEMA))
        .cast(TERM_SPREAD_SCHEMA)  # type: ignore[arg-type]
        .sort(["n_entities", "n_issues", "term", "kind"], descending=[True, True, False, False])
    )
