"""The HTML report: a full, self-contained, escaped page that shows every judgement."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from jinja2 import UndefinedError

from biascheck.model import (
    Article,
    Attribution,
    Finding,
    LedgerEntry,
    Reason,
    Result,
    Sentence,
    Sentiment,
    Source,
    Span,
)
from biascheck.report.html import TEMPLATE_NAME, environment, render_html, split_pieces

# --------------------------------------------------------------------------- builders


def build(paragraphs, *, path="desk/draft.txt", fmt="text", sources=()):
    """Make a Result from ``[[(role, label, text, extras), ...], ...]`` (one list per paragraph).

    ``extras`` may hold ``score``, ``reasons``, ``attribution=(kind, source, name, cue)`` and
    ``findings=[(rule, severity, needle, message, suggestion), ...]``; needles and attribution
    words are located inside the sentence (``"^word"`` means: search the whole text instead).
    """
    text = "\n\n".join(" ".join(s[2] for s in para) for para in paragraphs) + "\n"
    sentences = []
    pos = 0
    for p_index, para in enumerate(paragraphs):
        for role, label, sentence_text, extras in para:
            start = text.index(sentence_text, pos)
            end = pos = start + len(sentence_text)

            def locate(needle, start=start, end=end):
                if needle.startswith("^"):
                    needle = needle[1:]
                    i = text.index(needle)
                else:
                    i = text.index(needle, start, end)
                return i, i + len(needle), needle

            attribution = None
            if "attribution" in extras:
                kind, source, name, cue = extras["attribution"]
                source_span = Source(*locate(source), name=name) if source else None
                cue_span = Span(*locate(cue)) if cue else None
                attribution = Attribution(kind, source_span, cue_span)
            findings = tuple(
                Finding(rule, "test", severity, *locate(needle), message, suggestion)
                for rule, severity, needle, message, suggestion in extras.get("findings", ())
            )
            line = text.count("\n", 0, start) + 1
            sentences.append(
                Sentence(
                    start=start,
                    end=end,
                    text=sentence_text,
                    role=role,
                    label=label,
                    editorial_score=extras.get("score", 0.0),
                    attribution=attribution,
                    attributions=(attribution,) if attribution else (),
                    sentiment=Sentiment(extras.get("polarity", 0.0), 0.5),
                    findings=findings,
                    reasons=tuple(extras.get("reasons", ())),
                    paragraph=p_index,
                    line=line,
                    column=start - text.rfind("\n", 0, start),
                )
            )
    ledger = tuple(
        LedgerEntry(
            name,
            status,
            direct,
            paraphrase,
            tuple(Source(text.index(m), text.index(m) + len(m), m) for m in mentions),
        )
        for name, status, direct, paraphrase, mentions in sources
    )
    return Result(Article(text, fmt, path), tuple(sentences), ("default",), sources=ledger)


def sample():
    return build(
        [
            [("headline", None, "Bridge reopens after repairs", {})],
            [("byline", None, "By Ines Okafor", {})],
            [
                (
                    "body",
                    "factual",
                    "The Elm Street bridge reopened on Monday.",
                    {"score": 0.05, "reasons": [Reason("date", "time anchor: Monday", -0.1)]},
                ),
                (
                    "body",
                    "attributed",
                    "Engineer Paul Ruiz said the deck is now safe.",
                    {
                        "score": 0.1,
                        "attribution": ("indirect", "Engineer Paul Ruiz", "Paul Ruiz", "said"),
                    },
                ),
                (
                    "body",
                    "attributed",
                    "\u201cIt will last forty years,\u201d he said.",
                    {"score": 0.1, "attribution": ("direct", "he", "Paul Ruiz", "said")},
                ),
            ],
            [
                (
                    "body",
                    "editorial",
                    "The city regime once again wasted everyone's time.",
                    {
                        "score": 0.91,
                        "reasons": [
                            Reason("no-attribution", "no source", 0.4),
                            Reason("subjectivity", "subjectivity 0.8", 0.2),
                        ],
                        "findings": [
                            (
                                "loaded-regime",
                                "warning",
                                "regime",
                                "Loaded term for a city council.",
                                "council",
                            ),
                            (
                                "intensifier",
                                "info",
                                "once again wasted",
                                "Presumes a pattern.",
                                None,
                            ),
                            (
                                "motive",
                                "error",
                                "wasted everyone's time",
                                "Unsourced judgement.",
                                "Attribute this claim or cut it.",
                            ),
                        ],
                    },
                ),
            ],
            [("boilerplate", None, "Share this story.", {})],
        ],
        sources=[("Paul Ruiz", "named", 1, 1, ["Engineer Paul Ruiz", "he said"])],
    )


class ArticleText(HTMLParser):
    """Collects the visible article text: inside ``.src`` blocks, minus badges and markers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[bool, bool]] = []  # per open element: (is .src, is .nt)
        self.in_src = 0
        self.skip = 0
        self.blocks: list[str] = []

    VOID = frozenset({"br", "meta", "hr", "img", "input", "link", "wbr"})

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        is_src, is_nt = "src" in classes, "nt" in classes
        self.stack.append((is_src, is_nt))
        if is_src:
            self.in_src += 1
            self.blocks.append("")
        if is_nt:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        is_src, is_nt = self.stack.pop()
        self.in_src -= is_src
        self.skip -= is_nt

    def handle_data(self, data):
        if self.in_src and not self.skip:
            self.blocks[-1] += data


