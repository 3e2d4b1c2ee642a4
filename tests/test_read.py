"""Reading stage: every format → the same faithful text (tests build their own documents)."""

from __future__ import annotations

import os
import re
import string
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kaiju_research.errors import InputError, ReadError
from kaiju_research.read import SUPPORTED_SUFFIXES, decode_text, read_document
from tests import docmaker as dm

ROOT = Path(__file__).resolve().parents[1]
ISSUE3_MD = ROOT / "data" / "raw" / "hunan-kaiju-bahao-003.md"
ISSUE3 = ISSUE3_MD.read_text(encoding="utf-8")
TITLE = "湖南省实施“开局八好”行动 工作专刊 第3期"

CJK_SPACE_CJK = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")
BOLD_ITEM = re.compile(r"\*\*▲.+?\*\*")


def _bad(path: Path, match: str) -> ReadError:
    """read_document(path) raises a ReadError naming the file and matching ``match``."""
    with pytest.raises(ReadError, match=match) as info:
        read_document(path)
    assert path.name in str(info.value)
    assert isinstance(info.value, InputError)
    return info.value


def test_supported_suffixes() -> None:
    assert {".md", ".txt", ".pdf", ".docx", ".html", ".htm"} == SUPPORTED_SUFFIXES


# --------------------------------------------------------------------------- encodings

ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "utf-16-le-bom": lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
}
LINE_ENDS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


@pytest.mark.parametrize("eol", LINE_ENDS)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_real_bulletin_in_every_encoding(encoding: str, eol: str) -> None:
    assert "\r" not in ISSUE3
    data = ENCODINGS[encoding](ISSUE3.replace("\n", LINE_ENDS[eol]))
    assert decode_text(data) == ISSUE3


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_full_width_digits_survive(encoding: str) -> None:
    # Folding widths is the normalize stage's job; the reader must return them as they are.
    text = ISSUE3.replace("2026 年 4 月 1 日", "２０２６年４月１日")
    assert "２０２６年４月１日" in text
    assert decode_text(ENCODINGS[encoding](text)) == text


def test_real_bulletin_file() -> None:
    assert read_document(ISSUE3_MD) == ISSUE3


@pytest.mark.parametrize("suffix", [".md", ".txt", ".TXT", ".Md"])
def test_read_document_text_files(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"issue3{suffix}"
    path.write_bytes(ISSUE3.replace("\n", "\r\n").encode("gbk"))
    assert read_document(path) == ISSUE3
    assert read_document(str(path)) == ISSUE3


def test_gb18030_encoded_bom_is_stripped() -> None:
    assert decode_text("\ufeff第3期\n".encode("gb18030")) == "第3期\n"


def test_gbk_symbols_common_in_bulletins() -> None:
    text = "温度25℃，面积30㎡，增长①×2·3°，≥5%，Ⅳ类→▲★\n"
    assert decode_text(text.encode("gbk")) == text


def test_big5_is_not_misread_as_gbk() -> None:
    # Big5 bytes also decode cleanly as GB18030, into rare ideographs; the reader must
    # notice (on texts long enough to tell) and read Big5.
    text = (
        "湖南省實施「開局八好」行動工作專刊\n長沙市部署推進服務業擴能提質工作。組織召開全市"
        "一季度服務業擴能提質工作推進會，建立健全服務業擴能提質推進機制。截至3月底，全市新增"
        "規上服務業企業140家。\n"
    )
    data = text.encode("big5")
    data.decode("gb18030")  # a clean, wrong decode exists
    assert decode_text(data) == text


_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(string.ascii_letters + string.digits + string.punctuation + " \n\r\t"),
    st.sampled_from("，。、；：！？“”（）《》【】▲—"),
)


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, min_size=1, max_size=120),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]),
)
def test_roundtrip_any_cjk_ascii_text(text: str, encoding: str) -> None:
    assume(text.strip())
    data = text.encode(encoding)
    if encoding == "gb18030":
        # Inherent ambiguity, not a bug: a few GB18030 byte sequences are also valid UTF-8
        # ("模" is C4 A3 in GBK and "ģ" in UTF-8), and valid UTF-8 wins. It only happens
        # for very short texts; a real GBK bulletin is never valid UTF-8.
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            assume(text.isascii())
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert decode_text(data) == expected


