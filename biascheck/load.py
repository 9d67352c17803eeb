"""Loading: turn a file, stdin or a string into an :class:`~biascheck.model.Article`.

Offsets downstream index ``Article.text``. For plain text that is the input string, byte for
byte (CRLF kept, nothing stripped), so a report can point back into the user's file. Markdown
and HTML are reduced to their article text first: one paragraph per block element, paragraphs
joined with a blank line (``"\\n\\n"``), and offsets index that extracted text.

Every problem a user can fix (missing, binary, not UTF-8, empty) is raised as
:class:`~biascheck.errors.InputError` so the CLI can print one line instead of a traceback.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from markdown_it import MarkdownIt

from biascheck.errors import InputError
from biascheck.model import Article

__all__ = [
    "FORMATS",
    "article_from_text",
    "format_for_path",
    "load_path",
    "load_stdin",
    "paragraph_spans",
]

FORMATS: tuple[str, ...] = ("text", "markdown", "html")
STDIN_NAME = "<stdin>"
PARAGRAPH_SEPARATOR = "\n\n"

_SUFFIX_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def format_for_path(path: str | os.PathLike[str]) -> str:
    """Guess the input format from the file suffix (case-insensitive); default is plain text."""
    return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text")


def article_from_text(text: str, format: str = "text", path: str | None = None) -> Article:
    """Build an Article from an already-decoded string.

    ``format="text"`` keeps ``text`` exactly as given so offsets index the caller's string;
    ``"markdown"``/``"html"`` replace it with the extracted article text. Raises ``InputError``
    if nothing but whitespace is left, ``ValueError`` for an unknown format.
    """
    if format == "text":
        spans = paragraph_spans(text)
    elif format == "markdown":
        text, spans = _assemble(_markdown_paragraphs(text))
    elif format == "html":
        text, spans = _assemble(_html_paragraphs(text))
    else:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if not spans:
        raise InputError(path or STDIN_NAME, "is empty (no text to check)")
    return Article(text=text, format=format, path=path, paragraphs=spans)


def load_path(path: str | os.PathLike[str], format: str | None = None) -> Article:
    """Read a file as UTF-8 and build its Article.

    The format comes from the suffix unless ``format`` is given. ``Article.path`` is the path
    as the caller gave it (``str``), so messages match what the user typed.
    """
    name = os.fspath(path)
    name = name if isinstance(name, str) else os.fsdecode(name)
    fmt = format or format_for_path(name)
    if fmt not in FORMATS:  # fail on a bad format before touching the file
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if os.path.isdir(name):
        raise InputError(name, "is a directory, not a file")
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(name, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    return article_from_text(_decode(data, name), fmt, name)


def load_stdin(stream: IO[Any] | None = None, format: str = "text") -> Article:
    """Read standard input (or ``stream``) and build its Article with path ``"<stdin>"``.

    Bytes are read from ``stream.buffer`` when there is one, so the UTF-8 and binary checks are
    ours rather than the locale's; a text-only stream (e.g. ``io.StringIO``) is used as is.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    stream = sys.stdin if stream is None else stream
    source = getattr(stream, "buffer", stream)
    data = source.read()
    if isinstance(data, str):
        if "\x00" in data:
            raise InputError(STDIN_NAME, "looks like a binary file, not text")
        text = data.removeprefix("\ufeff")
    else:
        text = _decode(bytes(data), STDIN_NAME)
    return article_from_text(text, format, STDIN_NAME)


# --------------------------------------------------------------------------------------------
# Decoding and paragraphs
# --------------------------------------------------------------------------------------------

# Magic numbers of formats people mistakenly pass (documents, images, archives). %PDF is listed
# because a PDF is mostly ASCII and would otherwise get the less helpful UTF-8 message.
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
# C0 control bytes that do not occur in text (tab, LF, FF, CR and ESC are allowed), plus DEL.
_CONTROL_BYTES = frozenset(set(range(32)) - {9, 10, 12, 13, 27}) | {127}


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, a known binary signature, or >10% control bytes in the first 8 KiB."""
    if b"\x00" in data or data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:8192]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls * 10 > len(sample)


def _decode(data: bytes, name: str) -> str:
    """Strict UTF-8 with the BOM dropped; the error names the first bad byte and its offset."""
    if not data:
        raise InputError(name, "is empty (no text to check)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(name, "is not valid UTF-8 text (it looks like UTF-16); save it as UTF-8")
    if _looks_binary(data):
        raise InputError(name, "looks like a binary file, not text")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8")  # same as utf-8-sig, but offsets stay file offsets
    except UnicodeDecodeError as exc:
        offset = exc.start + bom
        problem = (
            f"is not valid UTF-8 text (byte 0x{data[offset]:02x} at offset {offset}); "
            "save it as UTF-8"
        )
        raise InputError(name, problem) from None


# One line break followed by one or more whitespace-only lines: a paragraph boundary. A line
# break is CRLF, LF or a lone CR; "\r(?!\n)" stops a CRLF from counting as two breaks.
_EOL = r"(?:\r\n|\r(?!\n)|\n)"
_BLANK_LINES = re.compile(rf"{_EOL}(?:[^\S\r\n]*{_EOL})+")


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph: blocks separated by blank lines, surrounding whitespace
    excluded, so ``text[start:end]`` is the paragraph exactly as it appears in ``text``."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in [*_BLANK_LINES.finditer(text), None]:
        block_end = match.start() if match else len(text)
        block = text[position:block_end]
        stripped = block.strip()
        if stripped:
            start = position + (len(block) - len(block.lstrip()))
            spans.append((start, start + len(stripped)))
        position = match.end() if match else block_end
    return tuple(spans)


def _assemble(paragraphs: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Join extracted paragraphs with a blank line and record each paragraph's span.

    Each paragraph is stripped and loses any internal blank line, so ``paragraph_spans`` on
    the joined text finds exactly the same paragraphs.
    """
    cleaned = [_BLANK_LINES.sub("\n", p.strip()) for p in paragraphs]
    cleaned = [p for p in cleaned if p]
    spans: list[tuple[int, int]] = []
    position = 0
    for paragraph in cleaned:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(cleaned), tuple(spans)


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