def visible_article_text(page: str) -> str:
    parser = ArticleText()
    parser.feed(page)
    return " ".join(" ".join(block.split()) for block in parser.blocks)


# --------------------------------------------------------------------------- tests


def test_output_is_a_full_self_contained_document():
    page = render_html(sample())
    assert page.lstrip().startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert page.rstrip().endswith("</html>")
    assert "<title>biascheck: desk/draft.txt</title>" in page
    assert (
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">" in page
    )
    assert page.count("<style>") == 1
    assert "<script" not in page.lower()


def test_title_keyword_overrides_default_title():
    page = render_html(sample(), title="Desk check: bridge")
    assert "<title>Desk check: bridge</title>" in page
    assert "<h1>Desk check: bridge</h1>" in page
    assert "<code>desk/draft.txt</code>" in page  # the path is still shown


def test_untrusted_text_is_escaped_everywhere():
    evil = "<script>alert(1)</script>"
    result = build(
        [
            [
                (
                    "body",
                    "editorial",
                    f'He wrote {evil} and "&<> here.',
                    {
                        "score": 0.7,
                        "reasons": [Reason("x", evil, 0.3)],
                        "attribution": ("vague", "He", evil, "wrote"),
                        "findings": [("r", "warning", "<script>", evil, evil)],
                    },
                )
            ]
        ],
        path=f"{evil}.txt",
    )
    page = render_html(result, title=evil)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&amp;&lt;&gt; here." in page


def test_nothing_is_loaded_from_the_network():
    url = "https://tracker.example/pixel.png"
    result = build(
        [
            [
                (
                    "body",
                    "attributed",
                    f"The agency posted {url} and //cdn.example/x.js online.",
                    {
                        "attribution": ("according_to", "The agency", None, "posted"),
                        "findings": [("r", "info", url, f"See {url}", None)],
                    },
                )
            ]
        ]
    )
    page = render_html(result)
    attributes = re.findall(r"""\b(?:src|href|action|data|poster)\s*=\s*["']?([^"'\s>]*)""", page)
    assert attributes, "the report links its own sections"
    assert all(value.startswith("#") for value in attributes), attributes
    assert not re.search(r"\bsrc\s*=", page)
    assert "url(" not in page and "@import" not in page
    assert "<link" not in page and "<img" not in page and "<iframe" not in page
    # Only the article itself mentions network addresses, and only as escaped text.
    clean = render_html(sample())
    for marker in ("http://", "https://", "//"):
        assert marker not in clean


def test_labels_roles_and_finding_messages_appear():
    page = render_html(sample())
    for label in ("attributed", "factual", "editorial"):
        assert f'class="s r-body l-{label}"' in page
        assert f">{label}</a>" in page  # the text badge, not only a colour
    assert '<h2 class="src">' in page  # headline styled as a heading
    assert 'class="s r-byline"' in page
    assert 'class="s r-boilerplate"' in page and "not checked" in page
    for message in (
        "Loaded term for a city council.",
        "Presumes a pattern.",
        "Unsourced judgement.",
    ):
        assert page.count(message) >= 2  # footnote under the paragraph and findings table
    assert "Attribute this claim or cut it." in page


