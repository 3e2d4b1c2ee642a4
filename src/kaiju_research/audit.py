"""The bulletin's arithmetic: a consistency audit and the figures the text implies.

How the audit works
-------------------
Both functions take the indicators table (one row per quantity, see the README) and, optionally,
the items table (``issue_id``, ``seq``, ``text``). Without item texts, each item's text is rebuilt
from the ``sentence`` column: every sentence is put back at the offset its numbers give it, and
what lies between known sentences stays unknown (treated as a clause break; a long unknown run
as a sentence break). All rules work on one item at a time and read only the text around the
numbers; nothing is specific to one bulletin.

Relations checked by :func:`audit_indicators` (one row of ``AUDIT_SCHEMA`` per relation):

``part_of_whole``
    a share (``measure == "share"``) with a share cue right before it (in the text or at the head
    of its ``raw``): ``占…的``, ``占比``, ``比重``, ``比例``. The *part* is the nearest level
    before the cue in the same sentence, not behind a ``、``/``；`` (a list or another clause), with
    nothing in between but cue words, period words, other numbers, or an abbreviation of the
    part's own subject (``非税收入416.4亿元，增长2.6%，非税占比42.1%``). The *whole* is, in this
    order: a level inside ``占…的`` (``占全市新增规上企业（484家）的28.9%``); the total of the
    ``其中`` list the part belongs to (never for a plan: see below); for a named whole, a level
    before the part introduced by that name, or for a named plan (计划/任务/目标/预算) a planned
    level (``modality == "target"`` or introduced by a plan word: ``年度目标任务80.5亿元 … 占年计划
    的60.6%``); for the implicit cues, the nearest level before the part in the same sentence with
    the same unit that is not itself the part of another share.
``progress``
    the same with the cues ``进度`` (implicit task: one task stated once serves several progress
    figures, ``89.7万亩…88.44万亩，进度98.6%；…51.58万亩，进度57.5%``) and ``完成…的`` (a named
    task).
``sum``
    ``其中`` introduces parts of the preceding total: the levels after ``其中`` up to the end of its
    sentence with the unit and modality of the nearest level before ``其中`` (same or previous
    sentence). The parts' sum must not exceed the total; equal is ``consistent``; below it is
    ``unverifiable`` (a ``其中`` list need not be complete).

Levels that are changes (written right after 增加/减少/提升/净增/…, in the text or in their
``raw``) are never parts, wholes or totals. Only level, share, growth and pp rows are used;
units must be equal strings (元 and 美元 never mix).

Tolerance rule: every stated number is exact to half a unit of its last written digit
(``28.9%`` → ±0.05, ``572亿元`` → ±0.5亿元, ``88.44万亩`` → ±50亩), read from ``raw`` and scaled
by ``value``. Operands' intervals are propagated exactly (interval arithmetic: the ratio
``a/b`` spans ``(a−da)/(b+db) … (a+da)/(b−db)``; a sum adds its parts' half-units); the tolerance of
a check is the stated figure's half-unit plus the propagated half-width. ``at_least`` /
``at_most`` figures are checked one-sided; an ``approx`` operand makes the check ``unverifiable``
(the computed value is still given).

Statuses: ``consistent``; ``inconsistent``; ``unverifiable`` (no part or whole stated, units that
do not match, a zero whole, an approximate operand, a ``其中`` list without a total or summing to
less than it). ``note`` says why.

Derived figures (:func:`derive_figures`, one row of ``DERIVED_SCHEMA`` per figure), each with its
formula and the interval its inputs' rounding allows (``low`` … ``high``):

* a percentage-point gap applied to the growth or share it follows in the same sentence (no level
  in between, no other subject named in between; lists pair in order, ``分别高于全国、全省0.2、
  6.2个百分点``): ``national_growth``, ``provincial_growth``, ``base_period_growth``,
  ``prior_period_growth`` and their ``_share`` variants. ``高于/提升/…`` → other = own − gap;
  ``低于/下降/…`` → own + gap; ``收窄/扩大`` move toward / away from zero; no direction word →
  the gap's sign as extracted. The benchmark comes from the text after the direction word
  (全国, 全省) or, failing that, the row's ``comparison``.
* a share whose whole is not stated: ``annual_plan`` (whole named 年/年度 + 计划/任务/目标),
  ``plan`` (计划/任务/目标 or an implicit ``进度``), ``implied_whole`` (any other whole):
  whole = part / share.
* a level followed by its growth (nothing in between but comparison words; lists of equal
  length pair in order): ``base_period_level`` (yoy or unspecified) or ``prior_period_level``
  (mom, prior period) = level / (1 + g/100).

Inputs that are bounds or approximations (``bound != "exact"``) give no derived figure.

Limits: relations that need the meaning of words are out of reach (which of several named wholes
a share refers to, whether a ``其中`` list is complete, a ``共计`` total over parts listed before
it, growth rates of parts that must bracket the total's growth); a share whose part lies in an
earlier sentence is not linked; ranks and ``第N`` are never checked; without item texts, cue
words in text that no indicator's ``sentence`` covers (e.g. a ``其中`` in a clause without
numbers when sentences are clauses) are invisible; derived values are unrounded (the formula
shows them rounded) and inherit any extraction error in their inputs.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from kaiju_research.extract import INDICATOR_SCHEMA

__all__ = [
    "AUDIT_SCHEMA",
    "DERIVED_SCHEMA",
    "audit_indicators",
    "derive_figures",
    "half_unit",
    "ratio_interval",
]

AUDIT_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "seq": pl.Int64(),
    "entity_code": pl.String(),
    "relation": pl.String(),  # part_of_whole | sum | progress
    "raws": pl.List(pl.String()),  # share: [part, whole, share]; sum: [total, part, part, ...]
    "starts": pl.List(pl.Int64()),  # offsets of those rows in the item text, same order
    "stated": pl.Float64(),  # share: the stated %; sum: the stated total (base units)
    "computed": pl.Float64(),  # share: 100·part/whole; sum: the parts' sum
    "difference": pl.Float64(),  # computed − stated
    "tolerance": pl.Float64(),  # what the stated rounding allows, propagated
    "status": pl.String(),  # consistent | inconsistent | unverifiable
    "formula": pl.String(),
    "note": pl.String(),  # why unverifiable, or what was assumed
    "sentence": pl.String(),
}

DERIVED_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "seq": pl.Int64(),
    "entity_code": pl.String(),
    "kind": pl.String(),
    "value": pl.Float64(),  # base units (元, 人, …) or % for growths and shares
    "low": pl.Float64(),  # the interval the inputs' rounding allows
    "high": pl.Float64(),
    "unit": pl.String(),
    "subject": pl.String(),
    "formula": pl.String(),
    "inputs": pl.List(pl.String()),  # raws of the input rows
    "input_starts": pl.List(pl.Int64()),
    "sentence": pl.String(),
}

# The indicator columns the audit reads: the extractor's own declarations, not a copy.
_AUDITED_COLUMNS = (
    "raw", "start", "end", "value", "unit", "measure", "modality", "bound", "comparison",
    "subject", "sentence",
)  # fmt: skip
_INPUT_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "seq": pl.Int64(),
    "entity_code": pl.String(),
    **{name: INDICATOR_SCHEMA[name] for name in _AUDITED_COLUMNS},
}

_ITEMS_SCHEMA: dict[str, pl.DataType] = {
    "issue_id": pl.String(),
    "seq": pl.Int64(),
    "text": pl.String(),
}

_MAX_TEXT = 200_000  # an item longer than this is not a bulletin item; rows beyond are ignored
_UNKNOWN = "\x00"  # a character of a rebuilt item text that no sentence covers
_SENTENCE_ENDS = frozenset("。！？!?\n")
_CLAUSE_BREAKS = frozenset("，,；;、：:") | _SENTENCE_ENDS | {_UNKNOWN}
_LIST_OR_CLAUSE = re.compile(r"[、；;]")
_TIGHT_SEPARATORS = re.compile(r"^[、，,和及与\s" + _UNKNOWN + r"]*$")
_NON_STOCK_UNITS = frozenset({"%", "pp", "rank"})
_PLAN_WORDS = re.compile("计划|任务|目标|预算")

# Words that may stand between two numbers of one statement without changing its subject.
# fmt: off
_CUE_WORDS = sorted(
    [
        "同比", "环比", "比上年同期", "比去年同期", "较上年同期", "较去年同期", "比上年", "比去年",
        "较上年", "较去年", "上年同期", "去年同期", "同期", "增长", "下降", "增加", "减少", "提升",
        "提高", "上升", "回落", "分别", "实现", "增速", "增幅", "降幅", "占比", "比重", "比例",
        "占", "为", "达到", "达", "约", "左右", "共计", "合计", "累计", "完成", "进度", "已",
        "其中", "高于", "低于", "快于", "慢于", "全国", "全省", "排", "位列", "居", "第",
        "预计", "继续", "的",
    ],
    key=len,
    reverse=True,
)
# fmt: on
_PERIOD_RE = re.compile(
    r"(?:[较比与]|截至|截止)?(?:\d+|[一二三四五六七八九十两上下本去前今当]+)?"
    r"(?:月份|月|季度|年度|年)(?:底|末|初|份|以来)?"
)
_PUNCT_RE = re.compile(r"[\s，,；;、：:（）()《》“”\"'。！？!?\-—" + _UNKNOWN + r"]")

# Changes: a level written right after one of these is a difference, not a stock.
_CHANGE_BEFORE = re.compile(
    r"(增加|减少|增长|下降|提升|提高|上升|回落|扩大|收窄|降低|多增|少增|净增|多了?|少了?)[了约近超\s]*$"
)

# Share cues, anchored at the share's number.
_IMPLICIT_CUE = re.compile(r"(?P<cue>进度|占比|比重|比例)(?:为|达到|达|是|约|近|超过|已达)?\s*$")
_NAMED_ZHAN = re.compile(
    r"占(?!比)(?P<noun>[^，,。；;、]*?)(?:的)?(?:比重|比例|份额)?(?:为|达到|达|约|近)?\s*$"
)
_NAMED_COMPLETE = re.compile(
    r"完成(?P<noun>[^，,。；;、]+?)的(?:比重|比例)?(?:为|达到|达|约|近)?\s*$"
)

# Directions of a percentage-point gap.
# fmt: off
_UP = ("高于", "高出", "快于", "超过", "超出", "领先", "提升", "提高", "上升", "增加", "加快",
       "回升")
_DOWN = ("低于", "慢于", "落后", "下降", "降低", "回落", "减少", "下滑", "放缓")
# fmt: on
_TOWARD_ZERO = ("收窄",)
_AWAY_FROM_ZERO = ("扩大",)
_CUE_RE = re.compile(
    "|".join(
        map(
            re.escape,
            sorted({*_CUE_WORDS, *_UP, *_DOWN, *_TOWARD_ZERO, *_AWAY_FROM_ZERO}, key=len)[::-1],
        )
    )
)
_BENCHMARKS = re.compile(r"全国|全省")
_BENCHMARK_COMPARISON = {"全国": "national", "全省": "provincial"}
_YOY_TEXT = re.compile(r"同比|去年同期|上年同期|比上年|较上年|比去年|较去年")
_PRIOR_TEXT = re.compile(r"环比|上月|上期|上季|较\d+月|比\d+月")

_PP_PREFIX = {
    "national": "national",
    "provincial": "provincial",
    "yoy": "base_period",
    "mom": "prior_period",
    "prior_period": "prior_period",
}


# --- rows and items ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    raw: str
    start: int
    end: int
    value: float
    unit: str | None
    measure: str | None
    modality: str | None
    bound: str | None
    comparison: str | None
    subject: str | None
    sentence: str | None


@dataclass
class _Item:
    issue_id: str | None
    seq: int | None
    entity_code: str | None
    text: str
    rows: list[_Row]
    _sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rows.sort(key=lambda r: (r.start, r.end))
        starts = [0]
        starts.extend(i + 1 for i, ch in enumerate(self.text) if ch in _SENTENCE_ENDS)
        self._sentence_starts = starts

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """[start, end) of the sentence holding offset pos (end includes its full stop)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        lo = self._sentence_starts[max(i, 0)]
        hi = self._sentence_starts[i + 1] if i + 1 < len(self._sentence_starts) else len(self.text)
        return lo, hi

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_span(a) == self.sentence_span(b)

    def clause_start(self, pos: int) -> int:
        lo = self.sentence_span(pos)[0]
        for i in range(pos - 1, lo - 1, -1):
            if self.text[i] in _CLAUSE_BREAKS:
                return i + 1
        return lo

    def rows_between(self, lo: int, hi: int) -> list[_Row]:
        return [r for r in self.rows if r.start >= lo and r.end <= hi]

    def residue(self, lo: int, hi: int) -> str:
        """The text in [lo, hi) without numbers of other rows, cue words and punctuation."""
        chars = list(self.text[lo:hi])
        for r in self.rows_between(lo, hi):
            for i in range(r.start - lo, r.end - lo):
                chars[i] = " "
        text = _PERIOD_RE.sub("", _CUE_RE.sub("", "".join(chars)))
        return _PUNCT_RE.sub("", text)

    def context_before(self, row: _Row, width: int = 16) -> str:
        lo = max(self.sentence_span(row.start)[0], row.start - width)
        return self.text[lo : row.start]

    def lead_of(self, row: _Row) -> str:
        """The words that introduce `row`: from the previous number (or the sentence start)."""
        lo = self.sentence_span(row.start)[0]
        ends = [r.end for r in self.rows if lo <= r.end <= row.start and r is not row]
        return self.text[max([lo, *ends]) : row.start] + _prefix(row)

    def sentence_of(self, *rows: _Row) -> str:
        sentences: list[str] = []
        for r in rows:
            if r.sentence:
                s = r.sentence
            else:
                a, b = self.sentence_span(r.start)
                s = self.text[a:b].replace(_UNKNOWN, "…").strip()
            if s and not any(s in t for t in sentences):
                sentences = [t for t in sentences if t not in s]
                sentences.append(s)
        return "".join(sentences)


