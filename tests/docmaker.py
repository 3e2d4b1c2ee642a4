"""Build test documents (PDF, DOCX, HTML) programmatically, so no binaries are committed.

Every builder takes the bulletin as *markdown* (the form of data/raw/*.md) or as plain
paragraphs, and writes a file the way a researcher would receive it:

* PDF: reportlab with its built-in CJK CID font ``STSong-Light`` (no font file needed),
  paragraphs wrapped across lines and pages like a typeset bulletin, no first-line indent
  and no extra paragraph spacing (the hardest case for the reader's paragraph detection).
* DOCX: python-docx, ``**▲…**`` spans become bold runs, ``#`` lines become headings.
* HTML: a saved government article page, the bulletin in ``<div class="article">`` and
  navigation, header menu and footer junk around it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

BOLD_RE = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)

# --------------------------------------------------------------------------- markdown


def markdown_blocks(markdown: str) -> list[str]:
    """The markdown's paragraphs (blank-line separated), without ``---`` rules."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", markdown)]
    return [b for b in blocks if b and not re.fullmatch(r"-{3,}", b)]


def plain_blocks(markdown: str) -> list[str]:
    """The paragraphs as plain text: ``**`` and heading ``#`` marks removed."""
    return [re.sub(r"^#+\s*", "", b).replace("**", "") for b in markdown_blocks(markdown)]


def squeeze(text: str) -> str:
    """The text with all whitespace removed (to compare content regardless of layout)."""
    return re.sub(r"\s+", "", text)


# --------------------------------------------------------------------------- PDF

PDF_FONT = "STSong-Light"


def _is_word_char(ch: str) -> bool:
    """ASCII letters/digits/'.'/'%' form words a typesetter keeps on one line."""
    return ch.isascii() and (ch.isalnum() or ch in ".%")


# Characters a CJK typesetter never puts at the start of a line (kinsoku shori).
_NO_LINE_START = set("，。、；：！？）》”’】」")


def wrap_line(text: str, max_width: float, size: float) -> list[str]:
    """Wrap one paragraph into lines no wider than ``max_width`` points.

    Breaks between any two CJK characters (as Chinese typesetting does), never inside an
    ASCII word/number and never before closing punctuation; spaces at a break are dropped.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # Tokens: an ASCII word/number, or any single other character.
    tokens = re.findall(r"[A-Za-z0-9.%]+|.", text, flags=re.DOTALL)
    lines: list[str] = []
    line = ""
    for tok in tokens:
        if stringWidth(line + tok, PDF_FONT, size) <= max_width or not line:
            line += tok
            continue
        if tok in _NO_LINE_START and len(line) > 1:
            # Carry the previous character down with the punctuation.
            lines.append(line[:-1].rstrip())
            line = line[-1] + tok
            continue
        lines.append(line.rstrip())
        line = tok.lstrip()
    if line.strip():
        lines.append(line.rstrip())
    return lines


def build_pdf(
    path: Path,
    paragraphs: list[str],
    *,
    size: float = 12,
    leading: float = 20,
    margin: float = 72,
    pagesize: tuple[float, float] | None = None,
    justify: bool = False,
    letter_spacing: float = 0.0,
) -> Path:
    """Write ``paragraphs`` to a PDF, wrapped across lines and pages, in STSong-Light.

    ``justify`` spreads every line but a paragraph's last to the full width the way Word
    justifies Chinese text: extra space between characters (so a reader that infers word
    spaces from gaps would see spaces between CJK characters), but not inside Latin words.
    ``letter_spacing`` (points) spreads every line that way by a fixed amount, as titles
    often are (工 作 专 刊); wrapping ignores it, so keep such paragraphs short.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    width, height = pagesize or A4
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=True)
    c.setFont(PDF_FONT, size)
    y = height - margin
    max_width = width - 2 * margin
    for para in paragraphs:
        lines = wrap_line(para, max_width, size)
        for i, line in enumerate(lines):
            if y < margin:
                c.showPage()
                c.setFont(PDF_FONT, size)
                y = height - margin
            if justify and i < len(lines) - 1:
                _draw_spread(c, (margin, y), line, size, width=max_width)
            elif letter_spacing:
                _draw_spread(c, (margin, y), line, size, extra=letter_spacing)
            else:
                c.drawString(margin, y, line)
            y -= leading
    c.showPage()
    c.save()
    return path


def _draw_spread(  # type: ignore[no-untyped-def]
    c, at: tuple[float, float], line: str, size: float, *, width: float = 0, extra: float = 0
) -> None:
    """Draw ``line`` char by char, ``extra`` points apart or spread to ``width`` if given.

    The extra space goes after every character except inside a Latin word/number.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x, y = at
    slots = {
        i
        for i in range(len(line) - 1)
        if not (_is_word_char(line[i]) and _is_word_char(line[i + 1]))
    }
    if width and slots:
        extra = (width - stringWidth(line, PDF_FONT, size)) / len(slots)
    for i, ch in enumerate(line):
        c.drawString(x, y, ch)
        x += stringWidth(ch, PDF_FONT, size) + (extra if i in slots else 0.0)


def build_blank_pdf(path: Path) -> Path:
    """A PDF with drawings but no text layer, like a scan before OCR."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=True)
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    return path