def test_summary_panel_counts_and_verdict():
    page = render_html(sample())
    assert "1 unsourced editorial assertion, 1 error, 1 warning, 1 note" in page
    assert "Body sentences (4)" in page
    most = re.search(r'<figure class="top-quote">.*?</figure>', page, re.S).group(0)
    assert "The city regime once again wasted everyone&#39;s time." in most
    assert "0.91" in most
    assert 'href="#s6"' in most


def test_overlapping_findings_keep_every_character():
    result = sample()
    page = render_html(result)
    expected = " ".join(result.article.text.split())
    assert visible_article_text(page) == expected
    # Each of the three overlapping findings gets its own numbered marker.
    for number in (1, 2, 3):
        assert f'href="#note-{number}"' in page and f'id="note-{number}"' in page
    # "wasted" is covered by two findings and drawn with the worse severity.
    assert '<mark class="hl sev-error multi" title="[2] Presumes a pattern. | [3] Unsourced' in page


def test_split_pieces_clips_splits_and_marks():
    body = "abcdefghij"  # offsets 100..110
    f1, f2, f3, f4 = (object() for _ in range(4))
    pieces = split_pieces(100, body, [(102, 106, f1), (104, 108, f2), (95, 101, f3), (10, 20, f4)])
    assert "".join(p.text for p in pieces) == body
    assert [(p.text, p.findings) for p in pieces] == [
        ("a", (f3,)),
        ("b", ()),
        ("cd", (f1,)),
        ("ef", (f1, f2)),
        ("gh", (f2,)),
        ("ij", ()),
    ]
    markers = {p.text: p.markers for p in pieces if p.markers}
    # f4 lies wholly outside the sentence: its marker goes to the end.
    assert markers == {"a": (f3,), "ef": (f1,), "gh": (f2,), "ij": (f4,)}


def test_finding_outside_its_sentence_is_listed_not_lost():
    result = build(
        [
            [
                ("body", "factual", "Mayor Ann Lee spoke at noon.", {}),
                (
                    "body",
                    "attributed",
                    "She claimed the budget is balanced.",
                    {
                        "attribution": ("indirect", "She", "Ann Lee", "claimed"),
                        "findings": [
                            ("source-far", "info", "^Mayor Ann Lee", "Source is far away.", None)
                        ],
                    },
                ),
            ]
        ]
    )
    page = render_html(result)
    assert visible_article_text(page) == " ".join(result.article.text.split())
    assert 'id="note-1"' in page and "Source is far away." in page


def test_reasons_and_attribution_are_inspectable():
    page = render_html(sample())
    why = re.search(r'<div class="why-s" id="why-s4">.*?</table>', page, re.S).group(0)
    assert "indirect" in why
    assert "“Engineer Paul Ruiz”" in why and "<strong>Paul Ruiz</strong>" in why
    assert "cue “said”" in why
    direct = re.search(r'id="why-s5">.*?(?=<div class="why-s"|</details>)', page, re.S).group(0)
    assert "“he” → <strong>Paul Ruiz</strong>" in direct
    editorial = re.search(r'<div class="why-s" id="why-s6">.*?</table>', page, re.S).group(0)
    assert "<code>no-attribution</code>" in editorial and "+0.40" in editorial
    assert "none — the outlet’s own voice" in editorial
    assert "polarity +0.00 · subjectivity 0.50" in editorial


def test_findings_table_and_sources_table():
    page = render_html(sample())
    table = re.search(r'<table class="findings">.*?</table>', page, re.S).group(0)
    rows = re.findall(r'<tr id="f(\d+)">(.*?)</tr>', table, re.S)
    assert [n for n, _ in rows] == ["1", "2", "3"]
    first = rows[0][1]
    assert "loaded-regime" in first and "warning" in first and "council" in first
    assert ">7:10<" in first  # line 7 of the text, column 10 ("regime")
    sources = re.search(r'<table class="sources">.*?</table>', page, re.S).group(0)
    ruiz = re.search(r"<tr>\s*<td><strong>Paul Ruiz</strong>.*?</tr>", sources, re.S).group(0)
    counts = re.findall(r'<td class="num">(\d+)</td>', ruiz)
    assert counts == ["1", "1", "2"]  # quoted, paraphrased, total
    assert "own voice in 2 of 4 body sentences" in page