# YAML front matter: a first line of exactly ``---`` and a closing ``---`` or ``...`` line. To
# avoid eating a draft that merely opens with a thematic break, the first line inside must look
# like a YAML ``key:``.
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE
)
_YAML_KEY = re.compile(r"\s*(?:#.*)?$|[\w\"'.-][^:\n]*:(?:\s|$)")
_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _strip_front_matter(source: str) -> str:
    match = _FRONT_MATTER.match(source)
    if not match:
        return source
    first_line = next((ln for ln in match["body"].splitlines() if ln.strip()), "")
    return source[match.end() :] if _YAML_KEY.match(first_line) else source


def _markdown_paragraphs(source: str) -> list[str]:
    """Headings, paragraphs, list items, quotes, table rows and code blocks each give one
    paragraph of plain text. Inline markup keeps only its text (link text, not the URL);
    images and raw HTML are dropped (a ``<br>`` counts as a line break)."""
    paragraphs: list[str] = []
    row: list[str] | None = None
    for token in _MARKDOWN.parse(_strip_front_matter(source)):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            paragraphs.append(" ".join(cell for cell in row if cell))
            row = None
        elif token.type in ("fence", "code_block"):
            paragraphs.append("\n".join(line.rstrip() for line in token.content.splitlines()))
        elif token.type == "inline":
            text = _markdown_inline(token.children or [])
            if row is not None:
                row.append(text)
            else:
                paragraphs.append(text)
    return paragraphs


def _markdown_inline(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak" or (
            child.type == "html_inline" and _BR_TAG.fullmatch(child.content)
        ):
            parts.append("\n")
    # One space between words, none around line breaks.
    lines = ("".join(parts)).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements that never hold article prose (code, page chrome, controls, embedded media).
# ``head``/``title`` are here because a page without <body> is walked from the root; the
# title is used separately as a fallback headline.
_DROP_TAGS = _words(
    "script style noscript template svg iframe form button nav aside footer head title "
    "select textarea object canvas audio video"
)
# Elements that end a paragraph. Everything else (a, em, span, ...) is inline.
_BLOCK_TAGS = _words(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article main header footer "
    "br hr tr table thead tbody tfoot caption figure figcaption pre address details summary "
    "fieldset legend body html"
)
_CELL_TAGS = frozenset({"td", "th"})
_VOID_TAGS = _words("area base br col embed hr img input link meta param source track wbr")
# class/id words that mark page furniture. A class or id is split into words on "-", "_", ":"
# and camelCase; the element is dropped if any word is in this set ("ad-slot", "shareBar",
# "comments" match; "header", "lead", "commentary" do not). State classes such as "has-comments"
# or "is-promo" describe the element rather than name it, so they are ignored.
_FURNITURE_WORDS = _words(
    "share sharing social subscribe subscription newsletter newsletters comment comments "
    "related advert adverts advertisement advertising ad ads cookie cookies consent promo "
    "promos breadcrumb breadcrumbs"
)
_STATE_PREFIXES = ("has-", "is-", "no-", "with-", "show-", "hide-")
_WORD_SPLIT = re.compile(r"[-_:.]+|(?<=[a-z0-9])(?=[A-Z])")


class _Node:
    """A minimal element: enough structure to choose a region and drop furniture."""

    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node | str] = []
        self.parent = parent

    def iter(self, tag: str) -> list[_Node]:
        """All descendants with this tag, in document order."""
        found: list[_Node] = []
        stack: list[_Node] = [self]
        while stack:
            node = stack.pop()
            for child in reversed(node.children):
                if isinstance(child, _Node):
                    stack.append(child)
            if node is not self and node.tag == tag:
                found.append(node)
        return found


