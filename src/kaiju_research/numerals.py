"""Chinese numerals: one reading of them for every stage (header dates, issue numbers, quantities).

A leaf module: the parser (issue numbers, 二〇二六年四月一日) and the extractor (三千余人,
居全省第五位) both read numerals, and imports flow read → normalize → parse → extract, so the
one implementation lives below all of them.
"""

from __future__ import annotations

CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}


def parse_chinese(numeral: str) -> float:
    """Value of a Chinese numeral: `三千` → 3000, `十二` → 12, `两万五千` → 25000.

    >>> parse_chinese("二〇二六"), parse_chinese("十二"), parse_chinese("三千")
    (2026.0, 12.0, 3000.0)
    >>> parse_chinese("二点五"), parse_chinese("百分之七点三".removeprefix("百分之"))
    (2.5, 7.3)
    """
    if "点" in numeral:  # 二点五: the digits after 点 are decimals, read one by one
        whole, _, decimals = numeral.partition("点")
        digits = "".join(str(CN_DIGITS[ch]) for ch in decimals if ch in CN_DIGITS)
        return parse_chinese(whole) + (float("0." + digits) if digits else 0.0)
    total = 0.0
    section = 0.0
    digit: float | None = None
    for ch in numeral:
        if ch in CN_DIGITS:
            # Runs of digits (`二〇二五`) are positional.
            digit = CN_DIGITS[ch] if digit is None else digit * 10 + CN_DIGITS[ch]
        elif ch in _CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * _CN_SMALL_UNITS[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0)) * 1e4
            section, digit = 0.0, None
        elif ch == "亿":
            total = (total + section + (digit or 0)) * 1e8
            section, digit = 0.0, None
    return total + section + (digit or 0)