def test_empty_result_renders():
    page = render_html(Result(Article("", "text", None), ()))
    assert "The article has no sentences." in page
    assert "No unsourced editorial assertions and no wording findings." in page


def test_environment_is_cached_strict_and_autoescaping():
    env = environment()
    assert env is environment()
    assert env.autoescape(TEMPLATE_NAME) is True
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
    with pytest.raises(UndefinedError):
        env.from_string("{{ missing }}").render()
    with pytest.raises(UndefinedError):
        env.get_template(TEMPLATE_NAME).render()


def test_visible_text_helper_can_tell_a_dropped_character():
    page = render_html(sample())
    broken = page.replace(">wasted", ">waste", 1)
    assert broken != page
    assert visible_article_text(broken) != " ".join(sample().article.text.split())
    assert html.unescape("&amp;") == "&"  # the parser unescapes like a browser


def test_sources_table_shows_the_ledger():
    result = build(
        [
            [
                (
                    "body",
                    "attributed",
                    "\u201cWe start today,\u201d Ann Lee said.",
                    {"attribution": ("direct", "Ann Lee", "Ann Lee", "said")},
                ),
                (
                    "body",
                    "attributed",
                    "\u201cAnd we finish in May.\u201d",
                    {"attribution": ("continuation", None, None, None)},
                ),
                (
                    "body",
                    "attributed",
                    "Officials say the date may slip.",
                    {"attribution": ("indirect", "Officials", None, "say")},
                ),
                (
                    "body",
                    "attributed",
                    "Critics say the plan is late.",
                    {"attribution": ("vague", "Critics", None, "say")},
                ),
            ]
        ],
        sources=[
            ("Ann Lee", "named", 2, 0, ["Ann Lee"]),
            ("Officials", "anonymous", 0, 1, ["Officials"]),
            ("Critics", "vague", 0, 1, ["Critics"]),
        ],
    )
    sources = re.search(r'<table class="sources">.*?</table>', render_html(result), re.S).group(0)
    rows = {
        name: re.findall(r'<td class="num">(\d+)</td>', row)
        for name, row in re.findall(r"<tr>\s*<td><strong>(.*?)</strong>(.*?)</tr>", sources, re.S)
    }
    assert rows == {
        "Ann Lee": ["2", "0", "2"],
        "Officials": ["0", "1", "1"],
        "Critics": ["0", "1", "1"],
    }
    assert re.search(
        r"<strong>Critics</strong> <span class=\"tag sev-warning\">vague</span>", sources
    )
    assert re.search(
        r"<strong>Officials</strong> <span class=\"tag sev-info\">anonymous</span>", sources
    )
    assert '<a href="#s3">S3</a>' in sources  # linked to the sentence that mentions them


def test_sources_table_from_a_real_check():
    from biascheck import check_text

    text = (
        "Ferry fares rise\n\nHarbour master Ines Falk said the ferry would run on Sunday. "
        "\u201cThe weather is clearing,\u201d she said.\n\nThe ferry runs twice a day."
    )
    page = render_html(check_text(text))
    sources = re.search(r'<table class="sources">.*?</table>', page, re.S).group(0)
    assert "Ines Falk" in sources


def test_sources_table_links_every_sentence_credited_to_the_source():
    from biascheck import check_text

    text = (
        "Pier to close\n\n"
        "\u201cThe pier is unsafe,\u201d harbour engineer Ines Falk said. "
        "\u201cIt has to close.\n\n"
        "\u201cWe will rebuild it by spring.\u201d\n\n"
        "The council meets on Monday."
    )
    result = check_text(text)
    page = render_html(result)
    sources = re.search(r'<table class="sources">.*?</table>', page, re.S).group(0)
    row = re.search(r"<strong>Ines Falk</strong>.*?</tr>", sources, re.S).group(0)
    credited = [
        n + 1
        for n, s in enumerate(result.sentences)
        if any(a.source is not None and a.source.name == "Ines Falk" for a in s.attributions)
    ]
    # the quotation runs on in a second sentence and a new paragraph: all three are hers
    assert len(credited) == 3, [s.attributions for s in result.sentences]
    linked = re.findall(r'<a href="#s(\d+)">', row)
    assert len(linked) == 3, row
    assert "The council meets" not in row
