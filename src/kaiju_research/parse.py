"""Text of a bulletin → `Bulletin`: header, sections, ▲ items, footer.

`parse_bulletin` is pure and never raises on text: a document without a header or without
items gives a `Bulletin` whose missing fields are None or empty, and `Bulletin.problems()` says
what is missing. Ingest decides what to do about it.

The parse works on `repair_layout`'s output (bold markers still present: a bold span at the
start of an item is its headline) and returns plain text in every field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kaiju_research.entities import Entity, link_lead_entity
from kaiju_research.normalize import repair_layout, strip_markup
from kaiju_research.numerals import parse_chinese

ITEM_MARKERS = "▲△◆■●"
_ITEM = re.compile(rf"^\s*(?P<bold>\*\*)?\s*[{ITEM_MARKERS}]")
_SECTION = re.compile(r"^\s*(?:\#{1,6}\s*)?(?:\*\*)?\s*【(?P<name>[^】]{1,30})】\s*(?:\*\*)?\s*$")
_HEADING = re.compile(r"^\s*\#{1,6}\s+")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_FOOTER_RECIPIENTS = re.compile(
    r"^\s*(?:\*\*)?\s*(?P<key>报|送|发|抄送|抄报)\s*[：:]\s*(?:\*\*)?\s*(?P<value>.*)$"
)
_FOOTER_CONTACT = re.compile(
    r"^\s*(?:\*\*)?\s*(?P<key>联系电话|联系人|电话|邮箱|电子邮箱|E-?mail)\s*[：:]\s*(?:\*\*)?\s*"
    r"(?P<value>.*)$",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![0-9])(?:0\d{2,3}-?)?\d{7,8}(?![0-9])|(?<![0-9])1[3-9]\d{9}(?![0-9])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_ISSUE_NUMBER = re.compile(r"第\s*(?P<n>[0-9]+|[〇零一二三四五六七八九十百]+)\s*期")
_DATE_ARABIC = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_DATE_CHINESE = re.compile(
    r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?P<d>[一二三四五六七八九十]{1,3})日"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
_ITEM_MARKER_AT_START = re.compile(rf"^\s*(\*\*)?\s*[{ITEM_MARKERS}]\s*")
_LIST_SEPARATORS = re.compile(r"[，,；;]")


@dataclass(frozen=True)
class Item:
    """One ▲ item: what one city or department reported."""

    seq: int
    section: str | None
    headline: str
    body: str
    text: str  # the item's whole normalized text, without the ▲ marker
    entity: Entity


@dataclass(frozen=True)
class Footer:
    recipients: dict[str, list[str]] = field(default_factory=dict)  # "报" / "送" / "发" → names
    contact_phone: str | None = None
    contact_email: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Bulletin:
    series: str | None
    number: int | None
    issuer: str | None
    date: dt.date | None
    sections: list[str]
    items: list[Item]
    footer: Footer
    header_text: str = ""
    other_text: list[str] = field(default_factory=list)  # paragraphs outside header/items/footer

    def problems(self) -> list[str]:
        """What a bulletin needs and this one lacks, in words for an error message."""
        missing = []
        if not self.header_text:
            missing.append("no header (series title, issue number, date) before the first item")
        else:
            if self.number is None:
                missing.append("no issue number (第N期) in the header")
            if self.date is None:
                missing.append("no date (YYYY年M月D日) in the header")
        if not self.items:
            missing.append(f"no items (paragraphs starting with one of {ITEM_MARKERS})")
        return missing


def _to_int(text: str) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else int(parse_chinese(text))


def _find_date(text: str) -> dt.date | None:
    for pattern in (_DATE_ARABIC, _DATE_CHINESE):
        for match in pattern.finditer(text):
            year, month, day = (_to_int(match[g]) for g in ("y", "m", "d"))
            try:
                return dt.date(year, month, day)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                continue
    return None


def _parse_header(lines: list[str]) -> tuple[str | None, int | None, str | None, dt.date | None]:
    """Series title, issue number, issuer and date from the header's plain lines."""
    series = number = issuer = date = None
    rest: list[str] = []
    for line in lines:
        number_match = _ISSUE_NUMBER.search(line)
        line_date = _find_date(line)
        if number is None and number_match:
            number = _to_int(number_match["n"])
            # "工作专刊 第3期" on one line: the title is what precedes the number.
            before = line[: number_match.start()].strip()
            if series is None and len(before) >= 4:
                series = before
            continue
        if date is None and line_date is not None:
            date = line_date
            continue
        rest.append(line)
    if series is None and rest:
        series = rest.pop(0)
    # A title repeated (a web page's headline above its body) is not the issuer.
    squash = re.compile(r"\s+")
    rest = [line for line in rest if squash.sub("", line) != squash.sub("", series or "")]
    if rest:
        issuer = "".join(rest)
    return series, number, issuer, date