def _is_stock(row: _Row, item: _Item) -> bool:
    """A level that counts something, not a change of it."""
    if row.measure != "level" or row.unit in _NON_STOCK_UNITS:
        return False
    lead = item.text[max(0, row.start - 6) : row.start] + _prefix(row)
    return not _CHANGE_BEFORE.search(lead)


def _select(frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    columns = []
    for name, dtype in schema.items():
        if name in frame.columns:
            try:
                column = frame.get_column(name).cast(dtype, strict=False)
            except Exception:  # a column of a type that cannot become this one
                column = pl.Series(name, [None] * frame.height, dtype=dtype)
        else:
            column = pl.Series(name, [None] * frame.height, dtype=dtype)
        columns.append(column.alias(name))
    return pl.DataFrame(columns)


def _row_from(rec: dict[str, Any]) -> _Row | None:
    raw, start, value = rec["raw"], rec["start"], rec["value"]
    if not raw or start is None or value is None or not math.isfinite(value):
        return None
    end = start + len(raw)
    if start < 0 or end > _MAX_TEXT:
        return None
    return _Row(
        raw=raw,
        start=start,
        end=end,
        value=float(value),
        unit=rec["unit"] or None,
        measure=rec["measure"] or None,
        modality=rec["modality"] or None,
        bound=rec["bound"] or None,
        comparison=rec["comparison"] or None,
        subject=rec["subject"] or None,
        sentence=rec["sentence"] or None,
    )


def _occurrences(raw: str, sentence: str) -> list[int]:
    """Where `raw` stands in `sentence` as a whole number (`1个` is not inside `11个`)."""
    found = []
    for m in re.finditer(re.escape(raw), sentence):
        before = sentence[m.start() - 1] if m.start() else ""
        after = sentence[m.end()] if m.end() < len(sentence) else ""
        digit_start, digit_end = raw[:1].isdigit(), raw[-1:].isdigit()
        if digit_start and (before.isdigit() or before == "."):
            continue
        if digit_end and (after.isdigit() or after == "."):
            continue
        found.append(m.start())
    return found


def _rebuild_text(rows: list[_Row]) -> str:
    """An item text with every row's sentence at its offset; unknown characters elsewhere.

    A sentence goes where most of its rows put it (each row's offset minus where its raw stands
    in the sentence); the rows' raws are then written at their own offsets.
    """
    by_sentence: dict[str, list[_Row]] = {}
    for r in rows:
        if r.sentence:
            by_sentence.setdefault(r.sentence, []).append(r)
    placed: list[tuple[int, str]] = []
    for sentence, members in by_sentence.items():
        votes: dict[int, int] = {}
        for r in members:
            for pos in set(_occurrences(r.raw, sentence)):
                offset = r.start - pos
                if offset >= 0 and offset + len(sentence) <= _MAX_TEXT:
                    votes[offset] = votes.get(offset, 0) + 1
        if votes:
            best = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))[0]
            placed.append((best, sentence))
    length = max([r.end for r in rows] + [o + len(s) for o, s in placed])
    buf = [_UNKNOWN] * length
    for offset, sentence in sorted(placed, key=lambda p: len(p[1])):
        buf[offset : offset + len(sentence)] = list(sentence)
    for r in rows:
        buf[r.start : r.end] = list(r.raw)
    text = "".join(buf)
    # a long stretch nobody wrote down is taken for a sentence break
    return re.sub(_UNKNOWN + "{8,}", lambda m: "\n" + m.group(0)[1:], text)