def build_encrypted_pdf(path: Path, text: str, password: str = "secret") -> Path:
    """A PDF that needs a user password to open."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    enc = pdfencrypt.StandardEncryption(password, canPrint=0)
    c = canvas.Canvas(str(path), encrypt=enc)
    c.drawString(100, 700, text)
    c.showPage()
    c.save()
    return path


# --------------------------------------------------------------------------- DOCX


def _add_runs(paragraph, block: str) -> None:  # type: ignore[no-untyped-def]
    """Add ``block`` to a python-docx paragraph, ``**…**`` spans as bold runs."""
    pos = 0
    for m in BOLD_RE.finditer(block):
        if m.start() > pos:
            paragraph.add_run(block[pos : m.start()])
        paragraph.add_run(m.group(1)).bold = True
        pos = m.end()
    if pos < len(block):
        paragraph.add_run(block[pos:])


def build_docx(path: Path, markdown: str, *, table: list[list[str]] | None = None) -> Path:
    """Write the markdown bulletin as a Word document (headings, bold headline runs).

    ``table``, if given, is appended as a Word table (rows of cell texts).
    """
    import docx

    doc = docx.Document()
    for block in markdown_blocks(markdown):
        m = re.match(r"^(#+)\s*(.*)$", block, flags=re.DOTALL)
        if m:
            doc.add_heading(m.group(2), level=min(len(m.group(1)), 9))
        else:
            _add_runs(doc.add_paragraph(), block)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for col, cell_text in enumerate(row):
                t.cell(r, col).text = cell_text
    doc.save(str(path))
    return path


# --------------------------------------------------------------------------- HTML

NAV_JUNK = ["首页", "政务公开", "政务服务", "互动交流", "走进湖南", "无障碍浏览", "长者模式"]
FOOTER_JUNK = [
    "版权所有：湖南省人民政府办公厅",
    "网站地图",
    "联系我们",
    "湘ICP备05001374号",
    "网站标识码4300000063",
]


def _html_paragraph(block: str) -> str:
    """One bulletin paragraph as HTML, ``**…**`` as <strong>."""
    parts: list[str] = []
    pos = 0
    for m in BOLD_RE.finditer(block):
        parts.append(html.escape(block[pos : m.start()]))
        parts.append(f"<strong>{html.escape(m.group(1))}</strong>")
        pos = m.end()
    parts.append(html.escape(block[pos:]))
    return "<p>" + "".join(parts) + "</p>"


def article_page(
    title: str, paragraphs: list[str], *, charset: str = "utf-8", meta: str = "charset"
) -> str:
    """A saved government article page around ``paragraphs`` (markdown-ish blocks).

    ``meta`` chooses how the charset is declared: ``"charset"`` (<meta charset>),
    ``"http-equiv"`` (the older Content-Type form common on gov sites) or ``"none"``.
    """
    if meta == "charset":
        meta_tag = f'<meta charset="{charset}">'
    elif meta == "http-equiv":
        meta_tag = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        meta_tag = ""
    nav = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(NAV_JUNK))
    footer = " | ".join(f'<a href="/f{i}/">{n}</a>' for i, n in enumerate(FOOTER_JUNK))
    body = "\n".join(_html_paragraph(re.sub(r"^#+\s*", "", p)) for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_tag}
<title>{html.escape(title)}_湖南省人民政府门户网站</title>
<meta property="og:title" content="{html.escape(title)}">
<script>var _hmt = _hmt || []; window.siteId = "4300000063";</script>
<style>.nav li {{ float: left; }}</style>
</head>
<body>
<div class="header">
  <div class="logo"><a href="/">湖南省人民政府门户网站</a></div>
  <div class="top-menu"><a href="/en/">English</a> <a href="/login/">登录</a> 无障碍浏览 长者模式</div>
  <nav class="nav"><ul>{nav}</ul></nav>
</div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 工作动态</div>
<div class="main">
  <div class="article">
    <h1>{html.escape(title)}</h1>
    <div class="info">来源：省实施“开局八好”行动综合协调组 发布时间：2026-04-01</div>
    {body}
  </div>
  <div class="share">分享到： 微信 微博 <a href="javascript:window.print()">打印本页</a> 关闭窗口</div>
</div>
<footer class="footer">
  <div class="links">{footer}</div>
  <p>主办：湖南省人民政府办公厅 承办：湖南省人民政府门户网站运维中心</p>
</footer>
</body>
</html>
"""


def build_html(
    path: Path,
    title: str,
    paragraphs: list[str],
    *,
    charset: str = "utf-8",
    meta: str = "charset",
    encoding: str | None = None,
) -> Path:
    """Write :func:`article_page` declaring ``charset``, encoded in ``encoding`` (or charset).

    Gov sites often declare GB2312 but save GBK (characters such as '—' beyond GB2312),
    hence the separate ``encoding``.
    """
    page = article_page(title, paragraphs, charset=charset, meta=meta)
    path.write_bytes(page.encode(encoding or charset))
    return path
