"""Tests for biascheck.load: exact offsets for plain text, clear input errors, and article-text
extraction from Markdown and HTML."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from biascheck.errors import InputError
from biascheck.load import (
    article_from_text,
    format_for_path,
    load_path,
    load_stdin,
    paragraph_spans,
)

FIXTURES = Path(__file__).parent / "fixtures" / "load"


def paragraphs_of(article) -> list[str]:
    return [article.text[s:e] for s, e in article.paragraphs]


def assert_consistent(article) -> None:
    """Extracted text is paragraphs joined by one blank line, and re-splitting agrees."""
    assert article.text == "\n\n".join(paragraphs_of(article))
    assert paragraph_spans(article.text) == article.paragraphs


# ---------------------------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------------------------


def test_plain_text_is_kept_exactly_with_crlf() -> None:
    text = "\ufeff  Headline here\r\n\r\nFirst line,\r\nsecond line.  \r\n \t\r\n\r\nLast.\r\n"
    article = article_from_text(text)
    assert article.text == text  # nothing normalised: a BOM in a *string* is kept too
    assert article.format == "text"
    assert article.path is None
    assert not article.extracted
    assert paragraphs_of(article) == [
        "\ufeff  Headline here",
        "First line,\r\nsecond line.",
        "Last.",
    ]
    assert article.paragraphs[1] == (text.index("First"), text.index("line.  ") + len("line."))


def test_paragraph_spans_plain_lf_and_lone_cr() -> None:
    text = "\n\n  One\nstill one\n\n\n\nTwo\r\rThree"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One\nstill one", "Two", "Three"]
    assert paragraph_spans(text)[0] == (4, 17)


def test_single_newline_does_not_split_paragraph() -> None:
    assert len(article_from_text("a\nb\r\nc").paragraphs) == 1


@pytest.mark.parametrize("text", ["", "   ", "\r\n\t\n", "\u00a0\n"])
def test_empty_text_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError) as info:
        article_from_text(text)
    assert info.value.path == "<stdin>"
    assert info.value.problem == "is empty (no text to check)"
    with pytest.raises(InputError, match=r"^draft\.txt: is empty"):
        article_from_text(text, path="draft.txt")


def test_unknown_format_is_value_error() -> None:
    with pytest.raises(ValueError, match="unknown format 'docx'"):
        article_from_text("Some text.", format="docx")


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.md", "markdown"),
        ("a.MARKDOWN", "markdown"),
        ("a.html", "html"),
        ("a.HTM", "html"),
        ("a.xhtml", "html"),
        ("a.txt", "text"),
        ("README", "text"),
        ("notes.md.txt", "text"),
    ],
)
def test_format_for_path(name: str, expected: str) -> None:
    assert format_for_path(name) == expected


def test_load_path_text_keeps_crlf_and_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(b"Title\r\n\r\nBody text.\r\n")
    article = load_path(str(path))
    assert article.text == "Title\r\n\r\nBody text.\r\n"
    assert article.path == str(path)
    assert article.format == "text"
    assert paragraphs_of(article) == ["Title", "Body text."]


def test_load_path_accepts_pathlike_and_reports_str(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Words.", encoding="utf-8")
    article = load_path(path)
    assert article.path == str(path)
    assert isinstance(article.path, str)


def test_load_path_picks_format_from_suffix_and_allows_override(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("# Head\n\nSome *body*.\n", encoding="utf-8")
    assert load_path(path).text == "Head\n\nSome body."
    assert load_path(path, format="text").text == "# Head\n\nSome *body*.\n"
    page = tmp_path / "page.htm"
    page.write_text("<p>A &amp; B</p>", encoding="utf-8")
    assert load_path(page).text == "A & B"
    with pytest.raises(ValueError):
        load_path(path, format="pdf")


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfCaf\xc3\xa9 opens.")
    article = load_path(path)
    assert article.text == "Caf\u00e9 opens."
    assert article.paragraphs == ((0, 11),)


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        load_path(missing)
    assert str(info.value) == f"{missing}: no such file"


def test_missing_parent_is_also_no_such_file(tmp_path: Path) -> None:
    afile = tmp_path / "a.txt"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="no such file"):
        load_path(afile / "child.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_path(tmp_path)
    assert info.value.problem == "is a directory, not a file"
    assert info.value.path == str(tmp_path)


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="permissions are not enforced for root / on Windows",
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            load_path(path)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (PermissionError(13, "Permission denied"), "cannot be read (permission denied)"),
        (OSError(5, "Input/output error"), "cannot be read (Input/output error)"),
    ],
)
def test_os_errors_become_input_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, problem: str
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("text", encoding="utf-8")

    def failing_open(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("biascheck.load.open", failing_open, raising=False)
    with pytest.raises(InputError) as info:
        load_path(path)
    assert info.value.problem == problem


@pytest.mark.parametrize(
    "data",
    [
        b"An ordinary sentence of prose with one NUL\x00 inside it.",  # NUL byte
        b"\x01\x02\x03\x04\x05\x06hello\x07\x08",  # mostly control bytes
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",  # a PDF saved as .txt
        b"\x89PNG\r\n\x1a\n....",  # an image
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        load_path(path)
    assert info.value.problem == "looks like a binary file, not text"


def test_text_with_tabs_and_escape_is_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(b"Col\tcol\f\r\n\x1b[1mbold\x1b[0m")
    assert load_path(path).text == "Col\tcol\f\r\n\x1b[1mbold\x1b[0m"


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9")
    with pytest.raises(InputError) as info:
        load_path(path)
    assert info.value.problem == (
        "is not valid UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8"
    )


def test_not_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom-latin1.txt"
    path.write_bytes(b"\xef\xbb\xbfna\xefve")
    with pytest.raises(InputError, match=r"byte 0xef at offset 5\)"):
        load_path(path)


def test_utf16_is_named(tmp_path: Path) -> None:
    path = tmp_path / "word-export.txt"
    path.write_bytes("Hello".encode("utf-16"))
    with pytest.raises(InputError, match="not valid UTF-8 text .*UTF-16"):
        load_path(path)


@pytest.mark.parametrize("data", [b"", b"  \r\n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        load_path(path)
    assert str(info.value) == f"{path}: is empty (no text to check)"


def test_markup_with_no_text_is_empty(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><script>x()</script><nav>Menu</nav></body></html>")
    with pytest.raises(InputError, match="is empty"):
        load_path(page)
    md = tmp_path / "only-html.md"
    md.write_text("<div>\nraw block\n</div>\n")
    with pytest.raises(InputError, match="is empty"):
        load_path(md)


# ---------------------------------------------------------------------------------------------
# stdin
# ---------------------------------------------------------------------------------------------


def test_stdin_reads_bytes_from_buffer() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfOne.\r\n\r\nTwo."), encoding="latin-1")
    article = load_stdin(stream)
    assert article.text == "One.\r\n\r\nTwo."  # decoded as UTF-8 from .buffer, not latin-1
    assert article.path == "<stdin>"
    assert paragraphs_of(article) == ["One.", "Two."]


def test_stdin_text_stream_and_format() -> None:
    article = load_stdin(io.StringIO("# Head\n\nBody *text*."), format="markdown")
    assert article.text == "Head\n\nBody text."
    assert article.format == "markdown"
    assert article.path == "<stdin>"


def test_stdin_text_stream_bom_is_stripped() -> None:
    assert load_stdin(io.StringIO("\ufeffText.")).text == "Text."


def test_stdin_defaults_to_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin.")))
    assert load_stdin().text == "From stdin."


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"caf\xe9", "is not valid UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8"),
        (b"a\x00b", "looks like a binary file, not text"),
        (b"", "is empty (no text to check)"),
        (b" \n ", "is empty (no text to check)"),
    ],
)
def test_stdin_errors(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as info:
        load_stdin(io.BytesIO(data))
    assert info.value.path == "<stdin>"
    assert info.value.problem == problem


def test_stdin_text_stream_with_nul_is_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        load_stdin(io.StringIO("a\x00b"))


# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------


def test_markdown_fixture() -> None:
    article = load_path(FIXTURES / "story.md")
    assert article.format == "markdown"
    assert article.extracted
    assert paragraphs_of(article) == [
        "Council backs harbour plan",
        "The vote passed seven to two, according to the clerk's minutes. "
        "Opponents called it rushed.",
        "Dredging starts in May.",
        "The ferry moves to pier 3.",
        '"We listened," the chair said.',
        "budget = 4.2m",
    ]
    assert "example.org" not in article.text  # link URL dropped
    assert "Buy a boat" not in article.text  # html block dropped
    assert "Aerial" not in article.text  # images dropped
    assert "tags:" not in article.text  # front matter dropped
    assert_consistent(article)


def test_markdown_breaks_entities_and_escapes() -> None:
    article = article_from_text(
        "Line one  \nline two\nsoft\\\nhard<br>after &amp; \\*not em\\*", "markdown"
    )
    assert article.text == "Line one\nline two soft\nhard\nafter & *not em*"
    assert article.paragraphs == ((0, len(article.text)),)


def test_markdown_setext_heading_table_and_code_block() -> None:
    source = (
        "Headline\n========\n\n"
        "| Who | Said |\n|-----|------|\n| Ann | yes  |\n\n"
        "    indented\n\n    code\n"
    )
    article = article_from_text(source, "markdown")
    assert paragraphs_of(article) == ["Headline", "Who Said", "Ann yes", "indented\ncode"]
    assert_consistent(article)


def test_markdown_leading_rule_is_not_front_matter() -> None:
    source = "---\nThe draft opens with a rule.\n\n---\n\nNext paragraph."
    article = article_from_text(source, "markdown")
    assert paragraphs_of(article) == ["The draft opens with a rule.", "Next paragraph."]


def test_markdown_front_matter_with_dots_and_crlf() -> None:
    source = "---\r\nauthor: Someone\r\n...\r\n\r\nBody only.\r\n"
    assert article_from_text(source, "markdown").text == "Body only."


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------


def test_html_fixture() -> None:
    article = load_path(FIXTURES / "story.html")
    assert article.format == "html"
    assert paragraphs_of(article) == [
        "Council backs harbour plan",
        "The vote passed seven to two, the clerk's minutes show.",
        "Opponents, including Fish & Co, called it rushed.",
        "We listened.",
        "The chair",
    ]
    for furniture in (
        "SCRIPT TEXT",
        "color",
        "Sport",
        "Home",
        "By A. Reporter",
        "Tweet",
        "Enable JavaScript",
        "Related",
        "Tags:",
        "reader comment",
        "teaser",
        "\u00a9",
        "Example Gazette",
    ):
        assert furniture not in article.text
    assert_consistent(article)


def test_html_largest_article_wins_over_body_and_first_article() -> None:
    page = (
        "<body><p>Body text outside.</p>"
        "<article><p>Short teaser.</p></article>"
        "<article><p>The real story is here and it is longer.</p></article></body>"
    )
    assert article_from_text(page, "html").text == "The real story is here and it is longer."


def test_html_main_then_body_fallback() -> None:
    with_main = "<body><div>Chrome</div><main><p>Main text.</p></main></body>"
    assert article_from_text(with_main, "html").text == "Main text."
    body_only = "<body><div>One</div>Two<p>Three</p></body>"
    assert paragraphs_of(article_from_text(body_only, "html")) == ["One", "Two", "Three"]


def test_html_headline_from_document_h1_or_title() -> None:
    page = (
        "<html><head><title>Page title</title></head><body>"
        "<div class='top'><h1>Real headline</h1></div>"
        "<article><p>Story text.</p></article></body></html>"
    )
    assert paragraphs_of(article_from_text(page, "html")) == ["Real headline", "Story text."]
    no_h1 = "<title> Only  a &amp; title </title><article><p>Story.</p></article>"
    assert paragraphs_of(article_from_text(no_h1, "html")) == ["Only a & title", "Story."]
    nav_h1 = "<title>T</title><nav><h1>Site</h1></nav><article><p>Story.</p></article>"
    assert paragraphs_of(article_from_text(nav_h1, "html")) == ["T", "Story."]


def test_html_empty_h1_does_not_count_as_headline() -> None:
    page = "<title>T</title><article><h1> </h1><p>Story.</p></article>"
    assert paragraphs_of(article_from_text(page, "html")) == ["T", "Story."]


def test_html_without_body_tag_drops_head() -> None:
    page = (
        "<html><head><title>T</title><meta name='x'></head><p>No body tag.</p></html><p>Stray.</p>"
    )
    assert paragraphs_of(article_from_text(page, "html")) == ["T", "No body tag.", "Stray."]


def test_html_header_keeps_only_h1() -> None:
    page = (
        "<article><header><span>Kicker</span><h1>Title <em>here</em></h1></header>"
        "<p>Text.</p></article>"
    )
    assert paragraphs_of(article_from_text(page, "html")) == ["Title here", "Text."]


def test_html_blocks_split_inline_does_not() -> None:
    page = (
        "<div>a<span>b</span><b>c</b></div><ul><li>item one</li><li>item <i>two</i></li></ul>"
        "<p>line<br>break</p><table><tr><td>x</td><td>y</td></tr></table>"
        "<figure><img src='p.jpg' alt='ALT'><figcaption>Caption</figcaption></figure>"
        "<pre>  spaced\n\n   out  </pre>"
    )
    assert paragraphs_of(article_from_text(page, "html")) == [
        "abc",
        "item one",
        "item two",
        "line",
        "break",
        "x y",
        "Caption",
        "spaced out",
    ]


def test_html_entities_and_whitespace() -> None:
    page = "<p>  Fish&nbsp;&amp;&nbsp;Co &#8220;quoted&#x201D; \n\t caf&eacute;  </p><p> </p>"
    article = article_from_text(page, "html")
    assert article.text == "Fish & Co \u201cquoted\u201d caf\u00e9"
    assert article.paragraphs == ((0, len(article.text)),)


def test_html_furniture_classes_and_ids() -> None:
    page = (
        "<article><p>Kept.</p>"
        "<div class='newsletter-signup'>Sign up</div><div id='ad-slot-2'>Ad</div>"
        "<div class='shareBar'>Share</div><ul class='breadcrumbs'><li>Home</li></ul>"
        "<div class='cookie_banner'>Cookies</div><div class='promo'>Promo</div>"
        "<div class='related-links'>More</div><div id='comments'>Hi</div>"
        "<div class='c-social'>Follow</div><div id='SocialLinks'>Links</div>"
        "<p class='lead'>Lead kept.</p><p class='commentary'>Commentary kept.</p>"
        "<div class='has-comments header'>State class kept.</div></article>"
    )
    assert paragraphs_of(article_from_text(page, "html")) == [
        "Kept.",
        "Lead kept.",
        "Commentary kept.",
        "State class kept.",
    ]


def test_html_furniture_articles_are_not_chosen() -> None:
    page = (
        "<body><article><p>The story.</p></article>"
        "<aside><article><p>A much longer related story teaser text here.</p></article></aside>"
        "<div class='comments'><article><p>A much longer reader comment text here.</p>"
        "</article></div></body>"
    )
    assert article_from_text(page, "html").text == "The story."


def test_html_blockquote_footer_attribution_is_kept() -> None:
    page = (
        "<article><blockquote><p>Words.</p><footer>Ann Lee</footer></blockquote>"
        "<footer>Page footer</footer></article>"
    )
    assert paragraphs_of(article_from_text(page, "html")) == ["Words.", "Ann Lee"]


def test_html_unclosed_and_stray_tags_are_tolerated() -> None:
    page = "<body><p>One<p>Two</span></div><ul><li>Three<li>Four</ul><script>bad()"
    assert paragraphs_of(article_from_text(page, "html")) == ["One", "Two", "Three", "Four"]