def _items(indicators: pl.DataFrame, items: pl.DataFrame | None) -> list[_Item]:
    frame = _select(indicators, _INPUT_SCHEMA)
    texts: dict[tuple[Any, Any], str] = {}
    if items is not None:
        for rec in _select(items, _ITEMS_SCHEMA).iter_rows(named=True):
            if rec["text"] is not None:
                texts[(rec["issue_id"], rec["seq"])] = rec["text"]
    groups: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for rec in frame.iter_rows(named=True):
        groups.setdefault((rec["issue_id"], rec["seq"]), []).append(rec)
    out = []
    for key, recs in groups.items():
        rows = [r for r in map(_row_from, recs) if r is not None]
        if not rows:
            continue
        entity = next((r["entity_code"] for r in recs if r["entity_code"] is not None), None)
        text = texts.get(key)
        if text is None or any(text[r.start : r.end] != r.raw for r in rows):
            text = _rebuild_text(rows)
        out.append(_Item(key[0], key[1], entity, text, rows))
    return out


# --- rounding ---------------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_SCALES = (("万亿", 1e12), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("万", 1e4), ("千", 1e3))


def _number_in(raw: str) -> tuple[float, int, re.Match[str]] | None:
    m = _NUMBER_RE.search(raw)
    if m is None:
        return None
    try:
        number = float(m.group(0).replace(",", ""))
    except ValueError:
        return None
    return number, len(m.group(1) or ""), m