class _TreeBuilder(HTMLParser):
    """Builds a forgiving tree: a stray end tag is ignored, an end tag closes any elements
    left open inside it, void elements never take children."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {k: v or "" for k, v in attrs}, self._stack[-1])
        self._stack[-1].children.append(node)
        if tag not in _VOID_TAGS:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parent = self._stack[-1]
        parent.children.append(_Node(tag, {k: v or "" for k, v in attrs}, parent))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _is_furniture(node: _Node) -> bool:
    """True if the element's class or id names page furniture (see ``_FURNITURE_WORDS``)."""
    tokens = node.attrs.get("class", "").split() + node.attrs.get("id", "").split()
    for token in tokens:
        if token.lower().startswith(_STATE_PREFIXES):
            continue
        if any(word.lower() in _FURNITURE_WORDS for word in _WORD_SPLIT.split(token)):
            return True
    return False


def _is_dropped(node: _Node) -> bool:
    """Dropped by tag or by class/id. A <footer> inside a <blockquote> is kept: it is the
    quote's attribution ("— Name, Title"), which matters for an attribution checker."""
    if node.tag in ("html", "body"):  # page-level classes describe the page, not furniture
        return False
    if node.tag == "footer" and _inside(node, "blockquote"):
        return _is_furniture(node)
    return node.tag in _DROP_TAGS or _is_furniture(node)


def _inside(node: _Node, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


class _Paragraphs:
    """Collects text, cutting a paragraph at every block boundary."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.saw_h1 = False
        self._buffer: list[str] = []

    def add(self, text: str) -> None:
        self._buffer.append(text)

    def cut(self) -> None:
        text = " ".join("".join(self._buffer).split())  # collapse whitespace, incl. &nbsp;
        self._buffer.clear()
        if text:
            self.done.append(text)


def _walk(node: _Node, out: _Paragraphs, only_h1: bool = False) -> None:
    """Emit the text under ``node``. ``only_h1`` is set inside a <header>: its title heading
    is kept, the rest (site name, menus, bylines in page chrome) is not."""
    for child in node.children:
        if isinstance(child, str):
            if not only_h1:
                out.add(child)
            continue
        if _is_dropped(child):
            continue
        if child.tag == "h1":
            before = len(out.done)
            out.cut()
            _walk(child, out)
            out.cut()
            out.saw_h1 = out.saw_h1 or len(out.done) > before
            continue
        if child.tag in _BLOCK_TAGS:
            out.cut()
            _walk(child, out, only_h1 or child.tag == "header")
            out.cut()
        elif child.tag in _CELL_TAGS:  # table cells: keep words of adjacent cells apart
            out.add(" ")
            _walk(child, out, only_h1)
            out.add(" ")
        else:
            _walk(child, out, only_h1)


def _extract(node: _Node) -> _Paragraphs:
    out = _Paragraphs()
    _walk(node, out)
    out.cut()
    return out


def _has_dropped_ancestor(node: _Node) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("html", "body", "#root"):
        if _is_dropped(parent):
            return True
        parent = parent.parent
    return False


def _choose_region(root: _Node) -> _Node:
    """The article text lives in the largest <article>, else the largest <main>, else the whole
    document: <body> plus any stray text a browser would also render (<head> is dropped).

    Candidates inside furniture (an <aside> of related stories, a comments section) or marked
    as furniture themselves are skipped; ties go to the first in document order.
    """
    for tag in ("article", "main"):
        candidates = [
            node
            for node in root.iter(tag)
            if not _has_dropped_ancestor(node) and not _is_dropped(node)
        ]
        sized = [(sum(map(len, _extract(n).done)), n) for n in candidates]
        sized = [(size, n) for size, n in sized if size]
        if sized:
            best = max(size for size, _ in sized)
            return next(n for size, n in sized if size == best)
    return root


def _html_paragraphs(source: str) -> list[str]:
    """Article text of an HTML page, one paragraph per block, headline first.

    If the chosen region has no <h1>, the page's first kept <h1> (or else its <title>, taken
    verbatim) becomes the first paragraph, so the headline is still checked.
    """
    builder = _TreeBuilder()
    builder.feed(source)
    builder.close()
    root = builder.root
    region = _choose_region(root)
    out = _extract(region)
    if not out.saw_h1:
        headings = _Paragraphs()
        _walk(root, headings, only_h1=True)
        titles = [t for t in root.iter("title") if not _inside(t, "svg")]
        title = headings.done[0] if headings.done else ""
        if not title and titles:
            title = " ".join(_text_of(titles[0]).split())
        if title and (not out.done or out.done[0] != title):
            out.done.insert(0, title)
    return out.done


def _text_of(node: _Node) -> str:
    return "".join(c if isinstance(c, str) else _text_of(c) for c in node.children)
