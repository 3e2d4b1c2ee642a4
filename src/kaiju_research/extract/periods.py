"""Time expressions: find them, tell a period from a comparison base, resolve them to dates.

A time expression both blocks numbers from being read as quantities (`2026年`, `3月27日`) and
gives quantities their period. Resolution needs a reference date (the document date) for
expressions without a year, and a context year when the text set one earlier ("2023年是…").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from kaiju_research.extract.numbers import parse_number

_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_RANGE = r"\s*[—–\-~～至到]+\s*"
# `入汛以来`, `春节以来`: since a day of the year that varies and is not written.
_SEASONS = "入汛|入冬|入夏|入春|入秋|汛期|春节|开春|开学"
_YEAR = r"(?P<y>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年(?:度)?"

# The leading look-aheads are cheap tests: a single character class first (Python's engine
# tries a look-ahead at every position, and one class test is far cheaper than the ~25
# alternatives after it), then the possible starts of a time expression.
TIME = re.compile(
    rf"""
    (?=[截到至今年本开目当现全去上过近明前下第〇零一二两三四五六七八九十0-9入春汛未])
    (?=[截到至]|今年|年初|本年|开年|目前|当前|现在|当年|当月|全年|去年|上年|上一年|过去|近|明年|年内|年底|
       今后|未来|
       (?:{_SEASONS})以来|
       [一两二三四五六七八九十\d]{{1,2}}年来|
       年末|前[三\d一二四五六七八九十]|上半|下半|第?[一二三四1-4][、—\-至到]?[一二三四1-4]?季度|(?:19|20)\d\d|
       [〇零一二三四五六七八九]{{4}}|[0-9一二三四五六七八九十]{{1,2}}\s*[月—–\-~～至到])
    (?P<upto>截至到?|截止到?|到|至)?\s*
    (?:
        (?P<since>(?:今年|年初|本年|开年)以来|今年来)
      | (?P<season>(?:{_SEASONS})以来)  # since a date the text does not give
      | (?P<now>目前|当前|现在)
      | (?P<same>当月|同月)  # the month of the time before (`7月末，…。当月新发放…`)
      | (?:{_YEAR}\s*
          | (?P<ry>今年|本年|去年|上年|上一年|明年)\s*(?=[0-9一二三四五六七八九十前上下第])
        )?(?:
            (?P<m1>{_MON})\s*(?:月份?)?{_RANGE}(?P<m2>{_MON})\s*月份?(?!\s*\d)
          | (?P<q>前三季度|上半年|下半年|第?[一二三四1-4](?:[、—\-至到]?[一二三四1-4])?季度)
            (?P<qsuf>末|底)?
          | 前(?P<first>1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])个月份?   # 前10个月 = 1—10月
          | (?P<m>{_MON})\s*月
            (?:\s*(?P<d>{_DAY})\s*[日号](?:\s*\d{{1,2}}\s*[时点](?:\s*\d{{1,2}}\s*分)?)?  # 11日17时
                (?:{_RANGE}(?:(?P<m3>{_MON})\s*月)?(?P<d2>{_DAY})\s*[日号])?
              | (?P<msuf>份?以来|(?:上旬|中旬|下旬)以来|份|当月|末|底|初|上旬|中旬|下旬)?)
          | (?(y)(?<=[年度])(?P<ysuf>全年|底|末|以来|至今)?|(?!))   # 2025年, 2025年底 (not 今年)
        )
      | (?:过去|近)(?P<span>[两二三四五六七八九十]|\d{{1,2}})年       # 过去五年, 近3年
      | (?:今后|未来)(?P<ahead>[两二三四五六七八九十]|\d{{1,2}})年      # 今后五年: from this year
      | (?P<span2>[一两二三四五六七八九十]|\d{{1,2}})年来              # 五年来, 一年来
      # (全年无休: all year round)
      | (?P<rel>今年|本年|当年|全年(?!无休|不打烊|无间断|不间断)|去年|上年|上一年|过去一年
               |过去的一年|明年|年内|年底|年末)
    )
    """,
    re.VERBOSE,
)

# A time right after these is what something is compared with, not its period:
# `较2月份上升`, `比上年同期`, `较去年同期提升`.
_BASE_BEFORE = re.compile(r"(?:较|比|同比|与|相比|对比)\s*$")
_BASE_AFTER = re.compile(r"^\s*(?:同期|相比|相较)")
# Nor is a time inside the denominator of a share: `完成全年目标任务的88%`, `是上年的2.3倍`.
# (恢复到2019年的: 到 is in the span; `按2024年退休人员月人均基本养老金的2%`)
_OF_BEFORE = re.compile(r"(?:完成|占|为|是|相当于|恢复|按)\s*$")
_OF_AFTER = re.compile(r"[^，。；,;\d\n]{0,14}的")

_REL_YEARS = {
    "今年": 0,
    "本年": 0,
    "年内": 0,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
    "过去一年": -1,
    "过去的一年": -1,
    "明年": 1,
}


@dataclass(slots=True)
class TimeExpr:
    """One time expression as found; resolved later, when the context year is known."""

    start: int
    end: int
    year: int | None  # written year
    rel_year: int | None  # offset from the reference year (今年 0, 去年 -1)
    months: tuple[int, int] | None  # first and last month of the period
    days: tuple[int, int] | None  # first and last day (of months[0] / months[1])
    point: bool  # a point in time (截至…, 3月底): cumulative or balance, not a period
    since: bool  # 今年以来, 截至目前: from Jan 1 up to the reference date
    uses_context_year: bool  # 全年, 当年, months without a year
    is_day: bool  # an event date (3月27日): never carried to the next sentence
    is_base: bool  # comparison base, not a period
    years: int = 1  # 过去五年, 近三年, 五年来: the N whole years before the reference year
    deadline: bool = False  # `6月底前`, `3月31日之前`: a date something is due by
    open_start: bool = False  # `入汛以来`: since a date the text does not give


@functools.cache
def _month(text: str) -> int:
    return int(parse_number(text))


@functools.cache
def _quarters(q: str) -> tuple[int, int]:
    if q == "前三季度":
        return (1, 9)
    if q == "上半年":
        return (1, 6)
    if q == "下半年":
        return (7, 12)
    digits = [int(parse_number(c)) for c in q if c in "一二三四1234"]
    return (digits[0] * 3 - 2, digits[-1] * 3)


_GROUPS = (
    "upto", "since", "now", "y", "m1", "m2", "q", "qsuf", "first", "m", "d", "m3", "d2", "msuf",
    "ysuf", "rel", "span", "span2", "ry", "season", "same", "ahead",
)  # fmt: skip


def find_times(text: str) -> list[TimeExpr]:
    """All time expressions in (folded, name-masked) `text`, in order."""
    found: list[TimeExpr] = []
    for m in TIME.finditer(text):
        g_upto, g_since, g_now, g_y, g_m1, g_m2, g_q, g_qsuf, g_first = m.group(*_GROUPS[:9])
        g_m, g_d, g_m3, g_d2, g_msuf, g_ysuf, g_rel, g_span, g_span2, g_ry, g_season, g_same = (
            m.group(*_GROUPS[9:21])
        )
        g_ahead = m.group("ahead")
        upto = g_upto is not None
        if (
            g_now is not None
            and not upto
            and not _TOPIC_COMMA.match(text, m.end())
            and not _DONE_BY_NOW.match(text, m.end())
        ):
            continue  # `目前，…` opens a sentence as 截至目前 does, and so does `目前已开工9860套`
        start = m.start("upto") if upto else m.start() + (len(m.group()) - len(m.group().lstrip()))
        # A bare 到/至 before a date is part of a range or a verb (`扩至`); keep it in the span
        # only when the date is really a deadline / cut-off point.
        year = None
        if g_y is not None:
            y = g_y
            year = int(y) if y.isdigit() else int("".join(str(int(parse_number(c))) for c in y))
        rel_year = None
        open_start = False
        years = 1
        months = days = None
        point = since = is_day = False
        uses_ctx = year is None
        if g_same is not None:
            before = next((t for t in reversed(found) if t.months and not t.is_base), None)
            if before is None or before.months is None or upto:
                continue
            months = (before.months[1], before.months[1])
            year, rel_year, uses_ctx = before.year, before.rel_year, before.uses_context_year
        elif g_since is not None or g_now is not None or g_season is not None:
            since, uses_ctx, rel_year = True, False, 0
            open_start = g_season is not None
            point = g_now is not None  # 截至目前 is a cut-off: a stock is counted at it
        elif g_m1 is not None:
            months = (_month(g_m1), _month(g_m2))
        elif g_q is not None:
            months = _quarters(g_q)
            point = g_qsuf is not None or upto  # 三季度末: a cut-off at the quarter's end
        elif g_first is not None:
            months = (1, _month(g_first))
        elif g_m is not None:
            mo = _month(g_m)
            if g_d is not None:
                d1 = int(parse_number(g_d))
                mo2 = _month(g_m3) if g_m3 is not None else mo
                d2 = int(parse_number(g_d2)) if g_d2 is not None else d1
                months, days = (mo, mo2), (d1, d2)
                is_day = True
                point = upto
                if not upto and _SINCE_AFTER_DAY.match(text, m.end()):
                    since, is_day = True, False  # `自10月10日启动以来`: from that day on
            else:
                months = (mo, mo)
                suffix = g_msuf or ""
                if suffix.endswith("以来") or (
                    not suffix and not upto and _SINCE_AFTER_DAY.match(text, m.end())
                ):  # 自5月以来, 自3月启动以来: from May 1 up to the document date
                    since = True
                    if suffix[:2] in _THIRDS:  # `6月下旬以来`: from June 21
                        first_day = _THIRDS[suffix[:2]][0]
                        days = (first_day, first_day)
                elif suffix in ("末", "底"):
                    point = True
                elif suffix in _THIRDS:
                    days = _THIRDS[suffix]
                point = point or upto  # `截至6月中旬`: a cut-off at the 20th
        elif year is not None:
            months = (1, 12)
            point = g_ysuf in ("底", "末") or upto
            if g_ysuf in ("以来", "至今") or (
                # `自2014年实施综合治理以来`: since an event of that year
                g_ysuf is None
                and not upto
                and text[max(0, start - 1) : start] in ("自", "从")
                and _SINCE_AFTER_EVENT.match(text, m.end())
            ):  # 2024年以来: from January 1 up to the document date
                months, since = None, True
            first_year = _FIRST_YEAR_BEFORE.search(text, max(0, start - 8), start)
            if first_year is not None and g_ysuf is None and not upto:
                span = year - int(first_year.group(1)) + 1  # `2025—2027年`: the years of a plan
                if 1 < span <= 10:
                    years, start = span, first_year.start()
        elif g_ahead is not None:
            span = _month(g_ahead)  # 今后五年 in a report of 2026: 2026-2030
            if span < 2:
                continue
            months, rel_year, uses_ctx, years = (1, 12), span - 1, False, span
        elif g_span is not None or g_span2 is not None:
            span = _month(g_span or g_span2)  # a small numeral, read like a month number
            if span < 2:
                if g_span2 is None:
                    continue
                months = (1, 12)  # 一年来: the year being reviewed, read like 全年
            else:
                months, rel_year, uses_ctx, years = (1, 12), -1, False, span
        elif g_rel is not None:
            rel = g_rel
            months = (1, 12)
            if rel in _REL_YEARS:
                rel_year, uses_ctx = _REL_YEARS[rel], False
            elif rel in ("年底", "年末"):
                point = True
        else:  # only a 截至/到 prefix matched: not a time
            continue
        if months is None and not since:
            continue
        if g_ry is not None:  # 今年1—8月, 去年四季度: one expression, the year said in words
            rel_year, uses_ctx = _REL_YEARS[g_ry], False
        if upto and g_upto in ("到", "至") and not point and not since:
            # `扩至500万吨` never gets here; `至4月` without 底 is a range end: drop the prefix.
            start = m.start("upto") + len(g_upto)
        before = text[max(0, start - 4) : start]
        after = text[m.end() : m.end() + 4]
        is_base = bool(
            _BASE_BEFORE.search(before)
            or _BASE_AFTER.search(after)
            or (_OF_BEFORE.search(before) and _OF_AFTER.match(text, m.end()))
        )
        if found and found[-1].is_base and not text[found[-1].end : start].strip():
            is_base = True  # `比上年全年`: 全年 belongs to the base before it
        deadline = text.startswith(("前", "之前", "以前"), m.end())
        if is_day and text.startswith(("起", "开始"), m.end()):
            is_base = True  # `7月1日起，标准由188元提高到208元`: in force from a day, no period
        found.append(
            TimeExpr(
                start=start,
                end=m.end(),
                year=year,
                rel_year=rel_year,
                months=months,
                days=days,
                point=point or deadline,  # what is done by a date counts up to it
                since=since,
                uses_context_year=uses_ctx,
                is_day=is_day and not deadline,
                is_base=is_base,
                years=years,
                deadline=deadline,
                open_start=open_start,
            )
        )
    if "以来" in text:
        found = _since_events(text, found)
    return _join_ranges(text, found) if len(found) > 1 else found


# `“百日攻坚”行动开展以来，…`: since a campaign began, on a day the text does not give.
_EVENT_SINCE = re.compile(r"(?:开展|启动|实施|部署|开始|攻坚|行动|活动)以来(?=\s*[，,])")
_CLAUSE_MARKS = "，,。；;！？\n▲：:"


def _since_events(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    for m in _EVENT_SINCE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1
        if any(te.start < m.end() and start < te.end for te in found):
            continue  # (a time is written in the clause: `自10月10日启动以来`)
        while start < m.start() and text[start] in " \t":
            start += 1
        found.append(
            TimeExpr(
                start=start,
                end=m.end(),
                year=None,
                rel_year=0,
                months=None,
                days=None,
                point=False,
                since=True,
                uses_context_year=False,
                is_day=False,
                is_base=False,
                open_start=True,
            )
        )
    return sorted(found, key=lambda te: te.start)


_THIRDS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}  # the days of each third of a month
_TOPIC_COMMA = re.compile(r"\s*[，,]")
_DONE_BY_NOW = re.compile(r"\s*(?:已经|已|累计|共)")
_SINCE_AFTER_DAY = re.compile(r"[\u4e00-\u9fff]{0,6}?以来")
_SINCE_AFTER_EVENT = re.compile(r"[^，,。；;！？\n\d]{0,20}?以来")
# `2025—2027年`: the first year of a span, written without 年 or with it.
_FIRST_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—–\-~～至到]\s*$")
_RANGE_GAP = re.compile(r"\s*[—–\-~～至到]*\s*")


def _join_ranges(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """`2023年至2024年` is one span of two years, `2024年7月至2025年6月` one of twelve months."""
    out: list[TimeExpr] = [found[0]]
    for te in found[1:]:
        joined = _joined(text, out[-1], te)
        if joined is None:
            out.append(te)
        else:
            out[-1] = joined
    return out


def _joined(text: str, first: TimeExpr, te: TimeExpr) -> TimeExpr | None:
    """The span from `first` to `te` when both have a year and a range mark joins them."""
    gap = text[first.end : te.start]
    if not (
        first.year is not None
        and te.year is not None
        and 0 < te.year - first.year <= 10
        and not (first.is_base or te.is_base or first.since or te.since)
        and (first.days is None) == (te.days is None)
        and first.months is not None
        and te.months is not None
        and first.years == 1
        and _RANGE_GAP.fullmatch(gap)
        and (gap.strip() or text.startswith(("至", "到"), te.start))
    ):
        return None
    days = None
    if first.days is not None and te.days is not None:
        if te.year - first.year != 1 or first.months[0] < te.months[1]:
            return None
        # `2024年11月1日至2025年2月28日`: days across the turn of the year
        months, years, days = (first.months[0], te.months[1]), 1, (first.days[0], te.days[1])
    elif first.months == te.months == (1, 12):
        months, years = (1, 12), te.year - first.year + 1
    elif te.year - first.year == 1 and first.months[0] > te.months[1]:
        months, years = (first.months[0], te.months[1]), 1  # across the turn of the year
    else:
        return None
    # the later end's year; a span, not a cut-off (`至2025年6月` alone would be one)
    return replace(
        te, start=first.start, months=months, days=days, years=years, point=False, deadline=False
    )


# Five-year plans: `“十四五”时期` is 2021–2025. The N-th plan (from the third on, after the
# 1963–65 readjustment) starts in 1951 + 5N. Only with a word that makes it a time: `“十四五”规划`
# alone is a document, not a period.
_PLAN = re.compile(
    r"(?=[“\"「十])[“\"「]?十(?P<n>[一二三四五六七八九])五[”\"」]?(?:规划)?(?P<suffix>时期|期间|以来|期末|末)"
)


def find_plan_periods(text: str) -> list[TimeExpr]:
    """Five-year-plan periods (`“十五五”时期`, `“十四五”以来`, `“十三五”末`) in unmasked `text`."""
    found = []
    for m in _PLAN.finditer(text) if ("十" in text and "五" in text) else ():
        first = 1951 + 5 * (10 + int(parse_number(m.group("n"))))
        suffix = m.group("suffix")
        since = suffix == "以来"
        before = text[max(0, m.start() - 4) : m.start()]
        found.append(
            TimeExpr(
                start=m.start(),
                end=m.end(),
                year=first if since else first + 4,
                rel_year=None,
                months=None if since else (1, 12),
                days=None,
                point=suffix in ("末", "期末"),
                since=since,
                uses_context_year=False,
                is_day=False,
                is_base=bool(_BASE_BEFORE.search(before)),
                years=5 if suffix in ("时期", "期间") else 1,
            )
        )
    return found


@functools.cache
def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def period_year(te: TimeExpr, reference_date: dt.date, context_year: int | None) -> int:
    """The calendar year a time expression refers to."""
    if te.year is not None:
        return te.year
    if te.rel_year is not None:
        return reference_date.year + te.rel_year
    if context_year is not None:
        return context_year
    year = reference_date.year
    # A month or quarter that has not begun at the reference date belongs to last year
    # (a January report on `四季度`, an April report on `11月`). Plans are the exception; the
    # caller passes a context year for them.
    if te.months is not None and dt.date(year, min(te.months), 1) > reference_date:
        year -= 1
    return year


def resolve(
    te: TimeExpr,
    reference_date: dt.date,
    context_year: int | None = None,
    *,
    future_ok: bool = False,
    balance: bool = False,
) -> tuple[dt.date | None, dt.date]:
    """(period_start, period_end) of a time expression.

    `future_ok`: the quantity is a target or estimate, so a period after the reference date is
    meant as written. `balance`: the quantity is a stock (余额), so a cut-off point has no start.
    """
    if te.since:
        if te.months is not None:  # 自5月以来, 自10月10日启动以来
            day = te.days[0] if te.days is not None else 1
            year = period_year(te, reference_date, context_year)
            since: dt.date = dt.date(year, te.months[0], min(day, _last_day(year, te.months[0])))
        else:
            since = dt.date(reference_date.year if te.year is None else te.year, 1, 1)
        # (a start after the document date is no span it can report on)
        # (a stock since a date is counted at the document date: `今年以来…累计达到3895项`)
        open_start = te.open_start or balance or since > reference_date
        return (None if open_start else since), reference_date
    bare = te.year is None and te.rel_year is None and context_year is None
    if future_ok and bare:
        year = reference_date.year
    else:
        year = period_year(te, reference_date, context_year)
        if bare and te.months == (1, 12) and reference_date.month <= 6:
            # A figure for the whole year (全年, 年末) that is already actual in the first half
            # of a year is last year's: a statistical communiqué, a work report in January.
            year -= 1
    assert te.months is not None
    m1, m2 = te.months
    if te.days is not None:
        d1 = min(te.days[0], _last_day(year, m1))
        d2 = min(te.days[1], _last_day(year, m2))
        start: dt.date | None = dt.date(year, m1, d1)
        end = dt.date(year, m2, d2)
    else:
        start = dt.date(year, m1, 1)
        end = dt.date(year, m2, _last_day(year, m2))
    if start is not None and start > end:
        start = start.replace(year=year - 1)  # `11月至2月`: a span across the turn of the year
    if te.years > 1:
        start = dt.date(year - te.years + 1, 1, 1)
    if te.point:
        # A cut-off: a cumulative total runs from January 1, a balance has no start.
        start = None if balance else dt.date(year, 1, 1)
    elif balance:
        start = None  # a stock in a year's account (`2024年…在校生215.4万人`) is its year-end value
    return start, end