def _scale(raw: str, value: float) -> float:
    """Base units per written unit: 1e8 for `114.28亿元`, 1 for `8.0%`."""
    parsed = _number_in(raw)
    if parsed is not None and parsed[0] != 0 and value != 0:
        return abs(value) / parsed[0]
    after = raw[parsed[2].end() :] if parsed is not None else raw
    return next((factor for word, factor in _SCALES if after.startswith(word)), 1.0)


def half_unit(raw: str, value: float) -> float:
    """Half a unit of the last written digit of `raw`, in the base units of `value`.

    `28.9%` → 0.05; `572亿元` (value 5.72e10) → 5e7; `88.44万亩` → 50.0. A raw without digits
    (Chinese numerals) counts as exact.
    """
    parsed = _number_in(raw or "")
    if parsed is None or value is None or not math.isfinite(value):
        return 0.0
    scale = _scale(raw, value)
    if not math.isfinite(scale):
        return 0.0
    return 0.5 * 10.0 ** (-parsed[1]) * scale


def _hu(row: _Row) -> float:
    return half_unit(row.raw, row.value)


def _fmt(x: float, decimals: int = 2) -> str:
    if not math.isfinite(x):
        return str(x)
    text = f"{x:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def _suffix(row: _Row) -> str:
    parsed = _number_in(row.raw)
    if parsed is None:
        return ""
    after = row.raw[parsed[2].end() :]
    return re.sub(r"^(余|多)|(以上|以下|以内|左右|余|多)$", "", after)


def _show(value: float, like: _Row, decimals: int = 2) -> str:
    """`value` (base units) written in the scale and unit of the row `like`."""
    scale = _scale(like.raw, like.value) or 1.0
    return f"{_fmt(value / scale, decimals)}{_suffix(like)}"


