"""Reading stage: the bytes of a bulletin file → faithful text.

One reader per format, chosen by the file's suffix (:data:`READERS`). Every failure is a
:class:`~kaiju_research.errors.ReadError` naming the file and what is wrong, so a batch
run can report the bad file and go on.

This stage only *reads*: it does not fold full-width characters, join sentences broken
across PDF pages or otherwise repair layout; that is the normalize stage's job. What it
does do is what only a reader can: pick the encoding, drop a BOM, unify line ends, and
turn a PDF's visual lines back into paragraphs while the line geometry is still known.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
import statistics
import unicodedata
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kaiju_research.errors import ReadError

# --------------------------------------------------------------------------- text


def _is_cjk(ch: str) -> bool:
    """A character of Chinese text: an ideograph, CJK or full-width punctuation, or one of
    the symbols GBK carries and bulletins use (“”—…, ×·°, ℃, ①, ㎡, ▲, →, ≥)."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF  # CJK Unified Ideographs
        or 0x3400 <= o <= 0x4DBF  # Extension A
        or 0x20000 <= o <= 0x3FFFF  # Extensions B+ (GB18030 four-byte)
        or 0xF900 <= o <= 0xFAFF  # Compatibility Ideographs
        or 0x3000 <= o <= 0x33FF  # CJK punctuation 、。《》【】, kana, ㈠, ㎡
        or 0xFE30 <= o <= 0xFE4F  # CJK compatibility forms
        or 0xFF00 <= o <= 0xFFEF  # full-width forms ，：（）０-９
        or 0x2000 <= o <= 0x2BFF  # punctuation “”—…, ℃, Ⅳ, →, ≥, ①, ─, ▲, ★
        or ch in "·×÷°±§¨¤"  # Latin-1 symbols in GB2312's symbol rows
    )


def _looks_chinese(text: str) -> bool:
    """Most non-ASCII characters are Chinese-text characters: a GB18030 decode that makes
    sense. (GB18030 maps nearly every byte pair to *some* character, so a clean decode
    alone proves little; other encodings read as GB18030 mix in other scripts.)"""
    non_ascii = [c for c in text if not c.isascii()]
    if not non_ascii:
        return True
    return sum(map(_is_cjk, non_ascii)) / len(non_ascii) >= 0.9


def _share(chars: list[str], encoding: str, lead: tuple[int, int]) -> float:
    """Share of ``chars`` whose 2-byte code in ``encoding`` has its lead byte in ``lead``."""
    hits = 0
    for ch in chars:
        try:
            code = ch.encode(encoding)
        except UnicodeEncodeError:
            continue
        hits += len(code) == 2 and lead[0] <= code[0] <= lead[1]
    return hits / len(chars)


_MIN_EVIDENCE = 20  # ideographs; below this the GBK/Big5 question is a coin toss


def _big5_instead(data: bytes, gb_text: str) -> str | None:
    """The Big5 reading of ``data`` if that is clearly the right one, else None.

    Big5's byte ranges lie inside GBK's, so traditional-Chinese Big5 files decode
    "cleanly" as GB18030, into rare characters. Tell them apart by how common the
    characters are: simplified-Chinese text has >99 % of its ideographs among GB2312's
    common hanzi (lead bytes B0-F7), Big5 read as GBK about half; Big5 text read as Big5
    has most in Big5's level-1 common hanzi (lead bytes A4-C6). Short texts stay GB18030.
    """
    ideographs = [c for c in gb_text if 0x4E00 <= ord(c) <= 0x9FFF]
    if len(ideographs) < _MIN_EVIDENCE or _share(ideographs, "gb2312", (0xB0, 0xF7)) >= 0.8:
        return None
    try:
        big5_text = data.decode("big5")
    except UnicodeDecodeError:
        return None
    big5_ideographs = [c for c in big5_text if 0x4E00 <= ord(c) <= 0x9FFF]
    if big5_ideographs and _share(big5_ideographs, "big5", (0xA4, 0xC6)) >= 0.9:
        return big5_text
    return None


# Control bytes that never occur in text in any ASCII-compatible encoding (UTF-8,
# GB18030, single-byte codepages): C0 controls other than tab/LF/VT/FF/CR, and DEL.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F])
_BINARY_SHARE = 0.05  # real text has ~0 controls, random bytes ~11 %