def test_gbk_bulletin_is_not_valid_utf8() -> None:
    # The reason "UTF-8 first, then GB18030" is safe for real documents.
    with pytest.raises(UnicodeDecodeError):
        ISSUE3.encode("gbk").decode("utf-8")


# --------------------------------------------------------------------------- bad input

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t\r\n  ", "empty file"),
        ("\u3000\u3000\n".encode(), "empty file"),  # ideographic spaces only
        (b"\xff\xfe", "empty file"),  # a UTF-16 BOM and nothing else
        (b"\xef\xbb\xbf\n\n", "empty file"),
        (PNG_HEADER, "binary data, not text"),
        (os.urandom(4096), "binary data, not text"),
        (b"\x01\x02\x03\x04\x05" * 50 + "第3期".encode(), "binary data, not text"),
        (b"\xff\xfe" + "第3期".encode("utf-16-le") + b"\x5b", "invalid UTF-16"),
        (b"\xff\xfe" + "𠀀".encode("utf-16-le")[:2], "invalid UTF-16"),  # lone surrogate
    ],
    ids=[
        "empty",
        "whitespace",
        "ideographic-space",
        "bom-only",
        "utf8-bom-blank",
        "png",
        "urandom",
        "control-bytes",
        "utf16-odd-length",
        "utf16-cut-surrogate",
    ],
)
def test_bad_text_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_bytes(data)
    _bad(path, re.escape(reason))
    with pytest.raises(ReadError, match=re.escape(reason)):
        decode_text(data)


def test_decode_text_names_the_path() -> None:
    with pytest.raises(ReadError, match=r"^some/file\.md: empty file$"):
        decode_text(b"", path="some/file.md")


def test_missing_file(tmp_path: Path) -> None:
    _bad(tmp_path / "nope.md", "No such file or directory")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "issue.md"
    folder.mkdir()
    _bad(folder, "Is a directory")


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores file permissions (chmod 000 is still readable)",
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.md"
    path.write_text(ISSUE3, encoding="utf-8")
    path.chmod(0)
    try:
        _bad(path, "Permission denied")
    finally:
        path.chmod(0o644)