def _prefix(row: _Row) -> str:
    """What a raw holds before its number (`下降` in `下降5.3%`)."""
    parsed = _number_in(row.raw)
    return row.raw[: parsed[2].start()] if parsed is not None else ""


def _number_text(row: _Row) -> str:
    parsed = _number_in(row.raw)
    return parsed[2].group(0) if parsed is not None else row.raw


def _judge(computed: float, stated: float, tolerance: float, bound: str | None) -> str:
    eps = 1e-9 * max(1.0, abs(stated))
    if bound == "at_least":
        ok = computed >= stated - tolerance - eps
    elif bound == "at_most":
        ok = computed <= stated + tolerance + eps
    else:
        ok = abs(computed - stated) <= tolerance + eps
    return "consistent" if ok else "inconsistent"


def ratio_interval(a: float, da: float, b: float, db: float) -> tuple[float, float]:
    """The range of 100·a/b when a and b are each known to ±da, ±db (b > db > 0)."""
    lo_b, hi_b = b - db, b + db
    if lo_b <= 0:
        return -math.inf, math.inf
    quotients = [100.0 * x / y for x in (a - da, a + da) for y in (lo_b, hi_b)]
    return min(quotients), max(quotients)


# --- relations --------------------------------------------------------------------------------


@dataclass
class _ShareLink:
    share: _Row
    relation: str  # part_of_whole | progress
    cue_pos: int
    named: str | None  # the whole as named in the text (年计划), None for 占比/进度
    part: _Row | None = None
    whole: _Row | None = None
    whole_source: str = ""  # in_text | qizhong | named | implicit


@dataclass
class _Block:
    """A 其中 list: a total and the parts the text lists after 其中."""

    pos: int
    total: _Row | None
    parts: list[_Row]


def _share_cue(item: _Item, share: _Row) -> tuple[str, int, str | None] | None:
    lo = item.clause_start(share.start)
    seg = item.text[lo : share.start + len(_prefix(share))]  # a raw may hold its cue (占比67.6%)
    m = _IMPLICIT_CUE.search(seg)
    if m:
        relation = "progress" if m.group("cue") == "进度" else "part_of_whole"
        return relation, lo + m.start(), None
    zhan, complete = _NAMED_ZHAN.search(seg), _NAMED_COMPLETE.search(seg)
    if zhan and (complete is None or zhan.start() >= complete.start()):
        noun = zhan.group("noun").strip()
        return "part_of_whole", lo + zhan.start(), noun or None
    if complete:
        return "progress", lo + complete.start(), complete.group("noun").strip() or None
    return None


def _find_part(item: _Item, link: _ShareLink, exclude: _Row | None) -> _Row | None:
    sentence_lo = item.sentence_span(link.share.start)[0]
    candidates = [
        r
        for r in item.rows
        if r.end <= link.cue_pos
        and r.start >= sentence_lo
        and r is not exclude
        and _is_stock(r, item)
    ]
    if not candidates:
        return None
    part = candidates[-1]
    if _LIST_OR_CLAUSE.search(item.text[part.end : link.cue_pos]):
        return None
    residue = item.residue(part.end, link.cue_pos)
    if residue and residue not in item.context_before(part) and residue not in (part.subject or ""):
        return None
    return part


def _share_links(item: _Item) -> list[_ShareLink]:
    links = []
    for share in item.rows:
        if share.measure != "share":
            continue
        cue = _share_cue(item, share)
        if cue is None:
            continue
        relation, cue_pos, named = cue
        link = _ShareLink(share, relation, cue_pos, named)
        if named is not None:
            inside = [r for r in item.rows_between(cue_pos, share.start) if r.measure == "level"]
            if inside:
                link.whole, link.whole_source = inside[-1], "in_text"
        link.part = _find_part(item, link, link.whole)
        links.append(link)
    return links


def _blocks(item: _Item, named_wholes: set[int]) -> list[_Block]:
    blocks = []
    for m in re.finditer("其中", item.text):
        pos = m.start()
        lo, hi = item.sentence_span(pos)
        listed = [
            r
            for r in item.rows
            if pos < r.start < hi and _is_stock(r, item) and id(r) not in named_wholes
        ]
        if not listed:
            continue
        units = {r.unit for r in listed}
        search_lo = item.sentence_span(lo - 1)[0] if lo > 0 else lo
        before = [
            r
            for r in item.rows
            if search_lo <= r.start and r.end <= pos and _is_stock(r, item) and r.unit in units
        ]
        total = before[-1] if before else None
        if total is None:
            parts = [r for r in listed if r.unit == listed[0].unit]
        else:
            parts = [r for r in listed if r.unit == total.unit and _same_modality(r, total)]
        blocks.append(_Block(pos, total, parts))
    return blocks


def _same_modality(a: _Row, b: _Row) -> bool:
    """A target is not a part of an actual total (unknown modality matches anything)."""
    return a.modality is None or b.modality is None or a.modality == b.modality