def _control_share(text: str) -> float:
    """Share of control characters other than ordinary whitespace."""
    if not text:
        return 0.0
    bad = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\v\f\r")
    return bad / len(text)


def _decode(data: bytes, path: Path | str | None) -> str:
    """Pick the encoding (see :func:`decode_text`) and decode strictly."""
    # A BOM is the one unambiguous signal; trust it and fail loudly if the rest disagrees.
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                name = "UTF-8" if codec == "utf-8-sig" else "UTF-16"
                raise ReadError(
                    path, f"not text: invalid {name} after a {name} BOM ({exc.reason})"
                ) from None

    # Without a UTF-16 BOM, NUL bytes mean binary data (text encodings we accept have none).
    if b"\x00" in data:
        raise ReadError(path, "binary data, not text (contains NUL bytes)")
    if sum(data.count(b) for b in _CONTROL_BYTES) / len(data) > _BINARY_SHARE:
        raise ReadError(path, "binary data, not text (many control bytes)")

    # UTF-8 first: it is self-validating, so non-UTF-8 bytes almost never decode cleanly.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Chinese government files that are not UTF-8 are GB2312/GBK; GB18030 is a superset
    # of both, so one codec covers all three. (Big5 from Taiwan/Hong Kong is told apart.)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_chinese(text):
            return _big5_instead(data, text) or text

    # Anything else (Big5, Latin-1, ...): let charset-normalizer guess.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    raise ReadError(path, "not text: could not decode as UTF-8, UTF-16 or GB18030")