def _split_recipients(value: str) -> list[str]:
    return [part.strip() for part in _LIST_SEPARATORS.split(value) if part.strip()]


def _parse_footer(lines: list[str]) -> Footer:
    recipients: dict[str, list[str]] = {}
    phone = email = None
    for line in lines:
        if m := _FOOTER_RECIPIENTS.match(line):
            recipients.setdefault(m["key"], []).extend(_split_recipients(strip_markup(m["value"])))
        elif m := _FOOTER_CONTACT.match(line):
            value = strip_markup(m["value"])
            if email is None and (e := _EMAIL.search(value)):
                email = e.group(0)
            if phone is None and (p := _PHONE.search(value)):
                phone = p.group(0)
    plain = "\n\n".join(strip_markup(line) for line in lines)
    return Footer(recipients=recipients, contact_phone=phone, contact_email=email, text=plain)


def _split_item(paragraphs: list[str]) -> tuple[str, str, str]:
    """Headline, body and whole text of an item from its paragraphs (markup still present).

    The headline is the bold span the item starts with; without one, its first sentence. The
    ▲ and the headline's closing full stop are not part of the headline; the body is the rest
    of the text after it. `text` is every paragraph of the item in plain form, so that
    `text == headline_with_stop + body` up to the whitespace between them.
    """
    first = _ITEM_MARKER_AT_START.sub(r"\1", paragraphs[0])
    plain = [strip_markup(p) for p in [first, *paragraphs[1:]]]
    text = "\n\n".join(p for p in plain if p)
    headline_full = None
    if first.startswith("**"):
        close = first.find("**", 2)
        if close > 2:
            headline_full = strip_markup(first[2:close]).strip()
    if headline_full is None or not text.startswith(headline_full):
        end = _SENTENCE_END.search(plain[0])
        headline_full = plain[0][: end.end()] if end else plain[0]
    body = text[len(headline_full) :].strip()
    headline = headline_full.rstrip().rstrip("。！？!?").strip()
    return headline, body, text


def parse_bulletin(text: str) -> Bulletin:
    """Parse a bulletin's text (raw or normalized, markdown or plain) into a `Bulletin`."""
    paragraphs = [p for p in repair_layout(text).split("\n\n") if p.strip()]
    header: list[str] = []
    footer: list[str] = []
    other: list[str] = []
    sections: list[str] = []
    item_groups: list[tuple[str | None, list[str]]] = []
    section: str | None = None
    state = "header"
    for paragraph in paragraphs:
        if _RULE.match(paragraph):
            if state == "item":
                state = "between"
            continue
        if m := _SECTION.match(paragraph):
            section = m["name"].strip()
            sections.append(section)
            state = "between"
            continue
        is_footer = _FOOTER_RECIPIENTS.match(paragraph) or _FOOTER_CONTACT.match(paragraph)
        if is_footer and (state != "header" or item_groups):
            footer.append(paragraph)
            state = "footer"
            continue
        if _ITEM.match(paragraph) and state != "footer":
            item_groups.append((section, [paragraph]))
            state = "item"
            continue
        if state == "header" and not sections:
            header.append(strip_markup(paragraph))
        elif state == "item" and not _HEADING.match(paragraph):
            item_groups[-1][1].append(paragraph)
        elif state == "footer":
            footer.append(paragraph)
        else:
            other.append(strip_markup(paragraph))

    series, number, issuer, date = _parse_header(header)
    items = []
    for seq, (item_section, group) in enumerate(item_groups, start=1):
        headline, body, item_text = _split_item(group)
        items.append(
            Item(
                seq=seq,
                section=item_section,
                headline=headline,
                body=body,
                text=item_text,
                entity=link_lead_entity(headline),
            )
        )
    return Bulletin(
        series=series,
        number=number,
        issuer=issuer,
        date=date,
        sections=sections,
        items=items,
        footer=_parse_footer(footer),
        header_text="\n\n".join(header),
        other_text=other,
    )