def _resolve_wholes(item: _Item, links: list[_ShareLink], blocks: list[_Block]) -> None:
    parts = {id(link.part) for link in links if link.part is not None}
    for link in links:
        part = link.part
        if link.whole is not None or part is None:
            continue
        plan = link.named is not None and _PLAN_WORDS.search(link.named) is not None
        block = next((b for b in blocks if any(p is part for p in b.parts)), None)
        if block is not None and block.total is not None and not plan:
            link.whole, link.whole_source = block.total, "qizhong"
            continue
        sentence_lo = item.sentence_span(part.start)[0]
        before = [
            r
            for r in item.rows
            if sentence_lo <= r.start
            and r.end <= part.start
            and _is_stock(r, item)
            and r.unit == part.unit
            and id(r) not in parts
        ]
        if link.named is not None:
            # a share of a plan is one of a planned level (目标任务80.5亿元 … 占年计划的60.6%);
            # another named whole must be named right before its level
            if plan:
                named = [
                    r
                    for r in before
                    if r.modality == "target" or _PLAN_WORDS.search(item.lead_of(r))
                ]
            else:
                named = [r for r in before if link.named in item.lead_of(r)]
            if named:
                link.whole, link.whole_source = named[-1], "named"
            continue
        if before:
            link.whole, link.whole_source = before[-1], "implicit"


def _analyse(item: _Item) -> tuple[list[_ShareLink], list[_Block]]:
    links = _share_links(item)
    named_wholes = {id(link.whole) for link in links if link.whole is not None}
    blocks = _blocks(item, named_wholes)
    _resolve_wholes(item, links, blocks)
    return links, blocks


# --- audit ------------------------------------------------------------------------------------


def _base(item: _Item) -> dict[str, Any]:
    return {"issue_id": item.issue_id, "seq": item.seq, "entity_code": item.entity_code}


def _exact(*rows: _Row) -> bool:
    """No bound or approximation: a derived figure from these is a value, not a bound."""
    return all(r.bound in (None, "exact") for r in rows)


def _approx(*rows: _Row) -> bool:
    return any(r.bound == "approx" for r in rows)


def _share_check(item: _Item, link: _ShareLink) -> dict[str, Any]:
    share, part, whole = link.share, link.part, link.whole
    involved = [r for r in (part, whole, share) if r is not None]
    row: dict[str, Any] = {
        **_base(item),
        "relation": link.relation,
        "raws": [r.raw for r in involved],
        "starts": [r.start for r in involved],
        "stated": share.value,
        "computed": None,
        "difference": None,
        "tolerance": _hu(share),
        "status": "unverifiable",
        "note": None,
        "sentence": item.sentence_of(*involved),
    }
    whole_name = link.named or "the whole"
    if part is None:
        row["formula"] = f"? / {whole_name} = {share.raw}"
        row["note"] = "no part found before the share cue"
        return row
    if whole is None:
        row["formula"] = f"{part.raw} / ? = {share.raw}"
        row["note"] = (
            f"the whole is named ({link.named}) but not stated"
            if link.named
            else "no whole with the same unit found"
        )
        return row
    if part.unit != whole.unit:
        row["formula"] = f"{part.raw} / {whole.raw} = ? (stated {share.raw})"
        row["note"] = f"units do not match ({part.unit} vs {whole.unit})"
        return row
    da, db = _hu(part), _hu(whole)
    if whole.value - db <= 0:
        row["formula"] = f"{part.raw} / {whole.raw} = ? (stated {share.raw})"
        row["note"] = "the whole is zero or negative"
        return row
    computed = 100.0 * part.value / whole.value
    lo, hi = ratio_interval(part.value, da, whole.value, db)
    tolerance = _hu(share) + max(hi - computed, computed - lo)
    if _suffix(part) == _suffix(whole):
        a, b = _number_text(part), _number_text(whole)
    else:
        a, b = part.raw, whole.raw
    row.update(
        computed=computed,
        difference=computed - share.value,
        tolerance=tolerance,
        formula=f"{a} / {b} = {_fmt(computed)}% (stated {share.raw})",
    )
    if _approx(part, whole, share):
        row["note"] = "an operand is approximate"
        return row
    if part.bound not in (None, "exact") or whole.bound not in (None, "exact"):
        row["note"] = "an operand is only a bound"
        return row
    row["status"] = _judge(computed, share.value, tolerance, share.bound)
    row["note"] = {
        "qizhong": "whole: the total before 其中",
        "implicit": "whole: the nearest level with the same unit",
    }.get(link.whole_source)
    return row


def _sum_check(item: _Item, block: _Block) -> dict[str, Any]:
    total, parts = block.total, block.parts
    involved = ([total] if total is not None else []) + parts
    computed = math.fsum(p.value for p in parts)
    row: dict[str, Any] = {
        **_base(item),
        "relation": "sum",
        "raws": [r.raw for r in involved],
        "starts": [r.start for r in involved],
        "stated": total.value if total is not None else None,
        "computed": computed,
        "difference": None,
        "tolerance": None,
        "status": "unverifiable",
        "note": None,
        "sentence": item.sentence_of(*involved),
    }
    terms = " + ".join(p.raw for p in parts)
    if total is None:
        row["formula"] = f"{terms} = ? (no total)"
        row["note"] = "no total with the same unit before 其中"
        return row
    tolerance = _hu(total) + math.fsum(_hu(p) for p in parts)
    row.update(
        difference=computed - total.value,
        tolerance=tolerance,
        formula=f"{terms} = {_show(computed, total)} (stated {total.raw})",
    )
    if _approx(total, *parts):
        row["note"] = "an operand is approximate"
        return row
    eps = 1e-9 * max(1.0, abs(total.value))
    if total.bound == "at_least":
        status = "unverifiable"
    elif computed > total.value + tolerance + eps:
        status = "inconsistent"
    elif computed >= total.value - tolerance - eps or total.bound == "at_most":
        status = "consistent"
    else:
        status = "unverifiable"
        row["note"] = "the parts sum to less than the total: the 其中 list may be partial"
    if any(p.bound not in (None, "exact") for p in parts) and status != "inconsistent":
        status = "unverifiable"
        row["note"] = "a part is only a bound"
    row["status"] = status
    return row