def decode_text(data: bytes, *, path: Path | str | None = None) -> str:
    """Decode the bytes of a text file (.md, .txt) into text with ``\\n`` line ends.

    Encodings, in order: a BOM (UTF-8, UTF-16 LE/BE); UTF-8; GB18030 (superset of GBK and
    GB2312) if the result looks like Chinese; charset-normalizer's best guess. The BOM is
    dropped and CRLF / lone CR become LF; nothing else is changed (full-width characters
    stay full-width). ``path`` is only used in error messages.

    Raises :class:`ReadError` for an empty or whitespace-only file, binary data, or
    bytes that no encoding explains.
    """
    if not data:
        raise ReadError(path, "empty file")
    text = _decode(data, path)
    # A BOM can survive decoding (GB18030 encodes U+FEFF as 84 31 95 33, or a doubled BOM).
    text = text.removeprefix("\ufeff")
    if _control_share(text) > _BINARY_SHARE:
        raise ReadError(path, "binary data, not text (many control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(path, "empty file")
    return text


def _read_text(data: bytes, path: Path) -> str:
    """.md / .txt: decode (see :func:`decode_text`)."""
    return decode_text(data, path=path)


# --------------------------------------------------------------------------- PDF

# A line ending in one of these ends a sentence (or introduces a list after '：').
_FINAL_PUNCT = ("。", "！", "？", "；", "：", "。”", "！”", "？”", "。）", "。’")
# A line starting with one of these starts a new item/section.
_PARA_MARKERS = ("▲", "【", "■", "◆", "●", "★")
# A gap wider than this (in em) between two Latin characters is a word space.
_WORD_GAP = 0.25


def _join_lines(lines: list[str]) -> str:
    """Join the visual lines of one paragraph.

    No space across a break that touches CJK (Chinese has no spaces between words, and a
    space there would split a word); a space only between two Latin words/numbers. Two
    digits are joined without a space too: in a Chinese bulletin that is a number the
    typesetter broke, not two numbers.
    """
    out = lines[0]
    for line in lines[1:]:
        a, b = out[-1:], line[:1]
        latin = a.isascii() and b.isascii() and (a.isalnum() or a in ",.;:!?)%") and b.isalnum()
        out += (" " if latin and not (a.isdigit() and b.isdigit()) else "") + line
    return out


def _line_text(chars: list[dict[str, Any]]) -> str:
    """A line's text from its characters (space glyphs included), in reading order.

    pdfplumber would insert a space wherever two characters are more than 3 pt apart,
    which puts spaces between the CJK characters of every justified (letter-spaced) line.
    Here a space is inferred from a gap only between two non-CJK characters (Latin words
    set without space glyphs); CJK never needs one, and real space glyphs are kept.
    """
    parts: list[str] = []
    prev: dict[str, Any] | None = None
    for ch in chars:
        if prev is not None:
            a, b = prev["text"][-1:], ch["text"][:1]
            gap = ch["x0"] - prev["x1"]
            if (
                gap > _WORD_GAP * ch["size"]
                and not (a.isspace() or b.isspace())
                and not (_is_cjk(a) or _is_cjk(b))
            ):
                parts.append(" ")
        parts.append(ch["text"])
        prev = ch
    return "".join(parts).strip()


def _page_paragraphs(
    lines: list[dict[str, Any]], left: float, right: float, em: float, pitch: float
) -> list[str]:
    """Group a page's text lines (pdfplumber ``extract_text_lines``) into paragraphs.

    A paragraph ends after a line that stops short of the right edge (by 2 em, or 1 em
    when it ends with sentence-final punctuation), before a line that is indented or
    starts with an item marker (▲, 【, ...), and at a larger-than-usual vertical gap.
    Full-width lines that happen to end at a sentence end are *not* breaks: justified
    text ends lines mid-paragraph after '。' all the time.
    """
    paras: list[list[str]] = []
    prev: dict[str, Any] | None = None
    for line in lines:
        text = line["text"]
        if not text:
            continue
        new = prev is None
        if prev is not None:
            shortfall = right - prev["x1"]
            new = (
                text.startswith(_PARA_MARKERS)
                or line["x0"] - left >= 1.5 * em
                or shortfall >= 2 * em
                or (shortfall >= em and prev["text"].rstrip().endswith(_FINAL_PUNCT))
                or line["top"] - prev["top"] > 1.6 * pitch
            )
        if new:
            paras.append([text])
        else:
            paras[-1].append(text)
        prev = line
    return [_join_lines(p) for p in paras]


def _read_pdf(data: bytes, path: Path) -> str:
    """.pdf: the text layer (pdfplumber), visual lines joined back into paragraphs.

    Paragraphs are separated by a blank line, and so are pages: a sentence broken across
    a page break stays broken here (the normalize stage joins it).
    """
    import pdfplumber

    try:
        # pdfminer warns (and logs) about minor PDF defects it works around; that is not
        # a reason to fail the read, so keep those warnings (and only those) quiet.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", module=r"pdfminer|pdfplumber")
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                # dedupe_chars: WPS/Word "fake bold" prints each glyph twice, offset.
                # keep_blank_chars: keep space glyphs as characters (see _line_text).
                pages = [
                    [
                        {**ln, "text": _line_text(ln["chars"])}
                        for ln in page.dedupe_chars().extract_text_lines(
                            strip=True, return_chars=True, keep_blank_chars=True
                        )
                    ]
                    for page in pdf.pages
                ]
    except Exception as exc:  # pdfminer raises a zoo of types on damaged files
        # pdfplumber wraps pdfminer's error as PdfminerException(original): name the original.
        if type(exc).__name__ == "PdfminerException" and exc.args:
            exc = exc.args[0] if isinstance(exc.args[0], BaseException) else exc
        reason = _short_reason(exc)
        if "Password" in reason or "Encrypt" in reason:
            reason = f"encrypted PDF, needs a password ({reason})"
        raise ReadError(path, f"cannot read PDF: {reason}") from None

    all_lines = [ln for page in pages for ln in page if ln["text"].strip()]
    if not all_lines:
        raise ReadError(path, "no text layer (scanned PDF?); run OCR first")

    # Layout measures for the whole document (one typeset layout, and a half-empty last
    # page would otherwise have no full-width line to measure against).
    sizes = [c["size"] for ln in all_lines for c in ln["chars"] if c["text"].strip()]
    em = statistics.median(sizes) if sizes else 10.0
    left = min(ln["x0"] for ln in all_lines)
    max_x1 = max(ln["x1"] for ln in all_lines)
    # Right edge: the typical end of a full line (median of the long lines), so one line
    # that overshoots the margin (hanging punctuation) does not make every line "short".
    long_ends = [ln["x1"] for ln in all_lines if ln["x1"] >= left + 0.75 * (max_x1 - left)]
    right = statistics.median(long_ends)
    gaps = [
        b["top"] - a["top"]
        for page in pages
        for a, b in itertools.pairwise(page)
        if b["top"] > a["top"]
    ]
    pitch = statistics.median(gaps) if gaps else 1.2 * em

    paragraphs = [p for page in pages for p in _page_paragraphs(page, left, right, em, pitch)]
    return "\n\n".join(paragraphs)


def _short_reason(exc: BaseException) -> str:
    """A one-line reason from a library exception: its type and first line, shortened."""
    msg = str(exc).strip()
    first = msg.splitlines()[0] if msg else ""
    reason = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return reason if len(reason) <= 160 else reason[:157] + "..."


# --------------------------------------------------------------------------- DOCX


def _docx_paragraph(paragraph: Any) -> str:
    """A python-docx paragraph's text, with a leading bold span wrapped in ``**…**``.

    The parser uses that bold span as the item's headline, as in the markdown
    (``**▲衡阳市多措并举抓动能培育。**聚焦…``).
    """
    from docx.text.run import Run

    text = paragraph.text
    bold = ""
    for item in paragraph.iter_inner_content():
        # The headline is the run of bold runs at the start; a hyperlink also ends it.
        if not isinstance(item, Run) or not _run_is_bold(item):
            break
        bold += item.text
    head = bold.strip()
    if not head or not text.startswith(bold):
        return text
    lead = bold[: len(bold) - len(bold.lstrip())]
    trail = bold[len(bold.rstrip()) :]
    return f"{lead}**{head}**{trail}{text[len(bold) :]}"


def _run_is_bold(run: Any) -> bool:
    """Bold set on the run itself or by its character style (not by a heading style)."""
    if run.bold is not None:
        return bool(run.bold)
    style = run.style
    return bool(style is not None and style.font.bold)


def _read_docx(data: bytes, path: Path) -> str:
    """.docx: body paragraphs and table cells, in document order, one paragraph each."""
    import docx
    from docx.table import Table

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        # OLE compound file: an old binary .doc (or .wps) renamed to .docx.
        raise ReadError(path, "old binary Word (.doc) file, not .docx; convert it to .docx")
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []

        def walk(container: Any) -> None:
            for item in container.iter_inner_content():
                if isinstance(item, Table):
                    # A merged cell appears once per grid position it spans; compare
                    # the XML elements by identity (the list keeps their proxies alive,
                    # so lxml hands back the same object for the same element).
                    seen: list[Any] = []
                    for row in item.rows:
                        for cell in row.cells:
                            if not any(cell._tc is tc for tc in seen):
                                seen.append(cell._tc)
                                walk(cell)
                else:
                    blocks.append(_docx_paragraph(item))

        walk(document)
    except Exception as exc:  # zipfile/lxml/python-docx errors on damaged files
        raise ReadError(path, f"cannot read DOCX: {_short_reason(exc)}") from None
    paragraphs = [b.strip() for b in blocks if b.strip()]
    if not paragraphs:
        raise ReadError(path, "empty document (no text)")
    return "\n\n".join(paragraphs)


# --------------------------------------------------------------------------- HTML

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
# Gov sites label pages GB2312 but use GBK characters beyond it; GB18030 covers both.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}
_SHORT_ARTICLE = 200  # characters; below this, retry trafilatura favouring recall
_MIN_ARTICLE = 50  # characters; trafilatura's flat fallback below this


def _decode_html(data: bytes, path: Path) -> str:
    """The page's declared charset if it decodes cleanly, else :func:`decode_text`'s guess."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _META_CHARSET_RE.search(data[:4096])
        if m:
            label = m.group(1).decode("ascii").lower()
            try:
                codec = codecs.lookup(_CHARSET_ALIASES.get(label, label)).name
                return data.decode(codec).replace("\r\n", "\n").replace("\r", "\n")
            except (LookupError, UnicodeDecodeError):
                pass  # unknown label, or a page mislabelled (often UTF-8 saved as "gb2312")
    return decode_text(data, path=path)


# Block elements of trafilatura's XML output; each becomes one paragraph, like a DOCX
# paragraph or table cell.
_XML_BLOCKS = frozenset({"p", "head", "item", "cell", "quote", "code"})


def _xml_text(el: Any) -> str:
    """An element's text with ``<lb/>`` (an HTML <br>) as a newline."""
    parts = [el.text or ""]
    for child in el:
        parts.append("\n" if child.tag == "lb" else _xml_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _xml_block(el: Any) -> list[str]:
    """One block's paragraphs: split at <br>, a leading bold span wrapped in ``**…**``."""
    text = _xml_text(el)
    first = el[0] if len(el) else None
    if (
        first is not None
        and not (el.text or "").strip()
        and first.tag == "hi"
        and "#b" in (first.get("rend") or "")
    ):
        bold = _xml_text(first).strip()
        rest = text.lstrip()
        if bold and "\n" not in bold and rest.startswith(bold):
            text = f"**{bold}**{rest[len(bold) :]}"
    return [line.strip() for line in text.split("\n") if line.strip()]


def _xml_paragraphs(el: Any) -> list[str]:
    """The paragraphs under ``el`` in document order (innermost blocks win)."""
    out: list[str] = []
    for child in el:
        nested = any(d.tag in _XML_BLOCKS for d in child.iterdescendants())
        if child.tag in _XML_BLOCKS and not nested:
            out.extend(_xml_block(child))
        else:
            out.extend(_xml_paragraphs(child))
    return out


def _read_html(data: bytes, path: Path) -> str:
    """.html / .htm: the main article text of a saved page (trafilatura), headline first.

    trafilatura finds the article body and drops navigation, menus and footers. Its XML
    output is walked here (rather than taking its text output) to keep a leading bold
    span as ``**…**`` like the DOCX reader, without markdown escapes in the text.
    """
    import trafilatura
    from lxml import etree
    from trafilatura.settings import use_config

    page = _decode_html(data, path)
    config = use_config()
    # trafilatura's default (250 characters) is tuned for alphabetic text; below it, it
    # falls back to a flat extraction that runs all blocks into one space-joined line.
    # A 60-character Chinese notice is a real article, so lower the bar.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_MIN_ARTICLE))

    def extract(favor_recall: bool) -> list[str]:
        xml = trafilatura.extract(
            page,
            output_format="xml",
            include_formatting=True,  # for <b>/<strong> headlines
            include_comments=False,
            include_tables=True,  # only tables inside the article body survive extraction
            favor_recall=favor_recall,
            deduplicate=False,
            config=config,
        )
        if not xml:
            return []
        main = etree.fromstring(xml.encode("utf-8")).find("main")
        return [] if main is None else _xml_paragraphs(main)

    try:
        with warnings.catch_warnings():
            # trafilatura and its helpers warn about odd markup and dates they cannot
            # parse; neither makes the article unreadable.
            warnings.filterwarnings("ignore", module=r"trafilatura|htmldate|justext|courlan")
            paragraphs = extract(favor_recall=False)
            if sum(map(len, paragraphs)) < _SHORT_ARTICLE:
                recall = extract(favor_recall=True)
                paragraphs = max(paragraphs, recall, key=lambda ps: sum(map(len, ps)))
            meta = trafilatura.extract_metadata(page)
    except Exception as exc:  # lxml errors on pages too broken to parse
        raise ReadError(path, f"cannot parse HTML: {_short_reason(exc)}") from None

    if not paragraphs:
        raise ReadError(path, "no article text found")
    title = (meta.title or "").strip() if meta is not None else ""
    if title and title not in paragraphs[0].replace("**", ""):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


# --------------------------------------------------------------------------- dispatch

Reader = Callable[[bytes, Path], str]

READERS: dict[str, Reader] = {
    ".md": _read_text,
    ".txt": _read_text,
    ".pdf": _read_pdf,
    ".docx": _read_docx,
    ".html": _read_html,
    ".htm": _read_html,
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(READERS)


def read_document(path: Path | str) -> str:
    """Read a bulletin file into text, choosing the reader by suffix (case-insensitive).

    Paragraphs are separated by blank lines in every format. Raises :class:`ReadError`
    (naming the file) for unsupported types, unreadable files and unusable content.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        shown = f"'{suffix}'" if suffix else "(no suffix)"
        raise ReadError(path, f"unsupported file type {shown} (supported: {supported})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from None
    if not data:
        raise ReadError(path, "empty file")
    return reader(data, path)
