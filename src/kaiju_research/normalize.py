"""Repair the debris that PDF-to-text conversion leaves in a bulletin, without losing content.

Two levels:

- `repair_layout(text)` keeps the markdown layout markers (`#`, `**`, `---`) that the parser
  uses (a bold span is an item's headline) but repairs everything else: line ends, full-width
  digits and letters, spaces the conversion put between Chinese text and numbers, and page
  breaks that split a sentence.
- `normalize(text)` is `repair_layout` followed by `strip_markup`: plain text, the form every
  table column and every character offset refers to.

Both are idempotent: applying them twice gives the same text as applying them once.
"""

from __future__ import annotations

import re

# Full-width forms that carry no meaning of their own in Chinese text: digits, Latin letters,
# the percent sign and the full stop used as a decimal point. Chinese punctuation (，。：；“”
# （）、) stays as it is: it is content.
_WIDTH_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "％": "%",
        "．": ".",
    }
)

# Characters that count as "Chinese" for the spacing rule: ideographs and CJK/full-width
# punctuation. Latin text keeps its own spaces ("visit zhangjiajie"), Chinese text between two
# ideographs keeps them too ("智汇潇湘 才聚湖南" is a two-part slogan, the space is content).
_CJK = (
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs
    r"\u3000-\u303f\uff00-\uffef"  # CJK and full-width punctuation
    r"\u2014\u2018-\u201f\u2026\u00b7"  # — ‘’“” … ·
)
_HSPACE = r"[ \t\u00a0\u3000]+"
_SPACE_CJK_THEN_ASCII = re.compile(rf"(?<=[{_CJK}]){_HSPACE}(?=[0-9A-Za-z%.+\-])")
_SPACE_ASCII_THEN_CJK = re.compile(rf"(?<=[0-9A-Za-z%.]){_HSPACE}(?=[{_CJK}])")
# "19.5 %" and "3 .5" are number debris as well.
_SPACE_IN_NUMBER = re.compile(rf"(?<=[0-9]){_HSPACE}(?=[%.])|(?<=[0-9.]){_HSPACE}(?=%)")

# A paragraph that ends with one of these ends a sentence; one that does not was cut by a page
# (or line) break and continues in the next paragraph.
_SENTENCE_END = "。！？；：!?;…）)”’」』"
_SENTENCE_TERMINATOR = re.compile(r"[。！？；!?]")
# Running prose (as opposed to a title, an issuer or a date line): a sentence or clause mark.
_PROSE_MARK = re.compile(r"[。！？；!?，,]")
_BOLD = "**"

# Lines that are structure, never the continuation of a sentence.
_STRUCTURAL = re.compile(
    r"""^\s*(?:
        \#{1,6}\s            # markdown heading
      | (?:-{3,}|\*{3,}|_{3,})\s*$   # rule
      | (?:\*\*)?\s*【       # section marker 【市州动态】
      | (?:\*\*)?\s*[▲△◆■●]  # item marker
      | (?:\*\*)?\s*(?:报|送|发|抄送|抄报|印发)\s*(?:\*\*)?\s*[：:]  # footer recipients
      | (?:\*\*)?\s*(?:联系电话|联系人|电话|邮箱|电子邮箱|E-?mail)\s*(?:\*\*)?\s*[：:]
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_ITEM_START = re.compile(r"^\s*(?:\*\*)?\s*[▲△◆■●]")


def fold_width(text: str) -> str:
    """Fold full-width digits, Latin letters, `％` and `．` to ASCII."""
    return text.translate(_WIDTH_FOLD)


def remove_conversion_spaces(text: str) -> str:
    """Drop the spaces a converter put between Chinese text and numbers or Latin words."""
    text = _SPACE_CJK_THEN_ASCII.sub("", text)
    text = _SPACE_ASCII_THEN_CJK.sub("", text)
    return _SPACE_IN_NUMBER.sub("", text)


def _content_end(paragraph: str) -> str:
    """The paragraph without trailing whitespace and bold markers: what its last char really is."""
    return paragraph.rstrip().removesuffix(_BOLD).rstrip()


def _is_continued(previous: str, following: str) -> bool:
    """Whether the break between two paragraphs is a page break inside a sentence."""
    if not previous.strip() or not following.strip():
        return False
    # A heading, rule, section or footer line never continues nor is continued; an item's
    # first paragraph (▲...) may be continued by plain prose.
    if _STRUCTURAL.match(following) or (
        _STRUCTURAL.match(previous) and not _ITEM_START.match(previous)
    ):
        return False
    end = _content_end(previous)
    if not end or end[-1] in _SENTENCE_END:
        return False
    # Header lines (title, issue number, issuer, date) are fragments without clauses; only a
    # paragraph of running prose (an item, or one with a clause mark in it) is continued.
    return bool(_ITEM_START.match(previous) or _PROSE_MARK.search(previous))


def _join(previous: str, following: str) -> str:
    """Join two parts of a sentence split by a page break, keeping a split bold span whole.

    A converter closes a bold span at the page end; when the span stopped mid-sentence, the
    sentence it began continues bold up to its end on the next page.
    """
    previous = previous.rstrip()
    following = following.lstrip()
    if (
        previous.endswith(_BOLD)
        and previous.count(_BOLD) % 2 == 0
        and not _content_end(previous).endswith(tuple(_SENTENCE_END))
        and not following.startswith(_BOLD)
    ):
        end = _SENTENCE_TERMINATOR.search(following)
        if end is not None and _BOLD not in following[: end.end()]:
            cut = end.end()
            return previous[: -len(_BOLD)] + following[:cut] + _BOLD + following[cut:]
    return previous + following


# A printed page number on a line of its own ("— 2 —", "-3-", "第 4 页"): page furniture
# that PDF text layers carry between the two halves of a sentence.
_PAGE_NUMBER = re.compile(
    r"^(?:[—–\-－~]\s*\d{1,3}\s*[—–\-－~]|第\s*\d{1,3}\s*页(?:\s*/\s*共\s*\d+\s*页)?)$"
)


def _join_page_breaks(text: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text)]
    merged: list[str] = []
    for paragraph in paragraphs:
        if not paragraph or _PAGE_NUMBER.match(paragraph):
            continue
        if merged and _is_continued(merged[-1], paragraph):
            merged[-1] = _join(merged[-1], paragraph)
        else:
            merged.append(paragraph)
    return "\n\n".join(merged)


def repair_layout(text: str) -> str:
    """Repair conversion debris but keep markdown markers (the parser reads bold headlines).

    >>> repair_layout("建立清\\n\\n单化管理，截至3月底。")
    '建立清单化管理，截至3月底。'
    >>> repair_layout("增长 9.17%，全力推动 2026 年")
    '增长9.17%，全力推动2026年'
    """
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = fold_width(text)
    text = _join_page_breaks(text)
    return remove_conversion_spaces(text)


_HEADING_MARK = re.compile(r"^\#{1,6}[ \t]+", re.MULTILINE)
_RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$\n?", re.MULTILINE)


def strip_markup(text: str) -> str:
    """Remove markdown layout markers (headings, rules, bold) and the blank lines they leave."""
    text = _RULE_LINE.sub("", text)
    text = _HEADING_MARK.sub("", text)
    text = text.replace(_BOLD, "")
    lines = [line.strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def normalize(text: str) -> str:
    """The plain normalized text of a document: layout repaired, markup removed.

    >>> normalize("**▲省住建厅全力推进装配式建筑产业倍**\\n\\n增。3月31日")
    '▲省住建厅全力推进装配式建筑产业倍增。3月31日'
    """
    return strip_markup(repair_layout(text))