def audit_indicators(indicators: pl.DataFrame, items: pl.DataFrame | None = None) -> pl.DataFrame:
    """Check the relations the bulletin's numbers state (shares, progress, 其中 sums).

    `indicators`: the indicators table. `items` (optional): `issue_id`, `seq`, `text` of the
    items, for the words between numbers; without it the text is rebuilt from `sentence`.
    Returns one row per relation found (`AUDIT_SCHEMA`); never raises on a frame with the
    indicators schema.
    """
    out: list[dict[str, Any]] = []
    for item in _items(indicators, items):
        links, blocks = _analyse(item)
        checks = [_share_check(item, link) for link in links]
        checks += [_sum_check(item, block) for block in blocks]
        checks.sort(key=lambda c: (min(c["starts"], default=0), c["relation"]))
        out.extend(checks)
    return _frame(out, AUDIT_SCHEMA)


def _frame(rows: list[dict[str, Any]], schema: dict[str, pl.DataType]) -> pl.DataFrame:
    frame = pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)
    return frame.sort(["issue_id", "seq"], nulls_last=True, maintain_order=True)


# --- derived figures --------------------------------------------------------------------------


def _groups(item: _Item, rows: Iterable[_Row]) -> list[list[_Row]]:
    """Runs of rows written as a list (`145.51亿元、40.93亿元`) in one sentence."""
    groups: list[list[_Row]] = []
    for r in rows:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and item.same_sentence(last.start, r.start)
            and _TIGHT_SEPARATORS.match(item.text[last.end : r.start])
            and not item.rows_between(last.end, r.start)
        ):
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def _group_of(groups: list[list[_Row]], row: _Row) -> list[_Row]:
    return next(g for g in groups if any(r is row for r in g))


def _derived(
    item: _Item,
    kind: str,
    *,
    value: float,
    interval: tuple[float, float],
    unit: str | None,
    subject: str | None,
    formula: str,
    inputs: Sequence[_Row],
) -> dict[str, Any]:
    lo, hi = interval
    return {
        **_base(item),
        "kind": kind,
        "value": value,
        "low": lo if math.isfinite(lo) else None,
        "high": hi if math.isfinite(hi) else None,
        "unit": unit,
        "subject": subject,
        "formula": formula,
        "inputs": [r.raw for r in inputs],
        "input_starts": [r.start for r in inputs],
        "sentence": item.sentence_of(*inputs),
    }


def _whole_kind(link: _ShareLink) -> str:
    noun = link.named or ""
    if re.search("计划|任务|目标", noun):
        return "annual_plan" if re.search("年", noun) else "plan"
    if link.relation == "progress" and not noun:
        return "plan"
    return "implied_whole"


def _implied_wholes(item: _Item, links: list[_ShareLink]) -> list[dict[str, Any]]:
    out = []
    for link in links:
        part, share = link.part, link.share
        if part is None or link.whole is not None or not _exact(part, share):
            continue
        ds = _hu(share)
        if share.value - ds <= 0:
            continue
        value = part.value / (share.value / 100.0)
        da = _hu(part)
        interval = (
            (part.value - da) / ((share.value + ds) / 100.0),
            (part.value + da) / ((share.value - ds) / 100.0),
        )
        whole = link.named or ("task" if link.relation == "progress" else "whole")
        formula = f"{part.raw} / {share.raw} = {_show(value, part)} ({whole})"
        kind = _whole_kind(link)
        out.append(
            _derived(
                item,
                kind,
                value=value,
                interval=interval,
                unit=part.unit,
                subject=part.subject,
                formula=formula,
                inputs=[part, share],
            )
        )
    return out


def _nearest_before(item: _Item, row: _Row) -> _Row | None:
    lo = item.sentence_span(row.start)[0]
    before = [r for r in item.rows if lo <= r.start and r.end <= row.start and r is not row]
    return before[-1] if before else None


