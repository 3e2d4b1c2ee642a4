"""The indicator extractor: every quantity in a piece of Chinese government prose, as a row.

Steps, each a small function:

1. `_fold_and_mask` – fold full-width forms, blank out names, codes, phone numbers, quotes.
2. `find_times` – time expressions (blanked out too: `2026年` is not a quantity).
3. `_tokens` – numbers with their scale and measure word, rank phrases, shared-unit lists.
4. `_classify` – measure, sign, comparison, bound, modality from cue words around each number.
5. `_attach_periods` – the period of each quantity from the time expressions of its sentence.
6. `_subjects` – the indicator phrase each quantity belongs to.

All offsets are offsets in the caller's text: folding is 1:1 and masking keeps lengths.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from kaiju_research.extract import cues
from kaiju_research.extract.numbers import (
    BASIS_POINT_UNITS,
    CLASSIFIERS,
    FOLD,
    NUM_CHINESE,
    RATE_UNITS,
    SCALES,
    TOKEN,
    TOKEN_WRAPPED,
    base_unit,
    parse_number,
)
from kaiju_research.extract.periods import (
    TimeExpr,
    find_plan_periods,
    find_times,
    resolve,
)

INDICATOR_SCHEMA: dict[str, pl.DataType] = {
    "raw": pl.String(),
    "start": pl.Int64(),
    "end": pl.Int64(),
    "value": pl.Float64(),
    "unit": pl.String(),
    "measure": pl.String(),
    "modality": pl.String(),
    "bound": pl.String(),
    "comparison": pl.String(),
    "period_start": pl.Date(),
    "period_end": pl.Date(),
    "period_label": pl.String(),
    "subject": pl.String(),
    "sentence": pl.String(),
    # Added beyond the columns: whether the figure was read as a stock counted at
    # `period_end` (a balance, a herd, what exists), which is why its `period_start` is null.
    "is_stock": pl.Boolean(),
}

MASK = "\x01"
_EMPTY = pl.DataFrame(schema=INDICATOR_SCHEMA)

# Spans that contain digits but never a quantity. Short quoted spans are names and slogans
# (`“1+4”产业链`, `“十五五”`, `“三个一批”`); a long quotation may be prose and is kept.
_NAMES = re.compile(
    r"""
    (?=[“‘"「『《〈〔\[【(（A-Za-z0-9._%+\-—–一二三四五六七八九十次 \t])   # cheap first-char test
    (?:
      “[^“”\n]{1,20}” | ‘[^‘’\n]{1,20}’ | "[^"\n]{1,20}" | 「[^「」\n]{1,20}」 | 『[^『』\n]{1,20}』
    | 《[^《》\n]*》 | 〈[^〈〉\n]*〉
    | [〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d+\s*号       # document number 〔2025〕3号
    | (?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}  # e-mail
    | (?<!\d)0\d{2,3}[-—\s]?\d{7,8}(?!\d) | (?<!\d)1[3-9]\d{9}(?!\d)   # phone numbers
    | (?<![\d.])[19]\d{4}(?![\d.])(?=[\u4e00-\u9fff]{0,8}(?:热线|专线|服务平台))  # hotline 12345
    | (?<![\d.])\d+(?:\.\d+)?\s*[:：∶]\s*\d+(?:\.\d+)?(?![\d.])     # ratio 1:1, clock 8:30
    | 七台河|[三五九]台(?=[县区山])|五家渠|六枝(?=特区)                    # places: not 7台
    | (?<![一二三四五六七八九十])[一二三四五六七八九十]+届[一二三四五六七八九十\d]+次  # 十二届八次
    | (?<=[一二三四五六七八九十\d])次(?:全会|全体会议|党代会|代表大会|产业)
    | (?m:^)[ \t]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、
                     |\d{1,2}[、.](?!\d))                       # section numbers
    | (?<=\n)[ \t]*[-—–]?[ \t]*\d{1,4}[ \t]*[-—–]?[ \t]*(?=\n)         # a page-number line
    )
    """,
    re.VERBOSE,
)
# A rank: `排全省第2`, `居前3位`, `位居榜首`; from the bottom `排名倒数第1`, `处于后3位`, `末位`
# (negative values: -1 is the last place). A page-number line may stand between cue and place.
_RANK = re.compile(
    rf"(?P<cue>{cues.RANK_CUE})(?P<scope>[^\d，。；,;！？!?\n第前\x01]{{0,10}}?"
    # the size of the field may be written (`居全区12个盟市第3位`, `排全市16个区第4位`)
    rf"(?:\s*(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})\s*个?[^\d，。；,;！？!?\n第前\x01]{{1,8}}?)?"
    rf"[\n\x01]{{0,12}})"
    rf"(?:(?P<bottom>倒数\s*)?第\s*(?P<rnum>\d+|[一二两三四五六七八九十百]+)\s*(?P<rsuf>位|名)?"
    rf"(?!\s*(?:方阵|梯队|阵营))"
    rf"|前\s*(?P<tnum>\d+|[一二两三四五六七八九十百]+)\s*(?P<tsuf>强|名|位)?"
    rf"|(?:后|倒数)\s*(?P<bnum>\d+|[一二两三四五六七八九十百]+)\s*(?P<bsuf>名|位)"
    rf"|(?P<first>首位|榜首)|(?P<last>末位))"
)
# Clause ends; among them part ends (；) and sentence ends. A comma inside `1,234` is no end.
_RANK_MORE = re.compile(
    r"[、和及与](?P<scope>[^\d，。；,;！？!?\n、第前\x01]{0,8}?)(?P<ord>(?:倒数)?第)\s*"
    r"(?P<num>\d+|[一二两三四五六七八九十百]+)\s*(?:位|名)?"
)
_RANK_IN_BRACKETS = re.compile(
    r"[（(](?P<scope>[^\d（）()，。；,;\n第]{0,10}?)(?P<ord>第)\s*"
    r"(?P<num>\d+|[一二两三四五六七八九十百]+)\s*(?:位|名)(?=[）)、，,])"
)
# An ASCII full stop ends a sentence in text written with ASCII punctuation; not inside a
# number, a code or an ellipsis.
_BOUNDARY = re.compile(
    r"(?=[。！？!?\n；;，：:,.])"  # (one class test first: the engine skips the rest quickly)
    r"(?:[。！？!?\n；;，：:]|,(?!\d{3}(?!\d))|(?<![\dA-Za-z.])\.(?![\dA-Za-z.]))"
)
_PART_END = frozenset("。！？!?\n；;.")
_SENTENCE_END = frozenset("。！？!?\n.")
_BRACKETS = re.compile(r"[（(][^（）()\n]*[）)]")
# A single line break inside running prose is where a PDF or a web page wrapped the line, not
# the end of a sentence: the line before does not end a sentence (。！？；：) and is prose (has a
# clause mark, or is longer than a heading), and the next line is not a heading or list item.
_WRAPPED_BREAK = re.compile(
    r"(?<=[^\s。！？；：!?;:…）)”’」』])[ \t]*\n[ \t]*"
    r"(?![\s▲△◆■●#【—]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[、.](?!\d))"
)
# A line holding only a page number (`— 3 —`, `- 12 -`, `3`), with the breaks around it.
_BETWEEN_SENTENCES = re.compile(r"(?:\s|[-—–]\s*\d{1,4}\s*[-—–])*")
_PAGE_LINE = re.compile(r"\n[ \t]*[-—–]?[ \t]*\d{1,4}[ \t]*[-—–]?[ \t]*\n(?!\n)")
_PROSE_LINE = re.compile(r"[，,。；;！？!?]|[^\n]{20}")
# Numbers joined by these form one list; a change verb may repeat (`分别增长6.2%、下降1.5%`).
_LIST_GAP = re.compile(
    r"\s*(?:[、/和及与]\s*(?:增长|下降|增加|减少|提高|降低|上升|回落|上涨|下跌|(?:每[人户亩月年天日]){1,2})?"
    r"|(?P<range>[—–\-~～至到]+))\s*"  # (`每人每月756元和每人每年6230元`: a rate per item)
)
_FENBIE = "分别"
_COUNTS_WHAT_FOLLOWS = frozenset({"个", "项", "座", "条", "批", "所"})
_LIST_LEAD = re.compile(r"\s*[、和及与或]")
_LIST_ITEM_YARDSTICK = re.compile(rf"\s*[、和及与]\s*({'|'.join(cues.COMPARISON_ITEM)})\s*$")
_QUOTES = re.compile("[“”‘’]")
_PLACE_ENDS = frozenset("省市县区州旗")  # a cheap test before `cues.LEADING_PLACE`
_HAS_DIGIT = re.compile(r"[\d一二两三四五六七八九十]")
_ADDED_WORD = re.compile(rf"^(?:{cues._ADDED})|(?:{cues._ADDED})$")  # `新增…`, `…装机新增`
_YEAR_END = re.compile(r"(?:(?:19|20)\d{2}\s*年|今年|去年|上年|全年)?(?:年末|年底)")
_PLACE_LIST = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}[、和])+[\u4e00-\u9fff]{2,4}(?:\d+|[两三四五六七八九十]+)个?(?:市|县|区|州)"
    r"|(?:[\u4e00-\u9fff]{1,4}[市县区州旗][、和])+(?=[\u4e00-\u9fff]{1,5}[市县区州旗])"
)
_RANKED_BY = re.compile(r"按(?:照)?([^，。；,;\n]{2,24}?)(?:排名|排序|排位|排列)")
_RANKING_FRAME_END = re.compile(rf"中[，,]?\s*(?:{cues.RANK_CUE})?\s*$")
_RANKING_FRAME = re.compile(r"在(?P<name>[^，。；,;\n]{2,40}?)中[，,]?\s*$")
_ASIDE_LEAD = re.compile(r"^.*?(?:占|较|比)")
# 及 inside a word (惠及, 涉及, 以及, 普及) joins no list.
_SPLIT_LIST = re.compile(r"[、和与]|(?<![惠涉以普波危触顾论])及")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_ZERO_SCALE_UNITS = frozenset({"万", "亿", "万亿"})
# `三分之一`, `五分之二`; `六成`, `九成以上`, `近八成` (a lone 一成 is an idiom: 一成不变).
_FRACTION = re.compile(
    r"(?=[\d二两三四五六七八九十百千万])(?<![\d一二两三四五六七八九十百千万])"
    r"(?:(?P<den>[二三四五六七八九十百千万]+|\d+)分之"
    r"(?P<num>[一二三四五六七八九十百零〇]+(?:点[〇零一二三四五六七八九]+)?|\d+(?:\.\d+)?)"
    r"|(?P<tenths>[两二三四五六七八九]|\d(?:\.\d)?)(?P<mid>多|余)?成(?P<mid2>多)?"
    r"(?![为立本功果就效员交绩熟长都])"
    r")"
)
# What stands right before a value with no measure word: an index, a coefficient, a ratio.
_INDEX_BEFORE = re.compile(
    r"(?:指数|系数|比值|比率|倍数|收入比)(?:[（(][^（）()]{0,16}[）)])?\s*(?:分别)?"
    r"(?:[由从]\s*\d+(?:\.\d+)?\s*)?"  # 收入比由2.31缩小至2.26
    r"(?:为|是|达到|达|在|[由从]|(?:缩小|扩大|下降|上升|提高|降低|回落|回升|[降升])?[至到])?\s*$"
)
# A score in points: 分 after a number, in a clause about a score or an assessment.
_SCORE_AFTER = re.compile(r"[ \t]?分(?![之钟别局行公类期批院厂部队级区项])")  # (`92.6 分`)
_SCORE_BEFORE = re.compile(
    r"(?:得分|评分|分数|总分|分值|考评|考核|测评|评价|打分|成绩)"
    # right before the figure, or before a list of scores (`分别为96.81分、96.55分、96.20分`)
    r"(?:[^。；;！？\n]{0,16}|[^。；;！？\n]{0,16}\d分(?:\s*[、和及与]\s*[\d.]+分)*\s*[、和及与]\s*)$"
)
_TOKEN_GROUPS = ("num", "scale", "mid", "scale2", "unit", "cnum", "cmid", "cunit", "cscale")
_SCALE_EXPONENT = {scale: len(str(int(scale))) - 1 for scale in SCALES.values()}
# Cheap pre-check: a text without any numeral has no quantity.
_FOLDABLE = re.compile("[０-９Ａ-Ｚａ-ｚ％．＋－−／*＊]")
_ANY_NUMERAL = re.compile(r"[0-9０-９]|首位|榜首|末位|" + NUM_CHINESE)


@dataclass(slots=True)
class _Qty:
    """A quantity being built; fields after `aside` are filled in by the classification steps."""

    start: int
    end: int
    num_start: int
    value: float
    unit: str | None
    scale: float
    mid_approx: bool
    decimals: int = 0  # digits after the decimal point as written, to undo float noise
    rank_cue: int = -1  # offset of 排/居/位列… for a rank
    rank_top: bool = False  # 前十强: at most
    group: int = -1
    range_role: str | None = None
    aside: bool = False
    measure: str = "level"
    modality: str = "actual"
    bound: str = "exact"
    comparison: str | None = None
    negative: bool = False
    since_year_start: bool = False  # compared with the end of last year (比上年末, 较年初)
    compared_year: int | None = None  # a base year written out (比2020年)
    time: TimeExpr | None = None
    context_year: int | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    subject: str | None = None
    is_stock: bool = False
    seg_start: int = 0
    # Where the quantity stands, set once by `_Layout.place` (the steps read these many times).
    sent_index: int = 0
    sent_start: int = 0
    sent_end: int = 0
    part_start: int = 0
    part_end: int = 0
    clause_start: int = 0
    clause_end: int = 0
    bracket: tuple[int, int] | None = None


def _drop_brackets(text: str) -> str:
    """`text` without bracketed asides (the test for a bracket is far cheaper than the sub)."""
    return _BRACKETS.sub("", text) if ("（" in text or "(" in text) else text


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the given spans replaced by MASK characters (same length)."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for span_start, span_end in sorted(spans):
        if span_end <= pos:
            continue
        s = max(span_start, pos)
        out.append(text[pos:s])
        out.append(MASK * (span_end - s))
        pos = span_end
    out.append(text[pos:])
    return "".join(out)


def _wrapped_breaks(text: str) -> set[int]:
    """Offsets of the line breaks that wrap a sentence (see `_WRAPPED_BREAK`)."""
    out = set()
    for m in _WRAPPED_BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _PROSE_LINE.search(text, line_start, m.start()):
            out.add(text.index("\n", m.start()))
    for m in _PAGE_LINE.finditer(text):
        # `天然\n— 3 —\n气产量`: a page number between the halves of a sentence
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[m.start() - 1] if m.start() else "。"
        # (after ； the sentence goes on: `…增长7.8%；\n— 5 —\n进口…` keeps its 同比)
        if before not in "。！？!?：:" and _PROSE_LINE.search(text, line_start, m.start()):
            out.update((m.start(), m.end() - 1))
    return out


class _Layout:
    """Sentence, part (；) and clause (，) boundaries, looked up by bisection."""

    def __init__(self, text: str) -> None:
        self.n = len(text)
        self.clause_ends = [m.start() for m in _BOUNDARY.finditer(text)]
        if "\n" in text:
            wrapped = _wrapped_breaks(text)
            if wrapped:
                self.clause_ends = [i for i in self.clause_ends if i not in wrapped]
        self.part_ends = [i for i in self.clause_ends if text[i] in _PART_END]
        self.sent_ends = [i for i in self.part_ends if text[i] in _SENTENCE_END]
        self.brackets = (
            [(m.start(), m.end()) for m in _BRACKETS.finditer(text)]
            if ("（" in text or "(" in text)
            else []
        )
        self._modality = [(m.start(), m.end(), m.lastgroup) for m in cues.MODALITY.finditer(text)]
        self._modality_starts = [m[0] for m in self._modality]

    def last_modality_cue(self, lo: int, hi: int) -> tuple[int, int, str | None] | None:
        """The last modality cue that starts in [lo, hi) and ends by hi."""
        i = bisect.bisect_left(self._modality_starts, hi) - 1
        while i >= 0 and self._modality[i][1] > hi:
            i -= 1
        if i >= 0 and self._modality[i][0] >= lo:
            return self._modality[i]
        return None

    def colon_target(self, work: str, lo: int, hi: int) -> bool:
        """Whether a target cue announced with a colon (`主要预期目标是：`) stands in [lo, hi)."""
        i = bisect.bisect_left(self._modality_starts, lo)
        while i < len(self._modality) and self._modality[i][1] <= hi:
            _, cue_end, kind = self._modality[i]
            if kind != "estimate" and cues.COLON_AFTER.match(work, cue_end):
                return True
            i += 1
        return False

    @staticmethod
    def _start(ends: list[int], pos: int) -> int:
        i = bisect.bisect_left(ends, pos) - 1
        return ends[i] + 1 if i >= 0 else 0

    def _end(self, ends: list[int], pos: int) -> int:
        i = bisect.bisect_left(ends, pos)
        return ends[i] if i < len(ends) else self.n

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_left(self.sent_ends, pos)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._start(self.sent_ends, pos), self._end(self.sent_ends, pos)

    def part_start(self, pos: int) -> int:
        return self._start(self.part_ends, pos)

    def part_end(self, pos: int) -> int:
        return self._end(self.part_ends, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        return self._start(self.clause_ends, pos), self._end(self.clause_ends, pos)

    def bracket(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.brackets, (pos, self.n + 1)) - 1
        if i >= 0 and self.brackets[i][0] < pos < self.brackets[i][1]:
            return self.brackets[i]
        return None

    def place(self, qs: list[_Qty]) -> None:
        """Set each quantity's sentence, part, clause and enclosing bracket."""
        left = bisect.bisect_left
        n = self.n
        sent_ends, part_ends, clause_ends = self.sent_ends, self.part_ends, self.clause_ends
        n_sent, n_part, n_clause = len(sent_ends), len(part_ends), len(clause_ends)
        for q in qs:
            pos = q.start
            i = left(sent_ends, pos)
            q.sent_index = i
            q.sent_start = sent_ends[i - 1] + 1 if i else 0
            q.sent_end = sent_ends[i] if i < n_sent else n
            i = left(part_ends, pos)
            q.part_start = part_ends[i - 1] + 1 if i else 0
            q.part_end = part_ends[i] if i < n_part else n
            i = left(clause_ends, pos)
            q.clause_start = clause_ends[i - 1] + 1 if i else 0
            q.clause_end = clause_ends[i] if i < n_clause else n
            q.bracket = self.bracket(pos) if self.brackets else None


# --- 1-3: tokens ---------------------------------------------------------------------------------


def _tokens(work: str, masked: str) -> list[_Qty]:
    """Numbers with measure words, rank phrases, and bare numbers that share a later unit."""
    ranks: list[_Qty] = []
    fields: list[tuple[int, int]] = []  # `居全区12个盟市第3位`: the field's size is the rank's
    for m in _RANK.finditer(masked):  # (its cue alternation is a cheap first test)
        cue = m.start("cue")
        if m.group("scope") and _HAS_DIGIT.search(m.group("scope")):
            fields.append(m.span("scope"))
        if m.group("first") is not None:  # 居全国首位
            ranks.append(_rank(m.start("first"), m.end("first"), "一", cue))
            continue
        if m.group("last") is not None:  # 位列末位: the last place
            ranks.append(_rank(m.start("last"), m.end("last"), "一", cue, bottom=True))
            continue
        if m.group("bnum") is not None:  # 后3位, 倒数3位: among the last three
            ranks.append(
                _rank(m.end("scope"), m.end(), m.group("bnum"), cue, top=True, bottom=True)
            )
            continue
        top = m.group("tnum") is not None
        bottom = m.group("bottom") is not None
        num = m.group("tnum") if top else m.group("rnum")
        if top:
            start = masked.rfind("前", cue, m.start("tnum"))
            end = m.end("tsuf") if m.group("tsuf") else m.end("tnum")
        else:
            start = m.start("bottom") if bottom else masked.rfind("第", cue, m.start("rnum"))
            end = m.end("rsuf") if m.group("rsuf") else m.end("rnum")
        ranks.append(_rank(start, end, num, cue, top=top, bottom=bottom))
        # `居全国第5位、中部第2位`: further ranks listed after the first share its verb (and
        # its direction: `倒数第1、第2位`).
        more = _RANK_MORE.match(masked, end)
        while more is not None:
            from_bottom = bottom or more.group("ord") != "第"
            ranks.append(
                _rank(more.start("ord"), more.end(), more.group("num"), cue, bottom=from_bottom)
            )
            more = _RANK_MORE.match(masked, more.end())
    if len(ranks) > 1:
        # A listed rank with a verb of its own (`总量居第2位、增幅居第4位`) is found twice:
        # keep the reading with the nearest verb.
        nearest: dict[int, _Qty] = {}
        for q in ranks:
            if q.start not in nearest or q.rank_cue > nearest[q.start].rank_cue:
                nearest[q.start] = q
        ranks = sorted(nearest.values(), key=lambda q: q.start)
    if ranks and ("（" in masked or "(" in masked):
        # `增速排全省第2位（上半年第4位）`: beside a rank, a place in brackets is one too.
        taken = {q.start for q in ranks}
        for m in _RANK_IN_BRACKETS.finditer(masked):
            if m.start("ord") not in taken:
                ranks.append(_rank(m.start("ord"), m.end(), m.group("num"), m.start()))
        ranks.sort(key=lambda q: q.start)
    if "分之" in masked or _may_hold_tenths(masked):
        ranks.extend(_fractions(masked))
    for q in ranks:
        # `在全国15个副省级城市中排名第三`: the field's size in the frame before the cue
        frame = _RANKING_FRAME.search(masked, max(0, q.rank_cue - 42), q.rank_cue)
        if frame is not None and _HAS_DIGIT.search(frame.group("name")):
            fields.append(frame.span())
    rank_spans = [(q.start, q.end) for q in ranks] + fields

    found: list[_Qty] = []
    for m in (TOKEN_WRAPPED if "\n" in masked else TOKEN).finditer(masked):
        num, scale, mid, scale2, unit_word, cnum, cmid, cunit, cscale = m.group(*_TOKEN_GROUPS)
        chinese = cnum is not None
        if chinese:
            num, mid, unit_word, scale_word = cnum, cmid, cunit, cscale
            s = m.start("cnum")
        else:
            scale_word = scale or scale2
            s = m.start("num")
        if rank_spans and any(rs <= s < re_ for rs, re_ in rank_spans):
            continue
        if unit_word in _IDIOM_AFTER and _IDIOM_AFTER[unit_word].match(work, m.end()):
            continue  # `两位数增长` (an idiom), `1对1帮扶` (a pairing)
        # An ordinal (`第3期`, `第二批`) is never a quantity.
        j = s - 1
        while j >= 0 and work[j] in " \t":
            j -= 1
        if j >= 0 and work[j] == "第":
            continue
        end = m.end()
        if unit_word is None and scale_word is not None and scale_word not in _ZERO_SCALE_UNITS:
            end = s + len(num)
            scale_word = None
        if unit_word is None and mid is not None and scale_word is None:
            end = s + len(num)
        if (
            cues.THRESHOLD.match(work, end)
            # `10个以上千亿级产业集群` counts the clusters; `30亩以上种粮主体` names a category
            and unit_word not in _COUNTS_WHAT_FOLLOWS
            # `95%以上的行政村` is a share of the villages; `增速10%以上的企业` a category
            and not (unit_word == "%" and cues.RATE_BEFORE.search(work, max(0, s - 6), s) is None)
        ) or (unit_word == "岁" and cues.AGE_GROUP.match(work, end)):
            continue
        start = s
        if (
            s >= 1
            and work[s - 1] == "-"
            and (s < 2 or not work[s - 2].isdigit())
            and not (found and found[-1].end == s - 1)  # `增长5%-6%`: a range, not -6%
        ):
            start = s - 1
        value = parse_number(num)
        decimals = len(num) - num.index(".") - 1 if "." in num else 0
        if unit_word in BASIS_POINT_UNITS:
            value, decimals = round(value / 100, decimals + 2), decimals + 2
        if start < s:
            value = -value
        unit = (
            base_unit(unit_word) if unit_word is not None else (None if scale_word is None else "")
        )
        if unit is None and not chinese and "." in num and work.startswith("年", end):
            unit, end = "年", end + 1  # `平均受教育年限10.6年`: no calendar year has a decimal
        if unit is None and not chinese:
            if _INDEX_BEFORE.search(work, max(0, s - 24), s):
                # an index or ratio has no measure word: `价格指数为102.3`, `收入比为2.26`
                unit = ""
            elif _SCORE_AFTER.match(work, end) and _SCORE_BEFORE.search(work, max(0, s - 80), s):
                # `综合得分92.6分`: points of a score (分 is also a minute, a fraction, 分别)
                if cues.THRESHOLD.match(work, end + 1):
                    continue  # `95分以上的单位`: a category
                unit, end = "分", _SCORE_AFTER.match(work, end).end()
        found.append(
            _Qty(
                start=start,
                end=end,
                num_start=s,
                value=value,
                unit=unit,
                scale=SCALES[scale_word] if scale_word else 1.0,
                mid_approx=mid is not None and (unit is not None),
                decimals=decimals,
            )
        )
    found.extend(ranks)
    found.sort(key=lambda q: q.start)
    return _share_units(work, found)


_TENTHS_BEFORE = frozenset("0123456789.两二三四五六七八九多余")


def _may_hold_tenths(text: str) -> bool:
    """Whether some 成 follows a numeral (`六成`): 成 is common (完成, 建成), proportions rare."""
    i = text.find("成", 1)
    while i > 0:
        if text[i - 1] in _TENTHS_BEFORE:
            return True
        i = text.find("成", i + 1)
    return False


def _rank(
    start: int, end: int, numeral: str, cue: int, *, top: bool = False, bottom: bool = False
) -> _Qty:
    """A rank; `top`: among the first N (前3位), `bottom`: counted from the last place
    (倒数第2 → -2)."""
    value = parse_number(numeral)
    return _Qty(
        start=start,
        end=end,
        num_start=start,
        value=-value if bottom else value,
        unit="rank",
        scale=1.0,
        mid_approx=False,
        rank_cue=cue,
        rank_top=top,
    )


def _fractions(masked: str) -> list[_Qty]:
    """`三分之一` (33.3…%) and `六成` (60%): proportions written as words, as percentages."""
    out = []
    for m in _FRACTION.finditer(masked):
        if m.group("den") is not None:
            numerator, denominator = parse_number(m.group("num")), parse_number(m.group("den"))
            # 百分之二点五 is 2.5 % as written (dividing would add float noise)
            value = numerator if denominator == 100 else numerator / denominator * 100
        else:
            value = parse_number(m.group("tenths")) * 10
        out.append(
            _Qty(
                start=m.start(),
                end=m.end(),
                num_start=m.start(),
                value=value,
                unit="%",
                scale=1.0,
                mid_approx=m.group("mid") is not None or m.group("mid2") is not None,
                decimals=9,
            )
        )
    return out


def _share_units(work: str, qs: list[_Qty]) -> list[_Qty]:
    """Link numbers joined by 、/和/ranges into groups; bare numbers take the group's unit."""
    gid = 0
    for i, q in enumerate(qs):
        if i and q.unit != "rank" and qs[i - 1].unit != "rank":
            gap = _LIST_GAP.fullmatch(work, qs[i - 1].end, q.start)
            units = (qs[i - 1].unit, q.unit)
            if (
                gap is not None
                and gap.group("range")
                and None not in units
                and len(set(units)) == 2
            ):
                # `提升1.8个百分点至59.2%`: a change and the level it reached, not a range
                gap = None
            if gap is not None:
                q.group = qs[i - 1].group
                if gap.group("range"):
                    qs[i - 1].range_role, q.range_role = "lo", "hi"
                continue
        gid += 1
        q.group = gid
    # Right to left: a bare number takes unit (and scale, if it has none) of its right neighbour.
    for i in range(len(qs) - 2, -1, -1):
        q, nxt = qs[i], qs[i + 1]
        if q.unit == "个" and nxt.unit == "pp" and nxt.group == q.group:
            q.unit = "pp"  # `1.6个和0.9个百分点`: the first 个 is short for 个百分点
        if q.unit is None and nxt.group == q.group and nxt.unit is not None:
            q.unit = nxt.unit
            if q.scale == 1.0:
                q.scale = nxt.scale
    for i in range(1, len(qs)):
        q, before = qs[i], qs[i - 1]
        if q.unit is None and before.group == q.group and before.unit == "":
            q.unit = ""  # `综合指数分别为3.12和3.28`: an index listed after an index
    kept = [q for q in qs if q.unit is not None]
    for q in kept:
        if q.scale != 1.0:
            # 300.4 * 1e8 is 30039999999.999996 in floating point: round to the written precision.
            exponent = _SCALE_EXPONENT[q.scale]
            q.value = round(q.value * q.scale, max(0, q.decimals - exponent))
    return kept


# --- 4: classification ---------------------------------------------------------------------------


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - we want the last match
        pass
    return last


def _is_negative(sign: re.Match[str], seg: str) -> bool:
    """Whether the sign cue makes a change negative (收窄/扩大 depend on the rate they change)."""
    kind = sign.lastgroup
    if kind in ("narrow", "widen", "shrink"):
        rate = _last(cues.RATE_NAME, seg[: sign.start()])
        named = rate.lastgroup if rate is not None else None
        if kind == "shrink":
            return named != "decline"
        return (kind == "narrow" and named == "rise") or (kind == "widen" and named == "decline")
    return kind == "neg"


def _segment(work: str, layout: _Layout, qs: list[_Qty], i: int) -> str:
    """Left context of quantity i within its clause, after the previous non-aside quantity."""
    q = qs[i]
    clause_start = q.clause_start
    seg_start = clause_start
    k = i - 1
    while k >= 0 and qs[k].end > clause_start:
        if not qs[k].aside:
            seg_start = max(seg_start, qs[k].end)
            break
        k -= 1
    q.seg_start = seg_start
    end = q.rank_cue if q.unit == "rank" else q.start
    seg = work[seg_start:end]
    if "\n" in seg:  # a wrapped line inside a cue word (`同比下\n降8.4%`)
        seg = _PAGE_LINE.sub("", seg).replace("\n", "")
    if not q.aside:
        seg = _drop_brackets(seg)
    return seg


def _parts_opening_with_time(work: str, layout: _Layout, times: list[TimeExpr]) -> set[int]:
    """Starts of the sentence parts that open with a period of their own (`；1—10月累计…`)."""
    out = set()
    for t in times:
        if not t.is_base:
            part_start = layout.part_start(t.start)
            if cues.LEADING_PREFIX.match(work[part_start : t.start]):
                out.add(part_start)
    return out


def _classify(
    work: str, layout: _Layout, qs: list[_Qty], groups: list[list[int]], times: list[TimeExpr]
) -> list[str]:
    """Measure, sign, comparison, bound, modality. Returns the segments (for subjects)."""
    segments: list[str] = []
    for q in qs:
        q.aside = q.bracket is not None
    for i, q in enumerate(qs):
        seg = _segment(work, layout, qs, i)
        segments.append(seg)
        prev = qs[i - 1] if i else None
        in_list = prev is not None and prev.group == q.group
        # measure
        if q.unit == "rank":
            q.measure = "rank"
        elif q.unit == "pp":
            q.measure = "pp"
        elif q.unit in RATE_UNITS:
            cue = cues.last_cue(cues.MEASURE, seg)
            if cue is not None:
                q.measure = "growth" if cue.lastgroup == "growth" else "share"
            elif (
                prev is not None
                and prev.unit in RATE_UNITS
                and (
                    in_list
                    or (prev.end > q.clause_start and _LIST_LEAD.match(seg))  # `6.5%、力争7%`
                    or (q.aside and not prev.aside)  # `增长6.3%（全省4.1%）`
                )
            ):
                q.measure = prev.measure  # a rate written beside a rate is of the same kind
            elif cues.COMPARISON.search(seg):
                q.measure = "growth"
            else:
                q.measure = "share"
        # sign and comparison of a change
        if q.measure in ("growth", "pp"):
            sign = cues.last_cue(cues.SIGN, seg)
            cmp_ = _last(cues.COMPARISON, seg)
            if in_list and prev is not None and sign is None and cmp_ is None:
                q.negative, q.comparison = prev.negative, prev.comparison
            else:
                q.negative = sign is not None and _is_negative(sign, seg)
                q.comparison = cmp_.lastgroup if cmp_ is not None else None
            if cmp_ is None:
                item = _LIST_ITEM_YARDSTICK.match(seg)
                if item is not None:  # `高于全国0.6个百分点、全省0.1个百分点`
                    q.comparison = cues.COMPARISON_ITEM[item.group(1)]
            if q.negative and q.value > 0:
                q.value = -q.value
            if cmp_ is not None:
                q.since_year_start = bool(cues.SINCE_YEAR_START.search(seg))
                year = _YEAR_DIGITS.search(cmp_.group())
                q.compared_year = int(year.group()) if year else None
        # bound
        right = cues.BOUND_RIGHT.match(work, q.end)
        left = (
            _bound_word_before(work, q)
            # (`总额超\n— 5 —\n600亿元`: a page-number line between word and figure)
            or ("\n" in work[q.seg_start : q.start] and cues.BOUND_LEFT.search(seg[-6:]))
            or (
                cues.BOUND_BEFORE_VERB.search(seg)
                if ("至" in seg or "最" in seg or "不" in seg or "约" in seg)
                else None
            )
        )
        if q.range_role == "lo":
            q.bound = "at_least"
        elif q.range_role == "hi":
            q.bound = "at_most"
        elif right is not None:
            q.bound = right.lastgroup or "exact"
        elif left is not None:
            q.bound = (left.lastgroup or "exact").removesuffix("_of")
        elif q.mid_approx:
            q.bound = "approx"
        elif q.rank_top:
            q.bound = "at_most"
        # modality
        q.modality = _modality(work, layout, qs, i)
    lists = [g for g in groups if len(g) > 1]
    if lists:
        _distribute(work, qs, segments, lists)
        _share_trailing_bound(work, qs, lists)
    _share_trailing_goal(work, qs)
    # Parts within a sentence exist only where a ； is written.
    topics = (
        _parts_opening_with_time(work, layout, times) if ("；" in work or ";" in work) else set()
    )
    # a month-on-month rate is of its month only (`环比增长0.5%，一季度增长4.7%`)
    clause_topics = {
        cs
        for t in times
        if not t.is_base
        and cues.LEADING_PREFIX.match(work[(cs := layout.clause(t.start)[0]) : t.start])
    }
    _inherit_comparisons(work, qs, segments, topics, clause_topics)
    if "其中" in work:
        _inherit_breakdown_modality(work, qs, segments)
    return segments


def _inherit_breakdown_modality(work: str, qs: list[_Qty], segments: list[str]) -> None:
    """The parts of a planned or expected total are planned or expected too.

    `计划完成投资500亿元，其中产业投资300亿元`: 其中 breaks the target down, in the same sentence
    or in the next one (`…500亿元。其中，…`); what is marked as done (已, 实际) stays actual.
    """
    anchor: _Qty | None = None  # the last non-aside quantity
    chained = False  # the anchor itself took its modality from a breakdown
    for q, seg in zip(qs, segments, strict=True):
        if q.aside:
            continue
        if anchor is not None and anchor.modality != "actual" and q.modality == "actual":
            same = q.sent_index == anchor.sent_index
            next_sentence = q.sent_index == anchor.sent_index + 1 and bool(
                cues.CONTINUATION.match(work, q.sent_start)
            )
            gap = work[anchor.end : q.start]
            opens = "其中" in gap
            if (
                (same or next_sentence)
                and (opens or (chained and same))
                and not cues.ALREADY.search(seg)
            ):
                q.modality = anchor.modality
                chained = True
                anchor = q
                continue
        chained = False
        anchor = q


def _bound_word_before(work: str, q: _Qty) -> re.Match[str] | None:
    """A bound word right before the figure (`突破1000亿元`, `不超过5%`), in its segment."""
    return cues.BOUND_LEFT.search(work, max(q.seg_start, q.start - 4), q.start)


def _share_trailing_bound(work: str, qs: list[_Qty], lists: list[list[int]]) -> None:
    """`分别下降2.5%和3.5%左右`: a bound written after the last figure of a list qualifies all;
    one written before the first (`分别突破1000亿元、100亿元`) too."""
    for g in lists:
        first = qs[g[0]]
        if (
            first.range_role is None
            and first.bound in ("at_least", "at_most")
            and _bound_word_before(work, first)
        ):
            for i in g[1:]:
                # (not to a rate after an amount: `突破14万亿元、增长5.3%`)
                if qs[i].bound == "exact" and qs[i].range_role is None and qs[i].unit == first.unit:
                    qs[i].bound = first.bound
        last = qs[g[-1]]
        if last.range_role is not None or last.bound == "exact":
            continue
        if cues.BOUND_RIGHT.match(work, last.end):
            for i in g[:-1]:
                if qs[i].bound == "exact":
                    qs[i].bound = last.bound


def _share_trailing_goal(work: str, qs: list[_Qty]) -> None:
    """`明确全年改造老旧小区2100个、新建保障性住房3.2万套的目标`: a goal word closing an
    enumeration (items joined by 、 in one clause) makes every item of it a target."""
    for i, q in enumerate(qs):
        if q.modality != "actual" or q.aside:
            continue
        j = i
        while (
            j + 1 < len(qs)
            and qs[j + 1].clause_start == q.clause_start
            and "、" in work[qs[j].end : qs[j + 1].start]
        ):
            j += 1
        last = qs[j]
        if (
            j > i
            and last.modality == "target"
            and cues.TARGET_RIGHT.search(work, last.end, last.clause_end)
            and not cues.ALREADY.search(work, q.end, last.clause_end)
        ):
            q.modality = "target"


def _inherit_comparisons(
    work: str,
    qs: list[_Qty],
    segments: list[str],
    new_topics: set[int],
    clause_topics: frozenset[int] | set[int] = frozenset(),
) -> None:
    """A comparison written once governs the later changes of its sentence that name none.

    `同比下降0.3%，其中城市下降0.2%、农村下降0.5%`: all three are year on year. A sentence that
    opens with 其中, 分…看 or 按…分 continues the one before (`比上年增长5.2%。其中，第一产业增长
    4.1%`). A level's 比上年 sets it too (`比上年增加74.8万吨，增长0.5%`). Growth rates
    inherit from growth rates and pp differences from pp differences only, and never a figure
    that names its own yardstick (`快于经济增速1个百分点`), nor across a part that opens with a
    period of its own (`10月份环比增长1.2%；1—10月累计增长5%`).
    """
    # measure → (comparison, since the start of the year, base year), in the current sentence
    written: dict[str, tuple[str, bool, int | None]] = {}
    previous: dict[str, tuple[str, bool, int | None]] = {}  # the same for the sentence before
    sentence = -1
    part = -1
    clause = -1
    last_end = 0  # where the previous quantity ends
    previous_end = previous_sent_end = 0  # where the sentence before ends
    for q, seg in zip(qs, segments, strict=True):
        gap_start, last_end = max(last_end, q.sent_start), max(last_end, q.end)
        if q.sent_index != sentence and sentence >= 0:
            previous_end = previous_sent_end
        previous_sent_end = q.sent_end
        if q.part_start != part:
            part = q.part_start
            if part in new_topics and q.sent_index == sentence:
                written = {}
        if q.clause_start != clause:
            clause = q.clause_start
            if clause in clause_topics and q.sent_index == sentence:
                written = {k: v for k, v in written.items() if v[0] != "mom"}
        if q.sent_index != sentence:
            # (the sentence right before, or before a page-number line between them)
            right_before = q.sent_index == sentence + 1 or (
                _BETWEEN_SENTENCES.fullmatch(work, previous_end + 1, q.sent_start) is not None
            )
            previous = written if right_before else {}
            written = {}
            sentence = q.sent_index
            if cues.CONTINUATION.match(work, q.sent_start):
                written = dict(previous)
        if q.seg_start > gap_start and q.measure in ("growth", "pp"):
            # `与去年同期相比，火灾起数…分别下降12.4%…`, `八大类价格同比“三涨五降”：…`: a
            # comparison standing in a clause of its own governs the changes after it
            heading = _last(cues.COMPARISON, work[gap_start : q.seg_start])
            if heading is not None and heading.lastgroup in ("yoy", "mom", "prior_period"):
                comparison = heading.lastgroup
                since = bool(cues.SINCE_YEAR_START.search(heading.group()))
                written["growth"] = written["pp"] = (comparison, since, None)
        if q.aside:
            continue
        if q.measure == "level":
            if (
                any(since for _, since, _ in written.values())
                and _clean_subject(seg)
                # (the parts of the stock go on from it: `其中，火电装机容量…，增长3.8%`)
                and not cues.CONTINUATION.match(work, q.sent_start)
                and "其中" not in work[q.part_start : q.start]
                # (another balance is measured the same way: `…贷款余额6935亿元，增长6.4%`)
                and cues.BALANCE.search(seg) is None
            ):
                # `存栏412.6万头，比上年末增长6.8%，出栏151.3万头，增长8.2%`: a change since the
                # end of last year is the stock's, not the next flow's
                written = {k: v for k, v in written.items() if not v[1]}
            # Only 比上年 carries over from a level: `比年初增加2156亿元，增速13.2%` is a balance's
            # growth rate, not a change since January.
            cmp_ = _last(cues.COMPARISON, seg) if ("比" in seg or "较" in seg) else None
            if cmp_ is not None and cmp_.lastgroup == "yoy":
                written["growth"] = ("yoy", bool(cues.SINCE_YEAR_START.search(seg)), None)
            continue
        if q.measure not in ("growth", "pp"):
            continue
        if q.comparison is not None:
            written[q.measure] = (q.comparison, q.since_year_start, q.compared_year)
        elif q.measure in written and not cues.COMPARED_WITH.search(seg):
            q.comparison, q.since_year_start, q.compared_year = written[q.measure]


def _modality(work: str, layout: _Layout, qs: list[_Qty], i: int) -> str:
    q = qs[i]
    clause_start, clause_end = q.clause_start, q.clause_end
    if work.startswith("的", q.end) and _PLAN_NAMED_BEFORE.search(
        work, max(q.seg_start, q.start - 8), q.start
    ):
        return "target"  # `完成年度目标任务5200人的35.8%`: the figure of the plan, a target
    cue = layout.last_modality_cue(q.part_start, q.start)
    if cue is not None and cue[2] == "target_clause" and cue[0] < clause_start:
        # `锚定“十五五”目标，全省煤炭产量稳定在13亿吨`: a goal word in an earlier clause does not
        # cancel the part-wide cue before it
        earlier = layout.last_modality_cue(q.part_start, cue[0])
        if earlier is not None and earlier[2] == "target_part":
            cue = earlier
    while cue is not None and (
        cues.YARDSTICK_BEFORE.search(work, max(q.part_start, cue[0] - 6), cue[0])
        or (cue[2] == "target_clause" and cues.GOAL_MET_BEFORE.search(work, cue[0] - 8, cue[0]))
    ):
        # `低于年度计划目标1.8个百分点`: the plan is what the figure is compared with; a goal
        # met or missed (`68个项目未按期完成绩效目标`) is what was done
        cue = layout.last_modality_cue(q.part_start, cue[0])
    if cue is not None and work.startswith("将", cue[0]):
        before = layout.last_modality_cue(q.part_start, cue[0])
        if before is not None and before[2] == "estimate":
            return "estimate"  # `预计全市将有4.2万家企业受益`
    # `主要预期目标是：…增长5%左右；…1200万人以上；…`: a target announced with a colon
    # governs its whole sentence.
    if cue is None and layout.colon_target(work, q.sent_start, q.part_start):
        return "target"
    if cue is not None:
        cue_start, cue_end, kind = cue
        if kind == "estimate":
            return "estimate"
        # 锚定 marks a target only as `锚定 … 的目标`; alone it anchors a slogan (锚定“三高四新”),
        # and it reaches no further than that goal (`锚定全年…1000亿元的目标，一季度完成…`).
        anchored = work[cue_start:cue_end] != "锚定" or (
            "目标" in work[cue_end : q.part_end] and not _goal_stated_before(work, qs, cue_end, q)
        )
        # `计划新开工的150个项目已开工138个`: what is already done is not the plan.
        done = kind != "estimate" and (
            cues.ALREADY.search(work, max(cue_end, qs[i - 1].end if i else 0), q.start)
            or cues.FROM_LEVEL.search(work, cue_end, q.start)
        )
        if (
            anchored
            and not done
            and (
                kind == "target_part"
                or cue_start >= clause_start
                or cues.COLON_AFTER.match(work, cue_end)  # `计划主要指标安排如下：…增长5%`
            )
        ):
            return "target"
        if (
            anchored
            and not done
            and cues.PLAN_VERB.match(work, cue_start)
            and not cues.DONE_IN_CLAUSE.search(work, clause_start, q.start)
            and not cues.ALREADY.search(work, cue_end, q.start)
        ):
            # `计划实施重点项目120个，总投资300亿元`: a plan stated with its verb covers the
            # clauses after it in the part, until one says what was done (`累计完成…`).
            return "target"
    if (
        i
        and q.measure in ("growth", "pp")
        and qs[i - 1].modality == "target"
        and qs[i - 1].part_start == q.part_start
        and _CHANGE_ONLY.fullmatch(work, clause_start, q.start)
    ):
        return "target"  # `计划完成投资300亿元，同比增长10%以上`: the change of the planned figure
    right_end = clause_end
    if i + 1 < len(qs) and qs[i + 1].start < right_end:
        right_end = qs[i + 1].start
    if cues.REMAINDER.match(work, clause_start):
        # `剩余1.3万亩确保10月底前完工`: what is left is planned (or expected) by the cue after it
        later = cues.MODALITY.search(work, q.end, clause_end)
        if later is not None:
            return "estimate" if later.lastgroup == "estimate" else "target"
    goal = cues.TARGET_RIGHT.search(work, q.end, right_end)
    if (
        goal is not None
        and not cues.ALREADY.search(work, q.end, goal.start())
        and not cues.GOAL_MET_BEFORE.search(work, q.end, goal.start())
    ):
        return "target"  # (`6项已提前完成全年任务`, `20项民生工程全面完成年度任务` are done)
    return "actual"


def _goal_stated_before(work: str, qs: list[_Qty], cue_end: int, q: _Qty) -> bool:
    """`锚定全年完成水利投资1000亿元的目标，一季度完成…`: the goal after 锚定 was stated with its
    figure in a clause before `q`, which reports progress toward it (not `锚定“十五五”目标，
    全省煤炭产量稳定在13亿吨`, where the figures after it are the goal)."""
    goal = work.find("目标", cue_end, q.clause_start)
    return goal >= 0 and any(cue_end <= p.start < goal for p in qs)


def _groups(qs: list[_Qty]) -> list[list[int]]:
    out: list[list[int]] = []
    last = None
    for i, q in enumerate(qs):
        if q.group == last:
            out[-1].append(i)
        else:
            out.append([i])
            last = q.group
    return out


def _distribute(work: str, qs: list[_Qty], segments: list[str], lists: list[list[int]]) -> None:
    """`分别高于全国、全省0.2、6.2个百分点`: one compared-with item per number of the list."""
    if _FENBIE not in work:
        return
    for g in lists:
        seg = segments[g[0]]
        pos = seg.rfind(_FENBIE)
        if pos < 0:
            continue
        m = cues.COMPARISON_LIST.search(seg[pos + len(_FENBIE) :])
        if m is None:
            continue
        items = [s.strip() for s in _SPLIT_LIST.split(m.group("items"))]
        if len(items) != len(g):
            continue
        for i, item in zip(g, items, strict=True):
            cmp_ = cues.COMPARISON.search(m.group(0)[: m.start("items") - m.start()] + item)
            qs[i].comparison = cmp_.lastgroup if cmp_ is not None else None
            for key, value in cues.COMPARISON_ITEM.items():
                if item.startswith(key):
                    qs[i].comparison = value


# --- 5: periods ----------------------------------------------------------------------------------


def _attach_periods(
    work: str, layout: _Layout, times: list[TimeExpr], qs: list[_Qty], ref: dt.date
) -> None:
    """Give each quantity the time expression that governs it, then resolve it to dates.

    Within a sentence: the nearest preceding time that leads its clause (scope: the rest of the
    sentence) or that stands in the same part (scope: up to ；). A sentence without one takes
    the *topic* period carried from an earlier sentence that began with `time，` (1—2月，… /
    2023年是…); a sentence starting with 其中 takes the period of the sentence before it.
    """
    by_sentence: dict[int, list[TimeExpr]] = {}
    leading: dict[int, bool] = {}
    in_brackets: dict[int, tuple[int, int] | None] = {}
    # `降幅比上半年（-5.0%）收窄`: a bracket right after a base gives the base's own figure.
    base_before: dict[int, TimeExpr] = {}
    topic_at: dict[int, int] = {}  # where a time's topic comma may stand, if not right after it
    for te in times:
        if te.is_base:
            if layout.brackets:
                base_before[_skip_spaces(work, te.end)] = te
            continue
        bracket = layout.bracket(te.start) if layout.brackets else None
        by_sentence.setdefault(layout.sentence_index(te.start), []).append(te)
        cs, _ = layout.clause(te.start)
        lead_end = te.start
        if bracket is not None:
            named = cues.NAMED_SPAN.search(work, cs, bracket[0])
            if named is not None:
                # `春节期间（1月28日至2月4日），…`: the bracket dates the span named before it
                topic_at[id(te)] = bracket[1]
                bracket, lead_end = None, named.start()
        in_brackets[id(te)] = bracket
        leading[id(te)] = bool(
            cues.LEADING_PREFIX.match(work[cs:lead_end])
            # `明确2026年主要目标：…；…；…`: a time that heads a list after a colon governs it
            or cues.COLON_AFTER.match(work, te.end)
        )
    q_by_sentence: dict[int, list[_Qty]] = {}
    for q in qs:
        q_by_sentence.setdefault(q.sent_index, []).append(q)

    carry: TimeExpr | None = None
    carry_year: int | None = None
    previous: TimeExpr | None = None  # period of the previous sentence, for 其中
    for si in sorted(set(by_sentence) | set(q_by_sentence)):
        tes = by_sentence.get(si, [])
        sent_start, _ = layout.sentence(tes[0].start if tes else q_by_sentence[si][0].start)
        # `其中，…`, `分产业看，…`, `按常住地分，…` continue the sentence before.
        of_which = bool(cues.CONTINUATION.match(work, sent_start))
        if carry is not None and cues.VAGUE_TOPIC.match(work, sent_start):
            carry = None
        attached_last: TimeExpr | None = None
        # `2025年，…；计划全年完成…`: a year that opens the sentence as its topic is the year of
        # its 全年 (not `2025年下达资金的…3月当月`, where the year names the funds)
        own_year = next(
            (
                te
                for te in tes
                if leading[id(te)]
                and te.year is not None
                and te.months == (1, 12)
                and cues.TOPIC_AFTER.match(work, te.end)
            ),
            None,
        )
        for q in q_by_sentence.get(si, []):
            part_start = q.part_start
            chosen = cutoff = None
            for te in tes:
                if te.end > q.start:
                    break
                if in_brackets[id(te)] is not None and in_brackets[id(te)] != q.bracket:
                    continue  # a time in brackets governs its bracket only (`（上半年第4位）`)
                if (
                    q.modality == "target"
                    and te.point
                    and not te.deadline
                    and te.end <= part_start
                    and (te.year is None or te.year <= ref.year)  # (`到2030年` is a horizon)
                ):
                    continue  # `截至7月末已开工…；计划完成投资3200亿元`: a plan is for the year
                # A span of years inside a clause is a comparison (`创近5年新高`), not a period,
                # unless its years are written (`抽查了2023年至2024年…资金`).
                if leading[id(te)] or (
                    te.start >= part_start and (te.years == 1 or te.year is not None)
                ):
                    chosen = te
                    if leading[id(te)] and (te.point or te.since):
                        cutoff = te
            if (
                cutoff is None
                and of_which
                and previous is not None
                and (previous.point or previous.since)
            ):
                cutoff = previous  # `截至5月底，…。其中，今年计划新开工的182个项目已开工151个`
            # `截至9月底，今年…已开工138个`: for what is done, the cut-off (or 截至目前) says
            # more than 今年.
            if (
                cutoff is not None
                and chosen is not None
                and chosen is not cutoff
                and q.modality == "actual"
                and chosen.months == (1, 12)
                and not chosen.point
                # 今年 (not 全年, which says the whole year), or a year inside the clause that
                # qualifies a noun (`截至2月底，已下达2024年…补助资金`)
                and (
                    chosen.rel_year == 0
                    or (
                        chosen.year is not None
                        and (
                            not leading[id(chosen)]
                            # `截至9月底，全市2025年…计划开工的326个小区已全部开工`: the year
                            # names the plan, the cut-off says how far it got
                            or "计划" in work[chosen.end : q.start]
                        )
                    )
                )
            ):
                chosen = cutoff
            if (
                chosen is not None
                and chosen.is_day
                and not leading[id(chosen)]
                and chosen.start < q.clause_start
                and q.modality != "actual"
            ):
                # `项目于4月28日投产，预计年产值30亿元`: an event inside a sentence dates its
                # own clause; a forecast or goal after it is not a flow of that day.
                q.time = None
                continue
            if chosen is not None and chosen.years == 1 and "年均" in work[q.seg_start : q.start]:
                # `过去五年，…由2019年的…增加到2024年的…，年均增长6.2%`: an average per year is
                # over the span, not over the last year named.
                span = [te for te in tes if te.years > 1 and leading[id(te)] and te.end <= q.start]
                if span:
                    chosen = span[-1]
            if chosen is None:
                chosen = previous if of_which and previous is not None else carry
                if (
                    chosen is carry
                    and chosen is not None
                    and chosen.point
                    and q.modality == "target"
                ):
                    # `截至5月底，…。下阶段将再投放1.5亿元`: a plan is not counted at a cut-off
                    chosen = None
            if q.bracket is not None and q.bracket[0] in base_before:
                # The base's figure is a rate like the sentence's own (`比上年同期（-2.3%）` is
                # last year's year-on-year rate), not a comparison with the base.
                q.time = base_before[q.bracket[0]]
                if q.comparison != "yoy":
                    q.comparison = next(
                        (
                            p.comparison
                            for p in reversed(q_by_sentence[si][: q_by_sentence[si].index(q)])
                            if p.measure == q.measure and not p.aside
                        ),
                        None,
                    )
                q.context_year = carry_year
                continue
            q.time = chosen
            # Months and 全年 without a year take the topic year ("2023年是…。全年…").
            q.context_year = (
                own_year.year if own_year is not None and own_year.end <= q.start else carry_year
            )
            if chosen is not None and id(chosen) in topic_at and chosen.year is None:
                # `2025年，…。春节期间（2月15日至23日），…` in a report of February 2026: a
                # holiday dated by its bracket is the latest one before the document date
                q.context_year = None
            attached_last = chosen
        first_leading = next((te for te in tes if leading[id(te)]), None)
        previous = first_leading or attached_last or (previous if of_which else None)
        for te in tes:
            # `1—2月，…`, `2023年是…`; and a whole year that opens its sentence without a comma,
            # as communiqués write (`2024年全市…。`, `全年…`): it governs the sentences after.
            if (
                leading[id(te)]
                and (
                    cues.TOPIC_AFTER.match(work, topic_at.get(id(te), te.end))
                    or (
                        te.months == (1, 12)
                        and te.years == 1
                        and te.start - sent_start < 24  # (a source may stand before it)
                        and cues.LEADING_PREFIX.match(work[sent_start : te.start])
                    )
                )
            ):
                # an event date does not carry; a cut-off day and a holiday do
                if te.is_day and not te.point and id(te) not in topic_at:
                    carry, carry_year = None, None
                elif (
                    carry is not None
                    and (te.year is None or te.year <= ref.year)
                    and _FORECAST_OR_PLAN.search(work, layout.clause(te.start)[0], te.start)
                ):
                    # `截至10月8日，…。预计全年…。`: a forecast does not end the account's topic
                    pass
                else:
                    year = resolve(te, ref, carry_year)[1].year  # as the sentence itself reads it
                    carry, carry_year = te, year
    resolved: dict[tuple[int, int | None, bool, bool], tuple[dt.date | None, dt.date]] = {}
    stock_before: dict[int, bool] = {}  # sentence → whether its last quantity was a stock
    # sentence → whether its last level that is not a change (`净增8652户`) was a stock
    base_level_stock: dict[int, bool] = {}
    group_first: dict[int, _Qty] = {}
    for q in qs:
        if q.time is None:
            continue
        seg = work[q.seg_start : q.start]
        if q.time.deadline and q.modality == "actual" and not cues.ALREADY.search(seg):
            # `12月底前完成改造500户`: due by a date, not yet done; a bulletin written after the
            # date reports what was done by it (`5月底前完成开工项目67个`, dated June 18).
            due = resolve(q.time, ref, q.context_year, future_ok=True)[1]
            if due >= ref:
                q.modality = "target"
        base = base_level_stock.get(q.sent_index)
        if base is None and cues.CONTINUATION.match(work, q.sent_start):
            base = base_level_stock.get(q.sent_index - 1)  # `…实有经营主体852.3万户。其中，…`
        follows = stock_before.get(q.sent_index, False) or (
            # `总量达到12.6万户，较年初净增8652户；其中企业3.1万户`: a breakdown of the stock
            bool(base) and "其中" in work[q.part_start : q.start]
        )
        first = group_first.setdefault(q.group, q)
        if first is not q and first.measure == q.measure and first.time is q.time:
            # `分别比上年末增加18.2万人、6.1万人`: a list read after one verb is one reading
            stock = first.is_stock
        else:
            stock = _is_stock(work, q, seg, follows, ref.year)
        if q.measure == "level" and not q.aside and not cues.LEVEL_CHANGE.search(seg):
            base_level_stock[q.sent_index] = stock
        if not q.aside:
            stock_before[q.sent_index] = stock
        key = (id(q.time), q.context_year, q.modality != "actual", stock)
        q.is_stock = stock
        if key not in resolved:  # quantities of a sentence mostly share one period
            resolved[key] = resolve(q.time, ref, key[1], future_ok=key[2], balance=key[3])
        start, end = resolved[key]
        if q.modality == "actual" and end.year > ref.year and q.time.uses_context_year is False:
            # `到2027年，数字经济规模突破1万亿元`, `明年增长5%`: a figure for a year that has not
            # begun is a goal, whatever the verb.
            q.modality = "target"
        if q.modality == "target" and (
            cues.ANNUAL.search(seg) or cues.ANNUAL_AFTER.match(work, q.end)
        ):
            # An annual target (`年度目标任务80.5亿元`) is for the whole year.
            start, end = dt.date(end.year, 1, 1), dt.date(end.year, 12, 31)
        if (
            start is not None
            and start.month == end.month > 1
            and q.time.days is None
            and q.time.start < q.part_start
            and "累计" in work[q.part_start : q.start]
        ):
            # `9月，…；累计为企业减免失业保险费4.8亿元`: a running total up to that month
            start = dt.date(end.year, 1, 1)
        since_month = (
            cues.SINCE_MONTH_END.search(seg) if "月" in seg and q.measure == "level" else None
        )
        if since_month is not None:
            month = end.month if since_month.group("m") is None else int(since_month.group("m")) + 1
            if month <= end.month:
                start = dt.date(end.year, month, 1)
        avg = cues.MULTI_YEAR_AVERAGE.search(seg) if "年平均" in seg else None
        if avg is not None and start is not None:
            n = int(parse_number(avg.group("n")))
            start = start.replace(year=start.year - (n - 1))
        q.period_start, q.period_end = start, end
    for q in qs:
        if q.compared_year is not None and q.comparison == "yoy":
            # `到2025年…比2020年下降14%`: a change over five years is not year on year.
            year = q.period_end.year if q.period_end is not None else ref.year
            if year - q.compared_year != 1:
                q.comparison = None


_PLAN_NAMED_BEFORE = re.compile(r"(?:目标任务|目标|任务|计划)\s*$")
# A measure word that is part of an idiom when these follow it (checked only when it matched).
_IDIOM_AFTER = {
    "位": re.compile("数"),
    "对": re.compile(r"\s*(?:\d|[一多])"),
    "轮": re.compile("汽?车|摩托"),  # `三轮汽车`: a tricycle, not three rounds
}
_FORECAST_OR_PLAN = re.compile(r"预计|计划")
_CHANGE_ONLY = re.compile(r"\s*(?:同比|比上年|较上年)?(?:增长|提高|增加|下降|减少)\s*")
_REACHED_OR_STOOD = re.compile(r"(?:达到|达|为|保持在|稳定在|提高到|提高至|提升至|升至|降至)\s*$")
_GROWTH_RANKED = re.compile("|".join(sorted(cues.RATE_WORD_ONLY)))  # `增速居全国第8位`


def _running_total(seg: str) -> bool:
    """`累计建成5G基站12.6万个`: a count built up over the years, not what was added lately
    (`累计新开工项目120个` is what the period added)."""
    total = cues.RUNNING_TOTAL.search(seg)
    return total is not None and cues.ADDED.search(seg, total.start()) is None


def _is_stock(work: str, q: _Qty, seg: str, follows_stock: bool, ref_year: int) -> bool:
    """Whether the quantity is (a change of) a stock counted at a point in time.

    At a cut-off, or at the end of a period in a period's account (`1—11月，…总数突破4000家`).

    Its own words say so (`贷款余额1.2万亿元`, `共有医疗卫生机构8.3万个`, `总数达到18.6万个`), or
    a count of what exists is reached (`企业达到2.1万家`), or it has no subject of its own and
    follows a stock in the same part: the growth rate of a balance (`存款余额35.12万亿元，同比
    增长6.4%`), a year-on-year change of it (`同比增加135万人`), a bracketed part of it. What is
    added or done (`新增装机`, `完成投资`) is a flow; so is a change since the start of the year
    (`比年初增加2156亿元`). A list after a stock (`共有机构8.3万个，床位46.2万张`) continues it.
    """
    if not q.time or q.time.years > 1:
        return False
    level = q.measure == "level"
    if level and (
        cues.FLOW.search(seg) or cues.FLOW.search(work, q.end, q.clause_end)  # 共有120个项目开工
    ):
        return False
    if not level and cues.ADDED.search(seg):
        return False  # `新增装机同比增长20%`: the growth of what was added
    # What is reported as done (not a goal: `到2027年…覆盖率达到`, `力争突破300万辆`).
    reported = q.modality == "actual" and (q.time.year is None or q.time.year <= ref_year)
    # A state rate (失业率) at a date is a stock.
    # (a goal is the goal's year, even with a stock word in its name: `到2030年，常住人口
    # 城镇化率达到83%`, `到2030年…装机占比达到60%`)
    named = reported and (
        cues.BALANCE.search(seg) is not None or cues.STATE_RATE.search(seg) is not None
    )
    if (
        follows_stock
        and (
            # `累计培育…企业613家，居全国第6位`: the rank of what exists (not of its growth)
            (q.measure == "rank" and _GROWTH_RANKED.search(work, q.part_start, q.start) is None)
            # `标准机架达到23万架，其中智能算力占比超过85%`: a part of it
            or (q.measure == "share" and "其中" in work[q.part_start : q.start])
        )
    ):
        return True
    if not q.time.point:
        # `上半年…参保率达到97.6%`: a state rate reached is the state at the period's end
        # (not an average over it, `城镇调查失业率平均5.2%`, nor a change, `提高0.9个百分点`)
        if (
            q.measure == "share"
            and reported
            and cues.STATE_RATE.search(seg) is not None
            and "平均" not in seg
            and "失业率" not in seg  # (a survey of the month or quarter: `10月份…失业率为5.1%`)
            and _REACHED_OR_STOOD.search(seg) is not None
        ):
            return True
        if (
            q.measure in ("growth", "pp")
            and follows_stock
            and cues.BALANCE.search(work, q.part_start, q.start) is not None
            and not _clean_subject(_drop_brackets(seg))
        ):
            # `今年，全乡牛存栏2.36万头，…分别较上年增长7.8%`: the change of a stock at the
            # period's end, as at a cut-off
            return True
        # In a period's account only a level named as a stock (or its breakdown) is; a rate or a
        # change over the period (`城镇化率提高0.9个百分点`) is the period's.
        return level and (
            named
            or (follows_stock and "其中" in seg)
            # `规上工业企业数量首次突破八千家`, `总量突破900万户`: how many there are
            or (reported and q.unit in CLASSIFIERS and cues.COUNT_TOTAL.search(seg) is not None)
            # (since a start, `“十四五”以来累计建成…1条`, it is what the span added)
            or (
                reported
                and q.unit in CLASSIFIERS
                and not (q.time.since and not q.time.point)
                and _running_total(seg)
            )
            or (
                reported
                and q.unit not in RATE_UNITS
                and cues.TOTAL_REACHED.search(seg) is not None
                and cues.ADDED.search(work, q.part_start, q.part_end) is not None
            )
        )
    if named:
        return True
    if (
        level
        and reported
        and q.unit in CLASSIFIERS
        and _YEAR_END.fullmatch(work, q.time.start, q.time.end)
        and not cues.ADDED.search(seg)
        and not cues.SINCE_YEAR_START.search(seg)
    ):
        return True  # `年末全市规模以上工业企业1136户`: a count at the year's end is what exists
    if level and (
        (
            q.unit in CLASSIFIERS
            and reported  # (a goal `到2027年…达到80万辆` is the year's, not a count at its end)
            and (
                cues.STOCK_COUNT.search(seg)
                # `市场经营主体突破130万户`, `国际航线增至28条`: a count reached by the date
                or cues.COUNT_REACHED.search(seg)
                or (not (q.time.since and not q.time.point) and _running_total(seg))
            )
        )
        or follows_stock
    ):
        return True
    # A change or part of a stock named earlier in the part, with no subject of its own.
    if q.since_year_start or cues.SINCE_YEAR_START.search(seg):
        return False
    if follows_stock and q.measure == "share":
        own = _clean_subject(_drop_brackets(seg))
        return not own or bool(cues.SUBJECT_IS_BASE.match(own))  # `…3.1万户，占比24.6%`
    if not (q.aside or q.measure in ("growth", "pp") or "同比" in seg):
        return False
    if not (
        cues.BALANCE.search(work, q.part_start, q.start)
        or (reported and cues.STATE_RATE.search(work, q.part_start, q.start))
    ):
        return False
    if q.aside:
        return True
    own = _clean_subject(_drop_brackets(seg))
    return not own or bool(cues.SUBJECT_IS_BASE.match(own))


# --- 6: subjects ---------------------------------------------------------------------------------


def _clean_subject(seg: str) -> str:
    # LEAD and TRAIL are repeated alternations: one pass of each strips all that can go.
    if "\n" in seg:  # a wrapped line (`规模工业增加\n值`): the break is no space
        seg = _PAGE_LINE.sub("", seg).replace("\n", "")
    if "“" in seg or "”" in seg or "‘" in seg:  # quotes mark a name (`专精特新“小巨人”企业`)
        seg = _QUOTES.sub("", seg)
    s = cues.SUBJECT_INNER.sub(" ", seg)
    s = cues.SUBJECT_LEAD.sub("", s)
    s = cues.SUBJECT_CUT.sub("", s)
    s = cues.SUBJECT_TRAIL.sub("", s).strip()
    if "的" in s:
        head, _, tail = s.rpartition("的")
        if len(tail) >= 2 and not cues.SUBJECT_IS_BASE.match(head):
            s = tail
    if MASK in s:  # a time word inside the phrase (`完成全年目标任务`) is no part of it
        s = s.replace(MASK, "")
    return " ".join(s.split())


def _with_shared_tail(part: str, last: str) -> str:
    """`失业保险、工伤保险参保人数`: the first part ends with a word the last one has (保险); what
    follows that word in the last part (参保人数) is the first part's too."""
    for n in (4, 3, 2):
        if len(part) > n:
            k = last.find(part[-n:], 1)
            if k > 0 and len(last) - (k + n) >= 2:
                return part + last[k + n :]
    return part


def _share_head(parts: list[str]) -> list[str]:
    """Coordinated words share the head of the last one: `城镇、农村居民人均可支配收入` is
    城镇居民… and 农村居民…, `开工和竣工项目` 开工项目 and 竣工项目. A part with a head of its own
    (`一般债券、专项债券`) or that is long keeps its own words."""
    if parts[0].startswith("第"):  # `第一、二、三产业`: the ordinal mark is said once
        parts = [parts[0]] + [p if p.startswith("第") else "第" + p for p in parts[1:]]
    last = parts[-1]
    if all(_is_place(p) for p in parts[:-1]):
        # `兰陵县、费县综合得分`: places listed before what they report (the item says who)
        place = cues.LEADING_PLACE.match(last)
        if place is not None and len(last) - place.end() >= 2:
            return [last[place.end() :]] * len(parts)
    parts = [_with_shared_tail(p, last) for p in parts[:-1]] + [last]
    verb = cues.LIST_VERB.match(last)
    if verb is not None and all(cues.LIST_VERB.fullmatch(p) for p in parts[:-1]):
        head = last[verb.end() :]  # `落实和完成水利建设投资`
    else:
        start = cues.HEAD_WORD.search(last, 1)
        width = len(parts[0])
        if start is not None:
            head = last[start.start() :]
        elif (
            width in (2, 3) and all(len(p) == width for p in parts[:-1]) and len(last) >= width + 3
        ):
            head = last[width:]  # `城市、农村低保平均保障标准`: modifiers of one width
        else:
            return parts
    if not head:
        return parts
    return [
        p if len(p) > 8 or cues.HEAD_WORD.search(p) or p.endswith(head) else p + head
        for p in parts[:-1]
    ] + [last]


def _rank_subject(work_notime: str, qs: list[_Qty], i: int) -> str | None:
    """What a rank with no phrase of its own ranks, read from a `在…中` frame before its cue.

    Right before the cue the frame is the field (`网办率98.6%，在全省14个市州中排名第一`): what is
    ranked was named before it. In an earlier clause it names the ranking itself
    (`在2024年度全省县域经济综合评价中，我县位列全省第8位`).
    """
    q = qs[i]
    field = _RANKING_FRAME.search(work_notime, q.sent_start, q.rank_cue)
    if field is not None:
        named = [p for p in qs[:i] if p.subject and p.end <= field.start() and not p.aside]
        if named and named[-1].sent_index == q.sent_index:
            return named[-1].subject
        # `全县高标准农田建设进度在全市9个县（市、区）中排名第4`: named right before the field
        before = _bare_noun(_clean_subject(work_notime[q.clause_start : field.start()]))
        # (not a place: `九江市在…中位列前3名`, `成都在…中`)
        return before if len(before) >= 4 and before[-1] not in _PLACE_ENDS else None
    frame = _RANKING_FRAME.search(work_notime, q.sent_start, q.seg_start)
    return _clean_subject(frame.group("name")) if frame is not None else None


def _subjects(
    work_notime: str, qs: list[_Qty], segments: list[str], groups: list[list[int]]
) -> None:
    """The indicator phrase of each quantity (see `_clean_subject`), inherited when empty."""
    last_by_sentence: dict[int, str] = {}
    last_count_by_part: dict[int, str] = {}
    group_subjects: dict[int, list[str]] = {}
    for g in groups:
        if len(g) < 2:
            continue
        seg = work_notime[qs[g[0]].seg_start : qs[g[0]].start]
        if len({qs[i].unit for i in g}) > 1 and _FENBIE not in seg:
            # `惠及群众2.1万户、5.6万人`: one subject counted two ways, not a list of them
            # (with 分别 it is a list: `煤制油、煤制气产能分别达到150万吨和20亿立方米`)
            continue
        seg = _drop_brackets(seg)
        head = seg.split(_FENBIE)[0] if _FENBIE in seg else seg
        cleaned = _clean_subject(head)
        done = _DONE_AFTER_FENBIE.match(seg.split(_FENBIE)[1].lstrip()) if _FENBIE in seg else None
        if (
            cleaned
            and done is not None
            and qs[g[0]].unit not in RATE_UNITS  # (`分别完成年度计划的78.4%`: a share of a plan)
            and not any(cues.HEAD_WORD.search(p) for p in _SPLIT_LIST.split(cleaned))
        ):
            # `凤凰古城、长沙、张家界分别接待游客…`: who did it is listed before 分别, what
            # they did after it (not `交通、水利、能源项目分别完成投资…`: kinds of what)
            for i in g:
                qs[i].subject = done.group()
            group_subjects[g[0]] = [done.group()] * len(g)
            continue
        if cleaned:
            parts = _split_subjects(cleaned, len(g))
            if parts is not None:
                for i, p in zip(g, parts, strict=True):
                    qs[i].subject = p
                group_subjects[g[0]] = parts
    # A list with no subject of its own pairs with the previous list of the same length
    # (`145.51亿元、40.93亿元，同比增长49.8%、131.8%`).
    prev_group: list[int] | None = None
    alias: dict[int, int] = {}  # quantity → the earlier quantity whose subject it takes
    for g in groups:
        own_seg = segments[g[0]]
        if len(g) >= 2 and _FENBIE in own_seg and qs[g[0]].subject is None:
            # `播种面积7130万亩、总产量617.4亿斤，分别增长0.2%和0.4%`: 分别 with no subject list
            # of its own refers to the N quantities just before it in the sentence.
            si = qs[g[0]].sent_index
            before = [j for j in range(g[0]) if not qs[j].aside and qs[j].sent_index == si][
                -len(g) :
            ]
            own_text = _drop_brackets(own_seg)
            own = _clean_subject(own_text)
            if len(before) == len(g) and (
                not own
                # `…，分别恢复到2019年的130.8%和131.2%`: a denominator is not a subject
                or cues.DENOMINATOR_OF.match(own_text.lstrip("，,、；; "))
                # `落实投资286.4亿元、完成投资215.8亿元，完成率分别为28.6%和21.6%`: the rate of each
                or (own in _ASPECT_WORDS or _RATE_OF_EACH.fullmatch(own))
            ):
                alias.update(zip(g, before, strict=True))
                prev_group = g
                continue
        if len(g) >= 2 and prev_group is not None and len(prev_group) == len(g):
            same_sentence = qs[g[0]].sent_index == qs[prev_group[0]].sent_index
            own = _clean_subject(_drop_brackets(segments[g[0]]))
            if same_sentence and (not own or cues.SUBJECT_IS_BASE.match(own)):
                for i, j in zip(g, prev_group, strict=True):
                    alias[i] = j
                    if qs[i].time is None:
                        qs[i].period_start, qs[i].period_end = (
                            qs[j].period_start,
                            qs[j].period_end,
                        )
                        qs[i].time = qs[j].time
        if len(g) >= 2:
            prev_group = g
    for i, q in enumerate(qs):
        si = q.sent_index
        if i in alias:
            q.subject = qs[alias[i]].subject
        if q.subject is None:
            seg = work_notime[q.seg_start : q.rank_cue if q.unit == "rank" else q.start]
            if q.aside:
                br = q.bracket
                seg = work_notime[q.seg_start : br[0]] if br else seg
            else:
                seg = _drop_brackets(seg)
            if q.aside:
                seg = _ASIDE_LEAD.sub("", seg)
            cleaned = _clean_subject(seg)
            prev = qs[i - 1] if i else None
            if (
                prev is not None
                and prev.subject
                and prev.unit in CLASSIFIERS
                and q.unit not in RATE_UNITS
                and q.unit not in CLASSIFIERS
                and prev.end > q.clause_start
                and cleaned.startswith(prev.subject)
                and len(cleaned) - len(prev.subject) >= 2
                and cleaned[len(prev.subject)] != " "  # (`86家商贸企业实现销售额` keeps it)
            ):
                # `向1.86万户企业返还失业保险费3.2亿元`: the counted noun is not the amount's
                cleaned = cleaned[len(prev.subject) :]
            # A count names what it counts after the measure word (`对297家负增长规工企业`);
            # an amount does so only when nothing stands before it (`全市89.7万亩早稻任务`).
            if q.unit in CLASSIFIERS or (
                not cleaned and q.unit not in RATE_UNITS and q.unit != "rank"
            ):
                rest = work_notime[q.end : q.end + 24]
                bound_word = cues.BOUND_RIGHT.match(rest)  # `10个以上千亿级产业集群`
                if bound_word is not None:
                    rest = rest[bound_word.end() :]
                # `4个州市进度低于…`: places counted name themselves
                noun = cues.PLACE_COUNTED.match(rest) or cues.COUNTED_NOUN.match(rest)
                if noun is not None and not cues.NOT_COUNTED_NOUN.match(noun.group()):
                    noun_text = noun.group().replace(MASK, "").strip("“”")
                    after = rest[noun.end() + 1 :] if rest.startswith("、", noun.end()) else ""
                    more = cues.COUNTED_NOUN.match(after) if after else None
                    if more is not None and not _HAS_DIGIT.search(after, 0, more.end() + 1):
                        # `318家营收、税收异常企业`: coordinated words before one counted noun
                        noun_text += "、" + more.group().replace(MASK, "").strip("“”")
                    if noun_text:
                        prefix = cues.COUNT_VERB_PREFIX.search(cleaned)
                        cleaned = (prefix.group() if prefix else "") + noun_text
            if q.unit == "rank" and (not cleaned or _RANKING_FRAME_END.search(seg)):
                cleaned = _rank_subject(work_notime, qs, i) or ""
            subject: str | None = _bare_noun(cleaned) if cleaned else cleaned
            inherited = last_by_sentence.get(si)
            if (
                inherited is None
                and si - 1 in last_by_sentence
                and cues.CONTINUATION.match(work_notime, q.sent_start)
            ):  # `…增长6.2%。分季度看，一季度增长5.8%`: a breakdown goes on from before
                inherited = last_by_sentence[si - 1]
            counted = last_count_by_part.get(q.part_start)
            if (
                not subject
                or cues.SUBJECT_IS_BASE.match(subject)
                # `为年度计划的41.6%`, `完成全年发行计划的95.3%`: a share names its denominator
                or (q.measure == "share" and cues.DENOMINATOR_OF.search(seg))
                # `制造业投资增长9%，拉动全部投资增长4.6个百分点`: the contributor, not the total
                # (`猪肉价格下降14.6%，影响CPI下降约0.21个百分点`: the same)
                or (q.measure in ("pp", "growth") and subject.startswith(("拉动", "影响")))
                or (subject in cues.RATE_WORD_ONLY and inherited is not None)
            ):
                subject = inherited or subject or None
                if subject and cues.TOTAL_REACHED.search(seg):
                    # `新增上市企业6家，累计达到87家`: the total counts all of them, not the new
                    subject = _ADDED_WORD.sub("", subject) or subject
            elif counted and cues.VERB_ONLY_SUBJECT.match(subject):
                subject = f"{counted} {subject}"
            elif inherited and cues.ADDED.fullmatch(subject):
                subject = f"{inherited.split(' ')[0]} {subject}"  # `…贷款余额…，全年新增1.76万亿元`
            elif inherited and q.unit not in CLASSIFIERS and cues.LIST_VERB.fullmatch(subject):
                # `新建高标准农田758万亩，累计建成8585万亩`: what was built is the noun before
                named = inherited.split(" ")[0]
                noun = _DOING_WORD.sub("", _ADDED_WORD.sub("", named)) or named
                subject = f"{noun} {subject}"
            elif subject in cues.SUBJECT_GENERIC and inherited:
                subject = f"{inherited.split(' ')[0]} {subject}"
            if not subject and q.unit != "rank" and q.seg_start == q.clause_start:
                subject = _named_in_clause_before(work_notime, qs, i) or None
            q.subject = subject
        if q.subject and not q.aside:
            last_by_sentence[si] = q.subject
            counted_noun = q.subject.split(" ")[0]
            if q.unit in CLASSIFIERS and not cues.LIST_VERB.fullmatch(counted_noun):
                # (in its sentence part; a lone verb such as 开工 names nothing to join)
                last_count_by_part[q.part_start] = counted_noun
    _distribute_ranks(work_notime, qs)
    for i, q in enumerate(qs):
        if q.unit == "rank" and q.subject and _names_places_only(q.subject):
            q.subject = _ranked_indicator(work_notime, qs, i) or q.subject


def _named_in_clause_before(work_notime: str, qs: list[_Qty], i: int) -> str:
    """`全省用电负荷创历史新高，达到4826万千瓦`: a figure whose clause names nothing takes the
    indicator of the clause before it in its part, if that clause has no figure of its own."""
    q = qs[i]
    if q.clause_start <= q.part_start:
        return ""
    end = q.clause_start - 1
    start = max(work_notime.rfind(c, q.part_start, end) for c in "，,：:") + 1
    start = max(start, q.part_start)
    if i and qs[i - 1].end > start:
        return ""
    return _clean_subject(_drop_brackets(work_notime[start:end]))


def _is_place(phrase: str) -> bool:
    """`兰陵县`, `凉山州`: a place name and nothing else."""
    return cues.LEADING_PLACE.fullmatch(phrase) is not None


def _names_places_only(phrase: str) -> bool:
    """`凉山州`, `自贡市、宜宾市、内江市`: who ranks, not what is ranked."""
    return all(_is_place(p) for p in _SPLIT_LIST.split(phrase) if p)


def _ranked_indicator(work_notime: str, qs: list[_Qty], i: int) -> str | None:
    """What places listed before a rank are ranked by: `按环境空气质量综合指数排名，甘孜州、
    阿坝州、凉山州位列前3位`, or the indicator named last in the sentence (`哈尔滨市综合得分
    93.6分，居全省第1位；大庆市、齐齐哈尔市分列第2位、第3位`)."""
    q = qs[i]
    ranked_by = _RANKED_BY.search(
        work_notime, q.sent_start, q.rank_cue if q.rank_cue >= 0 else q.start
    )
    if ranked_by is not None:
        return _clean_subject(ranked_by.group(1)) or None
    # (`…增速高于全省平均水平。其中，济源示范区增长12.4%`: 其中 goes on from the sentence before)
    reach = q.sent_index - 1 if cues.CONTINUATION.match(work_notime, q.sent_start) else q.sent_index
    for p in reversed(qs[:i]):
        if p.sent_index < reach:
            break
        if p.subject and p.unit != "rank" and not _names_places_only(p.subject):
            return p.subject
    return None


def _split_subjects(
    phrase: str, n: int, clean: Callable[[str], str] = _clean_subject
) -> list[str] | None:
    """`出口、进口`, `总量和增速`: the n coordinated parts of a phrase (heads shared), or None."""
    parts = [p for p in (clean(x) for x in _SPLIT_LIST.split(phrase)) if p]
    if len(parts) != n and "、" in phrase:
        # `教育、社会保障和就业、卫生健康支出`: 和 inside an item, the list marked by 、
        parts = [p for p in (clean(x) for x in phrase.split("、")) if p]
    return _share_head(parts) if len(parts) == n else None


def _ranked_part(part: str) -> str:
    """A part of what ranks are listed for, cleaned; 增速 at its end is the subject, not a cue."""
    return _bare_noun(_clean_subject(part) or part.strip())


def _distribute_ranks(work_notime: str, qs: list[_Qty]) -> None:
    """`总量和增速分别居全区第1位和第2位`: ranks listed after one verb with 分别 rank the
    coordinated words before it, one each."""
    by_cue: dict[int, list[_Qty]] = {}
    for q in qs:
        if q.unit == "rank" and q.rank_cue >= 0:
            by_cue.setdefault(q.rank_cue, []).append(q)
    for cue, ranks in by_cue.items():
        if len(ranks) < 2:
            continue
        before = work_notime[ranks[0].seg_start : cue]
        if _FENBIE not in before:
            continue
        listed = _INDICATORS_NAMED_BEFORE.search(work_notime, ranks[0].clause_start, cue)
        if listed is not None:
            # `…固定资产投资增长10.3%，三项指标增速分别居全省第4、第2和第3位`: one rank for
            # each indicator named before, in order
            named = _distinct_subjects_before(qs, ranks[0], listed.start(), len(ranks))
            if named is not None:
                for q, subject in zip(ranks, named, strict=True):
                    q.subject = subject
            continue
        if not _clean_subject(before.replace(_FENBIE, "")):
            # `港口货物吞吐量7.1亿吨，集装箱吞吐量3087万标箱，分别居全球港口第5位、第6位`
            named = _distinct_subjects_before(qs, ranks[0], ranks[0].clause_start, len(ranks))
            if named is not None:
                for q, subject in zip(ranks, named, strict=True):
                    q.subject = subject
            continue
        # (split before cleaning: 增速 at the end of a part is a subject here, not a cue)
        parts = _split_subjects(before.replace(_FENBIE, ""), len(ranks), _ranked_part)
        if parts is not None and not any(
            _is_place(p) or (len(p) <= 5 and p[-1] in _PLACE_ENDS) for p in parts
        ):  # (`青山湖区、南昌县签约金额分别居第一、第二` lists who ranks, not what)
            if all(p in _ASPECT_WORDS for p in parts):
                # `进出口总额…，规模和增速分别居全国第2位和第5位`: aspects of the indicator before
                named = _distinct_subjects_before(qs, ranks[0], ranks[0].clause_start, 1)
                if named is not None:
                    parts = [f"{named[0]} {p}" for p in parts]
            for q, part in zip(ranks, parts, strict=True):
                q.subject = part


_ASPECT_WORDS = cues.SUBJECT_GENERIC | cues.RATE_WORD_ONLY
_DONE_AFTER_FENBIE = re.compile(
    r"(?:接待|完成|实现|签约|引进|新增|新开工|开工|发放|招引|培训|吸引|举办|开展|帮扶|带动)"
    r"[\u4e00-\u9fff“”]{2,12}$"
)
_RATE_OF_EACH = re.compile(r"完成率|占比|比重|完成进度|到位率|开工率|增长率")
_DOING_WORD = re.compile(r"^(?:建设|实施|推进|改造)(?=.{2})")  # `建设高标准农田` → 高标准农田
_INDICATORS_NAMED_BEFORE = re.compile(
    r"(?:[两二三四五六七2-7]|这[两二三四五]|上述|以上|前述)[项个]?(?:主要)?(?:经济)?指标"
)


def _distinct_subjects_before(qs: list[_Qty], rank: _Qty, limit: int, n: int) -> list[str] | None:
    """The last `n` indicators named before `limit` in the sentence of `rank`, each once and
    in order (`外贸进出口1286.5亿元、增长14.2%` names one), or None when there are not `n`."""
    named: list[str] = []
    for q in qs:
        if q.start >= limit:
            break
        if q.sent_index != rank.sent_index or q.aside or q.unit == "rank" or not q.subject:
            continue
        subject = q.subject.split(" ")[0]
        if not named or named[-1] != subject:
            named.append(subject)
    return named[-n:] if len(named) >= n else None


def _bare_noun(phrase: str) -> str:
    """`完成交通固定资产投资` → 交通固定资产投资: a light verb before an indicator is not part of
    it. A short rest keeps its verb (`完成投资`), and so does a denominator (`完成年度计划`)."""
    if not _PLACE_ENDS.isdisjoint(phrase[1:12]):
        # one place or a list of them (`西城区、东城区、延庆区综合得分`, `南宁、柳州3市投资`)
        places = _PLACE_LIST.match(phrase) or cues.LEADING_PLACE.match(phrase)
        while places is not None and len(phrase) - places.end() >= 3:
            phrase = phrase[places.end() :].lstrip("、和及与 ")
            places = cues.LEADING_PLACE.match(phrase) if phrase[1:6] else None
    actor = cues.ACTOR_DID.match(phrase)
    if actor is not None and len(phrase) - actor.end() >= 2:
        return phrase[actor.end() :]  # `审计机关共审计单位` → 单位
    lead = cues.LEADING_ACTION.match(phrase)
    if lead is None or len(phrase) - lead.end() < 3 or cues.SUBJECT_IS_BASE.match(phrase):
        return phrase
    return phrase[lead.end() :]


# --- the contract --------------------------------------------------------------------------------


def extract_indicators(text: str, *, reference_date: dt.date) -> pl.DataFrame:
    """Every quantity in `text`, one row each, in text order, with the `INDICATOR_SCHEMA` columns.

    Pure and total: any string gives a frame (possibly empty); `text[start:end] == raw`.
    `reference_date` (the document date) resolves periods written without a year.
    """
    if not text or not _ANY_NUMERAL.search(text):
        return _EMPTY.clear()
    # str.translate is slow on CJK text; most text has nothing to fold.
    work = text.translate(FOLD) if _FOLDABLE.search(text) else text
    name_spans = [(m.start(), m.end()) for m in _NAMES.finditer(work)]
    named = _blank(work, name_spans)
    times = find_times(named)
    plans = find_plan_periods(work)
    if plans:
        times = sorted(
            [t for t in times if not any(p.start < t.end and t.start < p.end for p in plans)]
            + plans,
            key=lambda t: t.start,
        )
    time_spans = [(t.start, t.end) for t in times]
    qs = _tokens(work, _blank(named, time_spans))
    if not qs:
        return _EMPTY.clear()
    layout = _Layout(work)
    layout.place(qs)
    groups = _groups(qs)
    segments = _classify(work, layout, qs, groups, times)
    _attach_periods(work, layout, times, qs, reference_date)
    _subjects(_blank(work, time_spans), qs, segments, groups)
    sentences: dict[int, str] = {}
    for q in qs:
        if q.sent_start not in sentences:
            # Keep the sentence's own terminator (。！？), not a line break.
            sentences[q.sent_start] = text[q.sent_start : q.sent_end + 1].strip()
    cols: list[list[object]] = [
        [text[q.start : q.end] for q in qs],
        [q.start for q in qs],
        [q.end for q in qs],
        [q.value for q in qs],
        [q.unit for q in qs],
        [q.measure for q in qs],
        [q.modality for q in qs],
        [q.bound for q in qs],
        [q.comparison for q in qs],
        [q.period_start for q in qs],
        [q.period_end for q in qs],
        [None if q.time is None else text[q.time.start : q.time.end] for q in qs],
        [q.subject or None for q in qs],
        [sentences[q.sent_start] for q in qs],
        [q.is_stock and q.period_start is None for q in qs],
    ]  # in the order of INDICATOR_SCHEMA
    return _build_frame(cols)


# --- building the frame --------------------------------------------------------------------------
# Building a small frame through polars' public constructors costs 40-100 µs, more than the
# extraction itself for a typical paragraph. The column constructors of polars' Rust core do
# it in ~13 µs. They are not public API, so the fast path is checked once at import against
# the public constructor and abandoned if it fails or differs (e.g. after a polars upgrade).

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def _frame_public(cols: list[list[object]]) -> pl.DataFrame:
    return pl.DataFrame(dict(zip(INDICATOR_SCHEMA, cols, strict=True)), schema=INDICATOR_SCHEMA)


def _frame_fast(cols: list[list[object]]) -> pl.DataFrame:
    from polars._plr import PyDataFrame, PySeries

    series = []
    for (name, kind), values in zip(_COLUMN_KINDS, cols, strict=True):
        if kind == "str":
            s = PySeries.new_str(name, values, False)
        elif kind == "i64":
            s = PySeries.new_opt_i64(name, values, False)
        elif kind == "f64":
            s = PySeries.new_opt_f64(name, values, False)
        elif kind == "bool":
            s = PySeries.new_opt_bool(name, values, False)
        else:  # Date: days since the epoch, then a cast
            days = [None if d is None else d.toordinal() - _EPOCH_ORDINAL for d in values]  # type: ignore[attr-defined]
            s = PySeries.new_opt_i32(name, days, False).cast(_DATE, True, False)
        series.append(s)
    return pl.DataFrame._from_pydf(PyDataFrame(series))


_DATE = pl.Date()
_COLUMN_KINDS = [
    (
        name,
        {pl.String: "str", pl.Int64: "i64", pl.Float64: "f64", pl.Boolean: "bool"}.get(
            type(dtype), "date"
        ),
    )
    for name, dtype in INDICATOR_SCHEMA.items()
]


def _choose_frame_builder() -> Callable[[list[list[object]]], pl.DataFrame]:
    sample: list[list[object]] = [
        ["1家", "2%"], [0, 5], [2, 7], [1.0, -2.5], ["家", "%"], ["level", "growth"],
        ["actual", "target"], ["exact", "approx"], [None, "yoy"],
        [dt.date(2026, 1, 1), None], [dt.date(2026, 3, 31), None], ["一季度", None],
        ["企业", None], ["句子。", "句子。"], [True, False],
    ]  # fmt: skip
    try:
        fast = _frame_fast(sample)
        if fast.schema == pl.Schema(INDICATOR_SCHEMA) and fast.equals(_frame_public(sample)):
            return _frame_fast
    except Exception:  # any failure means: use the public constructor
        pass
    return _frame_public


_build_frame = _choose_frame_builder()