def test_os_error_reason_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same path as chmod 000 for a non-root user, runnable as root.
    path = tmp_path / "locked.md"
    path.write_text(ISSUE3, encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    err = _bad(path, "Permission denied")
    assert str(err) == f"{path}: Permission denied"


@pytest.mark.parametrize("name", ["issue3.xyz", "issue3.doc", "issue3"])
def test_unsupported_suffix(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(ISSUE3, encoding="utf-8")
    err = _bad(path, r"unsupported file type")
    assert "supported: .docx, .htm, .html, .md, .pdf, .txt" in str(err)
    if "." in name:
        assert f"'{Path(name).suffix}'" in str(err)


# --------------------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def issue3_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "issue3.pdf"
    return dm.build_pdf(path, dm.plain_blocks(ISSUE3), justify=True)


def test_pdf_of_real_issue(issue3_pdf: Path) -> None:
    source = "\n\n".join(dm.plain_blocks(ISSUE3))
    text = read_document(issue3_pdf)
    # Nothing lost, nothing invented, order kept.
    assert dm.squeeze(text) == dm.squeeze(source)
    # No line wrap left a space between two CJK characters (the source has a few itself).
    assert CJK_SPACE_CJK.findall(text) == CJK_SPACE_CJK.findall(source)
    # Every item starts a paragraph.
    assert text.count("▲") == source.count("▲") > 20
    assert all(p.startswith("▲") for p in text.split("\n\n") if "▲" in p)
    # Header lines and section headings stay paragraphs of their own.
    paragraphs = text.split("\n\n")
    assert paragraphs[:5] == [
        "湖南省实施“开局八好”行动 工作专刊",
        "第 3 期",
        "省实施“开局八好”行动综合协调组",
        "2026 年 4 月 1 日",
        "【市州动态】",
    ]
    assert "【厅局动态】" in paragraphs
    # A wrapped item comes back as one paragraph.
    assert any(
        p.startswith("▲湘潭市") and p.endswith("确保各项稳增长举措落地见效。") for p in paragraphs
    )


def test_pdf_paragraph_rules(tmp_path: Path) -> None:
    # 10 CJK characters a line. The first line is full and ends with '。' by chance: not a
    # paragraph end. The third line stops short: a paragraph end.
    pagesize = (2 * 72 + 12 * 10 + 1, 400)
    paras = ["一二三四五六七八九。甲乙丙丁戊己庚辛壬癸子丑。", "天地玄黄宇宙洪荒日月盈昃辰宿列张"]
    text = read_document(dm.build_pdf(tmp_path / "rules.pdf", paras, pagesize=pagesize))
    assert text == "\n\n".join(paras)


def test_pdf_keeps_space_between_latin_words(tmp_path: Path) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    dm.build_pdf(tmp_path / "probe.pdf", ["探"])  # registers the CID font
    line = "运营 Facebook"
    pagesize = (2 * 72 + stringWidth(line, dm.PDF_FONT, 12) + 2, 400)
    para = "运营 Facebook Instagram 等平台账号"
    text = read_document(dm.build_pdf(tmp_path / "latin.pdf", [para], pagesize=pagesize))
    assert text == para


def test_pdf_letter_spaced_text_gets_no_spaces(tmp_path: Path) -> None:
    # 0.4 em between characters: pdfplumber's own text would read "长 沙 市 ...".
    paras = ["湖南省实施“开局八好”行动 工作专刊", "▲运营 Facebook Instagram 等 5 个平台。"]
    path = dm.build_pdf(tmp_path / "spaced.pdf", paras, letter_spacing=4.8)
    assert read_document(path) == "\n\n".join(paras)


def test_pdf_pages_are_paragraph_breaks(tmp_path: Path) -> None:
    # Five lines a page: the item runs over the page break, which stays a "\n\n".
    pagesize = (2 * 72 + 12 * 10 + 1, 2 * 72 + 20 * 4 + 1)
    para = "▲" + "长沙市" * 20
    text = read_document(dm.build_pdf(tmp_path / "pages.pdf", [para], pagesize=pagesize))
    assert "\n\n" in text
    assert text.replace("\n\n", "") == para


def test_pdf_truncated(issue3_pdf: Path, tmp_path: Path) -> None:
    data = issue3_pdf.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    err = _bad(path, "cannot read PDF")
    assert len(str(err)) < 300


def test_pdf_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text(ISSUE3, encoding="utf-8")
    _bad(path, "cannot read PDF")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    _bad(dm.build_blank_pdf(tmp_path / "scan.pdf"), re.escape("no text layer (scanned PDF?)"))


def test_pdf_encrypted(tmp_path: Path) -> None:
    err = _bad(dm.build_encrypted_pdf(tmp_path / "locked.pdf", "secret text"), "cannot read PDF")
    assert "encrypted PDF, needs a password" in str(err)


# --------------------------------------------------------------------------- DOCX


@pytest.fixture(scope="module")
def issue3_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dm.build_docx(tmp_path_factory.mktemp("docx") / "issue3.docx", ISSUE3)


def test_docx_of_real_issue(issue3_docx: Path) -> None:
    text = read_document(issue3_docx)
    source = "\n\n".join(dm.plain_blocks(ISSUE3))
    assert dm.squeeze(text.replace("**", "")) == dm.squeeze(source)
    # The bold headlines come back as the markdown had them, in order.
    assert BOLD_ITEM.findall(text) == BOLD_ITEM.findall(ISSUE3)
    assert "**报：**省委书记" in text
    # One paragraph per Word paragraph (headings lose their '#').
    assert text.split("\n\n") == [re.sub(r"^#+\s*", "", b) for b in dm.markdown_blocks(ISSUE3)]


def test_docx_table_cells_are_paragraphs(tmp_path: Path) -> None:
    table = [["地区", "增速"], ["长沙市", "6.5%"]]
    text = read_document(dm.build_docx(tmp_path / "t.docx", "# 标题\n\n正文。", table=table))
    assert text.split("\n\n") == ["标题", "正文。", "地区", "增速", "长沙市", "6.5%"]


def test_docx_truncated(issue3_docx: Path, tmp_path: Path) -> None:
    data = issue3_docx.read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    _bad(path, "cannot read DOCX")


def test_docx_old_word_file(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    _bad(path, r"old binary Word \(\.doc\)")


def test_docx_empty(tmp_path: Path) -> None:
    _bad(dm.build_docx(tmp_path / "empty.docx", "   "), "empty document")


# --------------------------------------------------------------------------- HTML

JUNK = [*dm.NAV_JUNK, *dm.FOOTER_JUNK, "版权所有", "当前位置", "分享到", "打印本页", "门户网站"]


def _expected_html_paragraphs() -> list[str]:
    return [re.sub(r"^#+\s*", "", b) for b in dm.markdown_blocks(ISSUE3)]


@pytest.mark.parametrize(
    ("charset", "meta", "encoding", "suffix"),
    [
        ("utf-8", "charset", "utf-8", ".html"),
        ("gbk", "charset", "gbk", ".html"),
        # Declared GB2312, saved as GBK ('—' is not in GB2312): the usual gov-site case.
        ("gb2312", "http-equiv", "gbk", ".htm"),
        ("gb18030", "none", "gb18030", ".HTM"),  # no declaration: detected
    ],
)
def test_html_article(tmp_path: Path, charset: str, meta: str, encoding: str, suffix: str) -> None:
    path = dm.build_html(
        tmp_path / f"article{suffix}",
        TITLE,
        dm.markdown_blocks(ISSUE3),
        charset=charset,
        meta=meta,
        encoding=encoding,
    )
    text = read_document(path)
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == TITLE  # the headline first
    assert paragraphs[1:] == _expected_html_paragraphs()
    for junk in JUNK:
        assert junk not in text, junk


def test_html_mislabelled_charset(tmp_path: Path) -> None:
    # Declares GB2312 but was saved as UTF-8 (common after a CMS migration).
    path = tmp_path / "mislabelled.html"
    path.write_bytes(
        dm.article_page(TITLE, dm.markdown_blocks(ISSUE3), charset="gb2312").encode("utf-8")
    )
    assert read_document(path).split("\n\n")[1:] == _expected_html_paragraphs()


def test_html_short_article_keeps_paragraphs(tmp_path: Path) -> None:
    paras = ["▲长沙市召开服务业推进会。", "会议部署了全年工作。", "截至3月底新增企业140家。"]
    path = dm.build_html(tmp_path / "short.html", "长沙市召开推进会", paras)
    text = read_document(path)
    paragraphs = text.split("\n\n")
    # Headline first, the paragraphs kept apart (trafilatura's fallback for short pages
    # would run them into one line); the source/date line may come along.
    assert paragraphs[0] == "长沙市召开推进会"
    assert paragraphs[-3:] == paras
    for junk in JUNK:
        assert junk not in text, junk


def test_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "nav-only.html"
    path.write_text(
        "<html><head><title></title></head><body><nav><a href='/'>首页</a></nav></body></html>",
        encoding="utf-8",
    )
    _bad(path, "no article text found")