def _base_levels(item: _Item) -> list[dict[str, Any]]:
    growths = [r for r in item.rows if r.measure == "growth"]
    stocks = [r for r in item.rows if _is_stock(r, item)]
    stock_groups = _groups(item, stocks)
    out = []
    for group in _groups(item, growths):
        first = group[0]
        level = _nearest_before(item, first)
        if level is None or not any(level is s for s in stocks):
            continue
        levels = _group_of(stock_groups, level)
        if len(levels) != len(group):
            continue
        gap_lo = level.end
        if _LIST_OR_CLAUSE.search(item.text[gap_lo : first.start].replace("、", "")):
            continue
        residue = item.residue(gap_lo, first.start)
        if residue and residue not in item.context_before(levels[0]):
            continue
        for lv, g in zip(levels, group, strict=True):
            if g.comparison in (None, "yoy"):
                kind = "base_period_level"
            elif g.comparison in ("mom", "prior_period"):
                kind = "prior_period_level"
            else:
                continue
            factor = 1.0 + g.value / 100.0
            dl, dg = _hu(lv), _hu(g) / 100.0
            if factor - dg <= 0 or not _exact(lv, g):
                continue
            value = lv.value / factor
            corners = [(lv.value + a) / (factor + b) for a in (-dl, dl) for b in (-dg, dg)]
            formula = f"{lv.raw} / (1 + {_fmt(g.value)}%) = {_show(value, lv)}"
            out.append(
                _derived(
                    item,
                    kind,
                    value=value,
                    interval=(min(corners), max(corners)),
                    unit=lv.unit,
                    subject=lv.subject,
                    formula=formula,
                    inputs=[lv, g],
                )
            )
    return out


def _direction(lead: str, own: float) -> float | None:
    """+1 when the own figure is above the other one, -1 when below, None when unsaid."""
    best: tuple[int, float] | None = None
    for words, sign in ((_UP, 1.0), (_DOWN, -1.0)):
        for w in words:
            i = lead.rfind(w)
            if i >= 0 and (best is None or i > best[0]):
                best = (i, sign)
    for words, toward in ((_TOWARD_ZERO, True), (_AWAY_FROM_ZERO, False)):
        for w in words:
            i = lead.rfind(w)
            if i >= 0 and (best is None or i > best[0]) and own != 0:
                # narrowing toward zero: a negative figure went up, a positive one went down
                sign = (1.0 if own < 0 else -1.0) if toward else (1.0 if own > 0 else -1.0)
                best = (i, sign)
    return best[1] if best else None


def _pp_figures(item: _Item) -> list[dict[str, Any]]:
    pps = [r for r in item.rows if r.measure == "pp"]
    referents = [r for r in item.rows if r.measure in ("growth", "share")]
    referent_groups = _groups(item, referents)
    out = []
    for group in _groups(item, pps):
        first = group[0]
        lo = item.sentence_span(first.start)[0]
        ref = None
        for r in reversed([r for r in item.rows if lo <= r.start and r.end <= first.start]):
            if r.measure in ("growth", "share"):
                ref = r
                break
            if r.measure in {"level", "pp"}:
                break
        if ref is None:
            continue
        lead = item.text[ref.end : first.start + len(_prefix(first))]
        if _LIST_OR_CLAUSE.search(lead.replace("、", "")):
            continue
        residue = item.residue(ref.end, first.start)
        if residue and residue not in item.context_before(ref) + (ref.subject or ""):
            continue  # 增长4.6%，两年平均增速高于全国0.3个百分点: the gap is another figure's
        refs = _group_of(referent_groups, ref)
        # the benchmarks named after the last direction word (排全省第5 names no benchmark)
        cue_at = max((lead.rfind(w) for w in _UP + _DOWN), default=-1)
        named = _BENCHMARKS.findall(lead[max(cue_at, 0) :])
        benches = [_BENCHMARK_COMPARISON[b] for b in named]
        for i, pp in enumerate(group):
            if len(refs) == len(group):
                own = refs[i]
            elif len(refs) == 1:
                own = ref
            else:
                continue  # two lists of different lengths: which gap goes with which is unsaid
            if len(benches) == len(group):
                comparison: str | None = benches[i]
            elif len(benches) == 1:
                comparison = benches[0]
            elif pp.comparison in _PP_PREFIX:
                comparison = pp.comparison
            elif _YOY_TEXT.search(lead):
                comparison = "yoy"
            elif _PRIOR_TEXT.search(lead):
                comparison = "prior_period"
            else:
                comparison = None
            if comparison not in _PP_PREFIX:
                continue
            if not _exact(own, pp):
                continue
            sign = _direction(lead, own.value)
            gap = abs(pp.value) * sign if sign is not None else pp.value
            value = own.value - gap
            spread = _hu(own) + _hu(pp)
            kind = f"{_PP_PREFIX[comparison]}_{own.measure}"
            op = "−" if gap >= 0 else "+"
            formula = f"{_fmt(own.value)}% {op} {_fmt(abs(gap))}pp = {_fmt(value)}%"
            out.append(
                _derived(
                    item,
                    kind,
                    value=value,
                    interval=(value - spread, value + spread),
                    unit="%",
                    subject=own.subject,
                    formula=formula,
                    inputs=[own, pp],
                )
            )
    return out


def derive_figures(indicators: pl.DataFrame, items: pl.DataFrame | None = None) -> pl.DataFrame:
    """Figures the text implies but never states: benchmarks, plans, base-period values.

    Same inputs as :func:`audit_indicators`; one row per figure (`DERIVED_SCHEMA`), values in
    base units (元, 人, …; % for growths and shares), with the formula and the interval the
    inputs' rounding allows. Never raises on a frame with the indicators schema.
    """
    out: list[dict[str, Any]] = []
    for item in _items(indicators, items):
        links, _ = _analyse(item)
        figures = _pp_figures(item) + _implied_wholes(item, links) + _base_levels(item)
        figures.sort(key=lambda f: (max(f["input_starts"], default=0), f["kind"]))
        out.extend(figures)
    return _frame(out, DERIVED_SCHEMA)
